"""Link one article's casualty figures to the attack they count and to who gives them.

* The attack: an attack told in the figure's own sentence (the nearest trigger, one told
  before the figure first), unless the sentence sums up ("au total", "in all") two or more
  attacks; when the sentence tells an attack the events component turned down (background,
  negated, hypothetical, too old), the figure is that attack's and is left out. When the
  sentence tells none ("Three people were killed, the mayor said."), or only an unplaced
  mention ("when shells hit the market"): when it names places (other than countries), the
  one attack told before whose place fits them (the same place, or one containing or
  inside it: "À Novorossiisk, une femme a été blessée" is no figure of the strike on
  Sevastopol told before; a place inside the phrase of who speaks, "la défense civile de
  Gaza", names no victims' place); when it names none, the one attack told within
  ``ATTACK_REACH_CHARS`` before it; of two such attacks, the one the statement giving the
  figure is about (``kg.link.about``) by the day or place it gives (``ABOUT_SETTLES``), if
  it is about one of them only; else, or with none, the figure is left out.
  A figure means something only as an attack's toll.
* Who gives it: the statement whose words hold the figure (its quotation or reported
  clause), else the one statement whose sentence holds it; none when the article tells it
  in its own voice (the article is then the source, through ``gev:source``). A figure
  whose statement's speaker is no actor, or whose sentence has a speech cue where no
  statement was found, is left out rather than given to someone else.

Figures are kept as the text gives them, one per report: the same toll told twice, or
two sides' different tolls, are several figures of one attack, each with its source.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.link.iris import BASE
from kg.model import (CasualtyCandidate, LinkedCasualty, LinkedEvent, LinkedStatement, LinkedWeaponCount, Rejection, Span,
                      StatementRecord, WeaponCandidate)

if TYPE_CHECKING:
    from kg.link.articles import ArticleLinker

ATTACK_REACH_CHARS = 700
"""How far before a figure (in characters) an attack may have been told for a figure whose
sentence tells no attack to count its victims: about three sentences of news prose, so
that "Drones hit X. Two people were killed, the governor said." links, and a toll told
paragraphs later about something else does not."""

DROPPED = frozenset({"Denied", "Hypothetical"})

ABOUT_SETTLES = frozenset({"attack_of_its_day", "attack_at_place_named", "attack_containing_place_named",
                           "attack_place_in_words", "attack_in_region_over"})
"""How a statement's link to an attack must have been found (``kg.link.about`` traces) to
pick, of two attacks told before a figure, the one the figure counts: by the day or place
the statement gives, not by which attack was told last."""

DAY_SETTLES = frozenset({"attack_of_its_day"})
"""A statement linked to the attack of the day it gives picks, for a figure whose sentence
mentions an attack it does not place ("wounded in Monday's attack"), that attack."""


def weapon_count_iri(article_key: str, start: int, action: str) -> str:
    """One count of weapons of one article: its key, the count's offset and its action."""
    return f"{BASE}weapons/{article_key}-{start}-{action}"


def casualty_iri(article_key: str, start: int, kind: str) -> str:
    """One figure of one article: its key, the count's offset and its kind ("no
    casualties" is two figures at one offset)."""
    return f"{BASE}casualty/{article_key}-{start}-{kind}"


class CasualtyLinker:
    """The figures of one article, linked with what ``ArticleLinker`` resolved."""

    def __init__(self, al: ArticleLinker, events: list[LinkedEvent], iri_of: dict[int, str],
                 statements: list[LinkedStatement]) -> None:
        self.al = al
        self.x = al.x
        self.text = al.x.article.text
        self.iri_of = iri_of
        self.real = [e for e in events if e.factuality not in DROPPED]
        self.statements = statements

    def chain(self, iri: str) -> set[str]:
        node = self.al.nodes.get(iri)
        return {n.iri for n in self.al.linker.closure(node)} if node is not None else {iri}

    def fits(self, event: LinkedEvent, places: list[str]) -> bool:
        """A place the sentence names is the attack's, or contains it, or is inside it
        ("quatre blessés de Tiotkino … au centre hospitalier de Koursk": Tiotkino's)."""
        here = self.chain(event.place)
        return any(p in here or event.place in self.chain(p) for p in places)

    def attack(self, fig: CasualtyCandidate | WeaponCandidate) -> tuple[str | None, str]:
        """The attack whose victims the figure counts, and how it was chosen (or why none)."""
        s, e = fig.sentence
        real = {ev.iri for ev in self.real}
        here = [(i, ev) for i, ev in enumerate(self.x.events)
                if s <= ev.trigger.start < e and self.iri_of.get(i) in real]
        if here:
            if fig.total and len({self.iri_of[i] for i, _ in here}) > 1:
                return None, "a total of several attacks told in its sentence"
            before = [(fig.start - ev.trigger.start, i) for i, ev in here if ev.trigger.start <= fig.start]
            after = [(ev.trigger.start - fig.start, i) for i, ev in here if ev.trigger.start > fig.start]
            _, i = min(before) if before else min(after)
            return self.iri_of[i], "attack:in_sentence"
        recorded = {ev.trigger.start for ev in self.x.events}
        if fig.count > 0 and any(t not in recorded for t in fig.triggers):
            # a trigger the events component turned down (background, negated, hypothetical,
            # too old): the figure is that attack's. A figure of zero negates its own clause
            # ("L'attaque n'a fait aucun blessé"): its attack is the one told before.
            return None, "its sentence tells an attack that is not a real, recent one"
        # the sentence tells no attack, or only an unplaced mention of one ("when shells hit
        # the market"): the one attack told before whose place fits the places it names
        speakers = self.speaker_spans(s, e)
        places = [n.iri for m, n in self.al.resolved_places()
                  if s <= m.span.start < e and "Country" not in n.classes
                  and not any(a <= m.span.start < z for a, z in speakers)]
        told = [ev for ev in self.real if any(m.start < s for m in ev.evidence)]
        if fig.triggers:
            # "two farmhands wounded in Monday's attack, said a doctor at the hospital in Rylsk":
            # the sentence's unplaced mention of an attack, and its statement about the attack of
            # the day it gives, outrank the places it names (the hospital's)
            by_day = self.about(fig, told, DAY_SETTLES)
            if by_day is not None:
                return by_day, "attack:told_before_on_the_day_its_statement_gives"
        if places:
            fitting = [ev for ev in told if self.fits(ev, places)]
            reach = "before it"
        else:
            fitting = [ev for ev in told if any(m.start < s and s - m.end <= ATTACK_REACH_CHARS for m in ev.evidence)]
            reach = f"within {ATTACK_REACH_CHARS} characters before it"
        if len(fitting) > 1:
            # "Gladkov said one woman was killed when shells hit the market": the statement that
            # gives the figure is about one of them (kg.link.about), which settles it
            about = self.about(fig, fitting, ABOUT_SETTLES)
            if about is not None:
                return about, "attack:told_before_its_statement_is_about"
        if len(fitting) != 1:
            why = "no attack" if not fitting else f"{len(fitting)} attacks"
            return None, f"{why} told {reach}" + (" whose place fits the places its sentence names" if places else "")
        return fitting[0].iri, "attack:told_before" + ("_at_place_named" if places else "")

    def speaker_spans(self, s: int, e: int) -> list[tuple[int, int]]:
        """The speaker phrases of the statements of a sentence: a place named there names
        who speaks ("la défense civile de Gaza", "the Kherson city council"), not where the
        victims were, so it does not pick the attack."""
        return [(st.speaker.span.start, st.speaker.span.end) for st in self.x.statements
                if st.speaker is not None and s <= st.speaker.span.start < e]

    def about(self, fig: CasualtyCandidate | WeaponCandidate, candidates: list[LinkedEvent],
              finders: frozenset[str]) -> str | None:
        """The one candidate attack the statement giving the figure is about, when one of
        ``finders`` (``kg.link.about`` traces) linked it; else None."""
        st, _ = self.statement(fig)
        if st is None or not finders & {t.split(":", 1)[1] for t in st.trace if t.startswith("about:")}:
            return None
        about = [ev.iri for ev in candidates if ev.iri in st.about]
        return about[0] if len(about) == 1 else None

    def quote_span(self, st: StatementRecord) -> tuple[int, int] | None:
        if not st.quote:
            return None
        qs = self.text.find(st.quote, st.evidence.start, st.evidence.end + 1)
        return (qs, qs + len(st.quote)) if qs >= 0 else None

    def statement(self, fig: CasualtyCandidate | WeaponCandidate) -> tuple[LinkedStatement | None, str]:
        """The statement that gives the figure (None: the article itself), and how."""
        holding = [st for st in self.x.statements if st.evidence.start <= fig.start < st.evidence.end]
        quoting = [st for st in holding if (q := self.quote_span(st)) and q[0] <= fig.start < q[1]]
        record = quoting[0] if quoting else holding[0] if len(holding) == 1 else None
        if record is None:
            if not holding and fig.cued:
                # "…, a indiqué le gouverneur" that the statements stage did not read: the
                # figure is someone's, not the article's own
                return None, "source:a speech cue in its sentence but no statement"
            return None, "source:article" if not holding else "source:several statements"
        linked = next((ls for ls in self.statements if ls.evidence == record.evidence and ls.cue == record.cue
                       and ls.quote == record.quote), None)
        return linked, "source:statement" if linked else "source:statement whose speaker is no actor"

    def place(self, fig: CasualtyCandidate | WeaponCandidate, what: str) -> tuple[str, Span, LinkedStatement | None, str] | None:
        """The attack, sentence, statement and trace of a figure; None when it is left out
        (the reason goes to ``kg explain``)."""
        attack, how = self.attack(fig) if self.real else (None, "the article has no attack")
        st, source = self.statement(fig) if attack else (None, "")
        if attack is None or source not in ("source:article", "source:statement"):
            self.al.rejected.append(Rejection("link", fig.start, fig.end, self.text[fig.start:fig.end],
                                              f"{what}: {how if attack is None else source}", fig.trace))
            return None
        s, e = fig.sentence
        while e > s and self.text[e - 1] in " \u00a0\u202f\n":
            e -= 1
        return attack, Span(s, e, self.text[s:e]), st, how + " " + source

    def weapons(self) -> list[LinkedWeaponCount]:
        out: list[LinkedWeaponCount] = []
        for w in self.x.weapons:
            placed = self.place(w, "weapon count")
            if placed is None:
                continue
            attack, evidence, st, how = placed
            out.append(LinkedWeaponCount(
                iri=weapon_count_iri(self.x.article.key, w.start, w.action), action=w.action, count=w.count,
                bound=w.bound, count_text=self.text[w.start:w.end], weapon_text=w.weapon, weapon_class=w.weapon_class,
                attack=attack, evidence=evidence, statement=st.iri if st else None, trace=w.trace + tuple(how.split())))
        return out

    def link(self) -> list[LinkedCasualty]:
        out: list[LinkedCasualty] = []
        for fig in self.x.casualties:
            placed = self.place(fig, "casualty figure")
            if placed is None:
                continue
            attack, evidence, st, how = placed
            out.append(LinkedCasualty(
                iri=casualty_iri(self.x.article.key, fig.start, fig.kind), kind=fig.kind, count=fig.count,
                bound=fig.bound, count_text=self.text[fig.start:fig.end], attack=attack,
                evidence=evidence, statement=st.iri if st else None,
                trace=fig.trace + tuple(how.split())))
        return out


def link_casualties(al: ArticleLinker, events: list[LinkedEvent], iri_of: dict[int, str],
                    statements: list[LinkedStatement]) -> list[LinkedCasualty]:
    """The article's casualty figures with their attack and statement; the figures left out
    go to ``al.rejected`` with the reason (``kg explain``)."""
    return CasualtyLinker(al, events, iri_of, statements).link()


def link_weapon_counts(al: ArticleLinker, events: list[LinkedEvent], iri_of: dict[int, str],
                       statements: list[LinkedStatement]) -> list[LinkedWeaponCount]:
    """The article's counts of weapons launched or intercepted, linked like casualty figures
    (the interception is itself an attack of the events stage: "air defences destroyed 41
    drones over the Kursk region")."""
    return CasualtyLinker(al, events, iri_of, statements).weapons()
