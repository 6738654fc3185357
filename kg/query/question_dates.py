"""Date ranges in questions: "in May 2023", "en mai 2023", "since March 2024", "avant 2024".

A question asks about periods, not only days, so on top of the build's date normalizer
(``kg.nlp.dates``: one day, resolved against a reference date — for a question, today) this
reads a month or a year as the range of its days, and a preposition before it (a
``date_prep`` row of ``kg/data/ask/words.tsv``) as which end of the range is meant.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.dates import find_time_expressions, resolve, time_words
from kg.query.ask_tables import ask_words


@dataclass(frozen=True)
class DateSpan:
    """A date expression of a question: where it is, and the first and last day it allows."""

    start: int
    end: int
    first: dt.date | None
    last: dt.date | None


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(re.escape(m) for m in sorted(time_words(lang).months, key=len, reverse=True))
    preps = "|".join(re.escape(p) for p in sorted(ask_words(lang).date_preps, key=len, reverse=True))
    period = re.compile(rf"(?<!\w)(?:(?P<month>{months})\.?(?:\s+(?P<year>\d{{4}}))?|(?<![\d/-])(?P<year_only>(?:1[89]|2\d)\d{{2}})(?![-/]\d))(?!\w)",
                        re.IGNORECASE)
    leads = "|".join(re.escape(p) for p in sorted(ask_words(lang).date_leads, key=len, reverse=True))
    lead = rf"(?:\s+(?P<lead>{leads}))?" if leads else ""
    prep = re.compile(rf"(?<!\w)(?P<prep>{preps}){lead}\s*$", re.IGNORECASE) if preps else re.compile(r"(?!x)x")
    return period, prep


def _month_range(month: int, year: int | None, today: dt.date) -> tuple[dt.date, dt.date]:
    if year is None:  # the most recent such month, as the build reads a date without a year
        year = today.year if month <= today.month else today.year - 1
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _apply_prep(kind: str, first: dt.date, last: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if kind == "since":
        return first, None
    if kind == "after":
        return last + dt.timedelta(days=1), None
    if kind == "until":
        return None, last
    if kind == "before":
        return None, first - dt.timedelta(days=1)
    return first, last


def _period_range(value: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days of a ``period`` row ("month:-1" = last month) relative to ``today``."""
    unit, _, offset = value.partition(":")
    n = int(offset or 0)
    if unit == "year":
        return dt.date(today.year + n, 1, 1), dt.date(today.year + n, 12, 31)
    if unit == "month":
        index = today.year * 12 + today.month - 1 + n
        return _month_range(index % 12 + 1, index // 12, today)
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=n)
        return monday, monday + dt.timedelta(days=6)
    raise ValueError(f"words.tsv: unknown period unit {unit!r}")


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


def _parts_and_ranges(text: str, lang: str, today: dt.date) -> list[tuple[int, int, dt.date, dt.date]]:
    """Parts of a year ("the first half of 2024", "au premier trimestre 2025") and ranges of
    days in one month ("between 1 and 15 May 2024", "du 1er au 15 mai 2024")."""
    words = ask_words(lang)
    out = []
    if words.parts:
        part = re.compile(rf"(?<!\w)(?P<part>{_alt(words.parts)})\s+(?:of\s+|de\s+|d'|en\s+)?(?P<year>\d{{4}})(?!\w)",
                          re.IGNORECASE)
        for m in part.finditer(text):
            a, _, b = words.parts[m.group("part").lower()].partition("-")
            year = int(m.group("year"))
            out.append((m.start(), m.end(), dt.date(year, int(a), 1),
                        dt.date(year, int(b), calendar.monthrange(year, int(b))[1])))
    opens = [w for w, k in words.ranges.items() if k == "open"]
    closes = [w for w, k in words.ranges.items() if k == "close"]
    months = time_words(lang).months
    if opens and closes:
        day = r"(\d{1,2})(?:st|nd|rd|th|er)?"
        the = r"(?:(?:the|le)\s+)?"  # "between the 1st and the 10th of May", "entre le 1er et le 10 mai"
        rng = re.compile(rf"(?<!\w)(?:{_alt(opens)})\s+{the}{day}\s+(?:{_alt(closes)}|-)\s+{the}{day}\s+(?:of\s+)?"
                         rf"(?P<month>{_alt(months)})"
                         rf"(?:\s+(?P<year>\d{{4}}))?(?!\w)", re.IGNORECASE)
        for m in rng.finditer(text):
            year = int(m.group("year")) if m.group("year") else None
            first, last = _month_range(months[m.group("month").lower()], year, today)
            try:
                out.append((m.start(), m.end(), first.replace(day=int(m.group(1))), first.replace(day=int(m.group(2)))))
            except ValueError:
                continue  # "between 30 and 31 February": no such days
    return out


def _lead_periods(low: str, lang: str, today: dt.date,
                  found: list[tuple[int, int, dt.date, dt.date]]) -> list[tuple[int, int, dt.date, dt.date]]:
    """The current year or month right after a date lead ("since the beginning of *the year*",
    "depuis le début de *l'année*"); elsewhere these words name no period and stay unread."""
    words = ask_words(lang)
    if not words.lead_periods or not words.date_leads:
        return []
    lead = re.compile(rf"(?<!\w)(?:{_alt(words.date_leads)})\s*$")
    out: list[tuple[int, int, dt.date, dt.date]] = []
    for phrase, value in sorted(words.lead_periods.items(), key=lambda kv: len(kv[0]), reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            taken = any(s < m.end() and m.start() < e for s, e, _, _ in [*found, *out])
            if not taken and lead.search(low, 0, m.start()):
                out.append((m.start(), m.end(), *_period_range(value, today)))
    return out


def _last_months(text: str, lang: str, today: dt.date,
                 found: list[tuple[int, int, dt.date, dt.date]]) -> list[tuple[int, int, dt.date, dt.date]]:
    """A month named as the last one of its name before this month: "last May", "en mai dernier"
    (in June 2024: May 2024; in May 2024: May 2023)."""
    words = ask_words(lang)
    months = time_words(lang).months
    out: list[tuple[int, int, dt.date, dt.date]] = []
    for word, where in words.month_lasts.items():
        if where == "before":
            rx = rf"(?<!\w){re.escape(word)}\s+(?P<month>{_alt(months)})(?!\s*\d)(?!\w)"
        else:
            rx = rf"(?<!\w)(?P<month>{_alt(months)})\s+{re.escape(word)}(?!\w)"
        for m in re.finditer(rx, text, re.IGNORECASE):
            if any(s < m.end() and m.start() < e for s, e, _, _ in [*found, *out]):
                continue
            month = months[m.group("month").lower()]
            year = today.year if month < today.month else today.year - 1
            out.append((m.start(), m.end(), *_month_range(month, year, today)))
    return out


def _numeric_days(text: str, lang: str, today: dt.date) -> list[tuple[int, int, dt.date, dt.date]]:
    """Days written in figures: ISO "2024-05-11" in both languages, "18/11/2024" (day first) in
    French, in English only when a single order makes a day ("30/05/2024", "05/30/2024": "5/11/2024"
    may be either day first or month first), and "the 18th
    of November 2024", which the build's normalizer does not read."""
    out: list[tuple[int, int, dt.date, dt.date]] = []
    pats = [(r"(?<![\d/-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d/-])", None)]
    if lang == "fr":
        pats.append((r"(?<![\d/-])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/-])", None))
    else:  # English: only when one order alone makes a day ("30/05/2024", "05/30/2024"; not "5/11/2024")
        pats.append((r"(?<![\d/-])(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>\d{4})(?![\d/-])", None))
        pats.append((r"(?<![\d/-])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>\d{4})(?![\d/-])", None))
    months = time_words(lang).months
    pats.append((rf"(?<!\w)(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+of\s+(?P<month>{_alt(months)})"
                 rf"(?:,?\s+(?P<y>\d{{4}}))?(?!\w)", months))
    for pat, names in pats:
        for m in re.finditer(pat, text, re.IGNORECASE):
            try:
                if names is not None:
                    first, _ = _month_range(names[m.group("month").lower()], int(m.group("y")) if m.group("y") else None,
                                            today)
                    day = first.replace(day=int(m.group("d")))
                else:
                    day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue  # no such day: left unread, so the question is refused
            out.append((m.start(), m.end(), day, day))
    return out


def find_date_spans(text: str, lang: str, today: dt.date) -> list[DateSpan]:
    """The date expressions of ``text`` in order, each with the range of days it allows."""
    found: list[tuple[int, int, dt.date, dt.date]] = []
    years: dict[tuple[int, int], int] = {}  # spans of a relative year ("last year") -> the year
    low = text.lower()
    words = ask_words(lang)
    for phrase, value in sorted(words.periods.items(), key=lambda kv: len(kv[0]), reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            if re.search(r"(?:\bthe|\bpast)\s+$", low[:m.start()]):
                continue  # "in the last month": a rolling period, not the calendar month; left unread
            if not any(s < m.end() and m.start() < e for s, e, _, _ in found):
                found.append((m.start(), m.end(), *_period_range(value, today)))
                if value.startswith("year:"):
                    years[(m.start(), m.end())] = found[-1][2].year
    found.extend(_lead_periods(low, lang, today, found))
    found.extend(_last_months(text, lang, today, found))
    for start, end, first, last in [*_parts_and_ranges(text, lang, today), *_numeric_days(text, lang, today)]:
        if not any(s < end and start < e for s, e, _, _ in found):
            found.append((start, end, first, last))
    for expr in find_time_expressions(text, lang):
        if any(s < expr.end and expr.start < e for s, e, _, _ in found):
            continue
        day = resolve(expr.text, lang, today)
        if day is not None:
            found.append((expr.start, expr.end, day, day))
    period, _ = _patterns(lang)
    months = time_words(lang).months
    matches = [m for m in period.finditer(text) if not any(s < m.end() and m.start() < e for s, e, _, _ in found)]
    for i, m in enumerate(matches):
        if m.group("month"):
            year = int(m.group("year")) if m.group("year") else None
            end = m.end()
            if year is None:  # "May last year", "mai de l'année dernière": the month of that year
                after = re.match(r"\s*,?\s*(?:of\s+|de\s+|d')?", text[m.end():])
                at = m.end() + (after.end() if after else 0)
                for (a, b), y in years.items():
                    if a == at:
                        year, end = y, b
                        found = [f for f in found if (f[0], f[1]) != (a, b)]
            if year is None:  # "between May and June 2023": a month borrows the year of the next date that has one
                later = next((x for x in matches[i + 1:] if x.group("year") or x.group("year_only")), None)
                if later is not None:
                    year = int(later.group("year") or later.group("year_only"))
            if lang == "en" and year is None and m.group("month").islower() and m.group("month").lower() == "may":
                continue  # "may" without a year and a capital is the verb
            first, last = _month_range(months[m.group("month").lower()], year, today)
        else:
            year = int(m.group("year_only"))
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            end = m.end()
        found.append((m.start(), end, first, last))
    _, prep = _patterns(lang)
    preps = ask_words(lang).date_preps
    spans: list[DateSpan] = []
    for start, end, first, last in sorted(found):
        p = prep.search(text, 0, start)
        kind = "in"
        if p is not None:
            lead = p.groupdict().get("lead")
            kind = preps[p.group("prep").lower()]
            end_named = ask_words(lang).date_leads.get(lead.lower()) if lead else None
            if end_named and (end_named, kind) not in (("start", "since"), ("end", "until")):
                kind = "in"  # "in the beginning of 2024": less than the year; its words stay unread
            else:
                start = p.start()
        spans.append(DateSpan(start, end, *_apply_prep(kind, first, last)))
    return _join_adjacent(text, lang, _join_ranges(text, lang, spans))


def _join_ranges(text: str, lang: str, spans: list[DateSpan]) -> list[DateSpan]:
    """"du 1er mai au 5 mai 2024", "from 3 March to 9 March": two dates after the open and close
    words of a range (``range`` rows of ``words.tsv``) are one period from the first to the
    last, when neither was read with a preposition of its own ("du 11 mai" alone stays that day:
    "du" is no "since")."""
    ranges = ask_words(lang).ranges
    opens = [w for w, v in ranges.items() if v == "open"]
    closes = {w for w, v in ranges.items() if v == "close"}
    if not opens or not closes:
        return spans
    lead = re.compile(rf"(?<!\w)(?:{_alt(opens)})\s+(?:(?:the|le)\s+)?$", re.IGNORECASE)
    out: list[DateSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        b = spans[i + 1] if i + 1 < len(spans) else None
        before = lead.search(text, 0, a.start)  # "from 3 March to…"
        inside = re.match(rf"(?:{_alt(opens)})(?=\s)", text[a.start:a.end], re.IGNORECASE)  # "du 1er mai" read whole
        m = before or inside
        at = before.start() if before is not None else a.start
        between = re.sub(r"^(?:the|le)\s+|\s+(?:the|le)$", "", text[a.end:b.start].strip().lower()) if b else ""
        if (b is not None and m is not None and between in closes and a.first and a.last and a.first == a.last
                and b.first and b.last and a.first <= b.last and b.first == b.last):
            out.append(DateSpan(at, b.end, a.first, b.last))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _join_adjacent(text: str, lang: str, spans: list[DateSpan]) -> list[DateSpan]:
    """"in March and April 2024", "en 2023 et 2024": two periods that meet, joined by "and",
    are one period (two that do not meet stay two, and so name no single period)."""
    joins = ask_words(lang).joins
    out: list[DateSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        between = text[prev.end:s.start].strip().lower() if prev else ""
        if (prev is not None and between in joins and prev.first and prev.last and s.first and s.last
                and s.first == prev.last + dt.timedelta(days=1)):
            out[-1] = DateSpan(prev.start, s.end, prev.first, s.last)
        else:
            out.append(s)
    return out


def date_range(spans: list[DateSpan]) -> tuple[dt.date | None, dt.date | None]:
    """The range all the spans allow together ("since May 2023 until June 2024")."""
    if len(spans) == 2 and spans[0].last is None and spans[1].first is not None and spans[1].last is not None:
        return spans[0].first, spans[1].last  # "from May to June": the second date ends the range
    first = max((s.first for s in spans if s.first), default=None)
    last = min((s.last for s in spans if s.last), default=None)
    return first, last


def day_words_as_figures(q: str) -> str:
    """``q`` with the days of a month written in words next to a month name written in figures,
    as the date reader reads them: "the fourteenth of October" -> "the 14th of October",
    "October fourteenth" -> "October 14th", "le quatorze octobre" -> "le 14 octobre" (English
    ordinals, French cardinals; ``day_word`` rows of ``kg/data/ask/words.tsv``)."""
    for lang in ("en", "fr"):
        days = ask_words(lang).day_words
        if not days:
            continue
        words = _alt(days)
        months = _alt(time_words(lang).months)
        if lang == "en":
            def figure(m: re.Match[str]) -> str:
                return f"{days[m.group('d').lower()]}th"
            q = re.sub(rf"(?<!\w)(?P<d>{words})(?=\s+of\s+(?:{months})(?!\w))", figure, q, flags=re.IGNORECASE)
            q = re.sub(rf"(?<!\w)(?P<m>{months})\s+(?:the\s+)?(?P<d>{words})(?!\w)",
                       lambda m: f"{m.group('m')} {days[m.group('d').lower()]}th", q, flags=re.IGNORECASE)
        else:
            def figure_fr(m: re.Match[str]) -> str:
                n = days[m.group("d").lower()]
                return "1er" if n == 1 else str(n)
            q = re.sub(rf"(?<!\w)(?P<d>{words})(?=\s+(?:{months})(?!\w))", figure_fr, q, flags=re.IGNORECASE)
        q = _first_day_of_range(q, lang, days)
    return q


def _first_day_of_range(q: str, lang: str, days: dict[str, int]) -> str:
    """The first day of a range of days in one month written in words, once the last one is a
    figure next to the month: "between the first and the 20th of June" -> "between the 1th and
    the 20th of June", "entre le premier et le 10 juin" -> "entre le 1er et le 10 juin", "du
    deux au 9 mars" (the range words of ``words.tsv``; a day word anywhere else stays a word)."""
    closes = [w for w, v in ask_words(lang).ranges.items() if v == "close"]
    if not closes:
        return q
    months = _alt(time_words(lang).months)
    article = r"(?:the\s+)?" if lang == "en" else r"(?:le\s+)?"
    last = rf"\s+(?:{_alt(dict.fromkeys(closes))})\s+{article}\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:{months})(?!\w)"

    def figure(m: re.Match[str]) -> str:
        n = days[m.group("d").lower()]
        return (f"{n}th" if lang == "en" else ("1er" if n == 1 else str(n)))

    return re.sub(rf"(?<!\w)(?P<d>{_alt(days)})(?={last})", figure, q, flags=re.IGNORECASE)
