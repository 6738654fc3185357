"""Read what the network projections need from a store, through SPARQL only.

The projections are pure functions of a ``Snapshot``: the typed nodes (actors, places,
events, statements) with their labels in every language, and the contract's
node-to-node facts, each with the article graph that states it. Reading once and
projecting many times keeps the projections testable on hand-made snapshots and keeps
the store access in one place. No query here takes user input: the language is chosen
afterwards, in Python, among the labels read.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.rdf.namespace import (  # noqa: F401  (the class sets are part of this module's interface)
    ACTOR_CLASSES,
    EVENT_CLASSES,
    GENERIC_ATTACK,
    GEV,
    ID,
    ONTOLOGY_GRAPH,
    PLACE_CLASSES,
    SPECIFIC_ATTACK_CLASSES,
)
from kg.store.base import Store

PREFIXES = f"""PREFIX gev: <{GEV}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
"""

NODE_CLASSES = (
    "Statement", *SPECIFIC_ATTACK_CLASSES, GENERIC_ATTACK, "Event",
    "Person", "Organization", "Country", "City", "Region", "Facility", "Place", "Actor",
)
"""The classes that become network nodes, most specific first: a node's ``class`` is
the first of these it has (a country is both an actor and a place: it is a Country)."""


RELATIONS = (
    "location", "perpetrator", "allegedPerpetrator", "speaker", "about", "accuses",
    "memberOf", "locatedIn", "controlledBy", "target",
)
"""The contract's properties between two nodes: the edges of the entity graph."""

CLASSES_QUERY = PREFIXES + f"""SELECT DISTINCT ?n ?c WHERE {{
  ?n a ?c .
  FILTER(STRSTARTS(STR(?c), "{GEV}") && STRSTARTS(STR(?n), "{ID}"))
}}"""

LABELS_QUERY = PREFIXES + f"""SELECT DISTINCT ?n ?label WHERE {{
  ?n rdfs:label ?label .
  FILTER(STRSTARTS(STR(?n), "{ID}") || STRSTARTS(STR(?n), "{GEV}"))
}}"""

COUNTRY_CODES_QUERY = PREFIXES + "SELECT DISTINCT ?c ?code WHERE { ?c gev:countryCode ?code }"

COORDINATES_QUERY = PREFIXES + "SELECT ?n (MIN(?lat) AS ?la) (MIN(?long) AS ?lo) WHERE { ?n geo:lat ?lat ; geo:long ?long } GROUP BY ?n"

DATES_QUERY = PREFIXES + "SELECT ?x (MIN(STR(?d)) AS ?date) WHERE { ?x gev:date ?d } GROUP BY ?x"

PUBLISHED_QUERY = PREFIXES + "SELECT ?x (MIN(STR(?p)) AS ?published) WHERE { ?x gev:source ?a . ?a gev:published ?p } GROUP BY ?x"

QUOTES_QUERY = PREFIXES + "SELECT ?x (MIN(STR(?q)) AS ?quote) WHERE { ?x gev:quote ?q } GROUP BY ?x"

FACTUALITY_QUERY = PREFIXES + "SELECT ?x (MIN(STR(?f)) AS ?factuality) WHERE { ?x gev:factuality ?f } GROUP BY ?x"

SPEECH_ACTS_QUERY = PREFIXES + "SELECT ?x (MIN(STR(?a)) AS ?act) WHERE { ?x gev:speechAct ?a } GROUP BY ?x"

CASUALTIES_QUERY = PREFIXES + """SELECT ?e ?kind (MIN(?c) AS ?lowest) (MAX(?c) AS ?highest) (COUNT(DISTINCT ?r) AS ?reports) WHERE {
  { ?r gev:casualtiesOf ?e ; gev:casualtyKind ?kind ; gev:count ?c . }
  UNION
  { ?r gev:weaponsOf ?e ; gev:weaponAction ?kind ; gev:count ?c . }
} GROUP BY ?e ?kind"""

TARGET_TYPES_QUERY = PREFIXES + """SELECT DISTINCT ?x ?t WHERE {
  { ?x gev:targetType ?t } UNION { ?x gev:facilityType ?t }
}"""

FACTS_QUERY = PREFIXES + f"""SELECT ?s ?p ?o ?g WHERE {{
  VALUES ?p {{ {' '.join('gev:' + r for r in RELATIONS)} gev:source }}
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER(?g != <{ONTOLOGY_GRAPH}>)
}}"""


@dataclass
class Entity:
    """One node of the graph as the store describes it."""

    iri: str
    cls: str
    labels: dict[str, str] = field(default_factory=dict)
    """Preferred label per language tag (``""`` for an untagged label)."""
    lat: float | None = None
    long: float | None = None
    date: str | None = None
    """``gev:date`` of an event or statement (ISO day)."""
    published: str | None = None
    """Earliest publication day of the articles reporting an event or statement."""
    quote: str | None = None
    factuality: str | None = None
    speech_act: str | None = None
    """A statement's ``gev:speechAct``: the local name of its concept in ``ontology/speech_acts.ttl``
    (``Claim``, ``Denial``, ``Accusation``…)."""
    casualties: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """An attack's casualty figures by kind (``killed``, ``injured``) and its weapons counted
    (``launched``, ``intercepted``): the lowest and highest count any source gives, and how
    many counts there are."""
    target_types: set[str] = field(default_factory=set)
    """What an attack hit (``gev:targetType``) or what a facility is (``gev:facilityType``):
    local names of the concepts of ``ontology/targets.ttl``."""


@dataclass(frozen=True, order=True)
class Fact:
    """One node-to-node triple, in the named graph (one article) that states it."""

    subject: str
    relation: str
    object: str
    graph: str


@dataclass
class Snapshot:
    entities: dict[str, Entity]
    facts: list[Fact]
    country_codes: dict[str, str]
    """Country node IRI → ISO 3166-1 alpha-2 code."""
    term_labels: dict[str, dict[str, str]]
    """Ontology term local name (class, property) → language → label."""
    facts_by_subject: dict[str, list[Fact]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.facts_by_subject = defaultdict(list)
        for fact in self.facts:
            self.facts_by_subject[fact.subject].append(fact)


def _local(iri: str) -> str:
    return iri[len(str(GEV)):] if iri.startswith(str(GEV)) else iri


def read_snapshot(store: Store) -> Snapshot:
    """Everything the projections need, in ten SELECT queries over the union graph."""
    classes: dict[str, set[str]] = defaultdict(set)
    for row in store.select(CLASSES_QUERY)[1]:
        classes[str(row["n"])].add(_local(str(row["c"])))
    entities: dict[str, Entity] = {}
    rank = {c: i for i, c in enumerate(NODE_CLASSES)}
    for iri, cs in classes.items():
        known = [c for c in cs if c in rank]
        if known:
            entities[iri] = Entity(iri, min(known, key=rank.__getitem__))

    term_labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in sorted(store.select(LABELS_QUERY)[1], key=lambda r: (str(r["n"]), str(r["label"]))):
        iri, label = str(row["n"]), row["label"]
        lang = (getattr(label, "language", None) or "").lower()
        if iri in entities:
            entities[iri].labels.setdefault(lang, str(label))
        elif iri.startswith(str(GEV)):
            term_labels[_local(iri)].setdefault(lang, str(label))

    for row in store.select(COORDINATES_QUERY)[1]:
        ent = entities.get(str(row["n"]))
        if ent is not None and row.get("la") is not None and row.get("lo") is not None:
            ent.lat, ent.long = float(row["la"]), float(row["lo"])
    readers = ((DATES_QUERY, "date", lambda t: t[:10]), (PUBLISHED_QUERY, "published", lambda t: t[:10]),
               (QUOTES_QUERY, "quote", str), (FACTUALITY_QUERY, "factuality", _local),
               (SPEECH_ACTS_QUERY, "speech_act", lambda t: t.rsplit("/", 1)[-1]))
    for query, attr, convert in readers:
        names, rows = store.select(query)
        for row in rows:
            ent = entities.get(str(row["x"]))
            if ent is not None and row.get(names[1]) is not None:
                setattr(ent, attr, convert(str(row[names[1]])))

    for row in store.select(CASUALTIES_QUERY)[1]:
        ent = entities.get(str(row["e"]))
        if ent is not None:
            ent.casualties[_local(str(row["kind"])).lower()] = (int(str(row["lowest"])), int(str(row["highest"])),
                                                                int(str(row["reports"])))

    for row in store.select(TARGET_TYPES_QUERY)[1]:
        ent = entities.get(str(row["x"]))
        if ent is not None:
            ent.target_types.add(str(row["t"]).rsplit("/", 1)[-1])

    codes = {str(r["c"]): str(r["code"]) for r in store.select(COUNTRY_CODES_QUERY)[1]}
    facts = sorted(Fact(str(r["s"]), _local(str(r["p"])), str(r["o"]), str(r["g"])) for r in store.select(FACTS_QUERY)[1])
    return Snapshot(entities, facts, codes, dict(term_labels))
