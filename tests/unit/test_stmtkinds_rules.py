"""The rules of the statement-kinds work (tests/data/statements/kinds), on the real spaCy
pipeline and the real linker (no mocks): each in English and French where both apply, with
the negative case it must leave alone.

A named person behind a title with no comma; "M./Mr" + another transliteration of a surname
named before; names with the Arabic article and hyphen-joined words kept whole; a body's proper
name that holds a country ("Civil Aviation Authority of Israel"); the region complement and the
place of a mission kept in the speaker phrase; "Il a précisé" parsed as an expletive; a
participle right after an inverted speaker; an opening participle before the speaker; the
quoted words only of a condemnation; "a fait état, dans un communiqué, mardi de".
"""
from __future__ import annotations

import pytest

from kg.link import Linker
from kg.link.persons import surname_sound
from kg.model import EntityMention, Span, StatementCandidate
from kg.nlp.extensions import records
from kg.nlp.pipeline import load_pipeline

LEAD = {"en": "A strike was reported on Monday. ", "fr": "Une frappe a eu lieu lundi. "}


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def statements(lang: str, text: str) -> list[StatementCandidate]:
    doc = load_pipeline(lang)(LEAD[lang] + text)
    return list(records(doc, StatementCandidate))


def actor(linker: Linker, text: str, lang: str, label: str = "", ctx: str = "UA", persons: tuple = ()):
    m = EntityMention(Span(0, len(text), text), "actor", label, None, None, False)
    return linker.for_article().actor(m, "art", frozenset({ctx}), lang, persons)


# ---------- B. another transliteration of a surname ----------

@pytest.mark.parametrize("a,b", [("Taras Chevtchouk", "Shevchuk"), ("Oleh Marouchtchak", "Marushchak"),
                                 ("Vitali Klitschko", "Klitchko"), ("Serhiy Zhuravlyov", "Jouravliov"),
                                 ("Vitaliy Klymenko", "Klimenko"), ("Mykhaïlo Iachtchenko", "Yashchenko")])
def test_transliterations_of_one_surname_sound_alike(a, b):
    assert surname_sound(a) == surname_sound(b)


@pytest.mark.parametrize("a,b", [("Taras Chevtchouk", "Kovalenko"), ("Ivan Petrenko", "Pavlenko"),
                                 ("Oleh Marchenko", "Martynenko")])
def test_other_surnames_do_not(a, b):
    assert surname_sound(a) != surname_sound(b)


def test_m_with_another_spelling_is_the_person_named_before(linker):
    node = actor(linker, "M. Shevchuk", "fr", "PER", persons=("Taras Chevtchouk", "M. Shevchuk"))
    assert node.labels["fr"] == "Taras Chevtchouk"


def test_m_with_an_unknown_surname_stays_that_surname(linker):
    node = actor(linker, "M. Kovalenko", "fr", "PER", persons=("Taras Chevtchouk", "M. Kovalenko"))
    assert node.labels["fr"] == "Kovalenko"


def test_the_same_spelling_wins_over_a_similar_one(linker):
    node = actor(linker, "Mr Shevchuk", "en", "PER", persons=("Taras Chevtchouk", "Ivan Shevchuk"))
    assert node.labels["en"] == "Ivan Shevchuk"


def test_m_with_a_surname_said_alike_by_two_people_is_neither(linker):
    node = actor(linker, "M. Shevchuk", "fr", "PER", persons=("Taras Chevtchouk", "Ivan Chevtchouk"))
    assert node.labels["fr"] == "Shevchuk"


# ---------- A. a title and a name with no comma ----------

@pytest.mark.parametrize("lang,text,name", [
    ("en", "The head of the Kurakhove military administration Roman Padun said the town had no water.", "Roman Padun"),
    ("fr", "Le maire de Kharkiv Ihor Demtchouk a affirmé que quatre drones avaient frappé une usine.", "Ihor Demtchouk"),
])
def test_a_name_right_after_a_title_speaks(lang, text, name):
    sp = statements(lang, text)[0].speaker
    assert sp.text == name and sp.label == "PER" and sp.role


def test_a_title_with_no_name_after_it_stays_the_title():
    sp = statements("en", "The head of the Kurakhove military administration said the town had no water.")[0].speaker
    assert sp.label != "PER" and sp.role == "head"


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Interrogée par la télévision locale, la maire de Vilniansk, Oksana Djoura, a déclaré que deux "
           "bombes avaient touché une école.", "Oksana Djoura"),
    ("en", "Speaking to local television, the mayor of Vilniansk, Oksana Dzhura, said two bombs had hit a school.",
     "Oksana Dzhura"),
])
def test_an_opening_participle_is_no_reported_clause(lang, text, name):
    st = statements(lang, text)[0]
    assert st.speaker.text == name and st.quote.startswith("deux" if lang == "fr" else "two")


# ---------- C. names as written ----------

@pytest.mark.parametrize("lang,text,name", [
    ("en", "An Israeli drone hit a car near Tyre, al-Mayadeen said.", "al-Mayadeen"),
    ("fr", "Le mouvement al-Nujaba a affirmé que ses combattants avaient lancé un drone.", "Le mouvement al-Nujaba"),
    ("en", "The al-Nujaba movement said its fighters had launched a drone.", "The al-Nujaba movement"),
    ("fr", "Les Brigades Ezzedine al-Qassam, branche armée du Hamas, ont affirmé que deux chars avaient été touchés.",
     "Les Brigades Ezzedine al-Qassam"),
])
def test_hyphenated_and_arabic_article_names_stay_whole(lang, text, name):
    assert statements(lang, text)[0].speaker.text == name


def test_a_name_given_after_a_comma_still_speaks():
    sp = statements("en", "The UN humanitarian office, OCHA, said 30 trucks had entered Gaza.")[0].speaker
    assert sp.text == "OCHA"


def test_the_group_noun_alone_still_refers_back():
    sts = statements("en", "Hezbollah fired rockets at Safed. The group said it had targeted a base.")
    assert sts and sts[-1].speaker.text == "Hezbollah"


def test_the_owner_of_a_channel_does_not_name_it():
    assert statements("en", "The Saudi-owned al-Hadath channel said 20 people had been killed.")[0].speaker.text \
        == "al-Hadath channel"


def test_a_description_of_installed_authorities_stays_a_description():
    assert statements("en", "Russian-installed authorities said two people had been hurt.")[0].speaker.label == "DESC"


def test_an_arabic_article_name_no_table_knows_is_an_organisation(linker):
    node = actor(linker, "al-Hadath", "fr", "LOC", ctx="PS")
    assert node is not None and "Organization" in node.classes and node.labels["fr"] == "al-Hadath"


@pytest.mark.parametrize("text,lang,label", [("Al-Manar", "en", "PERSON"), ("al-Mayadeen", "fr", "LOC"),
                                             ("FARDC", "en", "ORG"), ("Les FARDC", "fr", "")])
def test_curated_sources_are_not_places_or_people(linker, text, lang, label):
    node = actor(linker, text, lang, label, ctx="LB")
    assert node is not None and "Organization" in node.classes and "City" not in node.classes


def test_a_body_named_with_its_country_is_not_the_state(linker):
    node = actor(linker, "The Airports Authority of India", "en", "ORG", ctx="IN")
    assert node is not None and "Country" not in node.classes
    assert "Airports Authority of India" in node.labels.values()


def test_a_description_with_a_state_word_is_still_the_state(linker):
    node = actor(linker, "le régime de Kiev", "fr", "", ctx="UA")
    assert node is not None and "Country" in node.classes


# ---------- D. the speaker phrase of a body ----------

@pytest.mark.parametrize("lang,text,end", [
    ("fr", "Le service d'urgence de la région de Poltava a indiqué que onze personnes avaient été tuées.", "Poltava"),
    ("fr", "La Mission des Nations unies au Soudan du Sud a exhorté les autorités à enquêter.", "Soudan du Sud"),
    ("en", "The UN Mission in South Sudan urged the authorities to investigate the killings.", "South Sudan"),
])
def test_the_place_of_a_body_stays_in_its_phrase(lang, text, end):
    assert statements(lang, text)[0].speaker.text.endswith(end)


def test_a_place_after_a_name_of_another_body_is_not_added():
    sp = statements("fr", "Le bureau de l'ONU à Genève a indiqué au Soudan du Sud que l'aide était bloquée.")[0].speaker
    assert "Soudan" not in sp.text


def test_il_parsed_as_an_expletive_is_the_speaker_before():
    sts = statements("fr", "Des tirs ont endommagé un château d'eau à Pokrovské, a déclaré le maire, Ivan Dorochenko. "
                           "Il a précisé que l'eau serait acheminée par camion-citerne.")
    assert [s.quote for s in sts][-1] == "l'eau serait acheminée par camion-citerne"


def test_an_impersonal_passive_has_no_speaker():
    sts = statements("fr", "Il a été précisé que l'eau serait acheminée par camion-citerne.")
    assert not sts


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux drones ont été abattus, a indiqué le ministère russe de la Défense, précisant que personne n'avait "
           "été blessé."),
    ("fr", "Un incendie s'est déclaré dans un dépôt, a rapporté la chaîne Al-Mayadeen, faisant état de trois blessés."),
    ("en", "Two drones were shot down, the Russian defence ministry said, adding that nobody had been hurt."),
])
def test_a_participle_after_an_inverted_speaker_is_that_speaker(lang, text):
    sts = statements(lang, text)
    assert len(sts) == 2 and sts[0].speaker.text == sts[1].speaker.text


# ---------- E. quote spans ----------

@pytest.mark.parametrize("lang,text,quote", [
    ("fr", "Le ministère jordanien des Affaires étrangères a dénoncé une « attaque odieuse » contre un convoi "
           "humanitaire.", "attaque odieuse"),
    ("fr", "Le ministère a condamné un « crime de guerre » contre la population d'Odessa.", "crime de guerre"),
    ("en", "Qatar's foreign ministry denounced a \"heinous crime\" against displaced people in Gaza.", "heinous crime"),
])
def test_a_condemnation_keeps_the_quoted_words(lang, text, quote):
    st = statements(lang, text)[0]
    assert st.quote == quote and st.direct


def test_a_reported_noun_keeps_its_narrated_rest():
    st = statements("fr", "Le maire a reconnu des « dégâts mineurs » sur deux maisons.")[0]
    assert st.quote == "des « dégâts mineurs » sur deux maisons"


@pytest.mark.parametrize("text,quote", [
    ("Le service d'urgence de la région de Poltava a fait état mardi soir de onze morts après la frappe.",
     "onze morts après la frappe"),
    ("La police régionale de Donetsk a fait état, dans un communiqué, de deux morts après la frappe.",
     "deux morts après la frappe"),
])
def test_fait_etat_de_quotes_the_noun_phrase(text, quote):
    assert statements("fr", text)[0].quote == quote


# ---------- later rules: a name the model missed, an accused no table knows, "Celle-ci" ----------

def test_a_name_the_model_missed_after_a_title_speaks():
    from kg.nlp.speakers import SpeakerFinder
    assert SpeakerFinder.untagged_name_after_title("Kharkiv Mayor Ihor Terekhov", "Mayor") == (14, 27)
    assert SpeakerFinder.untagged_name_after_title("the head of the Kherson Regional Administration", "head") is None
    assert SpeakerFinder.untagged_name_after_title("le maire de la ville", "maire") is None


@pytest.mark.parametrize("lang,text,quote", [
    ("en", "The army accused the rebels of targeting civilians in Minova.", "the rebels of targeting civilians in Minova"),
    ("fr", "L'armée congolaise a accusé les rebelles de viser des civils à Minova.",
     "les rebelles de viser des civils à Minova"),
])
def test_an_accusation_of_someone_no_table_knows_quotes_the_act(lang, text, quote):
    st = statements(lang, text)[0]
    assert st.kind == "accuse" and st.quote == quote and not st.direct


def test_someone_accused_in_the_passive_is_no_speaker():
    assert not statements("en", "The rebels were accused of targeting civilians in Minova.")


def test_celle_ci_is_still_a_pronoun():
    sts = statements("fr", "Des drones ont été lancés contre l'Ukraine, d'après l'armée de l'air ukrainienne. "
                           "Celle-ci a précisé en avoir abattu trente-huit.")
    assert len(sts) == 2 and sts[1].speaker.text == sts[0].speaker.text


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Volodymyr Artiukh, head of the Sumy administration, said a drone had hit a school.", "Volodymyr Artiukh"),
    ("fr", "Volodymyr Artioukh, chef de l'administration de Soumy, a affirmé qu'un drone avait touché une école.",
     "Volodymyr Artioukh"),
])
def test_a_name_before_a_persons_title_is_a_person_whatever_the_model_says(lang, text, name):
    sp = statements(lang, text)[0].speaker
    assert sp.text == name and sp.label == "PER" and sp.role


def test_an_organisation_described_without_a_title_stays_an_organisation():
    sp = statements("en", "Amnesty International, the rights group, said the strike had killed 12 civilians.")[0].speaker
    assert sp.label == "ORG"


def test_an_opening_name_then_its_title_speaks_when_the_parse_lost_the_subject():
    sts = statements("fr", "Petro Iarosh, chef de l'administration militaire de la ville de Kherson, a indiqué qu'un homme "
                           "avait été tué.")
    assert sts and sts[0].speaker.text == "Petro Iarosh" and sts[0].speaker.role


def test_an_opening_place_then_a_clause_is_no_name_and_title():
    sts = statements("fr", "Des obus ont touché Kherson, a indiqué le chef de l'administration militaire.")
    assert all(s.speaker.label != "PER" for s in sts)



def test_a_country_owned_body_with_a_proper_name_is_not_the_country(linker):
    node = actor(linker, "Ukraine's State Emergency Service", "en", "GPE", ctx="UA")
    assert node is not None and "Country" not in node.classes


def test_a_country_owned_description_is_still_the_country(linker):
    node = actor(linker, "Ukraine's authorities", "en", "GPE", ctx="UA")
    assert node is not None and "Country" in node.classes


def test_a_mission_named_after_the_un_is_its_own_body_of_the_un(linker):
    node = actor(linker, "The UN Support Mission in Libya", "en", "ORG", ctx="LY")
    assert node.labels["en"] == "UN Support Mission in Libya" and node.member_of.endswith("int-un")


def test_un_peacekeepers_stay_the_un(linker):
    node = actor(linker, "UN peacekeepers", "en", "ORG", ctx="LB")
    assert node is not None and node.iri.endswith("int-un")
