"""The Doc extension attributes our components write, and the typed view of them.

Registered at import time in one module that every component imports, so that values
travel back from ``nlp.pipe(n_process=…)`` workers (see docs/design/FACTS.md). Values travel as plain
lists and dicts (msgpack round-trips them between processes: tuples come back as lists,
dataclasses do not go at all), so the components add records with ``add_record`` and
everyone else reads them with ``records``: the conversion happens here only.
"""
from __future__ import annotations

from typing import TypeVar

from spacy.tokens import Doc

from kg.model import CasualtyCandidate, EventCandidate, Rejection, StatementCandidate, WeaponCandidate, from_plain, to_plain

for _name in ("geokg_skip", "geokg_events", "geokg_statements", "geokg_rejected", "geokg_casualties",
              "geokg_weapons"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

EXTENSION_OF: dict[type, str] = {
    EventCandidate: "geokg_events",
    StatementCandidate: "geokg_statements",
    Rejection: "geokg_rejected",
    CasualtyCandidate: "geokg_casualties",
    WeaponCandidate: "geokg_weapons",
}

R = TypeVar("R")


def get_list(doc: Doc, name: str) -> list:
    """The extension's list, created on first use (a shared mutable default would leak across Docs)."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value


def add_records(doc: Doc, records: list) -> None:
    """Append records to the Doc extension of their type, in their plain form."""
    for record in records:
        get_list(doc, EXTENSION_OF[type(record)]).append(to_plain(record))


def records(doc: Doc, cls: type[R]) -> list[R]:
    """The records of type ``cls`` the components left on ``doc`` (rebuilt from their plain form)."""
    return [from_plain(cls, d) for d in getattr(doc._, EXTENSION_OF[cls]) or []]  # type: ignore[misc]
