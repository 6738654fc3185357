"""A definite place noun of an attack's target that refers back to a place named before
("le centre du village", "cet aérodrome", "the city's power station"), and a facility
phrase handed over whole ("gare de Koupiansk", "Odesa's Peresyp"), on the real spaCy models,
the real gazetteer and the real linker."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.link.articles import default_linker, link_article
from kg.link.place_phrase import facility_town
from kg.model import ANTECEDENT_LABEL, Article
from kg.nlp.extract import extract
from kg.nlp.lexicon import lexicon
from kg.nlp.pipeline import load_pipeline


def antecedents(lang: str, text: str) -> list[list[str]]:
    doc = load_pipeline(lang)(text)
    return [[p["text"] for p in e["places"] if p["label"] == ANTECEDENT_LABEL] for e in doc._.geokg_events]


def event_places(lang: str, text: str) -> list[str]:
    """The English labels of the places of the linked attacks (not denied or hypothetical)."""
    art = Article(identifier="t", text=text, language=lang, published=dt.date(2024, 6, 11))
    errors: list = []
    [extraction] = list(extract([art], on_error=errors.append))
    linked = link_article(extraction, default_linker())
    out = []
    for ev in linked.events:
        if ev.factuality in ("Denied", "Hypothetical"):
            continue
        node = linked.nodes.get(ev.place)
        out.append(node.labels.get("en") if node is not None else ev.place)
    return out


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Ils viennent tous de Soudja, une petite ville de la région de Koursk. Samedi matin, un obus "
           "d'artillerie a touché l'école de la ville, blessant deux enfants.", "Soudja"),
    ("fr", "Le renseignement ukrainien a évoqué l'aérodrome militaire de Millerovo. Selon lui, deux drones ont "
           "endommagé un hélicoptère sur cet aérodrome dans la nuit de dimanche à lundi.", "Millerovo"),
    ("en", "Pavlo Hrytsenko has lived in Vovchansk for forty years. On Monday evening a Russian glide bomb "
           "struck the centre of the town, destroying the post office.", "Vovchansk"),
    ("en", "Zaporizhzhia's mayor said a Russian missile had hit a factory in the city's industrial zone on Friday.",
     "Zaporizhzhia"),
])
def test_a_definite_place_noun_refers_back_to_the_place_named_before(lang, text, name):
    assert any(name in p for found in antecedents(lang, text) for p in found)


@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Élise travaille pour une ONG à Mykolaïv, sur l'estuaire du Boug, au nord-ouest de Kherson. Elle décrit "
           "la nuit de lundi à mardi, quand des missiles ont frappé la station d'épuration de la ville.", "Mykolaiv"),
    ("en", "Tom Reyes has spent the winter in Kherson, on the Dnipro river, some 250 km west of Zaporizhzhia. "
           "On Sunday night drones struck the city's main water pumping station.", "Kherson"),
])
def test_landmarks_named_in_between_are_not_the_place_referred_to(lang, text, place):
    assert event_places(lang, text) == [place]


@pytest.mark.parametrize("lang,text", [
    ("en", "Drones struck the city's main power station overnight, cutting electricity to 200,000 homes."),
    ("fr", "Des drones ont frappé la centrale électrique de la ville pendant la nuit, privant de courant 200 000 foyers."),
])
def test_a_place_noun_with_nothing_named_before_places_no_attack(lang, text):
    assert event_places(lang, text) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Residents of Kharkiv are tired. A missile struck the city of Izium on Monday."),
    ("fr", "Les habitants de Kharkiv sont épuisés. Un missile a frappé lundi la ville d'Izioum."),
])
def test_a_place_noun_with_its_own_name_refers_to_nothing_before(lang, text):
    assert all(not found for found in antecedents(lang, text))


def test_a_habitual_attack_on_the_place_referred_to_is_no_event():
    text = "Tous viennent de Gloushkovo, une bourgade de la région de Koursk. Le bourg est pilonné presque chaque jour."
    assert event_places("fr", text) == []


# ---------- a facility or possessive phrase handed over whole ----------

@pytest.mark.parametrize("text,name", [
    ("gare d'Ounetcha", "Ounetcha"),
    ("baie de Novorossiisk", "Novorossiisk"),
    ("the Bay of Feodosia", "Feodosia"),
    ("Kharkiv's", "Kharkiv"),
    ("Odesa’s Peresyp", "Odesa"),
])
def test_the_town_of_a_facility_phrase(text, name):
    nouns = lexicon("fr").place_nouns | lexicon("en").place_nouns
    assert facility_town(text, nouns) == name


@pytest.mark.parametrize("text", ["ministère russe de la Défense", "Novorossiisk", "the Ministry of Defence"])
def test_no_town_in_a_phrase_that_names_no_facility(text):
    nouns = lexicon("fr").place_nouns | lexicon("en").place_nouns
    assert facility_town(text, nouns) is None


@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Un missile russe a frappé mardi la gare de Koupiansk, détruisant un entrepôt.", "Kupiansk"),
    ("en", "Russian drones hit Odesa's Peresyp district late on Thursday, setting a grain silo on fire.", "Odesa"),
])
def test_an_attack_on_a_facility_phrase_is_placed_in_its_town(lang, text, place):
    assert event_places(lang, text) == [place]


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Pavel Lukin, the head of the Glushkovo district, which includes Tyotkino, spoke on Monday. "
           "On Tuesday a drone struck the school of the town.", "Tyotkino"),
    ("fr", "Le chef du district de Gloushkovo, dont dépend Tiotkino, a parlé lundi. Mardi, un drone a frappé "
           "l'école du bourg.", "Tyotkino"),
])
def test_a_district_name_is_no_town_referred_to(lang, text, place):
    assert event_places(lang, text) == [place]


@pytest.mark.parametrize("lang,text", [
    ("en", "The governor of Belgorod visited a hospital. He said a drone had fallen in a field outside the village."),
    ("fr", "Le gouverneur de Belgorod a visité un hôpital. Il a dit qu'un drone était tombé à la sortie du village."),
])
def test_a_village_named_nowhere_is_none_of_the_towns_named(lang, text):
    assert event_places(lang, text) == []


# ---------- a present passive with no time: why a place is attacked ----------

@pytest.mark.parametrize("lang,text", [
    ("en", "Residents of Vovchansk say the town is targeted because it lies on the main supply road."),
    ("fr", "Selon le maire de Nikopol, la ville est visée parce qu'elle fait face à la centrale nucléaire."),
    ("en", "Kherson is shelled because it faces the Russian positions across the river."),
])
def test_a_present_passive_with_no_time_is_no_attack(lang, text):
    assert event_places(lang, text) == []


@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Mardi soir, Nikopol est touchée par une salve de roquettes.", "Nikopol"),
    ("en", "Kherson was shelled on Monday, the governor said.", "Kherson"),
])
def test_a_present_told_with_a_day_or_a_past_passive_is_an_attack(lang, text, place):
    assert event_places(lang, text) == [place]


# ---------- a village no table knows, in a district named after a town of its region ----------

@pytest.mark.parametrize("lang,text", [
    ("en", "The village of Bezymeno in the Grayvoron district came under mortar fire on Wednesday evening."),
    ("fr", "Mercredi soir, le village de Bezymeno, dans le district de Graïvoron, a essuyé des tirs de mortier."),
])
def test_a_district_named_after_a_town_agrees_with_the_village_in_it(lang, text):
    assert event_places(lang, text) == ["Bezymeno"]
