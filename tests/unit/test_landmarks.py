"""A town whose only reading lies abroad, told with a landmark or a demonym that places it
in another country (``kg.link.landmarks``): the namesake abroad never wins; the namesake in
the landmark's country, else the landmark's region or the country, does. On the real
models and the real gazetteer."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.link import default_gazetteer
from kg.link.articles import default_linker, link_article
from kg.link.landmarks import is_landmark_gap
from kg.model import Article
from kg.nlp.extract import extract


def attacks(lang: str, text: str) -> list[tuple[str, str | None]]:
    """(English label of the place, its country) of each attack the text reports."""
    art = Article(identifier="t", text=text, language=lang, title=None, published=dt.date(2025, 5, 6), origin="test")
    linker = default_linker()
    out = []
    for x in extract([art], on_error=print):
        linked = link_article(x, linker)
        for ev in linked.events:
            node = linked.nodes.get(ev.place)
            out.append((node.labels.get("en") if node else None, linker._country_of(node) if node else None))
    return out


@pytest.mark.parametrize("lang,text,country", [
    # a landmark the place lies near (the namesake abroad: Uganda, Bosnia, Saudi Arabia, Iraq)
    ("en", "M23 rebels shelled Buhimba, a village on the western edge of Goma, on Sunday.", "CD"),
    ("fr", "Les rebelles ont bombardé dimanche Buhimba, à la périphérie ouest de Goma.", "CD"),
    ("en", "Gunmen attacked a checkpoint in Busra, east of Daraa, on Friday.", "SY"),
    ("fr", "Des hommes armés ont attaqué vendredi un barrage à Busra, à l'est de Deraa.", "SY"),
    # a region it lies within
    ("en", "Junta jets bombed a school in Pale, Sagaing Region, on Monday.", "MM"),
    ("fr", "Des avions de la junte ont bombardé lundi une école à Pale, dans la région de Sagaing.", "MM"),
    ("en", "Russian drones hit a farm near Staritsa in the Kharkiv region on Tuesday.", "UA"),
    ("fr", "Des drones russes ont frappé mardi une ferme près de Staritsa, dans la région de Kharkiv.", "UA"),
    # a demonym in an apposition
    ("en", "Israeli artillery shelled the outskirts of Blida, a Lebanese border village, on Tuesday.", "LB"),
])
def test_a_namesake_abroad_never_places_the_attack(lang, text, country):
    found = attacks(lang, text)
    assert found and all(c == country for _, c in found), found


@pytest.mark.parametrize("lang,text,country", [
    # the landmark itself says the namesake's country: it stays
    ("en", "A Ukrainian drone hit an oil depot in Staritsa in Russia's Tver region on Tuesday.", "RU"),
    ("fr", "Un drone ukrainien a touché mardi un dépôt pétrolier à Staritsa, dans la région russe de Tver.", "RU"),
    # two places told side by side: neither is the other's landmark
    ("en", "Ukrainian drones hit Belgorod on Monday and Russian shells hit Kharkiv.", None),
    # a town near a border: "near Ukraine" places it in no country
    ("en", "Drones struck a fuel depot in Sudzha, close to Ukraine, on Sunday.", "RU"),
    # a source named right after the town (a possessor, a subject and its verb) is no landmark
    ("en", "Russian drones hit a fuel depot in Chernihiv on Monday night. On Tuesday morning, Ukrainian sea "
           "drones struck a patrol boat in the port of Novorossiysk, Ukraine's navy said.", None),
    ("en", "Drones hit an oil depot in Novoshakhtinsk overnight, Ukraine said on Monday.", "RU"),
    ("en", "A sea drone struck a tanker in the port of Novorossiysk, Kyiv claimed on Tuesday.", "RU"),
])
def test_a_town_in_the_country_its_landmark_says_stays(lang, text, country):
    found = attacks(lang, text)
    assert found, text
    if country is None:  # each attack in its own country
        assert {c for _, c in found} == {"RU", "UA"}, found
    else:
        assert all(c == country for _, c in found), found


def test_the_gap_before_a_landmark():
    g = default_gazetteer()
    words = g.words.city | g.words.region | g.words.direction | g.words.link

    def country(w: str) -> bool:
        return bool(g.country_for_demonym(w) or (w[:1].isupper() and g.country_code(w)))

    assert is_landmark_gap(", a village on the western edge of ", words, country)
    assert is_landmark_gap(", some 10 km north of ", words, country)
    assert is_landmark_gap(", a town on the Chadian border in ", words, country)
    assert is_landmark_gap(", à une dizaine de kilomètres au nord de ", words, country)
    assert is_landmark_gap(", village frontalier du ", words, country)
    assert not is_landmark_gap(" on Monday and Russian shells hit ", words, country)
    assert not is_landmark_gap(". The next day, drones hit ", words, country)
    assert not is_landmark_gap(" lundi, puis ", words, country)


def test_the_namesake_in_a_country():
    g = default_gazetteer()
    assert g.namesake_in("Busra", {"SY"}).country_code is None  # a city node: its country is up the chain
    assert default_linker()._country_of(g.namesake_in("Busra", {"SY"})) == "SY"
    assert g.namesake_in("Buhimba", {"CD"}) is None  # GeoNames holds only the Ugandan one


@pytest.mark.parametrize("lang,text,country", [
    ("en", "KHARKIV, Saltivka — A Russian glide bomb struck a nine-storey building on Tuesday.", "UA"),
    ("fr", "KHARKIV, Saltivka — Une bombe planante russe a frappé mardi un immeuble de neuf étages.", "UA"),
])
def test_a_local_dateline_places_the_attack_its_first_sentence_tells(lang, text, country):
    assert [c for _, c in attacks(lang, text)] == [country]


@pytest.mark.parametrize("lang,text", [
    ("en", "KYIV, Ukraine — Russia launched dozens of drones and missiles overnight, the air force said."),
    ("fr", "KIEV, Ukraine — La Russie a lancé des dizaines de drones pendant la nuit, selon l'armée de l'air."),
])
def test_a_dateline_with_a_country_places_nothing(lang, text):
    assert attacks(lang, text) == []


@pytest.mark.parametrize("lang,text,country", [
    # no landmark, but every other place of the article lies elsewhere and the namesake's
    # country (Belarus, Saudi Arabia) is named nowhere: the attack is in the article's country
    ("en", "Russian shelling killed a farmer in Glubokoe on Monday. Later that day, a drone hit a tram depot in Kharkiv.", "UA"),
    ("fr", "Une frappe de drone israélienne a tué samedi deux hommes à Chaqra. Dimanche, l'artillerie a pilonné les abords de Khiam.", "LB"),
])
def test_a_stray_namesake_abroad_gives_way_to_the_article_country(lang, text, country):
    found = attacks(lang, text)
    assert found and all(c == country for _, c in found), found


@pytest.mark.parametrize("lang,text", [
    # a town of a conflict area by its own name stays, whatever else the article names
    ("en", "Israeli aircraft bombed a house in the town of Nabatieh on Tuesday. The next day, a Hezbollah drone hit a post near Metula."),
    ("fr", "Des avions israéliens ont frappé lundi une maison à Bint Jbeil. Mardi, un drone du Hezbollah a touché une caserne près de Kiryat Shmona."),
])
def test_attacks_on_both_sides_of_a_border_keep_their_countries(lang, text):
    assert {c for _, c in attacks(lang, text)} == {"LB", "IL"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian forces shelled Staritsa (Kharkiv region) on Monday, wounding two pensioners."),
    ("fr", "Les forces russes ont pilonné lundi Staritsa (région de Kharkiv), blessant deux retraités."),
])
def test_a_region_in_brackets_is_a_landmark(lang, text):
    assert [c for _, c in attacks(lang, text)] == ["UA"]


def test_a_large_or_conflict_area_town_near_a_landmark_abroad_stays():
    # Taganrog is Russian, however near Mariupol; Blida "the village" is no Algerian city
    assert [c for _, c in attacks("en", "Drones hit Taganrog, some 80 km from Mariupol, on Monday.")] == ["RU"]
    found = attacks("en", "Israeli artillery shelled the village of Blida on Tuesday. On Monday, drones struck Khiam.")
    assert found and all(c == "LB" for _, c in found), found


@pytest.mark.parametrize("lang,text", [
    ("en", "M23 rebels shelled Buhimba, a village on the western edge of Goma in North Kivu, on Sunday."),
    ("fr", "Les rebelles du M23 ont bombardé dimanche le village de Buhimba, à la périphérie ouest de Goma (Nord-Kivu)."),
])
def test_the_landmark_town_is_no_place_hit(lang, text):
    found = attacks(lang, text)
    assert found and all(label != "Goma" and c == "CD" for label, c in found), found


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des drones russes ont frappé le port de Reni lundi."),
    ("fr", "Une frappe de drones a touché lundi un entrepôt à Reni, selon les autorités locales."),
])
def test_a_town_s_own_name_in_a_conflict_area_beats_another_name_of_a_town_abroad(lang, text):
    """Reni (Odesa region) by its own name, not Rennes, one of whose alternate names is Reni:
    the demonym "russes" names no country the town lies in, so nothing else would decide."""
    found = attacks(lang, text)
    assert found and all(c == "UA" for _, c in found), found


def test_an_alternate_name_still_reads_the_town_abroad_when_no_conflict_town_has_that_name():
    g = default_gazetteer()
    assert g.find_place("Kiev").labels["en"] == "Kyiv"  # another name, in a conflict area
    assert g.find_place("Tripoli").located_in.endswith("/LY")  # own names abroad are untouched
