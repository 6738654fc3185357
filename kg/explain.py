"""``kg explain``: why one article gave the facts it gave, finder by finder.

Runs the same stages as a build (spaCy with our components, ``records_from_doc``, the
article linker) on one article, in this process, and keeps what a build throws away:
the ``trace`` of each fact (the finders that produced it, in order) and every candidate
that a finder, the extraction or the linker turned down, with the reason. The result
prints as an indented tree, each fact under the sentence it came from.

The store keeps no article text, so the article is read again from its input.
"""
from __future__ import annotations

import bisect
import textwrap
from dataclasses import dataclass, field

from kg.errors import ExtractionError
from kg.link.articles import default_linker, link_article
from kg.model import Article, LinkedEvent, LinkedFacility, LinkedStatement, Node, Rejection
from kg.nlp.extensions import records
from kg.nlp.extract import records_from_doc, text_for_nlp
from kg.nlp.pipeline import SUPPORTED_LANGUAGES, load_pipeline

WIDTH = 100


@dataclass
class Explanation:
    """One article's facts with their traces, and what was turned down."""

    article: Article
    events: list[LinkedEvent]
    statements: list[LinkedStatement]
    nodes: dict[str, Node]
    rejected: list[Rejection]
    sentences: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of the Doc's sentences
    facilities: list[LinkedFacility] = field(default_factory=list)  # what the attacks hit, named (kg.link.targets)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence that holds character ``pos``."""
        starts = [s for s, _ in self.sentences]
        i = bisect.bisect_right(starts, pos) - 1
        return self.sentences[i] if i >= 0 else (pos, pos)


def explain_article(article: Article) -> Explanation:
    """Extract and link ``article`` as a build does, keeping traces and rejections."""
    lang = (article.language or "").lower()
    if lang not in SUPPORTED_LANGUAGES:
        raise ExtractionError(f"{article.identifier}: unsupported language {lang!r} (give --lang)")
    doc = load_pipeline(lang)(text_for_nlp(article.text))
    rejected = records(doc, Rejection)
    extraction = records_from_doc(doc, article, rejected)
    linked = link_article(extraction, default_linker(), rejected)
    rejected.sort(key=lambda r: r.start)
    return Explanation(article, linked.events, linked.statements, linked.nodes, rejected,
                       [(s.start_char, s.end_char) for s in doc.sents], facilities=linked.facilities)


def _label(iri: str, nodes: dict[str, Node], lang: str) -> str:
    node = nodes.get(iri)
    short = iri.rsplit("/", 2)[-2] + "/" + iri.rsplit("/", 1)[-1]
    if node is None:
        return short
    name = node.labels.get(lang) or node.labels.get("en") or next(iter(node.labels.values()), short)
    return f"{name} ({'/'.join(sorted(node.classes))})"


def _quoted(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _wrap(prefix: str, text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent + prefix, subsequent_indent=indent + " " * len(prefix))


def format_explanation(x: Explanation) -> str:
    """The explanation as an indented tree (facts under their sentence, finders in order)."""
    art, text = x.article, x.article.text
    lang = art.language or "en"
    head = f"article {art.identifier} ({lang}"
    head += f", published {art.published.isoformat()})" if art.published else ")"
    lines = [head + (f" — {_quoted(art.title)}" if art.title else "")]
    number = {e.iri: i for i, e in enumerate(x.events, 1)}

    lines.append(f"events: {len(x.events)}")
    for i, ev in enumerate(x.events, 1):
        when = f" on {ev.date.isoformat()}" if ev.date else ""
        fact = "" if ev.factuality == "Asserted" else f" [{ev.factuality}]"
        lines.append(f"  E{i}. {ev.event_class} at {_label(ev.place, x.nodes, lang)}{when}{fact}")
        lines.append(f"      iri: {ev.iri}")
        for span in ev.evidence:
            lines += _wrap("sentence: ", f"[{span.start}:{span.end}] {_quoted(span.text)}", "      ")
        if ev.date_text:
            lines.append(f"      date as written: {_quoted(ev.date_text)}")
        for p in sorted(ev.perpetrators):
            lines.append(f"      perpetrator: {_label(p, x.nodes, lang)}")
        for p in sorted(ev.alleged_perpetrators):
            lines.append(f"      alleged perpetrator: {_label(p, x.nodes, lang)}")
        if ev.target_types:
            named = {f.iri: f for f in x.facilities}
            hit = ", ".join(sorted(ev.target_types)) + "".join(
                f"; {named[f].label!r} in {_label(named[f].place, x.nodes, lang)}" for f in sorted(ev.targets) if f in named)
            lines += _wrap("hit: ", hit, "      ")
        lines += _wrap("finders: ", " → ".join(ev.trace), "      ")

    lines.append(f"statements: {len(x.statements)}")
    for i, st in enumerate(x.statements, 1):
        kind = "direct" if st.direct else "reported"
        lines.append(f"  S{i}. {_label(st.speaker, x.nodes, lang)} — cue {_quoted(st.cue)}")
        if st.quote is not None:
            lines += _wrap(f"quote ({kind}): ", _quoted(st.quote, 400), "      ")
        lines += _wrap("sentence: ", f"[{st.evidence.start}:{st.evidence.end}] {_quoted(st.evidence.text)}", "      ")
        if st.about:
            lines.append("      about: " + ", ".join(f"E{number[e]}" if e in number else e for e in st.about))
        for acc in st.accuses:
            lines.append(f"      accuses: {_label(acc, x.nodes, lang)}")
        if st.date_text:
            lines.append(f"      date as written: {_quoted(st.date_text)}" + (f" ({st.date.isoformat()})" if st.date else ""))
        lines += _wrap("finders: ", " → ".join(st.trace), "      ")

    lines.append(f"rejected: {len(x.rejected)}")
    for r in x.rejected:
        s, e = x.sentence_at(r.start)
        lines.append(f"  - {r.stage} {_quoted(r.text, 60)} [{r.start}:{r.end}]: {r.reason}")
        lines += _wrap("sentence: ", _quoted(text[s:e]), "      ")
        if r.trace:
            lines += _wrap("finders: ", " → ".join(r.trace), "      ")
    return "\n".join(lines)
