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

PREFIXES = """PREFIX gev: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# The events and what the merge compares, one query per property: read in one query, an
# event's rows were the product of its classes, places with their ancestors, days and the
# publication days of the articles reporting it, so an attack many articles report on many
# days made hundreds of rows, all held at once (the build process reached 1.9 GB RSS during
# the merge of a 100k-article build). Apart, the rows add up instead. Each article graph
# repeats an event's triples (and the union default graph repeats them too): DISTINCT keeps
# the rows linear in the events.
EVENT_PLACES_QUERY = PREFIXES + """SELECT DISTINCT ?e ?p ?anc WHERE {
  { SELECT DISTINCT ?e WHERE { ?e a ?c . ?c rdfs:subClassOf* gev:Attack } }
  ?e gev:location ?p . ?p gev:locatedIn* ?anc
}"""
EVENT_CLASSES_QUERY = PREFIXES + """SELECT DISTINCT ?e ?c WHERE { ?e a ?c . ?c rdfs:subClassOf* gev:Attack }"""
EVENT_DATES_QUERY = PREFIXES + """SELECT DISTINCT ?e ?d WHERE { ?e gev:date ?d . FILTER EXISTS { ?e gev:location ?p } }"""
EVENT_PUBLISHED_QUERY = PREFIXES + """SELECT DISTINCT ?e ?pub WHERE {
  ?e gev:source ?a . ?a gev:published ?pub . FILTER EXISTS { ?e gev:location ?p }
}"""
NOT_ASSERTED_QUERY = PREFIXES + """SELECT DISTINCT ?e WHERE {
  ?e gev:factuality ?f . FILTER(?f IN (gev:Denied, gev:Hypothetical))
}"""


def stored_events(store: Store) -> list[StoredEvent]:
    """Every attack of the store with a place, that no article denies or supposes, with
    its classes, places and their chains, days and publication days."""
    events: dict[str, StoredEvent] = {}
    _, rows = store.select(EVENT_PLACES_QUERY)
    for r in rows:
        e = events.setdefault(str(r["e"]), StoredEvent(iri=str(r["e"])))
        place = str(r["p"])
        e.places.add(place)
        e.chains.setdefault(place, set()).add(str(r["anc"]))
    del rows
    _, rows = store.select(NOT_ASSERTED_QUERY)
    for r in rows:
        events.pop(str(r["e"]), None)
    for query, add in ((EVENT_CLASSES_QUERY, lambda e, r: e.classes.add(str(r["c"]).rsplit("#", 1)[-1])),
                       (EVENT_DATES_QUERY, lambda e, r: e.dates.add(str(r["d"]))),
                       (EVENT_PUBLISHED_QUERY, lambda e, r: e.published.add(str(r["pub"])))):
        _, rows = store.select(query)
        for r in rows:
            e = events.get(str(r["e"]))
            if e is not None:
                add(e, r)
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
