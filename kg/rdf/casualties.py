"""The triples of an article's casualty figures (``gev:CasualtyReport``).

One node per figure as one source gives it: its kind (``gev:Killed``, ``gev:Injured``),
``gev:count`` and ``gev:bound`` (``gev:Exact``, ``gev:AtLeast``, ``gev:MoreThan``,
``gev:AtMost``, ``gev:Approximate``), the count as written (``gev:countText``), the attack
(``gev:casualtiesOf``), the statement that gives it (``gev:reportedBy``, absent when the
article tells it in its own voice) and, like every fact, ``gev:source`` and
``gev:evidence``. Counts of weapons (``gev:WeaponCount``) likewise: ``gev:weaponAction``
(``gev:Launched``, ``gev:Intercepted``), count, bound, wording, the weapon as written
(``gev:weaponText``) and the attack class it makes (``gev:weaponClass``), the attack or
interception (``gev:weaponsOf``). Called by ``kg.rdf.mapping.article_triples``, the one mapping.
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.model import Article, LinkedCasualty, LinkedWeaponCount
from kg.rdf.namespace import GEV

KINDS = {"killed": GEV.Killed, "injured": GEV.Injured}
ACTIONS = {"launched": GEV.Launched, "intercepted": GEV.Intercepted}


def _figure_triples(article: Article, r: URIRef, c: LinkedCasualty | LinkedWeaponCount) -> Iterator[tuple]:
    """What a casualty figure and a weapon count share: the count, its bound and wording, the
    statement that gives it, and the provenance every fact carries."""
    from kg.rdf.mapping import article_iri, mention_iri, mention_triples

    yield r, GEV["count"], Literal(c.count, datatype=XSD.integer)
    yield r, GEV.bound, GEV[c.bound]
    yield r, GEV.countText, Literal(c.count_text)
    if c.statement:
        yield r, GEV.reportedBy, URIRef(c.statement)
    yield r, GEV.source, article_iri(article)
    yield r, GEV.evidence, mention_iri(article, c.evidence)
    yield from mention_triples(article, c.evidence)


def casualty_triples(article: Article, casualties: list[LinkedCasualty]) -> Iterator[tuple]:
    for c in casualties:
        r = URIRef(c.iri)
        yield r, RDF.type, GEV.CasualtyReport
        yield r, GEV.casualtyKind, KINDS[c.kind]
        yield r, GEV.casualtiesOf, URIRef(c.attack)
        yield from _figure_triples(article, r, c)


def weapon_count_triples(article: Article, counts: list[LinkedWeaponCount]) -> Iterator[tuple]:
    for c in counts:
        r = URIRef(c.iri)
        yield r, RDF.type, GEV.WeaponCount
        yield r, GEV.weaponAction, ACTIONS[c.action]
        yield r, GEV.weaponText, Literal(c.weapon_text)
        yield r, GEV.weaponClass, GEV[c.weapon_class]
        yield r, GEV.weaponsOf, URIRef(c.attack)
        yield from _figure_triples(article, r, c)
