"""The one reader of the curated tables under ``kg/data/`` (lexicons, link tables, ask tables).

Every table is tab-separated UTF-8 with one rule for its layout: the first line that is
neither blank nor a comment (``#`` at its start) is the header, naming the columns; every
later such line is a row. Cells are stripped; missing trailing cells read as empty
strings. A table that cannot be read raises (``OSError``, ``UnicodeDecodeError``): a
missing word list is a broken installation, never an empty table.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Row:
    """One row of a table: its cells, the header's column names, and where it was read."""

    path: Path
    line: int
    header: tuple[str, ...]
    cells: tuple[str, ...]

    def __getitem__(self, column: str) -> str:
        return self.as_dict()[column]

    def as_dict(self) -> dict[str, str]:
        """The cells keyed by column name (missing trailing cells are "")."""
        cells = self.cells + ("",) * (len(self.header) - len(self.cells))
        return dict(zip(self.header, cells))

    @property
    def where(self) -> str:
        """``path:line``, for one-line error messages."""
        return f"{self.path}:{self.line}"


def read_rows(path: Path) -> list[Row]:
    """The rows of the table at ``path`` (header and comments left out)."""
    return list(_read(Path(path)))


@lru_cache(maxsize=None)
def _read(path: Path) -> tuple[Row, ...]:
    header: tuple[str, ...] | None = None
    rows = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        if header is None:
            header = cells
        else:
            rows.append(Row(path, no, header, cells))
    return tuple(rows)


def data_table(folder: str, name: str) -> list[Row]:
    """The rows of ``kg/data/FOLDER/NAME``."""
    return read_rows(DATA_DIR / folder / name)
