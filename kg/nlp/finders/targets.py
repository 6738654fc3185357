"""The finders of what an attack hit (``kg.nlp.targets``); every one is tried and what each
finds is added ("a drone attack on the port damaged warehouses" hit both):

* ``hit_object`` — the object or passive subject of a hit verb that is the trigger ("struck
  an oil depot", "l'aérodrome a été visé"), or the noun a passive participle or relative
  clause of it describes ("the refinery, hit by drones", "le dépôt, qui a été touché");
* ``onto_phrase`` — what a falling or crashing weapon came down on ("crashed into a house",
  "est tombé sur une école");
* ``noun_object`` — the "on"/"against"/"contre"/"sur" phrase of an attack noun ("strike on
  the port of Odesa", "frappe contre la raffinerie"), or the object of its "targeting"/"visant";
* ``subject_of_hit`` — the object of a hit verb whose subject is the attack noun ("the
  strike damaged a school"), or of a participle of the trigger verb ("attacked Ryazan,
  hitting a refinery").

Each finder takes a ``TargetContext`` (the trigger token and the words) and returns the
head nouns it found, with their concept, or None; a phrase whose head is no target word
("attack on Kharkiv") is nothing. Where the models misparse in a regular way, the finders
read the parse as it comes: a French object hung on the day word before it ("a frappé mardi
la raffinerie"), or taken for a second subject of the speech verb after it ("…, a indiqué le
gouverneur"), a second noun phrase hung on the first one's complement ("un immeuble de cinq
étages et un centre commercial"), a participle of the clause hung on one of its nouns. What is never a target: a
noun in a phrase of place around the hit ("near a hospital", "next to a school"), a part
of a building ("the windows of a school": the head is "windows"), the object of a hit verb
under an interception or an attempt ("drones heading for the port were shot down",
"tried to hit", "avant de toucher"), or of a negated one.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from kg.nlp.finders import registry
from kg.nlp.lexicon import lexicon
from kg.tables import data_table

OBJECT_DEPS = frozenset({"dobj", "obj"})
BARE_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "nmod"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass"})
PASSIVE_AUX_DEPS = frozenset({"auxpass", "aux:pass"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "flat", "flat:name", "nummod"})
UNEMBEDDED_DEPS = frozenset({"conj", "parataxis", "ROOT", "root"})
STOP_LEVELS = 4
"""How many heads above the hit verb a stop word is looked for ("drones heading for the
port were shot down": targeting → drones → downed)."""


@dataclass(frozen=True)
class TargetWords:
    """The words of ``target_words.tsv`` for one language."""

    targets: tuple[tuple[str, str, str], ...]  # (head, modifier or "", concept), modifier rows first
    hit: frozenset[str]
    onto: frozenset[str]
    onto_preps: frozenset[str]
    noun_preps: frozenset[str]
    aiming: frozenset[str]
    stop: frozenset[str]
    name_preps: frozenset[str]
    negations: frozenset[str] = frozenset()
    before: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()

    def concept(self, head: Token) -> str | None:
        """The concept of a head noun with its own modifiers, None when it is no target word."""
        if head.pos_ not in NOUN_POS:
            return None
        forms = {head.lemma_.lower(), head.lower_}
        mods = modifiers(head)
        for word, mod, concept in self.targets:
            if word in forms and (not mod or mod in mods):
                return None if concept == "-" else concept
        return None


def modifiers(head: Token) -> set[str]:
    """The lemmas and forms of a noun's own modifiers: compounds, adjectives, "de"/"of"
    complements ("oil depot", "dépôt de carburant", "block of flats", "base aérienne")."""
    out: set[str] = set()
    for c in head.children:
        if c.dep_ in MODIFIER_DEPS:
            out |= {c.lemma_.lower(), c.lower_}
            # one level down the same way: "fuel storage site", "site de stockage de carburant"
            out |= {x.lemma_.lower() for x in c.children if x.dep_ == c.dep_ and x.dep_ in ("compound", "nmod")}
            out |= {x.lower_ for x in c.children if x.dep_ == c.dep_ and x.dep_ in ("compound", "nmod")}
        elif c.dep_ == "prep" and c.lower_ == "of":
            out |= {x.lemma_.lower() for x in c.children if x.dep_ == "pobj"} | {x.lower_ for x in c.children if x.dep_ == "pobj"}
    return out


@lru_cache(maxsize=None)
def target_words(lang: str) -> TargetWords:
    """The target words of ``lang``."""
    with_mod: list[tuple[str, str, str]] = []
    bare: list[tuple[str, str, str]] = []
    sets: dict[str, set[str]] = {u: set() for u in ("hit", "onto", "onto_prep", "noun_prep", "aiming", "stop", "name_prep",
                                                   "negation", "before", "relative", "partitive", "definite")}
    for row in data_table("lexicon", "target_words.tsv"):
        if row["lang"] != lang:
            continue
        if row["use"] == "target":
            (with_mod if row["modifier"] else bare).append((row["word"], row["modifier"], row["concept"]))
        else:
            sets[row["use"]].add(row["word"])
    return TargetWords(tuple(with_mod + bare), frozenset(sets["hit"]), frozenset(sets["onto"]),
                       frozenset(sets["onto_prep"]), frozenset(sets["noun_prep"]), frozenset(sets["aiming"]),
                       frozenset(sets["stop"]), frozenset(sets["name_prep"]), frozenset(sets["negation"]),
                       frozenset(sets["before"]), frozenset(sets["relative"]), frozenset(sets["partitive"]),
                       frozenset(sets["definite"]))


@dataclass(frozen=True)
class TargetContext:
    """One attack trigger as the target finders see it."""

    trigger: Token
    words: TargetWords

    def lemma_in(self, tok: Token, words: frozenset[str]) -> bool:
        return tok.lemma_.lower() in words or tok.lower_ in words

    def stopped(self, verb: Token) -> bool:
        """Whether a hit verb is negated, or under an interception or an attempt, or follows
        "before"/"avant de" ("were shot down before they hit", "tenté de frapper")."""
        if any(c.lower_ in self.words.negations or c.dep_ == "neg" for c in verb.children):
            return True
        if any(c.dep_ in ("mark", "case", "advmod") and c.lemma_.lower() in self.words.before for c in verb.children):
            return True  # "before it hit", "avant de toucher"; not "hit X before dawn" (a "prep")
        tok = verb
        for _ in range(STOP_LEVELS):
            if tok.head.i == tok.i or tok.dep_ in UNEMBEDDED_DEPS:
                break  # "shot down 20 drones, and a drone hit a depot": the hit is not under the interception
            tok = tok.head
            if self.lemma_in(tok, self.words.stop):
                return True
        return False

    def found(self, heads: list[Token]) -> tuple[tuple[Token, str], ...] | None:
        """The heads that are target words (their conjuncts too: "a refinery and a depot"), with
        their concept; None when none is."""
        out: list[tuple[Token, str]] = []
        for h in heads:
            # "un immeuble de cinq étages et un centre commercial": the parse hangs the second
            # noun phrase, which has its own determiner, on the first one's complement
            hung = [c for m in h.children if m.dep_ in ("nmod", "compound") for c in m.children
                    if c.dep_ == "conj" and c.pos_ in NOUN_POS and any(d.dep_ == "det" for d in c.children)]
            for x in (h, *h.conjuncts, *hung):
                concept = self.words.concept(x)
                if concept is not None and all(x.i != y.i for y, _ in out):
                    out.append((x, concept))
        return tuple(out) or None


TARGET = registry("attack target", "what an attack hit: the first finder that finds a target word decides")


def _passive(verb: Token) -> bool:
    """A passive verb or past participle ("was hit", "hit by drones", "frappé par")."""
    return any(c.dep_ in PASSIVE_AUX_DEPS for c in verb.children) or verb.tag_ == "VBN" \
        or ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"))


def _present_participle(verb: Token) -> bool:
    """"hitting", "touchant"."""
    return verb.tag_ == "VBG" or ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))


def _bare(tok: Token, preps: frozenset[str]) -> bool:
    """A nominal with no preposition, or with one of ``preps`` (a partitive article the
    parse took for a preposition: "frappé des infrastructures")."""
    cases = [c for c in tok.children if c.dep_ == "case"]
    return tok.pos_ in NOUN_POS and all(c.lower_ in preps for c in cases)


def _under_day(verb: Token, preps: frozenset[str]) -> list[Token]:
    """Nominals the parse hung on the verb's day word, or on the verb with no preposition:
    the French model reads "a frappé mardi la raffinerie" as "mardi la raffinerie" ("la
    raffinerie" the object of "mardi"), or "la raffinerie" as a bare oblique of the verb."""
    days = lexicon(verb.doc.lang_).day_words
    out = [c for c in verb.children if c.dep_ in BARE_DEPS and c.lower_ not in days and _bare(c, preps)]
    for c in verb.children:
        if c.lower_ in days:
            out += [x for x in c.children if x.dep_ in BARE_DEPS | OBJECT_DEPS and _bare(x, preps)]
    return out


def _second_subject(verb: Token) -> list[Token]:
    """The object the parse took for a subject of the next clause: "a frappé vendredi la
    sous-station, a indiqué le gouverneur" read with two subjects of "a indiqué" (a verb has
    one), the first, after the hit verb, is the hit verb's object."""
    out = []
    for c in verb.children:
        if c.dep_ in ("advcl", "parataxis", "ccomp", "conj") and c.i > verb.i:
            subjects = [x for x in c.children if x.dep_ == "nsubj"]
            if len(subjects) >= 2 and verb.i < subjects[0].i < c.i:
                out.append(subjects[0])
    return out


def _objects(ctx: TargetContext, verb: Token) -> list[Token]:
    """The object of a hit verb, its passive subject, or, for a passive relative clause or
    participle, the noun it describes."""
    heads = [c for c in verb.children if c.dep_ in OBJECT_DEPS] + _under_day(verb, ctx.words.partitives) \
        + _second_subject(verb)
    for c in verb.children:
        if c.dep_ in PASSIVE_SUBJECT_DEPS or (c.dep_ == "nsubj" and _passive(verb) and verb.pos_ in ("VERB", "AUX")
                                              and any(a.dep_ in PASSIVE_AUX_DEPS for a in verb.children)):
            heads.append(verb.head if c.lower_ in ctx.words.relatives and verb.dep_ in ("relcl", "acl:relcl") else c)
    if not heads and verb.dep_ in ("acl", "amod") and verb.head.pos_ in NOUN_POS and _passive(verb) \
            and not any(c.dep_ in OBJECT_DEPS for c in verb.children):
        heads.append(verb.head)  # "the refinery, hit by drones", "le dépôt visé par des drones"
    return heads


def hit_object(ctx: TargetContext) -> tuple[tuple[Token, str], ...] | None:
    """The object or passive subject of the hit verb that is the trigger ("struck an oil
    depot", "l'aérodrome a été visé", "the refinery, hit by drones")."""
    t = ctx.trigger
    if t.pos_ not in ("VERB", "AUX") or not ctx.lemma_in(t, ctx.words.hit) or ctx.stopped(t):
        return None
    return ctx.found(_objects(ctx, t))


def _prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The nouns of a token's prepositional phrases with one of ``preps`` (EN "prep" → "pobj";
    FR "obl"/"nmod" with a "case" child)."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out += [x for x in c.children if x.dep_ == "pobj"]
        elif c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and any(x.dep_ == "case" and x.lower_ in preps
                                                                       for x in c.children):
            out.append(c)
    return out


def onto_phrase(ctx: TargetContext) -> tuple[tuple[Token, str], ...] | None:
    """What a falling or crashing weapon came down on ("crashed into a house", "est tombé sur
    une école")."""
    t = ctx.trigger
    if not ctx.lemma_in(t, ctx.words.onto) or ctx.stopped(t):
        return None
    return ctx.found(_prep_objects(t, ctx.words.onto_preps) + [x for x in _under_day(t, ctx.words.onto_preps)
                                                              if any(c.dep_ == "case" for c in x.children)])


def noun_object(ctx: TargetContext) -> tuple[tuple[Token, str], ...] | None:
    """The "on"/"against" phrase of an attack noun ("strike on the port of Odesa", "frappe
    contre la raffinerie"), or the object of its "targeting"/"visant"."""
    t = ctx.trigger
    if t.pos_ not in NOUN_POS:
        return None
    if t.head.i != t.i and ctx.stopped(t):
        return None
    heads = _prep_objects(t, ctx.words.noun_preps)
    for c in t.children:  # "une frappe de missiles contre la centrale": parsed under "missiles"
        if c.dep_ in ("nmod", "pobj", "prep") and c.i > t.i:
            heads += _prep_objects(c, ctx.words.noun_preps)
            heads += [x for p in c.children if p.dep_ == "pobj" for x in _prep_objects(p, ctx.words.noun_preps)]
    for c in t.children:
        if c.dep_ in ("acl", "amod", "relcl", "acl:relcl") and ctx.lemma_in(c, ctx.words.aiming) and not ctx.stopped(c):
            heads += [x for x in c.children if x.dep_ in OBJECT_DEPS]
    return ctx.found(heads)


def _clause_of(tok: Token) -> Token:
    """The verb whose clause a participle belongs to: its first verb ancestor, the participle's
    own head excepted when that is a noun of the clause ("attaqué X dans la nuit, touchant …",
    hung under "nuit"; "bombardé le port, visant les quais")."""
    x = tok.head
    while x.pos_ not in ("VERB", "AUX") and x.head.i != x.i:
        x = x.head
    return x


def subject_of_hit(ctx: TargetContext) -> tuple[tuple[Token, str], ...] | None:
    """The object of a hit verb whose subject is the attack noun ("the strike damaged a
    school", "la frappe a détruit un entrepôt"), or of a participle of the trigger verb
    ("attacked Ryazan, hitting a refinery", "touchant une sous-station")."""
    t = ctx.trigger
    verbs = []
    if t.pos_ in NOUN_POS and t.dep_ in ("nsubj", "csubj") and t.head.pos_ in ("VERB", "AUX"):
        verbs.append(t.head)
    if t.pos_ in ("VERB", "AUX"):
        # a participle of the trigger's clause: on the trigger, or on one of its own phrases
        # when the parse hangs it there ("attaqué X dans la nuit, touchant …" under "nuit")
        verbs += [x for x in t.subtree if x.i != t.i and _present_participle(x) and _clause_of(x).i == t.i]
    heads = []
    for v in verbs:
        if ctx.lemma_in(v, ctx.words.hit) and not ctx.stopped(v):
            heads += [c for c in v.children if c.dep_ in OBJECT_DEPS]
    return ctx.found(heads)


TARGET.declare(("en", "fr"), [hit_object, onto_phrase, noun_object, subject_of_hit])
