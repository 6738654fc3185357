"""`pip install .` into a new `python3 -m venv`, with the pip that venv ships (no upgrade),
gives a `kg` that builds the development corpus.

An older pip ignores extras of a dependency's dependency (trafilatura's `lxml[html_clean]`):
every package the code imports must be declared by our own pyproject.toml. Packages come
from pip's cache after `make install`, so this takes a minute or two, not a download.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles.jsonl"
TEST_ARTICLES = ROOT / "tests" / "data" / "articles.jsonl"

pytestmark = pytest.mark.integration


def _run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    res = subprocess.run(list(args), capture_output=True, text=True, timeout=1200, **kwargs)
    assert res.returncode == 0, f"{' '.join(args)} exited {res.returncode}: {res.stderr[-3000:]}"
    return res


def test_plain_pip_install_in_a_new_venv_builds_the_corpus(tmp_path):
    venv = tmp_path / "venv"
    base_python = getattr(sys, "_base_executable", sys.executable)
    _run(base_python, "-m", "venv", str(venv))
    _run(str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(ROOT),
         cwd=tmp_path, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    _run(str(venv / "bin" / "python"), "-c", "import trafilatura, lxml.html.clean, kg.ingest.html", cwd=tmp_path)
    corpus = DEV_CORPUS if DEV_CORPUS.exists() else TEST_ARTICLES
    store = tmp_path / "store"
    build = _run(str(venv / "bin" / "kg"), "build", str(corpus), "--store", str(store), cwd=tmp_path)
    assert " 0 skipped" in build.stderr and "0 built" not in build.stderr
    rows = _run(str(venv / "bin" / "kg"), "query", "who_said_what", "--param", "country=RU",
                "--format", "csv", "--store", str(store), cwd=tmp_path)
    assert len(rows.stdout.strip().splitlines()) > 1
