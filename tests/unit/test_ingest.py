"""Behaviour of kg.ingest on real files (pytest's tmp_path), real trafilatura, real py3langid."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import extensions, read_articles
from kg.ingest.language import detect_language
from kg.model import Article, short_hash

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
HTML_FIXTURE = DATA / "news_fr.html"

FR = "Moscou a été la cible d'une attaque de drones mardi matin, a annoncé le ministère de la Défense."
EN = "Moscow was the target of a drone attack on Tuesday morning, the defence ministry said."


def read(*inputs: str | Path, **kwargs) -> tuple[list[Article], list[InputError]]:
    errors: list[InputError] = []
    articles = list(read_articles([str(i) for i in inputs], on_error=errors.append, **kwargs))
    return articles, errors


def write_jsonl(path: Path, *lines: object) -> Path:
    """Each line is a dict (dumped as JSON) or a str written as is."""
    text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def only_error(errors: list[InputError]) -> InputError:
    assert len(errors) == 1, [str(e) for e in errors]
    return errors[0]


# --- registry -------------------------------------------------------------------------


def test_registry_knows_the_contract_formats() -> None:
    assert {".txt", ".jsonl", ".json", ".html", ".htm"} <= set(extensions())


# --- .txt -----------------------------------------------------------------------------


def test_txt_is_one_article_titled_by_its_first_non_empty_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    content = "\n  \nGuerre en Ukraine : Moscou visée\n\nMardi matin, Moscou a été la cible d'une attaque.\n"
    path.write_text(content, encoding="utf-8")
    articles, errors = read(path)
    assert errors == []
    (article,) = articles
    assert article.text == content
    assert article.title == "Guerre en Ukraine : Moscou visée"
    assert article.identifier == str(path)
    assert article.origin == str(path)


def test_txt_offsets_refer_to_the_text_with_crlf_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("Titre\r\n\r\nUn  texte\u00a0: « cité ».\tFin\r\n".encode("utf-8"))
    (article,), errors = read(path)
    assert errors == []
    assert article.text == "Titre\n\nUn  texte\u00a0: « cité ».\tFin\n"
    start = article.text.index("« cité »")
    assert article.text[start : start + 8] == "« cité »"


def test_txt_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle\n\nBody.\n")
    (article,), _ = read(path)
    assert article.text == "Title\n\nBody.\n"
    assert article.title == "Title"


def test_txt_identifier_is_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(EN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (article,), _ = read("sub/a.txt")
    assert article.identifier == "sub/a.txt"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
    ids=["empty", "whitespace-only", "binary"],
)
def test_txt_bad_content_is_reported_and_skipped(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    articles, errors = read(bad, good)
    assert [a.identifier for a in articles] == [str(good)]
    error = only_error(errors)
    assert (error.source, error.reason, error.line) == (str(bad), reason, None)
    assert str(error) == f"{bad}: {reason}"


def test_txt_latin1_bytes_are_not_valid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Titre\n\nL'armée a été visée.\n".encode("latin-1"))
    articles, errors = read(path)
    assert articles == []
    error = only_error(errors)
    offset = "Titre\n\nL'arm".encode("latin-1").__len__()
    assert error.reason == f"not valid UTF-8 text (byte {offset})"
    assert error.line == 3
    assert str(error) == f"{path}:3: not valid UTF-8 text (byte {offset})"


# --- errors common to all paths ----------------------------------------------------------


def test_unknown_extension_named_explicitly_is_an_error(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    bare = tmp_path / "NOTES"
    bare.write_text(EN, encoding="utf-8")
    articles, errors = read(pdf, bare)
    assert articles == []
    assert [str(e) for e in errors] == [
        f"{pdf}: unsupported file type '.pdf'",
        f"{bare}: unsupported file type (no extension)",
    ]


def test_nonexistent_path_is_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    articles, errors = read(missing, good)
    assert len(articles) == 1
    assert str(only_error(errors)) == f"{missing}: no such file or directory"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(EN, encoding="utf-8")
    path.chmod(0)
    try:
        articles, errors = read(path)
    finally:
        path.chmod(0o644)
    assert articles == []
    assert only_error(errors).reason == "unreadable: [Errno 13] Permission denied"


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b_dir" / "deeper").mkdir(parents=True)
    (root / "a_dir").mkdir()
    (root / ".git").mkdir()
    files = {
        "z.txt": EN,
        "a.TXT": FR,
        "a_dir/m.txt": EN,
        "b_dir/deeper/x.txt": FR,
        "b_dir/c.txt": EN,
        # skipped silently: hidden, unknown extensions, hidden folder
        ".hidden.txt": EN,
        "notes.md": EN,
        "photo.jpg": "\x00",
        ".git/HEAD.txt": EN,
    }
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "b_dir" / "items.jsonl").write_text(json.dumps({"text": EN}) + "\n", encoding="utf-8")
    articles, errors = read(root)
    assert errors == []
    assert [a.origin for a in articles] == [
        str(root / "a.TXT"),
        str(root / "z.txt"),
        str(root / "a_dir" / "m.txt"),
        str(root / "b_dir" / "c.txt"),
        str(root / "b_dir" / "items.jsonl") + ":1",
        str(root / "b_dir" / "deeper" / "x.txt"),
    ]
    # the identifier of a walked file is the path found by walking from the name given
    assert articles[0].identifier == os.path.join(str(root), "a.TXT")


def test_a_bad_file_in_a_folder_does_not_stop_the_walk(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.txt").write_text(FR, encoding="utf-8")
    articles, errors = read(tmp_path)
    assert [Path(a.identifier).name for a in articles] == ["1.txt", "3.txt"]
    assert str(only_error(errors)) == f"{tmp_path / '2.txt'}: empty"


# --- standard input -------------------------------------------------------------------------


def test_stdin_is_one_plain_text_article_identified_by_a_hash() -> None:
    text = "Titre\r\n\r\n" + FR + "\n"
    (article,), errors = read("-", stdin=io.BytesIO(text.encode("utf-8")))
    assert errors == []
    assert article.text == "Titre\n\n" + FR + "\n"
    assert article.identifier == "stdin:" + short_hash(article.text)
    assert article.title == "Titre"
    assert article.language == "fr"


def test_stdin_may_be_a_text_stream() -> None:
    (article,), _ = read("-", stdin=io.StringIO(EN))
    assert article.text == EN
    assert article.identifier == "stdin:" + short_hash(EN)


def test_empty_stdin_is_an_error() -> None:
    articles, errors = read("-", stdin=io.BytesIO(b"  \n"))
    assert articles == []
    assert str(only_error(errors)) == "<stdin>: empty"


# --- .jsonl ---------------------------------------------------------------------------------


def test_malformed_jsonl_line_between_two_good_ones(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"id": "one", "text": EN}, '{"id": "two", "text": ', {"id": "three", "text": FR})
    articles, errors = read(path)
    assert [a.identifier for a in articles] == ["one", "three"]
    error = only_error(errors)
    assert error.line == 2
    assert error.reason.startswith("malformed JSON: Expecting value")
    assert str(error).startswith(f"{path}:2: malformed JSON")


def test_jsonl_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"text": EN}, "", "   ", "[1, 2]")
    articles, errors = read(path)
    assert len(articles) == 1
    error = only_error(errors)
    assert (error.line, error.reason) == (4, "not a JSON object (array)")


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"id": "x", "title": "T"}, "missing 'text' or 'html'"),
        ({"text": 42}, "'text' must be a string, not number"),
        ({"text": "   "}, "empty 'text'"),
        ({"text": EN, "published": "yesterday"}, "'published' is not an ISO 8601 date"),
        ({"text": EN, "published": "2023-05"}, "'published' is not an ISO 8601 date"),
        ({"text": EN, "published": 20230530}, "'published' must be a string, not number"),
        ({"text": EN, "title": ["a"]}, "'title' must be a string, not array"),
        ({"text": EN, "id": {"a": 1}}, "'id' must be a string, not object"),
        ({"text": EN, "id": True}, "'id' must be a string, not boolean"),
        ({"text": EN, "language": "French!"}, "'language' is not a language code: 'French!'"),
        ({"html": "<html><body></body></html>"}, "no main text found"),
    ],
)
def test_jsonl_bad_records_name_their_line(tmp_path: Path, record: dict, reason: str) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"text": FR}, record, {"text": EN})
    articles, errors = read(path)
    assert len(articles) == 2
    error = only_error(errors)
    assert (error.source, error.line, error.reason) == (str(path), 2, reason)


def test_jsonl_invalid_utf8_line_is_reported_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        json.dumps({"text": EN}).encode() + b"\n" + '{"text": "armée"}'.encode("latin-1") + b"\n" + json.dumps({"text": FR}).encode() + b"\n"
    )
    articles, errors = read(path)
    assert len(articles) == 2
    error = only_error(errors)
    assert error.line == 2 and error.reason.startswith("not valid UTF-8 text")


def test_empty_and_binary_jsonl_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\x00\x01\x02\n\x00\x00\n" * 10)
    articles, errors = read(empty, binary)
    assert articles == []
    assert [str(e) for e in errors] == [f"{empty}: empty", f"{binary}: binary file"]


def test_jsonl_identifier_is_id_else_url_else_path_and_line(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        {"id": "my-id", "url": "https://example.org/a", "text": EN},
        {"url": "https://example.org/b", "text": EN},
        "",
        {"text": EN},
        {"id": 17, "text": EN},
        {"id": "", "text": EN},
    )
    articles, errors = read(path)
    assert errors == []
    assert [a.identifier for a in articles] == [
        "my-id",
        "https://example.org/b",
        f"{path}#4",
        "17",
        f"{path}#6",
    ]
    assert articles[2].origin == f"{path}:4"


def test_jsonl_fields_and_title_from_first_line(tmp_path: Path) -> None:
    text = "\nUS says it does not back strikes inside Russia\n\n" + EN
    path = write_jsonl(
        tmp_path / "a.jsonl",
        {
            "id": "x",
            "text": text,
            "url": "https://example.org/x",
            "publisher": "Northline Wire",
            "language": "en-GB",
            "published": "2023-05-30",
            "extra": {"ignored": True},
        },
        {"id": "y", "text": FR, "title": "Un titre donné"},
    )
    (first, second), errors = read(path)
    assert errors == []
    assert first.text == text
    assert first.title == "US says it does not back strikes inside Russia"
    assert (first.url, first.publisher, first.language) == ("https://example.org/x", "Northline Wire", "en")
    assert (first.published, first.published_time) == (dt.date(2023, 5, 30), None)
    assert second.title == "Un titre donné"


def test_jsonl_text_crlf_is_normalised(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"text": "Title\r\n\r\nBody.\r\n"})
    (article,), _ = read(path)
    assert article.text == "Title\n\nBody.\n"


@pytest.mark.parametrize(
    ("value", "day", "moment"),
    [
        ("2023-05-30", dt.date(2023, 5, 30), None),
        ("2023-05-30T23:15:00+03:00", dt.date(2023, 5, 30), dt.datetime(2023, 5, 30, 23, 15, tzinfo=dt.timezone(dt.timedelta(hours=3)))),
        ("2023-05-30T08:00:00Z", dt.date(2023, 5, 30), dt.datetime(2023, 5, 30, 8, 0, tzinfo=dt.timezone.utc)),
        ("2023-05-30 08:00", dt.date(2023, 5, 30), dt.datetime(2023, 5, 30, 8, 0)),
    ],
)
def test_published_datetime_gives_day_and_time(tmp_path: Path, value: str, day: dt.date, moment: dt.datetime | None) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"text": EN, "published": value})
    (article,), errors = read(path)
    assert errors == []
    assert article.published == day
    assert article.published_time == moment


def test_jsonl_html_field_is_extracted_like_a_web_page(tmp_path: Path) -> None:
    html = HTML_FIXTURE.read_text(encoding="utf-8")
    path = write_jsonl(tmp_path / "a.jsonl", {"html": html}, {"html": html, "id": "given", "title": "Given title", "published": "2023-11-20"})
    (first, second), errors = read(path)
    assert errors == []
    assert first.identifier == "https://gazette2r.example/monde/2023/11/19/frappe-drones-koursk"
    assert first.title == "Frappe de drones sur un dépôt près de Koursk"
    assert first.published == dt.date(2023, 11, 19)
    assert first.language == "fr"
    assert "Un dépôt de carburant a été touché" in first.text
    # the record's own fields win over what the page says
    assert (second.identifier, second.title, second.published) == ("given", "Given title", dt.date(2023, 11, 20))
    assert second.text == first.text


def test_jsonl_is_read_lazily(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"text": EN}, "not json", {"text": FR})
    errors: list[InputError] = []
    iterator = read_articles([str(path)], on_error=errors.append)
    first = next(iterator)
    assert first.text == EN and errors == []  # line 2 not read yet
    assert next(iterator).text == FR
    assert [e.line for e in errors] == [2]


def test_inputs_are_consumed_lazily(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    seen: list[str] = []

    def inputs():
        for name in ("a.txt", "b.txt"):
            seen.append(name)
            yield str(tmp_path / name)

    iterator = read_articles(inputs(), on_error=lambda e: None)
    next(iterator)
    assert seen == ["a.txt"]


# --- .json ---------------------------------------------------------------------------------


def test_json_single_object_is_identified_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": FR, "title": "Titre"}), encoding="utf-8")
    (article,), errors = read(path)
    assert errors == []
    assert (article.identifier, article.title, article.text) == (str(path), "Titre", FR)


def test_json_list_errors_name_the_item(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(
        json.dumps([{"id": "a", "text": EN}, {"title": "no text"}, "a string", {"text": FR}], indent=2),
        encoding="utf-8",
    )
    articles, errors = read(path)
    assert [a.identifier for a in articles] == ["a", f"{path}#4"]
    assert [str(e) for e in errors] == [
        f"{path}:2: item 2: missing 'text' or 'html'",
        f"{path}:3: item 3: not a JSON object (string)",
    ]


@pytest.mark.parametrize(
    ("content", "reason", "line"),
    [
        ('[\n  {"text": "a"},\n  {"text": }\n]', "malformed JSON: Expecting value (column 12)", 3),
        ('"just a string"', "not a JSON object or list of objects", None),
        ("[]", "empty", None),
        ("", "empty", None),
    ],
)
def test_bad_json_files(tmp_path: Path, content: str, reason: str, line: int | None) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    articles, errors = read(path)
    assert articles == []
    error = only_error(errors)
    assert (error.reason, error.line) == (reason, line)


# --- .html ---------------------------------------------------------------------------------


def test_html_page_main_text_and_metadata() -> None:
    (article,), errors = read(HTML_FIXTURE)
    assert errors == []
    assert article.identifier == "https://gazette2r.example/monde/2023/11/19/frappe-drones-koursk"
    assert article.url == article.identifier
    assert article.title == "Frappe de drones sur un dépôt près de Koursk"
    assert article.publisher == "La Gazette des Deux Rives"
    assert article.published == dt.date(2023, 11, 19)
    assert article.published_time == dt.datetime(2023, 11, 19, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert article.language == "fr"
    assert article.origin == str(HTML_FIXTURE)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1].startswith("Un dépôt de carburant a été touché samedi")
    assert paragraphs[-1].startswith("Selon les services d'urgence")
    assert all(p.strip() == p and p for p in paragraphs)
    # boilerplate, captions and teasers are dropped
    for dropped in ("S'abonner", "Une colonne de fumée", "À lire aussi", "Moscou visée", "Tous droits réservés", "Mentions légales"):
        assert dropped not in article.text


def test_html_without_canonical_url_is_identified_by_path(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(
        "<html><head><title>Strikes on Hajjah</title></head><body><article>"
        f"<p>{EN}</p><p>{EN.replace('Tuesday', 'Wednesday')}</p></article></body></html>",
        encoding="utf-8",
    )
    (article,), errors = read(path)
    assert errors == []
    assert (article.identifier, article.url, article.title) == (str(path), None, "Strikes on Hajjah")
    assert article.text == EN + "\n\n" + EN.replace("Tuesday", "Wednesday")
    assert article.language == "en"  # no lang attribute: detected


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    page = f'<html><head><meta charset="iso-8859-1"><title>Armée</title></head><body><p>{FR}</p></body></html>'
    path.write_bytes(page.encode("latin-1"))
    (article,), errors = read(path)
    assert errors == []
    assert article.text == FR


def test_html_undeclared_non_utf8_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    path.write_bytes(f"<html><body><p>{FR}</p></body></html>".encode("latin-1"))
    articles, errors = read(path)
    assert articles == []
    assert only_error(errors).reason.startswith("not valid UTF-8 text (byte ")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>", "no main text found"),
        (b"   \n", "empty"),
        (b"<html><head><meta charset='klingon-8'></head><body><p>x</p></body></html>", "unknown charset 'klingon-8'"),
    ],
)
def test_bad_html_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    articles, errors = read(path)
    assert articles == []
    assert only_error(errors).reason == reason


# --- defaults and language -----------------------------------------------------------------


def test_defaults_apply_only_when_the_input_has_no_value(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        {"id": "bare", "text": FR},
        {"id": "own", "text": FR, "published": "2024-03-15T10:00:00", "language": "fr"},
    )
    txt = tmp_path / "b.txt"
    txt.write_text(FR, encoding="utf-8")
    articles, errors = read(path, txt, HTML_FIXTURE, published=dt.date(2020, 1, 1), language="EN")
    assert errors == []
    by_id = {a.identifier: a for a in articles}
    assert (by_id["bare"].published, by_id["bare"].published_time, by_id["bare"].language) == (dt.date(2020, 1, 1), None, "en")
    assert (by_id["own"].published, by_id["own"].language) == (dt.date(2024, 3, 15), "fr")
    assert by_id["own"].published_time == dt.datetime(2024, 3, 15, 10, 0)
    assert (by_id[str(txt)].published, by_id[str(txt)].language) == (dt.date(2020, 1, 1), "en")
    page = by_id["https://gazette2r.example/monde/2023/11/19/frappe-drones-koursk"]
    assert (page.published, page.language) == (dt.date(2023, 11, 19), "fr")


def test_invalid_language_default_is_a_usage_error() -> None:
    with pytest.raises(ValueError):
        read_articles([], language="not a code!", on_error=lambda e: None)


def test_language_is_detected_when_not_given(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"text": FR}, {"text": EN})
    (fr, en), _ = read(path)
    assert (fr.language, en.language) == ("fr", "en")


def test_detect_language() -> None:
    assert detect_language(FR) == "fr"
    assert detect_language(EN) == "en"
    assert detect_language("12 345 — 2023") is None
    assert detect_language("") is None


def test_html_blocks_are_paragraphs_separated_by_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "blocks.html"
    path.write_text(
        "<html><head><title>Titre | Site</title></head><body><nav><a href='/'>Accueil</a></nav><article>"
        f"<h1>Titre</h1><p>{FR}<br>Deuxième ligne du même paragraphe.</p>"
        "<ul><li>premier point de la liste</li><li>second point de la liste</li></ul>"
        f"<p>{FR}</p></article><footer>© Site</footer></body></html>",
        encoding="utf-8",
    )
    (article,), errors = read(path)
    assert errors == []
    assert article.text == (
        f"Titre\n\n{FR}\nDeuxième ligne du même paragraphe.\n\n"
        "- premier point de la liste\n- second point de la liste\n\n"
        f"{FR}"
    )


def test_xhtml_with_xml_declaration_and_xml_lang(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        (
            '<?xml version="1.0" encoding="iso-8859-1"?>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-FR"><head><title>Armée</title></head>'
            f"<body><p>{EN}</p></body></html>"
        ).encode("latin-1")
    )
    (article,), errors = read(path)
    assert errors == []
    assert article.text == EN
    assert article.language == "fr"  # declared by the page, even if the text says otherwise
    assert article.title == "Armée"


def test_undetermined_language_counts_as_absent(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"text": FR, "language": "und"})
    (article,), errors = read(path, language="en")
    assert errors == []
    assert article.language == "en"


def test_jsonl_nul_byte_after_good_lines_spoils_only_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(json.dumps({"text": EN}).encode() + b"\n{\"text\": \"a\x00b\"}\n" + json.dumps({"text": FR}).encode() + b"\n")
    articles, errors = read(path)
    assert len(articles) == 2
    error = only_error(errors)
    assert error.line == 2 and error.reason.startswith("malformed JSON: Invalid control character")
