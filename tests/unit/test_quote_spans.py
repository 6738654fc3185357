"""Quote spans of reported speech (statements issue 15, round 3): split quotations, incises
inside the marks, and where a reported clause or quotation starts and ends; each rule in
English and French with a case where it must not apply."""
from __future__ import annotations

from kg.nlp.finders import statements as sf
from kg.nlp.finders.statements import StatementDraft
from kg.nlp.quotes import find_quotations, split_at_incises
from kg.nlp.statements import StatementExtractor
from tests.unit.test_finders import EN, FR, cue, parse, span, statements


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


# ---------- appeals: the addressee and what it is asked to do ----------

# "Olena Savchuk called on the authorities to reopen the shelters."
CALL_ON = ("Olena|PROPN|compound|1 Savchuk|PROPN|nsubj|2 called|VERB|ROOT|2|call on|ADP|prep|2 the|DET|det|5 "
           "authorities|NOUN|pobj|3|authority to|PART|aux|7 reopen|VERB|advcl|2 the|DET|det|9 "
           "shelters|NOUN|dobj|7|shelter .|PUNCT|punct|2")


def test_an_appeal_reports_its_addressee_and_what_it_is_asked_to_do():
    doc = parse(CALL_ON)
    assert EN.cue_kind(doc[2]) == "say" and EN.multiword_of(doc[2]) == ("call", "on")
    assert span(doc, sf.appeal_with_addressee(EN, cue(EN, doc, 2))) == "the authorities to reopen the shelters"
    # "Ihor Bondar a appelé les donateurs à « ne pas oublier » les villages.": a quoted fragment
    doc = parse("Ihor|PROPN|nsubj|3 Bondar|PROPN|flat:name|0 a|AUX|aux:tense|3|avoir appelé|VERB|ROOT|3|appeler "
                "les|DET|det|5 donateurs|NOUN|obj|3|donateur à|ADP|mark|10 «|PUNCT|punct|10 ne|ADV|advmod|10 "
                "pas|ADV|advmod|10 oublier|VERB|xcomp|3 »|PUNCT|punct|10 les|DET|det|13 villages|NOUN|obj|10|village "
                ".|PUNCT|punct|3", lang="fr")
    c = cue(FR, doc, 3)
    assert sf.quote_after_preposition(FR, c) is None  # words go on after the mark: no whole quotation
    assert span(doc, sf.appeal_with_addressee(FR, c)) == doc.text[doc[4].idx: doc[13].idx + len("villages")]


def test_no_appeal_without_an_addressee_or_after_a_time():
    # "The army called on Monday for a ceasefire.": the particle governs a time
    doc = parse("The|DET|det|1 army|NOUN|nsubj|2 called|VERB|ROOT|2|call on|ADP|prep|2 Monday|PROPN|pobj|3 "
                "for|ADP|prep|2 a|DET|det|7 ceasefire|NOUN|pobj|5 .|PUNCT|punct|2", ents={4: "DATE"})
    assert EN.multiword_of(doc[2]) == ("call", "for")
    assert sf.appeal_with_addressee(EN, cue(EN, doc, 2)) is None
    # "The army called up reservists on Monday.": no cue of appeal, and nothing said
    doc = parse("The|DET|det|1 army|NOUN|nsubj|2 called|VERB|ROOT|2|call up|ADP|prt|2 reservists|NOUN|dobj|2|reservist "
                "on|ADP|prep|2 Monday|PROPN|pobj|5 .|PUNCT|punct|2", ents={6: "DATE"})
    assert EN.multiword_of(doc[2]) is None and sf.appeal_with_addressee(EN, cue(EN, doc, 2)) is None
    assert statements(doc) == []
    # "Ihor Bondar a appelé à un cessez-le-feu.": no addressee
    doc = parse("Ihor|PROPN|nsubj|3 Bondar|PROPN|flat:name|0 a|AUX|aux:tense|3|avoir appelé|VERB|ROOT|3|appeler "
                "à|ADP|case|6 un|DET|det|6 cessez-le-feu|NOUN|obl:arg|3 .|PUNCT|punct|3", lang="fr")
    assert sf.appeal_with_addressee(FR, cue(FR, doc, 3)) is None


# ---------- reflexive speech, nested speech verbs ----------

def test_se_dire_speaks_but_a_fire_that_se_declare_does_not():
    doc = parse("Olena|PROPN|nsubj|4 Savtchouk|PROPN|flat:name|0 s'|PRON|expl:comp|4|se est|AUX|aux:tense|4|être "
                "dite|VERB|ROOT|4|dire «|PUNCT|punct|6 choquée|VERB|xcomp|4|choquer »|PUNCT|punct|6 .|PUNCT|punct|4",
                lang="fr")
    assert FR.cue_kind(doc[4]) == "say"
    doc = parse("Un|DET|det|1 incendie|NOUN|nsubj|4 s'|PRON|expl:comp|4|se est|AUX|aux:tense|4|être "
                "déclaré|VERB|ROOT|4|déclarer .|PUNCT|punct|4", lang="fr")
    assert FR.cue_kind(doc[4]) is None


def test_a_speech_verb_inside_the_same_speakers_words_is_no_second_statement():
    # "Kiper said he was urging residents to stay indoors."
    doc = parse("Kiper|PROPN|nsubj|1 said|VERB|ROOT|1|say he|PRON|nsubj|4 was|AUX|aux|4|be "
                "urging|VERB|ccomp|1|urge|VBG residents|NOUN|dobj|4|resident to|PART|aux|7 stay|VERB|xcomp|4 "
                "indoors|ADV|advmod|7 .|PUNCT|punct|1", ents={0: "PER"})
    (st,) = statements(doc)
    assert st.cue == "said" and st.quote == "he was urging residents to stay indoors"


def test_what_she_called_is_the_statement_not_the_denunciation():
    # "Savchuk denounced what she called a “cowardly attack”."
    doc = parse("Savchuk|PROPN|nsubj|1 denounced|VERB|ROOT|1|denounce what|PRON|dobj|4 she|PRON|nsubj|4 "
                "called|VERB|ccomp|1|call a|DET|det|8 “|PUNCT|punct|8 cowardly|ADJ|amod|8 attack|NOUN|oprd|4 "
                "”|PUNCT|punct|8 .|PUNCT|punct|1", ents={0: "PER"})
    (st,) = statements(doc)
    assert st.cue == "called" and st.quote == "cowardly attack"


# ---------- a clause, then a quotation after a colon ----------

def test_a_quotation_after_the_colon_that_ends_a_clause_is_a_second_statement():
    ex = StatementExtractor("fr")
    t = "La mairie a affirmé que l'école était vide : « Les enfants avaient été évacués la veille. »"
    clause = StatementDraft(speaker={"text": "La mairie", "start": 0, "end": 9}, cue="a affirmé", cue_start=10,
                            kind="say", quote="l'école était vide", direct=False,
                            quote_span=(t.index("l'école"), t.index(" :")), evidence=(0, len(t)))
    (q,) = find_quotations(t)
    assert ex.split_before(q, [q], [clause], t) is clause
    t2 = t.replace(" :", ". Elle a ajouté :")  # another sentence, another verb: not this clause's
    (q,) = find_quotations(t2)
    assert ex.split_before(q, [q], [clause], t2) is None


# "Kiper said the crane had been destroyed: “It will take months.”"
COLON_DOC = ("Kiper|PROPN|nsubj|1 said|VERB|ROOT|1|say the|DET|det|3 crane|NOUN|nsubjpass|6 had|AUX|aux|6|have "
             "been|AUX|auxpass|6|be destroyed|VERB|ccomp|1|destroy|VBN :|PUNCT|punct|1 “|PUNCT|punct|10 It|PRON|nsubj|10 "
             "will|AUX|aux|11 take|VERB|ccomp|1 months|NOUN|dobj|11|month .|PUNCT|punct|1 ”|PUNCT|punct|1")


def test_said_a_clause_then_a_colon_and_a_quotation_gives_two_statements():
    doc = parse(COLON_DOC, ents={0: "PER"})
    assert sf.quote_after_colon(EN, cue(EN, doc, 1)) is None  # a clause stands between verb and colon
    assert [(st.quote, st.direct) for st in statements(doc)] == [("the crane had been destroyed", False),
                                                               ("It will take months", True)]
    # "Kiper said in a statement: “…”": no clause between, the quotation is the verb's own
    doc = parse("Kiper|PROPN|nsubj|1 said|VERB|ROOT|1|say in|ADP|prep|1 a|DET|det|4 statement|NOUN|pobj|2 "
                ":|PUNCT|punct|1 “|PUNCT|punct|9 It|PRON|nsubj|9 will|AUX|aux|9 take|VERB|ccomp|1 "
                "months|NOUN|dobj|9|month .|PUNCT|punct|1 ”|PUNCT|punct|1", ents={0: "PER"})
    assert sf.quote_after_colon(EN, cue(EN, doc, 1)) is not None


# ---------- where a clause ends; participles that qualify a noun ----------

def test_a_past_participle_set_off_inside_the_clause_is_no_speech_verb():
    # "L'armée a indiqué que le missile, lancé depuis un bombardier, avait été abattu."
    doc = parse("L'|DET|det|1 armée|NOUN|nsubj|3 a|AUX|aux:tense|3|avoir indiqué|VERB|ROOT|3|indiquer "
                "que|SCONJ|mark|15 le|DET|det|6 missile|NOUN|nsubj:pass|15 ,|PUNCT|punct|8 "
                "lancé|VERB|acl|6|lancer depuis|ADP|case|11 un|DET|det|11 bombardier|NOUN|obl|8 ,|PUNCT|punct|15 "
                "avait|AUX|aux|15|avoir été|AUX|aux:pass|15|être abattu|VERB|ccomp|3|abattre .|PUNCT|punct|3",
                lang="fr")
    doc[8].set_morph("VerbForm=Part|Tense=Past")
    assert FR.cue_kind(doc[8]) is None and FR.cue_kind(doc[3]) == "say"
    assert span(doc, sf.complement_clause(FR, cue(FR, doc, 3))) == \
        "le missile, lancé depuis un bombardier, avait été abattu"
    # "…, the service reported on Thursday.": a verb the parser read as a participle ends the sentence
    doc = parse("Two|NUM|nummod|1 rescuers|NOUN|nsubjpass|3 were|AUX|auxpass|3|be wounded|VERB|ROOT|3 ,|PUNCT|punct|3 "
                "the|DET|det|6 service|NOUN|appos|3 reported|VERB|acl|6|report|VBN on|ADP|prep|7 "
                "Thursday|PROPN|pobj|8 .|PUNCT|punct|3")
    assert EN.cue_kind(doc[7]) == "say"


def test_a_french_present_tense_left_unlemmatised_is_still_its_verb():
    doc = parse("«|PUNCT|punct|1 Assez|ADV|ROOT|1 »|PUNCT|punct|1 ,|PUNCT|punct|1 estime|VERB|parataxis|1|estime "
                "Marta|PROPN|nsubj|4 .|PUNCT|punct|1", lang="fr")
    assert FR.cue_kind(doc[4]) == "say"
    doc = parse("«|PUNCT|punct|1 Assez|ADV|ROOT|1 »|PUNCT|punct|1 ,|PUNCT|punct|1 estime|VERB|parataxis|1|estime "
                "Marta|PROPN|nsubj|4 .|PUNCT|punct|1")
    assert EN.first_group_infinitives(doc[4]) == ()  # English words are no French verbs


def test_a_quotation_that_ends_a_clause_begun_before_it_gives_the_whole_clause():
    # "Une trêve, si elle tenait, « sauverait la récolte », estime Marta."
    doc = parse("Une|DET|det|1 trêve|NOUN|nsubj|9 ,|PUNCT|punct|5 si|SCONJ|mark|5 elle|PRON|nsubj|5 "
                "tenait|VERB|advcl|9|tenir ,|PUNCT|punct|5 «|PUNCT|punct|9 sauverait|VERB|ROOT|9|sauver "
                "la|DET|det|11 récolte|NOUN|obj|9 »|PUNCT|punct|9 ,|PUNCT|punct|9 estime|VERB|parataxis|9|estimer "
                "Marta|PROPN|nsubj|13 .|PUNCT|punct|9", lang="fr", ents={14: "PER"})
    (st,) = statements(doc, "fr")
    assert st.quote == doc.text[: doc[12].idx] and not st.direct and "quote:clause_around_fragment" in st.trace
    # "Interrogé, « c'est une erreur », a dit Marta.": a phrase, then the whole quotation
    doc = parse("Asked|VERB|advcl|7|ask about|ADP|prep|0 it|PRON|pobj|1 ,|PUNCT|punct|7 “|PUNCT|punct|6 "
                "It|PRON|nsubj|6 failed|VERB|ccomp|7|fail ,|PUNCT|punct|7 ”|PUNCT|punct|7 Marta|PROPN|nsubj|10 "
                "said|VERB|ROOT|10|say .|PUNCT|punct|10".replace("|7 ", "|10 ").replace("|6 ", "|6 "), ents={9: "PER"})
    assert [st.quote for st in statements(doc)] == ["It failed"]


# ---------- quoted qualifiers, quoted appositions ----------

def test_a_quoted_qualifier_goes_with_its_noun_but_a_quoted_noun_stands_alone():
    # "Savtchouk a jugé « inacceptable » le bombardement."
    doc = parse("Savtchouk|PROPN|nsubj|2 a|AUX|aux:tense|2|avoir jugé|VERB|ROOT|2|juger «|PUNCT|punct|4 "
                "inacceptable|ADJ|xcomp|2 »|PUNCT|punct|4 le|DET|det|7 bombardement|NOUN|obj|2 .|PUNCT|punct|2",
                lang="fr")
    c = cue(FR, doc, 2)
    assert sf.quote_after_content_verb(FR, c) is None
    assert span(doc, sf.quote_then_object(FR, c)) == doc.text[doc[3].idx: doc[7].idx + len("bombardement")]
    # "Bondar a qualifié de « massacre » la frappe.": the quoted noun is what was said
    doc = parse("Bondar|PROPN|nsubj|2 a|AUX|aux:tense|2|avoir qualifié|VERB|ROOT|2|qualifier de|ADP|case|5 "
                "«|PUNCT|punct|5 massacre|NOUN|obl|2 »|PUNCT|punct|5 la|DET|det|8 frappe|NOUN|obj|2 .|PUNCT|punct|2",
                lang="fr")
    c = cue(FR, doc, 2, kind="accuse")
    assert sf.quote_then_object(FR, c) is None and sf.quote_after_content_verb(FR, c).words(doc.text) == "massacre"


def test_a_quoted_apposition_after_the_object_is_what_was_said():
    # "Fedorov a salué la réouverture du pont, « une victoire »."
    doc = parse("Fedorov|PROPN|nsubj|2 a|AUX|aux:tense|2|avoir salué|VERB|ROOT|2|saluer la|DET|det|4 "
                "réouverture|NOUN|obj|2 du|ADP|case|6 pont|NOUN|nmod|4 ,|PUNCT|punct|10 «|PUNCT|punct|10 "
                "une|DET|det|10 victoire|NOUN|appos|4 »|PUNCT|punct|10 .|PUNCT|punct|2", lang="fr")
    assert sf.appositive_quotation(FR, cue(FR, doc, 2)).words(doc.text) == "une victoire"
    # "Fedorov welcomed the convoy, saying it brought “food”": another verb's quotation
    doc = parse("Fedorov|PROPN|nsubj|1 welcomed|VERB|ROOT|1|welcome the|DET|det|3 convoy|NOUN|dobj|1 ,|PUNCT|punct|1 "
                "saying|VERB|advcl|1|say it|PRON|nsubj|7 brought|VERB|ccomp|5|bring “|PUNCT|punct|9 "
                "food|NOUN|dobj|7 ”|PUNCT|punct|9 .|PUNCT|punct|1")
    assert sf.appositive_quotation(EN, cue(EN, doc, 1)) is None


# ---------- quoted objects that go on, condemnations, clauses cut at "tandis que" ----------

def test_a_quoted_object_that_goes_on_gives_the_whole_object_unless_a_circumstance_follows():
    # "Orlov a reconnu des « dégâts mineurs » sur des maisons." (the parser hangs "maisons" on the verb)
    doc = parse("Orlov|PROPN|nsubj|2 a|AUX|aux:tense|2|avoir reconnu|VERB|ROOT|2|reconnaître des|DET|det|5 "
                "«|PUNCT|punct|5 dégâts|NOUN|obj|2|dégât mineurs|ADJ|amod|5 »|PUNCT|punct|5 sur|ADP|case|10 "
                "des|DET|det|10 maisons|NOUN|obl:arg|2|maison .|PUNCT|punct|2", lang="fr")
    c = cue(FR, doc, 2)
    assert sf.quoted_object(FR, c) is None
    assert span(doc, sf.reported_object(FR, c)) == doc.text[doc[3].idx: doc[10].idx + len("maisons")]
    # "… a dénoncé un « massacre » après le bombardement.": the quotation alone
    doc = parse("Arakan|PROPN|nsubj|2 a|AUX|aux:tense|2|avoir dénoncé|VERB|ROOT|2|dénoncer un|DET|det|5 "
                "«|PUNCT|punct|5 massacre|NOUN|obj|2 »|PUNCT|punct|5 après|ADP|case|9 le|DET|det|9 "
                "bombardement|NOUN|nmod|5 .|PUNCT|punct|2", lang="fr")
    assert sf.quoted_object(FR, cue(FR, doc, 2, kind="accuse")).words(doc.text) == "massacre"


def test_a_condemnation_with_no_quoted_words_reports_no_object():
    # "The ministry condemned the shelling of the market in Kherson."
    doc = parse("The|DET|det|1 ministry|NOUN|nsubj|2 condemned|VERB|ROOT|2|condemn the|DET|det|4 "
                "shelling|NOUN|dobj|2 of|ADP|prep|4 the|DET|det|7 market|NOUN|pobj|5 in|ADP|prep|7 "
                "Kherson|PROPN|pobj|8 .|PUNCT|punct|2")
    assert sf.reported_object(EN, cue(EN, doc, 2, kind="accuse")) is None
    # "announced the death of four people in Kherson": an announcement's object is what was said
    doc = parse("The|DET|det|1 ministry|NOUN|nsubj|2 announced|VERB|ROOT|2|announce the|DET|det|4 "
                "death|NOUN|dobj|2 of|ADP|prep|4 four|NUM|nummod|7 people|NOUN|pobj|5 in|ADP|prep|7 "
                "Kherson|PROPN|pobj|8 .|PUNCT|punct|2")
    assert span(doc, sf.reported_object(EN, cue(EN, doc, 2))) == "the death of four people in Kherson"


def test_a_clause_stops_where_tandis_que_brings_another_speaker():
    # "Bondar a assuré que la frappe visait un dépôt, tandis que la mairie de Kherson affirmait …"
    doc = parse("Bondar|PROPN|nsubj|2 a|AUX|aux:tense|2|avoir assuré|VERB|ROOT|2|assurer que|SCONJ|mark|6 "
                "la|DET|det|5 frappe|NOUN|nsubj|6 visait|VERB|ccomp|2|viser un|DET|det|8 dépôt|NOUN|obj|6 "
                ",|PUNCT|punct|16 tandis|ADV|advmod|16 que|SCONJ|mark|16 la|DET|det|13 mairie|NOUN|nsubj|16 "
                "de|ADP|case|15 Kherson|PROPN|nmod|13 affirmait|VERB|advcl|6|affirmer qu'|SCONJ|mark|18 "
                "aucune|DET|det|18 .|PUNCT|punct|2", lang="fr")
    assert span(doc, sf.complement_clause(FR, cue(FR, doc, 2))) == "la frappe visait un dépôt"


# ---------- quoted paragraphs announced by a colon ----------

def test_quoted_paragraphs_after_a_colon_belong_to_the_announcing_paragraph():
    from kg.nlp.statements import paragraph_parts
    t = ("L'armée de l'air a publié le communiqué suivant :\n\n« Onze drones ont été abattus. »\n\n"
         "« Trois ont disparu des radars. »")
    quotes = find_quotations(t)
    second = quotes[1]
    para = StatementExtractor.announcing_paragraph(t, t.index("« Trois"), quotes, set())
    assert para is not None and t[para[0]: para[1]].endswith("suivant :")
    # a quotation between that someone's verb already took breaks the run
    assert StatementExtractor.announcing_paragraph(t, second.open, quotes, {quotes[0].start}) is None
    # a paragraph that ends with a full stop announces nothing
    t2 = t.replace("suivant :", "suivant.")
    assert StatementExtractor.announcing_paragraph(t2, t2.index("« Onze"), find_quotations(t2), set()) is None
    # one quotation over two paragraphs: one part per paragraph
    t3 = "Statement:\n\n“Two drones fell. No one was hurt.\n\n“Crews are at the site.”"
    (q,) = find_quotations(t3)
    assert [t3[a:b] for a, b in paragraph_parts(t3, q.start, q.end)] == ["Two drones fell. No one was hurt.",
                                                                          "Crews are at the site."]


# ---------- "selon X, apposition, CLAUSE" ----------

def test_the_clause_after_selon_starts_after_the_speakers_apposition():
    doc = parse("Selon|ADP|case|1 Durand|PROPN|obl|8 ,|PUNCT|punct|4 ancien|ADJ|amod|4 attaché|NOUN|appos|1 "
                ",|PUNCT|punct|8 les|DET|det|7 frappes|NOUN|nsubj|8|frappe resteront|VERB|ROOT|8|rester "
                "symboliques|ADJ|xcomp|8 .|PUNCT|punct|8", lang="fr", ents={1: "PER"})
    assert FR.after_apposition(doc[:], doc[3].idx) == doc[6].idx
    (st,) = statements(doc, "fr")
    assert st.speaker.text == "Durand" and st.quote == "les frappes resteront symboliques"
    # an enumeration is the clause's subject, not an apposition
    doc = parse("Selon|ADP|case|1 Kiper|PROPN|obl|12 ,|PUNCT|punct|4 les|DET|det|4 immeubles|NOUN|nsubj|12 "
                ",|PUNCT|punct|7 les|DET|det|7 écoles|NOUN|conj|4 et|CCONJ|cc|10 les|DET|det|10 "
                "dispensaires|NOUN|conj|4 ont|AUX|aux|12|avoir touchés|VERB|ROOT|12|toucher .|PUNCT|punct|12",
                lang="fr", ents={1: "PER"})
    assert FR.after_apposition(doc[:], doc[3].idx) == doc[3].idx


def test_a_bracket_inside_the_speaker_phrase_after_selon_is_skipped():
    # "According to Colonel (ret.) Mark Devlin, the strikes will remain symbolic."
    doc = parse("According|VERB|prep|10|accord to|ADP|prep|0 Colonel|PROPN|compound|6 (|PUNCT|punct|4 ret.|PROPN|appos|2 "
                ")|PUNCT|punct|4 Mark|PROPN|compound|7 Devlin|PROPN|pobj|1 ,|PUNCT|punct|10 the|DET|det|9 "
                "strikes|NOUN|nsubj|10|strike remain|VERB|ROOT|10 symbolic|ADJ|acomp|10 .|PUNCT|punct|10",
                ents={6: "PERSON", 7: "PERSON"})
    found = EN.prep_speaker(doc[:], doc[1].idx + 2, [])
    assert found is not None and found[0]["start"] >= doc[6].idx  # the name, not "(ret.)"
    assert found[1] == doc[7].idx + len("Devlin")  # the phrase runs on past the bracket to the comma


# ---------- a speech verb the parser hung from its subject ----------

# "The mayor, Noa Peretz, called on residents to leave." (the model made "mayor" the root)
ROOT_NOUN = ("The|DET|det|1 mayor|NOUN|ROOT|1 ,|PUNCT|punct|1 Noa|PROPN|compound|4 Peretz|PROPN|appos|1 "
             ",|PUNCT|punct|4 called|VERB|acl|4|call|VBD on|ADP|prep|6 residents|NOUN|pobj|7|resident "
             "to|PART|aux|10 leave|VERB|advcl|6 .|PUNCT|punct|1")


def test_a_speech_verb_hung_from_the_root_noun_has_that_noun_as_subject():
    doc = parse(ROOT_NOUN, ents={4: "PERSON"})
    sp = sf.nominal_root_subject(EN, cue(EN, doc, 6))
    assert sp is not None and "Peretz" in sp["text"]
    # a sentence with a verb for its root: the modifier is a real one ("the drone, reported …, hit")
    doc = parse("The|DET|det|1 drone|NOUN|nsubj|6 ,|PUNCT|punct|1 reported|VERB|acl|1|report|VBN "
                "by|ADP|agent|3 fishermen|NOUN|pobj|4 hit|VERB|ROOT|6 a|DET|det|8 silo|NOUN|dobj|6 .|PUNCT|punct|6")
    assert sf.nominal_root_subject(EN, cue(EN, doc, 3)) is None
