"""Casualty figures on the tune5 set (``tests/data/casualties/tune5``, see its README):
30 passages a language written blind, in varied wire style, by a helper who read no code.
Unlike blind4 this set is open for tuning: its errors were read by kind (branch casgen) to
make the rules general beyond their first author's wordings. Figures print with
``pytest -s``; the floors sit at the measure when the test was written."""
from __future__ import annotations

import pytest

from tests.casualty_passages import DATA, evaluate, load_passages, predict
from tests.passages import check_passage_text

pytestmark = pytest.mark.integration

# Before branch casgen's fixes (main c5919e8): en P 0.950 R 0.442 (19/43), fr P 0.905 R 0.442
# (19/43). Most misses are upstream of the casualty finders: attacks the events stage does
# not find or place ("Fighting near Sake", "Israeli fire near an aid distribution point in
# Rafah", "US air strikes on the Sanaa district of Bani Hushaish", "une voiture piégée a
# explosé"), speakers that resolve to no actor ("the regional prosecutor's office", "the city
# military administration", "residents", "le département régional de la santé") or that the
# statements stage does not read ("a déclaré samedi le maire par intérim, Oleh
# Danyltchenko", "Un groupe de bénévoles locaux affirme que"): a figure needs both.
# Branch localbodies (local bodies as actors, kg.link.local_bodies): en R 0.512 -> 0.581, fr
# R 0.535 -> 0.581, precision unchanged ("the regional prosecutor's office" after Kupiansk is
# the Kharkiv region's; "the city military administration" after Kyiv is Kyiv's).
THRESHOLDS = {
    "en": {"precision": 0.95, "recall": 0.53},  # measured P 1.000 (25/25) R 0.581 (25/43); st6 (2026-12-06):
    # R 0.535 (23/43): "a local resistance official said" (no body: an "official" is no actor) and
    # "The army said …" in a Sudan story before any speaker or actor (the places never resolve a bare
    # army) give no source, so their figures are left out, as the st6 brief requires
    "fr": {"precision": 0.95, "recall": 0.58},  # measured P 1.000 (25/25) R 0.581 (25/43)
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_tune5_casualty_passages(lang):
    passages = load_passages(DATA / "tune5" / f"{lang}.jsonl")
    for p in passages:
        check_passage_text(p, lang)
    result = evaluate(passages, predict(passages))
    print("\n" + result.report(f"tune5/{lang}.jsonl"))
    missed = ", ".join(f"{k} {v}" for k, v in sorted(result.missed_by_pattern.items()))
    found = ", ".join(f"{k} {v}" for k, v in sorted(result.by_pattern.items()))
    print(f"  found by pattern: {found}\n  missed by pattern: {missed}")
    assert result.precision >= THRESHOLDS[lang]["precision"]
    assert result.recall >= THRESHOLDS[lang]["recall"]
