"""The question suite of ``kg ask`` (tests/data/questions.tsv): question, query, parameters."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

QUESTIONS = Path(__file__).parent / "data" / "questions.tsv"
TODAY = dt.date(2024, 6, 15)  # the reference day the expected dates were written for
REJECT = "REJECT"


@dataclass(frozen=True)
class Question:
    line: int
    text: str
    query: str
    params: dict[str, str]

    @property
    def rejected(self) -> bool:
        return self.query == REJECT


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if no == 1 or not line.strip() or line.startswith("#"):
            continue
        text, query, params = (line.split("\t") + ["", ""])[:3]
        pairs = [p.split("=", 1) for p in params.split("; ") if p.strip()]
        out.append(Question(no, text, query, {k.strip(): v.strip() for k, v in pairs}))
    return out


BLIND = Path(__file__).parent / "data" / "questions_blind.tsv"
REFUSE = "REFUSE"


@dataclass(frozen=True)
class BlindQuestion:
    line: int
    text: str
    query: str  # a named query, or REFUSE
    params: dict[str, str]
    split: str  # tune | holdout


def load_blind_questions(path: Path = BLIND) -> list[BlindQuestion]:
    """The suite written blind (tests/data/questions_blind.tsv): header line, then comments and rows."""
    out = []
    header_seen = False
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        text, query, params, split = (line.split("\t") + ["", "", ""])[:4]
        pairs = [p.split("=", 1) for p in params.split(";") if p.strip()]
        out.append(BlindQuestion(no, text, query.strip(), {k.strip(): v.strip() for k, v in pairs}, split.strip()))
    return out


def _canonical(query: str, params: dict[str, str]) -> dict[str, str]:
    """Parameters as what they mean: actors and places as the node the linker resolves them to,
    classes as the class (the default class = not given), dates as given."""
    from kg.link.articles import default_linker
    from kg.query import find_query
    from kg.query.run import class_names

    linker = default_linker()
    named = find_query(query)
    out = {}
    for name, value in params.items():
        p = named.param(name)
        v = value
        if p is not None and p.kind == "class":
            v = class_names().get(value.replace(" ", "").lower(), value)
            if p.default and v == class_names().get(p.default.lower(), p.default):
                continue
        elif p is not None and p.kind in ("actor", "place"):
            node = (linker.gazetteer.find_actor(value) if p.kind == "actor" else None) or linker.place(value)
            if node is None and p.kind == "actor":
                from kg.query.question_offices import office_named

                node = office_named(value)  # an office of a place, as kg query reads it ("Kursk governor")
            v = node.iri if node is not None else value
        out[name] = v
    return out


def grade(q: BlindQuestion, got_query: str | None, got_params: dict[str, str]) -> str:
    """right | refused | wrong: a refusal of an answerable question is no wrong answer."""
    if q.query == REFUSE:
        return "right" if got_query is None else "wrong"
    if got_query is None:
        return "refused"
    if got_query != q.query:
        return "wrong"
    return "right" if _canonical(q.query, q.params) == _canonical(got_query, got_params) else "wrong"


def answer(text: str) -> tuple[str | None, dict[str, str]]:
    """What `kg ask` maps a question to: (query, params), or (None, {}) when it refuses."""
    from kg.query.ask import UnmappedQuestion, map_question

    try:
        m = map_question(text, TODAY)
        return m.query, m.params
    except UnmappedQuestion:
        return None, {}


def grade_all(questions: list[BlindQuestion]) -> tuple[dict[str, Counter], list[str]]:
    """Right / refused / wrong counts per split, and one line per wrong answer."""
    out: dict[str, Counter] = defaultdict(Counter)
    wrong: list[str] = []
    for q in questions:
        got = answer(q.text)
        g = grade(q, *got)
        out[q.split][g] += 1
        if g == "wrong":
            wrong.append(f"line {q.line}: {q.text!r} -> {got}, expected {q.query} {q.params}")
    return out, wrong
