"""Resolve named-query parameters to RDF terms and run the query against a store.

Users' values never enter a query as text: each is turned into an RDF term (an IRI
resolved through the gazetteer or the graph's labels, or a typed literal) and bound with
``kg.store.bindings.bind_values``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node as RdfNode

from kg.errors import QueryError
from kg.query.named import NamedQuery, Param
from kg.rdf.namespace import GENERIC_ATTACK, GEV, SPECIFIC_ATTACK_CLASSES
from kg.store.base import Store
from kg.store.bindings import bind_values
from kg.tables import data_table



@lru_cache(maxsize=1)
def class_names() -> dict[str, str]:
    """What a ``class`` parameter may say -> the gev: class (``kg/data/ask/class_names.tsv``)."""
    return {r["name"]: r["class"] for r in data_table("ask", "class_names.tsv")}


@lru_cache(maxsize=1)
def target_concepts() -> dict[str, URIRef]:
    """What a ``target`` parameter may say -> the concept of ``ontology/targets.ttl``: its
    local name ("OilRefinery", "oil-refinery") or any of its labels, in either language,
    case and spacing aside ("refinery", "raffinerie", "dépôt pétrolier")."""
    from rdflib.namespace import SKOS

    from kg.rdf.namespace import TARGET_TYPE
    from kg.rdf.ontology import ontology_graph

    g = ontology_graph()
    out: dict[str, URIRef] = {}
    for concept in sorted(set(g.subjects(SKOS.inScheme, URIRef(str(TARGET_TYPE))))):
        out[_concept_key(str(concept)[len(str(TARGET_TYPE)):])] = concept
        for label in sorted(g.objects(concept, SKOS.prefLabel)) + sorted(g.objects(concept, SKOS.altLabel)):
            out.setdefault(_concept_key(str(label)), concept)
    return out


def _concept_key(value: str) -> str:
    return re.sub(r"[\s_'’-]+", "", value.lower())


LABEL_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?x WHERE {
  #@values
  ?x rdfs:label|skos:altLabel ?l ; a/rdfs:subClassOf* ?cls .
  FILTER(LCASE(STR(?l)) = ?name)
} ORDER BY ?x LIMIT 1"""


def _lookup_label(store: Store, value: str, cls: str) -> URIRef | None:
    """A node of class ``cls`` whose label or alternative label is ``value`` (any language, any case)."""
    _, rows = store.select(bind_values(LABEL_QUERY, {"name": Literal(value.lower()), "cls": GEV[cls]}))
    return rows[0]["x"] if rows and rows[0].get("x") is not None else None


def resolve_param(param: Param, value: str, store: Store) -> RdfNode:
    """The RDF term a user's value stands for, by the parameter's kind."""
    v = value.strip()
    if param.kind == "string":
        return Literal(value)
    if param.kind == "integer":
        if not re.fullmatch(r"-?\d+", v):
            raise QueryError(f"parameter {param.name}: {value!r} is not an integer")
        return Literal(int(v), datatype=XSD.integer)
    if param.kind == "date":
        try:
            return Literal(dt.date.fromisoformat(v).isoformat(), datatype=XSD.date)
        except ValueError:
            raise QueryError(f"parameter {param.name}: {value!r} is not a date (YYYY-MM-DD)") from None
    if param.kind == "iri":
        if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", v):
            raise QueryError(f"parameter {param.name}: {value!r} is not an IRI")
        return URIRef(v)
    if param.kind == "class":
        key = re.sub(r"[\s_-]+", "", v.lower())
        if key.startswith("gev:"):
            key = key[4:]
        if key not in class_names():
            known = ", ".join(SPECIFIC_ATTACK_CLASSES + (GENERIC_ATTACK,))
            raise QueryError(f"parameter {param.name}: unknown class {value!r} (one of {known})")
        return GEV[class_names()[key]]
    if param.kind == "target":
        concept = target_concepts().get(_concept_key(v))
        if concept is None:
            from kg.nlp.targets import TARGET_TYPES

            raise QueryError(f"parameter {param.name}: unknown target type {value!r} (one of {', '.join(TARGET_TYPES)})")
        return concept
    if re.fullmatch(r"https?://\S+", v):
        return URIRef(v)
    from kg.link.articles import default_linker  # the linker is heavy: load it only when a name must be resolved

    linker = default_linker()
    node = None
    if param.kind == "place":
        node = linker.place(v)
    elif param.kind == "actor":
        from kg.query.question_offices import office_named  # "Kursk regional administration", "Kursk governor"

        node = linker.gazetteer.find_actor(v) or linker.place(v) or office_named(v)
    if node is not None:
        return URIRef(node.iri)
    found = _lookup_label(store, v, "Place" if param.kind == "place" else "Actor")
    if found is None:
        raise QueryError(f"parameter {param.name}: no {param.kind} named {value!r}")
    return found


def prepare(query: NamedQuery, params: Mapping[str, str], store: Store) -> str:
    """The query text with every declared parameter bound (unknown names are an error)."""
    declared = {p.name for p in query.params}
    unknown = set(params) - declared
    if unknown:
        names = ", ".join(sorted(declared)) or "none"
        raise QueryError(f"unknown parameter {', '.join(sorted(unknown))} for {query.name} (parameters: {names})")
    bindings: dict[str, RdfNode | None] = {}
    for p in query.params:
        raw = params.get(p.name, p.default)
        if raw is None:
            if not p.optional:
                raise QueryError(f"{query.name} needs --param {p.name}=… ({p.doc or p.kind})")
            bindings[p.variable] = None
        else:
            bindings[p.variable] = resolve_param(p, raw, store)
    return bind_values(query.text, bindings) if bindings else query.text


def run_query(query: NamedQuery, params: Mapping[str, str], store: Store) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a named or literal query with its parameters bound; variables and rows."""
    return store.select(prepare(query, params, store))
