"""Casualty figures measured on annotated passages (``tests/data/casualties``, see the
README there): number, kind and source, run through the real pipeline in-process
(``extract`` + ``link_article``). Figures print with ``pytest -s``; the thresholds sit at
what the system achieved when the test was written, so that the test fails when quality
regresses. Raise them when it improves."""
from __future__ import annotations

import pytest

from tests.casualty_passages import DATA, WEAPONS_DATA, evaluate, load_passages, predict
from tests.passages import check_passage_text

pytestmark = pytest.mark.integration

# Measured on 2026-12-06 (56 passages a language: the 33 first ones and 23 written on branch
# counts20 in other wordings; before that branch's fixes: en P 0.915 R 0.844, fr P 0.962
# R 0.781). The misses end to end are attacks the events stage does not place or read ("the
# village of Bilozerka near Kherson", "un hôtel de Kramatorsk", "une station-service de
# Mykolaïv" that the French parser cuts at the hyphen, "US air strikes on the port of
# Hodeidah") and speakers it does not resolve ("the city council", "Ukraine's general staff
# put the toll at about 40": no speech verb, so the figure is left out rather than given to
# the article; "Sept personnes, parmi lesquelles deux enfants, … a indiqué Vadym Liakh":
# no reported clause found). The extras are
# speakers resolved wrong upstream ("regional head Volodymyr Artemenko" as an unnamed head,
# "claimed the lives of" read as speech by "a missile strike").
THRESHOLDS = {
    # measured P 0.984 (63/64) R 0.926 (63/68) on branch localbodies (casgen: 62/63, R 0.912; was P 0.968 R 0.897)
    "en": {"precision": 0.96, "recall": 0.92},
    # measured P 1.000 (63/63) R 0.926 (63/68) on branch localbodies (casgen: R 0.912; was R 0.868)
    "fr": {"precision": 0.98, "recall": 0.92},
}
BOUND_AND_PLACE = 1.0  # on matched figures, the bound and the attack's place always agree (measured 61/61)
# except counts20-cas-fr-023: "Trois ouvriers blessés lors de l'attaque de vendredi étaient
# soignés dans un hôpital de Belgorod": the events stage makes "l'attaque" an attack on Belgorod
# (the hospital's town), and the figure goes to it (measured 59/60 fr, 61/61 en)
PLACE = {"en": 1.0, "fr": 0.98}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_casualty_passages(lang):
    passages = load_passages(DATA / f"{lang}.jsonl")
    for p in passages:
        check_passage_text(p, lang)
    assert sum(not p.figures for p in passages) >= 2  # negatives are part of the set
    result = evaluate(passages, predict(passages))
    print("\n" + result.report(f"{lang}.jsonl"))
    assert result.precision >= THRESHOLDS[lang]["precision"]
    assert result.recall >= THRESHOLDS[lang]["recall"]
    assert result.bound_ok / result.tp >= BOUND_AND_PLACE and result.place_ok / result.tp >= PLACE[lang]


# Weapons counted (tests/data/weapons; 24 passages a language, 12 of them written on branch
# counts20; before that branch's fixes: en R 0.821, fr R 0.667): the misses end to end are
# interceptions and launches the events stage records as no attack: the French parser cuts
# "60 drones | Shahed" into two sentences and hangs "une trentaine de roquettes sur Kiryat
# Shmona" on "a indiqué"; "avoir détruit dans la nuit 27 drones … au-dessus de la région de
# Briansk" finds no weapon that hits.
WEAPON_THRESHOLDS = {
    "en": {"precision": 0.95, "recall": 0.95},  # measured P 1.000 (28/28) R 1.000 (28/28)
    "fr": {"precision": 0.95, "recall": 0.77},  # measured P 1.000 (21/21) R 0.778 (21/27)
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_weapon_count_passages(lang):
    passages = load_passages(WEAPONS_DATA / f"{lang}.jsonl", "weapons")
    for p in passages:
        check_passage_text(p, lang)
    assert sum(not p.figures for p in passages) >= 3
    result = evaluate(passages, predict(passages, weapons=True))
    print("\n" + result.report(f"weapons/{lang}.jsonl"))
    assert result.precision >= WEAPON_THRESHOLDS[lang]["precision"]
    assert result.recall >= WEAPON_THRESHOLDS[lang]["recall"]
    assert result.bound_ok == result.tp and result.place_ok == result.tp
