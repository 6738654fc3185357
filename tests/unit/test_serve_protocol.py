"""The SPARQL Protocol rules of ``kg serve`` that need no server: request forms and
content negotiation."""
from __future__ import annotations

import pytest

from kg.serve.protocol import ProtocolError, negotiate, operation_from_get, operation_from_post


@pytest.mark.parametrize("accept,kind,expected", [
    (None, "results", "json"),
    ("", "graph", "ttl"),
    ("*/*", "results", "json"),
    ("text/csv", "results", "csv"),
    ("text/tab-separated-values", "results", "tsv"),
    ("application/sparql-results+xml", "results", "xml"),
    ("text/csv;q=0.5, application/sparql-results+json", "results", "json"),
    ("application/sparql-results+json;q=0.1, text/csv;q=0.9", "results", "csv"),
    ("application/n-triples", "graph", "nt"),
    ("application/rdf+xml;q=0.2, text/turtle;q=0.8", "graph", "ttl"),
    ("image/png, */*;q=0.1", "results", "json"),
    ("image/png", "results", None),
    ("text/csv", "graph", None),
    ("text/csv;q=0", "results", None),
])
def test_negotiate(accept, kind, expected):
    assert negotiate(accept, kind) == expected


def test_get_takes_the_query_parameter_and_refuses_updates_and_datasets():
    assert operation_from_get("query", "query=ASK%7B%7D").text == "ASK{}"
    with pytest.raises(ProtocolError) as e:
        operation_from_get("update", "update=DROP%20ALL")
    assert e.value.status == 405
    with pytest.raises(ProtocolError) as e:
        operation_from_get("query", "query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fx")
    assert e.value.status == 400
    with pytest.raises(ProtocolError) as e:
        operation_from_get("query", "query=a&query=b")
    assert e.value.status == 400


def test_post_forms_and_direct_bodies():
    assert operation_from_post("query", "application/x-www-form-urlencoded", b"query=ASK+%7B%7D").text == "ASK {}"
    assert operation_from_post("update", "application/sparql-update; charset=utf-8", b"DROP ALL").text == "DROP ALL"
    with pytest.raises(ProtocolError) as e:
        operation_from_post("query", "application/sparql-update", b"DROP ALL")
    assert e.value.status == 415
    with pytest.raises(ProtocolError) as e:
        operation_from_post("query", "application/sparql-query", b"\xff\xfe")
    assert e.value.status == 400
