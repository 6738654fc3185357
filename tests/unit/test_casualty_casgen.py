"""Casualty figures in the wire wordings read on branch casgen (tests/data/casualties/tune5):
a range after a casualty verb, people hospitalised or taken to hospital with injuries,
bodies recovered, people told one each ("a man and a woman"), tolls of the
past year, and a speaker told with an indefinite article, in English and French, on
sentences parsed by hand (no model needed), each with the cases it must leave alone."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.model import CasualtyCandidate
from kg.nlp.casualties import CasualtyExtractor
from kg.nlp.extensions import records
from kg.nlp.speakers import indefinite
from tests.unit.test_finders import parse


def figures(spec: str, lang: str = "en") -> list[tuple[str, int, str]]:
    doc = CasualtyExtractor(lang)(parse(spec, lang))
    return [(c.kind, c.count, c.bound) for c in records(doc, CasualtyCandidate)]


RANGE_EN = ("Artillery|NOUN|nsubj|1 hit|VERB|ROOT|1 a|DET|det|3 tram|NOUN|dobj|1 ,|PUNCT|punct|1 {verb} "
            "between|ADP|quantmod|7 four|NUM|nummod|10 and|CCONJ|cc|7 six|NUM|conj|7 passengers|NOUN|dobj|5 .|PUNCT|punct|1")
RANGE_FR = ("L'|DET|det|1 artillerie|NOUN|nsubj|3 a|AUX|aux:tense|3 touché|VERB|ROOT|3|toucher un|DET|det|5 tram|NOUN|obj|3 "
            ",|PUNCT|punct|7 {verb} entre|ADP|case|9 quatre|NUM|nummod|12 et|CCONJ|cc|11 six|NUM|conj|9 "
            "passagers|NOUN|obj|7 .|PUNCT|punct|3")


def test_a_range_right_after_a_casualty_verb_is_two_figures():
    expected = [("injured", 4, "AtLeast"), ("injured", 6, "AtMost")]
    assert figures(RANGE_EN.format(verb="injuring|VERB|advcl|1|injure")) == expected
    assert figures(RANGE_FR.format(verb="blessant|VERB|advcl|3|blesser"), "fr") == expected
    # a range of passengers carried is no casualty figure
    assert figures(RANGE_EN.format(verb="carrying|VERB|advcl|1|carry")) == []
    assert figures(RANGE_FR.format(verb="transportant|VERB|advcl|3|transporter"), "fr") == []


def test_people_hospitalised_or_taken_to_hospital_with_injuries_are_injured():
    assert figures("Nineteen|NUM|nummod|1 people|NOUN|nsubjpass|3 were|AUX|auxpass|3 hospitalised|VERB|ROOT|3|hospitalise "
                   ".|PUNCT|punct|3") == [("injured", 19, "Exact")]
    assert figures("Seven|NUM|nummod|1 people|NOUN|nsubjpass|3 were|AUX|auxpass|3 taken|VERB|ROOT|3|take to|ADP|prep|3 "
                   "hospital|NOUN|pobj|4 with|ADP|prep|3 injuries|NOUN|pobj|6 .|PUNCT|punct|3") == [("injured", 7, "Exact")]
    assert figures("Neuf|NUM|nummod|1 personnes|NOUN|nsubj:pass|4 ont|AUX|aux:tense|4 été|AUX|aux:pass|4 "
                   "hospitalisées|VERB|ROOT|4|hospitaliser .|PUNCT|punct|4", "fr") == [("injured", 9, "Exact")]
    # treated for shock, or taken to hospital with no injury told: no injured
    assert figures("Nineteen|NUM|nummod|1 people|NOUN|nsubjpass|3 were|AUX|auxpass|3 hospitalised|VERB|ROOT|3|hospitalise "
                   "for|ADP|prep|3 shock|NOUN|pobj|4 .|PUNCT|punct|3") == []
    assert figures("Neuf|NUM|nummod|1 personnes|NOUN|nsubj:pass|4 ont|AUX|aux:tense|4 été|AUX|aux:pass|4 "
                   "hospitalisées|VERB|ROOT|4|hospitaliser pour|ADP|case|7 un|DET|det|7 choc|NOUN|obl|4 .|PUNCT|punct|4",
                   "fr") == []
    assert figures("Seven|NUM|nummod|1 people|NOUN|nsubjpass|3 were|AUX|auxpass|3 taken|VERB|ROOT|3|take to|ADP|prep|3 "
                   "school|NOUN|pobj|4 .|PUNCT|punct|3") == []


def test_bodies_recovered_are_people_killed():
    assert figures("Six|NUM|nummod|1 bodies|NOUN|nsubjpass|3 were|AUX|auxpass|3 recovered|VERB|ROOT|3|recover "
                   ".|PUNCT|punct|3") == [("killed", 6, "Exact")]
    assert figures("Six|NUM|nummod|1 corps|NOUN|nsubj:pass|4 ont|AUX|aux:tense|4 été|AUX|aux:pass|4 "
                   "retirés|VERB|ROOT|4|retirer des|ADP|case|6 décombres|NOUN|obl|4 .|PUNCT|punct|4", "fr") \
        == [("killed", 6, "Exact")]
    # trucks recovered, army corps advancing: no one killed
    assert figures("Six|NUM|nummod|1 trucks|NOUN|nsubjpass|3 were|AUX|auxpass|3 recovered|VERB|ROOT|3|recover "
                   ".|PUNCT|punct|3") == []
    assert figures("Deux|NUM|nummod|1 corps|NOUN|nsubj|2 avancent|VERB|ROOT|2|avancer .|PUNCT|punct|2", "fr") == []


def test_people_told_one_each_are_counted_together():
    assert figures("Shelling|NOUN|nsubj|1 wounded|VERB|ROOT|1|wound a|DET|det|3 man|NOUN|dobj|1 and|CCONJ|cc|3 "
                   "a|DET|det|6 woman|NOUN|conj|3 .|PUNCT|punct|1") == [("injured", 2, "Exact")]
    assert figures("Les|DET|det|1 tirs|NOUN|nsubj|3 ont|AUX|aux:tense|3 blessé|VERB|ROOT|3|blesser un|DET|det|5 "
                   "homme|NOUN|obj|3 et|CCONJ|cc|8 une|DET|det|8 femme|NOUN|conj|5 .|PUNCT|punct|3", "fr") \
        == [("injured", 2, "Exact")]
    # one person alone is one; "a woman and her son" tells no number; "un mort et trois blessés" two figures
    assert figures("Shelling|NOUN|nsubj|1 wounded|VERB|ROOT|1|wound a|DET|det|3 man|NOUN|dobj|1 .|PUNCT|punct|1") \
        == [("injured", 1, "Exact")]
    assert figures("A|DET|det|1 woman|NOUN|nsubjpass|6 and|CCONJ|cc|4 her|PRON|poss|4 son|NOUN|conj|1 were|AUX|auxpass|6 "
                   "killed|VERB|ROOT|6|kill .|PUNCT|punct|6") == []
    assert figures("L'|DET|det|1 attaque|NOUN|nsubj|3 a|AUX|aux:tense|3 fait|VERB|ROOT|3|faire un|DET|det|5 mort|NOUN|obj|3 "
                   "et|CCONJ|cc|8 trois|NUM|nummod|8 blessés|NOUN|conj|5 .|PUNCT|punct|3", "fr") \
        == [("killed", 1, "Exact"), ("injured", 3, "Exact")]
    # a conjunct that is no person of one ("a man and two children") is left to the other rules
    assert ("injured", 2, "Exact") not in figures(
        "Shelling|NOUN|nsubj|1 wounded|VERB|ROOT|1|wound a|DET|det|3 man|NOUN|dobj|1 and|CCONJ|cc|3 "
        "two|NUM|nummod|6 children|NOUN|conj|3 .|PUNCT|punct|1")


def test_a_toll_of_the_past_year_is_background():
    assert figures("The|DET|det|1 toll|NOUN|nsubj|7 of|ADP|prep|1 the|DET|det|5 past|ADJ|amod|5 year|NOUN|pobj|2 "
                   "now|ADV|advmod|7 exceeds|VERB|ROOT|7|exceed 1,000|NUM|nummod|9 dead|NOUN|dobj|7 .|PUNCT|punct|7") == []
    spec = ("les|DET|det|1 combats|NOUN|nsubj|3 ont|AUX|aux:tense|3 fait|VERB|ROOT|3|faire 1000|NUM|nummod|5 "
            "morts|NOUN|obj|3 .|PUNCT|punct|3")
    assert figures(spec, "fr") == [("killed", 1000, "Exact")]
    assert figures("Depuis|ADP|case|2 un|DET|det|2 an|NOUN|obl|7 ,|PUNCT|punct|2 les|DET|det|5 combats|NOUN|nsubj|7 "
                   "ont|AUX|aux:tense|7 fait|VERB|ROOT|7|faire 1000|NUM|nummod|9 morts|NOUN|obj|7 .|PUNCT|punct|7", "fr") == []


@pytest.mark.parametrize("lang, words, definite, expected", [
    ("en", ["A", "local", "volunteer", "group"], "Ind", True),
    ("en", ["The", "group"], "Def", False),
    ("fr", ["Un", "groupe", "de", "bénévoles"], "Ind", True),
    ("fr", ["Le", "groupe"], "Def", False),
])
def test_a_speaker_with_an_indefinite_article_refers_back_to_no_one(lang, words, definite, expected):
    doc = Doc(spacy.blank(lang).vocab, words=words, pos=["DET"] + ["NOUN"] * (len(words) - 1),
              morphs=[f"Definite={definite}|PronType=Art"] + [""] * (len(words) - 1))
    assert indefinite(list(doc)) is expected


def test_a_noun_before_the_comma_of_an_incise_is_not_the_subject_it_inverts():
    """"…, blessant six passagers, a indiqué le responsable": the parser hangs "passagers" on
    the verb as a second subject; the subject is the one after the verb."""
    from kg.nlp.finders import statements as sf
    from tests.unit.test_finders import FR, cue
    doc = parse("Les|DET|det|1 tirs|NOUN|nsubj|2 blessent|VERB|ROOT|2|blesser six|NUM|nummod|4 passagers|NOUN|nsubj|7 "
                ",|PUNCT|punct|7 a|AUX|aux:tense|7|avoir indiqué|VERB|parataxis|2|indiquer le|DET|det|9 "
                "responsable|NOUN|nsubj|7 .|PUNCT|punct|2", lang="fr")
    assert sf.grammatical_subject(FR, cue(FR, doc, 7)).text == "responsable"
    # one subject before the verb with no comma is the subject ("Les passagers ont indiqué")
    doc = parse("Les|DET|det|1 passagers|NOUN|nsubj|3 ont|AUX|aux:tense|3|avoir indiqué|VERB|ROOT|3|indiquer "
                ".|PUNCT|punct|3", lang="fr")
    assert sf.grammatical_subject(FR, cue(FR, doc, 3)).text == "passagers"


def test_the_noun_after_told_is_the_addressee_not_an_inverted_speaker():
    from kg.nlp.finders import statements as sf
    from tests.unit.test_finders import EN, cue
    told = parse("Shells|NOUN|nsubj|1 killed|VERB|ROOT|1|kill nine|NUM|dobj|1 ,|PUNCT|punct|1 a|DET|det|5 "
                 "doctor|NOUN|npadvmod|1 ,|PUNCT|punct|1 told|VERB|conj|1|tell reporters|NOUN|dobj|7 .|PUNCT|punct|1")
    c = cue(EN, told, 7)
    assert sf._told_addressee(EN, c) and sf.speaker_after_phrase(EN, c) is None
    # "…, said the doctor": the noun after "said" may be its inverted speaker
    said = parse("Shells|NOUN|nsubj|1 killed|VERB|ROOT|1|kill nine|NUM|dobj|1 ,|PUNCT|punct|1 said|VERB|conj|1|say "
                 "the|DET|det|6 doctor|NOUN|dobj|4 .|PUNCT|punct|1")
    assert not sf._told_addressee(EN, cue(EN, said, 4))


def test_the_subject_of_the_clause_before_an_incise_is_not_its_speaker():
    """"Les tirs … ont tué 27 civils, a affirmé un médecin": the parser makes "tirs" the
    subject of "affirmé" and the doctor its object; the doctor is the inverted speaker."""
    from kg.nlp.finders import statements as sf
    from tests.unit.test_finders import FR, cue
    doc = parse("Les|DET|det|1 tirs|NOUN|nsubj|8 ont|AUX|aux:tense|3|avoir tué|VERB|acl|1|tuer 27|NUM|nummod|5 "
                "civils|NOUN|obj|3 ,|PUNCT|punct|8 a|AUX|aux:tense|8|avoir affirmé|VERB|ROOT|8|affirmer un|DET|det|10 "
                "médecin|NOUN|obj|8 .|PUNCT|punct|8", lang="fr")
    assert sf.grammatical_subject(FR, cue(FR, doc, 8)) is None
    # with no comma, the subject before the verb is its subject ("Le ministre a affirmé sa position")
    doc = parse("Le|DET|det|1 ministre|NOUN|nsubj|3 a|AUX|aux:tense|3|avoir affirmé|VERB|ROOT|3|affirmer sa|DET|det|5 "
                "position|NOUN|obj|3 .|PUNCT|punct|3", lang="fr")
    assert sf.grammatical_subject(FR, cue(FR, doc, 3)).text == "ministre"
