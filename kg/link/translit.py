"""French spellings of Russian and Ukrainian place names, made from their Cyrillic names.

GeoNames lists a town's Cyrillic name and its English and German transliterations, but
rarely the French one that French news uses ("Koursk", "Ounetcha", "Chebekino",
"Borissoglebsk"). The letters' French values are data (``kg/data/link/translit_fr.tsv``);
this module applies them, with the two context rules French usage needs: "е" after a
vowel or at the start of a word is "ie", and "с" between vowels is "ss".
"""
from __future__ import annotations

from functools import lru_cache

from kg.link.tables import read_table

VOWELS = set("аеёиоуыэюяіїєaeiouy")


@lru_cache(maxsize=1)
def _letters() -> dict[str, tuple[str, str, str]]:
    out = {}
    for r in read_table("translit_fr.tsv"):
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
    letters = _letters()
    out = []
    low = name.lower()
    for i, c in enumerate(low):
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
