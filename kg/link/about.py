"""Which attacks a statement is about: the links it earns.

A statement is about an attack when its own words or its sentence name it (a trigger, told
by ``kg.nlp.extract``; or the place hit, here), or when it reacts to it in context (a
statement that names no attack: the attack told last before it, ``attack_told_last``).

What no node is stays apart: a statement whose words tell an attack that fits none of the
article's attacks (another class or named day, another place: ``fits``), and what follows it
until another attack is told, is about none of them; so is a speaker who holds office in a
town or region no attack hit (``speaker_place_names``). A town read as the region locating
another town ("near Rylsk in the Kursk region", ``as_region_name``) or as where a supply was
cut ("cutting power to Marhanets", ``SUPPLY_TO``) names no attack; weapons downed over a
region (``OVER``) are about the one attack inside it; a speaker who names again the names of
an earlier statement of theirs (``same_speaker_topic``) stays on its attack.

General remarks earn no attack from their context: conditionals ("if the strikes
continue…"), threats and forecasts ("would respond", "toute nouvelle attaque recevrait…"),
calls ("urged both sides to show restraint"), aims ("poursuivre l'offensive", "to keep
targeting…"), rights, policy, habits and denials ("no attack took place"). The words of
``kg/data/link/remark_words.tsv`` mark them; damage, casualties and the response on the
ground ("repairs would take two weeks") keep a remark about the attack, and so does one that
points back at it ("These strikes will not deter us", "would answer these strikes"). Such a remark also
loses an attack that its sentence names outside its own words ("… said the attacks were
unacceptable and called on the parties to protect civilians": the call is about nothing).

A statement that names an attack and the places of others ("the attacks on Sumy and
Izmail") is about each attack whose place its words name. A statement that names no attack
after one that named its place or day ("Odesa's governor said … He said …") stays on the
attack of that statement when no other attack was told in between. Pure functions of text and IRIs.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import datetime as dt

from kg.model import LinkedEvent
from kg.nlp.lexicon import lexicon
from kg.rdf.namespace import GENERIC_ATTACK
from kg.tables import data_table

# words before a place name that make it where a weapon came from, not what was hit
ORIGIN = re.compile(r"(?:\bfrom|\bdepuis|\bd['’]où|\blaunched over)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:\S+\s+){0,2}$",
                    re.IGNORECASE)
# words before a town that make it where a supply was cut, not a place hit ("cutting power to
# Marhanets", "coupant le courant à Tiotkino", "privant d'électricité les habitants de")
SUPPLY_TO = re.compile(r"\b(?:power|electricity|water|gas|heating|supplies|supply|courant|électricité|eau|gaz|chauffage)"
                       r"\s+(?:[\w’'-]+\s+){0,3}?(?:to|for|à|au|aux|de)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:[\w’'-]+\s+){0,2}$",
                       re.IGNORECASE)
# words before a town that make it where something happened ("fell near a hotel in Eilat",
# "dans le village de Nikolskoïe"), not an actor or an aim ("le mépris de Moscou", "soutenir Gaza")
LOCATIVE = re.compile(r"(?:\bin|\bnear|\bat|\bover|\boutside|\bà|\bdans|\bprès\s+de|\bau-dessus\s+de|\bsur|\baux\s+abords\s+de)"
                      r"\s+(?:the\s+|la\s+|le\s+|l['’])?(?:(?:village|town|city|ville|localité|commune)\s+(?:of|de|d['’])\s*)?$",
                      re.IGNORECASE)
# words before a region that say weapons were downed over it ("over the Saratov region",
# "au-dessus de la région de Voronej", "au-dessus de celle de Briansk")
OVER = re.compile(r"(?:\bover|\babove|\bau-dessus\s+d(?:e|u|es)|\bau-dessus\s+d['’])\s+(?:the\s+|la\s+|le\s+|l['’])?"
                  r"(?:(?:région|region|oblast|province|celle|celui)s?\s+(?:de\s+|d['’]|of\s+)?(?:la\s+|l['’])?)?$",
                  re.IGNORECASE)
# a town's name read as the region named after it, around the name ("la région de Saratov|",
# "celle de Voronej|", "the Rostov| region"; "|" stands for the name)
REGION_OF_TOWN = re.compile(r"(?:(?:région|region|oblast|province|celle)\s+(?:de\s+|d['’]|of\s+)(?:la\s+|l['’])?\|)"
                            r"|(?:\|['’]?s?\s+(?:region|oblast|province)\b)", re.IGNORECASE)
REMARK_KINDS = ("conditional", "modal", "general", "habitual", "denial")


@dataclass(frozen=True)
class RemarkWords:
    """The compiled patterns of one language (``remark_words.tsv``)."""

    remark: re.Pattern[str]  # conditional, modal, general or habitual words in the quote
    call: re.Pattern[str]  # a cue that asks or vows
    accuse: re.Pattern[str]  # a cue that accuses
    consequence: re.Pattern[str]  # words that tie a remark to an attack's damage or response
    reference: re.Pattern[str]  # an opening that points back at the attack ("These strikes…")
    pointing: re.Pattern[str]  # a demonstrative anywhere that points back ("would answer these strikes")
    conditional: re.Pattern[str]  # an if-clause ("si … ces frappes pourraient"): pointing back keeps none
    opening: re.Pattern[str]  # an opening infinitive: an aim or a promise ("poursuivre l'offensive")
    plural: re.Pattern[str]  # a plural that points back at all the attacks told ("the attacks")


def _alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns) or "(?!)"
    return re.compile(rf"(?<![\w’'-])(?:{body})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=None)
def remark_words(lang: str) -> RemarkWords:
    rows = [r.as_dict() for r in data_table("link", "remark_words.tsv")]
    by_kind: dict[str, list[str]] = {}
    for r in rows:
        if r["lang"] == lang:
            by_kind.setdefault(r["kind"], []).append(r["pattern"])
    return RemarkWords(remark=_alternation(p for k in REMARK_KINDS for p in by_kind.get(k, ())),
                       call=_alternation(by_kind.get("call", ())),
                       accuse=_alternation(by_kind.get("accuse", ())),
                       consequence=_alternation(by_kind.get("consequence", ())),
                       reference=_opening(by_kind.get("reference", ()), re.IGNORECASE),
                       pointing=_alternation(by_kind.get("pointing", ())),
                       conditional=_alternation(by_kind.get("conditional", ())),
                       opening=_opening(by_kind.get("opening", ()), 0),
                       plural=_alternation(by_kind.get("plural", ())))


def _opening(patterns: list[str], flags: int) -> re.Pattern[str]:
    """Patterns matched at the start of the reported words (after quotation marks)."""
    return re.compile(rf"^[\W_]*(?:{'|'.join(f'(?:{p})' for p in patterns) or '(?!)'})(?!\w)", flags)


def general_remark(quote: str | None, cue: str, lang: str, sentence: str = "") -> bool:
    """Whether the reported words are a general remark (a conditional, threat, forecast,
    call, right, policy or habit) that tells no damage or response: such a statement is
    about no attack its context tells. An accusation ("accused Kyiv of deliberately
    targeting homes") reports the act and is never one, nor is a counterfactual about the
    past ("it could not have been done without…") or the French reporting conditional
    ("le navire aurait été touché"). A remark that points back at the attacks told ("would
    answer these strikes") is about them, unless its sentence is a conditional."""
    if not quote:
        return False
    w = remark_words(lang if lang in ("fr", "en") else "en")
    if w.accuse.search(cue) or w.consequence.search(quote) or w.reference.search(quote):
        return False
    # the if-clause may stand before the reported words ("a estimé que si …, ces frappes pourraient")
    if w.pointing.search(quote) and not w.conditional.search(sentence or quote):
        return False
    return bool(w.call.search(cue) or w.remark.search(quote) or w.opening.search(quote))


@lru_cache(maxsize=1)
def _region_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A town's name read as the region or district that locates another town ("near Rylsk
    in the Kursk region", "à Nikolskoïe, dans le district de Belgorod"): "in … " before the
    name and a region noun after it, or "dans la région de" before it (the region nouns of
    the lexicon, every language, and the district nouns). Never "over the Ryazan region",
    where drones were shot down: that names the attack on Ryazan."""
    nouns = {w for lg in ("fr", "en") for w in lexicon(lg).region_nouns | lexicon(lg).region_nouns_after}
    nouns |= {"district", "raion", "rayon"}
    alt = "|".join(sorted((re.escape(w) for w in nouns), key=len, reverse=True))
    return (re.compile(rf"^['’]?s?\s+(?:{alt})\b", re.IGNORECASE),
            re.compile(rf"\b(?:dans|en)\s+(?:la\s+|le\s+|l['’])?(?:{alt})\s+(?:de\s+(?:la\s+|l['’])?|d['’])$", re.IGNORECASE))


IN_BEFORE = re.compile(r"\b(?:in|within)\s+(?:the\s+|[\w-]+['’]s\s+)?$", re.IGNORECASE)


def as_region_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is read as the region that locates a town
    ("Rylsk in the Kursk region": Kursk there is no town hit)."""
    after, before = _region_name()
    return bool((after.search(text[end:end + 30]) and IN_BEFORE.search(text[max(0, start - 30):start]))
                or before.search(text[max(0, start - 40):start]))


TITLE_WORDS = ("mayor", "governor", "maire", "mairie", "gouverneur", "city council", "town council", "city hall",
               "conseil municipal", "municipality", "municipalité")
NAME = r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ -][A-ZÀ-Ý][\w’'-]+)?)"


def speaker_place_names(window: str, role: str | None = None) -> list[tuple[str, bool]]:
    """The names of the town or region a speaker holds office in, as the words around the
    speaker tell it ("Novorossiysk's mayor, Andrei Chernov", "Moscow Mayor Sergei Sobyanin",
    "la mairie de Riazan", "the governor of the Ryazan region"), each with whether it names
    the region of that name: ``window`` is the speaker phrase with the words just before
    it, ``role`` the speaker's role word when known."""
    titles = {t.lower() for t in TITLE_WORDS} | ({role.lower()} if role else set())
    alt = "|".join(sorted((re.escape(t) for t in titles), key=len, reverse=True))
    patterns = (rf"{NAME}['’]s\s+(?:[\w-]+\s+)?(?i:{alt})\b",
                rf"{NAME}\s+(?i:{alt})\s+[A-ZÀ-Ý]",
                rf"(?i:{alt})\s+(?i:of|de|d['’])\s*(?i:the\s+|la\s+ville\s+de\s+|(?P<pre>la\s+région\s+de\s+)|la\s+|l['’])?"
                rf"{NAME}(?P<post>\s+(?i:region|oblast|province))?")
    out = []
    for pattern in patterns:
        for m in re.finditer(pattern, window):
            groups = m.groupdict()
            out.append((groups["name"], bool(groups.get("pre") or groups.get("post"))))
    return out


def named_in(text: str, forms: dict[str, set[str]], towns: Iterable[str] = ()) -> list[str]:
    """The attacks (IRI -> the names of its place as the article writes them) whose place
    ``text`` names as a place hit, in the order of ``forms``; a name after "from"/"depuis" is
    where the weapon came from, one after "cutting power to" where a supply was cut, and a
    name two attacks share names neither. The name of an
    attack on a town (``towns``) read as a region's ("in the Kursk region") names no town."""
    towns = set(towns)
    counts: dict[str, int] = {}
    for names in forms.values():
        for n in names:
            counts[n] = counts.get(n, 0) + 1
    out = []
    for iri, all_names in forms.items():
        names = {n for n in all_names if counts[n] == 1}
        for name in sorted(names, key=len, reverse=True):
            hit = next((m for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
                        if not ORIGIN.search(text[: m.start()]) and not SUPPLY_TO.search(text[max(0, m.start() - 60): m.start()])
                        and not (iri in towns and as_region_name(text, m.start(), m.end()))), None)
            if hit is not None:
                out.append(iri)
                break
    return out


def about_kinds(trace: Iterable[str]) -> list[str]:
    """How each explicit link of a statement record was found (``kg.nlp.extract`` traces
    them in the order of ``StatementRecord.about``): attack_in_quote, attack_in_sentence or
    attack_noun_of_cue."""
    return [t.split(":", 1)[1] for t in trace if t.startswith("about:")]


def points_back_at_all(words: str, lang: str) -> bool:
    """Whether the words point back at all the attacks told so far with a plural ("informed
    of the attacks", "a imputé ces attaques à l'Ukraine"), not at a kind of attack ("the
    attacks on civilians")."""
    return bool(remark_words(lang if lang in ("fr", "en") else "en").plural.search(words))


def same_speaker_topic(speaker: str, words: str | None, said: list[tuple[str, str | None, list[str]]],
                       real: list[LinkedEvent], places: Iterable[str] = ()) -> str | None:
    """The one attack of the last earlier statement of the same speaker whose words share a
    proper name with these (``shared_names``, not a place of the attacks: ``places``): the
    speaker goes on with that topic although another attack was told in between. ``said``
    holds (speaker, words, links) of the statements before, in order."""
    if not words:
        return None
    iris = {e.iri for e in real}
    places = list(places)
    for who, earlier, about in reversed(said):
        if who == speaker and earlier and shared_names(words, earlier, places):
            return about[0] if len(about) == 1 and about[0] in iris else None
    return None


def statement_told_last(real: list[LinkedEvent], position: int, story: list[tuple[int, list[str]]],
                        unfound: Iterable[int] = ()) -> str | None:
    """The one attack of the statement told last before ``position`` when that statement
    comes after the last mention of any attack: "Odesa's governor said the silo was still
    smouldering. He said two ships had been moved away" stays on Odesa although the strike
    on Kursk was told in between. None when an attack is told after it (one of ``real``, or
    an attack no node is: ``unfound``, the starts of their sentences), or when that
    statement is about several attacks or none of ``real``."""
    earlier = [(pos, about) for pos, about in story if pos < position]
    if not earlier:
        return None
    pos, about = max(earlier, key=lambda x: x[0])
    iris = {e.iri for e in real}
    last_told = max([m.start for e in real for m in e.evidence if m.start < position]
                    + [u for u in unfound if u < position], default=-1)
    if len(about) != 1 or about[0] not in iris or pos <= last_told:
        return None
    return about[0]


PROPER = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÀ-Ý][\w’'-]{3,}")


def shared_names(words: str, earlier: str, exclude: Iterable[str] = ()) -> set[str]:
    """The proper names (capitalised words not opening a sentence) that two statements'
    words share, but those of ``exclude`` (the attacks' places): "restrictions at Domodedovo
    and Zhukovsky have been lifted" continues "it has halted flights at Domodedovo and
    Zhukovsky airports"."""
    skip = {w.lower() for name in exclude for w in name.split()}
    names = {m.group(0) for m in PROPER.finditer(words.strip(" \"“”«»'"))}
    return {n for n in names & {m.group(0) for m in PROPER.finditer(earlier)} if n.lower() not in skip}


# classes a report may mix up for one attack: rockets and missiles ("Hezbollah fired rockets …
# the missiles hit a school")
MIXED_UP = ({"Shelling", "MissileStrike"},)


def fits(event_class: str, date: dt.date | None, attack: LinkedEvent) -> bool:
    """Whether a mention of this class and day can be ``attack``: the test ``event_groups``
    groups mentions by (``gev:Attack`` fits any class, an untold day any day), but rockets
    and missiles, which reports mix up, fit each other. Used to tell a mention of an attack
    no node is, where a wrong "no" costs a link."""
    names = {event_class.rsplit("#", 1)[-1].rsplit(":", 1)[-1], attack.event_class.rsplit("#", 1)[-1].rsplit(":", 1)[-1]}
    same_class = (event_class == attack.event_class or GENERIC_ATTACK in (event_class, attack.event_class)
                  or any(names <= family for family in MIXED_UP))
    return same_class and (date is None or attack.date is None or date == attack.date)


# a day a report names outright (a weekday, a date, "yesterday", "la veille"), not a vague time
# ("overnight", "dans la nuit", "this week") whose day the date finder can only guess
NAMED_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
                       r"vendredi|samedi|dimanche|january|february|march|april|may|june|july|august|september|"
                       r"october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                       r"octobre|novembre|décembre|yesterday|hier|veille|avant-hier|\d{1,2})\b", re.IGNORECASE)


def told_day(date: dt.date | None, date_text: str | None) -> dt.date | None:
    """The day of a mention when its words name it (``NAMED_DAY``), else None: a mention
    "launched overnight" may be the attack told "early on Tuesday"."""
    return date if date is not None and date_text and NAMED_DAY.search(date_text) else None


def attack_told_last(real: list[LinkedEvent], position: int, unfound: Iterable[int] = ()) -> str | None:
    """The attack told last at or before ``position`` (a statement's sentence start), which a
    statement that names none reacts to (the article's first attack when none was told
    before it: the lead may tell it without an attack word). None when the last attack
    told is one no node is (``unfound``: the sentence starts of mentions that fit no attack
    of the article): "A fuel train caught fire after a drone strike, the railway said.
    Trains were delayed, it said" is about that strike, not the shelling of Tyotkino told
    before or after it."""
    if not real:
        return None
    last = {e.iri: max((m.start for m in e.evidence if m.start <= position), default=-1) for e in real}
    best = max(real, key=lambda e: last[e.iri])
    if any(last[best.iri] < u <= position for u in unfound):
        return None
    return best.iri if last[best.iri] >= 0 else real[0].iri


def attack_of_its_day(event_class: str, date: dt.date | None, real: list[LinkedEvent]) -> str | None:
    """The one attack of a compatible class told on the day of an unplaced mention in a
    statement's words ("wounded in Monday's attack", "blessés lors de l'attaque de dimanche"),
    else None (no day, or several attacks that day)."""
    if date is None:
        return None
    fitting = [e.iri for e in real if event_class in (GENERIC_ATTACK, e.event_class) and e.date == date]
    return fitting[0] if len(fitting) == 1 else None
