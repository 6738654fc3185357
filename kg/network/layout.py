"""A geographic layout: places at their coordinates, every other node near what it is
linked to.

Places with ``lat``/``long`` sit at (long, lat); an event then sits near its place, a
statement near its event, an actor near its events, each offset by a small angle taken
from its IRI's hash so that the result is deterministic and nodes do not overlap. It is
linear in the number of edges, unlike a force layout, so it scales to large stores; in
Gephi, ForceAtlas 2 can take over from it. Nodes linked to no place (the actor–actor
graph has none) get a seeded force layout below the map.
"""
from __future__ import annotations

import hashlib
import math

import networkx as nx

ROUNDS = 4
FORCE_LAYOUT_MAX = 499
"""networkx's force layout needs scipy (not a dependency) from 500 nodes up."""
JITTER = 0.6
"""Offset, in degrees, between a node and the mean of its placed neighbours."""


def _offset(node: str, radius: float) -> tuple[float, float]:
    h = int.from_bytes(hashlib.blake2b(str(node).encode("utf-8"), digest_size=8).digest(), "big")
    angle = (h % 3600) / 3600 * 2 * math.pi
    r = radius * (0.5 + ((h >> 12) % 1000) / 2000)
    return r * math.cos(angle), r * math.sin(angle)


def geo_layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Node → (x, y) in degrees of longitude and latitude (x = long, y = lat)."""
    pos: dict[str, tuple[float, float]] = {}
    for n, d in g.nodes(data=True):
        if "lat" in d and "long" in d:
            pos[n] = (float(d["long"]), float(d["lat"]))
    u = g.to_undirected(as_view=True)
    for _ in range(ROUNDS):
        placed = {}
        for n in u.nodes:
            if n in pos:
                continue
            near = [pos[m] for m in u.neighbors(n) if m in pos]
            if near:
                dx, dy = _offset(n, JITTER)
                placed[n] = (sum(p[0] for p in near) / len(near) + dx, sum(p[1] for p in near) / len(near) + dy)
        if not placed:
            break
        pos.update(placed)
    rest = sorted(n for n in g.nodes if n not in pos)
    if rest:
        xs = [p[0] for p in pos.values()] or [0.0]
        ys = [p[1] for p in pos.values()] or [0.0]
        radius = max(5.0, (max(xs) - min(xs)) / 3)
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) - radius - 2.0) if pos else 0.0
        for n, (x, y) in _unanchored_layout(g.subgraph(rest)).items():
            pos[n] = (cx + radius * x, cy + radius * y)
    return pos


def _unanchored_layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Nodes linked to no place: a force layout in [-1, 1]² (a circle beyond
    ``FORCE_LAYOUT_MAX`` nodes, where the quadratic force layout would be too slow)."""
    if g.number_of_nodes() <= FORCE_LAYOUT_MAX:
        layout = nx.spring_layout(g, seed=0, weight=None, method="force")
    else:
        layout = nx.circular_layout(sorted(g.nodes))
    return {n: (float(p[0]), float(p[1])) for n, p in layout.items()}
