"""Counts as news writes them, in English and French: digits ("23", "2,000", "2 000"),
words ("seven", "twenty-three", "vingt et un", "quatre-vingt-dix"), approximate nouns ("a
dozen", "une dizaine de"), each with the bound the words before it give ("at least", "up
to", "plus de", "jusqu'à"; ``count_bounds.tsv``).

``find_counts(text, lang)`` lists every count of a text with its character span, value,
bound and the words as written; whether a count is a number of people killed or injured
is the casualty finder's business (``kg.nlp.casualties``). The words live in
``kg/data/lexicon/number_words.tsv`` and ``count_bounds.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.lexicon import read_table

EXACT = "Exact"
APPROXIMATE = "Approximate"
BOUNDS = ("Exact", "AtLeast", "MoreThan", "AtMost", "Approximate")
MULTIPLIERS = (100, 1000)


@dataclass(frozen=True)
class Count:
    """A count in a text: ``text[start:end]`` is the count with its bound words as written
    ("at least seven"); ``number_start`` where the number itself starts; ``single`` when it
    is a singular determiner ("a", "une") that counts one only before a counted noun."""

    start: int
    end: int
    number_start: int
    value: int
    bound: str
    text: str
    single: bool = False
    approx_noun: bool = False  # "une dizaine de", "a dozen": the counted noun follows "de"/"of"


@dataclass(frozen=True)
class _Words:
    numbers: dict[str, int]  # compound-number words
    singles: dict[str, int]  # "a", "an": one
    approx: dict[str, int]  # "dozen", "dizaine"
    multipliers: dict[str, int]  # "two dozen"
    bounds: dict[str, str]  # phrase -> bound
    pattern: re.Pattern[str]


def _alt(words) -> str:
    return "|".join(re.escape(w).replace("'", "['’]").replace("’", "['’]").replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def _words(lang: str) -> _Words:
    numbers: dict[str, int] = {}
    singles: dict[str, int] = {}
    approx: dict[str, int] = {}
    multipliers: dict[str, int] = {}  # "two dozen": a number word that multiplies the one before it
    for row in read_table("number_words.tsv"):
        if row[0] != lang:
            continue
        word, value, kind = row[1].lower(), int(row[2]), row[3]
        {"number": numbers, "single": singles, "approx": approx, "multiplier": multipliers}[kind][word] = value
    bounds = {row[1].lower(): row[2] for row in read_table("count_bounds.tsv") if row[0] == lang}
    elided = [b for b in bounds if b.endswith(("'", "’"))]  # "plus d'une vingtaine": no space after
    digits = r"\d{1,3}(?:(?:,|[ \u00a0\u202f])\d{3})+(?![\d,.]\d)|\d+(?![.,]\d)"
    joiner = r"(?:\s*-\s*|\s+(?:and|et)\s+|\s+)"
    word = _alt(numbers)
    compound = rf"(?:{word})(?:{joiner}(?:{word}))*"
    if multipliers:
        compound += rf"(?:\s+(?:{_alt(multipliers)}))?"
    # "a dozen", "une dizaine de", "dozens" is no count (no number)
    approx_re = rf"(?:a|an|une|un|one)\s+(?:{_alt(approx)})(?:\s+(?:de|d['’]|of))?"
    alternatives = [digits, approx_re, compound] + ([_alt(singles)] if singles else [])
    number = "(?P<number>" + "|".join(f"(?:{a})" for a in alternatives) + ")"
    spaced = [b for b in bounds if b not in elided]
    bound = rf"(?:(?P<bound>{_alt(spaced)})\s+|(?P<elided>{_alt(elided)}))?" if elided else rf"(?:(?P<bound>{_alt(spaced)})\s+)?"
    pattern = re.compile(rf"(?<![\w.,-]){bound}{number}(?![\w-])", re.IGNORECASE)
    return _Words(numbers, singles, approx, multipliers, bounds, pattern)


def parse_number(words: str, lang: str) -> int | None:
    """The value of a number in digits or words ("2,000", "twenty-three", "vingt et un",
    "quatre-vingt-dix", "une dizaine"); None when it is not one."""
    w = _words(lang)
    s = words.strip().lower().replace("’", "'")
    if re.fullmatch(r"[\d,\s\u00a0\u202f]+", s):
        digits = re.sub(r"\D", "", s)
        return int(digits) if digits else None
    approx = re.fullmatch(r"(?:a|an|une|un|one)\s+(\w+)(?:\s+(?:de|d'|of))?", s)
    if approx and approx.group(1) in w.approx:
        return w.approx[approx.group(1)]
    if s in w.singles:
        return w.singles[s]
    # "quatre-vingt(s)" is one word of 80: kept whole before splitting on hyphens
    s = re.sub(r"quatre\s*-\s*vingts?", "quatre-vingt", s)
    parts = [p for p in re.split(r"\s*(?<!quatre)-(?!vingt)\s*|\s+(?:and|et)\s+|\s+", s) if p]
    total = current = 0
    for part in parts:
        if part in w.multipliers:
            current = max(current, 1) * w.multipliers[part]
            continue
        if part not in w.numbers:
            return None
        value = w.numbers[part]
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    return total + current


def find_counts(text: str, lang: str) -> list[Count]:
    """Every count of ``text`` (digits, number words, approximate nouns, singular
    determiners), with its bound; numbers inside words or dates-like digit runs
    ("2024-05-12" is three digit runs, each a count: the caller decides what they count)."""
    w = _words(lang)
    out = []
    for m in w.pattern.finditer(text):
        words = m.group("number")
        value = parse_number(words, lang) if words.strip() else None
        if value is None:
            continue
        phrase = m.group("bound") or (m.groupdict().get("elided"))
        bound = w.bounds[re.sub(r"\s+", " ", phrase.lower()).replace("’", "'")] if phrase else EXACT
        lowered = words.lower()
        approximate = any(re.search(rf"\b{a}\b", lowered) for a in [*w.approx, *w.multipliers])
        if approximate and bound == EXACT:
            bound = APPROXIMATE
        single = lowered.strip() in w.singles
        out.append(Count(m.start(), m.end(), m.start("number"), value, bound, m.group(0), single, approximate))
    return out
