"""Component ``geokg_events``: attacks from trigger words and their arguments.

A trigger (``attack_triggers.tsv``: "frappe", "attaque", "shelled", "struck"…) becomes an
attack when the syntax around it gives it substance:

* its class comes from the trigger or an instrument word among its arguments
  (``attack_instruments.tsv``: "de drones", "aérienne", "warplanes", "artillery");
* its place is a named place in a target phrase of the trigger ("contre Moscou", "on the
  outskirts of Kursk"), never an origin phrase ("depuis la Crimée", "from positions");
* its perpetrator is a demonym on the trigger or instrument ("missiles russes",
  "Ukrainian drones") or the actor subject of a trigger verb;
* it is dropped when negated, hypothetical or habitual (``event_blockers.tsv``).

A verb trigger needs an instrument or a place; a noun trigger without a place is kept as
"unplaced" (it can still tell what a statement is about, but it is no event node).
Results are ``EventCandidate`` records (``kg.model``) in ``doc._.geokg_events``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.antecedents import anaphors, antecedent_places, is_landmark
from kg.nlp.dates import (
    TimeExpression,
    anchored_offset,
    complement_end,
    find_time_expressions,
    is_clock_time,
    is_night,
    takes_complement,
)
from kg.model import ANTECEDENT_LABEL, MODIFIER_LABEL, DateMention, EventCandidate, PlaceCandidate, Rejection, Span as TextSpan
from kg.nlp.extensions import add_records
from kg.nlp.finders.events import CLASS, FACTUALITY, PERPETRATORS, PLACES, Trigger, contrasted_token, ruled_out_token
from kg.nlp.lexicon import Lexicon, lexicon
from kg.nlp.turns import repeated_attack, turn_event, turn_noun, turn_places
from kg.nlp.thresholds import CLAUSE_SUBJECT_LEVELS, INSTRUMENT_MAX_TOKENS
from kg.rdf.namespace import ATTACK_SPECIFICITY
from kg.nlp.syntax import (
    dateline_end,
    full_sentences,
    doc_text,
    entity_of,
    in_ranges,
    noun_phrase,
    release_caches,
    sent_of,
    span_text,
    token_range,
)

NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
# arguments of a trigger verb where the place hit can be; the active subject is the attacker
ARG_DEPS_VERB = {"obj", "dobj", "obl", "obl:mod", "obl:arg", "prep", "nsubj:pass", "nsubjpass", "advmod",
                 "npadvmod", "dative"}


MODIFIER_DEPS = {"compound", "amod", "nmod:poss", "poss"}
# a named subject of a ground-assault verb that is a person or a place is no armed group
PERSON_OR_PLACE_LABELS = {"PER", "PERSON", "GPE", "LOC", "FAC"}
# participles that only say where a noun is ("situé", "located", "basé"): a clause of theirs on
# the subject of an attack's clause still tells where the attack hit
LOCATING_VERBS = {"situer", "situé", "locate", "located", "base", "based", "baser", "basé", "installer", "implanter"}
# speech verbs whose pronominal form tells an event, not speech ("un incendie s'est déclaré")
NOT_SPEECH_WHEN_PRONOMINAL = {"déclarer"}
# where the verb an attack noun is the circumstance of holds the place: its place phrases and
# its object or passive subject ("killed a tractor driver in the village of X in a drone strike")
CIRCUMSTANCE_DEPS = ("obl", "obl:mod", "obl:arg", "prep", "obj", "dobj", "nsubj:pass", "nsubjpass")
CIRCUMSTANCE_LEVELS = 3  # trigger -> "in"/"lors" -> a noun the parser hung the phrase on -> the verb
REFLEXIVE_PRONOUNS = {"se", "s'", "s’"}
NOUN_CLAUSE_DEPS = {"conj", "advcl", "relcl", "acl:relcl", "ccomp", "parataxis"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "agent", "obl:agent"}


def _prepositions(tok: Token, stop: Token) -> list[tuple[str, Token]]:
    """(preposition, the word it attaches to) on the path from ``tok`` up to ``stop``,
    closest first: "de Belgorod" inside "depuis la région de Belgorod" gives
    [("de", région), ("depuis", tirés)]."""
    out: list[tuple[str, Token]] = []
    cur = tok
    while cur.i != stop.i and cur.head.i != cur.i:
        cases = [c for c in cur.children if c.dep_ == "case" and c.i < cur.i]
        # "près de Soumy" parsed with près an adverb of the name, before its "de": près is the preposition
        out += [(c.lower_, cur.head) for c in cur.children if cases and c.dep_ == "advmod" and c.pos_ == "ADV"
                and c.i < cases[0].i]
        out += [(c.lower_, cur.head) for c in cases]
        if cur.dep_ in ("pobj", "pcomp") and cur.head.pos_ == "ADP":
            out.append((cur.head.lower_, cur.head.head))  # pcomp: "launched from near the city of Sumy"
        elif cur.dep_ == "prep" and cur.pos_ == "ADP" and cur.head.pos_ == "ADP":
            # a preposition on a preposition ("launched from near the city of Sumy", parsed
            # near/prep under from): the outer one is on the path too, a launch site
            out.append((cur.head.lower_, cur.head.head))
        elif cur.head.pos_ == "ADV" and cur.head.i < cur.i:
            out.append((cur.head.lower_, cur.head.head))  # "près de Safed": près is parsed as an adverb
        cur = cur.head
    return out


def _clause_verb(tok: Token) -> int:
    """The verb of the clause a word belongs to (itself if it is one; the sentence root if
    none is above it): a time expression dates the attack told in its own clause."""
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur.i


def _inside_quotes(text: str, start: int, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation opened after ``start`` (the sentence's)."""
    before = text[start:offset]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _top_dep(tok: Token, stop: Token) -> str:
    """The relation by which the phrase holding ``tok`` attaches to ``stop``."""
    cur = tok
    while cur.head.i != stop.i and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_


class EventExtractor:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lex: Lexicon = lexicon(lang)

    def trigger_key(self, tok: Token) -> tuple[str, str] | None:
        """The (lemma, POS) under which ``tok`` is a trigger (``attack_triggers.tsv``), if it is one;
        a reflexive-only verb counts only with its reflexive pronoun ("une salve s'est abattue
        sur", while "a abattu dix drones" is air defence)."""
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
        if pos is None:
            return None
        keys = [tok.lemma_.lower(), tok.lower_]
        if pos == "VERB":  # a verb with its object ("opened fire", "ont ouvert le feu"): the pair first
            # ("ont pris d'assaut un marché": "assaut" is a prepositional argument)
            keys = [f"{k} {c.lemma_.lower()}" for c in tok.children if c.dep_ in ("obj", "dobj", "obl:arg", "obl")
                    for k in keys[:1]] + keys
        for key in keys:
            if (key, pos) in self.lex.triggers:
                if self.lex.trigger_uses.get((key, pos)) == "reflexive" and not any(
                        c.lower_ in REFLEXIVE_PRONOUNS for c in tok.children if c.i < tok.i):
                    return None
                return key, pos
        return None

    def trigger_class(self, tok: Token) -> str | None:
        key = self.trigger_key(tok)
        return self.lex.triggers[key] if key else None

    def trigger_use(self, tok: Token) -> str | None:
        """How the trigger tells an attack (``projectile``, ``impact``, ``reflexive``), if specially."""
        key = self.trigger_key(tok)
        return self.lex.trigger_uses.get(key) if key else None

    def is_intercept_verb(self, tok: Token) -> bool:
        return tok.pos_ in ("VERB", "AUX") and (
            tok.lemma_.lower() in self.lex.intercept_verbs or tok.lower_ in self.lex.intercept_verbs)

    def intercepted_weapon(self, tok: Token) -> Token | None:
        """The weapon an air-defence verb stopped ("downed 18 drones heading for Kaluga", "a
        drone shot down over Tula", "un drone intercepté"): an attack on where it flew."""
        if tok.pos_ not in ("VERB", "AUX") or not (
                tok.lemma_.lower() in self.lex.intercept_verbs or tok.lower_ in self.lex.intercept_verbs):
            return None
        cands = [c for c in tok.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
        # "ont abattu mercredi deux drones": the parser hangs the object on the day word
        cands += [g for c in tok.children if c.i > tok.i and c.lower_ in self.lex.day_words
                  for g in c.children if g.dep_ in ("nmod", "obj")]
        if tok.dep_ in ("acl", "amod", "acl:relcl", "relcl") and tok.head.i != tok.i:
            cands.append(tok.head)
        # "une quarantaine de drones", "dozens of drones": the weapon is the quantity's complement;
        # "41 of 45 drones", "15 des 20 missiles": the weapon is the whole the count is part of
        cands += [w for c in cands if c.lower_ in self.lex.quantity_nouns or c.pos_ == "NUM" or c.like_num
                  for g in c.children for w in ([g] if g.dep_ == "nmod" else
                                                [x for x in g.children if x.dep_ == "pobj"] if g.dep_ == "prep" else [])]
        for c in cands:
            if self.is_munition(c):
                return c
        return None

    def governing_verb(self, trig: Token) -> Token | None:
        """The verb an attack noun is the object of ("carried out strikes on", "ont mené des
        raids sur"), also when the French parser hung the object on the verb's day word ("ont
        mené dimanche plusieurs raids sur": raids <- dimanche <- mené)."""
        trig = self.container_of(trig) or trig  # "a effectué une série de frappes sur Baalbek"
        head = trig.head
        if head.i == trig.i:
            return None
        if trig.dep_ in ("obj", "dobj", "obl:arg") and head.pos_ in ("VERB", "AUX"):
            return head
        if trig.dep_ in ("obj", "nmod") and head.i < trig.i and head.lower_ in self.lex.day_words \
                and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
            return head.head
        return None

    def container_of(self, trig: Token) -> Token | None:
        """The noun of a series or a quantity an attack noun is the complement of ("une série
        de frappes sur Baalbek", "a wave of strikes on", "une dizaine de raids"): the phrase
        stands where the attack noun would, and its other words hold the target."""
        head = trig.head
        if trig.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in self.lex.of_words | {"of"}:
            head = head.head
        elif trig.dep_ != "nmod":
            return None
        if head.i == trig.i or head.pos_ != "NOUN" or not {head.lower_, head.lemma_.lower()} & (
                self.lex.series_nouns | self.lex.quantity_nouns):
            return None
        return head

    def light_verb_subject(self, trig: Token) -> list[Token]:
        """The subject of the verb an attack noun is the object of, when it names the weapon
        ("Israeli warplanes carried out a dozen strikes", "des avions de combat ont mené des
        raids"): the weapon tells the class and its demonym the attacker."""
        if trig.pos_ not in ("NOUN", "PROPN"):
            return []
        verb = self.governing_verb(trig)
        if verb is None or self.is_speech_verb(verb) or self.speech_with_object(verb) or self.trigger_key(verb) is not None:
            return []
        subj = [x for c in verb.children if c.dep_ == "nsubj" for x in c.subtree]
        return subj if any(self.is_weapon_word(x) for x in subj) else []

    def is_weapon_word(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.lex.instruments or tok.lower_ in self.lex.instruments

    def armed_subject(self, trig: Token) -> bool:
        """The subject of a ground-assault verb is armed attackers ("gunmen", "fighters of the
        RSF", "des hommes armés", "Al-Shabaab militants"): police raiding offices or protesters
        storming a town hall tell no attack."""
        for c in trig.children:
            if c.dep_ not in ("nsubj", "agent", "obl:agent"):
                continue
            head = c
            if c.dep_ == "agent":
                head = next((g for g in c.children if g.dep_ == "pobj"), c)
            words = {head.lower_, head.lemma_.lower()}
            mods = {w for g in head.children if g.dep_ in ("amod", "acl", "compound")
                    for w in (g.lower_, g.lemma_.lower())}
            if words & self.lex.armed_nouns or mods & self.lex.armed_nouns:
                return True
            if head.pos_ == "PROPN" and head.ent_type_ not in PERSON_OR_PLACE_LABELS:  # "Des shebab ont pris d'assaut"
                return True
        return False

    def is_munition(self, tok: Token) -> bool:
        """A weapon word that names what hits, not a carrier ("drones", "roquettes"; not "plane")."""
        words = {tok.lemma_.lower(), tok.lower_}
        return bool(words & self.lex.instruments.keys()) and not words & self.lex.platforms

    def gun_fire(self, tok: Token) -> bool:
        """A gun platform on a firing noun ("Russian tank fire", "des tirs de chars"): its fire is
        what hits, though a tank alone is a carrier ("a tank exploded" tells no attack)."""
        words = {tok.lemma_.lower(), tok.lower_}
        return bool(words & self.lex.guns) and tok.head.i != tok.i and tok.dep_ in MODIFIER_DEPS | {"nmod"} \
            and self.trigger_key(tok.head) is not None and self.trigger_key(tok.head)[1] == "NOUN"

    def kind_of_weapon(self, trig: Token) -> bool:
        """An attack noun that modifies a weapon word ("des drones d'attaque", "attack drones"):
        it tells the kind of weapon, not an attack of its own."""
        if trig.pos_ not in ("NOUN", "PROPN") or trig.head.i == trig.i:
            return False
        if trig.dep_ not in ("nmod", "compound") or not self.is_munition(trig.head):
            return False
        return trig.dep_ == "compound" or any(c.dep_ == "case" and c.lower_ in self.lex.of_words
                                               | {"d'", "d’"} for c in trig.children)

    def agent_phrase_words(self, trig: Token) -> list[Token]:
        """The words of the "par"/"by" phrases after a trigger verb, up to the next comma,
        however the parser hung them ("et Soumy visée dans la nuit de lundi à mardi par des
        drones Shahed": the parser often hangs the agent of such a gapped participle elsewhere)."""
        if trig.pos_ not in ("VERB", "AUX"):
            return []
        out: list[Token] = []
        inside = False
        for tok in trig.doc[trig.i + 1:trig.sent.end]:
            if tok.is_punct or tok.lower_ in self.lex.when_words:
                break
            if tok.lower_ in self.lex.agent_preps:
                inside = True
            elif inside:
                out.append(tok)
        return out

    def names_defence(self, tok: Token) -> bool:
        """A weapon word on an air-defence noun or right beside it ("air defence units", "la
        défense aérienne"): it names who stopped the weapons, not what hit."""
        doc = tok.doc
        near = [tok.head] + ([doc[tok.i + 1]] if tok.i + 1 < len(doc) else []) + ([doc[tok.i - 1]] if tok.i > 0 else [])
        return any(x.i != tok.i and (x.lower_ in self.lex.defence_nouns or x.lemma_.lower() in self.lex.defence_nouns)
                   for x in near)

    def names_target(self, tok: Token, trig: Token) -> bool:
        """A weapon word that tells what was hit, not what hit it: the object of a strike verb
        ("struck missile launchers", "a frappé une usine de drones") or a modifier of a noun
        in a target phrase ("a strike on a drone factory"); "fired missiles" keeps its weapon,
        and so does an air-defence verb ("downed 18 drones")."""
        if self.trigger_key(trig) is None:
            return False
        top = tok
        while top.head.i != top.i and top.head.i != trig.i:
            if top.dep_ in MODIFIER_DEPS or top.dep_ == "nmod" or top.dep_ == "nmod:poss":
                top = top.head
            elif top.dep_ == "pobj" and top.head.lower_ in self.lex.of_words and top.head.head.i != trig.i:
                top = top.head.head
            else:
                break
        if top.i == tok.i:
            # the weapon itself: "bombardé Soumy avec des lance-roquettes" is often parsed as an
            # object; but when the subject names what hit ("Israeli jets struck a rocket
            # launcher"), the object is the target, unless the verb launches it ("jets fired missiles")
            return tok.dep_ in ("obj", "dobj") and tok.head.i == trig.i and self.trigger_use(trig) != "projectile" \
                and self.subject_names_weapon(trig)
        if top.dep_ in ("obj", "dobj") and trig.dep_ in ("nsubj", "nsubj:pass") and top.head.i == trig.head.i \
                and self.trigger_key(top.head) is not None:
            # "la frappe contre Borissoglebsk avait touché un dépôt de bombes planantes"
            return self.trigger_use(top.head) != "projectile"
        if top.head.i != trig.i and not (top.dep_ == "pobj" and top.head.head.i == trig.i):
            return False
        if top.dep_ in ("obj", "dobj") and trig.pos_ in ("VERB", "AUX"):
            return self.trigger_use(trig) != "projectile"
        case = [c.lower_ for c in top.children if c.dep_ == "case"]
        if top.dep_ == "pobj":
            case.append(top.head.lower_)
        return any(w in self.lex.target_preps for w in case)

    def subject_names_weapon(self, trig: Token) -> bool:
        """The subject of a trigger verb holds a weapon word ("Israeli jets struck …", "des
        drones ont frappé …")."""
        return trig.pos_ in ("VERB", "AUX") and any(
            x.lemma_.lower() in self.lex.instruments or x.lower_ in self.lex.instruments
            for c in trig.children if c.dep_ in ("nsubj", "agent", "obl:agent") for x in c.subtree)

    def argument_tokens(self, trig: Token) -> list[Token]:
        if trig.pos_ in ("VERB", "AUX"):
            toks: list[Token] = []
            # a coordinated clause inside an argument is another act ("of shelling the market in
            # Shebekino on Tuesday and of sending drones against an airfield near Voronezh")
            other = {x.i for d in trig.subtree if d.dep_ == "conj" and d.i != trig.i
                     and any(x.pos_ in ("VERB", "AUX") for x in d.subtree) for x in d.subtree}
            # so is an attack noun in apposition ("struck Qamishli, the third such strike in Syria")
            other |= {x.i for d in trig.subtree if d.dep_ == "appos" and self.trigger_key(d) is not None
                      for x in d.subtree}
            # and so is the attack an anchored day counts from ("Two days after the strike on
            # Kharkiv, drones hit Sumy": Kharkiv is not where the drones hit)
            other |= {x.i for c in trig.children if c.i < trig.i
                      for x in c.subtree if any(self.counted_from(t) for t in c.subtree if self.trigger_key(t))}
            for c in trig.children:
                if c.i in other:
                    continue
                # a noun conjunct of the verb is a second object the parser hung on the verb
                # ("hit a substation in Sumy and a fuel depot in Konotop")
                if c.dep_ in ARG_DEPS_VERB or c.lower_ in self.lex.day_words:  # "frappée lundi après-midi par
                    toks.extend(c.subtree)                                      # des bombes": hung on the day word
                elif c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):  # without its clauses ("une station
                    # … servant à repérer les navires en mer Rouge": where it watches, not where it was hit)
                    clauses = {x.i for g in c.children if g.pos_ in ("VERB", "AUX") for x in g.subtree}
                    toks.extend(x for x in c.subtree if x.i not in clauses)
            if self.describes_what_was_hit(trig):
                # "le dépôt de Koursk, frappé par des drones", "c'est l'aérodrome … qui a été
                # visé", "the refinery hit by drones": the noun described is what was hit
                own = {t.i for t in trig.subtree}
                toks.extend(t for t in trig.head.subtree if t.i not in own and t.i != trig.head.i)
                toks.append(trig.head)
            return [x for x in toks if x.i not in other]
        # a conjunct is another attack or another clause ("l'attaque contre Eilat et un tir de
        # missile contre le vraquier", "la frappe de Kermanchah et appelé Israël à cesser…"), and
        # a clause on the noun tells something else ("the first strike … since the war in Gaza began")
        apart = {x.i for c in trig.children if c.dep_ in NOUN_CLAUSE_DEPS or
                 (c.dep_ == "prep" and any(g.dep_ == "pcomp" or g.pos_ in ("VERB", "AUX") for g in c.children))
                 or self.is_time_phrase(c) for x in c.subtree}
        toks = [t for t in trig.subtree if t.i != trig.i and t.i not in apart]
        head, link = trig.head, trig
        verb = self.governing_verb(trig)
        container = self.container_of(trig) if verb is not None else None
        if container is not None:  # "a effectué une série de frappes sur Baalbek": the series' words hold the target
            link = container
        if verb is not None and verb.i != link.head.i:  # hung on the verb's day word: the verb carries the target
            head = verb
        elif container is not None:
            head = verb
        circumstance = self.is_circumstance(trig) or self.is_during(trig)
        if circumstance:
            # "killed … in a drone strike" hangs on "in", "blessées … lors d'un bombardement" on
            # "lors", and the parser sometimes hangs "dans un tir" on the noun before it ("dans
            # le district de Klimovo, dans un tir d'artillerie"): climb to the verb
            cur = trig
            for _ in range(CIRCUMSTANCE_LEVELS):
                if cur.head.i == cur.i or cur.head.pos_ in ("VERB", "AUX"):
                    break
                cur = cur.head
            head, link = cur.head, cur
        if (link.dep_ in ("obj", "dobj", "obl:arg", "obl:mod", "obl", "nsubj", "prep") or link.i != trig.i
                or verb is not None) \
                and head.pos_ in ("VERB", "AUX") \
                and head.i != link.i and not self.is_speech_verb(head) and not self.counted_from(trig):
            # "a mené des frappes contre Kiev", "tué dans une frappe … à la périphérie de Tyr",
            # "shelling wounded three civilians in the town of X": the verb carries the target,
            # after the trigger; when the trigger is the circumstance of the verb ("killed a
            # man in the village of X in a drone strike", "tué dans le village de X dans une
            # attaque de drone"), before it too, its object included ("a tractor driver in
            # the village of X"); what an attack noun subject damaged is its target ("A drone
            # attack damaged a depot in Yelets"). Precedence: a name in the trigger's own
            # phrase ("in an attack on Kharkiv") wins over the verb's ("sheltered in Kyiv
            # during the attack on Kharkiv").
            clauses = {t.i for c in trig.children if c.dep_ in ("acl:relcl", "relcl", "acl") and c.pos_ in ("VERB", "AUX")
                       for t in c.subtree}
            before = circumstance and not any(t.pos_ == "PROPN" and t.ent_type_ not in NOT_PLACE_LABELS
                                              and t.i not in clauses for t in toks)  # "… que Moscou a imputée à Kiev"
            if link.i != trig.i and not before and container is None:
                return toks
            deps = CIRCUMSTANCE_DEPS if before else ("obl", "obl:mod", "obl:arg", "prep")
            own = {t.i for t in trig.subtree}
            for c in head.children:
                if c.i == link.i:
                    toks.extend(t for t in c.subtree if t.i not in own)  # the noun the phrase was hung on
                elif (c.i > trig.i or before) and c.dep_ in deps:
                    toks.extend(c.subtree)
                elif trig.dep_ == "nsubj" and link.i == trig.i and c.dep_ in ("obj", "dobj"):
                    toks.extend(c.subtree)
        return toks

    def is_during(self, trig: Token) -> bool:
        """The attack noun follows a preposition of circumstance the lexicon's event words
        name ("during", "lors de"), however the parser hung it."""
        if trig.dep_ == "pobj" and trig.head.pos_ == "ADP" and trig.head.lower_ in self.lex.during_preps:
            return True
        if trig.dep_ in ("obl", "obl:mod") and any(c.dep_ == "case" and c.lower_ in self.lex.during_preps
                                                   for c in trig.children):
            return True
        return trig.head.lower_ in self.lex.during_preps and trig.head.i != trig.i

    def counted_from(self, trig: Token) -> bool:
        """A noun trigger that an anchored day counts from ("Two days after the shelling, a
        drone hit X", "La veille de cette frappe, …", "au lendemain du bombardement"): it
        names another attack, told elsewhere, so the target of the verb is not its place.
        Only the first noun of the complement, with no verb or comma between."""
        if trig.pos_ not in ("NOUN", "PROPN"):
            return False
        doc = trig.doc
        text = doc_text(doc)
        sent = sent_of(trig)
        for f in find_time_expressions(text[sent.start_char: trig.idx], self.lang):
            end = sent.start_char + f.end
            if not anchored_offset(f.text, self.lang)[0] or not takes_complement(f.text, text[end: sent.end_char]):
                continue
            between = [t for t in sent if end <= t.idx < trig.idx]
            if not any(t.pos_ in ("VERB", "AUX") or t.is_punct or self.trigger_key(t) for t in between):
                return True
        return False

    def is_time_phrase(self, tok: Token) -> bool:
        """A phrase of time on an attack noun ("since the war in Gaza began", "depuis
        l'offensive sur Kharkiv"): the names in it are not where the attack hit."""
        if tok.dep_ == "prep":
            return tok.lower_ in self.lex.time_preps
        return any(c.dep_ == "case" and c.lower_ in self.lex.time_preps for c in tok.children)

    def is_speech_verb(self, verb: Token) -> bool:
        """A speech verb, unless reflexive: "un incendie s'est déclaré" breaks out, it says nothing."""
        if any(c.dep_.startswith("expl") for c in verb.children):
            return False
        return verb.lemma_.lower() in self.lex.speech_verbs

    def under_speech_verb(self, tok: Token, trig: Token) -> bool:
        """A speech or accusation verb stands between the name and the trigger it hangs
        under ("l'attaque, que Moscou a attribuée à Kiev")."""
        cur = tok
        while cur.head.i != cur.i and cur.i != trig.i:
            cur = cur.head
            if cur.i == trig.i:
                return False
            if cur.pos_ in ("VERB", "AUX") and (cur.lemma_.lower() in self.lex.speech_verbs
                                                or cur.lower_ in self.lex.speech_verbs):
                return any(a.i == trig.i for a in cur.ancestors)
        return False

    def describes_what_was_hit(self, trig: Token) -> bool:
        """A passive participle or passive relative clause on a noun ("frappé par des
        drones", "qui a été visé", "hit by a missile"): that noun is the target."""
        if trig.head.i == trig.i or trig.head.pos_ not in ("NOUN", "PROPN") or self.landmark_head(trig):
            return False
        if trig.dep_ in ("acl", "amod"):
            morph = str(trig.morph)  # a past participle: "visant" (present) is active, its noun the attacker
            return trig.tag_ == "VBN" or ("VerbForm=Part" in morph and "Tense=Past" in morph)
        if trig.dep_ in ("acl:relcl", "relcl"):
            return any(c.dep_ in ("aux:pass", "auxpass") for c in trig.children) and \
                any(c.dep_ in ("nsubj:pass", "nsubjpass") and c.pos_ == "PRON" for c in trig.children)
        return False

    def is_circumstance(self, trig: Token) -> bool:
        """The trigger noun is the circumstance of the verb it hangs on ("in a drone
        strike", "dans une attaque", "lors d'un bombardement"): the verb's place phrases,
        wherever they stand, say where the attack was."""
        preps = [c.lower_ for c in trig.children if c.dep_ == "case"]
        if trig.dep_ == "pobj" and trig.head.pos_ == "ADP" or trig.head.pos_ == "ADV" and trig.head.i < trig.i:
            preps.append(trig.head.lower_)
        if trig.pos_ in ("VERB", "AUX"):
            return False
        return bool(set(preps) & self.lex.circumstance_preps)

    def instrument_class(self, trig: Token, args: list[Token], munitions: bool = False) -> str | None:
        """The most specific class among the weapon words near the trigger, leaving out those
        that name the target; with ``munitions``, only words for what hits (an impact verb:
        "rockets rained down", not "a plane fell")."""
        best = None
        # the subject of a trigger verb tells its weapon however long the phrase between
        # ("Des drones explosifs lancés depuis le sud du Liban ont touché …")
        subjects = {c.i for c in trig.children if c.dep_ in SUBJECT_DEPS} if trig.pos_ in ("VERB", "AUX") else set()
        subjects |= {x.i for x in self.with_phrases(trig)} if trig.pos_ in ("VERB", "AUX") else set()
        if trig.pos_ in ("VERB", "AUX") and self.trigger_use(trig) == "projectile":
            subjects |= {c.i for c in trig.children if c.dep_ in ("obj", "dobj")}  # "a tiré … trois missiles"
        for t in [trig] + [a for a in args if abs(a.i - trig.i) <= INSTRUMENT_MAX_TOKENS or a.i in subjects]:
            if t.i != trig.i and not munitions and self.names_target(t, trig):
                continue
            if munitions and not (self.is_munition(t) or self.gun_fire(t)):
                continue
            if self.names_defence(t):
                continue
            keys = [t.lemma_.lower(), t.lower_]
            if t.i > 0:
                keys.append(f"{t.doc[t.i - 1].lower_} {t.lower_}")  # "sans pilote": a drone
            for key in keys:
                cls = self.lex.instruments.get(key)
                if cls and (best is None or ATTACK_SPECIFICITY[cls] > ATTACK_SPECIFICITY[best]):
                    best = cls
        return best

    def places(self, trig: Token, args: list[Token], content_start: int, weak: bool = False,
               interception: bool = False) -> list[PlaceCandidate]:
        """Names in target phrases of the trigger that may be places (the gazetteer decides:
        the small models often label a city PRODUCT or PERSON)."""
        doc = trig.doc
        sent = sent_of(trig)
        times = [(sent.start_char + x.start, sent.start_char + x.end) for x in find_time_expressions(span_text(sent), self.lang)]
        seen: set[int] = set()
        found: list[PlaceCandidate] = []
        for t in sorted(args, key=lambda x: x.i):
            if t.i in seen or t.idx < content_start or in_ranges(t.idx, times):
                continue
            ent = entity_of(t)
            if ent is not None and ent.label_ not in NOT_PLACE_LABELS and any(x.pos_ == "PROPN" or x.is_title for x in ent):
                # the models may run a name into the day after it ("Soumy lundi"): the day is no part of the place
                span_toks = [x for x in ent if not in_ranges(x.idx, times)] or list(ent)
            elif t.pos_ == "PROPN" and (not t.ent_type_ or (ent is not None and ent.label_ in ("DATE", "TIME"))):
                span_toks = [t]  # also a name the model swallowed into a time ("at Kyiv overnight": TIME)
                if not t.ent_type_:  # "Mocimboa da Praia" with no entity: the name whole, not "Praia"
                    while span_toks[0].i > sent.start and (prev := doc[span_toks[0].i - 1]).pos_ == "PROPN" \
                            and prev.head.i == t.i and prev.dep_ in ("compound", "flat", "flat:name") and not prev.ent_type_:
                        span_toks.insert(0, prev)
            elif t.is_title and not t.ent_type_ and t.dep_ in ("amod", "compound") and t.i > sent.start \
                    and t.head.lower_ in self.lex.region_nouns_after:
                span_toks = [t]  # "in the Kyiv region" with Kyiv tagged an adjective and no entity
            else:
                continue
            seen.update(x.i for x in span_toks)
            root = max(span_toks, key=lambda x: 0 if x.head in span_toks else 1)
            if self.under_speech_verb(root, trig):
                continue  # "une attaque attribuée à l'Ukraine", "a strike blamed on Kyiv": the accused
            verdict = self.place_phrase(root, trig, weak, interception)
            if verdict is None:
                continue
            s, e = span_toks[0].idx, span_toks[-1].idx + len(span_toks[-1].text)
            region = self.region_phrase(root)
            if region is not None:  # "Russia's Belgorod region", "la région de Saratov": the region, not the city
                s, e = min(s, region[0]), max(e, region[1])
            label = ent.label_ if ent is not None else "PROPN"
            if region is None and root.dep_ in MODIFIER_DEPS:
                label = MODIFIER_LABEL  # "the Saratov refinery": the linker wants more than an alternate name
            found.append(PlaceCandidate(s, e, doc_text(doc)[s:e], label, verdict == "direct"))
        return found

    def antecedents(self, t: Trigger) -> list[PlaceCandidate]:
        """The names a definite place noun of the target refers back to ("le centre du
        village", "the city's power station"; ``kg.nlp.antecedents``)."""
        for noun in anaphors(self.lex, [x for x in t.args if x.idx >= t.content_start]):
            found = antecedent_places(self.lex, noun)
            if found:  # "la centrale électrique de la ville": no centrale named before, the town is
                return found
        return []

    def subject_of_clause(self, trig: Token) -> list[Token]:
        """The subject of the clause the trigger belongs to, when the place hit is said
        there: "Moscou a été la cible d'une attaque", "un dépôt … de Koursk a pris feu après
        avoir été touché par un drone"."""
        cur = trig
        for _ in range(CLAUSE_SUBJECT_LEVELS):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.lemma_.lower() in self.lex.speech_verbs or cur.lower_ in self.lex.speech_verbs:
                return []  # "Moscow blamed Kyiv for the attack": the subject speaks, it is not hit
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
            if subj:
                # without the clauses on the subject ("les bénévoles, partis de Laval il y a une
                # semaine, se sont retrouvés au cœur d'une attaque"): where they came from; a
                # clause that only locates the subject stays ("un dépôt situé en périphérie de Koursk")
                clauses = {x.i for c in subj for g in c.subtree if g.i != c.i and g.pos_ in ("VERB", "AUX")
                           and g.dep_ in ("acl", "acl:relcl", "relcl", "advcl")
                           and g.lemma_.lower() not in LOCATING_VERBS for x in g.subtree}
                return [t for c in subj for t in c.subtree
                        if trig.i not in (x.i for x in c.subtree) and t.i not in clauses]
            if cur.pos_ in ("VERB", "AUX"):
                return []  # the clause's verb has no subject: one further up belongs to another clause
        return []

    def described_phrase(self, trig: Token) -> list[Token]:
        """The noun phrase a passive participle trigger describes, without the participle's own
        words: the place hit in "la raffinerie de Riazan, frappée par des drones"."""
        if trig.pos_ not in ("VERB", "AUX") or trig.head.i == trig.i:
            return []
        if self.trigger_use(trig) == "projectile" or any(c.dep_ in ("obj", "dobj") for c in trig.children):
            return []
        own = {x.i for x in trig.subtree}
        if trig.dep_ in ("acl", "amod") and not self.landmark_head(trig):
            return [x for x in trig.head.subtree if x.i not in own]
        noun = self.detached_participle_noun(trig)
        return [x for x in noun.subtree if x.i not in own and x.i < trig.i] if noun is not None else []

    def detached_participle_noun(self, trig: Token) -> Token | None:
        """The noun a past participle set off by a comma describes when the parser took it for
        a clause of its own ("… dans la raffinerie de Riazan, à quelque 200 kilomètres au
        sud-est de Moscou, frappée par des drones"): the nearest noun before it, past the
        landmarks in between, that agrees with it (French gender and number)."""
        doc = trig.doc
        if not (trig.dep_ in ("advcl", "conj") or self.landmark_head(trig)) or trig.i == 0 or doc[trig.i - 1].text != "," \
                or not self.is_past_participle(trig) \
                or any(c.dep_ in SUBJECT_DEPS - {"agent", "obl:agent"} or c.dep_.startswith("aux") for c in trig.children):
            return None
        for tok in reversed(list(doc[sent_of(trig).start: trig.i])):
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in self.lex.reference_words:
                continue
            head = tok
            while head.dep_ in ("nmod", "compound", "flat", "flat:name") and head.head.pos_ in ("NOUN", "PROPN") \
                    and head.head.i < head.i:
                head = head.head
            if self.landmark_phrase(head, trig) or not self.agrees(head, trig):
                continue
            return head
        return None

    def landmark_head(self, trig: Token) -> bool:
        """A participle the parser hung on a landmark before it ("the Saratov refinery, some
        700 km south-east of Moscow, hit by drones": hit under Moscow): not what was hit."""
        head = trig.head
        return trig.dep_ in ("acl", "amod") and head.i < trig.i and head.pos_ in ("NOUN", "PROPN") \
            and self.landmark_phrase(head, trig)

    def landmark_phrase(self, noun: Token, trig: Token) -> bool:
        """A noun phrase that locates something else ("à une centaine de kilomètres au sud de
        Voronej", "some 700 km south-east of Moscow"), up to the trigger."""
        doc = noun.doc
        own: list[Token] = []  # the noun and its words up to the first punctuation
        for x in doc[noun.i: trig.i]:
            if x.is_punct:
                break
            own.append(x)
        return any(x.lower_ in self.lex.reference_words for x in own) or is_landmark(self.lex, doc[noun.i: noun.i + 1])

    @staticmethod
    def is_past_participle(tok: Token) -> bool:
        morph = str(tok.morph)
        return tok.tag_ == "VBN" or ("VerbForm=Part" in morph and "Tense=Past" in morph)

    @staticmethod
    def agrees(noun: Token, participle: Token) -> bool:
        """Gender and number agree where both carry them (French)."""
        for feat in ("Gender", "Number"):
            a, b = noun.morph.get(feat), participle.morph.get(feat)
            if a and b and set(a) != set(b):
                return False
        return True

    def main_clause_args(self, trig: Token) -> list[Token]:
        """The target phrases of the clause that a "when" clause holding the trigger hangs on
        ("tués à Belgorod lorsqu'une salve … s'est abattue", "killed in Kherson when shells hit …")."""
        verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in self.lex.when_words for c in verb.children):
            return []
        out: list[Token] = []
        for c in verb.head.children:
            if c.i == verb.i or c.dep_ not in ARG_DEPS_VERB:
                continue
            preps = [x.lower_ for x in c.children if x.dep_ == "case"] + ([c.lower_] if c.dep_ == "prep" else [])
            if any(w in self.lex.target_preps for w in preps):
                out.extend(c.subtree)
        return out

    def region_phrase(self, root: Token) -> tuple[int, int] | None:
        """The span "Belgorod region" / "région de Saratov" when a name belongs to a region noun."""
        head = root.head
        if head.i == root.i or head.lower_ not in self.lex.region_nouns:
            return None
        if root.dep_ in ("compound", "amod") and root.i < head.i:
            return root.idx, head.idx + len(head.text)
        if root.i > head.i and any(c.dep_ == "case" and c.lower_ in self.lex.of_words for c in root.children):
            return head.idx, root.idx + len(root.text)
        if root.i > head.i and root.dep_ == "pobj" and head.lower_ in self.lex.of_words:
            return None
        return None

    def is_place_noun(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.lex.place_nouns or tok.lower_ in self.lex.place_nouns

    def after_day_word(self, root: Token, trig: Token) -> bool:
        """The object of a French verb hung by the parser on the day word before it ("a touché
        dimanche un entrepôt du port d'Eilat": entrepôt under dimanche)."""
        cur = root
        while cur.head.i != trig.i and cur.head.i != cur.i:
            cur = cur.head
        return cur.head.i == trig.i and cur.i > trig.i and cur.lower_ in self.lex.day_words

    def is_target_prep(self, word: str, head: Token, interception: bool = False) -> bool:
        """A preposition of the place hit; a direction after a weapon's heading verb or an
        air-defence verb also is ("drones heading for Kaluga", "abattus au-dessus de Toula")."""
        if word in self.lex.target_preps:
            return True
        return word in self.lex.toward_preps and (
            interception or head.lemma_.lower() in self.lex.heading_verbs or head.lower_ in self.lex.heading_verbs)

    def place_phrase(self, root: Token, trig: Token, weak: bool, interception: bool = False) -> str | None:
        """How a name's phrase relates to the trigger: "direct" (the place hit: "contre
        Moscou", "shelled Kherson", "the city of Kursk"), "indirect" (inside the target or a
        modifier of it: "un immeuble de Kharkiv", "Yemen's Hajjah province"; a country reached
        this way is not the place hit), or None (a launch site "depuis la Crimée", a modifier
        of a thing "U.S. vessel", an owner "le régime de Kiev")."""
        lex = self.lex
        modifier = root.dep_ in MODIFIER_DEPS
        if modifier and not self.is_place_noun(root.head):
            return None
        if weak:
            return "indirect"
        preps = _prepositions(root, trig)
        if any(w in lex.origin_preps for w, _ in preps):
            return None
        # "la ville de Belgorod", "the city of Kursk": the place noun and the name are one phrase
        core = list(preps)
        while core and core[0][0] in self.lex.of_words and self.is_place_noun(core[0][1]):
            core.pop(0)
        if not core or self.is_target_prep(core[0][0], core[0][1], interception):
            verdict = "direct"
        elif any(self.is_target_prep(w, h, interception) for w, h in core):
            verdict = "indirect"
        elif trig.pos_ in ("VERB", "AUX") and all(w in self.lex.of_words for w, _ in core) \
                and (_top_dep(root, trig) in ("obj", "dobj", "nsubj:pass", "nsubjpass")
                     or self.after_day_word(root, trig)
                     or self.describes_what_was_hit(trig) and root.i not in {t.i for t in trig.subtree}
                     and trig.head in [root, *root.ancestors]):
            # "a touché un centre commercial d'Odessa", "le dépôt de carburant de Liski, frappé
            # par des drones": where the target is
            verdict = "indirect"
        else:
            return None
        return "indirect" if modifier else verdict

    def date_text(self, trig: Token, sent: Span) -> DateMention | None:
        """The time expression of the trigger's clause (else the nearest one), leaving out
        the dateline and those that tell when something was said ("a indiqué dimanche que la
        frappe…"); a day said is kept as the anchor of a bare night ("said on Sunday that
        its forces hit the depot overnight": Sunday). An anchored expression ("la veille",
        "a day after …") records what it counts from (``kg.nlp.dates``)."""
        doc = sent.doc
        text = doc_text(doc)
        start = dateline_end(text, sent.start_char)
        if sent.start > 0:
            prev = sent_of(doc[sent.start - 1])
            between = text[prev.end_char: sent.start_char]
            if "\n" not in between and not any(t.pos_ in ("VERB", "AUX") for t in prev):
                start = dateline_end(text, prev.start_char)  # "Mardi matin," split off by the parser
        found: list[tuple[TimeExpression, int | None]] = []
        said: list[TimeExpression] = []
        for f in find_time_expressions(text[start: sent.end_char], self.lang):
            f = TimeExpression(start + f.start, start + f.end, f.text)
            tok = doc.char_span(f.start, f.end, alignment_mode="expand")
            head = tok.root.head if tok is not None else None
            quoted = _inside_quotes(text, sent.start_char, f.start)
            if not quoted and head is not None and head.i != trig.i and self.tells_speech(head) \
                    and not self.hangs_on_other_verb(tok):
                said.append(f)
                continue
            found.append((f, _clause_verb(tok.root) if tok is not None else None))
        if not found:
            # "01:05 – The mayor posts: drones were repelled …": the small hours it was told in
            clocks = [f for f in said if is_clock_time(f.text, self.lang)]
            return DateMention(clocks[0].start, clocks[0].end, clocks[0].text) if len(clocks) == 1 else None
        said_days = [f for f in said if not is_night(f.text, self.lang) and not anchored_offset(f.text, self.lang)[0]
                     and not _inside_quotes(text, sent.start_char, f.start)]
        own = _clause_verb(trig)
        same_clause = [f for f, verb in found if verb is not None and verb == own]
        pool = same_clause or [f for f, _ in found]
        # "on Tuesday at about 3 a.m.", "Mardi vers 3 heures, …": the day, not the hour (also
        # when the parser hangs the day elsewhere); but "… late on Wednesday, and air defences
        # destroyed 11 drones after midnight": the hour of its own clause
        days = [f for f, _ in found if not is_clock_time(f.text, self.lang)]
        beside = [d for d in days for c in pool if is_clock_time(c.text, self.lang)
                  and (0 <= c.start - d.end <= 2 or 0 <= d.start - c.end <= 2)]
        if any(not is_clock_time(f.text, self.lang) for f in pool):
            pool = [f for f in pool if not is_clock_time(f.text, self.lang)]
        elif beside:
            pool = beside[:1]
        best = min(pool, key=lambda f: abs(f.start - trig.idx))
        others = [f for f, _ in found if f is not best and not anchored_offset(f.text, self.lang)[0]]
        if is_night(best.text, self.lang):
            return DateMention(best.start, best.end, best.text, anchor=said_days[0].text if len(said_days) == 1 else None)
        if not anchored_offset(best.text, self.lang)[0]:
            if len(said_days) == 1 and _inside_quotes(text, sent.start_char, best.start):
                # « Ce matin, un drone a touché … », written on Monday: Monday morning
                return DateMention(best.start, best.end, best.text, anchor=said_days[0].text, quoted=True)
            return DateMention(best.start, best.end, best.text)
        if not takes_complement(best.text, text[best.end: sent.end_char]):
            # "La veille, …", "The next day, …": the day told before
            return DateMention(best.start, best.end, best.text, told_before=True)
        closes = complement_end(text, best.end, sent.end_char)
        if best.start < trig.idx < closes:
            # the attack is the one the expression counts from ("… a day after a drone hit X"):
            # the anchor is the main clause's day, told before the expression or after its complement
            before = [f for f in others if f.end <= best.start]
            after = [f for f in others if f.start >= closes]
            main = before[-1:] or after[:1]
            if not main and self.counted_from(trig):
                # "Two days after the strike on Kharkiv, drones hit Sumy", no day in the main
                # clause: the strike is the one told before, with its own day; none from here
                return DateMention(best.start, best.end, best.text)
            return DateMention(best.start, best.end, best.text, anchor=main[0].text if main else None,
                               inverse=True, told_before=not main)
        # "X was hit two days after the strike on Y on Monday", and the main clause after a
        # fronted phrase ("The day before the port strike, drones hit X"): X counts from the
        # complement's attack, by the day told in the complement, else the attack told before
        inner = [f for f in others if best.end <= f.start < closes]
        return DateMention(best.start, best.end, best.text, anchor=inner[0].text if inner else None,
                           told_before=trig.idx > best.start and not inner)

    def hangs_on_other_verb(self, span: Span) -> bool:
        """Whether a word of a time expression hangs on a verb that reports no speech, though the
        phrase's root hangs on a speech verb: the parser split the phrase ("ont été tuées
        jeudi après-midi dans un bombardement …, ont indiqué les autorités", where "jeudi"
        hangs on "tuées" and "après-midi" on "indiqué"), and the day is the act's, not the
        day it was said."""
        inside = {t.i for t in span}
        return any(t.head.i not in inside and t.head.pos_ in ("VERB", "AUX") and not self.tells_speech(t.head)
                   for t in span)

    def speech_with_object(self, verb: Token) -> bool:
        """A speech cue of a verb and its object ("a fait état d'une frappe": "faire état"): what
        the verb governs is reported, and its subject is the one who reports, not the attacker."""
        return any(f"{verb.lemma_.lower()} {c.lemma_.lower()}" in self.lex.speech_verbs
                   for c in verb.children if c.dep_ in ("obj", "dobj"))

    def tells_speech(self, verb: Token) -> bool:
        """Whether a verb reports speech, so a day on it is when something was said: not a
        pronominal "se déclarer" ("un incendie s'est déclaré lundi": a fire broke out)."""
        if verb.lemma_.lower() not in self.lex.speech_verbs and verb.lower_ not in self.lex.speech_verbs:
            return False
        pronominal = any(c.lower_ in ("se", "s'", "s’") and c.i < verb.i for c in verb.children)
        return not (pronominal and verb.lemma_.lower() in NOT_SPEECH_WHEN_PRONOMINAL)

    def repair_tags(self, doc: Doc) -> None:
        """Undo one tagging slip of the small models: an attack noun taken for an auxiliary
        ("shelling wounded three civilians": shelling/AUX, aux of "wounded"). No auxiliary is
        an attack noun, so such a token is the noun, subject of the verb it hangs on."""
        for tok in doc:
            if tok.pos_ == "AUX" and ((tok.lower_, "NOUN") in self.lex.triggers or (tok.lemma_.lower(), "NOUN") in self.lex.triggers):
                tok.pos_ = "NOUN"
                if tok.dep_ == "aux" and not any(c.dep_.startswith("nsubj") for c in tok.head.children):
                    tok.dep_ = "nsubj"

    def trigger_context(self, trig: Token, sent: Span, weapon: Token | None = None) -> Trigger:
        """The trigger with its argument phrases and its subject (or what a participle
        describes: "les drones lancés contre…": what was launched). For an air-defence verb
        the weapon is the subject, and the clauses on it ("heading for Kaluga") are arguments."""
        subject = [t for c in trig.children if c.dep_ in ("nsubj", "agent", "obl:agent") for t in c.subtree]
        if trig.dep_ in ("acl", "amod") and trig.head.i != trig.i:
            subject.append(trig.head)
        subject += self.light_verb_subject(trig)
        args = self.argument_tokens(trig)
        if weapon is not None:
            subject = [weapon] + ([x for x in weapon.subtree if x.i != weapon.i] if weapon.i != trig.head.i else [])
            args += [x for c in weapon.children if c.i != trig.i and c.dep_ in ("acl", "acl:relcl", "relcl")
                     for x in c.subtree]
        return Trigger(trig, sent, tuple(args), tuple(subject),
                       dateline_end(doc_text(trig.doc), sent.start_char), interception=weapon is not None)

    def conjunct_branches(self, trig: Token, places: tuple[PlaceCandidate, ...]) -> list[tuple[PlaceCandidate, ...]]:
        """The trigger's places split by coordinated target: a name reached through a conjunct
        ("… in Sumy and a fuel depot in Konotop", "Kharkiv and Sumy") is another attack. One
        branch when nothing is coordinated, or when a branch holds only indirect names."""
        doc = trig.doc
        groups: dict[int, list[PlaceCandidate]] = {}
        told_before = tuple(p for p in places if p.label == ANTECEDENT_LABEL)  # told elsewhere: every branch's
        places = tuple(p for p in places if p.label != ANTECEDENT_LABEL)
        for p in places:
            tok = doc.char_span(p.start, p.end, alignment_mode="expand")
            key = -1
            cur = tok.root if tok is not None else None
            while cur is not None and cur.i != trig.i and cur.head.i != cur.i:
                if cur.dep_ == "conj" and not (tok is not None and tok.start <= cur.i < tok.end):
                    key = cur.i
                cur = cur.head
            groups.setdefault(key, []).append(p)
        if len(groups) < 2 or not all(any(p.direct for p in g) for g in groups.values()):
            return [places + told_before]
        return [tuple(g) + told_before for g in groups.values()]

    def superlative(self, trig: Token) -> bool:
        """An attack noun graded against others ("the deadliest attack on …", "l'une des attaques
        les plus importantes contre …"): it describes an attack told in its clause."""
        if trig.pos_ not in ("NOUN", "PROPN"):
            return False
        for c in trig.children:
            if c.dep_ in ("amod", "advmod") and (c.tag_ in ("JJS", "RBS") or any(
                    g.lower_ in self.lex.superlative_words for g in c.children if g.dep_ == "advmod")):
                return True
            # "the third such strike in north-eastern Syria this month", "la deuxième frappe"
            if c.dep_ in ("amod", "det", "predet", "nummod") and (
                    c.ent_type_ == "ORDINAL" or c.lower_ in self.lex.superlative_words):
                return True
        return False

    def blast_weapon(self, t: Trigger) -> str | None:
        """The class of an explosion that hit a place when the next sentence names the weapon
        ("Une forte explosion a secoué la raffinerie de Touapsé. Il s'agissait d'un drone", "An
        explosion tore through a coop near Safed. It was an explosive drone"); an explosion no
        weapon is told for (a gas leak, an accident) is no attack."""
        trig = t.token
        if not t.is_verb or not any({c.lower_, c.lemma_.lower()} & self.lex.blast_nouns
                                    for c in trig.children if c.dep_ == "nsubj"):
            return None
        doc = trig.doc
        after = [x for x in doc[t.sent.end:] if not x.is_space][:1]
        if not after:
            return None
        nxt = sent_of(after[0])
        negation = self.lex.blockers.get("negation", frozenset())
        if any(x.lower_ in negation and x.head.i == nxt.root.i for x in nxt):
            return None  # "Ce n'était pas un drone"; not "… adding that no one was hurt"
        # a carrier names the cause too ("Several blasts shook the port. … warplanes had struck …")
        # a weapon ruled out or set against another cause is none ("a gas leak was the cause and
        # ruled out any shelling", "an accident and not the result of a drone attack")
        found = [self.lex.instruments.get(x.lemma_.lower()) or self.lex.instruments.get(x.lower_)
                 for x in nxt if not self.names_defence(x) and not ruled_out_token(self.lex.blockers, x)
                 and not contrasted_token(self.lex.blockers, x)]
        found = [c for c in found if c]
        return max(found, key=lambda c: ATTACK_SPECIFICITY[c]) if found else None

    def has_munition(self, t: Trigger) -> bool:
        """An impact word tells an attack only with a weapon that hits among its words
        ("rockets rained down on…"); an impact noun needs it as its own modifier ("artillery fire")."""
        if t.is_verb:  # what hits is the subject ("Shahed drones damaged…", "des débris d'un drone sont
            # tombés") or the instrument phrase ("destroyed a bridge with a missile")
            # a destroyed weapon is no weapon that hits: "54 drones had been destroyed over …"
            passive = {"nsubj:pass", "nsubjpass"} if self.is_intercept_verb(t.token) else set()
            subject = [x for c in t.token.children if c.dep_ in SUBJECT_DEPS - passive for x in c.subtree]
            if t.token.dep_ in ("acl", "amod") and t.token.head.i < t.token.i and not passive:
                subject.append(t.token.head)  # "une roquette tombée sur …", "des obus tombés sur …": the noun it describes hits
            return self.instrument_class(t.token, subject + self.with_phrases(t.token), munitions=True) is not None
        near = [c for c in t.token.children] + [g for c in t.token.children if c.dep_ == "prep" for g in c.children]
        return self.instrument_class(t.token, near, munitions=True) is not None  # "fire from Russian artillery"

    def with_phrases(self, tok: Token) -> list[Token]:
        """The instrument phrases of a verb ("with HIMARS rockets", "avec des bombes guidées")."""
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in self.lex.with_preps:
                out.extend(x for g in c.children for x in g.subtree)
            elif c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ in self.lex.with_preps for g in c.children):
                out.extend(c.subtree)
        return out

    def __call__(self, doc: Doc) -> Doc:
        """An ``EventCandidate`` for each trigger with substance (an instrument or a place)."""
        out: list[EventCandidate] = []
        rejected: list[Rejection] = []
        skip = doc._.geokg_skip or []
        self.repair_tags(doc)
        for sent in full_sentences(doc):
            if in_ranges(sent.start_char, skip):
                continue
            for trig in sent:
                weapon = None
                if self.kind_of_weapon(trig):
                    continue  # "des drones d'attaque", "attack drones": a kind of weapon, no attack
                if self.trigger_class(trig) is None or (
                        self.trigger_use(trig) == "impact" and self.intercepted_weapon(trig) is not None
                        and not self.has_munition(self.trigger_context(trig, sent))):
                    weapon = self.intercepted_weapon(trig)  # "air defences destroyed 126 drones over …"
                    if weapon is None:
                        continue
                if weapon is None and self.trigger_use(trig) == "assault" and not self.armed_subject(trig):
                    rejected.append(Rejection("event", trig.idx, trig.idx + len(trig.text), trig.text,
                                              "a ground assault with no armed attackers as its subject",
                                              ("trigger:trigger_word",)))
                    continue
                t = self.trigger_context(trig, sent, weapon)
                class_finder, cls = CLASS.first(self.lang, self, t)  # type: ignore[misc]
                trace = ["trigger:" + ("intercepted_weapon" if weapon is not None else "trigger_word"),
                         f"class:{class_finder}"]
                if weapon is None and self.trigger_use(trig) in ("impact", "reflexive") \
                        and not self.has_munition(t):
                    told_next = self.blast_weapon(t)
                    if told_next is None:
                        rejected.append(Rejection("event", trig.idx, trig.idx + len(trig.text), trig.text,
                                                  "an impact word with no weapon that hits", tuple(trace)))
                        continue
                    class_finder, cls = "blast_weapon", told_next  # "une explosion a secoué … Il s'agissait d'un drone"
                    trace[1] = f"class:{class_finder}"
                found_places = PLACES.first(self.lang, self, t)
                places_finder, places = found_places if found_places else (None, ())
                if t.is_verb and class_finder != "instrument_word" and places_finder != "target_phrase":
                    rejected.append(Rejection("event", trig.idx, trig.idx + len(trig.text), trig.text,
                                              "a trigger verb with neither an instrument nor a target place",
                                              tuple(trace)))
                    continue
                if places and self.superlative(trig) and (
                        not any(p.direct for p in places) or trig.dep_ in ("appos", "npadvmod", "attr")):
                    places_finder, places = None, ()  # "the deadliest attack on the Black Sea city": a description
                if places_finder:
                    trace.append(f"places:{places_finder}")
                perpetrators = PERPETRATORS.all(self.lang, self, t)
                trace += [f"perpetrator:{name}" for name, _ in perpetrators]
                blocked = FACTUALITY.first(self.lang, self, t)
                if blocked:
                    trace.append(f"factuality:{blocked[0]}")
                if weapon is not None and blocked and blocked[1] in ("negation", "negated context"):
                    # "could not be intercepted" says the weapons got through: no denial of the attack
                    rejected.append(Rejection("event", trig.idx, trig.idx + len(trig.text), trig.text,
                                              "a negated interception", tuple(trace)))
                    continue
                date = self.date_text(trig, sent)
                if date:
                    trace.append("date:nearest_time_expression")
                # "hit a substation in Sumy and a fuel depot in Konotop": one attack per coordinated target
                branches = self.conjunct_branches(trig, places) if places_finder == "target_phrase" else [places]
                for branch in branches:
                    out.append(EventCandidate(
                        event_class=cls,
                        trigger=TextSpan(trig.idx, trig.idx + len(trig.text), trig.text),
                        pos="VERB" if t.is_verb else "NOUN",
                        sentence=(sent.start_char, sent.end_char),
                        places=branch if places_finder == "target_phrase" else (),
                        sentence_places=branch if places_finder in ("described_target", "clause_subject", "main_clause")
                        else (),
                        perpetrators=tuple(p for _, found in perpetrators for p in found),
                        date=date,
                        blocked=blocked[1] if blocked else None,
                        definite=any(c.dep_ == "det" and c.lower_ in self.lex.definite_determiners
                                     for c in trig.children),
                        trace=tuple(trace + (["places:conjunct_branch"] if len(branches) > 1 else [])),
                    ))
            self.add_turn(sent, out)
        add_records(doc, out)
        add_records(doc, rejected)
        release_caches(doc)
        return doc

    def add_turn(self, sent: Span, out: list[EventCandidate]) -> None:
        """"Le lendemain soir, c'était au tour de l'aérodrome de Borissoglebsk": the attack told
        just before, repeated on the turn's place (``kg.nlp.turns``)."""
        noun = turn_noun(self.lex, sent)
        if noun is None:
            return
        before = repeated_attack(noun, out, sent.start_char)
        places = turn_places(noun)
        if before is not None and places:
            out.append(turn_event(noun, before, places, self.date_text(noun, sent)))


@Language.factory("geokg_events")
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp.lang)
