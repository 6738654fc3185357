"""``kg ask``: an English or French question -> a named query and its parameters.

The question is read into a frame of slots (``kg.query.question_reader``: what is asked,
speaker, accuser, accused, perpetrator, kind of attack, place, period), with the build's
spaCy model, linker, lexicon and date normalizer; :func:`kg.query.question_frame.frame_query`
picks the named query whose parameters carry every filled slot, or refuses with the slot it
cannot honour — never a broader answer than was asked.

The parameters are the strings ``kg query --param`` takes (ISO codes for countries, the
English label of other nodes), so an answer can be reproduced on the command line; they
are bound as RDF terms by :func:`kg.query.run.prepare`, never pasted into the query.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Any

from kg.errors import QueryError
from kg.model import Node
from kg.query.ask_tables import question_heads
from kg.query.named import Param, find_query
from kg.query.question_frame import Frame, FrameError, frame_query
from kg.query.question_reader import read_question
from kg.query.run import prepare
from kg.store.base import Store

# characters no actor or place name has: a label holding them is not offered as a --param value
_NOT_IN_NAMES = re.compile(r"[{}<>;\"\\|^`$=#*]")

class UnmappedQuestion(QueryError):
    """The question matches no pattern, or a part of it cannot be read."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"cannot answer this question: {reason}")
        self.reason = reason


@dataclass(frozen=True)
class Mapping:
    """What a question asks: a named query and its ``--param`` values."""

    query: str
    params: dict[str, str]
    lang: str
    ignored: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """A mapped question, the SPARQL that ran (parameters bound) and its result."""

    question: str
    mapping: Mapping
    sparql: str
    names: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def query_name(self) -> str:
        return self.mapping.query

    @property
    def params(self) -> dict[str, str]:
        return self.mapping.params


def example_questions() -> list[str]:
    """The questions ``kg ask`` shows when it cannot answer one: one per head of question."""
    return [h.example for h in question_heads()]


def normalize_question(question: str) -> str:
    q = question.replace("’", "'").replace("\u00a0", " ")
    q = " ".join(q.split())
    return re.sub(r"[\s?!.]+$", "", q)


def _place_node(text: str) -> Node | None:
    from kg.link.articles import default_linker

    return default_linker().place(text)


def _actor_node(text: str) -> Node | None:
    from kg.link.articles import default_linker

    from kg.query.question_offices import administration_named

    linker = default_linker()
    return linker.gazetteer.find_actor(text) or linker.place(text) or administration_named(text)


def _param_value(node: Node, resolve: Callable[[str], Node | None]) -> str:
    """The shortest ``--param`` value that names ``node``: its ISO code, its label, or its IRI."""
    if node.country_code and "Country" in node.classes:
        return node.country_code
    if node.classes == {"Person"} and resolve(node.labels.get("en", "")) is None and node.labels:
        return next(iter(node.labels.values()))  # a person no table knows: the store finds it by name
    for lang in ("en", *sorted(node.labels)):
        label = node.labels.get(lang)
        if label and not _NOT_IN_NAMES.search(label):
            again = resolve(label)
            if again is not None and again.iri == node.iri:
                return label
    return node.iri


def _slot_value(frame: Frame, slot: str, param: Param) -> str | None:
    value = getattr(frame, slot)
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return None if (param.kind == "class" and value == "Attack") else value
    return _param_value(value, _place_node if param.kind == "place" else _actor_node)


def frame_mapping(frame: Frame) -> Mapping:
    """The named query and ``--param`` values that carry every filled slot of ``frame``."""
    try:
        choice = frame_query(frame)
    except FrameError as exc:
        raise UnmappedQuestion(exc.reason) from None
    query = find_query(choice.query)
    params: dict[str, str] = {}
    for name, slot in choice.slots.items():
        param = query.param(name)
        if param is None:
            raise QueryError(f"{query.name} has no parameter {name!r}")
        value = _slot_value(frame, slot, param)
        if value is not None:
            params[name] = value
    if frame.first and frame.last is None and "date" in choice.slots and "date" in params:
        raise UnmappedQuestion(f"{query.name} takes one day, not a period")
    return Mapping(query.name, params, frame.lang, tuple(frame.ignored))


def map_question(question: str, today: dt.date | None = None) -> Mapping:
    """The named query and parameters a question asks for (no store needed).

    Raises :class:`UnmappedQuestion` with the reason when the question cannot be read whole,
    or names a slot no named query can honour.
    """
    q = normalize_question(question)
    if not q:
        raise UnmappedQuestion("the question is empty")
    try:
        frame = read_question(q, today or dt.date.today())
    except FrameError as exc:
        raise UnmappedQuestion(exc.reason) from None
    return frame_mapping(frame)


def _without_header(sparql: str) -> str:
    """The query without its documentation header (comment lines before the first clause)."""
    lines = sparql.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")), 0)
    return "".join(lines[start:])


def ask(question: str, store: Store, today: dt.date | None = None) -> Answer:
    """Map a question, run its named query on ``store``; the answer keeps the SPARQL that ran."""
    mapping = map_question(question, today)
    try:
        prepared = prepare(find_query(mapping.query), mapping.params, store)
    except UnmappedQuestion:
        raise
    except QueryError as exc:  # a name the question holds that the store does not know (a person)
        raise UnmappedQuestion(str(exc)) from None
    sparql = _without_header(prepared)
    names, rows = store.select(sparql)
    return Answer(question, mapping, sparql, names, rows)
