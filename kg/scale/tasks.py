"""The work a Dask worker does for a batch of articles: extract, link and map to triples.

It lives in its own importable module because Dask ships task functions by reference:
every worker imports ``kg`` (the package must be installed on the workers). The spaCy
pipelines and the gazetteer are loaded once per worker process, on its first task
(``load_pipeline`` and ``default_linker`` are cached per process).

Errors travel back as plain ``(source, reason, line)`` tuples: the driver re-raises them
through its own ``on_error``, so a bad article is reported once, by name, and skipped.
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
    """The graphs of a batch's articles, in input order, and the articles skipped."""

    graphs: list[tuple[str, list[Triple]]] = field(default_factory=list)
    errors: list[tuple[str, str, int | None]] = field(default_factory=list)


def extract_batch(articles: list[Article]) -> BatchResult:
    """Extract, link and map ``articles`` on this worker."""
    result = BatchResult()

    def skipped(err: InputError) -> None:
        result.errors.append((err.source, err.reason, err.line))

    linker = default_linker()
    for extraction in extract(articles, on_error=skipped):
        triples = article_triples(link_article(extraction, linker), EXTRACTOR_VERSION)
        result.graphs.append((graph_iri(extraction.article), triples))
    return result
