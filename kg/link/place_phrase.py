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


TAIL_WORDS = 8  # "in Russia's Kursk region", "dans la région russe de Koursk"

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_LISTED_BEFORE_PLURAL = re.compile(rf"^(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?\s+(?:regions|oblasts|provinces|governorates)\b")
_PLURAL_BEFORE_LISTED = re.compile(rf"\b(?:régions|oblasts|provinces|gouvernorats)\s+(?:de\s+|d['’])"
                                   rf"(?:{_NAME}\s*,\s*(?:de\s+|d['’])?)*(?:{_NAME}\s+et\s+(?:de\s+|d['’])?)?$")


def listed_region(text: str, start: int, end: int) -> bool:
    """The name is one of a list that a plural region noun says are regions: "over the Kursk,
    Bryansk and Belgorod regions", "au-dessus des régions de Koursk, de Briansk et de
    Belgorod" (each name alone would be read as the town)."""
    return bool(_LISTED_BEFORE_PLURAL.match(text[end:end + 120]) or
                _PLURAL_BEFORE_LISTED.search(text[max(0, start - 120):start]))


def with_region(text: str, start: int, end: int, name: str, within_words: frozenset[str],
                region_words: frozenset[str], link_words: frozenset[str]) -> str | None:
    """``name`` followed by the region or country the text places it in, when the words
    right after the mention say so: "Korenevo in Russia's Kursk region", "village de
    Koulbaki, dans la région de Koursk" (the gazetteer then picks the homonym of that region,
    or makes the village). The tail runs over capitalized words, region words and function
    words, and stops at the first other word or punctuation; None when there is no tail
    with a region or capitalized name."""
    after = text[end:end + 80]
    m = re.match(r"\s*,?\s*", after)
    pos = m.end() if m else 0
    words = [(w.group(), w.start()) for w in re.finditer(r"[\w-]+|['’]s\b|[,;.:()«»\"“”]", after[pos:])]
    if not words or name_key(words[0][0]) not in within_words:
        return None
    kept: list[str] = [words[0][0]]
    for w, _ in words[1:TAIL_WORDS + 1]:
        key = name_key(w)
        if w[:1] in ("'", "’"):
            kept.append(w)
        elif key and (w[:1].isupper() or key in region_words or key in link_words):
            kept.append(w)
        else:
            break
    while kept and name_key(kept[-1]) in link_words:
        kept.pop()
    if len(kept) < 2 or not any(w[:1].isupper() for w in kept[1:]):
        return None
    tail = " ".join(kept).replace(" '", "'").replace(" ’", "’")
    return f"{name} {tail}"


_FACILITY = re.compile(r"^(?P<noun>[^\W\d_]+)(?:\s+[^\W\d_]+){0,2}?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|of\s+the\s+|of\s+)"
                       r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[\s-][A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})$")
_POSSESSIVE = re.compile(r"^(?P<name>[^'’]+?\w)['’]s(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}$")


def facility_town(text: str, place_nouns: frozenset[str]) -> str | None:
    """The town a facility or feature is named after, when the mention is the whole phrase
    ("gare d'Ounetcha", "baie de Novorossiisk", "the port of Tartus"), or the name of a
    possessive ("Kharkiv's" in "Kharkiv's Saltivskyi district", "Odesa's Peresyp"): the linker tries the name
    alone when the phrase resolves to nothing. Only the nouns of the events lexicon's
    ``place_nouns.tsv`` lead to a name ("ministère russe de la Défense" leads nowhere)."""
    m = _POSSESSIVE.match(text.strip())
    if m:
        return m.group("name")
    m = _FACILITY.match(re.sub(r"^(?:the|la|le|les|l['’])\s*", "", text.strip(), flags=re.IGNORECASE))
    if m and m.group("noun").lower() in place_nouns:
        return m.group("name")
    return None


_NEAR = re.compile(r"\s+(?:near|outside|close to|près de|près d['’]|non loin de|aux abords de)\s+", re.IGNORECASE)


def near_parts(text: str) -> list[str]:
    """The names of a mention the models ran over a "near" phrase ("Moshav Amirim near
    Safed", "Kozinka près de Graïvoron"): the place itself, then the town it is near, for a
    linker that finds nothing for the whole."""
    parts = _NEAR.split(text.strip(), maxsplit=1)
    return [p.strip() for p in parts if p.strip()] if len(parts) == 2 else []
QUARTER_LOOK = 30  # characters: "du quartier résidentiel de " fits


def called_quarter(text: str, start: int, end: int, before_words: frozenset[str], after_words: frozenset[str]) -> bool:
    """Whether the name at ``text[start:end]`` is called a quarter of a city: "quartier de
    Troieshchyna", "the district of Obolon" (a word of ``before_words`` then a link word), or
    "Darnytsia district", "the Kyivskyi neighbourhood" (a word of ``after_words`` right after)."""
    after = re.match(r"[\s-]*(\w+)", text[end:end + QUARTER_LOOK])
    if after and name_key(after.group(1)) in after_words:
        return True
    words = re.findall(r"\w+", text[max(0, start - QUARTER_LOOK):start])
    # "quartier de", "quartier résidentiel de", "district of": the word within two words of the name
    return any(name_key(w) in before_words for w in words[-3:-1]) and bool(words) and name_key(words[-1]) in {"de", "d", "du", "of"}
