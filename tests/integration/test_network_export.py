"""GEXF and GraphML exports of real built stores, read by real clients.

The GEXF of every projection must validate against the official GEXF 1.3 RELAX NG
grammar (lxml) and be read by graphology-gexf, the parser of Gephi Lite, run with node;
the set-up installs it with npm into a cache folder once. The GraphML must re-read in
networkx with the same nodes, edges and attributes.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.network import PROJECTIONS, project
from kg.network.gexf import SCALE
from kg.store import OxigraphStore
from tests.conftest import kg_cli

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
GEXF_RNG = ROOT / "tests" / "data" / "gexf-1.3" / "gexf.rng"  # vendored: see its README
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles.jsonl"
READER = Path(__file__).with_name("read_gexf.js")
NPM_PACKAGES = ("graphology-gexf@0.13.2", "graphology@0.26.0")
NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}


@pytest.fixture(scope="session")
def node_modules() -> Path:
    """A node_modules folder with graphology-gexf, installed by npm once per machine."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("node and npm are needed to run graphology-gexf (Gephi Lite's GEXF parser)")
    cache = Path(os.environ.get("GEOKG_NODE_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "geokg" / "node")
    wanted = {p.rsplit("@", 1)[0]: p.rsplit("@", 1)[1] for p in NPM_PACKAGES}
    def installed() -> bool:
        for name, version in wanted.items():
            meta = cache / "node_modules" / name / "package.json"
            if not meta.is_file() or json.loads(meta.read_text())["version"] != version:
                return False
        return True
    if not installed():
        cache.mkdir(parents=True, exist_ok=True)
        if not (cache / "package.json").exists():
            (cache / "package.json").write_text('{"private": true}\n')
        subprocess.run([npm, "install", "--prefix", str(cache), "--no-audit", "--no-fund", *NPM_PACKAGES],
                       check=True, capture_output=True, timeout=600)
    assert installed()
    return cache / "node_modules"


def graphology_read(xml: bytes, node_modules: Path) -> dict:
    """What graphology-gexf reads from a GEXF document (see read_gexf.js)."""
    res = subprocess.run(["node", str(READER)], input=xml, capture_output=True, timeout=120,
                         env={**os.environ, "NODE_PATH": str(node_modules)})
    if res.returncode != 0:
        raise AssertionError(f"graphology-gexf could not read the file: {res.stderr.decode()[-1500:]}")
    return json.loads(res.stdout)


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory) -> Path:
    """The development corpus built once (the test articles when it is not there)."""
    corpus = DEV_CORPUS if DEV_CORPUS.is_file() else ROOT / "tests" / "data" / "articles.jsonl"
    store = tmp_path_factory.mktemp("network") / "store"
    kg_cli("build", str(corpus), "--store", str(store), check=True)
    return store


@pytest.fixture(scope="session")
def rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(GEXF_RNG)))


def graph_of(store: Path, projection: str, lang: str) -> nx.DiGraph:
    st = OxigraphStore(store, read_only=True)
    try:
        return project(st, projection, lang)
    finally:
        st.close()


def exported(store: Path, fmt: str, projection: str, lang: str, tmp_path: Path) -> bytes:
    out = tmp_path / f"{projection}.{fmt}"
    kg_cli("export", "--store", str(store), "--format", fmt, "--projection", projection, "--lang", lang,
           "-o", str(out), check=True)
    return out.read_bytes()


@pytest.mark.parametrize("projection", sorted(PROJECTIONS))
def test_gexf_validates_and_graphology_reads_the_same_graph(projection, dev_store, rng, node_modules, tmp_path):
    lang = "fr"
    xml = exported(dev_store, "gexf", projection, lang, tmp_path)
    doc = etree.fromstring(xml)
    assert rng.validate(doc), str(rng.error_log)
    g = graph_of(dev_store, projection, lang)
    assert g.number_of_edges() > 0
    read = graphology_read(xml, node_modules)
    assert (read["order"], read["size"], read["type"]) == (g.number_of_nodes(), g.number_of_edges(), "directed")
    nodes = {n["key"]: n["attributes"] for n in read["nodes"]}
    assert set(nodes) == set(g.nodes)
    for iri, data in g.nodes(data=True):
        got = nodes[iri]
        assert not got["label"].startswith(("http://", "https://")), got["label"]
        for key, value in data.items():
            assert got[key] == pytest.approx(value) if isinstance(value, float) else got[key] == value, (iri, key)
        assert got["color"].startswith("rgba(") and "x" in got and "y" in got
        if "lat" in data:
            assert (got["x"], got["y"]) == pytest.approx((data["long"] * SCALE, data["lat"] * SCALE))
    edges = {(e["source"], e["target"]): e["attributes"] for e in read["edges"]}
    assert set(edges) == set(g.edges)
    for u, v, data in g.edges(data=True):
        assert edges[(u, v)]["relation"] == data["relation"]
        assert edges[(u, v)]["weight"] == pytest.approx(data["weight"])
        assert edges[(u, v)]["sources"] == data["sources"]


def test_graphology_rejects_what_networkx_writes_alone(dev_store, node_modules):
    """The harness can fail: networkx's own dynamic GEXF (two attribute blocks per class)
    is what Gephi Lite cannot read, and the reason for kg/network/gexf.py's fixes."""
    g = graph_of(dev_store, "full", "en")
    dyn = nx.DiGraph(mode="dynamic")
    for n, d in g.nodes(data=True):
        dyn.add_node(n, **d, links=[(1, d["first_date"], None)] if "first_date" in d else [(0, None, None)])
    dyn.add_edges_from(g.edges(data=True))
    buf = io.BytesIO()
    nx.write_gexf(dyn, buf, version="1.3")
    with pytest.raises(AssertionError, match="undeclared attribute"):
        graphology_read(buf.getvalue(), node_modules)


def test_gexf_dynamics_follow_the_dates_in_the_store(dev_store, tmp_path):
    xml = exported(dev_store, "gexf", "full", "en", tmp_path)
    doc = etree.fromstring(xml)
    graph = doc.find("g:graph", NS)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    starts = {n.get("id"): n.get("start") for n in doc.iterfind(".//g:node", NS)}
    st = OxigraphStore(dev_store, read_only=True)
    try:
        _, rows = st.select("PREFIX gev: <https://w3id.org/geokg/ontology#>\n"
                            "SELECT ?x (MIN(STR(?d)) AS ?day) WHERE { ?x gev:date ?d } GROUP BY ?x")
    finally:
        st.close()
    dated = {str(r["x"]): str(r["day"]) for r in rows}
    assert dated
    for iri, day in dated.items():
        assert starts[iri] == day
    undated = [n for n, s in starts.items() if n.split("/")[-2] in ("event", "statement") and n not in dated]
    assert all(starts[n] for n in undated)  # the publication day stands in
    spells = doc.findall(".//g:attvalue[@start]", NS)
    assert spells  # the dynamic 'links' attribute changes over time


@pytest.mark.parametrize("projection", sorted(PROJECTIONS))
def test_graphml_re_reads_with_the_same_nodes_edges_and_attributes(projection, dev_store, tmp_path):
    back = nx.read_graphml(io.BytesIO(exported(dev_store, "graphml", projection, "en", tmp_path)))
    g = graph_of(dev_store, projection, "en")
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert {(u, v): d for u, v, d in back.edges(data=True)} == {(u, v): d for u, v, d in g.edges(data=True)}


def test_network_stats_prints_the_most_central_nodes(dev_store):
    res = kg_cli("network", "stats", "--store", str(dev_store), "--projection", "actor-event", "--top", "5", check=True)
    g = graph_of(dev_store, "actor-event", "en")
    most = max(d for _, d in g.degree)
    tops = {g.nodes[n]["label"][:40] for n, d in g.degree if d == most}  # ties: any of them may come first
    lines = res.stdout.splitlines()
    assert lines[0].startswith(f"projection   actor-event ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    assert any(label in lines[3] for label in tops), (tops, lines[3])
    assert "most cited actors per month" in res.stdout
    bad = kg_cli("network", "stats", "--store", str(dev_store), "--projection", "nope")
    assert bad.returncode == 2
