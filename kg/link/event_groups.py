"""Grouping one article's attack mentions into attacks, and what "the attack" refers to.

Mentions that hit the same place with compatible classes (``gev:Attack`` fits any) and
dates (a missing day fits any) are one attack. What one mention lacks another tells:

* a generic attack takes the class of an unplaced specific trigger of the same sentence ("a
  visé un immeuble de Beyrouth par une frappe aérienne"), else of the next sentence ("An
  explosion hit a farm near Safed. It was a drone launched from Lebanon");
* an undated attack told first by a definite mention ("the strike", "la frappe") takes the
  day (and, if generic, the class) of the unplaced dated mention told just before it, with
  no other attack between ("Drones attacked overnight into Tuesday. The strike hit a depot
  in Bryansk"); not one told afresh ("X was also targeted") or with a vague time of its own
  ("earlier in the week");
* a mention placed only at region or country level is the same attack as the one city
  attack of the article inside that region when their classes and days agree ("Rockets hit
  Belgorod on Saturday … air defence destroyed 12 rockets over the Belgorod region"); with
  two attacks inside it that it could be (by class and day), it stays apart.

An unplaced definite mention ("l'attaque", "the strike") is no attack of its own but refers
to one told before. Pure functions of the records and their places.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.model import EventRecord, LinkedEvent, Node
from kg.rdf.namespace import GENERIC_ATTACK

NEXT_SENTENCE_GAP = 3  # characters between one sentence's end and the next one's start (" ", "\n\n")


@dataclass
class EventGroup:
    """The mentions of one attack in one article, with what they agree on."""

    event_class: str
    place: Node
    date: dt.date | None
    date_text: str | None
    records: list[EventRecord] = field(default_factory=list)

    def accepts(self, ev: EventRecord, place: Node) -> bool:
        return self.place.iri == place.iri and self.fits(ev.event_class, ev.date)

    def fits(self, event_class: str, date: dt.date | None) -> bool:
        """Whether an attack of this class on this day (None: untold) can be this one."""
        same_class = self.event_class == event_class or GENERIC_ATTACK in (self.event_class, event_class)
        same_day = self.date is None or date is None or self.date == date
        return same_class and same_day

    def absorb(self, other: "EventGroup") -> None:
        """Take the mentions of a vaguer report of this attack (its class and day if this has none)."""
        for ev in other.records:
            self.add(ev)
        if self.event_class == GENERIC_ATTACK:
            self.event_class = other.event_class

    def add(self, ev: EventRecord) -> None:
        if self.event_class == GENERIC_ATTACK:
            self.event_class = ev.event_class
        if self.date is None and ev.date is not None:
            self.date, self.date_text = ev.date, ev.date_text
        self.date_text = self.date_text or ev.date_text
        self.records.append(ev)


def group_events(events: list[EventRecord], place_of: Callable[[int, EventRecord], Node | None],
                 within: Callable[[Node, Node], bool] | None = None,
                 quarter_of: Callable[[Node, Node], bool] | None = None,
                 also_at: Callable[[int, EventRecord], list[Node]] | None = None) -> tuple[list[EventGroup], dict[int, int]]:
    """The attacks of the article and, for each placed mention's index, its group's index.

    ``within(a, b)`` says whether place ``a`` lies inside place ``b`` (a city in its region
    or country); without it no region-level mention is folded into a city attack.
    ``quarter_of(a, b)`` whether the article calls place ``a`` a quarter of city ``b``
    ("un drone a touché un immeuble du quartier de Troieshchyna" in a report on a strike on
    Kyiv): the quarter's mention joins the city's attack. ``also_at(i, ev)`` gives the
    other places one mention tells apart ("126 drones downed, 31 over the Ryazan region and 17
    over the Voronezh region"): each is an attack of its own, of the same mention."""
    groups: list[EventGroup] = []
    index_of: dict[int, int] = {}
    def put(ev: EventRecord, place: Node) -> int:
        for gi, g in enumerate(groups):
            if g.accepts(ev, place):
                g.add(ev)
                return gi
        groups.append(EventGroup(ev.event_class, place, ev.date, ev.date_text, [ev]))
        return len(groups) - 1

    for i, ev in enumerate(events):
        place = place_of(i, ev)
        if place is None:
            continue
        index_of[i] = put(ev, place)
        for other in (also_at(i, ev) if also_at is not None else []):
            put(ev, other)
    unplaced = [ev for i, ev in enumerate(events) if i not in index_of]
    _class_from_unplaced(groups, unplaced)
    _date_from_unplaced(groups, unplaced)
    if quarter_of is not None:
        groups, index_of = _fold_quarters(groups, index_of, quarter_of)
    if within is not None:
        groups, index_of = _fold_vaguer_places(groups, index_of, within)
    return groups, index_of


def _class_from_unplaced(groups: list[EventGroup], unplaced: list[EventRecord]) -> None:
    """A generic attack takes the one specific class of the unplaced triggers of its sentence,
    else of the sentence right after it when that sentence places no attack of its own."""
    placed_sentences = {r.sentence.start for g in groups for r in g.records}
    for g in groups:
        if g.event_class != GENERIC_ATTACK:
            continue
        sentences = {r.sentence.start for r in g.records}
        specific = {ev.event_class for ev in unplaced if ev.sentence.start in sentences} - {GENERIC_ATTACK}
        if not specific:
            ends = [r.sentence.end for r in g.records]
            nxt = [ev for ev in unplaced if any(0 <= ev.sentence.start - end <= NEXT_SENTENCE_GAP for end in ends)
                   and ev.sentence.start not in placed_sentences]
            specific = {ev.event_class for ev in nxt} - {GENERIC_ATTACK}
        if len(specific) == 1:
            g.event_class = specific.pop()


def _date_from_unplaced(groups: list[EventGroup], unplaced: list[EventRecord]) -> None:
    """An undated attack takes the day of the dated unplaced mention told last before its first
    mention, when no other attack is told between them and the classes agree."""
    firsts = sorted(min(r.trigger.start for r in g.records) for g in groups)
    for g in groups:
        if g.date is not None:
            continue
        first = min(r.trigger.start for r in g.records)
        if any(r.date_text for r in g.records) or not min(g.records, key=lambda r: r.trigger.start).definite:
            continue  # its own vague time ("earlier in the week"), or an attack of its own ("X was also hit")
        before = [ev for ev in unplaced if ev.trigger.start < first]
        if not before or before[-1].date is None or not g.fits(before[-1].event_class, before[-1].date):
            continue
        told = before[-1]
        if any(told.trigger.start < f < first for f in firsts):
            continue  # another attack was told in between: the day may be its own
        g.date, g.date_text = told.date, told.date_text
        if g.event_class == GENERIC_ATTACK:
            g.event_class = told.event_class  # "Drones attacked overnight. The strike hit …": one drone strike


def _fold_vaguer_places(groups: list[EventGroup], index_of: dict[int, int],
                        within: Callable[[Node, Node], bool]) -> tuple[list[EventGroup], dict[int, int]]:
    """A region- or country-level mention joins the one attack inside that place whose class
    and day agree with it (a second node for one attack must not exist), only when no other
    attack there agrees too (prefer two nodes to one wrong node)."""
    into: dict[int, int] = {}
    for ri, r in enumerate(groups):
        # of the attacks inside the place, those it can be by class and day: rockets intercepted
        # over the Belgorod region are the rocket attack on Belgorod, not the drone strike on a
        # village of the region told beside it
        inside = [gi for gi, g in enumerate(groups) if gi != ri and g.place.iri != r.place.iri and within(g.place, r.place)
                  and g.fits(r.event_class, r.date)]
        if len(inside) != 1 or inside[0] in into:
            continue
        into[ri] = inside[0]
    groups, index_of = _apply_folds(groups, index_of, into)
    return _drop_vague_country_mentions(groups, index_of, within)


def _drop_vague_country_mentions(groups: list[EventGroup], index_of: dict[int, int],
                                 within: Callable[[Node, Node], bool]) -> tuple[list[EventGroup], dict[int, int]]:
    """An undated attack of unknown means placed only at country level, in an article that
    tells two or more attacks inside that country ("« les frappes continueront tant que la
    Russie … »" after drones hit two Russian regions), is no attack of its own: it speaks of
    those attacks, and which one it is cannot be told. Its mentions stay unplaced."""
    drop = {ri for ri, r in enumerate(groups)
            if "Country" in r.place.classes and r.date is None and r.event_class == GENERIC_ATTACK
            and sum(1 for gi, g in enumerate(groups) if gi != ri and within(g.place, r.place)) >= 2}
    if not drop:
        return groups, index_of
    kept = [gi for gi in range(len(groups)) if gi not in drop]
    renum = {old: new for new, old in enumerate(kept)}
    return [groups[gi] for gi in kept], {i: renum[gi] for i, gi in index_of.items() if gi not in drop}


def _fold_quarters(groups: list[EventGroup], index_of: dict[int, int],
                   quarter_of: Callable[[Node, Node], bool]) -> tuple[list[EventGroup], dict[int, int]]:
    """A mention placed in a quarter of a city joins the one attack on that city whose class
    and day agree with it (the city keeps the node: other reports name the city); with two
    such attacks, or none, it stays apart."""
    into: dict[int, int] = {}
    for qi, q in enumerate(groups):
        cities = [gi for gi, g in enumerate(groups) if gi != qi and quarter_of(q.place, g.place)
                  and g.fits(q.event_class, q.date)]
        if len(cities) == 1 and cities[0] not in into:
            into[qi] = cities[0]
    return _apply_folds(groups, index_of, into)


def _apply_folds(groups: list[EventGroup], index_of: dict[int, int],
                 into: dict[int, int]) -> tuple[list[EventGroup], dict[int, int]]:
    """Each group ``ri`` of ``into`` absorbed by group ``into[ri]``, and the indices renumbered."""
    if not into:
        return groups, index_of
    for ri, gi in into.items():
        groups[gi].absorb(groups[ri])
    kept = [gi for gi in range(len(groups)) if gi not in into]
    renum = {old: new for new, old in enumerate(kept)}
    return [groups[gi] for gi in kept], {i: renum[into.get(gi, gi)] for i, gi in index_of.items()}


def told_just_before(text: str, events: list[LinkedEvent], sentence_start: int) -> str | None:
    """The attack told in the sentence that ends right before ``sentence_start``, if one was."""
    prev_start = max(text.rfind(". ", 0, max(sentence_start - 2, 0)), text.rfind("\n", 0, max(sentence_start - 1, 0))) + 1
    told = [e for e in events if any(prev_start <= m.start < sentence_start for m in e.evidence)]
    return told[-1].iri if len(told) == 1 else None


def told_in_paragraph(text: str, events: list[LinkedEvent], sentence_start: int) -> str | None:
    """The attack told last before ``sentence_start`` in the same paragraph, if one was."""
    par_start = text.rfind("\n", 0, max(sentence_start, 0)) + 1
    told = [(max(m.start for m in e.evidence if par_start <= m.start < sentence_start), e.iri) for e in events
            if any(par_start <= m.start < sentence_start for m in e.evidence)]
    return max(told)[1] if told else None


def referred(text: str, events: list[EventRecord], iri_of: dict[int, str], real: list[LinkedEvent],
             named: Callable[[EventRecord], list[str] | None] | None = None) -> dict[int, str]:
    """For each unplaced definite mention ("l'attaque", "the strike"), the attack it refers
    to: the one attack whose place its sentence names ("the Nyala strike"), else the one
    attack of its day ("Monday's strike", "la frappe de lundi"), else the one told in the
    sentence just before, else the one told last in its paragraph before it ("Sea drones
    struck a boat in Novorossiysk. 'Two were wounded,' the navy said. It said the results of
    the strike were being assessed"), else the article's main attack of a compatible class. ``named``
    gives the attacks a mention's sentence names, or None when it tells of a place no
    attack hit: such a mention refers to none."""
    out: dict[int, str] = {}
    for i, ev in enumerate(events):
        if i not in iri_of and ev.definite and real:
            hits = named(ev) if named else []
            if hits is None:
                continue
            fitting = [e for e in real if ev.event_class in (GENERIC_ATTACK, e.event_class)] or real
            out[i] = _one_named(ev, fitting, hits) or told_just_before(text, fitting, ev.sentence.start) \
                or told_in_paragraph(text, fitting, ev.sentence.start) or fitting[0].iri
    return out


def _one_named(ev: EventRecord, fitting: list[LinkedEvent], named: list[str]) -> str | None:
    """The one attack a definite mention's sentence names by its place, else by its day."""
    iris = {e.iri for e in fitting}
    by_place = [iri for iri in named if iri in iris]
    if len(by_place) == 1:
        return by_place[0]
    if not by_place and ev.date is not None:
        by_day = [e.iri for e in fitting if e.date == ev.date]
        if len(by_day) == 1:
            return by_day[0]
    return None
