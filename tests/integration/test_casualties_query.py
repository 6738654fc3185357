"""The `casualties` and `interceptions` named queries on a real store built from the
casualty and weapon passages, and the SHACL validation of stores that hold casualty figures
and weapon counts (the passages and the development corpus)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import find_query
from kg.query.run import run_query
from kg.store import OxigraphStore
from tests.casualty_passages import DATA, WEAPONS_DATA
from tests.conftest import kg_cli

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def passages_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("casualties") / "store"
    kg_cli("build", str(DATA / "en.jsonl"), str(DATA / "fr.jsonl"), str(WEAPONS_DATA / "en.jsonl"),
           str(WEAPONS_DATA / "fr.jsonl"), "--store", str(store), check=True)
    return store


@pytest.fixture(scope="module")
def store(passages_store):
    st = OxigraphStore(passages_store, read_only=True)
    yield st
    st.close()


def rows_at(store, **params):
    names, rows = run_query(find_query("casualties"), params, store)
    return names, [{k: (str(v) if v is not None else None) for k, v in r.items()} for r in rows]


def test_columns_and_a_toll_that_rose_over_the_day(store):
    names, rows = rows_at(store, country="Nikopol", **{"from": "2025-03-17", "to": "2025-03-17"})  # not the shelling of 26 June
    assert names == ["event", "date", "place", "placeLabel", "kind", "count", "bound", "countText", "reporter",
                     "reporterLabel", "statement", "article", "evidence", "lowest", "highest"]
    assert {r["event"] for r in rows} and len({r["event"] for r in rows}) == 1  # the EN and FR reports are one attack
    assert sorted({(r["kind"], int(r["count"])) for r in rows}) == [("killed", 3), ("killed", 5)]
    assert {(r["lowest"], r["highest"]) for r in rows} == {("3", "5")}
    assert all(r["statement"] and "Verenko" in r["reporterLabel"] for r in rows)
    assert {r["countText"] for r in rows} >= {"Three", "five"}


def test_conflicting_figures_keep_each_side_as_its_source(store):
    _, rows = rows_at(store, country="Kramatorsk", kind="killed")
    by = {r["reporter"].rsplit("/", 1)[-1]: int(r["count"]) for r in rows}
    assert by == {"vadym-filenko": 4, "ru-mod": 30}
    assert {(r["lowest"], r["highest"]) for r in rows} == {("4", "30")}


def test_bounds_the_article_voice_and_filters(store):
    _, rows = rows_at(store, country="UA", kind="injured", **{"from": "2025-01-24", "to": "2025-01-24"})
    assert {(r["placeLabel"], int(r["count"]), r["bound"]) for r in rows} == {("Zaporizhzhia", 20, "MoreThan")}
    assert {r["countText"] for r in rows} == {"More than 20", "Plus de vingt"}
    _, rows = rows_at(store, country="Kharkiv", kind="injured")
    article_voice = [r for r in rows if r["statement"] is None]
    assert article_voice and all(r["reporter"] == r["article"] for r in article_voice)
    _, rows = rows_at(store, country="Odesa")
    assert {(r["kind"], int(r["count"]), r["countText"]) for r in rows} >= {("killed", 0, "no casualties"),
                                                                             ("injured", 0, "no casualties")}
    # the rockets on Metula hurt no one, the Israeli military said (a weapons passage)
    _, rows = rows_at(store, country="Israel")
    assert {(r["kind"], int(r["count"]), r["reporter"].rsplit("/", 1)[-1]) for r in rows} == {("injured", 0, "il-idf")}
    _, rows = rows_at(store, country="France")
    assert rows == []


def test_the_passages_store_validates(passages_store):
    res = kg_cli("validate", "--store", str(passages_store))
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]


def _corpus(name: str) -> Path | None:
    for folder in (ROOT.parent, ROOT.parent.parent):
        path = folder / "shared" / "corpus" / name / "articles.jsonl"
        if path.is_file():
            return path
    return None


def test_the_development_corpus_graph_validates_with_its_casualty_figures(tmp_path):
    corpus = _corpus("dev")
    if corpus is None:
        pytest.skip("the shared development corpus is not beside this checkout")
    store = tmp_path / "store"
    kg_cli("build", str(corpus), "--store", str(store), check=True)
    st = OxigraphStore(store, read_only=True)
    try:
        _, rows = st.select("PREFIX gev: <https://w3id.org/geokg/ontology#> "
                            "SELECT (COUNT(?r) AS ?n) WHERE { ?r a gev:CasualtyReport }")
        assert int(str(rows[0]["n"])) >= 10
    finally:
        st.close()
    res = kg_cli("validate", "--store", str(store))
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]


def test_gexf_and_graphml_carry_each_attack_s_lowest_and_highest_figures(passages_store, tmp_path):
    import networkx as nx

    out = tmp_path / "g.graphml"
    kg_cli("export", "--format", "graphml", "--store", str(passages_store), "-o", str(out), check=True)
    g = nx.read_graphml(out)
    nikopol = [d for _, d in g.nodes(data=True) if d.get("label", "").startswith("Nikopol") or
               (d.get("killed_min") == 3 and d.get("killed_max") == 5)]
    assert any(d.get("killed_min") == 3 and d.get("killed_max") == 5 and d.get("killed_reports") == 4 for d in nikopol)
    gexf = tmp_path / "g.gexf"
    kg_cli("export", "--format", "gexf", "--store", str(passages_store), "-o", str(gexf), check=True)
    assert 'title="killed_max"' in gexf.read_text(encoding="utf-8")



def interceptions(store, **params):
    names, rows = run_query(find_query("interceptions"), params, store)
    return names, [{k: (str(v) if v is not None else None) for k, v in r.items()} for r in rows]


def test_interceptions_by_place_reporter_action_and_period(store):
    names, rows = interceptions(store, country="Kyiv", **{"from": "2025-08-01", "to": "2025-08-31"})  # not the April missiles
    assert names == ["event", "date", "place", "placeLabel", "action", "count", "bound", "countText", "weapon",
                     "weaponClass", "reporter", "reporterLabel", "statement", "article", "evidence"]
    assert {(r["action"], int(r["count"]), r["weaponClass"]) for r in rows} == {("intercepted", 15, "MissileStrike"),
                                                                               ("launched", 20, "MissileStrike")}
    _, rows = interceptions(store, reporter="Russia")  # the defence ministry is a member of Russia
    assert rows and {r["reporter"].rsplit("/", 1)[-1] for r in rows} == {"ru-mod"}
    # "destroyed 41 of 45 Ukrainian drones": the 45 are launched, by the ministry's count
    assert {r["action"] for r in rows} == {"intercepted", "launched"}
    assert {int(r["count"]) for r in rows if r["action"] == "launched"} == {45}
    _, rows = interceptions(store, country="UA", action="launched", **{"from": "2025-04-01", "to": "2025-04-02"})
    assert {(r["placeLabel"], int(r["count"]), r["weapon"]) for r in rows} == {("Odesa", 60, "drones"), ("Odesa", 4, "missiles")}
    _, rows = interceptions(store, country="Israel")
    assert {(r["action"], int(r["count"]), r["bound"]) for r in rows} >= {("launched", 30, "Approximate"),
                                                                          ("launched", 12, "Approximate")}


def test_weapon_parameter_and_casualty_reporter(store):
    """`weapon` keeps the counts of one kind of weapon (kg ask: "how many drones were…"), and
    `reporter` the casualty figures one side gave (its members count); neither widens the answer."""
    _, every = interceptions(store, country="UA", action="launched", **{"from": "2025-04-01", "to": "2025-04-02"})
    _, drones = interceptions(store, country="UA", action="launched", weapon="DroneStrike",
                              **{"from": "2025-04-01", "to": "2025-04-02"})
    assert {(r["placeLabel"], int(r["count"]), r["weapon"]) for r in drones} == {("Odesa", 60, "drones")}
    assert len(drones) < len(every)
    _, missiles = interceptions(store, country="Kyiv", weapon="MissileStrike")
    assert missiles and {r["weaponClass"] for r in missiles} == {"MissileStrike"}
    assert interceptions(store, country="Kyiv", weapon="DroneStrike")[1] == []
    _, both = rows_at(store, country="Kramatorsk", kind="killed")
    _, russian = rows_at(store, country="Kramatorsk", kind="killed", reporter="Russia")
    assert {r["reporter"].rsplit("/", 1)[-1] for r in russian} == {"ru-mod"} and len(russian) < len(both)
    assert {(r["lowest"], r["highest"]) for r in russian} == {("4", "30")}  # every source's, as asked for the attack
