"""Targets in the network projections: an attack carries the types it hit, a named facility
is a node located in its town, with a ``target`` edge from the attack (full projection) and a
``locatedIn`` edge (full and place projections); the GEXF stays valid GEXF 1.3."""
from __future__ import annotations

import io
from pathlib import Path

from lxml import etree

from kg.network.gexf import write_gexf
from kg.network.projections import entity_graph, place_graph
from kg.network.snapshot import Entity, Fact, Snapshot
from tests.unit.test_network import G1, ID, KYIV, STRIKE, small_snapshot

PORT = ID + "facility/kyiv-port"
RNG = Path(__file__).resolve().parents[1] / "data" / "gexf-1.3" / "gexf.rng"


def with_target() -> Snapshot:
    snap = small_snapshot()
    snap.entities[STRIKE].target_types = {"Port", "Warehouse"}
    snap.entities[PORT] = Entity(PORT, "Facility", {"en": "port of Kyiv", "fr": "port de Kiev"}, target_types={"Port"})
    facts = snap.facts + [Fact(STRIKE, "target", PORT, G1), Fact(PORT, "locatedIn", KYIV, G1)]
    return Snapshot(snap.entities, sorted(facts), snap.country_codes, snap.term_labels)


def test_an_attack_carries_its_target_types_and_links_its_facility():
    g = entity_graph(with_target(), "fr")
    assert g.nodes[STRIKE]["target_types"] == "Port;Warehouse"
    assert g.nodes[PORT]["class"] == "Facility" and g.nodes[PORT]["facility_type"] == "Port"
    assert g.nodes[PORT]["label"] == "port de Kiev" and g.nodes[PORT]["country"] == "UA"
    assert g.edges[STRIKE, PORT]["relation"] == "target"
    assert g.edges[PORT, KYIV]["relation"] == "locatedIn"


def test_the_place_projection_holds_facilities_in_their_town():
    g = place_graph(with_target())
    assert PORT in g and g.edges[PORT, KYIV]["relation"] == "locatedIn"


def test_an_attack_without_target_has_no_target_attribute():
    assert "target_types" not in entity_graph(small_snapshot()).nodes[STRIKE]


def test_the_gexf_with_facilities_validates_against_the_gexf_1_3_grammar():
    buf = io.BytesIO()
    write_gexf(entity_graph(with_target()), buf)
    doc = etree.fromstring(buf.getvalue())
    rng = etree.RelaxNG(etree.parse(str(RNG)))
    assert rng.validate(doc), str(rng.error_log)
    assert b'title="target_types"' in buf.getvalue()
