"""Persons the curated tables do not know, named in full in a question ("What did Governor
Vyacheslav Gladkov say…").

The build makes a node for every person an article names (``kg.link.resolve``), so the store
knows people the gazetteer does not; a question may name them too. This reads such a name as
the build's spaCy model and tables would: capitalised words, a person by the model, no word a
country, a demonym or a word of the question tables ("Drone Strikes" is no name).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.model import Node
from kg.query.ask_tables import known_words, org_words
from kg.query.question_spelling_persons import english_spelling

PERSON_LANGS = frozenset({"en", "fr"})  # see named_person
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ'’]+)*")
_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|bin|ibn|ben|van|von|der|de)(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?")  # "Khalid al-Sadiq"


PERSON_CONTEXT = {"en": "{} said this.", "fr": "{} a dit cela."}


# sentences where the English model finds more names (Taras Melnyk, Alexei Smirnov), used only
# when the French model also reads the name as a person's
MORE_EN_CONTEXTS = ("Mr {} said on Monday.", "Governor {} said on Monday that the attack killed two people.",
                    "According to {}, two people died.")


def _tags_person(text: str, lang: str, sentences: tuple[str, ...]) -> bool:
    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline(lang)
    for sentence in sentences:
        if any(e.label_ in ("PERSON", "PER") and e.text == text for e in nlp(sentence.format(text)).ents):
            return True
    return False


@lru_cache(maxsize=256)
def _is_person_entity(text: str, lang: str) -> bool:
    """Whether the build's spaCy model reads ``text`` as one person's name, alone or as the
    subject of a sentence (the model misses some names in one of the two); for an English
    name the English model misses there, whether both models read it as a person's, the
    English one in a sentence of news ("Governor Taras Melnyk said…")."""
    if _tags_person(text, lang, ("{}", PERSON_CONTEXT[lang])):
        return True
    if lang != "en":
        return False
    return _tags_person(text, "fr", (PERSON_CONTEXT["fr"],)) and _tags_person(text, "en", MORE_EN_CONTEXTS)


@lru_cache(maxsize=1)
def _curated_persons() -> dict[str, Node]:
    """The curated persons by the key of each of their names ("dmitry peskov")."""
    from kg.link.articles import default_linker
    from kg.link.persons import person_key

    gaz = default_linker().gazetteer
    out: dict[str, Node] = {}
    for alias, _, iri in gaz.actor_aliases():
        node = gaz.node(iri)
        if node is not None and node.classes == {"Person"} and len(alias.split()) >= 2:
            out.setdefault(person_key(alias), node)
    return out


def curated_person(text: str) -> Node | None:
    """A curated person named in a spelling its aliases lack but the build folds into the same
    person ("Dmitriy Peskov", "Mariya Zakharova": ``kg/data/link/person_variants.tsv``)."""
    from kg.link.persons import person_key

    words = text.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) or _PARTICLE.fullmatch(w) for w in words):
        return None
    return _curated_persons().get(person_key(text))


@lru_cache(maxsize=1)
def _known_by_surname() -> dict[str, dict[str, Node]]:
    """The known persons by the sound of their surname (``surname_sound`` of the last word of
    each name of two words or more): the curated persons, and the persons questions name by
    surname alone that the build makes from articles (``kg/data/ask/surname_persons.tsv``, as
    :func:`named_person` makes them: ``person_iri`` of the name's ``person_key``). "kuleba" ->
    {Dmytro Kuleba}; a surname two persons share maps to both."""
    from kg.link.iris import person_iri
    from kg.link.persons import person_key, surname_sound
    from kg.query.ask_tables import surname_person_names

    out: dict[str, dict[str, Node]] = {}
    for key, node in _curated_persons().items():
        out.setdefault(surname_sound(key), {})[node.iri] = node
    for name in surname_person_names():
        node = Node(iri=person_iri(person_key(name)), classes={"Person"}, labels={"en": name})
        out.setdefault(surname_sound(name), {}).setdefault(node.iri, node)
    return out


def surname_person(text: str) -> Node | None:
    """The one known person whose surname ``text`` is, in any of the spellings the build folds
    together ("Austin" -> Lloyd Austin, "Kouleba" -> Dmytro Kuleba, "Gladkov" -> Vyacheslav Gladkov),
    as the build reads "M. Gladkov" after "Vyacheslav Gladkov" in one article; None when no known
    person or more than one has it (a question names a person by surname alone only when the name says who: refused, never
    read as another person). ``text`` is one capitalised word, no word of the question tables,
    demonym or country."""
    from kg.link.articles import default_linker
    from kg.link.persons import surname_sound

    if not _NAME_WORD.fullmatch(text) or text.lower() in known_words() or text.lower() in org_words():
        return None
    gaz = default_linker().gazetteer
    if gaz.country_for_demonym(text):
        return None
    place = default_linker().place(text)
    if place is not None and "Country" in place.classes:
        return None
    found = _known_by_surname().get(surname_sound(text), {})
    return next(iter(found.values())) if len(found) == 1 else None


def named_person(text: str, lang: str) -> Node | None:
    """A person the curated tables do not know, named in full ("Vyacheslav Gladkov", after a
    title: "Governor Vyacheslav Gladkov"): two to four capitalised words, none of them a place,
    a country or a demonym, that the build's model reads as one person's name. The node is the
    one the build makes of that name (``person_iri`` of its ``person_key``), and the query
    finds it by the name as written in English news. A French question's name is taken by its
    English spelling (``question_spelling_persons``: "Sergueï Sobianine" -> "Sergei Sobyanin",
    "Antonio Guterres" as written), since the build keeps French spellings as other nodes; a
    name whose English spelling the rules cannot settle is refused (None)."""
    from kg.link.iris import person_iri
    from kg.link.persons import person_key

    if lang not in PERSON_LANGS:
        return None
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) or _PARTICLE.fullmatch(w) for w in words):
        return None
    if not _NAME_WORD.fullmatch(words[0]) or not _NAME_WORD.fullmatch(words[-1].split("-")[-1].capitalize()):
        return None
    name = text if lang == "en" else english_spelling(text)
    if name is None:
        return None
    from kg.link.articles import default_linker  # heavy: load only when a question is read

    linker = default_linker()
    gaz = linker.gazetteer
    known = known_words()
    for w in {*words, *name.split()}:
        low = w.lower()
        if low in known or low in org_words() or gaz.country_for_demonym(w) or gaz.find_actor(w) is not None:
            return None  # "Drone Strikes", "Russian Ministry", "Hezbollah Commander"
        place = linker.place(w)
        if place is not None and "Country" in place.classes:
            return None
    if not (_is_person_entity(text, lang) or (name != text and _is_person_entity(name, "en"))):
        return None
    return Node(iri=person_iri(person_key(name)), classes={"Person"}, labels={"en": name})
