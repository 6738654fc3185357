"""Remote stores over the SPARQL 1.1 Protocol, with real server processes on 127.0.0.1:
``oxigraph serve`` and ``kg serve``. The same named queries answer the same rows as on the
embedded store, and a build pushed into a server by SPARQL Update gives the same graph."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import find_query
from kg.query.run import prepare
from kg.store import OxigraphStore, RemoteStore
from tests.conftest import ARTICLES, kg_cli
from tests.servers import kg_server, oxigraph_server

pytestmark = pytest.mark.integration

ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def rows_key(rows: list[dict]) -> list[tuple[str, ...]]:
    return sorted(tuple(str(r.get(k)) for k in sorted(r)) for r in rows)


def embedded_rows(path, query: str, params: dict[str, str]) -> list[dict]:
    local = OxigraphStore(path, read_only=True)
    try:
        return local.select(prepare(find_query(query), params, local))[1]
    finally:
        local.close()


def quads(store) -> tuple[set[tuple[str, ...]], int]:
    """The quads without blank nodes, and how many quads have one (the ontology's OWL lists:
    their labels differ from store to store)."""
    from rdflib import BNode
    rows = store.select(ALL_QUADS)[1]
    named = {tuple(str(r[k]) for k in ("g", "s", "p", "o")) for r in rows if not any(isinstance(v, BNode) for v in r.values())}
    return named, len(rows) - len(named)


@pytest.mark.parametrize("server", ["oxigraph", "kg"])
def test_who_said_what_through_the_sparql_protocol(server, store_copy):
    serve = oxigraph_server(store_copy, read_only=True) if server == "oxigraph" else kg_server(store_copy)
    expected = embedded_rows(store_copy, "who_said_what", {"country": "RU"})
    assert expected, "the test articles hold statements about attacks in Russia"
    with serve as url:
        remote = RemoteStore(url)
        got = remote.select(prepare(find_query("who_said_what"), {"country": "RU"}, remote))[1]
    assert rows_key(got) == rows_key(expected)


def test_kg_query_accepts_an_endpoint_url(store_copy):
    with kg_server(store_copy) as url:
        by_store = kg_cli("query", "who_said_what", "--param", "country=Russia", "--format", "csv", "--store", url, check=True)
        by_endpoint = kg_cli("query", "who_said_what", "--param", "country=Russie", "--format", "csv", "--endpoint", url,
                             check=True)
    assert by_store.stdout.splitlines()[0].startswith("statement,speaker")
    assert len(by_store.stdout.splitlines()) >= 2
    assert sorted(by_store.stdout.splitlines()) == sorted(by_endpoint.stdout.splitlines())


@pytest.mark.parametrize("server", ["oxigraph", "kg"])
def test_build_into_an_endpoint_gives_the_embedded_graph(server, built_store, tmp_path):
    """``kg build --endpoint`` pushes the articles by SPARQL Update, in batches; the server's
    graph is the embedded build's, quad for quad, and a second build adds nothing."""
    target = tmp_path / "remote-store"
    if server == "kg":
        import pyoxigraph
        pyoxigraph.Store(str(target)).flush()  # kg serve serves an existing store
        serve = kg_server(target, "--allow-update")
    else:
        serve = oxigraph_server(target)
    with serve as url:
        res = kg_cli("build", str(ARTICLES), "--endpoint", url, check=True)
        assert " 0 skipped" in res.stderr
        again = kg_cli("build", str(ARTICLES), "--endpoint", url, check=True)
        assert again.stderr.strip().splitlines()[-1].startswith("0 built")
        remote_quads = quads(RemoteStore(url))
    local = OxigraphStore(built_store, read_only=True)
    try:
        local_quads = quads(local)
    finally:
        local.close()
    assert len(local_quads[0]) > 500
    assert remote_quads == local_quads


def test_update_endpoint_must_come_with_an_endpoint(tmp_path):
    res = kg_cli("query", "who_said_what", "--update-endpoint", "http://127.0.0.1:9/update", "--store", str(tmp_path))
    assert res.returncode == 1 and "--update-endpoint needs --endpoint" in res.stderr


DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "articles.jsonl"


@pytest.mark.skipif(not DEV.is_file(), reason=f"the development corpus is not beside the project ({DEV})")
def test_flagship_question_on_the_dev_corpus_through_a_remote_oxigraph_server(tmp_path):
    """The dev corpus built into ``oxigraph serve`` answers who_said_what country=RU, asked
    by ``kg query`` or by ``kg ask`` in English and French, with the embedded build's table."""
    local = tmp_path / "local"
    kg_cli("build", str(DEV), "--store", str(local), check=True)
    expected = kg_cli("query", "who_said_what", "--param", "country=RU", "--format", "csv", "--store", str(local),
                      check=True).stdout.splitlines()
    with oxigraph_server(tmp_path / "remote") as url:
        kg_cli("build", str(DEV), "--endpoint", url, check=True)
        got = kg_cli("query", "who_said_what", "--param", "country=RU", "--format", "csv", "--endpoint", url,
                     check=True).stdout.splitlines()
        asked = {q: kg_cli("ask", q, "--format", "csv", "--endpoint", url, check=True).stdout.splitlines()
                 for q in ("who said what about strikes on Russian territory",
                           "qui a dit quoi sur les frappes en territoire russe")}
    assert len(expected) > 5
    assert got[0] == expected[0] and sorted(got) == sorted(expected)
    for question, rows in asked.items():
        assert sorted(rows) == sorted(expected), question


def test_network_projection_through_the_sparql_protocol(store_copy):
    """The network snapshot is read with SPARQL only (named graphs included), so a
    projection of the endpoint equals the projection of the embedded store."""
    from kg.network import project

    with oxigraph_server(store_copy, read_only=True) as url:
        remote = project(RemoteStore(url), "full", "fr")
    local_store = OxigraphStore(store_copy, read_only=True)
    try:
        local = project(local_store, "full", "fr")
    finally:
        local_store.close()
    assert local.number_of_edges() > 0
    assert dict(remote.nodes(data=True)) == dict(local.nodes(data=True))
    assert {(u, v): d for u, v, d in remote.edges(data=True)} == {(u, v): d for u, v, d in local.edges(data=True)}
