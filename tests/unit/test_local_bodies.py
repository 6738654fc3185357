"""Local bodies as actors (``kg.link.local_bodies``, rule 6 of ``kg.link.resolve``), on the real
linker and gazetteer (no mocks): one node per (kind, place) across languages, typed as an
organisation and a member of the place's administration or country as its kind says; a body
named without its place takes the one place of its level the article names, else none; and the
negatives (a place alone, "council" in other senses, a country's body, an ambiguous place)."""
from __future__ import annotations

import pytest

from kg.link import Linker
from kg.link.local_bodies import BodyWords, PlaceContext, body_kinds, body_words, find_local_body, is_local_body, \
    no_actor_reason
from kg.model import EntityMention, Node, Span

ADMIN = "https://w3id.org/geokg/id/org/admin-"
COUNTRY = "https://w3id.org/geokg/id/country/"


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def actor(linker: Linker, text: str, lang: str, ctx: str = "UA", places: tuple[Node, ...] = (), label: str = ""):
    m = EntityMention(Span(0, len(text), text), "actor", label, None, None, False)
    return linker.actor(m, "art", frozenset({ctx}), lang, (), places)


def place(linker: Linker, name: str, ctx: str = "UA") -> Node:
    node = linker.place(name, frozenset({ctx}))
    assert node is not None, name
    return node


# ---------- one node per kind and place, in both languages ----------

@pytest.mark.parametrize("en,fr,ctx", [
    ("the Mykolaiv city council", "le conseil municipal de Mykolaïv", "UA"),
    ("the Kharkiv regional prosecutor's office", "le parquet régional de Kharkiv", "UA"),
    ("the Kutum emergency response room", "la salle d'intervention d'urgence de Koutoum", "SD"),
])
def test_a_local_body_is_one_node_in_both_languages(linker, en, fr, ctx):
    a, b = actor(linker, en, "en", ctx), actor(linker, fr, "fr", ctx)
    assert a is not None and b is not None and a.iri == b.iri and is_local_body(a.iri)
    assert a.classes == {"Organization"} and {"en", "fr"} <= set(a.labels)


def test_a_council_is_a_member_of_its_towns_administration_and_so_of_its_country(linker):
    scoped = linker.for_article()
    node = actor(scoped, "the Mykolaiv city council", "en")
    assert node.labels == {"en": "Mykolaiv city council", "fr": "conseil municipal de Mykolaïv"}
    chain = scoped.closure(node)
    assert node.member_of.startswith(ADMIN) and chain[1].member_of == COUNTRY + "UA"


def test_a_prosecutors_office_is_a_state_body_of_its_country_not_of_the_administration(linker):
    node = actor(linker, "the Kherson regional prosecutor's office", "en")
    assert node.member_of == COUNTRY + "UA" and node.labels["fr"] == "parquet régional de Kherson"


def test_an_emergency_response_room_belongs_to_no_state(linker):
    node = actor(linker, "the Kutum emergency response room", "en", "SD")
    assert node.member_of is None


@pytest.mark.parametrize("text,lang,iri_end", [
    ("les autorités régionales de Koursk", "fr", "admin-geonames-538555"),  # the region, not the town
    ("Kursk regional authorities", "en", "admin-geonames-538555"),
    ("l'administration militaire régionale de Zaporijjia", "fr", "admin-geonames-687699"),
    ("the Zaporizhzhia regional military administration", "en", "admin-geonames-687699"),
    ("the Kherson city military administration", "en", "admin-geonames-706448"),
    ("l'administration militaire de la ville de Kherson", "fr", "admin-geonames-706448"),
])
def test_an_administration_named_by_its_kind_is_the_places_administration(linker, text, lang, iri_end):
    ctx = "RU" if "ours" in text else "UA"
    node = actor(linker, text, lang, ctx)
    assert node is not None and node.iri.endswith("/" + iri_end)


# ---------- a body named without its place ----------

@pytest.mark.parametrize("text,lang", [("the regional prosecutor's office", "en"), ("le parquet régional", "fr")])
def test_a_bare_body_takes_the_one_region_the_article_names(linker, text, lang):
    places = (place(linker, "Kherson Oblast"),)
    node = actor(linker, text, lang, places=places)
    named = actor(linker, "the Kherson regional prosecutor's office", "en")
    assert node is not None and node.iri == named.iri


@pytest.mark.parametrize("text,lang", [("the city military administration", "en"),
                                       ("l'administration militaire de la ville", "fr")])
def test_a_bare_town_body_takes_the_one_town_the_article_names(linker, text, lang):
    node = actor(linker, text, lang, places=(place(linker, "Nikopol"), place(linker, "Ukraine")))
    assert node is not None and node.iri == linker.gazetteer.administration(place(linker, "Nikopol")).iri


@pytest.mark.parametrize("text,lang", [("the regional prosecutor's office", "en"), ("le parquet régional", "fr"),
                                       ("the city's mayor's office", "en"), ("la mairie de la ville", "fr")])
def test_a_bare_body_with_two_places_of_its_level_or_none_makes_no_node(linker, text, lang):
    two = (place(linker, "Kharkiv"), place(linker, "Sumy"))
    assert actor(linker, text, lang, places=two) is None
    assert actor(linker, text, lang, places=()) is None
    assert "local body" in no_actor_reason(text)


def test_the_finder_that_placed_a_body_is_named():
    kind = body_kinds()["prosecutor"]
    kherson = Node(iri="https://w3id.org/geokg/id/place/x", classes={"Region"}, labels={"en": "Kherson"})
    ctx = PlaceContext(None, (kherson,), (), lambda p: p, lambda p: None)
    found = find_local_body(BodyWords(kind, ("parquet",), True), ctx)
    assert found is not None and found.finder == "sole_place" and found.place is kherson
    named = find_local_body(BodyWords(kind, ("parquet",), True), PlaceContext(kherson, (), (), lambda p: p, lambda p: None))
    assert named is not None and named.finder == "named_place"
    other = Node(iri="https://w3id.org/geokg/id/place/y", classes={"Region"}, labels={"en": "Sumy"})
    # its own sentence names one region: that one, whatever else the article names
    here = find_local_body(BodyWords(kind, ("parquet",), True), PlaceContext(None, (kherson, other), (other,),
                                                                               lambda p: p, lambda p: None))
    assert here is not None and here.finder == "sentence_place" and here.place is other
    assert find_local_body(BodyWords(kind, ("parquet",), True),
                           PlaceContext(None, (kherson, other), (), lambda p: p, lambda p: None)) is None


# ---------- negatives ----------

@pytest.mark.parametrize("text", ["Mykolaiv", "Mykolaïv", "the city", "la ville", "the UN Security Council",
                                  "the council", "le Conseil de sécurité", "a council of elders"])
def test_no_kind_of_local_body_in_a_place_or_another_council(text):
    assert body_words(text, ()) is None


@pytest.mark.parametrize("text,lang", [("Ukraine's civil defence", "en"), ("la défense civile ukrainienne", "fr")])
def test_a_countrys_body_is_no_local_body(linker, text, lang):
    node = actor(linker, text, lang)
    assert node is None or not is_local_body(node.iri)


def test_a_place_name_alone_is_still_its_administration_not_a_body(linker):
    node = actor(linker, "Mykolaiv", "en", label="GPE")
    assert node is not None and not is_local_body(node.iri)


def test_a_person_is_never_a_local_body(linker):
    node = actor(linker, "Mykola Council", "en", label="PER")
    assert node is not None and "Person" in node.classes


# ---------- the reported clause after a relative clause about the speaker ----------

@pytest.mark.parametrize("lang,text,quote", [
    ("en", "According to the Sumy city council, which met in an emergency session, the damaged school will reopen "
           "in January.", "the damaged school will reopen in January"),
    ("fr", "Selon le conseil municipal de Soumy, qui s'est réuni en urgence, l'école endommagée rouvrira en janvier.",
     "l'école endommagée rouvrira en janvier"),
    # no clause after the relative clause: it is all the words there are
    ("fr", "Selon le parquet régional, qui a ouvert une enquête pour crimes de guerre.", None),
])
def test_a_relative_clause_about_the_speaker_is_not_the_reported_clause(lang, text, quote):
    from kg.model import StatementCandidate
    from kg.nlp.extensions import records
    from kg.nlp.pipeline import load_pipeline

    found = [st.quote for st in records(load_pipeline(lang)(text), StatementCandidate)]
    if quote is None:
        assert all(q is None or q.startswith("qui") for q in found)
    else:
        assert found and found[0] == quote


@pytest.mark.parametrize("text,bare", [("la mairie de la ville", True), ("the city's mayor's office", True),
                                       ("the regional prosecutor's office", True), ("la mairie de Kharkiv", False),
                                       ("the Mykolaiv city council", False), ("the municipal elections", False)])
def test_a_body_named_without_any_place_is_bare(linker, text, bare):
    assert linker.bare_local_body(text, frozenset({"UA"})) is bare


@pytest.mark.parametrize("text,lang", [("the prosecutor's office", "en"), ("le parquet", "fr"),
                                       ("civil defence", "en"), ("la protection civile", "fr")])
def test_a_bare_body_of_no_level_or_of_a_national_kind_takes_no_place(linker, text, lang):
    node = actor(linker, text, lang, places=(place(linker, "Kupiansk"),))
    assert node is None or not is_local_body(node.iri)


# ---------- a ministry run by a group ----------

@pytest.mark.parametrize("lang,text,key", [
    ("en", "An Israeli strike on a school in Gaza City killed 15 people, the health ministry in Hamas-run Gaza said.",
     "ps-gaza-moh"),
    ("en", "An Israeli strike on a school in Gaza City killed 15 people, the Hamas-run Gaza health ministry said.",
     "ps-gaza-moh"),
    ("fr", "Une frappe américaine près de Sanaa a tué trois ouvriers, a indiqué le ministère de la Santé des rebelles "
           "houthis.", "ye-houthi-moh"),
])
def test_a_ministry_run_by_a_group_is_that_ministry_not_the_group_nor_a_place(lang, text, key):
    from kg.link.articles import link_article
    from kg.model import Article
    from kg.nlp.extract import extract

    errors: list = []
    linked = [link_article(x) for x in extract([Article(identifier="t", text=text, language=lang)],
                                                on_error=errors.append)][0]
    assert not errors
    assert [st.speaker.rsplit("/", 1)[-1] for st in linked.statements] == [key]


def test_an_owner_word_after_the_head_noun_makes_no_name_speak():
    from kg.model import StatementCandidate
    from kg.nlp.extensions import records
    from kg.nlp.pipeline import load_pipeline

    doc = load_pipeline("en")("A strike killed 15 people, the health ministry in Hamas-run Gaza said.")
    sp = [st.speaker for st in records(doc, StatementCandidate)][0]
    assert sp.text != "Gaza"


# ---------- kg explain: why a local body spoke, or why it did not ----------

@pytest.mark.parametrize("lang,text,trace,reason", [
    ("en", "Russian troops shelled the village of Bilozerka in the Kherson region on Saturday. The regional "
           "prosecutor's office said it had opened an investigation.", "place:sole_place", None),
    ("fr", "Un drone a frappé un immeuble de Mykolaïv mardi, a indiqué le conseil municipal de Mykolaïv.",
     "place:named_place", None),
    ("fr", "Des drones ont touché des maisons à Kharkiv et à Soumy dans la nuit. La mairie de la ville a indiqué "
           "que le chauffage serait rétabli.", None, "local body (city-administration)"),
])
def test_the_trace_says_how_a_local_body_was_placed_or_why_it_was_not(lang, text, trace, reason):
    import datetime as dt

    from kg.link.articles import link_article
    from kg.model import Article
    from kg.nlp.extract import extract

    errors: list = []
    rejected: list = []
    art = Article(identifier="t", text=text, language=lang, published=dt.date(2024, 10, 8))
    linked = [link_article(x, rejected=rejected) for x in extract([art], on_error=errors.append)][0]
    if trace:
        assert any(trace in st.trace and any(t.startswith("speaker:local_body(") for t in st.trace)
                   for st in linked.statements)
    else:
        assert not linked.statements and any(reason in r.reason for r in rejected)
