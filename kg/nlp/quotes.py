"""Find quotations in a text, whatever the typography.

Handles « … » (with or without no-break spaces), “ … ”, straight "…", and ” used as an
opening mark (common in French copy: ”De façon générale…”). A quotation may run over
several sentences and, when each paragraph reopens it with the same mark, over several
paragraphs; one left open otherwise is dropped (unbalanced marks must not swallow the rest
of the article).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«": "»", "“": "”", "„": "“"}
SPACES = " \u00a0\u202f\t"


@dataclass(frozen=True)
class Quotation:
    """Offsets of the marks (``open`` and ``close``, the mark characters themselves) and of
    the words inside them (``start``, ``end``, trimmed of spaces)."""

    open: int
    close: int
    start: int
    end: int
    follows: int | None = None  # the words' start of the part before an incise this part continues

    def words(self, text: str) -> str:
        return text[self.start : self.end]


def _inner(text: str, open_i: int, close_i: int) -> tuple[int, int]:
    start, end = open_i + 1, close_i
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    return start, end


def find_quotations(text: str) -> list[Quotation]:
    """All balanced quotations of ``text``, in order; nested marks are part of the outer quote."""
    found: list[Quotation] = []
    open_i: int | None = None
    closer = ""
    resume_at = -1
    for i, ch in enumerate(text):
        if i < resume_at:
            continue
        if ch == "\n" and open_i is not None:
            # a quotation over several paragraphs reopens each of them with the same mark and
            # is closed only at the end of the last; any other unclosed quotation is dropped
            j = i
            while j < len(text) and text[j] in " \n\t\u00a0\u202f":
                j += 1
            opener = text[open_i]
            if j < len(text) and text[j] == opener:
                resume_at = j + 1
                continue
            open_i = None
            continue
        if open_i is None:
            nxt = text[i + 1] if i + 1 < len(text) else ""
            prev = text[i - 1] if i > 0 else "\n"
            if ch in OPENERS:
                open_i, closer = i, OPENERS[ch]
            elif ch in "\"”" and (prev.isspace() or prev in "([—–-:" or i == 0) and nxt and not nxt.isspace():
                open_i, closer = i, ("\"" if ch == "\"" else "”")
        elif ch == closer or (closer == "”" and ch == "\"") or (closer == "\"" and ch == "”"):
            start, end = _inner(text, open_i, i)
            if end > start:
                found.append(Quotation(open_i, i, start, end))
            open_i = None
    return found


# An incise inside the marks, French style: "« …, raconte-t-elle. … »", "« …, a-t-il ajouté, … »":
# a verb with its inverted pronoun between a comma and a full stop or comma.
INCISE = re.compile(r",[ \u00a0\u202f]+(?P<verb>[^\W\d]+(?:-t)?-(?:il|elle|ils|elles|on)(?:[ \u00a0\u202f]+[^\W\d]+)?)"
                    r"[ \u00a0\u202f]*[.,;][ \u00a0\u202f]+")


@dataclass(frozen=True)
class Incise:
    """A speech verb written inside a quotation (``verb`` is its range), and the part of the
    quotation before it, which is what that verb introduces."""

    before: Quotation
    start: int
    end: int


def split_at_incises(text: str, quotes: list[Quotation], min_words: int) -> tuple[list[Quotation], list[Incise]]:
    """The quotations with each one that holds an incise ("« A, ajoute-t-elle. B »") cut in
    two parts, the second marked as following the first; parts under ``min_words`` words are
    not cut off. The news conventions count the two parts as two statements of one speaker."""
    out: list[Quotation] = []
    incises: list[Incise] = []
    for q in quotes:
        m = next((m for m in INCISE.finditer(text, q.start, q.end)
                  if len(text[q.start: m.start()].split()) >= min_words
                  and len(text[m.end(): q.end].split()) >= min_words), None)
        if m is None:
            out.append(q)
            continue
        first = Quotation(q.open, m.start(), q.start, m.start())
        second = Quotation(m.end() - 1, q.close, m.end(), q.end, follows=q.start)
        out += [first, second]
        incises.append(Incise(first, m.start("verb"), m.end("verb")))
    return out, incises
