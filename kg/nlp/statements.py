"""Component ``geokg_statements``: who said what, from speech cues and quotations.

General patterns, not wording of particular articles:

* a speech verb from the lexicon (``speech_verbs.tsv``) with
  - a quotation just before it or its subject (``"…", a déclaré X`` / ``"…," he said``),
  - a colon and a quotation after it (``X a déclaré : « … »``),
  - a complement clause after it (``X said (that) …``, ``X a affirmé avoir …``),
  - or a clause before it, set off by a comma (``…, a affirmé mardi le département d'État``;
    ``…, the regional governor said``);
* a reporting preposition (``speech_preps.tsv``: "selon X", "according to X") with the rest
  of the sentence as the reported clause;
* accusation verbs ("blame", "imputer", "attribuée … par") give a statement that
  ``accuses`` an actor, with no quote unless the words are given.

The speaker is the verb's subject (or, in the French inverted order, the noun phrase after
the verb), the agent of a passive, or the antecedent of a relative pronoun. Personal
pronouns and bare definite descriptions ("Le ministère", "the military") take the last
compatible speaker of the article (``kg.nlp.speakers``). Results are plain dicts in
``doc._.geokg_statements``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.dates import find_time_expressions
from kg.nlp.extensions import get_list
from kg.nlp.lexicon import lexicon
from kg.nlp.quotes import Quotation, find_quotations
from kg.nlp.speakers import SpeakerFinder
from kg.nlp.syntax import (
    CLAUSE_DEPS,
    PERSONAL_PRONOUNS,
    SUBJECT_DEPS,
    dateline_end,
    full_sentences,
    doc_ents,
    doc_text,
    in_ranges,
    noun_phrase,
    release_caches,
    sent_of,
    sentence_end,
    sentence_start,
    token_range,
)

CLOSERS = "»”\""
TRAILING = " \u00a0\u202f,;:.…"
EUPHONIC = {"-t", "t", "-t-"}  # "a-t-il": the t is no subject
REFLEXIVES = {"se", "s'", "s’"}
NEGATIONS = {"pas", "jamais", "sans", "not", "n't", "never", "without"}
DIRECT_SHARE = 0.85  # a quotation covering this share of a clause makes the clause direct speech


def _clean_quote(text: str) -> str:
    return text.strip().rstrip(TRAILING).strip()


class StatementExtractor:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lex = lexicon(lang)
        self.multiword = {tuple(k.split()) for k in self.lex.speech_verbs if " " in k}
        self.pronouns = PERSONAL_PRONOUNS.get(lang, set())
        self.speakers = SpeakerFinder(lang)

    # ---------- cues ----------

    def cue_kind(self, tok: Token) -> str | None:
        if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
            return None
        if any(c.dep_.startswith("expl") and c.lower_ in REFLEXIVES for c in tok.children):
            return None  # "un incendie s'est déclaré": not speech
        if any(c.lower_ in NEGATIONS for c in tok.children):
            return None  # "sans faire état de dégâts", "did not say": nothing was said
        for key in (tok.lemma_.lower(), tok.lower_):
            if key in self.lex.speech_verbs:
                return self.lex.speech_verbs[key]
        for words in self.multiword:
            if tok.lemma_.lower() == words[0] and any(c.lower_ == words[1] for c in tok.children):
                return self.lex.speech_verbs[" ".join(words)]
        return None

    def verb_group(self, v: Token) -> tuple[int, int]:
        """Character range of the cue as written: auxiliaries, "-t-il", the verb."""
        toks = [v] + [c for c in v.children if c.i < v.i and (c.dep_.startswith("aux") or c.dep_ == "expl:subj"
                                                           or c.lower_ in self.pronouns and c.text.startswith("-"))]
        toks += [c for c in v.children if c.i > v.i and c.text.startswith("-") and c.lower_ in self.pronouns]
        lo = min(t.i for t in toks)
        toks = [t for t in v.doc[lo: v.i + 1]] + [t for t in toks if t.i > v.i]
        start, end = token_range(toks)  # type: ignore[misc]
        return start, end

    # ---------- speakers ----------


    def quote_before(self, pos: int, quotes: list[Quotation], text: str) -> Quotation | None:
        """The quotation that ends just before ``pos``, attached to it by a comma
        (``”, a déclaré`` or ``…,” he said``); a quotation closed by a full stop is not."""
        i = pos - 1
        while i >= 0 and text[i] in " \u00a0\u202f—–-":
            i -= 1
        comma = i >= 0 and text[i] == ","
        if comma:
            i -= 1
            while i >= 0 and text[i] in " \u00a0\u202f":
                i -= 1
        if i < 0 or text[i] not in CLOSERS:
            return None
        q = next((q for q in quotes if q.close == i), None)
        if q is None:
            return None
        inner_end = text[q.start: q.close].rstrip(" \u00a0\u202f")
        if comma or inner_end.endswith((",", "?", "!")):
            return q
        return None

    def quote_after_colon(self, pos: int, sent: Span, quotes: list[Quotation], text: str) -> Quotation | None:
        for q in quotes:
            if q.open >= pos:
                between = text[pos: q.open]
                if ":" in between and "\n" not in between and not re.search(r"[.!?]\s", between) and len(between) < 120:
                    return q
                if between.strip(" \u00a0\u202f") == ",":  # 'he said, “…”'
                    return q
                return None
        return None

    def clause_span(self, child: Token) -> tuple[int, int] | None:
        """The reported clause: from the complement's first word to the end of the sentence
        (the parse often cuts a long complement short), stopping before a further speech
        cue (", adding that …", ", a-t-il ajouté")."""
        toks = [t for t in child.subtree if not t.is_space]
        while toks and toks[0].lower_ in (",", ":"):
            toks = toks[1:]
        if not toks:
            return None
        sent = sent_of(child)
        end = sentence_end(sent)
        tail = []
        for t in child.doc[toks[0].i: end]:
            if t.i > toks[0].i and t.text == "," and t.i + 1 < end and self.starts_cue(t.i + 1, sent):
                break
            tail.append(t)
        tail = [t for t in tail if not t.is_space]
        return self.clause_span_of(tail)

    def starts_cue(self, i: int, sent: Span) -> bool:
        """Whether a speech cue (verb group or reporting preposition) starts at token ``i``."""
        doc = sent.doc
        # ", a-t-il ajouté", ", adding that", ", and blamed Kyiv", ", and a spokesman added"
        for t in doc[i: min(i + 6, sent.end)]:
            if self.cue_kind(t) is not None:
                return True
            if t.pos_ not in ("AUX", "PRON", "ADV", "PART", "CCONJ", "DET", "NOUN", "ADJ") and not t.text.startswith("-"):
                break
        low = doc_text(doc)[doc[i].idx: doc[i].idx + 20].lower()
        return any(low.startswith(p) for p in self.lex.speech_preps)

    def as_content(self, start: int, end: int, quotes: list[Quotation], text: str) -> tuple[str, bool, int, int]:
        """The clause as (quote, direct, start, end): direct when one quotation covers it."""
        for q in quotes:
            if q.open >= start - 1 and q.close <= end + 1 and (q.end - q.start) >= DIRECT_SHARE * (end - start - 2):
                return _clean_quote(q.words(text)), True, q.start, q.end
        return _clean_quote(text[start:end]), False, start, end

    def clause_after(self, v: Token, sent: Span) -> tuple[int, int] | None:
        """When the parse misses the complement: a clause that starts within a few words
        after the verb ("a affirmé de son côté avoir frappé …", "said that …")."""
        doc = v.doc
        for t in doc[v.i + 1: min(v.i + 10, sent.end)]:
            if t.is_punct and t.text not in ("«", "“", "\""):
                return None
            infinitive = "Inf" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX")
            if t.lower_ in ("que", "qu'", "qu’", "that") or (self.lang == "fr" and infinitive):
                toks = [x for x in doc[t.i: sent.end] if not x.is_space]
                return self.clause_span_of(toks)
        return None

    def reported_object(self, v: Token) -> tuple[int, int] | None:
        """What was announced, as a noun phrase ("a annoncé la mort de 19 personnes dans une
        frappe", "reported heavy damage to the port"); short objects ("told reporters",
        "a déclaré la guerre") are no reported content."""
        obj = next((c for c in v.children if c.i > v.i and c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"), None)
        if obj is None:
            return None
        toks = [t for t in obj.subtree if not t.is_space]
        if len([t for t in toks if not t.is_punct]) < 4:
            return None
        return self.clause_span(obj)

    def clause_span_of(self, toks: list[Token]) -> tuple[int, int] | None:
        while toks and (toks[0].dep_ == "mark" or toks[0].lower_ in ("que", "qu'", "qu’", "that")):
            toks = toks[1:]
        while toks and toks[-1].is_punct and toks[-1].text not in CLOSERS:
            toks = toks[:-1]
        return token_range(toks)

    def clause_before(self, pos: int, sent: Span, text: str) -> tuple[int, int] | None:
        first = sentence_start(sent)
        i = pos - 1
        while i >= first and text[i] in " \u00a0\u202f":
            i -= 1
        if i < first or text[i] != ",":
            return None
        start = dateline_end(text, first)
        while start < i and text[start] in " \u00a0\u202f":
            start += 1
        if i - start < 12:
            return None
        clause = sent.doc.char_span(start, i, alignment_mode="expand")
        if clause is None or not any(t.pos_ in ("VERB", "AUX") for t in clause):
            return None
        return start, i

    # ---------- statements ----------

    def from_verb(self, v: Token, kind: str, sent: Span, quotes: list[Quotation], by_verb: dict) -> dict | None:
        doc = v.doc
        text = doc_text(doc)
        cue_start, cue_end = self.verb_group(v)
        subj = next((c for c in v.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in EUPHONIC), None)
        if subj is None:  # "a-t-il dit": the parser may call the inverted pronoun an expletive
            subj = next((c for c in v.children if c.text.startswith("-") and c.lower_ in self.pronouns), None)
        if subj is None:  # a subject the parser left unattached ("dep") before the verb
            subj = next((c for c in v.children if c.i < v.i and c.dep_ == "dep" and c.pos_ in ("PROPN", "NOUN")), None)
        speaker = None
        inverted = False
        if subj is not None:
            speaker = self.speakers.speaker_of(subj)
            if speaker and not speaker.get("pronoun") and subj.dep_ not in ("csubj",):
                self.speakers.appositive_role(subj, speaker)
        elif v.dep_ in ("advcl", "conj", "xcomp", "acl"):
            # "adding that …", "… and blamed Kyiv": the speaker of the speech verb it hangs from
            # (the parser may attach a coordinated verb inside the first one's complement)
            up = v.head
            for _ in range(3):
                if up.i in by_verb:
                    speaker = by_verb[up.i]["speaker"]
                    break
                if up.head.i == up.i:
                    break
                up = up.head
        agent = next((c for c in v.children if c.dep_ in ("obl:agent", "agent")), None)
        if agent is not None and (kind == "attribute" or speaker is None):
            # "attribuée au camp ukrainien par le Kremlin": the agent of the passive speaks
            inner = next((t for t in agent.subtree if t.dep_ == "pobj"), agent)
            speaker = self.speakers.speaker_of(inner)
        cue_words = {w for words in self.multiword for w in words[1:]}
        after_objs = [c for c in v.children if c.i > v.i and c.dep_ in ("obj", "nsubj", "dobj")
                      and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in cue_words]
        # subject, else (French inverted order after a clause or quotation) the noun phrase after the verb
        left = cue_start
        if subj is not None and subj.i < v.i:
            left = min(left, noun_phrase(subj)[0].idx if noun_phrase(subj) else subj.idx)
        if speaker is None and after_objs and kind in ("say", "deny"):
            j = cue_start - 1
            while j >= 0 and text[j] in " \u00a0\u202f":
                j -= 1
            if j >= 0 and text[j] in ",»”\"":
                speaker = self.speakers.speaker_of(after_objs[0])
                inverted = True
        if speaker is None:
            return None
        if subj is not None and subj.i < v.i and speaker.get("label") != "PER" and not speaker.get("pronoun"):
            named = self.speakers.name_before(speaker, cue_start, doc)
            if named is not None:
                speaker = named
        quote: str | None = None
        direct = False
        q_start, q_end = cue_start, cue_end
        q = self.quote_before(left, quotes, text)
        if q is not None:
            quote, direct, q_start, q_end = _clean_quote(q.words(text)), True, q.start, q.end
        else:
            q = self.quote_after_colon(cue_end, sent, quotes, text)
            if q is None and (v.lemma_.lower() in self.lex.quote_content_verbs or v.lower_ in self.lex.quote_content_verbs):
                # "a qualifié de « crime de guerre » la frappe", 'described it as "a targeted hit"'
                q = next((x for x in quotes if cue_end <= x.open < sent.end_char), None)
            if q is not None:
                quote, direct, q_start, q_end = _clean_quote(q.words(text)), True, q.start, q.end
        accused = None
        if kind in ("accuse", "attribute"):
            accused = self.accused_of(v)
        if quote is None:
            skip_ids = {t.i for o in (after_objs[:1] if inverted else []) for t in o.subtree}
            clause = None
            for child in v.children:
                if child.i > v.i and child.dep_ in CLAUSE_DEPS and child.i not in skip_ids:
                    clause = self.clause_span(child)
                    break
            if clause is None and kind in ("accuse",):
                obj = next((c for c in v.children if c.i > v.i and c.dep_ in ("obj", "dobj")), None)
                if obj is not None:
                    for q2 in quotes:
                        rng = self.clause_span(obj)
                        if rng and q2.open >= rng[0] - 1 and q2.close <= rng[1] + 1:
                            clause = rng
                            break
            if clause is None and any(words[0] == v.lemma_.lower() for words in self.multiword):
                tail = [t for t in sent if t.i > v.i and not t.is_space]
                while tail and tail[0].lower_ in ("état", "de", "d'", "d’", "that"):
                    tail = tail[1:]
                while tail and tail[-1].is_punct:
                    tail = tail[:-1]
                clause = token_range(tail)
            if clause is None and kind in ("say", "deny") and not inverted:
                clause = self.clause_after(v, sent)
            if clause is None and kind in ("say", "accuse") and not inverted \
                    and (v.lemma_.lower() in self.lex.noun_content_verbs or v.lower_ in self.lex.noun_content_verbs):
                clause = self.reported_object(v)
            if clause is None and kind in ("say", "deny"):
                before = self.clause_before(left if not inverted else cue_start, sent, text)
                if before is not None:
                    clause = before
            if clause is not None and kind == "accuse" and accused is not None \
                    and not any(clause[0] <= x.open < clause[1] for x in quotes):
                clause = None  # "a accusé la Russie d'être responsable…": the accusation reports no words
            if clause is not None:
                quote, direct, q_start, q_end = self.as_content(clause[0], clause[1], quotes, text)
            elif kind not in ("accuse", "attribute") or accused is None:
                return None
        ev_start = min(sent.start_char, q_start)
        ev_end = max(v.doc[sentence_end(sent) - 1].idx + len(v.doc[sentence_end(sent) - 1].text), q_end)
        while ev_end > ev_start and text[ev_end - 1].isspace():
            ev_end -= 1
        return {
            "speaker": speaker,
            "cue": text[cue_start:cue_end],
            "cue_start": cue_start,
            "kind": kind,
            "quote": quote,
            "direct": direct,
            "quote_start": q_start if quote is not None else None,
            "quote_end": q_end if quote is not None else None,
            "evidence": [ev_start, ev_end],
            "accused": accused,
            "about_hint": self.about_hint(v),
            "date_text": self.date_of(v, q_start, q_end),
        }

    def accused_of(self, v: Token) -> dict | None:
        """The actor blamed: the object of "blame/accuse", or the "à …" of "imputer/attribuer … à"."""
        cands = [c for c in v.children if c.dep_ in ("obj", "dobj", "iobj", "obl:arg", "dative")]
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("to",):
                cands.extend(t for t in c.children if t.dep_ == "pobj")
            if c.dep_ in ("obj", "dobj"):  # "imputer l'attaque à l'Ukraine" parsed inside the object
                cands.extend(t for t in c.children if t.dep_ in ("nmod", "obl:arg")
                             and any(x.dep_ == "case" and x.lower_ in ("à", "au", "aux") for x in t.children))
        ranked = sorted(cands, key=lambda c: (c.dep_ not in ("obl:arg", "dative", "pobj") if v.lemma_.lower() in ("imputer", "attribuer") else c.dep_ not in ("obj", "dobj"), c.i))
        for c in ranked:
            named = c.pos_ == "PROPN" or c.ent_type_ or any(x.dep_ == "amod" for x in c.children)
            if not named or (c.lemma_.lower(), "NOUN") in self.lex.triggers:
                continue  # an act ("une tentative d'attaque"), not the actor blamed
            toks = noun_phrase(c)
            rng = token_range(toks)
            if rng:
                return {"start": rng[0], "end": rng[1], "text": doc_text(v.doc)[rng[0]: rng[1]]}
        return None

    def about_hint(self, v: Token) -> list[int]:
        """Character offsets of attack nouns the cue governs ("blamed Kyiv for the attack")."""
        hints = []
        for t in list(v.subtree) + [v.head]:
            if (t.lemma_.lower(), "NOUN") in self.lex.triggers:
                hints.append(t.idx)
        return hints

    def date_of(self, v: Token, q_start: int, q_end: int) -> str | None:
        """When it was said: a time expression among the verb's own modifiers."""
        for child in v.children:
            if child.dep_ in CLAUSE_DEPS or child.dep_ in ("advcl", "parataxis", "punct"):
                continue
            rng = token_range(child.subtree)
            if not rng or (q_start <= rng[0] < q_end):
                continue
            chunk = doc_text(v.doc)[rng[0]: rng[1]]
            found = find_time_expressions(chunk, self.lang)
            if found and len(chunk) < 40:
                return found[0].text
        return None

    def from_prep(self, sent: Span, start: int, end: int, quotes: list[Quotation]) -> dict | None:
        """ "selon X, …" / "…, according to X" """
        doc = sent.doc
        text = doc_text(doc)
        np_toks = []
        for t in sent:
            if t.idx < end or t.is_space:
                continue
            if t.text in (",", "(", ".", ";", ":") or t.idx >= sent.end_char:
                break
            np_toks.append(t)
        if not np_toks or len(np_toks) > 15:
            return None
        speaker = self.speakers.speaker_from_tokens(np_toks)
        if speaker is None:
            return None
        np_end = np_toks[-1].idx + len(np_toks[-1].text)
        # an appositive name after the description: "a local official, Pavel Gritsenko, …"
        after = text[np_end: np_end + 2]
        if after.startswith(",") and not speaker.get("pronoun") and speaker.get("label") != "PER":
            nxt = [e for e in doc_ents(doc) if e.start_char in (np_end + 2, np_end + 1) and e.label_ in ("PER", "PERSON")]
            if nxt and text[nxt[0].end_char: nxt[0].end_char + 1] == ",":
                role = speaker.get("role")
                speaker = {"start": nxt[0].start_char, "end": nxt[0].end_char, "text": nxt[0].text, "label": "PER",
                           "role": role, "head": [speaker["start"], speaker["end"]] if role else None}
                np_end = nxt[0].end_char
        content_start = dateline_end(text, sent.start_char)
        lead = text[content_start: start].strip(" \u00a0\u202f") if start >= content_start else ""
        if not lead:
            # "Selon X, CLAUSE."
            j = np_end
            while j < sent.end_char and text[j] in ",) \u00a0\u202f":
                j += 1
            c_start, c_end = j, sent.end_char
        elif lead.endswith(","):
            c_end = text.rfind(",", sent.start_char, start)
            c_start = content_start
        else:
            return None
        while c_end > c_start and text[c_end - 1] in TRAILING:
            c_end -= 1
        while c_start < c_end and text[c_start] in " \u00a0\u202f":
            c_start += 1
        if c_end - c_start < 10:
            return None
        quote, direct, q_start, q_end = self.as_content(c_start, c_end, quotes, text)
        return {
            "speaker": speaker, "cue": text[start:end], "cue_start": start, "kind": "say",
            "quote": quote, "direct": direct, "quote_start": q_start, "quote_end": q_end,
            "evidence": [sent.start_char, sent.end_char], "accused": None, "about_hint": [], "date_text": None,
        }

    def prep_cues(self, sent: Span) -> list[tuple[int, int]]:
        low = sent.text.lower()
        found = []
        for phrase in self.lex.speech_preps:
            for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
                s = sent.start_char + m.start()
                if not any(a <= s < b for a, b in found):
                    found.append((s, sent.start_char + m.end()))
        return sorted(found)

    # ---------- the component ----------

    def __call__(self, doc: Doc) -> Doc:
        out = get_list(doc, "geokg_statements")
        skip = doc._.geokg_skip or []
        quotes = find_quotations(doc_text(doc))
        inside_quotes = [(q.start, q.end) for q in quotes]
        history: list[dict] = []
        actors: list[dict] = []  # speakers and named subjects, for "the group" / "leur porte-parole"
        for sent in full_sentences(doc):
            if in_ranges(sent.start_char, skip) or not sent.text.strip():
                continue
            found: list[dict] = []
            by_verb: dict[int, dict] = {}
            for tok in sent:
                if in_ranges(tok.idx, inside_quotes):
                    continue  # a speech verb inside someone's quoted words is theirs, not a new statement
                kind = self.cue_kind(tok)
                if kind is None:
                    continue
                st = self.from_verb(tok, kind, sent, quotes, by_verb)
                if st is not None:
                    by_verb[tok.i] = st
                    found.append(st)
            for start, end in self.prep_cues(sent):
                if in_ranges(start, inside_quotes):
                    continue
                st = self.from_prep(sent, start, end, quotes)
                if st is not None:
                    found.append(st)
            for st in sorted(found, key=lambda s: s["cue_start"]):
                st["speaker"] = self.speakers.resolve(st["speaker"], history, actors)
                if st["speaker"] is None:
                    continue
                if any(o["quote"] == st["quote"] and o["quote"] is not None and o["speaker"] == st["speaker"] for o in out):
                    continue
                out.append(st)
                st["speaker"]["pos"] = st["cue_start"]
                history.append(st["speaker"])
                actors.append(st["speaker"])
            actors.extend(self.speakers.named_subjects(sent, inside_quotes))
        self.continuations(doc, quotes, out)
        release_caches(doc)
        return doc

    def continuations(self, doc: Doc, quotes: list[Quotation], out: list[dict]) -> None:
        """A quotation with no cue of its own that follows a statement in the same paragraph
        ("« … », a-t-elle raconté. « … »") goes on with the same speaker."""
        text = doc_text(doc)
        used = {st["quote_start"] for st in out if st["quote_start"] is not None}
        for q in quotes:
            if q.start in used or len(q.words(text).split()) < 3:
                continue
            before = [st for st in out if st["evidence"][1] <= q.open]
            if not before:
                continue
            prev = max(before, key=lambda st: st["evidence"][1])
            gap = text[prev["evidence"][1]: q.open]
            if gap.strip(" \u00a0\u202f") or "\n" in gap:
                continue
            out.append(dict(prev, quote=_clean_quote(q.words(text)), direct=True, quote_start=q.start, quote_end=q.end,
                            evidence=[q.open, q.close + 1], accused=None, about_hint=[], date_text=None,
                            cue_start=q.open))
            used.add(q.start)
        out.sort(key=lambda st: st["evidence"][0])

@Language.factory("geokg_statements")
def make_statement_extractor(nlp: Language, name: str) -> StatementExtractor:
    return StatementExtractor(nlp.lang)
