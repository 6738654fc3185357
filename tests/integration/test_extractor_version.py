"""An upgrade of the extractor's words, code or models rebuilds the stored articles.

The package is copied to a temporary folder and run from there (``PYTHONPATH``), so one
row of a word table can be changed without touching the installed package.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.store import OxigraphStore
from kg.version import EXTRACTOR_VERSION, PACKAGE_ROOT, extractor_version
from tests.conftest import ARTICLES

GEV = "https://w3id.org/geokg/ontology#"
TABLE = Path("data/lexicon/speech_verbs.tsv")


def _copy_package(dest: Path) -> Path:
    root = dest / "kg"
    shutil.copytree(PACKAGE_ROOT, root, ignore=shutil.ignore_patterns("__pycache__"))  # links followed
    return root


def _change_one_row(root: Path) -> None:
    """Rename the last word of a lexicon table: one row changed, the table still valid."""
    path = root / TABLE
    lines = path.read_text(encoding="utf-8").splitlines()
    last = max(i for i, line in enumerate(lines) if line and not line.startswith("#"))
    cells = lines[last].split("\t")
    cells[1] = "zzgeokgtestverb"
    lines[last] = "\t".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_version_follows_the_data_tables(tmp_path):
    root = _copy_package(tmp_path)
    assert extractor_version(root) == EXTRACTOR_VERSION  # same files, same version
    (root / "data/ask/patterns.tsv").write_text("# questions only: not read by the build\n")
    assert extractor_version(root) == EXTRACTOR_VERSION
    _change_one_row(root)
    assert extractor_version(root) != EXTRACTOR_VERSION
    assert extractor_version(root).split("+")[0] == EXTRACTOR_VERSION.split("+")[0]


def test_the_version_follows_the_extraction_code(tmp_path):
    root = _copy_package(tmp_path)
    with (root / "nlp/extract.py").open("a", encoding="utf-8") as f:
        f.write("\n# an edit\n")
    assert extractor_version(root) != EXTRACTOR_VERSION


def _kg_from(pythonpath: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          env=env, timeout=600, cwd=pythonpath)


def _stored_versions(store: Path) -> set[str]:
    st = OxigraphStore(store, read_only=True)
    try:
        rows = st.select(f"SELECT ?v WHERE {{ ?a <{GEV}extractorVersion> ?v }}")[1]
    finally:
        st.close()
    return {str(r["v"]) for r in rows}


@pytest.mark.integration
def test_a_changed_table_rebuilds_the_stored_articles(tmp_path):
    packages = tmp_path / "site"
    root = _copy_package(packages)
    article = json.loads(ARTICLES.read_text(encoding="utf-8").splitlines()[0])
    inputs = tmp_path / "one.jsonl"
    inputs.write_text(json.dumps(article) + "\n", encoding="utf-8")
    store = tmp_path / "store"

    first = _kg_from(packages, "build", str(inputs), "--store", str(store))
    assert first.returncode == 0, first.stderr[-2000:]
    assert "1 built" in first.stderr and "rebuilt" not in first.stderr
    assert _stored_versions(store) == {extractor_version(root)}

    _change_one_row(root)
    upgraded = extractor_version(root)
    second = _kg_from(packages, "build", str(inputs), "--store", str(store))
    assert second.returncode == 0, second.stderr[-2000:]
    assert "1 built, 0 unchanged" in second.stderr
    assert f"1 rebuilt: extractor changed (now {upgraded})" in second.stderr
    assert _stored_versions(store) == {upgraded}

    third = _kg_from(packages, "build", str(inputs), "--store", str(store))
    assert "0 built, 1 unchanged" in third.stderr and "rebuilt" not in third.stderr
