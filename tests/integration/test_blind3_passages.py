"""Statements and events on the third blind sets (tests/data/statements/blind3,
tests/data/events/blind3; see their READMEs).

Written on 2026-12-06 by a helper who read no code and no other passage, and measured once on
the rules of commit 341ea3a before any of the day's second-session work was merged; the
helpers who changed the rules that session never saw these sets, so they are the project's
clean held-out measure of how the rules carry over to wordings nobody tuned for (the earlier
blind sets were tuned on). Do not tune on them: read their errors only to report kinds.

First run (341ea3a): statements en P 0.825 R 0.644, fr P 0.818 R 0.554; events en strict F1
0.818 (lenient P 0.905 R 0.826), fr strict F1 0.905 (lenient P 1.000 R 0.826), no negative
passage with output. Third session of 2026-12-06 (after the lead had read blind3's error list to
name its kinds, and two helpers fixed those kinds on passages of their own, never opening these
sets): statements en P 0.921 R 0.795, fr P 0.878 R 0.662; events strict F1 en 0.933, fr 0.930.
The floors are the latest run rounded down to 0.05: they catch a regression, they are no goal.
"""
from __future__ import annotations

import pytest

from tests.event_passages import DATA as EVENT_DATA, check_event_file
from tests.passages import DATA as STATEMENT_DATA, check_floors

pytestmark = pytest.mark.integration
STATEMENT_FLOORS = {
    "en": {"precision": 0.90, "recall": 0.75},
    "fr": {"precision": 0.85, "recall": 0.65},
}
EVENT_FLOORS = {
    "en": {"precision": 0.95, "recall": 0.90, "strict_f1": 0.90},
    "fr": {"precision": 0.95, "recall": 0.85, "strict_f1": 0.90},
}


@pytest.mark.parametrize("lang", sorted(STATEMENT_FLOORS))
def test_blind3_statement_passages_stay_above_their_floors(lang):
    check_floors(STATEMENT_DATA / "blind3" / f"{lang}.jsonl", lang, STATEMENT_FLOORS[lang],
                 min_passages=50, min_negatives=8, error_limit=None)


@pytest.mark.parametrize("lang", sorted(EVENT_FLOORS))
def test_blind3_event_passages_stay_above_their_floors(lang):
    check_event_file(EVENT_DATA / "blind3" / f"{lang}.jsonl", EVENT_FLOORS[lang], min_passages=30, min_negatives=8)
