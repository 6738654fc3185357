"""Build on a Dask cluster: extraction on the workers, one store written by the driver.

When one machine's cores are not enough, the NLP (the costly part: spaCy, our
components, linking and mapping) runs on the workers of an existing Dask cluster, in
batches of articles, while this process (the driver) reads the inputs lazily, skips the
articles already in the store, and writes the returned graphs into the store in batched
transactions (``kg.store.batches``), exactly as a single-process build does. Results are
written in input order, so the store ends up with the graph a single-process build of the
same input gives (a test checks they are isomorphic), and the cross-article event merge
runs once at the end, over the whole store.

At most ``max_in_flight`` batches are out at once, so the driver's memory does not grow
with the input. The ``kg`` package (and its spaCy models) must be installed on every
worker; each worker loads the models once.

    from kg.scale.dask_build import build_with_dask
    report = build_with_dask(["articles.jsonl"], store="kg-store", scheduler="tcp://10.0.0.5:8786")
    report = build_with_dask(["articles.jsonl"], store="kg-store", scheduler="local:2")  # a LocalCluster

Dask is an optional dependency: ``pip install 'geokg[dask]'``.
"""
from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from kg.build import BuildReport, _needing_work
from kg.errors import InputError, KgError
from kg.ingest import read_articles
from kg.model import Article
from kg.rdf.mapping import graph_iri
from kg.rdf.merge import merge_events
from kg.rdf.ontology import ensure_ontology
from kg.scale.tasks import BatchResult, extract_batch
from kg.store import open_store
from kg.store.base import Store
from kg.store.batches import DEFAULT_MAX_GRAPHS, GraphBatcher

DEFAULT_TASK_ARTICLES = 32


def _import_distributed():
    try:
        import distributed
    except ImportError as exc:
        raise KgError("Dask is not installed: pip install 'geokg[dask]' (dask[distributed])") from exc
    return distributed


@contextmanager
def dask_client(scheduler):
    """A ``distributed.Client`` for ``scheduler``: a Client (used as is), a scheduler address
    (``tcp://host:8786``), or ``local`` / ``local:N`` for a LocalCluster of N worker processes."""
    distributed = _import_distributed()
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    if isinstance(scheduler, str) and (scheduler == "local" or scheduler.startswith("local:")):
        n = int(scheduler.partition(":")[2] or os.cpu_count() or 1)
        with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=30)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
    with client:
        yield client


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def build_into_with_dask(
    store: Store,
    inputs: Iterable[str | os.PathLike[str]],
    client,
    *,
    published: dt.date | None = None,
    language: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[Article], None] | None = None,
    stdin=None,
    task_articles: int = DEFAULT_TASK_ARTICLES,
    max_in_flight: int | None = None,
    batch_articles: int = DEFAULT_MAX_GRAPHS,
) -> BuildReport:
    """Build ``inputs`` into an open store, extracting on the Dask ``client``'s workers."""
    report = BuildReport()

    def skipped(err: InputError) -> None:
        report.skipped.append(str(err))
        if on_error is not None:
            on_error(err)

    if max_in_flight is None:
        max_in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    ensure_ontology(store)
    batcher = GraphBatcher(store, max_graphs=batch_articles)
    by_iri: dict[str, Article] = {}

    def write(result: BatchResult) -> None:
        for source, reason, line in result.errors:
            skipped(InputError(source, reason, line))
        for iri, triples in result.graphs:
            batcher.add(iri, triples)
            report.articles_built += 1
            report.triples_written += len(triples)
            article = by_iri.pop(iri, None)
            if progress is not None and article is not None:
                progress(article)

    articles = read_articles(inputs, published=published, language=language, on_error=skipped, stdin=stdin)
    in_flight: deque = deque()
    for batch in _batches(_needing_work(articles, store, report), task_articles):
        if progress is not None:
            by_iri.update({graph_iri(a): a for a in batch})
        in_flight.append(client.submit(extract_batch, batch, pure=False))
        while len(in_flight) >= max_in_flight:
            write(in_flight.popleft().result())
    while in_flight:
        write(in_flight.popleft().result())
    batcher.flush()
    if report.articles_built:
        report.events_merged = len(merge_events(store))
    return report


def build_with_dask(
    inputs: Iterable[str | os.PathLike[str]],
    store: str = "kg-store",
    scheduler="local",
    **options,
) -> BuildReport:
    """Build ``inputs`` into the store at ``store``, extracting on the Dask cluster at
    ``scheduler`` (an address, ``local:N``, or a ``distributed.Client``)."""
    st = open_store(store)
    try:
        with dask_client(scheduler) as client:
            return build_into_with_dask(st, inputs, client, **options)
    finally:
        st.close()
