"""The words of a question that name what attacks hit ("refineries", "les ports", "power plants").

They are the labels of the target-type scheme (``ontology/targets.ttl``), the data the build's
target finder is aligned with and the ``target`` parameter of ``event_timeline``/``event_count``
resolves: no second list. A label is read as written and in its plural, made by the rules of its
language ("refinery" -> "refineries", "power plant" -> "power plants", "centrale électrique" ->
"centrales électriques", "hôpital" -> "hôpitaux", "dépôt de carburant" -> "dépôts de carburant").
Labels that join two kinds ("oil or fuel depot", "aérodrome ou base aérienne") are descriptions,
not words a question uses: left out.

Where such a word is a target is the reader's business (``question_reader._read_targets``): only
where the syntax puts the object of an attack ("on", "against", "contre", "sur", "hit", "frapper"…).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_FR_LINKS = {"de", "d", "du", "des", "à", "au", "aux"}


@dataclass(frozen=True)
class TargetWord:
    """A form of a label: the concept's local name, and whether the form is a singular."""

    concept: str
    singular: bool


def plural_en(label: str) -> str:
    """"refinery" -> "refineries", "power plant" -> "power plants": the last word."""
    head, _, last = label.rpartition(" ")
    if re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(?:s|x|z|ch|sh)$", last):
        last = last if last.endswith("s") else last + "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def _plural_fr_word(word: str) -> str:
    if "-" in word:  # "sous-station": the noun after the hyphen
        first, _, last = word.rpartition("-")
        return f"{first}-{_plural_fr_word(last)}"
    if re.search(r"[sxz]$", word):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"  # hôpital, terminal
    if re.search(r"(?:eau|au|eu)$", word):
        return word + "x"  # réseau
    return word + "s"


def plural_fr(label: str) -> str:
    """"centrale électrique" -> "centrales électriques", "dépôt de carburant" -> "dépôts de
    carburant", "immeuble d'habitation" -> "immeubles d'habitation": the words before the first
    link word (de, d', à) agree, those after it do not."""
    out: list[str] = []
    tokens = label.split(" ")
    linked = False
    for tok in tokens:
        low = tok.lower()
        if linked or low in _FR_LINKS or "'" in tok:
            linked = True
            out.append(tok)
            continue
        out.append(_plural_fr_word(tok))
    return " ".join(out)


@lru_cache(maxsize=1)
def _scheme() -> tuple[dict[str, dict[str, list[str]]], dict[str, set[str]]]:
    """concept local name -> lang -> labels; concept -> its broader concepts (transitively)."""
    from rdflib import URIRef
    from rdflib.namespace import SKOS

    from kg.rdf.namespace import TARGET_TYPE
    from kg.rdf.ontology import ontology_graph

    g = ontology_graph()
    base = str(TARGET_TYPE)
    labels: dict[str, dict[str, list[str]]] = {}
    broader: dict[str, set[str]] = {}
    for concept in sorted(set(g.subjects(SKOS.inScheme, URIRef(base)))):
        name = str(concept)[len(base):]
        by_lang: dict[str, list[str]] = {}
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in sorted(g.objects(concept, prop)):
                by_lang.setdefault(label.language or "", []).append(str(label))
        labels[name] = by_lang
        broader[name] = {str(b)[len(base):] for b in g.transitive_objects(concept, SKOS.broader)} - {name}
    return labels, broader


@lru_cache(maxsize=None)
def target_words(lang: str) -> dict[str, TargetWord]:
    """Lower-case form -> the concept it names, for every label of ``lang`` and its plural.
    A form two concepts share names neither (none does today: the scheme keeps them apart)."""
    labels, _ = _scheme()
    plural = plural_fr if lang == "fr" else plural_en
    joins = (" or ", " ou ")
    out: dict[str, TargetWord] = {}
    clash: set[str] = set()
    for concept, by_lang in labels.items():
        for label in by_lang.get(lang, []):
            if any(j in f" {label} " for j in joins):
                continue
            low = label.lower()
            many = plural(low)
            for form, singular in ((low, many != low), (many, False)):
                if form in out and out[form].concept != concept:
                    clash.add(form)
                out.setdefault(form, TargetWord(concept, singular))
    return {f: w for f, w in out.items() if f not in clash}


def is_broad(concept: str) -> bool:
    """Whether the concept holds narrower ones ("energy infrastructure"): a whole kind, read as a
    mass ("l'infrastructure énergétique de l'Ukraine"), never as one facility."""
    _, broader = _scheme()
    return any(concept in b for b in broader.values())


def is_military(concept: str) -> bool:
    """Whether the concept is a military site or one under it: a demonym beside it ("Russian
    positions", "aérodromes russes") may say whose it is, not where it stands."""
    _, broader = _scheme()
    return concept == "MilitaryTarget" or "MilitaryTarget" in broader.get(concept, set())


@lru_cache(maxsize=None)
def narrower_forms(lang: str) -> frozenset[str]:
    """The forms (and plurals) of the labels that name a narrower kind than their concept
    (``target_narrower`` rows of ``kg/data/ask/words.tsv``: "nuclear power plant", "tanker",
    "pipeline"): a question naming one is refused, the concept being broader than asked."""
    from kg.query.ask_tables import ask_words

    plural = plural_fr if lang == "fr" else plural_en
    labels = ask_words(lang).target_narrower
    return frozenset(labels | {plural(x) for x in labels})
