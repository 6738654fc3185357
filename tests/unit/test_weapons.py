"""Counts of weapons launched or intercepted (``kg.nlp.weapons``), in English and French, on
sentences parsed by hand (no model needed), with the counts they must leave alone."""
from __future__ import annotations

from kg.model import WeaponCandidate
from kg.nlp.casualties import CasualtyExtractor
from kg.nlp.extensions import records
from tests.unit.test_finders import parse


def counts(spec: str, lang: str = "en") -> list[tuple[str, int, str, str, str]]:
    doc = CasualtyExtractor(lang)(parse(spec, lang))
    return [(w.action, w.count, w.weapon, w.weapon_class, w.trace[0]) for w in records(doc, WeaponCandidate)]


def test_intercepted_as_the_object_of_an_air_defence_verb_and_part_of_a_whole_launched():
    assert counts("Air|NOUN|compound|1 defences|NOUN|nsubj|2 destroyed|VERB|ROOT|2|destroy 41|NUM|dobj|2 of|ADP|prep|3 "
                  "45|NUM|nummod|6 drones|NOUN|pobj|4 .|PUNCT|punct|2") == [
        ("intercepted", 41, "drones", "DroneStrike", "action:verb_of_weapon"),
        ("launched", 45, "drones", "DroneStrike", "action:whole_of_intercepted")]
    # "abattu 38 des 45 drones lancés": 38 shot down (the count's own verb, not the drones' participle)
    assert counts("La|DET|det|1 défense|NOUN|nsubj|3 a|AUX|aux:tense|3 abattu|VERB|ROOT|3|abattre 38|NUM|obj|3 des|ADP|case|7 "
                  "45|NUM|nummod|7 drones|NOUN|nmod|4|drone lancés|VERB|acl|7|lancer .|PUNCT|punct|3", "fr") == [
        ("intercepted", 38, "drones", "DroneStrike", "action:verb_of_weapon"),
        ("launched", 45, "drones", "DroneStrike", "action:whole_of_intercepted")]


def test_passive_subject_and_a_verb_before_the_count():
    assert counts("Nineteen|NUM|nummod|2 Ukrainian|ADJ|amod|2 drones|NOUN|nsubjpass|4|drone were|AUX|auxpass|4 "
                  "shot|VERB|ROOT|4|shoot down|ADP|prt|4 .|PUNCT|punct|4") \
        == [("intercepted", 19, "drones", "DroneStrike", "action:verb_of_weapon")]
    # the parse misses the object: the verb just before in the clause
    assert counts("Il|PRON|nsubj|2 a|AUX|aux:tense|2 abattu|VERB|ROOT|2|abattre pendant|ADP|case|5 la|DET|det|5 "
                  "nuit|NOUN|obl:mod|2 126|NUM|nummod|7 drones|NOUN|nmod|5|drone .|PUNCT|punct|2", "fr") \
        == [("intercepted", 126, "drones", "DroneStrike", "action:verb_before_count")]


def test_launched_and_a_coordinated_count():
    assert counts("Russia|PROPN|nsubj|1 launched|VERB|ROOT|1|launch 60|NUM|nummod|4 Shahed|PROPN|compound|4 "
                  "drones|NOUN|dobj|1|drone and|CCONJ|cc|4 four|NUM|nummod|8 Iskander|PROPN|compound|8 "
                  "missiles|NOUN|conj|4|missile .|PUNCT|punct|1") == [
        ("launched", 60, "drones", "DroneStrike", "action:verb_of_weapon"),
        ("launched", 4, "missiles", "MissileStrike", "action:verb_of_weapon")]


def test_no_weapon_count_without_a_weapon_noun_a_verb_of_launching_or_downing_or_when_it_is_a_part():
    # produced, not launched
    assert counts("The|DET|det|1 plant|NOUN|nsubj|2 produces|VERB|ROOT|2|produce 300|NUM|nummod|4 drones|NOUN|dobj|2|drone "
                  ".|PUNCT|punct|2") == []
    # pilots are no weapons
    assert counts("Ten|NUM|nummod|1 pilots|NOUN|nsubj|2 finished|VERB|ROOT|2|finish training|NOUN|dobj|2 .|PUNCT|punct|2") == []
    # "dont 31 au-dessus de la région de Riazan": a part of the count just given, which is then a
    # total over several places, no one attack's: neither is a count
    assert counts("Il|PRON|nsubj|1 a|AUX|aux:tense|2 abattu|VERB|ROOT|2|abattre 126|NUM|nummod|4 drones|NOUN|obj|2|drone "
                  ",|PUNCT|punct|6 dont|PRON|nmod|7 31|NUM|nummod|4 .|PUNCT|punct|2", "fr") == []
    # without the breakdown, the count is one
    assert counts("Il|PRON|nsubj|1 a|AUX|aux:tense|2 abattu|VERB|ROOT|2|abattre 126|NUM|nummod|4 drones|NOUN|obj|2|drone "
                  ".|PUNCT|punct|2", "fr") == [("intercepted", 126, "drones", "DroneStrike", "action:verb_of_weapon")]


def test_interception_wins_over_the_participle_of_launching():
    # "a intercepté dix roquettes tirées par …": the rockets were fired, these ten intercepted
    assert counts("Elle|PRON|nsubj|2 a|AUX|aux:tense|2 intercepté|VERB|ROOT|2|intercepter dix|NUM|nummod|4 "
                  "roquettes|NOUN|obj|2|roquette tirées|VERB|acl|4|tirer .|PUNCT|punct|2", "fr") \
        == [("intercepted", 10, "roquettes", "Shelling", "action:verb_of_weapon")]


def test_a_weapon_that_destroys_something_is_not_intercepted():
    assert counts("Un|DET|det|1 drone|NOUN|nsubj|3|drone a|AUX|aux:tense|3 détruit|VERB|ROOT|3|détruire "
                  "un|DET|det|5 entrepôt|NOUN|obj|3 .|PUNCT|punct|3", "fr") == []
    assert counts("Two|NUM|nummod|1 drones|NOUN|nsubj|2|drone destroyed|VERB|ROOT|2|destroy a|DET|det|4 "
                  "warehouse|NOUN|dobj|2 .|PUNCT|punct|2") == []
