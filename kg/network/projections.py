"""networkx projections of the graph: pure functions of a ``Snapshot``.

Every projection returns a ``networkx.DiGraph`` whose nodes are IRIs and whose node and
edge attributes follow one schema, so that the analysis functions and the exporters
work on any of them. Attributes that are unknown are left out, never ``None`` (GEXF and
GraphML have no null).

Node attributes
    ``iri`` (str), ``label`` (str, in the chosen language), ``class`` (the most specific
    ``gev:`` class: ``Person``, ``Organization``, ``Country``, ``City``, ``Region``,
    ``DroneStrike``…, ``Statement``), ``country`` (ISO code of the country the node
    belongs to: a place's country, an actor's ``memberOf`` country, an event's place's,
    a statement's speaker's), ``lat``/``long`` (float, places with coordinates),
    ``first_date``/``last_date`` (ISO days: an event's or statement's ``gev:date``, else
    the day its first source was published; for actors and places, the span of the dated
    events and statements they take part in), and for events and statements ``sources``
    (int, articles reporting it); events also have ``factuality`` (``Asserted`` unless
    the graph says otherwise) and, when sources give casualty figures or count weapons,
    ``killed_min``, ``killed_max``, ``killed_reports``, ``injured_min``, ``injured_max``,
    ``injured_reports``, and likewise ``launched_*`` and ``intercepted_*`` (int: the
    lowest and highest count and how many counts), and ``target_types`` (str: the concepts
    of ``ontology/targets.ttl`` it hit, local names joined by ``;``) when the text says what
    it hit. A named facility an attack hit (class ``Facility``) has ``facility_type``. A
    statement has ``speech_act`` (str: its concept in ``ontology/speech_acts.ttl``, e.g.
    ``Claim``, ``Denial``, ``Accusation``).

Edge attributes
    ``relation`` (str: the contract property, or several joined by ``;`` when two nodes
    are linked more than one way), ``label`` (the relation's label in the chosen
    language), ``weight`` (float: how many facts support the edge), ``sources`` (int:
    distinct articles stating those facts), ``first_date``/``last_date`` (the span of
    the dated events and statements behind it, when known).

Projections (``PROJECTIONS`` by name)
    ``full``: actors, places, facilities, events and statements as typed nodes; every
    contract property between two of them as an edge (subject → object), ``target`` from
    an event to the facility it hit included.
    ``actor-event``: actor → event edges; a statement's speaker (``speaker``) and the
    actors it accuses (``accused``) are linked to the events it is about; the event's
    ``perpetrator`` and ``allegedPerpetrator`` directly. Per-relation counts are kept as
    int attributes of those names, and ``claims`` and ``denials`` count the speaker's
    statements about the event that claim it or deny it (``gev:speechAct``).
    ``actor-actor``: ``accuses`` edges from a speaker to the actor its statement blames,
    and ``coStatement`` edges between two actors who speak about the same event (stored
    once, from the smaller IRI to the larger); int attributes ``accusations`` and
    ``shared_events``.
    ``place``: places and facilities with ``locatedIn`` (and ``controlledBy``) edges; each
    has an int ``events`` attribute, the events located there.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import networkx as nx

from kg.network.labels import node_label, term_label
from kg.network.snapshot import ACTOR_CLASSES, EVENT_CLASSES, PLACE_CLASSES, Snapshot


@dataclass
class _Edge:
    """An edge being accumulated from the facts that support it."""

    relations: Counter = field(default_factory=Counter)
    graphs: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)

    def add(self, relation: str, graph: str, date: str | None) -> None:
        self.relations[relation] += 1
        self.graphs.add(graph)
        if date:
            self.dates.add(date)


def _is_occurrence(cls: str) -> bool:
    """Events and statements: the nodes that happen on a day."""
    return cls == "Statement" or cls in EVENT_CLASSES


class _Context:
    """Indices computed once per projection: node dates, countries, labels."""

    def __init__(self, snap: Snapshot, lang: str) -> None:
        self.snap, self.lang = snap, lang
        self.dates: dict[str, set[str]] = defaultdict(set)
        self.sources: dict[str, set[str]] = defaultdict(set)
        for fact in snap.facts:
            if fact.relation == "source":
                self.sources[fact.subject].add(fact.object)
            elif fact.object in snap.entities and not _is_occurrence(snap.entities[fact.object].cls):
                day = self.day(fact.subject)
                if day:
                    self.dates[fact.object].add(day)
        self._country: dict[str, str | None] = {}

    def day(self, iri: str) -> str | None:
        """The day of an event or statement: its ``gev:date``, else its first publication day."""
        ent = self.snap.entities.get(iri)
        if ent is None or not _is_occurrence(ent.cls):
            return None
        return ent.date or ent.published

    def country(self, iri: str) -> str | None:
        """The ISO code of the country a node belongs to, following the graph upwards."""
        if iri in self._country:
            return self._country[iri]
        self._country[iri] = None  # cycles end here
        code = self.snap.country_codes.get(iri)
        if code is None:
            ent = self.snap.entities.get(iri)
            up = {"Statement": ("speaker",)}.get(ent.cls if ent else "", ("location", "locatedIn", "memberOf"))
            for fact in self.snap.facts_by_subject.get(iri, ()):
                if fact.relation in up:
                    code = self.country(fact.object)
                    if code:
                        break
        self._country[iri] = code
        return code

    def node_attrs(self, iri: str) -> dict:
        ent = self.snap.entities[iri]
        attrs: dict = {"iri": iri, "label": node_label(self.snap, ent, self.lang), "class": ent.cls}
        code = self.country(iri)
        if code:
            attrs["country"] = code
        if ent.lat is not None and ent.long is not None:
            attrs["lat"], attrs["long"] = ent.lat, ent.long
        days = {self.day(iri)} - {None} if _is_occurrence(ent.cls) else self.dates.get(iri)
        if days:
            attrs["first_date"], attrs["last_date"] = min(days), max(days)
        if _is_occurrence(ent.cls):
            attrs["sources"] = len(self.sources.get(iri, ())) or 1
        if ent.cls in EVENT_CLASSES:
            attrs["factuality"] = ent.factuality or "Asserted"
            for kind, (lowest, highest, reports) in sorted(ent.casualties.items()):
                attrs[f"{kind}_min"], attrs[f"{kind}_max"], attrs[f"{kind}_reports"] = lowest, highest, reports
            if ent.target_types:
                attrs["target_types"] = ";".join(sorted(ent.target_types))
        elif ent.cls == "Statement" and ent.speech_act:
            attrs["speech_act"] = ent.speech_act
        elif ent.cls == "Facility" and ent.target_types:
            attrs["facility_type"] = ";".join(sorted(ent.target_types))
        return attrs

    def edge_attrs(self, edge: _Edge) -> dict:
        names = sorted(edge.relations)
        attrs: dict = {
            "relation": ";".join(names),
            "label": ", ".join(term_label(self.snap, n, self.lang) for n in names),
            "weight": float(sum(edge.relations.values())),
            "sources": len(edge.graphs),
        }
        if edge.dates:
            attrs["first_date"], attrs["last_date"] = min(edge.dates), max(edge.dates)
        return attrs


def _graph(ctx: _Context, name: str, edges: dict[tuple[str, str], _Edge], nodes: Iterable[str] = (),
           extra: Callable[[str, str, _Edge], dict] | None = None) -> nx.DiGraph:
    g = nx.DiGraph(name=name, lang=ctx.lang)
    for iri in sorted(set(nodes) | {n for pair in edges for n in pair}):
        g.add_node(iri, **ctx.node_attrs(iri))
    for (u, v) in sorted(edges):
        attrs = ctx.edge_attrs(edges[(u, v)])
        if extra:
            attrs.update(extra(u, v, edges[(u, v)]))
        g.add_edge(u, v, **attrs)
    return g


def entity_graph(snap: Snapshot, lang: str = "en") -> nx.DiGraph:
    """Actors, places, events and statements; every contract property between them."""
    ctx = _Context(snap, lang)
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    for fact in snap.facts:
        if fact.relation != "source" and fact.subject in snap.entities and fact.object in snap.entities:
            day = ctx.day(fact.subject)
            edges[(fact.subject, fact.object)].add(fact.relation, fact.graph, day)
    return _graph(ctx, "full", edges, nodes=snap.entities)


ACTOR_EVENT_RELATIONS = ("speaker", "accused", "perpetrator", "allegedPerpetrator")
SPEECH_ACT_COUNTS = {"Claim": "claims", "Denial": "denials"}
"""Speech acts counted on a speaker's edge to an event: who claimed it, who denied it."""


def actor_event_graph(snap: Snapshot, lang: str = "en") -> nx.DiGraph:
    """Actor → event: who spoke about it, who was accused of it, who did it (fact or alleged)."""
    ctx = _Context(snap, lang)
    ents = snap.entities
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    acts: dict[tuple[str, str], Counter] = defaultdict(Counter)  # speaker → event: statements by speech act
    for fact in snap.facts:
        if fact.subject not in ents or fact.object not in ents:
            continue
        if fact.relation in ("perpetrator", "allegedPerpetrator") and ents[fact.subject].cls in EVENT_CLASSES:
            edges[(fact.object, fact.subject)].add(fact.relation, fact.graph, ctx.day(fact.subject))
        elif fact.relation == "about" and ents[fact.subject].cls == "Statement":
            for other in snap.facts_by_subject[fact.subject]:
                role = {"speaker": "speaker", "accuses": "accused"}.get(other.relation)
                if role and other.object in ents and ents[other.object].cls in ACTOR_CLASSES:
                    edges[(other.object, fact.object)].add(role, other.graph, ctx.day(fact.subject))
                    if role == "speaker" and ents[fact.subject].speech_act in SPEECH_ACT_COUNTS:
                        acts[(other.object, fact.object)][ents[fact.subject].speech_act] += 1

    def counts(u: str, v: str, e: _Edge) -> dict:
        out = {r: int(e.relations.get(r, 0)) for r in ACTOR_EVENT_RELATIONS}
        out.update({name: acts[(u, v)][act] for act, name in SPEECH_ACT_COUNTS.items()})
        return out
    return _graph(ctx, "actor-event", edges, extra=counts)


def actor_actor_graph(snap: Snapshot, lang: str = "en") -> nx.DiGraph:
    """Actor → actor: who accuses whom, and who speaks about the same events."""
    ctx = _Context(snap, lang)
    ents = snap.entities
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    speakers_of_event: dict[str, dict[str, tuple[str, str | None]]] = defaultdict(dict)
    for stmt, facts in snap.facts_by_subject.items():
        if stmt not in ents or ents[stmt].cls != "Statement":
            continue
        day = ctx.day(stmt)
        speakers = [f for f in facts if f.relation == "speaker" and f.object in ents]
        for sp in speakers:
            for f in facts:
                if f.relation == "accuses" and f.object in ents and f.object != sp.object:
                    edges[(sp.object, f.object)].add("accuses", f.graph, day)
                elif f.relation == "about":
                    speakers_of_event[f.object].setdefault(sp.object, (sp.graph, day))
    for event, speakers in speakers_of_event.items():
        names = sorted(speakers)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                edge = edges[(a, b)]
                for who in (a, b):
                    graph, day = speakers[who]
                    edge.graphs.add(graph)
                    if day:
                        edge.dates.add(day)
                edge.relations["coStatement"] += 1
    return _graph(ctx, "actor-actor", edges, extra=lambda u, v, e: {
        "accusations": int(e.relations.get("accuses", 0)), "shared_events": int(e.relations.get("coStatement", 0))})


def place_graph(snap: Snapshot, lang: str = "en") -> nx.DiGraph:
    """Places and their containment, each with the number of events located there."""
    ctx = _Context(snap, lang)
    ents = snap.entities
    places = [iri for iri, e in ents.items() if e.cls in PLACE_CLASSES or e.cls == "Facility"]
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    events_at: dict[str, set[str]] = defaultdict(set)
    for fact in snap.facts:
        if fact.relation in ("locatedIn", "controlledBy") and fact.subject in ents and fact.object in ents:
            edges[(fact.subject, fact.object)].add(fact.relation, fact.graph, None)
        elif fact.relation == "location":
            events_at[fact.object].add(fact.subject)
    g = _graph(ctx, "place", edges, nodes=places)
    for iri in g.nodes:
        g.nodes[iri]["events"] = len(events_at.get(iri, ()))
    return g


Projection = Callable[[Snapshot, str], nx.DiGraph]
PROJECTIONS: dict[str, Projection] = {
    "full": entity_graph,
    "actor-event": actor_event_graph,
    "actor-actor": actor_actor_graph,
    "place": place_graph,
}
