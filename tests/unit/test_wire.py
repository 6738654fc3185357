"""Wire datelines: the opening "CITY, date (Agency) - " of a paragraph is no fact and no speaker."""
from __future__ import annotations

import pytest

from kg.wire import DATELINE, in_dateline


@pytest.mark.parametrize("text, dateline", [
    ("MOSCOW, Nov 18 (Agency) - Drones hit a depot.", "MOSCOW, Nov 18 (Agency) - "),
    ("ODESA, Ukraine — A missile hit the port.", "ODESA, Ukraine — "),
    ("KYIV - Sirens sounded at night.", "KYIV - "),
    ("TULA (Russie), 3 mai (Agence X) - Deux drones ont été abattus.", "TULA (Russie), 3 mai (Agence X) - "),
    ("KHERSON, 1er juin (AFP) – Un obus est tombé.", "KHERSON, 1er juin (AFP) – "),
])
def test_datelines_in_both_languages_end_before_the_story(text, dateline):
    m = DATELINE.match(text)
    assert m is not None and text[: m.end()] == dateline
    assert in_dateline(text, 1) and not in_dateline(text, len(dateline))


@pytest.mark.parametrize("text", ["A Russian drone — a Shahed — hit a farm.", "Un drone — un Shahed — a frappé.",
                                  "The UN - which has staff there - said nothing."])
def test_a_sentence_with_a_dash_has_no_dateline(text):
    assert DATELINE.match(text) is None


@pytest.mark.parametrize("text, dateline", [
    ("Kyiv, Dec 12 (Northline) - Drones hit a depot.", "Kyiv, Dec 12 (Northline) - "),
    ("KYIV, Dec. 12, 2024 (Agency) - Drones hit a depot.", "KYIV, Dec. 12, 2024 (Agency) - "),
    ("Kharkiv, 12 décembre 2024 (AFP) – Un drone a frappé.", "Kharkiv, 12 décembre 2024 (AFP) – "),
    ("Zaporijia (Ukraine), 3 mai - Deux drones ont été abattus.", "Zaporijia (Ukraine), 3 mai - "),
])
def test_a_city_in_title_case_with_a_day_is_a_dateline(text, dateline):
    m = DATELINE.match(text)
    assert m is not None and text[: m.end()] == dateline


@pytest.mark.parametrize("text", ["Russian drones hit Kyiv, Dec 12 - no one was hurt.",
                                  "Kyiv - the capital - was hit.", "Kharkiv, Sumy and Odesa - all hit."])
def test_a_title_case_city_without_a_day_is_no_dateline(text):
    assert DATELINE.match(text) is None
