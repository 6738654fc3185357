"""Small helpers over spaCy's parse shared by the extractors."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.limits import MAX_SENTENCE_TOKENS

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
CLAUSE_DEPS = {"ccomp", "xcomp"}
NP_DROP_DEPS = {"acl", "acl:relcl", "relcl", "advcl", "punct", "parataxis", "conj", "cc", "dep"}


# "MOSCOW, Nov 18 (Agency) - " at the start of a wire story: no fact is drawn from it.
from kg.wire import DATELINE  # noqa: E402  (shared with the linking stage)


def dateline_end(text: str, sent_start: int) -> int:
    """The offset where a sentence's content starts, after a wire dateline if it has one."""
    m = DATELINE.match(text, sent_start)
    return m.end() if m else sent_start


# Doc.text and Token.sent are recomputed from all tokens at each access: components read
# them through these per-Doc caches (kept in doc.user_data while the components run).
_TEXT, _SENTS, _ENTS = "geokg_text", "geokg_sents", "geokg_ents"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text`` from the per-Doc text cache (``Span.text`` joins its tokens at each access)."""
    return doc_text(span.doc)[span.start_char: span.end_char]


def _token_start(t: Token) -> int:
    return t.idx


def tokens_starting_in(doc: Doc, start: int, end: int) -> Span:
    """The tokens that start at a character offset in ``[start, end)``, found by bisection
    (a scan of the whole Doc per lookup made the per-statement finders quadratic in length)."""
    return doc[bisect_left(doc, start, key=_token_start): bisect_left(doc, end, key=_token_start)]


def token_at(doc: Doc, start: int) -> Token | None:
    """The token that starts at character offset ``start``, if one does."""
    i = bisect_left(doc, start, key=_token_start)
    return doc[i] if i < len(doc) and doc[i].idx == start else None


def sent_of(token: Token) -> Span:
    """``token.sent``, from a per-Doc index."""
    doc = token.doc
    index = doc.user_data.get(_SENTS)
    if index is None:
        sents = list(doc.sents)
        owner = [0] * len(doc)
        for k, s in enumerate(sents):
            for i in range(s.start, s.end):
                owner[i] = k
        index = doc.user_data[_SENTS] = (sents, owner)
    sents, owner = index
    return sents[owner[token.i]]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def release_caches(doc: Doc) -> None:
    """Drop the caches (each component calls it when done: nothing extra leaves the pipeline)."""
    for key in (_TEXT, _SENTS, _ENTS):
        doc.user_data.pop(key, None)


def token_range(tokens: Iterable[Token]) -> tuple[int, int] | None:
    """(start_char, end_char) covering the tokens, or None when there are none."""
    toks = list(tokens)
    if not toks:
        return None
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def _joining_hyphen(tok: Token) -> bool:
    """A hyphen written inside one word ("al-Mayadeen", "Al-Qassam"), with no space on
    either side, between two word tokens."""
    doc = tok.doc
    return (tok.text in ("-", "‑") and not tok.whitespace_ and 0 < tok.i < len(doc) - 1
            and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].is_alpha and doc[tok.i + 1].is_alpha)


def noun_phrase(token: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``token``, without relative clauses, later
    modifiers ("en marge d'une visite…") and punctuation: the first prepositional or
    nominal modifier stays ("porte-parole *de la diplomatie américaine*")."""
    keep = [token]
    first_nmod_taken = False
    for child in token.children:
        dep = child.dep_
        if dep == "punct" and _joining_hyphen(child):
            keep.append(child)  # "al-Mayadeen" parsed al | - | Mayadeen: the name stays whole
            continue
        if dep in NP_DROP_DEPS:
            continue
        if child.i > token.i and dep in ("nmod", "prep", "obl", "obl:mod"):
            if first_nmod_taken:
                continue
            first_nmod_taken = True
        if dep in ("appos",):
            continue
        keep.extend(child.subtree)
    keep = [t for t in keep if not t.is_space]
    # the phrase must be contiguous: cut at the first gap after the head
    ids = sorted(t.i for t in keep)
    lo = hi = token.i
    idset = set(ids)
    doc = token.doc
    while True:
        while lo - 1 in idset:
            lo -= 1
        while hi + 1 in idset:
            hi += 1
        # a word joined by a hyphen is one word, however the parse split it ("al-Nujaba")
        if hi + 2 < len(doc) and _joining_hyphen(doc[hi + 1]):
            hi += 2
        elif lo - 2 >= 0 and _joining_hyphen(doc[lo - 1]):
            lo -= 2
        else:
            break
    toks = [doc[i] for i in range(lo, hi + 1)]
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("case", "cc")):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].dep_ in ("case", "prep", "mark")):
        toks.pop(0)
    return toks


def entity_of(token: Token) -> Span | None:
    """The named entity ``token`` belongs to, if any."""
    if not token.ent_type_:
        return None
    for ent in doc_ents(token.doc):
        if ent.start <= token.i < ent.end:
            return ent
    return None


def in_ranges(pos: int, ranges: Iterable[tuple[int, int] | list[int]]) -> bool:
    return any(r[0] <= pos < r[1] for r in ranges)


TERMINAL = (".", "!", "?", "»", "”", "\"", "…")


def sentence_end(sent: Span) -> int:
    """Token index where the sentence really ends: the parser sometimes splits a sentence
    in the middle ("… les huit drones explosifs | Shahed lancés contre …"); a sentence that
    ends with no terminal punctuation runs on into the next one of the same paragraph."""
    doc = sent.doc
    end = sent.end
    while end < len(doc):
        last = next((t for t in reversed(doc[sent.start:end]) if not t.is_space), None)
        if last is None or last.text.endswith(TERMINAL) or "\n" in doc[end - 1].text + doc[end - 1].whitespace_:
            break
        end = sent_of(doc[end]).end
    return end


def sentence_start(sent: Span) -> int:
    """Character offset where the sentence really starts: a sentence the parser cut off
    its beginning (", a-t-il affirmé." after the clause it reports) runs back into the
    previous one of the same paragraph when that one has no terminal punctuation."""
    doc = sent.doc
    start = sent.start
    while start > 0:
        prev = sent_of(doc[start - 1])
        last = next((t for t in reversed(doc[prev.start:start]) if not t.is_space), None)
        between = "".join(t.text + t.whitespace_ for t in doc[prev.start:start] if t.is_space) + doc[start - 1].whitespace_
        if last is None or last.text.endswith(TERMINAL) or "\n" in between or "\n" in last.whitespace_:
            break
        start = prev.start
    return doc[start].idx


def full_sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with the fragments it cut off rejoined: a sentence that ends
    with no terminal punctuation runs on into the next one of the same paragraph ("D'après
    le gouverneur régional" | ", Ivan Fedorenko, deux bombes…").

    Sentences longer than ``MAX_SENTENCE_TOKENS`` are left out: the rules that read a
    sentence cost the square of its length, and such a "sentence" is a text without
    punctuation, not prose."""
    out: list[Span] = []
    sents = list(doc.sents)
    k = 0
    while k < len(sents):
        start = sents[k].start
        end = sentence_end(sents[k])
        if end - start <= MAX_SENTENCE_TOKENS:
            out.append(doc[start:end])
        while k < len(sents) and sents[k].end <= end:
            k += 1
    return out
