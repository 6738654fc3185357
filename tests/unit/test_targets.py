"""The target finder (kg.nlp.targets, kg.nlp.finders.targets) on real parses, EN and FR,
with negative cases; the scheme, the word table and the facility IRI agree."""
from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from kg.link.iris import facility_iri
from kg.model import EventRecord, Span
from kg.nlp.extract import text_for_nlp
from kg.nlp.finders.targets import target_words
from kg.nlp.pipeline import load_pipeline
from kg.nlp.targets import TARGET_TYPES, find_targets
from kg.rdf.namespace import TARGET_TYPE, ontology_dir
from kg.tables import data_table


def targets(text: str, trigger: str, lang: str = "en", trace: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    """(concept, facility phrase, town) of what the attack named by ``trigger`` hit."""
    doc = load_pipeline(lang)(text_for_nlp(text))
    start = text.index(trigger)
    ev = EventRecord("Attack", Span(start, start + len(trigger), trigger), Span(0, len(text), text), trace=trace)
    found, _ = find_targets(doc, ev, text)
    return [(t.concept, t.phrase.text, t.town.text if t.town else None) for t in found]


def test_the_scheme_the_code_and_the_table_name_the_same_concepts():
    g = Graph().parse(ontology_dir() / "targets.ttl")
    concepts = {str(c)[len(str(TARGET_TYPE)):] for c in g.subjects(RDF.type, SKOS.Concept)}
    assert concepts == set(TARGET_TYPES)
    for c in concepts:
        labels = {lit.language for lit in g.objects(TARGET_TYPE[c], SKOS.prefLabel)}
        assert labels == {"en", "fr"}, c
        assert {lit.language for lit in g.objects(TARGET_TYPE[c], SKOS.definition)} == {"en", "fr"}, c
    used = {r["concept"] for r in data_table("lexicon", "target_words.tsv") if r["use"] == "target"}
    assert used - {"-"} <= concepts
    # broader/narrower both ways: energy infrastructure > power plant
    assert (TARGET_TYPE.PowerPlant, SKOS.broader, TARGET_TYPE.EnergyInfrastructure) in g
    assert (TARGET_TYPE.EnergyInfrastructure, SKOS.narrower, TARGET_TYPE.PowerPlant) in g


def test_the_facility_iri_is_the_town_and_the_type_only():
    town = "https://w3id.org/geokg/id/place/geonames-500096"
    assert facility_iri(town, "OilRefinery") == facility_iri(town, "OilRefinery")
    assert facility_iri(town, "OilRefinery") != facility_iri(town, "FuelDepot")


def test_object_of_a_hit_verb_with_its_town_in_english():
    assert targets("Ukrainian drones struck the Ryazan oil refinery overnight.", "struck") == [
        ("OilRefinery", "Ryazan oil refinery", "Ryazan")]
    assert targets("Drones attacked the Engels airbase in the Saratov region on Monday.", "attacked") == [
        ("Airbase", "Engels airbase", "Engels")]
    assert targets("A missile hit a residential building in Kharkiv on Friday.", "hit") == [
        ("ResidentialBuilding", "residential building", None)]


def test_noun_phrases_participles_and_falls_in_english():
    assert targets("A drone attack on the port of Odesa damaged grain terminals.", "attack") == [
        ("Port", "port of Odesa", "Odesa"), ("Port", "grain terminals", None)]
    assert targets("The strike damaged a power substation in Kherson.", "strike") == [
        ("Substation", "power substation", None)]
    assert targets("Drones attacked Novorossiysk overnight, hitting an oil terminal.", "attacked") == [
        ("FuelDepot", "oil terminal", None)]
    assert targets("A drone crashed into a house in the village of Lipki.", "crashed") == [
        ("ResidentialBuilding", "house", None)]
    assert targets("A railway station in Lozova was hit by a missile.", "hit") == [
        ("Railway", "railway station", None)]


def test_what_is_no_target_in_english():
    # near a hospital; the windows of a school; a place that is no facility
    assert targets("A missile struck near a hospital in Sumy, blowing out the windows of a school.", "struck") == []
    assert targets("A drone strike on Kharkiv shattered the windows of a kindergarten.", "strike") == []
    # an attempt, an interception, a negation
    assert targets("Drones tried to hit the Novorossiysk oil terminal but were intercepted.", "hit") == []
    assert targets("Air defences shot down drones heading for the Tuapse refinery.", "shot",
                   trace=("trigger:intercepted_weapon",)) == []
    assert targets("Drones targeting the Tuapse refinery were shot down.", "targeting") == []
    assert targets("The missile did not hit the power plant.", "hit") == []
    # an indefinite facility names no facility of the town
    assert targets("A missile hit a Kharkiv hospital on Friday.", "hit") == [("Hospital", "Kharkiv hospital", None)]


def test_object_of_a_hit_verb_with_its_town_in_french():
    assert targets("Des drones ukrainiens ont frappé la raffinerie de Riazan dans la nuit.", "frappé", "fr") == [
        ("OilRefinery", "raffinerie de Riazan", "Riazan")]
    assert targets("L'aérodrome militaire de Millerovo a été visé par des drones lundi.", "visé", "fr") == [
        ("Airbase", "aérodrome militaire de Millerovo", "Millerovo")]
    assert targets("Un missile russe a touché un immeuble d'habitation à Kharkiv vendredi.", "touché", "fr") == [
        ("ResidentialBuilding", "immeuble d'habitation", None)]


def test_the_day_between_the_verb_and_its_object_in_french():
    # the French model hangs "la raffinerie" on "mardi" or leaves it a bare oblique
    assert targets("Des drones ukrainiens ont frappé mardi la raffinerie de Syzran, a indiqué le gouverneur.",
                   "frappé", "fr") == [("OilRefinery", "raffinerie de Syzran", "Syzran")]
    assert targets("Des missiles russes ont frappé vendredi des infrastructures énergétiques dans la région de Lviv.",
                   "frappé", "fr") == [("EnergyInfrastructure", "infrastructures énergétiques", None)]


def test_noun_phrases_participles_and_falls_in_french():
    assert targets("Une frappe de drones contre le port d'Odessa a endommagé des terminaux céréaliers.", "frappe",
                   "fr") == [("Port", "port d'Odessa", "Odessa"), ("Port", "terminaux céréaliers", None)]
    assert targets("Une frappe de missiles contre la centrale thermique de Ladyjyn a provoqué un incendie.",
                   "frappe", "fr")[0][:1] == ("PowerPlant",)
    assert targets("Le dépôt pétrolier de Rovenki, frappé par des drones, brûlait encore samedi.", "frappé", "fr") == [
        ("FuelDepot", "dépôt pétrolier de Rovenki", "Rovenki")]
    assert targets("Un drone s'est écrasé sur une maison du village de Lipki vendredi.", "écrasé", "fr") == [
        ("ResidentialBuilding", "maison", None)]


def test_what_is_no_target_in_french():
    assert targets("Un obus est tombé près d'une école à Kherson mercredi.", "tombé", "fr") == []
    assert targets("Une frappe de drones sur Kharkiv a soufflé lundi les vitres d'un jardin d'enfants.", "frappe",
                   "fr") == []
    assert targets("La défense antiaérienne a abattu 15 drones qui visaient la raffinerie de Volgograd.", "visaient",
                   "fr") == []
    assert targets("Des drones ont tenté de frapper lundi le terminal pétrolier de Novorossiisk.", "frapper", "fr") == []
    assert targets("Le missile n'a pas touché la centrale.", "touché", "fr") == []


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Un missile a touché un immeuble de bureaux.", None),
    ("fr", "Un missile a touché un immeuble administratif.", "GovernmentBuilding"),
    ("en", "A missile hit an office building.", None),
    ("en", "A missile hit a tank.", None),
    ("en", "A missile hit an oil tank.", "FuelDepot"),
    ("en", "A missile hit a fire station.", "CivilianBuilding"),
    ("en", "A missile hit a water pumping station.", None),
    ("fr", "Un obus a touché une caserne de pompiers.", "CivilianBuilding"),
    ("fr", "Un obus a touché une caserne.", "MilitaryPosition"),
    ("fr", "Un drone a touché la gare routière.", None),
])
def test_the_word_table_decides_by_the_noun_and_its_modifiers(lang, text, expected):
    doc = load_pipeline(lang)(text)
    words = target_words(lang)
    heads = [t for t in doc if t.dep_ in ("obj", "dobj")]
    assert heads and words.concept(heads[0]) == expected


def test_participles_of_the_clause_and_modifiers_one_level_down():
    assert targets("Drones struck the Morozovsk air base overnight, hitting a depot of guided glide bombs and a fuel "
                   "storage site.", "struck") == [("Airbase", "Morozovsk air base", "Morozovsk"),
                                                  ("AmmunitionDepot", "depot of guided glide bombs", None),
                                                  ("FuelDepot", "storage site", None)]
    assert targets("Israeli jets bombed the port of Hodeidah on Tuesday, targeting the docks and a power plant.",
                   "bombed") == [("Port", "port of Hodeidah", "Hodeidah"), ("PowerPlant", "power plant", None)]
    assert [c for c, _, _ in targets("Des drones ont attaqué lundi la base aérienne de Morozovsk, touchant un dépôt "
                                     "d'obus et un site de stockage de carburant.", "attaqué", "fr")] == [
        "Airbase", "AmmunitionDepot", "FuelDepot"]
    # a participle of another clause is not the attack's: "killing" hits nothing either
    assert targets("Russian forces shelled Kherson on Tuesday, killing two people.", "shelled") == []


def test_repairs_of_the_parse_of_a_facility():
    # the second noun phrase hung on the first one's complement
    assert [c for c, _, _ in targets("Deux bombes ont touché un immeuble de cinq étages et un centre commercial du "
                                     "quartier de Saltivka.", "touché", "fr")] == ["ResidentialBuilding", "Market"]
    # the town behind a place noun; the name parsed as a second object
    assert targets("Drones struck the main power station in the city of Kosti on Sunday.", "struck")[0][2] == "Kosti"
    assert targets("Des drones ont frappé mardi la centrale thermique de la ville de Kourakhove.", "frappé",
                   "fr")[0][2] == "Kourakhove"
    assert targets("Ukrainian drones attacked the Millerovo airfield on Thursday.", "attacked") == [
        ("Airbase", "Millerovo airfield", "Millerovo")]
    # a plural names no facility
    assert targets("Russian drones hit Kyiv homes on Friday.", "hit") == [("ResidentialBuilding", "Kyiv homes", None)]


def test_the_object_read_as_a_second_subject_of_the_speech_verb_in_french():
    assert targets("Des drones ont frappé vendredi la sous-station principale de la ville de Koursk, a indiqué le "
                   "gouverneur régional.", "frappé", "fr") == [
        ("Substation", "sous-station principale de la ville de Koursk", "Koursk")]
