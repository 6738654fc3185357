"""The Doc extension attributes our components write.

Registered at import time in one module that every component imports, so that values
travel back from ``nlp.pipe(n_process=…)`` workers (see docs/design/FACTS.md). Values are plain
lists and dicts: they are msgpack round-tripped between processes.
"""
from __future__ import annotations

from spacy.tokens import Doc

for _name in ("geokg_skip", "geokg_events", "geokg_statements"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def get_list(doc: Doc, name: str) -> list:
    """The extension's list, created on first use (a shared mutable default would leak across Docs)."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value
