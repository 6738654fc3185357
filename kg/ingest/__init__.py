"""Input readers: files, folders and standard input -> ``kg.model.Article``.

``read_articles`` is the one entry point. It is lazy (articles are yielded one by one, a
JSONL file is streamed line by line) and it never raises for a bad input: each bad file
or line is passed to ``on_error`` as an ``InputError`` naming the file and line, and the
remaining inputs are still read, as the contract requires ("a bad input ... never stops
the other articles").

Formats are looked up by extension in ``kg.ingest.registry``; see each format module
(``text``, ``jsonl``, ``json_file``, ``html``) for what it reads and how it identifies
articles.
"""
from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, TextIO

from kg.errors import InputError
from kg.ingest.common import normalise_language, os_error
from kg.ingest.language import detect_language
from kg.ingest.registry import Defaults, extensions, reader_for
from kg.ingest.text import read_text_stream
from kg.model import Article

__all__ = ["Defaults", "detect_language", "extensions", "read_articles", "STDIN"]

#: The input name that means standard input.
STDIN = "-"


def read_articles(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    language: str | None = None,
    on_error: Callable[[InputError], None],
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article]:
    """Yield the articles of ``inputs`` in order: files, folders (recursively) or ``-``.

    ``published`` and ``language`` fill in the publication day and language of articles
    whose input does not give them (they never override the input's own values); without
    either, the language is detected. ``stdin`` is read for ``-`` (default:
    ``sys.stdin``'s bytes). A folder yields its supported files in sorted order, skipping
    hidden files and folders and files of other types; a file named explicitly with an
    unsupported extension is an error.

    Raises ValueError at once (not lazily) when ``language`` is not a language code: that
    is a usage error, not a bad input.
    """
    code = normalise_language(language) if language is not None else None
    if isinstance(published, dt.datetime):  # a date-time given where a day is meant
        published = published.date()
    defaults = Defaults(published=published, language=code)
    return _articles(inputs, defaults, on_error, stdin)


def _articles(
    inputs: Iterable[str | os.PathLike[str]],
    defaults: Defaults,
    on_error: Callable[[InputError], None],
    stdin: TextIO | BinaryIO | None,
) -> Iterator[Article]:
    for given in inputs:
        name = os.fspath(given)
        if name == STDIN:
            stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
            results: Iterator[Article | InputError] = read_text_stream(stream, defaults)
        else:
            results = _read_path(name, defaults)
        for result in results:
            if isinstance(result, InputError):
                on_error(result)
            else:
                yield result


def _read_path(path: str, defaults: Defaults) -> Iterator[Article | InputError]:
    try:
        status = os.stat(path)
    except OSError as e:
        yield os_error(path, e)
        return
    if stat.S_ISDIR(status.st_mode):
        yield from _read_folder(path, defaults)
        return
    extension = os.path.splitext(path)[1]
    reader = reader_for(extension)
    if reader is None:
        kind = f"'{extension}'" if extension else "(no extension)"
        yield InputError(path, f"unsupported file type {kind}")
        return
    yield from reader(path, defaults)


def _read_folder(folder: str, defaults: Defaults) -> Iterator[Article | InputError]:
    """Supported files under ``folder``, depth first, each level sorted by name.

    Hidden entries (names starting with ".") and files of other types are skipped
    silently: a folder of articles often holds README files, images or ``.git``.
    Sockets, pipes and devices are skipped too, since reading a pipe could block forever.
    """
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        while errors:
            failure = errors.pop(0)
            yield os_error(failure.filename or root, failure)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            reader = reader_for(os.path.splitext(name)[1])
            if reader is None:
                continue
            path = os.path.join(root, name)
            try:
                if not stat.S_ISREG(os.stat(path).st_mode):
                    continue
            except OSError as e:  # a dangling link named like an article: worth a report
                yield os_error(path, e)
                continue
            yield from reader(path, defaults)
    while errors:
        failure = errors.pop(0)
        yield os_error(failure.filename or folder, failure)
