"""Two kinds of the tuned blind suites' failures (issue 17), read by grammar in both languages:
a title of a place with the person's name in apposition and the possessive that points back
to that place ("the governor of Belgorod, Vyacheslav Gladkov, … in his region"), and an
attack's author named with two verbs joined by or ("a-t-elle commises ou lui impute-t-on",
"carry out or is it accused of") and impersonal attributions ("impute-t-on au Hezbollah")."""
from __future__ import annotations

import pytest

from kg.query.ask import UnmappedQuestion, map_question
from kg.query.question_appositions import resolve_appositions
from tests.question_suite import TODAY


@pytest.mark.parametrize("q,params", [
    ("What did the governor of Belgorod, Vyacheslav Gladkov, say about the shelling in his region?",
     {"speaker": "Vyacheslav Gladkov", "type": "Shelling", "country": "Belgorod Oblast"}),
    ("Les propos du gouverneur de Koursk, Alexeï Smirnov, sur les frappes de drones dans sa région en mai 2024",
     {"speaker": "Alexei Smirnov", "type": "DroneStrike", "country": "Kursk Oblast", "from": "2024-05-01",
      "to": "2024-05-31"}),
    ("What did the mayor of Kyiv, Vitali Klitschko, say about drone strikes on his city?",
     {"speaker": "Vitali Klitschko", "type": "DroneStrike", "country": "Kyiv"}),
    ("What did the governor of Belgorod, Vyacheslav Gladkov, say about the shelling of Kursk?",  # no possessive
     {"speaker": "Vyacheslav Gladkov", "type": "Shelling", "country": "Kursk"}),
])
def test_a_title_of_a_place_in_apposition_and_its_possessive(q, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == ("who_said_what", params)


def test_the_possessive_is_put_in_once_and_a_region_named_so_stays_as_written():
    assert resolve_appositions("What did the governor of the Kursk region, Alexei Smirnov, say about attacks in "
                               "the region?") == "What did the governor Alexei Smirnov say about attacks in the Kursk region?"
    assert resolve_appositions("Les propos du gouverneur de Briansk, Alexandre Bogomaz, sur les attaques dans sa "
                               "région") == "Les propos du gouverneur Alexandre Bogomaz sur les attaques dans la région de Briansk"


@pytest.mark.parametrize("q", [
    "What did Governor Vyacheslav Gladkov say about the shelling in his region?",  # which region: not said
    "Qu'a dit le gouverneur Alexandre Bogomaz sur les attaques dans sa région ?",
    "What did the governor, Vyacheslav Gladkov, say about the shelling in his region?",  # no place in the title
])
def test_a_possessive_without_a_title_of_a_place_is_refused(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


def test_no_apposition_leaves_the_question_as_it_is():
    for q in ("What did Zelensky say about the region?", "the governor of Belgorod said nothing, Vyacheslav Gladkov"):
        assert resolve_appositions(q) == q
    assert resolve_appositions("What did the governor of Nowhereland, John Smith, say?") == \
        "What did the governor of Nowhereland, John Smith, say?"


@pytest.mark.parametrize("q,params", [
    ("Quelles attaques le Hezbollah a-t-il menées ou lui attribue-t-on ?", {"actor": "Hezbollah"}),
    ("Quelles frappes la Russie a-t-elle lancées ou lui reproche-t-on ?", {"actor": "RU"}),
    ("Quelles attaques le Hamas a-t-il commises ou lui a-t-on imputées ?", {"actor": "Hamas"}),
    ("les attaques que le Hezbollah a menées ou qu'on lui impute", {"actor": "Hezbollah"}),
    ("Quelles attaques impute-t-on au Hezbollah ?", {"actor": "Hezbollah"}),
    ("Which attacks did Hezbollah carry out or is it accused of?", {"actor": "Hezbollah"}),
    ("Which attacks did the Houthis claim or are they accused of?", {"actor": "Houthis (Ansar Allah)"}),
])
def test_an_author_named_with_two_verbs_or_an_impersonal_attribution(q, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == ("attributed_events", params)


def test_an_impersonal_attribution_keeps_the_other_filters():
    m = map_question("Quelles frappes de drones attribue-t-on à l'Ukraine en 2024 ?", TODAY)
    assert (m.query, m.params) == ("event_timeline", {"type": "DroneStrike", "from": "2024-01-01", "to": "2024-12-31",
                                                      "perpetrator": "UA"})


@pytest.mark.parametrize("q", ["Quelles attaques le Hezbollah a-t-il menées ou pas ?",
                               "Which attacks did Hezbollah carry out or not?"])
def test_an_or_that_names_no_attribution_is_still_refused(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)
