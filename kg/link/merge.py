"""Cross-article event identity when reports differ in precision.

A dated attack's IRI comes from its class, place and day, so two reports that agree on all
three already share a node. An undated report's IRI also carries its article's key
(``kg.link.iris.event_iri``): "no day" says nothing about which attack it is, so undated
reports of one class at one place meet only here, where their publication days are
compared. Reports that differ in precision — one names the city, the other the region; one
gives the day, the other does not; one says "drone strike", the other "attack" — are linked
here, over the whole store, after each build.

Two events are *compatible* when all of these hold:

* their specific classes agree (``Attack`` fits any, but only between dated reports: an
  undated report of unknown means, "X was also targeted earlier in the week", tells only a
  place and a week, too little to be another report's attack);
* their days agree; an undated report fits a dated one only when each of its articles was
  published on that day or within ``UNDATED_TO_DATED_DAYS`` after it (never before it), and two undated ones only when all
  their articles were published within ``UNDATED_SPAN_DAYS`` of each other (undated reports
  months apart are different attacks, whatever their class and place);
* each one's most precise place is, or contains, the other's (below country level: a
  country contains everything and links nothing).

Compatible pairs form clusters. A cluster is merged only if it is unambiguous: a member
compatible with two members that are not compatible with each other (a region-level report
beside two different cities, an undated report beside two days) is taken out and left alone,
and what remains is merged only where every pair is compatible. Prefer two nodes to one
wrong node. Each merged group keeps one node, the most precise report (a specific class, the
deepest place, a day), ties broken by IRI, so the plan depends on the set of events, not on
the order they came in.

This module only plans; ``kg.rdf.merge`` rewrites the graphs.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

GENERIC = {"Attack", "Event"}
UNDATED_TO_DATED_DAYS = 2  # "a couple of days": an undated report of a dated attack is filed soon after it
UNDATED_SPAN_DAYS = 3  # "a few days": two undated reports of one attack are published close together
REACH_DAYS = max(UNDATED_TO_DATED_DAYS, UNDATED_SPAN_DAYS)  # anchor days of a compatible pair are at most this far apart
LARGEST_CLUSTER = 64  # a cluster this large is a chain of look-alikes, not one attack: left alone


@dataclass
class StoredEvent:
    iri: str
    classes: set[str] = field(default_factory=set)  # gev: local names
    places: set[str] = field(default_factory=set)  # IRIs of gev:location
    chains: dict[str, set[str]] = field(default_factory=dict)  # place -> itself and every place containing it
    dates: set[str] = field(default_factory=set)
    published: set[str] = field(default_factory=set)  # publication days of the reporting articles

    @property
    def specific(self) -> set[str]:
        return self.classes - GENERIC

    def depth(self) -> int:
        return max((len(c) for c in self.chains.values()), default=0)


def _day(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _days(isos: set[str]) -> list[dt.date]:
    return sorted(d for d in (_day(x) for x in isos) if d is not None)


def _local_places(e: StoredEvent) -> list[str]:
    """The event's places below country level (a country contains everything: never compared)."""
    return [p for p in e.places if len(e.chains.get(p, ())) > 1]


def _leaves(e: StoredEvent) -> list[str]:
    """The event's most precise places: those below country level that contain none of its others."""
    local = _local_places(e)
    return [p for p in local if not any(q != p and p in e.chains.get(q, ()) for q in local)]


def _places_fit(a: StoredEvent, b: StoredEvent) -> bool:
    la, lb = _leaves(a), _leaves(b)
    if not la or not lb:
        return False
    return all(pa in b.chains[pb] or pb in a.chains[pa] for pa in la for pb in lb)


def _undated_fits_day(undated: StoredEvent, day: dt.date) -> bool:
    pubs = _days(undated.published)
    # published on the day or a couple of days after it: a report cannot tell an attack that
    # had not happened when it was published
    return bool(pubs) and all(0 <= (p - day).days <= UNDATED_TO_DATED_DAYS for p in pubs)


def _days_fit(a: StoredEvent, b: StoredEvent) -> bool:
    if a.dates and b.dates:
        return a.dates == b.dates and len(a.dates) == 1
    if a.dates or b.dates:
        dated, undated = (a, b) if a.dates else (b, a)
        days = _days(dated.dates)
        return len(days) == 1 and _undated_fits_day(undated, days[0])
    pubs = _days(a.published | b.published)
    return len(_days(a.published)) > 0 and len(_days(b.published)) > 0 and (pubs[-1] - pubs[0]).days <= UNDATED_SPAN_DAYS


def compatible(a: StoredEvent, b: StoredEvent) -> bool:
    if a.specific and b.specific and a.specific != b.specific:
        return False
    if (not a.dates or not b.dates) and not (a.specific and b.specific):
        # an undated report of unknown means ("X was also targeted earlier in the week") tells
        # only a place and a week: too little to be another report's attack
        return False
    return _days_fit(a, b) and _places_fit(a, b)


def _rank(e: StoredEvent) -> tuple:
    return (bool(e.specific), e.depth(), bool(e.dates))


def _window(e: StoredEvent) -> list[str]:
    """The days an event may meet others on: its own day, or, undated, the days around its
    publication (every compatible pair shares one of them)."""
    if e.dates:
        return sorted(e.dates)
    return sorted({(p + dt.timedelta(days=k)).isoformat()
                   for p in _days(e.published) for k in range(-REACH_DAYS, REACH_DAYS + 1)})


def _candidate_pairs(events: list[StoredEvent]) -> Iterator[tuple[StoredEvent, StoredEvent]]:
    """Every pair that may be compatible, without comparing all events of a place.

    Compatible events have places ``pa`` and ``pb`` below country level with ``pa`` in
    ``pb``'s chain (or the reverse), and share a day of their windows (a dated event's day;
    the days around an undated one's publication). So each event is paired with the events
    *located at* a place of its own chains on a day of its own window. The pairs cover all
    compatible ones, so the clusters are those of comparing every pair; the cost grows with
    the events, not with their square per place."""
    located: dict[tuple[str, str], list[StoredEvent]] = defaultdict(list)
    for e in events:
        for p in _local_places(e):
            for day in _window(e):
                located[(p, day)].append(e)
    for b in events:
        seen: set[str] = set()
        for pb in _local_places(b):
            for x in b.chains[pb]:
                for day in _window(b):
                    for a in located.get((x, day), ()):
                        if a is not b and a.iri not in seen:
                            seen.add(a.iri)
                            yield a, b


def _components(members: list[StoredEvent], linked: dict[str, set[str]]) -> list[list[StoredEvent]]:
    by_iri = {m.iri: m for m in members}
    seen: set[str] = set()
    out = []
    for m in sorted(members, key=lambda m: m.iri):
        if m.iri in seen:
            continue
        stack, comp = [m.iri], []
        seen.add(m.iri)
        while stack:
            x = stack.pop()
            comp.append(by_iri[x])
            for y in sorted(linked[x]):
                if y in by_iri and y not in seen:
                    seen.add(y)
                    stack.append(y)
        out.append(comp)
    return out


def unambiguous_groups(members: list[StoredEvent]) -> list[list[StoredEvent]]:
    """The groups of one cluster that can be merged without guessing.

    A member whose compatible partners are not all compatible with each other (a region
    report beside two cities, an undated report beside two days) could belong to either:
    it is left out. The rest is regrouped, and a group is kept only if every pair in it is
    compatible."""
    if len(members) > LARGEST_CLUSTER:
        return []
    linked: dict[str, set[str]] = {m.iri: set() for m in members}
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if compatible(a, b):
                linked[a.iri].add(b.iri)
                linked[b.iri].add(a.iri)
    ambiguous = {
        m.iri for m in members
        if any(y not in linked[x] for x in linked[m.iri] for y in linked[m.iri] if x < y)
    }
    rest = [m for m in members if m.iri not in ambiguous]
    groups = []
    for comp in _components(rest, linked):
        if len(comp) > 1 and all(b.iri in linked[a.iri] for i, a in enumerate(comp) for b in comp[i + 1:]):
            groups.append(comp)
    return groups


def clusters(events: list[StoredEvent]) -> list[list[StoredEvent]]:
    """The events linked by chains of compatible pairs (each member sorted by IRI)."""
    parent = {e.iri: e.iri for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in _candidate_pairs(events):
        if find(a.iri) != find(b.iri) and compatible(a, b):
            parent[find(a.iri)] = find(b.iri)
    out: dict[str, list[StoredEvent]] = defaultdict(list)
    for e in events:
        out[find(e.iri)].append(e)
    return [sorted(members, key=lambda m: m.iri) for members in out.values()]


def _cluster_plan(members: list[StoredEvent]) -> dict[str, str]:
    """Old IRI -> kept IRI within one cluster (members sorted by IRI): each unambiguous group
    keeps its most precise report."""
    plan: dict[str, str] = {}
    if len(members) < 2:
        return plan
    for group in unambiguous_groups(members):
        keep = min(group, key=lambda m: (tuple(-int(x) for x in _rank(m)), m.iri))
        for m in group:
            if m.iri != keep.iri:
                plan[m.iri] = keep.iri
    return plan


def plan_merges(events: list[StoredEvent]) -> dict[str, str]:
    """Old IRI -> kept IRI for every event that another, more precise report absorbs."""
    plan: dict[str, str] = {}
    for members in clusters(events):
        plan.update(_cluster_plan(members))
    return plan


def anchor_days(e: StoredEvent) -> tuple[dt.date, dt.date] | None:
    """The first and last day an event can meet others by: its one day, or, undated, its
    publication days. None when it can meet no other event: a report of several days
    (``_days_fit`` needs one) or undated reports published too far apart to fit anything."""
    if e.dates:
        days = _days(e.dates)
        return (days[0], days[0]) if len(e.dates) == 1 and days else None
    pubs = _days(e.published)
    if not pubs or (pubs[-1] - pubs[0]).days > UNDATED_SPAN_DAYS:
        return None
    return pubs[0], pubs[-1]


def plan_day_by_day(days: Sequence[dt.date], read_day: Callable[[dt.date], Iterable[StoredEvent]]
                    ) -> Iterator[dict[str, str]]:
    """The store's merge plan in parts, reading the events one day at a time.

    Every compatible pair has anchor days at most ``REACH_DAYS`` apart (same day; an undated
    report published up to two days after a dated one; undated reports within three days), so
    a cluster whose last anchor day is more than ``REACH_DAYS`` before the next day to read
    can gain no member: it is planned then (the plan of each cluster depends only on its
    members, so the parts add up to ``plan_merges`` of the whole store) and forgotten. Only
    the last few days' events are held, whatever the size of the store — reading them all at
    once made the merge of a 100k-article build the build process's largest memory.

    ``days`` are the days with something to read, in order; ``read_day(d)`` gives the events
    whose first anchor day is ``d`` (others it gives are ignored). Each part is yielded
    before the next day is read, so the caller can apply it first."""
    live: list[StoredEvent] = []
    last: dict[str, dt.date] = {}  # a live event's last anchor day, computed once
    for i, day in enumerate(days):
        for e in read_day(day):
            span = anchor_days(e)
            if span is not None and span[0] == day:
                live.append(e)
                last[e.iri] = span[1]
        after = days[i + 1] if i + 1 < len(days) else None
        plan: dict[str, str] = {}
        kept: list[StoredEvent] = []
        for members in clusters(live):
            if after is None or (after - max(last[m.iri] for m in members)).days > REACH_DAYS:
                plan.update(_cluster_plan(members))  # closed: no later day can reach it
                for m in members:
                    del last[m.iri]
            else:
                kept.extend(members)
        live = kept
        if plan:
            yield plan
