"""The SHACL shape of casualty figures (gev:CasualtyReport, issue 20): a figure as kg writes
it conforms, and each thing a figure must have is checked."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.rdf.namespace import GEV
from tests.unit.test_ontology import (  # noqa: F401  (fixtures)
    A, EV, EV_M, EX, MOSCOW, ST, conforming_data, ontology, shapes, violations,
)

R = URIRef(EX + "casualty-1")


def with_figure() -> Graph:
    g = conforming_data()
    g.add((R, RDF.type, GEV.CasualtyReport))
    g.add((R, GEV.casualtyKind, GEV.Killed))
    g.add((R, GEV["count"], Literal(3, datatype=XSD.integer)))
    g.add((R, GEV.bound, GEV.AtLeast))
    g.add((R, GEV.countText, Literal("au moins trois")))
    g.add((R, GEV.casualtiesOf, EV))
    g.add((R, GEV.reportedBy, ST))
    g.add((R, GEV.source, A))
    g.add((R, GEV.evidence, EV_M))
    return g


def test_a_figure_as_kg_writes_it_conforms(ontology, shapes):
    assert violations(with_figure(), ontology, shapes) == set()


def test_a_figure_told_by_the_article_itself_needs_no_statement(ontology, shapes):
    g = with_figure()
    g.remove((R, GEV.reportedBy, None))
    assert violations(g, ontology, shapes) == set()


@pytest.mark.parametrize("prop", ["casualtyKind", "count", "bound", "countText", "casualtiesOf", "source", "evidence"])
def test_each_part_of_a_figure_is_required(ontology, shapes, prop):
    g = with_figure()
    g.remove((R, GEV[prop], None))
    assert violations(g, ontology, shapes) == {(R, GEV[prop])}


def test_a_figure_counts_people_of_an_event_reported_by_a_statement(ontology, shapes):
    g = with_figure()
    g.set((R, GEV.casualtiesOf, MOSCOW))  # a place is no event
    g.set((R, GEV.reportedBy, A))  # an article is no statement: it is the gev:source
    g.set((R, GEV["count"], Literal(-1, datatype=XSD.integer)))
    g.set((R, GEV.bound, GEV.Claimed))  # a factuality is no bound
    assert violations(g, ontology, shapes) == {(R, GEV.casualtiesOf), (R, GEV.reportedBy), (R, GEV["count"]), (R, GEV.bound)}


def test_a_gev_property_of_another_class_is_refused(ontology, shapes):
    g = with_figure()
    g.add((R, GEV.location, MOSCOW))
    assert (R, None) in violations(g, ontology, shapes)


W = URIRef(EX + "weapons-1")


def with_weapon_count() -> Graph:
    g = conforming_data()
    g.add((W, RDF.type, GEV.WeaponCount))
    g.add((W, GEV.weaponAction, GEV.Intercepted))
    g.add((W, GEV["count"], Literal(41, datatype=XSD.integer)))
    g.add((W, GEV.bound, GEV.Exact))
    g.add((W, GEV.countText, Literal("41")))
    g.add((W, GEV.weaponText, Literal("drones")))
    g.add((W, GEV.weaponClass, GEV.DroneStrike))
    g.add((W, GEV.weaponsOf, EV))
    g.add((W, GEV.reportedBy, ST))
    g.add((W, GEV.source, A))
    g.add((W, GEV.evidence, EV_M))
    return g


def test_a_weapon_count_as_kg_writes_it_conforms(ontology, shapes):
    assert violations(with_weapon_count(), ontology, shapes) == set()


def test_a_weapon_count_needs_an_action_and_an_attack_class(ontology, shapes):
    g = with_weapon_count()
    g.remove((W, GEV.weaponAction, None))
    g.set((W, GEV.weaponClass, GEV.Statement))
    assert violations(g, ontology, shapes) == {(W, GEV.weaponAction), (W, GEV.weaponClass)}
