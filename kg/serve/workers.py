"""Query worker processes: each opens the store read-only and answers one query at a time.

Why processes: a running pyoxigraph query cannot be interrupted from Python, so a query
over the time limit is stopped by terminating the worker that runs it and starting a
fresh one; the server, and the other workers, keep serving. Workers are started with
"spawn" (the server has threads by then, and fork with threads is unsafe) and import only
pyoxigraph, so a restart costs a fraction of a second.

A worker's read-only store is a snapshot; when the server has applied an update (only
with ``--allow-update``) it raises a generation number and each worker reopens its
snapshot before its next query.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

from kg.serve.protocol import CONTENT_TYPE_OF, negotiate
from kg.store.oxigraph_store import syntax_message


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes


def text_answer(status: int, message: str) -> Answer:
    """A plain-text answer of one line (errors and notices)."""
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


def run_query(store, query: str, accept: str | None) -> Answer:
    """Run one query on a pyoxigraph store and serialise it as the client asked."""
    import pyoxigraph as ox

    try:
        res = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as exc:
        return text_answer(400, syntax_message(exc))
    except (OSError, ValueError, RuntimeError) as exc:
        return text_answer(400, "query failed: " + " ".join(str(exc).split()))
    kind = "graph" if isinstance(res, ox.QueryTriples) else "results"
    fmt = negotiate(accept, kind)
    if fmt is None:
        return text_answer(406, f"cannot answer with any of: {accept}")
    if kind == "results":
        formats = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
    else:
        formats = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
                   "trig": ox.RdfFormat.TRIG, "xml": ox.RdfFormat.RDF_XML}
    try:
        body = res.serialize(format=formats[fmt])
    except (OSError, ValueError, RuntimeError) as exc:
        return text_answer(500, "could not serialise the results: " + " ".join(str(exc).split()))
    return Answer(200, CONTENT_TYPE_OF[(kind, fmt)], body)


def open_snapshot(store_path: str, attempts: int = 40):
    """A read-only snapshot of the store. Opening it while a writer compacts can find a
    file listed in the manifest already gone; the next attempt sees the new manifest."""
    import pyoxigraph as ox

    for attempt in range(attempts):
        try:
            return ox.Store.read_only(store_path)
        except (OSError, RuntimeError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


def worker_main(conn: Connection, store_path: str) -> None:
    """A worker's loop: receive (generation, query, accept), send an Answer's fields."""
    generation, store = -1, None
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        gen, query, accept = msg
        try:
            if gen != generation or store is None:
                store = None
                store = open_snapshot(store_path)
                generation = gen
            ans = run_query(store, query, accept)
            if ans.status == 400 and "No such file" in ans.body.decode("utf-8", "replace"):
                store = open_snapshot(store_path)  # a writer compacted the files under our snapshot
                ans = run_query(store, query, accept)
        except (OSError, RuntimeError) as exc:
            store = None
            ans = text_answer(503, "the store could not be read: " + " ".join(str(exc).split()))
        conn.send((ans.status, ans.content_type, ans.body))


class _Worker:
    def __init__(self, ctx, store_path: str) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=worker_main, args=(child, store_path), daemon=True)
        self.proc.start()
        child.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=2)
        self.conn.close()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(timeout=5)
        self.conn.close()


class QueryPool:
    """A fixed number of query workers; ``answer`` borrows one, waits at most ``timeout``."""

    def __init__(self, store_path: str, size: int, timeout: float) -> None:
        self.store_path = store_path
        self.timeout = timeout
        self.generation = 0
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, size)):
            self._idle.put(_Worker(self._ctx, store_path))

    def refresh(self) -> None:
        """The store changed: workers reopen their snapshot before their next query."""
        with self._lock:
            self.generation += 1

    def answer(self, query: str, accept: str | None) -> Answer:
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return text_answer(503, f"server busy: no query worker free within {self.timeout:g} s")
        left = max(0.01, self.timeout - (time.monotonic() - started))
        try:
            worker.conn.send((self.generation, query, accept))
            if worker.conn.poll(left):
                status, ctype, body = worker.conn.recv()
                self._idle.put(worker)
                return Answer(status, ctype, body)
        except (EOFError, OSError):
            pass  # the worker died (e.g. out of memory): replace it below
        else:
            worker.kill()
            self._replace()
            return text_answer(503, f"query stopped: it exceeded the time limit of {self.timeout:g} s")
        worker.kill()
        self._replace()
        return text_answer(500, "the query worker failed; the query was not answered")

    def _replace(self) -> None:
        if not self._closed:
            self._idle.put(_Worker(self._ctx, self.store_path))

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return
