"""JSON Lines (``.jsonl``): one article per line, read one line at a time.

The file is streamed, never loaded whole, so a corpus of any size starts yielding at
once. Each line stands alone: a malformed line is reported with its 1-based number and
the next lines are still read. Blank lines are skipped. An article without ``id`` or
``url`` is identified as ``path#line``.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from kg.errors import InputError
from kg.ingest.common import UTF16_BOMS, decode_utf8, os_error
from kg.ingest.record import article_from_record
from kg.ingest.registry import Defaults, register
from kg.model import Article

_UTF8_BOM = b"\xef\xbb\xbf"


@register(".jsonl")
def read_jsonl_file(path: str, defaults: Defaults) -> Iterator[Article | InputError]:
    """One article per non-blank line; one error per bad line."""
    try:
        f = open(path, "rb")
    except OSError as e:
        yield os_error(path, e)
        return
    with f:
        seen_content = False
        number = 0
        while True:
            try:
                raw = f.readline()
            except OSError as e:
                yield os_error(path, e)
                return
            if not raw:
                break
            number += 1
            if number == 1 and raw.startswith(_UTF8_BOM):
                raw = raw[len(_UTF8_BOM) :]
            if number == 1 and raw.startswith(UTF16_BOMS):  # its lines cannot be split on b"\n"
                yield InputError(path, "UTF-16 text: JSON Lines must be UTF-8")
                return
            if not raw.strip():
                continue
            if not seen_content and b"\x00" in raw:
                # one report for a binary file, not one per "line" of it; a NUL byte further
                # down is one malformed line among good ones
                yield InputError(path, "binary file")
                return
            seen_content = True
            yield _line(raw, path, number, defaults)
        if not seen_content:
            yield InputError(path, "empty")


def _line(raw: bytes, path: str, number: int, defaults: Defaults) -> Article | InputError:
    try:
        record = json.loads(decode_utf8(raw, path, number))
    except InputError as e:
        return e
    except json.JSONDecodeError as e:
        return InputError(path, f"malformed JSON: {e.msg} (column {e.colno})", number)
    except RecursionError:
        return InputError(path, "malformed JSON: nested too deeply", number)
    try:
        return article_from_record(
            record, source=path, line=number, fallback_identifier=f"{path}#{number}", defaults=defaults
        )
    except InputError as e:
        return e
