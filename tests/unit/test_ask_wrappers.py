"""`kg ask` on the kinds of question session ask5 found refused (issue 17): chatty wrappers and a
place set as context ("I'm reading about X: … there"), asks for who alleged the attacks that
attributed_events answers, an author asked as fact or as alleged together ("carried out by or
blamed on"), an author in a relative clause, timeline words, co_statements phrasings, day ranges
in words, surnames of curated persons, "est-ce que X accuse Y", "détruits en vol" — each in both
languages, with the cases that must stay refused (never a broader or other answer)."""
from __future__ import annotations

import pytest

from kg.query.ask import UnmappedQuestion, map_question
from kg.query.question_dates import day_words_as_figures
from tests.question_suite import TODAY


def _mapped(q: str) -> tuple[str, dict[str, str]]:
    m = map_question(q, TODAY)
    return m.query, m.params


@pytest.mark.parametrize("q,query,params", [
    # chatty prefaces
    ("It would be nice to see the drone strikes on Kherson in 2023", "event_timeline",
     {"type": "DroneStrike", "country": "Kherson", "from": "2023-01-01", "to": "2023-12-31"}),
    ("Ce serait bien de voir les frappes de missiles sur Lviv en 2024", "event_timeline",
     {"type": "MissileStrike", "country": "Lviv", "from": "2024-01-01", "to": "2024-12-31"}),
    ("I wonder what the Kremlin said about drone attacks on Moscow", "who_said_what",
     {"speaker": "Kremlin", "type": "DroneStrike", "country": "Moscow"}),
    # greetings, thanks and needs
    ("Hello! Which missile strikes hit Lviv in May 2024?", "event_timeline",
     {"type": "MissileStrike", "country": "Lviv", "from": "2024-05-01", "to": "2024-05-31"}),
    ("Quick question: how many drone strikes hit Kursk in 2024?", "event_count",
     {"type": "DroneStrike", "country": "Kursk", "from": "2024-01-01", "to": "2024-12-31"}),
    ("I need the list of air strikes in Syria in 2023, thanks", "event_timeline",
     {"type": "AirStrike", "country": "SY", "from": "2023-01-01", "to": "2023-12-31"}),
    ("Bonjour, quelles frappes de drones sur Kherson en 2024 ? Merci", "event_timeline",
     {"type": "DroneStrike", "country": "Kherson", "from": "2024-01-01", "to": "2024-12-31"}),
    ("J'ai besoin de la liste des frappes aériennes en Syrie en 2023", "event_timeline",
     {"type": "AirStrike", "country": "SY", "from": "2023-01-01", "to": "2023-12-31"}),
    # a place set as context, and the anaphor that points back to it
    ("I'm reading about Kherson: list the shelling there in 2023", "event_timeline",
     {"type": "Shelling", "country": "Kherson", "from": "2023-01-01", "to": "2023-12-31"}),
    ("Speaking of Lviv, which missile strikes were there there last month?", "event_timeline",
     {"type": "MissileStrike", "country": "Lviv", "from": "2024-05-01", "to": "2024-05-31"}),
    ("Je lis un article sur Zaporijia : montre-moi les frappes de drones là-bas en 2024", "event_timeline",
     {"type": "DroneStrike", "country": "Zaporizhzhia", "from": "2024-01-01", "to": "2024-12-31"}),
    # who alleged the attacks: attributed_events says it
    ("Which attacks are attributed to Hamas, and who alleged them?", "attributed_events", {"actor": "Hamas"}),
    ("Attaques attribuées au Hezbollah, selon qui ?", "attributed_events", {"actor": "Hezbollah"}),
    ("Quelles frappes sont imputées à la Russie, et par qui ?", "attributed_events", {"actor": "RU"}),
    # the author as fact or as alleged, asked together: the perpetrator (either)
    ("Strikes conducted by or attributed to Iran", "attributed_events", {"actor": "IR"}),
    ("Attacks blamed on or carried out by Hamas in 2023", "event_timeline",
     {"perpetrator": "Hamas", "from": "2023-01-01", "to": "2023-12-31"}),
    ("Frappes menées ou attribuées à l'Iran", "attributed_events", {"actor": "IR"}),
    ("Attacks by or attributed to Hezbollah", "attributed_events", {"actor": "Hezbollah"}),
    ("Strikes carried out by Israel or blamed on it in 2024", "event_timeline",
     {"perpetrator": "IL", "from": "2024-01-01", "to": "2024-12-31"}),
    ("Attaques menées par le Hezbollah ou qui lui sont attribuées", "attributed_events", {"actor": "Hezbollah"}),
    ("Which attacks does Russia stand accused of, and who accuses it?", "attributed_events", {"actor": "RU"}),
    # a French courtesy title with its dot
    ("Qu'a dit M. Kouleba sur les frappes sur Kiev ?", "who_said_what", {"speaker": "Dmytro Kuleba", "country": "Kyiv"}),
    # a range of two dates with their months
    ("frappes sur Kiev du 28 avril au 5 mai 2024", "event_timeline",
     {"country": "Kyiv", "from": "2024-04-28", "to": "2024-05-05"}),
    # an author in a relative clause without "that"
    ("the strikes the IDF is said to have carried out", "attributed_events",
     {"actor": "Israel Defense Forces"}),
    ("the attacks Hamas launched on Israel in 2023", "event_timeline",
     {"perpetrator": "Hamas", "country": "IL", "from": "2023-01-01", "to": "2023-12-31"}),
    # timeline words
    ("frise chronologique des frappes sur Odessa", "event_timeline", {"country": "Odesa"}),
    ("liste chronologique des attaques de drones en Crimée", "event_timeline",
     {"type": "DroneStrike", "country": "Crimea"}),
    ("chronological list of air strikes in Yemen", "event_timeline", {"type": "AirStrike", "country": "YE"}),
    ("Chronological timeline of drone strikes on Moscow", "event_timeline", {"type": "DroneStrike", "country": "Moscow"}),
    # co_statements
    ("Which pairs of speakers talked about the same events?", "co_statements", {}),
    ("Les paires d'intervenants qui ont commenté les mêmes frappes", "co_statements", {}),
    ("Who else commented on the attacks Ukraine talked about?", "co_statements", {"actor": "UA"}),
    ("Qui a parlé des frappes que le Hezbollah a évoquées ?", "co_statements", {"actor": "Hezbollah"}),
    ("Which pairs of actors commented on the same attacks as Hezbollah?", "co_statements", {"actor": "Hezbollah"}),
    ("Quels intervenants ont commenté les mêmes attaques que le Kremlin ?", "co_statements", {"actor": "Kremlin"}),
    # day ranges in words
    ("drone strikes on Kyiv between the first and the tenth of May 2024", "event_timeline",
     {"type": "DroneStrike", "country": "Kyiv", "from": "2024-05-01", "to": "2024-05-10"}),
    ("frappes de drones sur Kiev du premier au dix mai 2024", "event_timeline",
     {"type": "DroneStrike", "country": "Kyiv", "from": "2024-05-01", "to": "2024-05-10"}),
    ("attaques sur Odessa entre le deux et le cinq mars 2024", "event_timeline",
     {"country": "Odesa", "from": "2024-03-02", "to": "2024-03-05"}),
    # a surname alone: the one curated person who has it, in the spellings the build folds together
    ("What did Austin say about air strikes in Yemen?", "who_said_what",
     {"speaker": "Lloyd Austin", "type": "AirStrike", "country": "YE"}),
    ("Qu'a dit Kouleba sur les frappes de missiles sur Kiev ?", "who_said_what",
     {"speaker": "Dmytro Kuleba", "type": "MissileStrike", "country": "Kyiv"}),
    # …or the one person the tables lack whom news names by surname (surname_persons.tsv), by their full name
    ("What has Gladkov said about drone strikes on Belgorod?", "who_said_what",
     {"speaker": "Vyacheslav Gladkov", "type": "DroneStrike", "country": "Belgorod"}),
    ("Qu'a dit Sobianine ?", "actor_statements", {"actor": "Sergei Sobyanin"}),
    # "est-ce que X accuse Y"
    ("Est-ce que l'Iran accuse Israël ?", "accusations", {"by": "IR", "against": "IL"}),
    ("Le Hamas accuse-t-il Israël ?", "accusations", {"by": "Hamas", "against": "IL"}),
    ("Is Iran accusing Israel?", "accusations", {"by": "IR", "against": "IL"}),
    ("Which attacks did Israel blame on Hezbollah?", "accusations", {"by": "IL", "against": "Hezbollah"}),
    ("Quelles attaques Israël a-t-il imputées au Hamas ?", "accusations", {"by": "IL", "against": "Hamas"}),
    # destroyed in the air = shot down
    ("Combien de drones ont été détruits en vol au-dessus de Koursk ?", "interceptions",
     {"country": "Kursk", "weapon": "DroneStrike", "action": "intercepted"}),
    ("How many missiles were destroyed in flight over Kyiv?", "interceptions",
     {"country": "Kyiv", "weapon": "MissileStrike", "action": "intercepted"}),
])
def test_the_wrapped_or_coordinated_question_is_the_plain_request(q, query, params):
    assert _mapped(q) == (query, params)


@pytest.mark.parametrize("q", [
    "I'm reading about Odesa: list the drone strikes on Kherson",  # the context is not asked about
    "Je lis un article sur Odessa : quelles frappes sur Kherson en 2024 ?",
    "I'm reading about Odesa: were there any drone strikes?",  # an existential "there" points back to nothing
    "I'm reading about Narnia: list the attacks there",  # no place of the graph
    "Drone strikes on Kyiv in May 2024, and who alleged them?",  # event_timeline says no alleger
    "Les attaques des Houthis en 2024, selon qui ?",
    "Attacks carried out by Russia or blamed on Ukraine",  # two authors
    "the strikes Kharkiv is said to have carried out",  # a town is no author
    "Which pairs of actors commented on the same attacks in May?",  # co_statements takes no period
    "Qui d'autre a parlé des attaques que le Kremlin a commentées en mai ?",
    "Quels intervenants ont commenté les mêmes attaques que le Kremlin en mai ?",
    "What did Ivanov say about drone strikes?",  # a surname no curated person has
    "What did Hassan say?",  # a given name is no surname
    "frise des frappes de drones sur Kiev, selon qui ?",
    "thanks",  # a courtesy alone asks nothing (and is no misspelt "tanks")
    "Attacks carried out by Hezbollah or attributed to Hamas",  # two authors
    "frappes sur Kiev du 5 mai au 1er mai 2024",  # no period
    "Which drone strikes did Israel blame on Hezbollah?",  # accusations take no kind of attack
    "Salut, qui va gagner la guerre ?",
])
def test_what_the_plain_request_cannot_carry_is_still_refused(q):
    with pytest.raises(UnmappedQuestion):
        map_question(q, TODAY)


def test_every_listed_surname_is_one_known_person():
    """A name of surname_persons.tsv whose surname another known person had would never be read."""
    from kg.link.persons import surname_sound
    from kg.query.ask_tables import surname_person_names
    from kg.query.question_persons import _known_by_surname

    for name in surname_person_names():
        assert len(_known_by_surname()[surname_sound(name)]) == 1, name


def test_du_before_one_day_stays_that_day():
    """"du" opens a range only with its "au": "la frappe du 11 mai" is that day."""
    m = map_question("Quelles sont les sources de la frappe sur Kiev du 11 mai 2024 ?", TODAY)
    assert (m.query, m.params) == ("sources_of_event", {"place": "Kyiv", "date": "2024-05-11"})


def test_a_corrected_timeline_word_is_said():
    m = map_question("List the drone strikes on Kherson chronologicaly", TODAY)
    assert (m.query, m.params) == ("event_timeline", {"type": "DroneStrike", "country": "Kherson"})
    assert any("chronologicaly" in x for x in m.ignored)


@pytest.mark.parametrize("text,out", [
    ("between the first and the tenth of May", "between the 1th and the 10th of May"),
    ("du premier au dix mai", "du 1er au 10 mai"),
    ("entre le deux et le cinq mars", "entre le 2 et le 5 mars"),
    ("the first drone strikes of May", "the first drone strikes of May"),  # no range: the word stays
    ("les deux frappes de mai", "les deux frappes de mai"),
])
def test_day_words_of_a_range_become_figures(text, out):
    assert day_words_as_figures(text) == out
