"""Plain text (``.txt`` and standard input): UTF-8 (or UTF-16 with a byte-order mark), one
article per file.

The first non-empty line is the title, and stays in ``text``: the text is the file as
written (a UTF-8 BOM dropped, ``\\r\\n`` turned into ``\\n``), because every character
offset in the graph refers to it. The identifier is the path as given, so an edited
file replaces its article; standard input has no path and is identified by a hash of
its text.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO, TextIO

from kg.errors import InputError
from kg.ingest.common import decode_text, make_article, normalise_newlines, read_bytes
from kg.ingest.registry import Defaults, register
from kg.limits import MAX_ARTICLE_CHARS
from kg.model import Article, short_hash

STDIN_NAME = "<stdin>"
_TOO_BIG = f"too long: over {MAX_ARTICLE_CHARS:,} characters; split it into articles"


def text_from_bytes(data: bytes, source: str) -> str:
    """Checked, decoded, normalised text of a whole plain-text input (or InputError)."""
    if not data:
        raise InputError(source, "empty")
    text = normalise_newlines(decode_text(data, source))
    if not text.strip():
        raise InputError(source, "empty")
    return text


@register(".txt")
def read_text_file(path: str, defaults: Defaults) -> Iterator[Article | InputError]:
    """One article from a UTF-8 text file, identified by its path as given."""
    try:
        # no character takes more than 4 bytes: a bigger file is over the limit unread
        text = text_from_bytes(read_bytes(path, 4 * MAX_ARTICLE_CHARS, _TOO_BIG), path)
    except InputError as e:
        yield e
        return
    yield make_article(identifier=path, text=text, origin=path, defaults=defaults)


def read_text_stream(stream: TextIO | BinaryIO, defaults: Defaults) -> Iterator[Article | InputError]:
    """One article from standard input (or any stream), identified by a hash of its text.

    A binary stream is decoded like a file; a text stream is taken as already decoded
    (only the BOM and ``\\r\\n`` are normalised).
    """
    try:
        raw = stream.read()
        if isinstance(raw, bytes):
            text = text_from_bytes(raw, STDIN_NAME)
        else:
            if "\x00" in raw:
                raise InputError(STDIN_NAME, "binary file")
            text = normalise_newlines(raw.removeprefix("\ufeff"))
            if not text.strip():
                raise InputError(STDIN_NAME, "empty")
    except InputError as e:
        yield e
        return
    except UnicodeDecodeError as e:  # a text stream whose own decoding failed
        encoding = "UTF-8" if e.encoding.replace("-", "").lower() == "utf8" else e.encoding
        yield InputError(STDIN_NAME, f"not valid {encoding} text")
        return
    except OSError as e:
        yield InputError(STDIN_NAME, f"unreadable: {e}")
        return
    yield make_article(
        identifier="stdin:" + short_hash(text), text=text, origin=STDIN_NAME, defaults=defaults
    )
