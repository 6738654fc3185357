"""The server's query workers seen as a read-only :class:`kg.store.base.Store`.

The explorer's pages reuse code written for a store (``kg.query.ask.ask``, the named
queries, ``kg.network.project``); giving them this adapter rather than a store opened in
the HTTP process keeps the server's guarantees for them too: every query runs in a worker
process, within ``--timeout``, on the same snapshot as ``/query``.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from rdflib.term import Node as RdfNode

from kg.errors import QueryError, StoreError
from kg.serve.workers import QueryPool
from kg.store.bindings import bind_values
from kg.store.remote import term_from_json

JSON_RESULTS = "application/sparql-results+json"


class PoolStore:
    """``select`` through the worker pool; every write is refused (the explorer only reads)."""

    def __init__(self, pool: QueryPool, location: str) -> None:
        self.pool = pool
        self.location = location

    def select(self, query: str, bindings: Mapping[str, RdfNode] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
        text = bind_values(query, bindings) if bindings else query
        ans = self.pool.answer(text, JSON_RESULTS)
        if ans.status != 200:
            raise QueryError(ans.body.decode("utf-8", "replace").strip())
        res = json.loads(ans.body)
        if "boolean" in res:
            return ["ask"], [{"ask": res["boolean"]}]
        names = res["head"]["vars"]
        rows = [{n: term_from_json(b[n]) if n in b else None for n in names} for b in res["results"]["bindings"]]
        return names, rows

    def article_state(self, graph_iri: str):
        from kg.store.base import read_article_state

        return read_article_state(self, graph_iri)

    def _read_only(self, *_args, **_kwargs):
        raise StoreError("the explorer reads the store; it never writes it")

    replace_graph = replace_graphs = update = dump = query_raw = _read_only

    def count(self) -> int:
        _, rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"])

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass
