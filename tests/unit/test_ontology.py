"""The ontology, its SHACL shapes and the Python namespace module agree with the contract.

The ontology is the source of truth (docs/design/ARCHITECTURE.md, principle 5): these tests fail
when a term is added on one side only, loses a label or a translation, gets the wrong
kind, domain or range, or when the shapes stop catching the errors they exist for.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
import rdflib.namespace as rns
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH

import kg.rdf.namespace as ns
from kg.rdf.namespace import GEV, PROV, SCHEMA, SEM

ONTOLOGY_PATH = ns.ontology_dir() / "geokg.ttl"
SHAPES_PATH = ns.ontology_dir() / "shapes.ttl"
EX = "https://w3id.org/geokg/id/test/"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def local(term: URIRef) -> str:
    return str(term)[len(str(GEV)):]


def gev_subjects_of_type(g: Graph, rdf_type: URIRef) -> set[str]:
    return {local(s) for s in g.subjects(RDF.type, rdf_type) if isinstance(s, URIRef) and s.startswith(str(GEV))}


# ---------------------------------------------------------------- (a) agreement


OBJECT_PROPERTIES = {
    "source", "evidence", "trigger", "article", "location", "perpetrator", "allegedPerpetrator", "speaker",
    "about", "accuses", "memberOf", "locatedIn", "controlledBy", "factuality",
    # casualty figures (issue 20, an extension of the contract)
    "casualtiesOf", "casualtyKind", "bound", "reportedBy", "weaponsOf", "weaponAction", "weaponClass",
    "speechAct",  # speech acts (issue 20)
    "targetType", "target", "facilityType",  # targets (issue 20)
}


def test_ontology_dir_holds_both_files() -> None:
    assert ONTOLOGY_PATH.is_file() and SHAPES_PATH.is_file()


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef(ns.ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert str(ontology.value(onto, OWL.versionInfo)) == "0.1.0"
    assert ontology.value(onto, DCTERMS.title) is not None
    assert ontology.value(onto, DCTERMS.license) == URIRef("https://opensource.org/licenses/MIT")


def test_classes_agree_both_ways(ontology: Graph) -> None:
    assert gev_subjects_of_type(ontology, OWL.Class) == set(ns.CLASSES)


def test_properties_agree_both_ways_with_their_kind(ontology: Graph) -> None:
    obj = gev_subjects_of_type(ontology, OWL.ObjectProperty)
    dat = gev_subjects_of_type(ontology, OWL.DatatypeProperty)
    assert obj | dat == set(ns.PROPERTIES)
    assert not obj & dat
    assert obj == OBJECT_PROPERTIES


ENUMERATIONS = {
    "Factuality": {"Asserted", "Claimed", "Denied", "Hypothetical"},
    "CasualtyKind": {"Killed", "Injured"},
    "CountBound": {"Exact", "AtLeast", "MoreThan", "AtMost", "Approximate"},
    "WeaponAction": {"Launched", "Intercepted"},
}


def test_individuals_agree_both_ways(ontology: Graph) -> None:
    assert set().union(*ENUMERATIONS.values()) == set(ns.INDIVIDUALS)
    for cls, members in ENUMERATIONS.items():
        assert gev_subjects_of_type(ontology, GEV[cls]) == members
        one_of = ontology.value(GEV[cls], OWL.oneOf)
        assert {local(x) for x in Collection(ontology, one_of)} == members


def test_every_gev_term_of_the_ontology_is_in_the_module(ontology: Graph) -> None:
    """No gev: IRI is used in the ontology (as subject or object) without being declared."""
    used = {local(t) for triple in ontology for t in triple if isinstance(t, URIRef) and t.startswith(str(GEV))}
    assert used == set(ns.CLASSES) | set(ns.PROPERTIES) | set(ns.INDIVIDUALS)


def test_module_constants_are_named_like_local_names() -> None:
    for name in ns.CLASSES | ns.PROPERTIES | ns.INDIVIDUALS:
        assert getattr(ns, name) == URIRef(str(GEV) + name), name
    assert ns.ATTACK_CLASSES <= ns.CLASSES


# ---------------------------------------------------------------- (b) labels


def test_every_term_has_label_and_comment_in_english_and_french(ontology: Graph) -> None:
    missing = []
    for name in sorted(ns.CLASSES | ns.PROPERTIES | ns.INDIVIDUALS):
        term = GEV[name]
        for prop in (RDFS.label, RDFS.comment):
            langs = [o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)]
            for lang in ("en", "fr"):
                if langs.count(lang) != 1:
                    missing.append(f"{name} {prop.n3(ontology.namespace_manager)}@{lang} x{langs.count(lang)}")
    assert not missing


# ---------------------------------------------------------------- contract details


def union_members(g: Graph, node: URIRef | BNode) -> set[str]:
    if isinstance(node, URIRef):
        return {local(node)}
    return {local(x) for x in Collection(g, g.value(node, OWL.unionOf))}


DOMAIN_RANGE = {
    "textHash": ({"Article"}, rns.XSD.string),
    "extractorVersion": ({"Article"}, rns.XSD.string),
    "url": ({"Article"}, rns.XSD.anyURI),
    "published": ({"Article"}, rns.XSD.date),
    "publishedTime": ({"Article"}, rns.XSD.dateTime),
    "language": ({"Article"}, rns.XSD.string),
    # a casualty figure has its article and sentence like every fact (issue 20 adds it)
    "source": ({"Event", "Statement", "CasualtyReport", "WeaponCount"}, {"Article"}),
    "evidence": ({"Event", "Statement", "CasualtyReport", "WeaponCount"}, {"Mention"}),
    "trigger": ({"Event"}, {"Mention"}),
    "article": ({"Mention"}, {"Article"}),
    "start": ({"Mention"}, rns.XSD.integer),
    "end": ({"Mention"}, rns.XSD.integer),
    "text": ({"Mention"}, rns.XSD.string),
    "location": ({"Event"}, {"Place"}),
    "date": ({"Event", "Statement"}, rns.XSD.date),
    "dateText": ({"Event", "Statement"}, rns.XSD.string),
    "perpetrator": ({"Event"}, {"Actor"}),
    "allegedPerpetrator": ({"Event"}, {"Actor"}),
    "speaker": ({"Statement"}, {"Actor"}),
    "quote": ({"Statement"}, rns.XSD.string),
    "direct": ({"Statement"}, rns.XSD.boolean),
    "cue": ({"Statement"}, rns.XSD.string),
    "about": ({"Statement"}, {"Event"}),
    "accuses": ({"Statement"}, {"Actor"}),
    "role": ({"Person"}, RDF.langString),
    "memberOf": ({"Person", "Organization"}, {"Organization", "Country"}),
    "locatedIn": ({"Place"}, {"Place"}),
    "controlledBy": ({"Place"}, {"Country"}),
    "countryCode": ({"Country"}, rns.XSD.string),
    "factuality": ({"Event"}, {"Factuality"}),
}


@pytest.mark.parametrize("name", sorted(DOMAIN_RANGE))
def test_domain_and_range_follow_the_contract(ontology: Graph, name: str) -> None:
    domain, rng = DOMAIN_RANGE[name]
    prop = GEV[name]
    assert union_members(ontology, ontology.value(prop, RDFS.domain)) == domain
    actual_range = ontology.value(prop, RDFS.range)
    if isinstance(rng, set):
        assert union_members(ontology, actual_range) == rng
    else:
        assert actual_range == rng


def test_class_hierarchy(ontology: Graph) -> None:
    def supers(name: str) -> set[URIRef]:
        return set(ontology.objects(GEV[name], RDFS.subClassOf))

    assert {GEV.Actor, GEV.Place} <= supers("Country")
    for name in ("Person", "Organization"):
        assert GEV.Actor in supers(name)
    for name in ("Region", "City"):
        assert GEV.Place in supers(name)
    assert GEV.Event in supers("Attack")
    for name in ("DroneStrike", "AirStrike", "MissileStrike", "Shelling"):
        assert supers(name) == {GEV.Attack}


def test_alignments(ontology: Graph) -> None:
    assert (GEV.Event, RDFS.subClassOf, SEM.Event) in ontology
    assert (GEV.Actor, RDFS.subClassOf, SEM.Actor) in ontology
    assert (GEV.Place, RDFS.subClassOf, SEM.Place) in ontology
    assert (GEV.Article, RDFS.subClassOf, PROV.Entity) in ontology
    assert (GEV.Mention, RDFS.subClassOf, PROV.Entity) in ontology
    assert (GEV.Person, RDFS.subClassOf, SCHEMA.Person) in ontology
    assert (GEV.City, RDFS.subClassOf, SCHEMA.City) in ontology
    assert (GEV.location, RDFS.subPropertyOf, SEM.hasPlace) in ontology
    assert (GEV.perpetrator, RDFS.subPropertyOf, SEM.hasActor) in ontology
    assert (GEV.date, RDFS.subPropertyOf, SEM.hasTimeStamp) in ontology
    assert (GEV.source, RDFS.subPropertyOf, PROV.wasDerivedFrom) in ontology


def test_alignments_stay_consistent_with_prov(ontology: Graph) -> None:
    """gev:source/evidence are prov:wasDerivedFrom (domain prov:Entity), and PROV-O makes
    prov:Entity and prov:Activity disjoint: no gev class may be a prov:Activity."""
    assert not list(ontology.subjects(RDFS.subClassOf, PROV.Activity))


def test_nothing_is_said_about_external_terms(ontology: Graph) -> None:
    """Loading the ontology must not change other vocabularies' meaning."""
    foreign = {s for s in ontology.subjects() if isinstance(s, URIRef)
               and not s.startswith(str(GEV)) and s != URIRef(ns.ONTOLOGY_IRI)}
    assert not foreign


def test_located_in_is_not_transitive(ontology: Graph) -> None:
    assert (GEV.locatedIn, RDF.type, OWL.TransitiveProperty) not in ontology


# ---------------------------------------------------------------- (c) shapes


A = URIRef(EX + "article-1")
ST = URIRef(EX + "st-1")
M = URIRef(EX + "st-1-m1")
EV = URIRef(EX + "event-1")
EV_M = URIRef(EX + "event-1-m1")
RU = URIRef(EX + "place-ru")
MOSCOW = URIRef(EX + "place-moscow")
ORG = URIRef(EX + "org-kremlin")
PERSON = URIRef(EX + "person-peskov")
ARTICLE_TEXT = "Le Kremlin a dénoncé mardi une attaque de drones contre Moscou."


def conforming_data() -> Graph:
    """An article, a statement with its speaker chain and mention, a drone strike in a
    city of a country; everything typed with the most specific class only, so the shapes
    can only pass by following rdfs:subClassOf in the ontology."""
    g = Graph()
    g.add((A, RDF.type, GEV.Article))
    g.add((A, DCTERMS.identifier, Literal("test-article-1")))
    g.add((A, GEV.language, Literal("fr")))
    g.add((A, GEV.published, Literal("2023-05-30", datatype=rns.XSD.date)))
    g.add((A, GEV.textHash, Literal("0" * 64)))
    g.add((A, GEV.extractorVersion, Literal("0.1.0")))
    g.add((A, GEV.title, Literal("Attaque de drones")))
    g.add((A, GEV.url, Literal("https://example.org/a", datatype=rns.XSD.anyURI)))

    g.add((RU, RDF.type, GEV.Country))
    g.add((RU, RDFS.label, Literal("Russia", lang="en")))
    g.add((RU, RDFS.label, Literal("Russie", lang="fr")))
    g.add((RU, GEV.countryCode, Literal("RU")))
    g.add((MOSCOW, RDF.type, GEV.City))
    g.add((MOSCOW, RDFS.label, Literal("Moscou", lang="fr")))
    g.add((MOSCOW, GEV.locatedIn, RU))
    g.add((MOSCOW, URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat"), Literal("55.75204", datatype=rns.XSD.decimal)))
    g.add((ORG, RDF.type, GEV.Organization))
    g.add((ORG, RDFS.label, Literal("Kremlin", lang="fr")))
    g.add((ORG, GEV.memberOf, RU))
    g.add((PERSON, RDF.type, GEV.Person))
    g.add((PERSON, RDFS.label, Literal("Dmitri Peskov", lang="fr")))
    g.add((PERSON, GEV.role, Literal("porte-parole", lang="fr")))
    g.add((PERSON, GEV.memberOf, ORG))

    g.add((EV, RDF.type, GEV.DroneStrike))
    g.add((EV, GEV.source, A))
    g.add((EV, GEV.location, MOSCOW))
    g.add((EV, GEV.date, Literal("2023-05-30", datatype=rns.XSD.date)))
    g.add((EV, GEV.allegedPerpetrator, URIRef(EX + "place-ua")))
    g.add((URIRef(EX + "place-ua"), RDF.type, GEV.Country))
    g.add((URIRef(EX + "place-ua"), RDFS.label, Literal("Ukraine", lang="fr")))
    g.add((URIRef(EX + "place-ua"), GEV.countryCode, Literal("UA")))
    g.add((EV, GEV.factuality, GEV.Claimed))
    g.add((EV, GEV.evidence, EV_M))
    add_mention(g, EV_M, 31, 62)

    g.add((ST, RDF.type, GEV.Statement))
    g.add((ST, GEV.speaker, ORG))
    g.add((ST, GEV.source, A))
    g.add((ST, GEV.cue, Literal("a dénoncé")))
    g.add((ST, GEV.direct, Literal(False)))
    g.add((ST, GEV.speechAct, ns.SPEECH_ACT.Condemnation))
    g.add((ST, GEV.quote, Literal("une attaque de drones contre Moscou")))
    g.add((ST, GEV.about, EV))
    g.add((ST, GEV.accuses, URIRef(EX + "place-ua")))
    g.add((ST, GEV.evidence, M))
    add_mention(g, M, 0, len(ARTICLE_TEXT))
    return g


def add_mention(g: Graph, m: URIRef, start: int, end: int) -> None:
    g.add((m, RDF.type, GEV.Mention))
    g.add((m, GEV.article, A))
    g.add((m, GEV.start, Literal(start)))
    g.add((m, GEV.end, Literal(end)))
    g.add((m, GEV.text, Literal(ARTICLE_TEXT[start:end])))


def violations(data: Graph, ontology: Graph, shapes: Graph) -> set[tuple[URIRef, URIRef | None]]:
    """(focus node, result path) of every violation, validating as `kg validate` does:
    the data graph holds the ontology triples and no inference runs."""
    conforms, report, _ = pyshacl.validate(data + ontology, shacl_graph=shapes, inference="none")
    found = {
        (report.value(r, SH.focusNode), report.value(r, SH.resultPath))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }
    assert conforms == (not found)
    return found


def test_shapes_parse_and_declare_targets(shapes: Graph) -> None:
    targets = {local(t) for t in shapes.objects(None, SH.targetClass)}
    assert {"Article", "Event", "Statement", "Mention", "Place", "Country"} <= targets


def test_conforming_graph_conforms(ontology: Graph, shapes: Graph) -> None:
    assert violations(conforming_data(), ontology, shapes) == set()


def test_subclass_targets_and_classes_need_the_ontology(ontology: Graph, shapes: Graph) -> None:
    """Without the ontology, the Organization speaker is not a gev:Actor: proof that the
    shapes resolve classes through the ontology's rdfs:subClassOf, not by accident."""
    conforms, _, _ = pyshacl.validate(conforming_data(), shacl_graph=shapes, inference="none")
    assert not conforms
    conforms, _, _ = pyshacl.validate(conforming_data(), shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert conforms


def test_drone_strike_is_checked_as_an_event(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.remove((EV, GEV.source, None))
    assert violations(g, ontology, shapes) == {(EV, GEV.source)}


def test_statement_with_two_speakers(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.add((ST, GEV.speaker, PERSON))
    assert violations(g, ontology, shapes) == {(ST, GEV.speaker)}


def test_statement_speaker_must_be_an_actor(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.set((ST, GEV.speaker, MOSCOW))  # a City is a Place, not an Actor
    assert violations(g, ontology, shapes) == {(ST, GEV.speaker)}


def test_country_is_an_actor_speaker(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.set((ST, GEV.speaker, RU))
    assert violations(g, ontology, shapes) == set()


def test_mention_with_start_not_before_end(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.set((M, GEV.start, Literal(70)))
    g.set((M, GEV.end, Literal(70)))
    g.set((M, GEV.text, Literal("")))
    assert violations(g, ontology, shapes) == {(M, GEV.start)}


def test_mention_with_string_start(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.set((M, GEV.start, Literal("0")))
    assert (M, GEV.start) in violations(g, ontology, shapes)


def test_mention_text_must_match_its_offsets(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.set((M, GEV.end, Literal(len(ARTICLE_TEXT) - 1)))
    assert violations(g, ontology, shapes) == {(M, None)}


def test_article_without_identifier(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.remove((A, DCTERMS.identifier, None))
    assert violations(g, ontology, shapes) == {(A, DCTERMS.identifier)}


def test_country_code_must_be_alpha2(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.set((RU, GEV.countryCode, Literal("RUS")))
    assert violations(g, ontology, shapes) == {(RU, GEV.countryCode)}


def test_unknown_factuality(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.set((EV, GEV.factuality, URIRef(str(GEV) + "Maybe")))  # no term of the closed namespace: written by hand
    assert violations(g, ontology, shapes) == {(EV, GEV.factuality)}


def test_gev_property_of_another_class_on_an_event(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.add((EV, GEV.speaker, ORG))
    assert violations(g, ontology, shapes) == {(EV, None)}


# ---------------------------------------------------------------- (d) pyoxigraph


@pytest.mark.parametrize("path", [ONTOLOGY_PATH, SHAPES_PATH], ids=lambda p: Path(p).name)
def test_loads_in_pyoxigraph_like_in_rdflib(path: Path) -> None:
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(path, format="turtle"))


def test_subclass_paths_work_in_pyoxigraph() -> None:
    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY_PATH), format=pyoxigraph.RdfFormat.TURTLE)
    rows = store.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        f"SELECT ?c WHERE {{ ?c rdfs:subClassOf* <{GEV.Attack}> }}"
    )
    found = {row["c"].value for row in rows}
    assert found == {str(GEV[c]) for c in ns.ATTACK_CLASSES}


def test_the_gev_namespace_is_closed():
    """An unknown gev: term fails where it is written (at import for a module-level constant),
    like rdflib's DefinedNamespace, instead of minting a term the ontology lacks."""
    import pytest

    assert GEV.speaker == GEV["speaker"] == URIRef("https://w3id.org/geokg/ontology#speaker")
    with pytest.raises(AttributeError):
        GEV.speakr  # noqa: B018
    with pytest.raises(KeyError):
        GEV["Strike"]
    for name in ns.CLASSES | ns.PROPERTIES | ns.INDIVIDUALS:
        assert GEV[name] == URIRef(str(GEV) + name)


def test_attack_classes_are_listed_once():
    """Every attack class has a specificity and is a node class of the network and stats."""
    from kg import stats
    from kg.network import snapshot

    assert set(ns.ATTACK_SPECIFICITY) == ns.ATTACK_CLASSES
    assert ns.ATTACK_CLASSES <= set(stats.CLASSES) and ns.ATTACK_CLASSES <= set(snapshot.NODE_CLASSES)
    assert ns.EVENT_CLASSES == ns.ATTACK_CLASSES | {"Event"}


def test_statement_speech_act_is_one_concept_of_the_scheme(ontology: Graph, shapes: Graph) -> None:
    g = conforming_data()
    g.remove((ST, GEV.speechAct, None))
    assert violations(g, ontology, shapes) == {(ST, GEV.speechAct)}
    g.add((ST, GEV.speechAct, ns.SPEECH_ACT.Praise))
    assert violations(g, ontology, shapes) == {(ST, GEV.speechAct)}
    g.set((ST, GEV.speechAct, ns.SPEECH_ACT.Threat))
    g.add((ST, GEV.speechAct, ns.SPEECH_ACT.Claim))
    assert violations(g, ontology, shapes) == {(ST, GEV.speechAct)}


def test_speech_act_scheme_labels_and_cameo() -> None:
    """Every concept of the scheme has an English and a French prefLabel; the CAMEO codes are
    the ones that fit (015 claim, 016 deny responsibility, 111 denounce, 112 accuse, 130 threaten)."""
    from kg.nlp.speech_acts import ACTS
    from kg.rdf.ontology import ontology_graph
    from rdflib.namespace import SKOS
    ontology = ontology_graph()
    scheme = URIRef(str(ns.SPEECH_ACT))
    assert {local_sa(c) for c in ontology.objects(scheme, SKOS.hasTopConcept)} == set(ACTS)
    for act in ACTS:
        c = ns.SPEECH_ACT[act]
        assert {lbl.language for lbl in ontology.objects(c, SKOS.prefLabel)} == {"en", "fr"}, act
        assert (c, SKOS.inScheme, scheme) in ontology
    codes = {}
    for act in ACTS:
        for p in (SKOS.exactMatch, SKOS.closeMatch):
            for m in ontology.objects(ns.SPEECH_ACT[act], p):
                codes[act] = str(ontology.value(m, SKOS.notation))
    assert codes == {"Claim": "015", "Denial": "016", "Condemnation": "111", "Accusation": "112",
                     "Threat": "130", "Other": "010"}


def local_sa(term: URIRef) -> str:
    return str(term)[len(str(ns.SPEECH_ACT)):]
