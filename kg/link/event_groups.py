"""Grouping one article's attack mentions into attacks, and what "the attack" refers to.

Mentions that hit the same place with compatible classes (``gev:Attack`` fits any) and
dates (a missing day fits any) are one attack; a generic attack takes the class of an
unplaced specific trigger of the same sentence ("a visé un immeuble de Beyrouth par une
frappe aérienne"). An unplaced definite mention ("l'attaque", "the strike") is no attack of
its own but refers to one told before. Pure functions of the records and their places.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.model import EventRecord, LinkedEvent, Node
from kg.rdf.namespace import GENERIC_ATTACK

NEXT_SENTENCE_GAP = 2  # characters between two sentences of one paragraph (a space, or none)


@dataclass
class EventGroup:
    """The mentions of one attack in one article, with what they agree on."""

    event_class: str
    place: Node
    date: dt.date | None
    date_text: str | None
    records: list[EventRecord] = field(default_factory=list)

    def accepts(self, ev: EventRecord, place: Node) -> bool:
        same_class = self.event_class == ev.event_class or GENERIC_ATTACK in (self.event_class, ev.event_class)
        same_day = self.date is None or ev.date is None or self.date == ev.date
        return self.place.iri == place.iri and same_class and same_day

    def add(self, ev: EventRecord) -> None:
        if self.event_class == GENERIC_ATTACK:
            self.event_class = ev.event_class
        if self.date is None and ev.date is not None:
            self.date, self.date_text = ev.date, ev.date_text
        self.date_text = self.date_text or ev.date_text
        self.records.append(ev)


def group_events(events: list[EventRecord],
                 place_of: Callable[[int, EventRecord], Node | None]) -> tuple[list[EventGroup], dict[int, int]]:
    """The attacks of the article and, for each placed mention's index, its group's index."""
    groups: list[EventGroup] = []
    index_of: dict[int, int] = {}
    for i, ev in enumerate(events):
        place = place_of(i, ev)
        if place is None:
            continue
        for gi, g in enumerate(groups):
            if g.accepts(ev, place):
                g.add(ev)
                index_of[i] = gi
                break
        else:
            index_of[i] = len(groups)
            groups.append(EventGroup(ev.event_class, place, ev.date, ev.date_text, [ev]))
    # a generic attack and an unplaced specific trigger of the same sentence are one attack
    # ("a visé un immeuble de Beyrouth par une frappe aérienne"), else of the sentence right
    # after it, when it tells the means with no place ("Lipetsk was attacked overnight. Three
    # drones hit an industrial zone")
    unplaced = [ev for i, ev in enumerate(events) if i not in index_of]
    for g in groups:
        if g.event_class != GENERIC_ATTACK:
            continue
        sentences = {r.sentence.start for r in g.records}
        following = {s for r in g.records for s in range(r.sentence.end, r.sentence.end + NEXT_SENTENCE_GAP + 1)}
        for near in (sentences, following):
            specific = {ev.event_class for ev in unplaced if ev.sentence.start in near} - {GENERIC_ATTACK}
            if len(specific) == 1:
                g.event_class = specific.pop()
                break
            if specific:
                break
    return groups, index_of


def told_just_before(text: str, events: list[LinkedEvent], sentence_start: int) -> str | None:
    """The attack told in the sentence that ends right before ``sentence_start``, if one was."""
    prev_start = max(text.rfind(". ", 0, max(sentence_start - 2, 0)), text.rfind("\n", 0, max(sentence_start - 1, 0))) + 1
    told = [e for e in events if any(prev_start <= m.start < sentence_start for m in e.evidence)]
    return told[-1].iri if len(told) == 1 else None


def topic(events: list[LinkedEvent], position: int) -> str:
    """The attack mentioned last before ``position`` (the article's first one if none was)."""
    last_mention = {e.iri: max((m.start for m in e.evidence if m.start <= position), default=-1) for e in events}
    best = max(events, key=lambda e: last_mention[e.iri])
    return best.iri if last_mention[best.iri] >= 0 else events[0].iri


def referred(text: str, events: list[EventRecord], iri_of: dict[int, str], real: list[LinkedEvent]) -> dict[int, str]:
    """For each unplaced definite mention ("l'attaque", "the strike"), the attack it refers
    to: the one told in the sentence just before, else the article's main attack of a
    compatible class."""
    out: dict[int, str] = {}
    for i, ev in enumerate(events):
        if i not in iri_of and ev.definite and real:
            fitting = [e for e in real if ev.event_class in (GENERIC_ATTACK, e.event_class)] or real
            out[i] = told_just_before(text, fitting, ev.sentence.start) or fitting[0].iri
    return out
