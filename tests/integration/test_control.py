"""gev:controlledBy through the whole pipeline (`kg build` on real models and a real store):
an attack on an occupied city says who held it on the article's day, in the article's own
graph, while the attack's country (gev:location / gev:locatedIn*) stays the one whose
borders the city lies in. The articles are invented."""
from __future__ import annotations

import json

import pytest

from kg.store import OxigraphStore
from tests.conftest import kg_cli

pytestmark = pytest.mark.integration
P = ("PREFIX gev: <https://w3id.org/geokg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> ")
ARTICLES = [
    {"id": "ctl-en-melitopol", "language": "en", "published": "2024-04-18", "title": "Drone strike on Melitopol",
     "text": "Drone strike on Melitopol\n\nUkrainian drones struck a depot in Melitopol on Wednesday, "
             "the Russian-installed governor said."},
    {"id": "ctl-fr-kherson", "language": "fr", "published": "2023-09-14", "title": "Frappe de drones sur Kherson",
     "text": "Frappe de drones sur Kherson\n\nDes drones russes ont frappé un entrepôt à Kherson mercredi, "
             "a indiqué le gouverneur régional."},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("control")
    arts = d / "a.jsonl"
    arts.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    kg_cli("build", str(arts), "--store", str(d / "s"), check=True)
    return d / "s"


def select(store_path, query):
    st = OxigraphStore(store_path, read_only=True)
    try:
        return st.select(P + query)[1]
    finally:
        st.close()


def held(store_path, article_id):
    """(place label, holder's code) said in the article's own graph."""
    rows = select(store_path, f"""SELECT ?label ?code WHERE {{
        ?a dcterms:identifier "{article_id}" .
        GRAPH ?g {{ ?a a gev:Article . ?p gev:controlledBy ?c }}
        ?p <http://www.w3.org/2000/01/rdf-schema#label> ?label . FILTER(lang(?label) = "en")
        ?c gev:countryCode ?code }}""")
    return {(str(r["label"]), str(r["code"])) for r in rows}


def attack_countries(store_path, article_id):
    rows = select(store_path, f"""SELECT DISTINCT ?code WHERE {{
        ?a dcterms:identifier "{article_id}" . ?e gev:source ?a ; gev:location ?p .
        ?p gev:locatedIn* ?c . ?c a gev:Country ; gev:countryCode ?code }}""")
    return {str(r["code"]) for r in rows}


def test_melitopol_in_2024_is_held_by_russia_and_stays_in_ukraine(store):
    assert held(store, "ctl-en-melitopol") == {("Melitopol", "RU")}
    assert attack_countries(store, "ctl-en-melitopol") == {"UA"}


def test_kherson_in_2023_is_held_by_no_other_state(store):
    assert held(store, "ctl-fr-kherson") == set()
    assert attack_countries(store, "ctl-fr-kherson") == {"UA"}


def test_the_triple_is_in_no_graph_but_the_article_s(store):
    rows = select(store, "SELECT ?g WHERE { GRAPH ?g { ?p gev:controlledBy ?c } }")
    own = select(store, 'SELECT ?g WHERE { GRAPH ?g { ?a a gev:Article ; dcterms:identifier "ctl-en-melitopol" } }')
    assert len(own) == 1 and [str(r["g"]) for r in rows] == [str(own[0]["g"])]


def test_the_store_validates(store):
    res = kg_cli("validate", "--store", str(store))
    assert res.returncode == 0, res.stdout + res.stderr


def test_the_place_network_shows_who_holds_melitopol(store, tmp_path):
    import networkx as nx

    out = tmp_path / "place.graphml"
    kg_cli("export", "--store", str(store), "--format", "graphml", "--projection", "place", "-o", str(out), check=True)
    g = nx.read_graphml(out)
    held = {(g.nodes[u].get("label"), v.rsplit("/", 1)[-1]) for u, v, e in g.edges(data=True)
            if e.get("relation") == "controlledBy"}
    assert held == {("Melitopol", "RU")}
