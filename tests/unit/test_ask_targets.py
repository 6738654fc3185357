"""`kg ask` reads what the attacks hit (a `target` slot) from the labels of the target-type scheme
(ontology/targets.ttl), only where the syntax puts the attacks' object ("on", "against", "hit",
"contre", "sur", "frappées"…), and gives it to event_timeline/event_count; every other query
refuses it (its answer would be broader than asked). One facility ("the refinery") needs its town;
a count of targets is no count of attacks; a demonym beside a military target is refused."""
from __future__ import annotations

import pytest
from rdflib.namespace import SKOS

from kg.query.ask import UnmappedQuestion, map_question
from kg.query.ask_tables import ask_words
from kg.query.question_targets import is_broad, is_military, plural_en, plural_fr, target_words
from kg.query.run import _concept_key, target_concepts
from kg.rdf.namespace import TARGET_TYPE
from kg.rdf.ontology import ontology_graph
from tests.question_suite import TODAY


@pytest.mark.parametrize("label,plural", [("refinery", "refineries"), ("power plant", "power plants"),
                                          ("barracks", "barracks"), ("bridge", "bridges"),
                                          ("military facility", "military facilities")])
def test_english_plurals(label, plural):
    assert plural_en(label) == plural


@pytest.mark.parametrize("label,plural", [("centrale électrique", "centrales électriques"), ("hôpital", "hôpitaux"),
                                          ("dépôt de carburant", "dépôts de carburant"),
                                          ("immeuble d'habitation", "immeubles d'habitation"),
                                          ("sous-station", "sous-stations"), ("réseau électrique", "réseaux électriques"),
                                          ("terminal pétrolier", "terminaux pétroliers"), ("positions", "positions")])
def test_french_plurals(label, plural):
    assert plural_fr(label) == plural


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_target_words_are_the_schemes_labels(lang):
    """One source: every label of the language (but the descriptions joining two kinds) is a target
    word of the concept that has it, every target word is a label or its plural, and the value the
    reader gives is one the queries' target parameter resolves."""
    g = ontology_graph()
    words = target_words(lang)
    concepts = target_concepts()
    labels = set()
    for concept in set(g.subjects(SKOS.inScheme, TARGET_TYPE[""])):
        name = str(concept)[len(str(TARGET_TYPE)):]
        for label in (*g.objects(concept, SKOS.prefLabel), *g.objects(concept, SKOS.altLabel)):
            if label.language != lang or " or " in f" {label} " or " ou " in f" {label} ":
                continue
            labels.add(str(label).lower())
            assert words[str(label).lower()].concept == name
    plural = plural_fr if lang == "fr" else plural_en
    assert set(words) == labels | {plural(x) for x in labels}
    for form, word in words.items():
        assert str(concepts[_concept_key(word.concept)]) == str(TARGET_TYPE[word.concept]), form


def test_the_question_tables_list_no_target_word_of_the_scheme():
    """words.tsv keeps only the words that name no one kind ("depot", "plant", "centrale")."""
    for lang in ("en", "fr"):
        assert not ask_words(lang).targets & set(target_words(lang)), lang
        assert {"depot", "plant", "centrale"} & (ask_words("en").targets | ask_words("fr").targets)


def test_the_narrower_labels_are_labels_of_the_scheme():
    """target_narrower rows qualify the scheme's labels, they add no word of their own."""
    for lang in ("en", "fr"):
        narrower = ask_words(lang).target_narrower
        assert narrower and narrower <= set(target_words(lang)), narrower - set(target_words(lang))


def test_broad_and_military_kinds_come_from_the_scheme():
    assert is_broad("EnergyInfrastructure") and is_broad("MilitaryTarget") and not is_broad("OilRefinery")
    assert is_military("Airbase") and is_military("MilitaryTarget") and not is_military("Port")


@pytest.mark.parametrize("q,params", [
    ("attacks against hospitals in Sumy", {"country": "Sumy", "target": "Hospital"}),
    ("strikes that hit bridges in Kherson Oblast", {"country": "Kherson Oblast", "target": "Bridge"}),
    ("warehouses struck by missiles in Lviv", {"country": "Lviv", "type": "MissileStrike", "target": "Warehouse"}),
    ("the shelling of the market in Kherson", {"country": "Kherson", "type": "Shelling", "target": "Market"}),
    ("les frappes visant des infrastructures ferroviaires en Ukraine", {"country": "UA", "target": "Railway"}),
    ("écoles touchées par des bombardements au Liban", {"country": "LB", "target": "School"}),
    ("attaques de drones contre les infrastructures énergétiques ukrainiennes",
     {"country": "UA", "type": "DroneStrike", "target": "EnergyInfrastructure"}),
    ("frappes sur l'aéroport de Kharkiv", {"country": "Kharkiv", "target": "Airport"}),
])
def test_a_target_where_the_syntax_puts_the_attacks_object(q, params):
    m = map_question(q, TODAY)
    assert m.query == "event_timeline" and m.params == params


@pytest.mark.parametrize("q,params", [
    ("how many drone attacks on the Saratov refinery", {"country": "Saratov", "type": "DroneStrike",
                                                        "target": "OilRefinery"}),
    ("combien de frappes contre la raffinerie de Saratov", {"country": "Saratov", "target": "OilRefinery"}),
    ("how many strikes on the port in Mykolaiv", {"country": "Mykolaiv", "target": "Port"}),
])
def test_a_named_facility_is_its_type_at_its_town(q, params):
    """As the build mints a facility from its town and type, "the Saratov refinery" is the type at
    the town: the same limit (two refineries of one town are one facility)."""
    m = map_question(q, TODAY)
    assert (m.query, m.params) == ("event_count", params)


@pytest.mark.parametrize("q,params", [
    ("how many times were oil depots in Crimea attacked", {"country": "Crimea", "target": "FuelDepot"}),
    ("how often were refineries in Russia hit by drones",
     {"country": "RU", "type": "DroneStrike", "target": "OilRefinery"}),
    ("combien de fois des dépôts de carburant ont-ils été frappés en Crimée", {"country": "Crimea", "target": "FuelDepot"}),
])
def test_how_many_times_a_target_was_hit_counts_attacks(q, params):
    """"how many times", "how often", "combien de fois" count attacks, whatever follows; a place
    may stand between the target and its passive ("oil depots in Crimea attacked")."""
    m = map_question(q, TODAY)
    assert (m.query, m.params) == ("event_count", params)


@pytest.mark.parametrize("q,reason", [
    ("how many strikes on the power plant", "names one facility"),  # which one?
    ("frappes contre l'hôpital en Ukraine", "names one facility"),  # a country is no facility's town
    ("how many hospitals were hit in Gaza", "counts attacks, not"),
    ("combien d'écoles ont été frappées au Liban", "counts attacks, not"),
    ("how many Ukrainian power plants were hit in May", "counts attacks, not"),
    ("combien de raffineries russes ont été frappées", "counts attacks, not"),
    ("attacks on the Lukoil refinery", "refinery"),  # a facility named by its company, not its town
    ("strikes on Ukrainian positions", "military target"),  # whose, not where
    ("frappes contre des aérodromes russes", "military target"),
    ("strikes near a school in Kharkiv", "no target"),  # "near" is no hit
    ("frappes près d'une école à Kharkiv", "no target"),
    ("attacks on the plant in Kharkiv", "no one kind"),
    ("frappes sur le dépôt de Kharkiv", "no one kind"),
    ("strikes on schools and hospitals in Gaza", "target"),
    ("strikes on nuclear power plants in Ukraine", "by kind"),  # a PowerPlant, but not every PowerPlant is one
    ("frappes contre des pétroliers en mer Noire", "by kind"),  # a Ship
    ("attacks on pipelines in Russia", "by kind"),  # an EnergyInfrastructure: far broader
    ("frappes sur des maisons à Kharkiv", "by kind"),  # a ResidentialBuilding, with the blocks of flats
])
def test_targets_that_cannot_be_answered_exactly_are_refused(q, reason):
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert reason in exc.value.reason


@pytest.mark.parametrize("q,query", [
    ("what did Ukraine say about strikes on power plants", "who_said_what"),
    ("qu'a dit Kiev des frappes contre les centrales électriques", "who_said_what"),
    ("how many people were injured in strikes on schools in Kharkiv", "casualties"),
    ("combien de drones ont été abattus au-dessus de la raffinerie de Riazan", "interceptions"),
    ("who claimed the attack on the port of Hodeidah", "claims"),
    ("qui a accusé la Russie des frappes contre des hôpitaux", "accusations"),
])
def test_queries_without_a_target_parameter_refuse_a_target(q, query):
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert f"{query} takes no target" in exc.value.reason


def test_a_target_label_with_an_attack_word_in_it_is_the_target():
    """"air base", "bases aériennes": "air"/"aériennes" are the target's, not an air strike."""
    m = map_question("drone strikes on air bases in Crimea", TODAY)
    assert m.params == {"country": "Crimea", "type": "DroneStrike", "target": "Airbase"}
    m = map_question("frappes de drones sur des bases aériennes en Crimée", TODAY)
    assert m.params == {"country": "Crimea", "type": "DroneStrike", "target": "Airbase"}


@pytest.mark.parametrize("q,place", [("How many drone strikes on Port Sudan?", "Port Sudan"),
                                     ("Combien de frappes de drones à Port-Soudan ?", "Port Sudan")])
def test_a_place_whose_name_holds_a_target_word_stays_a_place(q, place):
    assert map_question(q, TODAY).params == {"country": place, "type": "DroneStrike"}


@pytest.mark.parametrize("text,word,inside", [("statements by the White House on Kyiv", "House", True),
                                              ("selon la Maison Blanche", "Maison", True),
                                              ("strikes on the Odesa Port", "Port", False),
                                              ("strikes on houses", "houses", False)])
def test_a_target_word_in_an_actors_name_is_no_target(text, word, inside):
    """"the White House", "la Maison Blanche": an actor's name holds a target label, read as no target."""
    from kg.query.question_reader import _in_actor_name, _Rest

    a = text.index(word)
    assert _in_actor_name(_Rest(text, 0, len(text)), a, a + len(word)) is inside
