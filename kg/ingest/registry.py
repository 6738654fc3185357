"""Readers looked up by file extension, so that a new input format is one new module.

A reader is a function ``(path, defaults) -> Iterator[Article | InputError]``. It yields
errors instead of raising them because one bad line of a JSONL file must not stop the
lines after it; ``kg.ingest.read_articles`` hands the errors to the caller's callback.
A format module registers itself with ``@register(".ext", ...)`` and is listed in
``_FORMAT_MODULES`` below, which is imported on first use.
"""
from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.errors import InputError
from kg.model import Article


@dataclass(frozen=True)
class Defaults:
    """Metadata given on the command line (``--published``, ``--lang``).

    They fill in what an input does not say itself; they never override the input.
    """

    published: dt.date | None = None
    language: str | None = None


Reader = Callable[[str, Defaults], Iterator["Article | InputError"]]

_READERS: dict[str, Reader] = {}
_FORMAT_MODULES = ("text", "jsonl", "json_file", "html")
_loaded = False


def register(*extensions: str) -> Callable[[Reader], Reader]:
    """Register ``reader`` for the given extensions (with the dot, any case)."""

    def decorator(reader: Reader) -> Reader:
        for ext in extensions:
            _READERS[ext.lower()] = reader
        return reader

    return decorator


def _load() -> None:
    global _loaded
    if not _loaded:
        for name in _FORMAT_MODULES:
            importlib.import_module(f"{__package__}.{name}")
        _loaded = True


def reader_for(extension: str) -> Reader | None:
    """The reader for a file extension such as ``".jsonl"``, or None when unsupported."""
    _load()
    return _READERS.get(extension.lower())


def extensions() -> list[str]:
    """All supported extensions, sorted (for help texts and messages)."""
    _load()
    return sorted(_READERS)
