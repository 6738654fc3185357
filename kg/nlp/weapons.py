"""Counts of weapons launched or intercepted: "air defences destroyed 41 of 45 drones",
"la Russie a tiré deux missiles Iskander-M", "54 drones had been destroyed over the
Krasnodar region".

A count is a weapon count when the noun it counts is a weapon word (``attack_instruments.tsv``:
drones, missiles, rockets, shells) and a verb of interception (``event_words.tsv``
``intercept``: destroy, shoot down, abattre, intercepter) or of launching
(``casualty_words.tsv`` ``launch``: launch, fire, lancer, tirer) governs it (its object,
passive subject or participle); the first finder of ``kg.nlp.finders.weapons.ACTION`` that
finds one decides. "41 of 45 drones" is two counts: 41 intercepted (the verb's) and 45
launched (the whole they were part of). Parts of a count just given ("dont 31 au-dessus
de la région de Riazan", "including 47 over the Ryazan region") are no new counts, and the
count they break down is a total over several places, no one attack's: left out too. A part
with a verb of its own is a count of its own ("30 drones, 25 of which were shot down", "30
drones, dont 25 ont été abattus": 25 intercepted, of the weapon of the count before). Called
by the casualties component (``kg.nlp.casualties``) for each sentence; linked like a
casualty figure (``kg.link.casualties``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.model import WeaponCandidate
from kg.nlp.counts import find_counts
from kg.nlp.finders import registry
from kg.nlp.lexicon import lexicon
from kg.nlp.syntax import doc_text

if TYPE_CHECKING:
    from kg.nlp.casualties import CasualtyExtractor

LANGS = ("en", "fr")
GOVERNED = {"dobj", "obj", "nsubjpass", "nsubj:pass", "nsubj", "pobj", "obl", "obl:arg", "obl:mod"}
WEAPON_CLASSES = {"DroneStrike", "MissileStrike", "Shelling"}
BROKEN_DOWN = re.compile(r"^[^.;]{0,80}?,\s*(?:including|among them|of which|dont|parmi lesquels|parmi eux)\s+(?:\w+\s+){0,2}?\d", re.IGNORECASE)
PART_AFTER = re.compile(r"^\s*(?:of|out\s+of)\s+(?:which|them|these|those)\b", re.IGNORECASE)
PART_BEFORE = re.compile(r"\b(?:dont|parmi\s+(?:eux|elles|lesquel(?:le)?s)|of\s+which|among\s+them)\s+$", re.IGNORECASE)
COORDINATED = re.compile(r"^[^,.;:]{0,60}\b(?:and|et)\s+$", re.IGNORECASE)
ADJECTIVE_GAP = 3  # "126 Ukrainian drones", "« 14 drones aériens ukrainiens »": words between a count and its weapon


def _weapon_noun(x: CasualtyExtractor, sent: Span, tokens: Span) -> Token | None:
    """The weapon noun a count counts: its head, or a noun right after it past a few adjectives."""
    instruments = lexicon(x.lang).instruments
    num = tokens.root
    cands = [num.head] if num.dep_ in ("nummod", "det", "quantmod") and num.head.i > num.i else []
    doc = sent.doc
    i = tokens.end
    while i < min(sent.end, tokens.end + ADJECTIVE_GAP + 1):
        if doc[i].pos_ in ("NOUN", "PROPN"):
            cands.append(doc[i])
            break
        if doc[i].pos_ not in ("ADJ", "PUNCT", "PROPN"):
            break
        i += 1
    for t in cands:
        cls = instruments.get(t.lemma_.lower()) or instruments.get(t.text.lower())
        if cls in WEAPON_CLASSES and t.pos_ in ("NOUN", "PROPN"):
            return t
    return None


def _governing_verb(t: Token) -> Token | None:
    """The verb whose object, passive subject or participle the weapon noun (or its count) is,
    through coordination ("deux missiles … et trois missiles"); not a verb whose active
    subject it is when the verb has an object ("un drone a détruit un entrepôt")."""
    for _ in range(3):
        if t.dep_ == "conj":
            t = t.head
            continue
        if t.dep_ == "nsubj" and any(c.dep_ in ("obj", "dobj") for c in t.head.children):
            break  # the active subject of a verb with an object: "a drone destroyed a warehouse" did the destroying
        if t.dep_ in GOVERNED and t.head.pos_ in ("VERB", "AUX"):
            return t.head
        break
    participles = [ch for ch in t.children if ch.dep_ in ("acl", "amod") and ch.pos_ == "VERB"]
    return participles[0] if participles else None


def _verb_action(x: CasualtyExtractor, verb: Token) -> str | None:
    lemma, word = verb.lemma_.lower(), verb.text.lower()
    if lemma in lexicon(x.lang).intercept_verbs or word in lexicon(x.lang).intercept_verbs or (
            lemma == "shoot" and any(ch.text.lower() == "down" for ch in verb.children)):
        return "intercepted"
    launch = x.words["launch"]
    return launch.get(lemma) or launch.get(word)


def verb_of_weapon(x: CasualtyExtractor, weapon: Token, num: Token) -> str | None:
    """"destroyed 126 drones", "54 drones had been destroyed", "a tiré deux missiles": the
    verbs that govern the weapon noun or the count ("shot down 38 of 45 drones"), and the
    verb just before the count; interception wins ("a intercepté dix roquettes tirées par
    des lance-roquettes": the rockets were launched, and these ten were intercepted)."""
    verbs = [v for v in (_governing_verb(weapon), _governing_verb(num)) if v is not None]
    actions = {_verb_action(x, v) for v in verbs} - {None}
    if actions and "intercepted" not in actions and _verb_before(num) is not None:
        actions.add(_verb_action(x, _verb_before(num)))  # type: ignore[arg-type]
    if "intercepted" in actions:
        return "intercepted"
    return "launched" if "launched" in actions else None


def _verb_before(num: Token) -> Token | None:
    """The nearest verb before a count in its clause."""
    doc = num.doc
    for i in range(num.i - 1, max(num.sent.start, num.i - 8) - 1, -1):
        t = doc[i]
        if t.pos_ == "VERB":
            return t
        if t.text in (",", ";", ":") or t.pos_ in ("SCONJ", "CCONJ"):
            return None
    return None


def verb_before_count(x: CasualtyExtractor, weapon: Token, num: Token) -> str | None:
    """"a abattu pendant la nuit 126 drones": the nearest verb before the count in its clause
    (the parse missed the object)."""
    verb = _verb_before(num)
    return _verb_action(x, verb) if verb is not None else None


ACTION = registry("weapon action", "whether a count of weapons was launched or intercepted")
ACTION.declare(LANGS, [verb_of_weapon, verb_before_count])


def _part_action(x: CasualtyExtractor, sent: Span, c) -> str | None:
    """The action of a part of the count before it told with its own verb ("25 of which were
    shot down", "dont 25 ont été abattus"); None when it is no such part."""
    doc = sent.doc
    text = doc_text(doc)
    if not (PART_AFTER.search(text[c.end: sent.end_char]) or PART_BEFORE.search(text[sent.start_char: c.start])):
        return None
    tokens = doc.char_span(c.number_start, c.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    num = tokens.root
    if num.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass") or num.head.pos_ not in ("VERB", "AUX"):
        return None
    return _verb_action(x, num.head)


def weapon_counts(x: CasualtyExtractor, sent: Span, triggers: tuple[int, ...]) -> list[WeaponCandidate]:
    """The weapon counts of one sentence (see the module doc)."""
    doc = sent.doc
    base, text = sent.start_char, doc_text(doc)
    counts = [replace(c, start=base + c.start, end=base + c.end, number_start=base + c.number_start)
              for c in find_counts(text[base: sent.end_char], x.lang) if not c.single]
    out: list[WeaponCandidate] = []
    taken: set[int] = set()
    for k, c in enumerate(counts):
        if c.start in taken:
            continue
        tokens = doc.char_span(c.number_start, c.end, alignment_mode="expand")
        if tokens is None or not len(tokens):
            continue
        after = text[c.end: sent.end_char]
        before = text[sent.start_char: c.start]
        if any(p.search(after) for p in x.phrases["age"] + x.phrases["unit"]):
            continue
        part = _part_action(x, sent, c) if out else None
        if part is not None and part != out[-1].action:
            prev = out[-1]
            out.append(WeaponCandidate(part, c.value, c.bound, c.start, c.end, c.text, prev.weapon, prev.weapon_class,
                                       (sent.start_char, sent.end_char), triggers, trace=("action:part_with_own_verb",)))
            continue
        if any(p.search(before) for p in x.phrases["subset"]):
            continue
        nxt = counts[k + 1] if k + 1 < len(counts) else None
        if BROKEN_DOWN.search(after) and not (nxt is not None and _part_action(x, sent, nxt) is not None):
            continue  # "destroyed 126 drones, including 47 over the Ryazan region": a total over places
        whole = None
        gap = counts[k + 1] if k + 1 < len(counts) else None
        if gap is not None and any(p.search(text[c.end: gap.start]) for p in x.phrases["of_total"]):
            whole = gap  # "41 of 45 drones": 45 is what 41 was part of
        elif any(p.search(after) for p in x.phrases["partitive"]):
            continue  # "two of the drones": a part of a count told before
        counted_span = doc.char_span(whole.number_start, whole.end, alignment_mode="expand") if whole else tokens
        if counted_span is None:
            continue
        weapon = _weapon_noun(x, sent, counted_span)
        if weapon is None:
            continue
        found = ACTION.first(x.lang, x, weapon, tokens.root)
        if found is None and out and COORDINATED.search(text[out[-1].end: c.start]):
            # "60 drones Shahed et quatre missiles Iskander": the verb of the count before
            found = ("coordinated_with_previous", out[-1].action)
        if found is None:
            continue
        finder, action = found
        cls = lexicon(x.lang).instruments.get(weapon.lemma_.lower()) or lexicon(x.lang).instruments[weapon.text.lower()]
        out.append(WeaponCandidate(action, c.value, c.bound, c.start, c.end, c.text, weapon.text, cls,
                                   (sent.start_char, sent.end_char), triggers, trace=(f"action:{finder}",)))
        if whole is not None and action == "intercepted":
            taken.add(whole.start)
            out.append(WeaponCandidate("launched", whole.value, whole.bound, whole.start, whole.end, whole.text,
                                       weapon.text, cls, (sent.start_char, sent.end_char), triggers,
                                       trace=("action:whole_of_intercepted",)))
    return out
