"""Text normalization for every lookup in ``kg.link``.

Names reach the linker in many spellings: ``Kyïv``/``Kyiv``, ``département d’État`` with a
typographic apostrophe, ``Tel-Aviv``/``Tel Aviv``, ``les Russes``. Every table key and every
query goes through the same functions here, so the two sides always agree:

* :func:`normalize_name` is the canonical comparable form (casefolded, accents dropped,
  apostrophes and dashes unified, spaces collapsed, leading article dropped). Non-Latin
  scripts are kept (``Москва`` stays Cyrillic) so Cyrillic, Arabic or Hebrew names match too.
* :func:`name_key` additionally turns punctuation into spaces (``U.S.`` -> ``u s``,
  ``Russia's`` -> ``russia s``): the key of every index, so that hyphens, dots and
  apostrophes never decide a match.
* :func:`slug` makes an IRI-safe ASCII segment.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.model import short_hash

# Apostrophe-like and dash-like characters seen in news text.
_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\uff07"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les|the)\s+|l'\s*)", re.IGNORECASE)
_ARTICLE_STARTS = frozenset({"le", "la", "l'", "th"})
_NON_WORD = re.compile(r"[\W_]+")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


class _AccentTable(dict):
    """A ``str.translate`` table filled on demand: code point -> its NFKD form without
    combining marks (computing it once per character keeps index building fast)."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        value = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = value
        return value


_ACCENTS = _AccentTable()
_FOLD = _AccentTable({**_APOSTROPHES, **_DASHES})  # apostrophes, dashes and accents in one pass


def strip_accents(s: str) -> str:
    """Drop combining marks after NFKD decomposition (``é`` -> ``e``, ``ї`` -> ``і``)."""
    return s.translate(_ACCENTS)


def normalize_name(s: str) -> str:
    """The comparable form of a name: casefold, no accents, one apostrophe and one dash
    character, single spaces, no leading article (le, la, les, l', the).

    >>> normalize_name("  L’armée de l’air  ukrainienne ")
    "armee de l'air ukrainienne"
    >>> normalize_name("Москва")
    'москва'
    """
    if s.isascii():
        s = s.lower().replace("`", "'")
    else:
        s = s.casefold().translate(_FOLD)
    s = " ".join(s.split())
    if s[:2] in _ARTICLE_STARTS:
        s = _LEADING_ARTICLE.sub("", s, count=1)
    return s


@lru_cache(maxsize=1 << 16)
def name_key(s: str) -> str:
    """:func:`normalize_name` with punctuation turned into spaces: the key of every index.
    Cached: the linker asks for the keys of the same few hundred names about a thousand times
    an article."""
    return " ".join(_NON_WORD.sub(" ", normalize_name(s)).split())


def tokens(s: str) -> tuple[str, ...]:
    """The words of :func:`name_key` (punctuation-free, accent-free, casefolded)."""
    return tuple(name_key(s).split())


def slug(s: str, max_len: int = 60) -> str:
    """An IRI segment: ASCII lowercase ``a-z0-9`` and ``-``.

    Text in a non-Latin script, or text too long, keeps its identity through a short hash
    suffix, so two different names never share a slug by losing characters.
    """
    norm = normalize_name(s)
    ascii_part = _SLUG_JUNK.sub("-", norm.encode("ascii", "ignore").decode()).strip("-")
    lossy = any(c.isalpha() and not c.isascii() for c in norm)
    if len(ascii_part) > max_len:
        ascii_part, lossy = ascii_part[:max_len].rstrip("-"), True
    if lossy or not ascii_part:
        digest = short_hash(norm, 8)
        return f"{ascii_part}-{digest}" if ascii_part else f"x-{digest}"
    return ascii_part


def has_upper(s: str) -> bool:
    """Whether the text has an uppercase letter (proper names do; common nouns do not)."""
    return any(c.isupper() for c in s)


def french_de(name: str) -> str:
    """``de Koursk`` / ``d'Odessa``: the French preposition before a place name."""
    first = strip_accents(name[:1]).lower()
    return f"d'{name}" if first in "aeiouy" and first else f"de {name}"
