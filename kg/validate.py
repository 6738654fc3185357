"""``kg validate``: pySHACL with ``ontology/shapes.ttl``, article by article.

Each article graph is checked with the shared descriptions it touches (the nodes it names in
``…/graph/nodes`` and the nodes those lead to, ``kg.store.layout``) and the ontology (passed
as ``ont_graph``, so ``sh:class`` and ``sh:targetClass`` see subclasses through
``rdfs:subClassOf`` without RDFS inference), and with the types its facts have in other
article graphs (a merged event's specific class lives where it was told). Articles are read ``batch`` at a time (a few
queries per batch, each bound to the batch's graphs by IRI), so the cost per article does
not grow with the store, and memory is one batch's graphs. Every shared description is
checked with the articles that name it (the store keeps no description no article names).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import pyshacl
import rdflib

from kg.rdf.namespace import GEV
from kg.rdf.ontology import ontology_graph, shapes_graph
from kg.store import layout
from kg.store.base import Store

ARTICLE_GRAPHS = """PREFIX gev: <https://w3id.org/geokg/ontology#>
SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a gev:Article } } ORDER BY ?g"""
DEFAULT_BATCH = 64


def article_graphs(store: Store) -> list[str]:
    """The IRIs of the store's article graphs."""
    _, rows = store.select(ARTICLE_GRAPHS)
    return [str(r["g"]) for r in rows]


def articles_data(store: Store, graph_iris: Sequence[str]) -> rdflib.Graph:
    """The union of some article graphs and the shared descriptions they touch."""
    data = rdflib.Graph()
    parts = " UNION ".join(f"{{ GRAPH {layout.iri_term(g)} {{ ?s ?p ?o }} }}" for g in graph_iris)
    data.parse(data=store.query_raw(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {parts} }}", "nt"), format="nt")
    # a merged event keeps its specific class in the graph of the article that gave it, and
    # loses the generic gev:Attack elsewhere (kg.rdf.merge): its types come from every graph
    # (read by the events' IRIs: a graph variable bound by VALUES makes Oxigraph scan every graph)
    events = " ".join(layout.iri_term(str(e)) for e in set(data.subjects(GEV.source, None)))
    if events:
        data.parse(data=store.query_raw(
            f"CONSTRUCT {{ ?e a ?c }} WHERE {{ VALUES ?e {{ {events} }} GRAPH ?h {{ ?e a ?c }} }}", "nt"), format="nt")
    _, rows = store.select(layout.candidates_query(graph_iris))
    nodes = " ".join(layout.iri_term(str(r["n"])) for r in rows)
    if nodes:
        shared = layout.iri_term(layout.SHARED_GRAPH)
        text = f"CONSTRUCT {{ ?n ?p ?o }} WHERE {{ VALUES ?n {{ {nodes} }} GRAPH {shared} {{ ?n ?p ?o }} }}"
        data.parse(data=store.query_raw(text, "nt"), format="nt")
    return data


def validate_articles(store: Store, graph_iris: Sequence[str] | None = None,
                      batch: int = DEFAULT_BATCH) -> Iterator[tuple[list[str], bool, str]]:
    """``(graph IRIs, conforms, report)`` for each batch of article graphs (all of the
    store's when ``graph_iris`` is None)."""
    iris = list(graph_iris) if graph_iris is not None else article_graphs(store)
    for i in range(0, len(iris), batch):
        chunk = iris[i: i + batch]
        conforms, _graph, text = pyshacl.validate(articles_data(store, chunk), shacl_graph=shapes_graph(),
                                                  ont_graph=ontology_graph(), inference="none", advanced=True)
        yield chunk, bool(conforms), str(text)


def validate_store(store: Store, graph_iris: Sequence[str] | None = None) -> tuple[bool, str]:
    """Whether every article (or those of ``graph_iris``) conforms, and the reports of the
    batches that do not."""
    reports = [f"articles {chunk[0]} … ({len(chunk)} graphs):\n{text}"
               for chunk, conforms, text in validate_articles(store, graph_iris) if not conforms]
    return not reports, "\n".join(reports)
