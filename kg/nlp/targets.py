"""What each attack hit (issue 20): a concept of the target-type scheme
``ontology/targets.ttl`` (refinery, oil depot, airfield, port, power plant, residential
building…) and, when the phrase names the facility's town ("the Ryazan refinery", "la
raffinerie de Riazan", "the port of Odesa"), that town, which makes it a named facility.

Read from the attack's own sentence only, through the syntax around its trigger (the
finders of the ``attack target`` registry, ``kg.nlp.finders.targets``): a facility the
article names elsewhere, or one the attack came "near", is not what it hit. An
interception ("drones heading for the port were shot down") hits nothing. Runs after the
events stage on the attacks it kept (``kg.nlp.extract.records_from_doc``); it changes no
event. Words are in ``kg/data/lexicon/target_words.tsv``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.model import EventRecord, Span, TargetMention
from kg.nlp.lexicon import lexicon
from kg.nlp.syntax import token_at
from kg.nlp.finders.targets import TARGET, TargetContext, TargetWords, target_words

__all__ = ["TARGET_TYPES", "find_targets", "facility_phrase", "town_name"]

TARGET_TYPES: tuple[str, ...] = (
    "EnergyInfrastructure", "PowerPlant", "Substation", "OilRefinery", "FuelDepot",
    "TransportInfrastructure", "Port", "Airport", "Railway", "Bridge", "Dam",
    "MilitaryTarget", "Airbase", "AmmunitionDepot", "MilitaryPosition",
    "CivilianBuilding", "ResidentialBuilding", "Hospital", "School", "Market", "GovernmentBuilding",
    "Factory", "Warehouse", "Ship",
)
"""The local names of the concepts of the target-type scheme (``gtt:`` in targets.ttl)."""

INTERCEPTION_TRACE = "trigger:intercepted_weapon"
BRANCH_TRACE = "places:conjunct_branch"
NAME_LABELS = frozenset({"GPE", "LOC", "FAC"})
PHRASE_DEPS = frozenset({"compound", "amod", "flat", "flat:name"})


def _is_name(tok: Token) -> bool:
    """A proper name: a proper noun, or a capitalised noun or word of a place entity inside
    the sentence ("El Fasher" tagged a noun; not "ville" in an entity "ville de Koursk")."""
    capital = tok.text[:1].isupper() and not tok.is_sent_start
    return tok.pos_ == "PROPN" or (capital and (tok.ent_type_ in NAME_LABELS or tok.pos_ == "NOUN"))


def _name_span(tok: Token) -> tuple[int, int]:
    """The token range of a name with its own compound and flat parts ("Nizhny Novgorod")."""
    parts = [tok] + [x for x in tok.subtree if x.i != tok.i and _is_name(x)
                     and x.dep_ in ("compound", "flat", "flat:name", "nmod", "appos") and x.head.i == tok.i]
    lo, hi = min(x.i for x in parts), max(x.i for x in parts) + 1
    doc = tok.doc
    while lo > 0 and doc[lo - 1].head.i == tok.i and doc[lo - 1].text[:1].isupper() and not doc[lo - 1].is_punct:
        lo -= 1  # "El Fasher" with "El" parsed as a determiner
    while hi < len(doc) and not doc[hi - 1].whitespace_ and "-" in (doc[hi].text, doc[hi - 1].text):
        hi += 1  # "El-Fasher", "Novo-Shakhtinsk": one name the tokenizer split at the hyphen
    return lo, hi


def town_name(head: Token, words: TargetWords) -> tuple[int, int] | None:
    """The token range of the town a facility phrase names: a name compounded with the noun
    ("the Ryazan refinery", "Engels air base"), its possessor ("Odesa's port"), or the name
    after "of"/"de" ("the port of Odesa", "la raffinerie de Riazan"), or after "in" when the
    noun is definite ("the refinery in Tuapse"). None when the phrase names no town
    ("l'aérodrome") or is indefinite ("a Kharkiv hospital", "un hôpital de Kramatorsk": one
    of the town's, which its town and type do not identify)."""
    dets = [c for c in head.children if c.dep_ == "det"]
    if any(c.lower_ not in words.definite for c in dets) or "Plur" in head.morph.get("Number"):
        return None  # "a Kharkiv hospital", "un hôpital de Kramatorsk", "Kyiv homes": one of the town's
    definite = bool(dets)
    for c in head.children:
        if c.dep_ in ("compound", "poss", "nmod:poss") and _is_name(c) and c.i < head.i:
            return _name_span(c)
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and _is_name(before) and before.head.i == head.head.i and before.dep_ == head.dep_ \
            and any(d.dep_ == "det" and d.lower_ in words.definite for d in before.children):
        return _name_span(before)  # "the Millerovo airfield" parsed as two objects, "the" on the name
    places = lexicon(head.doc.lang_).place_nouns
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in words.name_preps and (c.lower_ != "in" or definite):
            for x in c.children:
                if x.dep_ == "pobj" and (_is_name(x) or (x := _town_of_place_noun(x, places, words))):
                    return _name_span(x)
        elif c.dep_ == "nmod" and c.i > head.i and any(x.dep_ == "case" and x.lower_ in words.name_preps
                                                       for x in c.children):
            name = c if _is_name(c) else _town_of_place_noun(c, places, words)
            if name is not None:
                return _name_span(name)
    return None


def _town_of_place_noun(noun: Token, places: frozenset[str], words: TargetWords) -> Token | None:
    """The name a place noun introduces ("the power station in *the city of Kosti*", "la
    centrale de *la ville de Kourakhove*"), None for another noun or a bare "de la ville"."""
    if noun.lemma_.lower() not in places and noun.lower_ not in places:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in words.name_preps:
            found = next((x for x in c.children if x.dep_ == "pobj" and _is_name(x)), None)
            if found is not None:
                return found
        elif c.dep_ in ("nmod", "appos", "flat:name") and _is_name(c) and c.i > noun.i:
            return c
    return None


def _next_word(head: Token) -> int:
    """The index of the first word after the noun past its preposition ("immeuble d'|habitation")."""
    i = head.i + 1
    doc = head.doc
    while i < len(doc) and doc[i].pos_ in ("ADP", "DET"):
        i += 1
    return i


def facility_phrase(head: Token, town: tuple[int, int] | None) -> tuple[int, int]:
    """The token range of the facility as written, without its determiner: the noun, its
    compounds and adjectives, and the town's name ("Ryazan oil refinery", "raffinerie de
    Riazan", "port of Odesa")."""
    idx = [head.i] + [c.i for c in head.children if c.dep_ in PHRASE_DEPS and c.pos_ in ("NOUN", "PROPN", "ADJ")
                      and not any(x.is_punct for x in head.doc[min(c.i, head.i):max(c.i, head.i)])]
    # a common-noun complement of the noun: "immeuble d'habitation", "block of flats"
    places = lexicon(head.doc.lang_).place_nouns  # "maison du village": the village is where, not what
    idx += [c.i for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i == _next_word(head)
            and c.lemma_.lower() not in places and c.lower_ not in places
            and c.lower_ not in lexicon(head.doc.lang_).day_words]  # "un navire samedi": the day
    idx += [x.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1
            for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"]
    if town is not None:
        idx += [town[0], town[1] - 1]
    lo, hi = min(idx), max(idx) + 1
    doc = head.doc
    while lo < head.i and (doc[lo].dep_ == "det" or doc[lo].is_punct):
        lo += 1
    return lo, hi


def _holds(head: Token, pos: int) -> bool:
    """Whether character ``pos`` lies in the phrase of ``head`` (its subtree)."""
    right = head.right_edge
    return head.left_edge.idx <= pos < right.idx + len(right)


def _span(doc: Doc, text: str, lo: int, hi: int) -> Span:
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    return Span(start, end, text[start:end])


def find_targets(doc: Doc, ev: EventRecord, text: str) -> tuple[list[TargetMention], str | None]:
    """What the attack ``ev`` hit, as its sentence says (what every finder of the registry
    finds: "a drone attack on the port damaged warehouses" hit both), and the names of the
    finders that found it (None when none did). ``text`` is the article's text (spans are read from it)."""
    if INTERCEPTION_TRACE in ev.trace:
        return [], None
    trigger = token_at(doc, ev.trigger.start)
    if trigger is None:
        return [], None
    words = target_words(doc.lang_)
    found = TARGET.all(doc.lang_, TargetContext(trigger, words))
    if not found:
        return [], None
    name = "+".join(n for n, _ in found)
    heads = tuple({h.i: (h, c) for _, hs in found for h, c in hs}.values())
    if BRANCH_TRACE in ev.trace:
        # "hit a substation in Sumy and a fuel depot in Konotop": each attack its own target
        heads = tuple((h, c) for h, c in heads if any(_holds(h, m.span.start) for m in ev.places))
    out = []
    for head, concept in heads:
        town = town_name(head, words)
        lo, hi = facility_phrase(head, town)
        out.append(TargetMention(concept, _span(doc, text, lo, hi), _span(doc, text, *town) if town else None))
    return out, name
