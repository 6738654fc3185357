"""``build``: read inputs, extract, link, map to RDF and write each article's graph.

The stages are called in order and exchange plain data (see docs/design/ARCHITECTURE.md):
``read_articles`` → ``extract`` → ``link_article`` → ``article_triples`` →
``Store.replace_graphs``; the middle three run in an executor (``kg.scale``: this
process, local worker processes or a Dask cluster). Each article is written in one transaction; an article whose
graph already holds the same text hash and extractor version is skipped before any NLP
runs, so re-running a build adds nothing and a build interrupted at any point is
completed by the next one. Graphs are written in batches of whole articles, one
transaction per batch (``kg.store.batches``). After the articles, reports of one attack
that differ in precision are merged over the whole store (``kg.link.merge``,
``kg.rdf.merge``).
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.errors import InputError
from kg.ingest import read_articles
from kg.model import Article
from kg.version import EXTRACTOR_VERSION
from kg.rdf.mapping import graph_iri
from kg.rdf.merge import merge_events
from kg.rdf.ontology import ensure_ontology
from kg.scale.executors import Executor, executor_for
from kg.store import open_store
from kg.store.base import Store
from kg.store.batches import DEFAULT_MAX_GRAPHS, GraphBatcher
from kg.store.layout import ensure_layout
from kg.iterate import chunked


@dataclass
class BuildReport:
    """What a build did; ``skipped`` lists the one-line reasons of inputs not built."""

    articles_read: int = 0
    articles_built: int = 0
    articles_unchanged: int = 0
    triples_written: int = 0
    events_merged: int = 0  # reports of one attack linked across articles (kg.link.merge)
    rebuilt_extractor_changed: int = 0  # stored with the same text by another extractor version
    skipped: list[str] = field(default_factory=list)


STATE_BATCH = 64  # articles whose stored states are read at once (one query on a remote store)



def _needing_work(articles: Iterable[Article], store: Store, report: BuildReport) -> Iterator[Article]:
    for chunk in chunked(articles, STATE_BATCH):
        states = store.article_states([graph_iri(art) for art in chunk])
        for art in chunk:
            report.articles_read += 1
            state = states.get(graph_iri(art))
            if state is not None and state.text_hash == art.text_hash:
                if state.extractor_version == EXTRACTOR_VERSION:
                    report.articles_unchanged += 1
                    continue
                report.rebuilt_extractor_changed += 1
            yield art


def build_into(
    store: Store,
    inputs: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    language: str | None = None,
    workers: int = 1,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[Article], None] | None = None,
    stdin=None,
    batch_articles: int = DEFAULT_MAX_GRAPHS,
    executor: Executor | None = None,
) -> BuildReport:
    """Build ``inputs`` into an open store; bad inputs are reported and skipped.

    Articles are read lazily, extracted by ``executor`` (default: this process, or a pool
    of ``workers`` processes; see ``kg.scale.executors``) and written ``batch_articles``
    at a time, each batch in one transaction (``kg.store.batches``), so memory does not
    grow with the input.
    """
    report = BuildReport()

    def skipped(err: InputError) -> None:
        report.skipped.append(str(err))
        if on_error is not None:
            on_error(err)

    ensure_layout(store)  # refuses a store of the previous layout before anything is written
    ensure_ontology(store)
    articles = read_articles(inputs, published=published, language=language, on_error=skipped, stdin=stdin)
    batcher = GraphBatcher(store, max_graphs=batch_articles)
    executor = executor or executor_for(workers)
    for article, iri, triples in executor.graphs(_needing_work(articles, store, report), skipped):
        batcher.add(iri, triples)
        report.articles_built += 1
        report.triples_written += len(triples)
        if progress is not None:
            progress(article)
    batcher.flush()
    store.flush()  # a remote store sends its queued updates before the merge reads the events
    if report.articles_built:
        report.events_merged = len(merge_events(store))
    return report


def build(
    inputs: Iterable[str | os.PathLike[str]],
    store: str = "kg-store",
    **options,
) -> BuildReport:
    """Build ``inputs`` (files, folders, ``-``) into the store at ``store`` (path or URL)."""
    st = open_store(store)
    try:
        return build_into(st, inputs, **options)
    finally:
        st.close()
