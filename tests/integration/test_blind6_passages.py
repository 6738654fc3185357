"""Statements, events and casualty figures on the sixth blind sets (tests/data/statements/blind6,
tests/data/events/blind6, tests/data/casualties/blind6; see tests/data/statements/blind6/README.md).

Written on 2026-12-06 (fifth session) by a helper who read no code, never ran `kg`, read no other
passage beyond a format line and did not see the fifth set, and measured once on the rules of
commit 31946a4 (= 9b916c1's output: that commit changed the event merge only) before any of that
session's work was merged. The lead then read their errors to name kinds of error to helpers
(who never opened them), as for the fourth and fifth sets: the first run is the clean measure.

First run (31946a4): statements en P 0.714 R 0.492, fr P 0.842 R 0.640; events en lenient P 0.882
R 0.750 strict F1 0.649, fr lenient P 0.867 R 0.765 strict F1 0.812, two negative passages with
output in each language; casualty figures (number, kind and source) en P 0.769 R 0.345, fr P 1.000
R 0.357. After the session's merges (kinds named to helpers from blind5 and, for wrong speakers and
non-events, from this set's errors; see the README): statements en P 0.878 R 0.590, fr P 0.872
R 0.680; events en lenient P 1.0 R 0.750 strict F1 0.686, fr P 1.0 R 0.765 strict F1 0.867, no negative
passage with output; casualty figures unchanged. The floors are the latest run rounded down to 0.05:
they catch a regression, they are no goal.
"""
from __future__ import annotations

import pytest

from tests.casualty_passages import DATA as CASUALTY_DATA, check_figure_floors
from tests.event_passages import DATA as EVENT_DATA, check_event_file
from tests.passages import DATA as STATEMENT_DATA, check_floors

pytestmark = pytest.mark.integration
STATEMENT_FLOORS = {
    "en": {"precision": 0.85, "recall": 0.55},
    "fr": {"precision": 0.85, "recall": 0.65},
}
EVENT_FLOORS = {
    "en": {"precision": 0.95, "recall": 0.75, "strict_f1": 0.65},
    "fr": {"precision": 0.95, "recall": 0.75, "strict_f1": 0.85},
}
NEGATIVES_WITH_OUTPUT = {"en": 0, "fr": 0}  # 2 and 2 at the first run: claims then denied, an attack ruled out, a caption
FIGURE_FLOORS = {
    "en": {"precision": 0.75, "recall": 0.30},
    "fr": {"precision": 0.95, "recall": 0.35},
}


@pytest.mark.parametrize("lang", sorted(STATEMENT_FLOORS))
def test_blind6_statement_passages_stay_above_their_floors(lang):
    check_floors(STATEMENT_DATA / "blind6" / f"{lang}.jsonl", lang, STATEMENT_FLOORS[lang],
                 min_passages=30, min_negatives=7, error_limit=None)


@pytest.mark.parametrize("lang", sorted(EVENT_FLOORS))
def test_blind6_event_passages_stay_above_their_floors(lang):
    check_event_file(EVENT_DATA / "blind6" / f"{lang}.jsonl", EVENT_FLOORS[lang], min_passages=20, min_negatives=6,
                     max_negatives_with_output=NEGATIVES_WITH_OUTPUT[lang])


@pytest.mark.parametrize("lang", sorted(FIGURE_FLOORS))
def test_blind6_casualty_figures_stay_above_their_floors(lang):
    check_figure_floors(CASUALTY_DATA / "blind6" / f"{lang}.jsonl", lang, FIGURE_FLOORS[lang], min_passages=15)
