"""The store layout: which named graph holds what, and the updates that keep it whole.

* ``…/graph/<article key>``: one per article — its metadata, events, statements, mentions,
  and what only that article says of a node (a name as written there; a person or an
  organisation the tables do not know, described by the articles that name it).
* ``…/graph/nodes`` (``SHARED_GRAPH``): the table description (gazetteer and actor tables)
  of every shared node some article refers to — countries, regions, cities, curated
  actors — written once for the whole store instead of once per article.
* ``…/graph/ontology``: the ontology; ``…/graph/store``: the layout marker
  (``LAYOUT_VERSION``).

Queries see the union of the graphs, which is the set of triples the previous layout (every
article graph repeating the nodes it named) gave, without the copies.

Writing an article replaces its graph and adds the descriptions of the shared nodes it
names (a description that differs from the stored one replaces it: the tables changed),
in one transaction. Replacing or deleting an article may leave a shared description no
article refers to any more; the same transaction removes it (``sweep_update``): a shared
node is kept while an article graph names it or a kept node's description does (Moscow
keeps Russia). So a store always equals, as a union graph, a fresh build of its articles.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyoxigraph as ox

GRAPH_BASE = "https://w3id.org/geokg/id/graph/"
SHARED_GRAPH = GRAPH_BASE + "nodes"
STORE_GRAPH = GRAPH_BASE + "store"
ONTOLOGY_GRAPH = GRAPH_BASE + "ontology"
LAYOUT_VERSION = "https://w3id.org/geokg/id/layout/2"  # 2: shared nodes once (1: copies in each article graph)
CONFORMS_TO = "http://purl.org/dc/terms/conformsTo"
NOT_ARTICLES = frozenset({SHARED_GRAPH, STORE_GRAPH, ONTOLOGY_GRAPH})

# chains of shared descriptions: a city's administration -> the city -> its region -> its
# country; one sweep pass frees one link of a chain, so a pass per link
SWEEP_PASSES = 4

LINKS = ("https://w3id.org/geokg/ontology#locatedIn", "https://w3id.org/geokg/ontology#memberOf")

MARKER_QUERY = f"ASK {{ GRAPH <{STORE_GRAPH}> {{ <{STORE_GRAPH}> <{CONFORMS_TO}> <{LAYOUT_VERSION}> }} }}"
ANY_ARTICLE_QUERY = """PREFIX gev: <https://w3id.org/geokg/ontology#>
ASK { GRAPH ?g { ?a a gev:Article } }"""


def marker_quads() -> list[ox.Quad]:
    g = ox.NamedNode(STORE_GRAPH)
    return [ox.Quad(g, ox.NamedNode(CONFORMS_TO), ox.NamedNode(LAYOUT_VERSION), g)]


def is_article_graph(iri: str) -> bool:
    return iri not in NOT_ARTICLES


def refused_message(location: str) -> str:
    return (f"{location} was built by an earlier kg whose article graphs repeat the shared nodes; "
            f"rebuild it: move it aside and run kg build on the same inputs into a new store")


def iri_term(iri: str) -> str:
    return str(ox.NamedNode(iri))


def candidates_query(graph_iris: Sequence[str]) -> str:
    """The shared nodes that the given (article) graphs name, and the nodes their
    descriptions lead to: what replacing those graphs may leave unreferenced. Each graph is
    named by its IRI (``GRAPH ?g`` bound by VALUES makes Oxigraph scan every graph)."""
    shared = iri_term(SHARED_GRAPH)
    parts = " UNION ".join(f"{{ GRAPH {iri_term(g)} {{ {{ ?m ?p ?x }} UNION {{ ?x ?p ?m }} }} }}" for g in graph_iris)
    path = "|".join(f"<{p}>" for p in LINKS)
    return (f"SELECT DISTINCT ?n WHERE {{ {{ SELECT DISTINCT ?m WHERE {{ {parts} FILTER(isIRI(?m)) }} }} "
            f"GRAPH {shared} {{ ?m ({path})* ?n . ?n ?q ?y }} }}")


def sweep_update(nodes: Iterable[str]) -> str:
    """Remove the shared descriptions of ``nodes`` that no article graph and no other kept
    description names (``SWEEP_PASSES`` passes, one per link of a chain); empty if none."""
    terms = " ".join(sorted(iri_term(n) for n in set(nodes)))
    if not terms:
        return ""
    shared = iri_term(SHARED_GRAPH)
    one = (f"DELETE {{ GRAPH {shared} {{ ?n ?p ?o }} }} WHERE {{ VALUES ?n {{ {terms} }} "
           f"GRAPH {shared} {{ ?n ?p ?o }} "
           f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?q ?n }} FILTER(?g != {shared}) }} "
           f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?n ?q ?x }} FILTER(?g != {shared}) }} "
           f"FILTER NOT EXISTS {{ GRAPH {shared} {{ ?y ?r ?n }} }} }}")
    return " ;\n".join([one] * SWEEP_PASSES)


def describe_update(descriptions: dict[str, list[str]], replace: Iterable[str] = ()) -> str:
    """Delete the stored descriptions of ``replace`` and insert ``descriptions`` (node IRI
    -> serialised triples ``s p o``) into the shared graph; empty if there is nothing."""
    shared = iri_term(SHARED_GRAPH)
    ops = []
    gone = " ".join(sorted(iri_term(n) for n in set(replace)))
    if gone:
        ops.append(f"DELETE {{ GRAPH {shared} {{ ?n ?p ?o }} }} WHERE {{ VALUES ?n {{ {gone} }} GRAPH {shared} {{ ?n ?p ?o }} }}")
    body = " .\n".join(t for triples in descriptions.values() for t in triples)
    if body:
        ops.append(f"INSERT DATA {{ GRAPH {shared} {{\n{body} .\n}} }}")
    return " ;\n".join(ops)


def article_of_graph(graph_iri: str) -> str:
    """An article graph's article IRI (``…/graph/KEY`` -> ``…/article/KEY``)."""
    return "https://w3id.org/geokg/id/article/" + graph_iri[len(GRAPH_BASE):]


def states_query(graph_iris: Sequence[str]) -> str:
    """The text hash and extractor version of several articles in one query, each article
    bound by its IRI (a pattern with its subject bound is an index lookup)."""
    terms = " ".join(iri_term(article_of_graph(g)) for g in graph_iris)
    return ("PREFIX gev: <https://w3id.org/geokg/ontology#>\n"
            f"SELECT ?a ?h ?v WHERE {{ VALUES ?a {{ {terms} }} ?a a gev:Article . "
            "OPTIONAL { ?a gev:textHash ?h } OPTIONAL { ?a gev:extractorVersion ?v } }")


def ensure_layout(store) -> None:
    """Check that ``store`` has this layout before writing to it, and mark a new store.

    A store of an earlier kg (articles but no marker: each article graph repeats the shared
    nodes it names) is refused with a one-line ``StoreError`` saying how to rebuild it,
    because writing this layout into it would leave the old copies behind. The marker is
    written before any article, so a build killed after it leaves a marked store."""
    from rdflib import URIRef

    from kg.errors import StoreError

    _, rows = store.select(MARKER_QUERY)
    if rows and rows[0].get("ask"):
        return
    _, rows = store.select(ANY_ARTICLE_QUERY)
    if rows and rows[0].get("ask"):
        raise StoreError(refused_message(store.location))
    g = URIRef(STORE_GRAPH)
    store.replace_graph(STORE_GRAPH, [(g, URIRef(CONFORMS_TO), URIRef(LAYOUT_VERSION))])
