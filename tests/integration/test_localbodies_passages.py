"""Local bodies as speakers and as sources of casualty figures, measured on annotated
passages (``tests/data/statements/localbodies`` and ``tests/data/casualties/localbodies``,
see their READMEs): "the Mykolaiv city council", "l'administration militaire de la ville de
Kherson", "the regional prosecutor's office" after the one region the article is about,
"la salle d'intervention d'urgence de Koutoum", and negatives (a bare body whose place is
ambiguous, a place name alone, a council as a room). Figures print with ``pytest -s``; the
floors sit at the measure when the test was written."""
from __future__ import annotations

import pytest

from tests import casualty_passages as cas
from tests.passages import DATA, check_floors, check_passage_text

pytestmark = pytest.mark.integration

# Measured on 2026-12-06 before the local bodies (main 295d9ca; 18 statement passages and 11
# figure passages a language): statements en P 0.818 R 0.643 (9/14), fr P 0.636 R 0.500
# (7/14: "les autorités régionales de Koursk" was the town's administration, "the health
# ministry in Hamas-run Gaza" an organisation called Gaza, "le ministère de la Santé des
# rebelles houthis" the group, a bare "mairie de la ville" after two towns the last one);
# figures en P 1.000 R 0.700 (7/10), fr P 0.875 R 0.700. After (branch localbodies):
# statements en P 1.000 R 1.000, fr P 1.000 R 0.929 (13/14: "a fait savoir" is no cue the
# statements stage reads); figures en and fr P 1.000 R 0.900 (9/10): the misses are attacks the
# events stage does not place ("Russian shelling of Kherson … according to the Kherson city
# military administration", "Nousseirat").
STATEMENT_FLOORS = {
    "en": {"precision": 0.95, "recall": 0.95},
    "fr": {"precision": 0.95, "recall": 0.90},
}
CASUALTY_FLOORS = {
    "en": {"precision": 0.95, "recall": 0.90},
    "fr": {"precision": 0.95, "recall": 0.90},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_localbodies_statement_passages(lang):
    check_floors(DATA / "localbodies" / f"{lang}.jsonl", lang, STATEMENT_FLOORS[lang], min_passages=12, min_negatives=3)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_localbodies_casualty_passages(lang):
    passages = cas.load_passages(cas.DATA / "localbodies" / f"{lang}.jsonl")
    for p in passages:
        check_passage_text(p, lang)
    assert sum(not p.figures for p in passages) >= 2
    result = cas.evaluate(passages, cas.predict(passages))
    print("\n" + result.report(f"casualties/localbodies/{lang}.jsonl"))
    assert result.precision >= CASUALTY_FLOORS[lang]["precision"]
    assert result.recall >= CASUALTY_FLOORS[lang]["recall"]
