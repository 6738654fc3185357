"""Evaluate speech acts on annotated passages (``tests/data/speech_acts/{en,fr}.jsonl``,
format in that folder's README).

The passages run through the project's own stages in-process (extraction then linking,
``tests.passages.link_passages``). A gold act is *found* when a linked statement of its
passage has the gold cue (case-insensitive, the predicted cue contains it); the accuracy is
over the found ones (the issue's "speech-act type accuracy on the statements found"), and
the share found is given beside it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.model import LinkedArticle
from tests.passages import PassageText, common_fields, link_passages, read_records

DATA = Path(__file__).parent / "data" / "speech_acts"


@dataclass
class GoldAct:
    cue: str
    act: str
    pattern: str


@dataclass
class Passage(PassageText):
    acts: list[GoldAct] = field(default_factory=list)


def load(lang: str) -> list[Passage]:
    return [Passage(**common_fields(d, p, n), acts=[GoldAct(**a) for a in d["acts"]])
            for p, n, d in read_records(DATA / f"{lang}.jsonl")]


def _acts(linked: LinkedArticle) -> list[tuple[str, str]]:
    return [(st.cue, st.act) for st in linked.statements]


@dataclass
class ActReport:
    gold: int = 0
    found: int = 0
    correct: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def found_share(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def format(self) -> str:
        return (f"speech acts: {self.correct}/{self.found} correct = {self.accuracy:.3f} on the statements found "
                f"({self.found}/{self.gold} found)\n" + "\n".join(self.errors))


def evaluate(lang: str) -> ActReport:
    passages = load(lang)
    predicted = link_passages(passages, _acts)
    rep = ActReport()
    for p in passages:
        free = list(predicted[p.id])
        for g in p.acts:
            rep.gold += 1
            hit = next((x for x in free if g.cue.lower() in x[0].lower()), None)
            if hit is None:
                rep.errors.append(f"  not found {p.id} [{g.pattern}] cue {g.cue!r}; statements {predicted[p.id]}")
                continue
            free.remove(hit)
            rep.found += 1
            if hit[1] == g.act:
                rep.correct += 1
            else:
                rep.errors.append(f"  wrong {p.id} [{g.pattern}] gold {g.act}, got {hit[1]}")
    return rep


if __name__ == "__main__":
    for lang in ("en", "fr"):
        print(lang, evaluate(lang).format())
