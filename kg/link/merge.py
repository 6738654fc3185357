"""Cross-article event identity when reports differ in precision.

An attack's IRI comes from its class, place and day, so two reports that agree on all three
already share a node. Reports that differ in precision — one names the city, the other the
region; one gives the day, the other does not; one says "drone strike", the other "attack" —
are linked here, over the whole store, after each build:

* two events are compatible when their specific classes agree (``Attack`` fits any), their
  days agree (a missing day fits any), and one's place is, or contains, the other's;
* compatible events form clusters; a cluster that mixes two days or two specific classes is
  left alone (nothing says which report to trust);
* each cluster keeps one node, the most precise report (a specific class, the deepest place,
  a day), ties broken by IRI, so the result depends on the set of events, not on build order.

This module only plans; ``kg.rdf.merge`` rewrites the graphs.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

GENERIC = {"Attack", "Event"}


@dataclass
class StoredEvent:
    iri: str
    classes: set[str] = field(default_factory=set)  # gev: local names
    places: set[str] = field(default_factory=set)  # IRIs of gev:location
    chains: dict[str, set[str]] = field(default_factory=dict)  # place -> itself and every place containing it
    dates: set[str] = field(default_factory=set)

    @property
    def specific(self) -> set[str]:
        return self.classes - GENERIC

    def depth(self) -> int:
        return max((len(c) for c in self.chains.values()), default=0)


def compatible(a: StoredEvent, b: StoredEvent) -> bool:
    if a.specific and b.specific and a.specific != b.specific:
        return False
    if a.dates and b.dates and a.dates != b.dates:
        return False
    # a country contains every place in it: only cities and regions are compared
    pairs = [(pa, pb) for pa in a.places for pb in b.places
             if len(a.chains.get(pa, ())) > 1 and len(b.chains.get(pb, ())) > 1]
    return any(pa in b.chains[pb] or pb in a.chains[pa] for pa, pb in pairs)


def _rank(e: StoredEvent) -> tuple:
    return (bool(e.specific), e.depth(), bool(e.dates))


def _local_places(e: StoredEvent) -> list[str]:
    """The event's places below country level (a country contains everything: never compared)."""
    return [p for p in e.places if len(e.chains.get(p, ())) > 1]


def _candidate_pairs(events: list[StoredEvent]):
    """Every pair that may be compatible, without comparing all events of a country.

    Compatible events have places ``pa`` and ``pb`` below country level with ``pa`` in
    ``pb``'s chain (or the reverse): so each event is paired with the events *located at*
    a place of its own chains, and, when it has a day, only with those of the same day or
    of none. The pairs cover all compatible ones, so the clusters are those of comparing
    every pair; the cost grows with the events, not with their square per country."""
    located: dict[tuple[str, frozenset], list[StoredEvent]] = defaultdict(list)
    located_any: dict[str, list[StoredEvent]] = defaultdict(list)
    for e in events:
        for p in _local_places(e):
            located[(p, frozenset(e.dates))].append(e)
            located_any[p].append(e)
    undated: frozenset = frozenset()
    for b in events:
        for pb in _local_places(b):
            for x in b.chains[pb]:
                if b.dates:
                    candidates = located.get((x, frozenset(b.dates)), []) + located.get((x, undated), [])
                else:
                    candidates = located_any.get(x, [])
                for a in candidates:
                    if a is not b:
                        yield a, b


def plan_merges(events: list[StoredEvent]) -> dict[str, str]:
    """Old IRI -> kept IRI for every event that another, more precise report absorbs."""
    parent = {e.iri: e.iri for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in _candidate_pairs(events):
        if find(a.iri) != find(b.iri) and compatible(a, b):
            parent[find(a.iri)] = find(b.iri)
    clusters: dict[str, list[StoredEvent]] = defaultdict(list)
    for e in events:
        clusters[find(e.iri)].append(e)
    plan: dict[str, str] = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        if len({frozenset(m.specific) for m in members if m.specific}) > 1:
            continue
        if len({frozenset(m.dates) for m in members if m.dates}) > 1:
            continue
        keep = min(members, key=lambda m: (tuple(-int(x) for x in _rank(m)), m.iri))
        for m in members:
            if m.iri != keep.iri:
                plan[m.iri] = keep.iri
    return plan
