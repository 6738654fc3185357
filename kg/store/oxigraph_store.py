"""The embedded on-disk store: pyoxigraph.

Atomicity (see docs/design/FACTS.md): one ``Store.update`` with several operations is all or
nothing, so an article's graph is replaced by a single ``DROP SILENT GRAPH <g> ; INSERT
DATA { GRAPH <g> { … } }``; ``replace_graphs`` writes several articles in one such
transaction (one ``extend`` when none of them is stored yet). A build killed at any moment leaves whole articles only, and
the next build completes the rest (an article whose graph is present with the same text
hash and extractor version is skipped).

Update text is built from terms serialised by pyoxigraph (``str(term)`` escapes and
checks them), never from raw user text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib.term import Node as RdfNode

from kg.errors import QueryError, StoreError
from kg.store import layout
from kg.store.base import ArticleState
from kg.store.bindings import bind_values
from kg.store.convert import (from_ox, graph_quads, replace_graph_update, replace_graphs_update,
                              shared_descriptions, triple_text)

_GEV = "https://w3id.org/geokg/ontology#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_ARTICLE = ox.NamedNode(_GEV + "Article")
_TEXT_HASH = ox.NamedNode(_GEV + "textHash")
_EXTRACTOR_VERSION = ox.NamedNode(_GEV + "extractorVersion")

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {"nq", "trig"}


_CHAR_CLASS = re.compile(r"\[[^\]]*\.\.=[^\]]*\]")
_POSITION = re.compile(r"^error at (\d+:\d+):\s*")


def syntax_message(exc: SyntaxError) -> str:
    """Oxigraph's parse error as one line that keeps the position (``line:column``).

    The parser lists the tokens it expected, some as Unicode ranges spread over several
    lines; those become "a name character" so the message fits on one line.
    """
    text = " ".join(_CHAR_CLASS.sub("a name character", str(exc)).split())
    m = _POSITION.match(text)
    where = f" at {m.group(1)}" if m else ""
    text = text[m.end():] if m else text
    if len(text) > 200:
        text = text[:199] + "…"
    return f"SPARQL syntax error{where} (line:column): {text}"


class OxigraphStore:
    """An on-disk Oxigraph store opened read-write (one writer at a time) or read-only."""

    def __init__(self, location: str | Path, *, read_only: bool = False, create: bool = True) -> None:
        self.location = str(location)
        self.read_only = read_only
        self._write_failed = False
        path = Path(location)
        if not path.exists() and (read_only or not create):
            raise StoreError(f"no store at {self.location}")
        if not read_only:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create store {self.location}: {exc}") from exc
        try:
            self._store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except (OSError, RuntimeError) as exc:  # RuntimeError: a store still being created by its writer
            msg = str(exc)
            if "lock" in msg.lower() or "temporarily unavailable" in msg.lower():
                raise StoreError(f"store in use: {self.location} is open in another process (a build or a server)") from exc
            if isinstance(exc, RuntimeError):
                raise StoreError(f"cannot open store {self.location} (is another process creating it?): {msg}") from exc
            raise StoreError(f"cannot open store {self.location}: {msg}") from exc

    # ---------- writing ----------

    def article_state(self, graph_iri: str) -> ArticleState | None:
        """Read by quad patterns inside the graph: the SPARQL form (``GRAPH ?g`` bound by
        VALUES) scans every article graph on Oxigraph, which made a build quadratic."""
        g = ox.NamedNode(graph_iri)
        for quad in self._store.quads_for_pattern(None, _RDF_TYPE, _ARTICLE, g):
            article = quad.subject
            return ArticleState(self._value(article, _TEXT_HASH, g), self._value(article, _EXTRACTOR_VERSION, g))
        return None

    def article_states(self, graph_iris: Sequence[str]) -> dict[str, ArticleState]:
        out = {}
        for g in graph_iris:
            state = self.article_state(g)
            if state is not None:
                out[g] = state
        return out

    def _value(self, subject, predicate: ox.NamedNode, graph: ox.NamedNode) -> str | None:
        for quad in self._store.quads_for_pattern(subject, predicate, None, graph):
            return quad.object.value
        return None

    @contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        """One write's errors as a one-line StoreError; an OSError (a full or failing disk)
        also marks the store so that ``close`` does not hide it behind a failing flush."""
        try:
            yield
        except OSError as exc:
            self._write_failed = True
            raise StoreError(f"{what}: {exc}") from exc
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{what}: {exc}") from exc

    def replace_graph(self, graph_iri: str, triples: Iterable[tuple[RdfNode, RdfNode, RdfNode]]) -> None:
        update = replace_graph_update(graph_iri, triples)
        with self._writing(f"could not write graph {graph_iri}"):
            self._store.update(update)

    def replace_graphs(self, graphs: Sequence[tuple[str, Sequence[tuple[RdfNode, RdfNode, RdfNode]]]]) -> None:
        """Replace several article graphs, with the shared descriptions they carry, in one
        transaction (``kg.store.layout``). When none of the graphs is in the store yet and no
        stored description differs (the common case of a first build) the quads are added by
        one ``Store.extend``, which is all or nothing and much faster than parsing an INSERT
        DATA; otherwise one update drops and inserts the graphs, replaces the descriptions
        that changed and sweeps the shared descriptions that no article names any more."""
        if not graphs:
            return
        with self._writing(f"could not write graphs {graphs[0][0]} … ({len(graphs)} graphs)"):
            shared = ox.NamedNode(layout.SHARED_GRAPH)
            absent: dict[str, list[ox.Triple]] = {}
            changed: dict[str, list[ox.Triple]] = {}
            for node, triples in shared_descriptions(graphs).items():
                stored = {q.triple for q in self._store.quads_for_pattern(ox.NamedNode(node), None, None, shared)}
                if not stored:
                    absent[node] = triples
                elif stored != set(triples):
                    changed[node] = triples
            existing = [iri for iri, _ in graphs if self._store.contains_named_graph(ox.NamedNode(iri))]
            if not existing and not changed:
                quads = [q for iri, triples in graphs for q in graph_quads(iri, triples)]
                quads += [ox.Quad(t.subject, t.predicate, t.object, shared) for ts in absent.values() for t in ts]
                self._store.extend(quads)
                return
            candidates = []
            if existing:
                _, rows = self.select(layout.candidates_query(existing))
                candidates = [str(r["n"]) for r in rows]
            described = {n: [triple_text(t) for t in ts] for n, ts in {**absent, **changed}.items()}
            ops = [replace_graphs_update(graphs), layout.describe_update(described, replace=changed),
                   layout.sweep_update(candidates)]
            self._store.update(" ;\n".join(op for op in ops if op))

    def flush(self) -> None:
        """Write the in-memory write buffers to disk. A long build calls it every few batches:
        without it RocksDB's memtables of every index grow before they are flushed
        (measured: the build process grew ≈ 0.2 MiB per article)."""
        if self.read_only:
            return
        with self._writing(f"could not flush {self.location}"):
            self._store.flush()

    def update(self, sparql: str) -> None:
        with self._writing("update failed"):
            self._store.update(sparql)

    # ---------- reading ----------

    def _run(self, query: str) -> Any:
        try:
            return self._store.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(syntax_message(exc)) from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def select(self, query: str, bindings: Mapping[str, RdfNode] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
        res = self._run(bind_values(query, bindings) if bindings else query)
        if isinstance(res, (bool, ox.QueryBoolean)):
            return ["ask"], [{"ask": bool(res)}]
        if not isinstance(res, ox.QuerySolutions):
            raise QueryError("not a SELECT or ASK query")
        names = [v.value for v in res.variables]
        rows = [{n: from_ox(sol[n]) for n in names} for sol in res]
        return names, rows

    def query_raw(self, query: str, result_format: str) -> bytes:
        res = self._run(query)
        if isinstance(res, (ox.QuerySolutions, ox.QueryBoolean)) or isinstance(res, bool):
            fmt = RESULT_FORMATS.get(result_format)
            if fmt is None:
                raise QueryError(f"unknown results format {result_format!r}")
            return res.serialize(format=fmt)
        fmt = RDF_FORMATS.get(result_format if result_format in RDF_FORMATS else "nt")
        return res.serialize(format=fmt)

    def dump(self, out: IO[bytes], rdf_format: str) -> None:
        if rdf_format in QUAD_FORMATS:
            self._store.dump(out, format=RDF_FORMATS[rdf_format])
            return
        res = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }", use_default_graph_as_union=True)
        res.serialize(out, format=RDF_FORMATS[rdf_format])

    def count(self) -> int:
        return len(self._store)

    def graphs(self) -> list[str]:
        return [g.value for g in self._store.named_graphs()]

    def close(self) -> None:
        if not hasattr(self, "_store"):
            return
        try:
            # after a failed write the disk is failing: a flush would fail too and hide the
            # first error; what was written before is in the write-ahead log all the same
            if not self.read_only and not self._write_failed:
                self._store.flush()
        except OSError as exc:  # a full or failing disk: what was written before stays whole
            raise StoreError(f"could not flush store {self.location}: {exc}") from exc
        finally:
            del self._store
