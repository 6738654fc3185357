"""Helpers shared by the readers: decoding, titles, dates, languages, article assembly.

They raise ``InputError`` for a bad value; the readers catch it and yield it, so that
each helper can stop at the first problem without the reader stopping.
"""
from __future__ import annotations

import codecs
import datetime as dt
import os
import re

from kg.errors import InputError
from kg.ingest.language import detect_language
from kg.ingest.registry import Defaults
from kg.model import Article

_UTF8_BOM = b"\xef\xbb\xbf"
#: A byte-order mark names its encoding unambiguously (Windows tools write UTF-16 with one).
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
_NO_LANGUAGE = {"und", "mul", "zxx", "mis"}


def read_bytes(path: str, max_bytes: int | None = None, too_big: str = "too large") -> bytes:
    """The whole file, or an InputError that says why it cannot be read.

    A file over ``max_bytes`` is reported (``too_big`` is the reason) without being read,
    so that one huge file never fills the memory.
    """
    try:
        with open(path, "rb") as f:
            if max_bytes is not None and os.fstat(f.fileno()).st_size > max_bytes:
                raise InputError(path, too_big)
            return f.read()
    except OSError as e:
        raise os_error(path, e) from None


def os_error(path: str, e: OSError) -> InputError:
    """A short reason for an OSError, without Python's repetition of the file name."""
    if isinstance(e, FileNotFoundError):
        return InputError(path, "no such file or directory")
    if e.errno is not None and e.strerror:
        return InputError(path, f"unreadable: [Errno {e.errno}] {e.strerror}")
    return InputError(path, f"unreadable: {e}")


def decode_utf8(data: bytes, source: str, line: int | None = None) -> str:
    """UTF-8 text without its BOM; a bad byte is reported with its offset (and line)."""
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if line is None:  # a whole file: say which line the bad byte is on
            line = data.count(b"\n", 0, e.start) + 1
        raise InputError(source, f"not valid UTF-8 text (byte {e.start})", line) from None


def decode_text(data: bytes, source: str) -> str:
    """A whole text file: UTF-16 when a byte-order mark says so, else UTF-8 (BOM dropped).

    Binary files are reported as such; the NUL bytes of UTF-16 are not taken for binary
    because the BOM has said what they are.
    """
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(source, f"not valid UTF-16 text (byte {e.start})") from None
    check_not_binary(data, source)
    return decode_utf8(data, source)


def check_not_binary(data: bytes, source: str) -> None:
    """Text files never hold NUL bytes; binary files (images, PDFs, archives) do."""
    if b"\x00" in data:
        raise InputError(source, "binary file")


def normalise_newlines(text: str) -> str:
    """Windows line ends become ``\\n``; nothing else changes (offsets refer to the result)."""
    return text.replace("\r\n", "\n")


def first_line(text: str) -> str | None:
    """The first non-empty line, stripped: the title of a plain-text article."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None


def parse_published(value: str) -> tuple[dt.date, dt.datetime | None]:
    """An ISO 8601 date or date-time as (day, date-time or None).

    The day of a date-time is the day in its own offset: the day the publisher printed.
    Raises ValueError when the value is neither.
    """
    text = value.strip()
    try:
        return dt.date.fromisoformat(text), None
    except ValueError:
        pass
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = dt.datetime.fromisoformat(text)
    return moment.date(), moment


def normalise_language(value: str) -> str | None:
    """The primary subtag of a BCP 47 tag, lower-cased (``fr-FR`` -> ``fr``).

    The pipeline chooses models per language, so a region or script subtag would only
    make ``en-US`` look unsupported. Returns None for tags that say "no language known"
    (``und``, ``mul``, ``zxx``); raises ValueError for a value that is not a tag at all.
    """
    text = value.strip()
    if not _LANGUAGE_TAG.match(text):
        raise ValueError(f"not a language code: {value!r}")
    primary = re.split(r"[-_]", text)[0].lower()
    return None if primary in _NO_LANGUAGE else primary


def make_article(
    *,
    identifier: str,
    text: str,
    origin: str,
    defaults: Defaults,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    language: str | None = None,
    published: dt.date | None = None,
    published_time: dt.datetime | None = None,
) -> Article:
    """An Article, with the defaults and language detection filling only what is missing."""
    if published is None:
        published, published_time = defaults.published, None
    if language is None:
        language = defaults.language or detect_language(text)
    return Article(
        identifier=identifier,
        text=text,
        language=language,
        title=title if title is not None else first_line(text),
        url=url,
        publisher=publisher,
        published=published,
        published_time=published_time,
        origin=origin,
    )
