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

STATEMENT_FLOORS = {
    "en": {"precision": 0.0, "recall": 0.0},
    "fr": {"precision": 0.0, "recall": 0.0},
}
CASUALTY_FLOORS = {
    "en": {"precision": 0.0, "recall": 0.0},
    "fr": {"precision": 0.0, "recall": 0.0},
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
