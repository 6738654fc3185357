"""Shared fixtures. Integration tests use the real spaCy models, the real Oxigraph store
and, for the endpoint test, a real `oxigraph serve` process on 127.0.0.1."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ARTICLES = DATA / "articles.jsonl"


def kg_cli(*args: str, input: str | None = None, check: bool = False) -> subprocess.CompletedProcess:
    """Run the real `kg` command in a subprocess."""
    res = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, input=input, timeout=600)
    if check and res.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {res.returncode}: {res.stderr[-2000:]}")
    return res


@pytest.fixture(scope="session")
def built_store(tmp_path_factory) -> Path:
    """The test articles built once into a store (read it, do not write it)."""
    store = tmp_path_factory.mktemp("built") / "store"
    kg_cli("build", str(ARTICLES), "--store", str(store), check=True)
    return store


@pytest.fixture
def store_copy(built_store, tmp_path) -> Path:
    dest = tmp_path / "store"
    shutil.copytree(built_store, dest)
    return dest


def article_texts() -> dict[str, str]:
    return {json.loads(l)["id"]: json.loads(l)["text"] for l in ARTICLES.read_text(encoding="utf-8").splitlines() if l.strip()}
