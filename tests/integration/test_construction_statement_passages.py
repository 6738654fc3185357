"""Statement extraction on passages about constructions of reported speech
(tests/data/statements/constructions, see its README): the attribution that ends the
sentence ("…, the head of the district, X, said." / "…, a indiqué X."), the French verb with
a phrase before its speaker ("a écrit sur sa chaîne Telegram X"), participles ("saying",
"warning that", "estimant que", "ajoutant que"), two speech verbs in one sentence ("said …
but warned …", "a assuré … mais a prévenu …"), "Pour X, …", "selon lui" inside a clause,
live-blog lines, and negated speech. Run with ``pytest -s`` for the per-pattern table.
The floors are the measurement after the constructions work (2026-12-06: en P 1.000 R 0.917,
fr P 0.958 R 0.885; before it, on the first 29 passages: en P 0.857 R 0.750, fr P 0.800
R 0.471), rounded down to 0.05.
"""
from __future__ import annotations

import pytest

from tests.passages import DATA, check_passage_text, evaluate, format_errors, format_report, load_passages, predict

pytestmark = pytest.mark.integration
SET = DATA / "constructions"
FLOORS = {
    "en": {"precision": 0.95, "recall": 0.90},
    "fr": {"precision": 0.95, "recall": 0.85},
}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_construction_passages_stay_above_their_floors(lang):
    passages = load_passages(SET / f"{lang}.jsonl")
    assert len(passages) >= 12 and sum(p.negative for p in passages) >= 2
    for p in passages:
        check_passage_text(p, lang)
    rep = evaluate(passages, predict(passages), lang)
    print()
    print(format_report(rep))
    print(format_errors(rep, limit=40))
    floor = FLOORS[lang]
    assert rep.precision >= floor["precision"], f"{lang} precision {rep.precision:.3f} < {floor['precision']}"
    assert rep.recall >= floor["recall"], f"{lang} recall {rep.recall:.3f} < {floor['recall']}"
