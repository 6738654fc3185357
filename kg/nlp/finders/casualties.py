"""The finders of casualty figures: whether a count is a number of people killed or injured.

For each count of a sentence (``kg.nlp.counts``) the casualties component asks:

* ``BLOCKERS`` — why the count is no new figure: a part of a figure told before ("two of
  the wounded", "deux des blessés"), a figure referred back to ("the three wounded", "les
  trois blessés"), a part of the figure just given ("dont six enfants"), an age ("a 62-year-old", "de 52 ans"), a count of
  animals ("killing 40 cows"), a singular determiner that determines no noun; the first that applies;
* ``KIND`` — what it counts: a casualty word right after it ("two dead", "14 autres
  blessés", "une dizaine de blessés"), words around it ("claimed the lives of", "ont perdu
  la vie"), a casualty verb right before it ("en blessant 23", "killing at least seven":
  nearer than any parse relation), the passive or intransitive subject of a casualty
  verb ("three people were killed", "deux personnes sont mortes"), the object of one
  ("killing at least seven people", "a blessé trois employés"), a participle on the
  counted noun ("four people killed"), a death toll ("the toll rose to 12"), an earlier
  figure beside a new one ("up from 21", "contre 12 la veille"), bodies a hospital receives
  ("received 20 bodies"), and when the
  parse misses the subject, the words after it ("neuf ont été blessées"); the first that
  finds one.

Each finder takes the extractor (``kg.nlp.casualties.CasualtyExtractor``: language and
words) and the count in its sentence (``CountInSentence``), and returns what it found or
None. The words are in ``kg/data/lexicon/casualty_words.tsv`` and ``casualty_phrases.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.nlp.counts import Count
from kg.nlp.finders import registry
from kg.nlp.lexicon import lexicon
from kg.nlp.syntax import doc_text

if TYPE_CHECKING:
    from kg.nlp.casualties import CasualtyExtractor

LANGS = ("en", "fr")
PASSIVE_SUBJECT = {"nsubjpass", "nsubj:pass"}
SUBJECT = {"nsubj", "nsubjpass", "nsubj:pass"}
OBJECT = {"dobj", "obj"}
PASSIVE_AUX = {"auxpass", "aux:pass"}
WEAPONS = {"DroneStrike", "MissileStrike", "Shelling"}  # weapon words that never name people ("deux drones ont tué")
MODALS = {"pouvoir", "devoir", "may", "might", "could", "must"}  # "auraient pu", "pourraient avoir été tuées"
PASSIVE_LEMMAS = {"be", "être"}  # "were killed", "ont été tués": the auxiliary of the passive (and of "sont morts")
# words between a count and the casualty word it quantifies: "14 autres blessés", "17 more
# wounded", "une dizaine de blessés"
ASIDE_MAX_TOKENS = 8  # "…, dont six enfants, …", "…, including a child, …": an aside is short
BETWEEN = {"other", "others", "more", "autres", "de", "d'", "d’", "people", "personnes"}


@dataclass(frozen=True)
class CountInSentence:
    """A count in its sentence: ``tokens`` the number's tokens (bound words left out),
    ``num`` their head, ``counted`` the noun it counts (``num`` itself when it counts no
    noun: "nine were injured")."""

    count: Count  # offsets relative to the document
    sent: Span
    tokens: Span
    num: Token
    counted: Token

    @property
    def before(self) -> str:
        """The sentence's text before the count (bound words included)."""
        doc = self.sent.doc
        return doc_text(doc)[self.sent.start_char: self.count.start]

    @property
    def after(self) -> str:
        doc = self.sent.doc
        return doc_text(doc)[self.count.end: self.sent.end_char]


def _word(t: Token) -> str:
    return t.text.lower()


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _verb_kind(x: CasualtyExtractor, t: Token, use: str) -> str | None:
    """The casualty kind of a verb (or predicate adjective) by its lemma or its form."""
    table = x.words[use]
    return table.get(_lemma(t)) or table.get(_word(t))


# ---------- blockers ----------

def partitive(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"two of the wounded", "deux des blessés": a part of a figure told before."""
    return "partitive" if any(p.search(c.after) for p in x.phrases["partitive"]) else None


def reference(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"the three wounded", "les trois blessés": a figure told before, referred back to."""
    return "reference" if any(p.search(c.before) for p in x.phrases["reference"]) else None


def subset(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"dont six enfants", "including two children": a part of the figure just given."""
    return "subset" if any(p.search(c.before) for p in x.phrases["subset"]) else None


def age(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"a 62-year-old man", "un homme de 52 ans": an age, not a count of people."""
    return "age" if any(p.search(c.after) for p in x.phrases["age"]) else None


def unit(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"killed 3 days ago", "à 40 kilomètres": a count of days, hours or distance."""
    return "unit" if any(p.search(c.after) for p in x.phrases["unit"]) else None


def coordinated(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"a woman and her son were killed", "a mother and her two children": a count of one
    conjunct, beside a person told through a possessive, counts only part of the victims."""
    t = c.counted

    def relative(u: Token) -> bool:
        """A noun of a person told through another ("her son", "son fils", "their two children"),
        not a casualty word ("deux morts et 11 blessés") nor a thing ("et détruisant la poste")."""
        return u.pos_ in ("NOUN", "PROPN") and any(ch.dep_ == "poss" or "Yes" in ch.morph.get("Poss") for ch in u.children)
    if t.dep_ == "conj" and relative(t) and t.head.pos_ in ("NOUN", "PROPN"):
        return "coordinated"
    if any(ch.dep_ == "conj" and relative(ch) for ch in t.children):
        return "coordinated"
    def person(u: Token) -> bool:
        # a noun of a person, not a casualty word ("un mort et trois blessés": two figures)
        return u.pos_ == "NOUN" and not {_word(u), _lemma(u)} & set(x.words["noun"])
    if c.count.value == 1 and t.i != c.num.i and person(t) and (
            any(ch.dep_ == "conj" and person(ch) for ch in t.children) or (t.dep_ == "conj" and person(t.head))):
        # "wounded a man and a woman", "a blessé un homme et une femme": "a" (or "one")
        # counts one of the conjuncts, not the victims
        return "coordinated"
    return None


def not_people(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"killing 40 cows", "tuant 40 vaches", "deux drones ont tué": the noun counted is no
    person (``not_people`` words, weapons); a casualty figure counts people."""
    t = c.counted
    if t.i == c.num.i:
        return None
    weapons = {w for w, cls in lexicon(x.lang).instruments.items() if cls in WEAPONS}  # not "chasseurs": hunters too
    return "not people" if {_word(t), _lemma(t)} & (set(x.words["not_people"]) | weapons) else None


def lone_determiner(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"a", "an" count one only as the determiner of the noun they count ("a man was
    killed"), never alone."""
    if not c.count.single:
        return None
    return None if c.counted.i != c.num.i and c.counted.pos_ in ("NOUN", "PROPN") else "lone determiner"


BLOCKERS = registry("casualty blocker", "why a count is no new casualty figure")
BLOCKERS.declare(LANGS, [partitive, reference, subset, age, unit, coordinated, not_people, lone_determiner])


# ---------- kind ----------

def casualty_word_after(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"two dead", "11 injured", "cinq morts", "14 autres blessés", "une dizaine de
    blessés": a casualty noun or adjective right after the count."""
    if c.count.single:
        return None  # "a wounded soldier" describes one, it counts nothing
    doc = c.sent.doc
    i = c.tokens.end
    while i < c.sent.end and _word(doc[i]) in BETWEEN:
        i += 1
    if i >= c.sent.end or i - c.tokens.end > 2:
        return None
    kind = x.words["noun"].get(_word(doc[i]))
    if kind is None and doc[i].i == c.counted.i and i + 1 < c.sent.end and doc[i + 1].pos_ == "ADJ":
        # "left at least nine civilians dead": the counted noun, then the casualty adjective
        kind = x.words["noun"].get(_word(doc[i + 1]))
    return kind


def kind_phrase(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"claimed the lives of three", "coûté la vie à trois", "the number of injured rose to
    30", "quatre personnes ont perdu la vie": words around the count that say what it counts."""
    for pattern, kind in x.kind_phrases["kind_before"]:
        if pattern.search(c.before):
            return kind
    for pattern, kind in x.kind_phrases["kind_after"]:
        if pattern.search(c.after):
            return kind
    return None


def _passive(t: Token) -> bool:
    return any(ch.dep_ in PASSIVE_AUX for ch in t.children)


def subject_of_casualty_verb(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"three people were killed", "nine were injured", "deux personnes sont mortes": the
    passive subject of a casualty verb, or the subject of one that has no object (die)."""
    t = c.counted
    if t.dep_ not in SUBJECT:
        return None
    verb = t.head
    if t.dep_ in PASSIVE_SUBJECT or _passive(verb):
        kind = _verb_kind(x, verb, "verb")
        if kind:
            return kind
    return _verb_kind(x, verb, "intrans")


def object_of_casualty_verb(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"killing at least seven people", "wounded five others", "a blessé trois employés":
    the object of an active casualty verb."""
    t = c.counted
    if t.dep_ not in OBJECT:
        return None
    return _verb_kind(x, t.head, "verb")


def _active_participle(t: Token) -> bool:
    """"a bus …, blessant 20 passagers", "a drone killing three": a present participle tells
    what the noun did, not what befell it."""
    return "Pres" in t.morph.get("Tense") or "Ger" in t.morph.get("VerbForm") or t.tag_ == "VBG" \
        or _word(t).endswith(("ant", "ing"))


def participle_of_counted(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"four people killed", "trois personnes tuées": a casualty participle on the counted noun
    (or on the quantity noun before it: "une quarantaine de soldats russes tués")."""
    if c.counted.i == c.num.i:
        return None
    children = list(c.counted.children) + (list(c.num.children) if c.count.approx_noun else [])
    for ch in children:
        if ch.dep_ in ("acl", "amod") and ch.i > c.counted.i and not _active_participle(ch):
            kind = _verb_kind(x, ch, "verb")
            if kind:
                return kind
    return None


def count_after_casualty_verb(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"en blessant 23", "en a blessé deux", "killing 12": a count right after an active
    casualty verb (tried before the parse's relations, which coordination misleads: "tuant
    le chauffeur et blessant quatre passagers")."""
    doc = c.sent.doc
    first = doc.char_span(c.count.start, c.count.end, alignment_mode="expand")
    if first is None or first.start == c.sent.start:
        return None
    k = first.start - 1
    while k > c.sent.start and _word(doc[k]) in lexicon(x.lang).day_words and doc[k - 1].pos_ == "VERB":
        k -= 1  # "a tué mercredi un livreur": a day word between the verb and its object
    verb = doc[k]
    # a present participle the tagger took for a noun is still the verb ("blessant quatre")
    participle = verb.pos_ in ("NOUN", "ADJ") and _word(verb).endswith(("ant", "ing"))
    if not (verb.pos_ == "VERB" or participle) or _passive(verb):
        return None
    return _verb_kind(x, verb, "verb")


def count_before_casualty_participle(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"neuf ont été blessées", "17 autres avaient été blessées", "dix-sept civils, dont six
    enfants, ont été tués": a count (its noun, an aside between commas), then only
    auxiliaries before a casualty participle (the parse missed the subject)."""
    if c.count.single:
        return None
    doc = c.sent.doc
    i = c.tokens.end
    while i < c.sent.end and _word(doc[i]) in BETWEEN:
        i += 1
    if i < c.sent.end and doc[i].i == c.counted.i and c.counted.i != c.num.i:
        i += 1  # the counted noun and its adjectives
        while i < c.sent.end and doc[i].pos_ == "ADJ":
            i += 1
    if i < c.sent.end and doc[i].text == ",":
        # an aside between commas: "dix-sept civils, dont six enfants, ont été tués"
        close = next((k for k in range(i + 1, min(i + ASIDE_MAX_TOKENS, c.sent.end)) if doc[k].text == ","), None)
        if close is None:
            return None
        i = close + 1
    aux: list[Token] = []
    while i < c.sent.end and (doc[i].pos_ == "AUX" or (
            _lemma(doc[i]) in MODALS and i + 1 < c.sent.end and doc[i + 1].pos_ == "AUX")):
        aux.append(doc[i])  # "pourraient avoir été tuées": a modal the tagger made a verb, then auxiliaries
        i += 1
    while aux and i < c.sent.end and doc[i].pos_ == "ADV":
        i += 1  # "ont été légèrement blessées", "were seriously injured"
    if not aux or i >= c.sent.end:
        return None
    # "neuf ont été blessées" (passive) counts victims; "deux drones ont tué" (active) the killers
    passive = any(a.dep_ in PASSIVE_AUX or _lemma(a) in PASSIVE_LEMMAS for a in aux) or _passive(doc[i])
    return (_verb_kind(x, doc[i], "verb") if passive else None) or _verb_kind(x, doc[i], "intrans")


def earlier_figure(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"34 dead, up from 21", "rose from 21 to 34", "27 morts, contre 12 la veille": an
    earlier figure given beside the new one is a figure of its own (each report is kept),
    and counts what the nearest casualty word before it in its sentence counts. "contre"
    ("against") is one only with a time after it ("contre 12 la veille", "plus tôt")."""
    before = c.before
    if not any(p.search(before) for p in x.phrases["earlier"]):
        if not (any(p.search(before) for p in x.phrases["earlier_weak"])
                and any(p.search(c.after) for p in x.phrases["earlier_time"])):
            return None
    doc = c.sent.doc
    for t in reversed(doc[c.sent.start: c.tokens.start]):
        for use in ("noun", "verb", "intrans", "toll"):
            kind = x.words[use].get(_word(t)) or x.words[use].get(_lemma(t))
            if kind:
                return kind
    return None


def received_bodies(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"the hospital received 20 bodies", "a reçu 20 corps": the dead a hospital receives
    (``body`` words after a ``received`` verb; "recovered three more bodies, bringing the toll
    to nine" is a part of the toll, no figure)."""
    if not any(p.search(c.before) for p in x.phrases["received"]):
        return None
    doc = c.sent.doc
    i = c.tokens.end
    return x.words["body"].get(_word(doc[i])) if i < c.sent.end else None


TOLL_TAIL = re.compile(r"\b(?:to|at|of|à|de)\s+$", re.IGNORECASE)


def death_toll(x: CasualtyExtractor, c: CountInSentence) -> str | None:
    """"the death toll rose to 12", "le bilan s'est alourdi à 12": a count a toll word leads
    to, counting no other noun ("le bilan de 40 frappes")."""
    before = c.before
    if not TOLL_TAIL.search(before):
        return None
    doc = c.sent.doc
    nxt = doc[c.tokens.end] if c.tokens.end < c.sent.end else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and _word(nxt) not in BETWEEN:
        return None  # "le bilan de 40 frappes": a count of something else
    for word, kind in x.words["toll"].items():
        m = list(re.finditer(rf"\b{re.escape(word)}\b", before, re.IGNORECASE))
        if m and len(before) - m[-1].end() <= 40 and "," not in before[m[-1].end():]:
            return kind
    return None


KIND = registry("casualty kind", "whether a count is of people killed or injured")
KIND.declare(LANGS, [casualty_word_after, kind_phrase, earlier_figure, received_bodies, count_after_casualty_verb,
                     subject_of_casualty_verb, object_of_casualty_verb, participle_of_counted, death_toll,
                     count_before_casualty_participle])
