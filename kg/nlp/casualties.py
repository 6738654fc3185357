"""The casualties component: how many people an attack killed or injured, as the text
reports each figure ("at least seven people were killed", "une dizaine de blessés", "the
toll rose to 12", "sans faire de victimes"), and how many weapons were launched or
intercepted ("air defences destroyed 41 of 45 drones"; ``kg.nlp.weapons``).

Every count of a sentence (``kg.nlp.counts``: digits, number words, approximate nouns,
with their bound) is a figure when the finders of ``kg.nlp.finders.casualties`` say what
it counts (killed or injured) and no blocker says it is no new figure (a part of one told
before, a reference back, an age). A phrase of no victims ("no casualties", "aucun
blessé") is a figure of zero. A count a phrase of a cumulative or past toll governs ("since
the start of the war", "il y a trois ans": before it in its sentence, or after it in its
clause) is none.

What the figure is about (the attack) and who gives it (a statement or the article) is
decided by the linker (``kg.link.casualties``); the component records the offsets of the
attack triggers of the figure's sentence for that.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.model import CasualtyCandidate, EventCandidate, WeaponCandidate
from kg.nlp.counts import find_counts
from kg.nlp.extensions import add_records, records
from kg.nlp.finders.casualties import BLOCKERS, KIND, CountInSentence
from kg.nlp.lexicon import lexicon, read_table
from kg.nlp.syntax import doc_text, full_sentences, in_ranges, release_caches, span_text
from kg.nlp.weapons import weapon_counts

USES = ("verb", "intrans", "noun", "toll", "launch", "not_people", "body")
PHRASE_USES = ("zero", "background", "partitive", "reference", "subset", "age", "unit", "total", "of_total", "cue",
               "earlier", "earlier_weak", "earlier_time", "received")
KIND_PHRASE_USES = ("kind_before", "kind_after")


def _reflexive(verb: Token) -> bool:
    """"des incendies se sont déclarés": a pronominal verb says no one spoke."""
    return any(ch.dep_ in ("expl:pv", "expl:comp", "expl") and ch.lower_ in ("se", "s'", "s’") for ch in verb.children)


class CasualtyExtractor:
    """Finds the casualty figures of a Doc (after the events component)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    @cached_property
    def words(self) -> dict[str, dict[str, str]]:
        """use -> word or lemma -> kind (``casualty_words.tsv``)."""
        out: dict[str, dict[str, str]] = {u: {} for u in USES}
        for lang, word, kind, use in read_table("casualty_words.tsv"):
            if lang == self.lang:
                out[use][word.lower()] = kind
        return out

    @cached_property
    def phrases(self) -> dict[str, list[re.Pattern[str]]]:
        """use -> patterns (``casualty_phrases.tsv``)."""
        out: dict[str, list[re.Pattern[str]]] = {u: [] for u in PHRASE_USES}
        for lang, use, _kinds, pattern in read_table("casualty_phrases.tsv"):
            if lang == self.lang and use in out:
                out[use].append(re.compile(pattern, re.IGNORECASE))
        return out

    @cached_property
    def kind_phrases(self) -> dict[str, list[tuple[re.Pattern[str], str]]]:
        """``kind_before``/``kind_after`` -> (pattern, kind): words around a count that say what it counts."""
        out: dict[str, list[tuple[re.Pattern[str], str]]] = {u: [] for u in KIND_PHRASE_USES}
        for lang, use, kinds, pattern in read_table("casualty_phrases.tsv"):
            if lang == self.lang and use in out:
                out[use].append((re.compile(pattern, re.IGNORECASE), kinds))
        return out

    @cached_property
    def zero_kinds(self) -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
        return [(re.compile(pattern, re.IGNORECASE), tuple(kinds.split()))
                for lang, use, kinds, pattern in read_table("casualty_phrases.tsv")
                if lang == self.lang and use == "zero"]

    def cued(self, sent: Span) -> bool:
        """The sentence has a speech verb, "selon"/"according to" or a toll someone puts at a
        number ("put the toll at 40"): its figures are someone's
        (``kg.link.casualties`` leaves a figure out when no statement was found there)."""
        lex = lexicon(self.lang)
        written = span_text(sent)
        text = " " + written.lower() + " "
        return (any(t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in lex.speech_verbs or t.text.lower() in lex.speech_verbs)
                    and not _reflexive(t) and not self.launches_weapon(t) for t in sent)
                or any(f" {p.lower()} " in text for p in lex.speech_preps)
                or any(p.search(written) for p in self.phrases["cue"]))

    def launches_weapon(self, verb: Token) -> bool:
        """"50 drones ont été lancés", "a lancé 60 drones": a verb of launching (``launch``
        words, some of them speech verbs too: "lancer un appel") whose object is a weapon."""
        if (verb.lemma_.lower() not in self.words["launch"] and verb.text.lower() not in self.words["launch"]):
            return False
        instruments = lexicon(self.lang).instruments
        return any(ch.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and
                   (ch.lemma_.lower() in instruments or ch.text.lower() in instruments) for ch in verb.children)

    def background(self, sent: Span, start: int, end: int) -> bool:
        """Whether the count at ``start:end`` (document offsets) is a cumulative or past toll,
        not one attack's: a phrase of the past or of a total ("since the start of the war",
        "il y a trois ans", "over the past week") before it in its sentence, or after it in
        its clause ("killed 40 people three years ago"). After a comma the phrase tells
        something else ("killed a driver, officials said, the third civilian death in the
        village since January")."""
        base, text = sent.start_char, doc_text(sent.doc)
        written = text[base: sent.end_char]
        for p in self.phrases["background"]:
            for m in p.finditer(written):
                if base + m.start() < start or not re.search(r"[,;:(]", text[end: base + m.start()]):
                    return True
        return False

    def zero_figures(self, sent: Span, triggers: tuple[int, ...]) -> list[CasualtyCandidate]:
        """"no casualties", "sans faire de victimes", "aucun blessé": figures of zero."""
        out: list[CasualtyCandidate] = []
        base, written = sent.start_char, span_text(sent)
        for pattern, kinds in self.zero_kinds:
            for m in pattern.finditer(written):
                for kind in kinds:
                    if any(c.kind == kind and c.start < base + m.end() and base + m.start() < c.end for c in out):
                        continue  # "no one was killed or injured" matched twice
                    out.append(CasualtyCandidate(kind, 0, "Exact", base + m.start(), base + m.end(), m.group(0),
                                                 (sent.start_char, sent.end_char), triggers, trace=("kind:zero_phrase",)))
        return out

    def figures(self, sent: Span, triggers: tuple[int, ...]) -> list[CasualtyCandidate]:
        doc = sent.doc
        out: list[CasualtyCandidate] = []
        base = sent.start_char
        counts = find_counts(span_text(sent), self.lang)
        for k, count in enumerate(counts):
            start, end = base + count.start, base + count.end
            # the low end of a range counts what its high end counts ("between three and five people")
            judged = counts[k + 1] if count.range_low and k + 1 < len(counts) else count
            c = self.in_sentence(sent, judged)
            if c is None:
                continue
            people = self.one_each(c)
            if people > 1:
                # "wounded a man and a woman", "ont blessé un homme et une femme": one person
                # each, counted together; the conjuncts after the first count no figure of their own
                found = KIND.first(self.lang, self, c)
                if found is not None:
                    out.append(CasualtyCandidate(found[1], people, "Exact", start, end, count.text,
                                                 (sent.start_char, sent.end_char), triggers,
                                                 trace=(f"kind:{found[0]}", "count:one_each")))
                continue
            if BLOCKERS.first(self.lang, self, c):
                continue
            found = KIND.first(self.lang, self, c)
            low = count if count.range_low else counts[k - 1] if k > 0 and counts[k - 1].range_low else None
            if found is None and low is not None:
                # "injuring between four and six passengers": the verb is right before the
                # range's low end ("between four"), and says what both ends count
                c_low = self.in_sentence(sent, low)
                found = KIND.first(self.lang, self, c_low) if c_low is not None else None
            if found is None:
                continue
            finder, kind = found
            ranged = count.range_low or (k > 0 and counts[k - 1].range_low)
            out.append(CasualtyCandidate(kind, count.value, count.bound, start, end, count.text,
                                         (sent.start_char, sent.end_char), triggers,
                                         trace=(f"kind:{finder}",) + (("count:range",) if ranged else ())))
        return out

    def one_each(self, c: CountInSentence) -> int:
        """How many people a count of one and its coordinated nouns tell ("a man and a
        woman": 2), when each conjunct is a person noun (no casualty word, no possessive:
        "a woman and her son" tells no number) with a determiner of one; else 0."""
        t, noun = c.counted, self.words["noun"]
        if c.count.value != 1 or t.i == c.num.i or t.dep_ == "conj":
            return 0

        def one(u: Token) -> bool:
            return (u.pos_ == "NOUN" and u.lower_ not in noun and u.lemma_.lower() not in noun
                    and any(d.dep_ in ("det", "nummod") and d.lower_ in ("a", "an", "one", "un", "une") for d in u.children)
                    and not any(d.dep_ == "poss" or "Yes" in d.morph.get("Poss") for d in u.children))
        if not one(t):
            return 0
        conjuncts = [u for u in t.children if u.dep_ == "conj"]
        if not conjuncts or not all(one(u) for u in conjuncts):
            return 0
        return 1 + len(conjuncts)

    def in_sentence(self, sent: Span, count) -> CountInSentence | None:
        """A count of the sentence (offsets relative to it) with its tokens, head and counted
        noun; None when its words fall inside no token."""
        doc = sent.doc
        base = sent.start_char
        start, number_start, end = base + count.start, base + count.number_start, base + count.end
        words = count.text[count.number_start - count.start:]
        number_end = number_start + len(re.sub(r"\s+(?:de|d['’]|of)$", "", words))
        tokens = doc.char_span(number_start, number_end, alignment_mode="expand")
        if tokens is None or len(tokens) == 0:
            return None
        num = tokens.root
        counted = num.head if num.dep_ in ("nummod", "det", "quantmod") and num.head.i > num.i else num
        if count.approx_noun and counted.i == num.i:
            # "une quarantaine de soldats russes tués", "a dozen of them": the noun after "de"/"of"
            of = [ch for ch in num.children if ch.dep_ in ("nmod", "pobj") and ch.i > num.i and ch.pos_ in ("NOUN", "PROPN")]
            of += [g for ch in num.children if ch.dep_ == "prep" for g in ch.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            counted = of[0] if of else counted
        return CountInSentence(count=replace(count, start=start, end=end, number_start=number_start),
                               sent=sent, tokens=tokens, num=num, counted=counted)

    def __call__(self, doc: Doc) -> Doc:
        skip = doc._.geokg_skip or []
        triggers = [e.trigger.start for e in records(doc, EventCandidate)]
        out: list[CasualtyCandidate] = []
        weapons: list[WeaponCandidate] = []
        for sent in full_sentences(doc):
            if in_ranges(sent.start_char, skip):
                continue
            here = tuple(t for t in triggers if sent.start_char <= t < sent.end_char)
            found = self.zero_figures(sent, here)
            found += [f for f in self.figures(sent, here)
                      if not any(z.start <= f.start < z.end for z in found)]
            found = [f for f in found if not self.background(sent, f.start, f.end)]
            total = any(p.search(span_text(sent)) for p in self.phrases["total"])
            cued = self.cued(sent)
            out.extend(sorted((replace(f, total=total, cued=cued) for f in found), key=lambda f: (f.start, f.kind)))
            weapons.extend(replace(w, total=total, cued=cued) for w in weapon_counts(self, sent, here)
                           if not self.background(sent, w.start, w.end))
        add_records(doc, out)
        add_records(doc, weapons)
        release_caches(doc)
        return doc


@Language.factory("geokg_casualties")
def make_casualty_extractor(nlp: Language, name: str) -> CasualtyExtractor:
    return CasualtyExtractor(nlp.lang)
