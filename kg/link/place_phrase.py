"""The place word a name is introduced by ("the village of Kozinka", "le village de
Popovo-Lejatchi"), for names the NLP hands over without it.

A town or village below the city index's threshold resolves only when the text calls it a
town or village (see ``Gazetteer._best_city``); the name's mention often stops at the name,
so the linker looks just before it for "<city word> of|de" with the words of
``place_words.tsv`` (use ``city`` and ``link``).
"""
from __future__ import annotations

import re

from kg.link.normalize import name_key

MAX_LOOKBACK = 40  # characters: "the small border village of " fits


def introduced_phrase(text: str, start: int, end: int, city_words: frozenset[str],
                      link_words: frozenset[str]) -> str | None:
    """``"village of Kozinka"`` when the name at ``text[start:end]`` follows a city word and a
    link word, else None."""
    before = text[max(0, start - MAX_LOOKBACK):start]
    words = re.findall(r"\w+|['’]", before)
    words = [w for w in words if w not in ("'", "’")]
    i = len(words)
    links = 0
    while i > 0 and name_key(words[i - 1]) in link_words and links < 2:
        i -= 1
        links += 1
    if links == 0 or i == 0 or name_key(words[i - 1]) not in city_words:
        return None
    return f"{words[i - 1]} {' '.join(words[i:])} {text[start:end]}".replace("  ", " ")
