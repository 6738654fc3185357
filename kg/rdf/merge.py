"""Apply the cross-article event merges planned by ``kg.link.merge`` to a store.

A merged event's IRI is replaced by the kept one in every article graph (as subject and as
object, e.g. of ``gev:about``), so each article keeps what it said — its source, evidence,
place, date text — on the shared node; a generic ``gev:Attack`` type is dropped where the
kept node has a specific class. Update text is built from terms serialised by pyoxigraph.
"""
from __future__ import annotations

import pyoxigraph as ox

from kg.link.merge import StoredEvent, plan_merges
from kg.rdf.namespace import GEV
from kg.store.base import Store

EVENTS_QUERY = """PREFIX gev: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?c ?p ?anc ?d ?pub WHERE {
  # each article graph that reports an event repeats its triples (and the union default
  # graph repeats them too): DISTINCT subqueries keep the rows linear in the events
  { SELECT DISTINCT ?e ?c WHERE { ?e a ?c . ?c rdfs:subClassOf* gev:Attack } }
  { SELECT DISTINCT ?e ?p ?anc WHERE { ?e gev:location ?p . ?p gev:locatedIn* ?anc } }
  OPTIONAL { SELECT DISTINCT ?e ?d WHERE { ?e gev:date ?d } }
  OPTIONAL { SELECT DISTINCT ?e ?pub WHERE { ?e gev:source ?a . ?a gev:published ?pub } }
  FILTER NOT EXISTS { ?e gev:factuality ?f . FILTER(?f IN (gev:Denied, gev:Hypothetical)) }
}"""


def stored_events(store: Store) -> list[StoredEvent]:
    _, rows = store.select(EVENTS_QUERY)
    events: dict[str, StoredEvent] = {}
    for r in rows:
        e = events.setdefault(str(r["e"]), StoredEvent(iri=str(r["e"])))
        e.classes.add(str(r["c"]).rsplit("#", 1)[-1])
        place = str(r["p"])
        e.places.add(place)
        e.chains.setdefault(place, set()).add(str(r["anc"]))
        if r.get("d") is not None:
            e.dates.add(str(r["d"]))
        if r.get("pub") is not None:
            e.published.add(str(r["pub"]))
    return list(events.values())


def rewrite_update(old: str, new: str) -> str:
    o, n, attack = ox.NamedNode(old), ox.NamedNode(new), ox.NamedNode(str(GEV.Attack))
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    return (
        f"DELETE {{ GRAPH ?g {{ {o} ?p ?v }} }} INSERT {{ GRAPH ?g {{ {n} ?p ?v }} }} WHERE {{ GRAPH ?g {{ {o} ?p ?v }} }} ;\n"
        f"DELETE {{ GRAPH ?g {{ ?s ?p {o} }} }} INSERT {{ GRAPH ?g {{ ?s ?p {n} }} }} WHERE {{ GRAPH ?g {{ ?s ?p {o} }} }} ;\n"
        f"DELETE {{ GRAPH ?g {{ {n} {rdf_type} {attack} }} }} WHERE {{ GRAPH ?g {{ {n} {rdf_type} {attack} }} "
        f"GRAPH ?h {{ {n} {rdf_type} ?c }} FILTER(?c != {attack}) }}"
    )


def merge_events(store: Store) -> dict[str, str]:
    """Plan and apply the merges over the whole store; returns old IRI -> kept IRI."""
    plan = plan_merges(stored_events(store))
    for old, new in sorted(plan.items()):
        store.update(rewrite_update(old, new))
    return plan
