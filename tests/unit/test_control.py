"""Dated control of places (kg/data/link/control.tsv, kg/link/control.py, kg/rdf/control.py):
who holds a place on a day, apart from the borders it lies in."""
import datetime as dt

import pytest
from rdflib import URIRef

from kg.link.control import Control, controller, controller_on_all, place_iri_of, read_controls
from kg.link.gazetteer import default_gazetteer
from kg.link.iris import country_iri, event_iri
from kg.model import Article, LinkedArticle, LinkedEvent, Span
from kg.rdf.mapping import article_triples
from kg.rdf.namespace import GEV
from tests.unit.test_ontology import ontology, shapes, violations  # noqa: F401  (fixtures)

D = dt.date
RU = "RU"


def iri(name: str) -> str:
    node = default_gazetteer().find_place(name, ["UA"])
    assert node is not None, name
    return node.iri


def test_the_table_reads_and_every_place_is_one_the_gazetteer_knows():
    rows = read_controls()
    assert rows and all(len(r.country) == 2 and r.source for r in rows)
    g = default_gazetteer()
    for r in rows:
        node = g.node(r.place)
        assert node is not None and "Country" not in node.classes, r.place
        assert r.end is None or r.start < r.end


def test_a_row_ending_before_it_starts_is_refused(tmp_path):
    (tmp_path / "control.tsv").write_text("place\tcountry\tfrom\tto\tsource\n1\tRU\t2022-05-01\t2022-04-01\tx\n",
                                          encoding="utf-8")
    with pytest.raises(ValueError, match="ends"):
        read_controls(tmp_path)


def test_place_cells_are_geonames_ids_or_keys():
    assert place_iri_of("706448").endswith("/place/geonames-706448")
    assert place_iri_of("sy-golan").endswith("/place/sy-golan")


@pytest.mark.parametrize("name,day,holder", [
    ("Melitopol", D(2024, 5, 3), RU),          # inside, open end
    ("Melitopol", D(2022, 2, 20), None),       # before
    ("Kherson", D(2022, 6, 1), RU),            # inside a closed window
    ("Kherson", D(2022, 11, 10), RU),          # the day before it was retaken
    ("Kherson", D(2022, 11, 11), None),        # the day it was retaken: no longer held
    ("Kherson", D(2023, 7, 1), None),          # after
    ("Kherson", D(2022, 3, 1), None),          # before
    ("Sevastopol", D(2024, 1, 1), RU),
    ("Sevastopol", D(2013, 12, 31), None),
    ("Kharkiv", D(2024, 1, 1), None),          # not in the table
])
def test_the_date_window(name, day, holder):
    assert controller(iri(name), day) == holder


def test_sudzha_held_by_ukraine_during_the_incursion_only():
    sudzha = default_gazetteer().find_place("Sudzha", ["RU"]).iri
    assert controller(sudzha, D(2024, 10, 1)) == "UA"
    assert controller(sudzha, D(2024, 8, 1)) is None and controller(sudzha, D(2025, 4, 1)) is None


def test_days_straddling_a_change_of_hands_say_nothing():
    rows = (Control("p", RU, D(2022, 3, 2), D(2022, 11, 11), "s"),)
    assert controller_on_all("p", [D(2022, 5, 1), D(2022, 6, 1)], rows) == RU
    assert controller_on_all("p", [D(2022, 11, 10), D(2022, 11, 12)], rows) is None
    assert controller_on_all("p", [], rows) is None


def linked(place: str, published: dt.date | None, attacked: dt.date | None) -> LinkedArticle:
    where = default_gazetteer().find_place(place, ["UA"])
    nodes = [where]
    while nodes[-1].located_in:
        nodes.append(default_gazetteer().node(nodes[-1].located_in))
    ev = LinkedEvent(iri=event_iri("DroneStrike", where.iri, attacked, "a"), event_class="DroneStrike",
                     place=where.iri, evidence=[Span(0, 4, "Text")], date=attacked)
    art = Article(identifier="a", text="Text of a.", language="en", published=published)
    return LinkedArticle(article=art, nodes={n.iri: n for n in nodes}, events=[ev])


def held(triples) -> set:
    return {(s, o) for s, p, o in triples if p == GEV.controlledBy}


def test_the_triple_goes_to_the_article_graph_and_the_holder_is_described():
    t = article_triples(linked("Melitopol", D(2024, 5, 3), D(2024, 5, 2)), "0")
    assert held(t) == {(URIRef(iri("Melitopol")), URIRef(country_iri(RU)))}
    assert held(t.shared) == set()
    assert any(s == URIRef(country_iri(RU)) and p == GEV.countryCode for s, p, _ in t.shared)
    # the borders are untouched: Melitopol stays in Zaporizhzhia oblast, in Ukraine
    assert any(p == GEV.locatedIn and o == URIRef(country_iri("UA")) for _, p, o in t.shared)


def test_no_triple_outside_the_window_or_without_a_day():
    assert held(article_triples(linked("Kherson", D(2023, 7, 1), D(2023, 6, 30)), "0")) == set()
    assert held(article_triples(linked("Kherson", None, None), "0")) == set()
    # published after the Russian withdrawal, about a strike while Russia held the city: nothing
    assert held(article_triples(linked("Kherson", D(2022, 11, 12), D(2022, 11, 9)), "0")) == set()
    assert held(article_triples(linked("Kherson", D(2022, 9, 2), D(2022, 9, 1)), "0")) == \
        {(URIRef(iri("Kherson")), URIRef(country_iri(RU)))}


def test_the_shapes_accept_it_and_refuse_a_holder_that_is_no_country(ontology, shapes):
    from rdflib import Graph

    t = article_triples(linked("Melitopol", D(2024, 5, 3), D(2024, 5, 2)), "0")
    g = Graph()
    for triple in t.union():
        g.add(triple)
    assert violations(g, ontology, shapes) == set()
    melitopol = URIRef(iri("Melitopol"))
    g.add((melitopol, GEV.controlledBy, URIRef(iri("Zaporizhzhia Oblast"))))
    assert (melitopol, GEV.controlledBy) in violations(g, ontology, shapes)


def test_no_place_has_two_holders_on_one_day():
    rows = sorted(read_controls(), key=lambda r: (r.place, r.start))
    for a, b in zip(rows, rows[1:]):
        if a.place == b.place:
            assert a.end is not None and a.end <= b.start, a.place


@pytest.mark.parametrize("name,day,holder", [
    ("Izium", D(2022, 6, 1), RU), ("Izium", D(2022, 9, 20), None),
    ("Debaltseve", D(2015, 1, 10), None), ("Debaltseve", D(2016, 1, 10), RU),
    ("Bakhmut", D(2023, 1, 10), None), ("Bakhmut", D(2024, 1, 10), RU),
])
def test_cities_that_changed_hands_later(name, day, holder):
    assert controller(iri(name), day) == holder
