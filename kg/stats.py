"""``kg stats``: what a store holds, through SPARQL only."""
from __future__ import annotations

from typing import Any

from kg.rdf.namespace import GENERIC_ATTACK, SPECIFIC_ATTACK_CLASSES
from kg.store.base import Store

PREFIX = "PREFIX gev: <https://w3id.org/geokg/ontology#>\n"
CLASSES = ("Article", "Statement", "Event", GENERIC_ATTACK, *SPECIFIC_ATTACK_CLASSES,
           "Actor", "Person", "Organization", "Country", "Place", "City", "Region", "Mention")


def store_stats(store: Store) -> dict[str, Any]:
    classes = {}
    for cls in CLASSES:
        _, rows = store.select(PREFIX + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* gev:" + cls + " . "
                               "FILTER(!STRSTARTS(STR(?x), 'https://w3id.org/geokg/ontology')) }")
        classes[cls] = int(rows[0]["n"]) if rows else 0
    _, langs = store.select(PREFIX + "SELECT ?l (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a gev:Article ; gev:language ?l } GROUP BY ?l ORDER BY ?l")
    _, span = store.select(PREFIX + "SELECT (MIN(?d) AS ?lo) (MAX(?d) AS ?hi) WHERE { ?a a gev:Article ; gev:published ?d }")
    lo = span[0].get("lo") if span else None
    hi = span[0].get("hi") if span else None
    return {
        "quads": store.count(),
        "articles": classes["Article"],
        "languages": {str(r["l"]): int(r["n"]) for r in langs},
        "published_from": str(lo) if lo is not None else None,
        "published_to": str(hi) if hi is not None else None,
        "classes": classes,
    }
