"""Statements, events and casualty figures on the fourth blind sets (tests/data/statements/blind4,
tests/data/events/blind4, tests/data/casualties/blind4; see tests/data/statements/blind4/README.md).

Written on 2026-12-06 (third session) by a helper who read no code, never ran `kg` and read no
other passage beyond a format line, and measured once on the rules of commit 3c2d6e8 before any
of that session's work was merged; no helper who changed the rules saw them. They are the
project's clean held-out measure: do not tune on them, read their errors only to report kinds.

First run (3c2d6e8): statements en P 0.867 R 0.796, fr P 0.793 R 0.489; events en lenient
P 1.0 R 1.0 strict F1 1.0, fr lenient P 1.0 R 1.0 strict F1 0.941, no negative passage with
output; casualty figures (number, kind and source) en P 0.833 R 0.217, fr P 0.867 R 0.591.
After the session's merges (3d774f9): statements en P 0.911 R 0.837, fr P 0.867 R 0.553; events
unchanged; casualty figures en P 1.000 R 0.217, fr P 0.857 R 0.545 (one French figure fewer than
the first run). The floors are the latest run rounded down to 0.05: they catch a regression,
they are no goal.
"""
from __future__ import annotations

import pytest

from tests.casualty_passages import DATA as CASUALTY_DATA, check_figure_floors
from tests.event_passages import DATA as EVENT_DATA, check_event_file
from tests.passages import DATA as STATEMENT_DATA, check_floors

pytestmark = pytest.mark.integration
# After the fourth session's merges (frstmt, localbodies): en P 0.913 R 0.857, fr P 0.944 R 0.723
# (the fr precision floor the localbodies branch lowered alone to 0.84 is back above 0.85).
STATEMENT_FLOORS = {
    "en": {"precision": 0.90, "recall": 0.85},
    "fr": {"precision": 0.90, "recall": 0.70},
}
EVENT_FLOORS = {
    "en": {"precision": 0.95, "recall": 0.95, "strict_f1": 0.95},
    "fr": {"precision": 0.95, "recall": 0.95, "strict_f1": 0.90},
}
FIGURE_FLOORS = {
    # en recall 0.217 -> 0.435 (5 -> 10 of 23) with local bodies as actors (branch localbodies), P 1.000
    "en": {"precision": 0.95, "recall": 0.50},
    "fr": {"precision": 0.95, "recall": 0.50},
}


@pytest.mark.parametrize("lang", sorted(STATEMENT_FLOORS))
def test_blind4_statement_passages_stay_above_their_floors(lang):
    check_floors(STATEMENT_DATA / "blind4" / f"{lang}.jsonl", lang, STATEMENT_FLOORS[lang],
                 min_passages=30, min_negatives=6, error_limit=None)


@pytest.mark.parametrize("lang", sorted(EVENT_FLOORS))
def test_blind4_event_passages_stay_above_their_floors(lang):
    check_event_file(EVENT_DATA / "blind4" / f"{lang}.jsonl", EVENT_FLOORS[lang], min_passages=20, min_negatives=5)


@pytest.mark.parametrize("lang", sorted(FIGURE_FLOORS))
def test_blind4_casualty_figures_stay_above_their_floors(lang):
    check_figure_floors(CASUALTY_DATA / "blind4" / f"{lang}.jsonl", lang, FIGURE_FLOORS[lang], min_passages=12)
