"""Extraction elsewhere — a pool of 2 local worker processes (``kg build --workers 2``) or a
Dask LocalCluster of 2 worker processes (``kg build --dask``) — merged into one store gives
a graph isomorphic to a single-process build of the same input (the same quads, too: the
article graphs have no blank nodes), and reports the same skipped inputs."""
from __future__ import annotations

import json

import pytest
from pyoxigraph import BlankNode
from rdflib.compare import isomorphic

from kg.build import build_into
from kg.rdf.namespace import ONTOLOGY_GRAPH
from kg.scale.executors import ProcessPool
from kg.store import OxigraphStore
from tests.conftest import DATA
from tests.integration.test_build_order import graph_of

pytestmark = pytest.mark.integration


@pytest.fixture
def inputs(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "de-1", "language": "de", "text": "Ein Artikel auf Deutsch."}) + "\n"
                   + "{not json\n", encoding="utf-8")
    return [DATA / "articles.jsonl", DATA / "variants.jsonl", bad]


@pytest.fixture
def single(tmp_path, inputs):
    store = OxigraphStore(tmp_path / "single")
    report = build_into(store, inputs)
    quads = set(store._store)
    store.close()
    return report, quads


def article_quads(quads: set) -> set:
    return {q for q in quads if q.graph_name.value != ONTOLOGY_GRAPH}


def assert_same_build(tmp_path, name, report, single):
    single_report, single_quads = single
    store = OxigraphStore(tmp_path / name, read_only=True)
    quads = set(store._store)
    store.close()
    assert report.articles_built == single_report.articles_built > 0
    assert sorted(report.skipped) == sorted(single_report.skipped) and len(report.skipped) == 2
    assert isomorphic(graph_of(tmp_path / name), graph_of(tmp_path / "single"))
    assert not any(isinstance(t, BlankNode) for q in article_quads(quads) for t in (q.subject, q.object))
    assert article_quads(quads) == article_quads(single_quads)


def test_local_worker_processes_build_the_single_process_graph(tmp_path, inputs, single):
    store = OxigraphStore(tmp_path / "pool")
    report = build_into(store, inputs, executor=ProcessPool(2, task_articles=2), batch_articles=3)
    store.close()
    assert_same_build(tmp_path, "pool", report, single)


def test_dask_cluster_builds_the_single_process_graph(tmp_path, inputs, single):
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is a test dependency (test extra)")
    from kg.scale.dask_build import build_into_with_dask

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        store = OxigraphStore(tmp_path / "dask")
        report = build_into_with_dask(store, inputs, client, task_articles=2, batch_articles=3)
        store.close()
        # both workers did extraction work: each loaded a spaCy pipeline
        loaded = client.run(lambda: __import__("kg.nlp.pipeline", fromlist=["_"]).load_pipeline.cache_info().currsize)
    assert len(loaded) == 2 and all(n > 0 for n in loaded.values())
    assert_same_build(tmp_path, "dask", report, single)
