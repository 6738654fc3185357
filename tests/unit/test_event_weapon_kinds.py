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


@pytest.mark.parametrize("lang,text", [
    ("en", "Survivors of the April 2022 missile strike on the Kramatorsk railway station gathered on Monday."),
    ("fr", "Les survivants de la frappe de mars 2022 contre la gare de Kramatorsk se sont réunis lundi."),
])
def test_an_attack_noun_dated_by_a_year_is_background(lang, text):
    doc = load_pipeline(lang)(text)
    assert all(e["blocked"] for e in doc._.geokg_events or []), doc._.geokg_events


@pytest.mark.parametrize("lang,text,place", [
    ("en", "RSF drones struck the Merowe power station on Monday.", "Merowe"),
    ("en", "Drones damaged the Trypilska thermal power plant in the Kyiv region on Monday.", "Kyiv region"),
    ("fr", "Une bombe planante a frappé vendredi un hôpital de Kramatorsk.", "Kramatorsk"),
])
def test_a_facility_leads_to_its_town_or_region(lang, text, place):
    found = _linked_place(lang, text)
    assert found is not None and place.split()[0] in found, found


def _linked_place(lang: str, text: str) -> str | None:
    import datetime as dt

    from kg.link.articles import default_linker, link_article
    from kg.model import Article
    from kg.nlp.extract import extract

    art = Article(identifier="t", text=text, language=lang, title=None, published=dt.date(2025, 5, 6), origin="test")
    for x in extract([art], on_error=print):
        linked = link_article(x, default_linker())
        for ev in linked.events:
            node = linked.nodes.get(ev.place)
            return node.labels.get("en") if node else None
    return None
