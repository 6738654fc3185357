"""Misspelt attack words in questions ("missle strikes", "drone stikes"), a few long words
of the heads ("chronologicaly", "statments": ``spell`` rows of ``words.tsv``), and long names of
curated actors ("Hezbolah", "Zelenskiy").

A question no head reads whole is read again with each word that no table knows and that is
one slip (a letter missing, added, changed, or two swapped) from exactly one attack word
replaced by it (``kg.query.question_reader.read_question``); a word one slip from two attack
words ("atacks": "attacks" and "ATACMS") is left, so the question is refused.

An actor's name is corrected only when the word is long (``MIN_NAME_TYPO`` letters), names no
actor or place itself, and every one-word name of the tables one slip from it belongs to the
same actor ("Zelenskiy" is one slip from both "Zelensky" and "Zelenskyy": one person); a word
one slip from the names of two actors is left, so the question is refused.
"""
from __future__ import annotations

import re

from functools import lru_cache

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
MIN_NAME_TYPO = 7  # "Hezbolah", "Zelensky": shorter names are too near other names ("Hamas", "Hama")


@lru_cache(maxsize=1)
def _actor_words() -> dict[str, tuple[str, str]]:
    """One-word names of the build's actor tables (lower case) -> (name as written, actor key)."""
    from kg.link.articles import default_linker

    out: dict[str, tuple[str, str]] = {}
    for aliases in default_linker().gazetteer.actors.by_first_word.values():
        for alias in aliases:
            if len(alias.words) == 1 and not alias.context_only and alias.acronym is None \
                    and len(alias.words[0]) >= MIN_NAME_TYPO and alias.words[0].isalpha():
                out.setdefault(alias.words[0], (alias.text, alias.key))
    return out


def _names_something(word: str) -> bool:
    """Whether ``word`` is itself a name the build knows (an actor or a place): never corrected."""
    from kg.link.articles import default_linker

    linker = default_linker()
    return linker.gazetteer.find_actor(word) is not None or linker.place(word) is not None


def _actor_fix(low: str) -> str | None:
    """The one-word actor name ``low`` is one slip from, when all such names are one actor's."""
    if len(low) < MIN_NAME_TYPO:
        return None
    near = {w: v for w, v in _actor_words().items() if _near(low, w)}
    if not near or len({key for _, key in near.values()}) != 1:
        return None
    if _names_something(low):
        return None
    return near[min(near)][0]


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
        elif not near and not short:
            name = _actor_fix(low)
            if name is not None:
                fixes.append((w, name))
    return fixes
