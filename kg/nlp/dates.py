"""Time expressions: find them in a text and resolve them against the publication date.

Pure functions over the word table ``kg/data/lexicon/time_words.tsv``: a weekday name is
the most recent such day on or before publication; "hier"/"yesterday" the day before; an
explicit date takes the publication year when it gives none (the year before when that
would be after publication). A night is dated, by the annotation conventions, on the day it
ends on, the morning's date: "dans la nuit de lundi à mardi" and "overnight into Tuesday"
are Tuesday, and a bare "overnight"/"pendant la nuit" in a report of that night is the
publication day, or the day the sentence says the night was reported on ("said on Sunday
that … overnight": Sunday). "Late on Monday"/"Monday night" is Monday.

Some expressions count from another day told in the text, the *anchor* ("la veille", "le
lendemain", "the day before", "two days after", "le même jour"): they are resolved only
against an anchor the caller gives (``kg.nlp.extract`` picks it: the day told before, or the
day of the clause the expression hangs on), never against the publication date. Anything
that does not fix one day ("la veille" with no anchor, "last night", "hours later",
"depuis le 13 juin", "since Monday") keeps its text and gets no date. A dateline is no time
expression of the story: the callers skip it (``kg.wire``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.nlp.lexicon import read_table


@dataclass(frozen=True)
class TimeWords:
    weekdays: dict[str, int]
    months: dict[str, int]
    relative: dict[str, int | None]
    parts: tuple[str, ...]
    pattern: re.Pattern[str]
    nights: frozenset[str] = frozenset()
    anchored: dict[str, int | None] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


# A time of the small hours, 00:00 to 05:59 ("shortly after 1 a.m.", "at 03:40", "after
# midnight", "vers 3 heures", "peu après minuit", "à 2 h 30"): the night of a report, dated
# like a bare "overnight" (``is_night``). French needs a preposition ("2 heures de retard" is
# a duration); English needs "a.m." or a leading zero ("at 3" alone may be the afternoon).
CLOCK = {
    "en": r"(?:(?:shortly |just |soon )?(?:after|before) |(?:at |by |from |between |until )?(?:about |around |approximately )?)"
          r"(?:(?:0?[0-5])(?:[:.][0-5]\d)? ?(?:a\.m\.|am\b)|0[0-5][:.][0-5]\d(?! ?(?:p\.m\.|pm\b)))"
          r"|(?:(?:shortly |just |soon )?after )midnight",
    "fr": r"(?:(?:peu |juste )?(?:après|avant) |vers |à |dès |aux alentours de |autour de )"
          r"(?:0?[0-5]) ?(?:h|heures?)(?: ?[0-5]\d)?(?: du matin)?"
          r"|(?:peu |juste )?après minuit"
          r"|\b0[0-5][:h][0-5]\d",
}
_CLOCK_ONLY = {lang: re.compile(rf"^(?:{pattern})$", re.IGNORECASE) for lang, pattern in CLOCK.items()}


def is_clock_time(expression: str, lang: str) -> bool:
    """A time of the small hours ("shortly after 1 a.m.", "vers 3 heures", "01:05")."""
    return lang in _CLOCK_ONLY and bool(_CLOCK_ONLY[lang].match(expression.strip()))


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def time_words(lang: str) -> TimeWords:
    rows = [r for r in read_table("time_words.tsv") if r[0] == lang]
    val = lambda r: int(r[3]) if len(r) > 3 and r[3] != "" else None  # noqa: E731
    weekdays = {r[2]: val(r) for r in rows if r[1] == "weekday"}
    months = {r[2]: val(r) for r in rows if r[1] == "month"}
    nights = {r[2]: val(r) for r in rows if r[1] == "night"}
    relative = {r[2]: val(r) for r in rows if r[1] in ("relative", "night")}
    parts = tuple(r[2] for r in rows if r[1] == "part")
    anchored = {r[2]: val(r) for r in rows if r[1] == "anchored"}
    counts = {r[2]: val(r) or 0 for r in rows if r[1] == "count"}
    wd, mo, rel, pa = _alt(list(weekdays)), _alt(list(months)), _alt(list(relative)), _alt(list(parts))
    an, co = _alt(list(anchored)), _alt(list(counts))
    if lang == "fr":
        body = (
            rf"{CLOCK[lang]}|"
            rf"(?:{an})(?: (?:au |en )?(?:{pa}))?"
            rf"|(?:{co}|\d{{1,2}}) jours? (?:plus tôt|plus tard|auparavant|après|avant)"
            rf"|depuis (?:le )?(?:\d{{1,2}}|1er) (?:{mo})(?: \d{{4}})?"
            rf"|(?:dans |pendant )?la nuit du (?:\d{{1,2}}|1er) au \d{{1,2}} (?:{mo})(?: \d{{4}})?"
            rf"|(?:dans |pendant |durant |au cours de )?la nuit (?:de |du )(?:{wd})(?: \d{{1,2}}| 1er)? (?:à|au) (?:{wd})(?: \d{{1,2}}(?: (?:{mo}))?)?"
            rf"|(?:le |ce |dès |depuis )?(?:{wd})(?: (?:\d{{1,2}}|1er) (?:{mo})(?: \d{{4}})?)?(?: (?:{pa}))?"
            rf"|(?:le |du )?(?:\d{{1,2}}|1er) (?:{mo})(?: \d{{4}})?"
            rf"|{rel}"
        )
    else:
        body = (
            rf"{CLOCK[lang]}|"
            rf"(?:{an})"
            rf"|(?:{co}|\d{{1,2}}) days? (?:after|before|earlier|later)"
            rf"|since (?:(?:{mo})\.? \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}} (?:{mo})|(?:{wd}))(?:,? \d{{4}})?"
            rf"|overnight (?:into|to) (?:{wd})"
            rf"|(?:during |on |in |over |through )?the night (?:of|from) (?:{wd}) (?:to|into) (?:{wd})"
            rf"|(?:(?:early|late) (?:on )?|on )?(?:{wd})(?:,? (?:{mo})\.? \d{{1,2}}(?:, \d{{4}})?)?(?: (?:{pa}))?"
            rf"|(?:on )?(?:{mo})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
            rf"|(?:on )?\d{{1,2}} (?:{mo})(?: \d{{4}})?"
            rf"|{rel}"
        )
    return TimeWords(weekdays, months, relative, parts, re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE),
                     frozenset(nights), anchored, counts)


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def find_time_expressions(text: str, lang: str) -> tuple[TimeExpression, ...]:
    """Time expressions in ``text``, in order (character offsets into ``text``). Cached: the
    event and statement finders ask again about the same sentences."""
    if lang not in ("fr", "en"):
        return ()
    return tuple(TimeExpression(m.start(), m.end(), m.group(0)) for m in time_words(lang).pattern.finditer(text))


_COUNTED = {"fr": re.compile(r"^(\w+) jours? (plus tôt|plus tard|auparavant|après|avant)$"),
            "en": re.compile(r"^(\w+) days? (after|before|earlier|later)$")}
_BEFORE = {"plus tôt", "auparavant", "avant", "before", "earlier"}


def anchored_offset(expression: str, lang: str) -> tuple[bool, int | None]:
    """Whether an expression counts from another day told in the text ("la veille", "two
    days after"), and by how many days (negative: before the anchor; None: not one day,
    "hours later")."""
    if lang not in ("fr", "en"):
        return False, None
    words = time_words(lang)
    low = re.sub(r"\s+", " ", expression.lower().strip()).replace("’", "'")
    for phrase, days in sorted(words.anchored.items(), key=lambda kv: -len(kv[0])):
        if low == phrase.replace("’", "'") or low.startswith(phrase.replace("’", "'") + " "):
            return True, days
    m = _COUNTED[lang].match(low)
    if m:
        n = words.counts.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else None)
        if n is None:
            return True, None
        return True, -n if m.group(2) in _BEFORE else n
    return False, None


def takes_complement(expression: str, following: str) -> bool:
    """Whether an anchored expression is followed by the event it counts from ("a day after
    a drone hit…", "la veille de la frappe", "le lendemain du bombardement"), not used on its
    own ("The day before, …", "Le lendemain soir, …")."""
    low = expression.lower().rstrip()
    nxt = following.lstrip().lower()
    if not nxt or not nxt[0].isalnum():
        return False
    if re.search(r"\b(?:after|before|après|avant)$", low):
        # "two days after that, …", "deux jours après cela": no complement; "after that
        # strike", "après ce bombardement": a determiner, the attack it counts from follows
        return not re.match(r"(?:cela|ça)\b|(?:that|this)\b(?!\s+\w)", nxt)
    return bool(re.match(r"(?:de|du|des|d'|d’)\b|d['’]", nxt)) and low.endswith(("veille", "lendemain"))


def complement_end(text: str, start: int, end: int) -> int:
    """Where the complement of an anchored expression that ends at ``start`` stops: at the
    first comma, semicolon, colon or dash before ``end`` (a fronted "The day before the port
    strike, drones hit …" closes there), else ``end``."""
    m = re.compile(r"[,;:–—]").search(text, start, end)
    return m.start() if m else end


def is_night(expression: str, lang: str) -> bool:
    """A bare night ("overnight", "pendant la nuit"): the day of the report of that night."""
    return lang in ("fr", "en") and (expression.lower().strip() in time_words(lang).nights
                                     or is_clock_time(expression, lang))


def resolve(expression: str, lang: str, published: dt.date | None, anchor: dt.date | None = None,
            inverse: bool = False) -> dt.date | None:
    """The day an expression names, or None when the text and the publication date do not fix it.

    ``anchor`` is the day an anchored expression counts from (the day told before, or the
    day of the clause it hangs on); ``inverse`` when the event is the one inside the
    expression's complement ("the strike came a day after *a drone hit X*": X is a day
    before the anchor). For a bare night, ``anchor`` is the day it was reported on."""
    if lang not in ("fr", "en"):
        return None
    is_anchored, offset = anchored_offset(expression, lang)
    if is_anchored:
        if anchor is None or offset is None:
            return None
        return anchor - dt.timedelta(days=offset) if inverse else anchor + dt.timedelta(days=offset)
    if is_night(expression, lang) and anchor is not None:
        return anchor
    if published is None:
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
