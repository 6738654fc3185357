"""``who_said_what`` on ≥ 1M quads: the store layout of kg ≤ 0.x (every article graph repeats
the shared nodes it names, queried by that version's query) against the current layout
(shared nodes once, ``kg.store.layout``, and the current query), on the same articles in
the same run; then the current layout on a store grown with articles about other places,
whose answer must stay the same.

The article graphs of ``--articles`` generated articles (through the real pipeline) are
copied under fresh article keys (``--copies``; shared places, actors and events kept):

* old layout: each copy's graph holds its own triples plus the shared nodes' descriptions
  (``ArticleTriples.union()``, exactly what the previous mapping wrote), queried with
  ``bench/baseline/who_said_what_layout1.rq`` (the query of that version);
* new layout: written by ``kg.store.batches`` as ``kg build`` writes it, queried with
  ``queries/who_said_what.rq``;
* grown: the new-layout store plus copies of the articles that report no event in the
  country, until it holds ``--grow`` times the new store's quads.

Both answers must agree (same rows), and the grown store's must be the base store's.

    python bench/bench_query.py [--articles 200] [--copies 33] [--grow 10] [--country RU] [--rounds 3]
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from common import ROOT, article_graphs, replicate, timed

BASELINE_QUERY = ROOT / "bench" / "baseline" / "who_said_what_layout1.rq"


def facts(rows: list) -> set:
    """The rows without speakerLabel and role (columns 2 and 8): the statements found."""
    return {tuple(v for i, v in enumerate(r) if i not in (2, 8)) for r in rows}


def other_graphs(base: list, store, country: str) -> list:
    """The base article graphs that name no event located in ``country``: copies of them
    grow the store without changing the answer."""
    from rdflib import URIRef

    from kg.link.iris import country_iri

    _, rows = store.select("PREFIX gev: <https://w3id.org/geokg/ontology#>\n"
                           "SELECT DISTINCT ?e WHERE { ?p gev:locatedIn* ?c . ?e gev:location ?p }",
                           {"c": URIRef(country_iri(country))})
    events = {r["e"] for r in rows}
    return [(iri, t) for iri, t in base if not any(s in events or o in events for s, _p, o in t)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--copies", type=int, default=33)
    ap.add_argument("--grow", type=float, default=10.0, help="the grown store's size, in new-layout base stores")
    ap.add_argument("--country", default="RU")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each query (best kept); the old layout's runs once")
    a = ap.parse_args()

    from kg.query import find_query
    from kg.query.named import load_query
    from kg.query.run import prepare
    from kg.rdf.ontology import ensure_ontology
    from kg.store import OxigraphStore
    from kg.store.batches import GraphBatcher
    from kg.store.layout import ensure_layout

    base = article_graphs(a.articles)
    tmp = Path(tempfile.mkdtemp(prefix="bench-query-"))
    try:
        old = OxigraphStore(tmp / "old")
        ensure_ontology(old)
        t0 = time.perf_counter()
        quads = []
        for iri, triples in replicate(base, a.copies):
            quads.append((iri, triples.union()))
            if len(quads) >= 256:
                old.replace_graphs(quads)
                quads = []
        old.replace_graphs(quads)
        old_load = time.perf_counter() - t0

        new = OxigraphStore(tmp / "new")
        ensure_layout(new)
        ensure_ontology(new)
        t0 = time.perf_counter()
        batcher = GraphBatcher(new, max_graphs=256, max_triples=10 ** 9)
        for iri, triples in replicate(base, a.copies):
            batcher.add(iri, triples)
        batcher.flush()
        new_load = time.perf_counter() - t0
        n_articles = len(base) * a.copies
        old_n, new_n = old.count(), new.count()

        old_text = prepare(load_query(BASELINE_QUERY), {"country": a.country}, old)
        new_text = prepare(find_query("who_said_what"), {"country": a.country}, new)
        old_t, old_rows = timed(old, old_text, 1)
        new_t, new_rows = timed(new, new_text, a.rounds)
        old.close()

        others = other_graphs(base, new, a.country)
        t0 = time.perf_counter()
        extra, rounds = 0, 0
        target = a.grow * new_n
        size, per_round = new_n, 0
        while size < target and others:  # counted after the first round only: a count reads the whole store
            for iri, triples in replicate(others, 1, start=rounds, tag="g"):
                batcher.add(iri, triples)
                extra += 1
            batcher.flush()
            rounds += 1
            if not per_round:
                per_round = max(1, new.count() - new_n)
            size = new_n + rounds * per_round
        grow_load = time.perf_counter() - t0
        grown_n = new.count()
        grown_t, grown_rows = timed(new, new_text, a.rounds)
        new.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"articles {n_articles} ({len(base)} generated x {a.copies} copies); country={a.country}")
    print(f"  old layout  {old_n:>9} quads  {old_n / n_articles:6.1f} quads/article  load {old_load:6.1f} s")
    print(f"  new layout  {new_n:>9} quads  {new_n / n_articles:6.1f} quads/article  load {new_load:6.1f} s")
    print(f"  grown       {grown_n:>9} quads  (+{extra} articles about other places)  load {grow_load:6.1f} s")
    print(f"who_said_what: old layout {old_t:.3f} s ({len(old_rows)} rows, 1 run); new {new_t:.3f} s "
          f"({len(new_rows)} rows, best of {a.rounds}); grown {grown_t:.3f} s ({len(grown_rows)} rows)")
    if facts(old_rows) != facts(new_rows):
        print("WARNING: the old and new layouts give different statements, e.g.")
        for row in sorted(facts(old_rows) ^ facts(new_rows))[:6]:
            print("   ", "old" if row in facts(old_rows) else "new", row)
    relabelled = len(set(old_rows) - set(new_rows))
    print(f"rows whose speakerLabel or role differ: {relabelled} of {len(new_rows)} (the new query takes them from the "
          f"statement's article and the tables, the old one from every article naming the speaker)")
    if grown_rows != new_rows:
        print("WARNING: the grown store gives different rows")
    print(f"quads per article new / old         {new_n / old_n:.3f}")
    print(f"speed-up new layout / old           {old_t / new_t:.1f}x   (goal >= 10x)")
    print(f"time grown / new ({grown_n / new_n:.1f}x the quads)  {grown_t / new_t:.2f}   (goal <= 1.5)")


if __name__ == "__main__":
    main()
