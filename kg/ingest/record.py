"""One JSON record (a JSONL line or an element of a JSON file) -> Article.

Fields: ``text`` or ``html`` (a non-empty ``text`` wins when both are given; ``html`` goes through the
web-page reader), and optionally ``id``, ``title``, ``url``, ``published`` (ISO 8601 date
or date-time), ``language``, ``publisher``. Other fields are ignored, so that records
exported by other tools can be read as they are. An empty string or ``null`` counts as
absent, which is how scrapers usually write "unknown". A value of the wrong type is an
error rather than a guess: silently dropping a malformed date would date the events
wrongly.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from kg.errors import InputError
from kg.ingest.common import make_article, normalise_language, normalise_newlines, parse_published
from kg.ingest.html import extract_page
from kg.ingest.registry import Defaults
from kg.model import Article

_STRING_FIELDS = ("title", "url", "publisher")


def article_from_record(
    record: Any,
    *,
    source: str,
    line: int | None,
    fallback_identifier: str,
    defaults: Defaults,
    item: int | None = None,
) -> Article:
    """The article a JSON record describes, or InputError naming ``source`` and ``line``.

    ``item`` (the 1-based element index in a JSON list) is repeated in the reason, since a
    JSON file's line numbers say nothing about its elements. ``fallback_identifier`` is
    used when the record has neither ``id`` nor ``url``.
    """
    prefix = f"item {item}: " if item is not None else ""

    def error(reason: str) -> InputError:
        return InputError(source, prefix + reason, line)

    if not isinstance(record, dict):
        raise error(f"not a JSON object ({_json_type(type(record).__name__)})")

    strings: dict[str, str | None] = {}
    for name in (*_STRING_FIELDS, "text", "html", "published", "language"):
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip() and name not in ("text", "html")):
            strings[name] = None
        elif isinstance(value, str):
            strings[name] = value
        else:
            raise error(f"'{name}' must be a string, not {_json_type(type(value).__name__)}")

    identifier = _identifier(record.get("id"), error)

    published: dt.date | None = None
    published_time: dt.datetime | None = None
    if strings["published"] is not None:
        try:
            published, published_time = parse_published(strings["published"])
        except ValueError:
            raise error("'published' is not an ISO 8601 date") from None

    language: str | None = None
    if strings["language"] is not None:
        try:
            language = normalise_language(strings["language"])
        except ValueError:
            raise error(f"'language' is not a language code: {strings['language']!r}") from None

    url = strings["url"]
    title = strings["title"]
    publisher = strings["publisher"]
    if strings["text"] is not None and (strings["text"].strip() or strings["html"] is None):
        text = normalise_newlines(strings["text"])
        if not text.strip():
            raise error("empty 'text'")
    elif strings["html"] is not None:
        if not strings["html"].strip():
            raise error("empty 'html'")
        try:
            page = extract_page(strings["html"], source, url=url, line=line)
        except InputError as e:
            raise error(e.reason) from None
        text = page.text
        url = url or page.url
        title = title or page.title
        publisher = publisher or page.publisher
        language = language or page.language
        if published is None:
            published, published_time = page.published, page.published_time
    else:
        raise error("missing 'text' or 'html'")

    return make_article(
        identifier=identifier or url or fallback_identifier,
        text=text,
        origin=f"{source}:{line}" if line is not None else source,
        defaults=defaults,
        title=title,
        url=url,
        publisher=publisher,
        language=language,
        published=published,
        published_time=published_time,
    )


def _identifier(value: Any, error: Callable[[str], InputError]) -> str | None:
    """``id`` as a string; numbers are accepted since many exports number their records."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise error(f"'id' must be a string, not {_json_type(type(value).__name__)}")


def _json_type(python_type: str) -> str:
    """The JSON name of a decoded value's type, for messages written for JSON authors."""
    return {
        "dict": "object",
        "list": "array",
        "str": "string",
        "int": "number",
        "float": "number",
        "bool": "boolean",
        "NoneType": "null",
    }.get(python_type, python_type)
