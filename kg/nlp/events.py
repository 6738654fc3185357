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
Results are plain dicts in ``doc._.geokg_events``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.dates import find_time_expressions
from kg.nlp.extensions import get_list
from kg.nlp.lexicon import Lexicon, lexicon
from kg.nlp.syntax import (
    dateline_end,
    full_sentences,
    doc_text,
    entity_of,
    in_ranges,
    noun_phrase,
    release_caches,
    sent_of,
    token_range,
)

NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
SPECIFICITY = {"Attack": 0, "AirStrike": 1, "Shelling": 1, "MissileStrike": 2, "DroneStrike": 2}
# arguments of a trigger verb where the place hit can be; the active subject is the attacker
ARG_DEPS_VERB = {"obj", "dobj", "obl", "obl:mod", "obl:arg", "prep", "nsubj:pass", "nsubjpass", "advmod",
                 "npadvmod", "dative"}


OF_WORDS = {"de", "du", "des", "d'", "d’", "of"}
MODIFIER_DEPS = {"compound", "amod", "nmod:poss", "poss"}


def _prepositions(tok: Token, stop: Token) -> list[tuple[str, Token]]:
    """(preposition, the word it attaches to) on the path from ``tok`` up to ``stop``,
    closest first: "de Belgorod" inside "depuis la région de Belgorod" gives
    [("de", région), ("depuis", tirés)]."""
    out: list[tuple[str, Token]] = []
    cur = tok
    while cur.i != stop.i and cur.head.i != cur.i:
        out += [(c.lower_, cur.head) for c in cur.children if c.dep_ == "case" and c.i < cur.i]
        if cur.dep_ == "pobj" and cur.head.pos_ == "ADP":
            out.append((cur.head.lower_, cur.head.head))
        elif cur.head.pos_ == "ADV" and cur.head.i < cur.i:
            out.append((cur.head.lower_, cur.head.head))  # "près de Safed": près is parsed as an adverb
        cur = cur.head
    return out


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

    def trigger_class(self, tok: Token) -> str | None:
        for key in (tok.lemma_.lower(), tok.lower_):
            pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
            if pos and (key, pos) in self.lex.triggers:
                return self.lex.triggers[(key, pos)]
        return None

    def argument_tokens(self, trig: Token) -> list[Token]:
        if trig.pos_ in ("VERB", "AUX"):
            toks: list[Token] = []
            for c in trig.children:
                if c.dep_ in ARG_DEPS_VERB:
                    toks.extend(c.subtree)
            return toks
        toks = [t for t in trig.subtree if t.i != trig.i]
        head = trig.head
        if trig.dep_ in ("obj", "dobj", "obl:arg", "obl:mod", "obl", "nsubj") and head.pos_ in ("VERB", "AUX") \
                and head.i != trig.i and head.lemma_.lower() not in self.lex.speech_verbs:
            # "a mené des frappes contre Kiev", "tué dans une frappe … à la périphérie de Tyr",
            # "shelling wounded three civilians in the town of X": the verb carries the target,
            # after the trigger
            for c in head.children:
                if c.i > trig.i and c.dep_ in ("obl", "obl:mod", "obl:arg", "prep"):
                    toks.extend(c.subtree)
        return toks

    def instrument_class(self, trig: Token, args: list[Token]) -> str | None:
        best = None
        for t in [trig] + [a for a in args if abs(a.i - trig.i) <= 8]:
            for key in (t.lemma_.lower(), t.lower_):
                cls = self.lex.instruments.get(key)
                if cls and (best is None or SPECIFICITY[cls] > SPECIFICITY[best]):
                    best = cls
        return best

    def blocked(self, trig: Token) -> str | None:
        """Why this trigger is no specific, real attack: "negation" when the attack itself is
        negated ("no such attack", "n'avait été visé", "did not strike": a denial), "negated
        context" when the clause around it is ("n'a pas revendiqué l'attaque"), or
        "hypothetical", "habitual", "generic plural"."""
        b = self.lex.blockers
        own = [trig] + list(trig.children)
        for subj in (c for c in trig.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")):
            own.extend(c for c in subj.children if c.dep_ in ("det", "neg"))  # "no U.S. vessel had been targeted"
        if {t.lower_ for t in own} & b.get("negation", frozenset()):
            return "negation"
        deny = {w for w, kind in self.lex.speech_verbs.items() if kind == "deny"}
        up = trig
        for _ in range(4):
            if up.head.i == up.i:
                break
            up = up.head
            if up.lemma_.lower() in deny or up.lower_ in deny:
                return "denied"  # "Russia denied that its forces had struck a hospital"
        scope = list(own)
        head = trig
        for _ in range(3):
            if head.head.i == head.i:
                break
            head = head.head
            scope.append(head)
            scope.extend(c for c in head.children if c.dep_ in ("advmod", "neg", "aux", "obl:mod", "npadvmod", "advmod:neg", "mark"))
            if head.pos_ in ("VERB", "AUX"):
                break
        words = {t.lemma_.lower() for t in scope} | {t.lower_ for t in scope}
        if words & b.get("negation", frozenset()):
            return "negated context"
        if words & b.get("hypothetical", frozenset()):
            return "hypothetical"
        sub_text = " ".join(t.lower_ for t in list(trig.subtree) + scope)
        novelty = b.get("novelty", frozenset()) & ({t.lower_ for t in trig.subtree} | words)
        for phrase in () if novelty else b.get("habitual", ()):  # "the first strike ... since the war began"
            if (" " in phrase and phrase in sub_text) or phrase in words or phrase in {t.lower_ for t in trig.subtree}:
                return "habitual"
        if trig.pos_ == "NOUN" and trig.tag_ in ("NNS",) and not any(c.dep_ in ("det", "nummod") for c in trig.children):
            return "generic plural"
        return None

    def places(self, trig: Token, args: list[Token], content_start: int, weak: bool = False) -> list[list]:
        """Names in target phrases of the trigger that may be places (the gazetteer decides:
        the small models often label a city PRODUCT or PERSON)."""
        doc = trig.doc
        sent = sent_of(trig)
        times = [(sent.start_char + x.start, sent.start_char + x.end) for x in find_time_expressions(sent.text, self.lang)]
        seen: set[int] = set()
        found: list[list] = []
        for t in sorted(args, key=lambda x: x.i):
            if t.i in seen or t.idx < content_start or in_ranges(t.idx, times):
                continue
            ent = entity_of(t)
            if ent is not None and ent.label_ not in NOT_PLACE_LABELS and any(x.pos_ == "PROPN" or x.is_title for x in ent):
                span_toks = list(ent)
            elif t.pos_ == "PROPN" and not t.ent_type_:
                span_toks = [t]
            else:
                continue
            seen.update(x.i for x in span_toks)
            root = max(span_toks, key=lambda x: 0 if x.head in span_toks else 1)
            verdict = self.place_phrase(root, trig, weak)
            if verdict is None:
                continue
            s, e = span_toks[0].idx, span_toks[-1].idx + len(span_toks[-1].text)
            region = self.region_phrase(root)
            if region is not None:  # "Russia's Belgorod region", "la région de Saratov": the region, not the city
                s, e = min(s, region[0]), max(e, region[1])
            found.append([s, e, doc_text(doc)[s:e], ent.label_ if ent is not None else "PROPN", verdict])
        return found

    def subject_of_clause(self, trig: Token) -> list[Token]:
        """The subject of the clause the trigger belongs to, when the place hit is said
        there: "Moscou a été la cible d'une attaque", "un dépôt … de Koursk a pris feu après
        avoir été touché par un drone"."""
        cur = trig
        for _ in range(3):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.lemma_.lower() in self.lex.speech_verbs or cur.lower_ in self.lex.speech_verbs:
                return []  # "Moscow blamed Kyiv for the attack": the subject speaks, it is not hit
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
            if subj:
                return [t for c in subj for t in c.subtree if trig.i not in (x.i for x in c.subtree)]
        return []

    REGION_NOUNS = frozenset({"region", "région", "oblast", "province", "governorate", "gouvernorat"})

    def region_phrase(self, root: Token) -> tuple[int, int] | None:
        """The span "Belgorod region" / "région de Saratov" when a name belongs to a region noun."""
        head = root.head
        if head.i == root.i or head.lower_ not in self.REGION_NOUNS:
            return None
        if root.dep_ in ("compound", "amod") and root.i < head.i:
            return root.idx, head.idx + len(head.text)
        if root.i > head.i and any(c.dep_ == "case" and c.lower_ in OF_WORDS for c in root.children):
            return head.idx, root.idx + len(root.text)
        if root.i > head.i and root.dep_ == "pobj" and head.lower_ in OF_WORDS:
            return None
        return None

    def is_place_noun(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.lex.place_nouns or tok.lower_ in self.lex.place_nouns

    def place_phrase(self, root: Token, trig: Token, weak: bool) -> str | None:
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
        while core and core[0][0] in OF_WORDS and self.is_place_noun(core[0][1]):
            core.pop(0)
        if not core or core[0][0] in lex.target_preps:
            verdict = "direct"
        elif any(w in lex.target_preps for w, _ in core):
            verdict = "indirect"
        elif trig.pos_ in ("VERB", "AUX") and all(w in OF_WORDS for w, _ in core) \
                and _top_dep(root, trig) in ("obj", "dobj", "nsubj:pass", "nsubjpass"):
            verdict = "indirect"  # "a touché un centre commercial d'Odessa": where the target is
        else:
            return None
        return "indirect" if modifier else verdict

    def perpetrators(self, trig: Token, subject: list[Token]) -> list[list]:
        """Who attacked: a demonym on the trigger or on an instrument ("missiles russes",
        "Ukrainian drones"), or the named subject of a trigger verb. A demonym on the
        target ("la ville russe de Belgorod") is not one."""
        doc = trig.doc
        out: list[list] = []
        content_start = dateline_end(doc_text(doc), sent_of(trig).start_char)
        holders = [trig] + [t for t in list(trig.subtree) + subject
                            if (t.lemma_.lower() in self.lex.instruments or t.lower_ in self.lex.instruments)
                            and abs(t.i - trig.i) <= 6]
        for h in holders:
            for t in h.children:
                if t.idx >= content_start and t.dep_ in ("amod", "compound", "nmod:poss", "poss") \
                        and t.pos_ in ("ADJ", "PROPN", "NOUN"):
                    out.append([t.idx, t.idx + len(t.text), t.text, "DEMONYM"])
        verb = trig if trig.pos_ in ("VERB", "AUX") else (
            trig.head if trig.dep_ in ("obj", "dobj", "obl:arg") and trig.head.pos_ in ("VERB", "AUX") else None)
        if verb is not None and not (verb.lemma_.lower() in self.lex.speech_verbs):
            # "Russian forces shelled…", "L'armée israélienne a mené des frappes…"
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                toks = noun_phrase(subj)
                rng = token_range(toks)
                if rng and any(x.pos_ in ("PROPN", "ADJ") or x.ent_type_ for x in toks):
                    out.append([rng[0], rng[1], doc_text(doc)[rng[0]: rng[1]], "SUBJECT"])
        return out

    def date_text(self, trig: Token, sent: Span) -> list | None:
        """The time expression nearest the trigger, leaving out those that tell when
        something was said ("a indiqué dimanche que la frappe…")."""
        doc = sent.doc
        start = dateline_end(doc_text(doc), sent.start_char)
        if sent.start > 0:
            prev = sent_of(doc[sent.start - 1])
            between = doc_text(doc)[prev.end_char: sent.start_char]
            if "\n" not in between and not any(t.pos_ in ("VERB", "AUX") for t in prev):
                start = dateline_end(doc_text(doc), prev.start_char)  # "Mardi matin," split off by the parser
        found = []
        for f in find_time_expressions(doc_text(doc)[start: sent.end_char], self.lang):
            tok = doc.char_span(start + f.start, start + f.end, alignment_mode="expand")
            head = tok.root.head if tok is not None else None
            if head is not None and head.i != trig.i and (head.lemma_.lower() in self.lex.speech_verbs
                                                          or head.lower_ in self.lex.speech_verbs):
                continue
            found.append(f)
        if not found:
            return None
        pos = trig.idx - start
        best = min(found, key=lambda f: abs(f.start - pos))
        return [start + best.start, start + best.end, best.text]

    def repair_tags(self, doc: Doc) -> None:
        """Undo one tagging slip of the small models: an attack noun taken for an auxiliary
        ("shelling wounded three civilians": shelling/AUX, aux of "wounded"). No auxiliary is
        an attack noun, so such a token is the noun, subject of the verb it hangs on."""
        for tok in doc:
            if tok.pos_ == "AUX" and ((tok.lower_, "NOUN") in self.lex.triggers or (tok.lemma_.lower(), "NOUN") in self.lex.triggers):
                tok.pos_ = "NOUN"
                if tok.dep_ == "aux" and not any(c.dep_.startswith("nsubj") for c in tok.head.children):
                    tok.dep_ = "nsubj"

    def __call__(self, doc: Doc) -> Doc:
        out = get_list(doc, "geokg_events")
        skip = doc._.geokg_skip or []
        self.repair_tags(doc)
        for sent in full_sentences(doc):
            if in_ranges(sent.start_char, skip):
                continue
            for trig in sent:
                cls = self.trigger_class(trig)
                if cls is None:
                    continue
                args = self.argument_tokens(trig)
                subject = [t for c in trig.children if c.dep_ in ("nsubj", "agent", "obl:agent") for t in c.subtree]
                if trig.dep_ in ("acl", "amod") and trig.head.i != trig.i:
                    subject.append(trig.head)  # "les drones lancés contre…": what was launched
                inst = self.instrument_class(trig, args + subject)
                if inst:
                    cls = inst  # the weapon named says more than the trigger word ("bombardé à l'artillerie")
                content_start = dateline_end(doc_text(doc), sent.start_char)
                places = self.places(trig, args, content_start)
                if trig.pos_ in ("VERB", "AUX") and inst is None and not places:
                    continue
                weak = [] if places else self.places(trig, self.subject_of_clause(trig), content_start, weak=True)
                blocked = self.blocked(trig)
                out.append({
                    "cls": cls,
                    "trigger": [trig.idx, trig.idx + len(trig.text), trig.text],
                    "pos": "VERB" if trig.pos_ in ("VERB", "AUX") else "NOUN",
                    "sentence": [sent.start_char, sent.end_char],
                    "places": places,
                    "sentence_places": weak,
                    "perpetrators": self.perpetrators(trig, subject),
                    "date": self.date_text(trig, sent),
                    "blocked": blocked,
                    "definite": any(c.dep_ == "det" and c.lower_ in ("l'", "l’", "la", "le", "the", "cette", "ce", "this") for c in trig.children),
                })
        release_caches(doc)
        return doc


@Language.factory("geokg_events")
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp.lang)
