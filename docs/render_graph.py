"""Render a projection of a store as a PNG with networkx + matplotlib (the README's picture).

    python docs/render_graph.py --store /tmp/net-dev-store [--projection full] [--lang en] [-o docs/dev-graph.png]

Needs the ``docs`` extra (matplotlib). Colours come from the same per-class table as the
GEXF export; positions from the export's geographic layout (``--layout geo``: what
Gephi opens) or, by default, ForceAtlas 2 started from it (what Gephi shows after one run
of that layout).
"""
from __future__ import annotations

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from kg.network import PROJECTIONS, project  # noqa: E402
from kg.network import style  # noqa: E402
from kg.network.layout import geo_layout  # noqa: E402
from kg.store import open_store  # noqa: E402

UNLABELLED = {"Statement"}
"""Classes drawn without a label: statements are many and their labels are quotes."""


def layout(g: nx.DiGraph, kind: str) -> dict:
    """``geo``: the export's geographic layout; ``forceatlas2``: Gephi's ForceAtlas 2 (as
    networkx implements it), started from the geographic layout so that the picture keeps
    the map's rough arrangement while clusters spread out to be readable."""
    pos = geo_layout(g)
    if kind == "geo":
        return pos
    start = {n: np.array((x / 10, y / 10)) for n, (x, y) in pos.items()}
    sizes = {n: style.size(g.degree(n)) / 4 for n in g.nodes}
    return nx.forceatlas2_layout(g.to_undirected(as_view=True), pos=start, max_iter=300, seed=0, scaling_ratio=4.0,
                                 gravity=0.5, node_size=sizes, weight=None)


def render(g: nx.DiGraph, out: Path, title: str, kind: str = "forceatlas2") -> None:
    pos = layout(g, kind)
    fig, ax = plt.subplots(figsize=(16, 11), dpi=110)
    colors = [tuple(c / 255 for c in style.color(d.get("class", ""))) for _, d in g.nodes(data=True)]
    sizes = [style.size(g.degree(n)) ** 2 * 2.2 for n in g.nodes]
    nx.draw_networkx_edges(g, pos, ax=ax, alpha=0.25, width=0.7, arrows=True, arrowsize=6, node_size=sizes)
    nx.draw_networkx_nodes(g, pos, ax=ax, node_color=colors, node_size=sizes, linewidths=0.4, edgecolors="white")
    labels = {n: d["label"] for n, d in g.nodes(data=True) if d.get("class") not in UNLABELLED}
    nx.draw_networkx_labels(g, pos, labels=labels, ax=ax, font_size=6.5)
    present = sorted({d.get("class", "") for _, d in g.nodes(data=True)})
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, label=c,
                      markerfacecolor=tuple(x / 255 for x in style.color(c)), markeredgecolor="white") for c in present]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    ax.set_title(title, fontsize=11)
    ax.set_axis_off()
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", default="kg-store")
    ap.add_argument("--projection", choices=sorted(PROJECTIONS), default="full")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--layout", choices=("forceatlas2", "geo"), default="forceatlas2")
    ap.add_argument("-o", "--output", type=Path, default=Path("docs/dev-graph.png"))
    a = ap.parse_args()
    store = open_store(a.store, read_only=not a.store.startswith("http"), create=False)
    try:
        g = project(store, a.projection, a.lang)
    finally:
        store.close()
    render(g, a.output, f"geokg — {a.projection} projection of the development corpus: {g.number_of_nodes()} nodes, "
                        f"{g.number_of_edges()} edges ({a.layout} layout)", a.layout)
    print(f"wrote {a.output}")


if __name__ == "__main__":
    main()
