"""Statement extraction on passages written blind (tests/data/statements/blind, see its README).

These passages were written for the statements issue by someone who had not seen the rules,
one case of unseen news per pattern tag (titles with names, organisations no table holds,
participles, pronouns after non-speech verbs, addressees, sub-bodies, two statements in one
sentence, negated speech…). They measure how the rules carry over to wordings nobody tuned
for: run with ``pytest -s`` for the per-pattern table. The floors are the first measurement
(2026-12-02, before the statements work: en P 0.753 R 0.573, fr P 0.596 R 0.304) rounded
down to 0.05; raise them as the rules improve (fr raised after the first statements fixes:
P 0.660 R 0.380; both after the constructions work of 2026-12-06: en P 0.822 R 0.625, fr
P 0.786 R 0.478; with the speaker-resolution rules merged: en P 0.923 R 0.750, fr P 0.937
R 0.641).
"""
from __future__ import annotations

import pytest

from tests.passages import DATA, check_floors

pytestmark = pytest.mark.integration
BLIND = DATA / "blind"
FLOORS = {
    "en": {"precision": 0.90, "recall": 0.75},
    "fr": {"precision": 0.90, "recall": 0.60},
}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_blind_passages_stay_above_their_floors(lang):
    check_floors(BLIND / f"{lang}.jsonl", lang, FLOORS[lang], min_passages=60, min_negatives=8, error_limit=40)
