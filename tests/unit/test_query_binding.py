import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.query.named import parse_query
from kg.query.run import bind_values, resolve_param
from kg.rdf.namespace import GEV
from kg.store import OxigraphStore

Q = """# demo: a test query
# @param name string: a label
# @param kind class optional default=Attack: the class
SELECT ?x WHERE {
  #@values
  ?x <http://www.w3.org/2000/01/rdf-schema#label> ?name .
}"""


def test_header_is_parsed():
    q = parse_query(Q, "demo")
    assert q.description == "demo: a test query"
    assert [(p.name, p.kind, p.optional, p.default) for p in q.params] == [
        ("name", "string", False, None), ("kind", "class", True, "Attack")]


def test_values_go_where_the_marker_is_and_are_escaped():
    hostile = 'x" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    text = bind_values(Q, {"name": Literal(hostile), "kind": None})
    assert "VALUES (?name ?kind)" in text and "UNDEF" in text
    assert "#@values" not in text
    assert '\\"' in text  # the quote inside the value is escaped, not closing the literal


def test_injected_value_is_only_a_literal(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    store.replace_graph("https://example.org/g", [
        (URIRef("https://example.org/a"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Moscow"))])
    before = store.count()
    hostile = 'Moscow" } } ; DROP ALL ; #'
    _, rows = store.select(bind_values(Q, {"name": Literal(hostile), "kind": None}))
    assert rows == []
    _, rows = store.select(bind_values(Q, {"name": Literal("Moscow"), "kind": None}))
    assert [str(r["x"]) for r in rows] == ["https://example.org/a"]
    assert store.count() == before


def test_values_at_start_of_where_without_marker():
    text = bind_values("SELECT ?x WHERE { ?x ?p ?o }", {"o": Literal(3)})
    assert text.startswith("SELECT ?x WHERE {\n  VALUES (?o)")


def test_bad_parameter_name_is_refused():
    with pytest.raises(QueryError):
        bind_values(Q, {"x) { } DROP ALL #": Literal(1)})


@pytest.mark.parametrize("kind,value,expected", [
    ("class", "DroneStrike", GEV.DroneStrike),
    ("class", "drone", GEV.DroneStrike),
    ("date", "2024-03-13", Literal("2024-03-13", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))),
    ("iri", "https://w3id.org/geokg/id/country/RU", URIRef("https://w3id.org/geokg/id/country/RU")),
])
def test_parameter_kinds(kind, value, expected, tmp_path):
    from kg.query.named import Param
    assert resolve_param(Param("p", kind), value, OxigraphStore(tmp_path / "s")) == expected


@pytest.mark.parametrize("kind,value", [("class", "Bombing party"), ("date", "13/03/2024"), ("iri", "javascript:alert(1)"),
                                        ("integer", "1; DROP")])
def test_bad_values_are_one_line_errors(kind, value, tmp_path):
    from kg.query.named import Param
    with pytest.raises(QueryError) as err:
        resolve_param(Param("p", kind), value, OxigraphStore(tmp_path / "s"))
    assert "\n" not in str(err.value)
