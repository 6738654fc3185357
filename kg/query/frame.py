"""Query results as a pandas DataFrame, for analysts who work in notebooks.

pandas is optional (``pip install geokg[pandas]``): nothing else in geokg needs it, so it
is imported only here, when a frame is asked for. Cells are plain Python values: IRIs and
strings as ``str``, typed literals as their Python value (``int``, ``bool``, ``datetime.date``).
"""
from __future__ import annotations

from typing import Any

from rdflib import Literal

from kg.errors import KgError


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Literal):
        py = value.toPython()
        return py if not isinstance(py, Literal) else str(value)
    return value if isinstance(value, (bool, int, float)) else str(value)


def to_dataframe(names: list[str], rows: list[dict[str, Any]]):
    """A ``pandas.DataFrame`` with one column per variable, in the query's order."""
    try:
        import pandas as pd
    except ImportError:
        raise KgError("pandas is not installed: pip install 'geokg[pandas]' (or use the rows as dicts)") from None
    return pd.DataFrame([[_plain(r.get(n)) for n in names] for r in rows], columns=names)
