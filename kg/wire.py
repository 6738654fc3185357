"""Conventions of wire copy that both the NLP and the linking stages read.

A dateline opens a wire story's first paragraph ("KYIV, Dec 12 (Northline) - "): it says
where the report was filed, not what it is about, so neither a statement's content nor an
article's places should start inside it.
"""
from __future__ import annotations

import re

_DATE = (r"(?:[A-Z][a-z]{2,}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?"  # "Nov 18", "Dec. 12, 2024"
         r"|\d{1,2}(?:er)? [a-zéû]{3,9}\.?(?: \d{4})?)")                 # "12 mai", "1er juin 2024"
DATELINE = re.compile(
    r"(?:[A-Z][A-Z/ .,'’-]+"                      # the city in capitals: "MOSCOW", "BELGOROD"
    r"(?: \([^)]*\))?"                          # its country in brackets: "(Russie)"
    r"(?:, [A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+)?)?"  # or after a comma: ", Ukraine"
    rf"(?:,? {_DATE})?"                           # the day it was filed
    r"|[A-Z][a-zà-ÿ'’.-]+(?:[ -][A-Z][a-zà-ÿ'’.-]+)*(?: \([^)]*\))?,? " + _DATE +  # "Kyiv, Dec 12": a date is then required
    r")(?: \([^)]*\))? [-–—] ")                 # the agency: "(Agency) - "


def in_dateline(text: str, offset: int) -> bool:
    """Whether ``offset`` falls in the dateline that opens its paragraph."""
    para = text.rfind("\n", 0, offset) + 1
    m = DATELINE.match(text, para)
    return m is not None and offset < m.end()


# a local dateline that names the quarter instead of the day: "KHARKIV, Saltivka — ",
# "ZAPORIZHZHIA, Shevchenkivskyi district — ", "ZAPORIJJIA, district de Chevtchenkivskyï — "
_LOCAL_DATELINE = re.compile(r"(?P<city>[A-Z][A-Z'’ .-]*[A-Z]), (?P<quarter>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3})"
                             r"(?: \([^)]*\))? [-–—] ")


def local_dateline(text: str, offset: int) -> tuple[str, str] | None:
    """(city, quarter) of a local dateline that opens the paragraph of ``offset`` and names a
    quarter of the city, not a day ("KHARKIV, Saltivka — "), when ``offset`` lies in the
    paragraph's first sentence's reach (the dateline itself or right after it); else None."""
    para = text.rfind("\n", 0, offset) + 1
    m = _LOCAL_DATELINE.match(text, para)
    if m is None or offset > m.end():
        return None
    return m.group("city"), m.group("quarter")
