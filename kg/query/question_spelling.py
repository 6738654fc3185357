"""Misspelt attack words in questions ("missle strikes", "drone stikes"), and a few long words
of the heads ("chronologicaly": ``spell`` rows of ``words.tsv``).

A question no head reads whole is read again with each word that no table knows and that is
one slip (a letter missing, added, changed, or two swapped) from exactly one attack word
replaced by it (``kg.query.question_reader.read_question``); a word one slip from two attack
words ("atacks": "attacks" and "ATACMS") is left, so the question is refused.
"""
from __future__ import annotations

import re

from kg.query.ask_tables import ask_words, known_words

_WORD = re.compile(r"\w+(?:-\w+)*")


def _near(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter missing, added, changed or two letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


MIN_TYPO_WORD = 5  # shorter words are too often other words one letter away (but see "dron")


def _beside_attack_word(words: list[str], i: int) -> bool:
    """Whether word ``i`` stands before an attack word ("dron attacks") or after one and a
    genitive ("frappes de dron")."""
    classes = set(ask_words("en").classes) | set(ask_words("fr").classes)
    after = i + 1 < len(words) and words[i + 1] in classes
    before = i >= 2 and words[i - 1] in ("de", "d", "of") and words[i - 2] in classes
    return after or before


def _spelt(lang: str, short: bool) -> frozenset[str]:
    """The other words corrected so (``spell`` rows of ``words.tsv``: "chronologically"), long
    words only: a short word is corrected only into an attack word beside it."""
    return frozenset() if short else frozenset(w for w in ask_words(lang).spell if len(w) >= MIN_SPELL_WORD)


MIN_SPELL_WORD = 8


def spelling_fixes(q: str) -> list[tuple[str, str]]:
    """Words of ``q`` that no table knows and that are one slip away from exactly one word of
    attack ("stikes" -> "strikes", "missle" -> "missile"): (word, correction). A word of four
    letters is corrected only by a letter it left out ("dron" -> "drone"), never changed."""
    known = known_words()
    fixes = []
    all_words = [m.group().lower() for m in _WORD.finditer(q)]
    for i, m in enumerate(_WORD.finditer(q)):
        w = m.group()
        low = w.lower()
        if len(low) < MIN_TYPO_WORD - 1 or low in known or not low.isalpha():
            continue
        short = len(low) < MIN_TYPO_WORD  # "dron": only a letter left out of a longer word…
        if short and not _beside_attack_word(all_words, i):
            continue  # …and beside an attack word ("dron attacks", "frappes de dron"), not "done", "hell"
        near = {c for lang in ("en", "fr") for c in (*ask_words(lang).classes, *_spelt(lang, short))
                if " " not in c and len(c) >= MIN_TYPO_WORD and _near(low, c) and (not short or len(c) > len(low))}
        if len(near) == 1:
            fixes.append((w, near.pop()))
    return fixes
