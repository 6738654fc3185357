"""Evaluate statement extraction ("who said what") on annotated passages.

The passages live in ``tests/data/statements/{en,fr}.jsonl`` (format and annotation
conventions in that folder's README). This module:

* loads a passages file (``load_passages``) and turns it into ``kg.model.Article`` objects
  (``to_articles``: identifier = id, language, published, title, text);
* runs the project's own stages in-process, ``kg.nlp.extract.extract`` then
  ``kg.link.articles.link_article`` with ``default_linker()`` (``predict``), and reads each
  predicted statement's speaker names from the linked nodes: the speaker node's label and
  altLabels, plus those of the node it is ``member_of`` (one level, as the shared scorer does);
* matches predicted statements to gold ones, one-to-one, passage by passage (``evaluate``).

Matching rule. A predicted statement can match a gold one when
  1. one of the gold ``speaker`` names equals one of the predicted speaker names after
     normalisation (casefold, accents dropped, punctuation as spaces, the words
     le/la/les/l'/the/de/du/des/d'/of dropped) — equality only, no substring rule; and
  2. either both quotes are null, or both are non-null and their token F1 (same
     normalisation, stop words kept) is at least ``QUOTE_F1``.
``direct`` does not take part in matching; agreement on it is reported separately.

Assignment. Among the candidate pairs, a *maximum* bipartite matching is taken (augmenting
paths, Kuhn's algorithm): golds are taken in file order and each one tries its candidates in
order of decreasing quote F1, so a prediction is never used twice and the number of matched
pairs is the largest possible. A gold marked ``"optional": true`` is neither required nor is a
prediction matched to it counted as a false positive (golds are taken required-first, so an
optional one never takes a prediction a required one needs).

Per-pattern figures: recall counts each gold statement under its ``pattern`` tag. Each
false positive is charged to the pattern of the gold statement of the same passage whose
quote overlaps it most (token F1 > 0), to ``negative`` in a passage with no gold statement,
and to ``(unattributed)`` otherwise; per-pattern precision is tp / (tp + charged fp).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import Article, LinkedArticle

DATA = Path(__file__).parent / "data" / "statements"
QUOTE_F1 = 0.5
STOP = frozenset({"le", "la", "les", "l", "the", "de", "du", "des", "d", "of"})


# ---------- text normalisation ----------

def norm(s: str) -> str:
    """Casefolded, accents dropped (any script kept), punctuation as single spaces."""
    s = unicodedata.normalize("NFKD", str(s).casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", s).strip()


def name_key(s: str) -> str:
    """A name for comparison: ``norm`` without articles and de/of."""
    return " ".join(w for w in norm(s).split() if w not in STOP)


def token_f1(a: str | None, b: str | None) -> float:
    if a is None or b is None:
        return 0.0
    ta, tb = Counter(norm(a).split()), Counter(norm(b).split())
    if not ta or not tb:
        return 0.0
    overlap = sum((ta & tb).values())
    return 2 * overlap / (sum(ta.values()) + sum(tb.values()))


# ---------- gold ----------

@dataclass
class GoldStatement:
    speaker: list[str]
    quote: str | None
    direct: bool
    pattern: str
    optional: bool = False
    note: str | None = None

    @property
    def keys(self) -> set[str]:
        return {k for k in (name_key(n) for n in self.speaker) if k}


@dataclass
class PassageText:
    """What every annotated passage has (statements and events alike); subclasses add the gold facts."""

    id: str
    language: str
    published: dt.date | None
    title: str
    text: str
    note: str | None = None
    origin: str = ""


def check_passage_text(p: PassageText, lang: str) -> None:
    """The checks every passages file must pass, whatever it annotates."""
    assert p.language == lang, p.id
    assert p.published is not None and p.title, p.id
    # the pipeline skips a first line that repeats the title: the passages never do
    assert not p.text.lstrip().startswith(p.title), p.id


@dataclass
class Passage(PassageText):
    statements: list[GoldStatement] = field(default_factory=list)

    @property
    def negative(self) -> bool:
        return not self.statements


def common_fields(d: dict, path: Path, n: int) -> dict:
    """The fields every passages file shares (statements and events alike)."""
    return dict(id=d["id"], language=d["language"],
                published=dt.date.fromisoformat(d["published"]) if d.get("published") else None,
                title=d.get("title") or "", text=d["text"], note=d.get("note"), origin=f"{path.name}:{n}")


def read_records(path: str | Path):
    """(path, line number, record) for each non-blank line of a passages file."""
    path = Path(path)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            yield path, n, json.loads(line)


def load_passages(path: str | Path) -> list[Passage]:
    """The passages of one JSONL file, in file order."""
    return [Passage(**common_fields(d, p, n),
                    statements=[GoldStatement(speaker=list(s["speaker"]), quote=s.get("quote"),
                                              direct=bool(s["direct"]), pattern=s.get("pattern") or "(none)",
                                              optional=bool(s.get("optional")), note=s.get("note"))
                                for s in d.get("statements", [])])
            for p, n, d in read_records(path)]


def to_articles(passages: Iterable[Passage]) -> list[Article]:
    return [Article(identifier=p.id, text=p.text, language=p.language, title=p.title or None,
                    published=p.published, origin=p.origin) for p in passages]


# ---------- predictions ----------

@dataclass
class PredictedStatement:
    passage: str
    speaker: str  # IRI
    names: set[str]  # labels and altLabels of the speaker and of the node it is member of
    quote: str | None
    direct: bool
    cue: str
    evidence: str
    label: str = ""  # for printing: the speaker's label (and its organisation's)

    @property
    def keys(self) -> set[str]:
        return {k for k in (name_key(n) for n in self.names) if k}

    def short(self) -> str:
        q = "null" if self.quote is None else repr(self.quote)
        return f"[{self.label or self.speaker.rsplit('/', 1)[-1]}] {q} (direct={self.direct}, cue={self.cue!r})"


def _node_names(linked: LinkedArticle, iri: str | None) -> tuple[set[str], str]:
    """Labels and altLabels of a node and of the node it is member of, and a display label."""
    names: set[str] = set()
    display = ""
    node = linked.nodes.get(iri) if iri else None
    if node is None:
        return names, display
    names |= set(node.labels.values()) | {t for t, _ in node.alt_labels}
    display = node.labels.get(linked.article.language or "") or next(iter(node.labels.values()), "")
    parent = linked.nodes.get(node.member_of) if node.member_of else None
    if parent is not None:
        names |= set(parent.labels.values()) | {t for t, _ in parent.alt_labels}
        plabel = parent.labels.get(linked.article.language or "") or next(iter(parent.labels.values()), "")
        if plabel and plabel not in display:
            display = f"{display} ⊂ {plabel}"
    return names, display


def predicted_statements(linked: LinkedArticle) -> list[PredictedStatement]:
    out = []
    for st in linked.statements:
        names, display = _node_names(linked, st.speaker)
        out.append(PredictedStatement(passage=linked.article.identifier, speaker=st.speaker, names=names,
                                      quote=st.quote, direct=st.direct, cue=st.cue, evidence=st.evidence.text,
                                      label=display))
    return out


def link_passages(passages, pick, linker=None) -> dict:
    """Run extraction and linking in-process; ``pick(linked)`` per passage id."""
    from kg.link.articles import default_linker, link_article
    from kg.nlp.extract import extract

    linker = linker or default_linker()
    errors: list = []
    out: dict = {p.id: [] for p in passages}
    for extraction in extract(to_articles(passages), on_error=errors.append):
        out[extraction.article.identifier] = pick(link_article(extraction, linker))
    if errors:
        raise RuntimeError("extraction rejected passages: " + "; ".join(str(e) for e in errors))
    return out


def predict(passages: list[Passage], linker=None) -> dict[str, list[PredictedStatement]]:
    """Predicted statements per passage id."""
    return link_passages(passages, predicted_statements, linker)


# ---------- matching ----------

def speaker_matches(gold: GoldStatement, pred: PredictedStatement) -> bool:
    return bool(gold.keys & pred.keys)


def compatible(gold: GoldStatement, pred: PredictedStatement) -> float | None:
    """The pair's quote score when it may be matched, else None."""
    if not speaker_matches(gold, pred):
        return None
    if gold.quote is None or pred.quote is None:
        return 1.0 if gold.quote is None and pred.quote is None else None
    f = token_f1(gold.quote, pred.quote)
    return f if f >= QUOTE_F1 else None


def max_matching(golds: list[GoldStatement], preds: list[PredictedStatement]) -> dict[int, int]:
    """Maximum one-to-one matching {gold index: pred index} by augmenting paths.

    Required golds are taken before optional ones, each in file order; a gold tries its
    candidates by decreasing quote F1.
    """
    cand: dict[int, list[int]] = {}
    for gi, g in enumerate(golds):
        scored = [(s, pi) for pi, p in enumerate(preds) if (s := compatible(g, p)) is not None]
        cand[gi] = [pi for _, pi in sorted(scored, key=lambda t: (-t[0], t[1]))]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in cand[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in sorted(cand, key=lambda i: (golds[i].optional, i)):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


# ---------- report ----------

@dataclass
class Miss:
    passage: str
    gold: GoldStatement
    candidates: list[tuple[PredictedStatement, bool, float]]  # prediction, speaker ok, quote F1

    def reason(self) -> str:
        if not self.candidates:
            return "no statement predicted in the passage"
        same = [c for c in self.candidates if c[1]]
        if not same:
            return "speaker not matched"
        if self.gold.quote is None:
            return "null-quote accusation not predicted (speaker found with a quote)"
        if all(c[0].quote is None for c in same):
            return "speaker found, but only with a null quote"
        return f"speaker found, best quote F1 {max(c[2] for c in same):.2f} < {QUOTE_F1}"


@dataclass
class FalsePositive:
    passage: str
    pred: PredictedStatement
    charged_to: str


@dataclass
class PatternRow:
    gold: int = 0
    tp: int = 0
    fp: int = 0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0


@dataclass
class Report:
    language: str
    passages: int = 0
    negatives: int = 0
    gold: int = 0  # required gold statements
    pred: int = 0  # predictions, not counting those matched to optional golds
    tp: int = 0
    direct_agree: int = 0
    by_pattern: dict[str, PatternRow] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    direct_mismatches: list[tuple[str, GoldStatement, PredictedStatement]] = field(default_factory=list)
    negatives_with_output: dict[str, list[PredictedStatement]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(passages: list[Passage], predictions: dict[str, list[PredictedStatement]],
             language: str | None = None) -> Report:
    rep = Report(language=language or (passages[0].language if passages else ""))
    for p in passages:
        rep.passages += 1
        preds = predictions.get(p.id, [])
        if p.negative:
            rep.negatives += 1
            if preds:
                rep.negatives_with_output[p.id] = preds
        m = max_matching(p.statements, preds)
        matched_preds = set(m.values())
        for gi, g in enumerate(p.statements):
            if g.optional:
                continue
            row = rep.by_pattern.setdefault(g.pattern, PatternRow())
            row.gold += 1
            rep.gold += 1
            if gi in m:
                row.tp += 1
                rep.tp += 1
                if preds[m[gi]].direct == g.direct:
                    rep.direct_agree += 1
                else:
                    rep.direct_mismatches.append((p.id, g, preds[m[gi]]))
            else:
                rep.misses.append(Miss(p.id, g, [(x, speaker_matches(g, x), token_f1(g.quote, x.quote))
                                                 for x in preds]))
        optional_hits = {pi for gi, pi in m.items() if p.statements[gi].optional}
        rep.pred += len(preds) - len(optional_hits)
        for pi, x in enumerate(preds):
            if pi in matched_preds:
                continue
            if p.negative:
                charged = "negative"
            else:
                overlaps = [(token_f1(g.quote, x.quote), g.pattern) for g in p.statements if not g.optional]
                best = max(overlaps, default=(0.0, ""))
                charged = best[1] if best[0] > 0 else "(unattributed)"
            rep.by_pattern.setdefault(charged, PatternRow()).fp += 1
            rep.false_positives.append(FalsePositive(p.id, x, charged))
    return rep


def evaluate_file(path: str | Path, linker=None) -> tuple[Report, list[Passage], dict[str, list[PredictedStatement]]]:
    passages = load_passages(path)
    preds = predict(passages, linker)
    return evaluate(passages, preds), passages, preds


# ---------- printing ----------

def format_report(rep: Report) -> str:
    lines = [
        f"== statements [{rep.language}]: {rep.passages} passages ({rep.negatives} negative), "
        f"{rep.gold} gold, {rep.pred} predicted, {rep.tp} matched",
        f"   precision {rep.precision:.3f}  recall {rep.recall:.3f}  F1 {rep.f1:.3f}  "
        f"direct agrees on {rep.direct_agree}/{rep.tp} matched",
        f"   {'pattern':34} {'gold':>4} {'tp':>4} {'fp':>4} {'recall':>7} {'prec':>6}",
    ]
    for name, row in sorted(rep.by_pattern.items()):
        lines.append(f"   {name:34} {row.gold:4d} {row.tp:4d} {row.fp:4d} "
                     f"{(f'{row.recall:.2f}' if row.gold else '-'):>7} {row.precision:6.2f}")
    return "\n".join(lines)


def format_errors(rep: Report, limit: int | None = None) -> str:
    lines = [f"-- misses [{rep.language}] ({len(rep.misses)})"]
    for miss in rep.misses[:limit]:
        q = "null" if miss.gold.quote is None else repr(miss.gold.quote)
        lines.append(f"   {miss.passage} <{miss.gold.pattern}> {miss.gold.speaker[0]}: {q}")
        lines.append(f"      why: {miss.reason()}")
        for x, ok, f in miss.candidates:
            lines.append(f"      pred: {'speaker ok' if ok else 'other speaker'}, F1 {f:.2f} {x.short()}")
    lines.append(f"-- false positives [{rep.language}] ({len(rep.false_positives)})")
    for fp in rep.false_positives[:limit]:
        lines.append(f"   {fp.passage} <{fp.charged_to}> {fp.pred.short()}")
    lines.append(f"-- matched, but 'direct' differs [{rep.language}] ({len(rep.direct_mismatches)})")
    for pid, g, x in rep.direct_mismatches[:limit]:
        lines.append(f"   {pid} <{g.pattern}> gold direct={g.direct} {g.quote!r} / {x.short()}")
    for pid, preds in rep.negatives_with_output.items():
        lines.append(f"-- negative passage {pid} gave: " + "; ".join(x.short() for x in preds))
    return "\n".join(lines)


def check_floors(path: str | Path, lang: str, floor: dict[str, float], min_passages: int,
                 min_negatives: int = 0, error_limit: int | None = 40) -> Report:
    """Run one passage file through the pipeline, print its per-pattern report and errors
    (``pytest -s``), and assert its precision and recall stay at or above ``floor``: the one
    body of the passage-set tests (blind, constructions, speakers), whose floors differ."""
    passages = load_passages(path)
    assert len(passages) >= min_passages and sum(p.negative for p in passages) >= min_negatives
    for p in passages:
        check_passage_text(p, lang)
    rep = evaluate(passages, predict(passages), lang)
    print()
    print(format_report(rep))
    print(format_errors(rep, limit=error_limit))
    assert rep.precision >= floor["precision"], f"{lang} precision {rep.precision:.3f} < {floor['precision']}"
    assert rep.recall >= floor["recall"], f"{lang} recall {rep.recall:.3f} < {floor['recall']}"
    return rep
