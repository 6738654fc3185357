"""The work done for a batch of articles, wherever it runs: extract, link, map to triples.

One function serves every executor (``kg.scale.executors``): in this process, in a pool of
local worker processes, or on a Dask cluster. It lives in its own importable module because
worker processes receive it by reference (on a cluster, ``kg`` must be installed on every
worker). The spaCy pipelines and the gazetteer are loaded once per process, on its first
batch (``load_pipeline`` and ``default_linker`` are cached per process).

Errors travel back as plain ``(source, reason, line)`` tuples (an ``InputError`` does not
survive pickling): the caller re-raises them through its own ``on_error``, so a bad article
is reported once, by name, and skipped.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import InputError
from kg.link.articles import default_linker, link_article
from kg.model import Article
from kg.nlp.extract import EXTRACTOR_VERSION, extract
from kg.rdf.mapping import Triple, article_triples, graph_iri


@dataclass
class BatchResult:
    """For each article built, its position in the batch, graph IRI and triples (in input
    order); and the articles skipped."""

    graphs: list[tuple[int, str, list[Triple]]] = field(default_factory=list)
    errors: list[tuple[str, str, int | None]] = field(default_factory=list)


def extract_batch(articles: list[Article]) -> BatchResult:
    """Extract, link and map ``articles`` in this process."""
    result = BatchResult()

    def skipped(err: InputError) -> None:
        result.errors.append((err.source, err.reason, err.line))

    linker = default_linker()
    position = {id(a): i for i, a in enumerate(articles)}
    for extraction in extract(articles, on_error=skipped):
        triples = article_triples(link_article(extraction, linker), EXTRACTOR_VERSION)
        result.graphs.append((position[id(extraction.article)], graph_iri(extraction.article), triples))
    return result
