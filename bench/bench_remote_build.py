"""Building into ``oxigraph serve`` (a SPARQL 1.1 endpoint, ``--store http://…``) against the
embedded on-disk store, on the same articles in the same run.

Two measures, each printed as remote / embedded article rate (goal ≥ 0.7):

* writer — the store writing alone: the article graphs of ``--articles`` generated articles
  (through the real pipeline), copied ``--copies`` times under fresh article keys, written by
  ``kg.store.batches.GraphBatcher`` as ``kg build`` writes them, into a fresh embedded store and
  into a fresh ``oxigraph serve`` (one SPARQL update per batch: articles, shared descriptions,
  sweep), best of ``--rounds``;
* build — ``kg build --workers 2`` end to end (model loading, extraction, linking, writing, the
  final event merge) on ``--build-articles`` generated articles, into each kind of store, best of
  ``--rounds``.

The served store runs in its own process (``oxigraph serve --union-default-graph``, from the
``oxigraph`` PyPI package) on 127.0.0.1; its work competes with the build's for the same cores,
as it would on one machine.

    python bench/bench_remote_build.py [--articles 200] [--copies 5] [--build-articles 300] [--rounds 2]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from common import ROOT, article_graphs, corpus_file, replicate


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(location: Path) -> Iterator[str]:
    """A fresh ``oxigraph serve`` on ``location``; yields its query URL."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2)
                break
            except OSError:
                if proc.poll() is not None:
                    raise SystemExit(f"oxigraph serve exited with {proc.returncode}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def write_all(store, graphs: list, batch: int) -> None:
    from kg.store.batches import GraphBatcher

    batcher = GraphBatcher(store, max_graphs=batch)
    for iri, triples in graphs:
        batcher.add(iri, triples)
    batcher.flush()
    store.close()


def writer_rates(graphs: list, batch: int, rounds: int, tmp: Path) -> dict[str, float]:
    from kg.store import OxigraphStore, RemoteStore

    best = {"embedded": float("inf"), "remote": float("inf")}
    for r in range(rounds):
        t = time.perf_counter()
        write_all(OxigraphStore(tmp / f"w-embedded-{r}"), graphs, batch)
        best["embedded"] = min(best["embedded"], time.perf_counter() - t)
        with served(tmp / f"w-remote-{r}") as url:
            t = time.perf_counter()
            write_all(RemoteStore(url), graphs, batch)
            best["remote"] = min(best["remote"], time.perf_counter() - t)
    return best


def kg_build(corpus: Path, store: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--store", store, "--workers", "2"],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def build_rates(corpus: Path, rounds: int, tmp: Path) -> dict[str, float]:
    best = {"embedded": float("inf"), "remote": float("inf")}
    for r in range(rounds):
        best["embedded"] = min(best["embedded"], kg_build(corpus, str(tmp / f"b-embedded-{r}")))
        with served(tmp / f"b-remote-{r}") as url:
            best["remote"] = min(best["remote"], kg_build(corpus, url))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--build-articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()

    graphs = list(replicate(article_graphs(a.articles), a.copies))
    triples = sum(len(t) for _, t in graphs)
    corpus = corpus_file(a.build_articles)
    tmp = Path(tempfile.mkdtemp(prefix="bench-remote-"))
    try:
        w = writer_rates(graphs, a.batch, a.rounds, tmp)
        b = build_rates(corpus, a.rounds, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = len(graphs)
    print(f"writer: {n} articles ({a.articles} generated x {a.copies}), {triples} triples, "
          f"batches of {a.batch}, best of {a.rounds}")
    for name, secs in w.items():
        print(f"  {name:9} {secs:7.2f} s  {n / secs:7.1f} articles/s")
    print(f"writer rate remote / embedded   {w['embedded'] / w['remote']:.3f}   (goal >= 0.7)")
    print(f"build: kg build --workers 2, {a.build_articles} generated articles, best of {a.rounds}")
    for name, secs in b.items():
        print(f"  {name:9} {secs:7.2f} s  {a.build_articles / secs:7.1f} articles/s")
    print(f"build rate remote / embedded    {b['embedded'] / b['remote']:.3f}   (goal >= 0.7)")


if __name__ == "__main__":
    main()
