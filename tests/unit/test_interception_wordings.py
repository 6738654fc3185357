"""Attacks behind the weapon counts and casualty figures in the wordings added on branch
counts20: "41 of 45 drones" downed (the weapon is the whole the count is part of), a weapon
told by the participle that describes it ("une roquette tombée sur …"), and a list of names
a plural region noun calls regions ("the Kursk, Bryansk and Belgorod regions"); on
hand-parsed sentences (``tests/unit/test_finders.parse``), each with a case left alone."""
from __future__ import annotations

import pytest

from kg.model import EventCandidate
from kg.link.place_phrase import listed_region
from kg.nlp.events import EventExtractor
from kg.nlp.extensions import records
from tests.unit.test_finders import parse

EN = EventExtractor("en")
FR = EventExtractor("fr")


def test_a_count_of_a_whole_of_weapons_downed_is_an_interception():
    en = ("Air|NOUN|compound|1 defences|NOUN|nsubj|2|defence destroyed|VERB|ROOT|2|destroy 41|NUM|dobj|2 of|ADP|prep|3 "
          "45|NUM|nummod|6 drones|NOUN|pobj|4|drone over|ADP|prep|2 Kursk|PROPN|pobj|7 .|PUNCT|punct|2")
    assert EN.intercepted_weapon(parse(en)[2]).text == "drones"
    fr = ("La|DET|det|1|le défense|NOUN|nsubj|3 a|AUX|aux:tense|3|avoir abattu|VERB|ROOT|3|abattre 15|NUM|obj|3 "
          "des|ADP|case|7|de 20|NUM|nummod|7 missiles|NOUN|nmod|4|missile .|PUNCT|punct|3")
    assert FR.intercepted_weapon(parse(fr, "fr")[3]).text == "missiles"
    # the whole is no weapon: "destroyed 41 of 45 houses" is no interception
    assert EN.intercepted_weapon(parse(en.replace("drones|NOUN|pobj|4|drone", "houses|NOUN|pobj|4|house"))[2]) is None


def test_an_impact_participle_hits_with_the_weapon_it_describes():
    spec = ("une|DET|det|1|un roquette|NOUN|nsubj|6|roquette russe|ADJ|amod|1 tombée|VERB|acl|1|tomber sur|ADP|case|5 "
            "Sloviansk|PROPN|obl:arg|3 a|AUX|aux:tense|6|avoir explosé|VERB|ROOT|6|exploser .|PUNCT|punct|6")
    assert any(e.trigger.text == "tombée" for e in records(FR(parse(spec, "fr", {5: "LOC"})), EventCandidate))
    # a branch that fell on Sloviansk is no weapon: no attack
    branch = spec.replace("roquette|NOUN|nsubj|6|roquette", "branche|NOUN|nsubj|6|branche")
    assert not any(e.trigger.text == "tombée" for e in records(FR(parse(branch, "fr", {5: "LOC"})), EventCandidate))


@pytest.mark.parametrize("text, name, listed", [
    ("destroyed 41 drones over the Kursk, Bryansk and Belgorod regions overnight", "Kursk", True),
    ("destroyed 41 drones over the Kursk, Bryansk and Belgorod regions overnight", "Bryansk", True),
    ("destroyed 41 drones over the Kursk, Bryansk and Belgorod regions overnight", "Belgorod", True),
    ("abattus au-dessus des régions de Koursk, de Briansk et de Belgorod", "Koursk", True),
    ("abattus au-dessus des régions de Koursk, de Briansk et de Belgorod", "Belgorod", True),
    # a town then a region: the town stays a town
    ("hit Kursk and the Belgorod region", "Kursk", False),
    ("a frappé Koursk, dans la région de Koursk", "Koursk", False),
])
def test_a_plural_region_noun_makes_each_listed_name_a_region(text, name, listed):
    start = text.index(name)
    assert listed_region(text, start, start + len(name)) is listed
