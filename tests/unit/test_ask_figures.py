"""`kg ask` frames of issue 20: casualty figures (`casualties`), weapons launched and shot down
(`interceptions`) and claims and denials (`claims`), in English and French; every slot a
question fills is a parameter of the query that runs, and what none can take (who the
victims were, a target, a perpetrator, rockets apart from shells) is refused with the reason.
The suite's rows are in tests/data/questions.tsv (the `ask20` block)."""
from __future__ import annotations

import pytest

from kg.query.ask import UnmappedQuestion, map_question
from kg.query.ask_tables import measure_values
from tests.question_suite import TODAY


@pytest.mark.parametrize("q,query,params", [
    # the issue's own examples
    ("how many drones were shot down over Russia in May 2024", "interceptions",
     {"country": "RU", "weapon": "DroneStrike", "from": "2024-05-01", "to": "2024-05-31", "action": "intercepted"}),
    ("combien de drones ont été abattus au-dessus de la région de Belgorod ?", "interceptions",
     {"country": "Belgorod Oblast", "weapon": "DroneStrike", "action": "intercepted"}),
    ("what did the Russian defence ministry say it intercepted", "interceptions",
     {"reporter": "Ministry of Defence of the Russian Federation", "action": "intercepted"}),
    ("how many people were killed in strikes on Odesa in May 2024", "casualties",
     {"country": "Odesa", "from": "2024-05-01", "to": "2024-05-31", "kind": "killed"}),
    ("combien de morts dans les frappes sur Kharkiv en 2024 ?", "casualties",
     {"country": "Kharkiv", "from": "2024-01-01", "to": "2024-12-31", "kind": "killed"}),
    ("quel bilan pour l'attaque sur Odessa", "casualties", {"country": "Odesa"}),
    ("qui a revendiqué l'attaque contre Eilat ?", "claims", {"country": "Eilat", "act": "Claim"}),
    ("qui a nié la frappe sur Ashdod", "claims", {"country": "Ashdod", "act": "Denial"}),
    # other wordings: invented places and periods
    ("What were the casualties of the shelling of Nikopol last week?", "casualties",
     {"country": "Nikopol", "type": "Shelling", "from": "2024-06-03", "to": "2024-06-09"}),
    ("Combien de personnes ont été blessées dans les frappes de drones sur Soumy depuis mars ?", "casualties",
     {"country": "Sumy", "type": "DroneStrike", "from": "2024-03-01", "kind": "injured"}),
    ("How many missiles did Ukraine's air force say it had shot down over Lviv?", "interceptions",
     {"country": "Lviv", "weapon": "MissileStrike", "reporter": "Ukrainian Air Force", "action": "intercepted"}),
    ("Combien de missiles ont été tirés sur Kiev selon l'Ukraine ?", "interceptions",
     {"country": "Kyiv", "weapon": "MissileStrike", "reporter": "UA", "action": "launched"}),
    ("Which group claimed responsibility for the missile strike on Tel Aviv?", "claims",
     {"country": "Tel Aviv", "type": "MissileStrike", "act": "Claim"}),
    ("Le Hezbollah a-t-il nié l'attaque de drones contre Haïfa ?", "claims",
     {"country": "Haifa", "type": "DroneStrike", "act": "Denial", "speaker": "Hezbollah"}),
    # a phrase without a question word, and the attack as what the dead followed
    ("drones downed over the Kursk region last week", "interceptions",
     {"country": "Kursk Oblast", "weapon": "DroneStrike", "from": "2024-06-03", "to": "2024-06-09",
      "action": "intercepted"}),
    ("les missiles tirés sur Kiev en mai 2024", "interceptions",
     {"country": "Kyiv", "weapon": "MissileStrike", "from": "2024-05-01", "to": "2024-05-31", "action": "launched"}),
    ("How many deaths were reported after the drone strike on Zaporizhzhia?", "casualties",
     {"country": "Zaporizhzhia", "type": "DroneStrike", "kind": "killed"}),
    ("combien de blessés après la frappe de missiles sur Poltava", "casualties",
     {"country": "Poltava", "type": "MissileStrike", "kind": "injured"}),
])
def test_figure_and_claim_questions(q, query, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == (query, params)


@pytest.mark.parametrize("q,part", [
    ("who claimed the strike on the Ryazan refinery", "target"),
    ("qui a revendiqué l'attaque contre la raffinerie de Riazan", "target"),
    ("How many people were killed in the strike on the Odesa port?", "target"),  # the linker reads "Odesa port" as Odesa
    ("Combien de morts dans la frappe sur l'aérodrome de Millerovo ?", "target"),
    ("How many civilians were killed in air strikes on Gaza?", "who they were"),
    ("combien d'enfants ont été tués dans les frappes sur Gaza", "who they were"),
    ("How many rockets were intercepted over Israel?", "rockets and shells"),
    ("combien d'obus ont été tirés sur Kherson", "rockets and shells"),
    ("How many Ukrainian drones were shot down over Russia?", "perpetrator"),
    ("qui a revendiqué les frappes russes sur Kharkiv", "perpetrator"),
])
def test_what_no_query_of_these_frames_takes_is_refused_with_the_reason(q, part):
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert part in exc.value.reason


@pytest.mark.parametrize("q", ["How many drones did Russia shoot down over Belgorod?",  # who shot down: not recorded
                               "combien de drones la Russie a-t-elle abattus"])
def test_who_shot_down_is_not_read_as_who_reported(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


def test_a_place_whose_name_holds_a_target_word_is_that_place():
    assert map_question("How many people were killed in strikes on Port Sudan?", TODAY).params == {
        "country": "Port Sudan", "kind": "killed"}


def test_a_count_of_attacks_stays_a_count_of_attacks():
    """"how many drone strikes were launched" counts strikes (event_count), not drones."""
    assert map_question("les frappes lancées sur Kiev", TODAY).query == "event_timeline"
    m = map_question("how many drone strikes were launched at Kyiv", TODAY)
    assert (m.query, m.params) == ("event_count", {"country": "Kyiv", "type": "DroneStrike"})
    m = map_question("combien de frappes de drones sur Kiev en mai 2024", TODAY)
    assert m.query == "event_count"


@pytest.mark.parametrize("text,lang,asks,values", [
    ("dead or hurt", "en", "casualties", {"killed", "injured"}),
    ("death toll", "en", "casualties", {"killed"}),
    ("morts et de blessés", "fr", "casualties", {"*"}),
    ("blessés", "fr", "casualties", {"injured"}),
    ("launched and shot down", "en", "interceptions", {"*"}),
    ("abattus", "fr", "interceptions", {"intercepted"}),
    ("denied responsibility for", "en", "claims", {"Denial"}),
    ("revendiqué", "fr", "claims", {"Claim"}),
    ("claimed", "en", "casualties", set()),  # a claim word measures no casualties
    ("admitted responsibility for", "en", "claims", {"Claim"}),
    ("rejeté toute responsabilité dans", "fr", "claims", {"Denial"}),
])
def test_measure_words(text, lang, asks, values):
    assert measure_values(text, lang, asks) == values


@pytest.mark.parametrize("q,measure", [
    ("how many people were killed or injured in strikes on Odesa", None),
    ("combien de tués et de blessés dans les frappes sur Odessa", None),
    ("who claimed or denied the attacks on Israel", None),
    ("how many wounded in strikes on Odesa", "injured"),
])
def test_two_measures_joined_ask_for_both(q, measure):
    m = map_question(q, TODAY)
    assert m.params.get("kind", m.params.get("act")) == measure


@pytest.mark.parametrize("q", ["How many drones did Russia launch at Ukraine in May?",
                               "combien de drones l'Ukraine a-t-elle lancés sur Moscou",
                               "Combien de missiles l'Iran a-t-il tirés sur Israël ?"])
def test_a_count_of_weapons_someone_launched_is_no_count_of_attacks(q):
    """event_count counts attacks, not the drones of them; interceptions takes no launcher."""
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert "count of weapons" in exc.value.reason


@pytest.mark.parametrize("q,params", [
    ("how many times did drones hit Kyiv", {"country": "Kyiv", "type": "DroneStrike"}),
    ("how many shelling incidents in Kherson in May 2024",
     {"country": "Kherson", "type": "Shelling", "from": "2024-05-01", "to": "2024-05-31"}),
    ("how many missile attacks were launched at Kyiv", {"country": "Kyiv", "type": "MissileStrike"}),
])
def test_counts_of_attacks_named_by_their_weapon_stay_counts_of_attacks(q, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == ("event_count", params)
