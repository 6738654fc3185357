"""The Store protocol: what the build, queries and exports need from a graph store."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any, Protocol

from rdflib import URIRef
from rdflib.term import Node as RdfNode


@dataclass(frozen=True)
class ArticleState:
    """What the store knows of an article graph: enough to decide whether to rebuild it."""

    text_hash: str | None
    extractor_version: str | None


STATE_QUERY = """PREFIX gev: <https://w3id.org/geokg/ontology#>
SELECT ?h ?v WHERE {
  #@values
  GRAPH ?g { ?a a gev:Article . OPTIONAL { ?a gev:textHash ?h } OPTIONAL { ?a gev:extractorVersion ?v } }
} LIMIT 1"""


def read_article_state(store: "Store", graph_iri: str) -> ArticleState | None:
    """The text hash and extractor version stored in an article's graph, through SPARQL."""
    _, rows = store.select(STATE_QUERY, {"g": URIRef(graph_iri)})
    if not rows:
        return None
    h, v = rows[0].get("h"), rows[0].get("v")
    return ArticleState(str(h) if h is not None else None, str(v) if v is not None else None)


def read_article_states(store: "Store", graph_iris: Sequence[str]) -> dict[str, ArticleState]:
    """The states of several articles in one query (for a remote store: one round trip for
    a batch of articles instead of one each); articles absent from the store are left out."""
    from kg.store.layout import article_of_graph, states_query

    if not graph_iris:
        return {}
    by_article = {article_of_graph(g): g for g in graph_iris}
    _, rows = store.select(states_query(list(by_article.values())))
    out: dict[str, ArticleState] = {}
    for r in rows:
        g = by_article.get(str(r["a"]))
        if g is not None and g not in out:
            h, v = r.get("h"), r.get("v")
            out[g] = ArticleState(str(h) if h is not None else None, str(v) if v is not None else None)
    return out


class Store(Protocol):
    location: str

    def article_state(self, graph_iri: str) -> ArticleState | None:
        """The stored hash and extractor version of an article's graph, None if absent."""

    def article_states(self, graph_iris: Sequence[str]) -> dict[str, ArticleState]:
        """The states of several article graphs at once; absent ones are left out."""

    def replace_graph(self, graph_iri: str, triples: Iterable[tuple[RdfNode, RdfNode, RdfNode]]) -> None:
        """Replace a named graph's content in one transaction (all or nothing)."""

    def replace_graphs(self, graphs: Sequence[tuple[str, Sequence[tuple[RdfNode, RdfNode, RdfNode]]]]) -> None:
        """Replace several article graphs in one transaction (all of them or none), with the
        shared descriptions their triples carry (``ArticleTriples.shared``) and the removal
        of the shared descriptions no article names any more (``kg.store.layout``)."""

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (all or nothing)."""

    def select(self, query: str, bindings: Mapping[str, RdfNode] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT/ASK query; the variables and rows (rdflib terms)."""

    def query_raw(self, query: str, result_format: str) -> bytes:
        """Run a query and serialise its results (json, csv, tsv, xml; or an RDF format)."""

    def dump(self, out: IO[bytes], rdf_format: str) -> None:
        """Write the whole store (quads for nq/trig, the union graph otherwise)."""

    def count(self) -> int:
        """Number of quads in the store."""

    def flush(self) -> None:
        """Make every write so far durable and visible to queries (batched writes are sent)."""

    def close(self) -> None:
        """Flush and release the store."""
