"""The network projections, analysis and writers on small hand-made graphs (no models)."""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from rdflib import Literal, URIRef
from rdflib import namespace as rdfns

from kg.network import PROJECTIONS, read_snapshot
from kg.network.analysis import centrality, communities, most_cited_actors, node_table
from kg.network.gexf import SCALE, write_gexf
from kg.network.graphml import write_graphml
from kg.network.projections import actor_actor_graph, actor_event_graph, entity_graph, place_graph
from kg.network.snapshot import Entity, Fact, Snapshot
from kg.rdf.namespace import GEO, GEV
from kg.store import OxigraphStore

GEXF_RNG = Path(__file__).resolve().parents[1] / "data" / "gexf-1.3" / "gexf.rng"  # vendored: see its README
ID = "https://w3id.org/geokg/id/"
RU, UA, KYIV, MOD, GOV = (ID + "country/RU", ID + "country/UA", ID + "place/kyiv", ID + "org/ru-mod", ID + "person/gov")
STRIKE, S1, S2 = ID + "event/e1", ID + "statement/a-1", ID + "statement/b-1"
G1, G2 = ID + "graph/a", ID + "graph/b"


def small_snapshot() -> Snapshot:
    """Russia's defence ministry (member of Russia) blames Ukraine for a strike on Kyiv
    that Ukraine's governor also speaks about; two articles."""
    ents = {
        RU: Entity(RU, "Country", {"en": "Russia", "fr": "Russie"}),
        UA: Entity(UA, "Country", {"en": "Ukraine", "fr": "Ukraine"}),
        KYIV: Entity(KYIV, "City", {"en": "Kyiv", "fr": "Kiev"}, lat=50.45, long=30.52),
        MOD: Entity(MOD, "Organization", {"en": "Russian defence ministry", "fr": "ministère russe de la Défense"}),
        GOV: Entity(GOV, "Person", {"en": "governor"}),
        STRIKE: Entity(STRIKE, "DroneStrike", date="2024-03-02", published="2024-03-03"),
        S1: Entity(S1, "Statement", published="2024-03-03", quote="Ukraine struck Kyiv with drones"),
        S2: Entity(S2, "Statement", date="2024-03-05", published="2024-03-06", quote="we shot down six drones"),
    }
    facts = [
        Fact(MOD, "memberOf", RU, G1), Fact(KYIV, "locatedIn", UA, G1), Fact(KYIV, "locatedIn", UA, G2),
        Fact(GOV, "memberOf", UA, G2),
        Fact(STRIKE, "location", KYIV, G1), Fact(STRIKE, "location", KYIV, G2),
        Fact(STRIKE, "allegedPerpetrator", UA, G1), Fact(STRIKE, "source", ID + "article/a", G1),
        Fact(STRIKE, "source", ID + "article/b", G2),
        Fact(S1, "speaker", MOD, G1), Fact(S1, "about", STRIKE, G1), Fact(S1, "accuses", UA, G1),
        Fact(S1, "source", ID + "article/a", G1),
        Fact(S2, "speaker", GOV, G2), Fact(S2, "about", STRIKE, G2), Fact(S2, "source", ID + "article/b", G2),
    ]
    labels = {"DroneStrike": {"en": "drone strike", "fr": "attaque de drones"},
              "allegedPerpetrator": {"en": "alleged perpetrator", "fr": "auteur présumé"},
              "location": {"en": "location", "fr": "lieu"}}
    return Snapshot(ents, sorted(facts), {RU: "RU", UA: "UA"}, labels)


def test_entity_graph_has_every_node_and_contract_edge_with_sources_and_dates():
    g = entity_graph(small_snapshot(), "en")
    assert set(g.nodes) == set(small_snapshot().entities)
    loc = g.edges[STRIKE, KYIV]
    assert (loc["relation"], loc["weight"], loc["sources"], loc["first_date"]) == ("location", 2.0, 2, "2024-03-02")
    assert g.edges[KYIV, UA]["sources"] == 2 and "first_date" not in g.edges[KYIV, UA]
    assert not any(d["relation"] == "source" for _, _, d in g.edges(data=True))
    strike = g.nodes[STRIKE]
    assert strike["label"] == "drone strike — Kyiv (2024-03-02)"
    assert (strike["country"], strike["sources"], strike["factuality"]) == ("UA", 2, "Asserted")
    assert g.nodes[S1]["label"].startswith("Russian defence ministry: “Ukraine struck")
    assert g.nodes[S1]["first_date"] == "2024-03-03"  # no gev:date: the day it was published
    assert g.nodes[S1]["country"] == "RU"  # its speaker's, through memberOf
    assert (g.nodes[KYIV]["lat"], g.nodes[KYIV]["long"]) == (50.45, 30.52)
    assert "lat" not in g.nodes[RU]


def test_labels_follow_the_language_and_fall_back():
    g = entity_graph(small_snapshot(), "fr")
    assert g.nodes[STRIKE]["label"] == "attaque de drones — Kiev (2024-03-02)"
    assert g.nodes[GOV]["label"] == "governor"  # no French label: English
    assert g.edges[STRIKE, UA]["label"] == "auteur présumé"
    for _, d in g.nodes(data=True):
        assert not d["label"].startswith("http")


def test_actor_event_graph_joins_speakers_and_accused_to_the_events_statements_are_about():
    g = actor_event_graph(small_snapshot(), "en")
    assert set(g.edges) == {(MOD, STRIKE), (UA, STRIKE), (GOV, STRIKE)}
    ua = g.edges[UA, STRIKE]
    assert ua["relation"] == "accused;allegedPerpetrator"
    assert (ua["accused"], ua["allegedPerpetrator"], ua["speaker"], ua["weight"]) == (1, 1, 0, 2.0)
    assert g.edges[GOV, STRIKE]["first_date"] == "2024-03-05"  # the statement's day
    assert g.nodes[UA]["first_date"] == "2024-03-02" and g.nodes[UA]["last_date"] == "2024-03-03"


def test_actor_actor_graph_accusations_and_shared_events():
    g = actor_actor_graph(small_snapshot(), "en")
    assert g.edges[MOD, UA]["relation"] == "accuses" and g.edges[MOD, UA]["accusations"] == 1
    a, b = sorted((MOD, GOV))
    shared = g.edges[a, b]
    assert (shared["relation"], shared["shared_events"], shared["sources"]) == ("coStatement", 1, 2)
    assert STRIKE not in g and S1 not in g


def test_place_graph_counts_events_per_place():
    g = place_graph(small_snapshot(), "en")
    assert set(g.nodes) == {RU, UA, KYIV}
    assert g.nodes[KYIV]["events"] == 1 and g.nodes[UA]["events"] == 0
    assert list(g.edges) == [(KYIV, UA)]


def test_centrality_and_communities_on_two_bridged_cliques():
    g = nx.DiGraph()
    left, right = [f"l{i}" for i in range(5)], [f"r{i}" for i in range(5)]
    for group in (left, right):
        g.add_edges_from((a, b) for a in group for b in group if a < b)
    g.add_edge("l0", "r0")
    cent = centrality(g)
    assert max(cent, key=lambda n: cent[n]["betweenness"]) in {"l0", "r0"}
    assert cent["l1"]["betweenness"] == 0.0
    assert sorted(map(sorted, communities(g))) == [left, right]


def test_most_cited_actors_per_period():
    g = nx.DiGraph()
    g.add_node("a", label="A", **{"class": "Country"})
    g.add_node("b", label="B", **{"class": "Person"})
    g.add_node("e", label="E", **{"class": "Attack"})
    g.add_edge("a", "e", weight=2.0, first_date="2024-01-05")
    g.add_edge("b", "e", weight=1.0, first_date="2024-02-01")
    g.add_edge("b", "a", weight=1.0)
    assert most_cited_actors(g, "month") == {"2024-01": [("a", 2.0)], "2024-02": [("b", 1.0)],
                                             "undated": [("a", 1.0), ("b", 1.0)]}
    assert most_cited_actors(g, "year")["2024"] == [("a", 2.0), ("b", 1.0)]
    with pytest.raises(ValueError):
        most_cited_actors(g, "week")
    assert [r["label"] for r in node_table(g, top=1)] == ["A"]


@pytest.mark.parametrize("name", sorted(PROJECTIONS))
def test_gexf_validates_has_one_attribute_block_per_class_and_plays_dates(name):
    g = PROJECTIONS[name](small_snapshot(), "en")
    buf = io.BytesIO()
    write_gexf(g, buf)
    doc = etree.fromstring(buf.getvalue())
    rng = etree.RelaxNG(etree.parse(str(GEXF_RNG)))
    assert rng.validate(doc), rng.error_log
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    assert doc.nsmap["xsi"] == "http://www.w3.org/2001/XMLSchema-instance"
    for cls in ("node", "edge"):
        blocks = [b for b in doc.iterfind("g:graph/g:attributes", ns) if b.get("class") == cls]
        # the last block declares every attribute (graphology-gexf reads only that one);
        # a dynamic block before it declares only the dynamic ones (Gephi keeps the others static)
        declared = {a.get("id") for a in blocks[-1]}
        used = {v.get("for") for v in doc.iterfind(f".//g:{cls}/g:attvalues/g:attvalue", ns)}
        assert used <= declared
        assert [b.get("mode") for b in blocks] in (["static"], ["dynamic", "static"])
        if len(blocks) == 2:
            assert [a.get("title") for a in blocks[0]] == ["links"]
    graph = doc.find("g:graph", ns)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    nodes = {n.get("id"): n for n in doc.iterfind(".//g:node", ns)}
    assert set(nodes) == set(g.nodes)
    for iri, data in g.nodes(data=True):
        assert nodes[iri].get("label") == data["label"]
        assert nodes[iri].get("start") == data.get("first_date")
        assert nodes[iri].find("viz:color", ns) is not None
    if KYIV in nodes:
        pos = nodes[KYIV].find("viz:position", ns)
        assert (float(pos.get("x")), float(pos.get("y"))) == pytest.approx((30.52 * SCALE, 50.45 * SCALE))
    assert len(doc.findall(".//g:edge", ns)) == g.number_of_edges()


@pytest.mark.parametrize("name", sorted(PROJECTIONS))
def test_graphml_round_trip_keeps_nodes_edges_and_typed_attributes(name):
    g = PROJECTIONS[name](small_snapshot(), "fr")
    buf = io.BytesIO()
    write_graphml(g, buf)
    back = nx.read_graphml(io.BytesIO(buf.getvalue()))
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert {(u, v): d for u, v, d in back.edges(data=True)} == {(u, v): d for u, v, d in g.edges(data=True)}
    assert {k: back.graph[k] for k in g.graph} == g.graph


def test_read_snapshot_counts_each_fact_once_per_article_graph(tmp_path):
    store = OxigraphStore(tmp_path / "store")
    e, place, art = URIRef(STRIKE), URIRef(KYIV), URIRef(ID + "article/a")
    common = [(e, rdfns.RDF.type, GEV.DroneStrike), (e, GEV.location, place), (place, rdfns.RDF.type, GEV.City),
              (place, rdfns.RDFS.label, Literal("Kyiv", lang="en")), (place, GEO.lat, Literal("50.45", datatype=rdfns.XSD.decimal)),
              (place, GEO.long, Literal("30.52", datatype=rdfns.XSD.decimal))]
    store.replace_graph(G1, common + [(e, GEV.source, art), (e, GEV.date, Literal("2024-03-02", datatype=rdfns.XSD.date))])
    store.replace_graph(G2, common + [(e, GEV.source, URIRef(ID + "article/b"))])
    snap = read_snapshot(store)
    store.close()
    assert snap.entities[STRIKE].date == "2024-03-02" and snap.entities[KYIV].lat == 50.45
    assert snap.entities[KYIV].labels == {"en": "Kyiv"}
    assert [f.graph for f in snap.facts if f.relation == "location"] == [G1, G2]
    g = entity_graph(snap, "en")
    assert g.edges[STRIKE, KYIV]["sources"] == 2 and g.nodes[STRIKE]["sources"] == 2
