"""Bind values to a query's variables, the same way on every store.

Each value is an RDF term serialised by pyoxigraph (which escapes and checks it) inside a
``VALUES`` block. The block goes where the query's ``#@values`` line stands, else at the
start of its first WHERE group, so that FILTERs in that group see the bound values on any
SPARQL engine (a trailing VALUES clause would join only after them).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib.term import Node as RdfNode

from kg.errors import QueryError
from kg.store.convert import to_ox

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_MARKER = re.compile(r"^[ \t]*#@values[ \t]*$", re.MULTILINE)


def values_block(bindings: Mapping[str, RdfNode | None]) -> str:
    if not bindings:
        return ""
    names = " ".join(f"?{n}" for n in bindings)
    terms = " ".join("UNDEF" if v is None else str(to_ox(v)) for v in bindings.values())
    return f"VALUES ({names}) {{ ({terms}) }}"


def bind_values(query: str, bindings: Mapping[str, RdfNode | None]) -> str:
    """The query with a VALUES block for ``bindings`` (None = unbound) in place."""
    for name in bindings:
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"bad parameter name {name!r}")
    block = values_block(bindings)
    if not block:
        return query
    if _MARKER.search(query):
        return _MARKER.sub(lambda _m: "  " + block, query, count=1)
    pos = 0
    for line in query.splitlines(keepends=True):
        if not line.lstrip().startswith("#"):
            m = _WHERE.search(line)
            if m:
                at = pos + m.end()
                return query[:at] + "\n  " + block + "\n" + query[at:]
        pos += len(line)
    raise QueryError("cannot bind parameters: the query has no WHERE clause")
