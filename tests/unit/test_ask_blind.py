"""The question suite written blind (tests/data/questions_blind.tsv: by someone who had not seen
the reader, with a tune part the reader was tuned on and a holdout part it never was): no
question is answered wrongly or more broadly than asked (a refusal is allowed and counted),
and each part keeps the accuracy reached (see tests/data/questions_blind_runs.txt)."""
from __future__ import annotations

import collections

import pytest

from tests.question_suite import grade_all, load_blind_questions

BLIND = load_blind_questions()
# right answers reached (README, "Questions in plain language"); refusals make up the rest
FLOOR = {"tune": 130, "holdout": 74}


@pytest.fixture(scope="module")
def grades() -> tuple[dict[str, collections.Counter], list[str]]:
    """Right / refused / wrong counts per part, and the wrong answers."""
    return grade_all(BLIND)


def test_the_blind_suite_has_both_parts_in_both_languages():
    assert len(BLIND) >= 160
    assert {q.split for q in BLIND} == {"tune", "holdout"}
    assert sum(q.split == "holdout" for q in BLIND) >= 40


def test_no_blind_question_is_answered_wrongly(grades):
    assert grades[1] == []


@pytest.mark.parametrize("split", ["tune", "holdout"])
def test_the_blind_accuracy_floor(grades, split):
    counts = grades[0][split]
    total = sum(counts.values())
    assert counts["right"] >= FLOOR[split], f"{split}: {counts['right']}/{total} right, {counts['refused']} refused"
