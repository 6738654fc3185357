"""Curated regions (``regions.tsv``), extra localities (``places_extra.tsv``) and border
overrides (``border_overrides.tsv``), read into plain records.

GeoNames cities carry only a country and an admin1 code; these tables give the regions a
node, names in English and French, and the admin1 code through which cities are located in
them. They also let a maintainer add a village the population threshold drops.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.link.iris import country_iri, geonames_uri, place_iri
from kg.link.tables import read_table, split_list
from kg.model import Node


def _float(cell: str) -> float | None:
    return float(cell) if cell else None


@dataclass
class Region:
    """One row of ``regions.tsv``."""

    key: str
    geonames_id: int | None
    country: str | None
    admin1: str
    lat: float | None
    long: float | None
    labels: dict[str, str]
    short: dict[str, str]
    aliases: list[str] = field(default_factory=list)

    @property
    def iri(self) -> str:
        return place_iri(self.geonames_id, self.key)

    def node(self) -> Node:
        alt = {(a, "mul") for a in self.aliases if a not in self.labels.values()}
        alt |= {(s, lang) for lang, s in self.short.items() if s != self.labels.get(lang)}
        node = Node(
            iri=self.iri,
            classes={"Region"},
            labels=dict(self.labels),
            alt_labels=alt,
            located_in=country_iri(self.country) if self.country else None,
            lat=self.lat,
            long=self.long,
        )
        if self.geonames_id:
            node.exact_match.add(geonames_uri(self.geonames_id))
        return node


@dataclass
class ExtraPlace:
    """One row of ``places_extra.tsv``."""

    geonames_id: int | None
    key: str
    country: str | None
    region: str | None
    lat: float | None
    long: float | None
    labels: dict[str, str]
    aliases: list[str]


def load_regions() -> list[Region]:
    regions: list[Region] = []
    for row in read_table("regions.tsv"):
        labels = {lang: row[lang] for lang in ("en", "fr") if row[lang]}
        short = {"en": row["short_en"] or labels.get("en", ""), "fr": row["short_fr"] or labels.get("fr", "")}
        regions.append(Region(
            key=row["key"],
            geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
            country=row["country"].upper() or None,
            admin1=row["admin1"],
            lat=_float(row["lat"]),
            long=_float(row["long"]),
            labels=labels,
            short={k: v for k, v in short.items() if v},
            aliases=split_list(row["aliases"]),
        ))
    return regions


def load_extra_places() -> list[ExtraPlace]:
    places: list[ExtraPlace] = []
    for row in read_table("places_extra.tsv"):
        places.append(ExtraPlace(
            geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
            key=row["key"],
            country=row["country"].upper() or None,
            region=row["region"] or None,
            lat=_float(row["lat"]),
            long=_float(row["long"]),
            labels={lang: row[lang] for lang in ("en", "fr") if row[lang]},
            aliases=split_list(row["aliases"]),
        ))
    return places


def load_border_overrides() -> dict[tuple[str, str], tuple[str, str | None]]:
    """(GeoNames country, admin1) -> (country by recognized borders, region key or None)."""
    return {(r["geonames_country"].upper(), r["admin1"]): (r["country"].upper(), r["region"] or None)
            for r in read_table("border_overrides.tsv")}
