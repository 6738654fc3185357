"""Link one article's casualty figures to the attack they count and to who gives them.

* The attack: an attack told in the figure's own sentence (the nearest trigger, one told
  before the figure first); when the sentence tells an attack that is no recorded one (a
  background, denied or unplaced attack), the figure is that attack's and is left out;
  when it tells none ("Three people were killed, the mayor said."), the attack told last
  before it, if that was told within ``ATTACK_REACH_CHARS``. A figure with no attack is
  left out: a figure means something only as an attack's toll.
* Who gives it: the statement whose words hold the figure (its quotation or reported
  clause), else the statement whose sentence holds it; none when the article tells it in
  its own voice (the article is then the source, through ``gev:source``).

Figures are kept as the text gives them, one per report: the same toll told twice, or
two sides' different tolls, are several figures of one attack, each with its source.
"""
from __future__ import annotations

from kg.link.event_groups import topic
from kg.link.iris import BASE
from kg.model import CasualtyCandidate, Extraction, LinkedCasualty, LinkedEvent, LinkedStatement, Rejection, Span

ATTACK_REACH_CHARS = 600
"""How far before a figure (in characters) the attack told last may be for a figure whose
sentence tells no attack to count its victims: about three sentences of news prose, so
that "Drones hit X. Two people were killed, the governor said." links, and a toll told
paragraphs later about something else does not."""

DROPPED = frozenset({"Denied", "Hypothetical"})


def casualty_iri(article_key: str, start: int, kind: str) -> str:
    """One figure of one article: its key, the count's offset and its kind ("no
    casualties" is two figures at one offset)."""
    return f"{BASE}casualty/{article_key}-{start}-{kind}"


def _attack(fig: CasualtyCandidate, x: Extraction, iri_of: dict[int, str], real: list[LinkedEvent]) -> tuple[str | None, str]:
    """The attack whose victims the figure counts, and how it was chosen (for the trace)."""
    s, e = fig.sentence
    here = [(i, ev) for i, ev in enumerate(x.events) if s <= ev.trigger.start < e and iri_of.get(i)]
    real_iris = {ev.iri for ev in real}
    here = [(i, ev) for i, ev in here if iri_of[i] in real_iris]
    if here:
        # the trigger told before the figure and nearest it, else the nearest after it
        before = [(fig.start - ev.trigger.start, i) for i, ev in here if ev.trigger.start <= fig.start]
        after = [(ev.trigger.start - fig.start, i) for i, ev in here if ev.trigger.start > fig.start]
        _, i = min(before) if before else min(after)
        return iri_of[i], "attack:in_sentence"
    if fig.triggers:
        return None, "its sentence tells an attack that is not recorded (background, denied, unplaced)"
    told = [ev for ev in real if any(m.start < s and s - m.end <= ATTACK_REACH_CHARS for m in ev.evidence)]
    if not told:
        return None, f"no attack told in its sentence or within {ATTACK_REACH_CHARS} characters before it"
    return topic(told, s), "attack:told_before"


def _statement(fig: CasualtyCandidate, text: str, statements: list[LinkedStatement]) -> LinkedStatement | None:
    """The statement whose words hold the figure, else the one whose sentence holds it."""
    holding = [st for st in statements if st.evidence.start <= fig.start < st.evidence.end]
    for st in holding:
        if st.quote:
            qs = text.find(st.quote, st.evidence.start, st.evidence.end + 1)
            if qs >= 0 and qs <= fig.start < qs + len(st.quote):
                return st
    return holding[0] if holding else None


def link_casualties(x: Extraction, events: list[LinkedEvent], iri_of: dict[int, str],
                    statements: list[LinkedStatement], rejected: list[Rejection] | None = None) -> list[LinkedCasualty]:
    """The article's casualty figures with their attack and statement; ``rejected`` receives
    the figures left out and why (``kg explain``)."""
    text = x.article.text
    real = [e for e in events if e.factuality not in DROPPED]
    out: list[LinkedCasualty] = []
    for fig in x.casualties:
        attack, how = _attack(fig, x, iri_of, real) if real else (None, "the article has no attack")
        if attack is None:
            if rejected is not None:
                rejected.append(Rejection("link", fig.start, fig.end, text[fig.start:fig.end],
                                          f"casualty figure: {how}", fig.trace))
            continue
        st = _statement(fig, text, statements)
        s, e = fig.sentence
        while e > s and text[e - 1] in " \u00a0\u202f\n":
            e -= 1
        out.append(LinkedCasualty(
            iri=casualty_iri(x.article.key, fig.start, fig.kind), kind=fig.kind, count=fig.count, bound=fig.bound,
            count_text=text[fig.start:fig.end], attack=attack, evidence=Span(s, e, text[s:e]),
            statement=st.iri if st else None,
            trace=fig.trace + (how, "source:statement" if st else "source:article")))
    return out
