"""Events and statements on passages written for the kinds of error read on held-out news (ev6).

``tests/data/events/ev6/{en,fr}.jsonl`` (format of ``tests/data/events/README.md``; written by
``tests/data/events/ev6/make.py``): A the instrument is the subject ("Israeli warplanes carried
out strikes on", "des avions de combat israéliens ont mené des raids"); B the agent in a
participle or a relative ("shells fired by X fell on", "attributed to X", "which officials blamed
on X", "a drone the ministry said was launched by Y", "selon des sources qui accusent X"); C
ground assaults by armed men ("stormed", "raided", "ont pris d'assaut"; police and protesters as
negatives); D two attacks in one sentence with their own day, place and class.

``tests/data/statements/ev6/{en,fr}.jsonl`` (format of ``tests/data/statements/README.md``;
``make.py`` there): E local bodies named with a preposition or a place complement ("police in the
Kharkiv region", "Kharkiv regional police", "la police de la région de Kharkiv": one node); F
"dismissed as", "a qualifiée de « … »" in a relative, "reported new damage to", "the ministry
added"; G witnesses by first name and age, inverted speakers with a rank; H anonymous sources of
a state ("une source sécuritaire malienne") and state media relaying a source.

Run with ``pytest -s`` for the per-pattern tables. Floors: the figures measured after the ev6
work (2026-12-06); before it (main at 9b916c1) see the comments.
"""
from __future__ import annotations

import pytest

from tests.event_passages import DATA as EVENT_DATA
from tests.event_passages import check_event_floors, evaluate_file
from tests.passages import DATA as STATEMENT_DATA
from tests.passages import check_floors

pytestmark = pytest.mark.integration

# Events (37 passages a language, 5 negative; the second half written after the first fixes).
# Before (main at 9b916c1): en lenient P 1.000 R 0.838, strict F1 0.882, perpetrators with their
# annotated status 11/21; fr P 1.000 R 0.811, strict F1 0.896, 9/19 (no event for "ont mené dimanche
# des raids", "une série de frappes", "attribuée à", "ont pris d'assaut", "stormed", "raided").
# After: en P 1.000 R 0.973, strict F1 0.986, 23/23; fr P 1.000 R 0.946, strict F1 0.972, 21/22 (left:
# "an explosion … was blamed on a Russian missile", no trigger; "Le bombardement samedi de la gare
# routière de Horlivka, que …", a parse with "imputé" as the root; "à Ielets", no entity).
EVENT_FLOORS = {
    "en": {"precision": 1.0, "recall": 0.97, "strict_f1": 0.98, "perpetrators": 23},
    "fr": {"precision": 1.0, "recall": 0.94, "strict_f1": 0.97, "perpetrators": 21},
}
# Statements (26 passages a language, 3 negative). Before (9b916c1): en P 1.000 R 0.750, fr P 0.857
# R 0.643 (wrong speakers: "Sana" for a source it relays, "Kamal Adwan" for the hospital named after
# him). After: en and fr P 1.000 R 1.000.
STATEMENT_FLOORS = {
    "en": {"precision": 1.0, "recall": 0.96},
    "fr": {"precision": 1.0, "recall": 0.96},
}


@pytest.mark.parametrize("lang", sorted(EVENT_FLOORS))
def test_ev6_event_passages(lang):
    rep, passages, _ = evaluate_file(EVENT_DATA / "ev6" / f"{lang}.jsonl")
    assert len(passages) >= 20 and sum(p.negative for p in passages) >= 4
    floor = EVENT_FLOORS[lang]
    check_event_floors(rep, floor, max_negatives_with_output=0)
    assert rep.perp_status_ok >= floor["perpetrators"], f"{lang} perpetrators {rep.perp_status_ok}/{rep.perp_gold}"


@pytest.mark.parametrize("lang", sorted(STATEMENT_FLOORS))
def test_ev6_statement_passages(lang):
    check_floors(STATEMENT_DATA / "ev6" / f"{lang}.jsonl", lang, STATEMENT_FLOORS[lang], min_passages=15,
                 min_negatives=2)
