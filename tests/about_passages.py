"""Evaluate about-links (which attacks a statement is about) on annotated passages.

The passages live in ``tests/data/about/{en,fr}.jsonl`` (format and conventions in that
folder's README). They run through the real pipeline in-process (``extract`` +
``link_article`` with the default linker, as ``tests.passages`` does). Then, per passage:

* each gold event is found when a predicted attack's place node carries one of its
  ``place`` names (label or altLabel, compared by ``tests.passages.name_key``);
* statements are matched one-to-one by speaker and quote (``tests.passages.max_matching``);
* for each matched statement, its predicted about-links are compared with the gold events'
  attacks: a link is right when it goes to the attack of a gold event of its ``about``.

Precision is right links over predicted links of matched statements (an unmatched statement
is the statement extractor's business); recall is right links over gold links, and
"recall among found" counts only gold links whose statement and event were both found,
which is the part the about-linking itself decides.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import LinkedArticle
from tests.passages import (
    GoldStatement,
    PassageText,
    common_fields,
    link_passages,
    max_matching,
    name_key,
    predicted_statements,
    read_records,
)

DATA = Path(__file__).parent / "data" / "about"


@dataclass
class AboutGold(GoldStatement):
    about: list[str] = field(default_factory=list)


@dataclass
class AboutPassage(PassageText):
    events: dict[str, list[str]] = field(default_factory=dict)  # key -> acceptable place names
    statements: list[AboutGold] = field(default_factory=list)


def load(path: str | Path) -> list[AboutPassage]:
    return [AboutPassage(**common_fields(d, p, n),
                         events={e["key"]: list(e["place"]) for e in d["events"]},
                         statements=[AboutGold(speaker=list(s["speaker"]), quote=s.get("quote"),
                                               direct=bool(s["direct"]), pattern=s["pattern"], about=list(s["about"]))
                                     for s in d["statements"]])
            for p, n, d in read_records(path)]


def _found_events(p: AboutPassage, linked: LinkedArticle) -> dict[str, str]:
    """Gold event key -> the predicted attack whose place carries one of its names."""
    out = {}
    for key, names in p.events.items():
        keys = {name_key(n) for n in names}
        for ev in linked.events:
            node = linked.nodes.get(ev.place)
            labels = set(node.labels.values()) | {t for t, _ in node.alt_labels} if node else set()
            if keys & {name_key(x) for x in labels} and ev.factuality != "Denied":
                out[key] = ev.iri
                break
    return out


@dataclass
class AboutReport:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    gold_found: int = 0
    statements: int = 0
    matched: int = 0
    rows: Counter = field(default_factory=Counter)  # (pattern, "tp"|"fp"|"fn") -> n
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def recall_found(self) -> float:
        return self.tp / self.gold_found if self.gold_found else 1.0

    def format(self, lang: str) -> str:
        lines = [f"[{lang}] about-links: P {self.precision:.3f} ({self.tp}/{self.pred}), R {self.recall:.3f} "
                 f"({self.tp}/{self.gold}), R among found {self.recall_found:.3f} ({self.tp}/{self.gold_found}); "
                 f"statements matched {self.matched}/{self.statements}"]
        for pat in sorted({p for p, _ in self.rows}):
            lines.append(f"  {pat:40s} tp {self.rows[pat, 'tp']:2d} fp {self.rows[pat, 'fp']:2d} "
                         f"fn {self.rows[pat, 'fn']:2d}")
        return "\n".join(lines + self.errors)


def evaluate(passages: list[AboutPassage]) -> AboutReport:
    by_id = {p.id: p for p in passages}
    linked = link_passages(passages, lambda la: la)
    rep = AboutReport()
    for pid, la in linked.items():
        p = by_id[pid]
        found = _found_events(p, la)
        name_of = {v: k for k, v in found.items()}
        preds = predicted_statements(la)
        links = [st.about for st in la.statements]
        matched = max_matching(p.statements, preds)
        rep.statements += len(p.statements)
        rep.matched += len(matched)
        for gi, g in enumerate(p.statements):
            rep.gold += len(g.about)
            if gi not in matched:
                rep.rows[g.pattern, "fn"] += len(g.about)
                continue
            gold_iris = {found[k] for k in g.about if k in found}
            pred_iris = set(links[matched[gi]])
            right = gold_iris & pred_iris
            rep.gold_found += len(gold_iris)
            rep.pred += len(pred_iris)
            rep.tp += len(right)
            rep.rows[g.pattern, "tp"] += len(right)
            rep.rows[g.pattern, "fp"] += len(pred_iris - right)
            rep.rows[g.pattern, "fn"] += len(g.about) - len(right)
            if pred_iris != gold_iris or len(gold_iris) < len(g.about):
                got = sorted(name_of.get(i, i.rsplit("/", 1)[-1]) for i in pred_iris)
                rep.errors.append(f"  {pid} {g.pattern}: gold {g.about} (found {sorted(k for k in g.about if k in found)})"
                                  f", predicted {got} — {g.quote!r}")
    return rep


if __name__ == "__main__":
    for lang in ("en", "fr"):
        print(evaluate(load(DATA / f"{lang}.jsonl")).format(lang))
