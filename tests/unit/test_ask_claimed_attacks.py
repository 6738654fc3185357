"""The attacks an actor claimed are its claims of responsibility: `claims` with act=Claim and
the actor as speaker (and the question's place, kind and period), never the attacks it did by
fact or allegation (`event_timeline`/`attributed_events` perpetrator=X), which is broader than
asked. "Claimed or accused of" still asks for both, which `attributed_events` answers."""
from __future__ import annotations

import pytest

from kg.query.ask import map_question
from tests.question_suite import TODAY


@pytest.mark.parametrize("q,params", [
    ("Which attacks did the Houthis claim in May 2024?",
     {"act": "Claim", "speaker": "Houthis (Ansar Allah)", "from": "2024-05-01", "to": "2024-05-31"}),
    ("What drone strikes has Hezbollah claimed since March?",
     {"act": "Claim", "speaker": "Hezbollah", "type": "DroneStrike", "from": "2024-03-01"}),
    ("Attacks on Eilat claimed by the Houthis", {"act": "Claim", "speaker": "Houthis (Ansar Allah)", "country": "Eilat"}),
    ("the strikes that Hamas claimed last month", {"act": "Claim", "speaker": "Hamas", "from": "2024-05-01", "to": "2024-05-31"}),
    ("Quelles frappes le Hezbollah a-t-il revendiquées en avril ?",
     {"act": "Claim", "speaker": "Hezbollah", "from": "2024-04-01", "to": "2024-04-30"}),
    ("les attaques de drones revendiquées par les Houthis depuis janvier",
     {"act": "Claim", "speaker": "Houthis (Ansar Allah)", "type": "DroneStrike", "from": "2024-01-01"}),
    ("Quelles attaques que le Hamas a revendiquées en 2024 ?",
     {"act": "Claim", "speaker": "Hamas", "from": "2024-01-01", "to": "2024-12-31"}),
])
def test_attacks_an_actor_claimed_are_its_claims(q, params):
    m = map_question(q, TODAY)
    assert (m.query, m.params) == ("claims", params)


@pytest.mark.parametrize("q", [
    "Which attacks did the Houthis claim or are they accused of?",
    "Quelles attaques les Houthis ont-ils revendiquées ou leur impute-t-on ?",
])
def test_claimed_or_accused_still_asks_for_both(q):
    assert map_question(q, TODAY).query == "attributed_events"


@pytest.mark.parametrize("q", ["Which attacks did Russia carry out in May 2024?", "attaques menées par la Russie en mai"])
def test_attacks_carried_out_stay_the_perpetrator_s(q):
    m = map_question(q, TODAY)
    assert m.query == "event_timeline" and m.params["perpetrator"] == "RU"
