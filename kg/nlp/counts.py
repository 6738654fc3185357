"""Counts as news writes them, in English and French: digits ("23", "2,000", "2 000"),
words ("seven", "twenty-three", "vingt et un", "quatre-vingt-dix"), approximate nouns ("a
dozen", "une dizaine de"), each with the bound the words before it give ("at least", "up
to", "plus de", "jusqu'à"; ``count_bounds.tsv``). A range ("between three and five", "entre
trois et cinq") is two counts: its low end at least, its high end at most (the toll lies
between them; the ``Range`` rows of ``count_bounds.tsv``).

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
RANGE = "Range"  # count_bounds.tsv: the word that opens a range ("between", "entre"), no bound itself
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
    range_low: bool = False  # the low end of a range: what it counts is what the next count (its high end) counts


@dataclass(frozen=True)
class _Words:
    numbers: dict[str, int]  # compound-number words
    singles: dict[str, int]  # "a", "an": one
    approx: dict[str, int]  # "dozen", "dizaine"
    multipliers: dict[str, int]  # "two dozen"
    bounds: dict[str, str]  # phrase -> bound
    pattern: re.Pattern[str]
    range_pattern: re.Pattern[str] | None  # "between three and five": groups low, high


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
    openers = [b for b, kind in bounds.items() if kind == RANGE]
    bounds = {b: kind for b, kind in bounds.items() if kind != RANGE}
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
    plain = "|".join(f"(?:{a})" for a in (digits, compound))
    range_pattern = re.compile(rf"(?<![\w-])(?:{_alt(openers)})\s+(?P<low>{plain})\s+(?:and|et)\s+(?P<high>{plain})(?![\w-])",
                               re.IGNORECASE) if openers else None
    return _Words(numbers, singles, approx, multipliers, bounds, pattern, range_pattern)


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
    last = None  # the value last added: the parts of one number fall ("vingt et un", "sixty-five"), never rise ("three and five")
    for part in parts:
        if part in w.multipliers:
            current = max(current, 1) * w.multipliers[part]
            last = None
            continue
        if part not in w.numbers:
            return None
        value = w.numbers[part]
        if value == 100:
            current = max(current, 1) * 100
            last = None
        elif value == 1000:
            total += max(current, 1) * 1000
            current, last = 0, None
        else:
            if last is not None and value >= last:
                return None
            current += value
            last = value
    return total + current


def find_counts(text: str, lang: str) -> list[Count]:
    """Every count of ``text`` (digits, number words, approximate nouns, singular
    determiners), with its bound; numbers inside words or dates-like digit runs
    ("2024-05-12" is three digit runs, each a count: the caller decides what they count)."""
    w = _words(lang)
    out: list[Count] = []
    ranges: list[tuple[int, int]] = []
    for m in w.range_pattern.finditer(text) if w.range_pattern else ():
        low, high = parse_number(m.group("low"), lang), parse_number(m.group("high"), lang)
        if low is None or high is None or low >= high:
            continue
        ranges.append((m.start(), m.end()))
        out.append(Count(m.start(), m.end("low"), m.start("low"), low, "AtLeast", text[m.start():m.end("low")],
                         range_low=True))
        out.append(Count(m.start("high"), m.end(), m.start("high"), high, "AtMost", m.group("high")))
    for m in w.pattern.finditer(text):
        if any(s <= m.start("number") < e for s, e in ranges):
            continue
        words = m.group("number")
        value = parse_number(words, lang) if words.strip() else None
        if value is None:
            out.extend(_parts(m, lang))
            continue
        phrase = m.group("bound") or (m.groupdict().get("elided"))
        bound = w.bounds[re.sub(r"\s+", " ", phrase.lower()).replace("’", "'")] if phrase else EXACT
        lowered = words.lower()
        approximate = any(re.search(rf"\b{a}\b", lowered) for a in [*w.approx, *w.multipliers])
        if approximate and bound == EXACT:
            bound = APPROXIMATE
        single = lowered.strip() in w.singles
        out.append(Count(m.start(), m.end(), m.start("number"), value, bound, m.group(0), single, approximate))
    return sorted(out, key=lambda c: c.start)


def _parts(m: re.Match[str], lang: str) -> list[Count]:
    """The numbers of a run of number words that makes no one number ("trois et cinq" in
    "tués trois et cinq"): each is read alone, exact (a bound before the run is no one's)."""
    out = []
    base = m.start("number")
    for part in re.finditer(r"[^\s-]+", m.group("number")):
        value = parse_number(part.group(0), lang)
        if value is not None and part.group(0).lower() not in ("and", "et"):
            out.append(Count(base + part.start(), base + part.end(), base + part.start(), value, EXACT, part.group(0)))
    return out
