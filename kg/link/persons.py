"""The identity key of a person's name: spelling variants fold into one IRI.

News transliterates names from Cyrillic or Arabic in several ways (Zelensky, Zelenskyy,
Zelenskiy, Zelenski; Yulia / Ioulia Marchenko; Sergei / Sergey; Vyacheslav / Viatcheslav;
Belousova / Belooussova; Alexander / Alexandre). :func:`person_key` drops
accents and case, then applies the ordered suffix/prefix rules of
``kg/data/link/person_variants.tsv`` to each word. The key only builds the IRI; labels keep
the name as written.
"""
from __future__ import annotations

from functools import lru_cache

from kg.link.normalize import tokens
from kg.link.tables import read_table


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, str, str], ...]:
    return tuple((r["where"], r["from"], r["to"]) for r in read_table("person_variants.tsv"))


def _fold_word(word: str) -> str:
    for where, old, new in _rules():
        if where == "any":
            word = word.replace(old, new)
        elif where == "start" and word.startswith(old) and len(word) > len(old) + 1:
            word = new + word[len(old):]
        elif where == "end" and len(word) >= 4 and word.endswith(old):
            word = word[: -len(old)] + new
        elif where == "mid" and old in word[1:]:
            word = word[:1] + word[1:].replace(old, new)
    return word


def person_key(name: str) -> str:
    """``Volodymyr Zelenskyy`` and ``Volodymyr Zelenski`` -> ``volodymyr zelensky``."""
    return " ".join(_fold_word(w) for w in tokens(name))


# Letters that transliterations of one Cyrillic surname write differently, folded to one
# sound (applied in order, after person_key): German "tsch"/"sch", French "ch"/"tch", English
# "sh"/"ch" (Klitschko / Klitchko; Chevtchouk / Shevchuk; Marouchtchak / Marushchak);
# "zh"/"j" (Zhuravlyov / Jouravliov); "kh"/"h"/"g" (Kharchenko, Harmash / Garmash);
# "y"/"i" (Klymenko / Klimenko); "yo"/"e" (Kovalyov / Kovalev); doubled letters.
_SOUNDS = (("tsch", "S"), ("sch", "S"), ("tch", "S"), ("sh", "S"), ("ch", "S"),
           ("zh", "Z"), ("j", "Z"), ("kh", "H"), ("h", "H"), ("g", "H"),
           ("yo", "e"), ("io", "e"), ("ye", "e"), ("ie", "e"),
           ("y", "i"), ("w", "v"), ("ck", "k"), ("x", "ks"))


def surname_sound(name: str) -> str:
    """A looser key than :func:`person_key` for the last word of a name, that meets the
    French, German and English transliterations of one surname ("Chevtchouk", "Shevchuk" ->
    "Sevsuk"). Too loose to build an IRI: only used to find which person named earlier in the
    same article a "Mr"/"M." + surname refers to, when exactly one fits."""
    words = person_key(name).split()
    if not words:
        return ""
    word = words[-1]
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    out = []
    for c in word:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)
