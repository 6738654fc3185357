"""Read the curated tables in ``kg/data/link/`` (see its README for the columns).

Tables are tab-separated, UTF-8, with a header line; ``#`` starts a comment line and blank
lines are skipped, so a maintainer can extend them without touching Python. Missing trailing
columns read as empty strings.
"""
from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "link"


def read_table(name: str, data_dir: Path = DATA_DIR) -> list[dict[str, str]]:
    """The rows of ``name`` as dicts keyed by the header's column names."""
    path = data_dir / name
    lines = path.read_text(encoding="utf-8").splitlines()
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def split_list(cell: str) -> list[str]:
    """A ``|``-separated cell as a list of non-empty, stripped items."""
    return [x.strip() for x in cell.split("|") if x.strip()]

