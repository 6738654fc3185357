"""Attack-event extraction measured on annotated passages.

The passages (``tests/data/events/{en,fr}.jsonl``, see the README there) run through the
real pipeline in-process (``extract`` + ``link_article`` with the default linker). The
figures are printed per pattern (run with ``pytest -s``) and checked against thresholds
set a little below what the system achieved when the test was written, so that the test
fails when quality regresses. Raise the thresholds when the extractor improves.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.passages import check_passage_text
from tests.event_passages import (
    CLASSES,
    DATA,
    Actor,
    GoldEvent,
    PredictedEvent,
    check_event_floors,
    evaluate,
    load_passages,
    max_matching,
    norm,
    perpetrator_found,
    predict,
    strict_score,
)

pytestmark = pytest.mark.integration
LANGUAGES = ("en", "fr")

# Measured on 2026-11-26 when the passages were written, each threshold rounded down to the
# nearest 0.05 (strict F1 is lenient matching plus the same class and date). A measured
# value that is itself a multiple of 0.05 is its own threshold (fr recall and strict F1).
# First measurement, an hour earlier against an older kg/: fr R 0.688, strict F1 0.704.
THRESHOLDS = {  # measured on 2026-11-26 (first measurement when written: en P 0.923 R 0.774 strict 0.807)
    "en": {"precision": 0.95,  # measured 1.000 (27/27)
           "recall": 0.90,  # measured 0.871 (27/31); lenient F1 0.931; 2026-12-06 with 17 passages
                            # added (impact verbs, interceptions, weapon in the target, background openings,
                            # reports called false, generic clauses): 0.929 (52/56), 0.836 before the fixes
           "strict_f1": 0.95},  # measured 0.931; dates right on 27/27 pairs; 2026-12-02 with 16
                                # passages added: P 1.000 R 0.884 strict F1 0.938; 2026-12-06: 0.963 (0.796 before)
    "fr": {"precision": 0.95,  # measured 1.000 (29/29); 2026-12-02: 1.000 (38/38); 2026-12-06: 1.000 (50/50)
           "recall": 0.90,  # measured 0.906 (29/32); 2026-12-02, with 14 harder passages added
                            # (nights, rocket artillery, villages, facilities, impact verbs): 0.884 (38/43);
                            # 2026-12-06 with 16 added (same kinds as en): 0.909 (50/55)
           "strict_f1": 0.90},  # measured 0.852 (strict 26: P 0.897, R 0.812); 2026-12-02: 0.864;
                                # 2026-12-06: 0.914
}

# Negative passages that currently yield an event (the system's known failures; remove an
# entry when it is fixed — the xfail below is strict, so a fixed passage makes it fail).
KNOWN_NEGATIVE_FAILURES: dict[str, dict[str, str]] = {  # none left: ev-en-031 (denial) and ev-en-041
    "en": {},                                             # (conditional) were fixed on 2026-11-26
    "fr": {},
}


@pytest.fixture(scope="module")
def results():
    """Passages, predictions and report per language, computed once for the module."""
    out = {}
    for lang in LANGUAGES:
        passages = load_passages(DATA / f"{lang}.jsonl")
        preds = predict(passages)
        out[lang] = (passages, preds, evaluate(passages, preds, lang))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_passages_file_is_well_formed(lang):
    passages = load_passages(DATA / f"{lang}.jsonl")
    assert len(passages) >= 32
    assert sum(p.negative for p in passages) >= 8
    assert len({p.id for p in passages}) == len(passages)
    for p in passages:
        check_passage_text(p, lang)
        for e in p.events:
            assert e.type in CLASSES, p.id
            assert e.place and all(isinstance(n, str) and norm(n) for n in e.place), p.id
            assert len(e.country) == 2 and e.country.isupper(), p.id
            assert e.date is None or e.date <= p.published, p.id
            assert (e.perpetrator_status is None) == (not e.perpetrator), p.id
            assert e.perpetrator_status in (None, "fact", "alleged"), p.id
            assert e.pattern != "(none)", p.id


def test_matching_rules():
    """The matcher itself: names after normalisation, the country fallback, strict, one-to-one."""
    def gold(place, country, typ="DroneStrike", date="2024-05-01"):
        return GoldEvent(typ, place, country, dt.date.fromisoformat(date) if date else None, [], None, "x")

    def pred(names, country, typ="DroneStrike", date="2024-05-01"):
        return PredictedEvent("p", f"ev-{sorted(names)}", typ, "iri", set(names), "", country,
                              dt.date.fromisoformat(date) if date else None, None, "Asserted", [], [], "")

    g = [gold(["Zaporijia", "Zaporizhzhia"], "UA")]
    # accents, case and punctuation are dropped; a country-only match is a lenient match
    assert max_matching(g, [pred(["ZAPORÍJIA"], "UA")]) == {0: 0}
    assert max_matching(g, [pred(["Kyiv"], "UA")]) == {0: 0}
    assert max_matching(g, [pred(["Kursk"], "RU")]) == {}
    # strict also wants the class and the date (a null gold date wants no date)
    assert max_matching(g, [pred(["Zaporizhzhia"], "UA", typ="MissileStrike")], strict_score) == {}
    assert max_matching(g, [pred(["Zaporizhzhia"], "UA", date=None)], strict_score) == {}
    assert max_matching([gold(["Rafah"], "PS", date=None)], [pred(["Rafah"], "PS", date=None)], strict_score) == {0: 0}
    # a name match is preferred to a country-only match, and the matching is maximal
    g2 = [gold(["Kharkiv"], "UA"), gold(["Sumy"], "UA")]
    assert max_matching(g2, [pred(["Sumy"], "UA"), pred(["Kharkiv"], "UA")]) == {0: 1, 1: 0}
    assert len(max_matching(g2, [pred(["Kharkiv"], "UA"), pred(["Odesa"], "UA")])) == 2
    # perpetrators: by country code (of the node or of its organisation) or by name
    ge = GoldEvent("Shelling", ["X"], "UA", None, ["RU"], "fact", "x")
    army = Actor("iri", {"Russian Armed Forces"}, {"RU"})
    p = pred(["X"], "UA")
    p.perpetrators = [army]
    assert perpetrator_found(ge, p) == (True, True)
    p.perpetrators, p.alleged = [], [army]
    assert perpetrator_found(ge, p) == (False, True)
    assert Actor("i", {"Forces de soutien rapide"}, set()).matches(["Rapid Support Forces", "Forces de soutien rapide"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_event_precision_recall(lang, results):
    _, _, rep = results[lang]
    check_event_floors(rep, THRESHOLDS[lang])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_negative_passages_yield_no_event(lang, results):
    """Denials, threats, plans, policy talk, background, captions, teasers: nothing (apart
    from the known failures, tested below)."""
    _, _, rep = results[lang]
    assert rep.negatives >= 8
    given = {pid: [x.short() for x in preds] for pid, preds in rep.negatives_with_output.items()
             if pid not in KNOWN_NEGATIVE_FAILURES[lang]}
    assert given == {}


@pytest.mark.parametrize("pid,lang", [(pid, lang) for lang in LANGUAGES for pid in KNOWN_NEGATIVE_FAILURES[lang]])
def test_known_negative_failures(pid, lang, results):
    _, _, rep = results[lang]
    reason = KNOWN_NEGATIVE_FAILURES[lang][pid]
    if pid in rep.negatives_with_output:
        pytest.xfail(f"{pid}: {reason}; gives " + "; ".join(x.short() for x in rep.negatives_with_output[pid]))
    pytest.fail(f"{pid} now yields no event: remove it from KNOWN_NEGATIVE_FAILURES")
