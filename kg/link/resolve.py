"""Map the NLP stage's mentions to canonical nodes: the :class:`Linker`.

Rules for an actor mention, in order (the first that applies wins):

1. A curated person whose alias the mention contains ("Dmitri Peskov, porte-parole du
   Kremlin") is that person.
2. A spaCy person (``PER``) is a person node keyed by the spelling-folded name
   (:func:`kg.link.persons.person_key`); a surname alone takes the full name of the one
   person of the article with that surname (``article_persons``). A role in the mention
   adds ``gev:role`` and the organisation of its head (rule 3's search).
3. A mention with a ``role`` ("porte-parole", "spokesperson") and no name is a functionary
   scoped to the article: IRI from the article key, the organisation and the role
   (:func:`kg.link.iris.scoped_person_iri`), ``memberOf`` the organisation found in the
   head phrase — a curated/generated actor ("diplomatie américaine"), the state ("du
   gouvernement ukrainien"), a place's body ("de l'hôpital de Kadugli") or the administration
   of a place ("de la région de Koursk"). A territorial title whose head is a place named
   elsewhere ("the regional governor" after "Smolensk region", the NLP stage's head) is the
   office of that region (of a city's region), also named "governor of the Smolensk region".
4. A curated or generated actor alias ("le Kremlin", "Russia's defence ministry"), unless the
   mention names only other countries ("Bangladesh's Foreign Office" is not the British one);
   an organisation's full name with its acronym in brackets is that organisation, member of
   its state ("L'Administration des ports maritimes d'Ukraine (USPA)").
5. The state (the country node): a country name, a capital used as an actor ("Moscou a
   démenti", "Washington says"), a demonym group ("les Russes"), or one of those with a
   state word ("gouvernement russe", "the Ukrainian authorities", "le régime de Kiev").
6. A place's own body (``body_words.tsv``: "Novozybkov's town council", "l'état-major
   opérationnel de la région de Belgorod"): an organisation named as written, member of the
   place's administration. Else a region or city used as an actor, or a phrase of
   ``admin_words.tsv`` about one ("Kursk regional administration"): the administration
   governing it.
   A body named bare whose place the NLP stage found elsewhere (the mention's head, no role:
   "the municipality" after "Nahariya", "the regional operational headquarters" after
   "Krasnodar region"): the town's or region's administration, or a body of its own member
   of it.
7. A spaCy organisation not in the tables: an ad-hoc node keyed by its normalized name; a
   phrase the model did not call an organisation, with a noun of ``org_head_words.tsv`` and a
   capitalised name word or a demonym ("Israel's Airports Authority", "la télévision d'État
   MRTV"): the same, member of the country its words name.

Also: a courtesy title before a name ("M. Gladkov", "Daw Khin Mar Lwin") makes a person
whatever the entity label; "a source in <organisation>" is that organisation (the news
convention for unnamed sources), unless the organisation is a state.

Anything else (pronouns, common nouns) is None: the NLP stage resolves those first.
The linker keeps no state between articles: :meth:`Linker.for_article` gives the linker of
one article, whose only memory is the nodes it made for that article (so that
:meth:`Linker.closure` can return them), dropped with it.
"""
from __future__ import annotations

import copy
import re

from functools import lru_cache
from typing import Iterable, Sequence

from kg.link.gazetteer import Gazetteer, copy_node, default_gazetteer
from kg.link.iris import org_iri, person_iri, scoped_person_iri
from kg.link.local_bodies import ADMINISTRATION, LocalBodyMatch, PlaceContext, body_node, body_words, find_local_body
from kg.link.normalize import french_de, has_upper, name_key, normalize_name, slug, tokens
from kg.link.persons import person_key, surname_sound
from kg.link.tables import read_table
from kg.tables import data_table
from kg.model import EntityMention, Node

PERSON_LABELS = frozenset({"PER", "PERSON"})


def _name_words(use: str) -> list[str]:
    """The words of ``name_words.tsv`` with that use (every language), in table order."""
    return [r["word"] for r in read_table("name_words.tsv") if r["use"] == use]


# words that introduce the organisation of a role: "porte-parole DE la diplomatie", "spokesman FOR"
_ROLE_GLUE = frozenset(w.lower() for w in _name_words("role_glue"))
# "l'hôpital Al-Awda DE Jabalia", "the Al-Awda hospital IN Jabalia": words between a body's name and its place
_PLACE_GLUE = frozenset(t for w in _name_words("place_glue") for t in tokens(w))
# "a Malian security source": a kind of informant, which leaves the demonym as its state
_SOURCE_KINDS = frozenset(t for w in _name_words("source_kind") for t in tokens(w))
_ARTICLES = frozenset(w.lower() for w in _name_words("article"))

# the words before an organisation's name in what is left of a role phrase ("le  de l'hôpital")
_LEADING_GLUE = re.compile(r"^(?:\s*(?:(?:le|la|les|the|a|an|un|une|de|du|des|of|for|at|à|in|au|aux)\b|l['’]|d['’]))+\s*",
                           re.I)

# "Full Name of an Organisation (ACRONYM)", the bracket maybe cut by the parse
_NAME_AND_ACRONYM = re.compile(r"^(.+?)\s*\(\s*([A-Z][A-Za-z]{1,7})?\s*\)?$")

# the longest phrase a place's body is named with ("the Belgorod region's operational headquarters")
BODY_MAX_WORDS = 10
# "Novozybkov's town council" is named "Novozybkov town council"
_POSSESSIVE_S = re.compile(r"(?<=\w)['’]s\b")


@lru_cache(maxsize=1)
def _territorial_roles() -> frozenset[str]:
    """Titles that hold a region's office ("governor"), from the NLP lexicon's speaker words."""
    return frozenset(name_key(r.cells[2]) for r in data_table("lexicon", "speaker_words.tsv")
                     if len(r.cells) > 2 and r.cells[1] == "territorial")


@lru_cache(maxsize=None)
def _lexicon_speaker_words(use: str) -> frozenset[str]:
    """Words of one use of the NLP lexicon's ``speaker_words.tsv`` (every language), as name keys."""
    return frozenset(name_key(r.cells[2]) for r in data_table("lexicon", "speaker_words.tsv")
                     if len(r.cells) > 2 and r.cells[1] == use)


@lru_cache(maxsize=1)
def _without_body_words(text: str, words: Sequence[str]) -> str:
    """``text`` without the words that name a kind of local body: they name no place ("Police
    said": not the Polish town of Police; "la police de la région de Kharkiv": Kharkiv)."""
    return re.sub(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", " ", text, count=1, flags=re.IGNORECASE)


def _body_words() -> tuple[str, ...]:
    """The nouns of a place's own bodies (``body_words.tsv``, every language)."""
    return tuple(r["word"] for r in read_table("body_words.tsv"))


@lru_cache(maxsize=None)
def _words(table: str) -> frozenset[str]:
    return frozenset(name_key(r["word"]) for r in read_table(table))


@lru_cache(maxsize=1)
def _media_words() -> dict[str, str]:
    """Word -> use ("media" or "state"), from media_words.tsv."""
    return {name_key(r["word"]): r["use"] for r in read_table("media_words.tsv")}


@lru_cache(maxsize=1)
def _role_adjectives() -> dict[str, str]:
    """Adjective -> institution type ("militaire" -> armed-forces), from role_adjectives.tsv."""
    return {name_key(r["word"]): r["type"] for r in read_table("role_adjectives.tsv")}


@lru_cache(maxsize=1)
def _role_languages() -> dict[str, str]:
    """Role noun -> language, from the NLP lexicon (roles.tsv), to tag ``gev:role``."""
    langs: dict[str, str] = {}
    for lang, role, *_ in (r.cells + ("",) for r in data_table("lexicon", "roles.tsv")):
        langs.setdefault(name_key(role), lang)
    return langs


_HONORIFICS = frozenset(w.lower() for w in _name_words("honorific"))
_SOURCE_ROLES = frozenset(name_key(w) for w in _name_words("source"))


def _without_honorific(name: str) -> str:
    """"Ms Kovrigina" -> "Kovrigina", "M. Gladkov" -> "Gladkov": the name without a courtesy title."""
    head, _, rest = name.partition(" ")
    return rest.strip() if rest.strip() and head.lower().rstrip(".") in _HONORIFICS else name


# particles inside a person's name that are not capitalised ("Abou al-Hassan", "Ursula von X")
_NAME_PARTICLES = frozenset({"de", "du", "da", "di", "van", "von", "der", "al", "el", "bin", "ben", "ibn", "abu", "abou"})


# one name with the Arabic article and nothing else ("al-Hadath", "Al-Araby TV", "el-Watan")
_ARABIC_ARTICLE_NAME = re.compile(r"(?:[Aa]l|[Ee]l)[-‑][A-Z][\w'’]+(?:\s+(?:TV|[A-Z][\w'’]+))?")


def _proper_body(text: str) -> bool:
    """Whether a mention is a body's proper name: two capitalised words before "of"/"de" that
    are no article ("the Civil Aviation Authority of Israel", "Airports Authority of India"),
    not a description that holds a state ("le régime de Kiev", "the Kyiv authorities")."""
    head = re.split(r"\s(?:of|de|du|des|d['’])\s", " " + " ".join(text.split()) + " ", maxsplit=1)[0].split()
    caps = [w for w in head if w[:1].isupper() and w.lower() not in _ARTICLES]
    return len(caps) >= 2 and len(head) >= 2


def _honorific_name(text: str) -> bool:
    """Whether a mention is a courtesy title and a name ("M. Gladkov", "Daw Khin Mar Lwin",
    "Mme Lebreton"): a person, whatever entity label (place, none) the model gave it."""
    words = _without_article(text).split()
    title = words[0].rstrip(".") if words else ""
    if len(words) < 2 or len(words) > 5 or title.lower() not in _HONORIFICS or (len(title) > 1 and title.isupper()):
        return False  # not "DR Congo"
    return all(w[:1].isupper() or w.lower().split("-")[0] in _NAME_PARTICLES for w in words[1:]) \
        and words[-1][:1].isupper()


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    """Whether ``part`` is a contiguous run of ``words``."""
    n = len(part)
    return n > 0 and any(tuple(words[i: i + n]) == tuple(part) for i in range(len(words) - n + 1))


def _clean_role(role: str) -> str:
    role = " ".join(role.split())
    return role[:1].lower() + role[1:] if role[1:] == role[1:].lower() else role


def _without_article(text: str) -> str:
    """The mention as written, minus a leading determiner ("le Kremlin" -> "Kremlin")."""
    text = " ".join(text.split()).strip(" ,;:.")
    head, _, rest = text.partition(" ")
    if rest and head.lower() in _ARTICLES:
        return rest
    if text[:2].lower() == "l'" or text[:2].lower() == "l’":
        return text[2:]
    return text


_ELIDED = re.compile(r"^[LlDd]['’]\s*")


def _body_of_people(name: str) -> str:
    """"Medics at Nasser Hospital", "les médecins de l'hôpital Nasser": the people of a body
    speak for it, so the body named after the preposition is the organisation; other names
    as they are. The rest must name a body (a word of ``org_head_words.tsv``): "Médecins du
    Monde" and "Doctors of the World" are organisations of their own, not doctors of "Monde"."""
    people = _PEOPLE_OF.match(name)
    if people is None:
        return name
    body = _bare_name(name[people.end():])
    return body if set(tokens(body)) & _words("org_head_words.tsv") else name


def _bare_name(text: str) -> str:
    """The mention minus its determiner and an elided "l'"/"d'" left after it ("de l'Agence
    …", "d'Ukrzaliznytsia"): the words a name made of the text starts with."""
    return _ELIDED.sub("", _without_article(text))


# a capitalised name after "de/of/for/at" (articles dropped), up to a comma or parenthesis
_NAMED_ORG = re.compile(r"(?:\b(?:de|du|des|of|for|at|à)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?)"
                        r"((?:[A-ZÀ-Ý][\w'’-]*)(?:\s+(?:[\w'’-]+))*?)\s*(?:[,(]|$)")

# the people of a body before the body's name ("Medics at Nasser Hospital", "les médecins de
# l'hôpital Nasser"): a ``people_of`` word, then a preposition
_PEOPLE_OF = re.compile(rf"^(?:{'|'.join(map(re.escape, _name_words('people_of')))})\s+"
                        r"(?:at|of|from|in|de|du|des|d['’]|à|au|aux)(?:\s+|(?<=['’]))", re.IGNORECASE)

# words that end an organisation's name inside a role phrase: "un porte-parole de l'OMS
# lors d'un point de presse à Genève" names the OMS, not Geneva
_BEYOND_NAME = re.compile(rf"\s+(?:{'|'.join(_name_words('beyond_name'))})\b")


def _without_head_noun(text: str) -> str:
    """"de la société Zorvakia Holdings" -> "de la Zorvakia Holdings": a lowercase noun of
    ``org_head_words.tsv`` before a capitalised name is the kind of the organisation the name
    names ("un porte-parole de la société X", "a spokesman for the company X")."""
    heads = _words("org_head_words.tsv")
    return re.sub(r"\b([a-zà-ÿ][\w'’-]*)\s+(?=[A-ZÀ-Ý])",
                  lambda m: "" if name_key(m.group(1)) in heads else m.group(0), text)


class Linker:
    """Resolves place and actor mentions to :class:`~kg.model.Node` objects."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        # the nodes made (not found in the gazetteer) while linking one article, for closure():
        # None on a shared linker, which then keeps nothing from one call to the next
        self._made: dict[str, Node] | None = None

    def for_article(self) -> Linker:
        """A linker for one article: the same (read-only) gazetteer, and a memory of the
        nodes made for this article only, dropped with it, so that nothing grows with the
        corpus in a long build."""
        scoped = copy.copy(self)
        scoped._made = {}
        return scoped

    # ---------- places ----------

    def place(self, mention_text: str, context_codes: frozenset[str] = frozenset(),
              lang: str | None = None) -> Node | None:
        """The country, region or city a place mention names, or None.

        With ``lang``, a bare name written differently from the node's labels ("Hajja") is
        added to the returned copy's ``alt_labels`` as a name seen in that language.
        """
        node = self.gazetteer.find_place(mention_text, context_codes)
        if node is not None and lang:
            seen = _without_article(mention_text)
            known = {name_key(x) for x in node.labels.values()} | {name_key(x) for x, _ in node.alt_labels}
            w = self.gazetteer.words
            phrase_words = w.region | w.city | w.country | w.direction | w.link
            words = tokens(seen)
            if (seen and name_key(seen) not in known and len(words) <= 3 and has_upper(seen)
                    and not any(x in phrase_words for x in words)):
                node.alt_labels.add((seen, lang))  # a bare name as written, not a phrase
        return node

    def context_for(self, texts: Iterable[str]) -> frozenset[str]:
        """The ISO2 codes of the countries that place names, demonyms or country names in
        ``texts`` point to: the ``context_codes`` for the article's other lookups."""
        codes: set[str] = set()
        g = self.gazetteer
        for text in texts:
            code = g.country_code(text) or g.country_for_demonym(text)
            if code is None:
                node = g.find_place(text)
                code = self._country_of(node) if node is not None else None
            if code:
                codes.add(code)
        return frozenset(codes)

    def _country_of(self, node: Node) -> str | None:
        for n in self.closure(node):
            if n.country_code:
                return n.country_code
        return None

    # ---------- actors ----------

    def actor(self, mention: EntityMention, article_key: str, context_codes: frozenset[str] = frozenset(),
              lang: str | None = None, article_persons: Sequence[str] = (),
              article_places: Sequence[Node] = (), sentence_places: Sequence[Node] = ()) -> Node | None:
        """The node of the actor a mention names (see the module docstring for the rules).

        ``lang`` tags the role and generated labels (else the role's language in the NLP
        lexicon); ``article_persons`` are the person names found in the article, to expand
        a surname alone; ``article_places`` the places it names and ``sentence_places`` those
        the mention's sentence names, which a local body named without its place may belong
        to (``kg.link.local_bodies``).
        """
        text = " ".join(mention.span.text.split()).strip(" ,;:")
        last = text.split()[-1] if text else ""
        if not text or (name_key(text) in _words("non_actors.tsv") and not (last.isupper() and len(last) > 1)):
            return None  # a pronoun ("who", "il"), unless written as an acronym ("the WHO said")
        ctx = frozenset(c.upper() for c in context_codes)
        label = (mention.label or "").upper()
        role = _clean_role(mention.role) if mention.role and mention.role.strip() else None
        g = self.gazetteer

        if mention.head is not None and any(w in _lexicon_speaker_words("counterpart") for w in tokens(text)):
            return self._counterpart(text, mention, role, article_key, ctx, lang)
        found = g.find_actor(text, ctx)
        if found is not None and self._of_another_country(found, text):
            found = None  # "Bangladesh's Foreign Office" is not the British one
        if found is not None and "Person" in found.classes:
            return self._remember(found)
        if label not in PERSON_LABELS and not role:
            part = self._sub_body(found, text, ctx, lang)
            if part is not None:
                return part
        if (label in PERSON_LABELS or _honorific_name(text)) and not (found is not None and self._covers(found, text)):
            return self._person(text, mention, role, ctx, lang, article_persons)
        if role and not (found is not None and self._role_in_name(found, role, text)):
            if name_key(role) in _SOURCE_ROLES:
                # "a source in Ukraine's military intelligence": the organisation speaks (not a
                # state: "a Ukrainian source" stays a source of that state)
                org = self._organisation_of(mention.head.text if mention.head is not None else text, role, ctx)
                if org is not None and "Country" not in org.classes:
                    return org
                # "a security source said": an informant tied to no organisation or state is no
                # actor (the corpus leaves it optional); a node named "source" would be junk
                return self._functionary(text, mention, role, article_key, ctx, lang, found)
            return self._functionary(text, mention, role, article_key, ctx, lang, found,
                                     article_places, sentence_places)
        if found is not None:
            return self._remember(found)
        if label == "DESC":
            # "les autorités installées par Moscou en Crimée": neither the state nor the place
            # inside the description speaks
            return self._named_body(text, label, lang) or self._adhoc_org(text, label, lang)
        named = self._named_with_acronym(text, ctx, lang) if label == "ORG" else None
        if named is not None:
            return named
        if label not in PERSON_LABELS:
            places = list(article_places)
            if mention.head is not None and not role:
                # the town or region the NLP stage found before a body named bare ("Nahariya",
                # which the model may have tagged as an organisation): one of the article's places
                g_head = g.find_place(mention.head.text, ctx) or g.find_place_in(mention.head.text, ctx)
                places += [g_head] if g_head is not None else []
            local = self.local_body(text, ctx, lang, places, sentence_places)
            if local is not None:
                return local[0]
            if self.bare_local_body(text, ctx):
                return None  # a body named bare whose place the article leaves ambiguous: no one speaks
        media = self._collective_media(text, lang)
        if media is not None:
            return media
        state = self._state(text, ctx) or self._state_in(text, ctx)
        if state is not None and label == "ORG" and not self._state(text, ctx) and _proper_body(text):
            state = None  # "the Airports Authority of India" is a body of its own, not India
        if state is not None and _POSSESSIVE_S.search(text) and self._owned_proper_body(text):
            state = None  # "Ukraine's State Emergency Service": the body the country owns, not the country
        if state is not None and not self._state(text, ctx) and not any(
                g.demonyms.index.get(w) for w in tokens(text)):  # "Ukrainian authorities in Kharkiv" stay the state
            # "authorities in Russia's Krasnodar region": the region's administration, not
            # the state its country name makes of the phrase
            own = self._administration(text, ctx, loose=False)
            if own is not None and "Country" not in own.classes and self._country_of(own) == state.country_code:
                return own
        if state is not None:
            return state
        if self._surname_of(text, article_persons):
            return self._person(text, mention, None, ctx, lang, article_persons)
        if label not in PERSON_LABELS and _ARABIC_ARTICLE_NAME.fullmatch(_without_article(text)) \
                and g.find_place(text, ctx) is None:
            # "Selon al-Hadath", "al-Nujaba said": a name with the Arabic article that is no
            # place the gazetteer knows is an organisation (a channel, a group), named as written
            return self._adhoc_org(text, "ORG", lang)
        body = self._body(text, ctx, lang)
        if body is not None:
            return body
        if mention.head is not None and not label:
            bare = self._place_body(text, mention.head.text, ctx, lang)
            if bare is not None:
                return bare
        admin = self._administration(text, ctx, loose=label in {"GPE", "LOC", ""})
        if admin is not None:
            return admin
        named = self._named_body(text, label, lang) if label not in PERSON_LABELS else None
        if named is not None:
            return named
        return self._adhoc_org(text, label, lang)

    def local_body(self, text: str, ctx: frozenset[str], lang: str | None, article_places: Sequence[Node] = (),
                   sentence_places: Sequence[Node] = ()) -> tuple[Node, LocalBodyMatch] | None:
        """A local body (rule 6, ``kg.link.local_bodies``): a phrase with a word of
        ``local_body_words.tsv`` and its place ("the Mykolaiv city council", "les autorités
        régionales de Koursk"), or without it and the one place of its level the article names
        ("the regional prosecutor's office"): the node of that kind and place, one across
        languages and articles, with the finder that placed it; None otherwise."""
        words = body_words(text, _lexicon_speaker_words("regional_adjective"))
        if words is None:
            return None
        g = self.gazetteer
        plain = _POSSESSIVE_S.sub("", _without_article(text))
        unworded = _without_body_words(plain, words.words)
        named = g.find_place_in(self._without_region_demonym(unworded), ctx) if unworded.strip() else None
        found = find_local_body(words, PlaceContext(named, tuple(article_places), tuple(sentence_places),
                                                    self._region_node,
                                                    lambda region: self._capital_named(plain, region, ctx)))
        if found is None:
            return None
        if found.kind.member == "self" or found.kind.key == ADMINISTRATION:
            node = g.administration(found.place)
        else:
            member = None
            if found.kind.member == "administration":
                admin = g.administration(found.place)
                member = self._remember(admin).iri if admin is not None else None
            elif found.kind.member == "country":
                code = self._country_of(found.place)
                member = self._remember(g.country(code)).iri if code else None
            node = body_node(found.kind, found.place, self._short_names(found.place), member, None, lang)
        if node is None:
            return None
        node.alt_labels |= self._local_body_names(text, found, node, lang)
        return self._remember(node), found

    def _local_body_names(self, text: str, found: LocalBodyMatch, node: Node, lang: str | None) -> set[tuple[str, str]]:
        """The names this article gives a local body (``skos:altLabel``, in its graph): the
        words as written ("Kursk regional authorities", "the regional prosecutor's office"),
        with a possessive folded ("Novozybkov town council"), and for a body named bare its
        noun with the place it was given ("mairie de Lipetsk", "Kyiv military administration")."""
        lang = lang or "en"
        written = _without_article(text)
        names = {written, _POSSESSIVE_S.sub("", written)}
        if found.finder != "named_place":
            markers = _lexicon_speaker_words("place_marker")
            noun = " ".join(w for w in written.split() if name_key(_POSSESSIVE_S.sub("", w)) not in markers)
            place = self._short_names(found.place).get(lang) or self._short_names(found.place).get("en", "")
            if noun and place:
                names.add(f"{place} {noun}" if lang == "en" else f"{noun} {french_de(place)}")
        own = {name_key(x) for x in node.labels.values()}
        return {(n, lang) for n in names if n and name_key(n) not in own}

    def bare_local_body(self, text: str, ctx: frozenset[str]) -> bool:
        """Whether a phrase names a kind of local body and no place at all ("the regional
        prosecutor's office", "la mairie de la ville"): such a body belongs to the one place
        of its level the article names (:meth:`local_body`), else to none."""
        words = body_words(text, ())
        if words is None:
            return False
        unworded = _without_body_words(_POSSESSIVE_S.sub("", _without_article(text)), words.words)
        return not unworded.strip() or self.gazetteer.find_place_in(self._without_region_demonym(unworded), ctx) is None

    @staticmethod
    def _one_town(places: Sequence[Node]) -> Node | None:
        """The one town among the places, else None."""
        towns = {p.iri: p for p in places if "City" in p.classes}
        return next(iter(towns.values())) if len(towns) == 1 else None

    def _one_region(self, places: Sequence[Node]) -> Node | None:
        """The one region the places lie in (towns through their region), else None."""
        regions = {r.iri: r for p in places for r in [self._region_node(p)] if r is not None}
        return next(iter(regions.values())) if len(regions) == 1 else None

    def _region_node(self, place: Node) -> Node | None:
        """The region a town lies in (through a district's city), or None."""
        for _ in range(4):
            if "Region" in place.classes:
                return place
            if "Country" in place.classes or not place.located_in:
                return None
            parent = self.gazetteer.node(place.located_in)
            if parent is None:
                return None
            place = parent
        return None

    def _capital_named(self, text: str, region: Node, ctx: frozenset[str]) -> Node | None:
        """The town of a region named like it ("la mairie de Riazan", "the Kursk city
        council"): a capitalised word of the phrase, or the region's short name, that is a
        town of that region; None otherwise."""
        g = self.gazetteer
        names = [w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", text) if not _ELIDED.match(w)]
        names += [n for n in self._short_names(region).values() if n]
        for name in names:
            city = g.find_place(name, ctx)
            if city is not None and "City" in city.classes:
                own = self._region_node(city)
                if own is not None and own.iri == region.iri:
                    return city
        return None

    def _short_names(self, place: Node) -> dict[str, str]:
        """A place's short name per language ("Kharkiv", not "Kharkiv Oblast"), as the
        administrations are labelled."""
        g = self.gazetteer
        names = {k: v for k, v in place.labels.items() if k in ("en", "fr")}
        if "Region" in place.classes:
            region = g.regions.get(g._region_by_iri.get(place.iri, ""))
            if region is not None:
                names = {k: region.short.get(k) or v for k, v in names.items()}
        return names

    def _owned_proper_body(self, text: str) -> bool:
        """Whether the words after a country's possessive are a body's proper name: two
        capitalised words or more, one of them a noun that heads organisation names
        ("Ukraine's State Emergency Service"), not "Ukraine's authorities"."""
        rest = _POSSESSIVE_S.split(" ".join(text.split()), maxsplit=1)[-1].split()
        caps = [w for w in rest if w[:1].isupper()]
        return len(caps) >= 2 and len(caps) == len(rest) and any(name_key(w) in _words("org_head_words.tsv") for w in caps)

    def _named_body(self, text: str, label: str, lang: str | None) -> Node | None:
        """An organisation no table knows, that the model did not call one (a place, a
        "MISC", nothing): a phrase with a noun of ``org_head_words.tsv`` and a capitalised
        name word or a country's demonym ("Israel's Airports Authority", "la Force de défense
        du peuple", "la télévision d'État MRTV", "l'agence britannique de sécurité
        maritime"); named as written, member of the one country its words name. The ORG
        entities go to :meth:`_adhoc_org`."""
        if label == "ORG":
            return None
        name = _bare_name(text)
        words = tokens(name)
        if not words or len(words) > 10 or not any(w in _words("org_head_words.tsv") for w in words):
            return None
        name = _body_of_people(name)
        words = tokens(name)
        if not words:
            return None
        g = self.gazetteer
        raw = name.replace("’", "'").split()
        codes = self._owner_countries(name)
        # a capitalised first word counts after an article ("la Force de défense du peuple"),
        # not at the start of a sentence ("Authorities said")
        first = 0 if name != " ".join(text.split()).strip(" ,;:.") else 1
        capitalised = [w for w in raw[first:] if w[:1].isupper() and not g.country_for_demonym(w)
                       and name_key(w) not in {"état", "etat", "state"}]
        if not capitalised and (not codes or len(words) < 3):
            return None  # "l'agence russe" alone is no name
        if any(w in _words("state_words.tsv") for w in words) and not capitalised:
            return None  # "the Russian authorities" is the state (rule 5)
        node = Node(iri=org_iri(slug(normalize_name(_POSSESSIVE_S.sub("", name)))), classes={"Organization"},
                    labels={lang: name} if lang else {"en": name, "fr": name},
                    member_of=self._remember(g.country(codes.pop())).iri if len(codes) == 1 else None)
        plain = _POSSESSIVE_S.sub("", name)
        if plain != name:
            node.alt_labels.add((plain, lang or "mul"))
        return self._remember(node)

    def _counterpart(self, text: str, mention: EntityMention, role: str | None, article_key: str,
                     ctx: frozenset[str], lang: str | None) -> Node | None:
        """"Son homologue pakistanais", "his Turkish counterpart": the institution of the same
        type as the one of the speaker before (the NLP stage's head and role), in the country
        the phrase names; with a title, that country's functionary. None when the phrase
        names no country or the institution before has no type."""
        g = self.gazetteer
        codes = {c for w in text.replace("’", "'").split()
                 for c in [g.country_for_demonym(w.strip(",;:()")) or g.country_code(_POSSESSIVE_S.sub("", w))] if c}
        if len(codes) != 1 or mention.head is None:
            return None
        head = mention.head.text
        earlier = self._organisation_of(head, role, ctx) if role else g.find_actor(head, ctx)
        if earlier is None:
            return None
        key = earlier.iri.rsplit("/", 1)[-1]
        itype = next((t for (t, _c), k in g.actors.institutions.items() if k == key), None)
        inst_key = g.actors.institutions.get((itype, codes.pop())) if itype else None
        inst = g.actors.nodes.get(inst_key) if inst_key else None
        if inst is None:
            return None
        inst = self._remember(copy_node(inst))
        if not role:
            return inst
        role_lang = self._role_lang(role, lang)
        org_label = inst.labels.get(role_lang) or inst.labels.get("en") or next(iter(inst.labels.values()), "")
        node = Node(iri=scoped_person_iri(article_key, inst.iri, role), classes={"Person"},
                    labels={role_lang: f"{role} ({org_label})"}, member_of=inst.iri, roles={(role, role_lang)})
        node.alt_labels.add((_without_article(text), role_lang))
        return self._remember(node)

    def _sub_body(self, found: Node | None, text: str, ctx: frozenset[str], lang: str | None) -> Node | None:
        """A part of a known organisation named before it ("the Kursk branch of the
        Emergencies Ministry", "le Haut-Commissariat des Nations unies aux réfugiés"): a noun
        of ``org_head_words.tsv``, then "of"/"de", then a name of a known organisation; a node
        of its own, named as written, member of that organisation. Not when the name found
        for the whole mention already covers its first words ("Ministry of Foreign Affairs
        of Iran")."""
        name = _bare_name(text)
        words = tokens(name)
        prefix = self._prefixed_body(found, name, words, lang)
        if prefix is not None:
            return prefix
        if found is not None and any(tuple(words[: len(a)]) == tuple(a) for a in self._names(found) if a):
            return None
        heads = [i for i, w in enumerate(words) if w in _words("org_head_words.tsv")]
        glue = next((i for i, w in enumerate(words) if heads and i > heads[0] and w in _ROLE_GLUE), None)
        if glue is None or glue > 4:
            return None
        m = re.search(r"(?i)\b(?:of|de|du|des|d['’])\s*", name)
        tail = name[m.end():] if m is not None else ""
        parent = self.gazetteer.find_actor(tail, ctx) if tail else None
        if parent is None or "Organization" not in parent.classes or "Person" in parent.classes:
            return None
        node = Node(iri=org_iri(slug(normalize_name(name))), classes={"Organization"},
                    labels={lang: name} if lang else {"en": name, "fr": name},
                    member_of=self._remember(parent).iri)
        return self._remember(node)

    def _prefixed_body(self, found: Node | None, name: str, words: tuple[str, ...], lang: str | None) -> Node | None:
        """A body named after a one-word name of a known organisation that it belongs to
        ("the UN Support Mission in Libya", "UN Mission in South Sudan" when no table holds
        it): a node of its own, named as written, member of that organisation; not the
        organisation itself, and not when the rest is no body ("UN peacekeepers")."""
        if found is None or "Organization" not in found.classes or "Person" in found.classes or len(words) < 3:
            return None
        if not any(len(a) == 1 and words[0] == a[0] for a in self._names(found) if a):
            return None
        rest = name.split()[1:]
        if not any(name_key(w) in _words("org_head_words.tsv") for w in rest) or not all(
                w[:1].isupper() or w.lower() in _ROLE_GLUE or w.lower() in ("in", "en", "au", "aux", "for", "pour")
                for w in rest):
            return None
        node = Node(iri=org_iri(slug(normalize_name(name))), classes={"Organization"},
                    labels={lang: name} if lang else {"en": name, "fr": name}, member_of=self._remember(found).iri)
        return self._remember(node)

    def _owner_countries(self, name: str) -> set[str]:
        """The states an organisation's name says it belongs to: a country that owns it
        ("Israel's …", "… d'Israël") or a demonym in lower case ("l'agence britannique …");
        not a capitalised demonym that starts a proper name ("Syrian Democratic Forces" are
        no Syrian state body)."""
        g = self.gazetteer
        raw = name.replace("’", "'").split()
        codes = set()
        for i, w in enumerate(raw):
            w = w.strip(",;:()")
            bare = re.sub(r"^[DdLl]'", "", _POSSESSIVE_S.sub("", w))
            owned = w != bare or (i > 0 and raw[i - 1].lower() in ("of", "de", "du", "des"))
            code = (g.country_code(bare) if owned else None) or \
                (g.country_for_demonym(w) if w[:1].islower() else None)
            if code:
                codes.add(code)
        return codes

    def _of_another_country(self, actor: Node, text: str) -> bool:
        """Whether a mention names only countries other than the actor's own ("Bangladesh's
        Foreign Office" matched by the British "Foreign Office")."""
        g = self.gazetteer
        own = g.actors.country.get(actor.iri.rsplit("/", 1)[-1])
        if not own:
            return False
        # short capitals are no country here unless dotted ("TV" is no Tuvalu; "U.S." is)
        named = {c for w in re.findall(r"[A-ZÀ-Ý][\w.-]*", text) if len(w) > 3 or "." in w.rstrip(".")
                 for c in [g.country_code(w.removesuffix(".")) or g.country_for_demonym(w)] if c}
        return bool(named) and own not in named

    @staticmethod
    def _names(node: Node) -> list[tuple[str, ...]]:
        return [tokens(x) for x in [*node.labels.values(), *(a for a, _ in node.alt_labels)]]

    def _role_in_name(self, actor: Node, role: str, text: str) -> bool:
        """Whether the role word is part of the organisation's name in the mention
        ("Ukraine's prosecutor general's office" is the office, not a prosecutor)."""
        words, role_words = tokens(text), tokens(role)
        for name in self._names(actor):
            if _contains(words, name) and _contains(name, role_words):
                return True
        return False

    @staticmethod
    def _surname_of(text: str, article_persons: Sequence[str]) -> str | None:
        """The one full name of the article whose surname ``text`` is ("Gritsenko")."""
        key = person_key(_without_honorific(_without_article(text)))
        if len(key.split()) != 1 or not has_upper(text):
            return None
        # "M. Shevchuk" is no full name of its own: only names that keep two words without the title
        article_persons = [p for p in article_persons if len(person_key(_without_honorific(_without_article(p))).split()) > 1]
        full = {p for p in article_persons if len(person_key(p).split()) > 1 and person_key(p).split()[-1] == key}
        if not full and len(key) >= 4:
            # "M. Shevchuk" after "Taras Chevtchouk": another transliteration of the surname
            sound = surname_sound(key)
            full = {p for p in article_persons if len(person_key(p).split()) > 1 and surname_sound(p) == sound}
            if len({person_key(p) for p in full}) > 1:
                return None
            full = set(sorted(full)[:1])
        return full.pop() if len(full) == 1 else None

    def _covers(self, actor: Node, text: str) -> bool:
        """Whether ``text`` is just a name of ``actor`` (spaCy calls "Hezbollah" a person)."""
        key = name_key(_without_article(text))
        return key in {name_key(x) for x in actor.labels.values()} | {name_key(x) for x, _ in actor.alt_labels}

    def _person(self, text: str, mention: EntityMention, role: str | None, ctx: frozenset[str],
                lang: str | None, article_persons: Sequence[str]) -> Node:
        name = self._surname_of(text, article_persons) or _without_honorific(_without_article(text))
        key = person_key(name)
        node = Node(iri=person_iri(key), classes={"Person"}, labels={"en": name, "fr": name})
        if _without_article(text) != name:
            node.alt_labels.add((_without_article(text), lang or "mul"))
        if role:
            role_lang = self._role_lang(role, lang)
            node.roles.add((role, role_lang))
            head = mention.head.text if mention.head is not None else ""
            org = self._organisation_of(head.replace(mention.span.text, " "), role, ctx)
            if org is not None:
                node.member_of = org.iri
        return self._remember(node)

    def _functionary(self, text: str, mention: EntityMention, role: str, article_key: str,
                     ctx: frozenset[str], lang: str | None, found: Node | None,
                     article_places: Sequence[Node] = (), sentence_places: Sequence[Node] = ()) -> Node | None:
        """An unnamed holder of a role ("a spokeswoman for the regional military
        administration", "the state governor's spokesman"), member of the body the phrase
        names; None when no body resolves: a node named "spokeswoman", "official" or "deputy
        mayor" would gather every unnamed holder of the title in the article, so a statement
        is dropped rather than given to it (a wrong speaker is worse than none)."""
        head = mention.head.text if mention.head is not None else text
        office = None
        if mention.head is not None and role.lower() not in head.lower() and name_key(role) in _territorial_roles():
            # "the regional governor" with the region named elsewhere (the NLP stage's head)
            office = self._region_of(head, ctx)
            head = text  # the place phrase is no organisation of the title ("la Russie")
        org = self._remember(self.gazetteer.administration(office)) if office is not None else None
        if org is None and office is None:
            org = self._organisation_of(head, role, ctx)
        if org is None and head != text:
            org = self._organisation_of(text, role, ctx)
        if org is None and found is not None:
            org = self._remember(found)
        if org is None and office is None:
            # "a spokeswoman for the regional military administration": the body named bare is
            # that of the one region (town) the sentence, else the article, names
            local = self.local_body(self._without_role(head, role), ctx, lang, article_places, sentence_places)
            org = local[0] if local is not None else None
        if org is None and office is None and (name_key(role) in _territorial_roles() or any(
                w in _lexicon_speaker_words("regional_adjective") for w in tokens(text))):
            # "the regional governor", "regional officials" with no region in the phrase: the
            # office of the one region the sentence, else the article, names
            office = self._one_region(sentence_places) or self._one_region(article_places)
            org = self._remember(self.gazetteer.administration(office)) if office is not None else None
        if org is None and office is None and name_key(role) in _lexicon_speaker_words("town_title"):
            # "the mayor said" after "a drone struck a playground in Kharkiv": the one town of the
            # sentence, else the article
            town = self._one_town(sentence_places) or self._one_town(article_places)
            org = self._remember(self.gazetteer.administration(town)) if town is not None else None
        if org is None and office is None:
            return None
        role_lang = self._role_lang(role, lang)
        org_label = ""
        if org is not None:
            org_label = org.labels.get(role_lang) or org.labels.get("en") or next(iter(org.labels.values()), "")
        label = f"{role} ({org_label})" if org_label else role
        node = Node(
            iri=scoped_person_iri(article_key, org.iri if org is not None else None, role),
            classes={"Person"},
            labels={role_lang: label},
            member_of=org.iri if org is not None else None,
            roles={(role, role_lang)},
        )
        seen = _without_article(text)
        if seen != label and len(seen.split()) <= 6:
            node.alt_labels.add((seen, role_lang))
        if office is not None:
            # the office of a region named elsewhere ("the regional governor" after "Smolensk
            # region"): also named as news names that office, "governor of the Smolensk region"
            node.alt_labels.add((self._office_name(role, office, role_lang), role_lang))
        return self._remember(node)

    @staticmethod
    def _without_role(text: str, role: str) -> str:
        """The phrase around a role ("a spokeswoman for the regional military administration"
        -> "for the regional military administration"), where its body is named."""
        for variant in {role, role.lower(), role.capitalize()}:
            text = text.replace(variant, " ")
        return " ".join(text.split())

    def _region_of(self, text: str, ctx: frozenset[str]) -> Node | None:
        """The region a phrase names, or the region of the city it names ("Voronej" -> Voronezh
        Oblast); None for a country or nothing."""
        g = self.gazetteer
        place = g.find_place_in(self._without_region_demonym(text), ctx) or g.find_place(text, ctx)
        for _ in range(4):
            if place is None or "Country" in place.classes:
                return None
            if "Region" in place.classes:
                return place
            place = g.node(place.located_in) if place.located_in else None
        return None

    def _office_name(self, role: str, region: Node, lang: str) -> str:
        """"governor of the Smolensk region" / "gouverneur de la région de Smolensk"."""
        g = self.gazetteer
        known = g.regions.get(g._region_by_iri.get(region.iri, ""))
        short = dict(known.short) if known is not None else {}
        if lang == "fr":
            return f"{role} de la région {french_de(short.get('fr') or region.labels.get('fr', ''))}"
        return f"{role} of the {short.get('en') or region.labels.get('en', '')} region"

    def _organisation_of(self, head: str, role: str, ctx: frozenset[str]) -> Node | None:
        """The organisation a role belongs to, from the phrase around it."""
        g = self.gazetteer
        rest = head
        for variant in {role, role.lower(), role.capitalize()}:
            rest = rest.replace(variant, " ")
        if not tokens(rest):
            return None
        actor = g.find_actor(rest, ctx)
        if actor is not None and "Person" not in actor.classes:
            # a named body wins over an adjective's guess ("a source in Ukraine's military
            # intelligence agency" is in the intelligence agency, not the armed forces)
            return self._remember(actor)
        institution = self._institution_by_adjective(rest, ctx)
        if institution is not None:
            return institution
        if actor is not None:
            if "Person" in actor.classes:
                actor = self.gazetteer.node(actor.member_of) if actor.member_of else None
            if actor is not None:
                return self._remember(actor)
        words = [w for w in tokens(rest) if w not in _ROLE_GLUE]
        if words and name_key(role) in _SOURCE_ROLES and any(w in _SOURCE_KINDS for w in words):
            words = [w for w in words if w not in _SOURCE_KINDS]  # "une source sécuritaire malienne": Mali
        if words:
            state = self._state(" ".join(words), ctx, raw=rest)
            if state is not None:
                return state
        named = _NAMED_ORG.search(_without_head_noun(rest))
        org_name = _BEYOND_NAME.split(named.group(1), maxsplit=1)[0].strip(" ,") if named is not None else ""
        if org_name and g.find_place_in(org_name, ctx) is None:
            # "une porte-parole de l'Unicef", "un porte-parole de l'Organisation mondiale de la
            # santé, à Genève": an organisation the tables do not know, named with capitals
            # right after the role (a place there is the administration, below)
            return self._adhoc_org(org_name, "ORG", None)
        # the body named after "of": "(chief) physician of the Klintsy hospital" -> "Klintsy hospital"
        owned = re.split(r"\b(?:of|for|at|with)\s+(?:the\s+)?", rest, maxsplit=1, flags=re.I)
        body = self._body(_LEADING_GLUE.sub("", owned[-1]), ctx, None)
        if body is not None:  # "le directeur de l'hôpital de Kadugli": the hospital's
            return body
        place = g.find_place_in(self._without_region_demonym(rest), ctx)
        if place is not None and "City" in place.classes and any(
                w in _lexicon_speaker_words("regional_adjective") for w in tokens(rest)):
            # "regional officials in Odesa": the region of the city, not its town hall
            place = self._region_of(rest, ctx) or place
        if place is not None:
            admin = g.administration(place)
            return self._remember(admin) if admin is not None else None
        return None

    def _without_region_demonym(self, text: str) -> str:
        """"la région russe de Smolensk" -> "la région de Smolensk": the demonym after a region
        word says which country the region is in, and hides the region from the gazetteer."""
        words = text.split()
        region = self.gazetteer.words.region
        return " ".join(w for i, w in enumerate(words)
                        if not (i and name_key(words[i - 1]) in region and self.gazetteer.country_for_demonym(w)))

    def _institution_by_adjective(self, text: str, ctx: frozenset[str]) -> Node | None:
        """"porte-parole militaire israélien", "a U.S. defense official": an adjective of
        ``role_adjectives.tsv`` and a demonym or country name the country's institution of that type."""
        g = self.gazetteer
        types = _role_adjectives()
        words = tokens(text)
        kinds = {types[w] for w in words if w in types}
        if len(kinds) != 1:
            return None
        codes = {c for w in words if w not in types for c in [g.country_for_demonym(w)] if c}
        if not codes:  # a country's name or short form as written ("U.S.", "Israel's")
            codes = {c for raw in text.split() for c in [g.country_code(raw.strip(",;:()").removesuffix("'s"))] if c}
        if not codes:
            place = g.find_place_in(text, ctx)
            if place is not None and "Country" in place.classes and place.country_code:
                codes = {place.country_code}
        if len(codes) != 1:
            return None
        key = g.actors.institutions.get((kinds.pop(), codes.pop()))
        node = g.actors.nodes.get(key) if key else None
        return self._remember(copy_node(node)) if node is not None else None

    def _state(self, text: str, ctx: frozenset[str], raw: str | None = None) -> Node | None:
        """The country a phrase stands for as a state (rule 5), else None."""
        g = self.gazetteer
        raw = raw if raw is not None else text
        code = g.country_code(text) or g.country_for_demonym(text) or g.capital_named(text)
        if code is None:
            words = tokens(text)
            state_words = _words("state_words.tsv")
            content = [w for w in words if w not in state_words and w not in g.words.link]
            if content and len(content) < len(words) and any(w in state_words for w in words):
                rest = " ".join(content)
                code = (g._country_key(rest, raw) or self._demonym(rest, raw) or g.capital_named(rest))
        return self._remember(g.country(code)) if code else None

    def _state_in(self, text: str, ctx: frozenset[str], max_words: int = 4) -> Node | None:
        """A state phrase inside a longer mention ("une tentative d'attaque du régime de
        Kiev" -> Ukraine); only windows that hold a state word count."""
        words = tokens(text)
        state_words = _words("state_words.tsv")
        if len(words) <= 1 or not any(w in state_words for w in words):
            return None
        for n in range(min(max_words, len(words) - 1), 1, -1):
            for i in range(len(words) - n + 1):
                window = words[i: i + n]
                if any(w in state_words for w in window):
                    found = self._state(" ".join(window), ctx, raw=text)
                    if found is not None:
                        return found
        return None

    def _demonym(self, key: str, raw: str) -> str | None:
        code = self.gazetteer.demonyms.index.get(key)
        pattern = self.gazetteer.demonyms.acronyms.get(key)
        return code if code and (pattern is None or pattern.search(raw)) else None

    def _administration(self, text: str, ctx: frozenset[str], loose: bool) -> Node | None:
        """A region or city as an actor, or an administration phrase about one (rule 6)."""
        g = self.gazetteer
        place = g.find_place(text, ctx) if loose else None
        if place is None:
            words = set(tokens(text))
            admin_words = _words("admin_words.tsv")
            if not any(w in admin_words for w in words) and not any(
                    " " in a and a in name_key(text) for a in admin_words):
                return None
            place = g.find_place_in(text, ctx)
            if place is None:
                return None
            place = self._city_named_for(text, place, ctx)
            own = self._country_of(place)
            for w in words:  # "Russian-installed authorities in Kherson" are not Kherson's
                if len(w) <= 2 or w in g.words.link or w in _ARTICLES:
                    continue  # "de", "la" are no country codes here ("la mairie de Koursk")
                other = g.demonyms.index.get(w) or g.countries.index.get(w)
                if other and other != own:
                    return None
        if "Country" in place.classes:
            named = self._state_agency(text, place)
            return named if named is not None else self._remember(place)
        admin = g.administration(place)
        return self._remember(admin) if admin is not None else None

    def _state_agency(self, text: str, state: Node) -> Node | None:
        """An agency whose proper name holds an administration word and its state
        ("L'Administration des ports maritimes de l'Ukraine", "the Administration of Sea
        Ports of Ukraine"): that organisation, named as written, member of the state; not
        the state ("l'administration de l'Ukraine", "the Ukrainian authorities" stay it).
        The administration word opens the name, capitalised, and two words or more of its
        own follow it."""
        name = _bare_name(text)
        first = name.split(None, 1)[0] if name.split() else ""
        if not first[:1].isupper() or name_key(first) not in _words("admin_words.tsv"):
            return None
        g = self.gazetteer
        own = [w for w in tokens(name)[1:] if w not in g.words.link and w not in _ARTICLES and len(w) > 1
               and not g.demonyms.index.get(w) and not g.countries.index.get(w)
               and w not in (state.country_code or "").lower()]
        if len(own) < 2:
            return None
        node = Node(iri=org_iri(slug(normalize_name(name))), classes={"Organization"},
                    labels={"en": name, "fr": name}, member_of=self._remember(state).iri)
        return self._remember(node)

    def _city_named_for(self, text: str, place: Node, ctx: frozenset[str]) -> Node:
        """The city, not its region, when a phrase names a city's own authority and the city
        gives its region its name ("la mairie de Riazan": the town hall of Ryazan, not the
        Ryazan region's administration); else ``place``."""
        if "Region" not in place.classes:
            return place
        key = name_key(text)
        if not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", key) for w in _words("city_admin_words.tsv")):
            return place
        skip = _words("admin_words.tsv") | _ARTICLES
        name = " ".join(w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", text)
                        if name_key(w) not in skip and not _ELIDED.match(w))
        city = self.gazetteer.find_place(name, ctx) if name else None
        if city is None or "City" not in city.classes or self._region_of(name, ctx) is None \
                or self._region_of(name, ctx).iri != place.iri:
            return place
        return city

    def _named_with_acronym(self, text: str, ctx: frozenset[str], lang: str | None) -> Node | None:
        """An organisation given by its full name and an acronym in brackets ("L'Administration
        des ports maritimes d'Ukraine (USPA)", "the State Emergency Service of Ukraine (SESU)"):
        that organisation, named as written, member of the state its name holds; not the state
        its words would make it ("administration … d'Ukraine")."""
        m = _NAME_AND_ACRONYM.match(text)
        if m is None:
            return None
        name = _without_article(m.group(1))
        if len(tokens(name)) < 3 or not name[:1].isupper() or self.gazetteer.country_for_demonym(name.split()[0]):
            return None
        g = self.gazetteer
        codes = [c for w in re.findall(r"[A-ZÀ-Ý][\w-]{3,}", name)
                 for c in [g.country_code(w) or g.country_for_demonym(w)] if c]
        state = self._remember(g.country(codes[0])) if codes else None
        node = Node(iri=org_iri(slug(normalize_name(name))), classes={"Organization"},
                    labels={lang: name} if lang else {"en": name, "fr": name},
                    member_of=state.iri if state is not None else None)
        if m.group(2):
            node.alt_labels.add((m.group(2), "mul"))
        return self._remember(node)

    def _body(self, text: str, ctx: frozenset[str], lang: str | None) -> Node | None:
        """A place's own body (``body_words.tsv``): "Novozybkov's town council", "l'état-major
        opérationnel de la région de Belgorod", "the Klintsy hospital" -> an organisation named
        as written (a possessive folded: "Novozybkov town council"), member of the place's
        administration; kept apart from the administration, which speaks for itself."""
        name = _POSSESSIVE_S.sub("", _without_article(text))
        words = tokens(name)
        if len(words) > BODY_MAX_WORDS or not any(_contains(words, tokens(b)) for b in _body_words()):
            return None
        place = self.gazetteer.find_place_in(self._without_region_demonym(name), ctx)
        if place is None or "Country" in place.classes:
            return None
        admin = self.gazetteer.administration(place)
        node = Node(iri=self._named_hospital_iri(words, place) or org_iri(slug(normalize_name(name))),
                    classes={"Organization"},
                    labels={lang: name} if lang else {"en": name, "fr": name},
                    member_of=self._remember(admin).iri if admin is not None else None)
        return self._remember(node)

    def _named_hospital_iri(self, words: Sequence[str], place: Node) -> str | None:
        """One IRI for a hospital with a name of its own in any language ("the Al-Awda hospital
        in Jabalia", "l'hôpital Al-Awda de Jabalia"): its kind word, its own name and its place,
        so the English and the French article name one node; None for a hospital named by its
        place alone ("the Klintsy hospital") or another body."""
        kinds = _name_words("hospital")
        kind = next((w for w in words if w in {t for k in kinds for t in tokens(k)}), None)
        if kind is None:
            return None
        place_words = {t for label in list(place.labels.values()) + [a for a, _ in place.alt_labels] for t in tokens(label)}
        own = [w for w in words if w != kind and w not in place_words and w not in _ROLE_GLUE and w not in _PLACE_GLUE]
        if not own:
            return None
        return org_iri(slug(f"hospital {' '.join(own)} {place.iri.rsplit('/', 1)[-1]}"))

    def _place_body(self, text: str, place_text: str, ctx: frozenset[str], lang: str | None) -> Node | None:
        """A body named bare, whose place the NLP stage found earlier in the article (the
        head): "the municipality" / "la mairie de la ville" after "Nahariya" is that town's
        administration; "the regional operational headquarters" after "Krasnodar region" is
        that region's body, a node of its own member of the region's administration. None
        when the place is no town (for a town's body) or has no region."""
        g = self.gazetteer
        place = g.find_place(place_text, ctx) or g.find_place_in(place_text, ctx)
        if place is None or "Country" in place.classes:
            return None
        words = tokens(text)
        if any(w in _lexicon_speaker_words("regional_adjective") for w in words):
            place = self._region_of(place_text, ctx)
        elif "City" not in place.classes:
            return None
        if place is None:
            return None
        admin = g.administration(place)
        if admin is None:
            return None
        body = next((b for b in _body_words() if _contains(words, tokens(b))), None)
        lang = lang or "en"
        if body is None:
            # also named as the text names it: "Kiryat Shmona municipality", "mairie de Lipetsk"
            noun = " ".join(w for w in _without_article(text).split()
                            if name_key(w) not in _lexicon_speaker_words("place_marker")
                            and name_key(w) not in _lexicon_speaker_words("regional_adjective"))
            admin = copy_node(admin)
            name = place.labels.get(lang) or place.labels.get("en", "")
            if noun and name and "Region" not in place.classes:
                admin.alt_labels.add((f"{name} {noun}" if lang == "en" else f"{noun} {french_de(name)}", lang))
            return self._remember(admin)
        if "Region" in place.classes:
            name = self._office_name(body, place, lang)
        else:
            city = place.labels.get(lang) or place.labels.get("en", "")
            name = f"{city} {body}" if lang == "en" else f"{body} {french_de(city)}"
        node = Node(iri=org_iri(slug(normalize_name(name))), classes={"Organization"},
                    labels={lang: name}, member_of=self._remember(admin).iri)
        return self._remember(node)

    def _collective_media(self, text: str, lang: str | None) -> Node | None:
        """"Syrian state media reported", "selon les médias d'État iraniens", "Israeli media
        said": a country's media (its state media with a state word of ``media_words.tsv``),
        one node per country across languages, member of the country; never the state, whose
        words they are not. None when the phrase has no media noun or not exactly one country."""
        words = tokens(text)
        uses = _media_words()
        if not any(uses.get(w) == "media" for w in words) or len(words) > 6:
            return None
        g = self.gazetteer
        codes = {c for raw in text.split() for w in [raw.strip(",;:()'’").removesuffix("'s").removesuffix("’s")]
                 for c in [g.country_for_demonym(w) or g.country_code(w)] if c}
        if len(codes) != 1:
            return None
        country = self._remember(g.country(codes.pop()))
        state = any(uses.get(w) == "state" for w in words)
        en, fr = country.labels.get("en", ""), country.labels.get("fr", "")
        node = Node(iri=org_iri(f"{'state-media' if state else 'media'}-{slug(country.country_code or en)}"),
                    classes={"Organization"}, member_of=country.iri,
                    labels={"en": f"{'state media' if state else 'media'} of {en}",
                            "fr": f"médias {'d’État ' if state else ''}{french_de(fr)}"})
        node.alt_labels.add((_without_article(text), lang or "mul"))
        return self._remember(node)

    def _adhoc_org(self, text: str, label: str, lang: str | None) -> Node | None:
        """An organisation the tables do not know (rule 7): ORG entities, and descriptions
        that name authorities ("Russian-installed authorities")."""
        name = _body_of_people(_without_article(text))
        if not name:
            return None
        words = set(tokens(name))
        if label == "DESC":
            if not words & (_words("state_words.tsv") | _words("admin_words.tsv")):
                return None
        elif label != "ORG":
            return None
        if not has_upper(name) and label != "DESC":
            return None
        key = slug(normalize_name(name))
        labels = {lang: name} if lang else {"en": name, "fr": name}
        codes = self._owner_countries(name) if label == "ORG" else set()
        owner = self._remember(self.gazetteer.country(codes.pop())).iri if len(codes) == 1 else None
        return self._remember(Node(iri=org_iri(key), classes={"Organization"}, labels=labels, member_of=owner))

    def _role_lang(self, role: str, lang: str | None) -> str:
        return lang or _role_languages().get(name_key(role)) or "und"

    # ---------- closure ----------

    def _remember(self, node: Node) -> Node:
        if self._made is not None:
            self._made.setdefault(node.iri, copy_node(node))
        return node

    def closure(self, node: Node) -> list[Node]:
        """``node`` and every node it reaches through ``located_in`` and ``member_of``
        (Moscow -> Russia; a spokesperson -> the State Department -> the United States),
        so the RDF mapping can describe them all."""
        out = [node]
        seen = {node.iri}
        queue = [node.located_in, node.member_of]
        while queue:
            iri = queue.pop(0)
            if not iri or iri in seen:
                continue
            seen.add(iri)
            found = self.gazetteer.node(iri)
            if found is None and self._made is not None and iri in self._made:
                found = copy_node(self._made[iri])
            if found is not None:
                out.append(found)
                queue += [found.located_in, found.member_of]
        return out
