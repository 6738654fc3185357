"""Inputs that must be read or refused cheaply: UTF-16 with a byte-order mark, files over
the size limits (refused without being read), UTF-16 JSON Lines (one report, not one per
line)."""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.limits import MAX_ARTICLE_CHARS, MAX_PAGE_BYTES

EN = "Drones struck Kharkiv on Tuesday, the governor said.\n\nThree people were injured."


def read(*paths: Path):
    errors: list[InputError] = []
    articles = list(read_articles([str(p) for p in paths], on_error=errors.append, language="en"))
    return articles, [str(e) for e in errors]


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_text_and_json_with_a_bom_are_read(tmp_path, codec, bom):
    txt = tmp_path / "a.txt"
    txt.write_bytes(bom + EN.encode(codec))
    js = tmp_path / "b.json"
    js.write_bytes(bom + json.dumps({"id": "b", "text": EN}).encode(codec))
    articles, errors = read(txt, js)
    assert errors == []
    assert [a.text for a in articles] == [EN, EN]


def test_utf16_jsonl_is_one_report(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + (json.dumps({"text": EN}) + "\n").encode("utf-16-le") * 3)
    assert read(path) == ([], [f"{path}: UTF-16 text: JSON Lines must be UTF-8"])


def test_a_text_file_over_the_limit_is_refused_unread(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:  # sparse: its size says it is too long, without any text in it
        f.truncate(4 * MAX_ARTICLE_CHARS + 1)
    articles, errors = read(path)
    assert articles == [] and len(errors) == 1 and errors[0].startswith(f"{path}: too long")


def test_a_page_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.html"
    with open(path, "wb") as f:
        f.truncate(MAX_PAGE_BYTES + 1)
    record = tmp_path / "r.jsonl"
    record.write_text(json.dumps({"html": "<p>" + "x" * MAX_PAGE_BYTES + "</p>"}) + "\n", encoding="utf-8")
    articles, errors = read(path, record)
    assert articles == []
    assert errors == [f"{path}: too large: over 20 MB for a web page", f"{record}:1: too large: over 20 MB for a web page"]
