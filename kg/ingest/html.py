"""Web pages (``.html``, ``.htm``, and the ``html`` field of JSON records).

trafilatura finds the main text and the metadata and drops the boilerplate (navigation,
footers, "read also" teasers, plain ``<figcaption>`` photo captions).

Decisions:

* ``text`` is the main content as trafilatura extracts it, one block (paragraph,
  heading, list, quotation) per paragraph, blocks separated by a blank line (``\\n\\n``)
  so that it has the same shape as our plain-text articles. Nothing is added: when the
  page puts its headline inside the article (most news pages do), the headline is the
  first block of ``text``; when it does not, the text starts with the body. Every
  character of ``text`` therefore comes from the page.
* ``title`` comes from the page metadata (``og:title``, ``<title>`` cleaned of the site
  name, ``<h1>``), not from the text; the first line of the text only when the page has
  no title at all.
* The identifier is the canonical URL (``<link rel=canonical>``, ``og:url``) when the
  page gives an absolute one, else the path as given: the same article saved twice is
  one article.
* ``published`` is trafilatura's publication date; ``published_time`` is read from
  ``article:published_time`` (or ``itemprop=datePublished``) when that agrees with the
  day.
* ``language`` is the page's declared ``<html lang>`` (or ``Content-Language``), since
  trafilatura only fills it when asked for a target language; when the page declares
  none, the ``--lang`` default, then detection.
* Bytes are decoded with the charset the page declares (BOM, ``<meta charset>``,
  XML declaration), else as UTF-8; a page that is neither is reported, not guessed.
"""
from __future__ import annotations

import codecs
import copy
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

import trafilatura
from lxml import etree, html as lxml_html
from trafilatura.xml import xmltotxt

from kg.errors import InputError
from kg.ingest.common import (
    check_not_binary,
    decode_utf8,
    make_article,
    normalise_language,
    normalise_newlines,
    parse_published,
    read_bytes,
)
from kg.ingest.registry import Defaults, register
from kg.limits import MAX_PAGE_BYTES
from kg.model import Article

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Browsers read these labels as windows-1252 (WHATWG Encoding): so do we.
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}
#: trafilatura blocks whose children are blocks too, rather than text of their own.
_CONTAINERS = {"body", "div", "section", "article", "main"}
#: When a page has no article, trafilatura's last fallback returns whatever text is left
#: (a lone "Home" link): fewer letters than this is not a main text.
MIN_LETTERS = 20
_PUBLISHED_META = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@property='og:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='article:published_time']/@content",
)


@dataclass(frozen=True)
class Page:
    """What a web page says about itself, once its boilerplate is dropped."""

    text: str
    title: str | None
    url: str | None
    publisher: str | None
    published: dt.date | None
    published_time: dt.datetime | None
    language: str | None


def decode_html(data: bytes, source: str, line: int | None = None) -> str:
    """The page's characters, read with its declared charset, else as UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as e:
                raise InputError(source, f"not valid {encoding} text (byte {e.start})", line) from None
    check_not_binary(data, source)
    match = _DECLARED_CHARSET.search(data[:65536])
    if match is None:
        return decode_utf8(data, source, line)
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label in _WINDOWS_1252_LABELS:
        # windows-1252 leaves five bytes undefined, which latin-1 maps to controls
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    try:
        codec = codecs.lookup(label)
    except LookupError:
        raise InputError(source, f"unknown charset '{label}'", line) from None
    if codec.name == "utf-8":
        return decode_utf8(data, source, line)
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError as e:
        raise InputError(source, f"not valid {label} text (byte {e.start})", line) from None


def _blocks(element: etree._Element) -> Iterator[str]:
    """The text of each block of trafilatura's output tree, in order.

    The output is usually a ``<body>`` of blocks, but a page that is a single fragment
    comes back as that block alone.
    """
    if element.tag not in _CONTAINERS:
        alone = copy.deepcopy(element)
        alone.tail = None
        lines = xmltotxt(alone, include_formatting=False).split("\n")
        block = re.sub(r"\n{2,}", "\n", "\n".join(line.rstrip() for line in lines)).strip()
        if block:
            yield block
        return
    if element.text and element.text.strip():
        yield element.text.strip()
    for child in element:
        yield from _blocks(child)
        if child.tail and child.tail.strip():
            yield child.tail.strip()


def _declared_language(tree: lxml_html.HtmlElement) -> str | None:
    root = tree.getroottree().getroot()
    candidates = [
        root.get("lang"),
        root.get("xml:lang"),  # XHTML, as lxml's HTML parser sees it
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *root.xpath("//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content"),
    ]
    for value in candidates:
        if not value:
            continue
        try:
            code = normalise_language(value.split(",")[0])
        except ValueError:  # a broken declaration is ignored: the language is then detected
            continue
        if code:
            return code
    return None


def _published_time(tree: lxml_html.HtmlElement, day: dt.date | None) -> dt.datetime | None:
    for path in _PUBLISHED_META:
        for value in tree.xpath(path):
            try:
                published, moment = parse_published(str(value))
            except ValueError:
                continue
            if moment is not None and (day is None or published == day):
                return moment
    return None


def _absolute_url(url: str | None) -> str | None:
    return url if url and re.match(r"^https?://[^/\s]+", url) else None


def extract_page(html: str, source: str, *, url: str | None = None, line: int | None = None) -> Page:
    """Main text and metadata of a page (InputError when there is no main text)."""
    if len(html) > MAX_PAGE_BYTES:  # the ``html`` field of a JSON record: as large as a page file may be
        raise InputError(source, f"too large: over {MAX_PAGE_BYTES // 2**20} MB for a web page", line)
    try:
        tree = trafilatura.load_html(html)
        if tree is None:
            raise InputError(source, "no main text found", line)
        language = _declared_language(tree)
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,  # readers' comments are not the article
            include_tables=False,  # the extractors read prose; tables come out as "| a | b |"
            include_images=False,
        )
    except InputError:
        raise
    except Exception as e:  # a page that breaks the extractor is a bad input, not a crash
        raise InputError(source, f"html extraction failed: {type(e).__name__}: {e}", line) from None
    if document is None or document.body is None:
        raise InputError(source, "no main text found", line)
    text = normalise_newlines("\n\n".join(_blocks(document.body)))
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        raise InputError(source, "no main text found", line)
    published: dt.date | None = None
    if document.date:
        try:
            published = dt.date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    published_time = _published_time(tree, published)
    if published is None and published_time is not None:
        published = published_time.date()
    return Page(
        text=text,
        title=(document.title or "").strip() or None,
        url=_absolute_url(document.url) or _absolute_url(url),
        publisher=(document.sitename or "").strip() or None,
        published=published,
        published_time=published_time,
        language=language,
    )


@register(".html", ".htm")
def read_html_file(path: str, defaults: Defaults) -> Iterator[Article | InputError]:
    """One article from a saved web page."""
    try:
        data = read_bytes(path, MAX_PAGE_BYTES, f"too large: over {MAX_PAGE_BYTES // 2**20} MB for a web page")
        if not data.strip():
            raise InputError(path, "empty")
        page = extract_page(decode_html(data, path), path)
    except InputError as e:
        yield e
        return
    yield make_article(
        identifier=page.url or path,
        text=page.text,
        origin=path,
        defaults=defaults,
        title=page.title,
        url=page.url,
        publisher=page.publisher,
        language=page.language,
        published=page.published,
        published_time=page.published_time,
    )
