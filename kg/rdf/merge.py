"""Apply the cross-article event merges planned by ``kg.link.merge`` to a store.

A merged event's IRI is replaced by the kept one in every article graph (as subject and as
object, e.g. of ``gev:about``), so each article keeps what it said — its source, evidence,
place, date text — on the shared node; a generic ``gev:Attack`` type is dropped where the
kept node has a specific class. Update text is built from terms serialised by pyoxigraph.
"""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox

from kg.link.merge import StoredEvent, plan_day_by_day
from kg.rdf.namespace import GEV
from kg.store.base import Store

PREFIXES = """PREFIX gev: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# The merge reads the store one day at a time (``kg.link.merge.plan_day_by_day``): read at
# once, a 100k-article build's events and their rows were the build process's largest memory.
# A day's candidates are what is dated that day and what is told by articles published that
# day, found from the day alone (index lookups: the cost of a day does not grow with the
# store); then one query per property for them (``VALUES`` stands for the candidates) keeps
# the attacks with a place that no article denies or supposes. In one query an event's rows
# were the product of its classes, places with their ancestors, days and publication days.
# Each article graph repeats an event's triples (and the union default graph repeats them
# too): DISTINCT keeps the rows linear in the events.
DAYS_QUERY = PREFIXES + """SELECT DISTINCT ?d WHERE { { ?x gev:date ?d } UNION { ?x gev:published ?d } }"""
# The day is written into the query as a term serialised by pyoxigraph (the store's own
# values, never user text): bound through a VALUES block, the store joined it with every
# dated triple instead of looking the day up (2.6 ms a day on a 300k-quad store, 0.2 inline).
DAY_CANDIDATES_QUERY = PREFIXES + """SELECT DISTINCT ?e WHERE {
  { ?e gev:date %(day)s } UNION { ?a gev:published %(day)s . ?e gev:source ?a }
}"""
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
EVENT_CLASSES_QUERY = PREFIXES + """SELECT DISTINCT ?e ?c WHERE { VALUES ?e { %s } ?e a ?c . ?c rdfs:subClassOf* gev:Attack }"""
EVENT_PLACES_QUERY = PREFIXES + """SELECT DISTINCT ?e ?p ?anc WHERE { VALUES ?e { %s } ?e gev:location ?p . ?p gev:locatedIn* ?anc }"""
NOT_ASSERTED_QUERY = PREFIXES + """SELECT DISTINCT ?e WHERE {
  VALUES ?e { %s } ?e gev:factuality ?f . FILTER(?f IN (gev:Denied, gev:Hypothetical))
}"""
EVENT_DATES_QUERY = PREFIXES + """SELECT DISTINCT ?e ?d WHERE { VALUES ?e { %s } ?e gev:date ?d }"""
EVENT_PUBLISHED_QUERY = PREFIXES + """SELECT DISTINCT ?e ?pub WHERE { VALUES ?e { %s } ?e gev:source ?a . ?a gev:published ?pub }"""


def _values(iris) -> str:
    return " ".join(str(ox.NamedNode(iri)) for iri in sorted(iris))


def event_days(store: Store) -> list[dt.date]:
    """Every day something is dated or published on, in order: the days the merge reads."""
    _, rows = store.select(DAYS_QUERY)
    days = set()
    for r in rows:
        try:
            days.add(dt.date.fromisoformat(str(r["d"])[:10]))
        except ValueError:
            continue
    return sorted(days)


def day_events(store: Store, day: dt.date) -> list[StoredEvent]:
    """The attacks dated ``day`` or told by an article published that day (``plan_day_by_day``
    keeps each on its first anchor day), with a place and not denied or supposed anywhere,
    with their classes, places and their chains, days and publication days."""
    _, rows = store.select(DAY_CANDIDATES_QUERY % {"day": ox.Literal(day.isoformat(), datatype=XSD_DATE)})
    if not rows:
        return []
    events: dict[str, StoredEvent] = {}
    _, rows = store.select(EVENT_CLASSES_QUERY % _values(str(r["e"]) for r in rows))
    for r in rows:
        events.setdefault(str(r["e"]), StoredEvent(iri=str(r["e"]))).classes.add(str(r["c"]).rsplit("#", 1)[-1])
    if not events:
        return []
    _, rows = store.select(NOT_ASSERTED_QUERY % _values(events))
    for r in rows:
        events.pop(str(r["e"]), None)
    values = _values(events)
    _, rows = store.select(EVENT_PLACES_QUERY % values)
    for r in rows:
        e, place = events[str(r["e"])], str(r["p"])
        e.places.add(place)
        e.chains.setdefault(place, set()).add(str(r["anc"]))
    for query, add in ((EVENT_DATES_QUERY, lambda e, r: e.dates.add(str(r["d"]))),
                       (EVENT_PUBLISHED_QUERY, lambda e, r: e.published.add(str(r["pub"])))):
        _, rows = store.select(query % values)
        for r in rows:
            add(events[str(r["e"])], r)
    return [e for e in events.values() if e.places]


def stored_events(store: Store) -> list[StoredEvent]:
    """Every attack the merge considers, each once (on its first anchor day), read day by day:
    for checks and small stores; the merge itself never holds them all."""
    out: dict[str, StoredEvent] = {}
    for day in event_days(store):
        for e in day_events(store, day):
            out.setdefault(e.iri, e)
    return list(out.values())


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
    """Plan and apply the merges over the whole store, a few days at a time; returns old IRI
    -> kept IRI. Each part is applied before later days are read (they never hold its events)."""
    plan: dict[str, str] = {}
    for part in plan_day_by_day(event_days(store), lambda day: day_events(store, day)):
        for old, new in sorted(part.items()):
            store.update(rewrite_update(old, new))
        plan.update(part)
    return plan
