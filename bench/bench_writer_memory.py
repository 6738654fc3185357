"""Where the build process's memory goes as the store grows: the batched writer of ``kg build``
(``kg.store.batches.GraphBatcher`` on the embedded store, with the per-batch state reads
``kg build`` makes) run alone over many articles, printing at regular steps the process's
resident memory split into the Python heap (``tracemalloc``) and the rest (native: pyoxigraph
and its RocksDB), and the store's size on disk.

The build's workers do not take part: their memory is flat (sampled in ``bench_build.py``);
what grows is the build process, which reads article states and writes batches. Growth of
the native part that follows the store's size, with a flat Python heap, points at RocksDB
(its memtables, table readers' index and filter blocks, block cache), not at objects the
build keeps.

    python bench/bench_writer_memory.py [--articles 200] [--copies 100] [--step 2000] [--reopen 0]
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import tracemalloc
from pathlib import Path

from common import MIB, article_graphs, replicate


def rss() -> int:
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def disk(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--step", type=int, default=2000, help="articles between two samples")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--reopen", type=int, default=0,
                    help="close and reopen the store every this many articles (0: never), to see which part "
                         "of the native memory an open store holds")
    a = ap.parse_args()

    from kg.build import STATE_BATCH
    from kg.store import OxigraphStore
    from kg.store.batches import GraphBatcher

    base = article_graphs(a.articles)
    tmp = Path(tempfile.mkdtemp(prefix="bench-writer-memory-"))
    store = OxigraphStore(tmp / "store")
    batcher = GraphBatcher(store, max_graphs=a.batch)
    tracemalloc.start()
    heap0, rss0 = tracemalloc.get_traced_memory()[0], rss()
    print(f"{'articles':>9} {'rss MiB':>8} {'heap MiB':>9} {'native MiB':>11} {'disk MiB':>9}")
    rows = []
    pending: list = []
    try:
        for n, (iri, triples) in enumerate(replicate(base, a.copies), start=1):
            pending.append((iri, triples))
            if len(pending) == STATE_BATCH:  # the state read kg build makes before extraction
                store.article_states([i for i, _t in pending])
                for i, t in pending:
                    batcher.add(i, t)
                pending = []
            if a.reopen and n % a.reopen == 0:
                batcher.flush()
                store.close()
                store = OxigraphStore(tmp / "store")
                batcher = GraphBatcher(store, max_graphs=a.batch)
            if n % a.step == 0:
                heap = tracemalloc.get_traced_memory()[0] - heap0
                r = rss() - rss0
                rows.append((n, r, heap))
                print(f"{n:9} {r / MIB:8.1f} {heap / MIB:9.1f} {(r - heap) / MIB:11.1f} {disk(tmp) / MIB:9.1f}",
                      flush=True)
        batcher.flush()
    finally:
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)
    if len(rows) >= 2:
        (n1, r1, h1), (n2, r2, h2) = rows[0], rows[-1]
        print(f"from {n1} to {n2} articles: rss +{(r2 - r1) / MIB:.1f} MiB, Python heap +{(h2 - h1) / MIB:.1f} MiB")


if __name__ == "__main__":
    main()
