"""Targets on a real store built from the target passages (``tests/data/targets``): one
facility node for one refinery reported in English and in French, the ``target`` parameter
of the named queries ``event_timeline`` and ``event_count`` (a concept by local name or label,
narrower concepts included), the GEXF export with facilities, and the SHACL validation."""
from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.query import find_query
from kg.query.run import run_query
from kg.store import OxigraphStore
from tests.conftest import kg_cli
from tests.target_passages import DATA

pytestmark = pytest.mark.integration

PREFIXES = """PREFIX gev: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX gtt: <https://w3id.org/geokg/id/target-type/>
"""


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    store = tmp_path_factory.mktemp("targets") / "store"
    kg_cli("build", str(DATA / "en.jsonl"), str(DATA / "fr.jsonl"), str(DATA / "facilities.jsonl"),
           "--store", str(store), check=True)
    return store


@pytest.fixture(scope="module")
def store(store_path):
    st = OxigraphStore(store_path, read_only=True)
    yield st
    st.close()


def select(store, query: str) -> list[dict]:
    _, rows = store.select(PREFIXES + query)
    return [{k: (str(v) if v is not None else None) for k, v in r.items()} for r in rows]


def test_one_facility_node_for_one_refinery_in_two_languages(store):
    rows = select(store, """SELECT ?f ?label ?town WHERE {
        ?f a gev:Facility ; gev:facilityType gtt:OilRefinery ; rdfs:label ?label ; gev:locatedIn ?town .
        ?town rdfs:label "Ryazan"@en . }""")
    assert len({r["f"] for r in rows}) == 1
    assert {r["label"] for r in rows} == {"Ryazan oil refinery", "raffinerie de Riazan"}
    events = select(store, """SELECT DISTINCT ?e WHERE { ?e gev:target ?f . ?f gev:facilityType gtt:OilRefinery ;
        gev:locatedIn/rdfs:label "Ryazan"@en . }""")
    assert len(events) == 1  # both reports, one attack (same class, place and day)


def rows_of(store, name: str, **params) -> list[dict]:
    _, rows = run_query(find_query(name), params, store)
    return [{k: (str(v) if v is not None else None) for k, v in r.items()} for r in rows]


def test_event_timeline_by_target_type_by_name_label_and_broader_concept(store):
    refineries = {r["placeLabel"] for r in rows_of(store, "event_timeline", target="OilRefinery")}
    assert {"Saratov", "Ryazan"} <= refineries
    assert refineries == {r["placeLabel"] for r in rows_of(store, "event_timeline", target="raffinerie")}
    energy = {r["event"] for r in rows_of(store, "event_timeline", target="energy infrastructure")}
    assert {r["event"] for r in rows_of(store, "event_timeline", target="refinery")} < energy
    assert {r["event"] for r in rows_of(store, "event_timeline", target="Substation")} <= energy
    everything = rows_of(store, "event_timeline")
    assert len(everything) > len(energy)


def test_event_count_by_target_type(store):
    ports = rows_of(store, "event_count", target="port")
    assert int(ports[0]["attacks"]) >= 3  # Izmail, Hodeidah, Mykolaiv, Reni…
    in_ua = rows_of(store, "event_count", target="Port", country="UA")
    assert 1 <= int(in_ua[0]["attacks"]) < int(ports[0]["attacks"])
    assert int(rows_of(store, "event_count", target="Dam")[0]["attacks"]) == 0


def test_an_unknown_target_type_is_refused(store):
    with pytest.raises(QueryError, match="unknown target type"):
        rows_of(store, "event_count", target="swimming pool")


def test_gexf_export_carries_targets(store_path, tmp_path):
    out = tmp_path / "g.gexf"
    kg_cli("export", "--store", str(store_path), "--format", "gexf", "--projection", "full", "-o", str(out), check=True)
    text = out.read_text(encoding="utf-8")
    assert 'title="target_types"' in text and "Ryazan oil refinery" in text or "raffinerie de Riazan" in text


def test_the_store_conforms_to_the_shapes(store_path):
    kg_cli("validate", "--store", str(store_path), check=True)


def test_kg_explain_says_what_the_attack_hit_and_by_which_finder():
    out = kg_cli("explain", str(DATA / "facilities.jsonl"), check=True).stdout
    assert "hit: OilRefinery; 'Ryazan oil refinery' in Ryazan (City)" in out
    assert "hit: OilRefinery; 'raffinerie de Riazan' in" in out
    assert "target:hit_object" in out
