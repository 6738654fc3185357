"""The data tables of ``kg ask``: question heads, role parts and words (``kg/data/ask/``).

They are data so that a new way of asking, or a word in another language, is one row, not
code. Read once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError
from kg.nlp.lexicon import read_table as read_lexicon
from kg.tables import read_rows

ASK_DIR = Path(__file__).resolve().parent.parent / "data" / "ask"


def _rows(name: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of a TSV table, without its header, comments and blank lines (``kg.tables``)."""
    return [(r.line, list(r.cells)) for r in read_rows(ASK_DIR / name)]


@dataclass(frozen=True)
class Head:
    """How a question begins (``heads.tsv``): what it asks, and its pattern."""

    lang: str
    asks: str
    example: str
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def question_heads() -> tuple[Head, ...]:
    from kg.query.question_frame import ASKS

    out = []
    for no, cells in _rows("heads.tsv"):
        if len(cells) != 4:
            raise QueryError(f"{ASK_DIR / 'heads.tsv'}:{no}: expected 4 columns, got {len(cells)}")
        lang, asks, example, pattern = cells
        if asks not in ASKS:
            raise QueryError(f"{ASK_DIR / 'heads.tsv'}:{no}: unknown kind of question {asks!r}")
        if "{M}" in pattern:
            pattern = pattern.replace("{M}", measure_pattern(lang, asks))
        for value in re.findall(r"\{M:(\w+)\}", pattern):  # the measure words of one value only
            pattern = pattern.replace(f"{{M:{value}}}", measure_pattern(lang, asks, value))
        try:
            regex = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise QueryError(f"{ASK_DIR / 'heads.tsv'}:{no}: bad pattern: {exc}") from None
        out.append(Head(lang, asks, example, regex))
    return tuple(out)


def measure_pattern(lang: str, asks: str, value: str | None = None) -> str:
    """The ``{M}`` of a head: one measure word of ``asks`` (``measure`` rows of ``words.tsv``),
    or two joined by and/or ("killed or injured", "morts et de blessés"); ``{M:value}``: the
    words of that value only ("shot down", not "launched")."""
    phrases = sorted((w for w, v in ask_words(lang).measures.items()
                      if v.split(":")[0] == asks and (value is None or v.split(":", 1)[1] == value)),
                     key=len, reverse=True)
    if not phrases:
        raise QueryError(f"{ASK_DIR / 'heads.tsv'}: no measure words for {asks!r} in {lang}")
    one = "(?:" + "|".join(re.escape(p) for p in phrases) + ")"
    return rf"{one}(?:,? (?:and|or|et|ou) (?:de |d')?{one})?(?!\w)"


def measure_values(text: str, lang: str, asks: str) -> set[str]:
    """The values the measure words in ``text`` give for ``asks`` ("killed or injured" -> killed,
    injured; "*" stands for every value): longest phrases first, each word read once."""
    low = text.lower()
    used = [False] * len(low)
    out: set[str] = set()
    for phrase, value in sorted(ask_words(lang).measures.items(), key=lambda kv: len(kv[0]), reverse=True):
        kind, _, val = value.partition(":")
        if kind != asks:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            if not any(used[m.start():m.end()]):
                used[m.start():m.end()] = [True] * (m.end() - m.start())
                out.add(val)
    return out


@dataclass(frozen=True)
class RolePart:
    """A part of a question that names an actor in a role (``roles.tsv``)."""

    lang: str
    role: str
    asks: frozenset[str]  # empty = any kind of question
    anchored: bool  # only right after the head
    regex: re.Pattern[str]
    strict: bool = False  # {ACTOR}: an actor or a country, never a city or region


ROLES = ("speaker", "accuser", "accused", "perpetrator", "reporter")


@lru_cache(maxsize=None)
def role_parts(lang: str) -> tuple[RolePart, ...]:
    words = ask_words(lang)
    stops = "|".join(re.escape(w) for w in sorted(words.stops, key=len, reverse=True))
    np = rf"(?P<x>.+?)(?=\s+(?:{stops})(?!\w)|\s*$)"
    # a name with a capital ("le Hezbollah"), or any name after an article ("l'armée birmane")
    cap = r"(?P<x>(?:(?:l'|la |le |les )\S+|(?-i:[A-ZÀ-Þ])\S*)(?: \S+)*?)"
    out = []
    for no, cells in _rows("roles.tsv"):
        if len(cells) != 4:
            raise QueryError(f"{ASK_DIR / 'roles.tsv'}:{no}: expected 4 columns, got {len(cells)}")
        row_lang, role, asks, pattern = cells
        if row_lang != lang:
            continue
        if role not in ROLES:
            raise QueryError(f"{ASK_DIR / 'roles.tsv'}:{no}: unknown role {role!r}")
        anchored = pattern.startswith("^")
        strict = "{ACTOR}" in pattern
        body = pattern.lstrip("^").replace("{ACTOR}", np).replace("{NP}", np).replace("{X}", r"(?P<x>.+?)").replace("{CAP}", cap)
        try:
            # a part never ends inside a word ("launch" of "launched"): the rest of the word would go unread
            regex = re.compile(rf"(?<!\w)(?:{body})(?:(?<!\w)|(?!\w))", re.IGNORECASE)
        except re.error as exc:
            raise QueryError(f"{ASK_DIR / 'roles.tsv'}:{no}: bad pattern: {exc}") from None
        kinds = frozenset() if asks == "*" else frozenset(a.strip() for a in asks.split(","))
        out.append(RolePart(lang, role, kinds, anchored, regex, strict))
    return tuple(out)


@dataclass(frozen=True)
class AskWords:
    skip: frozenset[str]
    place_nouns: frozenset[str]
    classes: dict[str, str]  # word or phrase (lower case) -> attack class
    date_preps: dict[str, str]  # preposition (lower case) -> in / since / after / until / before
    articles: frozenset[str] = frozenset()  # words that may stand before a name ("the", "la")
    place_preps: frozenset[str] = frozenset()  # words after which a place stands ("on", "sur")
    stops: frozenset[str] = frozenset()  # words that end an actor's name in a role part ("about", "sur")
    periods: dict[str, str] = field(default_factory=dict)  # "last month" -> "month:-1"
    parts: dict[str, str] = field(default_factory=dict)  # "first half" -> "1-6" (months)
    prefaces: frozenset[str] = frozenset()  # "could you tell me": dropped before the question
    titles: frozenset[str] = frozenset()  # "governor": dropped before a person's name
    state_nouns: frozenset[str] = frozenset()  # "authorities": with a demonym, the state
    genitives: frozenset[str] = frozenset()  # "des": after an attack word, before its author
    skip_phrases: frozenset[str] = frozenset()  # skip entries of several words
    ranges: dict[str, str] = field(default_factory=dict)  # "between" -> open, "and" -> close
    date_leads: dict[str, str] = field(default_factory=dict)  # "the beginning of" -> start
    lead_periods: dict[str, str] = field(default_factory=dict)  # "the year" -> year:0, only after a date lead
    month_lasts: dict[str, str] = field(default_factory=dict)  # "last" -> before ("last May"), "dernier" -> after
    place_posts: frozenset[str] = frozenset()  # "hit", "a-t-elle été": after a place that was struck
    compass: frozenset[str] = frozenset()  # "eastern", "nord": a place named so is never a whole country
    joins: frozenset[str] = frozenset()  # "and", "et": between two periods that meet, one period
    models: frozenset[str] = frozenset()  # "iskander", "storm shadow": weapon models, which no parameter names
    day_words: dict[str, int] = field(default_factory=dict)  # "fourteenth", "quatorze" -> 14
    seasons: tuple[str, ...] = ()  # regular expressions: "summer", "(?<=l')été"
    approx: frozenset[str] = frozenset()  # "around", "vers": before a date, an approximate one
    topic_leads: frozenset[str] = frozenset()  # "after", "en réponse aux": before an attack word, its topic
    measures: dict[str, str] = field(default_factory=dict)  # "killed" -> casualties:killed, "abattus" -> interceptions:intercepted
    victims: dict[str, str] = field(default_factory=dict)  # "people" -> any, "civilians" -> group
    targets: frozenset[str] = frozenset()  # "refinery", "raffinerie": what was hit
    place_titles: dict[str, str] = field(default_factory=dict)  # "governor" -> region, "maire" -> city
    place_anaphors: dict[str, str] = field(default_factory=dict)  # "his region" -> region, "sa ville" -> city
    target_leads: frozenset[str] = frozenset()  # "on", "hit", "contre", "sur": a target's phrase follows
    target_posts: frozenset[str] = frozenset()  # "hit", "were struck", "frappées": after a target's phrase
    target_ofs: frozenset[str] = frozenset()  # "of", "de" right after an attack word: its object follows
    target_narrower: frozenset[str] = frozenset()  # "nuclear power plant": a label narrower than its concept
    count_times: frozenset[str] = frozenset()  # "times", "often", "fois" ending a count head: attacks are counted
    allegers: frozenset[str] = frozenset()  # "and who alleged them", "selon qui": who alleged the attacks is asked
    spell: frozenset[str] = frozenset()  # "chronologically": words corrected like attack words when one slip away
    context_leads: frozenset[str] = frozenset()  # "i'm reading about": sets a place as the request's context
    context_anaphors: dict[str, str] = field(default_factory=dict)  # "there" -> "in": points back to that place


@lru_cache(maxsize=None)
def ask_words(lang: str) -> AskWords:
    skip, nouns, classes, preps = set(), set(), {}, {}
    articles, place_preps, stops, periods = set(), set(), set(), {}
    parts: dict[str, str] = {}
    ranges: dict[str, str] = {}
    sets: dict[str, set[str]] = {"preface": set(), "title": set(), "state_noun": set(), "genitive": set(),
                                 "place_post": set(), "compass": set(), "join": set(), "model": set(), "approx": set(), "topic_lead": set(),
                                 "target_lead": set(), "target_post": set(), "target_of": set(),
                                 "count_times": set(), "target_narrower": set(), "alleger": set(), "spell": set(),
                                 "context_lead": set()}
    leads: dict[str, str] = {}
    lead_periods: dict[str, str] = {}
    month_lasts: dict[str, str] = {}
    day_words: dict[str, int] = {}
    seasons: list[str] = []
    measures: dict[str, str] = {}
    victims: dict[str, str] = {}
    targets: set[str] = set()
    place_titles: dict[str, str] = {}
    place_anaphors: dict[str, str] = {}
    context_anaphors: dict[str, str] = {}
    # the build's own words first: what it reads as a kind of attack, a question reads so too
    for row in read_lexicon("attack_triggers.tsv"):
        if row[0] == lang and row[2] == "NOUN":
            classes[row[1].lower()] = row[3]
    for row in read_lexicon("attack_instruments.tsv"):
        if row[0] == lang:
            classes[row[1].lower()] = row[2]
    for _, cells in _rows("words.tsv"):
        if cells[0] != lang:
            continue
        kind, word = cells[1], cells[2].lower()
        if kind == "skip":
            skip.add(word)
        elif kind in sets:
            sets[kind].add(word)
        elif kind == "part":
            parts[word] = cells[3]
        elif kind == "date_lead":
            leads[word] = cells[3]
        elif kind == "lead_period":
            lead_periods[word] = cells[3]
        elif kind == "month_last":
            month_lasts[word] = cells[3]
        elif kind == "day_word":
            day_words[word] = int(cells[3])
        elif kind == "season":
            seasons.append(cells[2])
        elif kind == "measure":
            measures[word] = cells[3]
        elif kind == "victims":
            victims[word] = cells[3]
        elif kind == "target":
            targets.add(word)
        elif kind == "place_title":
            place_titles[word] = cells[3]
        elif kind == "place_anaphor":
            place_anaphors[word] = cells[3]
        elif kind == "context_anaphor":
            context_anaphors[word] = cells[3]
        elif kind == "range":
            ranges[word] = cells[3]
        elif kind == "place_noun":
            nouns.add(word)
        elif kind == "class":
            classes[word] = cells[3]
        elif kind == "date_prep":
            preps[word] = cells[3]
        elif kind == "article":
            articles.add(word)
        elif kind == "place_prep":
            place_preps.add(word)
        elif kind == "stop":
            stops.add(word)
        elif kind == "period":
            periods[word] = cells[3]
    phrases = frozenset(w for w in skip if " " in w or "'" in w)
    return AskWords(frozenset(skip - phrases), frozenset(nouns), classes, preps, frozenset(articles),
                    frozenset(place_preps), frozenset(stops), periods, parts, frozenset(sets["preface"]),
                    frozenset(sets["title"]), frozenset(sets["state_noun"]), frozenset(sets["genitive"]), phrases, ranges, leads,
                    lead_periods, month_lasts, frozenset(sets["place_post"]),
                    frozenset(sets["compass"]), frozenset(sets["join"]), frozenset(sets["model"]), day_words,
                    tuple(seasons), frozenset(sets["approx"]), frozenset(sets["topic_lead"]), measures, victims,
                    frozenset(targets), place_titles, place_anaphors,
                    target_leads=frozenset(sets["target_lead"]), target_posts=frozenset(sets["target_post"]),
                    target_ofs=frozenset(sets["target_of"]), count_times=frozenset(sets["count_times"]),
                    target_narrower=frozenset(sets["target_narrower"]), allegers=frozenset(sets["alleger"]),
                    spell=frozenset(sets["spell"]), context_leads=frozenset(sets["context_lead"]),
                    context_anaphors=context_anaphors)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every word the tables of both languages give a meaning to (skip words, articles,
    prepositions, attack words, titles…): no misspelling and no part of a person's name."""
    out: set[str] = set()
    for lang in ("en", "fr"):
        w = ask_words(lang)
        out |= w.skip | w.articles | w.stops | w.place_preps | w.place_nouns | w.titles | w.state_nouns
        out |= set(w.classes) | set(w.date_preps) | w.models | w.spell
        out |= {p for p in w.prefaces if p.isalpha()}  # "thanks" alone is no misspelt "tanks"
    return frozenset(out)


@lru_cache(maxsize=1)
def question_actor_names() -> dict[str, str]:
    """Names of curated actors that questions use and the build's alias tables lack
    (``actor_names.tsv``): name as written -> actor key ("CGRI" -> ir-irgc)."""
    return {cells[0]: cells[1] for _, cells in _rows("actor_names.tsv")}


def question_actor_key(text: str) -> str | None:
    """The actor key ``text`` names in ``actor_names.tsv``: an acronym only in capitals
    ("CGRI", not "cgri"), any other name in any case."""
    for name, key in question_actor_names().items():
        acronym = name.isupper() and len(name) <= 6
        if (text == name) if acronym else (text.lower() == name.lower()):
            return key
    return None


@lru_cache(maxsize=1)
def surname_person_names() -> tuple[str, ...]:
    """Persons the curated tables lack whom questions name by surname alone
    (``surname_persons.tsv``): their names in full, as English news writes them."""
    return tuple(cells[0] for _, cells in _rows("surname_persons.tsv"))


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Words of organisations' names ("army", "channel", "brigade"): a name holding one is no
    person's, whatever a spaCy model reads (``org_word`` rows of ``words.tsv``, both languages)."""
    return frozenset(cells[2].lower() for _, cells in _rows("words.tsv") if len(cells) > 2 and cells[1] == "org_word")
