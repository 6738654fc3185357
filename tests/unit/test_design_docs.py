"""The design documents the code cites are in the repository, and current."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COPIES = ROOT / "docs" / "design"
ORIGINALS = ROOT.parent / "shared" / "design"
DOCUMENTS = ("CONTRACT.md", "ARCHITECTURE.md", "FACTS.md", "example-seed.ttl")


def test_the_cited_documents_are_in_the_repository():
    for name in DOCUMENTS:
        assert (COPIES / name).stat().st_size > 500, name


@pytest.mark.skipif(not ORIGINALS.is_dir(), reason="no ../shared/design beside this clone")
@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_copy_equals_the_maintainers_original(name):
    assert (COPIES / name).read_bytes() == (ORIGINALS / name).read_bytes(), (
        f"docs/design/{name} differs from ../shared/design/{name}: copy the new version")
