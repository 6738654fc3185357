"""The question suite of ``kg ask`` (tests/data/questions.tsv): question, query, parameters."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

QUESTIONS = Path(__file__).parent / "data" / "questions.tsv"
TODAY = dt.date(2024, 6, 15)  # the reference day the expected dates were written for
REJECT = "REJECT"


@dataclass(frozen=True)
class Question:
    line: int
    text: str
    query: str
    params: dict[str, str]

    @property
    def rejected(self) -> bool:
        return self.query == REJECT


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if no == 1 or not line.strip() or line.startswith("#"):
            continue
        text, query, params = (line.split("\t") + ["", ""])[:3]
        pairs = [p.split("=", 1) for p in params.split("; ") if p.strip()]
        out.append(Question(no, text, query, {k.strip(): v.strip() for k, v in pairs}))
    return out
