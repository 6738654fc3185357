"""Local bodies as actors: a body that speaks in its own name and is named by its place
("the Mykolaiv city council", "le parquet régional de Kharkiv", "the Kutum emergency
response room", "l'administration militaire de la ville de Kherson").

A local body is "the body of its place": one node per (kind, place), so the same body named
in English and French, in several articles, is one node. The kinds and the words that name
them are data (``local_body_kinds.tsv``, ``local_body_words.tsv``); the kind says the level
of place it belongs to (a town, a region, either), what it is a member of (the place's
administration, the country, nothing) and how to label it in each language. The kind
``administration`` makes no node of its own: it is the place's administration node
(:meth:`kg.link.gazetteer.Gazetteer.administration`), the node "Kursk regional authorities"
and "the Kherson city military administration" always were.

Where the place comes from is decided by two finders, tried in order (the name goes into the
statement's trace, ``kg explain``):

- ``named_place``: the place named in the phrase ("the Mykolaiv city council");
- ``sentence_place``: for a body named bare ("the municipality", "selon la mairie de la
  ville"), the one place of the body's level that its own sentence names ("… a school in
  Lipetsk …, selon la mairie de la ville");
- ``sole_place``: else the one place of the body's level that the article names (every town
  of the article for a town's body, every region its places lie in for a region's: "the
  regional prosecutor's office" in an article about the Kherson region only); two or none,
  and there is no node: a statement or figure whose source is no actor is left out rather
  than given to the wrong body (the last town named before is no proof: "Drones hit Kharkiv
  and Sumy. The city's mayor's office said …" names no one).

A body whose place is a country, or cannot be resolved, makes no node (the country's own
institutions are ``institutions.tsv``'s).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from kg.link.iris import BASE, org_iri
from kg.link.normalize import french_de, name_key, tokens
from kg.link.tables import read_table
from kg.model import Node

BODY_PREFIX = "body-"
ADMINISTRATION = "administration"


@dataclass(frozen=True)
class BodyKind:
    """One kind of local body (a row of ``local_body_kinds.tsv``)."""

    key: str
    level: str  # city | region | any
    member: str  # administration | country | none | self
    bare: bool  # may be named without its place (local_body_kinds.tsv)
    labels: tuple[tuple[str, str, str], ...]  # (place level, lang, template)

    def template(self, level: str, lang: str) -> str:
        return next((t for lv, lg, t in self.labels if lv == level and lg == lang), "")


@dataclass(frozen=True)
class BodyWords:
    """A kind named in a phrase: the kind, the words as found and whether a regional
    adjective makes the body the region's."""

    kind: BodyKind
    words: tuple[str, ...]
    regional: bool


@dataclass(frozen=True)
class LocalBodyMatch:
    """What a finder decided: the body's kind, its place and the finder's name."""

    kind: BodyKind
    place: Node
    finder: str


@lru_cache(maxsize=1)
def body_kinds() -> dict[str, BodyKind]:
    """The kinds of ``local_body_kinds.tsv`` by key."""
    out = {}
    for r in read_table("local_body_kinds.tsv"):
        labels = tuple((lv, lang, r[f"{lang}_{lv}"]) for lv in ("city", "region") for lang in ("en", "fr")
                       if r[f"{lang}_{lv}"])
        out[r["kind"]] = BodyKind(r["kind"], r["level"], r["member"], r["bare"] == "yes", labels)
    return out


@lru_cache(maxsize=1)
def _kind_words() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(words, kind) of ``local_body_words.tsv``, longest first (every language: a French
    article quoting "civil defence" is rare, and the words of the two languages never clash)."""
    kinds = body_kinds()
    rows = [(tokens(r["word"]), r["kind"]) for r in read_table("local_body_words.tsv")]
    for _, kind in rows:
        if kind not in kinds:
            raise ValueError(f"local_body_words.tsv: unknown kind {kind!r}")
    return tuple(sorted(rows, key=lambda x: -len(x[0])))


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    n = len(part)
    return n > 0 and any(tuple(words[i: i + n]) == tuple(part) for i in range(len(words) - n + 1))


def body_words(text: str, regional_adjectives: Iterable[str]) -> BodyWords | None:
    """The kind of local body a phrase names, by its longest word of ``local_body_words.tsv``
    ("the Kherson city military administration" -> administration; "le parquet régional" ->
    prosecutor, regional), or None."""
    words = tokens(text)
    adjectives = frozenset(regional_adjectives)
    for part, kind in _kind_words():
        if _contains(words, part):
            regional = any(w in adjectives or w == "oblast" for w in words)
            return BodyWords(body_kinds()[kind], part, regional)
    return None


def body_iri(kind: BodyKind, place: Node) -> str:
    """``org/body-<kind>-<place's local id>``: a pure function of the kind and the place."""
    return org_iri(f"{BODY_PREFIX}{kind.key}-{place.iri.rsplit('/', 1)[-1]}")


def is_local_body(iri: str | None) -> bool:
    """Whether an IRI is a local body's node (not the administration kind, which is the
    place's administration node)."""
    return bool(iri) and iri.startswith(f"{BASE}org/{BODY_PREFIX}")


def place_level(place: Node) -> str | None:
    """"city" or "region" for a place a local body can belong to; None for a country (or
    anything else)."""
    if "Country" in place.classes:
        return None
    if "Region" in place.classes:
        return "region"
    if "City" in place.classes:
        return "city"
    return None


def body_node(kind: BodyKind, place: Node, names: dict[str, str], member: str | None,
              written: str | None, lang: str | None) -> Node | None:
    """The node of kind ``kind`` of ``place``: labelled from the kind's templates with the
    place's short names (``names``: lang -> name), member of ``member``; the phrase as
    written is an alternate name. None when the kind has no label at the place's level."""
    level = place_level(place)
    if level is None:
        return None
    labels = {}
    for lang_ in ("en", "fr"):
        template = kind.template(level, lang_)
        name = names.get(lang_) or names.get("en", "")
        if template and name:
            labels[lang_] = template.replace("{place}", name).replace("{de}", french_de(name))
    if not labels:
        return None
    node = Node(iri=body_iri(kind, place), classes={"Organization"}, labels=labels, member_of=member)
    if written and name_key(written) not in {name_key(x) for x in labels.values()}:
        node.alt_labels.add((written, lang or "mul"))
    return node


# ---------- where the place comes from: the finders ----------

PlaceFinder = Callable[[BodyWords, "PlaceContext"], Node | None]


@dataclass(frozen=True)
class PlaceContext:
    """What the finders may look at: the place the phrase names (None when bare), the
    places the article names (resolved, datelines left out) and how to go from a place to
    its region or from a region to its capital of the same name."""

    named: Node | None
    article_places: tuple[Node, ...]
    sentence_places: tuple[Node, ...]
    region_of: Callable[[Node], Node | None]
    city_of: Callable[[Node], Node | None]


def _at_level(words: BodyWords, place: Node, ctx: PlaceContext) -> Node | None:
    """``place`` at the body's level: a region for a regional body or a region's kind; a
    town for a town's kind (a region named like its capital gives the capital); None when it
    has none."""
    level = place_level(place)
    if level is None:
        return None
    want = "region" if words.regional or words.kind.level == "region" else words.kind.level
    if want == "region":
        return place if level == "region" else ctx.region_of(place)
    if want == "city":
        return place if level == "city" else ctx.city_of(place)
    return place


def named_place(words: BodyWords, ctx: PlaceContext) -> Node | None:
    """The place the phrase names: "the Mykolaiv city council", "les autorités régionales de
    Koursk" (the region, not the town), "la mairie de Riazan" (the town, not the region)."""
    return _at_level(words, ctx.named, ctx) if ctx.named is not None else None


def _one_place(words: BodyWords, places: Iterable[Node], ctx: PlaceContext) -> Node | None:
    """The one place of the body's level among ``places`` (countries aside); None for two
    or none, or for a place whose town or region is unknown (it may be another one); None
    for a kind never named bare, or of no level of its own with no word of level."""
    if not words.kind.bare or (words.kind.level == "any" and not words.regional):
        return None
    found: dict[str, Node] = {}
    for p in places:
        if place_level(p) is None:
            continue  # a country says nothing of which town or region
        at = _at_level(words, p, ctx)
        if at is None:
            return None  # a place whose town or region is unknown: it may be another one
        found[at.iri] = at
    return next(iter(found.values())) if len(found) == 1 else None


def sentence_place(words: BodyWords, ctx: PlaceContext) -> Node | None:
    """The one place of the body's level its own sentence names, for a body named bare
    ("Rockets hit Kiryat Shmona …, the municipality said"); None when it names two or none."""
    return None if ctx.named is not None else _one_place(words, ctx.sentence_places, ctx)


def sole_place(words: BodyWords, ctx: PlaceContext) -> Node | None:
    """The one place of the body's level the article names, for a body named bare ("the
    regional prosecutor's office" in an article about the Kherson region only); None when
    the article names two (Kharkiv and Sumy) or none."""
    return None if ctx.named is not None else _one_place(words, ctx.article_places, ctx)


PLACE_FINDERS: tuple[tuple[str, PlaceFinder], ...] = (
    ("named_place", named_place), ("sentence_place", sentence_place), ("sole_place", sole_place))


def find_local_body(words: BodyWords, ctx: PlaceContext) -> LocalBodyMatch | None:
    """The first finder that gives the body a place decides (``PLACE_FINDERS``)."""
    for name, finder in PLACE_FINDERS:
        place = finder(words, ctx)
        if place is not None:
            return LocalBodyMatch(words.kind, place, name)
    return None


def no_actor_reason(text: str) -> str:
    """Why a speaker phrase is no actor, for ``kg explain``: a local body whose place the
    phrase does not name and the article does not make unambiguous says so."""
    words = body_words(text, ())
    if words is None:
        return "the speaker is no actor"
    return (f"the speaker is no actor: a local body ({words.kind.key}) whose place neither its words nor the "
            f"article make unambiguous")
