"""Trigger, class and factuality rules of the events component on hand-parsed sentences.

Each rule has a sentence where it applies and one where it must not (format of the token
specs: ``tests/unit/test_finders.parse``): impact verbs need a weapon that hits, air-defence
reports are attacks on where the weapons flew, a weapon word naming the target does not set
the class, and background openings, reports called false, present-tense relative clauses,
French simple conditionals and threats through control verbs are no events.
"""
from __future__ import annotations

from kg.model import EventCandidate, Rejection
from kg.nlp.events import EventExtractor
from kg.nlp.extensions import records
from kg.nlp.finders import events as ef
from tests.unit.test_finders import parse

EN = EventExtractor("en")
FR = EventExtractor("fr")


def events(ex: EventExtractor, spec: str, ents: dict[int, str] | None = None) -> list[EventCandidate]:
    return records(ex(parse(spec, ex.lang, ents)), EventCandidate)


def context(ex: EventExtractor, spec: str, i: int, ents: dict[int, str] | None = None) -> ef.Trigger:
    doc = parse(spec, ex.lang, ents)
    return ex.trigger_context(doc[i], doc[:], ex.intercepted_weapon(doc[i]))


# ---------- impact verbs ----------

RAINED = ("Rockets|NOUN|nsubj|1|rocket rained|VERB|ROOT|1|rain down|ADP|prt|1 on|ADP|prep|1 "
          "Nikopol|PROPN|pobj|3 .|PUNCT|punct|1")


def test_an_impact_verb_with_a_weapon_is_an_attack_of_its_class():
    (ev,) = events(EN, RAINED, {4: "GPE"})
    assert ev.event_class == "Shelling" and [p.text for p in ev.places] == ["Nikopol"]


def test_an_impact_verb_without_a_weapon_is_no_attack():
    doc = EN(parse(RAINED.replace("Rockets|NOUN|nsubj|1|rocket", "Snow|NOUN|nsubj|1|snow"), "en", {4: "GPE"}))
    assert records(doc, EventCandidate) == []
    assert [r.reason for r in records(doc, Rejection)] == ["an impact word with no weapon that hits"]
    # a carrier is no weapon that hits: "A plane fell on Nikopol."
    plane = RAINED.replace("Rockets|NOUN|nsubj|1|rocket", "Plane|NOUN|nsubj|1|plane").replace("rained|VERB|ROOT|1|rain",
                                                                                          "fell|VERB|ROOT|1|fall")
    assert events(EN, plane, {4: "GPE"}) == []


S_ABATTRE = ("Une|DET|det|1|un salve|NOUN|nsubj|6 de|ADP|case|3 roquettes|NOUN|nmod|1|roquette "
             "s'|PRON|expl:comp|6|se est|AUX|aux:tense|6|être abattue|VERB|ROOT|6|abattre sur|ADP|case|8 "
             "Nikopol|PROPN|obl:mod|6 .|PUNCT|punct|6")


def test_french_reflexive_impact_verb_and_the_same_verb_as_air_defence():
    assert [e.event_class for e in events(FR, S_ABATTRE, {8: "LOC"}) if e.trigger.text == "abattue"] == ["Shelling"]
    # "La défense a abattu un avion sur Nikopol.": no reflexive, and a plane is no weapon that hits
    shot = ("La|DET|det|1|le défense|NOUN|nsubj|3 a|AUX|aux:tense|3|avoir abattu|VERB|ROOT|3|abattre "
            "un|DET|det|5 avion|NOUN|obj|3 sur|ADP|case|7 Nikopol|PROPN|obl:mod|3 .|PUNCT|punct|3")
    assert events(FR, shot, {7: "LOC"}) == []


# ---------- interception reports ----------

DOWNED = ("Russian|ADJ|amod|2|russian defences|NOUN|compound|2|defence units|NOUN|nsubj|3|unit "
          "downed|VERB|ROOT|3|down 18|NUM|nummod|5 drones|NOUN|dobj|3|drone heading|VERB|acl|5|head "
          "for|ADP|prep|6 Kaluga|PROPN|pobj|7 .|PUNCT|punct|3")


def test_weapons_downed_heading_for_a_place_are_an_attack_on_it_with_no_defender_as_perpetrator():
    (ev,) = events(EN, DOWNED, {8: "GPE"})
    assert ev.event_class == "DroneStrike" and [p.text for p in ev.places] == ["Kaluga"]
    assert ev.trace[0] == "trigger:intercepted_weapon"
    assert all(a.text != "Russian defences units" and a.kind != "SUBJECT" for a in ev.perpetrators)
    # "for" names no target without a heading verb: "units downed 18 drones for Kaluga"
    t = context(EN, DOWNED.replace("heading|VERB|acl|5|head", "today|NOUN|npadvmod|3|today"), 3, {8: "GPE"})
    assert ef.target_phrase(EN, t) is not None  # an air-defence verb's direction still counts
    assert EN.is_target_prep("for", parse(DOWNED)[6]) and not EN.is_target_prep("for", parse(DOWNED)[3])


def test_french_interception_towards_a_city():
    spec = ("La|DET|det|1|le défense|NOUN|nsubj|3 a|AUX|aux:tense|3|avoir abattu|VERB|ROOT|3|abattre "
            "quinze|NUM|nummod|5 drones|NOUN|obj|3|drone qui|PRON|nsubj|8 se|PRON|expl:comp|8 "
            "dirigeaient|VERB|acl:relcl|5|diriger vers|ADP|case|10 Kalouga|PROPN|obl:mod|8 .|PUNCT|punct|3")
    (ev,) = events(FR, spec, {10: "LOC"})
    assert ev.event_class == "DroneStrike" and [p.text for p in ev.places] == ["Kalouga"]


def test_a_negated_interception_is_dropped_and_no_denial():
    # "The missiles could not be intercepted over Odesa."
    spec = ("The|DET|det|1 missiles|NOUN|nsubjpass|5|missile could|AUX|aux|5 not|PART|neg|5 be|AUX|auxpass|5 "
            "intercepted|VERB|ROOT|5|intercept over|ADP|prep|5 Odesa|PROPN|pobj|6 .|PUNCT|punct|5")
    doc = EN(parse(spec, "en", {7: "GPE"}))
    assert records(doc, EventCandidate) == []
    assert [r.reason for r in records(doc, Rejection)] == ["a negated interception"]


# ---------- the class is the weapon's, not the target's ----------

def test_a_weapon_word_naming_the_target_does_not_set_the_class():
    # "Jets struck a drone factory near Isfahan."
    spec = ("Jets|NOUN|nsubj|1|jet struck|VERB|ROOT|1|strike a|DET|det|4 drone|NOUN|compound|4 "
            "factory|NOUN|dobj|1 near|ADP|prep|1 Isfahan|PROPN|pobj|5 .|PUNCT|punct|1")
    (ev,) = events(EN, spec, {6: "GPE"})
    assert ev.event_class == "AirStrike"
    # "Jets fired missiles at Isfahan.": the object of a launching verb is the weapon
    fired = ("Jets|NOUN|nsubj|1|jet fired|VERB|ROOT|1|fire missiles|NOUN|dobj|1|missile at|ADP|prep|1 "
             "Isfahan|PROPN|pobj|3 .|PUNCT|punct|1")
    assert [e.event_class for e in events(EN, fired, {4: "GPE"})] == ["MissileStrike"]


def test_french_weapon_word_in_the_target():
    # "Des avions ont frappé une usine de drones près d'Ispahan."
    spec = ("Des|DET|det|1|un avions|NOUN|nsubj|3|avion ont|AUX|aux:tense|3|avoir frappé|VERB|ROOT|3|frapper "
            "une|DET|det|5|un usine|NOUN|obj|3 de|ADP|case|7 drones|NOUN|nmod|5|drone près|ADV|advmod|10 "
            "d'|ADP|case|10|de Ispahan|PROPN|obl:mod|3 .|PUNCT|punct|3")
    (ev,) = events(FR, spec, {10: "LOC"})
    assert ev.event_class == "AirStrike"
    # "une frappe de drones contre Ispahan": the weapon of the attack noun itself
    noun = ("une|DET|det|1|un frappe|NOUN|ROOT|1 de|ADP|case|3 drones|NOUN|nmod|1|drone contre|ADP|case|5 "
            "Ispahan|PROPN|nmod|1 .|PUNCT|punct|1")
    assert [e.event_class for e in events(FR, noun, {5: "LOC"})] == ["DroneStrike"]


# ---------- not events ----------

def test_background_opening():
    # "A year ago, missiles struck Izmail." / "On Monday, missiles struck Izmail."
    spec = ("A|DET|det|1 year|NOUN|npadvmod|2 ago|ADV|advmod|5 ,|PUNCT|punct|5 missiles|NOUN|nsubj|5|missile "
            "struck|VERB|ROOT|5|strike Izmail|PROPN|dobj|5 .|PUNCT|punct|5")
    assert ef.background(EN, context(EN, spec, 5)) == "background"
    monday = spec.replace("A|DET|det|1 year|NOUN|npadvmod|2 ago|ADV|advmod|5", "On|ADP|prep|5 the|DET|det|2 "
                                                                             "morning|NOUN|pobj|0")
    assert ef.background(EN, context(EN, monday, 5)) is None


def test_french_background_opening_dated_or_not():
    spec = ("Depuis|ADP|case|3 le|DET|det|3 13|NUM|nummod|3 juin|NOUN|obl:mod|7 ,|PUNCT|punct|7 "
            "Israël|PROPN|nsubj|7 a|AUX|aux:tense|7|avoir frappé|VERB|ROOT|7|frapper l'|DET|det|9|le "
            "Iran|PROPN|obj|7 .|PUNCT|punct|7")
    assert ef.background(FR, context(FR, spec, 7)) == "background"
    # "Depuis la Crimée, …": a launch site, not a span of time
    crimea = spec.replace("le|DET|det|3 13|NUM|nummod|3 juin|NOUN|obl:mod|7", "la|DET|det|3|le "
                                                                               "Crimée|PROPN|nmod|3 côte|NOUN|obl:mod|7")
    assert ef.background(FR, context(FR, crimea, 7)) is None


def test_reports_called_false():
    # "Reports of a strike on Nabatieh were false."
    spec = ("Reports|NOUN|nsubj|6|report of|ADP|prep|0 a|DET|det|3 strike|NOUN|pobj|1 on|ADP|prep|3 "
            "Nabatieh|PROPN|pobj|4 were|AUX|ROOT|6|be false|ADJ|acomp|6 .|PUNCT|punct|6")
    assert ef.reported_false(EN, context(EN, spec, 3)) == "reported false"
    assert ef.reported_false(EN, context(EN, spec.replace("false|ADJ", "grim|ADJ"), 3)) is None


def test_present_tense_relative_clause_is_generic():
    doc = parse("the|DET|det|1 bombers|NOUN|ROOT|1|bomber that|PRON|dobj|4 Russia|PROPN|nsubj|4 "
                "uses|VERB|relcl|1|use to|PART|aux|6 fire|VERB|xcomp|4 missiles|NOUN|dobj|6|missile")
    doc[4].set_morph("Tense=Pres|VerbForm=Fin")
    t = EN.trigger_context(doc[6], doc[:])
    assert ef.generic_clause(EN, t) == "generic clause"
    doc[4].set_morph("Tense=Past|VerbForm=Fin")
    assert ef.generic_clause(EN, EN.trigger_context(doc[6], doc[:])) is None


def test_french_simple_conditional_is_hypothetical_but_not_the_past_conditional():
    spec = "Moscou|PROPN|nsubj|1 frapperait|VERB|ROOT|1|frapper Kiev|PROPN|obj|1 .|PUNCT|punct|1"
    assert ef.hypothetical_own(FR, context(FR, spec, 1)) == "hypothetical"
    past = ("Moscou|PROPN|nsubj|2 aurait|AUX|aux:tense|2|avoir frappé|VERB|ROOT|2|frapper Kiev|PROPN|obj|2 "
            ".|PUNCT|punct|2")
    assert ef.hypothetical_own(FR, context(FR, past, 2)) is None
    assert ef.hypothetical_own(FR, context(FR, spec.replace("frapperait", "frappait"), 1)) is None


def test_threat_through_a_control_verb():
    # "The group vowed to keep targeting Israel."
    spec = ("The|DET|det|1 group|NOUN|nsubj|2 vowed|VERB|ROOT|2|vow to|PART|aux|4 keep|VERB|xcomp|2 "
            "targeting|VERB|xcomp|4|target Israel|PROPN|dobj|5 .|PUNCT|punct|2")
    assert ef.hypothetical(EN, context(EN, spec, 5)) == "hypothetical"
    said = spec.replace("vowed|VERB|ROOT|2|vow", "began|VERB|ROOT|2|begin")
    assert ef.hypothetical(EN, context(EN, said, 5)) is None


# ---------- places of a when-clause, conjuncts, superlatives ----------

def test_when_clause_attack_is_placed_by_its_main_clause():
    # "Deux civils tués à Belgorod lorsqu'une salve de roquettes s'est abattue."
    spec = ("Deux|NUM|nummod|1 civils|NOUN|nsubj:pass|2|civil tués|VERB|ROOT|2|tuer à|ADP|case|4 "
            "Belgorod|PROPN|obl:mod|2 lorsqu'|SCONJ|mark|11|lorsque une|DET|det|7|un salve|NOUN|nsubj|11 "
            "de|ADP|case|9 roquettes|NOUN|nmod|7|roquette s'|PRON|expl:comp|11|se "
            "abattue|VERB|advcl|2|abattre .|PUNCT|punct|2")
    t = context(FR, spec, 11, {4: "LOC"})
    (place,) = ef.main_clause(FR, t)
    assert place.text == "Belgorod" and place.direct is False
    # no "lorsque": the clause is not the moment of the attack
    t = context(FR, spec.replace("lorsqu'|SCONJ|mark|11|lorsque", "puis|ADV|advmod|11|puis"), 11, {4: "LOC"})
    assert ef.main_clause(FR, t) is None


def test_a_conjunct_attack_keeps_its_own_weapon():
    # "l'attaque contre Eilat et un tir de missile"
    spec = ("l'|DET|det|1|le attaque|NOUN|ROOT|1 contre|ADP|case|3 Eilat|PROPN|nmod|1 et|CCONJ|cc|6 "
            "un|DET|det|6 tir|NOUN|conj|1 de|ADP|case|8 missile|NOUN|nmod|6")
    doc = parse(spec, "fr", {3: "LOC"})
    assert FR.instrument_class(doc[1], FR.argument_tokens(doc[1])) is None
    assert FR.instrument_class(doc[6], FR.argument_tokens(doc[6])) == "MissileStrike"


def test_a_superlative_attack_noun_is_not_placed_by_a_modifier():
    # "the deadliest attack on the Black Sea city" vs "the attack on the Black Sea city"
    spec = ("the|DET|det|2 deadliest|ADJ|amod|2|deadly|JJS attack|NOUN|ROOT|2 on|ADP|prep|2 the|DET|det|7 "
            "Black|PROPN|compound|6 Sea|PROPN|compound|7 city|NOUN|pobj|3 .|PUNCT|punct|2")
    ents = {5: "LOC", 6: "LOC"}
    assert [e.places for e in events(EN, spec, ents)] == [()]
    assert EN.superlative(parse(spec, "en", ents)[2])
    plain = spec.replace("deadliest|ADJ|amod|2|deadly|JJS", "new|ADJ|amod|2|new|JJ")
    assert not EN.superlative(parse(plain, "en", ents)[2])


# ---------- the class told in the next sentence (kg.link.event_groups) ----------

def test_a_generic_attack_takes_the_class_told_in_the_next_sentence_only():
    from kg.link.event_groups import group_events
    from kg.model import EventRecord, Node, Span

    text = "Lipetsk was attacked overnight. Three drones hit an industrial zone. Missiles hit a farm."
    first, second, third = (0, 31), (32, 68), (69, len(text))
    lipetsk = Node("geo:lipetsk", {"City"})

    def rec(cls: str, sent: tuple[int, int]) -> EventRecord:
        return EventRecord(cls, Span(sent[0], sent[0] + 4, text[sent[0]:sent[0] + 4]), Span(*sent, text[sent[0]:sent[1]]))

    attacked, drones, missiles = rec("Attack", first), rec("DroneStrike", second), rec("MissileStrike", third)
    groups, _ = group_events([attacked, drones, missiles], lambda i, ev: lipetsk if ev is attacked else None)
    assert [g.event_class for g in groups] == ["DroneStrike"]
    # a sentence further on is no longer the same attack's means
    groups, _ = group_events([attacked, missiles], lambda i, ev: lipetsk if ev is attacked else None)
    assert [g.event_class for g in groups] == ["Attack"]


# ---------- two attacks in one sentence, circumstances, time phrases ----------

SUMY_KONOTOP = ("Drones|NOUN|nsubj|1|drone hit|VERB|ROOT|1 a|DET|det|3 depot|NOUN|dobj|1 in|ADP|prep|3 "
                "Sumy|PROPN|pobj|4 and|CCONJ|cc|1 a|DET|det|8 plant|NOUN|conj|1 in|ADP|prep|8 "
                "Konotop|PROPN|pobj|9 .|PUNCT|punct|1")


def test_coordinated_targets_are_two_attacks():
    evs = events(EN, SUMY_KONOTOP, {5: "GPE", 10: "GPE"})
    assert sorted(p.text for e in evs for p in e.places) == ["Konotop", "Sumy"]
    assert len(evs) == 2 and all(e.event_class == "DroneStrike" for e in evs)
    # one target phrase naming two places with no coordination: one attack
    one = ("Drones|NOUN|nsubj|1|drone hit|VERB|ROOT|1 a|DET|det|3 depot|NOUN|dobj|1 in|ADP|prep|3 "
           "Sumy|PROPN|pobj|4 near|ADP|prep|5 Konotop|PROPN|pobj|6 .|PUNCT|punct|1")
    assert len(events(EN, one, {5: "GPE", 7: "GPE"})) == 1


def test_attack_noun_as_circumstance_takes_the_verbs_places():
    # "Forces killed a woman in Marhanets in a drone strike."
    spec = ("Forces|NOUN|nsubj|1|force killed|VERB|ROOT|1|kill a|DET|det|3 woman|NOUN|dobj|1 in|ADP|prep|3 "
            "Marhanets|PROPN|pobj|4 in|ADP|prep|1 a|DET|det|9 drone|NOUN|compound|9 strike|NOUN|pobj|6 "
            ".|PUNCT|punct|1")
    doc = parse(spec, "en", {5: "GPE"})
    assert "Marhanets" in [t.text for t in EN.argument_tokens(doc[9])]
    # "a strike on the port since the war in Gaza began": the time phrase holds no place hit
    since = ("the|DET|det|1 strike|NOUN|ROOT|1 on|ADP|prep|1 the|DET|det|4 port|NOUN|pobj|2 since|ADP|prep|1 "
             "the|DET|det|7 war|NOUN|pobj|5 in|ADP|prep|7 Gaza|PROPN|pobj|8")
    assert "Gaza" not in [t.text for t in EN.argument_tokens(parse(since, "en")[1])]


def test_the_date_said_in_the_triggers_own_clause():
    # "Russia struck Dnipro on Monday, then sent drones against Sumy on Tuesday."
    spec = ("Russia|PROPN|nsubj|1 struck|VERB|ROOT|1|strike Dnipro|PROPN|dobj|1 on|ADP|prep|1 "
            "Monday|PROPN|pobj|3 ,|PUNCT|punct|1 then|ADV|advmod|7 sent|VERB|conj|1|send drones|NOUN|dobj|7|drone "
            "against|ADP|prep|7 Sumy|PROPN|pobj|9 on|ADP|prep|7 Tuesday|PROPN|pobj|11 .|PUNCT|punct|1")
    doc = parse(spec, "en", {2: "GPE", 10: "GPE"})
    assert EN.date_text(doc[7], doc[:]).text == "on Tuesday"
    assert EN.date_text(doc[1], doc[:]).text == "on Monday"


def test_an_ordinal_attack_noun_in_apposition_describes_the_attack_told():
    # "Drones struck Qamishli, the third such strike in Syria."
    spec = ("Drones|NOUN|nsubj|1|drone struck|VERB|ROOT|1|strike Qamishli|PROPN|dobj|1 ,|PUNCT|punct|2 "
            "the|DET|det|7 third|ADJ|amod|7 such|ADJ|amod|7 strike|NOUN|appos|2 in|ADP|prep|7 "
            "Syria|PROPN|pobj|8 .|PUNCT|punct|1")
    evs = events(EN, spec, {2: "GPE", 9: "GPE"})
    assert [[p.text for p in e.places] for e in evs] == [["Qamishli"], []]


# ---------- round 2: the weapon of an interception, a far agent, kinds of weapons ----------

def test_air_defence_names_no_weapon_and_the_stopped_weapon_gives_the_class():
    # "Air defence units destroyed 18 drones heading for Kaluga.": a drone strike, not an air strike
    spec = DOWNED.replace("Russian|ADJ|amod|2|russian", "Air|NOUN|compound|2|air").replace(
        "downed|VERB|ROOT|3|down", "destroyed|VERB|ROOT|3|destroy")
    (ev,) = events(EN, spec, {8: "GPE"})
    assert ev.event_class == "DroneStrike" and [p.text for p in ev.places] == ["Kaluga"]
    assert EN.names_defence(parse(spec)[0]) and not EN.names_defence(parse(spec)[5])


def test_a_far_agent_phrase_tells_the_weapon_of_a_gapped_participle():
    # "… et Soumy visée dans la nuit de lundi à mardi par des drones." (parsed as the corpus parser does)
    spec = ("Soumy|PROPN|ROOT|0 visée|VERB|acl|0|viser dans|ADP|case|4 la|DET|det|4|le nuit|NOUN|nmod|0 "
            "de|ADP|case|6 lundi|NOUN|nmod|4 à|ADP|case|8 mardi|NOUN|nmod|6 par|ADP|case|11 des|DET|det|11|un "
            "drones|NOUN|nmod|0|drone .|PUNCT|punct|0")
    t = context(FR, spec, 1, {0: "LOC"})
    assert ef.instrument_word(FR, t) is None and ef.agent_phrase(FR, t) == "DroneStrike"
    # no "par" phrase, or one after a comma: nothing
    assert ef.agent_phrase(FR, context(FR, spec.replace("par|ADP|case|11", "avec|ADP|case|11"), 1, {0: "LOC"})) is None
    assert ef.agent_phrase(FR, context(FR, spec.replace("mardi|NOUN|nmod|6", ",|PUNCT|punct|0"), 1, {0: "LOC"})) is None


def test_an_attack_noun_that_names_a_kind_of_weapon_is_no_attack():
    fr = ("La|DET|det|1|le Russie|PROPN|nsubj|2 produit|VERB|ROOT|2|produire des|DET|det|4|un drones|NOUN|obj|2|drone "
          "d'|ADP|case|6|de attaque|NOUN|nmod|4 à|ADP|case|8 Kazan|PROPN|obl:mod|2 .|PUNCT|punct|2")
    assert events(FR, fr, {8: "LOC"}) == []
    en = ("Russia|PROPN|nsubj|1 builds|VERB|ROOT|1|build attack|NOUN|compound|3 drones|NOUN|dobj|1|drone "
          "in|ADP|prep|1 Kazan|PROPN|pobj|4 .|PUNCT|punct|1")
    assert events(EN, en, {5: "GPE"}) == []
    # the noun itself is still an attack: "une attaque de drones sur Kazan"
    assert FR.kind_of_weapon(parse(fr, "fr")[6]) and not FR.kind_of_weapon(parse(fr, "fr")[4])


def test_a_quantity_of_weapons_downed_is_an_interception():
    spec = ("La|DET|det|1|le défense|NOUN|nsubj|3 a|AUX|aux:tense|3|avoir abattu|VERB|ROOT|3|abattre "
            "une|DET|det|5|un quarantaine|NOUN|obj|3 de|ADP|case|7 drones|NOUN|nmod|5|drone "
            "au-dessus|ADV|advmod|10 de|ADP|case|10 Koursk|PROPN|obl:mod|3 .|PUNCT|punct|3")
    doc = parse(spec, "fr", {10: "LOC"})
    assert FR.intercepted_weapon(doc[3]).text == "drones"


def test_weapons_destroyed_in_the_passive_are_an_interception():
    # "Twenty drones were destroyed over Bryansk.": the drones are what was destroyed, not what hit
    spec = ("Twenty|NUM|nummod|1 drones|NOUN|nsubjpass|3|drone were|AUX|auxpass|3|be destroyed|VERB|ROOT|3|destroy "
            "over|ADP|prep|3 Bryansk|PROPN|pobj|4 .|PUNCT|punct|3")
    (ev,) = events(EN, spec, {5: "GPE"})
    assert ev.trace[0] == "trigger:intercepted_weapon" and ev.event_class == "DroneStrike"
    # an impact verb that is no air-defence verb keeps its passive subject: nothing changes there
    assert not EN.is_intercept_verb(parse(spec.replace("destroy ", "hit "))[3])
