"""Claims, denials and accusations within one article.

* A claimed attack (told only inside statements) that the article then reports denied
  ("… said no such attack had taken place") is kept as ``gev:Denied``: each denial denies
  the claim told last before it, within ``DENIAL_REACH_CHARS``.
* A statement that tells a denied attack, or that denies one, is about no other attack.
* An accusation ("blamed Kyiv for the attack") makes the accused the alleged perpetrator
  of the attacks the statement is about, unless the article states them as perpetrator.

Pure functions: what they decide is returned, and the caller applies it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.link.event_groups import EventGroup
from kg.model import LinkedEvent, Span
from kg.nlp.thresholds import DENIAL_REACH_CHARS


@dataclass(frozen=True)
class Denials:
    """The groups that are denied claims, and the offsets of the denials that denied them."""

    denied_groups: frozenset[int]
    used: tuple[int, ...]


def find_denials(groups: list[EventGroup], denials: Iterable[int], unplaced_claims: Iterable[int] = ()) -> Denials:
    """Attacks that exist only as someone's claim and that the article then reports denied
    ("He said the group had fired missiles at a destroyer. … said no such attack had taken
    place"): the claim told last before each denial. A claim no place was found for
    (``unplaced_claims``: its trigger's offset; "struck the tanker Sea Falcon") is denied too,
    though it is no node: the denial is used up, and an attack claimed before it is kept."""
    out: set[int] = set()
    used: list[int] = []
    unplaced = list(unplaced_claims)
    for pos in denials:
        claims = [(max(r.trigger.start for r in g.records if r.trigger.start < pos), gi)
                  for gi, g in enumerate(groups)
                  if all(r.reported for r in g.records) and any(r.trigger.start < pos for r in g.records)]
        claims += [(start, -1) for start in unplaced if start < pos]
        claims = [(start, gi) for start, gi in claims if pos - start <= DENIAL_REACH_CHARS]
        if claims:
            last = max(claims)[0]
            # the claim told last; two groups of one trigger ("un tir de missile contre le
            # vraquier … en mer Rouge" split by place) are one claimed act, denied together;
            # an unplaced claim (-1) told last denies no group
            out.update(gi for start, gi in claims if start == last and gi >= 0)
            used.append(pos)
    return Denials(frozenset(out), tuple(used))


def holds_denial(evidence: Span, used_denials: Iterable[int]) -> bool:
    """Whether a statement's sentence holds a denial that denied a claimed attack ("The
    military denied the claim and said no drone had reached the base"): such a statement,
    which the speech-act finders typed as nothing else, is a denial (``gev:speechAct``)."""
    return any(evidence.start <= d < evidence.end for d in used_denials)


def names_denied(evidence: Span, events: list[LinkedEvent], used_denials: Iterable[int]) -> bool:
    """Whether a statement tells a claimed attack that is denied, or denies one."""
    denied_spans = [m for e in events if e.factuality == "Denied" for m in e.evidence]
    if any(m.start < evidence.end and evidence.start < m.end for m in denied_spans):
        return True
    return any(evidence.start <= d < evidence.end for d in used_denials)


@dataclass(frozen=True)
class Allegation:
    """An accused actor as the alleged perpetrator of an attack (from an accusation)."""

    event: str
    actor: str


def allegations(about: list[str], accused: str, events: dict[str, LinkedEvent]) -> list[Allegation]:
    """The accused as alleged perpetrator of each attack the accusation is about, unless
    the article states it as the perpetrator."""
    return [Allegation(iri, accused) for iri in about if accused not in events[iri].perpetrators]


def apply_allegations(events: list[LinkedEvent], found: Iterable[Allegation]) -> None:
    """Record the allegations on the linked events."""
    by_iri = {e.iri: e for e in events}
    for a in found:
        by_iri[a.event].alleged_perpetrators.add(a.actor)
