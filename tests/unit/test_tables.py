"""The one table reader (``kg.tables``): one header rule, comments, padding, and no swallowed errors."""
from __future__ import annotations

import pytest

from kg.tables import DATA_DIR, read_rows


def test_first_line_that_is_no_comment_is_the_header(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("# a comment before the header\n\nlang\tword\tuse\n# a comment\nfr\tpas\n\nen\tnot\tnegation\n",
                    encoding="utf-8")
    rows = read_rows(path)
    assert [r.cells for r in rows] == [("fr", "pas"), ("en", "not", "negation")]
    assert rows[0].as_dict() == {"lang": "fr", "word": "pas", "use": ""}
    assert rows[1]["use"] == "negation"
    assert [r.line for r in rows] == [5, 7] and rows[0].where == f"{path}:5"


def test_a_missing_table_is_an_error_not_an_empty_table(tmp_path):
    with pytest.raises(OSError):
        read_rows(tmp_path / "missing.tsv")


def test_every_data_table_has_a_header_on_its_first_line():
    """The rule reads the shipped tables as their former readers did (header on line 1)."""
    for path in sorted(DATA_DIR.glob("*/*.tsv")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.strip() and not first.startswith("#"), path
        assert all(r.line > 1 for r in read_rows(path)), path
