"""Casualty figures of the kinds the fifth held-out set missed, measured on our own passages
(``tests/data/casualties/cas6``, written by branch cas6 in its own wordings; see
``make.py`` there): toll updates ("up from 21", "contre 12 la veille"), ranges, hospitals,
local bodies, armed groups and ministries as reporters, noun complements ("reported four
dead", "a fait état de … et de 18 blessés", "announced the death of"), quotations with
their parts, zeros and singletons, hedged upper bounds, "received 43 wounded", and
organisations whose name holds a nationality adjective or UN bodies by their long and short
names. Figures print with ``pytest -s``; the floors sit at the measure when the test was
written."""
from __future__ import annotations

import pytest

from tests import casualty_passages as cas
from tests.passages import check_passage_text

pytestmark = pytest.mark.integration

# Measured on 2026-12-06 (52 passages a language, 6 negative each). Before branch cas6 (main
# 9b916c1): en P 0.953 R 0.695 (41/59), fr P 0.881 R 0.627 (37/59). After: en and fr P 1.000
# R 1.000 (59/59). The French statements stage needed three readings of parses it missed: "le
# gouverneur régional Oleh | Martchouk" with the title as the object of "a annoncé", a day
# ("dimanche") hung on the verb taken for its subject, and "a fait | savoir" with the particle
# as the head. Passages 028-042 (written after the first fixes) measured en 45/48 and fr 37/48
# before the fixes they led to; passages 043-052 (after the second) en 58/59 and fr 58/59 with
# one extra ("un bus …, blessant entre 20 et 25 passagers": the bus counted as injured).
FLOORS = {
    "en": {"precision": 0.97, "recall": 0.95},
    "fr": {"precision": 0.97, "recall": 0.95},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cas6_casualty_passages(lang):
    passages = cas.load_passages(cas.DATA / "cas6" / f"{lang}.jsonl")
    for p in passages:
        check_passage_text(p, lang)
    assert len(passages) >= 50 and sum(not p.figures for p in passages) >= 6
    result = cas.evaluate(passages, cas.predict(passages))
    print("\n" + result.report(f"casualties/cas6/{lang}.jsonl"))
    assert result.precision >= FLOORS[lang]["precision"]
    assert result.recall >= FLOORS[lang]["recall"]
    assert result.bound_ok == result.tp and result.place_ok == result.tp
