"""Shared pieces of the reliability tests: sizes, a corpus of good articles, graph reading.

Sizes: the default run (CI) uses sizes that keep these tests to a few minutes on 2
cores; ``KG_RELIABILITY_FULL=1`` runs the full size the README's figures come from. The
seed of every random choice is fixed (``KG_RELIABILITY_SEED`` changes it), so a failure
can be replayed.
"""
from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from tests.reliability.fuzz import good_article

FULL = os.environ.get("KG_RELIABILITY_FULL", "") not in ("", "0")
SEED = int(os.environ.get("KG_RELIABILITY_SEED", "20261126"))
ROOT = Path(__file__).resolve().parents[2]


def size(ci: int, full: int) -> int:
    """The size of a test: ``full`` under KG_RELIABILITY_FULL=1, else ``ci``."""
    return full if FULL else ci


def kg_command(*args: str) -> list[str]:
    """The argv of the real ``kg`` command, run from the project root."""
    return [sys.executable, "-m", "kg", *args]


def run_kg(*args: str, timeout: float = 900, **kwargs) -> subprocess.CompletedProcess:
    """Run ``kg`` to completion; the timeout only catches a hang, it measures nothing."""
    return subprocess.run(kg_command(*args), capture_output=True, text=True, timeout=timeout, cwd=ROOT, **kwargs)


def write_good_corpus(path: Path, count: int, seed: int) -> list[str]:
    """A JSONL file of ``count`` good articles; returns their identifiers."""
    rng = random.Random(seed)
    records = [good_article(rng, f"good-{seed}-{n}") for n in range(count)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return [r["id"] for r in records]


def store_quads(location: Path) -> list[ox.Quad]:
    """Every quad of a store, read from a read-only snapshot (the store may be in use)."""
    store = ox.Store.read_only(str(location))
    try:
        return list(store)
    finally:
        del store


def union_graph(location: Path) -> rdflib.Graph:
    """The union of a store's graphs as an rdflib Graph, for isomorphism checks."""
    store = ox.Store.read_only(str(location))
    buf = io.BytesIO()
    store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }").serialize(buf, format=ox.RdfFormat.N_TRIPLES)
    del store
    graph = rdflib.Graph()
    graph.parse(data=buf.getvalue().decode("utf-8"), format="nt")
    return graph


def article_identifiers(location: Path) -> set[str]:
    """The ``dcterms:identifier`` of every article in a store."""
    store = ox.Store.read_only(str(location))
    try:
        rows = store.query(
            "SELECT ?id WHERE { GRAPH ?g { ?a a <https://w3id.org/geokg/ontology#Article> ;"
            " <http://purl.org/dc/terms/identifier> ?id } }"
        )
        return {row["id"].value for row in rows}
    finally:
        del store


@pytest.fixture(scope="session")
def good_corpus(tmp_path_factory) -> Path:
    """Good articles for the crash tests: enough for several chunks of the NLP stage, so that
    articles are written at several moments of a build."""
    path = tmp_path_factory.mktemp("corpus") / "good.jsonl"
    write_good_corpus(path, size(70, 200), SEED)
    return path
