"""A remote SPARQL 1.1 endpoint as a store, through SPARQLWrapper.

Queries go to the endpoint URL; updates (used by ``kg build --store URL``) go to
``update_url`` (for an Oxigraph server: ``…/update`` beside ``…/query``).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

from rdflib import Literal, URIRef
from rdflib.term import Node as RdfNode
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.errors import QueryError, StoreError
from kg.store.base import ArticleState, read_article_state
from kg.store.bindings import bind_values
from kg.store.convert import replace_graph_update, replace_graphs_update

ACCEPT = {
    "json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "xml": "application/sparql-results+xml",
    "nt": "application/n-triples",
    "ttl": "text/turtle",
    "nq": "application/n-quads",
    "trig": "application/trig",
}


def _term(b: dict) -> RdfNode:
    if b["type"] == "uri":
        return URIRef(b["value"])
    if "xml:lang" in b:
        return Literal(b["value"], lang=b["xml:lang"])
    if "datatype" in b:
        return Literal(b["value"], datatype=URIRef(b["datatype"]))
    return Literal(b["value"])


class RemoteStore:
    def __init__(self, url: str, update_url: str | None = None) -> None:
        self.location = url
        self.update_url = update_url or (url[: -len("/query")] + "/update" if url.endswith("/query") else url)

    def _wrapper(self, url: str) -> SPARQLWrapper:
        w = SPARQLWrapper(url)
        w.setTimeout(60)
        return w

    def select(self, query: str, bindings: Mapping[str, RdfNode] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
        w = self._wrapper(self.location)
        w.setQuery(bind_values(query, bindings) if bindings else query)
        w.setReturnFormat(JSON)
        try:
            res = w.query().convert()
        except (SPARQLWrapperException, OSError) as exc:
            raise QueryError(f"endpoint {self.location}: {exc}") from exc
        if "boolean" in res:
            return ["ask"], [{"ask": res["boolean"]}]
        names = res["head"]["vars"]
        rows = [{n: _term(b[n]) if n in b else None for n in names} for b in res["results"]["bindings"]]
        return names, rows

    def query_raw(self, query: str, result_format: str) -> bytes:
        w = self._wrapper(self.location)
        w.setQuery(query)
        w.addCustomHttpHeader("Accept", ACCEPT.get(result_format, "application/sparql-results+json"))
        try:
            return w.query().response.read()
        except (SPARQLWrapperException, OSError) as exc:
            raise QueryError(f"endpoint {self.location}: {exc}") from exc

    def article_state(self, graph_iri: str) -> ArticleState | None:
        return read_article_state(self, graph_iri)

    def update(self, sparql: str) -> None:
        w = self._wrapper(self.update_url)
        w.setMethod(POST)
        w.setQuery(sparql)
        try:
            w.query()
        except (SPARQLWrapperException, OSError) as exc:
            raise StoreError(f"endpoint {self.update_url}: {exc}") from exc

    def replace_graph(self, graph_iri: str, triples: Iterable[tuple[RdfNode, RdfNode, RdfNode]]) -> None:
        w = self._wrapper(self.update_url)
        w.setMethod(POST)
        w.setQuery(replace_graph_update(graph_iri, triples))
        try:
            w.query()
        except (SPARQLWrapperException, OSError) as exc:
            raise StoreError(f"endpoint {self.update_url}: {exc}") from exc

    def replace_graphs(self, graphs: Sequence[tuple[str, Sequence[tuple[RdfNode, RdfNode, RdfNode]]]]) -> None:
        if graphs:
            self.update(replace_graphs_update(graphs))

    def dump(self, out: IO[bytes], rdf_format: str) -> None:
        fmt = rdf_format if rdf_format in ("nt", "ttl") else "nt"
        out.write(self.query_raw("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", fmt))

    def count(self) -> int:
        _, rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return int(rows[0]["n"]) if rows else 0

    def close(self) -> None:
        pass
