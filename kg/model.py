"""Plain data types passed between the stages (ingest -> nlp -> link -> rdf).

Nothing here knows about spaCy or rdflib: the types are what one stage returns and the
next one takes, so each stage can be tested alone.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


def short_hash(text: str, length: int = 16) -> str:
    """A stable, filesystem- and IRI-safe digest of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    """One input document, as ingested.

    ``text`` is the text exactly as ingested: every character offset in the graph refers
    to it. ``identifier`` follows the contract (id, else URL, else file path, else a hash
    of the text); ``origin`` says where it came from ("file.jsonl:3") for messages.
    """

    identifier: str
    text: str
    language: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    published_time: dt.datetime | None = None
    origin: str = ""

    @property
    def key(self) -> str:
        """The article's key in IRIs and graph names, derived from its identifier only."""
        return short_hash(self.identifier)

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    """A character span of an article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class EntityMention:
    """A name or description in the text that refers to an actor or a place.

    ``kind`` is what the extractor saw: "place" (a place hit or named), "actor" (who
    speaks, acts or is blamed). ``role`` is a title or function when the mention is an
    unnamed functionary ("porte-parole", "spokesperson"); ``head`` the organisation
    phrase such a role belongs to ("département d'État").
    """

    span: Span
    kind: str
    label: str = ""  # spaCy entity label when the mention is an entity (PER, ORG, GPE, LOC...)
    role: str | None = None
    head: Span | None = None
    direct: bool = True  # for a place hit: named as the target itself, not inside another phrase


@dataclass
class EventRecord:
    """An attack reported in an article, before linking.

    ``places`` are the candidate names for the place hit, from the trigger's own target
    phrases; ``sentence_places`` the names elsewhere in its sentence, used only when the
    trigger has none and they agree. ``perpetrators`` are candidate attackers (demonyms,
    subjects); ``reported`` says the attack is told inside someone's statement, so its
    perpetrator is alleged, not a fact of the article.
    """

    event_class: str  # one of the gev: Attack classes: DroneStrike, AirStrike, MissileStrike, Shelling, Attack
    trigger: Span
    sentence: Span
    places: list[EntityMention] = field(default_factory=list)
    sentence_places: list[EntityMention] = field(default_factory=list)
    perpetrators: list[EntityMention] = field(default_factory=list)
    reported: bool = False
    definite: bool = False  # "l'attaque", "the strike": may refer back to an event told before
    date_text: str | None = None
    date: dt.date | None = None
    factuality: str = "Asserted"  # Asserted, Claimed, Denied, Hypothetical


@dataclass
class StatementRecord:
    """A speech act reported in an article, before linking."""

    speaker: EntityMention
    cue: str
    quote: str | None
    direct: bool
    evidence: Span  # the sentence(s) that support the statement
    about: list[int] = field(default_factory=list)  # indexes into the article's events
    accuses: EntityMention | None = None
    date_text: str | None = None
    date: dt.date | None = None


@dataclass
class Extraction:
    """Everything the NLP stage found in one article."""

    article: Article
    events: list[EventRecord] = field(default_factory=list)
    statements: list[StatementRecord] = field(default_factory=list)
    places: list[EntityMention] = field(default_factory=list)  # other places named in the text
    denials: list[int] = field(default_factory=list)  # offsets of denials: "no such attack", "a démenti"


@dataclass
class Node:
    """A canonical entity (actor or place) after linking: one per real-world entity.

    ``classes`` are gev: class local names (e.g. {"Country"}, {"City"}, {"Organization"}).
    ``labels`` maps a language code to the preferred label; ``alt_labels`` holds
    (text, language) pairs of other names seen or known.
    """

    iri: str
    classes: set[str]
    labels: dict[str, str] = field(default_factory=dict)
    alt_labels: set[tuple[str, str]] = field(default_factory=set)
    country_code: str | None = None  # ISO 3166-1 alpha-2, for countries only
    located_in: str | None = None  # IRI of the containing place (places)
    member_of: str | None = None  # IRI of the organisation or country (actors)
    roles: set[tuple[str, str]] = field(default_factory=set)  # (role text, language), for persons
    exact_match: set[str] = field(default_factory=set)  # GeoNames / Wikidata IRIs
    lat: float | None = None
    long: float | None = None


@dataclass
class LinkedEvent:
    """An attack after linking: one node per attack of the article (mentions merged)."""

    iri: str
    event_class: str
    place: str  # IRI of the place hit
    evidence: list[Span]
    date: dt.date | None = None
    date_text: str | None = None
    perpetrators: set[str] = field(default_factory=set)  # actor IRIs stated as fact
    alleged_perpetrators: set[str] = field(default_factory=set)  # actor IRIs according to a claim
    factuality: str = "Asserted"
    triggers: list[Span] = field(default_factory=list)  # the words naming the attack in its evidence


@dataclass
class LinkedStatement:
    """A statement after linking: speaker, accused actors and events as IRIs."""

    iri: str
    speaker: str
    cue: str
    quote: str | None
    direct: bool
    evidence: Span
    about: list[str] = field(default_factory=list)
    accuses: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_text: str | None = None


@dataclass
class LinkedArticle:
    """Everything the RDF mapping needs for one article's graph."""

    article: Article
    nodes: dict[str, Node] = field(default_factory=dict)  # every actor/place node the facts refer to
    events: list[LinkedEvent] = field(default_factory=list)
    statements: list[LinkedStatement] = field(default_factory=list)
