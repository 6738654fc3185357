"""The ``gev:`` terms and the other namespaces, as Python constants.

``ontology/geokg.ttl`` is the source of truth: this module mirrors it term for term (a
unit test checks that both declare the same classes, properties and individuals), and
``GEV`` is a closed namespace over those terms, so a typo such as ``GEV.speakr`` raises
where it is written (at import, in a module-level constant) instead of writing a term the
ontology does not have. The attack classes are listed here once; other modules import
them.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import ClosedNamespace
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

__all__ = [
    "GEV", "SEM", "SCHEMA", "PROV", "GEO", "SKOS", "DCTERMS", "XSD", "RDF", "RDFS", "OWL",
    "ID", "SPEECH_ACT", "TARGET_TYPE", "ONTOLOGY_IRI", "ONTOLOGY_GRAPH", "CLASSES", "PROPERTIES", "INDIVIDUALS", "ontology_dir",
    "ATTACK_CLASSES", "GENERIC_ATTACK", "SPECIFIC_ATTACK_CLASSES", "ATTACK_SPECIFICITY", "EVENT_CLASSES",
    "ACTOR_CLASSES", "PLACE_CLASSES",
]

CLASSES: frozenset[str] = frozenset({
    "Article", "Actor", "Person", "Organization", "Country", "Place", "Region", "City",
    "Event", "Attack", "DroneStrike", "AirStrike", "MissileStrike", "Shelling",
    "Statement", "Mention", "Factuality",
    "CasualtyReport", "CasualtyKind", "CountBound", "WeaponCount", "WeaponAction",
    "Facility",
})
"""Local names of the ``gev:`` classes (``owl:Class`` in geokg.ttl)."""

PROPERTIES: frozenset[str] = frozenset({
    "textHash", "extractorVersion", "title", "url", "publisher", "published", "publishedTime",
    "language", "source", "evidence", "trigger", "article", "start", "end", "text", "location", "date",
    "dateText", "perpetrator", "allegedPerpetrator", "speaker", "quote", "direct", "cue",
    "about", "accuses", "role", "memberOf", "locatedIn", "controlledBy", "countryCode",
    "factuality",
    "casualtiesOf", "casualtyKind", "count", "bound", "countText", "reportedBy",
    "weaponsOf", "weaponAction", "weaponText", "weaponClass",
    "speechAct",
    "targetType", "target", "facilityType",
})
"""Local names of the ``gev:`` properties (object and datatype properties in geokg.ttl)."""

INDIVIDUALS: frozenset[str] = frozenset({
    "Asserted", "Claimed", "Denied", "Hypothetical",
    "Killed", "Injured",
    "Exact", "AtLeast", "MoreThan", "AtMost", "Approximate",
    "Launched", "Intercepted",
})
"""Local names of the ``gev:Factuality`` values (``Asserted`` is the default when absent),
of the ``gev:CasualtyKind``, ``gev:CountBound`` and ``gev:WeaponAction`` values."""

GENERIC_ATTACK = "Attack"
"""The class of an attack whose kind the text does not say."""

ATTACK_SPECIFICITY: dict[str, int] = {"Attack": 0, "AirStrike": 1, "Shelling": 1, "MissileStrike": 2, "DroneStrike": 2}
"""How much each attack class says: a more specific class wins when two findings disagree
(an instrument word over the trigger's class; "drone strike" over "air strike")."""

SPECIFIC_ATTACK_CLASSES: tuple[str, ...] = ("DroneStrike", "AirStrike", "MissileStrike", "Shelling")
"""The attack classes below ``gev:Attack``, in the order lists show them."""

ATTACK_CLASSES: frozenset[str] = frozenset((GENERIC_ATTACK,) + SPECIFIC_ATTACK_CLASSES)
"""The classes an extracted attack may have (``gev:Attack`` when the kind is not said).
Every module that needs the list of attack classes takes it from here."""

EVENT_CLASSES: frozenset[str] = ATTACK_CLASSES | {"Event"}
"""The event classes (an attack, or an event of no known kind)."""

ACTOR_CLASSES: frozenset[str] = frozenset({"Person", "Organization", "Country", "Actor"})
PLACE_CLASSES: frozenset[str] = frozenset({"Country", "City", "Region", "Place"})

assert set(ATTACK_SPECIFICITY) == ATTACK_CLASSES and EVENT_CLASSES <= CLASSES


GEV = ClosedNamespace("https://w3id.org/geokg/ontology#", sorted(CLASSES | PROPERTIES | INDIVIDUALS))
"""The ``gev:`` namespace, closed: ``GEV.speakr`` or ``GEV["Strike"]`` raises (AttributeError,
KeyError) instead of minting a term the ontology does not have, like rdflib's
``DefinedNamespace``; the terms are the three sets above, checked against geokg.ttl by a test."""
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")

ID = "https://w3id.org/geokg/id/"

SPEECH_ACT = Namespace("https://w3id.org/geokg/id/speech-act/")
"""The concepts of the speech-act scheme (``ontology/speech_acts.ttl``; ``gev:speechAct``)."""
TARGET_TYPE = Namespace("https://w3id.org/geokg/id/target-type/")
"""The concepts of the target-type scheme (``ontology/targets.ttl``; ``gev:targetType``,
``gev:facilityType``)."""
"""Base of every node and graph IRI that kg mints."""
ONTOLOGY_IRI = "https://w3id.org/geokg/ontology"
ONTOLOGY_GRAPH = "https://w3id.org/geokg/id/graph/ontology"
"""The named graph that holds the ontology's own triples in every store."""

# ---------- classes ----------
Article = GEV["Article"]
Actor = GEV["Actor"]
Person = GEV["Person"]
Organization = GEV["Organization"]
Country = GEV["Country"]
Place = GEV["Place"]
Region = GEV["Region"]
City = GEV["City"]
Event = GEV["Event"]
Attack = GEV["Attack"]
DroneStrike = GEV["DroneStrike"]
AirStrike = GEV["AirStrike"]
MissileStrike = GEV["MissileStrike"]
Shelling = GEV["Shelling"]
Statement = GEV["Statement"]
Mention = GEV["Mention"]
Factuality = GEV["Factuality"]
CasualtyReport = GEV["CasualtyReport"]
CasualtyKind = GEV["CasualtyKind"]
CountBound = GEV["CountBound"]
WeaponCount = GEV["WeaponCount"]
WeaponAction = GEV["WeaponAction"]
Facility = GEV["Facility"]

# ---------- factuality values (individuals of gev:Factuality) ----------
Asserted = GEV["Asserted"]
Claimed = GEV["Claimed"]
Denied = GEV["Denied"]
Hypothetical = GEV["Hypothetical"]

# ---------- properties ----------
# Item access (GEV["title"]) rather than attributes, so no name can collide with a str method.
textHash = GEV["textHash"]
extractorVersion = GEV["extractorVersion"]
title = GEV["title"]
url = GEV["url"]
publisher = GEV["publisher"]
published = GEV["published"]
publishedTime = GEV["publishedTime"]
language = GEV["language"]
source = GEV["source"]
evidence = GEV["evidence"]
trigger = GEV["trigger"]
article = GEV["article"]
start = GEV["start"]
end = GEV["end"]
text = GEV["text"]
location = GEV["location"]
date = GEV["date"]
dateText = GEV["dateText"]
perpetrator = GEV["perpetrator"]
allegedPerpetrator = GEV["allegedPerpetrator"]
speaker = GEV["speaker"]
quote = GEV["quote"]
direct = GEV["direct"]
cue = GEV["cue"]
about = GEV["about"]
accuses = GEV["accuses"]
role = GEV["role"]
memberOf = GEV["memberOf"]
locatedIn = GEV["locatedIn"]
controlledBy = GEV["controlledBy"]
countryCode = GEV["countryCode"]
factuality = GEV["factuality"]
casualtiesOf = GEV["casualtiesOf"]
casualtyKind = GEV["casualtyKind"]
count = GEV["count"]
bound = GEV["bound"]
countText = GEV["countText"]
reportedBy = GEV["reportedBy"]
weaponsOf = GEV["weaponsOf"]
weaponAction = GEV["weaponAction"]
weaponText = GEV["weaponText"]
weaponClass = GEV["weaponClass"]
speechAct = GEV["speechAct"]
targetType = GEV["targetType"]
target = GEV["target"]
facilityType = GEV["facilityType"]

# ---------- casualty kinds and count bounds (individuals) ----------
Killed = GEV["Killed"]
Injured = GEV["Injured"]
Exact = GEV["Exact"]
AtLeast = GEV["AtLeast"]
MoreThan = GEV["MoreThan"]
AtMost = GEV["AtMost"]
Approximate = GEV["Approximate"]
Launched = GEV["Launched"]
Intercepted = GEV["Intercepted"]

def ontology_dir() -> Path:
    """The folder that holds ``geokg.ttl`` and ``shapes.ttl``.

    An installed package carries its own copy in ``kg/data/ontology`` (so ``kg`` works
    outside a checkout); in a checkout, the repository's ``ontology/`` folder is the one
    to read, so an edit there is seen without a copy step.
    """
    packaged = Path(__file__).resolve().parents[1] / "data" / "ontology"
    if (packaged / "geokg.ttl").is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "ontology"
