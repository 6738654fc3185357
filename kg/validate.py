"""``kg validate``: pySHACL over the store's union graph with ``ontology/shapes.ttl``.

The data graph holds the ontology too (it is in every store), so ``sh:class`` and
``sh:targetClass`` see subclasses through ``rdfs:subClassOf`` without RDFS inference.
"""
from __future__ import annotations

import io

import pyshacl
import rdflib

from kg.rdf.ontology import shapes_graph
from kg.store.base import Store


def validate_store(store: Store) -> tuple[bool, str]:
    buf = io.BytesIO()
    store.dump(buf, "nt")
    data = rdflib.Graph()
    data.parse(data=buf.getvalue().decode("utf-8"), format="nt")
    conforms, _graph, text = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none", advanced=True)
    return bool(conforms), str(text)
