"""The explorer's HTTP routes: the page, its static files and its JSON API.

``GET /`` serves the page to a browser (a client that accepts ``text/html``); every
script, style and picture comes from ``kg/serve/static/`` in the package, so the explorer
works offline, and the Content-Security-Policy (``CSP``, sent with every answer of the
server) forbids inline scripts and any other origin. The API is read-only and answers
JSON under ``/api/``; its work is in :mod:`kg.serve.explorer_api`.
"""
from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from urllib.parse import parse_qs

from kg.errors import KgError
from kg.serve import explorer_api as api
from kg.serve.pool_store import PoolStore
from kg.serve.workers import Answer, QueryPool

STATIC = Path(__file__).parent / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
         ".txt": "text/plain; charset=utf-8"}


def wants_html(accept: str | None) -> bool:
    """A browser asks for ``text/html``; SPARQL clients and scripts do not."""
    return bool(accept) and "text/html" in accept.lower()


def page() -> Answer:
    return Answer(200, "text/html; charset=utf-8", (STATIC / "index.html").read_bytes())


def static_file(rel: str) -> Answer:
    """A file under ``static/``; anything outside it (``..``, absolute paths) is not found."""
    path = (STATIC / rel).resolve()
    if STATIC.resolve() not in path.parents or not path.is_file():
        return Answer(404, "text/plain; charset=utf-8", b"no such file\n")
    ctype = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Answer(200, ctype, path.read_bytes())


def _json(status: int, value: object) -> Answer:
    return Answer(status, "application/json; charset=utf-8", json.dumps(value, ensure_ascii=False).encode("utf-8"))


class Explorer:
    """The API's state: a store over the server's query workers, and the cached snapshot."""

    def __init__(self, pool: QueryPool, location: str) -> None:
        self.store = PoolStore(pool, location)
        self.cache = api.ContextCache(self.store, lambda: pool.generation)

    def api(self, name: str, query_string: str) -> Answer:
        params = {k: v for k, v in parse_qs(query_string, keep_blank_values=True).items()}
        one = lambda k: (params.get(k) or [""])[0]  # noqa: E731 - a local shorthand
        lang = one("lang") or None
        try:
            if name == "ask":
                return _json(200, api.ask_json(one("q"), self.store, self.cache, lang))
            if name == "examples":
                return _json(200, {"questions": api.examples_json()})
            if name == "evidence":
                return _json(200, api.evidence_json(one("iri"), self.store, self.cache, lang))
            if name == "entity":
                return _json(200, api.entity_json(one("iri"), self.store, self.cache, lang))
            if name == "timeline":
                return _json(200, api.timeline_json(one("place"), self.store, self.cache, lang))
            if name == "network":
                return _json(200, api.network_json(one("projection") or "actor-event", params.get("focus", []),
                                                   self.cache, lang))
            if name == "queries":
                return _json(200, api.queries_json(self.store))
        except api.NotFound as exc:
            return _json(404, {"error": str(exc)})
        except KgError as exc:
            return _json(400, {"error": str(exc)})
        return _json(404, {"error": f"no such API: {name}"})
