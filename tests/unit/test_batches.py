"""Batched writing of article graphs (kg.store.batches): whole articles, one transaction
per batch, the same graph as one replacement per article."""
import pytest
from rdflib import Literal, URIRef

from kg.rdf.namespace import GEV
from kg.store import OxigraphStore
from kg.store.batches import GraphBatcher

RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def graph(i: int, text_hash: str = "h", extra: int = 0):
    a = URIRef(f"https://w3id.org/geokg/id/article/a{i}")
    triples = [(a, RDF_TYPE, GEV.Article), (a, GEV.textHash, Literal(f"{text_hash}{i}"))]
    triples += [(a, GEV.title, Literal(f"title {i} {k}")) for k in range(extra)]
    return f"https://w3id.org/geokg/id/graph/a{i}", triples


def quads(store: OxigraphStore) -> set:
    return set(store._store)


def test_batches_give_the_same_quads_as_one_transaction_per_article(tmp_path):
    one, batched = OxigraphStore(tmp_path / "one"), OxigraphStore(tmp_path / "batched")
    batcher = GraphBatcher(batched, max_graphs=4)
    for i in range(10):
        one.replace_graph(*graph(i, extra=i % 3))
        batcher.add(*graph(i, extra=i % 3))
    assert batcher.transactions == 2  # two full batches of 4 written, 2 graphs pending
    batcher.flush()
    assert batcher.transactions == 3
    assert quads(one) == quads(batched) and one.count() == 10 * 2 + sum(i % 3 for i in range(10))


def test_a_batch_replaces_graphs_already_stored(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    s.replace_graph(*graph(1, "old", extra=3))
    batcher = GraphBatcher(s, max_graphs=10)
    batcher.add(*graph(1, "new"))
    batcher.add(*graph(2, "new"))
    batcher.flush()
    assert s.article_state(graph(1)[0]).text_hash == "new1"
    assert s.count() == 4  # the old graph's title triples are gone


def test_an_article_given_twice_in_a_batch_keeps_its_last_graph(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    batcher = GraphBatcher(s, max_graphs=10)
    batcher.add(*graph(1, "first", extra=2))
    batcher.add(*graph(1, "second"))
    batcher.flush()
    assert s.article_state(graph(1)[0]).text_hash == "second1" and s.count() == 2


def test_the_triple_limit_flushes_too(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    written = []
    batcher = GraphBatcher(s, max_graphs=100, max_triples=7, on_written=written.append)
    for i in range(3):
        batcher.add(*graph(i, extra=2))  # 4 triples each
    assert written == [[graph(0)[0], graph(1)[0]]]


@pytest.mark.parametrize("stored_before", [False, True])
def test_a_failed_batch_writes_none_of_its_articles(tmp_path, stored_before):
    s = OxigraphStore(tmp_path / "s")
    if stored_before:  # the update path (DROP + INSERT DATA) rather than Store.extend
        s.replace_graph(*graph(1, "old"))
    before = quads(s)
    iri, bad = graph(2)
    bad = bad + [(URIRef("https://w3id.org/geokg/id/article/a2"), GEV.title, object())]
    batcher = GraphBatcher(s, max_graphs=10)
    batcher.add(*graph(1, "new"))
    batcher.add(iri, bad)
    with pytest.raises(Exception):
        batcher.flush()
    assert quads(s) == before
