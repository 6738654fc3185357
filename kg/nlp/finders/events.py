"""The finders of attacks: which class, where, who, when, and whether it happened.

For one trigger word the events component asks these registries:

* ``CLASS`` — the class: an instrument word among the arguments ("de drones",
  "artillery"), else the weapon an air-defence verb stopped, else the weapon of a later
  "par"/"by" phrase, else that of a campaign noun ("sa campagne aérienne"), else the trigger's
  own class;
* ``PLACES`` — the names that may be the place hit: in the trigger's target phrases,
  else (weakly) in the subject of its clause;
* ``PERPETRATORS`` — every finder that applies: a demonym on the trigger or an instrument,
  the subject of a trigger verb;
* ``FACTUALITY`` — why the trigger is no real, specific attack (negated, denied,
  hypothetical, habitual, generic), the first that applies.

Each finder takes the extractor (``kg.nlp.events.EventExtractor``: language, lexicon) and
the trigger's context, and returns what it found or None.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.model import ALLEGED_LABEL, ActorCandidate, PlaceCandidate
from kg.nlp.dates import find_time_expressions
from kg.nlp.finders import registry
from kg.rdf.namespace import ATTACK_SPECIFICITY
from kg.nlp.syntax import dateline_end, doc_text, noun_phrase, sent_of, span_text, token_range
from kg.nlp.thresholds import BACKGROUND_OPENING_TOKENS, CONTRAST_LEVELS, DENYING_VERB_LEVELS, NEGATION_SCOPE_LEVELS, PERPETRATOR_INSTRUMENT_MAX_TOKENS

if TYPE_CHECKING:
    from kg.nlp.events import EventExtractor

LANGS = ("en", "fr")
CLAUSE_CHILD_DEPS = {"advcl", "relcl", "acl:relcl", "conj", "parataxis", "ccomp"}


@dataclass(frozen=True)
class Trigger:
    """An attack trigger in its sentence, with its syntactic arguments."""

    token: Token
    sent: Span
    args: tuple[Token, ...]  # tokens of the phrases where the place hit can be
    subject: tuple[Token, ...]  # the trigger's subject or agent (or what a participle describes)
    content_start: int  # where the sentence's content starts, after a wire dateline
    interception: bool = False  # an air-defence verb: "downed 18 drones heading for Kaluga"

    @property
    def is_verb(self) -> bool:
        return self.token.pos_ in ("VERB", "AUX")

    @cached_property
    def scope(self) -> list[Token]:
        """The trigger, its own words and the heads above it up to the first verb, with their
        modifiers: where a negation, a condition or a habit applies to it (computed once)."""
        return _scope(self)

    @cached_property
    def scope_words(self) -> frozenset[str]:
        return frozenset({x.lemma_.lower() for x in self.scope} | {x.lower_ for x in self.scope})


# ---------- class ----------

def instrument_word(ex: EventExtractor, t: Trigger) -> str | None:
    """The most specific class of an instrument word near the trigger ("bombardé à
    l'artillerie", "drone strike"): the weapon named says more than the trigger word."""
    return ex.instrument_class(t.token, list(t.args + t.subject), munitions=t.interception)


def agent_phrase(ex: EventExtractor, t: Trigger) -> str | None:
    """The weapon of a "par"/"by" phrase later in the trigger verb's stretch of the sentence,
    however far ("Soumy visée dans la nuit de lundi à mardi par des drones Shahed")."""
    found = [c for c in (ex.instrument_class(w, [], munitions=True) for w in ex.agent_phrase_words(t.token)) if c]
    return max(found, key=lambda c: ATTACK_SPECIFICITY[c]) if found else None


def campaign_phrase(ex: EventExtractor, t: Trigger) -> str | None:
    """The weapon word of a campaign noun among the trigger's phrases, however far ("avoir
    frappé lundi … près de Kermanchah, au quatrième jour de sa campagne aérienne", "struck …
    as part of its drone campaign"): the attack is one of the campaign's."""
    for noun in t.args:
        if noun.pos_ == "NOUN" and {noun.lower_, noun.lemma_.lower()} & ex.lex.campaign_nouns:
            cls = ex.instrument_class(noun, [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")])
            if cls is not None and cls != ex.trigger_class(noun):
                return cls
    return None


def trigger_word(ex: EventExtractor, t: Trigger) -> str | None:
    """The trigger word's own class (``attack_triggers.tsv``)."""
    return ex.trigger_class(t.token)


def stopped_weapon(ex: EventExtractor, t: Trigger) -> str | None:
    """The class of the weapon an air-defence verb stopped, however far from the verb
    ("a abattu dans la nuit de lundi à mardi quinze drones")."""
    if not t.interception:
        return None
    return ex.instrument_class(t.subject[0], [], munitions=True) if t.subject else None


CLASS = registry("event class", "the attack class of a trigger")
CLASS.declare(LANGS, [instrument_word, stopped_weapon, agent_phrase, campaign_phrase, trigger_word])


# ---------- places ----------

def target_phrase(ex: EventExtractor, t: Trigger) -> tuple[PlaceCandidate, ...] | None:
    """Names in the trigger's target phrases ("contre Moscou", "shelled Kherson"), and the
    names a definite place noun there refers back to ("le centre du village", "the city's
    power station": ``kg.nlp.antecedents``), which the linker uses only when the others fail."""
    own = ex.places(t.token, list(t.args), t.content_start, interception=t.interception)
    return tuple(own + ex.antecedents(t)) or None


def clause_subject(ex: EventExtractor, t: Trigger) -> tuple[PlaceCandidate, ...] | None:
    """Names in the subject of the trigger's clause ("Moscou a été la cible d'une
    attaque"), weak: the linker uses them only when they agree."""
    return tuple(ex.places(t.token, ex.subject_of_clause(t.token), t.content_start, weak=True)) or None


def main_clause(ex: EventExtractor, t: Trigger) -> tuple[PlaceCandidate, ...] | None:
    """Names in a target phrase of the clause a "when" clause of the attack hangs on ("Deux
    civils ont été tués samedi à Belgorod lorsqu'une salve de roquettes s'est abattue sur le
    marché"), weak like the clause subject."""
    return tuple(ex.places(t.token, ex.main_clause_args(t.token), t.content_start, weak=True)) or None


def described_target(ex: EventExtractor, t: Trigger) -> tuple[PlaceCandidate, ...] | None:
    """Names in the noun phrase a passive participle of a strike verb describes ("la raffinerie
    de Riazan, frappée par des drones", "the Kursk depot, hit by drones"), weak; what a
    launching participle describes is the weapon ("les drones lancés contre …")."""
    return tuple(ex.places(t.token, ex.described_phrase(t.token), t.content_start, weak=True)) or None


PLACES = registry("event places", "the names that may be the place an attack hit")
PLACES.declare(LANGS, [target_phrase, described_target, clause_subject, main_clause])


# ---------- perpetrators ----------

def demonym_modifier(ex: EventExtractor, t: Trigger) -> tuple[ActorCandidate, ...] | None:
    """A demonym on the trigger or on an instrument ("missiles russes", "Ukrainian
    drones"); one on the target ("la ville russe de Belgorod") is not the attacker's."""
    trig = t.token
    holders = [trig] + [x for x in list(trig.subtree) + list(t.subject)
                        if (x.lemma_.lower() in ex.lex.instruments or x.lower_ in ex.lex.instruments)
                        and abs(x.i - trig.i) <= PERPETRATOR_INSTRUMENT_MAX_TOKENS]
    # the weapon subject of the verb the attack noun is the object of, however far ("Israeli
    # warplanes carried out at least a dozen strikes"), and the kind noun of a French weapon
    # compound ("des avions de combat israéliens": the demonym hangs on "combat")
    light = [x for x in ex.light_verb_subject(trig) if ex.is_weapon_word(x)]
    holders += light + [c for x in light for c in x.children
                        if c.dep_ == "nmod" and c.lemma_.lower() in ex.lex.weapon_kind_nouns]
    content_start = dateline_end(doc_text(trig.doc), sent_of(trig).start_char)
    out = []
    for h in holders:
        for x in h.children:
            if x.idx >= content_start and x.dep_ in ("amod", "compound", "nmod:poss", "poss") \
                    and x.pos_ in ("ADJ", "PROPN", "NOUN"):
                out.append(ActorCandidate(x.idx, x.idx + len(x.text), x.text, "DEMONYM"))
    return tuple(out) or None


def verb_subject(ex: EventExtractor, t: Trigger) -> tuple[ActorCandidate, ...] | None:
    """The named subject of a trigger verb, or of the verb a trigger noun is the object of
    ("Russian forces shelled…", "L'armée israélienne a mené des frappes…"); the subject of an
    air-defence verb ("Russian air defences downed…") is the defender."""
    trig = t.token
    if t.interception:
        return None
    verb = trig if t.is_verb else ex.governing_verb(trig)
    if verb is None or verb.lemma_.lower() in ex.lex.speech_verbs or ex.speech_with_object(verb):
        return None  # "Kiev a fait état d'une frappe": Kyiv reports it
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if {subj.lower_, subj.lemma_.lower()} & ex.lex.armed_nouns:
        group = _group_of_members(subj)  # "Fighters of the RSF stormed …": the RSF
        return (_candidate(group, "SUBJECT"),) if group is not None else None
    return (_candidate(subj, "SUBJECT"),) if _names_someone(subj) else None


def _names_someone(head: Token) -> bool:
    return any(x.pos_ in ("PROPN", "ADJ") or x.ent_type_ for x in noun_phrase(head))


def _candidate(head: Token, label: str) -> ActorCandidate:
    rng = token_range(noun_phrase(head))
    return ActorCandidate(rng[0], rng[1], doc_text(head.doc)[rng[0]: rng[1]], label)


def _group_of_members(noun: Token) -> Token | None:
    """The group a members' noun names ("RSF fighters", "Al-Shabaab militants", "fighters of the
    Rapid Support Forces", "des combattants du Hezbollah"); None when it names none ("gunmen")."""
    for c in noun.children:
        named = c.pos_ == "PROPN" or (c.pos_ == "NOUN" and c.text[:1].isupper())  # "des Forces de soutien rapide"
        if c.dep_ in ("compound", "nmod") and named and (c.i < noun.i or c.dep_ == "nmod"):
            return c
        if c.dep_ == "prep":
            g = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ == "PROPN"), None)
            if g is not None:
                return g
    return None


SPEECH_CHAIN_DEPS = ("ccomp", "xcomp")


def _agent(ex: EventExtractor, verb: Token) -> Token | None:
    """The actor of a passive "by X"/"par X" of ``verb``, not a weapon ("lancé par des drones"),
    also where the parser hung it inside a "selon" phrase ("tirés selon l'armée par les FSR")."""
    kids = list(verb.children)
    kids += [g for c in kids if _reporting_phrase(ex, c) for g in c.children if g.dep_ in ("nmod", "obl")]
    for c in kids:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ex.lex.agent_preps):
            c = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif not (c.dep_ in ("obl:agent", "obl", "obl:arg", "nmod")
                  and any(g.dep_ == "case" and g.lower_ in ex.lex.agent_preps for g in c.children)):
            continue
        if c is not None and not ex.is_weapon_word(c) and _names_someone(c):
            return c
    return None


def _reported(ex: EventExtractor, verb: Token) -> bool:
    """A "selon X"/"according to X" phrase on the verb: what it tells is someone's claim."""
    return any(_reporting_phrase(ex, c) for c in verb.children)


def _reporting_phrase(ex: EventExtractor, c: Token) -> bool:
    lead = "".join(x.text_with_ws for x in c.subtree).lower()
    return any(lead.startswith(p + " ") for p in ex.lex.speech_preps)


def launch_agent(ex: EventExtractor, t: Trigger) -> tuple[ActorCandidate, ...] | None:
    """The agent of a launching participle or relative on the weapon that hit or on the attack
    noun ("shells fired by Russian forces fell on", "des roquettes tirées par le Hezbollah se sont
    abattues sur"): a fact, unless someone says so in the relative ("a drone the ministry said
    was launched by Ukraine", "un drone qui, selon Moscou, avait été lancé par l'Ukraine")."""
    roots = [x for x in (t.token, *t.subject) if x.i == t.token.i or ex.is_weapon_word(x)]
    out = []
    launch = _launch_taken_for_main_verb(ex, t)
    if launch is not None:  # "Rockets fired from Lebanon by Hezbollah hit Metula", parsed with "fired" as the root
        agent = _agent(ex, launch)
        if agent is not None:
            out.append(_candidate(agent, ALLEGED_LABEL if _reported(ex, launch) else "AGENT"))
    for w in roots:
        for c in w.children:
            if c.dep_ not in ("acl", "relcl", "acl:relcl") or c.pos_ not in ("VERB", "AUX"):
                continue
            said = [g for g in c.children if g.dep_ in SPEECH_CHAIN_DEPS and g.pos_ in ("VERB", "AUX")]
            # "that the ministry said was launched by Ukraine": the launch is the speech verb's clause
            chain = [(g, True) for g in said] if said and ex.is_speech_verb(c) else [(c, False)]
            for verb, said in chain:
                if ex.trigger_key(verb) is None or ex.trigger_key(verb)[1] != "VERB":
                    continue
                agent = _agent(ex, verb)
                if agent is not None:
                    out.append(_candidate(agent, ALLEGED_LABEL if said or _reported(ex, verb) else "AGENT"))
    return tuple(out) or None


def _launch_taken_for_main_verb(ex: EventExtractor, t: Trigger) -> Token | None:
    """The launch verb a subjectless trigger verb hangs on when the parser took a reduced
    relative for the main clause ("Rockets fired … by Hezbollah hit …": hit <- fired), with a
    weapon as its subject."""
    trig = t.token
    if not t.is_verb or trig.dep_ not in ("advcl", "conj") or trig.head.i >= trig.i \
            or any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in trig.children):
        return None
    head = trig.head
    if head.pos_ not in ("VERB", "AUX") or ex.trigger_use(head) != "projectile":
        return None
    if not any(c.dep_ == "nsubj" and ex.is_weapon_word(c) for c in head.children):
        return None
    return head


BLAME_HOPS = 4  # "the shelling … on Saturday, which officials blamed on": blamed -> Saturday -> on -> shelling


def attribution(ex: EventExtractor, t: Trigger) -> tuple[ActorCandidate, ...] | None:
    """An actor an attribution in a participle or a relative blames for the attack ("a drone
    strike attributed to Israel", "the shelling …, which officials blamed on Ukrainian forces",
    "le bombardement …, que les autorités ont imputé aux forces ukrainiennes"), or that the
    sources of a "selon"/"according to" accuse ("selon des sources sécuritaires qui accusent
    l'État islamique"): alleged, never a fact."""
    own = {t.token.i} | {x.i for x in t.subject}
    accuse = ex.lex.blame_verbs | {w for w, kind in ex.lex.speech_verbs.items() if kind == "accuse"
                                   and w not in ex.lex.noun_content_verbs and w not in ex.lex.quote_content_verbs}
    out = []
    for v in t.sent:
        if v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("acl", "relcl", "acl:relcl") \
                or not {v.lemma_.lower(), v.lower_} & accuse:
            continue
        if v.lemma_.lower() in ex.lex.blame_verbs and _hangs_on(v, own):
            blamed = _blamed(ex, v)
        elif _source_phrase(ex, v.head):  # "selon des sources qui accusent X"
            blamed = next((c for c in v.children if c.dep_ in ("obj", "dobj")), None)
            if blamed is not None and {blamed.lower_, blamed.lemma_.lower()} & ex.lex.armed_nouns:
                blamed = _group_of_members(blamed)  # "accusent les jihadistes de l'État islamique"
        else:
            continue
        if blamed is not None and _names_someone(blamed) and blamed.ent_type_ not in ("DATE", "TIME"):
            out.append(_candidate(blamed, ALLEGED_LABEL))
    return tuple(out) or None


def _hangs_on(v: Token, own: set[int]) -> bool:
    cur = v
    for _ in range(BLAME_HOPS):
        cur = cur.head
        if cur.i in own:
            return True
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
    return False


def _blamed(ex: EventExtractor, v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ex.lex.blame_preps:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ in ("obl", "obl:arg", "iobj", "nmod") and any(
                g.dep_ == "case" and g.lower_ in ex.lex.blame_preps for g in c.children):
            return c
        if c.dep_ in ("obl", "obl:arg") and c.lower_ in ex.lex.blame_preps:  # "aux" tagged as the head
            return next((g for g in c.children if g.pos_ in ("NOUN", "PROPN")), None)
    return None


def _source_phrase(ex: EventExtractor, noun: Token) -> bool:
    """``noun`` is the object of a reporting preposition ("selon des sources", "according to
    security sources")."""
    if any(c.dep_ == "case" and c.lower_ in ex.lex.speech_preps for c in noun.children):
        return True
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep":
        lead = f"{prep.head.lower_} {prep.lower_}"
        return lead in ex.lex.speech_preps or prep.lower_ in ex.lex.speech_preps
    return False


PERPETRATORS = registry("event perpetrators", "the phrases that may name who attacked")
PERPETRATORS.declare(LANGS, [demonym_modifier, verb_subject, launch_agent, attribution])


# ---------- factuality ----------

def _own(t: Trigger) -> list[Token]:
    trig = t.token
    # a clause of its own hanging on the trigger says nothing of it ("struck X, hours after the
    # group vowed to keep targeting shipping")
    own = [trig] + [c for c in trig.children if c.dep_ not in CLAUSE_CHILD_DEPS]
    for subj in (c for c in trig.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")):
        own.extend(c for c in subj.children if c.dep_ in ("det", "neg"))  # "no U.S. vessel had been targeted"
    return own


def _scope(t: Trigger) -> list[Token]:
    """The trigger, its own words and the heads above it up to the first verb, with their modifiers."""
    scope = _own(t)
    head = t.token
    for _ in range(NEGATION_SCOPE_LEVELS):
        if head.head.i == head.i:
            break
        head = head.head
        scope.append(head)
        scope.extend(c for c in head.children
                     if c.dep_ in ("advmod", "neg", "aux", "obl:mod", "npadvmod", "advmod:neg", "mark"))
        if head.pos_ in ("VERB", "AUX"):
            break
    return scope


def negation(ex: EventExtractor, t: Trigger) -> str | None:
    """The attack itself is negated ("no such attack", "n'avait été visé", "did not
    strike"): a denial of an attack claimed before."""
    if {x.lower_ for x in _own(t)} & ex.lex.blockers.get("negation", frozenset()):
        return "negation"
    return None


def denied(ex: EventExtractor, t: Trigger) -> str | None:
    """A denying speech verb governs the trigger ("Russia denied that its forces had struck")."""
    deny = {w for w, kind in ex.lex.speech_verbs.items() if kind == "deny"}
    anchors = ex.lex.blockers.get("time_anchor", frozenset())
    up = t.token
    for _ in range(DENYING_VERB_LEVELS):
        if up.head.i == up.i:
            break
        if up.lower_ in anchors and up.pos_ == "ADP" or up.i == t.token.i and up.pos_ == "NOUN" and any(
                c.lower_ in anchors and c.dep_ == "case" for c in up.children):
            # "denied that the hospital had been evacuated after the strike on Sumy", "a démenti que
            # l'hôpital ait été évacué après la frappe": the attack dates what is denied, it is not denied
            return None
        up = up.head
        if up.lemma_.lower() in deny or up.lower_ in deny:
            return "denied"
    return None


def negated_context(ex: EventExtractor, t: Trigger) -> str | None:
    """The clause around the trigger is negated ("n'a pas revendiqué l'attaque")."""
    return "negated context" if t.scope_words & ex.lex.blockers.get("negation", frozenset()) else None


def hypothetical(ex: EventExtractor, t: Trigger) -> str | None:
    """The attack is only possible, threatened or planned (``event_blockers.tsv``), also
    through a chain of verbs that take it as their complement ("vowed to keep targeting
    Israel", "a menacé de continuer à frapper")."""
    words = ex.lex.blockers.get("hypothetical", frozenset())
    if t.scope_words & words:
        return "hypothetical"
    cur = t.token
    if not t.is_verb and cur.dep_ in ("obj", "dobj") and cur.head.pos_ in ("VERB", "AUX"):
        cur = cur.head  # "prévoit de mener des frappes": from the verb the attack noun is the object of
    for _ in range(NEGATION_SCOPE_LEVELS):
        if cur.dep_ not in ("xcomp", "ccomp") or cur.head.i == cur.i:
            break
        cur = cur.head
        if {cur.lemma_.lower(), cur.lower_} & words:
            return "hypothetical"
    return None


def habitual(ex: EventExtractor, t: Trigger) -> str | None:
    """The attack is a habit, not one event ("daily strikes", "chaque nuit"), unless a
    novelty word makes it one ("the first strike on the port since the war began")."""
    trig = t.token
    scope, words = t.scope, t.scope_words
    subtree_words = {x.lower_ for x in trig.subtree}
    if ex.lex.blockers.get("novelty", frozenset()) & (subtree_words | words):
        return None
    # a bare "since" is "afterwards" ("Israeli jets have since struck …"), no span of time
    bare = {x.lower_ for x in list(trig.subtree) + scope if x.lower_ in ex.lex.time_preps and not list(x.children)
            and x.dep_ in ("advmod", "mark")}
    words = words - bare
    subtree_words = subtree_words - bare
    sub_text = " ".join(x.lower_ for x in list(trig.subtree) + scope)
    for phrase in ex.lex.blockers.get("habitual", ()):
        if (" " in phrase and phrase in sub_text) or phrase in words or phrase in subtree_words:
            return "habitual"
    return None


def generic_plural(ex: EventExtractor, t: Trigger) -> str | None:
    """A bare plural attack noun is attacks in general ("strikes on cities are a war crime")."""
    trig = t.token
    if trig.pos_ == "NOUN" and trig.tag_ in ("NNS",) and not any(c.dep_ in ("det", "nummod") for c in trig.children):
        # "carried out a wave of strikes on Baalbek": a series some verb says was made is specific
        # ("the latest in a series of strikes on fuel facilities" is background)
        container = ex.container_of(trig)
        if container is not None and ex.governing_verb(trig) is not None \
                and any(c.dep_ in ("det", "nummod") for c in container.children):
            return None
        return "generic plural"
    return None


def hypothetical_own(ex: EventExtractor, t: Trigger) -> str | None:
    """A hypothesis marked on the trigger itself: an inverted "Should Russian forces strike
    …", or a French simple conditional ("au cas où Moscou frapperait Kiev"); a past
    conditional ("aurait frappé") reports an alleged attack and is no hypothesis."""
    if {x.lower_ for x in _own(t)} & ex.lex.blockers.get("hypothetical_own", frozenset()):
        return "hypothetical"
    if t.is_verb and ex.lang == "fr" and _simple_conditional(t.token):
        return "hypothetical"
    return None


def _simple_conditional(tok: Token) -> bool:
    """A French verb in the simple conditional: the infinitive's stem with an imperfect ending
    ("frapperait", "viseraient"; the small model tags it as an imperfect, "frappait")."""
    if "Cnd" in tok.morph.get("Mood"):
        return True
    lemma, word = tok.lemma_.lower(), tok.lower_
    stems = {lemma, lemma[:-1]} if lemma.endswith("re") else {lemma}
    return any(word == stem + end for stem in stems for end in ("ait", "aient", "ais"))


def background(ex: EventExtractor, t: Trigger) -> str | None:
    """A sentence opened by a time phrase of the story's past ("A year ago, …", "Over the
    past weeks, …", "Il y a un an, …", "L'été dernier, …"): the attack is background."""
    sent = t.sent
    words = ex.lex.blockers.get("background", frozenset())
    comma = next((x for x in sent if x.i < t.token.i and x.text == ","), None)
    if comma is None or comma.i - sent.start > BACKGROUND_OPENING_TOKENS:
        return None
    opening = " ".join(x.lower_ for x in sent[: comma.i - sent.start])
    padded = f" {opening} "
    if any(w in ex.lex.blockers.get("novelty", ()) for w in opening.split()):
        return None
    if any(f" {w} " in padded for w in words):
        return "background"
    dated = ex.lex.blockers.get("background_dated", frozenset())
    if any(f" {w} " in padded for w in dated) and find_time_expressions(span_text(sent[: comma.i - sent.start]), ex.lang):
        return "background"
    return None


YEAR = re.compile(r"^(?:19|20)\d\d$")
YEAR_HOPS = 3  # "the April 2022 missile strike": strike <- April <- 2022 (or "la frappe de mars 2022")


def dated_by_year(ex: EventExtractor, t: Trigger) -> str | None:
    """An attack noun whose own phrase holds a year ("the April 2022 missile strike on the
    Kramatorsk railway station", "la frappe de mars 2022 sur la gare"): news tells the day
    of a new attack by its weekday, so a year names one of the past, background."""
    if t.is_verb:
        return None
    for x in t.token.subtree:
        if not YEAR.match(x.text):
            continue
        cur, hops = x, 0
        while cur.i != t.token.i and hops < YEAR_HOPS and cur.pos_ not in ("VERB", "AUX"):
            cur, hops = cur.head, hops + 1
        if cur.i == t.token.i:
            return "background"
    # the parser may hang "de mars 2022" elsewhere: a year a few nouns and prepositions away
    trig, sent = t.token, t.sent
    for lo, hi in ((max(sent.start, trig.i - YEAR_HOPS - 1), trig.i), (trig.i + 1, min(sent.end, trig.i + YEAR_HOPS + 1))):
        span = trig.doc[lo:hi]
        years = [x for x in span if YEAR.match(x.text)]
        if years and all(x.pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM") and not x.is_punct for x in span):
            near = years[-1] if hi == trig.i else years[0]
            between = trig.doc[min(near.i, trig.i) + 1:max(near.i, trig.i)]
            if all(x.pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM") for x in between):
                return "background"
    return None


def reported_false(ex: EventExtractor, t: Trigger) -> str | None:
    """Reports of the attack are called untrue ("reports of a strike near Isfahan were false",
    "les informations sur une frappe … sont fausses")."""
    words = ex.lex.blockers.get("false", frozenset())
    up = t.token
    for _ in range(DENYING_VERB_LEVELS):
        if up.head.i == up.i:
            break
        up = up.head
        if up.lower_ in words or any(c.lower_ in words and c.dep_ in ("acomp", "attr", "xcomp", "amod")
                                     for c in up.children):
            return "reported false"
    return None


def ruled_out_token(blockers: dict[str, frozenset[str]], tok: Token) -> bool:
    """Whether the first verb above ``tok`` is one of ``rule_out`` ("ruled out any shelling",
    "ont écarté la piste d'une frappe", "a exclu un bombardement"; "rule" only with its
    particle "out": "the court ruled on the strike" rules nothing out)."""
    verbs = blockers.get("rule_out", frozenset())
    up = tok
    for _ in range(DENYING_VERB_LEVELS):
        if up.head.i == up.i:
            return False
        up = up.head
        if up.pos_ in ("VERB", "AUX"):
            lemma = up.lemma_.lower()
            return lemma in verbs and (lemma != "rule" or any(
                c.dep_ in ("prt", "compound:prt") and c.lower_ == "out" for c in up.children))
    return False


def contrasted_token(blockers: dict[str, frozenset[str]], tok: Token) -> bool:
    """Whether a negation of ``contrast`` sits before ``tok`` on it or on a noun it completes,
    below the first verb ("an accident and not the result of a drone attack", "un accident et
    non d'une attaque de drone"); "non loin de" or a negated clause elsewhere does not count."""
    words = blockers.get("contrast", frozenset())
    node = tok
    for _ in range(CONTRAST_LEVELS):
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.pos_ in ("NOUN", "PROPN") and any(c.lower_ in words and c.dep_ in ("neg", "advmod", "advmod:neg")
                                                  and c.i < tok.i for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def ruled_out(ex: EventExtractor, t: Trigger) -> str | None:
    """The attack is ruled out as the cause of what happened ("Emergency services … ruled out
    any shelling", "les secours ont écarté la piste d'une frappe")."""
    return "ruled out" if ruled_out_token(ex.lex.blockers, t.token) else None


def other_cause(ex: EventExtractor, t: Trigger) -> str | None:
    """The attack is set against another cause with a negation ("an accident and not the
    result of a drone attack", "un accident et non d'une attaque de drone"): no attack."""
    return "other cause" if contrasted_token(ex.lex.blockers, t.token) else None


def generic_clause(ex: EventExtractor, t: Trigger) -> str | None:
    """An attack told in a present-tense relative clause is a habit or a capability, not an
    event ("the Tu-95 bombers that Russia uses to fire cruise missiles", "les bombardiers
    que la Russie utilise pour tirer des missiles")."""
    cur = t.token
    for _ in range(2):
        if cur.dep_ in ("relcl", "acl:relcl") and "Pres" in cur.morph.get("Tense"):
            return "generic clause"
        if cur.dep_ not in ("xcomp", "advcl") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


FUTURE_AUXILIARIES = {"will", "shall", "'ll", "’ll"}


def future_tense(ex: EventExtractor, t: Trigger) -> str | None:
    """The attack is told in the future ("les frappes continueront", "strikes will go on",
    "Kyiv will hit back"): it has not happened."""
    verbs = [x for x in t.scope if x.pos_ in ("VERB", "AUX")]
    if any("Fut" in x.morph.get("Tense") for x in verbs) or {x.lower_ for x in t.scope} & FUTURE_AUXILIARIES:
        return "hypothetical"
    return None


def generic_present(ex: EventExtractor, t: Trigger) -> str | None:
    """A trigger verb in the present passive with no time in its sentence says why or how a
    place is attacked, not that it was ("the village is targeted because it sits on the only
    road", "la ville est visée parce qu'elle …"); a present told with a day ("Mardi soir, le
    village est touché …") narrates one attack."""
    trig = t.token
    if not t.is_verb or any(c.dep_ == "aux:tense" or (c.dep_ == "aux" and c.lower_ in ("has", "have"))
                            for c in trig.children):
        return None
    passive = [c for c in trig.children if c.dep_ in ("aux:pass", "auxpass")]
    if not passive or not all(c.tag_ in ("VBZ", "VBP") or "Pres" in c.morph.get("Tense") for c in passive):
        return None
    return None if find_time_expressions(span_text(t.sent), ex.lang) else "generic present"


FACTUALITY = registry("event factuality", "why a trigger is no real, specific attack")
FACTUALITY.declare(LANGS, [negation, denied, negated_context, hypothetical, hypothetical_own, future_tense, habitual,
                           background, dated_by_year, reported_false, ruled_out, other_cause, generic_clause,
                           generic_present, generic_plural])
