"""Cost of the network export (snapshot read through SPARQL + projection + our GEXF) on a
store of at least 100k triples, as a ratio against ``networkx.write_gexf`` alone on the
same projected graph, in the same run; plus peak memory.

    python bench/bench_network.py [--seed-store DIR] [--triples 100000] [--projection full] [--repeat 3]

The large store is made from a built seed store (by default the development corpus,
built into a temporary folder): its article graphs are copied under fresh IRIs (each
copy's articles, events, statements and mentions get a ``-cN`` suffix, and its days move
N days later), while actors and places stay shared, as they would across many articles.
The ontology graph is loaded once. Copies are added until the store holds ``--triples``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.network import PROJECTIONS, read_snapshot
from kg.network.gexf import write_gexf
from kg.rdf.namespace import ID, ONTOLOGY_GRAPH
from kg.store import OxigraphStore

COPIED = re.compile(re.escape(ID) + r"(article|event|statement|mention|graph)/([^/#]+)$")
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


def _copy_term(term, k: int):
    if isinstance(term, ox.NamedNode):
        m = COPIED.match(term.value)
        return ox.NamedNode(f"{term.value}-c{k}") if m else term
    if isinstance(term, ox.Literal) and term.datatype.value == XSD_DATE:
        day = dt.date.fromisoformat(term.value) + dt.timedelta(days=k)
        return ox.Literal(day.isoformat(), datatype=term.datatype)
    return term


def build_large_store(seed: Path, target: Path, triples: int) -> tuple[int, int]:
    """Copies of the seed's article graphs into ``target`` until it holds ``triples``;
    returns (quads, copies)."""
    src = ox.Store.read_only(str(seed))
    quads = [q for q in src if q.graph_name != ox.NamedNode(ONTOLOGY_GRAPH)]
    ontology = [q for q in src if q.graph_name == ox.NamedNode(ONTOLOGY_GRAPH)]
    dst = ox.Store(str(target))
    dst.bulk_extend(ontology)
    k = 0
    while len(dst) < triples:
        dst.bulk_extend(ox.Quad(_copy_term(q.subject, k), q.predicate, _copy_term(q.object, k),
                                _copy_term(q.graph_name, k)) for q in quads)
        k += 1
    dst.flush()
    n = len(dst)
    del dst
    return n, k


def timed(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        result = None
        gc.collect()
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed-store", type=Path, help="a built store (default: build the dev corpus)")
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/dev/articles.jsonl"))
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--projection", choices=sorted(PROJECTIONS), default="full")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed = a.seed_store
        if seed is None:
            seed = Path(tmp) / "seed"
            subprocess.run([sys.executable, "-m", "kg", "build", str(a.corpus), "--store", str(seed)],
                           check=True, capture_output=True)
        t = time.perf_counter()
        quads, copies = build_large_store(seed, Path(tmp) / "large", a.triples)
        print(f"store: {quads} quads ({copies} copies of {seed}), made in {time.perf_counter() - t:.1f} s")
        store = OxigraphStore(Path(tmp) / "large", read_only=True)
        project = PROJECTIONS[a.projection]

        t_snap, snap = timed(lambda: read_snapshot(store), a.repeat)
        t_proj, g = timed(lambda: project(snap, "en"), a.repeat)
        t_ours_gexf, _ = timed(lambda: write_gexf(g, io.BytesIO()), a.repeat)
        t_baseline, _ = timed(lambda: nx.write_gexf(g, io.BytesIO(), version="1.3"), a.repeat)
        t_all, _ = timed(lambda: write_gexf(project(read_snapshot(store), "en"), io.BytesIO()), a.repeat)

        tracemalloc.start()
        write_gexf(project(read_snapshot(store), "en"), io.BytesIO())
        _, peak_ours = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        nx.write_gexf(g, io.BytesIO(), version="1.3")
        _, peak_base = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        store.close()

    print(f"projection {a.projection}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    print(f"baseline networkx.write_gexf alone: {t_baseline:.2f} s")
    print(f"ours: snapshot {t_snap:.2f} s + projection {t_proj:.2f} s + GEXF {t_ours_gexf:.2f} s; "
          f"end to end {t_all:.2f} s")
    print(f"ratio end to end / write_gexf alone: {t_all / t_baseline:.2f}; "
          f"our GEXF writer / write_gexf alone: {t_ours_gexf / t_baseline:.2f}")
    print(f"peak Python memory (tracemalloc): ours end to end {peak_ours / 2**20:.0f} MiB, "
          f"write_gexf alone {peak_base / 2**20:.0f} MiB; process max RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
