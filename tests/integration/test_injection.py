"""SPARQL injection: user text reaches a query only as a bound RDF term, never as query text.

Hostile values go through ``kg query --param`` (every parameter kind) and through the HTTP
parameters of ``kg serve``; none changes the query's meaning (the answer is the one an
innocent unknown value gets, or a one-line refusal) and none changes the store."""
from __future__ import annotations

import urllib.parse

import pytest

from kg.query.named import load_query
from kg.query.run import prepare
from kg.store import OxigraphStore
from tests.conftest import kg_cli
from tests.servers import kg_server

pytestmark = pytest.mark.integration

HOSTILE = [
    'RU" } ; DELETE WHERE { ?s ?p ?o } #',
    "RU' } ; DROP ALL ; #",
    "} ; DELETE WHERE { GRAPH ?g { ?s ?p ?o } } ; INSERT DATA { <http://x> <http://y> <http://z> } #",
    "<http://evil.example/a b> } UNION { ?s ?p ?o",
    'Russia"@en . ?s ?p ?o . FILTER(true',
    "\\u0022 } DROP ALL",
    "RU\n} ; DROP ALL",
]

STRING_QUERY = """# probe: statements whose quote is exactly the text
# @param text string: the text
PREFIX gev: <https://w3id.org/geokg/ontology#>
SELECT ?statement WHERE {
  #@values
  ?statement gev:quote ?text .
}"""


def quad_count(path) -> int:
    st = OxigraphStore(path, read_only=True)
    try:
        return st.count()
    finally:
        st.close()


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_place_and_actor_params_are_refused_or_unmatched(store_copy, value):
    before = quad_count(store_copy)
    for query, name in (("who_said_what", "country"), ("actor_statements", "actor"), ("event_timeline", "from")):
        res = kg_cli("query", query, "--param", f"{name}={value}", "--format", "csv", "--store", str(store_copy))
        if res.returncode == 0:
            assert res.stdout.strip().count("\n") == 0, f"{query}: a hostile {name} matched rows: {res.stdout[:300]}"
        else:
            assert res.returncode == 1 and res.stderr.count("\n") == 1 and res.stderr.startswith("kg: ")
    assert quad_count(store_copy) == before


@pytest.mark.parametrize("value", HOSTILE)
def test_a_string_param_is_one_literal(store_copy, tmp_path, value):
    """The whole value is one literal in a VALUES block: the query keeps its shape."""
    rq = tmp_path / "probe.rq"
    rq.write_text(STRING_QUERY, encoding="utf-8")
    before = quad_count(store_copy)
    st = OxigraphStore(store_copy, read_only=True)
    try:
        text = prepare(load_query(rq), {"text": value}, st)
        names, rows = st.select(text)
    finally:
        st.close()
    assert names == ["statement"] and rows == []
    assert text.count("{") - text.count("\\{") >= 2 and "DELETE" not in text.split("VALUES")[0]
    res = kg_cli("query", str(rq), "--param", f"text={value}", "--format", "csv", "--store", str(store_copy), check=True)
    assert res.stdout.strip() == "statement"
    assert quad_count(store_copy) == before


def test_iri_and_date_params_are_checked(store_copy):
    res = kg_cli("query", "event_timeline", "--param", "from=2024-01-01T00:00:00Z\"} DROP ALL", "--store", str(store_copy))
    assert res.returncode == 1 and "not a date" in res.stderr
    rq = """# @param x iri: an IRI
SELECT ?p WHERE { #@values
 ?x ?p ?o }"""
    res = kg_cli("query", rq, "--param", "x=http://example.org/a b> } ; DROP ALL ; <", "--store", str(store_copy))
    assert res.returncode == 1 and "not an IRI" in res.stderr


def test_http_parameters_cannot_update_or_reshape(store_copy):
    from tests.integration.test_serve import count, get, http

    before = quad_count(store_copy)
    with kg_server(store_copy) as url:
        served_before = count(url)
        for value in HOSTILE:
            status, _, _ = get(url, value)
            assert status == 400
            status, _, _ = http(url, data=urllib.parse.urlencode({"query": "ASK {}", "update": value}).encode(),
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
            assert status == 200  # the update field is ignored on /query
            status, _, _ = http(url.replace("/query", "/update"),
                                data=urllib.parse.urlencode({"update": value}).encode(),
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
            assert status == 403
        assert count(url) == served_before
    assert quad_count(store_copy) == before
