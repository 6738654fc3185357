"""Quote spans of reported speech (statements issue 15, round 3): split quotations, incises
inside the marks, and where a reported clause or quotation starts and ends; each rule in
English and French with a case where it must not apply."""
from __future__ import annotations

from kg.nlp.finders.statements import StatementDraft
from kg.nlp.quotes import find_quotations, split_at_incises
from kg.nlp.statements import StatementExtractor
from tests.unit.test_finders import parse, statements


def _draft(text: str, quote: str, cue: str) -> StatementDraft:
    q = next(q for q in find_quotations(text) if q.words(text).rstrip(",") == quote)
    return StatementDraft(speaker={"text": "X", "start": 0, "end": 1}, cue=cue, cue_start=text.index(cue), kind="say",
                          quote=quote, direct=True, quote_span=(q.start, q.end), evidence=(0, len(text)))


# ---------- incises inside the marks ----------

def test_an_incise_inside_the_marks_cuts_the_quotation_in_two():
    t = "« Le premier drone a touché le château d'eau, raconte-t-elle. Le second est tombé dans la cour. »"
    quotes, incises = split_at_incises(t, find_quotations(t), 3)
    assert [q.words(t) for q in quotes] == ["Le premier drone a touché le château d'eau",
                                            "Le second est tombé dans la cour."]
    (inc,) = incises
    assert t[inc.start: inc.end] == "raconte-t-elle" and inc.before == quotes[0]
    assert quotes[1].follows == quotes[0].start and t[quotes[0].close] == ","
    # a compound verb ("a-t-il ajouté") is an incise too
    t = "« Nous avons tout perdu cette nuit, a-t-il ajouté, mais personne n'a été blessé. »"
    _, (inc,) = split_at_incises(t, find_quotations(t), 3)
    assert t[inc.start: inc.end] == "a-t-il ajouté"


def test_no_cut_for_a_question_or_a_part_too_short():
    t = "« Pourquoi nous, demande-t-il ? Nous n'avons rien fait. »"  # a question mark: no incise read
    quotes, incises = split_at_incises(t, find_quotations(t), 3)
    assert incises == [] and len(quotes) == 1
    t = "« Enfin, dit-il. Nous avons reconstruit toute la maison. »"  # one word before: kept whole
    quotes, incises = split_at_incises(t, find_quotations(t), 3)
    assert incises == [] and len(quotes) == 1
    t = "“We lost everything, and we will rebuild,” he said."  # English: the marks close before the verb
    assert split_at_incises(t, find_quotations(t), 3)[1] == []


# "Olga tient l'épicerie. « Le drone a touché le château du puits, raconte-t-elle. Le second est tombé. »"
# (the model reads "raconte" as an adjective, as it does on such incises)
INCISE_DOC = ("Olga|PROPN|nsubj|2 Ivanova|PROPN|flat:name|0 tient|VERB|ROOT|2|tenir l'|DET|det|4 épicerie|NOUN|obj|2 "
              ".|PUNCT|punct|2 «|PUNCT|punct|10 Le|DET|det|8 drone|NOUN|nsubj|10 a|AUX|aux|10 touché|VERB|ROOT|10 "
              "le|DET|det|12 château|NOUN|obj|10 du|ADP|case|14 puits|NOUN|nmod|12 ,|PUNCT|punct|10 "
              "raconte|ADJ|advcl|10|racont -t|PRON|dep|16 -elle|PRON|obj|16|lui .|PUNCT|punct|10 "
              "Le|DET|det|21 second|ADJ|nsubj|23 est|AUX|aux|23 tombé|VERB|ROOT|23 .|PUNCT|punct|23 »|PUNCT|punct|23")


def test_the_incise_pronoun_speaks_both_parts():
    doc = parse(INCISE_DOC, lang="fr", ents={0: "PER"})
    sts = statements(doc, "fr")
    assert [(st.speaker.text, st.quote) for st in sts] == [("Olga", "Le drone a touché le château du puits"),
                                                          ("Olga", "Le second est tombé")]
    assert "cue:quotation_incise" in sts[0].trace and "cue:split_quotation" in sts[1].trace


# ---------- a quotation reopened after its verb ----------

def test_a_quotation_reopened_after_the_verb_and_a_comma_goes_on_with_its_speaker():
    ex = StatementExtractor("en")
    t = '"The first drone hit the water tower," she said, "and the second fell in the yard."'
    first = _draft(t, "The first drone hit the water tower", "said")
    second = find_quotations(t)[1]
    assert ex.split_before(second, find_quotations(t), [first], t) is first
    t = "« Nous avons perdu le courant », a expliqué Mykola Hrytsenko, « et les pompes se sont arrêtées. »"
    first = _draft(t, "Nous avons perdu le courant", "a expliqué")
    assert ex.split_before(find_quotations(t)[1], find_quotations(t), [first], t) is first


def test_no_split_across_a_full_stop_or_before_another_verbs_quotation():
    ex = StatementExtractor("en")
    t = '"The first drone hit the water tower," she said. "The second fell in the yard."'
    first = _draft(t, "The first drone hit the water tower", "said")
    assert ex.split_before(find_quotations(t)[1], find_quotations(t), [first], t) is None
    t = '"The tower is gone," she said, describing the strike as "a deliberate attack on our water".'
    first = _draft(t, "The tower is gone", "said")
    assert ex.split_before(find_quotations(t)[1], find_quotations(t), [first], t) is None
