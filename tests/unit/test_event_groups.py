"""Grouping one article's attack mentions (kg.link.event_groups): what one mention lacks
another tells (class, day), and a region- or country-level mention is no second attack."""
from __future__ import annotations

import datetime as dt

from kg.link.event_groups import group_events
from kg.model import EventRecord, Node, Span
from kg.rdf.namespace import GENERIC_ATTACK

RU = Node("ru", {"Country"})
BELGOROD_REGION = Node("belgorod-oblast", {"Region"}, located_in="ru")
BELGOROD = Node("belgorod", {"City"}, located_in="belgorod-oblast")
SHEBEKINO = Node("shebekino", {"City"}, located_in="belgorod-oblast")
PARENT = {n.iri: n.located_in for n in (RU, BELGOROD_REGION, BELGOROD, SHEBEKINO)}
SAT, SUN = dt.date(2024, 5, 11), dt.date(2024, 5, 12)


def within(a: Node, b: Node) -> bool:
    up = PARENT.get(a.iri)
    while up:
        if up == b.iri:
            return True
        up = PARENT.get(up)
    return False


def rec(cls: str, start: int, sentence: tuple[int, int], date: dt.date | None = None, definite: bool = False,
        date_text: str | None = None) -> EventRecord:
    return EventRecord(cls, Span(start, start + 5, "xxxxx"), Span(sentence[0], sentence[1], "s"), definite=definite,
                       date=date, date_text=date_text or ("day" if date else None))


def run(events, places, use_within=True):
    return group_events(events, lambda i, ev: places[i], within if use_within else None)


def test_region_mention_joins_the_one_city_attack_inside_it():
    events = [rec("Shelling", 10, (0, 50), SAT), rec("Shelling", 70, (60, 120))]
    groups, index_of = run(events, [BELGOROD, BELGOROD_REGION])
    assert len(groups) == 1 and groups[0].place is BELGOROD and groups[0].date == SAT
    assert index_of == {0: 0, 1: 0}
    # without a containment test nothing is folded
    assert len(run(events, [BELGOROD, BELGOROD_REGION], use_within=False)[0]) == 2


def test_country_mention_joins_the_one_attack_in_the_country():
    events = [rec(GENERIC_ATTACK, 10, (0, 50), SAT), rec("DroneStrike", 70, (60, 120))]
    groups, _ = run(events, [BELGOROD, RU])
    assert [(g.place.iri, g.event_class, g.date) for g in groups] == [("belgorod", "DroneStrike", SAT)]


def test_region_mention_beside_two_cities_stays_apart():
    events = [rec("Shelling", 10, (0, 50), SAT), rec("Shelling", 70, (60, 120), SAT), rec("Shelling", 140, (130, 190))]
    groups, _ = run(events, [BELGOROD, SHEBEKINO, BELGOROD_REGION])
    assert len(groups) == 3  # it could be either: two nodes rather than one wrong node


def test_region_mention_of_another_day_or_class_stays_apart():
    assert len(run([rec("Shelling", 10, (0, 50), SAT), rec("Shelling", 70, (60, 120), SUN)],
                   [BELGOROD, BELGOROD_REGION])[0]) == 2
    assert len(run([rec("Shelling", 10, (0, 50), SAT), rec("DroneStrike", 70, (60, 120))],
                   [BELGOROD, BELGOROD_REGION])[0]) == 2


def test_generic_attack_takes_the_class_told_in_the_next_sentence():
    # "Kherson's port was attacked on Monday. It was a drone attack, the governor said."
    events = [rec(GENERIC_ATTACK, 10, (0, 40), SAT), rec("DroneStrike", 50, (41, 80))]
    groups, _ = run(events, [BELGOROD, None])
    assert groups[0].event_class == "DroneStrike"


def test_next_sentence_that_places_its_own_attack_gives_no_class():
    events = [rec(GENERIC_ATTACK, 10, (0, 40), SAT), rec("DroneStrike", 50, (41, 80)), rec("Shelling", 60, (41, 80))]
    groups, _ = run(events, [BELGOROD, None, SHEBEKINO])
    assert groups[0].event_class == GENERIC_ATTACK


def test_a_sentence_further_on_gives_no_class():
    events = [rec(GENERIC_ATTACK, 10, (0, 40), SAT), rec("DroneStrike", 300, (200, 380))]
    assert run(events, [BELGOROD, None])[0][0].event_class == GENERIC_ATTACK


def test_undated_attack_takes_the_day_told_just_before():
    # "Drones attacked overnight into Sunday, the air force said. The strike hit a depot in Belgorod."
    events = [rec("DroneStrike", 5, (0, 40), SUN), rec(GENERIC_ATTACK, 50, (41, 90), definite=True)]
    groups, _ = run(events, [None, BELGOROD])
    assert (groups[0].date, groups[0].event_class) == (SUN, "DroneStrike")


def test_an_attack_told_afresh_or_with_a_vague_time_takes_no_day_from_before():
    # "Ukraine said Russia launched drones overnight. Mykolaiv was also targeted (earlier in the week)."
    events = [rec("DroneStrike", 5, (0, 40), SUN), rec(GENERIC_ATTACK, 50, (41, 90))]
    assert run(events, [None, BELGOROD])[0][0].date is None
    events = [rec("DroneStrike", 5, (0, 40), SUN), rec(GENERIC_ATTACK, 50, (41, 90), definite=True,
                                                        date_text="earlier in the week")]
    assert run(events, [None, BELGOROD])[0][0].date is None


def test_no_day_from_before_another_attack_or_of_another_class():
    events = [rec("DroneStrike", 5, (0, 40), SUN), rec("Shelling", 50, (41, 90), SAT),
              rec(GENERIC_ATTACK, 100, (91, 140), definite=True)]
    groups, _ = run(events, [None, SHEBEKINO, BELGOROD])
    assert groups[1].date is None  # Shebekino's attack was told in between
    events = [rec("DroneStrike", 5, (0, 40), SUN), rec("Shelling", 50, (41, 90), definite=True)]
    assert run(events, [None, BELGOROD])[0][0].date is None


def test_region_mention_joins_the_one_city_attack_inside_it_of_its_class():
    # rockets on Belgorod, a drone on Shebekino the day before, rockets intercepted over the region
    events = [rec("Shelling", 10, (0, 50), SAT), rec("DroneStrike", 70, (60, 120), SAT - dt.timedelta(days=1)),
              rec("Shelling", 140, (130, 190))]
    groups, index_of = run(events, [BELGOROD, SHEBEKINO, BELGOROD_REGION])
    assert [(g.place.iri, g.event_class) for g in groups] == [("belgorod", "Shelling"), ("shebekino", "DroneStrike")]
    assert index_of[2] == 0
    # a generic region mention could be either: it stays apart
    events[2] = rec(GENERIC_ATTACK, 140, (130, 190))
    assert len(run(events, [BELGOROD, SHEBEKINO, BELGOROD_REGION])[0]) == 3


def test_a_sea_is_a_region_with_no_country():
    from kg.link.articles import _is_sea
    assert _is_sea(Node("sea-black-sea", {"Region"})) and not _is_sea(BELGOROD_REGION) and not _is_sea(BELGOROD)


# --- a quarter of a city (kg.link.articles.quarter_of decides what the article calls one) ---

KHARKIV = Node("kharkiv", {"City"}, located_in="kharkiv-oblast")
SALTIVKA = Node("saltivka", {"City"}, located_in="kharkiv-oblast")


def quarter_of(a: Node, b: Node) -> bool:
    return a.iri == "saltivka" and b.iri == "kharkiv"


def test_a_quarter_mention_joins_the_city_attack_of_its_class_and_day():
    events = [rec("AirStrike", 10, (0, 50), SAT), rec("AirStrike", 70, (60, 120))]
    groups, index_of = group_events(events, lambda i, ev: [KHARKIV, SALTIVKA][i], None, quarter_of)
    assert [(g.place.iri, g.date) for g in groups] == [("kharkiv", SAT)]  # the city keeps the node
    assert index_of == {0: 0, 1: 0}


def test_a_quarter_mention_of_another_day_or_beside_two_city_attacks_stays_apart():
    other_day = [rec("AirStrike", 10, (0, 50), SAT), rec("AirStrike", 70, (60, 120), SUN)]
    assert len(group_events(other_day, lambda i, ev: [KHARKIV, SALTIVKA][i], None, quarter_of)[0]) == 2
    two = [rec("AirStrike", 10, (0, 50), SAT), rec("AirStrike", 30, (20, 50), SUN), rec("AirStrike", 70, (60, 120))]
    groups, _ = group_events(two, lambda i, ev: [KHARKIV, KHARKIV, SALTIVKA][i], None, quarter_of)
    assert len(groups) == 3  # which of the two? two nodes rather than one wrong node
    # no quarter test given: nothing folds
    assert len(group_events(other_day[:1] + [rec("AirStrike", 70, (60, 120))],
                            lambda i, ev: [KHARKIV, SALTIVKA][i])[0]) == 2


# --- one mention listing two regions; a vague country mention beside two attacks ---

KURSK_REGION = Node("kursk-oblast", {"Region"}, located_in="ru")
PARENT["kursk-oblast"] = "ru"


def test_an_interception_list_over_two_regions_is_two_attacks_of_one_mention():
    events = [rec("DroneStrike", 10, (0, 80), SAT)]
    groups, index_of = group_events(events, lambda i, ev: BELGOROD_REGION, within,
                                    also_at=lambda i, ev: [KURSK_REGION])
    assert sorted(g.place.iri for g in groups) == ["belgorod-oblast", "kursk-oblast"]
    assert index_of == {0: [g.place.iri for g in groups].index("belgorod-oblast")}


def test_an_undated_generic_country_mention_beside_two_attacks_in_it_is_no_attack():
    events = [rec("Shelling", 10, (0, 50), SAT), rec("DroneStrike", 70, (60, 120), SAT), rec(GENERIC_ATTACK, 140, (130, 190))]
    groups, index_of = run(events, [BELGOROD, SHEBEKINO, RU])
    assert sorted(g.place.iri for g in groups) == ["belgorod", "shebekino"] and 2 not in index_of
    # dated, or of a known class, it stays an attack of its own (prefer two nodes to one wrong node)
    dated = events[:2] + [rec(GENERIC_ATTACK, 140, (130, 190), SUN)]
    assert len(run(dated, [BELGOROD, SHEBEKINO, RU])[0]) == 3
