"""The English spelling of a person's name a French question spells the French way.

French news transliterates Russian and Ukrainian names its own way (Sergueï Sobianine, Iouri
Ouchakov, Viatcheslav Gladkov); the build keeps each spelling as written (``kg.link.persons``
folds only small variants), and questions are answered by the English one. The rules are data
(``kg/data/ask/person_spellings.tsv``): French given names, letters only one of the two
languages writes, and the French-to-English replacements. A name whose spelling the rules
cannot settle (neither French nor English marks but a "ch", a French-spelt name that is not
Russian or Ukrainian, a surname English news spells two ways) gives None: the question is
refused rather than answered for another spelling.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.tables import read_rows
from kg.query.ask_tables import ASK_DIR


@dataclass(frozen=True)
class _Spellings:
    given: dict[str, str]
    fr_marks: tuple[tuple[re.Pattern[str], bool], ...]  # (pattern, last word only)
    en_marks: tuple[re.Pattern[str], ...]
    rules: tuple[tuple[re.Pattern[str], str], ...]
    unsure: tuple[tuple[re.Pattern[str], bool], ...]
    unsure_as_written: tuple[re.Pattern[str], ...]
    slavic: tuple[re.Pattern[str], ...]


def _pattern(text: str) -> tuple[re.Pattern[str], bool]:
    last = text.startswith("$") and len(text) > 1
    return re.compile(text[1:] if last else text), last


@lru_cache(maxsize=1)
def _spellings() -> _Spellings:
    rows = [(r["kind"], r["pattern"], r["value"]) for r in read_rows(ASK_DIR / "person_spellings.tsv")]
    return _Spellings(
        given={p: v for k, p, v in rows if k == "given"},
        fr_marks=tuple(_pattern(p) for k, p, _ in rows if k == "fr_mark"),
        en_marks=tuple(re.compile(p) for k, p, _ in rows if k == "en_mark"),
        rules=tuple((re.compile(p), v) for k, p, v in rows if k == "rule"),
        unsure=tuple(_pattern(p) for k, p, _ in rows if k == "unsure"),
        unsure_as_written=tuple(re.compile(p) for k, p, _ in rows if k == "unsure_as_written"),
        slavic=tuple(re.compile(p) for k, p, _ in rows if k == "slavic"),
    )


def _marked(words: list[str], marks: tuple[tuple[re.Pattern[str], bool], ...]) -> bool:
    return any(rx.search(w) for rx, last in marks for w in (words[-1:] if last else words))


def _capitalized(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def english_spelling(name: str) -> str | None:
    """The English spelling of ``name`` as a French question writes it: the name itself when it
    is spelt the same in both ("Antonio Guterres", "Ramzan Kadyrov"), the English spelling of a
    French-spelt Russian or Ukrainian name ("Sergueï Sobianine" -> "Sergei Sobyanin"), or None
    when the spelling cannot be settled."""
    sp = _spellings()
    words = name.split()
    low = [w.lower() for w in words]
    given = {i for i, w in enumerate(low) if w in sp.given}
    french = bool(given) or _marked(low, sp.fr_marks)
    english = any(rx.search(w) for rx in sp.en_marks for w in low)
    if french and english:
        return None  # "Sergueï Shoigu": half of each
    if not french:
        if not english and any(rx.search(w) for rx in sp.unsure_as_written for w in low):
            return None  # "Konachenkov" (French: Konashenkov) or "Chernov" (English)?
        return name
    if not given and not any(rx.search(low[-1]) for rx in sp.slavic):
        return None  # a French-spelt name of another language: no rules for it
    out = []
    for i, w in enumerate(low):
        if i in given:
            out.append(sp.given[w])
            continue
        for rx, new in sp.rules:
            w = rx.sub(new, w)
        out.append(_capitalized(w))
    if _marked([w.lower() for w in out], sp.unsure):
        return None
    return " ".join(out)
