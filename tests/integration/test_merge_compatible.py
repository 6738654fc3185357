"""Cross-article merging only joins reports of one attack (tests/data/merge, see its README):
different attacks at one place (months apart, undated, or two cities under a region-level
report) stay apart, one attack told twice is one node, in any build order."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg.build import build_into
from kg.store import OxigraphStore
from tests.integration.test_build_order import build_runs

pytestmark = pytest.mark.integration
DATA = Path(__file__).resolve().parents[1] / "data" / "merge" / "articles.jsonl"
NODES = """PREFIX gev: <https://w3id.org/geokg/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?e ?id WHERE {
  ?e a ?c ; gev:source ?a . ?c rdfs:subClassOf* gev:Attack . ?a dct:identifier ?id }"""


def attacks() -> dict[str, str | None]:
    return {r["id"]: r["attack"] for r in map(json.loads, DATA.read_text(encoding="utf-8").splitlines())}


@pytest.fixture(scope="module")
def nodes(tmp_path_factory) -> dict[str, set[str]]:
    """Event node -> ids of the articles that report it, after one build of the file."""
    st = OxigraphStore(tmp_path_factory.mktemp("merge") / "store")
    try:
        build_into(st, [str(DATA)])
        _, rows = st.select(NODES)
    finally:
        st.close()
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        out[str(r["e"])].add(str(r["id"]))
    return out


def test_no_node_joins_two_attacks(nodes):
    key = attacks()
    for node, ids in nodes.items():
        told = {key[i] for i in ids if key[i] is not None}
        assert len(told) <= 1, f"{node} merges different attacks: {sorted(ids)}"


def test_an_attack_told_twice_is_one_node(nodes):
    key = attacks()
    node_of = defaultdict(set)
    for node, ids in nodes.items():
        for i in ids:
            node_of[key[i]].add(node)
    for attack in ("odesa-may", "sumy-sept"):
        assert len(node_of[attack]) == 1, f"{attack} is split over {node_of[attack]}"
    for attack in ("kharkiv-march", "kharkiv-december", "kharkiv-july", "kherson-feb", "kherson-june"):
        assert len(node_of[attack]) == 1  # each found, on a node of its own (checked above)


def test_any_build_order_gives_the_same_merges(tmp_path):
    lines = [l for l in DATA.read_text(encoding="utf-8").splitlines() if l.strip()]
    one_run = build_runs(tmp_path, "forward", [lines])
    one_by_one = build_runs(tmp_path, "backward", [[l] for l in reversed(lines)])
    assert isomorphic(one_run, one_by_one)
