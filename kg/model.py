"""Plain data types passed between the stages (ingest -> nlp -> link -> rdf).

Nothing here knows about spaCy or rdflib: the types are what one stage returns and the
next one takes, so each stage can be tested alone.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
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
    trace: tuple[str, ...] = ()  # the finders that produced it (kg explain)
    targets: list[TargetMention] = field(default_factory=list)  # what it hit (kg.nlp.targets)


@dataclass(frozen=True)
class TargetMention:
    """What an attack hit, as its sentence says (``kg.nlp.targets``): a concept of the
    target-type scheme (``ontology/targets.ttl``), the phrase naming the facility as written
    ("Ryazan oil refinery", "raffinerie de Riazan"; no determiner), and, when the phrase
    names the facility's town ("the port *of Odesa*"), that name, which makes it a named
    facility (a ``gev:Facility`` node)."""

    concept: str
    phrase: Span
    town: Span | None = None


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
    trace: tuple[str, ...] = ()  # the finders that produced it (kg explain)
    act: str = "Other"  # its speech act: a concept of kg/data/ontology/speech_acts.ttl (kg.nlp.speech_acts)


@dataclass
class Extraction:
    """Everything the NLP stage found in one article."""

    article: Article
    events: list[EventRecord] = field(default_factory=list)
    statements: list[StatementRecord] = field(default_factory=list)
    places: list[EntityMention] = field(default_factory=list)  # other places named in the text
    denials: list[int] = field(default_factory=list)  # offsets of denials: "no such attack", "a démenti"
    casualties: list[CasualtyCandidate] = field(default_factory=list)  # figures of killed and injured (kg.nlp.casualties)
    weapons: list[WeaponCandidate] = field(default_factory=list)  # weapons launched or intercepted (kg.nlp.weapons)


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
    trace: tuple[str, ...] = ()  # the finders that produced its mentions (kg explain)
    target_types: set[str] = field(default_factory=set)  # concepts of ontology/targets.ttl (kg.link.targets)
    targets: set[str] = field(default_factory=set)  # IRIs of the named facilities it hit


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
    trace: tuple[str, ...] = ()  # the finders that produced it (kg explain)
    act: str = "Other"  # its speech act (kg.nlp.speech_acts)


@dataclass
class LinkedArticle:
    """Everything the RDF mapping needs for one article's graph."""

    article: Article
    nodes: dict[str, Node] = field(default_factory=dict)  # every actor/place node the facts refer to
    events: list[LinkedEvent] = field(default_factory=list)
    statements: list[LinkedStatement] = field(default_factory=list)
    casualties: list[LinkedCasualty] = field(default_factory=list)  # kg.link.casualties
    weapons: list[LinkedWeaponCount] = field(default_factory=list)  # kg.link.casualties
    facilities: list[LinkedFacility] = field(default_factory=list)  # kg.link.targets


@dataclass
class LinkedFacility:
    """A named facility an attack hit: one node per town and type (``kg.link.iris.facility_iri``),
    labelled as this article writes it."""

    iri: str
    label: str
    lang: str
    place: str  # IRI of its town
    concept: str  # its type, a concept of ontology/targets.ttl


@dataclass
class LinkedCasualty:
    """A casualty figure after linking: the attack it counts the victims of, and the
    statement that gives it (None when the article gives it in its own voice)."""

    iri: str
    kind: str  # "killed" or "injured"
    count: int
    bound: str  # Exact, AtLeast, MoreThan, AtMost, Approximate
    count_text: str  # the count as written: "at least seven", "une dizaine de"
    attack: str  # IRI of the attack
    evidence: Span  # the sentence that gives the figure
    statement: str | None = None  # IRI of the statement that gives it
    trace: tuple[str, ...] = ()


@dataclass
class LinkedWeaponCount:
    """A count of weapons launched or intercepted after linking: the attack (or the
    interception) it counts the weapons of, and the statement that gives it."""

    iri: str
    action: str  # "launched" or "intercepted"
    count: int
    bound: str
    count_text: str
    weapon_text: str  # the weapon noun as written: "drones", "missiles balistiques"
    weapon_class: str  # the attack class the weapon makes (DroneStrike, MissileStrike, Shelling, AirStrike)
    attack: str
    evidence: Span
    statement: str | None = None
    trace: tuple[str, ...] = ()


# ---------- what the spaCy components hand on ----------
#
# The components (kg/nlp/events.py, kg/nlp/statements.py) write these records, frozen, to
# ``Doc._``; ``kg.nlp.extract`` reads them back. ``Doc._`` values cross process boundaries
# through msgpack (tuples come back as lists, dataclasses do not go at all), so the Doc
# holds each record's ``to_plain`` form and ``from_plain`` rebuilds it: the conversion
# happens in one place (``kg.nlp.extensions``), the code on both sides sees only records.
# Character offsets refer to the Doc's text (the article's text, same length).
# ``trace`` names the finders that produced a record, in the order they fired
# (``kg explain`` prints it).


# the trace step of a "Pour X, …" / "For X, …" whose X is a place alone ("Pour Moscou, il s'agit
# de …"): the linker keeps the statement only when the place resolves to a state (kg.link.articles)
OPENING_PLACE = "speaker:opening_place"
# the same for a definite noun and an adjective ("Pour l'armée israélienne, …"): kept only when it
# is an actor the tables know, not a phrase made an actor ("Pour la population locale, …")
OPENING_BODY = "speaker:opening_body"

# the label of a name that modifies a place or facility noun ("the Saratov oil refinery"):
# the linker wants more of it than an alternate spelling (kg.link.articles)
MODIFIER_LABEL = "PLACE_MODIFIER"
# the label of a name told before that a definite place noun of the target refers back to
# ("le centre du village", "cet aérodrome", "the city's power station"): the linker uses it
# only when no name of the target itself resolves, and only as a town (kg.link.articles)
ANTECEDENT_LABEL = "PLACE_ANTECEDENT"
# the label of a perpetrator candidate the text only attributes ("a strike attributed to Israel", "a
# drone the ministry said was launched by Ukraine"): the linker makes it an alleged perpetrator
ALLEGED_LABEL = "ALLEGED"


@dataclass(frozen=True)
class PlaceCandidate:
    """A name an event finder took for the place hit (the gazetteer decides later).

    ``label`` is the entity label (or "PROPN" for an unlabelled proper noun); ``direct``
    is False when the name is inside the target phrase or a modifier of it ("un immeuble
    de Kharkiv"), where a country is not the place hit."""

    start: int
    end: int
    text: str
    label: str
    direct: bool = True


@dataclass(frozen=True)
class ActorCandidate:
    """A phrase naming an actor: a perpetrator ("DEMONYM" on the trigger or instrument,
    "SUBJECT" of a trigger verb) or the actor an accusation blames (label "")."""

    start: int
    end: int
    text: str
    label: str = ""


@dataclass(frozen=True)
class DateMention:
    """A time expression as written ("mardi matin", "on Saturday"), with what an anchored or
    night expression counts from (``kg.nlp.dates.resolve``): ``anchor`` is another time
    expression of the sentence (the main clause's day for "a day after …", the day a night
    was reported on); ``inverse`` when the attack is the one told inside the expression's
    complement; ``told_before`` when the day told before in the article may be the anchor;
    ``quoted`` when the expression is inside a quotation said on the ``anchor`` day ("ce
    matin", "yesterday" count from that day, not from publication)."""

    start: int
    end: int
    text: str
    anchor: str | None = None
    inverse: bool = False
    told_before: bool = False
    quoted: bool = False


@dataclass(frozen=True)
class EventCandidate:
    """One attack trigger with its arguments, as the events component found it.

    ``blocked`` says why it is no real, specific attack ("negation", "denied", "negated
    context", "hypothetical", "habitual", "generic plural"), None when it is one; a
    negated one still matters: it denies a claimed attack told before."""

    event_class: str
    trigger: Span
    pos: str  # "VERB" or "NOUN"
    sentence: tuple[int, int]
    places: tuple[PlaceCandidate, ...] = ()
    sentence_places: tuple[PlaceCandidate, ...] = ()
    perpetrators: tuple[ActorCandidate, ...] = ()
    date: DateMention | None = None
    blocked: str | None = None
    definite: bool = False
    trace: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpeakerPhrase:
    """Who speaks, as resolved within the article: the phrase, its entity ``label`` (PER,
    ORG…; "DESC" for a description whose name is not the speaker), a ``role`` and the
    organisation phrase it belongs to (``head``), and ``via``, the pronoun or description
    that referred to it when it was resolved."""

    start: int
    end: int
    text: str
    label: str = ""
    role: str | None = None
    head: tuple[int, int] | None = None
    via: str | None = None


@dataclass(frozen=True)
class StatementCandidate:
    """One speech act as the statements component found it.

    ``quote_span`` is the quoted words' or reported clause's range (None when the
    statement reports no words: an accusation); ``evidence`` the sentence(s) that support
    it; ``about_hint`` the offsets of attack nouns the cue governs."""

    speaker: SpeakerPhrase
    cue: str
    cue_start: int
    kind: str  # say, accuse, deny, attribute
    quote: str | None
    direct: bool
    quote_span: tuple[int, int] | None
    evidence: tuple[int, int]
    accused: ActorCandidate | None = None
    about_hint: tuple[int, ...] = ()
    date_text: str | None = None
    trace: tuple[str, ...] = ()


@dataclass(frozen=True)
class CasualtyCandidate:
    """A number of people killed or injured, as the casualties component found it
    (``kg.nlp.casualties``): ``start``/``end`` the count with its bound words ("at least
    seven"), ``sentence`` its sentence, ``triggers`` the offsets of every attack trigger of
    that sentence (real or not: a figure beside a background or denied attack is no figure
    of another one)."""

    kind: str  # "killed" or "injured"
    count: int
    bound: str  # Exact, AtLeast, MoreThan, AtMost, Approximate
    start: int
    end: int
    text: str
    sentence: tuple[int, int]
    triggers: tuple[int, ...] = ()
    total: bool = False  # the sentence sums up ("au total", "in all"): no one attack's when it tells several
    cued: bool = False  # the sentence has a speech verb or "according to": someone gives the figure
    trace: tuple[str, ...] = ()


@dataclass(frozen=True)
class WeaponCandidate:
    """A number of weapons launched or intercepted ("air defences destroyed 41 of 45
    drones"), as the casualties component found it (``kg.nlp.weapons``); the offsets and
    flags are those of ``CasualtyCandidate``."""

    action: str  # "launched" or "intercepted"
    count: int
    bound: str
    start: int
    end: int
    text: str
    weapon: str  # the weapon noun as written
    weapon_class: str
    sentence: tuple[int, int]
    triggers: tuple[int, ...] = ()
    total: bool = False
    cued: bool = False
    trace: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rejection:
    """A candidate a finder or a check turned down, and why (collected for ``kg explain``)."""

    stage: str  # "statement", "event", "link"
    start: int
    end: int
    text: str
    reason: str
    trace: tuple[str, ...] = ()


def to_plain(value: object) -> object:
    """A record as msgpack-safe lists and dicts (nested records included)."""
    if hasattr(value, "__dataclass_fields__"):
        return {name: to_plain(getattr(value, name)) for name in value.__dataclass_fields__}  # type: ignore[union-attr]
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    return value


def from_plain(cls: type, data: object) -> object:
    """The record of type ``cls`` that ``to_plain`` gave ``data`` for (lists back to tuples)."""
    return _decoder(cls)(data)


_DECODERS: dict[object, Callable[[object], object]] = {}


def _decoder(tp: object) -> Callable[[object], object]:
    """The function that rebuilds a value of type ``tp`` from its plain form, made once per
    type: reading the type hints at every value made decoding a few per cent of a build."""
    found = _DECODERS.get(tp)
    if found is None:
        found = _DECODERS[tp] = _make_decoder(tp)
    return found


def _make_decoder(tp: object) -> Callable[[object], object]:
    import types
    import typing

    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        arg = next(a for a in typing.get_args(tp) if a is not type(None))
        return lambda data: None if data is None else _decoder(arg)(data)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return lambda data: None if data is None else tuple(map(_decoder(args[0]), data))  # type: ignore[call-overload]
        return lambda data: None if data is None else tuple(_decoder(a)(x) for a, x in zip(args, data))  # type: ignore[call-overload]
    if isinstance(tp, type) and hasattr(tp, "__dataclass_fields__"):
        fields: dict[str, Callable[[object], object]] = {}

        def decode(data: object) -> object:
            if data is None:
                return None
            if not fields:  # filled on first use: a record type may name itself
                fields.update({k: _decoder(h) for k, h in typing.get_type_hints(tp).items()})
            return tp(**{k: fields[k](v) for k, v in data.items()})  # type: ignore[union-attr]
        return decode
    return lambda data: data
