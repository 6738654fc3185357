"""An attack told as the next in a series: "c'était au tour de X", "it was the turn of X".

"Dans la nuit de jeudi à vendredi, plusieurs drones ont attaqué la base d'Engels. Le lendemain
soir, c'était au tour de l'aérodrome de Borissoglebsk." The second sentence has no attack word:
it repeats the attack told just before on another target. The new attack takes the class of
the one before (a "drone" series stays one of drones), its place from the names of the turn's
complement, and its day from its own sentence ("le lendemain soir"). "C'était au tour de Kiev
de répondre" (a turn to do something) tells no attack.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.model import DateMention, EventCandidate, PlaceCandidate, Span as TextSpan
from kg.nlp.lexicon import Lexicon
from kg.nlp.syntax import doc_text, entity_of

NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "PER", "PERSON", "NORP"}
TURN_REACH_SENTENCES = 2  # how far back the attack repeated may be told


def turn_noun(lex: Lexicon, sent: Span) -> Token | None:
    """The turn noun of "c'était au tour de X" / "it was the turn of X" in a sentence, with
    no infinitive after it (a turn to do something)."""
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lower_ not in lex.turn_nouns:
            continue
        if any(x.pos_ in ("VERB", "AUX") and "Inf" in x.morph.get("VerbForm") for x in tok.subtree if x.i != tok.i):
            return None
        if any(c.dep_ == "cop" for c in tok.children) or any(c.lemma_ == "be" for c in tok.head.children) \
                or tok.head.lemma_ in ("be", "être"):
            return tok
    return None


def turn_places(noun: Token) -> tuple[PlaceCandidate, ...]:
    """The names in the turn's complements ("au tour de l'aérodrome de Borissoglebsk, dans la
    région de Voronej"): the linker keeps the most specific."""
    text = doc_text(noun.doc)
    seen: set[int] = set()
    out = []
    for t in noun.subtree:
        if t.i == noun.i or t.i in seen or t.pos_ != "PROPN":
            continue
        ent = entity_of(t)
        if ent is not None and ent.label_ in NOT_PLACE_LABELS:
            continue
        span = ent if ent is not None else noun.doc[t.i: t.i + 1]
        seen.update(range(span.start, span.end))
        out.append(PlaceCandidate(span.start_char, span.end_char, text[span.start_char: span.end_char],
                                  span.label_ if ent is not None else "PROPN", True))
    return tuple(out)


def repeated_attack(noun: Token, found: list[EventCandidate], sent_start: int) -> EventCandidate | None:
    """The last real attack told in the sentences just before the turn's."""
    doc = noun.doc
    starts = sorted({s.start_char for s in doc.sents if s.start_char < sent_start})[-TURN_REACH_SENTENCES:]
    if not starts:
        return None
    earlier = [e for e in found if not e.blocked and starts[0] <= e.sentence[0] < sent_start]
    return earlier[-1] if earlier else None


def turn_event(noun: Token, before: EventCandidate, places: tuple[PlaceCandidate, ...],
               date: DateMention | None) -> EventCandidate:
    """The attack of the turn: the class of the one before, the turn's places and day."""
    sent = noun.sent
    return EventCandidate(
        event_class=before.event_class,
        trigger=TextSpan(noun.idx, noun.idx + len(noun.text), noun.text),
        pos="NOUN",
        sentence=(sent.start_char, sent.end_char),
        places=places,
        date=date,
        trace=("trigger:turn_of_series", "class:repeated_attack", "places:turn_complement"),
    )
