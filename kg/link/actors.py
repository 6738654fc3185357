"""Curated actors (``actors.tsv``, ``actor_aliases.tsv``) and the institutions every country
has (``institution_types.tsv``, ``institutions.tsv``), with a longest-alias matcher.

A mention names an actor when it contains one of its aliases as a run of words: "un
porte-parole de la diplomatie américaine" contains "diplomatie américaine" (the State
Department). Aliases of institution types are generated from the country names and
demonyms, so "le ministère turc de la Défense" and "Turkey's defence ministry" meet on one
node (``org/tr-mod``) without a row for Turkey; a curated actor of that type and country
(``ru-mod``) receives the generated names instead.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Iterator

from kg.link.countries import CountryTable, DemonymTable, acronym_pattern, is_acronym
from kg.link.iris import country_iri, org_iri, person_iri, wikidata_uri
from kg.link.normalize import tokens
from kg.link.persons import person_key
from kg.link.tables import read_table
from kg.model import Node

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_FR_USES = ("ms", "fs", "mp", "fp")


@dataclass(frozen=True)
class Alias:
    """One name of one actor, as words."""

    words: tuple[str, ...]
    key: str
    text: str
    lang: str
    context_only: bool = False
    acronym: re.Pattern[str] | None = None


@dataclass
class ActorTable:
    """Actor nodes by key, the country each belongs to, and the alias index."""

    nodes: dict[str, Node] = field(default_factory=dict)
    country: dict[str, str | None] = field(default_factory=dict)
    glue: frozenset[str] = frozenset()  # function words a context-only alias may leave uncovered
    institutions: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, ISO2) -> actor key
    by_first_word: dict[str, list[Alias]] = field(default_factory=dict)
    _seen: set[tuple[tuple[str, ...], str, bool]] = field(default_factory=set)

    # ---------- building ----------

    def add_alias(self, text: str, lang: str, key: str, context_only: bool = False) -> None:
        words = tokens(text)
        if not words or (words, key, context_only) in self._seen:
            return
        self._seen.add((words, key, context_only))
        acronym = acronym_pattern(text) if is_acronym(text) else None
        self.by_first_word.setdefault(words[0], []).append(Alias(words, key, text, lang, context_only, acronym))

    # ---------- lookup ----------

    def match(self, text: str, context: frozenset[str] = frozenset()) -> str | None:
        """The key of the actor whose alias is the longest run of words of ``text``.

        Context-only aliases count when the actor's country is in ``context`` and the alias
        is the whole mention but for function words ("the military" alone, not "the Kherson
        regional military administration"). When the
        longest aliases point to several actors, the one of a context country wins; if that
        still leaves several, nothing is returned (a guess would merge two actors).
        """
        words = tokens(text)
        found: list[Alias] = []
        for i, w in enumerate(words):
            for alias in self.by_first_word.get(w, ()):
                n = len(alias.words)
                if words[i: i + n] != alias.words:
                    continue
                if alias.acronym is not None and not alias.acronym.search(text):
                    continue
                if alias.context_only and (self.country.get(alias.key) not in context or any(
                        x not in self.glue for x in words[:i] + words[i + n:])):
                    continue
                found.append(alias)
        if not found:
            return None
        longest = max(len(a.words) for a in found)
        top = [a for a in found if len(a.words) == longest]
        keys = {a.key for a in top if not a.context_only} or {a.key for a in top}
        if len(keys) > 1:
            keys = {k for k in keys if self.country.get(k) in context} or keys
        return next(iter(keys)) if len(keys) == 1 else None

    def aliases(self) -> Iterator[tuple[str, str, str]]:
        """(alias as written, language, IRI) of every alias that needs no context."""
        for bucket in self.by_first_word.values():
            for alias in bucket:
                if not alias.context_only:
                    yield alias.text, alias.lang, self.nodes[alias.key].iri


def _member_iri(value: str, keys: dict[str, str]) -> str | None:
    if not value:
        return None
    if len(value) == 2 and value.isupper():
        return country_iri(value)
    return keys.get(value)


def _fills(pattern: str, lang: str, code: str, countries: CountryTable,
           demonyms: DemonymTable) -> list[str]:
    """Every expansion of an institution pattern for one country (empty if a slot is missing)."""
    slots = _PLACEHOLDER.findall(pattern)
    values: list[list[str]] = []
    for slot in slots:
        if slot == "country":
            vals = countries.names.get((code, lang), [])
        elif slot == "adj":
            vals = demonyms.forms.get((code, "adj"), [])
        elif slot in _FR_USES:
            vals = demonyms.forms.get((code, slot), [])
        else:
            vals = []
        if not vals:
            return []
        values.append(vals)
    out = []
    for combo in itertools.product(*values):
        text = pattern
        for slot, value in zip(slots, combo):
            text = text.replace("{" + slot + "}", value, 1)
        out.append(text)
    return out


def load_actors(countries: CountryTable, demonyms: DemonymTable,
                glue: frozenset[str] = frozenset()) -> ActorTable:
    table = ActorTable(glue=glue)
    rows = read_table("actors.tsv")
    iris: dict[str, str] = {}
    for row in rows:
        key = row["key"]
        iris[key] = person_iri(person_key(row["en"])) if row["kind"] == "Person" else org_iri(key)

    # institution instances: curated where actors.tsv has one, generated otherwise
    types = read_table("institution_types.tsv")
    instance: dict[tuple[str, str], str] = {}
    for row in rows:
        if row["type"] and row["country"]:
            instance[(row["type"], row["country"].upper())] = row["key"]
    codes = sorted({code for code, _use in demonyms.forms})
    generated: dict[str, Node] = {}
    for trow in types:
        for code in codes:
            if (trow["type"], code) in instance or code not in countries.nodes:
                continue
            key = f"{code.lower()}-{trow['type']}"
            labels = {}
            for lang in ("en", "fr"):
                filled = _fills(trow[lang], lang, code, countries, demonyms)
                if filled:
                    labels[lang] = filled[0]
            if not labels:
                continue
            instance[(trow["type"], code)] = key
            iris[key] = org_iri(key)
            generated[key] = Node(iri=iris[key], classes={"Organization"}, labels=labels)
            table.country[key] = code
    for trow in types:  # parents once every instance exists
        for code in codes:
            key = instance.get((trow["type"], code))
            if key in generated:
                parent = instance.get((trow["parent"], code)) if trow["parent"] else None
                generated[key].member_of = iris[parent] if parent else country_iri(code)
    table.nodes.update(generated)

    for row in rows:
        key, kind = row["key"], row["kind"]
        node = Node(
            iri=iris[key],
            classes={"Person" if kind == "Person" else "Organization"},
            labels={lang: row[lang] for lang in ("en", "fr") if row[lang]},
            member_of=_member_iri(row["member_of"], iris),
        )
        if row["wikidata"]:
            node.exact_match.add(wikidata_uri(row["wikidata"]))
        if kind == "Person":
            node.roles = {(row[f"role_{lang}"], lang) for lang in ("en", "fr") if row[f"role_{lang}"]}
        table.nodes[key] = node
        table.country[key] = row["country"].upper() or None

    for key, node in table.nodes.items():
        for lang, text in node.labels.items():
            table.add_alias(text, lang, key)
    for row in read_table("actor_aliases.tsv"):
        key = row["key"]
        if key not in table.nodes:
            raise ValueError(f"actor_aliases.tsv: unknown actor key {key!r}")
        context_only = row["scope"] == "context"
        table.add_alias(row["alias"], row["lang"], key, context_only)
        if not context_only and row["alias"] not in table.nodes[key].labels.values():
            table.nodes[key].alt_labels.add((row["alias"], row["lang"]))

    # generated names of institutions; the canonical expansion of each pattern is an altLabel
    for row in read_table("institutions.tsv"):
        context_only = row["scope"] == "context"
        for (itype, code), key in instance.items():
            if itype != row["type"]:
                continue
            if not _PLACEHOLDER.search(row["pattern"]):
                table.add_alias(row["pattern"], row["lang"], key, context_only=True)
                continue
            filled = _fills(row["pattern"], row["lang"], code, countries, demonyms)
            for text in filled:
                table.add_alias(text, row["lang"], key, context_only)
            node = table.nodes[key]
            if filled and not context_only and len(node.alt_labels) < 12 and filled[0] not in node.labels.values():
                node.alt_labels.add((filled[0], row["lang"]))
    table.institutions = dict(instance)
    return table
