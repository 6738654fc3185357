"""Who holds a place on a given day: the dated table ``kg/data/link/control.tsv``.

Places are located by internationally recognized borders (``gev:locatedIn``: Melitopol is
in Ukraine, Majdal Shams in Syria); the state that actually holds such a place is a dated
fact of its own (``gev:controlledBy``), true on some days only (Kherson was held by Russia
from 2 March to 11 November 2022). Keeping it in a dated table, apart from the borders,
lets the graph say both without the event's country ever changing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.link import iris
from kg.link.tables import DATA_DIR, read_table

TABLE = "control.tsv"


@dataclass(frozen=True)
class Control:
    """One row: ``country`` holds ``place`` from ``start`` (inclusive) until ``end``
    (exclusive: the day control ended; None while it lasts)."""

    place: str  # place IRI
    country: str  # ISO2
    start: dt.date
    end: dt.date | None
    source: str

    def holds_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


def place_iri_of(cell: str) -> str:
    """A GeoNames id (digits) or a table key, as the linker's place IRI carries it."""
    return iris.place_iri(geonames_id=cell) if cell.isdigit() else iris.place_iri(key=cell)


def read_controls(data_dir: Path = DATA_DIR) -> tuple[Control, ...]:
    """The rows of ``control.tsv``; a row whose end is not after its start is an error."""
    rows = []
    for r in read_table(TABLE, data_dir):
        start = dt.date.fromisoformat(r["from"])
        end = dt.date.fromisoformat(r["to"]) if r["to"] else None
        if end is not None and end <= start:
            raise ValueError(f"{TABLE}: {r['place']} ends ({end}) before it starts ({start})")
        rows.append(Control(place_iri_of(r["place"]), r["country"].upper(), start, end, r["source"]))
    return tuple(rows)


@lru_cache(maxsize=1)
def default_controls() -> tuple[Control, ...]:
    return read_controls()


def controller(place: str, day: dt.date, controls: tuple[Control, ...] | None = None) -> str | None:
    """The ISO2 code of the state holding ``place`` (an IRI) on ``day``, None when the
    table has no row for that day (the place is held by the country it lies in)."""
    for c in default_controls() if controls is None else controls:
        if c.place == place and c.holds_on(day):
            return c.country
    return None


def controller_on_all(place: str, days: list[dt.date],
                      controls: tuple[Control, ...] | None = None) -> str | None:
    """The state holding ``place`` on every one of ``days`` (one and the same), else None:
    an article whose days straddle a change of hands says nothing of who held it."""
    if not days:
        return None
    found = {controller(place, d, controls) for d in days}
    return found.pop() if len(found) == 1 else None
