"""Articles in wordings the development corpus does not use: the same facts must come out."""
from __future__ import annotations

import pytest
from rdflib import Literal

from kg.store import OxigraphStore
from tests.conftest import DATA, kg_cli

pytestmark = pytest.mark.integration
P = ("PREFIX gev: <https://w3id.org/geokg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
     "PREFIX dcterms: <http://purl.org/dc/terms/> ")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("variants") / "s"
    kg_cli("build", str(DATA / "variants.jsonl"), "--store", str(path), check=True)
    st = OxigraphStore(path, read_only=True)
    yield st
    st.close()


EXPECTED = {  # article -> (class, English place label, country, date)
    "g1": ("AirStrike", "Khan Younis", "PS", "2024-02-11"),  # "overnight" in the report of that night: the morning's day
    "g2": ("Shelling", "Kharkiv", "UA", "2024-05-18"),
    "g3": ("MissileStrike", "Odesa", "UA", "2024-03-07"),
    "g4": ("DroneStrike", "Belgorod", "RU", "2024-03-17"),
}


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_one_attack_per_article_with_class_place_country_and_date(store, article):
    _, rows = store.select(P + """SELECT ?e ?cls ?label ?code ?date WHERE {
        ?e gev:source/dcterms:identifier ?id ; a ?cls ; gev:location ?p .
        ?cls rdfs:subClassOf+ gev:Event .
        ?p rdfs:label ?label FILTER(LANG(?label) = "en")
        ?p gev:locatedIn*/gev:countryCode ?code .
        OPTIONAL { ?e gev:date ?date }
        FILTER NOT EXISTS { ?e gev:factuality gev:Denied } }""", {"id": Literal(article)})
    found = {(str(r["cls"]).split("#")[1], str(r["label"]), str(r["code"]), str(r["date"]) if r["date"] else None)
             for r in rows}
    cls, label, code, date = EXPECTED[article]
    assert (cls, label, code, date) in found
    assert len({str(r["e"]) for r in rows}) == 1


def test_every_statement_about_an_attack_of_its_article(store):
    """Reports and reactions are about the article's attack; a general remark (the threat
    "We will continue to act against terror targets") is about none (kg.link.about)."""
    _, rows = store.select(P + """SELECT ?s ?n ?q WHERE { { SELECT ?s (COUNT(?e) AS ?n) WHERE {
        ?s a gev:Statement . OPTIONAL { ?s gev:about ?e } } GROUP BY ?s } OPTIONAL { ?s gev:quote ?q } }""")
    assert rows
    unlinked = {str(r["q"]) for r in rows if int(r["n"]) == 0}
    assert unlinked == {"We will continue to act against terror targets"}
    assert sum(int(r["n"]) >= 1 for r in rows) >= 8
