"""A seeded generator of awkward inputs mixed with good articles, for ``kg build``.

Scrapers bring back whatever the web gives them: empty pages, binary files, text in
another encoding, truncated JSON, pages nested ten thousand tags deep, whole books on one
line. ``write_mix`` writes such a mix into a folder and returns one ``Unit`` per thing
that ``kg build`` must account for (a file, a JSONL line, an element of a JSON list): the
build must either build it (its identifier is then in the store) or report it in one
line naming its file and line. Good articles (``Unit.good``) must always be built.

The same seed writes the same files, so a failure can be reproduced by its seed alone.
Good articles are made from templates and small tables of places, actors and weapons,
in English and French, so that they exercise the whole pipeline without being copies of
one article.
"""
from __future__ import annotations

import codecs
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024


@dataclass(frozen=True)
class Unit:
    """One thing the build must account for: built (``identifier`` in the store) or reported.

    ``where`` is how a skip report names it: ``path`` or ``path:line``.
    """

    kind: str
    where: str
    identifier: str
    good: bool


# ---------- good articles -----------------------------------------------------------

_PLACES_EN = [("Kharkiv", "Ukrainian"), ("Odesa", "Ukrainian"), ("Belgorod", "Russian"), ("Kursk", "Russian"),
              ("Dnipro", "Ukrainian"), ("Zaporizhzhia", "Ukrainian"), ("Bryansk", "Russian"), ("Lviv", "Ukrainian")]
_PLACES_FR = [("Kharkiv", "ukrainienne"), ("Odessa", "ukrainienne"), ("Belgorod", "russe"), ("Koursk", "russe"),
              ("Dnipro", "ukrainienne"), ("Zaporijia", "ukrainienne"), ("Briansk", "russe"), ("Lviv", "ukrainienne")]
_WEAPONS_EN = ["drones", "missiles", "artillery shells", "guided bombs"]
_WEAPONS_FR = ["des drones", "des missiles", "des obus", "des bombes guidées"]
_SPEAKERS_EN = ["the regional governor", "the mayor", "a spokesperson for the defence ministry", "the emergency service"]
_SPEAKERS_FR = ["le gouverneur de la région", "le maire", "un porte-parole du ministère de la Défense", "les secours"]
_DAYS_EN = ["on Monday", "on Tuesday", "overnight", "early on Friday", "on Sunday evening"]
_DAYS_FR = ["lundi", "mardi matin", "dans la nuit", "vendredi soir", "dimanche"]


def good_article(rng: random.Random, identifier: str) -> dict:
    """A short news report of an attack with a statement about it, as a JSON record."""
    if rng.random() < 0.5:
        city, adj = rng.choice(_PLACES_EN)
        weapon, speaker, day = rng.choice(_WEAPONS_EN), rng.choice(_SPEAKERS_EN), rng.choice(_DAYS_EN)
        n = rng.randint(2, 40)
        title = f"{weapon.capitalize()} hit {city}, officials say"
        text = (f"{title}\n\n{weapon.capitalize()} struck the {adj} city of {city} {day}, injuring {n} people, "
                f"{speaker} said.\n\n“The attack damaged several buildings and the rescue work goes on,” "
                f"{speaker} told reporters.\n\nNo other damage was reported.")
        language = "en"
    else:
        city, adj = rng.choice(_PLACES_FR)
        weapon, speaker, day = rng.choice(_WEAPONS_FR), rng.choice(_SPEAKERS_FR), rng.choice(_DAYS_FR)
        n = rng.randint(2, 40)
        title = f"Frappe sur {city} : {n} blessés"
        text = (f"{title}\n\nLa ville {adj} de {city} a été frappée {day} par {weapon}, faisant {n} blessés, "
                f"a annoncé {speaker}.\n\n« Plusieurs bâtiments ont été endommagés », a déclaré {speaker}.\n\n"
                f"Aucune autre victime n'a été signalée.")
        language = "fr"
    month, dom = rng.randint(1, 12), rng.randint(1, 28)
    return {"id": identifier, "title": title, "text": text, "language": language,
            "published": f"2024-{month:02d}-{dom:02d}"}


# ---------- awkward inputs ----------------------------------------------------------


class _Writer:
    """Writes files under ``root`` and records the units they hold."""

    def __init__(self, root: Path, rng: random.Random, full: bool) -> None:
        self.root, self.rng, self.full = root, rng, full
        self.units: list[Unit] = []
        self.count = 0

    def path(self, kind: str, ext: str) -> Path:
        self.count += 1
        return self.root / f"{self.count:05d}-{kind}{ext}"

    def unit(self, kind: str, path: Path, identifier: str | None = None, line: int | None = None,
             good: bool = False) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        self.units.append(Unit(kind, where, identifier or str(path), good))

    # -- plain text --
    def txt(self, kind: str, data: bytes) -> None:
        path = self.path(kind, ".txt")
        path.write_bytes(data)
        self.unit(kind, path)

    # -- one JSONL file of mixed lines: (kind, raw line bytes, identifier or None, good) --
    def jsonl(self, kind: str, lines: list[tuple[str, bytes, str | None, bool]]) -> None:
        path = self.path(kind, ".jsonl")
        with open(path, "wb") as f:
            for number, (line_kind, raw, identifier, good) in enumerate(lines, start=1):
                f.write(raw.rstrip(b"\n") + b"\n")
                if raw.strip():
                    self.unit(line_kind, path, identifier or f"{path}#{number}", number, good)

    def json(self, kind: str, data: bytes, items: list[tuple[str | None, bool]] | None = None) -> None:
        """A JSON file; ``items`` lists the (identifier, good) of a list's elements."""
        path = self.path(kind, ".json")
        path.write_bytes(data)
        if items is None:
            self.unit(kind, path)
        else:
            for index, (identifier, good) in enumerate(items, start=1):
                self.unit(kind, path, identifier or f"{path}#{index}", index, good)

    def html(self, kind: str, data: bytes) -> None:
        path = self.path(kind, ".html")
        path.write_bytes(data)
        self.unit(kind, path)


def _dumps(record: object) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _words(rng: random.Random, n: int) -> str:
    vocab = ["the", "strike", "city", "drones", "said", "governor", "attack", "night", "people", "building",
             "la", "frappe", "ville", "a", "déclaré", "maire", "nuit", "missiles", "de", "sur"]
    return " ".join(rng.choice(vocab) for _ in range(n))


_JAPANESE = ("ハルキウ市は火曜日の朝、ロシアの無人機による攻撃を受けたと州知事が発表した。"
             "少なくとも三人が負傷し、住宅の建物が損傷した。")
_CONTROL = "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) + "\x7f\u0085"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _noisy_good(rng: random.Random, identifier: str, noise: str) -> dict:
    """A good article with control or zero-width characters sprinkled through its text."""
    record = good_article(rng, identifier)
    chars = list(record["text"])
    for _ in range(rng.randint(3, 30)):
        chars.insert(rng.randrange(len(chars)), rng.choice(noise))
    record["text"] = "".join(chars)
    return record


def _generators(w: _Writer) -> list[Callable[[int], None]]:
    """One function per kind of awkward input; each writes one input (and its units)."""
    rng = w.rng

    def empty(i: int) -> None:
        w.txt("empty", rng.choice([b"", b" ", b"\n\n", b"\t \r\n", "\u00a0\u3000\n".encode()]))

    def binary(i: int) -> None:
        data = bytes(rng.getrandbits(8) for _ in range(rng.randint(16, 4096)))
        kind = rng.choice(["txt", "html", "jsonl", "json"])
        if kind == "txt":
            w.txt("binary", data)
        elif kind == "html":
            w.html("binary", data)
        elif kind == "json":
            w.json("binary", data)
        else:
            path = w.path("binary", ".jsonl")
            path.write_bytes(b"\x00" + data)
            w.unit("binary", path)

    def nul_bytes(i: int) -> None:
        record = good_article(rng, f"nul-{i}")
        text = record["text"]
        cut = rng.randrange(len(text))
        w.txt("nul", (text[:cut] + "\x00" + text[cut:]).encode("utf-8"))

    def invalid_utf8(i: int) -> None:
        text = good_article(rng, f"bad-utf8-{i}")["text"].encode("utf-8")
        cut = rng.randrange(len(text))
        w.txt("invalid-utf8", text[:cut] + rng.choice([b"\xff", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80"]) + text[cut:])

    def utf16(i: int) -> None:
        record = good_article(rng, f"utf16-{i}")
        codec = rng.choice(["utf-16-le", "utf-16-be"])
        bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
        w.txt("utf16-bom", bom + record["text"].encode(codec))

    def latin1(i: int) -> None:
        record = good_article(rng, f"latin1-{i}")
        text = record["text"].replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')
        w.txt("latin1", text.encode("latin-1", errors="replace"))

    def jsonl_mixed(i: int) -> None:
        lines: list[tuple[str, bytes, str | None, bool]] = []
        for n in range(rng.randint(3, 12)):
            choice = rng.randrange(10)
            ident = f"jl-{i}-{n}"
            if choice < 4:
                lines.append(("good", _dumps(good_article(rng, ident)), ident, True))
            elif choice == 4:
                raw = _dumps(good_article(rng, ident))
                lines.append(("malformed-json", raw[: rng.randrange(1, len(raw) - 1)], None, False))
            elif choice == 5:
                record = good_article(rng, ident)
                field = rng.choice(["text", "title", "published", "language", "id", "url"])
                # a whole number is a valid id (exports number their records): not among the id's values
                record[field] = rng.choice([3.5, True, ["a"], {"x": 1}] + ([] if field == "id" else [42]))
                lines.append(("wrong-type", _dumps(record), None, False))
            elif choice == 6:
                record = good_article(rng, ident)
                del record["text"]
                lines.append(("missing-text", _dumps(record), None, False))
            elif choice == 7:
                depth = rng.choice([100, 5_000, 100_000])
                lines.append(("nested-json", (b'{"text": ' * depth) + b'"x"' + b"}" * depth, None, False))
            elif choice == 8:
                lines.append(("not-object", rng.choice([b"[]", b"42", b'"text"', b"null", b"true"]), None, False))
            else:
                lines.append(("blank", rng.choice([b"", b"   ", b"\t"]), None, False))
        w.jsonl("jsonl-mixed", lines)

    def json_list(i: int) -> None:
        items, records = [], []
        for n in range(rng.randint(1, 5)):
            ident = f"js-{i}-{n}"
            if rng.random() < 0.7:
                records.append(good_article(rng, ident))
                items.append((ident, True))
            else:
                records.append(rng.choice([{"title": "no text"}, {"text": 7}, "a string", {"text": "   "}]))
                items.append((None, False))
        w.json("json-list", _dumps(records), items)

    def nested_json(i: int) -> None:
        depth = rng.choice([1_000, 50_000, 500_000])
        w.json("nested-json", b"[" * depth + b"]" * depth)

    def html_without_body(i: int) -> None:
        head = f"<html><head><title>Frappe {i}</title><meta charset='utf-8'></head></html>"
        w.html("html-no-body", rng.choice([head, "<html></html>", "<!doctype html>", "<p>", "</div></div>"]).encode())

    def html_nested(i: int) -> None:
        tag = rng.choice(["div", "span", "b", "section", "p"])
        depth = 10_000
        inner = good_article(rng, f"nested-{i}")["text"].replace("\n", " ")
        page = f"<html><body>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth}</body></html>"
        w.html("html-10000-tags", page.encode("utf-8"))

    def html_good(i: int) -> None:
        record = good_article(rng, f"html-{i}")
        body = "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n")[1:])
        url = f"https://news.example.org/{i}"
        page = (f"<html lang='{record['language']}'><head><meta charset='utf-8'><title>{record['title']}</title>"
                f"<link rel='canonical' href='{url}'><meta property='article:published_time' "
                f"content='{record['published']}T08:00:00Z'></head><body><article><h1>{record['title']}</h1>"
                f"{body}</article></body></html>")
        path = w.path("good-html", ".html")
        path.write_bytes(page.encode("utf-8"))
        w.unit("good-html", path, url, good=True)

    def japanese(i: int) -> None:
        w.txt("japanese", ("ロシア軍の攻撃\n\n" + _JAPANESE * rng.randint(1, 10)).encode("utf-8"))

    def control_chars(i: int) -> None:
        ident = f"ctrl-{i}"
        w.jsonl("control-chars", [("control-chars", _dumps(_noisy_good(rng, ident, _CONTROL)), ident, False)])

    def zero_width(i: int) -> None:
        ident = f"zw-{i}"
        w.jsonl("zero-width", [("zero-width", _dumps(_noisy_good(rng, ident, _ZERO_WIDTH)), ident, False)])

    def unbalanced_quotes(i: int) -> None:
        record = good_article(rng, f"quotes-{i}")
        marks = "«»“”\"'‘’„"
        record["text"] = record["text"] + " " + "".join(rng.choice(marks) + _words(rng, 5) for _ in range(20))
        w.jsonl("unbalanced-quotes", [("unbalanced-quotes", _dumps(record), record["id"], False)])

    def good_txt(i: int) -> None:
        record = good_article(rng, f"txt-{i}")
        path = w.path("good-txt", ".txt")
        path.write_text(record["text"], encoding="utf-8")
        w.unit("good-txt", path, good=True)

    def weird_metadata(i: int) -> None:
        ident = rng.choice([f"id with spaces {i}", f"<{i}>", f"id\"{i}\\", f"{i}\u200b", f"{i}\n"])
        record = good_article(rng, ident)
        record["url"] = rng.choice(["not a url", "http://exa mple.org/<x>", "javascript:alert(1)", ""])
        record["title"] = rng.choice(["", "\x00", "}", "\"\"\" ; DROP ALL", None])
        record["publisher"] = rng.choice(["> <", "\\u0000", "a\nb"])
        w.jsonl("weird-metadata", [("weird-metadata", _dumps(record), ident, False)])

    return [empty, binary, nul_bytes, invalid_utf8, utf16, latin1, jsonl_mixed, json_list, nested_json,
            html_without_body, html_nested, html_good, japanese, control_chars, zero_width, unbalanced_quotes,
            good_txt, weird_metadata]


def write_mix(root: Path, *, seed: int, inputs: int, full: bool = False) -> list[Unit]:
    """Write at least ``inputs`` awkward and good inputs under ``root``; return their units.

    The rare, costly kinds (a text of 50 MB, or 8 MB unless ``full``; a 1 MB single line;
    a 20,000-word quote) are written once each; the others are drawn at random.
    """
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    writer = _Writer(root, rng, full)
    generators = _generators(writer)
    _rare(writer)
    while len(writer.units) < inputs:
        rng.choice(generators)(len(writer.units))
    return writer.units


def _rare(w: _Writer) -> None:
    """The inputs written once per mix: they are big, and one of each proves the point."""
    rng = w.rng
    size = 50 * MB if w.full else 8 * MB
    path = w.path("huge-text", ".txt")
    paragraph = ("Drones struck the city overnight, the governor said. " * 20 + "\n\n").encode("utf-8")
    with open(path, "wb") as f:
        for _ in range(size // len(paragraph) + 1):
            f.write(paragraph)
    w.unit("huge-text", path)
    w.txt("1mb-line", _words(rng, 200_000).encode("utf-8")[:MB])
    record = good_article(rng, "1mb-line-jsonl")  # read whole, then refused by its length
    record["text"] += "\n\n" + _words(rng, 200_000)[:MB]
    w.jsonl("1mb-line", [("1mb-line", _dumps(record), record["id"], False)])
    record = good_article(rng, "long-quote")
    quote = _words(rng, 20_000)
    record["text"] += (f"\n\n“{quote},” the governor said." if record["language"] == "en"
                       else f"\n\n« {quote} », a déclaré le maire.")
    w.jsonl("20000-word-quote", [("20000-word-quote", _dumps(record), record["id"], False)])
