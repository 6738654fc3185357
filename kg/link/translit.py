"""French and English news spellings of Russian and Ukrainian place names, made from their
Cyrillic names.

GeoNames lists a town's Cyrillic name and its English and German transliterations, but
rarely the French one that French news uses ("Koursk", "Ounetcha", "Chebekino",
"Borissoglebsk"), nor the plain English one without apostrophes that English news uses
("Afipsky" for GeoNames' "Afipskiy", "Tyotkino" for "Tëtkino"). The letters' values are
data (``kg/data/link/translit_fr.tsv``, ``translit_en.tsv``); this module applies them, with
the context rules the usage needs: "е" after a vowel or at the start of a word is "ie"
(French) or "ye" (English), "с" between vowels is "ss" (French), and the adjective endings
"ий"/"ый" are "y" in English, "ский" is "ski" in French.
"""
from __future__ import annotations

from functools import lru_cache

from kg.link.tables import read_table

VOWELS = set("аеёиоуыэюяіїєaeiouy")


ENGLISH_ENDINGS = {"ий": "y", "ый": "y"}  # Афипский -> Afipsky, Северский -> Seversky
FRENCH_ENDINGS = {"ский": "ski", "цкий": "tski"}  # Афипский -> Afipski, Северский -> Severski
UKRAINIAN_LETTERS = set("іїєґ")  # a name with these is Ukrainian: the Russian English table does not fit


@lru_cache(maxsize=2)
def _letters(table: str = "translit_fr.tsv") -> dict[str, tuple[str, str, str]]:
    out = {}
    for r in read_table(table):
        latin = r["latin"]
        out[r["letter"]] = (latin, r["after_vowel"] or latin, r["between_vowels"] or latin)
    return out


def is_cyrillic(name: str) -> bool:
    letters = _letters()
    return any(c.lower() in letters for c in name) and not any("a" <= c.lower() <= "z" for c in name)


def french_spelling(name: str) -> str | None:
    """"Курск" -> "Koursk", "Тёткино" -> "Tiotkino"; None for a name that is not Cyrillic."""
    if not is_cyrillic(name):
        return None
    return _spell(name, _letters("translit_fr.tsv"), FRENCH_ENDINGS)


def english_spelling(name: str) -> str | None:
    """"Афипский" -> "Afipsky", "Тёткино" -> "Tyotkino"; None for a name that is not Russian Cyrillic."""
    if not is_cyrillic(name) or set(name.lower()) & UKRAINIAN_LETTERS:
        return None
    return _spell(name, _letters("translit_en.tsv"), ENGLISH_ENDINGS)


def _spell(name: str, letters: dict[str, tuple[str, str, str]], endings: dict[str, str]) -> str:
    out = []
    low = name.lower()
    ends = {i for ending in endings for i in range(len(low)) if low.startswith(ending, i)
            and (i + len(ending) == len(low) or not low[i + len(ending)].isalpha())}
    skip = 0
    for i, c in enumerate(low):
        if skip:
            skip -= 1
            continue
        if i in ends:
            ending = next(e for e in endings if low.startswith(e, i))
            out.append(endings[ending])
            skip = len(ending) - 1
            continue
        if c not in letters:
            out.append(name[i])
            continue
        latin, after_vowel, between = letters[c]
        prev = low[i - 1] if i > 0 else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if (not prev or not prev.isalpha() or prev in VOWELS) and after_vowel != latin:
            piece = after_vowel
        elif prev in VOWELS and nxt in VOWELS:
            piece = between
        else:
            piece = latin
        out.append(piece[:1].upper() + piece[1:] if name[i].isupper() else piece)  # keep the capitals
    return "".join(out)
