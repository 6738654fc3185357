"""A build killed with SIGKILL leaves a store that opens, and the next build completes it
to the same graph as an uninterrupted build (each article is one transaction)."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.conftest import ARTICLES, kg_cli

pytestmark = pytest.mark.integration


def union_graph(store, tmp_path, name):
    out = tmp_path / f"{name}.nt"
    kg_cli("export", "--format", "nt", "-o", str(out), "--store", str(store), check=True)
    g = rdflib.Graph()
    g.parse(out, format="nt")
    return g


@pytest.mark.parametrize("seed", [1, 2])
def test_killed_build_is_completed_by_the_next(tmp_path, built_store, seed):
    store = tmp_path / "s"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(ARTICLES), "--store", str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.Random(seed).uniform(1.0, 6.0))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    kg_cli("build", str(ARTICLES), "--store", str(store), check=True)
    assert kg_cli("validate", "--store", str(store)).returncode == 0
    assert isomorphic(union_graph(store, tmp_path, "resumed"), union_graph(built_store, tmp_path, "reference"))
