"""The data tables of ``kg ask``: question patterns and topic words (``kg/data/ask/``).

They are data so that a new way of asking, or a word in another language, is one row, not
code. Read once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError
from kg.nlp.lexicon import read_table as read_lexicon
from kg.tables import read_rows

ASK_DIR = Path(__file__).resolve().parent.parent / "data" / "ask"


def _rows(name: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of a TSV table, without its header, comments and blank lines (``kg.tables``)."""
    return [(r.line, list(r.cells)) for r in read_rows(ASK_DIR / name)]


@dataclass(frozen=True)
class QuestionPattern:
    lang: str
    query: str
    needs_class: bool
    example: str
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def question_patterns() -> tuple[QuestionPattern, ...]:
    out = []
    for no, cells in _rows("patterns.tsv"):
        if len(cells) != 5:
            raise QueryError(f"{ASK_DIR / 'patterns.tsv'}:{no}: expected 5 columns, got {len(cells)}")
        lang, query, needs, example, pattern = cells
        try:
            regex = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise QueryError(f"{ASK_DIR / 'patterns.tsv'}:{no}: bad pattern: {exc}") from None
        out.append(QuestionPattern(lang, query, needs == "class", example, regex))
    return tuple(out)


@dataclass(frozen=True)
class AskWords:
    skip: frozenset[str]
    place_nouns: frozenset[str]
    classes: dict[str, str]  # word or phrase (lower case) -> attack class
    date_preps: dict[str, str]  # preposition (lower case) -> in / since / after / until / before


@lru_cache(maxsize=None)
def ask_words(lang: str) -> AskWords:
    skip, nouns, classes, preps = set(), set(), {}, {}
    # the build's own words first: what it reads as a kind of attack, a question reads so too
    for row in read_lexicon("attack_triggers.tsv"):
        if row[0] == lang and row[2] == "NOUN":
            classes[row[1].lower()] = row[3]
    for row in read_lexicon("attack_instruments.tsv"):
        if row[0] == lang:
            classes[row[1].lower()] = row[2]
    for _, cells in _rows("words.tsv"):
        if cells[0] != lang:
            continue
        kind, word = cells[1], cells[2].lower()
        if kind == "skip":
            skip.add(word)
        elif kind == "place_noun":
            nouns.add(word)
        elif kind == "class":
            classes[word] = cells[3]
        elif kind == "date_prep":
            preps[word] = cells[3]
    return AskWords(frozenset(skip), frozenset(nouns), classes, preps)
