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
  ``accuses`` an actor, with no quote unless the words or an act are given ("accused X of
  shelling …" quotes the act with X).

The parse of news is often wrong exactly where reported speech is: a sentence-final "…, the
governor, X, said." with no subject, an inverted speaker behind a phrase ("a écrit sur
Telegram X"), a name cut off as a sentence of its own, a participle hung from a verb that is
no speech, a live blog's time stamp taken for a subject. The finders read those shapes from
the tokens' order as well as from the tree, and each says which shape it reads.

The speaker is the verb's subject (or, in the French inverted order, the noun phrase after
the verb), the agent of a passive, or the antecedent of a relative pronoun. Personal
pronouns and bare definite descriptions ("Le ministère", "the military") take the last
compatible speaker of the article (``kg.nlp.speakers``). Each decision is a named finder
of ``kg.nlp.finders.statements``; a statement is built as a ``StatementDraft`` and leaves as
a ``StatementCandidate`` record (``kg.model``) in ``doc._.geokg_statements``, with the
candidates turned down (``Rejection``) for ``kg explain``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.model import OPENING_BODY, OPENING_PLACE, ActorCandidate, Rejection, SpeakerPhrase, StatementCandidate
from kg.nlp.dates import find_time_expressions
from kg.nlp.extensions import add_records
from kg.nlp.finders.statements import (
    CLAUSE,
    CUES,
    INVERTED_FINDERS,
    QUOTE,
    SUBJECT,
    Cue,
    StatementDraft,
    speaker_finders,
)
from kg.nlp.lexicon import lexicon, read_table
from kg.nlp.paragraphs import TIME_STAMP
from kg.nlp.quotes import Incise, Quotation, find_quotations, split_at_incises
from kg.nlp.speakers import SpeakerFinder
from kg.nlp.thresholds import (
    CLAUSE_AFTER_VERB_TOKENS,
    CLAUSE_BEFORE_MIN_CHARS,
    COLON_QUOTE_MAX_GAP,
    CONTINUATION_MIN_WORDS,
    CUE_LOOKAHEAD_TOKENS,
    DIRECT_SHARE,
    PREP_CLAUSE_MIN_CHARS,
    PREP_SPEAKER_MAX_TOKENS,
    REPORTED_OBJECT_MIN_WORDS,
    STATEMENT_DATE_MAX_CHARS,
)
from kg.nlp.syntax import (
    CLAUSE_DEPS,
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
    tokens_starting_in,
)

CLOSERS = "»”\""
# a paragraph break inside a quotation, with the mark that reopens it
PARAGRAPH_BREAK = re.compile(r"[ \u00a0\u202f]*\n[\s\u00a0\u202f]*[«“”\"]?[ \u00a0\u202f]*")
# the end of a reported clause that a coordinated speech verb follows ("…, and blamed", "…, et a imputé")
COORDINATED = re.compile(r"(?:,|\b(?:and|but|et|mais|puis)\b)\s*(?:\S+\s+){0,2}$", re.IGNORECASE)
TRAILING = " \u00a0\u202f,;:.…"


def _token_at(doc: Doc, char: int) -> int:
    """Index of the token that starts at (or covers) character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _clean_quote(text: str) -> str:
    return text.strip().rstrip(TRAILING).strip()


@lru_cache(maxsize=None)
def casualty_nouns(lang: str) -> frozenset[str]:
    """The casualty nouns of ``casualty_words.tsv`` ("dead", "injured", "morts", "blessés"):
    a count of them is reported content however short ("reported 12 dead")."""
    return frozenset(w.lower() for lg, w, _kind, use in read_table("casualty_words.tsv") if lg == lang and use == "noun")


class StatementExtractor:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lex = lexicon(lang)
        self.multiword = {tuple(k.split()) for k in self.lex.speech_verbs if " " in k}
        self.pronouns = self.lex.pronouns
        self.speakers = SpeakerFinder(lang)
        self.rejected: list[Rejection] = []  # candidates turned down in the Doc being read (kg explain)
        self.silent_speakers: list[dict] = []  # subjects of speech verbs that reported nothing (pronoun antecedents)
        self.incises: list[Incise] = []  # speech verbs written inside the quotations of the Doc being read
        # how far a reporting preposition is looked for after a comma (its longest phrase)
        self.longest_prep = max((len(p) for p in self.lex.speech_preps), default=0)

    # ---------- cues ----------

    def cue_kind(self, tok: Token) -> str | None:
        if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB") \
                and not self.present_tense_taken_for_noun(tok):
            return None
        if any(c.dep_.startswith("expl") and c.lower_ in self.lex.cue_reflexives for c in tok.children) \
                and tok.lemma_.lower() not in self.lex.reflexive_speech:
            return None  # "un incendie s'est déclaré": not speech ("s'est dit « horrifié »" is)
        if any(c.lower_ in self.lex.cue_negations for c in tok.children) or any(
                g.lower_ in self.lex.cue_negations for c in tok.children if c.dep_ == "advmod" for g in c.children):
            # "sans faire état de dégâts", "did not say", "revendique rarement officiellement": nothing was said
            return None
        for key in (tok.lemma_.lower(), tok.lower_, *self.first_group_infinitives(tok)):
            if key in self.lex.speech_verbs:
                kind = self.lex.speech_verbs[key]
                return None if kind == "say" and self.adjectival_participle(tok) else kind
        words = self.multiword_of(tok) or self.multiword_headed_by_particle(tok)
        return self.lex.speech_verbs[" ".join(words)] if words else None

    def multiword_headed_by_particle(self, v: Token) -> tuple[str, ...] | None:
        """A multi-word cue whose particle the parser made the head ("a fait | savoir la
        mairie": "fait" hangs from "savoir"): the particle is the cue's verb."""
        lead = self.multiword_lead(v)
        return (lead.lemma_.lower(), v.lower_) if lead is not None else None

    def multiword_lead(self, v: Token) -> Token | None:
        """The first verb of a multi-word cue right before ``v``, hung from it (see above)."""
        if v.i == 0:
            return None
        prev = v.doc[v.i - 1]
        if prev.head.i != v.i or prev.pos_ not in ("VERB", "AUX"):
            return None
        return prev if (prev.lemma_.lower(), v.lower_) in self.multiword else None

    def multiword_of(self, v: Token) -> tuple[str, ...] | None:
        """The multi-word cue the verb makes with a particle right after it ("call for", "fait
        état"), unless the particle governs a time ("called on Monday for …")."""
        found = [(c.i, words) for words in sorted(self.multiword) if v.lemma_.lower() == words[0]
                 for c in v.children if c.lower_ == words[1] and c.i > v.i and not self.of_time(c)
                 and self.only_circumstance(v.doc[v.i + 1: c.i])]
        return min(found)[1] if found else None  # the particle nearest the verb

    def only_circumstance(self, between: Span) -> bool:
        """Whether the words between a verb and its particle say only how or when ("has
        repeatedly called for", "called on Monday for"), not what ("called up reservists for")."""
        return len(between) <= 3 and all(t.pos_ in ("ADV", "PART", "AUX") or self.time_word(t)
                                         or any(self.time_word(x) for x in t.children) for t in between)

    def appeal_particle(self, v: Token) -> bool:
        """Whether the verb and one of its particles make a cue of appeal ("called on X to …")."""
        words = self.multiword_of(v)
        return words is not None and " ".join(words) in self.lex.appeal_verbs

    def of_time(self, particle: Token) -> bool:
        """Whether a multi-word cue's particle governs a time ("called on Monday for …" is no
        "call on")."""
        return particle.pos_ in ("ADP", "PART") and any(self.time_word(t) for t in particle.children)

    def first_group_infinitives(self, tok: Token) -> tuple[str, ...]:
        """The infinitive of a French present tense the lemmatizer left as it is ("« … »,
        estime X" lemmatised "estime"): "-e"/"-ent" forms of "-er" verbs."""
        w = tok.lower_
        if self.lang != "fr" or tok.lemma_.lower() != w:
            return ()
        if w.endswith("ent"):
            return (w[:-2] + "r",)
        return (w + "r",) if w.endswith("e") else ()

    def adjectival_participle(self, tok: Token) -> bool:
        """A past participle with no auxiliary set off by commas inside a clause that goes on
        after it ("le missile, lancé depuis un bombardier, avait été abattu", "the drone,
        reported by fishermen, had crashed"): it qualifies a noun, no one speaks. (At a
        sentence's end, "…, the service reported on Thursday." is a verb the parser misread.)"""
        past = "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense") or tok.tag_ == "VBN"
        if not past or tok.dep_ not in ("acl", "amod", "acl:relcl") or tok.i == 0 or tok.doc[tok.i - 1].text != "," \
                or any(c.dep_.startswith("aux") for c in tok.children):
            return False
        rest = tok.doc[max(t.i for t in tok.subtree) + 1: tok.sent.end]
        return len(rest) > 1 and rest[0].text == "," and any(self.finite(t) for t in rest)

    def present_tense_taken_for_noun(self, tok: Token) -> bool:
        """A live blog's present tense the tagger read as a plural noun, between a name and a
        preposition or a colon ("Sobyanin posts on Telegram: …", "Gladkov writes: …")."""
        if self.lang != "en" or tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.i == 0:
            return False
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return tok.doc[tok.i - 1].pos_ == "PROPN" and nxt is not None and (nxt.pos_ == "ADP" or nxt.text == ":") \
            and tok.lemma_.lower() in self.lex.speech_verbs

    def verb_group(self, v: Token) -> tuple[int, int]:
        """Character range of the cue as written: auxiliaries, "-t-il", the verb."""
        lead = self.multiword_lead(v)
        if lead is not None:
            # "a fait savoir": the lead verb and its auxiliaries are part of the cue
            aux = [c.i for u in (lead, v) for c in u.children if c.i < lead.i and c.dep_.startswith("aux")]
            return token_range(list(v.doc[min([lead.i] + aux): v.i + 1]))  # type: ignore[return-value]
        toks = [v] + [c for c in v.children if c.i < v.i and (c.dep_.startswith("aux") or c.dep_ == "expl:subj"
                                                           or c.lower_ in self.pronouns and c.text.startswith("-")
                                                           or c.dep_.startswith("expl") and c.lower_ in self.lex.cue_reflexives)]
        # an auxiliary the parser hung across a quotation's end or a comma ("« Les secours
        # sont … », a affirmé X": "sont" is no part of "a affirmé") stays outside the cue
        toks = [t for t in toks if t.i == v.i or not any(x.is_punct for x in v.doc[t.i + 1: v.i])]
        toks += [c for c in v.children if c.i > v.i and c.text.startswith("-") and c.lower_ in self.pronouns]
        lo = min(t.i for t in toks)
        toks = [t for t in v.doc[lo: v.i + 1]] + [t for t in toks if t.i > v.i]
        start, end = token_range(toks)  # type: ignore[misc]
        return start, end

    # ---------- speakers ----------

    @staticmethod
    def after_comma_or_quote(pos: int, text: str) -> bool:
        """Whether the cue at ``pos`` follows a comma or a closing quotation mark (the
        inverted order: "…, a affirmé X", "« … », a écrit X")."""
        j = pos - 1
        while j >= 0 and text[j] in " \u00a0\u202f":
            j -= 1
        return j >= 0 and text[j] in ",»”\""

    def ends_sentence(self, c: Cue) -> bool:
        """Whether nothing after the verb reports anything: no clause, no quotation, no
        further verb ("…, the governor said." / "said on Tuesday in a statement.")."""
        doc = c.verb.doc
        for t in doc[c.verb.i + 1: sentence_end(c.sent)]:
            if t.pos_ in ("VERB", "AUX") or t.lower_ in self.lex.complementizers or t.text in "«“\"":
                return False
        return True

    def phrase_before_verb(self, c: Cue) -> dict | None:
        """The speaker phrase between the last comma of the clause and a sentence-final verb:
        one nominal segment, or two when one of them is a name and the other a title
        ("the head of the district, Petro X," / "Hanna X, a spokeswoman for the port,")."""
        doc, text = c.verb.doc, c.text
        first = _token_at(doc, sentence_start(c.sent))
        i = min(t.i for t in doc[first: c.verb.i + 1] if t.idx >= c.cue_start) - 1
        while i > first and (doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].text != "," or doc[i].is_space):
            i -= 1  # "has said", "later said"
        if doc[i].text == ",":
            i -= 1  # the comma that closes an appositive
        segments: list[list[Token]] = []  # nearest first; only segments closed by a comma on their left
        seg: list[Token] = []
        while i > first and len(segments) < 2:
            t = doc[i]
            if t.text == ",":
                segments.append(list(reversed(seg)))
                seg = []
            elif not t.is_space:
                seg.append(t)
            i -= 1
        segs = [s for s in segments[:2] if s]
        if not segs or not self.nominal(segs[0]):
            return None
        phrase = segs[0]
        pair = None
        if len(segs) == 2 and self.nominal(segs[1]) and self.name_and_title(segs[1], segs[0]):
            pair = (segs[1], segs[0])
            phrase = segs[1] + [doc[segs[1][-1].i + 1]] + segs[0]
        start = phrase[0].idx
        before = text[sentence_start(c.sent): start].rstrip(" \u00a0\u202f")
        if not before.endswith(",") or len(before) < CLAUSE_BEFORE_MIN_CHARS:
            return None
        speaker = self.titled_name(phrase, pair)
        if speaker is None:
            return None
        speaker["phrase_start"] = start
        return speaker

    def opening_name(self, c: Cue) -> dict | None:
        """A run of capitalised names from the sentence's start up to the verb group."""
        doc, text = c.verb.doc, c.text
        k = c.verb.i - 1  # the parser may cut "Olena X, | qui …, | a reconnu": back to a full stop
        while k >= 0 and not (doc[k].text in (".", "!", "?") or "\n" in doc[k].text + doc[k].whitespace_):
            k -= 1
        begin = dateline_end(text, min(sentence_start(c.sent), doc[k + 1].idx))
        stamp = TIME_STAMP.match(text, begin)
        first = _token_at(doc, stamp.end() if stamp else begin)
        i = c.verb.i - 1
        while i >= first and (doc[i].pos_ == "AUX" or doc[i].is_space or doc[i].lower_ in self.lex.cue_reflexives):
            i -= 1  # "X a déclaré", "X s'est dit …"
        if i > first and doc[i].text == ",":
            # "Olena X, qui avait d'abord évoqué …, a reconnu": skip the relative clause
            k = i - 1
            while k > first and not (doc[k].lower_ in self.lex.relative_pronouns and doc[k - 1].text == ","):
                k -= 1
            if k > first:
                i = k - 2
        run = []
        while i >= first and doc[i].pos_ in ("PROPN", "X") and doc[i].text[:1].isupper():
            run.append(doc[i])
            i -= 1
        if not run or i >= first or len(run) > 4:
            return None
        speaker = self.speakers.speaker_from_tokens(list(reversed(run)))
        if speaker is not None and not speaker.get("label") and self.bare_name(list(reversed(run))):
            speaker["label"] = "PER"
        if speaker is not None:
            speaker["phrase_start"] = run[-1].idx  # a quotation inside the skipped relative clause is not this verb's
        return speaker

    @staticmethod
    def participle(v: Token) -> bool:
        """A present participle or gerund ("saying", "estimant", "en ajoutant")."""
        return v.tag_ == "VBG" or "Part" in v.morph.get("VerbForm") and "Pres" in v.morph.get("Tense") \
            or "Ger" in v.morph.get("VerbForm")

    def is_attribution(self, rng: tuple[int, int], sent: Span) -> bool:
        """Whether a clause is only a speaker and a speech verb ("the agency reported")."""
        toks = [t for t in sent if rng[0] <= t.idx < rng[1] and not t.is_punct and not t.is_space]
        if not toks or self.cue_kind(toks[-1]) is None and not (len(toks) > 1 and self.cue_kind(toks[-2]) is not None):
            return False
        verb = next(t for t in reversed(toks) if self.cue_kind(t) is not None)
        before = [t for t in toks if t.i < verb.i and t.pos_ != "AUX"]
        after = [t for t in toks if t.i > verb.i]
        return self.nominal(before) and len(after) <= 1 and all(t.pos_ in ("ADV", "NOUN", "PROPN") for t in after)

    def ends_with_attribution(self, rng: tuple[int, int], sent: Span) -> bool:
        """Whether a clause ends with ", X said" (its last comma-separated part is an attribution)."""
        text = doc_text(sent.doc)
        comma = text.rfind(",", rng[0], rng[1])
        return comma > rng[0] and self.is_attribution((comma + 1, rng[1]), sent)

    def nominal(self, toks: list[Token]) -> bool:
        """A short noun phrase: no verb, a noun or a name in it."""
        return 0 < len(toks) <= PREP_SPEAKER_MAX_TOKENS and not any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in toks) \
            and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in toks) \
            and not any(t.lower_ in self.lex.relative_pronouns for t in toks)

    def name_and_title(self, a: list[Token], b: list[Token]) -> bool:
        """Whether two comma-separated segments are a title and a name in apposition."""
        def is_name(toks: list[Token]) -> bool:
            words = [t for t in toks if not t.is_punct]
            return bool(words) and all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words)

        def has_role(toks: list[Token]) -> bool:
            return self.speakers.find_role(" ".join(t.text for t in toks)) is not None
        return (is_name(a) and has_role(b)) or (has_role(a) and is_name(b))

    def phrase_after_verb(self, c: Cue) -> dict | None:
        """The noun phrase that ends an inverted sentence, after the phrases that say how,
        when or where it was said (a preposition's phrase, an adverb, a time word); a medium
        word ("Telegram", "Facebook") ends the phrase it belongs to. The name in apposition
        after a title is kept ("le maire de Soumy, Oleksandr X")."""
        doc = c.verb.doc
        end = sentence_end(c.sent)
        toks = [t for t in doc[c.verb.i + 1: end] if not t.is_space and t.idx >= c.cue_end]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        i, n = 0, len(toks)
        in_pp = False
        start = None
        while i < n:
            t = toks[i]
            if t.text == ",":
                return None  # a clause or a list follows: not a final speaker phrase
            if t.lower_ in self.lex.media_words:
                in_pp = False
                i += 1
                start = i
                break
            person = t.ent_type_ in ("PER", "PERSON") and t.ent_iob_ == "B" and t.text[:1].isupper()
            if person and (not in_pp or (i > 0 and toks[i - 1].pos_ in ("PROPN", "NOUN"))):
                # a person the model tagged, even where the parser saw a verb ("a affirmé Oleh |
                # Bondar, chef de …"), or a name after the phrase that says to whom ("a déclaré à
                # l'AFP Mykola X, un secouriste"): the speaker starts there
                start = i
                break
            if t.pos_ in ("VERB", "AUX", "SCONJ", "PRON", "CCONJ") or t.lower_ in self.lex.complementizers:
                return None  # a clause follows the verb: it is no inverted speaker's
            if t.pos_ == "ADP":
                in_pp = True
            elif t.pos_ in ("ADV", "NUM") or (t.pos_ == "PROPN" and t.ent_type_ in ("DATE", "TIME")):
                pass
            elif t.pos_ == "DET" and not in_pp:
                start = i
                break
            elif t.pos_ == "DET" and i > 0 and toks[i - 1].pos_ not in ("ADP",):
                start = i  # "dans un communiqué le ministère": a determiner after a noun starts anew
                break
            elif t.pos_ in ("PROPN", "NOUN") and not in_pp and not self.time_word(t):
                start = i
                break
            i += 1
        if start is None or start >= n:
            return None
        phrase = toks[start:]
        commas = [k for k, t in enumerate(phrase) if t.text == ","]
        for k in commas:  # "…, a déclaré X, cité par l'agence": what follows a comma is no name
            nxt = phrase[k + 1] if k + 1 < len(phrase) else None
            if nxt is not None and not (nxt.pos_ == "DET" or nxt.text[:1].isupper()) \
                    or nxt is not None and nxt.lower_ in self.lex.relative_pronouns:
                phrase = phrase[:k]
                commas = [j for j in commas if j < k]
                break
        if commas and all(t.ent_type_ in ("PER", "PERSON") for t in phrase[:commas[0]]) \
                and not self.name_and_title(phrase[:commas[0]], phrase[commas[0] + 1:]):
            # "…, a déclaré à l'AFP Mykola X, un secouriste présent sur place": the person the
            # model tagged speaks; what follows the comma only describes them
            phrase, commas = phrase[:commas[0]], []
        elif len(commas) == 1 and phrase[0].pos_ == "DET" and commas[0] <= 3 and phrase[commas[0] + 1:] \
                and all(t.ent_type_ in ("PER", "PERSON") for t in phrase[commas[0] + 1:]) \
                and not self.name_and_title(phrase[:commas[0]], phrase[commas[0] + 1:]):
            # "…, s'exclame sa voisine, Amal X": a description, then the person the model tagged
            phrase, commas = phrase[commas[0] + 1:], []
        if len(commas) > 1 or (commas and not self.name_and_title(phrase[:commas[0]], phrase[commas[0] + 1:])):
            return None
        head = [t for t in phrase if t.text != ","]
        if any(t.pos_ in ("VERB", "AUX", "SCONJ") and t.ent_type_ not in ("PER", "PERSON")
               or t.lower_ in self.lex.relative_pronouns for t in head):
            return None
        if not any(t.pos_ in ("NOUN", "PROPN") for t in head) or len(head) > PREP_SPEAKER_MAX_TOKENS:
            return None
        speaker = self.titled_name(phrase, (phrase[:commas[0]], phrase[commas[0] + 1:]) if commas else None)
        if speaker is not None and speaker.get("label") != "PER":
            named = [t for t in phrase if speaker["start"] <= t.idx < speaker["end"]]
            if self.speakers.aged(speaker, named):
                speaker["label"] = "PER"  # "…, a raconté Vera, 71 ans,": a person, whatever the model says
        return speaker

    @staticmethod
    def bare_name(toks: list[Token]) -> bool:
        """Two or three capitalised words and nothing else: a person's first name and surname."""
        return 2 <= len(toks) <= 3 and all(t.pos_ in ("PROPN", "X", "NOUN") and t.text[:1].isupper()
                                           and t.text.isalpha() for t in toks)

    def name_after(self, speaker: dict, c: Cue) -> dict:
        """A title after an inverted verb, and the name in apposition after it that ends the
        sentence or its clause ("…, a annoncé le gouverneur de la région, Viatcheslav X.")."""
        if speaker.get("label") == "PER" or speaker.get("pronoun"):
            return speaker
        doc = c.verb.doc
        end = sentence_end(c.sent)
        after = [t for t in doc[c.verb.i + 1: end] if t.idx >= speaker["end"] and not t.is_space]
        if len(after) < 2 or after[0].text != ",":
            return speaker
        name = []
        for t in after[1:]:
            if t.is_punct:
                break
            name.append(t)
        title = [t for t in doc[c.verb.i + 1: end] if speaker["start"] <= t.idx < speaker["end"]]
        if not name or len(name) > 4 or not title or not self.name_and_title(title, name):
            return speaker
        return self.titled_name(title + [after[0]] + name, (title, name)) or speaker

    def titled_name(self, phrase: list[Token], pair: tuple[list[Token], list[Token]] | None) -> dict | None:
        """The speaker of a phrase; of a title and a name in apposition, the person named,
        even when the model tagged no person in it."""
        speaker = self.speakers.speaker_from_tokens(phrase)
        if speaker is not None and pair is None and speaker.get("label") in ("", "LOC") and self.bare_name(phrase):
            speaker["label"] = "PER"  # "…, a écrit sur Telegram Oleksandr X": the model cut the name off
        if speaker is None or pair is None or speaker.get("label") == "PER":
            return speaker
        a, b = pair
        name = a if all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in a if not t.is_punct) else b
        rng = token_range(name)
        if rng is None:
            return speaker
        text = doc_text(phrase[0].doc)
        head = token_range(phrase)
        return {"start": rng[0], "end": rng[1], "text": text[rng[0]: rng[1]], "label": "PER",
                "role": speaker.get("role"), "head": [head[0], head[1]] if head else None,
                **({"phrase_start": speaker["phrase_start"]} if "phrase_start" in speaker else {})}

    def time_word(self, t: Token) -> bool:
        return t.ent_type_ in ("DATE", "TIME") or bool(find_time_expressions(t.text, self.lang))


    def quote_before(self, pos: int, quotes: list[Quotation], text: str) -> Quotation | None:
        """The quotation that ends just before ``pos``, attached to it by a comma
        (``”, a déclaré`` or ``…,” he said``); a quotation closed by a full stop is not."""
        i = pos - 1
        while i >= 0 and text[i] in " \u00a0\u202f—–-":
            i -= 1
        cut = next((q for q in quotes if q.close == i and text[i] == ","), None) if i >= 0 else None
        if cut is not None:
            return cut  # "« A, ajoute-t-elle. B »": the part before the incise, closed by its comma
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

    def quote_after_colon(self, v: Token, pos: int, sent: Span, quotes: list[Quotation], text: str) -> Quotation | None:
        """The quotation after the cue and a colon, unless a reported clause stands between them
        ("said the crane had been destroyed: « … »": the clause is one statement, the quotation
        a second of the same speaker, ``split_before``)."""
        for q in quotes:
            if q.open >= pos:
                between = text[pos: q.open]
                if ":" in between and "\n" not in between and not re.search(r"[.!?]\s", between) and len(between) < COLON_QUOTE_MAX_GAP:
                    return None if self.holds_clause(v, pos, pos + between.index(":")) else q
                if between.strip(" \u00a0\u202f") == ",":  # 'he said, “…”'
                    return q
                return None
        return None

    def holds_clause(self, v: Token, start: int, end: int) -> bool:
        """Whether the words between two offsets hold a clause the verb reports: a
        complementizer, or the verb's clausal complement (not a relative clause: "a raconté la
        nuit qui a suivi le bombardement : « … »")."""
        return any(t.lower_ in self.lex.complementizers or t.head.i == v.i and t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX")
                   for t in v.sent if start <= t.idx < end)

    @staticmethod
    def opens_quotation(doc: Doc, i: int) -> bool:
        """Whether token ``i`` (if any) is an opening quotation mark (a straight one is when a
        word follows it with no space)."""
        return i < len(doc) and (doc[i].text in ("«", "“", "„") or doc[i].text == '"' and not doc[i].whitespace_)

    def relative_speech(self, tok: Token) -> bool:
        """``tok`` opens a relative clause whose verb is a speech verb ("…, que le ministère a
        qualifiée de …", "…, which the ministry dismissed as …"): someone else's words."""
        if tok.lower_ not in self.lex.relative_pronouns | self.lex.complementizers | {"que", "qu'", "qu’"}:
            return False
        verb = tok.head
        return verb.i > tok.i and verb.dep_ in ("acl:relcl", "relcl", "acl", "ccomp") and self.cue_kind(verb) is not None

    def clause_span(self, child: Token) -> tuple[int, int] | None:
        """The reported clause: from the complement's first word to the end of the sentence
        (the parse often cuts a long complement short), stopping before a further speech
        cue (", adding that …", ", a-t-il ajouté", "but warned …", "mais a prévenu …")."""
        toks = [t for t in child.subtree if not t.is_space]
        while toks and toks[0].lower_ in (",", ":"):
            toks = toks[1:]
        if not toks:
            return None
        sent = sent_of(child)
        end = sentence_end(sent)
        if toks[0].i > sent.start and child.doc[toks[0].i - 1].text in ("«", "“"):
            toks = [child.doc[toks[0].i - 1]] + toks  # "s'est dit « horrifié » par …": the mark opens it
        tail = []
        for t in child.doc[toks[0].i: end]:
            if t.i > toks[0].i and t.text in (":", ".", "!", "?") and self.opens_quotation(child.doc, t.i + 1):
                break  # "…: « … »" is a quotation of its own; ". « …" a sentence the parser ran on into
            if t.i > toks[0].i and (t.text == "," or t.pos_ == "CCONJ") and t.i + 1 < end \
                    and self.starts_cue(t.i + 1, sent):
                break  # ", adding that …", "… but warned that …", "… mais a prévenu que …"
            if t.i > toks[0].i and t.text == "," and t.i + 1 < end and self.relative_speech(child.doc[t.i + 1]):
                break  # "… sur un hôpital de Soumy, que Moscou a qualifiée de « … »": another's words
            if t.i > toks[0].i and t.lower_ in self.lex.cue_lead_words and t.pos_ != "ADP" and self.starts_cue(t.i, sent):
                break  # "… while warning that …", "… tout en assurant que …"
            tail.append(t)
        tail = [t for t in tail if not t.is_space]
        return self.clause_span_of(tail)

    def starts_cue(self, i: int, sent: Span) -> bool:
        """Whether a speech cue (verb group or reporting preposition) starts at token ``i``."""
        doc = sent.doc
        # ", a-t-il ajouté", ", adding that", ", and blamed Kyiv", ", and a spokesman added";
        # after "while"/"tandis que", a subject with its name ("tandis que la télévision d'État MRTV évoquait")
        lead = doc[i].lower_ in self.lex.cue_lead_words
        allowed = ("AUX", "PRON", "ADV", "PART", "CCONJ", "DET", "NOUN", "ADJ") + (("SCONJ", "PROPN", "ADP") if lead else ())
        for t in doc[i: min(i + CUE_LOOKAHEAD_TOKENS * (2 if lead else 1), sent.end)]:
            if self.cue_kind(t) is not None:
                return True
            if t.lower_ in self.lex.cue_lead_words:
                continue
            if t.pos_ not in allowed and not t.text.startswith("-"):
                break
        low = doc_text(doc)[doc[i].idx: doc[i].idx + self.longest_prep].lower()
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
        for t in doc[v.i + 1: min(v.i + CLAUSE_AFTER_VERB_TOKENS, sent.end)]:
            if t.is_punct and t.text not in ("«", "“", "\""):
                return None
            infinitive = "Inf" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX")
            if t.lower_ in self.lex.complementizers or (self.lang == "fr" and infinitive):
                return self.clause_span(t)  # to the sentence's end or a further cue ("… and called for …")
        return None

    def bare_clause(self, v: Token, sent: Span) -> tuple[int, int] | None:
        """A clause right after the verb with no complementizer: it opens with a noun phrase
        and has a finite verb within a few words."""
        doc = v.doc
        end = sentence_end(sent)
        nxt = next((t for t in doc[v.i + 1: end] if not t.is_space), None)
        if nxt is None or nxt.pos_ not in ("DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"):
            return None
        for t in doc[nxt.i: min(nxt.i + CLAUSE_AFTER_VERB_TOKENS + 4, end)]:
            if t.is_punct:
                return None
            if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and self.cue_kind(t) is None:
                return self.clause_span(nxt)
        return None

    def reported_object(self, v: Token) -> tuple[int, int] | None:
        """What was announced, as a noun phrase ("a annoncé la mort de 19 personnes dans une
        frappe", "reported heavy damage to the port"); short objects ("told reporters",
        "a déclaré la guerre") are no reported content."""
        obj = next((c for c in v.children if c.i > v.i and c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"), None)
        if obj is None:  # "a signalé dimanche de nouveaux dégâts": the French parser hangs it on the day word
            obj = next((g for c in v.children if c.i > v.i and c.lower_ in self.lex.day_words
                        for g in c.children if g.i > c.i and g.dep_ in ("obj", "nmod") and g.pos_ == "NOUN"), None)
        if obj is None:
            # "reported four dead and 18 injured", "reported 12 dead": a casualty figure is
            # reported content however short (the parser makes "dead" an adjective)
            obj = next((c for c in v.children if c.i > v.i and c.dep_ in ("obj", "dobj") and self.casualty_figure(c)), None)
            return self.clause_span(obj) if obj is not None else None
        toks = [t for t in obj.subtree if not t.is_space]
        rng = self.clause_span(obj)
        if obj.head.i != v.i and rng is not None:  # the rest of the phrase hangs on the verb: the clause's words
            toks = [t for t in v.doc[obj.left_edge.i:] if t.idx < rng[1] and not t.is_space]
        if self.cue_kind(v) == "deny" and rng is not None:
            # "a démenti toute frappe | contre la centrale": what was denied runs on after the noun
            toks = [t for t in v.doc[obj.i: obj.i + REPORTED_OBJECT_MIN_WORDS * 3] if rng[0] <= t.idx < rng[1]]
        after = max(t.i for t in toks) + 1
        # "des « dégâts mineurs » sur des maisons", "une ville « vidée de ses habitants »": quoted words
        quoted = any(t.text in ("«", "“", '"') for t in toks) or after < len(v.doc) and v.doc[after].text in ("«", "“")
        cut = after < len(v.doc) and v.doc[after].lower_ in ("de", "d'", "d’", "of") and rng is not None
        # "a annoncé la mort | de deux de ses combattants": the parse cut the noun's complement off
        words = [t for t in (v.doc[obj.i:] if (quoted or cut) and rng else toks)
                 if not t.is_punct and (not rng or t.idx < rng[1])]
        if len(words) < REPORTED_OBJECT_MIN_WORDS:
            return None
        return rng

    def casualty_figure(self, tok: Token) -> bool:
        """A casualty noun or adjective counted by a number ("four dead", "12 injured",
        ``casualty_words.tsv`` nouns)."""
        nouns = casualty_nouns(self.lang)
        return (tok.lower_ in nouns or tok.lemma_.lower() in nouns) and any(
            c.dep_ == "nummod" and c.like_num for c in tok.children)

    def clause_span_of(self, toks: list[Token]) -> tuple[int, int] | None:
        while toks and (toks[0].dep_ == "mark" or toks[0].lower_ in self.lex.complementizers):
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
        stamp = TIME_STAMP.match(text, start)
        if stamp and stamp.end() < i:
            start = stamp.end()  # "03:30 – …": the live blog's time is no one's words
        colon = text.rfind(": ", start, i)
        if colon > start and not any(q.open < colon < q.close for q in find_quotations(text[start:i])):
            start = colon + 1  # "gave a new tally: 41 drones were downed, he said": the words after the colon
        while start < i and text[start] in " \u00a0\u202f":
            start += 1
        if i - start < CLAUSE_BEFORE_MIN_CHARS:
            return None
        clause = sent.doc.char_span(start, i, alignment_mode="expand")
        if clause is None or not any(self.finite(t) for t in clause):
            return None  # "Jointe mercredi par téléphone, elle raconte": a participle's phrase is no clause
        return start, i

    @staticmethod
    def finite(t: Token) -> bool:
        """A finite verb, or a verb the model gave no verb form (what it cannot tell)."""
        if t.pos_ not in ("VERB", "AUX"):
            return False
        forms = t.morph.get("VerbForm")
        return not forms or "Fin" in forms or t.tag_ in ("VBD", "VBZ", "VBP", "MD")

    # ---------- statements ----------

    def from_verb(self, v: Token, kind: str, sent: Span, quotes: list[Quotation],
                  by_verb: dict[int, StatementDraft]) -> StatementDraft | None:
        """The statement of one speech verb: its speaker (``SPEAKER``), then its quotation
        (``QUOTE``) or reported clause (``CLAUSE``), each the first finder that applies."""
        c = self.cue_context(v, kind, sent, quotes, by_verb)
        trace = [f"cue:speech_verb({kind})"]
        found = self.find_speaker(c, trace)
        if found is None:
            return None
        c, speaker = found
        content = self.find_content(c, trace)
        if content is None:
            if not speaker.get("pronoun") and not speaker.get("role") and speaker.get("label") != "DESC":
                # "Les shebab ont revendiqué l'attaque. Ils ont affirmé …": no statement, but the
                # subject of a speech verb spoke: a later pronoun may refer to it
                self.silent_speakers.append(dict(speaker, pos=c.cue_start, sent_start=sent.start_char,
                                                 sent_end=sent.end_char))
            return None
        quote, direct, q_start, q_end, accused = content
        text = c.text
        ev_start = min(sent.start_char, q_start)
        ev_end = max(v.doc[sentence_end(sent) - 1].idx + len(v.doc[sentence_end(sent) - 1].text), q_end)
        while ev_end > ev_start and text[ev_end - 1].isspace():
            ev_end -= 1
        return StatementDraft(
            speaker=speaker, cue=text[c.cue_start:c.cue_end], cue_start=c.cue_start, kind=kind, quote=quote,
            direct=direct, quote_span=(q_start, q_end) if quote is not None else None, evidence=(ev_start, ev_end),
            accused=accused, about_hint=tuple(self.about_hint(v)), date_text=self.date_of(v, q_start, q_end),
            trace=trace)

    def cue_context(self, v: Token, kind: str, sent: Span, quotes: list[Quotation],
                    by_verb: dict[int, StatementDraft]) -> Cue:
        """The speech verb with its cue's range, subject token (``SUBJECT``), where the speaker's
        phrase starts, and the nouns after it (the French inverted order)."""
        cue_start, cue_end = self.verb_group(v)
        c = Cue(verb=v, kind=kind, sent=sent, quotes=tuple(quotes), text=doc_text(v.doc), cue_start=cue_start,
                cue_end=cue_end, by_verb=by_verb)
        found_subject = SUBJECT.first(self.lang, self, c)
        subj = found_subject[1] if found_subject else None
        cue_words = {w for words in self.multiword for w in words[1:]}
        after_objs = tuple(t for t in v.children if t.i > v.i and t.dep_ in ("obj", "nsubj", "dobj")
                           and t.pos_ in ("NOUN", "PROPN") and t.lower_ not in cue_words)
        left = cue_start
        if subj is not None and subj.i < v.i:
            left = min(left, noun_phrase(subj)[0].idx if noun_phrase(subj) else subj.idx)
        return replace(c, subject=subj, left=left, after_objects=after_objs)

    def find_speaker(self, c: Cue, trace: list[str]) -> tuple[Cue, dict] | None:
        """The speaker phrase (the first ``SPEAKER`` finder that finds one), replaced by a name
        set off by commas after a description ("Le chef de la police, Dmytro X, a déclaré")."""
        found = speaker_finders(c.kind).first(self.lang, self, c)
        if found is None:
            self.reject(c.cue_start, c.cue_end, c.text, "speech verb with no speaker", trace)
            return None
        finder, speaker = found
        trace.append(f"speaker:{finder}")
        c = replace(c, inverted=finder in INVERTED_FINDERS)
        if speaker.get("phrase_start") is not None and speaker["phrase_start"] < c.left:
            c = replace(c, left=speaker["phrase_start"])  # the clause before ends at the phrase's comma
        subj = c.subject
        if subj is not None and subj.i < c.verb.i and speaker.get("label") != "PER" and not speaker.get("pronoun"):
            named = self.speakers.name_before(speaker, c.cue_start, c.verb.doc)
            if named is not None:
                speaker = named
                trace.append("speaker:appositive_name")
        return c, speaker

    def find_content(self, c: Cue, trace: list[str]) -> tuple[str | None, bool, int, int, dict | None] | None:
        """(quote, direct, start, end, accused): the first ``QUOTE`` finder's quotation, else
        the first ``CLAUSE`` finder's clause; an accusation may report no words."""
        text, quotes = c.text, list(c.quotes)
        quote: str | None = None
        direct = False
        q_start, q_end = c.cue_start, c.cue_end
        found_quote = QUOTE.first(self.lang, self, c)
        if found_quote is not None:
            q = found_quote[1]
            quote, direct, q_start, q_end = _clean_quote(q.words(text)), True, q.start, q.end
            trace.append(f"quote:{found_quote[0]}")
            start = self.fragment_start(q, c) if found_quote[0] == "quote_before_cue" else None
            if start is not None:
                # "Une frappe contre Sanaa, si …, « changerait la donne », prévient-elle": the
                # quotation is a fragment of the clause, which is what was said
                quote, q_start, q_end = _clean_quote(text[start: q.close + 1]), start, q.close + 1
                direct = False
                trace.append("quote:clause_around_fragment")
        accused = None
        if c.kind in ("accuse", "attribute"):
            accused = self.accused_of(c.verb)
            if accused is not None:
                trace.append("accused:accused_object")
        if quote is not None:
            return quote, direct, q_start, q_end, accused
        found_clause = CLAUSE.first(self.lang, self, replace(c, accused=accused))
        if found_clause is not None:
            finder, clause = found_clause
            if c.kind == "accuse" and accused is not None and accused["start"] < clause[0] \
                    and not self.responsibility(text[clause[0]: clause[1]]):
                # "accused Kyiv of shelling the market", "a accusé Kiev d'avoir visé …": the act
                # it reports, with the actor accused, is what was said
                trace.append(f"clause:{finder}")
                trace.append("quote:accused_with_act")
                quote, direct, q_start, q_end = self.as_content(accused["start"], clause[1], quotes, text)
                return quote, False, q_start, q_end, accused
            if c.kind == "accuse" and accused is not None and not any(clause[0] <= x.open < clause[1] for x in quotes):
                # "a accusé la Russie d'être responsable…": the accusation reports no words
                self.reject(clause[0], clause[1], text, "an accusation's clause is no reported speech",
                            trace + [f"clause:{finder}"])
            else:
                trace.append(f"clause:{finder}")
                quote, direct, q_start, q_end = self.as_content(clause[0], clause[1], quotes, text)
                return quote, direct, q_start, q_end, accused
        if c.kind not in ("accuse", "attribute") or accused is None:
            self.reject(c.cue_start, c.cue_end, text, "no quotation or reported clause", trace)
            return None
        return None, False, q_start, q_end, accused

    def fragment_start(self, q: Quotation, c: Cue) -> int | None:
        """Where the clause starts whose end a quotation before the cue is ("The strike was
        « a crime », he said", "Une trêve, si …, « sauverait la récolte », estime X"): words
        of the same sentence before the mark that the quotation goes on from (no comma
        between them, or a quotation that opens on a verb)."""
        text, doc = c.text, c.verb.doc
        start = dateline_end(text, sentence_start(c.sent))
        stamp = TIME_STAMP.match(text, start)
        start = stamp.end() if stamp else start
        while start < q.open and text[start] in " \u00a0\u202f":
            start += 1
        before = text[start: q.open]
        if len(before.split()) < 3 or re.search(r"[:«»“”\"\n]", before) or start < sentence_start(c.sent):
            return None
        first = next((t for t in doc[_token_at(doc, q.open): c.verb.i] if t.idx >= q.start), None)
        if before.rstrip(" \u00a0\u202f").endswith(",") and not (first is not None and first.pos_ in ("VERB", "AUX")):
            return None  # "Asked about the strike, « It was a mistake », he said": a phrase, then the words
        if any(self.cue_kind(t) for t in doc[_token_at(doc, start): _token_at(doc, q.open)]):
            return None  # the words before are someone's report of their own
        return start

    def document_issuer(self, tok: Token) -> Token | None:
        """The issuer of a document noun ("the ministry's statement", "a statement from the
        ministry", "le communiqué du ministère"), or None."""
        if tok.lemma_.lower() not in self.lex.document_words and tok.lower_ not in self.lex.document_words:
            return None
        for child in tok.children:
            if child.dep_ in ("poss", "nmod:poss") and child.pos_ in ("PROPN", "NOUN"):
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "of", "by"):
                obj = next((t for t in child.children if t.dep_ == "pobj" and t.pos_ in ("PROPN", "NOUN")), None)
                if obj is not None:
                    return obj
            if child.dep_ == "nmod" and child.pos_ in ("PROPN", "NOUN") \
                    and any(x.dep_ == "case" and x.lower_ in ("de", "du", "des", "d'", "d’") for x in child.children):
                return child
        return None

    def responsibility(self, clause: str) -> bool:
        """Whether an accusation's clause only holds someone responsible ("d'être responsable
        du bombardement", "of being behind the attack"): no act is reported."""
        words = re.findall(r"[\w'’]+", clause.lower())[:4]
        return any(w in self.lex.responsibility_words for w in words)

    def reject(self, start: int, end: int, text: str, reason: str, trace: list[str]) -> None:
        """Keep a turned-down candidate and why (read by ``kg explain``)."""
        self.rejected.append(Rejection("statement", start, end, text[start:end], reason, tuple(trace)))

    def accused_of(self, v: Token) -> dict | None:
        """The actor blamed: the object of "blame/accuse", or the "à …" of "imputer/attribuer … à"."""
        cands = [c for c in v.children if c.dep_ in ("obj", "dobj", "iobj", "obl:arg", "dative")]
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in self.lex.accused_preps:
                cands.extend(t for t in c.children if t.dep_ == "pobj")
            if c.dep_ in ("obj", "dobj"):  # "imputer l'attaque à l'Ukraine" parsed inside the object
                cands.extend(t for t in c.children if t.dep_ in ("nmod", "obl:arg")
                             and any(x.dep_ == "case" and x.lower_ in self.lex.accused_preps for x in t.children))
        ranked = sorted(cands, key=lambda c: (c.dep_ not in ("obl:arg", "dative", "pobj") if v.lemma_.lower() in self.lex.attributing_verbs else c.dep_ not in ("obj", "dobj"), c.i))
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
            if found and len(chunk) < STATEMENT_DATE_MAX_CHARS:
                return found[0].text
        return None

    def from_prep(self, sent: Span, start: int, end: int, quotes: list[Quotation]) -> StatementDraft | None:
        """ "selon X, …" / "…, according to X": the speaker after the preposition, the clause
        after it (the preposition opens the sentence) or before it (set off by a comma)."""
        text = doc_text(sent.doc)
        trace = ["cue:reporting_preposition", "speaker:preposition_object"]
        found = self.prep_speaker(sent, end, trace)
        if found is None:
            return None
        speaker, np_end = found
        if text[start:end].lower() in self.lex.opening_preps:
            if not self.names_someone(speaker, sent, np_end) and not self.names_place(speaker, sent, np_end):
                self.reject(start, end, text, "an opening phrase that names nobody who could speak", trace)
                return None
            if self.body_with_nationality(speaker, sent) and not speaker.get("label"):
                trace.append(OPENING_BODY)
            elif not (speaker.get("pronoun") or speaker.get("role")):
                # "Pour Moscou, il s'agit de …", "For Kyiv, …": a place speaks only as a state
                # (a capital or a country); the linker drops it otherwise (``OPENING_PLACE``)
                trace.append(OPENING_PLACE)
        content_start = dateline_end(text, sent.start_char)
        lead = text[content_start: start].strip(" \u00a0\u202f") if start >= content_start else ""
        if lead and all(t.pos_ in ("ADV", "CCONJ") for t in sent if content_start <= t.idx < start and not t.is_space):
            lead = ""  # "Toujours selon la même source, …", "Mais selon l'armée, …": still the sentence's start
        if not lead:
            # "Selon X, CLAUSE."
            j = np_end
            while j < sent.end_char and text[j] in ",) \u00a0\u202f":
                j += 1
            j = self.after_apposition(sent, j)  # "Selon X, ancien attaché militaire, CLAUSE."
            c_start, c_end = j, sent.end_char
            trace.append("clause:clause_after_preposition")
        elif lead.endswith(","):
            c_end = text.rfind(",", sent.start_char, start)
            c_start = content_start
            trace.append("clause:clause_before_preposition")
        else:
            self.reject(start, end, text, "a reporting preposition inside a clause (no comma before it)", trace)
            return None
        while c_end > c_start and text[c_end - 1] in TRAILING:
            c_end -= 1
        while c_start < c_end and text[c_start] in " \u00a0\u202f":
            c_start += 1
        if c_end - c_start < PREP_CLAUSE_MIN_CHARS:
            self.reject(start, end, text, f"reported clause shorter than {PREP_CLAUSE_MIN_CHARS} characters", trace)
            return None
        quote, direct, q_start, q_end = self.as_content(c_start, c_end, quotes, text)
        return StatementDraft(speaker=speaker, cue=text[start:end], cue_start=start, kind="say", quote=quote,
                              direct=direct, quote_span=(q_start, q_end), evidence=(sent.start_char, sent.end_char),
                              trace=trace)

    def after_apposition(self, sent: Span, pos: int) -> int:
        """Where the reported clause starts when a phrase in apposition to the speaker comes
        first ("Selon X, ancien attaché militaire à Kiev, ces frappes …"): after the phrase's
        comma, when the phrase has no verb of its own and a clause with one follows it."""
        text = doc_text(sent.doc)
        comma = text.find(",", pos, sent.end_char)
        if comma < 0:
            return pos
        phrase = [t for t in sent if pos <= t.idx < comma and not t.is_space]
        rest = [t for t in sent if t.idx > comma]
        if phrase and phrase[0].lower_ in self.lex.relative_pronouns and phrase[0].lower_ != "that":
            return self.after_relative(sent, pos)
        if not phrase or len(phrase) > PREP_SPEAKER_MAX_TOKENS or phrase[0].pos_ not in ("DET", "NOUN", "ADJ", "PROPN") \
                or any(self.finite(t) or t.lower_ in self.lex.relative_pronouns for t in phrase) \
                or not any(self.finite(t) for t in rest):
            return pos
        verb = next(t for t in rest if self.finite(t))
        if any(t.pos_ == "CCONJ" or t.text == "," for t in rest if t.i < verb.i):
            return pos  # "Selon X, les immeubles, les écoles et … ont été touchés": an enumeration, the clause's subject
        j = comma + 1
        while j < sent.end_char and text[j] in " \u00a0\u202f":
            j += 1
        return j

    def after_relative(self, sent: Span, pos: int) -> int:
        """Where the reported clause starts after a relative clause about the speaker ("Selon
        le parquet régional, qui a ouvert une enquête, CLAUSE", "According to the city council,
        which met on Monday, CLAUSE"): after the relative clause's closing comma, when a clause
        with a finite verb follows it; else ``pos`` (the relative clause may be all there is)."""
        text = doc_text(sent.doc)
        closing = text.find(",", pos, sent.end_char)
        if closing < 0 or not any(self.finite(t) for t in sent if t.idx > closing):
            return pos
        j = closing + 1
        while j < sent.end_char and text[j] in " \u00a0\u202f":
            j += 1
        return j

    def names_someone(self, speaker: dict, sent: Span, np_end: int) -> bool:
        """Whether "Pour X, …" gives someone's view: X is a pronoun, a person or an
        organisation the model tagged, or a title, and a clause with a verb follows."""
        if speaker.get("label") == "DESC":
            return False
        if not (speaker.get("pronoun") or speaker.get("label") in ("PER", "PERSON", "ORG") or speaker.get("role")
                or self.body_with_nationality(speaker, sent)):
            return False
        return self.clause_after_comma(sent, np_end)

    def body_with_nationality(self, speaker: dict, sent: Span) -> bool:
        """A definite singular noun with one adjective and nothing else ("l'armée israélienne",
        "the Lebanese government"): maybe a body of a state; the linker keeps it only when it
        is an actor the tables know (``OPENING_BODY``), so "la population locale" is no one."""
        toks = [t for t in sent if speaker["start"] <= t.idx < speaker["end"] and not t.is_space]
        if len(toks) != 3 or toks[0].pos_ != "DET" or "Ind" in toks[0].morph.get("Definite") \
                or sorted(t.pos_ for t in toks[1:]) != ["ADJ", "NOUN"]:
            return False
        adj = next(t for t in toks if t.pos_ == "ADJ")
        noun = next(t for t in toks if t.pos_ == "NOUN")
        # a nationality: after the noun in French ("l'armée israélienne"), capitalised in English
        # ("the Israeli army"); not an ordinal ("la première fois")
        return "Plur" not in noun.morph.get("Number") and "Ord" not in adj.morph.get("NumType") \
            and (adj.i > noun.i or adj.text[:1].isupper())

    def names_place(self, speaker: dict, sent: Span, np_end: int) -> bool:
        """Whether "Pour X, …" names a place alone (a capital or a country, the linker checks)
        and a clause with a verb follows: "Pour Moscou, il s'agit d'une provocation"."""
        if speaker.get("label") not in ("GPE", "LOC") or speaker.get("role") or speaker.get("pronoun"):
            return False
        return self.clause_after_comma(sent, np_end)

    @staticmethod
    def clause_after_comma(sent: Span, np_end: int) -> bool:
        """Whether a comma follows the opening phrase that ends at ``np_end``, then words with
        a verb: "Pour X, CLAUSE"."""
        rest = [t for t in sent if t.idx >= np_end]
        return bool(rest) and rest[0].text == "," and any(t.pos_ in ("VERB", "AUX") for t in rest)

    def prep_speaker(self, sent: Span, end: int, trace: list[str]) -> tuple[dict, int] | None:
        """The speaker phrase after a reporting preposition (up to a comma or a bracket) and
        where it ends; a name in apposition after a description speaks ("a local official,
        Pavel Gritsenko, …")."""
        doc = sent.doc
        text = doc_text(doc)
        np_toks = []
        bracket = False  # "le général (2S) Bertrand Morel", "la Force de défense du peuple (PDF) de Depayin"
        for t in sent:
            if t.idx < end or t.is_space:
                continue
            if t.text == "(" and np_toks and not bracket:
                bracket = True
                continue
            if bracket:
                bracket = t.text != ")"
                continue
            if t.text in (",", "(", ".", ";", ":") or t.idx >= sent.end_char:
                break
            if np_toks and t.lower_ in self.lex.relative_pronouns and t.pos_ in ("PRON", "SCONJ"):
                break  # "selon des sources sécuritaires qui accusent l'EI": the accused is no speaker
            np_toks.append(t)
        if not np_toks or len(np_toks) > PREP_SPEAKER_MAX_TOKENS:
            return None
        speaker = self.speakers.speaker_from_tokens(np_toks)
        if speaker is None:
            return None
        np_end = np_toks[-1].idx + len(np_toks[-1].text)
        after = text[np_end: np_end + 2]
        if after.startswith(",") and not speaker.get("pronoun") and speaker.get("label") != "PER":
            nxt = [e for e in doc_ents(doc) if e.start_char in (np_end + 2, np_end + 1) and e.label_ in ("PER", "PERSON")]
            if nxt and text[nxt[0].end_char: nxt[0].end_char + 1] == ",":
                role = speaker.get("role")
                speaker = {"start": nxt[0].start_char, "end": nxt[0].end_char, "text": nxt[0].text, "label": "PER",
                           "role": role, "head": [speaker["start"], speaker["end"]] if role else None}
                np_end = nxt[0].end_char
                trace.append("speaker:appositive_name")
            elif speaker.get("role"):
                # "according to the director of al-Awda hospital, Dr Karim X." / "selon le
                # directeur de l'hôpital, Karim X.": a title, then the name that ends the sentence
                named = self.speakers.name_after(speaker, doc)
                if named is not None:
                    speaker, np_end = named, named["end"]
                    trace.append("speaker:appositive_name")
        return speaker, np_end

    def prep_cues(self, sent: Span) -> list[tuple[int, int]]:
        low = sent.text.lower()
        found = []
        text = doc_text(sent.doc)
        lead = dateline_end(text, sent.start_char) - sent.start_char
        for phrase in self.lex.opening_preps:  # "Pour elle, …": only where the sentence opens
            if re.match(rf"{re.escape(phrase)}(?!\w)", low[lead:]):
                found.append((sent.start_char + lead, sent.start_char + lead + len(phrase)))
        for phrase in self.lex.speech_preps:
            for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
                s = sent.start_char + m.start()
                if not any(a <= s < b for a, b in found):
                    found.append((s, sent.start_char + m.end()))
        return sorted(found)

    # ---------- the component ----------

    def __call__(self, doc: Doc) -> Doc:
        """Statements of the Doc's sentences (``CUES``), their speakers resolved in order."""
        out: list[StatementDraft] = []
        skip = doc._.geokg_skip or []
        quotes, self.incises = split_at_incises(doc_text(doc), find_quotations(doc_text(doc)), CONTINUATION_MIN_WORDS)
        inside_quotes = [(q.start, q.end) for q in quotes]
        history: list[dict] = []
        actors: list[dict] = []  # speakers and named subjects, for "the group" / "leur porte-parole"
        self.rejected: list[Rejection] = []
        self.silent_speakers: list[dict] = []  # subjects of speech verbs that reported nothing
        text = doc_text(doc)
        for sent in full_sentences(doc):
            if in_ranges(sent.start_char, skip) or not sent.text.strip():
                continue
            found = [st for _, drafts in CUES.all(self.lang, self, sent, quotes, inside_quotes) for st in drafts]
            # a pronoun may refer to a person named as a subject earlier in its own sentence
            # ("Ihor X gives an update: …, he says")
            here = self.speakers.named_subjects(sent, inside_quotes) if found else []
            here = here + self.untagged_person_subjects(sent, inside_quotes, actors + here) if found else []
            for st in sorted(found, key=lambda s: s.cue_start):
                raw = st.speaker
                before = [a for a in here if a.get("pos", st.cue_start) < st.cue_start and not a.get("mentioned")]
                resolved = self.speakers.resolve(raw, history, actors + before if raw.get("pronoun") else actors)
                if resolved is None:
                    self.reject(raw["start"], raw["end"], text, "the speaker refers to nobody named before", st.trace)
                    continue
                st.speaker = resolved
                if resolved is not raw:
                    st.trace.append("speaker:resolved_reference")
                if any(o.quote == st.quote and o.quote is not None and o.speaker == st.speaker for o in out):
                    self.reject(st.cue_start, st.cue_start + len(st.cue), text,
                                "the same quotation and speaker as an earlier statement", st.trace)
                    continue
                out.append(st)
                st.speaker["pos"] = st.cue_start
                history.append(st.speaker)
                actors.append(st.speaker)
            actors.extend(self.speakers.named_subjects(sent, inside_quotes))
            actors.extend(self.untagged_person_subjects(sent, inside_quotes, actors))
            # "Le TTP a revendiqué l'embuscade. Il a assuré …": who spoke without reported words
            # is who a later pronoun may refer to
            # (not one told inside what someone said: "Iran's foreign ministry said Tehran would
            # respond. It said …" is the ministry again)
            said_here = {(a["start"], a["end"]) for a in history}
            reported = [st.quote_span for st in out if st.quote_span is not None] + inside_quotes
            silent = [a for a in self.silent_speakers if (a["start"], a["end"]) not in said_here
                      and not any(q0 <= a["start"] < q1 for q0, q1 in reported)]
            history.extend(silent)
            actors.extend(silent)
            self.silent_speakers = []
        out = self.without_nested(out, text)
        self.announced_quotations(doc, quotes, out)
        self.continuations(doc, quotes, out)
        add_records(doc, [_record(st) for st in out])
        add_records(doc, self.rejected)
        release_caches(doc)
        return doc

    def untagged_person_subjects(self, sent: Span, inside_quotes: list[tuple[int, int]],
                                 actors: list[dict]) -> list[dict]:
        """Persons named as the subject of a sentence that the model tagged as nothing
        ("Ihor Bondar gives an update: …, he says"): a later "he"/"il" may be them."""
        out = []
        known = {(a.get("start"), a.get("end")) for a in actors}
        for tok in sent:
            if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.pos_ != "PROPN" or tok.ent_type_ \
                    or in_ranges(tok.idx, inside_quotes):
                continue
            toks = [t for t in noun_phrase(tok) if not t.is_punct]
            name = [t for t in toks if t.pos_ == "PROPN"]
            # a first name and surname, or the surname of a person named before ("Sobyanin gives …")
            surname = len(name) == 1 and any(a.get("label") == "PER" and a["text"].split()[-1] == name[0].text
                                             for a in actors if a.get("text"))
            if len(name) != len(toks) or not (self.bare_name(name) or surname):
                continue
            rng = token_range(name)
            if rng is None or rng in known:
                continue
            text = doc_text(sent.doc)
            out.append({"start": rng[0], "end": rng[1], "text": text[rng[0]: rng[1]], "label": "PER",
                        "role": None, "head": None, "pos": tok.idx})
        return out

    def without_nested(self, out: list[StatementDraft], text: str) -> list[StatementDraft]:
        """One statement where a speaker's speech verb lies inside the same speaker's reported
        words: the outer one ("said he was urging residents to …"), unless those words open with
        a free relative around the inner verb ("denounced what she called a « … »", "a dénoncé
        ce qu'elle a qualifié d'« … »"): then what was called is the statement."""
        dropped: set[int] = set()
        for inner in out:
            for outer in out:
                if outer is inner or outer.quote_span is None or id(outer) in dropped \
                        or not outer.quote_span[0] <= inner.cue_start < outer.quote_span[1] \
                        or not _same_speaker(outer.speaker, inner.speaker):
                    continue
                if COORDINATED.search(text, outer.quote_span[0], inner.cue_start):
                    continue  # "…, et a imputé l'attaque à …": a second speech act, cut from the first
                head = text[outer.quote_span[0]: inner.cue_start].lower().split()
                relative = bool(head) and len(head) <= 4 and " ".join(head[:2]).replace("’", "'").startswith(
                    tuple(self.lex.free_relatives))
                loser = outer if relative else inner
                self.reject(loser.cue_start, loser.cue_start + len(loser.cue), text,
                            "a speech verb nested in the same speaker's reported words", loser.trace)
                dropped.add(id(loser))
        return [st for st in out if id(st) not in dropped]

    def announced_quotations(self, doc: Doc, quotes: list[Quotation], out: list[StatementDraft]) -> None:
        """Quoted paragraphs after a paragraph that announces them with a colon ("Below is the
        statement published by the headquarters:", "En voici les principaux passages :"): each
        paragraph is a statement of whoever the announcing paragraph has speak (its last
        statement's speaker, else the subject of its last speech verb)."""
        text = doc_text(doc)
        used = {st.quote_span[0] for st in out if st.quote_span is not None}
        announced: set[int] = set()
        for q in quotes:
            if q.start in used:
                continue
            para_start = text.rfind("\n", 0, q.open) + 1
            if text[para_start: q.open].strip(" \u00a0\u202f"):
                continue  # the quotation does not open its paragraph
            announcing = self.announcing_paragraph(text, para_start, quotes, used - announced)
            if announcing is None or in_ranges(announcing[0], doc._.geokg_skip or []):
                continue  # no announcement, or page furniture ("Read also:")
            speaker = self.announcer(doc, announcing, out)
            if speaker is None:
                continue
            for start, end in paragraph_parts(text, q.start, q.end):
                out.append(StatementDraft(
                    speaker=speaker, cue=text[announcing[1] - 1: announcing[1]], cue_start=announcing[1] - 1, kind="say",
                    quote=_clean_quote(text[start:end]), direct=True, quote_span=(start, end), evidence=(start, end),
                    trace=["cue:announced_quotation", "speaker:announcing_paragraph"]))
            used.add(q.start)
            announced.add(q.start)
        out.sort(key=lambda st: st.evidence[0])

    @staticmethod
    def announcing_paragraph(text: str, para_start: int, quotes: list[Quotation], used: set[int]) -> tuple[int, int] | None:
        """The paragraph that ends with a colon before the run of quoted paragraphs that the
        one at ``para_start`` belongs to (the quotations between are unused ones)."""
        end = para_start
        while True:
            prev_end = len(text[:end].rstrip(" \n\t\u00a0\u202f"))
            if prev_end <= 0:
                return None
            prev_start = text.rfind("\n", 0, prev_end) + 1
            para = text[prev_start: prev_end]
            if para.endswith(":"):
                return (prev_start, prev_end)
            opening = next((q for q in quotes if q.open == prev_start + len(para) - len(para.lstrip(" \u00a0\u202f"))), None)
            if opening is None or opening.start in used:
                return None  # a paragraph of another kind, or a quotation someone else said
            end = prev_start

    def announcer(self, doc: Doc, para: tuple[int, int], out: list[StatementDraft]) -> dict | None:
        """Who speaks the quotations a paragraph announces: its last statement's speaker, else
        the named subject of its last speech verb ("a revendiqué …, dans un communiqué …") or
        of a verb that issues a document ("issued the following statement")."""
        said = [st for st in out if para[0] <= st.cue_start < para[1]]
        if said:
            return said[-1].speaker
        for tok in reversed(tokens_starting_in(doc, para[0], para[1])):
            issues = any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in self.lex.document_words for c in tok.children)
            if self.cue_kind(tok) is None and not issues:
                continue  # "a revendiqué …", "issued the following statement"
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i), None)
            speaker = self.speakers.speaker_of(subj) if subj is not None else None
            if speaker is not None and not speaker.get("pronoun"):
                return speaker
        return None

    def continuations(self, doc: Doc, quotes: list[Quotation], out: list[StatementDraft]) -> None:
        """A quotation with no cue of its own that follows a statement in the same paragraph
        ("« … », a-t-elle raconté. « … »") goes on with the same speaker."""
        text = doc_text(doc)
        used = {st.quote_span[0] for st in out if st.quote_span is not None}
        for q in quotes:
            if q.start in used or len(q.words(text).split()) < CONTINUATION_MIN_WORDS:
                continue
            prev = self.split_before(q, quotes, out, text)
            if prev is None:
                before = [st for st in out if st.evidence[1] <= q.open]
                if not before:
                    continue
                prev = max(before, key=lambda st: st.evidence[1])
                gap = text[prev.evidence[1]: q.open]
                if gap.strip(" \u00a0\u202f") or "\n" in gap:
                    continue
            if self.followed_by_incise(doc, q):
                # "« … », s'exclame sa voisine, Amal X": someone else's words, whose verb no
                # table knows; no statement rather than the previous speaker's
                self.reject(q.open, q.close + 1, text, "a quotation followed by another speaker's incise", [])
                continue
            cue = "cue:split_quotation" if prev is self.split_before(q, quotes, out, text) else "cue:continued_quotation"
            out.append(replace(prev, quote=_clean_quote(q.words(text)), direct=True, quote_span=(q.start, q.end),
                               evidence=(q.open, q.close + 1), accused=None, about_hint=(), date_text=None,
                               cue_start=q.open, trace=[cue, "speaker:previous_statement"]))
            used.add(q.start)
        out.sort(key=lambda st: st.evidence[0])

    def followed_by_incise(self, doc: Doc, q: Quotation) -> bool:
        """Whether a quotation is followed by a comma and a verb with a subject after it that is
        no pronoun ("« … », s'exclame sa voisine, Amal X", "« … », lance un habitant"): an
        inverted attribution to someone named there, not a continuation of the speaker before."""
        text = doc_text(doc)
        j = q.close + 1
        while j < len(text) and text[j] in " \u00a0\u202f":
            j += 1
        k = q.close - 1
        while k >= 0 and text[k] in " \u00a0\u202f":
            k -= 1
        inside = k >= 0 and text[k] == ","  # '"…," exclaimed his neighbour' (no copy of the text before)
        if not inside and (j >= len(text) or text[j] != ","):
            return False
        if inside:
            j = q.close
        after = list(islice((t for t in tokens_starting_in(doc, j + 1, len(text) + 1) if not t.is_space), 6))
        k = 0
        while k < len(after) and after[k].lower_ in self.lex.cue_reflexives:
            k += 1  # "s'exclame", "se souvient"
        if k >= len(after) or after[k].text.startswith("-") or not (
                after[k].pos_ in ("VERB", "AUX") or after[k].pos_ == "ADJ" and after[k].text.islower()):
            return False  # (a verb no table knows may be parsed as an adjective: "ronchonne un habitant")
        rest = after[k + 1:]
        if rest and (rest[0].text.startswith("-") or rest[0].lower_ in self.pronouns):
            return False  # "s'inquiète-t-elle", "dit-il": the same speaker goes on
        if after[k].pos_ == "ADJ":
            return bool(rest) and rest[0].pos_ in ("DET", "PROPN")
        return any(t.pos_ in ("DET", "PROPN", "NOUN") for t in rest[:2])

    @staticmethod
    def split_before(q: Quotation, quotes: list[Quotation], out: list[StatementDraft],
                     text: str) -> StatementDraft | None:
        """The statement whose quotation ``q`` goes on after its speech verb: the part after an
        incise ("« A, ajoute-t-elle. B »"), a quotation reopened after the verb and a comma in
        the same sentence ('"A," she said, "B."', "« A », a expliqué X, « B »"), or one after
        the colon that ends a reported clause ("said A: « B »")."""
        if q.follows is not None:
            return next((st for st in out if st.quote_span is not None and st.quote_span[0] == q.follows), None)
        for st in out:
            if not st.direct and st.quote_span is not None and st.quote_span[1] <= q.open \
                    and text[st.quote_span[1]: q.open].strip(" \u00a0\u202f") == ":":
                return st  # "said the crane had been destroyed: « … »"
            first = next((p for p in quotes if st.direct and st.quote_span is not None and p.start == st.quote_span[0]), None)
            if first is None or not first.close < st.cue_start < q.open:
                continue
            gap = text[first.close + 1: q.open].rstrip(" \u00a0\u202f")
            if gap.endswith(",") and not re.search(r"[.!?\n]", gap):
                return st
        return None

def paragraph_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a quotation's words one per paragraph (a quotation over several
    paragraphs reopens each with its mark), trimmed of marks and spaces."""
    parts = []
    pos = start
    for m in PARAGRAPH_BREAK.finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return [(a, b) for a, b in ((a, len(text[:b].rstrip(" \u00a0\u202f»”\""))) for a, b in parts) if b > a]


def _same_speaker(a: dict, b: dict) -> bool:
    """Whether two resolved speaker phrases are the same phrase of the text."""
    return (a.get("start"), a.get("end")) == (b.get("start"), b.get("end"))


def _speaker_record(sp: dict) -> SpeakerPhrase:
    head = sp.get("head")
    return SpeakerPhrase(sp["start"], sp["end"], sp["text"], label=sp.get("label") or "", role=sp.get("role"),
                         head=(head[0], head[1]) if head else None, via=sp.get("via"))


def _record(st: StatementDraft) -> StatementCandidate:
    acc = st.accused
    return StatementCandidate(
        speaker=_speaker_record(st.speaker), cue=st.cue, cue_start=st.cue_start, kind=st.kind,
        quote=st.quote, direct=bool(st.direct), quote_span=st.quote_span, evidence=st.evidence,
        accused=ActorCandidate(acc["start"], acc["end"], acc["text"]) if acc else None,
        about_hint=st.about_hint, date_text=st.date_text, trace=tuple(st.trace),
    )


@Language.factory("geokg_statements")
def make_statement_extractor(nlp: Language, name: str) -> StatementExtractor:
    return StatementExtractor(nlp.lang)
