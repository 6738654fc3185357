"""Speakers of the ev6 kinds: police named with its place is one local body in both languages
(and "Police said" is not the Polish town of Police), a security source with a demonym is that
state's, a relative clause after "selon des sources" is no part of the speaker, and an object the
French parser hung on the day word is still what was reported. Real models, gazetteer and linker."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.link.articles import default_linker, link_article
from kg.model import Article
from kg.nlp.extract import extract


def speakers(lang: str, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(speaker IRI, English label, member-of IRI, quote) of each statement of the text."""
    art = Article(identifier="t", language=lang, published=dt.date(2025, 3, 10), title="Titre", text=text)
    errors: list = []
    out = []
    for x in extract([art], on_error=errors.append):
        la = link_article(x, default_linker())
        for s in la.statements:
            node = la.nodes.get(s.speaker)
            out.append((s.speaker, node.labels.get("en", "") if node else "", node.member_of if node else None, s.quote))
    assert not errors
    return out


@pytest.mark.parametrize("lang,text", [
    ("en", "A drone hit a garage in Chuhuiv. Police in the Kharkiv region said two people were injured."),
    ("en", "A drone hit a garage in Chuhuiv. Kharkiv regional police said two people were injured."),
    ("fr", "Un drone a touché un garage à Tchouhouïv. La police de la région de Kharkiv a indiqué que deux "
           "personnes avaient été blessées."),
    ("fr", "Un drone a touché un garage à Tchouhouïv. La police régionale de Kharkiv a déclaré que deux "
           "personnes avaient été blessées."),
])
def test_police_named_with_its_region_is_one_body(lang, text):
    [(iri, label, member, _)] = speakers(lang, text)
    assert label == "Kharkiv regional police" and iri.endswith("org/body-police-geonames-706482")
    assert member is not None and member.endswith("country/UA")


@pytest.mark.parametrize("lang,text", [
    ("en", "A rocket hit Haifa. Police said two people were injured in Haifa."),
    ("en", "A drone hit a house in Kharkiv on Sunday. The police said two people were injured."),
    ("fr", "Une roquette a touché Haïfa. La police a indiqué que deux personnes avaient été blessées."),
])
def test_police_with_no_place_is_never_the_town_of_police(lang, text):
    assert all("Police" not in label or "police" in label for _, label, _, _ in speakers(lang, text))
    assert all(member is None or "PL" not in member for _, _, member, _ in speakers(lang, text))


@pytest.mark.parametrize("lang,text,country", [
    ("en", "An attack hit an army post near Gao on Sunday. A Malian security source said six soldiers were killed.", "ML"),
    ("fr", "Une attaque a visé dimanche un poste près de Gao. Une source sécuritaire malienne a indiqué que six "
           "soldats avaient été tués.", "ML"),
    ("fr", "Selon une source sécuritaire nigérienne, six soldats ont été tués dimanche près de Tillabéri.", "NE"),
])
def test_a_security_source_with_a_demonym_is_that_states(lang, text, country):
    found = speakers(lang, text)
    assert found and all(member is not None and member.endswith(f"country/{country}") for _, _, member, _ in found)


@pytest.mark.parametrize("lang,text", [
    ("en", "An attack hit an army post near Gao on Sunday. A security source said six soldiers were killed."),
    ("fr", "Un camp militaire a été attaqué samedi près de Gao, selon des sources sécuritaires qui accusent "
           "les jihadistes de l'État islamique."),
])
def test_a_source_of_no_state_speaks_for_no_one(lang, text):
    assert speakers(lang, text) == []


def test_a_reported_object_hung_on_the_day_word():
    text = ("L'opérateur Ukrenergo a signalé dimanche de nouveaux dégâts sur des installations électriques de la "
            "région d'Odessa.")
    [(_, label, _, quote)] = speakers("fr", text)
    assert label.startswith("Ukrenergo") and quote.startswith("de nouveaux dégâts sur des installations")


@pytest.mark.parametrize("lang,text,name,quote", [
    ("fr", "Un drone a frappé Kherson. Fatima, 38 ans, raconte avoir passé la nuit dans la cave avec ses enfants.",
     "Fatima", "avoir passé la nuit dans la cave avec ses enfants"),
    ("fr", "Un drone a frappé Kherson. Amina, 52 ans, affirme que sa maison a été détruite.",
     "Amina", "sa maison a été détruite"),
])
def test_a_witness_named_with_an_age_speaks(lang, text, name, quote):
    [(_, label, _, said)] = speakers(lang, text)
    assert label == name and said == quote


def test_a_town_named_then_an_age_is_no_witness_phrase():
    # no age after the opening name: the subject the parser found speaks
    found = speakers("fr", "Un drone a frappé Kherson. Le maire, Ivan Petrenko, affirme que trois maisons ont brûlé.")
    assert [label for _, label, _, _ in found] == ["Ivan Petrenko"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une frappe a touché Beit Lahia. L'hôpital Kamal Adwan de Beit Lahia a annoncé être à court de carburant."),
    ("en", "A strike hit Beit Lahia. The Kamal Adwan hospital in Beit Lahia said it had run out of fuel."),
])
def test_a_hospital_named_after_a_person_is_one_body_in_both_languages(lang, text):
    [(iri, _, member, _)] = speakers(lang, text)
    assert "/org/hospital-" in iri and member is not None and "admin-" in member


def test_a_hospital_named_by_its_town_alone_keeps_its_name():
    [(iri, label, _, _)] = speakers("en", "A strike hit Klintsy. The Klintsy hospital said it had received 12 wounded people.")
    assert label == "Klintsy hospital" and "/org/hospital-" not in iri


@pytest.mark.parametrize("lang,text,quotes", [
    ("fr", "Kiev a fait état d'une frappe de missile sur un hôpital de Soumy, que le ministère russe de la Défense a "
           "qualifiée de « provocation mise en scène ».",
     {"une frappe de missile sur un hôpital de Soumy", "provocation mise en scène"}),
    ("en", "Ukraine said a missile hit a hospital in Sumy, which the Russian defence ministry dismissed as "
           "\"a staged provocation\".", {"a missile hit a hospital in Sumy", "a staged provocation"}),
])
def test_a_relative_that_quotes_another_speaker_ends_the_first_clause(lang, text, quotes):
    assert {q for _, _, _, q in speakers(lang, text)} == quotes


@pytest.mark.parametrize("text,said", [
    ("A blast hit a depot in Belgorod. Russia's defence ministry dismissed the reports as \"fabricated news\".", True),
    ("A blast hit a depot in Belgorod. Zelensky dismissed the army chief on Monday.", False),
])
def test_dismissed_as_quotes_the_words(text, said):
    assert bool(speakers("en", text)) is said


def test_a_medium_relaying_a_source_speaks_when_the_parser_lost_it():
    [(_, label, member, _)] = speakers("en", "SANA, citing a military source, said Israeli jets had struck a research "
                                             "centre near Masyaf.")
    assert label.startswith("SANA") and member.endswith("country/SY")
