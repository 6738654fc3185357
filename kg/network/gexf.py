"""GEXF 1.3 for Gephi and Gephi Lite: networkx's writer, plus what it gets wrong.

What is added to a projection before writing:

* dynamics: each node and edge with a date gets ``start`` (an event or statement its
  day; an actor or place the first day it takes part in something), so Gephi's timeline
  plays the story; and a dynamic attribute ``links``, the number of dated links the node
  has so far, one value per day it changes;
* visual hints: ``viz:color`` per class, ``viz:size`` from the degree, ``viz:position``
  from a geographic layout (places at their coordinates, see ``layout.py``);
* the edge ``label``: the relation's name in the projection's language.

What is fixed in networkx's output (see docs/design/FACTS.md): the ``xmlns:xsi`` value (it lacks
``www.``); ``xsi:schemaLocation`` and ``graph/@name`` are dropped (the GEXF 1.3 RELAX NG
grammar allows neither); ``iri`` is declared ``anyURI``; and the ``<attributes>`` blocks
are rearranged for two readers that disagree. graphology-gexf (Gephi Lite's parser)
reads only the last block of a class and fails on a value declared in another, so the
last block declares every attribute. Gephi makes every column of a ``mode="dynamic"``
block dynamic and keeps the first declaration of an id (its ImporterGEXF), so a dynamic
block that declares only the dynamic attributes comes first: in Gephi ``links`` is a
dynamic column and ``class``, ``label``… stay static; in Gephi Lite all are read (the
dynamic one with its last value). Repeating an attribute id is valid GEXF 1.3 (ids are
plain strings in the grammar).
"""
from __future__ import annotations

import copy
from collections import Counter
from typing import IO
from xml.etree.ElementTree import Element, SubElement

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from kg import __version__
from kg.network import style
from kg.network.layout import geo_layout

XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCALE = 20.0
"""Gephi units per degree of longitude/latitude in ``viz:position``."""
TYPED = {"iri": "anyURI"}


def _links_over_time(g: nx.DiGraph, node: str) -> list[tuple[int, str, str | None]]:
    """The cumulative number of dated links of ``node``, as GEXF dynamic values."""
    per_day = Counter(d["first_date"] for _, _, d in g.in_edges(node, data=True) if "first_date" in d)
    per_day.update(d["first_date"] for _, _, d in g.out_edges(node, data=True) if "first_date" in d)
    days = sorted(per_day)
    values, total = [], 0
    for i, day in enumerate(days):
        total += per_day[day]
        values.append((total, day, days[i + 1] if i + 1 < len(days) else None))
    return values


def gexf_ready(g: nx.DiGraph) -> nx.DiGraph:
    """A copy of a projection with the dynamics and visual hints GEXF carries."""
    h = nx.DiGraph() if g.is_directed() else nx.Graph()
    h.graph["mode"] = "dynamic"
    pos = geo_layout(g)
    for n, d in g.nodes(data=True):
        attrs = dict(d)
        if "first_date" in d:
            attrs["start"] = d["first_date"]
        links = _links_over_time(g, n) if g.is_directed() else []
        if links:
            attrs["links"] = links
        r, gr, b = style.color(d.get("class", ""))
        x, y = pos[n]
        attrs["viz"] = {"color": {"r": r, "g": gr, "b": b, "a": 1.0}, "size": style.size(g.degree(n)),
                        "position": {"x": round(x * SCALE, 3), "y": round(y * SCALE, 3), "z": 0.0}}
        h.add_node(n, **attrs)
    for u, v, d in g.edges(data=True):
        attrs = dict(d)
        if "first_date" in d:
            attrs["start"] = d["first_date"]
        attrs.setdefault("label", attrs.get("relation", ""))
        h.add_edge(u, v, **attrs)
    return h


def _fix(writer: GEXFWriter, description: str) -> None:
    root = writer.xml
    root.set("xmlns:xsi", XSI)
    root.attrib.pop("xsi:schemaLocation", None)
    meta = root.find("meta")
    if meta is not None:
        meta.find("creator").text = f"geokg {__version__} (NetworkX {nx.__version__})"
        SubElement(meta, "description").text = description
    graph = writer.graph_element
    graph.attrib.pop("name", None)
    for cls in ("node", "edge"):
        blocks = [b for b in graph.findall("attributes") if b.get("class") == cls]
        for block in blocks:
            graph.remove(block)
        dynamic = [a for b in blocks if b.get("mode") == "dynamic" for a in b.findall("attribute")]
        every = [a for b in blocks for a in b.findall("attribute")]
        for attribute in every:
            if attribute.get("title") in TYPED:
                attribute.set("type", TYPED[attribute.get("title")])
        at = 0
        if dynamic:
            graph.insert(at, _block(cls, "dynamic", dynamic))
            at += 1
        if every:
            graph.insert(at, _block(cls, "static", every))


def _block(cls: str, mode: str, attributes: list[Element]) -> Element:
    block = Element("attributes", {"class": cls, "mode": mode})
    for attribute in attributes:
        block.append(copy.deepcopy(attribute))
    return block


def write_gexf(g: nx.DiGraph, out: IO[bytes], *, prettyprint: bool = True) -> None:
    """Write a projection as GEXF 1.3 that validates against the official grammar."""
    writer = GEXFWriter(encoding="utf-8", prettyprint=prettyprint, version="1.3")
    writer.add_graph(gexf_ready(g))
    name, lang = g.graph.get("name", ""), g.graph.get("lang", "")
    _fix(writer, f"geokg {name} projection, labels in {lang}".strip())
    writer.write(out)
