"""What a question asks, as a frame of slots, and the named query that honours every slot.

The reader (``kg.query.question_reader``) fills a :class:`Frame` from the question's parts;
:func:`frame_query` chooses the one named query whose parameters can carry *every* filled
slot. A slot no query can carry with the rest ("who said what about Russian strikes": the
statement queries take no perpetrator) is a refusal naming that slot: the answer is never
broader than the question.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.model import Node

ASKS = ("statements", "attacks", "timeline", "count", "accusations", "sources", "co_speakers",
        "casualties", "interceptions", "claims")


class FrameError(Exception):
    """A slot of the question that no named query can honour, or a part that cannot be read."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Frame:
    """The slots of a question; None = not asked."""

    asks: str
    lang: str
    speaker: Node | None = None  # statements: who spoke (its members count)
    accuser: Node | None = None  # accusations: who accuses
    accused: Node | None = None  # accusations: who is accused
    perpetrator: Node | None = None  # attacks: who did them (fact or alleged)
    co_actor: Node | None = None  # co_speakers: the first speaker of the pairs
    reporter: Node | None = None  # casualties, interceptions: who gave the figure (its members count)
    measure: str | None = None  # what is counted or asked: killed/injured, intercepted/launched, Claim/Denial; None = all
    attack_class: str | None = None  # "Attack" = an attack word without a kind
    place: Node | None = None
    target: str | None = None  # what the attacks hit: a concept of ontology/targets.ttl (local name)
    target_text: str | None = None  # the target as the question writes it ("refineries")
    first: dt.date | None = None
    last: dt.date | None = None
    ignored: list[str] = field(default_factory=list)
    alleger: bool = False  # "…, and who alleged them?": only attributed_events gives who alleged each attack

    def topic_slots(self) -> list[str]:
        """The filled slots that restrict which attacks are meant."""
        out = []
        if self.attack_class and self.attack_class != "Attack":
            out.append("kind of attack")
        if self.place is not None:
            out.append("place")
        if self.first or self.last:
            out.append("period")
        if self.perpetrator is not None:
            out.append("perpetrator")
        if self.target is not None:
            out.append("target")
        return out


@dataclass(frozen=True)
class Choice:
    """A named query and the slot -> parameter assignments it takes."""

    query: str
    slots: dict[str, str]  # parameter name -> slot name of the frame


def _refuse_unless(frame: Frame, allowed: set[str], query: str) -> None:
    extra = [s for s in frame.topic_slots() if s not in allowed]
    for slot, value in (("speaker", frame.speaker), ("accuser", frame.accuser), ("accused", frame.accused),
                        ("reporter", frame.reporter)):
        if value is not None and slot not in allowed:
            extra.append(slot)
    if "target" in extra:  # the rest alone would be broader than asked ("the Odesa port": not all of Odesa)
        raise FrameError(f"{query} takes no target ({frame.target_text!r}): its answer would be broader than asked")
    if extra:
        raise FrameError(f"{query} cannot restrict its answer to the {', '.join(extra)} the question names")


def frame_query(frame: Frame) -> Choice:
    """The named query that carries every filled slot of ``frame``, or :class:`FrameError`."""
    choice = _frame_query(frame)
    if frame.alleger and choice.query != "attributed_events":
        raise FrameError(f"{choice.query} does not say who alleged the attacks: ask for the attacks of one actor "
                         "alone ('attacks attributed to Russia, and who alleged them')")
    return choice


def _frame_query(frame: Frame) -> Choice:
    topic = {"kind of attack", "place", "period"}
    if frame.asks == "statements":
        if frame.speaker is not None and not frame.topic_slots() and frame.attack_class is None:
            return Choice("actor_statements", {"actor": "speaker"})
        if frame.attack_class is None and (frame.place is not None or frame.first or frame.last):
            # "what did X say in May": the graph dates and places attacks, not what is said of them
            raise FrameError("statements are found by the attacks they are about: the question names no attack")
        _refuse_unless(frame, topic | {"speaker"}, "who_said_what")
        return Choice("who_said_what", {"country": "place", "type": "attack_class", "from": "first", "to": "last",
                                        "speaker": "speaker"})
    if frame.asks == "accusations":
        _refuse_unless(frame, {"accuser", "accused"}, "accusations")
        return Choice("accusations", {"by": "accuser", "against": "accused"})
    if frame.asks == "casualties":
        # figures are of attacks: their kind, place and day, and what they count (killed or injured)
        _refuse_unless(frame, topic | {"reporter"}, "casualties")
        return Choice("casualties", {"country": "place", "type": "attack_class", "from": "first", "to": "last",
                                     "kind": "measure", "reporter": "reporter"})
    if frame.asks == "interceptions":
        # the kind of attack a question names is the weapon counted ("drones": DroneStrike)
        _refuse_unless(frame, topic | {"reporter"}, "interceptions")
        if frame.attack_class == "Shelling":  # the build's weapon words make rockets and shells one kind
            raise FrameError("interceptions counts rockets and shells as one kind of weapon: "
                             "asking for either would give both")
        return Choice("interceptions", {"country": "place", "weapon": "attack_class", "from": "first", "to": "last",
                                        "reporter": "reporter", "action": "measure"})
    if frame.asks == "claims":
        _refuse_unless(frame, topic | {"speaker"}, "claims")
        return Choice("claims", {"country": "place", "type": "attack_class", "from": "first", "to": "last",
                                 "act": "measure", "speaker": "speaker"})
    if frame.asks == "co_speakers":
        _refuse_unless(frame, set(), "co_statements")
        return Choice("co_statements", {"actor": "co_actor"})
    if frame.asks == "sources":
        _refuse_unless(frame, {"kind of attack", "place", "period"}, "sources_of_event")
        if (frame.first or frame.last) and frame.first != frame.last:
            raise FrameError("sources_of_event takes one day, not a period")
        if frame.attack_class is None and frame.place is None:
            raise FrameError("the question names no attack to find the sources of")
        return Choice("sources_of_event", {"place": "place", "type": "attack_class", "date": "first"})
    if frame.attack_class is None and frame.asks in ("attacks", "count"):
        raise FrameError("the question names no kind of attack or event")
    slots = {"country": "place", "type": "attack_class", "from": "first", "to": "last", "perpetrator": "perpetrator",
             "target": "target"}
    if frame.asks == "count":
        _refuse_unless(frame, topic | {"perpetrator", "target"}, "event_count")
        return Choice("event_count", slots)
    _refuse_unless(frame, topic | {"perpetrator", "target"}, "event_timeline")
    if frame.asks == "attacks" and frame.perpetrator is not None and frame.topic_slots() == ["perpetrator"]:
        return Choice("attributed_events", {"actor": "perpetrator"})
    return Choice("event_timeline", slots)
