"""JSON (``.json``): one article object, or a list of them.

A JSON document cannot be parsed in pieces with the standard library, so the file is
loaded whole; use JSON Lines for large corpora. Errors in a list name the element as
``item N`` (1-based), which is also the error's ``line``: a JSON file's own line numbers
say nothing about its elements. A single object is identified like a text file (its
path); an element of a list without ``id`` or ``url`` as ``path#N``.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from kg.errors import InputError
from kg.ingest.common import decode_text, read_bytes
from kg.ingest.record import article_from_record
from kg.ingest.registry import Defaults, register
from kg.model import Article


def _load(path: str) -> object:
    text = decode_text(read_bytes(path), path)
    if not text.strip():
        raise InputError(path, "empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(path, f"malformed JSON: {e.msg} (column {e.colno})", e.lineno) from None
    except RecursionError:
        raise InputError(path, "malformed JSON: nested too deeply") from None


@register(".json")
def read_json_file(path: str, defaults: Defaults) -> Iterator[Article | InputError]:
    """The article(s) of a JSON file; a bad element is reported and the others are read."""
    try:
        document = _load(path)
        if isinstance(document, dict):
            yield article_from_record(document, source=path, line=None, fallback_identifier=path, defaults=defaults)
            return
        if not isinstance(document, list):
            raise InputError(path, "not a JSON object or list of objects")
        if not document:
            raise InputError(path, "empty")
    except InputError as e:
        yield e
        return
    for index, record in enumerate(document, start=1):
        try:
            yield article_from_record(
                record,
                source=path,
                line=index,
                item=index,
                fallback_identifier=f"{path}#{index}",
                defaults=defaults,
            )
        except InputError as e:
            yield e
