"""Statements, events and casualty figures on the fifth blind sets (tests/data/statements/blind5,
tests/data/events/blind5, tests/data/casualties/blind5; see tests/data/statements/blind5/README.md).

Written on 2026-12-06 (fourth session) by a helper who read no code, never ran `kg` and read no
other passage beyond a format line, and measured once on the rules of commit 381a026 (the output
of 295d9ca: that commit changed speed only) before any of that session's work was merged; no helper
who changed the rules saw them. They are the project's clean held-out measure: do not tune on them,
read their errors only to report kinds.

First run (381a026): statements en P 0.912 R 0.838, fr P 0.893 R 0.781; events en lenient P 1.0
R 0.812 strict F1 0.828, fr lenient P 1.0 R 1.0 strict F1 1.0, no negative passage with output;
casualty figures (number, kind and source) en P 0.917 R 0.478, fr P 0.500 R 0.211. Its error kinds
were named to the fifth session's helpers; after that session (2026-12-06): statements en P 0.941
R 0.865, fr P 0.966 R 0.875; events en strict F1 0.933, fr 1.0; figures en 0.917 / 0.478, fr 0.800 / 0.421.
The floors are
the latest run rounded down to 0.05: they catch a regression, they are no goal.
"""
from __future__ import annotations

import pytest

from tests.casualty_passages import DATA as CASUALTY_DATA, check_figure_floors
from tests.event_passages import DATA as EVENT_DATA, check_event_file
from tests.passages import DATA as STATEMENT_DATA, check_floors

pytestmark = pytest.mark.integration
STATEMENT_FLOORS = {
    "en": {"precision": 0.90, "recall": 0.85},
    "fr": {"precision": 0.95, "recall": 0.85},
}
EVENT_FLOORS = {
    "en": {"precision": 0.95, "recall": 0.85, "strict_f1": 0.90},
    "fr": {"precision": 0.95, "recall": 0.95, "strict_f1": 0.95},
}
FIGURE_FLOORS = {
    "en": {"precision": 0.90, "recall": 0.45},
    "fr": {"precision": 0.80, "recall": 0.40},
}


@pytest.mark.parametrize("lang", sorted(STATEMENT_FLOORS))
def test_blind5_statement_passages_stay_above_their_floors(lang):
    check_floors(STATEMENT_DATA / "blind5" / f"{lang}.jsonl", lang, STATEMENT_FLOORS[lang],
                 min_passages=30, min_negatives=6, error_limit=None)


@pytest.mark.parametrize("lang", sorted(EVENT_FLOORS))
def test_blind5_event_passages_stay_above_their_floors(lang):
    check_event_file(EVENT_DATA / "blind5" / f"{lang}.jsonl", EVENT_FLOORS[lang], min_passages=20, min_negatives=5)


@pytest.mark.parametrize("lang", sorted(FIGURE_FLOORS))
def test_blind5_casualty_figures_stay_above_their_floors(lang):
    check_figure_floors(CASUALTY_DATA / "blind5" / f"{lang}.jsonl", lang, FIGURE_FLOORS[lang], min_passages=15)
