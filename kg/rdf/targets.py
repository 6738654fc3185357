"""The triples of what an article's attacks hit (issue 20).

An attack gets ``gev:targetType`` (a concept of ``ontology/targets.ttl``, one per kind the
article says it hit) and ``gev:target`` (each named facility); a facility is a
``gev:Facility`` labelled as this article writes it, ``gev:locatedIn`` its town and
``gev:facilityType`` its concept. A facility's description is text-derived, so it lives
in the article's graph (like a person the tables do not know), never in the shared graph.
Called by ``kg.rdf.mapping.article_triples``, the one mapping.
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.model import LinkedArticle
from kg.rdf.namespace import GEV, TARGET_TYPE


def target_triples(linked: LinkedArticle) -> Iterator[tuple]:
    for ev in linked.events:
        e = URIRef(ev.iri)
        for concept in sorted(ev.target_types):
            yield e, GEV.targetType, TARGET_TYPE[concept]
        for fac in sorted(ev.targets):
            yield e, GEV.target, URIRef(fac)
    for f in linked.facilities:
        n = URIRef(f.iri)
        yield n, RDF.type, GEV.Facility
        yield n, RDFS.label, Literal(f.label, lang=f.lang or None)
        yield n, GEV.locatedIn, URIRef(f.place)
        yield n, GEV.facilityType, TARGET_TYPE[f.concept]
