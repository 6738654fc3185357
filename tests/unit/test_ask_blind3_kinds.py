"""`kg ask`: the kinds of question the third blind suite's tune part showed unread
(tests/data/questions_blind3.tsv, tune3), each in other wordings of both languages: what an
accuser blamed someone for ("What has Kyiv blamed Russia for?", "De quoi la Russie
accuse-t-elle l'Ukraine ?"), accusations "over attacks", attacks an actor "is said to have
carried out" / "aurait menées", "according to the articles", "show me what X said",
"montre-moi ce qu'a dit X"."""
from __future__ import annotations

import pytest

from kg.query.ask import UnmappedQuestion, map_question
from tests.question_suite import TODAY


@pytest.mark.parametrize("q,params", [
    ("What has Russia accused Ukraine of?", {"by": "RU", "against": "UA"}),
    ("What did the Houthis blame the United States for?", {"by": "Houthis", "against": "US"}),
    ("What is Ukraine accused of?", {"against": "UA"}),
    ("What has Israel been accused of by Hezbollah?", {"by": "Hezbollah", "against": "IL"}),
    ("Who has the Kremlin accused over attacks?", {"by": "Kremlin"}),
    ("Whom did Israel blame for the strikes?", {"by": "IL"}),
    ("De quoi le Hezbollah accuse-t-il Israël ?", {"by": "Hezbollah", "against": "IL"}),
    ("De quoi l'Ukraine est-elle accusée ?", {"against": "UA"}),
    ("De quoi les Houthis sont-ils accusés par les États-Unis ?", {"by": "US", "against": "Houthis"}),
])
def test_what_someone_is_blamed_for(q, params):
    m = map_question(q, TODAY)
    got = {k: v.split(" (")[0] for k, v in m.params.items()}
    assert (m.query, got) == ("accusations", params)


@pytest.mark.parametrize("q", [
    "Who has Moscow accused over the drone strikes on Belgorod?",  # accusations take no kind or place
    "What has Kyiv blamed Russia for in May?",
    "De quoi la Russie accuse-t-elle l'Ukraine à Belgorod ?",
    "What has Kyiv blamed the weather for?",  # no actor
])
def test_accusations_narrowed_or_without_an_actor_are_refused(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


@pytest.mark.parametrize("q,query,params", [
    ("What attacks is Ukraine said to have carried out?", "attributed_events", {"actor": "UA"}),
    ("Which strikes is Israel reported to have launched in Syria?", "event_timeline", {"perpetrator": "IL", "country": "SY"}),
    ("Which attacks were the Houthis believed to have carried out in 2024?", "event_timeline",
     {"perpetrator": "Houthis", "from": "2024-01-01", "to": "2024-12-31"}),
    ("Quelles frappes l'Ukraine aurait-elle menées selon les articles ?", "attributed_events", {"actor": "UA"}),
    ("Quelles attaques Israël aurait menées au Liban selon la presse ?", "event_timeline", {"perpetrator": "IL", "country": "LB"}),
    ("Which attacks did Russia carry out according to the articles?", "attributed_events", {"actor": "RU"}),
])
def test_attacks_said_to_be_carried_out(q, query, params):
    m = map_question(q, TODAY)
    got = {k: v.split(" (")[0] for k, v in m.params.items()}
    assert (m.query, got) == (query, params)


@pytest.mark.parametrize("q", ["What attacks is the weather said to have carried out?",
                               "Quelles frappes la météo aurait-elle menées ?"])
def test_no_actor_said_to_carry_out_attacks_is_refused(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


@pytest.mark.parametrize("q,params", [
    ("Show me what Zakharova said about drone strikes on Russian territory",
     {"speaker": "Maria Zakharova", "type": "DroneStrike", "country": "RU"}),
    ("Show me what the Kremlin has said about attacks on Moscow", {"speaker": "Kremlin", "country": "Moscow"}),
    ("Montre-moi ce qu'a dit Zakharova sur les frappes de drones", {"speaker": "Maria Zakharova", "type": "DroneStrike"}),
    ("Dis-moi ce que le Kremlin a dit sur les frappes de drones", {"speaker": "Kremlin", "type": "DroneStrike"}),
])
def test_show_me_what_someone_said(q, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == ("who_said_what", params)


@pytest.mark.parametrize("q,query", [
    ("Show me the timeline of missile strikes in Israel", "event_timeline"),
    ("Show me the accusations against the Houthis", "accusations"),
    ("Montre-moi les frappes de drones sur Kiev", "event_timeline"),
])
def test_show_me_before_other_questions(q, query):
    assert map_question(q, TODAY).query == query


@pytest.mark.parametrize("q,day", [
    ("Quelles attaques ont eu lieu en Birmanie le quatorze octobre 2024 ?", "2024-10-14"),
    ("Attaques sur Kiev le premier mai 2024", "2024-05-01"),
    ("Attaques sur Kiev le vingt et un mai 2024", "2024-05-21"),
    ("Attaques sur Kiev le vingt-deux mai 2024", "2024-05-22"),
    ("Attacks on Kyiv on the fourteenth of October 2024", "2024-10-14"),
    ("Attacks on Kyiv on October twenty-first 2024", "2024-10-21"),
    ("Attacks on Kyiv on May the first 2024", "2024-05-01"),
])
def test_a_day_in_words(q, day):
    m = map_question(q, TODAY)
    assert (m.params["from"], m.params["to"]) == (day, day)


@pytest.mark.parametrize("q", ["Qu'a dit le premier ministre israélien sur les frappes de mai ?",  # no month after
                               "Attacks on Kyiv on the fourteenth"])  # no month: not read
def test_number_words_away_from_a_month_are_not_days(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


@pytest.mark.parametrize("q,cls", [
    ("What did the Russian Defence Ministry say about dron attacks in Krasnodar Krai?", "DroneStrike"),
    ("Combien de frappes de dron sur Koursk en mai ?", "DroneStrike"),
])
def test_a_four_letter_attack_word_missing_a_letter_beside_an_attack_word(q, cls):
    assert map_question(q, TODAY).params["type"] == cls


@pytest.mark.parametrize("q", ["What has been done about strikes on Kyiv?", "dron in Kyiv"])
def test_a_four_letter_word_away_from_attack_words_is_not_corrected(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


@pytest.mark.parametrize("q,name", [
    ("What has the UN said about shelling in Fars Province?", "Fars Province"),
    ("Frappes à Kamanyola en 2024", "Kamanyola"),
])
def test_the_whole_name_of_a_place_the_graph_lacks_is_given(q, name):
    with pytest.raises(UnmappedQuestion) as exc:
        map_question(q, TODAY)
    assert exc.value.reason == f"no place of the graph is named {name!r}"


@pytest.mark.parametrize("q,query,params", [
    ("What has the UN said about shelling in North Darfur?", "who_said_what",
     {"country": "North Darfur", "type": "Shelling", "speaker": "United Nations"}),
    ("Frappes au Nord-Darfour en 2024", "event_timeline",
     {"country": "North Darfur", "from": "2024-01-01", "to": "2024-12-31"}),
])
def test_a_state_of_sudan_the_regions_table_holds_is_answered(q, query, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == (query, params)


@pytest.mark.parametrize("q,day", [
    ("Which articles reported the drone attack on Moscow on 30/05/2023?", "2023-05-30"),
    ("Which articles reported the drone attack on Moscow on 05/30/2023?", "2023-05-30"),
])
def test_an_english_day_in_figures_that_only_one_order_allows(q, day):
    assert map_question(q, TODAY).params["date"] == day


def test_an_english_day_in_figures_either_order_allows_is_refused():
    with pytest.raises(UnmappedQuestion):
        map_question("Which articles reported the drone attack on Moscow on 5/11/2023?", TODAY)


@pytest.mark.parametrize("q,query,params", [
    ("tally of drone attacks on Moscow in 2024", "event_count",
     {"type": "DroneStrike", "country": "Moscow", "from": "2024-01-01", "to": "2024-12-31"}),
    ("Accusations levelled against Iran", "accusations", {"against": "IR"}),
])
def test_tallies_and_levelled_accusations(q, query, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == (query, params)


@pytest.mark.parametrize("q,query,params", [
    ("Les propos de Peskov sur les attaques de drones", "who_said_what",
     {"speaker": "Dmitry Peskov", "type": "DroneStrike"}),
    ("Quels propos le Kremlin a-t-il tenus ?", "actor_statements", {"actor": "Kremlin"}),
    ("Quelles sources parlent de l'attaque de drones contre Moscou le 30 mai 2023 ?", "sources_of_event",
     {"place": "Moscow", "type": "DroneStrike", "date": "2023-05-30"}),
    ("Qu'a dit le Kremlin à propos des frappes de drones ?", "who_said_what", {"speaker": "Kremlin", "type": "DroneStrike"}),
])
def test_propos_and_quelles_sources(q, query, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == (query, params)


def test_propos_with_no_attack_and_a_period_is_still_refused():
    with pytest.raises(UnmappedQuestion):
        map_question("Les propos du Kremlin en mai 2024", TODAY)


@pytest.mark.parametrize("q,params", [
    ("What did the Kremlin say in response to drone attacks on Moscow?",
     {"speaker": "Kremlin", "type": "DroneStrike", "country": "Moscow"}),
    ("What did the Kremlin say after the drone attack on Moscow?",
     {"speaker": "Kremlin", "type": "DroneStrike", "country": "Moscow"}),
    ("Qu'a dit le Kremlin après les frappes de drones sur Moscou ?",
     {"speaker": "Kremlin", "type": "DroneStrike", "country": "Moscow"}),
    ("Qu'a dit le Kremlin en réponse aux frappes de drones sur Moscou ?",
     {"speaker": "Kremlin", "type": "DroneStrike", "country": "Moscow"}),
    ("Who has spoken about the shelling of Belgorod?", {"type": "Shelling", "country": "Belgorod"}),
    ("Which actors talked about drone strikes in Russia?", {"type": "DroneStrike", "country": "RU"}),
])
def test_statements_after_or_in_response_to_attacks(q, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == ("who_said_what", params)


@pytest.mark.parametrize("q", [
    "What did the Kremlin say after May 2024?",  # a date, not an attack: statements are dated by attacks
    "Attacks on Kyiv after the drone strikes",  # not a statements question
    "Which countries commented on air strikes in Yemen?",  # only countries: no parameter for that
])
def test_after_without_an_attack_or_outside_statements_is_refused(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


def test_after_before_a_date_stays_a_date():
    assert map_question("Attacks on Kyiv after the 11th of May 2024", TODAY).params == {"country": "Kyiv", "from": "2024-05-12"}


@pytest.mark.parametrize("q", ["What's the number of drone strikes in Russia this year?",
                               "Give me the count of air strikes in Syria in 2023"])
def test_more_ways_of_asking_for_a_count(q):
    assert map_question(q, TODAY).query == "event_count"
