"""GraphML with typed keys, for tools that do not read GEXF (yEd, Cytoscape, igraph).

networkx declares one ``<key>`` per attribute with its type (string, double, long,
boolean) and reads them back as such, so a projection survives the round trip with the
same nodes, edges and attribute values. The graph-level ``name`` and ``lang`` are kept.
"""
from __future__ import annotations

from typing import IO

import networkx as nx


def write_graphml(g: nx.Graph, out: IO[bytes]) -> None:
    """Write a projection as GraphML (attributes as typed keys)."""
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True)
