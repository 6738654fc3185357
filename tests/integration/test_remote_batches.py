"""Batched article graphs written to a real `oxigraph serve` endpoint (SPARQL 1.1 Update
over HTTP) give the same quads as the embedded store, replacements included."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.store import OxigraphStore, RemoteStore
from kg.store.batches import GraphBatcher
from tests.servers import oxigraph_server
from tests.unit.test_batches import graph

pytestmark = pytest.mark.integration


@pytest.fixture
def writable_server(tmp_path):
    location = tmp_path / "served"
    with oxigraph_server(location) as url:
        yield url, location


def write(store, batch_size):
    batcher = GraphBatcher(store, max_graphs=batch_size)
    for i in range(7):
        batcher.add(*graph(i, "old", extra=2))
    batcher.flush()
    for i in range(0, 7, 2):  # rebuild some articles: their old graphs must go
        batcher.add(*graph(i, "new"))
    batcher.flush()


def test_remote_batches_equal_embedded_batches(writable_server, tmp_path):
    url, location = writable_server
    write(RemoteStore(url), batch_size=3)
    embedded = OxigraphStore(tmp_path / "embedded")
    write(embedded, batch_size=3)
    expected = set(embedded._store)
    embedded.close()
    served = ox.Store.read_only(str(location))
    assert set(served) == expected and len(expected) == 4 * 2 + 3 * 4


def test_remote_layout_keeps_shared_nodes_once_and_sweeps_like_the_embedded_store(writable_server, tmp_path):
    """Shared descriptions, their replacement and sweep, over SPARQL Update: after writes,
    a rebuild and a deletion the served store holds the embedded store's quads."""
    from kg.rdf.mapping import article_triples, graph_iri
    from tests.unit.test_layout import VERSION, linked

    url, location = writable_server

    def steps(store):
        a, b, k = linked("a", "Moscow"), linked("b", "Moscow", speaker="Olga Probova"), linked("k", "Kharkiv")
        store.replace_graphs([(graph_iri(x.article), article_triples(x, VERSION)) for x in (a, b, k)])
        states = store.article_states([graph_iri(x.article) for x in (a, b, k, linked("z", "Kyiv"))])
        assert set(states) == {graph_iri(x.article) for x in (a, b, k)}
        store.replace_graphs([(graph_iri(a.article), article_triples(linked("a", "Kyiv"), VERSION))])
        store.replace_graphs([(graph_iri(b.article), [])])

    remote = RemoteStore(url)
    steps(remote)
    remote.close()
    embedded = OxigraphStore(tmp_path / "embedded")
    steps(embedded)
    expected = set(embedded._store)
    embedded.close()
    served = ox.Store.read_only(str(location))
    assert set(served) == expected
    moscow = ox.NamedNode(linked("x", "Moscow").events[0].place)
    assert not list(served.quads_for_pattern(moscow, None, None, None))


def test_an_update_the_server_refuses_is_one_line_naming_the_endpoint_and_the_server_s_reason(writable_server):
    """Updates are POSTed directly (application/sparql-update); a refusal still reads as one
    line with the endpoint, the HTTP status and the server's own message."""
    from kg.errors import StoreError

    url, _location = writable_server
    with pytest.raises(StoreError) as err:
        RemoteStore(url).update("INSERT DATA { <http://a> <http://b> }")
    text = str(err.value)
    assert "\n" not in text and text.startswith(f"endpoint {url[: -len('/query')]}/update: HTTP 400")
    assert "error" in text.lower() and len(text) < 400
