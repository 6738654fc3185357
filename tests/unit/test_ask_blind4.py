"""The fourth question suite written blind (tests/data/questions_blind4.tsv, 60 questions by a
helper session that had not seen the reader, all in a holdout4 part nobody tunes on): no question
is answered wrongly or more broadly than asked (a refusal is allowed and counted), and the part
keeps the accuracy reached (first run 45/60 right on 3c2d6e8, 15 refused, 0 wrong; 52/60 after that
session's merges; see tests/data/questions_blind_runs.txt)."""
from __future__ import annotations

import collections

import pytest

from tests.question_suite import BLIND, grade_all, load_blind_questions

BLIND4 = load_blind_questions(BLIND.with_name("questions_blind4.tsv"))
FLOOR = 58  # right answers after session ask5 (2026-12-06; 52 after the earlier merges, first run: 45)


@pytest.fixture(scope="module")
def grades() -> tuple[dict[str, collections.Counter], list[str]]:
    return grade_all(BLIND4)


def test_the_fourth_blind_suite_is_one_held_out_part():
    assert {q.split for q in BLIND4} == {"holdout4"} and len(BLIND4) >= 60


def test_no_question_of_the_fourth_blind_suite_is_answered_wrongly(grades):
    assert grades[1] == []


def test_the_fourth_blind_suite_s_accuracy_floor(grades):
    counts = grades[0]["holdout4"]
    assert counts["right"] >= FLOOR, f"holdout4: {counts['right']}/{sum(counts.values())} right, {counts['refused']} refused"
