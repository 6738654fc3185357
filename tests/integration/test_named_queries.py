"""The named queries of the contract on a built store, with parameters bound by name."""
from __future__ import annotations

import pytest

from kg.query import find_query, list_queries
from kg.query.run import run_query
from kg.store import OxigraphStore

pytestmark = pytest.mark.integration


@pytest.fixture
def store(built_store):
    st = OxigraphStore(built_store, read_only=True)
    yield st
    st.close()


def test_every_named_query_declares_its_parameters_and_an_example():
    names = {q.name for q in list_queries()}
    assert {"who_said_what", "event_timeline", "actor_statements", "attributed_events"} <= names
    for q in list_queries():
        assert q.description and q.examples, q.name


def test_event_timeline_in_a_country_and_a_date_range(store):
    _, rows = run_query(find_query("event_timeline"), {"country": "Ukraine"}, store)
    places = [str(r["placeLabel"]) for r in rows]
    assert places == ["Odesa", "Kharkiv"]  # ordered by date: 2024-06-11, 2024-06-13
    _, rows = run_query(find_query("event_timeline"), {"country": "UA", "from": "2024-06-12"}, store)
    assert [str(r["placeLabel"]) for r in rows] == ["Kharkiv"]
    _, rows = run_query(find_query("event_timeline"), {"type": "DroneStrike"}, store)
    assert sorted(str(r["placeLabel"]) for r in rows) == ["Belgorod", "Odesa"]


def test_attributed_events_fact_or_alleged(store):
    _, rows = run_query(find_query("attributed_events"), {"actor": "Russie"}, store)
    assert {(str(r["placeLabel"]), str(r["status"])) for r in rows} >= {("Odesa", "alleged"), ("Kharkiv", "alleged")}
    _, rows = run_query(find_query("attributed_events"), {"actor": "Ukraine"}, store)
    found = {(str(r["placeLabel"]), str(r["status"])) for r in rows}
    assert ("Belgorod", "alleged") in found
    accusers = {str(r["accuser"]) for r in rows if r.get("accuser") is not None}
    assert any(a.endswith("/org/ru-mod") for a in accusers)


def test_actor_statements_include_the_actor_members(store):
    _, rows = run_query(find_query("actor_statements"), {"actor": "ministère russe de la Défense"}, store)
    assert rows and all(str(r["article"]) for r in rows)
    quotes = " ".join(str(r["quote"]) for r in rows if r.get("quote") is not None)
    assert "six drones" in quotes
