"""A build with worker processes killed with SIGKILL leaves no worker behind, and the next
build completes the store (each batch of articles is one transaction)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import OxigraphStore
from tests.conftest import ARTICLES, DATA, kg_cli

pytestmark = pytest.mark.integration


def children(pid: int) -> set[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return {int(c) for c in path.read_text().split()} if path.exists() else set()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[1].startswith("Z"))


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc (Linux)")
def test_killed_parallel_build_leaves_no_worker_and_is_completed(tmp_path):
    store = tmp_path / "s"
    inputs = [str(ARTICLES), str(DATA / "variants.jsonl")]
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", *inputs, "--store", str(store), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    workers: set[int] = set()
    while time.time() < deadline and len(workers) < 2 and proc.poll() is None:
        workers = children(proc.pid)
        time.sleep(0.1)
    if proc.poll() is not None:
        pytest.fail("the build ended before its workers could be seen")
    assert len(workers) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 15
    while time.time() < deadline and any(alive(w) for w in workers):
        time.sleep(0.2)
    assert not any(alive(w) for w in workers), "pool workers outlived the killed build"
    kg_cli("build", *inputs, "--store", str(store), "--workers", "2", check=True)
    s = OxigraphStore(store, read_only=True)
    try:
        _, rows = s.select("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/geokg/ontology#Article> }")
    finally:
        s.close()
    expected = sum(1 for f in inputs for line in Path(f).read_text(encoding="utf-8").splitlines() if line.strip())
    assert int(rows[0]["n"]) == expected
