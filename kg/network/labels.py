"""Readable node and edge labels in a chosen language, never bare IRIs.

Actors and places have ``rdfs:label`` per language; events and statements have none, so
their label is composed from what the graph says of them: "drone strike — Odesa
(2024-06-11)" and "Zelensky: “…”", with the class names taken from the ontology's own
labels in that language.
"""
from __future__ import annotations

from kg.network.snapshot import Entity, Snapshot
from kg.rdf.namespace import EVENT_CLASSES

FALLBACK_LANGUAGES = ("en", "fr", "mul", "")
DERIVED_TERMS = {
    "accused": {"en": "accused", "fr": "accusé"},
    "coStatement": {"en": "spoke about the same event", "fr": "s'est exprimé sur le même événement"},
}
"""Labels of the relations the projections derive (they are not ontology properties)."""
QUOTE_CHARS = 60


def pick(labels: dict[str, str], lang: str) -> str | None:
    """The label in ``lang``, else English, French, multilingual, untagged, else any."""
    for code in (lang.lower(), *FALLBACK_LANGUAGES):
        if code in labels:
            return labels[code]
    return labels[min(labels)] if labels else None


def _from_iri(iri: str) -> str:
    """A last resort that still reads as a name: the IRI's last segment, dashes as spaces."""
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1].replace("-", " ").replace("_", " ")


def term_label(snap: Snapshot, term: str, lang: str) -> str:
    """The ontology's label of a class or property (``DroneStrike`` → "drone strike")."""
    return pick(snap.term_labels.get(term) or DERIVED_TERMS.get(term, {}), lang) or term


def _place_of(snap: Snapshot, event_iri: str) -> str | None:
    for fact in snap.facts_by_subject.get(event_iri, ()):
        if fact.relation == "location":
            return fact.object
    return None


def _speaker_of(snap: Snapshot, statement_iri: str) -> str | None:
    for fact in snap.facts_by_subject.get(statement_iri, ()):
        if fact.relation == "speaker":
            return fact.object
    return None


def _short(text: str, n: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def node_label(snap: Snapshot, ent: Entity, lang: str) -> str:
    """The label of any node, in ``lang`` where the graph has it."""
    own = pick(ent.labels, lang)
    if own:
        return own
    if ent.cls == "Statement":
        speaker = _speaker_of(snap, ent.iri)
        who = node_label(snap, snap.entities[speaker], lang) if speaker in snap.entities else term_label(snap, "Statement", lang)
        return f"{who}: “{_short(ent.quote)}”" if ent.quote else who
    if ent.cls in EVENT_CLASSES:
        what = term_label(snap, ent.cls, lang)
        place = _place_of(snap, ent.iri)
        where = f" — {node_label(snap, snap.entities[place], lang)}" if place in snap.entities else ""
        when = f" ({ent.date})" if ent.date else ""
        return f"{what}{where}{when}"
    return _from_iri(ent.iri)
