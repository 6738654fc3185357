"""``kg explain`` with the real models: a development article, a plain text file, an id.

The explanation must show each fact under its sentence with the finders that produced it,
and the candidates that were turned down with a reason.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, kg_cli

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles.jsonl"

# written for this test: a statement with its speaker and clause, an attack with a place,
# a threatened strike with no place (turned down) and a speech verb with no content
TEXT = """Port warehouses burn after night attack

The regional governor said on Wednesday that Russian drones had struck two grain warehouses in the port of Odesa overnight.
"We will strike their airfields next," a Russian commander told state television.
The mayor commented briefly.
"""


def _sections(out: str) -> dict[str, int]:
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(events|statements|rejected): (\d+)$", out, re.M)}


def test_explain_a_plain_text_file(tmp_path):
    path = tmp_path / "odesa.txt"
    path.write_text(TEXT, encoding="utf-8")
    res = kg_cli("explain", str(path), "--lang", "en", "--published", "2024-06-12",
                 "--store", str(tmp_path / "no-store"), check=True)
    out = res.stdout
    counts = _sections(out)
    assert counts["events"] == 1 and counts["statements"] >= 1 and counts["rejected"] >= 2, out
    # the attack, its place and the finders that found them
    assert re.search(r"^  E1\. DroneStrike at Odesa", out, re.M), out
    assert "class:instrument_word" in out and "places:target_phrase" in out
    # the statement: speaker, cue, clause, and the sentence it came from
    assert re.search(r"^  S1\. .*governor.* — cue “said”", out, re.M), out
    assert "speaker:subject_phrase" in out and "clause:complement_clause" in out
    assert "sentence: [" in out
    # the threatened strike and the speech verb without words are turned down, with why
    rejected = out.split("\nrejected:", 1)[1]
    assert re.search(r"event “strike” \[\d+:\d+\]: a trigger verb with neither an instrument nor a target place",
                     rejected), rejected
    assert re.search(r"statement “commented” \[\d+:\d+\]: no quotation or reported clause", rejected), rejected


def test_explain_an_article_of_a_jsonl_input_by_id(tmp_path):
    corpus = DEV_CORPUS if DEV_CORPUS.is_file() else ARTICLES
    first = corpus.read_text(encoding="utf-8").splitlines()[0]
    ident = re.search(r'"id": "([^"]+)"', first).group(1)
    res = kg_cli("explain", ident, "--input", str(corpus), "--store", str(tmp_path / "no-store"), check=True)
    out = res.stdout
    assert out.startswith(f"article {ident} ("), out[:200]
    counts = _sections(out)
    assert counts["statements"] >= 1, out
    assert out.count("finders: ") >= counts["events"] + counts["statements"]


def test_explain_an_unknown_id_without_input_says_what_to_give(tmp_path):
    res = kg_cli("explain", "no-such-article-id", "--store", str(tmp_path / "no-store"))
    assert res.returncode == 1
    assert "--input" in res.stderr and res.stderr.count("\n") == 1
