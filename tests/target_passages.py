"""Evaluate what attacks hit on annotated passages (``tests/data/targets/{en,fr}.jsonl``,
format in that folder's README).

The passages run through the project's own stages in-process (``kg.nlp.extract.extract``
then ``kg.link.articles.link_article``, ``tests.passages.link_passages``). Per passage, the
predicted target types are those of every attack of the article (``LinkedEvent.target_types``),
and the predicted facilities the article's ``LinkedFacility`` nodes, each with its type and
the names of its town node (labels and alternate labels).

Matching: a predicted type is right when the passage's gold lists that type (once per
type and passage); a predicted facility is right when a gold target of the same type names
a town (``town``) one of whose names equals one of the town node's names after
``tests.passages.name_key`` normalisation. A gold target whose ``town`` is null expects a
type and no facility node.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import LinkedArticle
from tests.passages import PassageText, common_fields, link_passages, name_key, read_records

DATA = Path(__file__).parent / "data" / "targets"


@dataclass
class GoldTarget:
    type: str
    town: list[str] | None
    pattern: str


@dataclass
class Passage(PassageText):
    targets: list[GoldTarget] = field(default_factory=list)


@dataclass
class Predicted:
    types: set[str]
    facilities: list[tuple[str, set[str], str]]  # (type, town names, label)


def load_passages(path: str | Path) -> list[Passage]:
    return [Passage(**common_fields(d, p, n),
                    targets=[GoldTarget(t["type"], t.get("town"), t.get("pattern") or "(none)") for t in d["targets"]])
            for p, n, d in read_records(path)]


def _predicted(linked: LinkedArticle) -> Predicted:
    types = {t for e in linked.events for t in e.target_types}
    facilities = []
    for f in linked.facilities:
        node = linked.nodes.get(f.place)
        names = set() if node is None else set(node.labels.values()) | {t for t, _ in node.alt_labels}
        facilities.append((f.concept, {name_key(n) for n in names}, f.label))
    return Predicted(types, facilities)


def predict(passages: list[Passage], linker=None) -> dict[str, Predicted]:
    return link_passages(passages, _predicted, linker)


@dataclass
class Result:
    types_tp: int = 0
    types_pred: int = 0
    types_gold: int = 0
    fac_tp: int = 0
    fac_pred: int = 0
    fac_gold: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        return self.ratio(self.types_tp, self.types_pred)

    @property
    def recall(self) -> float:
        return self.ratio(self.types_tp, self.types_gold)

    @property
    def facility_precision(self) -> float:
        return self.ratio(self.fac_tp, self.fac_pred)

    @property
    def facility_recall(self) -> float:
        return self.ratio(self.fac_tp, self.fac_gold)

    def report(self, name: str) -> str:
        lines = [f"{name}: target types P {self.precision:.3f} ({self.types_tp}/{self.types_pred}) "
                 f"R {self.recall:.3f} ({self.types_tp}/{self.types_gold}); facilities P {self.facility_precision:.3f} "
                 f"({self.fac_tp}/{self.fac_pred}) R {self.facility_recall:.3f} ({self.fac_tp}/{self.fac_gold})"]
        return "\n".join(lines + [f"  {e}" for e in self.errors])


def evaluate(passages: list[Passage], predictions: dict[str, Predicted]) -> Result:
    r = Result()
    for p in passages:
        pred = predictions.get(p.id) or Predicted(set(), [])
        gold_types = {g.type for g in p.targets}
        r.types_gold += len(gold_types)
        r.types_pred += len(pred.types)
        r.types_tp += len(gold_types & pred.types)
        for t in sorted(pred.types - gold_types):
            r.errors.append(f"{p.id}: extra type {t}")
        for t in sorted(gold_types - pred.types):
            pattern = next(g.pattern for g in p.targets if g.type == t)
            r.errors.append(f"{p.id}: missed type {t} ({pattern})")
        golds = [g for g in p.targets if g.town]
        r.fac_gold += len(golds)
        r.fac_pred += len(pred.facilities)
        free = list(golds)
        for concept, names, label in pred.facilities:
            hit = next((g for g in free if g.type == concept and {name_key(n) for n in g.town} & names), None)
            if hit is None:
                r.errors.append(f"{p.id}: extra facility {concept} {label!r}")
            else:
                free.remove(hit)
                r.fac_tp += 1
        for g in free:
            r.errors.append(f"{p.id}: missed facility {g.type} in {g.town[0]} ({g.pattern})")
    return r


if __name__ == "__main__":
    for lang in ("en", "fr"):
        ps = load_passages(DATA / f"{lang}.jsonl")
        print(evaluate(ps, predict(ps)).report(f"{lang}.jsonl"))
