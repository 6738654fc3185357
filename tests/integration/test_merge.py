"""Reports of one attack that differ in precision (region vs city, a day vs none) end as one
node with both sources, whatever the build order."""
from __future__ import annotations

import json

import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.conftest import kg_cli

pytestmark = pytest.mark.integration
REGION_DATED = {"id": "k-fr", "language": "fr", "published": "2023-11-19", "title": "Koursk",
                "text": "Koursk\n\nDes drones ont frappé samedi la région de Koursk, a affirmé le ministère russe de la Défense."}
CITY_UNDATED = {"id": "k-en", "language": "en", "published": "2023-11-20", "title": "Kursk",
                "text": "Kursk\n\nUkrainian drones attacked an oil depot in Kursk, the regional governor said."}


def build(tmp_path, name, *articles):
    store = tmp_path / name
    for i, art in enumerate(articles):
        f = tmp_path / f"{name}-{i}.jsonl"
        f.write_text(json.dumps(art, ensure_ascii=False) + "\n", encoding="utf-8")
        kg_cli("build", str(f), "--store", str(store), check=True)
    out = tmp_path / f"{name}.nt"
    kg_cli("export", "--format", "nt", "-o", str(out), "--store", str(store), check=True)
    return rdflib.Graph().parse(out, format="nt")


def test_one_node_with_both_sources_in_any_order(tmp_path):
    forward = build(tmp_path, "forward", REGION_DATED, CITY_UNDATED)
    backward = build(tmp_path, "backward", CITY_UNDATED, REGION_DATED)
    assert isomorphic(forward, backward)
    rows = list(forward.query("""PREFIX gev: <https://w3id.org/geokg/ontology#>
        SELECT ?e (COUNT(DISTINCT ?a) AS ?n) (COUNT(DISTINCT ?d) AS ?days) WHERE {
          ?e a gev:DroneStrike ; gev:source ?a . OPTIONAL { ?e gev:date ?d } } GROUP BY ?e"""))
    assert [(int(r[1]), int(r[2])) for r in rows] == [(2, 1)]


GENERIC_FR = {"id": "m-fr", "language": "fr", "published": "2024-03-12", "title": "Kharkiv",
              "text": "Kharkiv a été la cible d'une attaque russe lundi, a indiqué le maire de la ville. "
                      "Deux personnes ont été tuées."}
SPECIFIC_EN = {"id": "m-en", "language": "en", "published": "2024-03-12", "title": "Drones hit Kharkiv",
               "text": "Russian drones struck an apartment block in Kharkiv on Monday, killing two people, "
                       "the regional governor said."}


def test_an_article_whose_generic_report_was_merged_validates_alone(tmp_path):
    """The merge keeps the specific class (DroneStrike) in the graph of the article that told
    it and drops the generic gev:Attack from the other: validated one article at a time (as
    batches fall on a large store), the other article's facts about the event must still see
    its class (a false violation before)."""
    from kg.store import open_store
    from kg.validate import validate_articles

    build(tmp_path, "merged", SPECIFIC_EN, GENERIC_FR)
    store = open_store(str(tmp_path / "merged"), read_only=True)
    try:
        _, rows = store.select("PREFIX gev: <https://w3id.org/geokg/ontology#>\n"
                               "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e a gev:DroneStrike ; gev:source ?a }")
        assert int(rows[0]["n"]) == 2  # the reports were merged: the case under test
        results = list(validate_articles(store, batch=1))
    finally:
        store.close()
    assert len(results) == 2 and all(conforms for _c, conforms, _t in results), [t for _c, ok, t in results if not ok]
