"""The finders of reported-speech constructions (issue 15), each on a sentence parsed by hand
(the parse the model gives, wrong where it is wrong), with a case where it must not apply."""
from __future__ import annotations

from dataclasses import replace

import spacy
from spacy.tokens import Doc

from kg.nlp.finders import statements as sf
from kg.nlp.paragraphs import ParagraphSplitter
from tests.unit.test_finders import EN, FR, cue, parse, span, statements

# "Drones hit a depot in Kursk, the governor, Ivan Petrov, said." (the model attached the
# title to the clause and gave "said" no subject)
FINAL_SAID = ("Drones|NOUN|nsubj|1|drone hit|VERB|ccomp|12 a|DET|det|3 depot|NOUN|dobj|1 in|ADP|prep|3 "
              "Kursk|PROPN|pobj|4 ,|PUNCT|punct|1 the|DET|det|8 governor|NOUN|conj|1 ,|PUNCT|punct|8 "
              "Ivan|PROPN|compound|11 Petrov|PROPN|appos|8 said|VERB|ROOT|12|say .|PUNCT|punct|12")


def test_speaker_before_a_sentence_final_verb():
    doc = parse(FINAL_SAID)
    sp = sf.speaker_before_final_verb(EN, cue(EN, doc, 12))
    assert sp["text"] == "Ivan Petrov" and sp["label"] == "PER" and sp["role"] == "governor"
    assert sp["phrase_start"] == doc[7].idx  # the clause before ends at the title's comma
    (st,) = statements(doc)
    assert st.speaker.text == "Ivan Petrov" and st.quote == "Drones hit a depot in Kursk"
    assert "speaker:speaker_before_final_verb" in st.trace


def test_no_speaker_before_a_verb_that_reports_a_clause_or_has_a_subject():
    # "…, the governor said fires broke out.": the verb reports a clause after it
    doc = parse("Drones|NOUN|nsubj|1|drone hit|VERB|ccomp|6 a|DET|det|3 depot|NOUN|dobj|1 ,|PUNCT|punct|1 "
                "the|DET|det|6 governor|NOUN|conj|1 said|VERB|ROOT|7|say fires|NOUN|nsubj|9|fire "
                "broke|VERB|ccomp|7|break out|ADP|prt|9 .|PUNCT|punct|7", )
    assert sf.speaker_before_final_verb(EN, cue(EN, doc, 7)) is None
    # a subject the parser found is not second-guessed
    doc = parse(FINAL_SAID)
    assert sf.speaker_before_final_verb(EN, cue(EN, doc, 12, subject=doc[8])) is None
    # a segment with a verb is the clause, not a speaker ("…, killing two, said.")
    doc = parse("Drones|NOUN|nsubj|1|drone hit|VERB|ccomp|7 Kursk|PROPN|dobj|1 ,|PUNCT|punct|1 "
                "killing|VERB|advcl|1|kill two|NUM|dobj|4 ,|PUNCT|punct|7 said|VERB|ROOT|7|say .|PUNCT|punct|7")
    assert sf.speaker_before_final_verb(EN, cue(EN, doc, 7)) is None


# "Trois maisons ont été touchées, a précisé sur Telegram Serhiï Lyssak."
AFTER_TELEGRAM = ("Trois|NUM|nummod|1 maisons|NOUN|nsubj:pass|4|maison ont|AUX|aux|4|avoir été|AUX|aux:pass|4|être "
                  "touchées|VERB|ROOT|4|toucher ,|PUNCT|punct|7 a|AUX|aux|7|avoir précisé|VERB|conj|4|préciser "
                  "sur|ADP|case|9 Telegram|PROPN|obl:arg|7 Serhiï|PROPN|nmod|9 Lyssak|PROPN|flat:name|10 "
                  ".|PUNCT|punct|4")


def test_speaker_after_a_phrase_in_the_inverted_order():
    doc = parse(AFTER_TELEGRAM, lang="fr", ents={9: "PER"})
    sp = sf.speaker_after_phrase(FR, cue(FR, doc, 7))
    assert sp["text"] == "Serhiï Lyssak" and sp["label"] == "PER"
    (st,) = statements(doc, "fr")
    assert st.speaker.text == "Serhiï Lyssak" and st.quote == "Trois maisons ont été touchées"


def test_no_speaker_after_a_phrase_when_a_clause_follows_or_no_comma_before():
    # "…, a précisé sur Telegram que deux blessés …": a clause, no speaker
    doc = parse("Le|DET|det|1 maire|NOUN|nsubj|3 a|AUX|aux|3|avoir précisé|VERB|ROOT|3|préciser sur|ADP|case|5 "
                "Telegram|PROPN|obl|3 que|SCONJ|mark|8 deux|NUM|nummod|8 blessés|NOUN|ccomp|3|blessé",
                lang="fr")
    assert sf.speaker_after_phrase(FR, cue(FR, doc, 3)) is None
    doc = parse(AFTER_TELEGRAM.replace(",|PUNCT|punct|7", "et|CCONJ|cc|7"), lang="fr")
    assert sf.speaker_after_phrase(FR, cue(FR, doc, 7)) is None


def test_title_then_name_after_an_inverted_verb():
    # "Deux civils ont été tués, a annoncé le gouverneur, Ivan Petrov."
    doc = parse("Deux|NUM|nummod|1 civils|NOUN|nsubj:pass|4|civil ont|AUX|aux|4|avoir été|AUX|aux:pass|4|être "
                "tués|VERB|ROOT|4|tuer ,|PUNCT|punct|7 a|AUX|aux|7|avoir annoncé|VERB|parataxis|4|annoncer "
                "le|DET|det|9 gouverneur|NOUN|nsubj|7 ,|PUNCT|punct|12 Ivan|PROPN|appos|9 Petrov|PROPN|flat:name|11 "
                ".|PUNCT|punct|4", lang="fr")
    sp = sf.inverted_noun_phrase(FR, cue(FR, doc, 7, after_objects=(doc[9],)))
    assert sp["text"] == "Ivan Petrov" and sp["label"] == "PER" and sp["role"] == "gouverneur"


def test_opening_name_the_parser_detached_from_its_verb():
    # "Marta Ivanenko a exhorté les habitants à rester dans les abris." (the name is the root)
    doc = parse("Marta|PROPN|nsubj|1 Ivanenko|PROPN|ROOT|1 a|AUX|aux|3|avoir exhorté|VERB|advcl|1|exhorter "
                "les|DET|det|5 habitants|NOUN|obj|3|habitant à|ADP|mark|7 rester|VERB|acl|5", lang="fr")
    sp = sf.name_before_verb(FR, cue(FR, doc, 3))
    assert sp["text"] == "Marta Ivanenko" and sp["label"] == "PER"
    assert sf.name_before_verb(FR, cue(FR, doc, 3, subject=doc[0])) is None
    # not when something else opens the sentence ("Hier, … Ivanenko a exhorté")
    doc = parse("Hier|ADV|advmod|3 ,|PUNCT|punct|0 Ivanenko|PROPN|ROOT|2 a|AUX|aux|4|avoir exhorté|VERB|advcl|2|exhorter",
                lang="fr")
    assert sf.name_before_verb(FR, cue(FR, doc, 4)) is None


def test_participle_speaks_for_the_subject_of_its_verb():
    # "Koval posted photos, saying traders were hurt."
    doc = parse("Koval|PROPN|nsubj|1 posted|VERB|ROOT|1|post photos|NOUN|dobj|1|photo ,|PUNCT|punct|1 "
                "saying|VERB|advcl|1|say|VBG traders|NOUN|nsubjpass|7|trader were|AUX|auxpass|7|be "
                "hurt|VERB|ccomp|4|hurt .|PUNCT|punct|1", ents={0: "PERSON"})
    assert sf.participle_subject(EN, cue(EN, doc, 4))["text"] == "Koval"
    # "posted photos, said to show …": no participle, no speaker
    doc2 = parse("Koval|PROPN|nsubj|1 posted|VERB|ROOT|1|post photos|NOUN|dobj|1|photo ,|PUNCT|punct|1 "
                 "said|VERB|advcl|1|say|VBN", ents={0: "PERSON"})
    assert sf.participle_subject(EN, cue(EN, doc2, 4)) is None


def test_quoted_object_of_a_condemning_verb():
    # "Iryna X a dénoncé une « attaque barbare »."
    doc = parse("Iryna|PROPN|nsubj|2 a|AUX|aux|2|avoir dénoncé|VERB|ROOT|2|dénoncer une|DET|det|5|un "
                "«|PUNCT|punct|5 attaque|NOUN|obj|2 barbare|ADJ|amod|5 »|PUNCT|punct|5 .|PUNCT|punct|2",
                lang="fr", ents={0: "PER"})
    q = sf.quoted_object(FR, cue(FR, doc, 2, kind="accuse"))
    assert q is not None and q.words(doc.text) == "attaque barbare"
    # "a dénoncé la frappe contre une « cible civile »": the quotation is no whole object
    doc = parse("Iryna|PROPN|nsubj|2 a|AUX|aux|2|avoir dénoncé|VERB|ROOT|2|dénoncer la|DET|det|4|le "
                "frappe|NOUN|obj|2 contre|ADP|case|8 une|DET|det|8|un «|PUNCT|punct|8 cible|NOUN|nmod|4 "
                "civile|ADJ|amod|8 »|PUNCT|punct|8", lang="fr")
    assert sf.quoted_object(FR, cue(FR, doc, 2, kind="accuse")) is None


def test_a_second_verb_after_but_is_a_second_statement():
    # "Savchuk said the fire was contained but warned smoke could linger."
    doc = parse("Savchuk|PROPN|nsubj|1 said|VERB|ROOT|1|say the|DET|det|3 fire|NOUN|nsubjpass|5 was|AUX|auxpass|5|be "
                "contained|VERB|ccomp|1|contain but|CCONJ|cc|1 warned|VERB|conj|1|warn smoke|NOUN|nsubj|10 "
                "could|AUX|aux|10 linger|VERB|ccomp|7 .|PUNCT|punct|1", ents={0: "PERSON"})
    first, second = statements(doc)
    assert first.quote == "the fire was contained" and second.quote == "smoke could linger"
    assert second.speaker.text == "Savchuk"


def test_a_relay_gives_one_statement():
    # "Four people were hurt, Kiper said, the agency reported."
    doc = parse("Four|NUM|nummod|1 people|NOUN|nsubjpass|3 were|AUX|auxpass|3|be hurt|VERB|ccomp|6|hurt "
                ",|PUNCT|punct|6 Kiper|PROPN|nsubj|6 said|VERB|ROOT|6|say ,|PUNCT|punct|6 the|DET|det|9 "
                "agency|NOUN|nsubj|10 reported|VERB|ccomp|6|report .|PUNCT|punct|6", ents={5: "PERSON"})
    (st,) = statements(doc)
    assert st.speaker.text == "Kiper" and st.quote == "Four people were hurt"


def test_pour_x_opens_a_view_only_when_x_names_someone():
    # "Pour Ivanenko, l'attaque montre la faiblesse des défenses."
    doc = parse("Pour|ADP|case|1 Ivanenko|PROPN|obl|5 ,|PUNCT|punct|1 l'|DET|det|4|le attaque|NOUN|nsubj|5 "
                "montre|VERB|ROOT|5|montrer la|DET|det|7|le faiblesse|NOUN|obj|5 des|ADP|case|9|de "
                "défenses|NOUN|nmod|7|défense .|PUNCT|punct|5", lang="fr", ents={1: "PER"})
    (st,) = statements(doc, "fr")
    assert st.speaker.text == "Ivanenko" and st.quote.startswith("l' attaque montre")  # the hand parse spaces "l'"
    # "Pour la première fois, des drones ont visé la ville."
    doc = parse("Pour|ADP|case|3 la|DET|det|3|le première|ADJ|amod|3 fois|NOUN|obl|8 ,|PUNCT|punct|3 "
                "des|DET|det|6|un drones|NOUN|nsubj|8|drone ont|AUX|aux|8|avoir visé|VERB|ROOT|8|viser "
                "la|DET|det|10|le ville|NOUN|obj|8 .|PUNCT|punct|8", lang="fr")
    assert statements(doc, "fr") == []


def test_bare_clause_after_said_parsed_as_its_object():
    # "Zakharova said the West shared responsibility." (the model made "responsibility" the object)
    doc = parse("Zakharova|PROPN|nsubj|1 said|VERB|ROOT|1|say the|DET|det|5 West|PROPN|npadvmod|4 "
                "shared|VERB|amod|5|share|VBD responsibility|NOUN|dobj|1 .|PUNCT|punct|1", ents={0: "PERSON"})
    assert span(doc, sf.bare_clause_after_verb(EN, cue(EN, doc, 1))) == "the West shared responsibility"
    # "said in a statement": no clause
    doc = parse("Zakharova|PROPN|nsubj|1 said|VERB|ROOT|1|say in|ADP|prep|1 a|DET|det|4 "
                "statement|NOUN|pobj|2 .|PUNCT|punct|1")
    assert sf.bare_clause_after_verb(EN, cue(EN, doc, 1)) is None
    assert sf.bare_clause_after_verb(EN, replace(cue(EN, doc, 1), kind="accuse")) is None


def test_the_texts_second_word_never_starts_a_sentence():
    nlp = spacy.blank("fr")
    doc = Doc(nlp.vocab, words=["Olena", "Savtchouk", "a", "dit", "."], sent_starts=[True, True, False, False, False])
    doc = ParagraphSplitter("fr")(doc)
    assert doc[1].is_sent_start is False


def test_relative_clause_cut_off_by_the_parser_speaks_for_the_name_before_it():
    # "Olena Savtchouk, | qui avait évoqué une « panne »" (the relative clause parsed on its own)
    doc = parse("Olena|PROPN|ROOT|0 Savtchouk|PROPN|flat:name|0 ,|PUNCT|punct|1 qui|PRON|nsubj|5 "
                "avait|AUX|aux|5|avoir évoqué|VERB|ROOT|5|évoquer une|DET|det|8|un «|PUNCT|punct|8 "
                "panne|NOUN|obj|5 »|PUNCT|punct|8", lang="fr")
    sp = sf.relative_antecedent(FR, cue(FR, doc, 5, subject=doc[3]))
    assert sp["text"] == "Olena Savtchouk" and sp["label"] == "PER"
    assert sf.relative_antecedent(FR, cue(FR, doc, 5)) is None  # no relative subject
    # "la frappe qui a tué …": no comma, no antecedent's speech
    doc = parse("la|DET|det|1|le frappe|NOUN|ROOT|1 qui|PRON|nsubj|4 a|AUX|aux|4|avoir dit|VERB|acl:relcl|1|dire",
                lang="fr")
    assert sf.relative_antecedent(FR, cue(FR, doc, 4, subject=doc[2])) is None


def test_quoted_appeal_after_its_addressee():
    # "Le maire a appelé les habitants à « rester chez eux »."
    doc = parse("Le|DET|det|1 maire|NOUN|nsubj|3 a|AUX|aux|3|avoir appelé|VERB|ROOT|3|appeler les|DET|det|5|le "
                "habitants|NOUN|obj|3|habitant à|ADP|mark|8 «|PUNCT|punct|8 rester|VERB|xcomp|3 chez|ADP|case|10 "
                "eux|PRON|obl|8 »|PUNCT|punct|8", lang="fr")
    q = sf.quote_after_preposition(FR, cue(FR, doc, 3))
    assert q is not None and q.words(doc.text) == "rester chez eux"
    # a clause between the verb and the quotation: no appeal ("a appelé hier, dans un discours où il a dit « … »")
    doc = parse("Le|DET|det|1 maire|NOUN|nsubj|3 a|AUX|aux|3|avoir appelé|VERB|ROOT|3|appeler les|DET|det|5|le "
                "habitants|NOUN|obj|3|habitant qui|PRON|nsubj|7 ont|AUX|aux|8|avoir dit|VERB|acl:relcl|5|dire "
                "«|PUNCT|punct|10 non|ADV|obj|8 »|PUNCT|punct|10", lang="fr")
    assert sf.quote_after_preposition(FR, cue(FR, doc, 3)) is None


def test_denial_of_a_noun_phrase_runs_on_after_the_noun():
    # "Lyssenko a démenti toute frappe contre la centrale."
    doc = parse("Lyssenko|PROPN|nsubj|2 a|AUX|aux|2|avoir démenti|VERB|ROOT|2|démentir toute|DET|det|4|tout "
                "frappe|NOUN|obj|2 contre|ADP|case|7 la|DET|det|7|le centrale|NOUN|obl:arg|2 .|PUNCT|punct|2",
                lang="fr", ents={0: "PER"})
    assert span(doc, sf.reported_object(FR, cue(FR, doc, 2, kind="deny"))) == "toute frappe contre la centrale"
    # "a déclaré la guerre": a short object of a verb that is no denial is no content
    doc = parse("Lyssenko|PROPN|nsubj|2 a|AUX|aux|2|avoir annoncé|VERB|ROOT|2|annoncer la|DET|det|4|le "
                "guerre|NOUN|obj|2 .|PUNCT|punct|2", lang="fr")
    assert sf.reported_object(FR, cue(FR, doc, 2)) is None


def test_live_blog_time_stamp_starts_the_entrys_sentence():
    nlp = spacy.blank("en")
    doc = nlp("02:20 – Rosaviatsia says flights are halted.")
    doc = ParagraphSplitter("en")(doc)
    assert [t.text for t in doc if t.is_sent_start] == ["02:20", "Rosaviatsia"]
    # a time inside a sentence is no stamp
    doc = ParagraphSplitter("en")(nlp("The alert ended at 02:20 – hours later."))
    assert [t.text for t in doc if t.is_sent_start] == ["The"]


def test_present_tense_read_as_a_noun_between_a_name_and_a_colon():
    # "Sobyanin posts on Telegram: …" (the tagger made "posts" a plural noun)
    doc = parse("Sergei|PROPN|compound|1 Sobyanin|PROPN|compound|2 posts|NOUN|ROOT|2|post|NNS on|ADP|prep|2 "
                "Telegram|PROPN|pobj|3 :|PUNCT|punct|2")
    assert EN.cue_kind(doc[2]) == "say"
    # "the posts on Telegram": no name before, no speech
    doc = parse("the|DET|det|1 posts|NOUN|ROOT|1|post|NNS on|ADP|prep|1 Telegram|PROPN|pobj|2")
    assert EN.cue_kind(doc[1]) is None


def test_a_participle_phrase_is_no_clause_before_the_verb():
    # "Jointe par téléphone, elle raconte." (no finite verb before the comma)
    doc = parse("Jointe|VERB|advcl|5|joindre par|ADP|case|2 téléphone|NOUN|obl|0 ,|PUNCT|punct|0 "
                "elle|PRON|nsubj|5 raconte|VERB|ROOT|5|raconter .|PUNCT|punct|5", lang="fr")
    doc[0].set_morph("VerbForm=Part")
    doc[5].set_morph("VerbForm=Fin")
    c = cue(FR, doc, 5, left=doc[4].idx, subject=doc[4])
    assert sf.clause_before_cue(FR, c) is None


def test_an_accusation_quotes_the_act_it_reports():
    # "The army accused the RSF of shelling the market."
    doc = parse("The|DET|det|1 army|NOUN|nsubj|2 accused|VERB|ROOT|2|accuse the|DET|det|4 RSF|PROPN|dobj|2 "
                "of|ADP|prep|2 shelling|VERB|pcomp|5|shell the|DET|det|8 market|NOUN|dobj|6 .|PUNCT|punct|2",
                ents={4: "ORG"})
    (st,) = statements(doc)
    assert st.quote == "the RSF of shelling the market" and not st.direct and st.accused.text == "the RSF"
    # "… accused the RSF of being behind the attack": responsibility only, no words
    doc = parse("The|DET|det|1 army|NOUN|nsubj|2 accused|VERB|ROOT|2|accuse the|DET|det|4 RSF|PROPN|dobj|2 "
                "of|ADP|prep|2 being|AUX|pcomp|5|be behind|ADP|prep|6 the|DET|det|9 attack|NOUN|pobj|7 "
                ".|PUNCT|punct|2", ents={4: "ORG"})
    (st,) = statements(doc)
    assert st.quote is None and st.accused.text == "the RSF"


def test_a_document_speaks_for_its_issuer():
    # "The ministry's statement said drones were downed."
    doc = parse("The|DET|det|1 ministry|NOUN|poss|3 's|PART|case|1 statement|NOUN|nsubj|4 said|VERB|ROOT|4|say "
                "drones|NOUN|nsubjpass|7|drone were|AUX|auxpass|7|be downed|VERB|ccomp|4|down .|PUNCT|punct|4")
    assert EN.document_issuer(doc[3]).text == "ministry"
    (st,) = statements(doc)
    assert st.speaker.text == "The ministry"
    # "The statement said …": no issuer named, the phrase stays
    doc = parse("The|DET|det|1 statement|NOUN|nsubj|2 said|VERB|ROOT|2|say drones|NOUN|nsubjpass|5|drone "
                "were|AUX|auxpass|5|be downed|VERB|ccomp|2|down")
    assert EN.document_issuer(doc[1]) is None
    # "Le communiqué du ministère précise …"
    doc = parse("Le|DET|det|1 communiqué|NOUN|nsubj|4 du|ADP|case|3|de ministère|NOUN|nmod|1 "
                "précise|VERB|ROOT|4|préciser", lang="fr")
    assert FR.document_issuer(doc[1]).text == "ministère"


# "Kim released photos and reported that a school was hit." (the model: "reported" a conj of
# "released", with no subject of its own; "and" hangs from the first verb)
COORDINATED_EN = ("Kim|PROPN|nsubj|1 released|VERB|ROOT|1|release photos|NOUN|dobj|1|photo and|CCONJ|cc|1 "
                  "reported|VERB|conj|1|report that|SCONJ|mark|9 a|DET|det|7 school|NOUN|nsubjpass|9 "
                  "was|AUX|auxpass|9|be hit|VERB|ccomp|4|hit .|PUNCT|punct|1")


def test_a_coordinated_verb_shares_the_first_verbs_subject():
    doc = parse(COORDINATED_EN, ents={0: "PER"})
    sp = sf.coordinated_subject(EN, cue(EN, doc, 4))
    assert sp["text"] == "Kim"
    (st,) = [s for s in statements(doc) if s.cue == "reported"]
    assert st.speaker.text == "Kim" and st.quote == "a school was hit"
    assert "speaker:coordinated_subject" in st.trace
    # "Kim a diffusé des photos et a précisé qu'une école …": "et" hangs from the second verb
    doc = parse("Kim|PROPN|nsubj|2 a|AUX|aux|2|avoir diffusé|VERB|ROOT|2|diffuser des|DET|det|4|un "
                "photos|NOUN|obj|2|photo et|CCONJ|cc|7 a|AUX|aux|7|avoir précisé|VERB|conj|2|préciser "
                "qu'|SCONJ|mark|11|que une|DET|det|10|un école|NOUN|nsubj:pass|12 a|AUX|aux:pass|12|avoir "
                "brûlé|VERB|ccomp|7|brûler", lang="fr", ents={0: "PER"})
    assert sf.coordinated_subject(FR, cue(FR, doc, 7))["text"] == "Kim"


def test_no_coordinated_subject_without_a_conjunction_or_with_a_subject():
    # "Une ville a essuyé des tirs, a affirmé l'Armée X": no "et", the speaker comes after
    doc = parse("Une|DET|det|1|un ville|NOUN|nsubj|3 a|AUX|aux|3|avoir essuyé|VERB|ROOT|3|essuyer "
                "des|DET|det|5|un tirs|NOUN|obj|3|tir ,|PUNCT|punct|8 a|AUX|aux|8|avoir affirmé|VERB|conj|3|affirmer "
                "l'|DET|det|10|le Armée|PROPN|nsubj|8", lang="fr", ents={10: "ORG"})
    assert sf.coordinated_subject(FR, cue(FR, doc, 8)) is None
    # a verb with its own subject is not second-guessed
    doc = parse(COORDINATED_EN, ents={0: "PER"})
    assert sf.coordinated_subject(EN, cue(EN, doc, 4, subject=doc[7])) is None
    # a verb that is no conjunct
    assert sf.coordinated_subject(EN, cue(EN, doc, 1)) is None


def test_a_word_inside_a_quotation_before_the_verb_is_no_subject():
    # "« Ce crime est grave », a déclaré le porte-parole." (the model hung "Ce" on "déclaré")
    doc = parse("«|PUNCT|punct|8 Ce|PRON|nsubj|8|ce crime|NOUN|nsubj|4 est|AUX|cop|4|être grave|ADJ|ccomp|8 "
                "»|PUNCT|punct|8 ,|PUNCT|punct|8 a|AUX|aux|8|avoir déclaré|VERB|ROOT|8|déclarer le|DET|det|10 "
                "porte-parole|NOUN|nsubj|8 .|PUNCT|punct|8", lang="fr")
    assert sf.grammatical_subject(FR, cue(FR, doc, 8)).text == "porte-parole"
    # without the quotation marks the parse's subject stands
    doc = parse("Ce|PRON|nsubj|2|ce porte-parole|NOUN|nsubj|2 déclaré|VERB|ROOT|2|déclarer", lang="fr")
    assert sf.grammatical_subject(FR, cue(FR, doc, 2)).text == "Ce"


def test_a_claim_reports_its_object_when_it_says_what_was_done():
    # "Le ministère a revendiqué la destruction de 17 drones."
    doc = parse("Le|DET|det|1 ministère|NOUN|nsubj|3 a|AUX|aux|3|avoir revendiqué|VERB|ROOT|3|revendiquer "
                "la|DET|det|5 destruction|NOUN|obj|3 de|ADP|case|8 17|NUM|nummod|8 drones|NOUN|nmod|5|drone "
                ".|PUNCT|punct|3", lang="fr")
    assert "revendiquer" in FR.lex.noun_content_verbs and "claim" in EN.lex.noun_content_verbs
    assert span(doc, sf.reported_object(FR, cue(FR, doc, 3))) == "la destruction de 17 drones"
    # "… a revendiqué la frappe": a bare act is no reported content
    doc = parse("Kiev|PROPN|nsubj|2 a|AUX|aux|2|avoir revendiqué|VERB|ROOT|2|revendiquer la|DET|det|4 "
                "frappe|NOUN|obj|2 .|PUNCT|punct|2", lang="fr")
    assert sf.reported_object(FR, cue(FR, doc, 2)) is None


def test_a_verb_said_to_be_rarely_used_reports_nothing():
    # "Kiev revendique rarement ce type d'opérations." / "Kyiv rarely claims such strikes."
    assert {"rarement", "rarely"} <= FR.lex.cue_negations | EN.lex.cue_negations
    doc = parse("Kiev|PROPN|nsubj|1 revendique|VERB|ROOT|1|revendiquer rarement|ADV|advmod|1 ce|DET|det|4 "
                "type|NOUN|obj|1 d'|ADP|case|6|de opérations|NOUN|nmod|4|opération .|PUNCT|punct|1",
                lang="fr", ents={0: "LOC"})
    assert statements(doc, "fr") == []
    # the parser may hang the adverb on another one ("revendique rarement officiellement")
    doc = parse("Kiev|PROPN|nsubj|1 revendique|VERB|ROOT|1|revendiquer rarement|ADV|advmod|3 "
                "officiellement|ADV|advmod|1 ce|DET|det|5 type|NOUN|obj|1 d'|ADP|case|7|de "
                "opérations|NOUN|nmod|5|opération .|PUNCT|punct|1", lang="fr", ents={0: "LOC"})
    assert statements(doc, "fr") == []


def test_calling_it_a_name_reports_the_name():
    # "The mayor condemned the strike, calling it an act of terror."
    doc = parse("The|DET|det|1 mayor|NOUN|nsubj|2 condemned|VERB|ROOT|2|condemn the|DET|det|4 strike|NOUN|dobj|2 "
                ",|PUNCT|punct|2 calling|VERB|advcl|2|call it|PRON|dobj|6 an|DET|det|9 act|NOUN|oprd|6 "
                "of|ADP|prep|9 terror|NOUN|pobj|10 .|PUNCT|punct|2")
    assert span(doc, sf.object_predicate(EN, cue(EN, doc, 6))) == "an act of terror"
    # "called on the army to …" has no predicate noun: not this finder's
    doc = parse("She|PRON|nsubj|1 called|VERB|ROOT|1|call on|ADP|prep|1 the|DET|det|4 army|NOUN|pobj|2 "
                "to|PART|aux|6 stop|VERB|xcomp|1")
    assert sf.object_predicate(EN, cue(EN, doc, 1)) is None
