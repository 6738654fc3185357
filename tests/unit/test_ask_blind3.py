"""The third question suite written blind (tests/data/questions_blind3.tsv, by a helper session
that had not seen the reader; a tune3 part the reader was tuned on and a holdout3 part it never
was): no question is answered wrongly or more broadly than asked (a refusal is allowed and
counted), and each part keeps the accuracy reached (see tests/data/questions_blind_runs.txt)."""
from __future__ import annotations

import collections

import pytest

from tests.question_suite import BLIND, grade_all, load_blind_questions

BLIND3 = load_blind_questions(BLIND.with_name("questions_blind3.tsv"))
# right answers reached (README, "Questions in plain language"); refusals make up the rest
FLOOR = {"tune3": 68, "holdout3": 65}


@pytest.fixture(scope="module")
def grades() -> tuple[dict[str, collections.Counter], list[str]]:
    """Right / refused / wrong counts per part, and the wrong answers."""
    return grade_all(BLIND3)


def test_the_third_blind_suite_has_both_parts():
    assert {q.split for q in BLIND3} == {"tune3", "holdout3"}
    assert sum(q.split == "holdout3" for q in BLIND3) >= 40


def test_no_question_of_the_third_blind_suite_is_answered_wrongly(grades):
    assert grades[1] == []


@pytest.mark.parametrize("split", ["tune3", "holdout3"])
def test_the_third_blind_suite_s_accuracy_floor(grades, split):
    counts = grades[0][split]
    total = sum(counts.values())
    assert counts["right"] >= FLOOR[split], f"{split}: {counts['right']}/{total} right, {counts['refused']} refused"
