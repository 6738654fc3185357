"""The who_said_what query on a store of ≥ 1M triples: Oxigraph (kg's embedded store) vs
rdflib's in-memory SPARQL engine on the same data, in the same run.

The article graphs of ``--articles`` generated articles (through the real pipeline) are
copied under fresh article keys (``--copies``; shared places, actors and events kept) and
loaded, with the ontology, into an on-disk Oxigraph store and an rdflib ``Dataset`` (union
default graph). The same query text — ``who_said_what`` with ``country`` bound as a VALUES
block by ``kg.query.run.prepare`` — runs on both; the row counts must agree. rdflib runs
once, in a forked child stopped after ``--rdflib-timeout`` seconds (the ratio is then a
lower bound).

    python bench/bench_query.py [--articles 200] [--copies 33] [--country RU] [--rounds 3]
"""
from __future__ import annotations

import argparse
import multiprocessing
import shutil
import tempfile
import time
from pathlib import Path

from common import article_graphs, replicate


def rdflib_query(ds, text: str, timeout: float) -> tuple[float | None, int]:
    """Time rdflib's engine on ``text`` in a forked child (sharing the loaded Dataset), so
    that a run past ``timeout`` seconds can be stopped: (seconds or None, rows)."""
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def child() -> None:
        t0 = time.perf_counter()
        rows = len(list(ds.query(text)))
        send.send((time.perf_counter() - t0, rows))

    proc = ctx.Process(target=child)
    proc.start()
    got = recv.poll(timeout)
    result = recv.recv() if got else (None, -1)
    proc.kill()
    proc.join()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--copies", type=int, default=33)
    ap.add_argument("--country", default="RU")
    ap.add_argument("--rounds", type=int, default=3, help="Oxigraph runs (best kept); rdflib runs once")
    ap.add_argument("--rdflib-timeout", type=float, default=600.0,
                    help="stop rdflib after this many seconds and print the ratio as a lower bound")
    a = ap.parse_args()

    from rdflib import Dataset, URIRef

    from kg.query import find_query
    from kg.query.run import prepare
    from kg.rdf.namespace import ONTOLOGY_GRAPH
    from kg.rdf.ontology import ensure_ontology, ontology_graph
    from kg.store import OxigraphStore
    from kg.store.batches import GraphBatcher

    base = article_graphs(a.articles)
    tmp = Path(tempfile.mkdtemp(prefix="bench-query-"))
    try:
        store = OxigraphStore(tmp / "store")
        ensure_ontology(store)
        ds = Dataset(default_union=True)
        ont = ds.graph(URIRef(ONTOLOGY_GRAPH))
        for t in ontology_graph():
            ont.add(t)
        batcher = GraphBatcher(store, max_graphs=256, max_triples=10 ** 9)
        t0 = time.perf_counter()
        for iri, triples in replicate(base, a.copies):
            batcher.add(iri, triples)
        batcher.flush()
        ox_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        for iri, triples in replicate(base, a.copies):
            g = ds.graph(URIRef(iri))
            g.addN((s, p, o, g) for s, p, o in triples)
        rdflib_load = time.perf_counter() - t0
        n = store.count()
        text = prepare(find_query("who_said_what"), {"country": a.country}, store)

        ox_best, ox_rows = float("inf"), -1
        for _ in range(a.rounds):
            t0 = time.perf_counter()
            _, rows = store.select(text)
            ox_best, ox_rows = min(ox_best, time.perf_counter() - t0), len(rows)
        rdf_time, rdf_rows = rdflib_query(ds, text, a.rdflib_timeout)
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"quads {n} (articles {len(base) * a.copies}); load: oxigraph {ox_load:.1f} s, rdflib {rdflib_load:.1f} s")
    if rdf_time is None:
        print(f"who_said_what country={a.country}: oxigraph {ox_best:.3f} s ({ox_rows} rows, best of {a.rounds}), "
              f"rdflib did not finish in {a.rdflib_timeout:.0f} s")
        print(f"speed oxigraph / rdflib       > {a.rdflib_timeout / ox_best:.1f}x   (goal >= 10x)")
        return
    print(f"who_said_what country={a.country}: oxigraph {ox_best:.3f} s ({ox_rows} rows, best of {a.rounds}), "
          f"rdflib {rdf_time:.3f} s ({rdf_rows} rows)")
    if ox_rows != rdf_rows:
        print("WARNING: the engines disagree on the number of rows")
    print(f"speed oxigraph / rdflib       {rdf_time / ox_best:.1f}x   (goal >= 10x)")


if __name__ == "__main__":
    main()
