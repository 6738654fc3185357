"""The ontology's own triples, written into every store (graph ``…/graph/ontology``), so
that ``?x a/rdfs:subClassOf* gev:Attack`` works in plain SPARQL."""
from __future__ import annotations

from functools import lru_cache

import rdflib

from kg.rdf.namespace import ONTOLOGY_GRAPH, ontology_dir
from kg.store.base import Store


@lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    """The ontology, its SKOS mappings to CAMEO, ACLED and PLOVER (``mappings.ttl``), the
    speech-act scheme (``speech_acts.ttl``) and the target-type scheme (``targets.ttl``)."""
    g = rdflib.Graph()
    g.parse(ontology_dir() / "geokg.ttl", format="turtle")
    for extra in ("mappings.ttl", "speech_acts.ttl", "targets.ttl"):
        if (ontology_dir() / extra).is_file():
            g.parse(ontology_dir() / extra, format="turtle")
    return g


@lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(ontology_dir() / "shapes.ttl", format="turtle")
    return g


def ensure_ontology(store: Store) -> None:
    """Write (or refresh) the ontology graph; replacing it with the same triples changes nothing."""
    store.replace_graph(ONTOLOGY_GRAPH, sorted(ontology_graph(), key=lambda t: tuple(str(x) for x in t)))
