"""A title of a place with the person's name in apposition, and the possessive that points back
to that place: "the governor of Belgorod, Vyacheslav Gladkov, … in his region", "le gouverneur
de Briansk, Alexandre Bogomaz, … dans sa région".

The reader takes a title before a name ("Governor Vyacheslav Gladkov") and a place wherever the
syntax puts one; the apposition is rewritten into those forms ("the governor Vyacheslav Gladkov"),
and "his region" / "sa région" into the region the title names ("the Belgorod region", "la
région de Briansk"), which the linker reads as the oblast. Without such a title, "his region"
stays unread and the question is refused: the region it means is not said.
Words: ``place_title`` (a title held over a place: governor -> region, mayor -> city) and
``place_anaphor`` (his region -> region, sa ville -> city) rows of ``kg/data/ask/words.tsv``.
"""
from __future__ import annotations

import re

from kg.query.ask_tables import ask_words

_OF = r"(?:of the |of |de la |de l'|du |de |d')"
_NAME = r"(?P<name>(?-i:[A-ZÀ-Þ])[\w'-]+(?: (?-i:[A-ZÀ-Þ])[\w'-]+){1,3})"  # two to four capitalised words


def _place_node(text: str):
    from kg.link.articles import default_linker  # heavy: load only when a question has an apposition

    return default_linker().place(text)


def _region_phrase(place: str, lang: str) -> str:
    """The region of ``place``, as the question would name it ("the Kursk region" as written)."""
    if re.search(r"(?<!\w)(?:region|oblast|région|province)(?!\w)", place, re.IGNORECASE):
        return f"la {place}" if lang == "fr" else f"the {place}"
    return f"la région de {place}" if lang == "fr" else f"the {place} region"


def resolve_appositions(q: str) -> str:
    """``q`` with "TITLE of PLACE, NAME," as "TITLE NAME" and the possessives that point back to
    PLACE as that place (its region or city, as the title says); ``q`` unchanged when no such
    title stands there or PLACE is no place."""
    for lang in ("en", "fr"):
        words = ask_words(lang)
        if not words.place_titles:
            continue
        titles = "|".join(re.escape(t) for t in sorted(words.place_titles, key=len, reverse=True))
        rx = re.compile(rf"(?<!\w)(?P<title>{titles}) {_OF}(?P<place>[^,]+?),\s*{_NAME}\s*(?:,|$)", re.IGNORECASE)
        m = rx.search(q)
        if m is None or _place_node(m.group("place")) is None:
            continue
        scope = words.place_titles[m.group("title").lower()]
        tail = q[m.end():]
        out = f"{q[:m.start()]}{m.group('title')} {m.group('name')}" + (" " if tail and not tail.startswith(" ") else "")
        place = m.group("place").strip()
        repl = _region_phrase(place, lang) if scope == "region" else place
        phrases = sorted((p for p, kind in words.place_anaphors.items() if kind == scope), key=len, reverse=True)
        if phrases:  # one pass: a phrase put in is not read again ("sa région" -> "la région de …")
            rx_back = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(p) for p in phrases)})(?!\w)", re.IGNORECASE)
            tail = rx_back.sub(lambda _: repl, tail)
        return out + tail
    return q
