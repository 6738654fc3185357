"""Extraction on a Dask LocalCluster of 2 worker processes, merged into one store, gives a
graph isomorphic to a single-process build of the same input (same quads, too: the graph
has no blank nodes), and reports the same skipped inputs."""
from __future__ import annotations

import json

import pytest
from pyoxigraph import BlankNode
from rdflib.compare import isomorphic

from kg.build import build_into
from kg.rdf.namespace import ONTOLOGY_GRAPH
from kg.store import OxigraphStore
from tests.conftest import DATA
from tests.integration.test_build_order import graph_of

pytestmark = pytest.mark.integration
distributed = pytest.importorskip("distributed", reason="dask[distributed] is a test dependency (pyproject: test extra)")


@pytest.fixture
def inputs(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "de-1", "language": "de", "text": "Ein Artikel auf Deutsch."}) + "\n"
                   + "{not json\n", encoding="utf-8")
    return [DATA / "articles.jsonl", DATA / "variants.jsonl", bad]


def test_dask_build_equals_single_process_build(tmp_path, inputs):
    from kg.scale.dask_build import build_into_with_dask

    single = OxigraphStore(tmp_path / "single")
    single_report = build_into(single, inputs)
    single_quads = set(single._store)
    single.close()

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        dask_store = OxigraphStore(tmp_path / "dask")
        report = build_into_with_dask(dask_store, inputs, client, task_articles=2, batch_articles=3)
        dask_quads = set(dask_store._store)
        dask_store.close()
        workers = client.scheduler_info()["workers"]
        # both workers did extraction work (each loaded a pipeline)
        processed = client.run(lambda: __import__("kg.nlp.pipeline", fromlist=["x"]).load_pipeline.cache_info().currsize)
    assert len(workers) == 2 and all(n > 0 for n in processed.values())
    assert report.articles_built == single_report.articles_built > 0
    assert sorted(report.skipped) == sorted(single_report.skipped) and len(report.skipped) == 2
    assert isomorphic(graph_of(tmp_path / "dask"), graph_of(tmp_path / "single"))
    # the article graphs have no blank nodes (only the ontology's OWL lists do): equal as quads
    articles = {q for q in dask_quads if q.graph_name.value != ONTOLOGY_GRAPH}
    assert not any(isinstance(t, BlankNode) for q in articles for t in (q.subject, q.object))
    assert articles == {q for q in single_quads if q.graph_name.value != ONTOLOGY_GRAPH}
