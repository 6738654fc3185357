"""``gev:controlledBy`` triples for the places an article names (``kg.link.control``).

The day that decides is the article's: its publication date and the date of every attack
it reports at that place must all fall while the same state held the place. The
publication date is what every article has, and a report describes the place as it stands
when written; the attacks' own days are added so that an article published just after a
change of hands, about a strike before it, says nothing rather than something wrong
(precision first). The triple goes in the article's graph, not the shared one: it is true
on that article's days only, and the shared graph holds what is true whatever the article.
The holder's country node gets its table description in the shared graph, as every
country an article names does, so that the object is a described ``gev:Country``.
"""
from __future__ import annotations

import datetime as dt

from rdflib import URIRef

from kg.link import iris
from kg.link.control import controller_on_all
from kg.model import LinkedArticle
from kg.rdf.namespace import GEV


def control_days(linked: LinkedArticle, place: str) -> list[dt.date]:
    """The days on which the article speaks of ``place``: its publication date and the
    dates of its attacks there (none without a publication date)."""
    if linked.article.published is None:
        return []
    days = {linked.article.published}
    days.update(ev.date for ev in linked.events if ev.place == place and ev.date is not None)
    return sorted(days)


def control_links(linked: LinkedArticle) -> list[tuple[str, str]]:
    """``(place IRI, holder's country IRI)`` for each place node of the article held, on
    all its days, by another state than the one whose borders it lies in."""
    out = []
    for iri in sorted(linked.nodes):
        if "/place/" not in iri:
            continue
        code = controller_on_all(iri, control_days(linked, iri))
        if code:
            out.append((iri, iris.country_iri(code)))
    return out


def control_triples(linked: LinkedArticle) -> list[tuple[URIRef, URIRef, URIRef]]:
    return [(URIRef(p), GEV.controlledBy, URIRef(c)) for p, c in control_links(linked)]
