"""`kg ask`: periods a question may name that are no exact range of days, which were read
more broadly than asked (found by writing other wordings of the third blind suite's dates):
a season ("à l'été 2024" was read as the whole of 2024, "été" being also a skip word, "been"),
a prefix on a month ("mid-May" was read as May), an approximate day ("around 11 May" was read
as that day); and "by" before a date, which ends the period."""
from __future__ import annotations

import pytest

from kg.query.ask import UnmappedQuestion, map_question
from tests.question_suite import TODAY


@pytest.mark.parametrize("q", [
    "Frappes aériennes à Sagaing à l'été 2024",
    "Frappes aériennes à Sagaing en été 2024",
    "Frappes aériennes à Sagaing l'été dernier",
    "Frappes au printemps 2024 sur Kiev",
    "Air strikes in Sagaing in the summer of 2024",
    "Air strikes in Sagaing in fall 2024",
    "Attacks on Kyiv this spring",
])
def test_a_season_is_refused(q):
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert "season" in exc.value.reason


@pytest.mark.parametrize("q,query", [
    ("Quelles frappes ont été menées contre Kiev en 2024 ?", "event_timeline"),  # "été" = been
    ("Quelles attaques ont été revendiquées par le Hezbollah ?", "claims"),
])
def test_ete_as_been_is_still_read(q, query):
    assert map_question(q, TODAY).query == query


@pytest.mark.parametrize("q", ["Attacks on Kyiv in mid-May 2024", "Attaques sur Kiev à la mi-mai 2024",
                               "Attacks on Kyiv in late-May 2024"])
def test_a_month_with_a_prefix_is_refused_not_read_as_the_month(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


@pytest.mark.parametrize("q", [
    "Attacks on Kyiv around 11 May 2024", "Attacks on Kyiv around the 11th of May 2024",
    "Attaques sur Kiev vers le 11 mai 2024", "Attaques sur Kiev autour du 11 mai 2024",
    "Attaques sur Kiev aux alentours du 11 mai 2024",
])
def test_an_approximate_day_is_refused(q):
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert "approximate" in exc.value.reason


@pytest.mark.parametrize("q,params", [
    ("Drone strikes around Kharkiv in May 2024",  # before a place it carries nothing, as before
     {"type": "DroneStrike", "country": "Kharkiv", "from": "2024-05-01", "to": "2024-05-31"}),
    ("What was said about 11 May 2024 attacks on Kyiv?", {"country": "Kyiv", "from": "2024-05-11", "to": "2024-05-11"}),
    ("Attacks on Kyiv by 11 May 2024", {"country": "Kyiv", "to": "2024-05-11"}),
    ("Attacks on Kyiv by May 2024", {"country": "Kyiv", "to": "2024-05-31"}),
    ("Attacks by Russia in May 2024", {"perpetrator": "RU", "from": "2024-05-01", "to": "2024-05-31"}),
])
def test_words_near_dates_that_stay_read(q, params):
    assert map_question(q, TODAY).params == params


def test_a_role_part_never_ends_inside_a_word():
    """"has Ukraine launch|ed": the part takes the whole verb, so nothing of it goes unread."""
    m = map_question("How many drone strikes has Ukraine launched on Russia this year?", TODAY)
    assert m.params["perpetrator"] == "UA"
