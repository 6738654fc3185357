"""Helpers shared by the benchmarks: the generated corpus, article graphs made in bulk,
and memory summed over a process tree.

Scripts run from the project root (``python bench/NAME.py`` or ``make bench``); the root is
put first on ``sys.path`` so that the ``kg`` package of this checkout is the one measured.
"""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402

OUT = ROOT / "out" / "bench"


def corpus_file(n: int, seed: int = 7) -> Path:
    """The generated corpus of ``n`` articles (written once, then reused)."""
    return write_corpus(OUT / f"corpus-{seed}-{n}.jsonl", n, seed)


def load_articles(n: int, seed: int = 7) -> list:
    from kg.ingest import read_articles

    return list(read_articles([str(corpus_file(n, seed))], on_error=print))


def article_graphs(n: int, seed: int = 7) -> list[tuple[str, list]]:
    """``(graph IRI, triples)`` of the first ``n`` generated articles, through the real pipeline."""
    from kg.scale.executors import InProcess

    return [(iri, triples) for _a, iri, triples in InProcess().graphs(load_articles(n, seed), print)]


EVENT_BASE = "https://w3id.org/geokg/id/event/"


def replicate(graphs: list[tuple[str, list]], copies: int, start: int = 0, tag: str = "c",
              own_events: bool = False, shift_days: int = 0):
    """``copies`` copies of each article graph under fresh article keys (article, graph,
    statement and mention IRIs renamed; shared nodes — places, actors, events — kept), as a
    larger corpus of the same shape would give. With ``own_events`` each copy reports attacks
    of its own (event IRIs renamed too), as a larger corpus of new days' news would: without
    it, every event of the base is reported by every copy (500 articles an attack at 100k),
    and what reads an event across graphs grows with the copies. ``shift_days`` moves copy
    ``c``'s days (``xsd:date`` literals: publication, attack and statement days) ``c *
    shift_days`` days later, so that copies are news of later days rather than of the same
    ones (with ``own_events``, same-day copies would be look-alike attacks). Yields ``(graph IRI,
    triples)``, the shared nodes' descriptions kept in ``.shared`` (``kg.rdf.mapping.ArticleTriples``)."""
    import datetime as dt

    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from kg.rdf.mapping import ArticleTriples

    for c in range(start, start + copies):
        shift = dt.timedelta(days=c * shift_days)
        for iri, triples in graphs:
            key = iri.rsplit("/", 1)[-1]
            new = f"{key}{tag}{c}"

            def fresh(t):
                if isinstance(t, Literal) and shift and t.datatype == XSD.date:
                    return Literal((dt.date.fromisoformat(str(t)) + shift).isoformat(), datatype=XSD.date)
                if not isinstance(t, URIRef):
                    return t
                if own_events and t.startswith(EVENT_BASE):
                    return URIRef(f"{t}-{tag}{c}")
                return URIRef(str(t).replace(key, new)) if key in t else t
            yield iri.replace(key, new), ArticleTriples([(fresh(s), p, fresh(o)) for s, p, o in triples],
                                                        getattr(triples, "shared", ()))


def build_store(path: Path, base: list, n: int, own_events: bool = True, shift_days: int = 0):
    """A store of ``n`` articles copied from ``base`` (``replicate``), written as ``kg build``
    writes it; returns the open store and the article graph IRIs written."""
    from kg.rdf.ontology import ensure_ontology
    from kg.store import OxigraphStore
    from kg.store.batches import GraphBatcher
    from kg.store.layout import ensure_layout

    store = OxigraphStore(path)
    ensure_layout(store)
    ensure_ontology(store)
    batcher = GraphBatcher(store, max_graphs=256, max_triples=10 ** 9)
    copies = -(-n // len(base))
    written = []
    for iri, triples in replicate(base, copies, own_events=own_events, shift_days=shift_days):
        if len(written) >= n:
            break
        batcher.add(iri, triples)
        written.append(iri)
    batcher.flush()
    return store, written


def tree_pss(pid: int) -> int:
    """Proportional set size (bytes) of a process and all its descendants: shared pages
    (the models forked workers inherit) are counted once across the tree."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


class PeakMemory:
    """Samples ``tree_pss(pid)`` in a thread until stopped; ``peak`` is the highest seen."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        self.pid, self.interval, self.peak = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_pss(self.pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def best_of(rounds: int, runs: dict) -> dict[str, float]:
    """Run each ``name → callable`` ``rounds`` times, interleaved; the best time of each."""
    best = {name: float("inf") for name in runs}
    for _ in range(rounds):
        for name, fn in runs.items():
            t = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t)
    return best


GIB = 1024 ** 3
MIB = 1024 ** 2


def timed(store, text: str, rounds: int) -> tuple[float, list]:
    """Best time of ``rounds`` runs, and the rows (as sorted tuples) of the last."""
    best, rows = float("inf"), []
    for _ in range(rounds):
        t0 = time.perf_counter()
        names, got = store.select(text)
        best = min(best, time.perf_counter() - t0)
        rows = sorted(tuple(str(r[n]) if r[n] is not None else "" for n in names) for r in got)
    return best, rows
