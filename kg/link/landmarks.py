"""The landmark that places a town, and namesakes abroad that it rules out.

News places a village the reader does not know by what comes right after its name: "Buhimba,
a village on the western edge of Goma in North Kivu", "Chaqra, in the Bint Jbeil district",
"Glubokoe, some ten kilometres north of Kharkiv", "Pale, Sagaing Region", "Tina, ville
frontalière du Tchad au Darfour-Nord". GeoNames often lacks such a village, or holds it only
abroad (a Buhimba in Uganda, a Shaqra in Saudi Arabia, a Pale in Bosnia), and the gazetteer
then picks the namesake abroad: an attack placed in the wrong country, the worst error an
event can carry. The landmark says which country is meant; a town in another country is a
namesake, never the place (``kg.link.articles.ArticleLinker.resolve_place`` then takes the
namesake in the landmark's country, else the landmark's region or country: coarser, right).

A name is a landmark of the one before it only when the words between them say where the
first lies: place nouns, directions, links, distances, numbers, demonyms and country names
(``landmark_words.tsv`` and ``place_words.tsv``). Any other word ("on Monday and shelled")
means two places told side by side, and neither places the other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Callable

from kg.link.cities import conflict_countries
from kg.link.normalize import name_key
from kg.link.tables import DATA_DIR, read_table
from kg.model import EntityMention, Node, Span
from kg.tables import read_rows

if TYPE_CHECKING:
    from kg.link.gazetteer import Gazetteer

MAX_GAP = 70  # characters between a name and its landmark: "a village on the western edge of " fits
_BREAK = re.compile(r"[.;:!?«»\"“”]")
_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s?\b")
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}")


@lru_cache(maxsize=1)
def landmark_words() -> frozenset[str]:
    """The words of ``landmark_words.tsv`` and the number words of the NLP lexicon (every
    language: a gap is short, and the words of one language are no names in the other)."""
    words = {name_key(r["word"]) for r in read_table("landmark_words.tsv")}
    numbers = DATA_DIR.parent / "lexicon" / "number_words.tsv"
    words |= {name_key(r.as_dict()["word"]) for r in read_rows(numbers)}
    return frozenset(w for w in words if w)


def is_landmark_gap(gap: str, place_words: frozenset[str], names_country: Callable[[str], bool]) -> bool:
    """Whether ``gap``, the text between a place name and the next one, only says where the
    first lies (so that the second is its landmark)."""
    if len(gap) > MAX_GAP or _BREAK.search(gap):
        return False
    allowed = landmark_words() | place_words
    for w in _WORD.findall(gap):
        key = name_key(w)
        if not key or key.isdigit() or key in allowed or names_country(w):
            continue
        return False
    return True


APPOSITION_CHARS = 50  # ", a Lebanese border village": a description right after a name
STRAY_MAX_POPULATION = 250_000  # a town this large, named by its own name, is no stray namesake
SOLID_MIN_POPULATION = 100_000  # a town this large says where the article is (Kharkiv, Monywa)
SMALL_PLACE_WORDS = frozenset({"village", "hamlet", "hameau", "bourg", "localite", "locality"})  # name_key forms
PROXIMITY = frozenset({"near", "pres", "outside", "loin"})  # words of a landmark the place is only near


@dataclass
class Landmarks:
    """One article's check of a town against its landmark (see the module docstring).

    ``place`` resolves a mention as the gazetteer reads it alone (no check), ``country_of``
    gives a node's country code, ``node_of`` a node by IRI."""

    text: str
    mentions: list[EntityMention]
    gazetteer: "Gazetteer"
    place: Callable[[EntityMention], Node | None]
    country_of: Callable[[Node], str | None]
    node_of: Callable[[str], Node | None]
    _named: set[str] | None = field(default=None, init=False)
    _scanned: list[tuple[str, str]] | None = field(default=None, init=False)
    _stood_in: set[tuple[int, int]] = field(default_factory=set, init=False)

    def check(self, m: EntityMention, node: Node) -> tuple[Node | None, str | None]:
        """``node`` when nothing says it lies elsewhere; else the namesake in the country the
        text says, or the region or country it names (coarser but right), and why."""
        if "City" not in node.classes:
            return node, None
        code = self.country_of(node)
        if code is None:
            return node, None
        said = self.apposition_codes(m)
        mark = None if said else self.landmark(m)
        if said:
            if code in said:
                return node, None
        elif mark is not None:
            lm, ln, within = mark
            lcode = self.country_of(ln)
            small = bool({name_key(w) for w in _WORD.findall(self.text[m.span.end:lm.span.start])} & SMALL_PLACE_WORDS)
            if lcode is None or lcode == code or (not within and (code in self.named_countries(m)
                                                                  or self.plausible(m, node, code, small))):
                return node, None
            said = {lcode}
        else:
            said = self.stray(m, node, code)
            if not said:
                return node, None
        g = self.gazetteer
        region = mark[1].iri if mark is not None and "Region" in mark[1].classes else None
        other = (g.namesake_in(m.span.text, said, region) if region else None) or g.namesake_in(m.span.text, said)
        why = f"{m.span.text!r} read as {node.labels.get('en')} ({code}) lies outside {'/'.join(sorted(said))}"
        if other is not None:
            return other, why + ": the namesake there"
        if mark is not None:
            ln = mark[1]
            if "City" in ln.classes:
                # the town only placed the village: it is no place hit of its own
                self._stood_in.add((mark[0].span.start, mark[0].span.end))
                up = self.node_of(ln.located_in) if ln.located_in else None
                ln = up if up is not None and "Region" in up.classes else (
                    g.country(mark_code) if (mark_code := self.country_of(ln)) else None)
            return ln, why + ": its landmark's region instead"
        return (g.country(next(iter(said))) if len(said) == 1 else None), why + ": the country named with it"

    def stood_in_for(self, m: EntityMention) -> bool:
        """Whether ``m`` names a town that served as the landmark of a namesake abroad, whose
        region then stood in for it: the town is where the village lies near, not the place hit."""
        return (m.span.start, m.span.end) in self._stood_in

    def landmark(self, m: EntityMention) -> tuple[EntityMention, Node, bool] | None:
        """The next place named right after ``m`` when the words between only say where ``m``
        lies, its node, and whether they say ``m`` lies within it ("in the Kharkiv region",
        "Pale, Sagaing Region") rather than near it. A mention that names no place ("caza")
        is one more word of the gap; of mentions that start together, the longest counts
        ("Kharkiv region", not "Kharkiv"); a landmark the models did not mark ("east of
        Daraa") is read from the words after the gap."""
        words = self.place_words
        after = sorted((x for x in self.mentions if x.span.start >= m.span.end),
                       key=lambda x: (x.span.start, -x.span.end))
        for nxt in after:
            gap = self.text[m.span.end:nxt.span.start]
            if not is_landmark_gap(gap, words, self.names_country):
                break
            node = self.place(nxt)
            if node is None:
                continue
            if "City" in node.classes:  # "Staritsa (région de Kharkiv)" with only "Kharkiv" marked
                segment = self.text[m.span.end:nxt.span.end]
                node = self._region_phrase(segment, gap, len(segment)) or node
            found = self._landmark(nxt, node, gap)
            if found is not None or "Country" not in node.classes:
                return found
            # "ville frontalière du Tchad au Darfour-Nord": the border's country is one more word
        return self._unmarked(m, words)

    def _unmarked(self, m: EntityMention, words: frozenset[str]) -> tuple[EntityMention, Node, bool] | None:
        rest = self.text[m.span.end:m.span.end + MAX_GAP + 40]
        for name in _NAME.finditer(rest):
            gap = rest[:name.start()]
            if not is_landmark_gap(gap, words, self.names_country):
                return None
            if name_key(name.group()) in landmark_words() or self.names_country(name.group()):
                continue
            node = self.gazetteer.find_place(name.group(), frozenset())
            region = self._region_phrase(rest, gap, name.end())  # "(région de Kharkiv)": the region, not the city
            if region is not None:
                node = region
            if node is None:
                return None
            start = m.span.end + name.start()
            return self._landmark(EntityMention(Span(start, start + len(name.group()), name.group()), "place", "GPE"),
                                  node, gap)
        return None

    def _region_phrase(self, rest: str, gap: str, end: int) -> Node | None:
        """The region a region noun at the end of the gap makes of the name ("région de
        Kharkiv", "oblast de Kherson"), else None."""
        g = self.gazetteer
        words = list(_WORD.finditer(gap))
        for w in reversed(words):
            key = name_key(w.group())
            if key in g.words.region:
                node = g.find_place(rest[w.start():end], frozenset())
                return node if node is not None and "Region" in node.classes else None
            if key not in g.words.link:
                return None
        return None

    def _landmark(self, nxt: EntityMention, node: Node, gap: str) -> tuple[EntityMention, Node, bool] | None:
        g = self.gazetteer
        if self.opens_clause(nxt.span.end):
            return None  # "in Novorossiysk, Ukraine's navy said": the next name is a source, not where it lies
        keys = [name_key(w) for w in _WORD.findall(gap)]
        within = ("Region" in node.classes or "Country" in node.classes) and all(
            k in g.words.link or k in g.words.region or k in g.words.city for k in keys) and not set(keys) & PROXIMITY
        if "Country" in node.classes and not within:
            return None  # "near Ukraine", "close to Lebanon": a border, not where the town lies
        return nxt, node, within

    def opens_clause(self, end: int) -> bool:
        """Whether the words right after a would-be landmark make it the start of a clause of
        its own — a possessor ("Ukraine's navy said") or a subject with its verb ("Ukraine
        said", "Kyiv claimed") — rather than the end of a place phrase ("Pale, Sagaing Region,",
        "Goma in North Kivu", "Kamanyola, South Kivu province"): a source named after a town
        ("…in Novorossiysk, Ukraine said") would otherwise place the town in its country."""
        rest = self.text[end:end + 40]
        if _POSSESSIVE.match(rest):
            return True
        word = _NEXT_WORD.match(rest)
        if word is None:
            return False
        key = name_key(word.group(1))
        return word.group(1)[:1].islower() and key not in self.place_words and key not in landmark_words()

    @cached_property
    def place_words(self) -> frozenset[str]:
        """The gazetteer's place nouns, directions and links: the words a landmark phrase is made of."""
        w = self.gazetteer.words
        return frozenset(w.city | w.region | w.direction | w.link)

    def stray(self, m: EntityMention, node: Node, code: str | None) -> set[str]:
        """The countries of the article's other towns and regions when ``node``, a small town
        or one read by an alternate name, lies in a country the article names nowhere else
        (no country name, no demonym, no other place): "Russian shelling killed a farmer in
        Glubokoe … a drone hit a tram depot in Kharkiv" is no attack in Belarus. Empty when
        the town's country is named, or when no other place says where the article is."""
        if code is None or code in self.country_words():
            return set()
        g = self.gazetteer
        words = self.country_words()
        # only places that cannot be strays themselves say where the article is: a region, a
        # large town, a curated one, a town of a country the article names (two strays abroad
        # agree on nothing)
        others = {c for x, n, c in self.other_places(m) if self.solid(x, n, c, words)} | self.unmarked_countries(m)
        if not others or code in self.other_countries(m):
            return set()
        return set() if self.plausible(m, node, code) else others

    def plausible(self, m: EntityMention, node: Node, code: str, small: bool = False) -> bool:
        """A large town, or a town of a conflict area, read by its own name is a plausible
        target whatever else the article names ("Israeli aircraft bombed a house in the town
        of Nabatieh … a Hezbollah drone hit a post near Metula": no country named, Nabatieh is
        Lebanese; "Taganrog, some 80 km from Mariupol" is Russian): only a region the text
        puts it in says otherwise."""
        if name_key(m.span.text) not in {name_key(x) for x in node.labels.values()}:
            return False
        # a town the text calls a village ("Blida, village frontalier du Liban-Sud") is no
        # city of 300 000 people, however large its namesake
        small = small or self.called_small(m)
        large = not small and self.gazetteer.population_of(node) >= STRAY_MAX_POPULATION
        return large or code in conflict_countries()

    def solid(self, x: EntityMention, n: Node, code: str, words: set[str]) -> bool:
        """Whether a place says where the article is (it cannot be a stray namesake itself): a
        region, a large or curated town, a town of a country the article names, or a town of
        a conflict area by its own name."""
        g = self.gazetteer
        return ("Region" in n.classes or code in words or g.population_of(n) >= SOLID_MIN_POPULATION
                or g.is_curated(n) or code in conflict_countries()
                and name_key(x.span.text) in {name_key(v) for v in n.labels.values()})

    def called_small(self, m: EntityMention) -> bool:
        """Whether the words just around the name call it a village ("the village of Blida",
        "Blida, a border village", "le hameau de X")."""
        before = _WORD.findall(self.text[max(0, m.span.start - 30):m.span.start])[-3:]
        after = _WORD.findall(self.text[m.span.end:m.span.end + 30])[:4]
        return bool({name_key(w) for w in before + after} & SMALL_PLACE_WORDS)

    def names_country(self, word: str) -> bool:
        g = self.gazetteer
        return bool(g.country_for_demonym(word) or (word[:1].isupper() and g.country_code(word)))

    def apposition_codes(self, m: EntityMention) -> set[str]:
        """The country of a demonym describing the name with a place noun, just before it
        ("the south Lebanese village of Houla") or in an apposition after it ("Blida, a
        Lebanese border village", "Kfar Kila, un village libanais")."""
        g = self.gazetteer
        nouns = g.words.city | g.words.region
        codes: set[str] = set()
        after = self.text[m.span.end:m.span.end + APPOSITION_CHARS]
        appo = re.match(r"\s*,([^,.;:()]*)", after)
        if appo:
            words = _WORD.findall(appo.group(1))
            if any(name_key(w) in nouns for w in words):
                codes |= {c for w in words if (c := g.country_for_demonym(w))}
        return codes

    def named_countries(self, m: EntityMention) -> set[str]:
        """The countries the article names otherwise than by ``m``'s name: country names and
        demonyms anywhere, and the countries of its other towns and regions."""
        return self.country_words() | self.other_countries(m)

    def country_words(self) -> set[str]:
        """The countries whose names or demonyms the article writes, anywhere."""
        if self._named is None:
            words = _WORD.findall(self.text)
            codes = {c for w in words if (c := self.gazetteer.country_for_demonym(w))}
            codes |= {c for w in words if w[:1].isupper() and (c := self.gazetteer.country_code(w))}
            for a, b in zip(words, words[1:]):
                if a[:1].isupper() and b[:1].isupper() and (c := self.gazetteer.country_code(f"{a} {b}")):
                    codes.add(c)
            self._named = codes
        return self._named

    def other_countries(self, m: EntityMention) -> set[str]:
        """The countries of the article's towns and regions other than those named like ``m``."""
        return {c for _, _, c in self.other_places(m)}

    def unmarked_countries(self, m: EntityMention) -> set[str]:
        """The countries of large towns and regions the article names where the models marked
        no place ("… à fuir Monywa"), by their own names, other than ``m``'s name: evidence
        of where the article is."""
        if self._scanned is None:
            g = self.gazetteer
            marked = [(x.span.start, x.span.end) for x in self.mentions]
            found: list[tuple[str, str]] = []
            for name in _NAME.finditer(self.text):
                if any(a < name.end() and name.start() < b for a, b in marked):
                    continue
                key = name_key(name.group())
                node = g.find_place(name.group())
                if node is None or "Country" in node.classes or key not in {name_key(x) for x in node.labels.values()}:
                    continue
                if "Region" in node.classes or g.population_of(node) >= SOLID_MIN_POPULATION or g.is_curated(node):
                    code = self.country_of(node)
                    if code:
                        found.append((key, code))
            self._scanned = found
        own = name_key(m.span.text)
        return {c for k, c in self._scanned if k != own}

    def other_places(self, m: EntityMention) -> list[tuple[EntityMention, Node, str]]:
        own = name_key(m.span.text)
        return [(x, n, c) for x in self.mentions if name_key(x.span.text) != own
                for n in [self.place(x)] if n is not None and "Country" not in n.classes
                for c in [self.country_of(n)] if c]
