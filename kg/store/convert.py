"""Conversion between rdflib terms (the mapping's) and pyoxigraph terms (the store's)."""
from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node as RdfNode


@lru_cache(maxsize=65536)
def _named(iri: str) -> ox.NamedNode:
    """IRIs repeat (predicates, classes, shared places and actors): each is checked and
    built once. Bounded, so memory stays flat however many articles pass."""
    return ox.NamedNode(iri)


def to_ox(term: RdfNode) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return _named(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=_named(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term: object) -> RdfNode | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unsupported term {term!r}")


def graph_quads(graph_iri: str, triples) -> list[ox.Quad]:
    """The triples of one named graph as pyoxigraph quads (for ``Store.extend``)."""
    g = ox.NamedNode(graph_iri)
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples]


def replace_graphs_update(graphs) -> str:
    """One SPARQL update that replaces several named graphs (``(iri, triples)`` pairs):
    all of them or none, as one transaction."""
    return " ;\n".join(replace_graph_update(iri, triples) for iri, triples in graphs)


def replace_graph_update(graph_iri: str, triples) -> str:
    """One SPARQL update that replaces a named graph's content (all or nothing): terms are
    serialised by pyoxigraph, which escapes and checks them."""
    g = ox.NamedNode(graph_iri)
    body = " .\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)}" for s, p, o in triples)
    if not body:
        return f"DROP SILENT GRAPH {g}"
    return f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}"


def shared_descriptions(graphs) -> dict[str, list[ox.Triple]]:
    """The shared nodes' table descriptions that a batch of article graphs carries
    (``ArticleTriples.shared``), by node IRI, each triple once."""
    out: dict[str, dict[ox.Triple, None]] = {}
    for _iri, triples in graphs:
        for s, p, o in getattr(triples, "shared", ()):
            out.setdefault(str(s), {})[ox.Triple(to_ox(s), to_ox(p), to_ox(o))] = None
    return {n: list(ts) for n, ts in out.items()}


def triple_text(t: ox.Triple) -> str:
    return f"{t.subject} {t.predicate} {t.object}"
