"""Conventions of wire copy that both the NLP and the linking stages read.

A dateline opens a wire story's first paragraph ("KYIV, Dec 12 (Northline) - "): it says
where the report was filed, not what it is about, so neither a statement's content nor an
article's places should start inside it.
"""
from __future__ import annotations

import re

DATELINE = re.compile(
    r"[A-Z][A-Z/ .,'’-]+"                      # the city in capitals: "MOSCOW", "BELGOROD"
    r"(?: \([^)]*\))?"                          # its country in brackets: "(Russie)"
    r"(?:, [A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+)?)?"  # or after a comma: ", Ukraine"
    r"(?:,? (?:[A-Z][a-z]{2,}\.? \d{1,2}|\d{1,2}(?:er)? [a-zéû]{3,9}\.?))?"  # "Nov 18", "12 mai"
    r"(?: \([^)]*\))? [-–—] ")                  # the agency: "(Agency) - "


def in_dateline(text: str, offset: int) -> bool:
    """Whether ``offset`` falls in the dateline that opens its paragraph."""
    para = text.rfind("\n", 0, offset) + 1
    m = DATELINE.match(text, para)
    return m is not None and offset < m.end()
