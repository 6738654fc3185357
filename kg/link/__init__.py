"""Entity resolution: mentions -> canonical nodes with deterministic IRIs.

* :mod:`kg.link.normalize` — the comparable form of names (all lookups go through it).
* :mod:`kg.link.iris` — the IRI policy (countries, places, orgs, persons, events, ...).
* :mod:`kg.link.gazetteer` — countries, regions, cities and actors as nodes
  (:func:`default_gazetteer` builds it once per process).
* :mod:`kg.link.resolve` — the :class:`Linker` that maps extractor mentions to nodes.

The curated tables are in ``kg/data/link/`` (see its README).
"""
from kg.link.gazetteer import Gazetteer, UnknownEntity, default_gazetteer
from kg.link.normalize import normalize_name
from kg.link.resolve import Linker

__all__ = ["Gazetteer", "Linker", "UnknownEntity", "default_gazetteer", "normalize_name"]
