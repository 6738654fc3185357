"""Events that should not exist, and one node per attack, on hand-parsed sentences and
pure helpers: a launch site reached through "from near" is no place hit; a name the text
calls a quarter of a city ("quartier de X", "the X district"); a denial verb that denies a
claim (with a negation or a claim word), never one that denies responsibility; two groups
of one claimed trigger are denied together.
"""
from __future__ import annotations

import datetime as dt

from kg.link.allegations import find_denials
from kg.link.event_groups import EventGroup
from kg.link.place_phrase import called_quarter
from kg.model import EntityMention, EventCandidate, EventRecord, Node, Span
from kg.nlp.events import EventExtractor
from kg.nlp.extensions import records
from kg.nlp.extract import _denial_verbs
from tests.unit.test_finders import parse

EN = EventExtractor("en")

FROM_NEAR = ("the|DET|det|1 missiles|NOUN|nsubjpass|4|missile had|AUX|aux|4 been|AUX|auxpass|4 "
             "launched|VERB|ROOT|4|launch from|ADP|prep|4 near|ADP|prep|5 the|DET|det|9 Russian|ADJ|amod|9 "
             "city|NOUN|pobj|6 of|ADP|prep|9 Belgorod|PROPN|pobj|10 .|PUNCT|punct|4")
FIRED_AT = ("the|DET|det|1 missiles|NOUN|nsubjpass|4|missile had|AUX|aux|4 been|AUX|auxpass|4 "
            "fired|VERB|ROOT|4|fire at|ADP|prep|4 the|DET|det|7 city|NOUN|pobj|5 of|ADP|prep|7 "
            "Belgorod|PROPN|pobj|8 .|PUNCT|punct|4")


def test_a_launch_site_after_from_near_is_no_place_hit():
    assert not any(e.places for e in records(EN(parse(FROM_NEAR, "en", {11: "GPE"})), EventCandidate))
    # the target of the same verb is
    (ev,) = records(EN(parse(FIRED_AT, "en", {9: "GPE"})), EventCandidate)
    assert [p.text for p in ev.places] == ["Belgorod"]


BEFORE = frozenset({"quartier", "district", "neighbourhood"})
AFTER = frozenset({"district", "neighbourhood", "quarter"})


def test_a_name_called_a_quarter():
    t = "un drone a frappé un entrepôt du quartier de Troieshchyna lundi"
    assert called_quarter(t, t.index("Troieshchyna"), t.index("Troieshchyna") + 12, BEFORE, AFTER)
    t = "a missile hit a warehouse in the Darnytsia district on Monday"
    assert called_quarter(t, t.index("Darnytsia"), t.index("Darnytsia") + 9, BEFORE, AFTER)
    t = "drones hit a depot in the city of Kursk"
    assert not called_quarter(t, t.index("Kursk"), t.index("Kursk") + 5, BEFORE, AFTER)
    t = "un drone a touché un immeuble de Soumy"
    assert not called_quarter(t, t.index("Soumy"), t.index("Soumy") + 5, BEFORE, AFTER)


DENIED_FR = ("«|PUNCT|punct|7 Le|DET|det|2 navire|NOUN|nsubj:pass|7 n'|ADV|advmod|7|ne a|AUX|aux:tense|7 "
             "jamais|ADV|advmod|7 été|AUX|aux:pass|7 visé|VERB|ROOT|7|viser »|PUNCT|punct|7 ,|PUNCT|punct|11 "
             "a|AUX|aux:tense|11 démenti|VERB|parataxis|7|démentir l'|DET|det|13 armateur|NOUN|nsubj|11 .|PUNCT|punct|7")
DENIED_EN = ("The|DET|det|1 operator|NOUN|nsubj|2 denied|VERB|ROOT|2|deny the|DET|det|4 claim|NOUN|dobj|2|claim "
             ".|PUNCT|punct|2")
INVOLVEMENT_EN = ("Moscow|PROPN|nsubj|1 denied|VERB|ROOT|1|deny any|DET|det|3 involvement|NOUN|dobj|1 "
                  "in|ADP|prep|3 the|DET|det|6 strike|NOUN|pobj|4 .|PUNCT|punct|1")
NOT_DENIED_FR = ("L'|DET|det|1 armateur|NOUN|nsubj|5 n'|ADV|advmod|5|ne a|AUX|aux:tense|5 pas|ADV|advmod|5 "
                 "démenti|VERB|ROOT|5|démentir .|PUNCT|punct|5")


def _claim(placed: bool = True) -> EventRecord:
    """A claimed attack (told inside a statement) in the sentence the denial closes."""
    place = [EntityMention(Span(0, 1, "x"), "place")] if placed else []
    return EventRecord("MissileStrike", Span(0, 1, "x"), Span(0, 1, "x"), places=place, reported=True)


def test_a_denial_verb_with_a_negation_or_a_claim_word_denies_the_claim_just_before():
    doc = parse(DENIED_FR, "fr")
    assert _denial_verbs(doc, [_claim()], []) == [doc[11].idx]
    doc = parse(DENIED_EN, "en")
    assert _denial_verbs(doc, [_claim()], []) == [doc[2].idx]


def test_denying_involvement_or_not_denying_or_with_no_placed_claim_denies_no_attack():
    assert _denial_verbs(parse(INVOLVEMENT_EN, "en"), [_claim()], []) == []
    assert _denial_verbs(parse(NOT_DENIED_FR, "fr"), [_claim()], []) == []
    # the claim told last has no place: the denial may be of it, and no other claim is denied
    assert _denial_verbs(parse(DENIED_EN, "en"), [_claim(placed=False)], []) == []
    assert _denial_verbs(parse(DENIED_EN, "en"), [], []) == []


def _group(place: str, start: int) -> EventGroup:
    r = EventRecord("MissileStrike", Span(start, start + 3, "tir"), Span(0, 200, "s"), reported=True)
    return EventGroup("MissileStrike", Node(place, {"Region"}), None, None, [r])


def test_two_groups_of_one_claimed_trigger_are_denied_together():
    groups = [_group("eilat", 60), _group("red-sea", 60), _group("hodeida", 10)]
    d = find_denials(groups, [300])
    assert d.denied_groups == frozenset({0, 1}) and d.used == (300,)
    assert find_denials(groups, [5000]).denied_groups == frozenset()  # too far from the claim


def test_a_region_named_after_a_city_holds_it_for_folding():
    from kg.link.articles import _region_of_city
    moscow = Node("moscow", {"City"}, labels={"en": "Moscow", "fr": "Moscou"})
    oblast = Node("moscow-oblast", {"Region"}, labels={"en": "Moscow Oblast", "fr": "oblast de Moscou"})
    kaluga = Node("kaluga-oblast", {"Region"}, labels={"en": "Kaluga Oblast", "fr": "oblast de Kalouga"})
    assert _region_of_city(moscow, oblast)
    assert not _region_of_city(moscow, kaluga) and not _region_of_city(oblast, moscow)
