"""The finders of a statement's speech act (``kg.nlp.speech_acts``), in the order tried:

* ``denial`` — a denial cue ("denied", "a démenti", "nie") or an attack the statement
  reports negated in itself ("no such attack took place");
* ``claim_of_responsibility`` — "revendiquer", or "claim" whose object is responsibility
  or an attack ("claimed responsibility for", not "claimed that …");
* ``accusation`` — an accusing cue that is no condemnation ("accused", "blamed", "imputé");
* ``condemnation`` — "condemned", "denounced", "a dénoncé", "a fustigé";
* ``threat`` — "threatened"/"menacer", or a harm verb ("strike", "riposter") the statement
  tells in the future or the conditional ("will respond", "frapperait", "va frapper") or
  after a promise cue ("vowed to retaliate", "a promis de riposter");
* ``interception_report`` — a count of weapons intercepted in the reported words, or a
  noun of interception over a weapon ("the destruction of 30 drones");
* ``casualty_report`` — a figure of people killed or injured in them;
* ``damage_report`` — a word of damage in them ("damaged", "endommagé", "dégâts").

The words are read here (``ActWords``) and each finder takes an ``ActContext`` and returns an act's local name or None.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.model import CasualtyCandidate, WeaponCandidate
from kg.nlp.finders import registry
from kg.nlp.lexicon import lexicon
from kg.nlp.syntax import tokens_starting_in
from kg.tables import data_table

@dataclass(frozen=True)
class ActWords:
    """The words of ``speech_acts.tsv`` for one language."""

    cues: dict[str, tuple[str, frozenset[str]]]  # cue lemma -> (act, object lemmas required or empty)
    promises: frozenset[str]
    harms: frozenset[str]
    damages: frozenset[str]
    intercepts: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def act_words(lang: str) -> ActWords:
    """The speech-act words of ``lang``."""
    cues: dict[str, tuple[str, frozenset[str]]] = {}
    sets: dict[str, set[str]] = {"promise": set(), "harm": set(), "damage": set(), "intercept": set()}
    for row in data_table("lexicon", "speech_acts.tsv"):
        if row["lang"] != lang:
            continue
        if row["use"] == "cue":
            cues[row["lemma"]] = (row["act"], frozenset(x for x in row["object"].split("|") if x))
        else:
            sets[row["use"]].add(row["lemma"])
    return ActWords(cues, frozenset(sets["promise"]), frozenset(sets["harm"]), frozenset(sets["damage"]),
                    frozenset(sets["intercept"]))


@dataclass(frozen=True)
class ActContext:
    """One statement as the speech-act finders see it: its cue token (None when the cue is
    no verb: "selon", a colon), its kind, the range of the words it reports (the quote or
    reported clause, else its sentence), and the article's denials and figures."""

    doc: Doc
    words: ActWords
    cue: Token | None
    kind: str
    span: tuple[int, int]
    denials: tuple[int, ...]
    casualties: tuple[CasualtyCandidate, ...]
    weapons: tuple[WeaponCandidate, ...]

    def inside(self, pos: int) -> bool:
        return self.span[0] <= pos < self.span[1]

    def tokens(self) -> list[Token]:
        """The tokens of the reported words."""
        return list(tokens_starting_in(self.doc, self.span[0], self.span[1]))


SPEECH_ACT = registry("speech act", "what a statement does: the first finder that names an act decides")

EN_FUTURE = {"will", "would", "'ll", "shall"}
OBJECT_DEPS = {"dobj", "obj", "pobj", "nmod", "obl"}
WEAPON_DEPS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}  # not an active subject: "a drone destroyed a house"


def _cue_act(ctx: ActContext) -> str | None:
    if ctx.cue is None:
        return None
    act, objects = ctx.words.cues.get(ctx.cue.lemma_.lower(), (None, frozenset()))
    if act is None:
        return None
    if objects:
        objs = {x.lemma_.lower() for c in ctx.cue.children if c.dep_ in OBJECT_DEPS for x in (c, *c.children)
                if x.dep_ in OBJECT_DEPS or x is c}
        if not objs & objects:
            return None
    return act


def denial(ctx: ActContext) -> str | None:
    """A denial cue, or an attack reported negated in the statement's words."""
    if ctx.kind == "deny" or _cue_act(ctx) == "Denial":
        return "Denial"
    return "Denial" if any(ctx.inside(d) for d in ctx.denials) else None


def claim_of_responsibility(ctx: ActContext) -> str | None:
    """"revendiqué", "claimed responsibility for the attack"."""
    return "Claim" if _cue_act(ctx) == "Claim" else None


def accusation(ctx: ActContext) -> str | None:
    """An accusing cue that is no condemnation: "accused", "blamed", "a imputé"."""
    act = _cue_act(ctx)
    if act == "Accusation" or (ctx.kind in ("accuse", "attribute") and act is None):
        return "Accusation"
    return None


def condemnation(ctx: ActContext) -> str | None:
    """"condemned", "denounced", "a dénoncé", "a fustigé"."""
    return "Condemnation" if _cue_act(ctx) == "Condemnation" else None


def _future(t: Token) -> bool:
    if "Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood"):
        return True
    for c in t.children:
        if c.dep_ in ("aux", "aux:tense") and (c.lower_ in EN_FUTURE or c.lemma_.lower() == "aller"):
            return True
        if c.dep_ == "aux" and c.lower_ == "to" and t.head.lemma_.lower() == "go" and t.head.i < t.i:
            return True  # "is going to strike"
    return t.dep_ == "xcomp" and t.head.lemma_.lower() == "aller"


def threat(ctx: ActContext) -> str | None:
    """"threatened", "menace de", or a harm verb told in the future or conditional, or
    governed by a promise cue ("vowed to retaliate")."""
    if _cue_act(ctx) == "Threat":
        return "Threat"
    promise = ctx.cue is not None and ctx.cue.lemma_.lower() in ctx.words.promises
    for t in ctx.tokens():
        if t.pos_ != "VERB" or t.lemma_.lower() not in ctx.words.harms:
            continue
        if any(c.dep_ == "neg" or c.lower_ in ("pas", "jamais", "not", "never") for c in t.children):
            continue
        if _future(t):
            return "Threat"
        if promise and t.head == ctx.cue or promise and t.head.head == ctx.cue:
            return "Threat"
    return None


def interception_report(ctx: ActContext) -> str | None:
    """A count of weapons intercepted in the reported words ("downed 18 drones"), or a noun
    of interception over a weapon word ("claimed the destruction of 30 drones")."""
    if any(w.action == "intercepted" and ctx.inside(w.start) for w in ctx.weapons):
        return "InterceptionReport"
    weapons = lexicon(ctx.doc.lang_).instruments
    for t in ctx.tokens():
        if t.pos_ == "NOUN" and t.lemma_.lower() in ctx.words.intercepts \
                and any(x.lower_ in weapons or x.lemma_.lower() in weapons for x in t.subtree if x is not t):
            return "InterceptionReport"
    return None


def casualty_report(ctx: ActContext) -> str | None:
    """A figure of people killed or injured in the reported words."""
    return "CasualtyReport" if any(ctx.inside(c.start) for c in ctx.casualties) else None


def _weapon_argument(t: Token) -> bool:
    """Whether a verb's object or subject is a weapon ("destroyed 23 drones", "drones were
    destroyed"): what it destroyed was intercepted, not damaged."""
    weapons = lexicon(t.doc.lang_).instruments
    return any(c.dep_ in WEAPON_DEPS and (c.lemma_.lower() in weapons or c.lower_ in weapons
                                          or any(x.dep_ in ("nmod", "pobj", "prep") and x.lower_ in weapons
                                                 for x in c.subtree))
               for c in t.children)


def damage_report(ctx: ActContext) -> str | None:
    """A word of damage in the reported words ("was damaged", "des dégâts", "endommagé"),
    not a verb whose object or subject is a weapon ("destroyed 11 drones")."""
    return "DamageReport" if any((t.lemma_.lower() in ctx.words.damages or t.lower_ in ctx.words.damages)
                                 and not (t.pos_ == "VERB" and _weapon_argument(t))
                                 for t in ctx.tokens()) else None


SPEECH_ACT.declare(("en", "fr"), [denial, claim_of_responsibility, accusation, condemnation, threat,
                                  interception_report, casualty_report, damage_report])
