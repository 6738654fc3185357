"""`kg ask`: names of persons, organisations, places and weapons as questions write them
(tests/data/questions_more.tsv, split more7): French spellings of persons the tables do not
know (their English spelling, or a refusal when it cannot be settled), names of curated actors
the build's tables lack (CGRI, Tatmadaw), organisations no table knows (refused, never a
broader speaker), places the graph lacks (refused with that reason), weapon models (refused:
the graph types attacks by kind, not by model), and French authors after an article ("l'armée birmane a-t-elle menées")."""
from __future__ import annotations

import pytest

from kg.query.ask import UnmappedQuestion, map_question
from kg.query.question_spelling_persons import english_spelling
from tests.question_suite import TODAY


@pytest.mark.parametrize("french,english", [
    ("Sergueï Sobianine", "Sergei Sobyanin"),
    ("Iouri Ouchakov", "Yuri Ushakov"),
    ("Viatcheslav Gladkov", "Vyacheslav Gladkov"),
    ("Vassili Goloubev", "Vasily Golubev"),
    ("Alexandre Bogomaz", "Alexander Bogomaz"),
    ("Evgueni Prigojine", "Yevgeny Prigozhin"),
    ("Valeri Guerassimov", "Valery Gerasimov"),
    ("Kyrylo Boudanov", "Kyrylo Budanov"),  # a Ukrainian surname: the given name is the same
    ("Antonio Guterres", "Antonio Guterres"),  # spelt the same in both
    ("Ramzan Kadyrov", "Ramzan Kadyrov"),
    ("Vyacheslav Gladkov", "Vyacheslav Gladkov"),  # an English spelling in a French question
])
def test_the_english_spelling_of_a_french_spelt_name(french, english):
    assert english_spelling(french) == english


@pytest.mark.parametrize("name", [
    "Vassili Nebenzia",  # English news writes Nebenzia and Nebenzya
    "Igor Konachenkov",  # no mark of either language, and "ch" reads sh in French, ch in English
    "Charles Michel",
    "Abdel Fattah al-Bourhane",  # French-spelt, not Russian or Ukrainian: no rules for it
    "Mahmoud Abbas",
    "Sergueï Shoigu",  # half French, half English
])
def test_a_spelling_the_rules_cannot_settle_gives_nothing(name):
    assert english_spelling(name) is None


@pytest.mark.parametrize("q,query,params", [
    ("Qu'a dit le gouverneur Vassili Goloubev sur les attaques de drones dans l'oblast de Rostov ?", "who_said_what",
     {"speaker": "Vasily Golubev", "type": "DroneStrike", "country": "Rostov Oblast"}),
    ("Toutes les déclarations de Sergueï Sobianine", "actor_statements", {"actor": "Sergei Sobyanin"}),
    ("Qu'a dit Antonio Guterres sur les frappes aériennes au Soudan ?", "who_said_what",
     {"speaker": "Antonio Guterres", "type": "AirStrike", "country": "SD"}),
    ("What did Vyacheslav Gladkov say about drone strikes?", "who_said_what",
     {"speaker": "Vyacheslav Gladkov", "type": "DroneStrike"}),
])
def test_a_person_in_a_french_question_is_asked_by_the_english_spelling(q, query, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == (query, params)


@pytest.mark.parametrize("q", [
    "Qu'a dit Vassili Nebenzia sur les frappes ?",
    "Qu'a dit Mahmoud Abbas sur les frappes à Gaza ?",
    "Qu'a dit la Défense Civile sur les frappes ?",  # capitalised words, no person
])
def test_a_person_whose_spelling_cannot_be_settled_is_refused(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


@pytest.mark.parametrize("q,query,params", [
    ("Qu'a dit le CGRI sur les frappes en Iran en avril ?", "who_said_what",
     {"speaker": "Islamic Revolutionary Guard Corps", "country": "IR", "from": "2024-04-01", "to": "2024-04-30"}),
    ("Quelles attaques ont été revendiquées par le CGRI ?", "claims",
     {"act": "Claim", "speaker": "Islamic Revolutionary Guard Corps"}),
    ("What did the Pasdarans say?", "actor_statements", {"actor": "Islamic Revolutionary Guard Corps"}),
    # the build's Myanmar junta is the Myanmar armed forces (dev2's convention: one actor)
    ("Attacks by the Tatmadaw in 2024", "event_timeline",
     {"perpetrator": "Myanmar military junta", "from": "2024-01-01", "to": "2024-12-31"}),
    ("Qu'a dit la junte birmane sur les frappes aériennes ?", "who_said_what",
     {"type": "AirStrike", "speaker": "Myanmar military junta"}),
    ("Which air strikes did the Myanmar junta carry out in 2024?", "event_timeline",
     {"type": "AirStrike", "from": "2024-01-01", "to": "2024-12-31", "perpetrator": "Myanmar military junta"}),
    ("Quelles frappes la junte birmane a-t-elle menées en 2024 ?", "event_timeline",
     {"from": "2024-01-01", "to": "2024-12-31", "perpetrator": "Myanmar military junta"}),
])
def test_names_of_curated_actors_the_build_s_tables_lack(q, query, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == (query, params)


@pytest.mark.parametrize("q", [
    "What did the junta say about air strikes in Sagaing?",  # which junta? a bare one only in an article's context
    "What did the Wagner Group say about drone attacks?",  # organisations no table knows
    "Qu'a dit le Réseau syrien des droits de l'homme sur les frappes en Syrie ?",
    "What did Russian state media say about drone attacks on Moscow?",  # never the state
])
def test_actors_no_table_knows_are_refused_never_broadened(q):
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert exc.value.reason


@pytest.mark.parametrize("q,speaker", [
    ("Qu'a dit l'Observatoire syrien des droits de l'homme sur les frappes en Syrie ?", "Syrian Observatory for Human Rights"),
    ("What did the Syrian Observatory for Human Rights say about strikes in Syria?", "Syrian Observatory for Human Rights"),
    ("Qu'a dit le Croissant-Rouge palestinien sur les frappes à Gaza ?", "Palestinian Red Crescent Society"),
    ("What did the Lebanese Red Cross say about strikes in Lebanon?", "Lebanese Red Cross"),
])
def test_an_organisation_named_with_a_nationality_is_that_organisation_never_the_state(q, speaker):
    m = map_question(q, TODAY)
    assert m.query == "who_said_what" and m.params["speaker"] == speaker


@pytest.mark.parametrize("q,place", [
    ("Attacks in Darfur last month", "Darfur"),
    ("Combien d'attaques au Darfour en 2024 ?", "Darfour"),
    ("Who said what about air strikes in Fars province?", "Fars"),
])
def test_a_place_the_graph_lacks_is_refused_with_that_reason(q, place):
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert exc.value.reason == f"no place of the graph is named {place!r}"


def test_an_unknown_lower_case_word_keeps_the_general_reason():
    with pytest.raises(UnmappedQuestion) as exc:
        map_question("attacks in kyiv by night", TODAY)
    assert "do not know what" in exc.value.reason


@pytest.mark.parametrize("q", [
    "Shahed-136 strikes on Kharkiv",
    "What did the Ukrainian air force say about Geran-2 drones?",
    "Attaques de drones de type Shahed contre Odessa",
    "Storm Shadow strikes on Crimea",
    "Frappes de missiles Storm Shadow en Crimée en 2024",
    "Which Iskander strikes hit Ukraine in 2024?",
    "Combien de Shahed ont frappé Kiev en mai ?",
    "How many Shaheds hit Kharkiv in May?",
])
def test_weapon_models_are_refused_not_read_as_their_kind(q):
    """The graph types attacks by kind, not by model: "Iskander strikes" answered with every
    missile strike would be broader than asked."""
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert "model" in exc.value.reason


@pytest.mark.parametrize("q,query,params", [
    ("Glide bomb attacks on Kharkiv", "event_timeline", {"type": "AirStrike", "country": "Kharkiv"}),
    ("Kamikaze drone attacks on Kyiv", "event_timeline", {"type": "DroneStrike", "country": "Kyiv"}),
    ("What did the Qassam Brigades say about attacks?", "who_said_what", {"speaker": "Al-Qassam Brigades"}),
    ("Frappes de missiles balistiques sur Kiev", "event_timeline", {"type": "MissileStrike", "country": "Kyiv"}),
])
def test_kinds_of_weapon_and_names_that_are_no_model(q, query, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == (query, params)


@pytest.mark.parametrize("q,query,params", [
    ("Quelles frappes aériennes l'armée birmane a-t-elle menées ?", "event_timeline",
     {"perpetrator": "Myanmar military junta", "type": "AirStrike"}),
    ("Quelles attaques le Hezbollah a-t-il menées contre Israël ?", "event_timeline",
     {"perpetrator": "Hezbollah", "country": "IL"}),
    ("Les attaques dont le Hezbollah est accusé", "attributed_events", {"actor": "Hezbollah"}),
    ("Which attacks did the Myanmar military carry out?", "attributed_events", {"actor": "Myanmar military junta"}),
])
def test_an_author_after_an_article_in_french(q, query, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == (query, params)


@pytest.mark.parametrize("q", ["Quelles frappes les rebelles ont-ils menées à Kiev ?"])
def test_a_french_author_no_table_knows_is_refused(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


@pytest.mark.parametrize("q,speaker", [
    ("Qu'a dit l'ayatollah Khameneï sur les frappes aériennes ?", "Ali Khamenei"),
    ("What did Rear Admiral Daniel Hagari say about rocket fire?", "Daniel Hagari"),
    ("Qu'a dit le contre-amiral Daniel Hagari sur les tirs de roquettes ?", "Daniel Hagari"),
    ("What did Secretary-General Antonio Guterres say about air strikes in Sudan?", "Antonio Guterres"),
    ("Qu'a dit le secrétaire général Antonio Guterres sur les frappes au Soudan ?", "Antonio Guterres"),
])
def test_titles_before_a_name(q, speaker):
    assert map_question(q, TODAY).params["speaker"] == speaker


@pytest.mark.parametrize("q", ["What did the supreme leader say?", "What did the admiral say?",
                               "Qu'a dit le secrétaire général sur les frappes ?"])
def test_a_title_alone_is_no_speaker(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


@pytest.mark.parametrize("q,params", [
    ("what did the iaea say", {"actor": "International Atomic Energy Agency"}),
    ("qu'a dit le cgri", {"actor": "Islamic Revolutionary Guard Corps"}),
    ("what did the us say about strikes in yemen", {"speaker": "US", "country": "YE"}),
    ("qu'a dit l'onu sur les frappes au soudan", {"speaker": "United Nations", "country": "SD"}),
])
def test_an_acronym_in_a_lower_case_question(q, params):
    assert map_question(q, TODAY).params == params


@pytest.mark.parametrize("q", ["what did us say", "what did the dod say", "what did the odesa say"])
def test_a_lower_case_word_that_is_no_acronym_of_an_actor_is_refused(q):
    """"us" without an article is a pronoun; a town is no speaker, in capitals or not."""
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


@pytest.mark.parametrize("q,speaker", [
    ("What did Dmitriy Peskov say about attacks?", "Dmitry Peskov"),  # folded as the build folds it
    ("What did Dmitrii Peskov say about attacks?", "Dmitry Peskov"),
    ("What did Taras Melnyk say about attacks?", "Taras Melnyk"),  # both models read a person
    ("What did Alexei Smirnov say about drone attacks?", "Alexei Smirnov"),
    ("What did Moscow Mayor Sergei Sobyanin say about drone attacks?", "Sergei Sobyanin"),
    ("What did Belgorod Governor Vyacheslav Gladkov say about shelling?", "Vyacheslav Gladkov"),
    ("What did Israeli army spokesman Daniel Hagari say?", "Daniel Hagari"),
    ("Qu'a dit le gouverneur Vassili Goloubev ?", "Vasily Golubev"),
])
def test_persons_by_other_spellings_and_after_a_place_and_title(q, speaker):
    params = map_question(q, TODAY).params
    assert params.get("speaker", params.get("actor")) == speaker


@pytest.mark.parametrize("q", [
    "What did Iron Dome say about attacks?",
    "What did the Zorvan Liberation Army say about attacks?",  # an army no table knows: its name is no person (the Arakan Army is in the tables since ask5)
    "What did Rybar Channel say about attacks?",
    "What did Patriot Battery say about attacks?",
    # "What did Moscow Mayor say about drone attacks?" (a title without a name) is no person either; since ask6 it is
    # the office of Moscow's mayor, the city's administration (tests/unit/test_ask_kinds17.py)
])
def test_organisations_and_titles_are_no_person(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)
