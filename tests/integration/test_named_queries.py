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
    assert {"who_said_what", "event_timeline", "actor_statements", "attributed_events", "accusations",
            "sources_of_event", "co_statements"} <= names
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


CONTRACT_COLUMNS = ["statement", "speaker", "speakerLabel", "quote", "direct", "date", "event", "article"]


def test_who_said_what_adds_one_role_per_row_without_duplicating_statements(store):
    names, rows = run_query(find_query("who_said_what"), {}, store)
    assert names == CONTRACT_COLUMNS + ["role"]  # the contract's columns first, in order: CSV readers keep working
    statements = [str(r["statement"]) for r in rows]
    # 10 since 2026-12-06: "Le Kremlin a démenti toute frappe …, a-t-il ajouté" is the Kremlin's
    # denial relayed, one statement (the Kremlin's, about no attack), not the relay's words
    assert len(statements) == len(set(statements)) == 10
    roles = {str(r["speakerLabel"]): str(r["role"]) for r in rows if r.get("role") is not None}
    # an unnamed governor is the office of the region the article names, its role kept
    assert roles.get("governor (Odesa regional administration)") == "governor"
    assert roles.get("gouverneur (administration régionale de Kharkiv)") == "gouverneur"
    # organisations have no role
    assert all(r.get("role") is None for r in rows if "/org/" in str(r["speaker"]))


def test_accusations_who_blames_whom(store):
    _, rows = run_query(find_query("accusations"), {"against": "Ukraine"}, store)
    assert [(str(r["accuser"]).rsplit("/", 1)[-1], str(r["accused"]).rsplit("/", 1)[-1]) for r in rows] == [("ru-mod", "UA")]
    assert str(rows[0]["accuserLabel"]) == "Ministry of Defence of the Russian Federation"
    (event,) = {str(r["event"]) for r in rows}
    _, belgorod = run_query(find_query("event_timeline"), {"country": "Belgorod"}, store)
    assert event == str(belgorod[0]["event"])
    # the ministry is a member of Russia: the state's accusations include its ministry's
    _, by_russia = run_query(find_query("accusations"), {"by": "Russie"}, store)
    assert [str(r["statement"]) for r in by_russia] == [str(r["statement"]) for r in rows]
    _, none = run_query(find_query("accusations"), {"against": "Russia"}, store)
    assert none == []


def test_sources_of_event_gives_every_supporting_span(store):
    from tests.conftest import article_texts

    _, rows = run_query(find_query("sources_of_event"), {"place": "Odesa"}, store)
    assert {str(r["kind"]) for r in rows} == {"event", "statement"}
    assert len({str(r["event"]) for r in rows}) == 1 and len({str(r["article"]) for r in rows}) == 1
    _, whats = run_query(find_query("who_said_what"), {"country": "Odesa"}, store)
    assert {str(r["item"]) for r in rows if str(r["kind"]) == "statement"} == {str(r["statement"]) for r in whats}
    texts = article_texts().values()  # offsets are into the text as ingested
    assert all(any(t[int(r["start"]):int(r["end"])] == str(r["text"]) for t in texts) for r in rows)
    event = str(rows[0]["event"])
    _, by_iri = run_query(find_query("sources_of_event"), {"event": event}, store)
    assert [(str(r["item"]), int(r["start"])) for r in by_iri] == [(str(r["item"]), int(r["start"])) for r in rows]


def test_co_statements_pairs_are_listed_once_with_shared_events(store):
    _, rows = run_query(find_query("co_statements"), {}, store)
    pairs = [(str(r["speaker"]), str(r["other"])) for r in rows]
    assert len(pairs) == len(set(pairs)) and not any((b, a) in set(pairs) for a, b in pairs)
    # the Ukrainian Air Force spoke about the Kharkiv and the Odesa attacks, as did no one else
    counts = {frozenset(p): int(r["events"]) for p, r in zip(pairs, rows)}
    air = [k for k in counts if any(x.endswith("/org/ua-air-force") for x in k)]
    assert air and all(counts[k] == 1 for k in air)
    _, mine = run_query(find_query("co_statements"), {"actor": "Ukrainian Air Force"}, store)
    assert mine and all(str(r["speaker"]).endswith("/org/ua-air-force") for r in mine)
    assert {str(r["other"]) for r in mine} == {b if a.endswith("/org/ua-air-force") else a for k in air for a, b in [tuple(k)]}


def test_a_syntax_error_is_one_line_with_its_position(built_store):
    from tests.conftest import kg_cli

    res = kg_cli("query", "SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER(\n}", "--store", str(built_store))
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "5:2" in lines[0] and lines[0].startswith("kg: SPARQL syntax error")
    res = kg_cli("query", "SELECT * WHERE { ?x ?y ?z } GROUP BY", "--store", str(built_store))
    assert res.returncode == 1 and len(res.stderr.strip().splitlines()) == 1 and "1:37" in res.stderr


def test_rows_as_a_pandas_dataframe(built_store):
    """The Python API gives a named query's rows as a DataFrame with the query's columns."""
    from kg.query import find_query
    from kg.query.frame import to_dataframe
    from kg.query.run import run_query
    from kg.store import OxigraphStore

    store = OxigraphStore(built_store, read_only=True)
    try:
        names, rows = run_query(find_query("who_said_what"), {"country": "RU"}, store)
    finally:
        store.close()
    frame = to_dataframe(names, rows)
    assert list(frame.columns) == names and len(frame) == len(rows) > 0
    assert set(frame["statement"]) == {str(r["statement"]) for r in rows}
    assert all(isinstance(v, bool) for v in frame["direct"].dropna())


def test_who_said_what_labels_speakers_in_english_when_they_have_an_english_label(tmp_path):
    """speakerLabel is the English label whenever the speaker has one, even in a French
    article and when the French label sorts first ("Département d'État…" < "United States…")."""
    import json

    from tests.conftest import kg_cli

    article = {"id": "fr-label-test", "language": "fr", "published": "2024-06-04",
               "title": "Frappe de drones sur Moscou",
               "text": "Deux drones ont frappé lundi un immeuble de Moscou, selon les autorités russes. "
                       "Le département d'État américain a déclaré mardi que Washington ne soutenait pas "
                       "les attaques sur le territoire russe."}
    data = tmp_path / "a.jsonl"
    data.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    kg_cli("build", str(data), "--store", str(store), check=True)
    res = kg_cli("query", "who_said_what", "--param", "country=RU", "--format", "json", "--store", str(store), check=True)
    rows = json.loads(res.stdout)["results"]["bindings"]
    state_dept = [r for r in rows if r["speaker"]["value"].endswith("/org/us-state-dept")]
    assert state_dept, rows
    assert {r["speakerLabel"]["value"] for r in state_dept} == {"United States Department of State"}
