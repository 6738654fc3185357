"""The explorer's pure parts: highlighting, request checks, static files, article links."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.serve import explorer
from kg.serve.explorer_api import Article, _example_params, _highlight, checked_iri, kind_of, term_json


@pytest.mark.parametrize("sentence, quote, expected", [
    ("Il a dit : « nous ne soutenons pas ces attaques », mardi.", "nous ne soutenons pas ces attaques", (13, 47)),
    ("Selon l'armée, ces tirs n'ont fait aucun blessé.\n\n", "ces tirs n'ont fait aucun blessé. ", (15, 48)),
    ("They said the depot\nwas hit twice.", "the depot was hit", (10, 27)),
    ("Nothing of it here.", "an unrelated quote", None),
    ("Anything.", "   ", None),
])
def test_quote_is_found_in_its_sentence_even_when_spaces_differ(sentence, quote, expected):
    found = _highlight(sentence, quote)
    assert found == expected
    if found:
        assert " ".join(sentence[found[0]:found[1]].split()) == " ".join(quote.split()).rstrip(" ")


@pytest.mark.parametrize("value", ["https://w3id.org/geokg/id/org/us-state-dept", " http://example.org/x "])
def test_iris_from_requests_are_accepted(value):
    assert checked_iri(value) == value.strip()


@pytest.mark.parametrize("value", ["", None, "not an iri", "http://x> } DROP ALL {", "javascript:alert(1)",
                                   'https://a/"b', "https://a/b c"])
def test_anything_but_an_iri_is_refused(value):
    with pytest.raises(QueryError):
        checked_iri(value)


def test_only_web_urls_become_article_links():
    assert Article("a", url="https://example.org/x").json()["url"] == "https://example.org/x"
    assert "url" not in Article("a", url="javascript:alert(1)").json()
    assert "url" not in Article("a", url="data:text/html,<script>").json()


def test_terms_keep_their_language_and_datatype():
    assert term_json(URIRef("http://x/a")) == {"type": "uri", "value": "http://x/a"}
    assert term_json(Literal("Moscou", lang="fr")) == {"type": "literal", "value": "Moscou", "lang": "fr"}
    assert term_json(Literal(3))["datatype"].endswith("#integer")
    assert term_json(None) is None


def test_page_kinds():
    assert [kind_of(c) for c in ("Country", "Person", "City", "DroneStrike", "Statement", None)] == \
        ["actor", "actor", "place", "event", "statement", "other"]


def test_example_parameters_are_read_from_the_example_line():
    assert _example_params("kg query who_said_what --param country=RU --param type=AirStrike") == \
        {"country": "RU", "type": "AirStrike"}
    assert _example_params('kg query actor_statements --param "actor=département d\'État"') == {}
    assert _example_params('kg query x --param actor="Kremlin"') == {"actor": "Kremlin"}


def test_browsers_get_the_page_and_clients_the_endpoint():
    assert explorer.wants_html("text/html,application/xhtml+xml,*/*;q=0.8")
    assert not explorer.wants_html("application/sparql-results+json")
    assert not explorer.wants_html("*/*")
    assert not explorer.wants_html(None)


def test_static_files_stay_inside_the_static_folder():
    assert explorer.static_file("js/app.js").status == 200
    assert explorer.static_file("js/app.js").content_type.startswith("text/javascript")
    assert explorer.static_file("vendor/world-land.svg").content_type == "image/svg+xml"
    for bad in ("../server.py", "vendor/../../explorer.py", "/etc/passwd", "js", "nothing.js"):
        assert explorer.static_file(bad).status == 404, bad


def test_the_page_has_no_inline_script_and_no_other_origin():
    html = explorer.page().body.decode("utf-8")
    assert "<script>" not in html and "onclick" not in html and "http" not in html
    assert "script-src 'self'" in explorer.CSP and "'unsafe-inline'" not in explorer.CSP


def test_the_command_line_of_an_answer_can_be_pasted_into_a_shell():
    import shlex

    from kg.serve.explorer_api import command_line

    line = command_line("actor_statements", {"actor": "département d'État"})
    assert shlex.split(line) == ["kg", "query", "actor_statements", "--param", "actor=département d'État"]
    assert command_line("who_said_what", {"country": "RU"}) == "kg query who_said_what --param country=RU"
