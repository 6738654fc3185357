import datetime as dt

import pytest

from kg.nlp.dates import find_time_expressions, resolve

PUB = dt.date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize("text,lang,expected_text,expected", [
    ("strikes late on Wednesday, hitting", "en", "late on Wednesday", dt.date(2024, 3, 13)),
    ("on Thursday the army said", "en", "on Thursday", dt.date(2024, 3, 14)),
    ("Mardi matin, Moscou a été visée", "fr", "Mardi matin", dt.date(2024, 3, 12)),
    ("ont bombardé mercredi soir des positions", "fr", "mercredi soir", dt.date(2024, 3, 13)),
    ("le 12 janvier 2024.", "fr", "le 12 janvier 2024", dt.date(2024, 1, 12)),
    ("on March 20, 2023 in Washington", "en", "on March 20, 2023", dt.date(2023, 3, 20)),
    ("hier soir, des tirs", "fr", "hier soir", dt.date(2024, 3, 13)),
    ("yesterday, officials said", "en", "yesterday", dt.date(2024, 3, 13)),
    # a night is dated on the day it ends on (the conventions): a bare "overnight" in the
    # report of that night is the publication day
    ("dans la nuit de lundi à mardi, des drones", "fr", "dans la nuit de lundi à mardi", dt.date(2024, 3, 12)),
    ("pendant la nuit du mercredi 13 au jeudi 14 mars", "fr", "pendant la nuit du mercredi 13 au jeudi 14 mars",
     dt.date(2024, 3, 14)),
    ("dans la nuit du 10 au 11 mars, un drone", "fr", "dans la nuit du 10 au 11 mars", dt.date(2024, 3, 11)),
    ("abattu pendant la nuit huit drones", "fr", "pendant la nuit", PUB),
    ("drones launched overnight", "en", "overnight", PUB),
    ("struck a depot overnight into Tuesday", "en", "overnight into Tuesday", dt.date(2024, 3, 12)),
    ("during the night of Sunday to Monday", "en", "during the night of Sunday to Monday", dt.date(2024, 3, 11)),
    ("late on Monday, the ministry said", "en", "late on Monday", dt.date(2024, 3, 11)),
    ("Monday night, drones", "en", "Monday night", dt.date(2024, 3, 11)),
    ("tard lundi soir, des drones", "fr", "lundi soir", dt.date(2024, 3, 11)),
    # what no day anchors stays undated
    ("drones struck last night", "en", "last night", None),
    ("la veille, un drone", "fr", "la veille", None),
    ("Depuis le 13 juin, Israël a frappé", "fr", "Depuis le 13 juin", None),
    ("depuis lundi, les frappes", "fr", "depuis lundi", None),
    ("since June 3, strikes have hit", "en", "since June 3", None),
    ("since Monday, drones have", "en", "since Monday", None),
])
def test_find_and_resolve(text, lang, expected_text, expected):
    found = find_time_expressions(text, lang)
    assert [f.text for f in found][:1] == [expected_text]
    assert text[found[0].start:found[0].end] == expected_text
    assert resolve(found[0].text, lang, PUB) == expected


def test_date_without_year_after_publication_is_last_year():
    assert resolve("le 20 décembre", "fr", dt.date(2024, 1, 5)) == dt.date(2023, 12, 20)


def test_no_publication_date_means_no_date():
    assert resolve("mardi", "fr", None) is None


def test_unsupported_language_finds_nothing():
    assert find_time_expressions("Montag", "de") == ()


# --- expressions that count from another day told in the text (the anchor) ---------------

from kg.nlp.dates import anchored_offset, is_night, takes_complement  # noqa: E402

ANCHOR = dt.date(2024, 3, 12)  # a Tuesday told before


@pytest.mark.parametrize("text,lang,expected_text,offset", [
    ("La veille au soir, un drone", "fr", "La veille au soir", -1),
    ("Le lendemain, l'artillerie", "fr", "Le lendemain", 1),
    ("au lendemain d'une frappe", "fr", "au lendemain", 1),
    ("L’avant-veille, un missile", "fr", "L’avant-veille", -2),
    ("le surlendemain, des drones", "fr", "le surlendemain", 2),
    ("Le même jour, un drone", "fr", "Le même jour", 0),
    ("deux jours après un bombardement", "fr", "deux jours après", 2),
    ("trois jours plus tôt, un drone", "fr", "trois jours plus tôt", -3),
    ("The day before, drones had struck", "en", "The day before", -1),
    ("The next day, a drone hit", "en", "The next day", 1),
    ("the following day a missile", "en", "the following day", 1),
    ("came a day after a drone hit", "en", "a day after", 1),
    ("two days before the strike", "en", "two days before", -2),
    ("Later that day, drones hit", "en", "Later that day", 0),
])
def test_anchored_expressions_count_from_the_anchor(text, lang, expected_text, offset):
    found = find_time_expressions(text, lang)
    assert found[0].text == expected_text
    assert anchored_offset(found[0].text, lang) == (True, offset)
    assert resolve(found[0].text, lang, PUB, anchor=ANCHOR) == ANCHOR + dt.timedelta(days=offset)
    # the attack told inside the complement ("a day after *a drone hit X*") is on the other side
    assert resolve(found[0].text, lang, PUB, anchor=ANCHOR, inverse=True) == ANCHOR - dt.timedelta(days=offset)


@pytest.mark.parametrize("expression,lang", [
    ("la veille", "fr"), ("le lendemain", "fr"), ("deux jours après", "fr"), ("quelques heures plus tard", "fr"),
    ("the day before", "en"), ("a day after", "en"), ("hours later", "en"), ("days later", "en"),
])
def test_anchored_expression_without_anchor_or_day_is_undated(expression, lang):
    # never against the publication date: without the day it counts from, no day
    assert resolve(expression, lang, PUB) is None
    is_anchored, offset = anchored_offset(expression, lang)
    assert is_anchored
    if offset is None:  # "hours later" fixes no day even with an anchor
        assert resolve(expression, lang, PUB, anchor=ANCHOR) is None


@pytest.mark.parametrize("expression,following,expected", [
    ("a day after", " a drone hit the depot", True),
    ("the day before", " the port strike", True),
    ("la veille", " de la frappe", True),
    ("au lendemain", " d'une frappe", True),
    ("deux jours après", " un bombardement", True),
    ("The day before", ", drones had struck", False),
    ("La veille", " au soir, un drone", False),
    ("Le lendemain", ", l'artillerie", False),
    ("the day after", "", False),
    ("two days after", " that, a drone hit", False),
])
def test_complement_of_an_anchored_expression(expression, following, expected):
    assert takes_complement(expression, following) is expected


def test_a_bare_night_is_dated_on_the_day_it_was_reported():
    assert is_night("overnight", "en") and is_night("pendant la nuit", "fr")
    assert not is_night("overnight into Tuesday", "en") and not is_night("hier", "fr")
    sunday = dt.date(2024, 3, 10)
    assert resolve("overnight", "en", PUB, anchor=sunday) == sunday
    assert resolve("pendant la nuit", "fr", PUB, anchor=sunday) == sunday
    assert resolve("overnight", "en", PUB) == PUB  # the report of that night is the article


def test_explicit_days_ignore_the_anchor():
    assert resolve("mardi", "fr", PUB, anchor=dt.date(2024, 1, 1)) == dt.date(2024, 3, 12)
    assert resolve("yesterday", "en", PUB, anchor=dt.date(2024, 1, 1)) == dt.date(2024, 3, 13)


def test_a_bare_night_after_a_named_night_is_that_night():
    import datetime as dt
    from kg.nlp.extract import _nights_told
    text = ("Des drones ont frappé Briansk dans la nuit de jeudi à vendredi. "
            "L'armée a détruit pendant la nuit 40 drones.")
    assert [d for _, d in _nights_told(text, "fr", dt.date(2024, 11, 9), 0)] == [dt.date(2024, 11, 8)]
    # a night told days before the publication is no candidate; a bare night is none either
    assert _nights_told(text, "fr", dt.date(2024, 11, 12), 0) == []
    en = "Drones hit Bryansk overnight into Friday. Air defences destroyed 40 drones overnight."
    assert [d for _, d in _nights_told(en, "en", dt.date(2024, 11, 8), 0)] == [dt.date(2024, 11, 8)]
