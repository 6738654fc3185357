"""Time expressions: find them in a text and resolve them against the publication date.

Pure functions over the word table ``kg/data/lexicon/time_words.tsv``: a weekday name is
the most recent such day on or before publication; "hier"/"yesterday" the day before; an
explicit date takes the publication year when it gives none (the year before when that
would be after publication). A night is dated, by the annotation conventions, on the day it
ends on, the morning's date: "dans la nuit de lundi à mardi" and "overnight into Tuesday"
are Tuesday, and a bare "overnight"/"pendant la nuit" in a report of that night is the
publication day (its ``relative`` row says 0). "Late on Monday"/"Monday night" is Monday.
Anything that does not fix one day ("la veille" with no anchor, "last night", "depuis le
13 juin", "since Monday") keeps its text and gets no date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.lexicon import read_table


@dataclass(frozen=True)
class TimeWords:
    weekdays: dict[str, int]
    months: dict[str, int]
    relative: dict[str, int | None]
    parts: tuple[str, ...]
    pattern: re.Pattern[str]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def time_words(lang: str) -> TimeWords:
    rows = [r for r in read_table("time_words.tsv") if r[0] == lang]
    val = lambda r: int(r[3]) if len(r) > 3 and r[3] != "" else None  # noqa: E731
    weekdays = {r[2]: val(r) for r in rows if r[1] == "weekday"}
    months = {r[2]: val(r) for r in rows if r[1] == "month"}
    relative = {r[2]: val(r) for r in rows if r[1] == "relative"}
    parts = tuple(r[2] for r in rows if r[1] == "part")
    wd, mo, rel, pa = _alt(list(weekdays)), _alt(list(months)), _alt(list(relative)), _alt(list(parts))
    if lang == "fr":
        body = (
            rf"depuis (?:le )?(?:\d{{1,2}}|1er) (?:{mo})(?: \d{{4}})?"
            rf"|(?:dans |pendant )?la nuit du (?:\d{{1,2}}|1er) au \d{{1,2}} (?:{mo})(?: \d{{4}})?"
            rf"|(?:dans |pendant )?la nuit (?:de |du )(?:{wd})(?: \d{{1,2}}| 1er)? (?:à|au) (?:{wd})(?: \d{{1,2}}(?: (?:{mo}))?)?"
            rf"|(?:le |ce |dès |depuis )?(?:{wd})(?: (?:\d{{1,2}}|1er) (?:{mo})(?: \d{{4}})?)?(?: (?:{pa}))?"
            rf"|(?:le |du )?(?:\d{{1,2}}|1er) (?:{mo})(?: \d{{4}})?"
            rf"|{rel}"
        )
    else:
        body = (
            rf"since (?:(?:{mo})\.? \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}} (?:{mo})|(?:{wd}))(?:,? \d{{4}})?"
            rf"|overnight (?:into|to) (?:{wd})"
            rf"|(?:during |on |in )?the night (?:of|from) (?:{wd}) (?:to|into) (?:{wd})"
            rf"|(?:(?:early|late) (?:on )?|on )?(?:{wd})(?:,? (?:{mo})\.? \d{{1,2}}(?:, \d{{4}})?)?(?: (?:{pa}))?"
            rf"|(?:on )?(?:{mo})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
            rf"|(?:on )?\d{{1,2}} (?:{mo})(?: \d{{4}})?"
            rf"|{rel}"
        )
    return TimeWords(weekdays, months, relative, parts, re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE))


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str


def find_time_expressions(text: str, lang: str) -> list[TimeExpression]:
    """Time expressions in ``text``, in order (character offsets into ``text``)."""
    if lang not in ("fr", "en"):
        return []
    return [TimeExpression(m.start(), m.end(), m.group(0)) for m in time_words(lang).pattern.finditer(text)]


def resolve(expression: str, lang: str, published: dt.date | None) -> dt.date | None:
    """The day an expression names, or None when the text and the publication date do not fix it."""
    if published is None or lang not in ("fr", "en"):
        return None
    words = time_words(lang)
    low = expression.lower().strip()
    if re.match(r"(?:depuis|since)\b", low):
        return None  # "depuis le 13 juin", "since Monday": the start of a span, not one attack's day
    night_dates = re.search(r"\bau (\d{1,2}) (\w+)(?: (\d{4}))?$", low)
    if night_dates and "nuit" in low and night_dates.group(2) in words.months:
        low = night_dates.group(0)[3:]  # "la nuit du 15 au 16 avril": the 16th
    night = re.search(r"(?:\b(?:à|au|to|into)\s+)(\w+)(?:\s+\d{1,2}(?:\s+\w+)?)?\s*$", low)
    if night and ("nuit" in low or "night" in low):
        # the night ends on its second day: "de lundi à mardi", "overnight into Tuesday"
        end = words.weekdays.get(night.group(1))
        if end is None:
            return None
        return published - dt.timedelta(days=(published.weekday() - end) % 7)
    for phrase, days in sorted(words.relative.items(), key=lambda kv: -len(kv[0])):
        if low == phrase or low.endswith(" " + phrase) or low.startswith(phrase + " "):
            return None if days is None else published - dt.timedelta(days=days)
    tokens = re.findall(r"\w+", low)
    month = next((words.months[t] for t in tokens if t in words.months), None)
    day_m = re.search(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\b", low)
    year_m = re.search(r"\b(\d{4})\b", low)
    if month and day_m:
        year = int(year_m.group(1)) if year_m else published.year
        try:
            day = dt.date(year, month, int(day_m.group(1)))
        except ValueError:
            return None
        if not year_m and day > published:
            day = day.replace(year=year - 1)
        return day
    weekday = next((words.weekdays[t] for t in tokens if t in words.weekdays), None)
    if weekday is not None:
        return published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    return None
