"""The same articles give the same graph whatever the order, in one run or in many
(deterministic IRIs, per-article graphs, an order-independent event merge)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.build import build_into
from kg.store import OxigraphStore
from tests.conftest import DATA

pytestmark = pytest.mark.integration
DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "articles.jsonl"


def corpora() -> list:
    params = [pytest.param([DATA / "articles.jsonl", DATA / "variants.jsonl"], id="tests-data")]
    params.append(pytest.param([DEV], id="dev-corpus", marks=pytest.mark.skipif(
        not DEV.is_file(), reason=f"the development corpus is not beside the project ({DEV})")))
    return params


def records(files: list[Path]) -> list[str]:
    return [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def graph_of(store_path: Path) -> rdflib.Graph:
    st = OxigraphStore(store_path, read_only=True)
    try:
        buf = io.BytesIO()
        st.dump(buf, "nt")
    finally:
        st.close()
    return rdflib.Graph().parse(data=buf.getvalue().decode("utf-8"), format="nt")


def build_runs(tmp: Path, name: str, runs: list[list[str]]) -> rdflib.Graph:
    store_path = tmp / name
    for k, lines in enumerate(runs):
        f = tmp / f"{name}-{k}.jsonl"
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
        st = OxigraphStore(store_path)
        try:
            report = build_into(st, [str(f)])
        finally:
            st.close()
        assert not report.skipped, report.skipped
    return graph_of(store_path)


@pytest.mark.parametrize("files", corpora())
def test_any_order_one_run_or_many_gives_the_same_graph(tmp_path, files):
    lines = records(files)
    assert len({json.loads(l)["id"] for l in lines}) == len(lines)
    one_run = build_runs(tmp_path, "forward", [lines])
    reversed_runs = build_runs(tmp_path, "backward", [[l] for l in reversed(lines)])
    interleaved = build_runs(tmp_path, "interleaved", [lines[1::2], lines[0::2]])
    assert isomorphic(one_run, reversed_runs)
    assert isomorphic(one_run, interleaved)
