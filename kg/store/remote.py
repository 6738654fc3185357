"""A remote SPARQL 1.1 endpoint as a store, through SPARQLWrapper.

Queries go to the endpoint URL; updates (used by ``kg build --endpoint URL``) go to
``update_url`` (for an Oxigraph server or ``kg serve``: ``…/update`` beside ``…/query``).

Over HTTP each request costs a round trip, so article graphs go in batches: one request
carries several articles' ``DROP … ; INSERT DATA …`` operations, the shared descriptions
they name and the sweep of the shared descriptions no article names any more
(``kg.store.layout``); a SPARQL 1.1 update request is applied as a whole by Oxigraph.
A request holds at most ``batch_articles`` articles or about ``batch_bytes`` of text.
Article states are read in batches too (``article_states``: one query for many articles).
Single graphs (``replace_graph``: the ontology, the layout marker) are queued and sent
before any other update and on ``flush``/``close``.
"""
from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node as RdfNode
from SPARQLWrapper import JSON, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.errors import QueryError, StoreError
from kg.store import layout
from kg.store.base import ArticleState, read_article_state, read_article_states
from kg.store.bindings import bind_values
from kg.store.convert import replace_graph_update, shared_descriptions, triple_text

UPDATE_TIMEOUT = 60  # seconds an update request may take (as queries: SPARQLWrapper's timeout)
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


def term_from_json(b: dict) -> RdfNode:
    """One SPARQL 1.1 JSON results binding as an rdflib term (also read by the explorer)."""
    if b["type"] == "uri":
        return URIRef(b["value"])
    if b["type"] == "bnode":
        return BNode(b["value"])
    if "xml:lang" in b:
        return Literal(b["value"], lang=b["xml:lang"])
    if "datatype" in b:
        return Literal(b["value"], datatype=URIRef(b["datatype"]))
    return Literal(b["value"])


def _one_line(exc: object) -> str:
    """An endpoint's error (SPARQLWrapper's span lines: status, then the server's body) as one
    short line."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 300 else text[:299] + "…"


class RemoteStore:
    def __init__(self, url: str, update_url: str | None = None, *, batch_articles: int = 25,
                 batch_bytes: int = 512_000) -> None:
        self.location = url
        self.update_url = update_url or (url[: -len("/query")] + "/update" if url.endswith("/query") else url)
        self.batch_articles = batch_articles
        self.batch_bytes = batch_bytes
        self._pending: list[str] = []
        self._pending_bytes = 0

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
            raise QueryError(f"endpoint {self.location}: {_one_line(exc)}") from exc
        if "boolean" in res:
            return ["ask"], [{"ask": res["boolean"]}]
        names = res["head"]["vars"]
        rows = [{n: term_from_json(b[n]) if n in b else None for n in names} for b in res["results"]["bindings"]]
        return names, rows

    def query_raw(self, query: str, result_format: str) -> bytes:
        w = self._wrapper(self.location)
        w.setQuery(query)
        w.addCustomHttpHeader("Accept", ACCEPT.get(result_format, "application/sparql-results+json"))
        try:
            return w.query().response.read()
        except (SPARQLWrapperException, OSError) as exc:
            raise QueryError(f"endpoint {self.location}: {_one_line(exc)}") from exc

    def article_state(self, graph_iri: str) -> ArticleState | None:
        return read_article_state(self, graph_iri)

    def article_states(self, graph_iris: Sequence[str]) -> dict[str, ArticleState]:
        return read_article_states(self, graph_iris)

    def _send_update(self, sparql: str) -> None:
        """POST the update as the request body (``application/sparql-update``, the SPARQL 1.1
        protocol's direct form). Not through SPARQLWrapper: it URL-encodes the body and runs
        its query-type regexes over the whole text, which cost a third of the writing time
        of a batch of articles (profiled on 300 articles) for nothing an update needs."""
        request = urllib.request.Request(self.update_url, data=sparql.encode("utf-8"), method="POST",
                                         headers={"Content-Type": "application/sparql-update; charset=utf-8"})
        try:
            with urllib.request.urlopen(request, timeout=UPDATE_TIMEOUT) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace")
            raise StoreError(f"endpoint {self.update_url}: {_one_line(f'HTTP {exc.code} {exc.reason}: {body}')}") from exc
        except OSError as exc:
            raise StoreError(f"endpoint {self.update_url}: {_one_line(exc)}") from exc

    def update(self, sparql: str) -> None:
        self.flush()
        self._send_update(sparql)

    def replace_graph(self, graph_iri: str, triples: Iterable[tuple[RdfNode, RdfNode, RdfNode]]) -> None:
        text = replace_graph_update(graph_iri, triples)
        if self._pending and self._pending_bytes + len(text) > self.batch_bytes:
            self.flush()
        self._pending.append(text)
        self._pending_bytes += len(text)
        if len(self._pending) >= self.batch_articles:
            self.flush()

    def flush(self) -> None:
        """Send the queued article replacements in one update request."""
        if not self._pending:
            return
        batch, self._pending, self._pending_bytes = self._pending, [], 0
        self._send_update(" ;\n".join(batch))

    def replace_graphs(self, graphs: Sequence[tuple[str, Sequence[tuple[RdfNode, RdfNode, RdfNode]]]]) -> None:
        """Sent now, in requests of at most ``batch_articles`` articles or about
        ``batch_bytes`` (servers refuse large requests: ``kg serve`` above 1 MB), each
        request whole: its articles, the shared descriptions they name (replaced, as the
        server's copy may be from older tables) and the sweep of the shared descriptions
        that the replaced graphs named and no article names any more."""
        self.flush()
        chunk: list = []
        size = 0
        for graph_iri, triples in graphs:
            text = replace_graph_update(graph_iri, triples)
            if chunk and (len(chunk) >= self.batch_articles or size + len(text) > self.batch_bytes):
                self._send_articles(chunk)
                chunk, size = [], 0
            chunk.append((graph_iri, triples, text))
            size += len(text)
        if chunk:
            self._send_articles(chunk)

    def _send_articles(self, chunk: list) -> None:
        iris = [iri for iri, _t, _x in chunk]
        _, rows = self.select(layout.candidates_query(iris))
        described = {n: [triple_text(t) for t in ts]
                     for n, ts in shared_descriptions([(i, t) for i, t, _x in chunk]).items()}
        ops = [*(text for _i, _t, text in chunk), layout.describe_update(described, replace=described),
               layout.sweep_update(str(r["n"]) for r in rows)]
        self._send_update(" ;\n".join(op for op in ops if op))

    def dump(self, out: IO[bytes], rdf_format: str) -> None:
        fmt = rdf_format if rdf_format in ("nt", "ttl") else "nt"
        out.write(self.query_raw("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", fmt))

    def count(self) -> int:
        _, rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return int(rows[0]["n"]) if rows else 0

    def close(self) -> None:
        self.flush()
