"""The SPARQL 1.1 Protocol's request forms and content negotiation, without I/O.

Kept apart from the HTTP handler so that each rule (which parameter carries the query,
which media types a result kind can take, how ``Accept`` is weighed) is one small
function with its own test.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs

# Result media types by query kind, first = default when the client accepts anything.
RESULTS_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "ttl",
    "application/n-triples": "nt",
    "application/n-quads": "nq",
    "application/trig": "trig",
    "application/rdf+xml": "xml",
    "text/plain": "nt",
}
CONTENT_TYPE_OF = {
    ("results", "json"): "application/sparql-results+json",
    ("results", "xml"): "application/sparql-results+xml",
    ("results", "csv"): "text/csv; charset=utf-8",
    ("results", "tsv"): "text/tab-separated-values; charset=utf-8",
    ("graph", "ttl"): "text/turtle; charset=utf-8",
    ("graph", "nt"): "application/n-triples",
    ("graph", "nq"): "application/n-quads",
    ("graph", "trig"): "application/trig",
    ("graph", "xml"): "application/rdf+xml",
}


class ProtocolError(Exception):
    """A request the protocol does not allow; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Operation:
    """One query or update taken from a request."""

    kind: str  # "query" or "update"
    text: str


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise ProtocolError(400, f"more than one '{name}' parameter")
    return values[0]


def _refuse_dataset(params: dict[str, list[str]]) -> None:
    for name in ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri"):
        if name in params:
            raise ProtocolError(400, f"'{name}' is not supported: queries see the union of all graphs")


def operation_from_get(kind: str, query_string: str) -> Operation:
    """``GET /query?query=…``; updates are never taken by GET (the protocol forbids it)."""
    if kind != "query":
        raise ProtocolError(405, "updates must be sent with POST")
    params = parse_qs(query_string, keep_blank_values=True)
    _refuse_dataset(params)
    text = _single(params, "query")
    if text is None:
        raise ProtocolError(400, "missing 'query' parameter")
    return Operation("query", text)


def operation_from_post(kind: str, content_type: str, body: bytes) -> Operation:
    """POST with a form (``query=`` / ``update=``) or a direct body
    (``application/sparql-query`` / ``application/sparql-update``)."""
    media = content_type.split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8") from None
    if media == "application/x-www-form-urlencoded":
        params = parse_qs(text, keep_blank_values=True)
        _refuse_dataset(params)
        value = _single(params, kind)
        if value is None:
            raise ProtocolError(400, f"missing '{kind}' parameter")
        return Operation(kind, value)
    direct = {"query": "application/sparql-query", "update": "application/sparql-update"}[kind]
    if media == direct:
        return Operation(kind, text)
    raise ProtocolError(415, f"unsupported content type {media or '(none)'}: send {direct} or a form")


def _accepted(accept: str) -> list[tuple[float, int, str]]:
    """Media ranges of an Accept header with their weights, best first (ties keep order)."""
    out = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            out.append((q, i, media))
    return sorted(out, key=lambda t: (-t[0], t[1]))


def negotiate(accept: str | None, result_kind: str) -> str | None:
    """The format key (json, xml, csv, tsv / ttl, nt, nq, trig, xml) for a result of
    ``result_kind`` ("results" or "graph") given an Accept header; None = not acceptable."""
    table = RESULTS_TYPES if result_kind == "results" else GRAPH_TYPES
    default = "json" if result_kind == "results" else "ttl"
    if not accept or not accept.strip():
        return default
    for _q, _i, media in _accepted(accept):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            if media == "*/*":
                return default
            prefix = media[:-1]
            for full, key in table.items():
                if full.startswith(prefix):
                    return default if CONTENT_TYPE_OF[(result_kind, default)].startswith(prefix) else key
    return None
