"""Casualty figures and weapon counts in the wordings added on branch counts20 (ranges,
subsets after "parmi lesquelles"/"among whom", adverbs after the auxiliary, "sustained
injuries", animals, quantity nouns with a participle, tolls someone "puts at", parts of a
count with their own verb), in English and French, on sentences parsed by hand (no model
needed), each with the cases it must leave alone."""
from __future__ import annotations

import pytest

from kg.model import CasualtyCandidate, WeaponCandidate
from kg.nlp.casualties import CasualtyExtractor
from kg.nlp.counts import find_counts, parse_number
from kg.nlp.extensions import records
from tests.unit.test_finders import parse


def figures(spec: str, lang: str = "en") -> list[tuple[str, int, str]]:
    doc = CasualtyExtractor(lang)(parse(spec, lang))
    return [(c.kind, c.count, c.bound) for c in records(doc, CasualtyCandidate)]


def weapons(spec: str, lang: str = "en") -> list[tuple[str, int, str]]:
    doc = CasualtyExtractor(lang)(parse(spec, lang))
    return [(w.action, w.count, w.trace[0]) for w in records(doc, WeaponCandidate)]


# ---------- ranges ----------

@pytest.mark.parametrize("text, lang, expected", [
    ("Between three and five people were killed", "en", [("Between three", 3, "AtLeast"), ("five", 5, "AtMost")]),
    ("between 3 and 5 people", "en", [("between 3", 3, "AtLeast"), ("5", 5, "AtMost")]),
    ("Entre trois et cinq personnes", "fr", [("Entre trois", 3, "AtLeast"), ("cinq", 5, "AtMost")]),
    ("entre 10 et 12 blessés", "fr", [("entre 10", 10, "AtLeast"), ("12", 12, "AtMost")]),
])
def test_a_range_is_two_counts_its_low_end_at_least_its_high_end_at_most(text, lang, expected):
    assert [(c.text, c.value, c.bound) for c in find_counts(text, lang)] == expected


def test_number_words_that_rise_are_no_one_number_and_are_read_one_by_one():
    assert parse_number("three and five", "en") is None and parse_number("trois et cinq", "fr") is None
    assert parse_number("one hundred and five", "en") == 105 and parse_number("soixante et onze", "fr") == 71
    assert [c.value for c in find_counts("killed three and five", "en")] == [3, 5]
    # "between" with no second number is no range
    assert [(c.value, c.bound) for c in find_counts("between 20 houses", "en")] == [(20, "Exact")]


def test_a_range_of_casualties_is_two_figures():
    assert figures("Between|ADP|quantmod|3 three|NUM|quantmod|3 and|CCONJ|cc|3 five|NUM|nummod|4 people|NOUN|nsubjpass|6 "
                   "were|AUX|auxpass|6 killed|VERB|ROOT|6|kill .|PUNCT|punct|6") == [("killed", 3, "AtLeast"), ("killed", 5, "AtMost")]
    assert figures("Entre|ADP|case|1 trois|NUM|nummod|4 et|CCONJ|cc|3 cinq|NUM|conj|1 personnes|NOUN|nsubj:pass|7 "
                   "ont|AUX|aux:tense|7 été|AUX|aux:pass|7 tuées|VERB|ROOT|7|tuer .|PUNCT|punct|7", "fr") \
        == [("killed", 3, "AtLeast"), ("killed", 5, "AtMost")]
    # a range of something else is no figure
    assert figures("The|DET|det|1 strike|NOUN|nsubj|2 damaged|VERB|ROOT|2|damage between|ADP|quantmod|5 three|NUM|quantmod|5 "
                   "and|CCONJ|cc|5 five|NUM|nummod|6 houses|NOUN|dobj|2 .|PUNCT|punct|2") == []


# ---------- blockers and kinds ----------

def test_animals_are_no_casualty_figure():
    assert figures("killing|VERB|ROOT|0|kill 40|NUM|nummod|2 cows|NOUN|dobj|0|cow .|PUNCT|punct|0") == []
    assert figures("tuant|VERB|ROOT|0|tuer 40|NUM|nummod|2 vaches|NOUN|obj|0|vache .|PUNCT|punct|0", "fr") == []
    assert figures("killing|VERB|ROOT|0|kill 40|NUM|nummod|2 people|NOUN|dobj|0|people .|PUNCT|punct|0") == [("killed", 40, "Exact")]


def test_a_subset_after_parmi_lesquelles_or_among_whom_is_no_figure_and_an_adverb_may_follow_the_auxiliary():
    assert figures("Sept|NUM|nummod|1 personnes|NOUN|obl:mod|12 ,|PUNCT|punct|12 parmi|ADP|case|4 lesquelles|PRON|nmod|6 "
                   "deux|NUM|nummod|6 enfants|NOUN|nsubj:pass|12 ,|PUNCT|punct|12 ont|AUX|aux:tense|12 été|AUX|aux:pass|12 "
                   "légèrement|ADV|advmod|12 blessées|VERB|ROOT|12|blesser .|PUNCT|punct|12", "fr") == [("injured", 7, "Exact")]
    assert figures("Seven|NUM|nummod|1 people|NOUN|nsubjpass|10 ,|PUNCT|punct|1 among|ADP|prep|1 whom|PRON|pobj|3 "
                   "two|NUM|nummod|6 children|NOUN|appos|1 ,|PUNCT|punct|1 were|AUX|auxpass|10 "
                   "seriously|ADV|advmod|10 wounded|VERB|ROOT|10|wound .|PUNCT|punct|10") == [("injured", 7, "Exact")]
    # an adverb with no auxiliary before it is no passive participle
    assert figures("Sept|NUM|nummod|1 maisons|NOUN|nsubj|2 ont|AUX|aux:tense|3 largement|ADV|advmod|3 "
                   "brûlé|VERB|ROOT|3|brûler .|PUNCT|punct|3", "fr") == []


def test_injuries_sustained_or_treated_in_hospital():
    assert figures("Nine|NUM|nummod|1 people|NOUN|nsubj|2 sustained|VERB|ROOT|2|sustain injuries|NOUN|dobj|2|injury "
                   ".|PUNCT|punct|2") == [("injured", 9, "Exact")]
    assert figures("Neuf|NUM|nummod|1 personnes|NOUN|nsubj:pass|4 ont|AUX|aux:tense|4 été|AUX|aux:pass|4 "
                   "hospitalisées|VERB|ROOT|4|hospitaliser avec|ADP|case|7 des|DET|det|7 blessures|NOUN|obl|4 .|PUNCT|punct|4",
                   "fr") == [("injured", 9, "Exact")]
    # buildings sustain damage, not injuries
    assert figures("Nine|NUM|nummod|1 buildings|NOUN|nsubj|2 sustained|VERB|ROOT|2|sustain damage|NOUN|dobj|2 "
                   ".|PUNCT|punct|2") == []


def test_a_quantity_noun_with_a_casualty_participle():
    assert figures("L'|DET|det|1 état-major|NOUN|nsubj|3 a|AUX|aux:tense|3 fait|VERB|ROOT|3|faire état|NOUN|obj|3 "
                   "d'|ADP|case|7 une|DET|det|7 quarantaine|NOUN|obl:arg|3 de|ADP|case|9 soldats|NOUN|nmod|7 "
                   "tués|VERB|acl|7|tuer .|PUNCT|punct|3", "fr") == [("killed", 40, "Approximate")]
    # the same quantity of something not killed
    assert figures("L'|DET|det|1 armée|NOUN|nsubj|3 a|AUX|aux:tense|3 fait|VERB|ROOT|3|faire état|NOUN|obj|3 "
                   "d'|ADP|case|7 une|DET|det|7 quarantaine|NOUN|obl:arg|3 de|ADP|case|9 maisons|NOUN|nmod|7 "
                   "détruites|VERB|acl|7|détruire .|PUNCT|punct|3", "fr") == []


# ---------- who gives it ----------

@pytest.mark.parametrize("spec, lang, cued", [
    # a toll someone puts at a number: someone's figure
    ("The|DET|det|1 staff|NOUN|nsubj|2 put|VERB|ROOT|2|put the|DET|det|4 toll|NOUN|dobj|2 at|ADP|prep|2 40|NUM|pobj|5 "
     ".|PUNCT|punct|2", "en", True),
    ("The|DET|det|1 toll|NOUN|nsubj|2 rose|VERB|ROOT|2|rise to|ADP|prep|2 40|NUM|pobj|3 .|PUNCT|punct|2", "en", False),
    ("L'|DET|det|1 armée|NOUN|nsubj|3 a|AUX|aux:tense|3 chiffré|VERB|ROOT|3|chiffrer le|DET|det|5 bilan|NOUN|obj|3 "
     "à|ADP|case|7 40|NUM|obl|3 .|PUNCT|punct|3", "fr", True),
    # a pronominal "se déclarer" (a fire broke out) and a launching "lancer" say no one spoke
    ("des|DET|det|1 incendies|NOUN|nsubj|4 se|PRON|expl:comp|4 sont|AUX|aux:tense|4 déclarés|VERB|ROOT|4|déclarer "
     ".|PUNCT|punct|4", "fr", False),
    ("50|NUM|nummod|1 drones|NOUN|nsubj:pass|4|drone ont|AUX|aux:tense|4 été|AUX|aux:pass|4 lancés|VERB|ROOT|4|lancer "
     ".|PUNCT|punct|4", "fr", False),
    ("le|DET|det|1 maire|NOUN|nsubj|3 a|AUX|aux:tense|3 déclaré|VERB|ROOT|3|déclarer .|PUNCT|punct|3", "fr", True),
])
def test_a_sentence_is_cued_when_someone_gives_its_figures(spec, lang, cued):
    doc = parse(spec, lang)
    assert CasualtyExtractor(lang).cued(doc[:]) is cued


# ---------- weapons ----------

def test_a_part_with_its_own_verb_is_a_count_of_its_own():
    assert weapons("Russia|PROPN|nsubj|1 launched|VERB|ROOT|1|launch 30|NUM|nummod|3 drones|NOUN|dobj|1|drone ,|PUNCT|punct|1 "
                   "25|NUM|nsubjpass|9 of|ADP|prep|5 which|PRON|pobj|6 were|AUX|auxpass|9 shot|VERB|advcl|1|shoot "
                   "down|ADP|prt|9 .|PUNCT|punct|1") == [("launched", 30, "action:verb_of_weapon"),
                                                         ("intercepted", 25, "action:part_with_own_verb")]
    assert weapons("La|DET|det|1 Russie|PROPN|nsubj|3 a|AUX|aux:tense|3 lancé|VERB|ROOT|3|lancer 30|NUM|nummod|5 "
                   "drones|NOUN|obj|3|drone ,|PUNCT|punct|11 dont|PRON|nmod|8 25|NUM|nsubj:pass|11 ont|AUX|aux:tense|11 "
                   "été|AUX|aux:pass|11 abattus|VERB|acl:relcl|5|abattre .|PUNCT|punct|3", "fr") \
        == [("launched", 30, "action:verb_of_weapon"), ("intercepted", 25, "action:part_with_own_verb")]
    # a part with no verb of its own is a breakdown by place: no count (see test_weapons)
    assert weapons("Il|PRON|nsubj|1 a|AUX|aux:tense|2 abattu|VERB|ROOT|2|abattre 126|NUM|nummod|4 drones|NOUN|obj|2|drone "
                   ",|PUNCT|punct|6 dont|PRON|nmod|7 31|NUM|nummod|4 .|PUNCT|punct|2", "fr") == []


# ---------- past and cumulative tolls ----------

def test_a_past_phrase_after_a_comma_tells_something_else_but_before_the_count_or_in_its_clause_it_governs():
    # "killed a driver, the governor said, the fourth death since March": the driver's death is a figure
    assert figures("A|DET|det|1 drone|NOUN|nsubj|2 killed|VERB|ROOT|2|kill a|DET|det|4 driver|NOUN|dobj|2 ,|PUNCT|punct|2 "
                   "the|DET|det|9 fourth|ADJ|amod|9 civilian|ADJ|amod|9 death|NOUN|appos|4 since|ADP|prep|9 "
                   "March|PROPN|pobj|10 .|PUNCT|punct|2") == [("killed", 1, "Exact")]
    assert figures("Un|DET|det|1 drone|NOUN|nsubj|3 a|AUX|aux:tense|3 tué|VERB|ROOT|3|tuer un|DET|det|5 livreur|NOUN|obj|3 "
                   ",|PUNCT|punct|8 quatrième|ADJ|amod|8 civil|NOUN|appos|5 tué|VERB|acl|8|tuer depuis|ADP|case|11 "
                   "mars|NOUN|obl|9 .|PUNCT|punct|3", "fr") == [("killed", 1, "Exact")]
    # before the count, or in its clause: a cumulative or past toll
    assert figures("Since|ADP|prep|6 January|PROPN|pobj|0 ,|PUNCT|punct|6 12|NUM|nummod|4 civilians|NOUN|nsubjpass|6 "
                   "were|AUX|auxpass|6 killed|VERB|ROOT|6|kill .|PUNCT|punct|6") == []
    assert figures("The|DET|det|1 strike|NOUN|nsubj|2 killed|VERB|ROOT|2|kill 40|NUM|nummod|4 people|NOUN|dobj|2 "
                   "three|NUM|nummod|6 years|NOUN|npadvmod|7 ago|ADV|advmod|2 .|PUNCT|punct|2") == []


def test_the_subject_of_an_active_casualty_verb_counts_the_killers_not_the_dead():
    # "Deux drones ont tué …", "Two rockets have killed …": no figure of two
    assert figures("Deux|NUM|nummod|1 drones|NOUN|nsubj|3|drone ont|AUX|aux:tense|3|avoir tué|VERB|ROOT|3|tuer "
                   ".|PUNCT|punct|3", "fr") == []
    assert figures("Two|NUM|nummod|1 rockets|NOUN|nsubj|3|rocket have|AUX|aux|3|have killed|VERB|ROOT|3|kill "
                   ".|PUNCT|punct|3") == []
    # the passive counts the victims; an intransitive verb too
    assert figures("Deux|NUM|nummod|1 personnes|NOUN|nsubj:pass|4 ont|AUX|aux:tense|4|avoir été|AUX|aux:pass|4|être "
                   "tuées|VERB|ROOT|4|tuer .|PUNCT|punct|4", "fr") == [("killed", 2, "Exact")]
    assert figures("Deux|NUM|ROOT|0 sont|AUX|aux:tense|2|être morts|VERB|conj|0|mourir .|PUNCT|punct|0", "fr") \
        == [("killed", 2, "Exact")]


def test_a_day_word_between_a_casualty_verb_and_its_count():
    assert figures("Un|DET|det|1 drone|NOUN|nsubj|3 a|AUX|aux:tense|3 tué|VERB|ROOT|3|tuer mercredi|NOUN|obl:mod|3 "
                   "un|DET|det|6 livreur|NOUN|nmod|4 .|PUNCT|punct|3", "fr") == [("killed", 1, "Exact")]
    # a day word after another word is no gap: "a frappé mercredi un immeuble" is no figure
    assert figures("Un|DET|det|1 drone|NOUN|nsubj|3 a|AUX|aux:tense|3 frappé|VERB|ROOT|3|frapper mercredi|NOUN|obl:mod|3 "
                   "un|DET|det|6 immeuble|NOUN|obj|3 .|PUNCT|punct|3", "fr") == []
