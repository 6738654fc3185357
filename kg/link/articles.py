"""Link one article's extraction: mentions become nodes, event mentions become events.

* Places: each event takes the most specific place its trigger names (city over region
  over country). When the trigger names none, names elsewhere in its sentence count only
  if they agree (one place and the places containing it): a strike is never placed in a
  place the sentence merely mentions beside another.
* Events of one article that hit the same place with compatible classes and dates are one
  event (mentions merged); an unplaced "l'attaque"/"the attack" is not an event node but
  lets a statement be about the article's main event.
* About-links are earned (``kg.link.about``): the attacks a statement's words or sentence
  tell or whose place they name; else, unless it is a general remark (threat, conditional,
  call, policy), the attack whose place its sentence names or the one told last before it.
* Perpetrators: a demonym or a known actor; told inside a statement they are alleged,
  otherwise a fact of the article. An accusation ("blamed Kyiv for the attack") makes the
  accused the alleged perpetrator of the events the statement is about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.link.about import (LOCATIVE, OVER, REGION_OF_TOWN, about_kinds, same_speaker_topic, speaker_place_names, told_day, attack_told_last, fits, general_remark, named_in, points_back_at_all,
                           statement_told_last, attack_of_its_day)
from kg.link.casualties import link_casualties, link_weapon_counts
from kg.link.allegations import Allegation, allegations, apply_allegations, find_denials, holds_denial, names_denied
from kg.link.event_groups import EventGroup, group_events, referred
from kg.link.iris import event_iri, statement_iri
from kg.link.normalize import name_key, tokens
from kg.link.cities import distance_km
from kg.link.landmarks import Landmarks
from kg.link.local_bodies import no_actor_reason
from kg.link.place_phrase import called_quarter, facility_town, introduced_phrase, listed_region, near_parts, with_region
from kg.link.tables import read_table
from kg.link.resolve import Linker
from kg.link.targets import link_targets
from kg.nlp.lexicon import lexicon
from kg.wire import in_dateline, local_dateline
from kg.model import (
    ALLEGED_LABEL,
    ANTECEDENT_LABEL,
    MODIFIER_LABEL,
    OPENING_BODY,
    OPENING_PLACE,
    EntityMention,
    EventRecord,
    Extraction,
    LinkedArticle,
    LinkedEvent,
    LinkedStatement,
    Node,
    Rejection,
    Span,
    StatementRecord,
)

SPECIFICITY = {"Country": 0, "Region": 1, "City": 2}


def _region_words() -> re.Pattern[str]:
    """"la région voisine de Briansk", "Bryansk region": the region noun around a name (the
    nouns of the lexicon's ``event_words.tsv``, every language, so that they are defined once)."""
    langs = ("fr", "en")
    before = "|".join(sorted({w for lg in langs for w in lexicon(lg).region_nouns}, key=lambda w: (-len(w), w)))
    after = "|".join(sorted({w for lg in langs for w in lexicon(lg).region_nouns_after}, key=lambda w: (-len(w), w)))
    return re.compile(rf"^(?:la\s+|the\s+)?(?:{before})\b.*?\b(?:de|d['’]|of)\s+|\s+(?:{after})$", re.IGNORECASE)


REGION_WORDS = _region_words()
DOWNED_OVER = re.compile(r"\b(?:over|above|au-dessus)\b(?:\s+(?:d['’]|de|du|des))?\s*(?:la|le|les|l['’]|the|celle|celui)?\s*"
                  r"(?:\w+\s+){0,3}$", re.IGNORECASE)  # "over the Moscow", "au-dessus de la région de", "au-dessus de celle de"
OVER_LOOK = 40  # characters before a place name where "over"/"au-dessus de" is looked for
QUARTER_KM = 15.0  # a quarter lies in its city: Troieshchyna is 8 km from Kyiv's centre, Darnytsia 13, Khimki 20


@lru_cache(maxsize=1)
def quarter_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words (every language) that call a name a quarter, before it and after it (``quarter_words.tsv``)."""
    rows = read_table("quarter_words.tsv")
    return (frozenset(name_key(r["word"]) for r in rows if r["side"] == "before"),
            frozenset(name_key(r["word"]) for r in rows if r["side"] == "after"))
POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
DEMONYM_LOOKBACK_CHARS = 40  # "the south Lebanese village of ": the words that introduce a name
ACTOR_CLASSES = {"Country", "Organization", "Person"}


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    """One linker per process (the gazetteer takes a moment to load)."""
    return Linker()


def _is_sea(node: Node) -> bool:
    """A sea or strait (``regions.tsv`` rows with no country): where weapons fly, not a place hit
    by the weapons shot down over it."""
    return "Region" in node.classes and node.located_in is None


def _rank(node: Node) -> int:
    return max((SPECIFICITY.get(c, -1) for c in node.classes), default=-1)


def _region_of_city(city: Node, region: Node) -> bool:
    """A region named after a city holds it, for one article's mentions, even where the city
    is an administrative unit of its own ("the Moscow region" and Moscow, "oblast de Kiev"
    and Kyiv): "41 drones downed over the Moscow region" is the attack on Moscow."""
    if "City" not in city.classes or "Region" not in region.classes:
        return False
    cities = {name_key(x) for x in city.labels.values()}
    return any(name_key(REGION_WORDS.sub("", x)) in cities for x in region.labels.values())


def _ancestors(node: Node, linker: Linker) -> set[str]:
    return {n.iri for n in linker.closure(node)}


@dataclass(frozen=True)
class LinkedEvents:
    """The attacks of one article, what each extracted mention became, and the denials that
    denied a claimed attack (which ``ArticleLinker.statements`` needs)."""

    events: list[LinkedEvent]
    iri_of: dict[int, str]  # extracted event index -> the attack's IRI
    used_denials: tuple[int, ...] = ()


MILITARY_TYPES = frozenset({"armed-forces", "air-force", "navy"})


@lru_cache(maxsize=1)
def _army_words() -> frozenset[str]:
    return frozenset(name_key(r["word"]) for r in read_table("army_words.tsv"))


def bare_army(text: str) -> bool:
    """Whether a phrase is only army words ("the military", "l'armée", "the air force"; not
    "la junte", whose word names one regime)."""
    words = tokens(text)
    return bool(words) and all(w in _army_words() for w in words)


class ArticleLinker:
    """Links one article's mentions to nodes (places, actors) and builds its attacks and
    statements; grouping is in ``kg.link.event_groups``, claims and denials in
    ``kg.link.allegations``."""

    def __init__(self, extraction: Extraction, linker: Linker) -> None:
        self.x = extraction
        self.linker = linker.for_article()  # its memory of made nodes lives as long as this article
        self.art = extraction.article
        self.lang = self.art.language
        self.nodes: dict[str, Node] = {}
        names = [m.span.text for e in extraction.events for m in e.places + e.sentence_places]
        self.context = linker.context_for(names)
        self._named: set[str] | None = None
        self._quarters: set[str] | None = None
        self._resolved: list[tuple[EntityMention, Node]] | None = None
        self._article_places: list[Node] | None = None
        self._landmarks: Landmarks | None = None
        self.persons = [s.speaker.span.text for s in extraction.statements if s.speaker.label == "PER"]
        self.rejected: list[Rejection] = []  # what linking left out, and why (kg explain)
        self.place_nouns = lexicon(self.lang).place_nouns

    def keep(self, node: Node) -> str:
        for n in self.linker.closure(node):
            if n.iri in self.nodes:
                self.nodes[n.iri].alt_labels |= n.alt_labels
            else:
                self.nodes[n.iri] = n
        return node.iri

    def phrase_context(self, m: EntityMention) -> frozenset[str]:
        """The country of a demonym in the words that introduce the name ("the south Lebanese
        village of Houla", "le village libanais de Houla"), which picks the homonym in that
        country, else the article's countries."""
        before = self.art.text[max(0, m.span.start - DEMONYM_LOOKBACK_CHARS): m.span.start]
        before = re.split(r"[,.;:()«»\"“”]", before)[-1]
        g = self.linker.gazetteer
        nouns = g.words.city | g.words.region
        words = re.findall(r"[^\W\d_]+", before)
        codes = set()
        for i, word in enumerate(words):
            code = g.country_for_demonym(word)
            beside = {name_key(x) for x in words[max(0, i - 1): i] + words[i + 1: i + 2]}
            if code and beside & nouns:  # "Lebanese village", "village libanais"; not "Ukrainian drones hit X"
                codes.add(code)
        return frozenset(codes) if codes else self.context  # the phrase's country outranks the article's

    def resolve_place(self, m: EntityMention) -> Node | None:
        """The node of a place mention: the gazetteer's reading, unless the landmark or the
        demonym the text places the name with says it lies in another country
        (``kg.link.landmarks``: a village GeoNames holds only abroad)."""
        node = self.read_place(m)
        if node is None or "City" not in node.classes:
            return node
        checked, why = self.landmarks.check(m, node)
        if why:
            self.rejected.append(Rejection("link", m.span.start, m.span.end, m.span.text, why))
        return checked

    @property
    def landmarks(self) -> Landmarks:
        if self._landmarks is None:
            seen: dict[tuple[int, int], EntityMention] = {}
            for m in list(self.x.places) + [m for e in self.x.events for m in e.places + e.sentence_places]:
                if m.label != ANTECEDENT_LABEL:
                    seen.setdefault((m.span.start, m.span.end), m)
            self._landmarks = Landmarks(self.art.text, sorted(seen.values(), key=lambda m: m.span.start),
                                        self.linker.gazetteer, self.read_place, self.linker._country_of,
                                        self.linker.gazetteer.node)
        return self._landmarks

    def read_place(self, m: EntityMention) -> Node | None:
        """The gazetteer's reading of a place mention, with the words around it."""
        w = self.linker.gazetteer.words
        context = self.phrase_context(m)
        if listed_region(self.art.text, m.span.start, m.span.end):
            # "the Kursk, Bryansk and Belgorod regions": each name is a region's
            region = self.linker.place(f"{m.span.text} region" if self.lang == "en" else f"région de {m.span.text}",
                                       context, self.lang)
            if region is not None and "Region" in region.classes:
                return region
        # "the village of Korenevo in Russia's Kursk region": the region the text gives picks
        # the homonym, or makes the village no table knows (kg.link.place_phrase)
        intro = introduced_phrase(self.art.text, m.span.start, m.span.end, w.city, w.link) or m.span.text
        phrase = with_region(self.art.text, m.span.start, m.span.end, intro, w.within, w.region, w.link)
        node = self.linker.place(phrase, context, self.lang) if phrase else None
        if node is not None and "City" in node.classes:
            return node
        node = self.linker.place(m.span.text, context, self.lang)
        if node is None:  # "the village of Kozinka": a village resolves with its place word (kg.link.place_phrase)
            phrase = introduced_phrase(self.art.text, m.span.start, m.span.end, w.city, w.link)
            node = self.linker.place(phrase, context, self.lang) if phrase else None
        if node is None and REGION_WORDS.search(m.span.text):
            # "la région voisine de Briansk" unknown as a phrase: the name alone
            node = self.linker.place(REGION_WORDS.sub("", m.span.text).strip(), context, self.lang)
        if node is None:
            node = self.facility_town(m.span.text)
        for part in near_parts(m.span.text) if node is None else ():
            # "Moshav Amirim near Safed" as one name: the place, else the town it is near
            node = self.linker.place(part, context, self.lang)
            if node is not None and "City" in node.classes:
                break
            node = None
        return node

    def facility_town(self, text: str) -> Node | None:
        """The town of a facility phrase the NLP handed over whole ("gare d'Ounetcha", "baie
        de Novorossiisk") or of a possessive ("Kharkiv's"), when the phrase resolves to
        nothing: only a town, since a facility is named after its town."""
        name = facility_town(text, self.place_nouns)
        node = self.linker.place(name, self.context, self.lang) if name else None
        return node if node is not None and "City" in node.classes else None

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
            gaz = self.linker.gazetteer
            # a district names its city only through the article's other words
            self._named = {a for n in self.article_place_nodes() for a in ({n.iri} if gaz.section_parent(n) else _ancestors(n, self.linker))}
        return self._named

    def quarter_of(self, a: Node, b: Node) -> bool:
        """Whether the article calls place ``a`` a quarter ("quartier de Troieshchyna", "the
        Kyivskyi district") and ``a`` is a city section within QUARTER_KM of city ``b``."""
        if a.iri == b.iri or "City" not in a.classes or "City" not in b.classes or None in (a.lat, a.long, b.lat, b.long):
            return False
        if self._quarters is None:
            words = quarter_words()
            self._quarters = {n.iri for m, n in self.resolved_places()
                              if called_quarter(self.art.text, m.span.start, m.span.end, *words)}
        return a.iri in self._quarters and distance_km(a.lat, a.long, b.lat, b.long) <= QUARTER_KM

    def also_at(self, i: int, ev: EventRecord) -> list[Node]:
        """The places besides ``place_of``'s that an interception report lists apart ("126
        drones destroyed, 47 over the Ryazan region and 41 over the Moscow region", "dont 31
        au-dessus de la région de Riazan et 17 au-dessus de celle de Voronej"): when every place
        name of the mention follows its own "over"/"au-dessus de" and no place contains another,
        each is a separate attack (one node must not swallow two regions' attacks)."""
        if "trigger:intercepted_weapon" not in ev.trace or len(ev.places) < 2:
            return []
        text = self.art.text
        if not all(DOWNED_OVER.search(text[max(0, m.span.start - OVER_LOOK):m.span.start]) for m in ev.places):
            return []
        nodes = [n for n in (self.placeable(self.resolve_place(m)) for m in ev.places) if n is not None
                 and "Country" not in n.classes and not _is_sea(n)]
        chains = {n.iri: _ancestors(n, self.linker) for n in nodes}
        if len({n.iri for n in nodes}) < 2 or any(a.iri != b.iri and a.iri in chains[b.iri] for a in nodes for b in nodes):
            return []
        primary = self.place_of(ev)
        return [n for n in {n.iri: n for n in nodes}.values() if primary is None or n.iri != primary.iri]

    def placeable(self, node: Node | None) -> Node | None:
        """A district of a larger city places an attack only in an article that names that
        city: "the city's Dniprovskyi district" in a report on Kherson is not Kyiv's."""
        if node is None:
            return None
        parent = self.linker.gazetteer.section_parent(node)
        return node if parent is None or parent in self.named_places() else None

    def place_of(self, ev: EventRecord) -> Node | None:
        resolved = []
        nodes = {id(m): self.placeable(self.resolve_place(m)) for m in ev.places if m.label != ANTECEDENT_LABEL}
        for m in ev.places:
            if m.label == ANTECEDENT_LABEL:
                continue
            if self.landmarks.stood_in_for(m):
                continue  # "Buhimba, à la périphérie ouest de Goma": Goma only placed the village (kg.link.landmarks)
            node = nodes[id(m)]
            if node is not None and m.label == MODIFIER_LABEL and not self.modifier_place_ok(m, node):
                continue
            if node is not None and _is_sea(node) and "trigger:intercepted_weapon" in ev.trace:
                continue  # "drones destroyed over the Krasnodar region and the Black Sea": the sea was not hit
            # a country is the place hit only when named as the target ("strikes on Ukraine")
            if node is not None and (m.direct or "Country" not in node.classes):
                resolved.append((_rank(node), m.direct, node))
        if resolved:
            # the most specific; among equals the one named as the target, then the first
            return max(resolved, key=lambda r: (r[0], r[1]))[2]
        told_before = self.antecedent_town(ev)
        if told_before is not None:
            return told_before
        named = [(m, n) for m in ev.sentence_places for n in [self.placeable(self.resolve_place(m))] if n]
        weak = [n for _, n in named]
        if not weak:
            return self.dateline_town(ev)
        if "Country" in max(weak, key=_rank).classes:
            return None  # a sentence that merely names a country does not place an attack
        best = max(weak, key=_rank)
        chain = _ancestors(best, self.linker)
        # "the village of Lomakovka in the Klimovo district": a town naming the district around
        # the place, in the same region, agrees with it
        return best if all(n.iri in chain or (self.names_district(m) and n.located_in is not None
                                              and n.located_in == best.located_in) for m, n in named) else None

    def dateline_town(self, ev: EventRecord) -> Node | None:
        """The city of a local dateline that names a quarter ("KHARKIV, Saltivka — A glide bomb
        struck a nine-storey building on Tuesday"), for an attack its first sentence tells with
        no place of its own: a reporter who names the quarter reports from where it was hit.
        The city, not the quarter (a quarter's name recurs in other cities and villages); a
        dateline with a country ("KYIV, Ukraine —") or a day places nothing."""
        found = local_dateline(self.art.text, ev.sentence.start)
        if found is None:
            return None
        city, quarter = found
        g = self.linker.gazetteer
        if any(g.country_code(w) or g.country_for_demonym(w) for w in [quarter, *quarter.split()]):
            return None
        node = self.linker.place(city.title(), self.context, self.lang)
        return node if node is not None and "City" in node.classes else None

    def names_district(self, m: EntityMention) -> bool:
        """A name of a district phrase ("the Klimovo district", "district de Graïvoron")."""
        lex = lexicon(self.lang)
        words = set(name_key(m.span.text).split())
        return m.label == MODIFIER_LABEL and bool(words) or bool(words & (lex.district_nouns | lex.region_nouns))

    def antecedent_town(self, ev: EventRecord) -> Node | None:
        """The town a definite place noun of the target refers back to ("le centre du
        village", "the city's power station"; ``kg.nlp.antecedents``): the first name told
        before that is a town."""
        for m in ev.places:
            if m.label != ANTECEDENT_LABEL:
                continue
            node = self.placeable(self.resolve_place(m))
            if node is not None and "City" in node.classes:
                return node
        return None

    def modifier_place_ok(self, m: EntityMention, node: Node) -> bool:
        """A name modifying a facility ("the Baltimor airfield") places the attack when it is
        a town, by the place's own name, or when the place lies in a country another place of the
        article lies in: an alternate spelling alone ("Baltimor" for Baltimore, US) is no
        reason to move an attack across the world."""
        if "City" not in node.classes:
            return False  # "the Black Sea city", "the Red Sea port": a description of a town not named
        written = facility_town(m.span.text, self.place_nouns) or m.span.text  # "Odesa's Peresyp": Odesa
        if name_key(written) in {name_key(x) for x in node.labels.values()}:
            return True
        own = self.linker._country_of(node)
        others = {self.linker._country_of(n) for x, n in self.resolved_places() if x.label != MODIFIER_LABEL}
        return own is not None and own in others

    def actor_iri(self, m: EntityMention) -> str | None:
        places = self.article_place_nodes()
        here = self.sentence_place_nodes(m)
        node = self.linker.actor(m, self.art.key, self.context, self.lang, self.persons, places, here)
        if node is None and POSSESSIVE.search(m.span.text):
            # "Gaza's Health Ministry" is known as "Gaza Health Ministry"
            plain = POSSESSIVE.sub("", m.span.text)
            alias = EntityMention(Span(m.span.start, m.span.end, plain), m.kind, m.label, m.role, m.head, m.direct)
            node = self.linker.actor(alias, self.art.key, self.context, self.lang, self.persons, places, here)
        return self.keep(node) if node is not None else None

    def speaker_iri(self, m: EntityMention, spoken: list[tuple[str, str]]) -> tuple[str | None, tuple[str, ...]]:
        """A statement's speaker. A phrase that names an actor only through the article's
        countries ("l'armée", "the military": no nationality) is, first, such an actor that
        already spoke ("the Israeli military said … The army said"), else that actor of the
        country of the last speaker that had one ("Israel's foreign ministry said … The military
        said": Israel's, not the army of Syria where the strike fell), else nobody: the
        article's countries come from the places attacked, and the army of the country where
        the strikes fell is the wrong speaker of "the military said" after Israeli strikes in
        southern Lebanon (trace ``speaker:no_history_for_context_actor``)."""
        g = self.linker.gazetteer
        by_places = g.find_actor(m.span.text, self.context) if g.find_actor(m.span.text) is None else None
        if by_places is not None and by_places.iri in self.armed_forces_iris() and bare_army(m.span.text) and not any(
                g.find_actor(m.span.text, frozenset({c})) is not None for _, c in spoken) \
                and not self.named_before(by_places.iri, m.span.start):
            return None, ("speaker:no_history_for_context_actor",)
        if spoken and g.find_actor(m.span.text) is None:
            by_country = {c: g.find_actor(m.span.text, frozenset({c})) for _, c in spoken}
            chosen = next((c for iri, c in reversed(spoken) if by_country[c] is not None
                           and by_country[c].iri == iri), None) or spoken[-1][1]
            found = by_country[chosen]
            default = g.find_actor(m.span.text, self.context)
            if found is not None and (default is None or default.iri != found.iri):
                node = self.linker.actor(m, self.art.key, frozenset({chosen}), self.lang, self.persons)
                if node is not None:
                    return self.keep(node), ("speaker:country_of_earlier_speaker",)
        return self.actor_iri(m), ()

    def named_before(self, iri: str, upto: int) -> bool:
        """Whether the article names, before offset ``upto`` and by a name that needs no
        context, the actor ``iri`` or another actor of its country ("L'armée soudanaise a
        repoussé une attaque … L'armée a précisé"; "Le ministère russe des Affaires étrangères
        a dénoncé … Selon l'armée"): the side the story gives voice to, not the place hit."""
        actors = self.linker.gazetteer.actors
        key = next((k for k, n in actors.nodes.items() if n.iri == iri), None)
        country = actors.country.get(key) if key is not None else None
        if country is None:
            return False
        keys = {k for k, c in actors.country.items() if c == country}
        before = self.art.text[:upto]
        words = tokens(before)
        starts: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            starts.setdefault(w, []).append(i)
        for bucket in actors.by_first_word.values():
            for a in bucket:
                if a.key not in keys or a.context_only:
                    continue
                if a.acronym is not None:
                    if a.acronym.search(before):
                        return True
                    continue
                n = len(a.words)
                if any(words[i: i + n] == a.words for i in starts.get(a.words[0], ())):
                    return True
        return False

    def armed_forces_iris(self) -> frozenset[str]:
        """The IRIs of every country's army, air force and navy (``institutions.tsv`` types
        ``MILITARY_TYPES``): the actors a bare "the military"/"l'armée" names, which the places
        attacked never resolve (the places are often the other side's)."""
        g = self.linker.gazetteer
        return frozenset(node.iri for (kind, _), key in g.actors.institutions.items() if kind in MILITARY_TYPES
                         for node in [g.actors.nodes.get(key)] if node is not None)

    def place_not_state(self, iri: str, m: EntityMention) -> bool:
        """Whether a speaker is a place that is no country (a capital used as an actor
        resolves to its country): a town or a region, a place name that gave no state, or a
        name that is exactly a town's the model took for a person ("For Kherson, …")."""
        g = self.linker.gazetteer
        node = g.node(iri)
        if node is not None and "Country" in node.classes:
            return False
        if node is not None and node.classes & {"City", "Region"}:
            return True
        if (m.label or "").upper() in ("GPE", "LOC"):
            return True
        place = g.find_place(m.span.text, self.context)
        return place is not None and "Country" not in place.classes and \
            name_key(m.span.text) in {name_key(x) for x in place.labels.values()}

    def article_place_nodes(self) -> list[Node]:
        """The places the article names, datelines left out (once for the article): what
        :meth:`named_places` climbs from, and those a local body named without its place may
        belong to (``kg.link.local_bodies.sole_place``)."""
        if self._article_places is None:
            self._article_places = [n for m, n in self.resolved_places() if not in_dateline(self.art.text, m.span.start)]
        return self._article_places

    def sentence_place_nodes(self, m: EntityMention) -> list[Node]:
        """The places named in the sentence of the statement whose speaker ``m`` is (for a
        local body named bare: ``kg.link.local_bodies.sentence_place``); none for another mention."""
        sent = next((st.evidence for st in self.x.statements if st.speaker is m), None)
        if sent is None:
            return []
        return [n for x, n in self.resolved_places() if sent.start <= x.span.start < sent.end]

    def local_body_trace(self, m: EntityMention, speaker: str | None) -> tuple[str, ...]:
        """``speaker:local_body(kind)`` and the finder that placed it when the speaker is a
        local body (``kg explain``); empty otherwise."""
        found = self.linker.local_body(m.span.text, self.context, self.lang, self.article_place_nodes(),
                                       self.sentence_place_nodes(m)) if m.label not in ("PER", "PERSON") else None
        if found is None or found[0].iri != speaker:
            return ()
        return (f"speaker:local_body({found[1].kind.key})", f"place:{found[1].finder}")

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

    def events(self) -> LinkedEvents:
        """The article's attacks (mentions grouped, ``kg.link.event_groups``), with denied
        claims marked (``kg.link.allegations``) and, for each extracted mention, its attack."""
        def place_of(i: int, ev: EventRecord) -> Node | None:
            place = self.place_of(ev)
            if place is None:
                names = ", ".join(repr(m.span.text) for m in ev.places + ev.sentence_places) or "none"
                self.rejected.append(Rejection("link", ev.trigger.start, ev.trigger.end, ev.trigger.text,
                                               f"no place resolved (names: {names})", ev.trace))
            return place

        def within(a: Node, b: Node) -> bool:
            return a.iri != b.iri and (b.iri in _ancestors(a, self.linker) or _region_of_city(a, b))

        groups, index_of = group_events(self.x.events, place_of, within, self.quarter_of, self.also_at)
        unplaced = [ev.trigger.start for i, ev in enumerate(self.x.events) if i not in index_of and ev.reported]
        denials = find_denials(groups, self.x.denials, unplaced)
        linked = [self.linked_event(g, gi in denials.denied_groups) for gi, g in enumerate(groups)]
        iri_of = {i: linked[gi].iri for i, gi in index_of.items() if linked[gi].factuality != "Denied"}
        real = [e for e in linked if e.factuality != "Denied"]
        forms = self.place_forms(real, iri_of)
        iri_of.update(referred(self.art.text, self.x.events, iri_of, real,
                               named=lambda ev: self.sentence_names(ev, real, forms)))
        return LinkedEvents(linked, iri_of, denials.used)

    def place_forms(self, real: list[LinkedEvent], iri_of: dict[int, str]) -> dict[str, set[str]]:
        """For each real attack (in story order), the names of its place: as the article
        writes them where it tells the attack ("Sumy's", "Koursk"), and the node's labels.
        ``kg.link.about.named_in`` finds them in a statement's words."""
        by_iri = {e.iri: e for e in real}
        forms: dict[str, set[str]] = {e.iri: set() for e in real}
        for i, ev in enumerate(self.x.events):
            e = by_iri.get(iri_of.get(i, ""))
            if e is None:
                continue
            for m in ev.places + ev.sentence_places:
                node = self.resolve_place(m)
                if node is not None and node.iri == e.place:
                    forms[e.iri].add(POSSESSIVE.sub("", m.span.text))
        for e in real:
            node = self.nodes.get(e.place)
            if node is not None:
                forms[e.iri] |= set(node.labels.values())
        return {iri: {f for f in names if len(f) > 2} for iri, names in forms.items()}

    def linked_event(self, g: EventGroup, denied: bool) -> LinkedEvent:
        """One attack node: its place, mentions, perpetrators (fact, or alleged when told
        inside a statement) and factuality."""
        place_iri = self.keep(g.place)
        le = LinkedEvent(iri=event_iri(g.event_class, place_iri, g.date, self.art.key), event_class=g.event_class, place=place_iri,
                         evidence=[], date=g.date, date_text=g.date_text)
        for rec in g.records:
            le.trace += tuple(t for t in rec.trace if t not in le.trace)
            if rec.sentence not in le.evidence:
                le.evidence.append(rec.sentence)
            if rec.trigger not in le.triggers:
                le.triggers.append(rec.trigger)  # the words the explorer highlights
            hit = {(p.span.start, p.span.end) for p in rec.places + rec.sentence_places}
            for m in rec.perpetrators:
                if (m.span.start, m.span.end) in hit:
                    continue  # the place hit is no attacker ("une attaque contre Moscou")
                actor = self.known_actor(m)
                if actor and actor != place_iri:
                    # "attributed to X", "that X said was launched by Y": alleged wherever it is told
                    alleged = rec.reported or m.label == ALLEGED_LABEL
                    (le.alleged_perpetrators if alleged else le.perpetrators).add(actor)
        le.alleged_perpetrators -= le.perpetrators
        if denied:
            le.factuality = "Denied"
        return le

    def placed_in(self, events: list[LinkedEvent], span: Span, forms: dict[str, set[str]]) -> list[str]:
        """The attacks whose place a passage names ("avoir frappé … à Zaporijia", "Sumy's
        mayor"): a place mention resolved to it, or the name the article gives its place."""
        named = {n.iri for m, n in self.resolved_places() if span.start <= m.span.start < span.end}
        shared = {e.place for e in events if sum(o.place == e.place for o in events) > 1}
        hits = {e.iri for e in events if e.place in named and e.place not in shared} | set(named_in(span.text, forms))
        return [e.iri for e in events if e.iri in hits]

    def earned_about(self, st: StatementRecord, linked: LinkedEvents, forms: dict[str, set[str]],
                     story: list[tuple[int, list[str]]] = (), unfound: dict[int, int] | None = None,
                     speaker: str | None = None, said: list[tuple[str, str | None, list[str]]] = (),
                     mates: dict[tuple[str, int], list[str]] | None = None) -> tuple[list[str], tuple[str, ...]]:
        """The attacks a statement is about (``kg.link.about``): those its words or sentence
        tell, and the others whose place its words name (not the region locating its own
        attack's town), and the one attack inside each region its words say weapons were
        downed over; when it tells none, those its context gives (``context_about``; an
        earlier statement that names its place or day tells it too: ``story``, the position
        and links of the statements before, ``said`` and ``mates`` the speaker's). A general
        remark (threat, conditional, call, policy) earns none from its sentence or context;
        ``unfound`` holds the mentions of attacks no node is."""
        iri_of = linked.iri_of
        real = [e for e in linked.events if e.factuality != "Denied"]
        unfound = self.unfound_attacks(linked) if unfound is None else unfound
        general = general_remark(st.quote, st.cue, self.lang, st.evidence.text)
        kinds = about_kinds(st.trace)
        about: list[str] = []
        trace: tuple[str, ...] = ()
        for k, i in enumerate(st.about):
            iri = iri_of.get(i)
            if iri and general and k < len(kinds) and kinds[k] == "attack_in_sentence":
                trace += ("about:general_remark_not_its_sentence",)
                continue
            if iri is None and k < len(kinds) and kinds[k] == "attack_in_quote":
                # "wounded in Monday's attack": an unplaced mention of the words, told by its day
                iri = attack_of_its_day(self.x.events[i].event_class, self.x.events[i].date, real)
                if iri:
                    trace += ("about:attack_of_its_day",)
            if iri and iri not in about:
                about.append(iri)
        if about and st.quote:
            # other attacks whose place its words name, but not the region its own attack's
            # town lies in ("a depot near Lgov in the Kursk region")
            more = [iri for iri in named_in(st.quote, forms, self.town_attacks(real))
                    if iri not in about and not self.contains_any(iri, about, real)]
            if more:
                about += more
                trace += ("about:attack_place_in_words",)
            elif points_back_at_all(st.quote, self.lang):
                # "informed of the attacks": all the attacks told before, not the last one only
                told = [e.iri for e in real if any(m.start < st.evidence.start for m in e.evidence)]
                if len(told) > 1 and set(about) <= set(told):
                    about += [iri for iri in told if iri not in about]
                    trace += ("about:attacks_told_before",)
        if not general:
            # "17 drones destroyed over the Saratov region and nine over the Voronezh region": the
            # one attack inside each region the weapons were downed over
            over = [iri for iri in self.attacks_under(real, st, unfound) if iri not in about]
            if over:
                about += over
                trace += ("about:attack_in_region_over",)
        if not about and real and not names_denied(st.evidence, linked.events, linked.used_denials):
            if general:
                return about, trace + ("about:general_remark",)
            links, tag = self.context_about(real, st, forms, story, unfound, speaker, said, mates)
            return about + links, trace + (tag,)
        return about, trace

    def context_about(self, real: list[LinkedEvent], st: StatementRecord, forms: dict[str, set[str]],
                      story: list[tuple[int, list[str]]], unfound: dict[int, int], speaker: str | None,
                      said: list[tuple[str, str | None, list[str]]], mates: dict[tuple[str, int], list[str]] | None
                      ) -> tuple[list[str], str]:
        """The attacks a statement that names none reacts to, and the trace of the rule:
        news reports stay on their story, so the attacks whose place its sentence names, else
        its sentence mate's, else none when it tells of a place or an attack no node is, else
        the attack told last before it (or by an earlier statement of the speaker, or of the
        story); the article's main one if none was told before."""
        placed = self.placed_in(real, st.evidence, forms)
        if placed:
            return placed, "about:attack_at_place_named"
        mate = (mates or {}).get((speaker or "", st.evidence.start))
        if mate is not None:
            # "À Novorossiisk, a woman was hurt, the mayor said, adding that the port was not
            # hit": the speaker's second statement of the sentence goes with the first
            return list(mate), "about:as_sentence_mate"
        if self.speaker_elsewhere(real, st):
            # "Novorossiysk's mayor said schools would open late", after an attack on Afipsky
            # only: the mayor tells of his town, which no attack found hit
            return [], "about:speaker_place_no_attack"
        if any(i in unfound for i in st.about):
            # its words tell an attack of their own that no node is ("a drone hit a minibus on
            # a country road" after a missile strike on Kryvyi Rih): not the attack told before
            return [], "about:attack_not_found"
        elsewhere = self.elsewhere(real, st)
        if elsewhere is not None:
            return elsewhere, "about:attack_containing_place_named" if elsewhere else "about:names_a_place_no_attack_hit"
        told = [e.iri for e in real if any(m.start < st.evidence.start for m in e.evidence)]
        if len(told) > 1 and points_back_at_all(st.quote or st.evidence.text, self.lang):
            return told, "about:attacks_told_before"
        same = same_speaker_topic(speaker, st.quote, list(said), real,
                                  (n for names in forms.values() for n in names)) if speaker else None
        if same is not None:
            # the speaker goes on about the names of an earlier statement of theirs
            return [same], "about:attack_of_same_speaker"
        before = statement_told_last(real, st.evidence.start, story, unfound.values())
        if before is not None:
            return [before], "about:attack_of_statement_before"
        last = attack_told_last(real, st.evidence.start, unfound.values())
        if last is None:
            return [], "about:attack_not_found_told_last"
        return [last], "about:attack_told_last"

    def speaker_elsewhere(self, real: list[LinkedEvent], st: StatementRecord) -> bool:
        """Whether the speaker holds office in a town or region (``kg.link.about.speaker_place_names``)
        that is none of the attacks' places, inside none and contains none, and that no sentence
        telling an attack names."""
        start = st.speaker.span.start
        window = self.art.text[max(0, start - 40): st.speaker.span.end]
        for name, is_region in speaker_place_names(window, getattr(st.speaker, "role", None)):
            node = self.linker.place(name, self.context, self.lang)
            if node is not None and is_region and "City" in node.classes and node.located_in:
                node = self.linker.gazetteer.node(node.located_in) or node
            if node is None or "Country" in node.classes:
                continue
            # the sentences telling an attack name that town: it may lie in it, whatever the
            # gazetteer says ("a drone hit a tower in western Moscow" placed at its district)
            told_there = any(re.search(rf"(?<!\w){re.escape(name)}", m.text) for e in real for m in e.evidence)
            return not told_there and not any(self.same_area(node, e.place) for e in real)
        return False

    def attacks_under(self, real: list[LinkedEvent], st: StatementRecord, unfound: dict[int, int]) -> list[str]:
        """For each region a statement's words say weapons were downed over ("over the Saratov
        region", "au-dessus de la région de Voronej", ``kg.link.about.OVER``), the one attack
        placed inside it that fits the class and day of the weapons its words tell (none when
        two do: which one is unknown; "14 drones over the Bryansk region" on Friday are not
        Thursday's shelling of a village there)."""
        if not st.quote:
            return []
        start = self.art.text.find(st.quote, st.evidence.start, st.evidence.end + 1)
        if start < 0:
            return []
        end = start + len(st.quote)
        regions: dict[str, None] = {}  # in the order of the words
        for m, n in sorted(self.resolved_places(), key=lambda mn: mn[0].span.start):
            before = self.art.text[max(start, m.span.start - OVER_LOOK): m.span.start]
            if not (start <= m.span.start < end and OVER.search(before)) or _is_sea(n):
                continue
            if "Region" in n.classes:
                regions[n.iri] = None
            elif "City" in n.classes and n.located_in and REGION_OF_TOWN.search(before + "|" + self.art.text[m.span.end: m.span.end + 20]):
                regions[n.located_in] = None  # "au-dessus de la région de Saratov": the region of that name
        out: list[str] = []
        told = [self.x.events[i] for i in st.about]  # the downed weapons' class and day, when told
        if not told and attack_told_last(real, st.evidence.start, unfound.values()) is None:
            return []  # untold weapons after an attack no node is: they may be its own
        for region in regions:
            inside = [e.iri for e in real if e.place != region and region in self.ancestors_of(e.place)
                      and (not told or any(fits(ev.event_class, told_day(ev.date, ev.date_text), e) for ev in told))]
            if len(inside) == 1 and inside[0] not in out:
                out.append(inside[0])
        return out

    def ancestors_of(self, place: str) -> set[str]:
        """The places containing the place of IRI ``place`` (a node of this article)."""
        node = self.nodes.get(place)
        return _ancestors(node, self.linker) if node is not None else set()

    def town_attacks(self, real: list[LinkedEvent]) -> set[str]:
        """The attacks placed at a town (not at a region or country)."""
        return {e.iri for e in real if e.place in self.nodes and "City" in self.nodes[e.place].classes}

    def contains_any(self, iri: str, about: list[str], real: list[LinkedEvent]) -> bool:
        """Whether the place of attack ``iri`` contains the place of one of ``about``: a
        statement on a strike near Morozovsk "in Russia's Rostov region" does not tell the
        attack placed at that region too."""
        place = {e.iri: e.place for e in real}
        nodes = [self.nodes.get(place.get(a, "")) for a in about]
        return any(n is not None and n.iri != place.get(iri) and place.get(iri) in _ancestors(n, self.linker)
                   for n in nodes)

    def unfound_attacks(self, linked: LinkedEvents) -> dict[int, int]:
        """The mentions of attacks that no node is (extracted index -> start of its sentence):
        indefinite mentions left unplaced that fit none of the article's attacks by class and
        day (``kg.link.about.fits``), or whose own place is none of theirs ("a glide bomb hit
        Kharkiv's Saltivka district" beside drone strikes on Morozovsk). A denied or
        hypothetical mention tells no attack.
        What follows such a mention reacts to it, not to the attack told before it."""
        real = [e for e in linked.events if e.factuality != "Denied"]
        out: dict[int, int] = {}
        for i, ev in enumerate(self.x.events):
            if i in linked.iri_of or ev.definite or ev.factuality in ("Denied", "Hypothetical") \
                    or self.place_of(ev) is not None:
                continue  # a denied or supposed attack is none that a statement reacts to
            # a district of a city the article does not name ("the city's Dniprovskyi district") is no place of its own
            own = [n for n in (self.placeable(self.resolve_place(m)) for m in ev.places)
                   if n is not None and "Country" not in n.classes and not _is_sea(n)]
            day = told_day(ev.date, ev.date_text)
            if not any(fits(ev.event_class, day, e) and all(self.same_area(n, e.place) for n in own) for e in real):
                out[i] = ev.sentence.start
        return out

    def same_area(self, node: Node, place: str) -> bool:
        """Whether ``node`` is the place ``place`` (an IRI), lies in it or contains it."""
        if node.iri == place or place in _ancestors(node, self.linker):
            return True
        other = self.nodes.get(place)
        return other is not None and node.iri in _ancestors(other, self.linker)

    def elsewhere(self, real: list[LinkedEvent], st: StatementRecord) -> list[str] | None:
        """For a statement whose words name no attack's place but a town where something
        happened ("in Eilat", ``kg.link.about.LOCATIVE``): the one attack whose place
        contains that town (an attack placed at its region or country only), else none at
        all, for the words tell of something that happened elsewhere ("debris fell near a
        hotel in Eilat" is not about the strike on Hodeidah). None when its words name no
        town (the attack told last is then the statement's topic)."""
        if not st.quote:
            return None
        start = self.art.text.find(st.quote, st.evidence.start, st.evidence.end + 1)
        return self.containing_town(real, start, start + len(st.quote)) if start >= 0 else None

    def containing_town(self, real: list[LinkedEvent], start: int, end: int) -> list[str] | None:
        """The attacks whose place contains a town that ``text[start:end]`` tells something
        happened in: [] when no attack's does, None when the passage names no such town or
        several attacks contain it."""
        gaz = self.linker.gazetteer
        towns = [n for m, n in self.resolved_places()
                 if start <= m.span.start < end and "City" in n.classes and not gaz.section_parent(n)
                 and LOCATIVE.search(self.art.text[max(start, m.span.start - 40): m.span.start])]
        if not towns:
            return None
        containing = {e.iri for n in towns for e in real if e.place in _ancestors(n, self.linker)}
        return [e.iri for e in real if e.iri in containing] if len(containing) <= 1 else None

    def sentence_names(self, ev: EventRecord, real: list[LinkedEvent], forms: dict[str, set[str]]) -> list[str] | None:
        """The attacks a definite mention's sentence names ("the Nyala strike"): by their
        place's name, else by a town one of them contains; None when the sentence tells of
        a town no attack hit ("the intercepted missile fell in Eilat", with no attack there)."""
        named = named_in(ev.sentence.text, forms)
        if named:
            return named
        town = self.containing_town(real, ev.sentence.start, ev.sentence.end)
        return None if town == [] else (town or [])

    def statements(self, linked: LinkedEvents) -> tuple[list[LinkedStatement], list[Allegation]]:
        """The article's statements, and the allegations their accusations make (applied
        to the events by the caller)."""
        events = linked.events
        by_iri = {e.iri: e for e in events}
        forms = self.place_forms([e for e in events if e.factuality != "Denied"], linked.iri_of)
        out: list[LinkedStatement] = []
        alleged: list[Allegation] = []
        story: list[tuple[int, list[str]]] = []
        said: list[tuple[str, str | None, list[str]]] = []
        mates: dict[tuple[str, int], list[str]] = {}  # (speaker, sentence start) -> links of a statement that reports
        unfound = self.unfound_attacks(linked)
        spoken: list[tuple[str, str]] = []  # (speaker, its country) of the statements so far
        for st in self.x.statements:
            speaker, how = self.speaker_iri(st.speaker, spoken)
            trace = st.trace + how + self.local_body_trace(st.speaker, speaker)
            if speaker is None:
                self.rejected.append(Rejection("link", st.evidence.start, st.evidence.end, st.speaker.span.text,
                                               no_actor_reason(st.speaker.span.text), st.trace))
                continue
            capital = self.linker.gazetteer.capital_named(st.speaker.span.text) if OPENING_PLACE in st.trace else None
            if capital:
                speaker = self.keep(self.linker.gazetteer.country(capital))  # "For Kyiv," whatever the model's label
            elif OPENING_PLACE in st.trace and self.place_not_state(speaker, st.speaker) \
                    or OPENING_BODY in st.trace and self.linker.gazetteer.node(speaker) is None:
                # "Pour Kherson, la nuit a été longue": a town is no one whose view "Pour" gives
                self.rejected.append(Rejection("link", st.evidence.start, st.evidence.end, st.speaker.span.text,
                                               "a place after an opening \"Pour\"/\"For\" that is no state, "
                                               "or a description no table knows", st.trace))
                continue
            spoke = self.nodes.get(speaker)
            country = self.linker._country_of(spoke) if spoke is not None else None
            if country:
                spoken.append((speaker, country))
            about, about_trace = self.earned_about(st, linked, forms, story, unfound, speaker, said, mates)
            said.append((speaker, st.quote, about))
            if not any(t.startswith("about:general_remark") for t in about_trace):
                mates.setdefault((speaker, st.evidence.start), about)
            trace += about_trace
            if about:
                story.append((st.evidence.start, about))
            accuses = []
            if st.accuses is not None:
                acc = self.known_actor(st.accuses)
                if acc is not None and acc != speaker:
                    accuses.append(acc)
                    alleged += allegations(about, acc, by_iri)
            if st.quote is None and not accuses:
                self.rejected.append(Rejection("link", st.evidence.start, st.evidence.end, st.cue,
                                               "an accusation whose accused actor is unknown, and no words", st.trace))
                continue
            act = st.act
            if act == "Other" and holds_denial(st.evidence, linked.used_denials):
                act, trace = "Denial", trace + ("act:denial_in_sentence",)
            out.append(LinkedStatement(
                iri=statement_iri(self.art.key, len(out) + 1), speaker=speaker, cue=st.cue, quote=st.quote,
                direct=st.direct, evidence=st.evidence, about=about, accuses=accuses, date=st.date,
                date_text=st.date_text, trace=trace, act=act))
        return out, alleged


def link_article(extraction: Extraction, linker: Linker | None = None,
                 rejected: list[Rejection] | None = None) -> LinkedArticle:
    """Nodes, events and statements of one article, with deterministic IRIs: the attacks
    first, then the statements (which need the attacks and the denials that were used), then
    the allegations the statements make. ``rejected``, when given, receives what linking
    left out and why (``kg explain``)."""
    al = ArticleLinker(extraction, linker or default_linker())
    events = al.events()
    statements, alleged = al.statements(events)
    apply_allegations(events.events, alleged)
    casualties = link_casualties(al, events.events, events.iri_of, statements)
    weapons = link_weapon_counts(al, events.events, events.iri_of, statements)
    facilities = link_targets(al, events.events, events.iri_of)
    if rejected is not None:
        rejected.extend(al.rejected)
    return LinkedArticle(article=extraction.article, nodes=al.nodes, events=events.events, statements=statements,
                         casualties=casualties, weapons=weapons, facilities=facilities)
