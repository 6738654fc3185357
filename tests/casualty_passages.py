"""Evaluate casualty figures on annotated passages (``tests/data/casualties/{en,fr}.jsonl``,
format in that folder's README), and counts of weapons launched or intercepted
(``tests/data/weapons``, the same format under the key ``weapons``: ``kind`` is the action,
``launched`` or ``intercepted``, and ``weapon`` the attack class of the weapon).

The passages run through the project's own stages in-process (``kg.nlp.extract.extract``
then ``kg.link.articles.link_article``, ``tests.passages.link_passages``); each linked
figure becomes a ``PredictedFigure``: its kind, count, bound, the names of the speaker of
the statement that gives it (labels and altLabels of the speaker node and of the node it
is member of, as for statements) or "article", and the names of its attack's place.

Matching rule (the issue's "number, kind and source"): a predicted figure matches a gold
one when kind and count are equal and the source agrees: both "article", or one of the
gold source names equals one of the predicted speaker names after ``tests.passages.name_key``
normalisation (a gold ISO code matches a speaker node or organisation of that country).
Assignment is one-to-one, passage by passage, in file order (each gold takes the first
free matching prediction). Side figures on matched pairs: bound agreement, and whether the
attack's place is one of the gold ``place`` names.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import LinkedArticle
from tests.passages import PassageText, _node_names, common_fields, link_passages, name_key, norm, read_records

DATA = Path(__file__).parent / "data" / "casualties"
WEAPONS_DATA = Path(__file__).parent / "data" / "weapons"
ARTICLE = "article"


@dataclass
class GoldFigure:
    kind: str
    count: int
    bound: str
    source: str | list[str]
    place: list[str]
    pattern: str

    @property
    def source_keys(self) -> set[str]:
        return set() if self.source == ARTICLE else {name_key(s) for s in self.source}

    def short(self) -> str:
        src = self.source if self.source == ARTICLE else self.source[0]
        return f"{self.kind} {self.count} ({self.bound}) by {src}"


@dataclass
class Passage(PassageText):
    figures: list[GoldFigure] = field(default_factory=list)


@dataclass
class PredictedFigure:
    kind: str
    count: int
    bound: str
    source: str  # "article" or the speaker IRI
    names: set[str]  # the speaker's names (and its organisation's); empty for the article
    codes: set[str]  # the speaker's country code, or its organisation's
    place_names: set[str]
    text: str

    def short(self) -> str:
        who = ARTICLE if self.source == ARTICLE else (sorted(self.names)[0] if self.names else self.source)
        return f"{self.kind} {self.count} ({self.bound}, {self.text!r}) by {who}"


def load_passages(path: str | Path, key: str = "casualties") -> list[Passage]:
    """The passages of one file; ``key`` is ``casualties`` or ``weapons``."""
    return [Passage(**common_fields(d, p, n),
                    figures=[GoldFigure(kind=f["kind"], count=int(f["count"]), bound=f["bound"], source=f["source"],
                                        place=list(f.get("place") or []), pattern=f.get("pattern") or "(none)")
                             for f in d.get(key, [])])
            for p, n, d in read_records(path)]


def _codes(linked: LinkedArticle, iri: str) -> set[str]:
    out = set()
    node = linked.nodes.get(iri)
    while node is not None:
        if node.country_code:
            out.add(node.country_code)
        node = linked.nodes.get(node.member_of) if node.member_of else None
    return out


def predicted_figures(linked: LinkedArticle, weapons: bool = False) -> list[PredictedFigure]:
    speakers = {st.iri: st.speaker for st in linked.statements}
    places = {e.iri: e.place for e in linked.events}
    out = []
    for c in (linked.weapons if weapons else linked.casualties):
        speaker = speakers.get(c.statement) if c.statement else None
        names, _ = _node_names(linked, speaker) if speaker else (set(), "")
        place_names, _ = _node_names(linked, places.get(c.attack))
        out.append(PredictedFigure(kind=c.action if weapons else c.kind, count=c.count, bound=c.bound,  # type: ignore[union-attr]
                                   source=speaker or ARTICLE, names=names, codes=_codes(linked, speaker) if speaker else set(),
                                   place_names=place_names, text=c.count_text))
    return out


def predict(passages: list[Passage], weapons: bool = False) -> dict[str, list[PredictedFigure]]:
    return link_passages(passages, lambda linked: predicted_figures(linked, weapons))


def matches(g: GoldFigure, p: PredictedFigure) -> bool:
    if g.kind != p.kind or g.count != p.count:
        return False
    if g.source == ARTICLE or p.source == ARTICLE:
        return g.source == ARTICLE and p.source == ARTICLE
    codes = {s for s in g.source if len(s) == 2 and s.isupper()}
    return bool(g.source_keys & {name_key(n) for n in p.names}) or bool(codes & p.codes)


@dataclass
class Result:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    bound_ok: int = 0
    place_ok: int = 0
    by_pattern: Counter = field(default_factory=Counter)
    missed_by_pattern: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)  # matched, but counted for an attack at another place

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def report(self, name: str) -> str:
        lines = [f"{name}: P {self.precision:.3f} R {self.recall:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn}); "
                 f"bound agrees {self.bound_ok}/{self.tp}, attack place agrees {self.place_ok}/{self.tp}"]
        lines += [f"  miss {m}" for m in self.misses] + [f"  extra {e}" for e in self.extras]
        lines += [f"  elsewhere {e}" for e in self.elsewhere]
        return "\n".join(lines)


def evaluate(passages: list[Passage], predictions: dict[str, list[PredictedFigure]]) -> Result:
    r = Result()
    for p in passages:
        preds = list(predictions.get(p.id, []))
        used: set[int] = set()
        for g in p.figures:
            hit = next((i for i, x in enumerate(preds) if i not in used and matches(g, x)), None)
            if hit is None:
                r.fn += 1
                r.missed_by_pattern[g.pattern] += 1
                r.misses.append(f"{p.id}: {g.short()} [{g.pattern}]")
                continue
            used.add(hit)
            r.tp += 1
            r.by_pattern[g.pattern] += 1
            x = preds[hit]
            r.bound_ok += g.bound == x.bound
            if {norm(n) for n in g.place} & {norm(n) for n in x.place_names}:
                r.place_ok += 1
            else:
                r.elsewhere.append(f"{p.id}: {g.short()} counted at {sorted(x.place_names)[:3]}")
        for i, x in enumerate(preds):
            if i not in used:
                r.fp += 1
                r.extras.append(f"{p.id}: {x.short()}")
    return r


def evaluate_file(path: str | Path) -> Result:
    weapons = Path(path).parent.name == "weapons"
    passages = load_passages(path, "weapons" if weapons else "casualties")
    return evaluate(passages, predict(passages, weapons))


if __name__ == "__main__":  # python -m tests.casualty_passages [FILE…]
    import sys

    for f in sys.argv[1:] or [DATA / "en.jsonl", DATA / "fr.jsonl", WEAPONS_DATA / "en.jsonl", WEAPONS_DATA / "fr.jsonl"]:
        print(Path(f).parent.name + "/" + evaluate_file(f).report(Path(f).name))


def check_figure_floors(path: str | Path, lang: str, floor: dict[str, float], min_passages: int) -> Result:
    """Run one casualty passage file, print its report (``pytest -s``) and assert its
    precision and recall stay at or above ``floor``: the one body of the held-out sets'
    figure tests, whose floors differ."""
    passages = load_passages(path)
    assert len(passages) >= min_passages
    result = evaluate(passages, predict(passages))
    print("\n" + result.report(f"{Path(path).parent.name}/{Path(path).name}"))
    assert result.precision >= floor["precision"], f"{lang} precision {result.precision:.3f}"
    assert result.recall >= floor["recall"], f"{lang} recall {result.recall:.3f}"
    return result
