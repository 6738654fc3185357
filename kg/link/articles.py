"""Link one article's extraction: mentions become nodes, event mentions become events.

* Places: each event takes the most specific place its trigger names (city over region
  over country). When the trigger names none, names elsewhere in its sentence count only
  if they agree (one place and the places containing it): a strike is never placed in a
  place the sentence merely mentions beside another.
* Events of one article that hit the same place with compatible classes and dates are one
  event (mentions merged); an unplaced "l'attaque"/"the attack" is not an event node but
  lets a statement be about the article's main event.
* Perpetrators: a demonym or a known actor; told inside a statement they are alleged,
  otherwise a fact of the article. An accusation ("blamed Kyiv for the attack") makes the
  accused the alleged perpetrator of the events the statement is about.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.link.iris import event_iri, statement_iri
from kg.link.place_phrase import introduced_phrase
from kg.link.resolve import Linker
from kg.wire import in_dateline
from kg.model import EntityMention, EventRecord, Span, Extraction, LinkedArticle, LinkedEvent, LinkedStatement, Node

SPECIFICITY = {"Country": 0, "Region": 1, "City": 2}
REGION_WORDS = re.compile(r"^(?:la\s+|the\s+)?(?:région|region|oblast|province|gouvernorat|governorate)\b.*?\b(?:de|d['’]|of)\s+"
                          r"|\s+(?:region|oblast|province|governorate)$", re.IGNORECASE)
POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
ACTOR_CLASSES = {"Country", "Organization", "Person"}


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    """One linker per process (the gazetteer takes a moment to load)."""
    return Linker()


def _rank(node: Node) -> int:
    return max((SPECIFICITY.get(c, -1) for c in node.classes), default=-1)


def _ancestors(node: Node, linker: Linker) -> set[str]:
    return {n.iri for n in linker.closure(node)}


class ArticleLinker:
    def __init__(self, extraction: Extraction, linker: Linker) -> None:
        self.x = extraction
        self.linker = linker
        self.art = extraction.article
        self.lang = self.art.language
        self.nodes: dict[str, Node] = {}
        names = [m.span.text for e in extraction.events for m in e.places + e.sentence_places]
        self.context = linker.context_for(names)
        self.used_denials: list[int] = []  # denials that denied a claimed attack
        self._named: set[str] | None = None
        self._resolved: list[tuple[EntityMention, Node]] | None = None
        self.persons = [s.speaker.span.text for s in extraction.statements if s.speaker.label == "PER"]

    def keep(self, node: Node) -> str:
        for n in self.linker.closure(node):
            if n.iri in self.nodes:
                self.nodes[n.iri].alt_labels |= n.alt_labels
            else:
                self.nodes[n.iri] = n
        return node.iri

    def resolve_place(self, m: EntityMention) -> Node | None:
        node = self.linker.place(m.span.text, self.context, self.lang)
        if node is None:  # "the village of Kozinka": a village resolves with its place word (kg.link.place_phrase)
            w = self.linker.gazetteer.words
            phrase = introduced_phrase(self.art.text, m.span.start, m.span.end, w.city, w.link)
            node = self.linker.place(phrase, self.context, self.lang) if phrase else None
        if node is None and REGION_WORDS.search(m.span.text):
            # "la région voisine de Briansk" unknown as a phrase: the name alone
            node = self.linker.place(REGION_WORDS.sub("", m.span.text).strip(), self.context, self.lang)
        return node

    def resolved_places(self) -> list[tuple[EntityMention, Node]]:
        """Every place mention of the article (entities and events' places) with its node,
        resolved once for the whole article."""
        if self._resolved is None:
            mentions = list(self.x.places) + [m for e in self.x.events for m in e.places + e.sentence_places]
            self._resolved = [(m, n) for m in mentions for n in [self.resolve_place(m)] if n is not None]
        return self._resolved

    def named_places(self) -> set[str]:
        """IRIs of every place the article names (and the places containing them); a wire
        dateline ("KYIV, Dec 12 (Northline) -") says where the report was filed, not what it is about."""
        if self._named is None:
            nodes = [n for m, n in self.resolved_places() if not in_dateline(self.art.text, m.span.start)]
            gaz = self.linker.gazetteer
            # a district names its city only through the article's other words
            self._named = {a for n in nodes for a in ({n.iri} if gaz.section_parent(n) else _ancestors(n, self.linker))}
        return self._named

    def placeable(self, node: Node | None) -> Node | None:
        """A district of a larger city places an attack only in an article that names that
        city: "the city's Dniprovskyi district" in a report on Kherson is not Kyiv's."""
        if node is None:
            return None
        parent = self.linker.gazetteer.section_parent(node)
        return node if parent is None or parent in self.named_places() else None

    def place_of(self, ev: EventRecord) -> Node | None:
        resolved = []
        for m in ev.places:
            node = self.placeable(self.resolve_place(m))
            # a country is the place hit only when named as the target ("strikes on Ukraine")
            if node is not None and (m.direct or "Country" not in node.classes):
                resolved.append((_rank(node), m.direct, node))
        if resolved:
            # the most specific; among equals the one named as the target, then the first
            return max(resolved, key=lambda r: (r[0], r[1]))[2]
        weak = [n for n in (self.placeable(self.resolve_place(m)) for m in ev.sentence_places) if n]
        if not weak or "Country" in max(weak, key=_rank).classes:
            return None  # a sentence that merely names a country does not place an attack
        best = max(weak, key=_rank)
        chain = _ancestors(best, self.linker)
        return best if all(n.iri in chain for n in weak) else None

    def actor_iri(self, m: EntityMention) -> str | None:
        node = self.linker.actor(m, self.art.key, self.context, self.lang, self.persons)
        if node is None and POSSESSIVE.search(m.span.text):
            # "Gaza's Health Ministry" is known as "Gaza Health Ministry"
            plain = POSSESSIVE.sub("", m.span.text)
            alias = EntityMention(Span(m.span.start, m.span.end, plain), m.kind, m.label, m.role, m.head, m.direct)
            node = self.linker.actor(alias, self.art.key, self.context, self.lang, self.persons)
        return self.keep(node) if node is not None else None

    def known_actor(self, m: EntityMention) -> str | None:
        """A perpetrator or accused actor: only a state (by name, capital or demonym: "le camp
        ukrainien", "Ukrainian forces") or an actor of the curated tables counts, never an
        ad-hoc node made from whatever phrase the parse offered."""
        g = self.linker.gazetteer
        code = g.country_for_demonym(m.span.text)
        if code:
            return self.keep(g.country(code))
        node = self.linker.actor(m, self.art.key, self.context, self.lang, self.persons)
        if node is None or not (node.classes & ACTOR_CLASSES) or g.node(node.iri) is None:
            return None
        return self.keep(node)

    DENIAL_REACH = 600  # characters: how far back a denial ("no such attack") may point

    def denied_groups(self, groups: list[dict]) -> set[int]:
        """Attacks that exist only as someone's claim and that the article then reports
        denied ("He said the group had fired missiles at a destroyer. … said no such attack
        had taken place"): the claim told last before each denial."""
        out: set[int] = set()
        for pos in self.x.denials:
            claims = [(max(r.trigger.start for r in g["records"] if r.trigger.start < pos), gi)
                      for gi, g in enumerate(groups)
                      if all(r.reported for r in g["records"]) and any(r.trigger.start < pos for r in g["records"])]
            claims = [(start, gi) for start, gi in claims if pos - start <= self.DENIAL_REACH]
            if claims:
                out.add(max(claims)[1])
                self.used_denials.append(pos)
        return out

    def events(self) -> tuple[list[LinkedEvent], dict[int, str]]:
        """Linked events and, for each extracted event index, the IRI it ended in."""
        groups: list[dict] = []
        index_of: dict[int, int] = {}
        for i, ev in enumerate(self.x.events):
            place = self.place_of(ev)
            if place is None:
                continue
            for gi, g in enumerate(groups):
                same_class = g["cls"] == ev.event_class or "Attack" in (g["cls"], ev.event_class)
                same_day = g["date"] is None or ev.date is None or g["date"] == ev.date
                if g["place"].iri == place.iri and same_class and same_day:
                    if g["cls"] == "Attack":
                        g["cls"] = ev.event_class
                    if g["date"] is None and ev.date is not None:
                        g["date"], g["date_text"] = ev.date, ev.date_text
                    g["date_text"] = g["date_text"] or ev.date_text
                    g["records"].append(ev)
                    index_of[i] = gi
                    break
            else:
                index_of[i] = len(groups)
                groups.append({"cls": ev.event_class, "place": place, "date": ev.date, "date_text": ev.date_text,
                               "records": [ev]})
        # a generic attack and an unplaced specific trigger of the same sentence are one attack
        # ("Israël a visé un immeuble de Beyrouth par une frappe aérienne")
        unplaced = [ev for i, ev in enumerate(self.x.events) if i not in index_of]
        for g in groups:
            if g["cls"] != "Attack":
                continue
            sentences = {r.sentence.start for r in g["records"]}
            specific = {ev.event_class for ev in unplaced if ev.sentence.start in sentences} - {"Attack"}
            if len(specific) == 1:
                g["cls"] = specific.pop()
        linked: list[LinkedEvent] = []
        denied = self.denied_groups(groups)
        for gi, g in enumerate(groups):
            place_iri = self.keep(g["place"])
            le = LinkedEvent(iri=event_iri(g["cls"], place_iri, g["date"], self.art.key), event_class=g["cls"], place=place_iri,
                             evidence=[], date=g["date"], date_text=g["date_text"])
            for rec in g["records"]:
                if rec.sentence not in le.evidence:
                    le.evidence.append(rec.sentence)
                hit = {(p.span.start, p.span.end) for p in rec.places + rec.sentence_places}
                for m in rec.perpetrators:
                    if (m.span.start, m.span.end) in hit:
                        continue  # the place hit is no attacker ("une attaque contre Moscou")
                    actor = self.known_actor(m)
                    if actor and actor != place_iri:
                        (le.alleged_perpetrators if rec.reported else le.perpetrators).add(actor)
            le.alleged_perpetrators -= le.perpetrators
            if gi in denied:
                le.factuality = "Denied"
            linked.append(le)
        iri_of = {i: linked[gi].iri for i, gi in index_of.items() if linked[gi].factuality != "Denied"}
        real = [e for e in linked if e.factuality != "Denied"]
        for i, ev in enumerate(self.x.events):
            if i not in iri_of and ev.definite and real:
                # "l'attaque", "the strike": the article's main attack of a compatible class,
                # unless one was told in the sentence just before ("its jets hit a depot in
                # Aitaroun. … killed in the strike")
                fitting = [e for e in real if ev.event_class in ("Attack", e.event_class)] or real
                iri_of[i] = self.told_just_before(fitting, ev.sentence.start) or fitting[0].iri
        return linked, iri_of

    def names_denied(self, st, events: list[LinkedEvent], iri_of: dict[int, str]) -> bool:
        """Whether a statement tells a claimed attack that is denied, or denies one."""
        denied_spans = [m for e in events if e.factuality == "Denied" for m in e.evidence]
        quote_span = (st.evidence.start, st.evidence.end)
        if any(m.start < quote_span[1] and quote_span[0] < m.end for m in denied_spans):
            return True
        return any(st.evidence.start <= d < st.evidence.end for d in self.used_denials)

    def placed_in(self, events: list[LinkedEvent], span: Span) -> str | None:
        """The one attack whose place a passage names ("avoir frappé … à Zaporijia")."""
        named = {n.iri for m, n in self.resolved_places() if span.start <= m.span.start < span.end}
        hits = [e for e in events if e.place in named]
        return hits[0].iri if len({e.iri for e in hits}) == 1 else None

    def told_just_before(self, events: list[LinkedEvent], sentence_start: int) -> str | None:
        """The attack told in the sentence that ends right before ``sentence_start``, if one was."""
        text = self.art.text
        prev_start = max(text.rfind(". ", 0, max(sentence_start - 2, 0)), text.rfind("\n", 0, max(sentence_start - 1, 0))) + 1
        told = [e for e in events if any(prev_start <= m.start < sentence_start for m in e.evidence)]
        return told[-1].iri if len(told) == 1 else None

    @staticmethod
    def topic(events: list[LinkedEvent], position: int) -> str:
        """The attack mentioned last before ``position`` (the article's first one if none was)."""
        last_mention = {e.iri: max((m.start for m in e.evidence if m.start <= position), default=-1) for e in events}
        best = max(events, key=lambda e: last_mention[e.iri])
        return best.iri if last_mention[best.iri] >= 0 else events[0].iri

    def statements(self, events: list[LinkedEvent], iri_of: dict[int, str]) -> list[LinkedStatement]:
        by_iri = {e.iri: e for e in events}
        out: list[LinkedStatement] = []
        for st in self.x.statements:
            speaker = self.actor_iri(st.speaker)
            if speaker is None:
                continue
            about: list[str] = []
            for i in st.about:
                iri = iri_of.get(i)
                if iri and iri not in about:
                    about.append(iri)
            real = [e for e in events if e.factuality != "Denied"]
            if not about and real and not self.names_denied(st, events, iri_of):
                # news reports stay on their story: a statement that names no attack is about
                # the one attack whose place it names, else the attack told last before it
                # (the article's main one if none was)
                about.append(self.placed_in(real, st.evidence) or self.topic(real, st.evidence.start))
            accuses = []
            if st.accuses is not None:
                acc = self.known_actor(st.accuses)
                if acc is not None and acc != speaker:
                    accuses.append(acc)
                    for iri in about:
                        if acc not in by_iri[iri].perpetrators:
                            by_iri[iri].alleged_perpetrators.add(acc)
            if st.quote is None and not accuses:
                continue
            out.append(LinkedStatement(
                iri=statement_iri(self.art.key, len(out) + 1), speaker=speaker, cue=st.cue, quote=st.quote,
                direct=st.direct, evidence=st.evidence, about=about, accuses=accuses, date=st.date,
                date_text=st.date_text))
        return out


def link_article(extraction: Extraction, linker: Linker | None = None) -> LinkedArticle:
    """Nodes, events and statements of one article, with deterministic IRIs."""
    al = ArticleLinker(extraction, linker or default_linker())
    events, iri_of = al.events()
    statements = al.statements(events, iri_of)
    return LinkedArticle(article=extraction.article, nodes=al.nodes, events=events, statements=statements)
