"""The HTTP side of ``kg serve``: routes, limits, and the update gate.

Routes: ``/query`` (GET, POST) and ``/update`` (POST, only with ``allow_update``), the
same paths as ``oxigraph serve`` so that ``--store http://HOST:PORT/query`` works for
every ``kg`` command. ``/`` opens the explorer (:mod:`kg.serve.explorer`) for a client
that accepts HTML, with its files under ``/static/`` and its JSON under ``/api/``; other
clients get a one-line description there. Requests larger than ``max_request_bytes`` are
refused (413/414) before their body is read. Every answer carries the explorer's
Content-Security-Policy (no inline script, no other origin).
"""
from __future__ import annotations

import signal
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import StoreError
from kg.serve import explorer
from kg.serve.protocol import ProtocolError, operation_from_get, operation_from_post
from kg.serve.workers import Answer, QueryPool, text_answer
from kg.store.oxigraph_store import syntax_message


@dataclass(frozen=True)
class ServeOptions:
    """How ``kg serve`` runs; the defaults are the safe ones (localhost, read-only)."""

    store: str
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    timeout: float = 30.0
    workers: int = 2
    max_request_bytes: int = 1_000_000
    verbose: bool = False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, options: ServeOptions, pool: QueryPool, writer) -> None:
        self.options = options
        self.pool = pool
        self.writer = writer  # the read-write pyoxigraph store, only with allow_update
        self.explorer = explorer.Explorer(pool, options.store)
        self.write_lock = threading.Lock()
        super().__init__((options.host, options.port), _Handler)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "geokg"
    protocol_version = "HTTP/1.1"

    # ---------- plumbing ----------

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if self.server.options.verbose:
            sys.stderr.write("kg serve: %s %s\n" % (self.address_string(), format % args))

    def _send(self, ans: Answer) -> None:
        self.send_response(ans.status)
        self.send_header("Content-Type", ans.content_type)
        self.send_header("Content-Length", str(len(ans.body)))
        self.send_header("Vary", "Accept")
        self.send_header("Content-Security-Policy", explorer.CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if ans.status == 405:
            self.send_header("Allow", "GET, POST" if self._route() == "query" else "POST")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(ans.body)

    def _error(self, status: int, message: str) -> None:
        self._send(text_answer(status, message))

    def _route(self) -> str | None:
        path = urlsplit(self.path).path.rstrip("/")
        if path.startswith("/static/"):
            return "static"
        if path.startswith("/api/"):
            return "api"
        return {"/query": "query", "/sparql": "query", "/update": "update", "": "root"}.get(path)

    def _body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if length is None:
            self._error(411, "a POST needs a Content-Length")
            return None
        try:
            n = int(length)
        except ValueError:
            self._error(400, "bad Content-Length")
            return None
        if n > self.server.options.max_request_bytes:
            self.close_connection = True
            self._error(413, f"request body of {n} bytes refused: the limit is {self.server.options.max_request_bytes}")
            return None
        return self.rfile.read(n)

    # ---------- methods ----------

    def do_GET(self) -> None:
        route = self._route()
        path = urlsplit(self.path).path
        if route == "static":
            self._send(explorer.static_file(path[len("/static/"):]))
            return
        if route == "api":
            self._send(self.server.explorer.api(path[len("/api/"):].rstrip("/"), urlsplit(self.path).query))
            return
        if route == "root" and explorer.wants_html(self.headers.get("Accept")):
            self._send(explorer.page())
            return
        if route == "root":
            self._error(200, "geokg SPARQL 1.1 endpoint: queries at /query (GET or POST)"
                        + ("; updates at /update (POST)" if self.server.options.allow_update else "; read-only"))
            return
        if route is None:
            self._error(404, f"no such path: {urlsplit(self.path).path} (use /query or /update)")
            return
        query_string = urlsplit(self.path).query
        if len(query_string.encode("utf-8")) > self.server.options.max_request_bytes:
            self._error(414, "query string too long")
            return
        try:
            op = operation_from_get(route, query_string)
        except ProtocolError as exc:
            self._error(exc.status, exc.message)
            return
        self._send(self.server.pool.answer(op.text, self.headers.get("Accept")))

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        route = self._route()
        if route in (None, "root", "static", "api"):
            self._error(404, f"no such path: {urlsplit(self.path).path} (use /query or /update)")
            return
        if route == "update" and not self.server.options.allow_update:
            self.close_connection = True
            self._error(403, "updates are refused: this server is read-only (start it with --allow-update)")
            return
        body = self._body()
        if body is None:
            return
        try:
            op = operation_from_post(route, self.headers.get("Content-Type", ""), body)
        except ProtocolError as exc:
            self._error(exc.status, exc.message)
            return
        if op.kind == "query":
            self._send(self.server.pool.answer(op.text, self.headers.get("Accept")))
        else:
            self._send(self._update(op.text))

    def do_PUT(self) -> None:
        self._error(405, "method not allowed")

    do_DELETE = do_PATCH = do_PUT

    def _update(self, text: str) -> Answer:
        with self.server.write_lock:
            try:
                self.server.writer.update(text)
                self.server.writer.flush()
            except SyntaxError as exc:
                return text_answer(400, syntax_message(exc))
            except (OSError, ValueError, RuntimeError) as exc:
                return text_answer(400, "update failed: " + " ".join(str(exc).split()))
            self.server.pool.refresh()
        return Answer(204, "text/plain; charset=utf-8", b"")


def make_server(options: ServeOptions) -> _Server:
    """Open the store and bind the socket; ``serve_forever()`` on the result serves."""
    import pyoxigraph as ox

    path = Path(options.store)
    if options.store.startswith(("http://", "https://")):
        raise StoreError("kg serve serves an embedded store folder, not an endpoint URL")
    writer = None
    if options.allow_update:
        try:
            writer = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower() or "temporarily unavailable" in str(exc).lower():
                raise StoreError(f"store in use: {options.store} is open in another process (a build or a server)") from exc
            raise StoreError(f"cannot open store {options.store}: {exc}") from exc
    elif not path.is_dir():
        raise StoreError(f"no store at {options.store}")
    else:
        try:
            ox.Store.read_only(str(path))  # fail now, with a clear message, rather than in a worker
        except OSError as exc:
            raise StoreError(f"cannot open store {options.store}: {exc}") from exc
    pool = QueryPool(str(path), options.workers, options.timeout)
    try:
        return _Server(options, pool, writer)
    except OSError as exc:
        pool.close()
        raise StoreError(f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}") from exc


def serve(options: ServeOptions, ready=None) -> None:
    """Serve until SIGTERM or Ctrl-C; ``ready(url)`` is called once the socket listens."""
    httpd = make_server(options)
    host, port = httpd.server_address[:2]
    url = f"http://{host}:{port}/query"
    previous = signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=httpd.shutdown, daemon=True).start())
    try:
        if ready is not None:
            ready(url)
        httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        httpd.server_close()
        httpd.pool.close()
        if httpd.writer is not None:
            httpd.writer.flush()
