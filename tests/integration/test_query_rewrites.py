"""The named queries rewritten for store layout 2 give exactly what their previous text gave.

Each rewritten query (``queries/NAME.rq``) and its previous text (``bench/baseline/NAME_layout1.rq``,
kept for this test and ``bench/bench_queries.py``) run with the same parameters on a store
built from both development corpora (dev and dev2, 39 articles): the same columns, the same
rows (labels included), and the rows in the same order as far as the query's ORDER BY says.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import find_query
from kg.query.named import load_query
from kg.query.run import prepare
from kg.store import OxigraphStore
from tests.conftest import kg_cli

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
BASELINE = ROOT / "bench" / "baseline"
ID = "https://w3id.org/geokg/id/"


def _corpus(name: str) -> Path:
    """``shared/corpus/NAME`` beside the repository (a clone) or beside its parent (a worktree)."""
    for folder in (ROOT.parent, ROOT.parent.parent):
        if (folder / "shared" / "corpus" / name / "articles.jsonl").is_file():
            return folder / "shared" / "corpus" / name / "articles.jsonl"
    return ROOT.parent / "shared" / "corpus" / name / "articles.jsonl"


CORPORA = [_corpus("dev"), _corpus("dev2")]
# the columns of each query's ORDER BY (in its order): rows must come in the same sequence of these
ORDER = {
    "accusations": ("date", "article", "statement"),
    "co_statements": ("events", "statements", "speaker", "other"),
    "actor_statements": ("article", "statement"),
    "attributed_events": ("date", "event"),
    "sources_of_event": ("event", "published", "article", "start", "kind", "item"),
    "event_count": (),
}
CASES = [
    ("accusations", {}),
    ("accusations", {"against": "UA"}),
    ("accusations", {"against": "Ukraine"}),
    ("accusations", {"by": "RU"}),
    ("accusations", {"by": "UA", "against": "RU"}),
    ("accusations", {"against": ID + "org/ua-armed-forces"}),
    ("accusations", {"against": ID + "org/sd-rsf"}),
    ("accusations", {"by": "US"}),
    ("co_statements", {}),
    ("co_statements", {"actor": "RU"}),
    ("co_statements", {"actor": "UA"}),
    ("co_statements", {"actor": "US"}),
    ("co_statements", {"actor": "IL"}),
    ("actor_statements", {"actor": "RU"}),
    ("actor_statements", {"actor": "UA"}),
    ("actor_statements", {"actor": "State Department"}),
    ("actor_statements", {"actor": "IL"}),
    ("actor_statements", {"actor": "Kremlin"}),
    ("attributed_events", {"actor": "UA"}),
    ("attributed_events", {"actor": "RU"}),
    ("attributed_events", {"actor": "IL"}),
    ("attributed_events", {"actor": ID + "org/ua-armed-forces"}),
    ("attributed_events", {"actor": "Hezbollah"}),
    ("sources_of_event", {}),
    ("sources_of_event", {"place": "UA"}),
    ("sources_of_event", {"place": "RU", "type": "DroneStrike"}),
    ("sources_of_event", {"place": "IL", "type": "AirStrike"}),
    ("sources_of_event", {"place": "RU", "date": "2024-11-18"}),
    ("sources_of_event", {"event": ID + "event/945908a1889fccac"}),
    ("sources_of_event", {"event": ID + "event/7f3d6649858d8afe"}),
    ("event_count", {}),
    ("event_count", {"country": "UA"}),
    ("event_count", {"country": "RU", "type": "DroneStrike"}),
    ("event_count", {"country": "UA", "perpetrator": "RU"}),
    ("event_count", {"perpetrator": "UA"}),
    ("event_count", {"type": "Shelling"}),
    ("event_count", {"from": "2024-01-01"}),
    ("event_count", {"to": "2024-06-30"}),
    ("event_count", {"country": "UA", "from": "2023-06-01", "to": "2024-06-30"}),
    ("event_count", {"country": "RU", "from": "2024-11-18", "to": "2024-11-18"}),
]


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory):
    missing = [str(c) for c in CORPORA if not c.is_file()]
    if missing:
        pytest.skip(f"development corpora not found: {', '.join(missing)}")
    path = tmp_path_factory.mktemp("dev-dev2") / "store"
    kg_cli("build", *map(str, CORPORA), "--store", str(path), check=True)
    store = OxigraphStore(path, read_only=True)
    yield store
    store.close()


def rows_of(store: OxigraphStore, text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    names, rows = store.select(text)
    return names, [tuple(str(r[n]) if r[n] is not None else "" for n in names) for r in rows]


def case_id(name: str, params: dict) -> str:
    return name + "-" + ("-".join(f"{k}={v.rsplit('/', 1)[-1]}" for k, v in params.items()) or "all")


@pytest.mark.parametrize("name,params", CASES, ids=[case_id(n, p) for n, p in CASES])
def test_rewritten_query_gives_what_the_previous_text_gave(dev_store, name, params):
    old_names, old = rows_of(dev_store, prepare(load_query(BASELINE / f"{name}_layout1.rq"), params, dev_store))
    new_names, new = rows_of(dev_store, prepare(find_query(name), params, dev_store))
    assert new_names == old_names
    assert sorted(new) == sorted(old), (f"{name} {params}: only before {sorted(set(old) - set(new))[:3]}, "
                                        f"only after {sorted(set(new) - set(old))[:3]}")
    keys = [old_names.index(c) for c in ORDER[name]]
    assert [tuple(r[i] for i in keys) for r in new] == [tuple(r[i] for i in keys) for r in old]


def test_the_cases_have_answers(dev_store):
    """Most parameter sets must find something, or the equality above proves little."""
    empty = [(n, p) for n, p in CASES if not rows_of(dev_store, prepare(find_query(n), p, dev_store))[1]
             or (n == "event_count" and rows_of(dev_store, prepare(find_query(n), p, dev_store))[1][0][0] == "0")]
    assert len(empty) <= 4, empty
