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
    assert find_time_expressions("Montag", "de") == []
