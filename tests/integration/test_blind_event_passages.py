"""Attack-event extraction on passages written blind (tests/data/events/blind, see its README).

These passages were written for the events issue by someone who had not seen the rules or the
project's own passages, one case of unseen news per pattern tag (dates, French spellings and
villages, facilities, impact verbs, interception reports, two attacks in one sentence, rocket
artillery, background and threats that must yield nothing…). They measure how the rules carry
over to wordings nobody tuned for: run with ``pytest -s`` for the per-pattern table.

The floors are the first measurement (2026-12-06, before the day's events work: en lenient
P 0.927 R 0.551, strict F1 0.636; fr lenient P 0.976 R 0.603, strict F1 0.636) rounded down to
0.05; raise them as the rules improve. Raised after the events work of 2026-12-06 (en lenient
P 1.000 R 0.855, strict F1 0.891; fr P 1.000 R 0.868, strict F1 0.929). The helpers who wrote
those rules measured on these passages while working (they fixed kinds, not sentences, but
the set is no longer a clean held-out measure).
"""
from __future__ import annotations

import pytest

from tests.event_passages import CLASSES, DATA, check_event_floors, evaluate_file
from tests.passages import check_passage_text

pytestmark = pytest.mark.integration
BLIND = DATA / "blind"
FLOORS = {
    "en": {"precision": 0.95, "recall": 0.85, "strict_f1": 0.85},
    "fr": {"precision": 0.95, "recall": 0.85, "strict_f1": 0.90},
}
# Negative passages allowed to yield an event at most (first measurement: one per language;
# none after the events work of 2026-12-06).
MAX_NEGATIVES_WITH_OUTPUT = {"en": 0, "fr": 0}


@pytest.fixture(scope="module")
def results():
    out = {}
    for lang in FLOORS:
        rep, passages, _ = evaluate_file(BLIND / f"{lang}.jsonl")
        out[lang] = (passages, rep)
    return out


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_blind_event_passages_are_well_formed(lang, results):
    passages, _ = results[lang]
    assert len(passages) >= 80 and sum(p.negative for p in passages) >= 12
    assert len({p.id for p in passages}) == len(passages)
    for p in passages:
        check_passage_text(p, lang)
        for e in p.events:
            assert e.type in CLASSES and e.place and len(e.country) == 2, p.id
            assert e.date is None or e.date <= p.published, p.id


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_blind_event_passages_stay_above_their_floors(lang, results):
    _, rep = results[lang]
    check_event_floors(rep, FLOORS[lang], MAX_NEGATIVES_WITH_OUTPUT[lang])
