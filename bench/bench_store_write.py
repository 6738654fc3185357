"""Store writing: geokg's batched writer vs bare pyoxigraph ``Store.extend`` of the same quads
with the same batching, in the same run.

The article graphs of ``--articles`` generated articles (through the real pipeline) are
copied under fresh article keys up to ``--copies`` times. Each configuration writes them all
into a fresh on-disk store, interleaved, best of ``--rounds``:
  extend       pyoxigraph quads prepared beforehand, one ``Store.extend`` per batch of
               ``--batch`` articles (no bookkeeping: the floor)
  batched      ``kg.store.batches.GraphBatcher`` (rdflib terms converted, existing graphs
               checked, one transaction per batch), as ``kg build`` writes
  per-article  one ``Store.replace_graph`` (DROP + INSERT DATA) per article, as before batching

Printed: speed of ``batched`` relative to ``extend`` (goal ≥ 0.8) and of ``per-article``.

    python bench/bench_store_write.py [--articles 200] [--copies 10] [--batch 64] [--rounds 2]
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from common import article_graphs, best_of, replicate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()

    import pyoxigraph as ox

    from kg.store import OxigraphStore
    from kg.store.batches import GraphBatcher
    from kg.store.convert import graph_quads

    graphs = list(replicate(article_graphs(a.articles), a.copies))
    n_triples = sum(len(t) for _, t in graphs)
    batches = [graphs[i:i + a.batch] for i in range(0, len(graphs), a.batch)]
    ox_batches = [[q for iri, triples in batch for q in graph_quads(iri, triples)] for batch in batches]
    tmp = Path(tempfile.mkdtemp(prefix="bench-store-"))

    def fresh(name: str) -> Path:
        path = tmp / name
        shutil.rmtree(path, ignore_errors=True)
        return path

    def extend() -> None:
        store = ox.Store(str(fresh("extend")))
        for quads in ox_batches:
            store.extend(quads)
        store.flush()
        del store

    def batched() -> None:
        store = OxigraphStore(fresh("batched"))
        batcher = GraphBatcher(store, max_graphs=a.batch, max_triples=10 ** 9)
        for iri, triples in graphs:
            batcher.add(iri, triples)
        batcher.flush()
        store.close()

    def per_article() -> None:
        store = OxigraphStore(fresh("per-article"))
        for iri, triples in graphs:
            store.replace_graph(iri, triples)
        store.close()

    try:
        t = best_of(a.rounds, {"extend": extend, "batched": batched, "per-article": per_article})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"articles {len(graphs)}, triples {n_triples}, batches of {a.batch} articles, best of {a.rounds} rounds")
    for name, secs in t.items():
        print(f"  {name:11} {secs:7.2f} s  {n_triples / secs:9.0f} triples/s  {len(graphs) / secs:7.0f} articles/s")
    print(f"speed batched / extend        {t['extend'] / t['batched']:.3f}   (goal >= 0.8)")
    print(f"speed per-article / extend    {t['extend'] / t['per-article']:.3f}")


if __name__ == "__main__":
    main()
