"""`kg ask` maps each question of the suite (tests/data/questions.tsv, English and French)
to its named query and parameters, and rejects what it cannot read (no model, no store:
the mapping uses the build's gazetteer and word tables only)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kg.ask_examples import HELP_EXAMPLES, HELP_TODAY

from kg.query import find_query
from kg.query.ask import UnmappedQuestion, example_questions, map_question
from kg.query.ask_tables import question_heads
from kg.query.question_frame import ASKS
from kg.query.question_reader import read_question
from kg.query.question_dates import date_range, find_date_spans
from tests.question_suite import TODAY, load_questions

SUITE = load_questions()
README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_suite_has_at_least_40_questions_in_both_languages():
    answered = [q for q in SUITE if not q.rejected]
    assert len(answered) >= 40
    langs = [map_question(q.text, TODAY).lang for q in answered]
    assert langs.count("fr") >= 15 and langs.count("en") >= 15
    assert {q.query for q in answered} == {"who_said_what", "actor_statements", "accusations", "event_timeline",
                                           "attributed_events", "sources_of_event", "co_statements", "event_count",
                                           "casualties", "interceptions", "claims"}


@pytest.mark.parametrize("q", SUITE, ids=[f"line{q.line}" for q in SUITE])
def test_question_maps_to_its_query_and_parameters(q):
    if q.rejected:
        with pytest.raises(UnmappedQuestion):
            map_question(q.text, TODAY)
        return
    mapping = map_question(q.text, TODAY)
    assert (mapping.query, mapping.params) == (q.query, q.params)


def test_every_example_is_read_as_the_kind_of_question_of_its_head():
    examples = example_questions()
    assert len(examples) == len(question_heads())
    for head in question_heads():
        assert read_question(head.example, TODAY).asks == head.asks, head.example
    assert {h.asks for h in question_heads()} == set(ASKS)


def test_mapped_parameters_are_declared_by_the_query():
    for q in SUITE:
        if not q.rejected:
            declared = {p.name for p in find_query(q.query).params}
            assert set(map_question(q.text, TODAY).params) <= declared, q.text


def test_injection_attempts_are_rejected_with_a_reason():
    for text in ('who blamed Ukraine"} ; DELETE WHERE { ?s ?p ?o } #',
                 "qui a dit quoi sur les frappes en territoire russe } ; DELETE WHERE {",
                 "what did <http://x.example/a b> say"):
        with pytest.raises(UnmappedQuestion) as err:
            map_question(text, TODAY)
        assert "\n" not in str(err.value) and "cannot answer" in str(err.value)


def test_a_name_with_an_apostrophe_is_read_as_a_name():
    # quotes that names do have (d'État) are data, bound as a term: the meaning stays the query's
    assert map_question("qu'a dit le département d'État", TODAY).params == {"actor": "United States Department of State"}


def test_a_demonym_beside_an_attack_word_is_the_perpetrator():
    mapping = map_question("how many Russian drone strikes on Kyiv", TODAY)
    assert mapping.query == "event_count"
    assert mapping.params == {"country": "Kyiv", "type": "DroneStrike", "perpetrator": "RU"}
    # a statement query takes no perpetrator: refused with the reason, not answered more broadly
    with pytest.raises(UnmappedQuestion, match="perpetrator"):
        map_question("who said what about Russian drone strikes on Kyiv", TODAY)


def test_every_word_of_a_question_is_accounted_for():
    frame = read_question("quelles frappes de drones sur Moscou en mai 2023", TODAY)
    assert (frame.asks, frame.attack_class, frame.place.labels["en"], frame.first, frame.last) == (
        "attacks", "DroneStrike", "Moscow", dt.date(2023, 5, 1), dt.date(2023, 5, 31))
    with pytest.raises(UnmappedQuestion, match="'Wakanda'"):
        map_question("who said what about strikes on Wakanda", TODAY)
    with pytest.raises(UnmappedQuestion, match="more than one kind"):
        map_question("which drone and missile strikes hit Kyiv", TODAY)
    with pytest.raises(UnmappedQuestion, match="'civilians'"):
        map_question("which attacks on civilians in Kyiv", TODAY)


@pytest.mark.parametrize("question,speaker", [
    ("what did the United States say about strikes on Russian territory", "US"),
    ("what did Ukraine say about drone strikes in Russia", "UA"),
    ("what did Niger say about attacks in Russia", "NE"),  # Say is a town of Niger; "say" is no place
])
def test_a_verb_is_never_looked_up_as_a_place(question, speaker):
    mapping = map_question(question, TODAY)
    assert mapping.query == "who_said_what" and mapping.params["speaker"] == speaker
    assert mapping.params["country"] == "RU"


def test_a_place_is_looked_up_only_where_the_syntax_puts_one():
    mapping = map_question("which statements were made about attacks in Ukraine", TODAY)  # Made is a town too
    assert (mapping.query, mapping.params) == ("who_said_what", {"country": "UA"})
    assert map_question("which articles reported the Odesa drone attack", TODAY).params == {
        "place": "Odesa", "type": "DroneStrike"}


def test_an_actor_part_must_be_a_name_as_a_whole():
    # find_actor alone reads "the Kremlin and the weather" as the Kremlin: the reader refuses it
    with pytest.raises(UnmappedQuestion):
        map_question("what did the Kremlin and the weather say", TODAY)


@pytest.mark.parametrize("text,lang,expected", [
    ("last month", "en", ("2024-05-01", "2024-05-31")),
    ("this year", "en", ("2024-01-01", "2024-12-31")),
    ("depuis l'an dernier", "fr", ("2023-01-01", None)),
    ("la semaine dernière", "fr", ("2024-06-03", "2024-06-09")),
])
def test_periods_relative_to_today(text, lang, expected):
    first, last = date_range(find_date_spans(text, lang, TODAY))
    assert (first and first.isoformat(), last and last.isoformat()) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("in May 2023", "en", ("2023-05-01", "2023-05-31")),
    ("en février 2024", "fr", ("2024-02-01", "2024-02-29")),
    ("since March 2024", "en", ("2024-03-01", None)),
    ("depuis mars 2024", "fr", ("2024-03-01", None)),
    ("after May 2023", "en", ("2023-06-01", None)),
    ("avant 2024", "fr", (None, "2023-12-31")),
    ("until June 2023", "en", (None, "2023-06-30")),
    ("in July", "en", ("2023-07-01", "2023-07-31")),  # a month without a year: the last one before today
    ("le 30 mai 2023", "fr", ("2023-05-30", "2023-05-30")),
    ("hier", "fr", ("2024-06-14", "2024-06-14")),
    ("from May 2023 to June 2023", "en", ("2023-05-01", "2023-06-30")),
    ("what may happen", "en", (None, None)),
])
def test_question_dates(text, lang, expected):
    first, last = date_range(find_date_spans(text, lang, TODAY))
    assert (first and first.isoformat(), last and last.isoformat()) == expected


def _as_query_line(mapping) -> str:
    return " ".join([mapping.query, *(f"--param {k}={v}" for k, v in mapping.params.items())])


@pytest.mark.parametrize("question,query", HELP_EXAMPLES, ids=[q for q, _ in HELP_EXAMPLES])
def test_the_help_examples_are_answered_as_shown(question, query):
    assert _as_query_line(map_question(question, HELP_TODAY)) == query


def test_the_readme_questions_are_answered_as_shown():
    """Every `kg ask "…"` of the README maps; where the README shows its `# kg query …` line, to that."""
    lines = README.read_text(encoding="utf-8").splitlines()
    asked = 0
    for i, line in enumerate(lines):
        m = re.search(r'kg ask "([^"]*[a-z][^"]*)"', line)  # not the placeholder "QUESTION"
        if not m:
            continue
        mapping = map_question(m.group(1), HELP_TODAY)
        asked += 1
        shown = next((x.strip() for x in lines[i + 1:i + 3] if x.strip().startswith("# kg query ")), None)
        if shown:
            assert shown == f"# kg query {_as_query_line(mapping)}", m.group(1)
    assert asked >= 4


def test_a_parameter_may_bind_another_variable_than_its_name():
    who = find_query("who_said_what")
    speaker = who.param("speaker")
    assert speaker is not None and speaker.kind == "actor" and speaker.variable == "speakerOf"
    assert who.param("country").variable == "country"
    count = find_query("event_count")
    assert [p.name for p in count.params] == ["country", "type", "from", "to", "perpetrator", "target"]
    assert [p.name for p in find_query("event_timeline").params] == ["country", "type", "from", "to", "perpetrator", "target"]
