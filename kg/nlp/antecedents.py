"""The place a definite place noun of an attack's target refers back to.

News names a town or a facility once and then calls it by its noun: "Tous viennent de
Tiotkino, un village … Mardi soir, une salve a touché le centre du village", "l'aérodrome
militaire de Taganrog … un drone a endommagé deux avions sur cet aérodrome", "Kharkiv's mayor
says a drone has hit a warehouse in the city's Kyivskyi district". The noun alone names no
place; the name told before does. Two ways back, tried in order:

* the same noun told before with its name ("l'aérodrome de Taganrog", "Tiotkino, un village
  de …", "the village of Kozinka");
* for a town noun ("la ville", "the city", "le village"), the names of the sentences before,
  nearest sentence first (the linker keeps the first that is a town), leaving out landmarks ("au sud de Khartoum", "on the banks of the White
  Nile", "250 km west of Zaporizhzhia"), names of districts and regions ("the Glushkovo
  district") and the wire dateline.

The names found are ``PlaceCandidate`` records labelled ``ANTECEDENT_LABEL``: the linker
uses them only when no name of the target itself resolves, and only as a town.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.model import ANTECEDENT_LABEL, PlaceCandidate
from kg.nlp.lexicon import Lexicon
from kg.nlp.syntax import dateline_end, doc_text, entity_of, sent_of
from kg.nlp.thresholds import ANTECEDENT_SENTENCES

NAME_DEPS = {"nmod", "compound", "flat", "flat:name", "appos", "pobj", "prep", "nmod:poss", "poss"}
# the small models often label a town PERSON or ORG ("Zaporizhzhia's mayor"): the linker
# decides, keeping the first name that is a town
NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP"}
REFERENCE_LOOKBACK = 4  # tokens before a name where "south of", "au nord-ouest de" stand
REFERENCE_LEVELS = 3  # heads above a name where "rives", "river", "km" stand


def anaphors(lex: Lexicon, args: list[Token]) -> list[Token]:
    """The definite place nouns with no name of their own among the target's words ("le
    centre du village", "sur cet aérodrome", "la centrale électrique de la ville", "the
    city's power station"), in text order."""
    out = []
    for t in args:
        if t.pos_ != "NOUN" or not ({t.lower_, t.lemma_.lower()} & lex.anaphor_nouns):
            continue
        if own_name(t) is not None:
            continue
        marks = {c.lower_ for c in t.children if c.dep_ in ("det", "case")}
        if marks & lex.anaphor_dets:
            out.append(t)
    return out


def own_name(noun: Token) -> Span | None:
    """The name a place noun carries ("l'aérodrome militaire de Taganrog", "the Millerovo
    airfield", "Tiotkino, un village de …", "the village of Kozinka")."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return _name_span(noun.head)
    first = noun.left_edge
    if first.i >= 2 and first.doc[first.i - 1].text == "," and first.doc[first.i - 2].pos_ == "PROPN":
        return _name_span(first.doc[first.i - 2])  # "Tiotkino, un village de …" parsed as two objects
    for c in noun.children:
        if c.dep_ not in NAME_DEPS:
            continue
        target = c
        if c.dep_ == "prep":  # "the village of Kozinka": of -> pobj
            target = next((g for g in c.children if g.dep_ == "pobj"), None)
            if target is None:
                continue
        if target.pos_ == "PROPN":
            return _name_span(target)
    return None


def _name_span(tok: Token) -> Span:
    ent = entity_of(tok)
    return ent if ent is not None else tok.doc[tok.i: tok.i + 1]


def names_region(lex: Lexicon, name: Span) -> bool:
    """A name of a region phrase ("the Glushkovo district", "la région de Koursk"): it names
    the district, not the town a town noun refers back to."""
    doc = name.doc
    nouns = lex.region_nouns | lex.region_nouns_after | lex.district_nouns
    after = doc[name.end] if name.end < len(doc) else None
    before = [doc[i] for i in range(max(0, name.start - 3), name.start)]
    return (after is not None and after.lower_ in nouns) or any(x.lower_ in nouns for x in before + list(name))


def is_landmark(lex: Lexicon, name: Span) -> bool:
    """A name that locates something else ("au sud de Khartoum", "sur les rives du Nil
    Blanc", "on the Dnipro river", "some 250 km west of Zaporizhzhia")."""
    doc = name.doc
    for tok in reversed(doc[max(0, name.start - REFERENCE_LOOKBACK): name.start]):
        if tok.is_punct:
            break
        if tok.lower_ in lex.reference_words:
            return True
    cur = name.root
    for _ in range(REFERENCE_LEVELS):
        if cur.head.i == cur.i or cur.head.pos_ in ("VERB", "AUX"):
            break
        cur = cur.head
        if cur.lower_ in lex.reference_words or cur.lemma_.lower() in lex.reference_words:
            return True
    return False


def antecedent_places(lex: Lexicon, noun: Token) -> list[PlaceCandidate]:
    """The names a definite place noun refers back to, within a sentence's reach
    (``ANTECEDENT_SENTENCES``): the same noun with its name, else, for a town noun, the
    names of those sentences, nearest sentence first."""
    doc = noun.doc
    text = doc_text(doc)
    sents = [sent_of(noun)]
    while len(sents) <= ANTECEDENT_SENTENCES and sents[-1].start > 0:
        sents.append(sent_of(doc[sents[-1].start - 1]))
    keys = {noun.lower_, noun.lemma_.lower()}
    for sent in sents:
        for tok in reversed(list(doc[sent.start: min(sent.end, noun.i)])):
            if {tok.lower_, tok.lemma_.lower()} & keys:
                name = own_name(tok)
                if name is not None:
                    return [_candidate(text, name)]
    if not keys & lex.anaphor_city_nouns:
        return []
    found = []  # nearest sentence first, in text order within it: the linker keeps the first town
    for sent in sents:
        start = dateline_end(text, sent.start_char)
        found += [_candidate(text, e) for e in doc.ents if e.label_ not in NOT_PLACE_LABELS and sent.start <= e.start
                  and e.end <= min(sent.end, noun.i) and e.start_char >= start
                  and any(x.is_title or x.pos_ == "PROPN" for x in e) and not is_landmark(lex, e)
                  and not names_region(lex, e)]
    return found


def _candidate(text: str, name: Span) -> PlaceCandidate:
    return PlaceCandidate(name.start_char, name.end_char, text[name.start_char: name.end_char], ANTECEDENT_LABEL, False)
