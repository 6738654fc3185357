"""Casualty figures: the count reader (``kg.nlp.counts``) and each finder and blocker of
``kg.nlp.finders.casualties``, in English and French, on sentences parsed by hand (no
model needed), with the negative cases each one must leave alone."""
from __future__ import annotations

import pytest

from kg.model import CasualtyCandidate
from kg.nlp.casualties import CasualtyExtractor
from kg.nlp.counts import find_counts, parse_number
from kg.nlp.extensions import records
from tests.unit.test_finders import parse


# ---------- counts ----------

@pytest.mark.parametrize("words, lang, value", [
    ("23", "en", 23), ("2,000", "en", 2000), ("2 000", "fr", 2000), ("2\u202f000", "fr", 2000),
    ("seven", "en", 7), ("twenty-three", "en", 23), ("one hundred and twenty", "en", 120), ("two thousand", "en", 2000),
    ("a dozen", "en", 12),
    ("sept", "fr", 7), ("vingt-trois", "fr", 23), ("trente et un", "fr", 31), ("soixante-dix-sept", "fr", 77),
    ("quatre-vingts", "fr", 80), ("quatre-vingt-dix", "fr", 90), ("deux cents", "fr", 200), ("mille", "fr", 1000),
    ("une dizaine", "fr", 10), ("une cinquantaine de", "fr", 50), ("un millier", "fr", 1000),
    ("two dozen", "en", 24),
])
def test_numbers_in_digits_and_words(words, lang, value):
    assert parse_number(words, lang) == value


@pytest.mark.parametrize("words, lang", [("dozens", "en"), ("several", "en"), ("des dizaines", "fr"), ("plusieurs", "fr")])
def test_vague_quantities_are_no_number(words, lang):
    assert parse_number(words, lang) is None


@pytest.mark.parametrize("text, lang, expected", [
    ("killing at least seven people", "en", ("at least seven", 7, "AtLeast")),
    ("More than 20 were hurt", "en", ("More than 20", 20, "MoreThan")),
    ("up to 10 people", "en", ("up to 10", 10, "AtMost")),
    ("about 40 people", "en", ("about 40", 40, "Approximate")),
    ("a dozen people", "en", ("a dozen", 12, "Approximate")),
    ("au moins 12 personnes", "fr", ("au moins 12", 12, "AtLeast")),
    ("plus de vingt blessés", "fr", ("plus de vingt", 20, "MoreThan")),
    ("jusqu'à 10 personnes", "fr", ("jusqu'à 10", 10, "AtMost")),
    ("jusqu’à 10 personnes", "fr", ("jusqu’à 10", 10, "AtMost")),
    ("environ 40 personnes", "fr", ("environ 40", 40, "Approximate")),
    ("une dizaine de blessés", "fr", ("une dizaine de", 10, "Approximate")),
    ("more than two dozen people", "en", ("more than two dozen", 24, "MoreThan")),
    ("plus d'une vingtaine de personnes", "fr", ("plus d'une vingtaine de", 20, "MoreThan")),
    ("près d’un millier de", "fr", ("près d’un millier de", 1000, "Approximate")),
])
def test_counts_keep_their_bound_and_wording(text, lang, expected):
    first = find_counts(text, lang)[0]
    assert (first.text, first.value, first.bound) == expected
    assert text[first.start:first.end] == first.text


def test_decimals_and_words_inside_words_are_no_counts():
    assert [c.value for c in find_counts("a 2.5 magnitude", "en")] == [1]  # "a" only (a determiner)
    assert find_counts("someone", "en") == [] and find_counts("tuent", "fr") == []


# ---------- the component on hand-parsed sentences ----------

def figures(spec: str, lang: str = "en") -> list[tuple[str, int, str, str]]:
    doc = CasualtyExtractor(lang)(parse(spec, lang))
    return [(c.kind, c.count, c.bound, c.trace[0]) for c in records(doc, CasualtyCandidate)]


def test_casualty_word_after_the_count():
    assert figures("The|DET|det|1 strike|NOUN|nsubj|2 left|VERB|ROOT|2|leave two|NUM|nummod|4 dead|ADJ|dobj|2 .|PUNCT|punct|2") \
        == [("killed", 2, "Exact", "kind:casualty_word_after")]
    assert figures("La|DET|det|1 frappe|NOUN|nsubj|3 a|AUX|aux:tense|3 fait|VERB|ROOT|3|faire quatorze|NUM|nummod|6 "
                   "autres|ADJ|amod|6 blessés|NOUN|obj|3 .|PUNCT|punct|3", "fr") \
        == [("injured", 14, "Exact", "kind:casualty_word_after")]


def test_a_casualty_adjective_after_the_counted_noun():
    assert figures("The|DET|det|1 barrage|NOUN|nsubj|2 left|VERB|ROOT|2|leave nine|NUM|nummod|4 civilians|NOUN|dobj|2 "
                   "dead|ADJ|oprd|2 .|PUNCT|punct|2") == [("killed", 9, "Exact", "kind:casualty_word_after")]


def test_people_coordinated_with_no_count_for_all_of_them_are_no_figure():
    assert figures("A|DET|det|1 woman|NOUN|nsubjpass|6 and|CCONJ|cc|4 her|PRON|poss|4 son|NOUN|conj|1 were|AUX|auxpass|6 "
                   "killed|VERB|ROOT|6|kill .|PUNCT|punct|6") == []
    # two kinds coordinated are two figures
    assert figures("L'|DET|det|1 attaque|NOUN|nsubj|3 a|AUX|aux:tense|3 fait|VERB|ROOT|3|faire un|DET|det|5 mort|NOUN|obj|3 "
                   "et|CCONJ|cc|8 trois|NUM|nummod|8 blessés|NOUN|conj|5 .|PUNCT|punct|3", "fr") \
        == [("killed", 1, "Exact", "kind:casualty_word_after"), ("injured", 3, "Exact", "kind:casualty_word_after")]


def test_passive_subject_of_a_casualty_verb():
    assert figures("Three|NUM|nummod|1 people|NOUN|nsubjpass|3 were|AUX|auxpass|3 killed|VERB|ROOT|3|kill .|PUNCT|punct|3") \
        == [("killed", 3, "Exact", "kind:subject_of_casualty_verb")]
    assert figures("Deux|NUM|nummod|1 personnes|NOUN|nsubj|3 sont|AUX|cop|3 mortes|ADJ|ROOT|3|mort .|PUNCT|punct|3", "fr") \
        == [("killed", 2, "Exact", "kind:subject_of_casualty_verb")]


def test_object_of_a_casualty_verb_and_not_of_another_verb():
    assert figures("The|DET|det|1 blast|NOUN|nsubj|2 injured|VERB|ROOT|2|injure in|ADP|prep|2 total|NOUN|pobj|3 "
                   "five|NUM|nummod|6 workers|NOUN|dobj|2 .|PUNCT|punct|2") == [("injured", 5, "Exact", "kind:object_of_casualty_verb")]
    assert figures("The|DET|det|1 shelling|NOUN|nsubj|2 damaged|VERB|ROOT|2|damage five|NUM|nummod|4 "
                   "houses|NOUN|dobj|2 .|PUNCT|punct|2") == []
    # air defences downing drones count drones, not victims
    assert figures("Air|NOUN|compound|1 defences|NOUN|nsubj|2 destroyed|VERB|ROOT|2|destroy 41|NUM|nummod|4 "
                   "drones|NOUN|dobj|2 .|PUNCT|punct|2") == []


def test_a_singular_determiner_counts_one_person_only_before_its_noun():
    assert figures("The|DET|det|1 strike|NOUN|nsubj|2 killed|VERB|ROOT|2|kill a|DET|det|4 man|NOUN|dobj|2 .|PUNCT|punct|2") \
        == [("killed", 1, "Exact", "kind:count_after_casualty_verb")]
    # "a wounded soldier" describes a person, it reports no figure
    assert figures("A|DET|det|2 wounded|ADJ|amod|2 soldier|NOUN|nsubjpass|4 was|AUX|auxpass|4 "
                   "evacuated|VERB|ROOT|4|evacuate .|PUNCT|punct|4") == []


def test_participle_on_the_counted_noun():
    assert figures("Four|NUM|nummod|1 civilians|NOUN|ROOT|1 killed|VERB|acl|1|kill in|ADP|prep|2 "
                   "Kherson|PROPN|pobj|3") == [("killed", 4, "Exact", "kind:participle_of_counted")]


def test_death_toll():
    assert figures("The|DET|det|1 toll|NOUN|nsubj|2 rose|VERB|ROOT|2|rise to|ADP|prep|2 12|NUM|pobj|3 .|PUNCT|punct|2") \
        == [("killed", 12, "Exact", "kind:death_toll")]
    assert figures("Le|DET|det|1 bilan|NOUN|nsubj|4 s'|PRON|expl|4 est|AUX|aux:tense|4 alourdi|VERB|ROOT|4|alourdir "
                   "à|ADP|case|6 12|NUM|obl|4 .|PUNCT|punct|4", "fr") == [("killed", 12, "Exact", "kind:death_toll")]
    # a toll of something else
    assert figures("Le|DET|det|1 bilan|NOUN|nsubj|2 fait|VERB|ROOT|2|faire état|NOUN|obj|2 de|ADP|case|6 40|NUM|nummod|6 "
                   "frappes|NOUN|nmod|3 .|PUNCT|punct|2", "fr") == []


def test_words_around_the_count_say_what_it_counts():
    assert figures("The|DET|det|1 strike|NOUN|nsubj|2 claimed|VERB|ROOT|2|claim the|DET|det|4 lives|NOUN|dobj|2 "
                   "of|ADP|prep|4 three|NUM|nummod|7 civilians|NOUN|pobj|5 .|PUNCT|punct|2") == [("killed", 3, "Exact", "kind:kind_phrase")]
    assert figures("Le|DET|det|1 nombre|NOUN|nsubj|5 de|ADP|case|3 blessés|NOUN|nmod|1 est|AUX|aux:tense|5 passé|VERB|ROOT|5|passer "
                   "à|ADP|case|7 30|NUM|obl|5 .|PUNCT|punct|5", "fr") == [("injured", 30, "Exact", "kind:kind_phrase")]
    assert figures("Quatre|NUM|nummod|1 personnes|NOUN|nsubj|3 ont|AUX|aux:tense|3 perdu|VERB|ROOT|3|perdre la|DET|det|5 "
                   "vie|NOUN|obj|3 .|PUNCT|punct|3", "fr") == [("killed", 4, "Exact", "kind:kind_phrase")]


def test_the_casualty_verb_right_before_the_count_wins_over_a_misled_parse():
    # "tuant le chauffeur et blessant quatre passagers": the parse makes the passengers the
    # object of "tuant" and tags "blessant" a noun
    assert figures("tuant|VERB|ROOT|0|tuer le|DET|det|2 chauffeur|NOUN|obj|0 et|CCONJ|cc|4 blessant|NOUN|conj|2 "
                   "quatre|NUM|nummod|6 passagers|NOUN|obj|0 .|PUNCT|punct|0", "fr") \
        == [("injured", 4, "Exact", "kind:count_after_casualty_verb")]


def test_count_right_after_a_casualty_verb_when_the_parse_misses_the_object():
    assert figures("Le|DET|det|1 tir|NOUN|nsubj|3 a|AUX|aux:tense|3 blessé|VERB|ROOT|3|blesser deux|NUM|dep|3 "
                   ".|PUNCT|punct|3", "fr") == [("injured", 2, "Exact", "kind:count_after_casualty_verb")]


def test_count_before_auxiliaries_and_a_casualty_participle():
    assert figures("neuf|ADJ|conj|3 ont|AUX|aux:tense|3 été|AUX|aux:pass|3 blessées|VERB|ROOT|3|blesser .|PUNCT|punct|3",
                   "fr") == [("injured", 9, "Exact", "kind:count_before_casualty_participle")]
    # "dix civils, dont six enfants, ont été tués": the aside is skipped, and its count is a part of the figure
    assert figures("Dix|NUM|nummod|1 civils|NOUN|obl:mod|9 ,|PUNCT|punct|9 dont|PRON|nmod|5 six|NUM|nummod|5 "
                   "enfants|NOUN|nsubj:pass|9 ,|PUNCT|punct|9 ont|AUX|aux:tense|9 été|AUX|aux:pass|9 tués|VERB|ROOT|9|tuer "
                   ".|PUNCT|punct|9", "fr") == [("killed", 10, "Exact", "kind:count_before_casualty_participle")]


def test_parts_references_ages_and_units_are_no_new_figures():
    # a part of a figure told before
    assert figures("Two|NUM|nsubj|4 of|ADP|prep|0 the|DET|det|3 wounded|NOUN|pobj|1 died|VERB|ROOT|4|die .|PUNCT|punct|4") == []
    assert figures("Deux|NUM|nsubj|4 des|ADP|case|2 blessés|NOUN|nmod|0 sont|AUX|cop|4 morts|ADJ|ROOT|4|mort .|PUNCT|punct|4",
                   "fr") == []
    # a figure referred back to
    assert figures("The|DET|det|2 three|NUM|nummod|2 wounded|NOUN|nsubjpass|4 were|AUX|auxpass|4 "
                   "hospitalised|VERB|ROOT|4|hospitalise .|PUNCT|punct|4") == []
    # an age: the man is one killed, 52 is no count
    assert figures("Un|DET|det|1 homme|NOUN|nsubj:pass|7 de|ADP|case|4 52|NUM|nummod|4 ans|NOUN|nmod|1 "
                   "a|AUX|aux:tense|7 été|AUX|aux:pass|7 tué|VERB|ROOT|7|tuer .|PUNCT|punct|7", "fr") \
        == [("killed", 1, "Exact", "kind:subject_of_casualty_verb")]
    # a count of hours after a casualty verb
    assert figures("Two|NUM|nummod|1 people|NOUN|nsubjpass|3 were|AUX|auxpass|3 killed|VERB|ROOT|3|kill 3|NUM|nummod|5 "
                   "hours|NOUN|npadvmod|6 after|ADP|prep|3 the|DET|det|8 strike|NOUN|pobj|6 .|PUNCT|punct|3") \
        == [("killed", 2, "Exact", "kind:subject_of_casualty_verb")]


def test_no_casualties_is_a_figure_of_zero():
    assert figures("No|DET|det|1 one|NOUN|nsubjpass|3 was|AUX|auxpass|3 hurt|VERB|ROOT|3 .|PUNCT|punct|3") \
        == [("injured", 0, "Exact", "kind:zero_phrase")]
    assert sorted(figures("Un|DET|det|1 incendie|NOUN|ROOT|1 sans|ADP|case|3 faire|VERB|acl|1 de|ADP|case|5 "
                          "victimes|NOUN|obj|3 .|PUNCT|punct|1", "fr")) \
        == [("injured", 0, "Exact", "kind:zero_phrase"), ("killed", 0, "Exact", "kind:zero_phrase")]
    # "pas de blessés graves" says nothing of the lightly injured
    assert figures("Il|PRON|expl|2 n'|ADV|advmod|2 y|PRON|expl|2 a|VERB|ROOT|2|avoir pas|ADV|advmod|2 de|ADP|case|6 "
                   "blessés|NOUN|obj|2 graves|ADJ|amod|6 .|PUNCT|punct|2", "fr") == []


def test_a_cumulative_or_past_toll_gives_no_figure():
    assert figures("Since|ADP|prep|9 the|DET|det|2 start|NOUN|pobj|0 of|ADP|prep|2 the|DET|det|5 war|NOUN|pobj|3 ,|PUNCT|punct|9 "
                   "2,000|NUM|nummod|7 civilians|NOUN|nsubjpass|9 were|AUX|auxpass|9 killed|VERB|ROOT|9|kill .|PUNCT|punct|9") == []
    assert figures("En|ADP|case|2 avril|NOUN|nmod|2 2023|NUM|obl:mod|5 ,|PUNCT|punct|5 un|DET|det|5 bombardement|NOUN|nsubj|6 "
                   "avait|AUX|aux:tense|7 fait|VERB|ROOT|7|faire plus|ADV|advmod|10 de|ADP|fixed|8 160|NUM|nummod|11 "
                   "morts|NOUN|obj|7 .|PUNCT|punct|7", "fr") == []
