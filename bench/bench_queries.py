"""The named queries rewritten for store layout 2 against their previous text, on two store
sizes with the same answer: does each one's cost follow its answer or the store?

The article graphs of ``--articles`` generated articles (through the real pipeline) are
copied ``--copies`` times under fresh article keys into a layout-2 store (``kg.store.batches``,
as ``kg build`` writes it): the base store. The grown store adds copies of the articles
about other places — those that name no node located in or member of Russia or Ukraine
(``ANCHORS``), e.g. the Middle-East articles — until it holds ``--grow`` times the base
store's quads: every case below asks about Russia or Ukraine, so its answer must not change.

For each case the current query (``queries/NAME.rq``) and the previous one
(``bench/baseline/NAME_layout1.rq``) run on both stores in the same run (best of
``--rounds``); both must give the same rows on each store, and each store the same rows.
The figures: each query's time on the base and the grown store, the growth ratio, and the
speed-up of the new text over the old on the grown store. Each query runs in a child
process given ``--timeout`` seconds: an old text that does not finish is shown as ``>T``
(its ratios are then bounds).

    python bench/bench_queries.py [--articles 100] [--copies 5] [--grow 8] [--rounds 3] [--timeout 120] [--only NAME]
"""
from __future__ import annotations

import argparse
import multiprocessing
import shutil
import tempfile
import time
from pathlib import Path

from common import ROOT, article_graphs, replicate, timed

BASELINE = ROOT / "bench" / "baseline"
ANCHORS = ("https://w3id.org/geokg/id/country/RU", "https://w3id.org/geokg/id/country/UA")
# (query, parameters): each asks about Russia or Ukraine, so articles about other places do not change it
CASES = [
    ("accusations", {"against": "UA"}),
    ("accusations", {"by": "RU"}),
    ("co_statements", {"actor": "RU"}),
    ("actor_statements", {"actor": "RU"}),
    ("attributed_events", {"actor": "UA"}),
    ("attributed_events", {"actor": "RU"}),
    ("sources_of_event", {"place": "Kharkiv", "type": "DroneStrike"}),
    ("event_count", {"country": "UA"}),
    ("event_count", {"country": "RU", "type": "DroneStrike", "perpetrator": "UA"}),
]


def reaching(store) -> set[str]:
    """Every node located in or member of an anchor (the anchors included)."""
    values = " ".join(f"<{a}>" for a in ANCHORS)
    _, rows = store.select("PREFIX gev: <https://w3id.org/geokg/ontology#>\nSELECT DISTINCT ?n WHERE { "
                           f"VALUES ?a {{ {values} }} ?n (gev:locatedIn|gev:memberOf)* ?a }}")
    return {str(r["n"]) for r in rows}


def other_graphs(base: list, store) -> list:
    """The base article graphs that name no node of Russia or Ukraine (nor the countries):
    copies of them grow the store without changing any case's answer."""
    near = reaching(store)
    return [(iri, t) for iri, t in base
            if not any(str(x) in near for s, _p, o in t for x in (s, o))
            and not any(str(x) in near for s, _p, o in getattr(t, "shared", ()) for x in (s, o))]


def _child(path: str, text: str, rounds: int, conn) -> None:
    from kg.store import OxigraphStore

    store = OxigraphStore(path, read_only=True)
    first = timed(store, text, 1)
    # a fresh process starts with cold caches: a quick query's first run is not counted
    conn.send(first if first[0] > 1.0 or rounds == 1 else timed(store, text, rounds))
    store.close()


def timed_apart(path: Path, text: str, rounds: int, timeout: float) -> tuple[float, list | None]:
    """``timed`` in a child process on the store at ``path``; (timeout, None) if it does not finish."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(str(path), text, rounds, child))
    proc.start()
    if parent.poll(timeout):
        result = parent.recv()
        proc.join()
        return result
    proc.kill()
    proc.join()
    return timeout, None


def run_cases(path: Path, cases: list, rounds: int, timeout: float) -> dict:
    """(name, params) -> {"old"|"new": (seconds, rows or None)} on the store at ``path``."""
    from kg.query import find_query
    from kg.query.named import load_query
    from kg.query.run import prepare
    from kg.store import OxigraphStore

    store = OxigraphStore(path, read_only=True)
    texts = {}
    for name, params in cases:
        texts[(name, tuple(sorted(params.items())))] = {
            "old": prepare(load_query(BASELINE / f"{name}_layout1.rq"), params, store),
            "new": prepare(find_query(name), params, store)}
    store.close()
    return {key: {k: timed_apart(path, t, rounds, timeout) for k, t in pair.items()} for key, pair in texts.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--grow", type=float, default=8.0, help="the grown store's size, in base stores")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each query (best kept)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds a query (all its rounds) may take")
    ap.add_argument("--only", action="append", help="only this query (repeatable)")
    a = ap.parse_args()

    from kg.rdf.ontology import ensure_ontology
    from kg.store import OxigraphStore
    from kg.store.batches import GraphBatcher
    from kg.store.layout import ensure_layout

    cases = [c for c in CASES if not a.only or c[0] in a.only]
    base = article_graphs(a.articles)
    tmp = Path(tempfile.mkdtemp(prefix="bench-queries-"))
    try:
        store = OxigraphStore(tmp / "store")
        ensure_layout(store)
        ensure_ontology(store)
        batcher = GraphBatcher(store, max_graphs=256, max_triples=10 ** 9)
        for iri, triples in replicate(base, a.copies):
            batcher.add(iri, triples)
        batcher.flush()
        base_n = store.count()
        others = other_graphs(base, store)
        store.close()
        t0 = time.perf_counter()
        small = run_cases(tmp / "store", cases, a.rounds, a.timeout)
        small_t = time.perf_counter() - t0

        store = OxigraphStore(tmp / "store")
        batcher = GraphBatcher(store, max_graphs=256, max_triples=10 ** 9)
        extra, rounds = 0, 0
        while store.count() < a.grow * base_n and others:
            for iri, triples in replicate(others, 1, start=rounds, tag="g"):
                batcher.add(iri, triples)
                extra += 1
            batcher.flush()
            rounds += 1
        grown_n = store.count()
        store.close()
        t0 = time.perf_counter()
        large = run_cases(tmp / "store", cases, a.rounds, a.timeout)
        large_t = time.perf_counter() - t0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"base: {len(base) * a.copies} articles ({len(base)} generated x {a.copies}), {base_n} quads; "
          f"grown: +{extra} copies of the {len(others)} articles about other places, {grown_n} quads "
          f"({grown_n / base_n:.1f}x); queries {small_t:.0f} s + {large_t:.0f} s")
    print(f"{'query':<58} {'rows':>5} {'old base':>9} {'old grown':>9} {'old x':>6} {'new base':>9} {'new grown':>9} "
          f"{'new x':>6} {'old/new':>8}")
    bad = 0

    def secs(t: float, rows) -> str:
        return f"{t:.3f}" if rows is not None else f">{t:.0f}"
    for key in small:
        name, params = key
        label = name + " " + " ".join(f"{k}={v}" for k, v in params)
        (ob, orows), (nb, nrows) = small[key]["old"], small[key]["new"]
        (og, ogrows), (ng, ngrows) = large[key]["old"], large[key]["new"]
        same = nrows == ngrows and all(r is None or r == nrows for r in (orows, ogrows))
        bad += not same
        bound = "" if orows is not None and ogrows is not None else "  (old: a bound)"
        print(f"{label:<58} {len(nrows or ()):>5} {secs(ob, orows):>9} {secs(og, ogrows):>9} {og / max(ob, 1e-4):>6.2f} "
              f"{nb:>9.3f} {ng:>9.3f} {ng / max(nb, 1e-4):>6.2f} {og / max(ng, 1e-4):>7.1f}x"
              + ("" if same else "  ROWS DIFFER") + bound)
        if not same:
            print(f"    rows: old base {len(orows or ())}, new base {len(nrows or ())}, old grown {len(ogrows or ())}, "
                  f"new grown {len(ngrows or ())}")
    print("(old x / new x: time on the grown store / on the base store, same rows; old/new: the old text's time "
          "over the new one's on the grown store)")
    if bad:
        print(f"WARNING: {bad} case(s) whose rows differ between old and new texts or between the stores")


if __name__ == "__main__":
    main()
