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
