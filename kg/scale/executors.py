"""Executors: where the NLP of a build runs. Each turns a stream of articles into a stream
of ``(article, graph IRI, triples)`` in input order, reporting bad articles to ``on_error``.

* ``InProcess`` — here, with ``nlp.pipe`` in batches (``kg build``);
* ``ProcessPool`` — N local worker processes (``kg build --workers N``);
* ``DaskCluster`` — the workers of a Dask cluster (``kg build --dask SCHEDULER``).

The pool and the cluster run the *whole* per-article work (spaCy, our components,
linking, mapping: ``kg.scale.tasks.extract_batch``) on the workers, in batches of
``task_articles``; the build's own process only reads inputs and writes the store. This
scales better than ``nlp.pipe(n_process=N)``, which parallelises spaCy alone, ships every
Doc back to the parent to be deserialised, and leaves linking and mapping on one core.
At most ``max_in_flight`` batches are out at once, so memory does not grow with the input.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from kg.errors import InputError
from kg.link.articles import default_linker
from kg.model import Article
from kg.nlp.pipeline import SUPPORTED_LANGUAGES, load_pipeline
from kg.rdf.mapping import Triple
from kg.scale.tasks import BatchResult, extract_batch
from kg.iterate import chunked

ArticleGraph = tuple[Article, str, list[Triple]]
DEFAULT_TASK_ARTICLES = 16


class Executor(Protocol):
    def graphs(self, articles: Iterable[Article], on_error: Callable[[InputError], None]) -> Iterator[ArticleGraph]:
        """The graph of each article (of a supported language), in input order."""



def _unpack(batch: list[Article], result: BatchResult, on_error: Callable[[InputError], None]) -> Iterator[ArticleGraph]:
    for source, reason, line in result.errors:
        on_error(InputError(source, reason, line))
    for i, iri, triples in result.graphs:
        yield batch[i], iri, triples


def _bounded(submit: Callable[[list[Article]], object], wait: Callable[[object], BatchResult],
             articles: Iterable[Article], on_error: Callable[[InputError], None],
             task_articles: int, max_in_flight: int) -> Iterator[ArticleGraph]:
    """Submit batches, keep at most ``max_in_flight`` out, yield results in input order."""
    in_flight: deque = deque()
    for batch in chunked(articles, task_articles):
        in_flight.append((batch, submit(batch)))
        while len(in_flight) >= max_in_flight:
            done, handle = in_flight.popleft()
            yield from _unpack(done, wait(handle), on_error)
    while in_flight:
        done, handle = in_flight.popleft()
        yield from _unpack(done, wait(handle), on_error)


def warm_up() -> None:
    """Load every language's pipeline and the gazetteer in this process."""
    default_linker()
    for lang in sorted(SUPPORTED_LANGUAGES):
        load_pipeline(lang)


class InProcess:
    """Everything in this process (spaCy's own batching through ``nlp.pipe``)."""

    def __init__(self, task_articles: int = 64) -> None:
        self.task_articles = task_articles

    def graphs(self, articles: Iterable[Article], on_error: Callable[[InputError], None]) -> Iterator[ArticleGraph]:
        for batch in chunked(articles, self.task_articles):
            yield from _unpack(batch, extract_batch(batch), on_error)


class ProcessPool:
    """``workers`` local processes (forked: they start with what this process has loaded)."""

    def __init__(self, workers: int, task_articles: int = DEFAULT_TASK_ARTICLES, max_in_flight: int | None = None) -> None:
        self.workers = workers
        self.task_articles = task_articles
        self.max_in_flight = max_in_flight or 2 * workers

    def graphs(self, articles: Iterable[Article], on_error: Callable[[InputError], None]) -> Iterator[ArticleGraph]:
        fork = "fork" in multiprocessing.get_all_start_methods()
        if fork:  # load once here: the forked workers share the pages instead of loading their own
            warm_up()
        with multiprocessing.get_context("fork" if fork else "spawn").Pool(self.workers) as pool:
            yield from _bounded(lambda batch: pool.apply_async(extract_batch, (batch,)), lambda h: h.get(),
                                articles, on_error, self.task_articles, self.max_in_flight)


class DaskCluster:
    """The workers of a Dask cluster, through a ``distributed.Client``."""

    def __init__(self, client, task_articles: int = 32, max_in_flight: int | None = None) -> None:
        self.client = client
        self.task_articles = task_articles
        self.max_in_flight = max_in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})))

    def graphs(self, articles: Iterable[Article], on_error: Callable[[InputError], None]) -> Iterator[ArticleGraph]:
        yield from _bounded(lambda batch: self.client.submit(extract_batch, batch, pure=False),
                            lambda future: future.result(), articles, on_error, self.task_articles,
                            self.max_in_flight)


def executor_for(workers: int = 1) -> Executor:
    """The local executor for ``workers`` processes (1: this process)."""
    return InProcess() if workers <= 1 else ProcessPool(workers)
