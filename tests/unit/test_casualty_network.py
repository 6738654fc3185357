"""Casualty figures in the network projections: an attack node carries the lowest and
highest figure of each kind and how many figures there are (GEXF and GraphML columns)."""
from __future__ import annotations

import io

import networkx as nx

from kg.network.projections import actor_event_graph, entity_graph
from tests.unit.test_network import STRIKE, small_snapshot


def test_an_attack_carries_its_lowest_and_highest_figures():
    snap = small_snapshot()
    snap.entities[STRIKE].casualties = {"killed": (3, 5, 2), "injured": (12, 12, 1), "intercepted": (41, 41, 1)}
    for g in (entity_graph(snap), actor_event_graph(snap)):
        attrs = g.nodes[STRIKE]
        assert (attrs["killed_min"], attrs["killed_max"], attrs["killed_reports"]) == (3, 5, 2)
        assert (attrs["injured_min"], attrs["injured_max"], attrs["injured_reports"]) == (12, 12, 1)
        assert (attrs["intercepted_min"], attrs["intercepted_max"]) == (41, 41)
    buf = io.BytesIO()
    nx.write_graphml(entity_graph(snap), buf)
    assert b'attr.name="killed_max" attr.type="long"' in buf.getvalue() or b'attr.name="killed_max" attr.type="int"' in buf.getvalue()


def test_an_attack_without_figures_has_no_casualty_attributes():
    g = entity_graph(small_snapshot())
    assert not any(k.startswith(("killed", "injured")) for k in g.nodes[STRIKE])
