"""ontology/mappings.ttl maps every attack class to CAMEO, ACLED and PLOVER."""
from pathlib import Path

import rdflib
from rdflib.namespace import SKOS

from kg.rdf.namespace import ATTACK_CLASSES, GEV

MAPPINGS = Path(__file__).resolve().parents[2] / "ontology" / "mappings.ttl"
MATCHES = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)


def test_every_attack_class_is_mapped_to_each_scheme():
    g = rdflib.Graph().parse(MAPPINGS, format="turtle")
    for name in ATTACK_CLASSES:
        targets = {str(o) for p in MATCHES for o in g.objects(GEV[name], p)}
        for scheme in ("cameo#", "acled#", "plover#"):
            assert any(scheme in t for t in targets), f"gev:{name} has no {scheme[:-1]} mapping"


def test_drone_strikes_are_cameo_1952_and_acled_air_drone():
    g = rdflib.Graph().parse(MAPPINGS, format="turtle")
    targets = {o.split("#")[1] for p in MATCHES for o in g.objects(GEV.DroneStrike, p)}
    assert {"1952", "AirDroneStrike"} <= targets
