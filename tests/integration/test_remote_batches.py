"""Batched article graphs written to a real `oxigraph serve` endpoint (SPARQL 1.1 Update
over HTTP) give the same quads as the embedded store, replacements included."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import OxigraphStore, RemoteStore
from kg.store.batches import GraphBatcher
from tests.integration.test_endpoint import free_port
from tests.unit.test_batches import graph

pytestmark = pytest.mark.integration


@pytest.fixture
def writable_server(tmp_path):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    location = tmp_path / "served"
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
    yield url, location
    proc.terminate()
    proc.wait(timeout=10)


def write(store, batch_size):
    batcher = GraphBatcher(store, max_graphs=batch_size)
    for i in range(7):
        batcher.add(*graph(i, "old", extra=2))
    batcher.flush()
    for i in range(0, 7, 2):  # rebuild some articles: their old graphs must go
        batcher.add(*graph(i, "new"))
    batcher.flush()


def test_remote_batches_equal_embedded_batches(writable_server, tmp_path):
    url, location = writable_server
    write(RemoteStore(url + "/query"), batch_size=3)
    embedded = OxigraphStore(tmp_path / "embedded")
    write(embedded, batch_size=3)
    expected = set(embedded._store)
    embedded.close()
    served = ox.Store.read_only(str(location))
    assert set(served) == expected and len(expected) == 4 * 2 + 3 * 4
