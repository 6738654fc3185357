"""Read the curated tables in ``kg/data/link/`` (see its README for the columns).

Tables are read by ``kg.tables`` (one header rule for every table under ``kg/data``): tab-
separated, UTF-8, with a header line; ``#`` starts a comment line and blank lines are
skipped, so a maintainer can extend them without touching Python. Missing trailing columns
read as empty strings.
"""
from __future__ import annotations

from pathlib import Path

from kg.tables import read_rows

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "link"


def read_table(name: str, data_dir: Path = DATA_DIR) -> list[dict[str, str]]:
    """The rows of ``name`` as dicts keyed by the header's column names (``kg.tables``)."""
    return [r.as_dict() for r in read_rows(data_dir / name)]


def split_list(cell: str) -> list[str]:
    """A ``|``-separated cell as a list of non-empty, stripped items."""
    return [x.strip() for x in cell.split("|") if x.strip()]

