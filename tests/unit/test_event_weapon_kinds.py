"""The class told by weapon words news uses beyond the common ones, on the real models:
tanks (their fire is Shelling, like guns: "Russian tanks opened fire on X", "des tirs de
chars"), "open fire"/"ouvrir le feu" as a trigger, loitering munitions and "sans pilote"
aircraft (DroneStrike); and, as negatives, a tank that is no gun (a fuel tank that exploded,
a carnival float, "char de carnaval") and fire opened on no place."""
from __future__ import annotations

import pytest

from kg.nlp.pipeline import load_pipeline


def events(lang: str, text: str) -> list[tuple[str, list[str]]]:
    doc = load_pipeline(lang)(text)
    return [(e["event_class"], [p["text"] for p in e["places"]]) for e in doc._.geokg_events or []]


@pytest.mark.parametrize("lang,text,cls,place", [
    ("en", "Russian tanks opened fire on Krasnohorivka on Thursday.", "Shelling", "Krasnohorivka"),
    ("fr", "Des chars russes ont ouvert le feu jeudi sur Krasnohorivka.", "Shelling", "Krasnohorivka"),
    ("en", "Russian tank fire killed a man in Kurakhove on Friday.", "Shelling", "Kurakhove"),
    ("fr", "Des tirs de chars ont touché mardi une école à Orikhiv.", "Shelling", "Orikhiv"),
    ("en", "A Russian loitering munition hit a car in Nikopol on Wednesday.", "DroneStrike", "Nikopol"),
    ("fr", "Une munition rôdeuse a frappé dimanche un poste de contrôle à Kherson.", "DroneStrike", "Kherson"),
    ("fr", "Un appareil sans pilote a frappé lundi un camion-citerne près de Soumy.", "DroneStrike", "Soumy"),
])
def test_the_weapon_tells_the_class(lang, text, cls, place):
    found = events(lang, text)
    assert any(c == cls and any(place in p for p in ps) for c, ps in found), found


@pytest.mark.parametrize("lang,text", [
    ("en", "A fuel tank exploded at a filling station in Belgorod on Monday, police said."),
    ("fr", "Un char de carnaval a pris feu lundi à Nice, selon les pompiers."),
    ("en", "The council opened a fire station in Kramatorsk on Monday."),
])
def test_a_tank_that_is_no_gun_tells_no_attack(lang, text):
    assert events(lang, text) == []
