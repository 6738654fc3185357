"""``kg serve`` as a real process on 127.0.0.1: the SPARQL 1.1 Protocol (GET, POST forms and
direct bodies, content negotiation), the update gate, the time limit and request limits."""
from __future__ import annotations

import csv
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

from kg.store import RemoteStore
from tests.servers import kg_server

pytestmark = pytest.mark.integration

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
STATEMENTS = "PREFIX gev: <https://w3id.org/geokg/ontology#> SELECT ?s WHERE { ?s a gev:Statement } ORDER BY ?s"
# a cross product large enough to run for minutes on the test store
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def http(url: str, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, content type, body) of one request; HTTP errors are answers, not exceptions."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as res:
            return res.status, res.headers.get("Content-Type", ""), res.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def get(url: str, query: str, accept: str | None = None):
    return http(url + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept} if accept else {})


def count(url: str) -> int:
    status, _, body = get(url, COUNT, "application/sparql-results+json")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def served(built_store, tmp_path_factory):
    import shutil
    copy = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(built_store, copy)
    with kg_server(copy, "--timeout", "3", "--max-request-bytes", "20000") as url:
        yield url


def test_select_in_every_results_format_through_sparqlwrapper(served):
    w = SPARQLWrapper(served)
    w.setQuery(STATEMENTS)
    w.setReturnFormat(JSON)
    as_json = [b["s"]["value"] for b in w.query().convert()["results"]["bindings"]]
    assert len(as_json) >= 3
    w.setReturnFormat(XML)
    as_xml = [u.firstChild.data for u in w.query().convert().getElementsByTagName("uri")]
    w.setReturnFormat(CSV)
    as_csv = [r["s"] for r in csv.DictReader(io.StringIO(w.query().convert().decode("utf-8")))]
    w.setReturnFormat(TSV)
    as_tsv = [line.strip("<>") for line in w.query().convert().decode("utf-8").splitlines()[1:]]
    assert as_json == as_xml == as_csv == as_tsv
    status, ctype, body = get(served, STATEMENTS, "application/sparql-results+xml")
    root = ET.fromstring(body)
    assert status == 200 and ctype.startswith("application/sparql-results+xml")
    assert [u.text for u in root.iter("{http://www.w3.org/2005/sparql-results#}uri")] == as_json


def test_construct_negotiates_rdf_formats(served):
    q = "PREFIX gev: <https://w3id.org/geokg/ontology#> CONSTRUCT { ?s a gev:Statement } WHERE { ?s a gev:Statement }"
    w = SPARQLWrapper(served)
    w.setQuery(q)
    w.setReturnFormat(TURTLE)
    turtle = w.query().convert()
    import rdflib
    g = rdflib.Graph().parse(data=turtle, format="turtle")
    status, ctype, body = get(served, q, "application/n-triples")
    assert status == 200 and ctype.startswith("application/n-triples")
    assert len(g) == len(body.decode().strip().splitlines()) >= 3
    assert get(served, q, "text/csv")[0] == 406
    assert get(served, STATEMENTS, "text/turtle")[0] == 406


def test_post_form_and_direct_query(served):
    direct = http(served, data=STATEMENTS.encode(), headers={"Content-Type": "application/sparql-query",
                                                               "Accept": "text/csv"})
    form = http(served, data=urllib.parse.urlencode({"query": STATEMENTS}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert direct[0] == form[0] == 200
    assert direct[2] == form[2] and direct[2].count(b"\n") >= 4


def test_updates_are_refused_and_change_nothing(served):
    before = count(served)
    base = served[: -len("/query")]
    for data, ctype in ((b"DROP ALL", "application/sparql-update"),
                        (urllib.parse.urlencode({"update": "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"}).encode(),
                         "application/x-www-form-urlencoded")):
        status, _, body = http(base + "/update", data=data, headers={"Content-Type": ctype})
        assert status == 403 and b"read-only" in body
    # an update sent where a query is expected is a syntax error, not an update
    status, _, body = get(served, "DROP ALL")
    assert status == 400 and b"syntax error" in body.lower()
    status, _, _ = http(served, data=b"DELETE WHERE { ?s ?p ?o }", headers={"Content-Type": "application/sparql-update"})
    assert status == 415
    assert http(base + "/update?update=DROP%20ALL")[0] in (403, 405)
    assert count(served) == before


def test_a_query_over_the_time_limit_is_stopped_and_the_server_keeps_serving(served):
    started = time.monotonic()
    status, _, body = get(served, SLOW)
    took = time.monotonic() - started
    assert status == 503 and b"time limit of 3 s" in body
    assert took < 30
    assert count(served) > 0  # the replaced worker answers
    assert count(served) > 0


def test_oversized_and_malformed_requests_are_refused(served):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30000
    assert http(served, data=big.encode(), headers={"Content-Type": "application/sparql-query"})[0] == 413
    assert get(served, big)[0] in (413, 414)
    assert get(served, "SELECT * WHERE { ?s ?p ?o ")[0] == 400
    assert http(served.replace("/query", "/nowhere"))[0] == 404
    assert http(served + "?query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fx")[0] == 400
    assert count(served) > 0


def test_allow_update_applies_updates_that_later_queries_see(store_copy):
    with kg_server(store_copy, "--allow-update") as url:
        before = count(url)
        remote = RemoteStore(url)
        remote.update('INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> "o" } }')
        assert count(url) == before + 1
        remote.update("DROP GRAPH <https://example.org/g>")
        assert count(url) == before
