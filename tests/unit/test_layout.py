"""The store layout (kg/store/layout.py): shared nodes described once, article graphs with
only what their article says, and a union graph equal to a fresh build's after any
sequence of writes, replacements and deletions."""
import datetime as dt

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.link.gazetteer import default_gazetteer
from kg.link.iris import event_iri, person_iri
from kg.model import Article, LinkedArticle, LinkedEvent, LinkedStatement, Node, Span
from kg.rdf.mapping import article_triples, graph_iri
from kg.rdf.namespace import GEV
from kg.store import OxigraphStore
from kg.store.layout import SHARED_GRAPH, ensure_layout

VERSION = "0.1.0"


def place(name: str) -> Node:
    node = default_gazetteer().find_place(name)
    assert node is not None, name
    return node


def linked(ident: str, place_name: str, seen: str | None = None, speaker: str = "Ivan Testov") -> LinkedArticle:
    """An article reporting an attack at ``place_name`` (named ``seen`` in its text, a name
    the tables lack) and a statement by a person the tables do not know."""
    art = Article(identifier=ident, text=f"Text of {ident} about {place_name}.", language="en",
                  published=dt.date(2024, 3, 2))
    where = place(place_name)
    if seen:
        where.alt_labels.add((seen, "en"))
    closure = [where]
    while closure[-1].located_in:
        closure.append(default_gazetteer().node(closure[-1].located_in))
    person = Node(iri=person_iri(speaker), classes={"Person"}, labels={"en": speaker, "fr": speaker})
    ev = LinkedEvent(iri=event_iri("DroneStrike", where.iri, dt.date(2024, 3, 1)), event_class="DroneStrike",
                     place=where.iri, evidence=[Span(0, 4, "Text")], date=dt.date(2024, 3, 1))
    st = LinkedStatement(iri=f"https://w3id.org/geokg/id/statement/{art.key}-0", speaker=person.iri, cue="said",
                         quote="q", direct=True, evidence=Span(0, 4, "Text"), about=[ev.iri])
    return LinkedArticle(article=art, nodes={n.iri: n for n in [*closure, person]}, events=[ev], statements=[st])


def write(store: OxigraphStore, *articles: LinkedArticle) -> None:
    store.replace_graphs([(graph_iri(a.article), article_triples(a, VERSION)) for a in articles])


def union(store: OxigraphStore) -> set:
    return {(q.subject, q.predicate, q.object) for q in store._store if q.graph_name != ox.NamedNode(SHARED_GRAPH)} | \
        {(q.subject, q.predicate, q.object) for q in store._store.quads_for_pattern(None, None, None, ox.NamedNode(SHARED_GRAPH))}


def fresh(tmp_path, name: str, *articles: LinkedArticle) -> set:
    s = OxigraphStore(tmp_path / name)
    write(s, *articles)
    return union(s)


def shared_subjects(store: OxigraphStore) -> set[str]:
    return {q.subject.value for q in store._store.quads_for_pattern(None, None, None, ox.NamedNode(SHARED_GRAPH))}


def test_mapping_splits_table_descriptions_from_what_the_article_says():
    a = linked("a", "Moscow", seen="Moskva")
    triples = article_triples(a, VERSION)
    moscow = URIRef(place("Moscow").iri)
    russia = URIRef(default_gazetteer().node(place("Moscow").located_in).iri)
    shared_subjects_ = {s for s, _p, _o in triples.shared}
    assert {moscow} <= shared_subjects_ and all("/person/" not in str(s) for s in shared_subjects_)
    own = set(triples)
    # the name seen in this text stays with the article; the tables' labels do not
    assert (moscow, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), Literal("Moskva", lang="en")) in own
    assert not any(s in (moscow, russia) and p != URIRef("http://www.w3.org/2004/02/skos/core#altLabel") for s, p, _o in own)
    # a person the tables do not know is described by the article
    assert (URIRef(person_iri("Ivan Testov")), GEV.role, None) not in own
    assert any(s == URIRef(person_iri("Ivan Testov")) for s, _p, _o in own)
    assert set(triples.union()) == own | set(triples.shared)


def test_shared_node_described_once_whatever_the_number_of_articles(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    write(s, linked("a", "Moscow"), linked("b", "Moscow"))
    write(s, linked("c", "Moscow"))
    moscow = ox.NamedNode(place("Moscow").iri)
    assert {q.graph_name.value for q in s._store.quads_for_pattern(moscow, None, None, None)} == {SHARED_GRAPH}
    assert union(s) == fresh(tmp_path, "f", linked("a", "Moscow"), linked("b", "Moscow"), linked("c", "Moscow"))


def test_replacing_and_deleting_articles_sweeps_what_no_article_names(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    a, b = linked("a", "Moscow"), linked("b", "Moscow", speaker="Olga Probova")
    write(s, a, b, linked("k", "Kharkiv"))
    moscow = place("Moscow")
    russia = moscow.located_in
    # a rebuilt article that now names another place: Moscow stays, b still names it
    write(s, linked("a", "Kyiv"))
    assert moscow.iri in shared_subjects(s)
    assert union(s) == fresh(tmp_path, "f1", linked("a", "Kyiv"), b, linked("k", "Kharkiv"))
    # b deleted (an empty replacement): Moscow and the chain up to Russia go in the same write
    s.replace_graphs([(graph_iri(b.article), [])])
    assert moscow.iri not in shared_subjects(s) and russia not in shared_subjects(s)
    assert union(s) == fresh(tmp_path, "f2", linked("a", "Kyiv"), linked("k", "Kharkiv"))
    # Ukraine is still named through Kyiv and Kharkiv
    assert place("Kyiv").located_in in shared_subjects(s)


def test_a_description_the_tables_changed_is_replaced(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    write(s, linked("a", "Moscow"))
    moscow = ox.NamedNode(place("Moscow").iri)
    stale = ox.Quad(moscow, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Old", language="xx"),
                    ox.NamedNode(SHARED_GRAPH))
    s._store.add(stale)
    write(s, linked("b", "Moscow"))
    assert stale not in s._store
    assert union(s) == fresh(tmp_path, "f", linked("a", "Moscow"), linked("b", "Moscow"))


def test_a_stored_description_reads_back_equal_to_the_one_the_next_article_carries(tmp_path):
    """Coordinates are written in the decimal form the store keeps ("30.5238", not "30.52380"):
    otherwise every later batch naming the place took its description for a changed one and
    rewrote it through a slow SPARQL update instead of one ``Store.extend``."""
    from kg.store.convert import shared_descriptions

    s = OxigraphStore(tmp_path / "s")
    write(s, linked("a", "Kyiv"), linked("m", "Moscow"), linked("k", "Kharkiv"))
    later = [(graph_iri(a.article), article_triples(a, VERSION)) for a in (linked("b", "Kyiv"), linked("c", "Moscow"),
                                                                            linked("d", "Kharkiv"))]
    described = shared_descriptions(later)
    assert any(t.predicate.value.endswith("wgs84_pos#long") for ts in described.values() for t in ts)
    shared = ox.NamedNode(SHARED_GRAPH)
    for node, triples in described.items():
        stored = {q.triple for q in s._store.quads_for_pattern(ox.NamedNode(node), None, None, shared)}
        assert stored == set(triples), node


@pytest.mark.parametrize("value", [30.5238, 35.0, -0.5, 0.0, 12.1, -3.0, 48.45678, -122.41942])
def test_coordinates_are_written_in_the_stores_canonical_decimal_form(value):
    from kg.rdf.mapping import decimal_text

    st = ox.Store()
    lit = ox.Literal(decimal_text(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))
    st.add(ox.Quad(ox.NamedNode("http://s"), ox.NamedNode("http://p"), lit, ox.DefaultGraph()))
    assert next(iter(st)).object.value == decimal_text(value)
    assert abs(float(decimal_text(value)) - value) < 1e-5


def test_a_store_of_the_previous_layout_is_refused_with_how_to_rebuild(tmp_path):
    s = OxigraphStore(tmp_path / "old")
    a = linked("a", "Moscow")
    s.replace_graph(graph_iri(a.article), article_triples(a, VERSION).union())  # how the previous kg wrote it
    with pytest.raises(StoreError, match="rebuild it"):
        ensure_layout(s)
    empty = OxigraphStore(tmp_path / "new")
    ensure_layout(empty)
    write(empty, a)
    ensure_layout(empty)  # marked: accepted


def test_article_states_are_read_for_many_articles_at_once(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    arts = [linked(f"x{i}", "Moscow") for i in range(5)]
    write(s, *arts[:3])
    states = s.article_states([graph_iri(a.article) for a in arts])
    assert set(states) == {graph_iri(a.article) for a in arts[:3]}
    assert all(st.extractor_version == VERSION for st in states.values())


def test_validation_per_article_reads_the_shared_descriptions_it_touches(tmp_path):
    from kg.validate import validate_articles, validate_store

    s = OxigraphStore(tmp_path / "s")
    from kg.rdf.ontology import ensure_ontology
    ensure_ontology(s)
    good = [linked(f"v{i}", name) for i, name in enumerate(["Moscow", "Kharkiv", "Kyiv"])]
    write(s, *good)
    # the places' types are only in the shared graph: an article alone would not conform
    conforms, text = validate_store(s)
    assert conforms, text[:2000]
    assert [len(chunk) for chunk, _c, _t in validate_articles(s, batch=2)] == [2, 1]
    # an article whose statement has no speaker node: reported, with its batch
    bad = linked("bad", "Moscow")
    bad.statements[0].speaker = "https://w3id.org/geokg/id/person/nobody-described"
    write(s, bad)
    conforms, text = validate_store(s)
    assert not conforms and "nobody-described" in text
    conforms, _ = validate_store(s, [graph_iri(a.article) for a in good])
    assert conforms
