"""Crashes: ``kg build`` killed with SIGKILL at random moments, and a real write error.

After each kill the store must open, ``kg validate`` must pass on it once the build is
re-run, and the graph must be isomorphic to an uninterrupted build's. A write error is
injected for real: the build runs under a file-size limit (``RLIMIT_FSIZE``, as on a
full disk), so the store's write-ahead log fails in the middle of the article being
written. Every article graph left behind must be whole.
"""
from __future__ import annotations

import functools
import random
import re
import resource
import signal
import subprocess
import time
from pathlib import Path

import pytest
import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib.compare import isomorphic

from kg.build import build
from kg.errors import InputError
from kg.ingest import read_articles
from kg.link.articles import default_linker, link_article
from kg.nlp.extract import EXTRACTOR_VERSION, extract
from kg.rdf.mapping import article_triples, graph_iri
from kg.store.layout import is_article_graph
from kg.store import open_store
from kg.validate import validate_store
from tests.conftest import ARTICLES
from tests.reliability.conftest import ROOT, SEED, kg_command, run_kg, size, union_graph

pytestmark = [pytest.mark.integration, pytest.mark.reliability]

ONTOLOGY_GRAPH = "https://w3id.org/geokg/id/graph/ontology"


@pytest.fixture(scope="module")
def inputs(good_corpus) -> list[str]:
    return [str(good_corpus), str(ARTICLES)]


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> tuple[Path, float]:
    """An uninterrupted build of the inputs by the real command, and how long it took."""
    store = tmp_path_factory.mktemp("reference") / "store"
    started = time.monotonic()
    res = run_kg("build", *inputs, "--store", str(store))
    assert res.returncode == 0, res.stderr[-2000:]
    return store, time.monotonic() - started


@functools.lru_cache(maxsize=1)
def _reference_graph(reference_store: Path) -> Graph:
    return union_graph(reference_store)


def resume_and_check(store: Path, inputs: list[str], reference_store: Path) -> None:
    """Re-run the build on a store left by a failed build: it opens, conforms, and matches."""
    report = build(inputs, store=str(store))
    assert not report.skipped, report.skipped
    st = open_store(str(store), read_only=True, create=False)
    try:
        conforms, text = validate_store(st)
    finally:
        st.close()
    assert conforms, text[:2000]
    assert same_graph(union_graph(store), _reference_graph(reference_store))


def same_graph(a: Graph, b: Graph) -> bool:
    """Isomorphism; without blank nodes (our graphs have none) it is set equality, much faster."""
    if not any(isinstance(t, BNode) for g in (a, b) for triple in g for t in triple):
        return set(a) == set(b)
    return isomorphic(a, b)


def article_graph_count(store: Path) -> int:
    """Article graphs in a store, opened read-write as the next build would (which replays
    its write-ahead log: a read-only snapshot sees only what was flushed)."""
    reopened = ox.Store(str(store))
    try:
        return sum(1 for g in reopened.named_graphs() if is_article_graph(g.value))
    finally:
        del reopened


def wait_for_article_writes(store: Path, proc: subprocess.Popen) -> None:
    """Return once the build writes its first article: its write-ahead log, which stays
    still for seconds after the ontology is written (the models load), grows again."""
    settled, last, since = None, -1, time.monotonic()
    while proc.poll() is None:
        logged = sum(f.stat().st_size for f in store.glob("*.log")) if store.exists() else 0
        if logged != last:
            if settled is not None:
                return
            last, since = logged, time.monotonic()
        elif settled is None and logged > 0 and time.monotonic() - since > 1.0:
            settled = logged
        time.sleep(0.01)


def test_builds_killed_at_random_moments_are_completed_to_the_same_graph(inputs, reference, tmp_path):
    reference_store, duration = reference
    rng = random.Random(SEED)
    trials = size(4, 12)
    landed: list[int] = []
    finished_first = 0
    # a build that ends before its kill (the machine is faster or less loaded than when the
    # reference build was timed) is no trial: draw another moment, up to 3 attempts a trial
    for attempt in range(3 * trials):
        if len(landed) == trials:
            break
        store = tmp_path / f"s{attempt}"
        proc = subprocess.Popen(kg_command("build", *inputs, "--store", str(store)), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if attempt % 2 == 0:  # at any moment: model loading, ontology, extraction, writing, merging
            time.sleep(rng.uniform(0.2, duration))
        else:  # while articles are being written and merged, where a torn write would show
            wait_for_article_writes(store, proc)
            time.sleep(rng.uniform(0.0, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.returncode != -signal.SIGKILL:
            finished_first += 1
            continue
        landed.append(article_graph_count(store) if store.exists() else 0)  # reopened read-write first
        resume_and_check(store, inputs, reference_store)
    mid_build = [n for n in landed if n > 0]
    print(f"\nkill trials: {len(landed)} killed and survived ({finished_first} builds ended before their kill); "
          f"{len(mid_build)} killed after articles were written (graphs present at the kill: {sorted(mid_build)})")
    assert len(landed) == trials, (landed, finished_first)
    assert mid_build, "no kill landed while articles were being written"


def expected_article_graphs(inputs: list[str]) -> dict[str, Graph]:
    """What each article's graph holds when written, computed by the same stages in process."""
    errors: list[InputError] = []
    linker = default_linker()
    graphs: dict[str, Graph] = {}
    for extraction in extract(read_articles(inputs, on_error=errors.append), on_error=errors.append):
        g = Graph()
        for triple in article_triples(link_article(extraction, linker), EXTRACTOR_VERSION):
            g.add(triple)
        graphs[graph_iri(extraction.article)] = g
    assert not errors, errors
    return graphs


def stored_graph(store: Path, iri: str) -> Graph:
    snapshot = ox.Store(str(store))  # read-write: replays the write-ahead log
    nt = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in snapshot.quads_for_pattern(None, None, None, ox.NamedNode(iri)))
    del snapshot
    g = Graph()
    g.parse(data=nt, format="nt")
    return g


def _file_size_limit(limit: int):
    def apply() -> None:  # in the child: writes past `limit` bytes fail with EFBIG, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_write_error_mid_article_leaves_no_partial_article(inputs, reference, tmp_path):
    reference_store, _ = reference
    written = sum(f.stat().st_size for f in reference_store.iterdir() if f.suffix in (".log", ".sst"))
    expected = expected_article_graphs(inputs)
    failures, checked = 0, []
    for fraction in (0.2, 0.5):
        store = tmp_path / f"limited-{fraction}"
        res = subprocess.run(kg_command("build", *inputs, "--store", str(store)), cwd=ROOT, capture_output=True,
                             text=True, timeout=900, preexec_fn=_file_size_limit(int(written * fraction)))
        if res.returncode == 0:
            continue  # the limit was not reached by this build
        failures += 1
        assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr[-2000:]
        message = res.stderr.strip().splitlines()[-1]
        assert re.match(r"^kg: (could not write graph|update failed).*File too large", message), message
        reopened = ox.Store(str(store))  # replays the write-ahead log, as the next build does
        present = [g.value for g in reopened.named_graphs() if is_article_graph(g.value)]
        del reopened
        if message.startswith("kg: could not write graph"):  # failed among the articles, before any merge
            failed = message.split()[4].rstrip(":")
            assert failed not in present, "the article being written when the disk failed is partly there"
            for iri in present:
                assert same_graph(stored_graph(store, iri), expected[iri]), f"partial article graph {iri}"
            checked.append(len(present))
        resume_and_check(store, inputs, reference_store)
    assert failures >= 1, "no file-size limit made the build fail: the injection did not happen"
    print(f"\nwrite errors: {failures} builds failed on a full disk, {len(checked)} of them among the articles "
          f"({checked} whole article graphs left, 0 partial, the failed one absent); all completed by the next build")
