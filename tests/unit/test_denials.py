"""Denied claims (kg.link.allegations.find_denials): a denial denies the claim told last
before it, and a claim no place was found for uses the denial up ("the group had also struck
the tanker Sea Falcon … no attack took place"), so an attack claimed before it stays real."""
from __future__ import annotations

from kg.link.allegations import find_denials
from kg.link.event_groups import EventGroup
from kg.model import EventRecord, Span


def claim(start: int, reported: bool = True) -> EventGroup:
    rec = EventRecord("Attack", Span(start, start + 5, "xxxxx"), Span(start, start + 50, "s"), reported=reported)
    return EventGroup("Attack", None, None, None, [rec])


def test_a_denial_denies_the_claim_told_last_before_it():
    groups = [claim(100), claim(300)]
    found = find_denials(groups, [400])
    assert found.denied_groups == {1} and found.used == (400,)


def test_an_unplaced_claim_told_last_takes_the_denial():
    groups = [claim(100)]
    found = find_denials(groups, [400], unplaced_claims=[300])
    assert found.denied_groups == frozenset() and found.used == (400,)


def test_an_unplaced_claim_told_before_the_placed_one_leaves_it_denied():
    groups = [claim(300)]
    found = find_denials(groups, [400], unplaced_claims=[100])
    assert found.denied_groups == {0}


def test_a_claim_stated_by_the_narrator_is_never_denied():
    found = find_denials([claim(300, reported=False)], [400])
    assert found.denied_groups == frozenset() and found.used == ()


def test_a_statement_holds_a_denial_only_inside_its_own_sentence():
    from kg.link.allegations import holds_denial
    sentence = Span(90, 166, "The military denied the claim and said no drone had reached the base")
    assert holds_denial(sentence, [111])
    assert not holds_denial(sentence, [40, 166])  # a denial told in another sentence
    assert not holds_denial(sentence, [])
