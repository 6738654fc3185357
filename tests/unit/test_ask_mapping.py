"""`kg ask` maps each question of the suite (tests/data/questions.tsv, English and French)
to its named query and parameters, and rejects what it cannot read (no model, no store:
the mapping uses the build's gazetteer and word tables only)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.query import find_query
from kg.query.ask import UnmappedQuestion, example_questions, map_question, read_topic
from kg.query.ask_tables import question_patterns
from kg.query.question_dates import date_range, find_date_spans
from tests.question_suite import TODAY, load_questions

SUITE = load_questions()


def test_the_suite_has_at_least_40_questions_in_both_languages():
    answered = [q for q in SUITE if not q.rejected]
    assert len(answered) >= 40
    langs = [map_question(q.text, TODAY).lang for q in answered]
    assert langs.count("fr") >= 15 and langs.count("en") >= 15
    assert {q.query for q in answered} == {"who_said_what", "actor_statements", "accusations", "event_timeline",
                                           "attributed_events", "sources_of_event", "co_statements"}


@pytest.mark.parametrize("q", SUITE, ids=[f"line{q.line}" for q in SUITE])
def test_question_maps_to_its_query_and_parameters(q):
    if q.rejected:
        with pytest.raises(UnmappedQuestion):
            map_question(q.text, TODAY)
        return
    mapping = map_question(q.text, TODAY)
    assert (mapping.query, mapping.params) == (q.query, q.params)


def test_every_example_maps_to_the_query_of_its_pattern():
    examples = example_questions()
    assert len(examples) == len(question_patterns())
    for pattern in question_patterns():
        assert map_question(pattern.example, TODAY).query == pattern.query, pattern.example


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


def test_a_demonym_alone_is_a_perpetrator_and_is_reported_as_ignored():
    mapping = map_question("who said what about Russian drone strikes on Kyiv", TODAY)
    assert mapping.params == {"country": "Kyiv", "type": "DroneStrike"} and mapping.ignored == ("Russian",)


def test_topic_words_are_all_accounted_for():
    topic = read_topic("frappes de drones sur Moscou en mai 2023", "fr", TODAY)
    assert (topic.attack_class, topic.place.labels["en"], topic.first, topic.last) == (
        "DroneStrike", "Moscow", dt.date(2023, 5, 1), dt.date(2023, 5, 31))
    with pytest.raises(UnmappedQuestion, match="'Wakanda'"):
        read_topic("strikes on Wakanda", "en", TODAY)
    with pytest.raises(UnmappedQuestion, match="more than one kind"):
        read_topic("drone and missile strikes", "en", TODAY)


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
