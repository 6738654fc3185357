"""A real `oxigraph serve` process on 127.0.0.1 serving a built store: the named query
runs through SPARQLWrapper (RemoteStore) and gives the same answer as the embedded store."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.query import find_query
from kg.query.run import prepare
from kg.store import OxigraphStore, RemoteStore

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(store_copy):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists():
        pytest.fail("the oxigraph server is not installed (pip install oxigraph): it is a test dependency")
    port = free_port()
    proc = subprocess.Popen([exe, "serve-read-only", "--location", str(store_copy), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()[-500:]}")
            time.sleep(0.2)
    yield url, store_copy
    proc.terminate()
    proc.wait(timeout=10)


def test_who_said_what_through_the_sparql_protocol(server):
    url, path = server
    remote = RemoteStore(url + "/query")
    q = find_query("who_said_what")
    _, remote_rows = remote.select(prepare(q, {"country": "RU"}, remote))
    local = OxigraphStore(path, read_only=True)
    try:
        _, local_rows = local.select(prepare(q, {"country": "RU"}, local))
    finally:
        local.close()
    assert remote_rows, "the endpoint returned no statements about attacks in Russia"
    key = lambda rows: sorted((str(r["statement"]), str(r["speaker"]), str(r["quote"])) for r in rows)  # noqa: E731
    assert key(remote_rows) == key(local_rows)


def test_kg_query_accepts_an_endpoint_url(server):
    from tests.conftest import kg_cli
    url, _ = server
    res = kg_cli("query", "who_said_what", "--param", "country=Russia", "--format", "csv", "--store", url + "/query", check=True)
    assert res.stdout.splitlines()[0].startswith("statement,speaker")
    assert len(res.stdout.splitlines()) >= 2


def test_network_projection_through_the_sparql_protocol(server):
    """The network snapshot is read with SPARQL only (named graphs included), so a
    projection of the endpoint equals the projection of the embedded store."""
    from kg.network import project

    url, path = server
    remote = project(RemoteStore(url + "/query"), "full", "fr")
    local_store = OxigraphStore(path, read_only=True)
    try:
        local = project(local_store, "full", "fr")
    finally:
        local_store.close()
    assert local.number_of_edges() > 0
    assert dict(remote.nodes(data=True)) == dict(local.nodes(data=True))
    assert {(u, v): d for u, v, d in remote.edges(data=True)} == {(u, v): d for u, v, d in local.edges(data=True)}
