"""Analysis of a projection: centrality, communities, most-cited actors per period.

Pure functions of a networkx graph that follows the projections' schema (nodes with
``label`` and ``class``, edges with ``weight`` and ``first_date``), so they work the
same on every projection and on graphs users build themselves.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.network.snapshot import ACTOR_CLASSES

EXACT_BETWEENNESS_MAX = 1000
"""Above this many nodes betweenness is estimated from a fixed-seed sample of this many
pivots: exact betweenness is O(n·m) and would dominate a large store's analysis."""
PERIODS = {"year": 4, "month": 7, "day": 10}
UNDATED = "undated"


def centrality(g: nx.Graph) -> dict[str, dict[str, float]]:
    """Per node: ``degree`` (normalised degree centrality) and ``betweenness`` (on the
    graph with edge directions ignored, so a go-between of two sides counts as one)."""
    if g.number_of_nodes() == 0:
        return {}
    u = g.to_undirected(as_view=True)
    k = None if u.number_of_nodes() <= EXACT_BETWEENNESS_MAX else EXACT_BETWEENNESS_MAX
    between = nx.betweenness_centrality(u, k=k, seed=0)
    degree = nx.degree_centrality(u)
    return {n: {"degree": degree[n], "betweenness": between[n]} for n in g.nodes}


def communities(g: nx.Graph, seed: int = 0) -> list[set[str]]:
    """Louvain communities of the weighted undirected graph, largest first (deterministic
    for a given seed)."""
    if g.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(g.to_undirected(as_view=True), weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def community_of(groups: list[set[str]]) -> dict[str, int]:
    """Node → index of its community in ``groups``."""
    return {n: i for i, group in enumerate(groups) for n in group}


def most_cited_actors(g: nx.Graph, period: str = "month", top: int = 5) -> dict[str, list[tuple[str, float]]]:
    """Per period (``year``, ``month`` or ``day`` of each edge's ``first_date``), the
    actors with the largest total weight of edges, as ``(node, weight)``, most cited
    first. Edges with no date are counted under ``"undated"``."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    cut = PERIODS[period]
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for u, v, data in g.edges(data=True):
        day = data.get("first_date")
        key = day[:cut] if day else UNDATED
        for node in {u, v}:
            if g.nodes[node].get("class") in ACTOR_CLASSES:
                totals[key][node] += float(data.get("weight", 1.0))
    return {key: sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
            for key, counts in sorted(totals.items())}


def node_table(g: nx.Graph, top: int = 15) -> list[dict[str, object]]:
    """The ``top`` nodes by degree, with betweenness and community: rows for a table."""
    cent = centrality(g)
    comm = community_of(communities(g))
    ranked = sorted(g.nodes, key=lambda n: (-cent[n]["degree"], -cent[n]["betweenness"], g.nodes[n].get("label", n)))
    return [{
        "label": g.nodes[n].get("label", n),
        "class": g.nodes[n].get("class", ""),
        "degree": g.degree(n),
        "degree_centrality": round(cent[n]["degree"], 4),
        "betweenness": round(cent[n]["betweenness"], 4),
        "community": comm.get(n, -1),
    } for n in ranked[:top]]
