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
