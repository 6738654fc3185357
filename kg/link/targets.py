"""What each attack hit, linked (issue 20): the target types its mentions found
(``kg.nlp.targets``) on the attack node, and the named facilities as nodes.

A facility is named when its phrase names its town ("the Ryazan refinery", "la raffinerie
de Riazan", "the port of Odesa"): the town is resolved like any place of the article
(``ArticleLinker.resolve_place``), and the facility's IRI is minted from the town's node and
the type (``kg.link.iris.facility_iri``), so the same refinery in two articles and two
languages is one node. Only a town or a region names a facility (a country, "the Russian
refinery", does not). A facility with a proper name of its own ("the Lukoil refinery") is
still keyed by town and type: two refineries of one town would be one node.

The target of a mention goes to the attack that mention became, grouped or referred to
(``LinkedEvents.iri_of``); a denied attack gets none (no node of it is kept as real).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.link.iris import facility_iri
from kg.model import EntityMention, LinkedEvent, LinkedFacility

if TYPE_CHECKING:
    from kg.link.articles import ArticleLinker

TOWN_CLASSES = frozenset({"City", "Region"})


def link_targets(al: ArticleLinker, events: list[LinkedEvent], iri_of: dict[int, str]) -> list[LinkedFacility]:
    """Add each attack's target types and facilities (``LinkedEvent.target_types``,
    ``.targets``); returns the article's facilities, one per IRI, labelled as first written."""
    by_iri = {e.iri: e for e in events}
    facilities: dict[str, LinkedFacility] = {}
    lang = al.lang or ""
    for i, rec in enumerate(al.x.events):
        ev = by_iri.get(iri_of.get(i, ""))
        if ev is None:
            continue
        for t in rec.targets:
            ev.target_types.add(t.concept)
            if t.town is None:
                continue
            node = al.resolve_place(EntityMention(t.town, "place", label="GPE", direct=False))
            if node is None or not node.classes & TOWN_CLASSES or "Country" in node.classes:
                continue
            place = al.keep(node)
            iri = facility_iri(place, t.concept)
            facilities.setdefault(iri, LinkedFacility(iri, t.phrase.text, lang, place, t.concept))
            ev.targets.add(iri)
    return list(facilities.values())
