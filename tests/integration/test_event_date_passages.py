"""The day of an attack measured on passages written for the date finder.

``tests/data/events/dates_{en,fr}.jsonl`` (same format and conventions as the other event
passages, see the README there) tell attacks whose day is fixed only through another day
("la veille", "le lendemain", "the day before", "a day after a drone hit…", "au lendemain
d'une frappe", "later that day"), a night reported on a named day ("said on Monday that …
overnight"), and cases where nothing fixes the day (a dateline alone, "last night", "la
veille" with no day told before, "a day after" with no anchor). The date is the point: on
every pair matched by place the day must be right (a wrong day is worse than none), and
strict F1 must not fall below what the finder reached when the passages were written.
"""
from __future__ import annotations

import pytest

from tests.event_passages import DATA, evaluate_file, format_errors, format_report
from tests.passages import check_passage_text

pytestmark = pytest.mark.integration
LANGUAGES = ("en", "fr")

# Measured on 2026-12-06 when written (first 22 passages): before the anchored date finder en strict F1 0.571
# (dates right 10/16 lenient pairs), fr 0.552 (8/13); after it en 0.914 (16/16), fr 0.897
# (12/13; the one wrong "date" is a pair the matcher made across two events of one passage
# whose AirStrike has no trigger yet). With 6 passages on mentions of one attack (the day
# or class told in another sentence, a region-level mention of a city attack): en 0.829 ->
# 0.927, fr 0.800 -> 0.914 with kg.link.event_groups carrying them across mentions. What
# remains is recall of triggers and places. With the quotation and "same day after a speech
# day" passages (17 en / 15 fr): en 0.936 (dates right 22/22), fr 0.927 (18/19).
# Round 3 (fronted "The day before the X strike, …", an older named night then "overnight",
# small-hours clock times, round-ups opened by one night; 28 en / 27 fr passages): before the
# rules en 0.814 (dates right 35/42), fr 0.800; after en 1.000 (42/42), fr 0.962 (37/38); with the
# split day phrase and the placed fronted complement (30 en / 29 fr): en 1.000 (45/45), fr 0.965 (40/41).
THRESHOLDS = {"en": {"strict_f1": 0.90, "date_accuracy": 1.0},
              "fr": {"strict_f1": 0.85, "date_accuracy": 0.9}}


@pytest.fixture(scope="module")
def results():
    out = {}
    for lang in LANGUAGES:
        rep, passages, _ = evaluate_file(DATA / f"dates_{lang}.jsonl")
        out[lang] = (passages, rep)
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_date_passages_are_well_formed(lang, results):
    passages, _ = results[lang]
    assert len(passages) >= 10
    for p in passages:
        check_passage_text(p, lang)
        assert all(e.date is None or e.date <= p.published for e in p.events), p.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_attack_days(lang, results):
    _, rep = results[lang]
    print()
    print(format_report(rep))
    print(format_errors(rep))
    want = THRESHOLDS[lang]
    assert rep.lenient.precision == 1.0
    assert rep.date_accuracy >= want["date_accuracy"], f"{lang} dates right {rep.date_ok}/{rep.lenient.tp}"
    assert rep.strict.f1 >= want["strict_f1"], f"{lang} strict F1 {rep.strict.f1:.3f}"
