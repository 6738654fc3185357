"""Concurrency: one writer per store; readers see consistent snapshots or fail clearly.

A second ``kg build`` on a store that another process holds must fail at once (before it
loads any model) with a one-line "store in use" message and change nothing. Queries run
while a build writes must either answer from a consistent snapshot (only whole articles)
or fail with a one-line error.
"""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from kg.errors import KgError
from kg.store import open_store
from tests.conftest import ARTICLES
from tests.reliability.conftest import ROOT, kg_command, run_kg, store_quads

pytestmark = [pytest.mark.integration, pytest.mark.reliability]

GEV = "https://w3id.org/geokg/ontology#"
ONTOLOGY_GRAPH = "https://w3id.org/geokg/id/graph/ontology"
SHARED_GRAPH = "https://w3id.org/geokg/id/graph/nodes"  # kg/store/layout.py: not article graphs
STORE_GRAPH = "https://w3id.org/geokg/id/graph/store"
# article graphs that hold anything without their article's text hash: a partial article
PARTIAL = f"""SELECT DISTINCT ?g WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{SHARED_GRAPH}>, <{STORE_GRAPH}>))
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?a <{GEV}textHash> ?h ; <{GEV}extractorVersion> ?v }} }}
}}"""
ARTICLE_COUNT = f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{GEV}Article> }}"

HOLD = "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('open', flush=True); sys.stdin.read()"


def test_a_second_build_on_a_store_in_use_fails_at_once_and_changes_nothing(store_copy, tmp_path):
    before = sorted(map(str, store_quads(store_copy)))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(store_copy)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        other = tmp_path / "other.jsonl"
        other.write_text(ARTICLES.read_text(encoding="utf-8").replace('"id": "test-', '"id": "other-'), encoding="utf-8")
        started = time.monotonic()
        res = run_kg("build", str(other), "--store", str(store_copy))
        elapsed = time.monotonic() - started
        assert holder.poll() is None  # the holder still has it
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert res.returncode == 1
    assert res.stderr.strip().splitlines() == [res.stderr.strip()], res.stderr
    assert res.stderr.startswith("kg: store in use: "), res.stderr
    assert sorted(map(str, store_quads(store_copy))) == before
    print(f"\nsecond build refused in {elapsed:.2f} s (process start included): {res.stderr.strip()}")


def test_a_second_build_during_a_build_is_refused(good_corpus, tmp_path):
    store = tmp_path / "store"
    first = subprocess.Popen(kg_command("build", str(good_corpus), "--store", str(store)), cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        while not store.exists() and first.poll() is None:
            time.sleep(0.05)
        res = run_kg("build", str(ARTICLES), "--store", str(store))
        still_running = first.poll() is None
    finally:
        first.wait(timeout=900)
    assert still_running, "the first build ended before the second was tried: no concurrency tested"
    assert res.returncode == 1 and res.stderr.startswith("kg: store in use: "), res.stderr
    assert first.returncode == 0, first.stderr.read()[-2000:]


def test_queries_during_a_build_see_whole_articles_or_fail_clearly(good_corpus, tmp_path):
    store = tmp_path / "store"
    build = subprocess.Popen(kg_command("build", str(good_corpus), "--store", str(store)), cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    answered, failed, counts, cli = 0, [], [], []
    try:
        while build.poll() is None:
            try:
                st = open_store(str(store), read_only=True, create=False)
                try:
                    _, partial = st.select(PARTIAL)
                    _, rows = st.select(ARTICLE_COUNT)
                finally:
                    st.close()
                assert partial == [], f"a query saw a partial article: {partial[:3]}"
                counts.append(int(rows[0]["n"]))
                answered += 1
            except KgError as exc:  # e.g. no store yet, or one still being created
                assert "\n" not in str(exc)
                failed.append(str(exc))
            if len(cli) < 3 and answered > 5 * len(cli):  # the command line too, spread over the build
                res = run_kg("query", ARTICLE_COUNT, "--format", "csv", "--store", str(store))
                assert "Traceback" not in res.stderr and (res.returncode == 0 or len(res.stderr.strip().splitlines()) == 1), res.stderr
                cli.append(res.returncode)
            time.sleep(0.05)
    finally:
        build.wait(timeout=900)
    assert build.returncode == 0, build.stderr.read()[-2000:]
    assert answered > 0, failed[:3]
    print(f"\nqueries during a build: {answered} answered from snapshots (article counts seen: "
          f"{sorted(set(counts))}), {len(failed)} failed clearly ({sorted(set(failed))[:2]}); CLI exits {cli}")
