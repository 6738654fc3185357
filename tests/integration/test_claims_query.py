"""The `claims` named query (who claimed, who denied, per attack) on a real store built from
the speech-act passages, and the SHACL validation of that store (every statement has one
speech act of the scheme)."""
from __future__ import annotations

import pytest

from rdflib import URIRef

from kg.query import find_query
from kg.query.run import run_query
from kg.store import OxigraphStore
from tests.conftest import kg_cli
from tests.speech_act_passages import DATA

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    store = tmp_path_factory.mktemp("claims") / "store"
    kg_cli("build", str(DATA / "en.jsonl"), str(DATA / "fr.jsonl"), str(DATA / "claims.jsonl"),
           "--store", str(store), check=True)
    return store


@pytest.fixture(scope="module")
def store(store_path):
    st = OxigraphStore(store_path, read_only=True)
    yield st
    st.close()


def rows_at(store, **params):
    names, rows = run_query(find_query("claims"), params, store)
    return names, [{k: (str(v) if v is not None else None) for k, v in r.items()} for r in rows]


def test_columns_and_who_claimed_and_who_denied_a_denied_attack(store):
    names, rows = rows_at(store, country="Ashdod")
    assert names == ["event", "date", "place", "placeLabel", "factuality", "act", "speaker", "speakerLabel",
                     "statement", "cue", "quote", "article"]
    events = {r["event"] for r in rows}
    assert events  # per attack (the EN and FR denied claims may stay two nodes), who claimed and who denied
    assert all({r["act"] for r in rows if r["event"] == e} == {"Claim", "Denial"} for e in events)
    assert {r["factuality"] for r in rows} == {"Denied"}
    acts = {(r["act"], r["cue"]) for r in rows}
    assert {("Claim", "claimed"), ("Claim", "ont revendiqué"), ("Denial", "said"), ("Denial", "a déclaré")} <= acts
    assert all("Houthi" in r["speakerLabel"] for r in rows if r["act"] == "Claim")
    assert all("Isra" in r["speakerLabel"] for r in rows if r["act"] == "Denial")


def test_act_parameter_and_claims_of_asserted_attacks(store):
    _, claims = rows_at(store, act="Claim")
    assert claims and {r["act"] for r in claims} == {"Claim"}
    assert {"Eilat", "Ashkelon"} <= {r["placeLabel"] for r in claims}
    _, denials = rows_at(store, act="denial")
    assert denials and {r["act"] for r in denials} == {"Denial"}
    # "claimed that its forces had shot down 12 drones" is no claim of responsibility
    assert not any("Belgorod" in (r["placeLabel"] or "") for r in claims)


def test_type_and_speaker_parameters(store):
    """`type` keeps the claims and denials of one kind of attack, `speaker` those of one actor
    and its members (kg ask: "did the Houthis claim the drone attack on Eilat")."""
    _, every = rows_at(store)
    _, houthis = rows_at(store, speaker="Houthis")
    assert houthis and all("Houthi" in r["speakerLabel"] for r in houthis) and len(houthis) < len(every)
    _, israel = rows_at(store, speaker="Israel", act="Denial")
    assert israel and all("Isra" in r["speakerLabel"] for r in israel)
    typed = {cls: rows_at(store, type=cls)[1] for cls in ("DroneStrike", "MissileStrike")}
    assert typed["DroneStrike"] and sum(map(len, typed.values())) <= len(every)
    for cls, rows in typed.items():
        for r in rows:
            _, found = store.select("PREFIX gev: <https://w3id.org/geokg/ontology#> PREFIX rdfs: "
                                    "<http://www.w3.org/2000/01/rdf-schema#> SELECT ?c WHERE { ?e a ?c . "
                                    f"?c rdfs:subClassOf* gev:{cls} }}", {"e": URIRef(r["event"])})
            assert found, (cls, r["event"])


def test_the_store_conforms_to_the_shapes(store_path):
    kg_cli("validate", "--store", str(store_path), check=True)
