"""The named queries' cost grows with their answer, not with the store.

A small run of ``bench/bench_query.py`` and ``bench/bench_queries.py``: the test articles'
graphs are copied under fresh article keys into a base store, then a grown store adds many
copies of articles about other places (``tests/data/growth_other_places.jsonl``, invented:
Sudan and Lebanon, nothing located in or member of Russia or Ukraine; about 8 times the
quads). Every case asks about Russia or Ukraine, so its answer must stay the same, and the
time must not grow like the store: the time ratio (best of several runs) must stay under
``MAX_RATIO`` (4) while the store grows ``≈ 8×``, a generous margin for a shared machine (a
query that reads every event or statement of the store, as ``who_said_what`` did when its
label subquery made it quadratic, shows ≥ 5×; the previous ``accusations`` text 6–7×).
"""
from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query import find_query
from kg.query.run import prepare
from kg.store import OxigraphStore
from kg.store.layout import is_article_graph
from tests.conftest import DATA, kg_cli

pytestmark = pytest.mark.integration

BASE_COPIES = 30
GROWN_COPIES = 480  # of the articles about other places
MAX_RATIO = 4.0
FLOOR = 2e-3  # seconds: a base time below this counts as this (timer noise on a loaded machine)
OTHER_PLACES = DATA / "growth_other_places.jsonl"
ANCHORS = ("https://w3id.org/geokg/id/country/RU", "https://w3id.org/geokg/id/country/UA")
QUERIES = [
    ("who_said_what", {"country": "RU"}),
    ("event_timeline", {"country": "RU"}),
    ("accusations", {"against": "UA"}),
    ("accusations", {"by": "RU"}),
    ("co_statements", {"actor": "UA"}),
    ("actor_statements", {"actor": "RU"}),
    ("attributed_events", {"actor": "RU"}),
    ("attributed_events", {"actor": "UA"}),
    ("sources_of_event", {"place": "UA"}),
    ("event_count", {"country": "UA"}),
    ("event_count", {"country": "RU", "perpetrator": "UA"}),
]


def article_quads(store: Path) -> tuple[dict[str, list[ox.Quad]], list[ox.Quad]]:
    """The quads of each article graph, and those of the other graphs (shared, ontology)."""
    st = ox.Store.read_only(str(store))
    graphs: dict[str, list[ox.Quad]] = defaultdict(list)
    rest = []
    for q in st:
        if isinstance(q.graph_name, ox.NamedNode) and is_article_graph(q.graph_name.value):
            graphs[q.graph_name.value].append(q)
        else:
            rest.append(q)
    return graphs, rest


def copy_of(graph: str, quads: list[ox.Quad], tag: str) -> list[ox.Quad]:
    """The graph under a fresh article key (article, graph, statement, mention and scoped
    person IRIs renamed; shared nodes and events kept)."""
    key = graph.rsplit("/", 1)[-1]

    def fresh(t):
        return ox.NamedNode(t.value.replace(key, key + tag)) if isinstance(t, ox.NamedNode) and key in t.value else t
    return [ox.Quad(fresh(q.subject), q.predicate, fresh(q.object), fresh(q.graph_name)) for q in quads]


def timed(store: OxigraphStore, name: str, params: dict, rounds: int = 3) -> tuple[float, list]:
    text = prepare(find_query(name), params, store)
    best, rows = float("inf"), []
    for _ in range(rounds):
        t0 = time.perf_counter()
        names, got = store.select(text)
        best = min(best, time.perf_counter() - t0)
        rows = sorted(tuple(str(r[n]) for n in names) for r in got)
    return best, rows


@pytest.fixture(scope="module")
def stores(built_store, tmp_path_factory):
    graphs, rest = article_quads(built_store)
    base_dir = tmp_path_factory.mktemp("growth")
    kg_cli("build", str(OTHER_PLACES), "--store", str(base_dir / "other"), check=True)
    others, other_rest = article_quads(base_dir / "other")
    base = ox.Store(str(base_dir / "base"))
    base.extend(rest)
    base.extend(other_rest)  # the other places' shared descriptions, in both stores
    for c in range(BASE_COPIES):
        base.extend([q for g, quads in graphs.items() for q in copy_of(g, quads, f"c{c}")])
    near = {r["n"].value for r in base.query(
        "PREFIX gev: <https://w3id.org/geokg/ontology#> SELECT DISTINCT ?n WHERE "
        f"{{ VALUES ?a {{ {' '.join(f'<{a}>' for a in ANCHORS)} }} ?n (gev:locatedIn|gev:memberOf)* ?a }}",
        use_default_graph_as_union=True)}
    named = {t.value for qs in others.values() for q in qs for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    assert others and not named & near, f"the articles about other places name {sorted(named & near)[:3]}"
    base.flush()
    del base
    # the grown store: the base plus many copies of the articles about other places
    import shutil
    shutil.copytree(base_dir / "base", base_dir / "grown")
    grown = ox.Store(str(base_dir / "grown"))
    for c in range(GROWN_COPIES):
        grown.extend([q for g, quads in others.items() for q in copy_of(g, quads, f"g{c}")])
    grown.flush()
    del grown
    b, g = OxigraphStore(base_dir / "base", read_only=True), OxigraphStore(base_dir / "grown", read_only=True)
    yield b, g
    b.close()
    g.close()


@pytest.mark.parametrize("name,params", QUERIES)
def test_query_cost_follows_the_answer_not_the_store(stores, name, params):
    base, grown = stores
    size = grown.count() / base.count()
    assert size > 5
    base_time, base_rows = timed(base, name, params)
    grown_time, grown_rows = timed(grown, name, params)
    assert base_rows and grown_rows == base_rows
    assert name != "event_count" or base_rows[0][0] != "0", f"{name} {params} counts nothing in the test articles"
    ratio = grown_time / max(base_time, FLOOR)
    print(f"\n{name} {params}: {len(base_rows)} rows; store {size:.1f}x; time {base_time:.3f} s -> {grown_time:.3f} s ({ratio:.2f}x)")
    assert ratio < MAX_RATIO, f"{name}: {ratio:.1f}x the time on {size:.1f}x the store for the same {len(base_rows)} rows"
