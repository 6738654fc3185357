"""Network analysis of the graph: networkx projections, analysis, GEXF and GraphML.

    from kg.network import project
    g = project(store, "actor-event", lang="fr")   # a networkx.DiGraph

``read_snapshot`` reads the store once (SPARQL only); the projections in
``projections.PROJECTIONS`` are pure functions of that snapshot.
"""
from __future__ import annotations

import networkx as nx

from kg.errors import KgError
from kg.network.projections import PROJECTIONS, actor_actor_graph, actor_event_graph, entity_graph, place_graph
from kg.network.snapshot import Snapshot, read_snapshot
from kg.store.base import Store

DEFAULT_PROJECTION = "full"


def project(store: Store, projection: str = DEFAULT_PROJECTION, lang: str = "en") -> nx.DiGraph:
    """The named projection of the store, with labels in ``lang`` where the graph has them."""
    if projection not in PROJECTIONS:
        raise KgError(f"unknown projection {projection!r} (one of {', '.join(PROJECTIONS)})")
    return PROJECTIONS[projection](read_snapshot(store), lang)


__all__ = ["DEFAULT_PROJECTION", "PROJECTIONS", "Snapshot", "actor_actor_graph", "actor_event_graph",
           "entity_graph", "place_graph", "project", "read_snapshot"]
