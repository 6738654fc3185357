"""Evaluate attack-event extraction on annotated passages.

The passages live in ``tests/data/events/{en,fr}.jsonl`` (format and annotation conventions
in that folder's README). This module:

* loads a passages file (``load_passages``) and turns it into ``kg.model.Article`` objects
  (``tests.passages.to_articles``: identifier = id, language, published, title, text);
* runs the project's own stages in-process, ``kg.nlp.extract.extract`` then
  ``kg.link.articles.link_article`` with ``default_linker()`` (``predict``), and keeps each
  linked event whose ``factuality`` is neither ``Denied`` nor ``Hypothetical``, with the
  place node's labels and altLabels and its country (the first node with a
  ``country_code`` on the ``located_in`` chain, the place itself included);
* matches predicted events to gold ones, one-to-one, passage by passage (``evaluate``).

Matching rules.
  * **lenient**: one of the gold ``place`` names equals one of the place node's names after
    normalisation (casefold, accents dropped, any script kept, punctuation as spaces), or,
    when no name matches, the place's country code equals the gold ``country``;
  * **strict**: lenient, and the same class, and the same date (a null gold date wants no
    predicted date).
Each rule has its own *maximum* bipartite matching (augmenting paths, Kuhn's algorithm):
golds are taken in file order and each tries its candidates by decreasing score (a name
match before a country-only match, then the same class, then the same date), so a
prediction is never used twice and the number of pairs is the largest possible.

Side figures, on lenient pairs only (they take no part in matching): date accuracy
(predicted date == gold date, null == null), class agreement, and for golds with a
``perpetrator``: whether the predicted actors of the annotated status (``perpetrators``
for ``fact``, ``alleged_perpetrators`` for ``alleged``) contain it, and whether either set
does. An actor node matches a gold perpetrator when its country code, or that of the node
it is ``member_of``, equals a gold ISO code, or one of its names (or its organisation's)
equals a gold name after normalisation.

Per-pattern figures: recall counts each gold event under its ``pattern`` tag. A false
positive is charged to ``negative`` in a passage with no gold event, to the pattern of the
only gold event of its passage when there is one pattern there, and to ``(unattributed)``
otherwise; per-pattern precision is tp / (tp + charged fp).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import LinkedArticle, LinkedEvent
from tests.passages import PassageText, common_fields, link_passages, norm, read_records
from tests.passages import PatternRow as BasePatternRow

DATA = Path(__file__).parent / "data" / "events"
CLASSES = ("DroneStrike", "AirStrike", "MissileStrike", "Shelling", "Attack")
DROPPED_FACTUALITY = frozenset({"Denied", "Hypothetical"})
ISO2 = re.compile(r"^[A-Z]{2}$")


# ---------- text normalisation ----------

# ---------- gold ----------

@dataclass
class GoldEvent:
    type: str
    place: list[str]
    country: str
    date: dt.date | None
    perpetrator: list[str]  # ISO codes and/or names; empty when the text names none
    perpetrator_status: str | None  # "fact", "alleged" or None
    pattern: str

    @property
    def keys(self) -> set[str]:
        return {k for k in (norm(n) for n in self.place) if k}

    def short(self) -> str:
        perp = f", by {self.perpetrator[0]} ({self.perpetrator_status})" if self.perpetrator else ""
        return f"{self.type} @ {self.place[0]} [{self.country}] {self.date or 'no date'}{perp}"


@dataclass
class Passage(PassageText):
    events: list[GoldEvent] = field(default_factory=list)

    @property
    def negative(self) -> bool:
        return not self.events


def _perp_list(v) -> list[str]:
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)


def load_passages(path: str | Path) -> list[Passage]:
    """The passages of one JSONL file, in file order."""
    return [Passage(**common_fields(d, p, n),
                    events=[GoldEvent(type=e["type"], place=list(e["place"]), country=e["country"],
                                      date=dt.date.fromisoformat(e["date"]) if e.get("date") else None,
                                      perpetrator=_perp_list(e.get("perpetrator")),
                                      perpetrator_status=e.get("perpetrator_status"),
                                      pattern=e.get("pattern") or "(none)")
                            for e in d.get("events", [])])
            for p, n, d in read_records(path)]


# ---------- predictions ----------

@dataclass
class Actor:
    iri: str
    names: set[str]
    codes: set[str]  # its country code and that of the node it is member of
    label: str = ""

    def matches(self, gold: list[str]) -> bool:
        codes = {g for g in gold if ISO2.match(g)}
        keys = {norm(g) for g in gold if not ISO2.match(g)}
        return bool(codes & self.codes) or bool(keys & {norm(n) for n in self.names})


@dataclass
class PredictedEvent:
    passage: str
    iri: str
    type: str
    place: str  # IRI
    place_names: set[str]
    place_label: str
    country: str | None
    date: dt.date | None
    date_text: str | None
    factuality: str
    perpetrators: list[Actor]
    alleged: list[Actor]
    evidence: str

    @property
    def keys(self) -> set[str]:
        return {k for k in (norm(n) for n in self.place_names) if k}

    def short(self) -> str:
        perp = "".join(f", by {a.label} (fact)" for a in self.perpetrators)
        perp += "".join(f", by {a.label} (alleged)" for a in self.alleged)
        fac = "" if self.factuality == "Asserted" else f" <{self.factuality}>"
        when = f"{self.date}" if self.date else "no date"
        if self.date_text:
            when += f" ({self.date_text!r})"
        return f"{self.type} @ {self.place_label} [{self.country or '?'}] {when}{perp}{fac}"


def _label(linked: LinkedArticle, node) -> str:
    return node.labels.get(linked.article.language or "") or node.labels.get("en") or next(iter(node.labels.values()), node.iri)


def _country_of(linked: LinkedArticle, iri: str | None) -> str | None:
    seen: set[str] = set()
    while iri and iri not in seen:
        seen.add(iri)
        node = linked.nodes.get(iri)
        if node is None:
            return None
        if node.country_code:
            return node.country_code
        iri = node.located_in
    return None


def _actor(linked: LinkedArticle, iri: str) -> Actor:
    node = linked.nodes.get(iri)
    if node is None:
        return Actor(iri, set(), set(), iri.rsplit("/", 1)[-1])
    names = set(node.labels.values()) | {t for t, _ in node.alt_labels}
    codes = {node.country_code} if node.country_code else set()
    label = _label(linked, node)
    parent = linked.nodes.get(node.member_of) if node.member_of else None
    if parent is not None:
        names |= set(parent.labels.values()) | {t for t, _ in parent.alt_labels}
        if parent.country_code:
            codes.add(parent.country_code)
        label = f"{label} ⊂ {_label(linked, parent)}"
    return Actor(iri, names, codes, label)


def predicted_events(linked: LinkedArticle, keep_all: bool = False) -> list[PredictedEvent]:
    """The article's events that say something happened (not Denied, not Hypothetical)."""
    out = []
    for ev in linked.events:
        if ev.factuality in DROPPED_FACTUALITY and not keep_all:
            continue
        out.append(_predicted(linked, ev))
    return out


def _predicted(linked: LinkedArticle, ev: LinkedEvent) -> PredictedEvent:
    node = linked.nodes.get(ev.place)
    names = (set(node.labels.values()) | {t for t, _ in node.alt_labels}) if node else set()
    return PredictedEvent(
        passage=linked.article.identifier, iri=ev.iri, type=ev.event_class, place=ev.place,
        place_names=names, place_label=_label(linked, node) if node else ev.place.rsplit("/", 1)[-1],
        country=_country_of(linked, ev.place), date=ev.date, date_text=ev.date_text,
        factuality=ev.factuality,
        perpetrators=[_actor(linked, a) for a in sorted(ev.perpetrators)],
        alleged=[_actor(linked, a) for a in sorted(ev.alleged_perpetrators)],
        evidence=" | ".join(s.text for s in ev.evidence))


def predict(passages: list[Passage], linker=None) -> dict[str, list[PredictedEvent]]:
    """Run extraction and linking in-process; predicted events per passage id."""
    return {pid: [e for e in evs if e.factuality not in DROPPED_FACTUALITY]
            for pid, evs in predict_all(passages, linker).items()}


def predict_all(passages: list[Passage], linker=None) -> dict[str, list[PredictedEvent]]:
    """Like ``predict``, but keeping Denied and Hypothetical events too (for diagnostics)."""
    return link_passages(passages, lambda linked: predicted_events(linked, keep_all=True), linker)


# ---------- matching ----------

def place_score(gold: GoldEvent, pred: PredictedEvent) -> int:
    """2 when a place name matches, 1 when only the country does, 0 otherwise."""
    if gold.keys & pred.keys:
        return 2
    return 1 if pred.country and pred.country == gold.country else 0


def lenient_score(gold: GoldEvent, pred: PredictedEvent) -> tuple | None:
    s = place_score(gold, pred)
    if not s:
        return None
    return (s, gold.type == pred.type, gold.date == pred.date)


def strict_score(gold: GoldEvent, pred: PredictedEvent) -> tuple | None:
    s = lenient_score(gold, pred)
    return s if s is not None and s[1] and s[2] else None


def max_matching(golds: list[GoldEvent], preds: list[PredictedEvent], score=lenient_score) -> dict[int, int]:
    """Maximum one-to-one matching {gold index: pred index} by augmenting paths; golds in
    file order, each trying its candidates by decreasing score."""
    cand: dict[int, list[int]] = {}
    for gi, g in enumerate(golds):
        scored = [(s, pi) for pi, p in enumerate(preds) if (s := score(g, p)) is not None]
        cand[gi] = [pi for _, pi in sorted(scored, key=lambda t: (tuple(-int(x) for x in t[0]), t[1]))]
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

    for gi in cand:
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


# ---------- report ----------

@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    tp: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        # 2PR/(P+R) written as 2tp/(gold+pred): the same value, without rounding error
        if not self.gold and not self.pred:
            return 1.0
        return 2 * self.tp / (self.gold + self.pred)


@dataclass
class PatternRow(BasePatternRow):
    """Per pattern: ``tp`` and ``fp`` are lenient; ``strict`` counts the strict matches."""

    strict: int = 0


@dataclass
class Pair:
    passage: str
    gold: GoldEvent
    pred: PredictedEvent
    by_name: bool


@dataclass
class Report:
    language: str
    passages: int = 0
    negatives: int = 0
    lenient: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    date_ok: int = 0
    class_ok: int = 0
    by_name: int = 0  # lenient pairs matched by a place name (the others by country only)
    perp_gold: int = 0  # matched golds with a perpetrator
    perp_status_ok: int = 0  # ... found among the predicted actors of the annotated status
    perp_any_ok: int = 0  # ... found among the perpetrators or the alleged perpetrators
    by_pattern: dict[str, PatternRow] = field(default_factory=dict)
    pairs: list[Pair] = field(default_factory=list)
    misses: list[tuple[str, GoldEvent, list[PredictedEvent]]] = field(default_factory=list)
    false_positives: list[tuple[str, PredictedEvent, str]] = field(default_factory=list)
    strict_misses: list[Pair] = field(default_factory=list)  # lenient pairs that fail strict
    perp_misses: list[Pair] = field(default_factory=list)
    negatives_with_output: dict[str, list[PredictedEvent]] = field(default_factory=dict)

    @property
    def date_accuracy(self) -> float:
        return self.date_ok / self.lenient.tp if self.lenient.tp else 0.0


def perpetrator_found(gold: GoldEvent, pred: PredictedEvent) -> tuple[bool, bool]:
    """(found among the actors of the annotated status, found among either set)."""
    fact = any(a.matches(gold.perpetrator) for a in pred.perpetrators)
    alleged = any(a.matches(gold.perpetrator) for a in pred.alleged)
    status = fact if gold.perpetrator_status == "fact" else alleged
    return status, fact or alleged


def evaluate(passages: list[Passage], predictions: dict[str, list[PredictedEvent]],
             language: str | None = None) -> Report:
    rep = Report(language=language or (passages[0].language if passages else ""))
    for p in passages:
        rep.passages += 1
        preds = predictions.get(p.id, [])
        if p.negative:
            rep.negatives += 1
            if preds:
                rep.negatives_with_output[p.id] = preds
        for c in (rep.lenient, rep.strict):
            c.gold += len(p.events)
            c.pred += len(preds)
        m = max_matching(p.events, preds, lenient_score)
        ms = max_matching(p.events, preds, strict_score)
        rep.lenient.tp += len(m)
        rep.strict.tp += len(ms)
        for gi, g in enumerate(p.events):
            row = rep.by_pattern.setdefault(g.pattern, PatternRow())
            row.gold += 1
            row.strict += gi in ms
            if gi not in m:
                rep.misses.append((p.id, g, preds))
                continue
            row.tp += 1
            x = preds[m[gi]]
            pair = Pair(p.id, g, x, place_score(g, x) == 2)
            rep.pairs.append(pair)
            rep.by_name += pair.by_name
            rep.date_ok += g.date == x.date
            rep.class_ok += g.type == x.type
            if not (g.type == x.type and g.date == x.date):
                rep.strict_misses.append(pair)
            if g.perpetrator:
                rep.perp_gold += 1
                status, anyset = perpetrator_found(g, x)
                rep.perp_status_ok += status
                rep.perp_any_ok += anyset
                if not status:
                    rep.perp_misses.append(pair)
        used = set(m.values())
        patterns = {g.pattern for g in p.events}
        for pi, x in enumerate(preds):
            if pi in used:
                continue
            charged = "negative" if p.negative else (next(iter(patterns)) if len(patterns) == 1 else "(unattributed)")
            rep.by_pattern.setdefault(charged, PatternRow()).fp += 1
            rep.false_positives.append((p.id, x, charged))
    return rep


def evaluate_file(path: str | Path, linker=None) -> tuple[Report, list[Passage], dict[str, list[PredictedEvent]]]:
    passages = load_passages(path)
    preds = predict(passages, linker)
    return evaluate(passages, preds), passages, preds


def check_event_floors(rep: Report, floor: dict[str, float], max_negatives_with_output: int | None = None) -> None:
    """Print a passage file's report and errors (``pytest -s``) and assert its lenient
    precision and recall and its strict F1 stay at or above ``floor`` (and, when given, that
    at most ``max_negatives_with_output`` passages that must yield nothing yield an event):
    the one body of the event passage-set tests, whose floors differ."""
    print()
    print(format_report(rep))
    print(format_errors(rep))
    lang = rep.language
    assert rep.lenient.precision >= floor["precision"], f"{lang} lenient precision {rep.lenient.precision:.3f}"
    assert rep.lenient.recall >= floor["recall"], f"{lang} lenient recall {rep.lenient.recall:.3f}"
    assert rep.strict.f1 >= floor["strict_f1"], f"{lang} strict F1 {rep.strict.f1:.3f}"
    if max_negatives_with_output is not None:
        assert len(rep.negatives_with_output) <= max_negatives_with_output, {
            pid: [x.short() for x in preds] for pid, preds in rep.negatives_with_output.items()}


def check_event_file(path: str | Path, floor: dict[str, float], min_passages: int, min_negatives: int,
                     max_negatives_with_output: int | None = 0) -> Report:
    """``check_event_floors`` on one passage file, after checking its size: the one body of
    the held-out sets' event tests."""
    rep, passages, _ = evaluate_file(path)
    assert len(passages) >= min_passages and sum(p.negative for p in passages) >= min_negatives
    check_event_floors(rep, floor, max_negatives_with_output=max_negatives_with_output)
    return rep


# ---------- printing ----------

def format_report(rep: Report) -> str:
    L, S = rep.lenient, rep.strict
    lines = [
        f"== events [{rep.language}]: {rep.passages} passages ({rep.negatives} negative), "
        f"{L.gold} gold, {L.pred} predicted",
        f"   lenient: {L.tp} matched ({rep.by_name} by place name, {L.tp - rep.by_name} by country only)  "
        f"P {L.precision:.3f}  R {L.recall:.3f}  F1 {L.f1:.3f}",
        f"   strict:  {S.tp} matched  P {S.precision:.3f}  R {S.recall:.3f}  F1 {S.f1:.3f}",
        f"   on lenient pairs: date right {rep.date_ok}/{L.tp} ({rep.date_accuracy:.3f}), "
        f"class right {rep.class_ok}/{L.tp}",
        f"   perpetrator (matched golds that name one): with the annotated status "
        f"{rep.perp_status_ok}/{rep.perp_gold}, in either set {rep.perp_any_ok}/{rep.perp_gold}",
        f"   {'pattern':40} {'gold':>4} {'tp':>4} {'strict':>6} {'fp':>4} {'recall':>7} {'prec':>6}",
    ]
    for name, row in sorted(rep.by_pattern.items()):
        lines.append(f"   {name:40} {row.gold:4d} {row.tp:4d} {row.strict:6d} {row.fp:4d} "
                     f"{(f'{row.recall:.2f}' if row.gold else '-'):>7} {row.precision:6.2f}")
    return "\n".join(lines)


def format_errors(rep: Report, limit: int | None = None) -> str:
    lines = [f"-- misses [{rep.language}] ({len(rep.misses)})"]
    for pid, g, preds in rep.misses[:limit]:
        lines.append(f"   {pid} <{g.pattern}> gold {g.short()}")
        for x in preds:
            lines.append(f"      pred: {x.short()}")
        if not preds:
            lines.append("      pred: (no event)")
    lines.append(f"-- false positives [{rep.language}] ({len(rep.false_positives)})")
    for pid, x, charged in rep.false_positives[:limit]:
        lines.append(f"   {pid} <{charged}> {x.short()}")
    lines.append(f"-- matched leniently, wrong class or date [{rep.language}] ({len(rep.strict_misses)})")
    for pr in rep.strict_misses[:limit]:
        lines.append(f"   {pr.passage} <{pr.gold.pattern}> gold {pr.gold.short()} / pred {pr.pred.short()}")
    lines.append(f"-- matched, perpetrator not found with its status [{rep.language}] ({len(rep.perp_misses)})")
    for pr in rep.perp_misses[:limit]:
        lines.append(f"   {pr.passage} <{pr.gold.pattern}> gold {pr.gold.short()} / pred {pr.pred.short()}")
    for pid, preds in rep.negatives_with_output.items():
        lines.append(f"-- negative passage {pid} gave: " + "; ".join(x.short() for x in preds))
    return "\n".join(lines)
