"""The KgError hierarchy: library code raises these; only kg/cli.py turns them into exit codes."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error geokg raises on purpose; its message is one line for the user."""


class InputError(KgError):
    """A bad input (unreadable, empty, binary, wrong encoding, malformed line, unsupported language).

    It names the file and, where there is one, the line, so that the user can find it.
    """

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class ExtractionError(KgError):
    """The NLP pipeline could not process an article."""


class StoreError(KgError):
    """The store could not be opened, read or written (e.g. it is in use by another build)."""


class QueryError(KgError):
    """A SPARQL query is unknown, malformed, or was given bad parameters."""
