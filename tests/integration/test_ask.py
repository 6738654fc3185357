"""`kg ask` on real stores: the same rows as `kg query` with the parameters the question
maps to, the flagship question in both languages on the development corpus, and injection
attempts that never change the query's meaning or the store."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from kg.query import find_query
from kg.query.ask import ask
from kg.query.run import run_query
from kg.store import OxigraphStore
from tests.conftest import kg_cli
from kg.query.ask import UnmappedQuestion
from tests.question_suite import TODAY, load_blind_questions, load_questions

pytestmark = pytest.mark.integration

DEV_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev" / "articles.jsonl"
FLAGSHIP = ("who said what about strikes on Russian territory", "qui a dit quoi sur les frappes en territoire russe")
ANSWERED = [q for q in load_questions() if not q.rejected]
BLIND = load_blind_questions()
MEMBER = "SELECT ?s WHERE { ?s <https://w3id.org/geokg/ontology#memberOf>* ?a }"
INJECTIONS = ('who blamed Ukraine"} ; DELETE WHERE { ?s ?p ?o } #',
              "qui a dit quoi sur les frappes en territoire russe } ; DELETE WHERE {",
              "what did the Kremlin\" ; DROP ALL ; \"x say",
              "who blamed <http://evil.example/x> { ?s ?p ?o }")


def _key(rows: list[dict]) -> list[tuple]:
    return [tuple(sorted((k, str(v)) for k, v in r.items() if v is not None)) for r in rows]


@pytest.fixture(scope="module")
def store(built_store):
    st = OxigraphStore(built_store, read_only=True)
    yield st
    st.close()


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory) -> Path:
    if not DEV_CORPUS.is_file():
        pytest.skip(f"no development corpus at {DEV_CORPUS}")
    path = tmp_path_factory.mktemp("dev") / "store"
    kg_cli("build", str(DEV_CORPUS), "--store", str(path), check=True)
    return path


def _same_rows_as_kg_query(store) -> int:
    """Check every question of the suite against its named query; how many have rows."""
    nonempty = 0
    for q in ANSWERED:
        answer = ask(q.text, store, today=TODAY)
        names, rows = run_query(find_query(q.query), q.params, store)
        assert answer.names == names and _key(answer.rows) == _key(rows), q.text
        nonempty += bool(rows)
    return nonempty


def test_every_question_gives_the_rows_of_its_named_query(store):
    assert _same_rows_as_kg_query(store) >= 15  # the test articles answer a good part of the suite


def _blind_same_rows(store) -> tuple[int, int]:
    """Each blind question the reader answers gives the rows of `kg query` with the parameters
    it printed; (answered, with rows)."""
    answered = nonempty = 0
    for q in BLIND:
        try:
            answer = ask(q.text, store, today=TODAY)
        except UnmappedQuestion:
            continue
        names, rows = run_query(find_query(answer.query_name), answer.params, store)
        assert answer.names == names and _key(answer.rows) == _key(rows), q.text
        answered += 1
        nonempty += bool(rows)
    return answered, nonempty


def test_every_blind_question_answered_gives_the_rows_of_kg_query(store):
    answered, nonempty = _blind_same_rows(store)
    assert answered >= 140 and nonempty >= 20


def test_a_speaker_keeps_its_members_statements_only(store):
    """`speaker` narrows who_said_what to the actor and its members, never widens it."""
    every = ask("who said what about attacks", store, today=TODAY)
    for actor in ("UA", "RU", "US"):
        answer = ask(f"what did {actor} say about attacks", store, today=TODAY)
        assert answer.params == {"speaker": actor}
        assert set(_key(answer.rows)) <= set(_key(every.rows))
        state = URIRef(f"https://w3id.org/geokg/id/country/{actor}")
        for row in answer.rows:
            _, found = store.select(MEMBER, {"s": row["speaker"], "a": state})
            assert found, (actor, row["speaker"])


def test_every_question_gives_the_rows_of_its_named_query_on_the_dev_corpus(dev_store):
    st = OxigraphStore(dev_store, read_only=True)
    try:
        assert _same_rows_as_kg_query(st) >= 35
        answered, nonempty = _blind_same_rows(st)
        assert answered >= 140 and nonempty >= 60
    finally:
        st.close()


def test_the_sparql_shown_is_the_query_that_ran_with_values_bound(store):
    answer = ask("qui a dit quoi sur les frappes de drones à Odessa", store, today=TODAY)
    assert answer.query_name == "who_said_what" and answer.params == {"country": "Odesa", "type": "DroneStrike"}
    assert "VALUES (?country ?type ?from ?to ?speakerOf)" in answer.sparql and "Odessa" not in answer.sparql
    assert _key(store.select(answer.sparql)[1]) == _key(answer.rows) and answer.rows


def test_kg_ask_prints_the_sparql_and_the_table(built_store):
    res = kg_cli("ask", "who blamed Ukraine", "--store", str(built_store), check=True)
    head, _, table = res.stdout.partition("\n\n")
    assert head.startswith("# kg query accusations --param against=UA") and "VALUES (?by ?against)" in head
    assert "Ministry of Defence of the Russian Federation" in table and table.strip().endswith("(1 row)")


@pytest.mark.parametrize("question", FLAGSHIP)
def test_flagship_question_on_the_dev_corpus_equals_kg_query(dev_store, question):
    expected = kg_cli("query", "who_said_what", "--param", "country=RU", "--format", "csv", "--store", str(dev_store),
                      check=True).stdout
    res = kg_cli("ask", question, "--format", "csv", "--store", str(dev_store), check=True)
    assert res.stdout == expected and expected.count("\n") > 5
    assert "# kg query who_said_what --param country=RU" in res.stderr and "SELECT DISTINCT ?statement" in res.stderr


def test_injection_attempts_are_rejected_and_leave_the_store_alone(store_copy):
    st = OxigraphStore(store_copy, read_only=True)
    before = st.count()
    st.close()
    for question in INJECTIONS:
        res = kg_cli("ask", question, "--store", str(store_copy))
        assert res.returncode == 1 and res.stdout == ""
        assert res.stderr.startswith("kg: cannot answer this question") and "who said what about strikes on Russian territory" in res.stderr
    st = OxigraphStore(store_copy, read_only=True)
    assert st.count() == before
    st.close()


def test_a_question_it_cannot_map_lists_the_questions_it_can(built_store):
    res = kg_cli("ask", "what is the weather in Paris", "--store", str(built_store))
    assert res.returncode == 1
    lines = [line.strip() for line in res.stderr.strip().splitlines()]
    assert lines[0].startswith("kg: cannot answer this question")
    assert "quelles attaques contre Kiev en mai 2023" in lines and len(lines) > 10
