"""Deterministic IRIs for everything ``kg`` writes, under ``https://w3id.org/geokg/id/``.

An IRI is a pure function of the entity's identity (an ISO code, a GeoNames id, a curated
key, a normalized name, an article key and offsets), never of build order or of a counter
kept across articles: rebuilding gives the same IRIs, and two articles that name the same
entity meet on the same node without looking each other up.
"""
from __future__ import annotations

import datetime as dt

from kg.link.normalize import normalize_name, slug
from kg.model import short_hash

BASE = "https://w3id.org/geokg/id/"
GEONAMES = "https://sws.geonames.org/"
WIKIDATA = "http://www.wikidata.org/entity/"


def country_iri(code: str) -> str:
    """``.../country/RU`` from an ISO 3166-1 alpha-2 code (any case)."""
    return f"{BASE}country/{code.upper()}"


def place_iri(geonames_id: int | str | None = None, key: str | None = None) -> str:
    """``.../place/geonames-524901``; a curated place without a GeoNames id uses its key
    (``.../place/red-sea``)."""
    if geonames_id not in (None, ""):
        return f"{BASE}place/geonames-{int(geonames_id)}"
    if not key:
        raise ValueError("place_iri needs a GeoNames id or a key")
    return f"{BASE}place/{slug(key)}"


def org_iri(key: str) -> str:
    """``.../org/<key>`` for a curated key (``us-state-dept``) or the slug of a name."""
    return f"{BASE}org/{slug(key)}"


def person_iri(name: str) -> str:
    """``.../person/<slug of the normalized name>``; callers fold spelling variants first
    (see :func:`kg.link.resolve.person_key`)."""
    return f"{BASE}person/{slug(name)}"


def scoped_person_iri(article_key: str, org_iri: str | None, role: str) -> str:
    """An unnamed functionary ("un porte-parole de la diplomatie américaine"): one node per
    article, organisation and role, so the same description twice in one article is one
    person, and the same words in another article another one (it may be someone else)."""
    digest = short_hash(f"{org_iri or ''}|{normalize_name(role)}", 12)
    return f"{BASE}person/{slug(article_key)}-{digest}"


def event_iri(event_class: str, place_iri: str | None, date: dt.date | str | None,
              article_key: str | None = None) -> str:
    """A dated attack from its class, place and day only, so two reports of one attack agree.

    An undated one also from its article's key: "no day" does not say which attack at that
    place it is (two undated "attack on Kharkiv" reports months apart are two attacks), so
    undated reports get one node per article and meet others only through the merge step
    (``kg.link.merge``), which compares their publication days."""
    day = date.isoformat() if isinstance(date, dt.date) else (date or "")
    identity = f"{event_class}|{place_iri or ''}|{day}"
    if not day and article_key:
        identity += f"|{article_key}"
    return f"{BASE}event/{short_hash(identity)}"


def facility_iri(place_iri: str, concept: str) -> str:
    """A named facility from its town and its type only ("the Ryazan refinery", "la
    raffinerie de Riazan": one node), so reports in any language agree; two facilities of one
    type in one town share it (a facility's own name is not part of its identity yet)."""
    return f"{BASE}facility/{short_hash(f'{place_iri}|{concept}')}"


def article_iri(key: str) -> str:
    return f"{BASE}article/{key}"


def graph_iri(key: str) -> str:
    """The named graph of one article (``graph_iri('ontology')`` is the ontology's)."""
    return f"{BASE}graph/{key}"


def statement_iri(article_key: str, n: int) -> str:
    return f"{BASE}statement/{article_key}-{n}"


def mention_iri(article_key: str, start: int, end: int) -> str:
    return f"{BASE}mention/{article_key}-{start}-{end}"


def geonames_uri(geonames_id: int | str) -> str:
    """The GeoNames IRI used in ``skos:exactMatch``."""
    return f"{GEONAMES}{int(geonames_id)}/"


def wikidata_uri(qid: str) -> str:
    return f"{WIKIDATA}{qid}"
