import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.rdf.namespace import GEV
from kg.store import OxigraphStore

RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
G = "https://w3id.org/geokg/id/graph/a1"
A = URIRef("https://w3id.org/geokg/id/article/a1")


def article(h="h1", v="0.1.0", extra=()):
    return [(A, RDF_TYPE, GEV.Article), (A, GEV.textHash, Literal(h)), (A, GEV.extractorVersion, Literal(v)), *extra]


def test_replace_graph_replaces_and_reports_state(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    assert s.article_state(G) is None
    s.replace_graph(G, article(extra=[(A, GEV.title, Literal("one"))]))
    assert s.count() == 4
    st = s.article_state(G)
    assert (st.text_hash, st.extractor_version) == ("h1", "0.1.0")
    s.replace_graph(G, article(h="h2"))
    assert s.count() == 3
    assert s.article_state(G).text_hash == "h2"


def test_literals_with_quotes_and_newlines_round_trip(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    tricky = 'il a dit "non" \n } ; DROP ALL ; « oui »'
    s.replace_graph(G, article(extra=[(A, GEV.title, Literal(tricky))]))
    _, rows = s.select("SELECT ?t WHERE { ?a <https://w3id.org/geokg/ontology#title> ?t }")
    assert [str(r["t"]) for r in rows] == [tricky]


def test_failed_write_changes_nothing(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    s.replace_graph(G, article())
    before = s.count()
    with pytest.raises((StoreError, TypeError, ValueError)):
        s.replace_graph(G, article(h="h3") + [(A, GEV.title, object())])
    assert s.count() == before and s.article_state(G).text_hash == "h1"


def test_second_writer_gets_store_in_use(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    with pytest.raises(StoreError, match="store in use"):
        OxigraphStore(tmp_path / "s")
    s.close()


def test_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        OxigraphStore(tmp_path / "missing", read_only=True)
