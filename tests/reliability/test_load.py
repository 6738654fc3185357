"""Load: ``kg serve`` under 50 concurrent clients running a mix of the named queries.

All traffic is on 127.0.0.1 against a real ``kg serve`` process. Zero errors are
allowed; the p50/p99 latencies under load are reported as ratios to one client's
latency measured in the same run (no timed assertion). While the clients run, a query
over the time limit is stopped with a clear error, an oversized request and an update
are refused, and the server keeps answering. Injection through the named queries'
parameters, bound and sent to the server, changes neither the answer's shape nor the
store. Sizes: CI 50 clients × 8 s; ``KG_RELIABILITY_FULL=1`` 50 clients × 30 s.
"""
from __future__ import annotations

import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.errors import QueryError
from kg.query import find_query
from kg.query.run import prepare
from kg.store import RemoteStore
from tests.integration.test_injection import HOSTILE
from tests.reliability.conftest import size
from tests.servers import kg_server

pytestmark = [pytest.mark.integration, pytest.mark.reliability]

CLIENTS = 50
MIX = [  # (named query, parameters): the questions a dashboard asks
    ("who_said_what", {"country": "RU"}),
    ("who_said_what", {"country": "UA", "type": "DroneStrike"}),
    ("event_timeline", {"country": "UA"}),
    ("attributed_events", {"actor": "Ukraine"}),
    ("actor_statements", {"actor": "Kremlin"}),
]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
HOSTILE_PARAMS = [("who_said_what", "country"), ("actor_statements", "actor"), ("attributed_events", "actor")]


def request(url: str, query: str, *, post: bool = False, timeout: float = 120) -> tuple[int, bytes]:
    """One SPARQL request: (status, body); HTTP errors are answers, not exceptions."""
    headers = {"Accept": "application/sparql-results+json"}
    if post:
        req = urllib.request.Request(url, data=query.encode("utf-8"),
                                     headers={**headers, "Content-Type": "application/sparql-query"})
    else:
        req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as res:
            return res.status, res.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def run_clients(url: str, queries: list[str], clients: int, seconds: float) -> tuple[list[float], list[str]]:
    """``clients`` threads sending the mix in turn for ``seconds``: latencies and errors."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(k: int) -> None:
        n = k
        while time.monotonic() < deadline:
            query = queries[n % len(queries)]
            n += 1
            started = time.monotonic()
            try:
                status, body = request(url, query, post=n % 2 == 0)
                failure = None if status == 200 else f"{status}: {body[:200]!r}"
            except OSError as exc:  # refused or reset connection
                failure = f"{type(exc).__name__}: {exc}"
            took = time.monotonic() - started
            with lock:
                if failure:
                    errors.append(failure)
                else:
                    latencies.append(took)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def test_fifty_clients_running_the_named_queries(store_copy):
    seconds = size(8, 30)
    with kg_server(store_copy, "--timeout", "3", "--max-request-bytes", "20000") as url:
        remote = RemoteStore(url)
        queries = [prepare(find_query(name), params, remote) for name, params in MIX]
        _, before = request(url, COUNT)

        single, single_errors = run_clients(url, queries, 1, max(3.0, seconds / 4))
        assert not single_errors, single_errors[:3]

        side: dict[str, object] = {}

        def probes() -> None:  # while the 50 clients run
            time.sleep(seconds / 4)
            side["slow"] = request(url, SLOW)
            side["oversized"] = request(url, "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30000, post=True)
            update_url = url[: -len("/query")] + "/update"
            req = urllib.request.Request(update_url, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
            try:
                urllib.request.urlopen(req, timeout=60)
                side["update"] = 200
            except urllib.error.HTTPError as err:
                side["update"] = err.code

        prober = threading.Thread(target=probes)
        prober.start()
        loaded, errors = run_clients(url, queries, CLIENTS, seconds)
        prober.join()

        assert errors == [], f"{len(errors)} errors under load: {errors[:3]}"
        slow_status, slow_body = side["slow"]
        assert slow_status == 503 and b"time limit" in slow_body, (slow_status, slow_body[:200])
        assert side["oversized"][0] == 413
        assert side["update"] == 403
        status, after = request(url, COUNT)
        assert status == 200 and after == before  # still serving, nothing changed

    p50_1, p99_1 = percentile(single, 50), percentile(single, 99)
    p50, p99 = percentile(loaded, 50), percentile(loaded, 99)
    print(f"\nload: {CLIENTS} clients × {seconds} s on 127.0.0.1: {len(loaded)} requests, 0 errors, "
          f"{len(loaded) / seconds:.0f} req/s ({len(single) / max(3.0, seconds / 4):.0f} req/s with one client); "
          f"p50 {p50 / p50_1:.1f}× one client's p50, p99 {p99 / p99_1:.1f}× one client's p99 "
          f"(one client: p50 {p50_1 * 1000:.1f} ms, p99 {p99_1 * 1000:.1f} ms; "
          f"mean under load {statistics.mean(loaded) / statistics.mean(single):.1f}× one client's mean); "
          f"time-limit query 503, oversized 413, update 403")


def test_hostile_named_query_parameters_sent_to_the_server(store_copy):
    """The injection values of the SPARQL issue, through named queries run on ``kg serve``."""
    with kg_server(store_copy) as url:
        remote = RemoteStore(url)
        _, before = request(url, COUNT)
        for value in HOSTILE:
            for name, param in HOSTILE_PARAMS:
                try:
                    text = prepare(find_query(name), {param: value}, remote)
                except QueryError as exc:
                    assert "\n" not in str(exc)
                    continue
                _, rows = remote.select(text)
                assert rows == [], f"{name}: a hostile {param} matched rows"
            for post in (False, True):  # the raw value as the query text itself: a syntax error
                assert request(url, value, post=post)[0] == 400
        status, after = request(url, COUNT)
        assert status == 200 and after == before
