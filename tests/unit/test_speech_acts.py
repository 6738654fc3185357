"""The speech-act finders (``kg.nlp.finders.speech_acts``), one rule at a time in English and
French, on sentences parsed by hand (no model needed), with the cases each must leave alone."""
from __future__ import annotations

from kg.model import CasualtyCandidate, WeaponCandidate
from kg.nlp.finders import speech_acts as sa
from kg.nlp.speech_acts import ACTS, ActContext, act_words
from tests.unit.test_finders import parse


def ctx(spec: str, lang: str = "en", cue: int | None = None, kind: str = "say", span: tuple[int, int] | None = None,
        morph: dict[int, str] | None = None, **figures) -> ActContext:
    doc = parse(spec, lang)
    for i, m in (morph or {}).items():
        doc[i].set_morph(m)
    return ActContext(doc, act_words(lang), doc[cue] if cue is not None else None, kind,
                      span or (0, len(doc.text)), tuple(figures.get("denials", ())),
                      tuple(figures.get("casualties", ())), tuple(figures.get("weapons", ())))


def act(c: ActContext) -> str | None:
    found = sa.SPEECH_ACT.first(c.doc.lang_, c)
    return found[1] if found else None


# "The Houthis claimed responsibility for the attack."
CLAIMED_RESPONSIBILITY = ("The|DET|det|1 Houthis|PROPN|nsubj|2 claimed|VERB|ROOT|2|claim responsibility|NOUN|dobj|2 "
                          "for|ADP|prep|3 the|DET|det|6 attack|NOUN|pobj|4 .|PUNCT|punct|2")
# "Moscow claimed that Kyiv had attacked."
CLAIMED_THAT = ("Moscow|PROPN|nsubj|1 claimed|VERB|ROOT|1|claim that|SCONJ|mark|5 Kyiv|PROPN|nsubj|5 "
                "had|AUX|aux|5 attacked|VERB|ccomp|1|attack .|PUNCT|punct|1")
# "Le Hamas a revendiqué l'attaque."
A_REVENDIQUE = ("Le|DET|det|1 Hamas|PROPN|nsubj|3 a|AUX|aux:tense|3 revendiqué|VERB|ROOT|3|revendiquer "
                "l'|DET|det|5 attaque|NOUN|obj|3 .|PUNCT|punct|3")


def test_the_scheme_and_the_registry_declare_the_same_acts():
    finders = [f.name for f in sa.SPEECH_ACT.finders("en")]
    assert finders == [f.name for f in sa.SPEECH_ACT.finders("fr")]
    assert finders[:5] == ["denial", "claim_of_responsibility", "accusation", "condemnation", "threat"]
    assert set(ACTS) >= {"Claim", "Denial", "Accusation", "Condemnation", "Threat", "CasualtyReport",
                         "DamageReport", "InterceptionReport", "Other"}


def test_claim_of_responsibility_needs_responsibility_or_an_attack_as_the_object_in_english():
    assert sa.claim_of_responsibility(ctx(CLAIMED_RESPONSIBILITY, cue=2)) == "Claim"
    assert sa.claim_of_responsibility(ctx(CLAIMED_THAT, cue=1)) is None  # "claimed that …" says something
    assert act(ctx(CLAIMED_THAT, cue=1)) is None


def test_revendiquer_is_a_claim_in_french():
    assert act(ctx(A_REVENDIQUE, "fr", cue=3)) == "Claim"
    assert sa.claim_of_responsibility(ctx(A_REVENDIQUE.replace("revendiqué|VERB|ROOT|3|revendiquer",
                                                               "annoncé|VERB|ROOT|3|annoncer"), "fr", cue=3)) is None


def test_denial_by_cue_kind_cue_word_or_a_negated_attack_in_the_reported_words():
    spec = "Kyiv|PROPN|nsubj|1 denied|VERB|ROOT|1|deny the|DET|det|3 attack|NOUN|dobj|1 .|PUNCT|punct|1"
    assert sa.denial(ctx(spec, cue=1, kind="deny")) == "Denial"
    fr = "Kiev|PROPN|nsubj|2 a|AUX|aux:tense|2 nié|VERB|ROOT|2|nier l'|DET|det|4 attaque|NOUN|obj|2 .|PUNCT|punct|2"
    assert sa.denial(ctx(fr, "fr", cue=2)) == "Denial"
    # "The army said no strike took place": a negated attack inside the reported clause
    said = ("The|DET|det|1 army|NOUN|nsubj|2 said|VERB|ROOT|2|say no|DET|det|4 strike|NOUN|nsubj|5 "
            "took|VERB|ccomp|2|take place|NOUN|dobj|5 .|PUNCT|punct|2")
    doc_text = parse(said).text
    pos = doc_text.index("strike")
    assert sa.denial(ctx(said, cue=2, span=(doc_text.index("no"), len(doc_text)), denials=(pos,))) == "Denial"
    # a denial told outside the statement's words is not its own
    assert sa.denial(ctx(said, cue=2, span=(doc_text.index("took"), len(doc_text)), denials=(pos,))) is None
    assert sa.denial(ctx(said, cue=2)) is None


def test_accusation_and_condemnation_are_told_apart_by_the_cue():
    blamed = "Moscow|PROPN|nsubj|1 blamed|VERB|ROOT|1|blame Kyiv|PROPN|dobj|1 .|PUNCT|punct|1"
    assert act(ctx(blamed, cue=1, kind="accuse")) == "Accusation"
    condemned = "France|PROPN|nsubj|1 condemned|VERB|ROOT|1|condemn the|DET|det|3 strike|NOUN|dobj|1 .|PUNCT|punct|1"
    assert act(ctx(condemned, cue=1, kind="accuse")) == "Condemnation"
    assert sa.accusation(ctx(condemned, cue=1, kind="accuse")) is None
    denonce = ("Paris|PROPN|nsubj|2 a|AUX|aux:tense|2 dénoncé|VERB|ROOT|2|dénoncer la|DET|det|4 frappe|NOUN|obj|2 "
               ".|PUNCT|punct|2")
    assert act(ctx(denonce, "fr", cue=2, kind="accuse")) == "Condemnation"
    impute = "Moscou|PROPN|nsubj|2 a|AUX|aux:tense|2 imputé|VERB|ROOT|2|imputer l'|DET|det|4 attaque|NOUN|obj|2 .|PUNCT|punct|2"
    assert act(ctx(impute, "fr", cue=2, kind="accuse")) == "Accusation"
    said = "Moscow|PROPN|nsubj|1 said|VERB|ROOT|1|say so|ADV|advmod|1 .|PUNCT|punct|1"
    assert sa.accusation(ctx(said, cue=1)) is None and sa.condemnation(ctx(said, cue=1)) is None


# "We will respond," he said.
WILL_RESPOND = ("We|PRON|nsubj|2 will|AUX|aux|2 respond|VERB|ccomp|5|respond ,|PUNCT|punct|5 he|PRON|nsubj|5 "
                "said|VERB|ROOT|5|say .|PUNCT|punct|5")


def test_threat_a_harm_verb_in_the_future_in_english():
    assert sa.threat(ctx(WILL_RESPOND, cue=5)) == "Threat"
    past = WILL_RESPOND.replace("will|AUX|aux|2", "did|AUX|aux|2")
    assert sa.threat(ctx(past, cue=5)) is None  # told done, not to come
    no_harm = WILL_RESPOND.replace("respond|VERB|ccomp|5|respond", "talk|VERB|ccomp|5|talk")
    assert sa.threat(ctx(no_harm, cue=5)) is None  # "we will talk": no harm
    negated = ("We|PRON|nsubj|3 will|AUX|aux|3 not|PART|neg|3 attack|VERB|ccomp|6|attack ,|PUNCT|punct|6 "
               "he|PRON|nsubj|6 said|VERB|ROOT|6|say .|PUNCT|punct|6")
    assert sa.threat(ctx(negated, cue=6)) is None  # "we will not attack"


def test_threat_future_or_conditional_in_french():
    riposterons = ("Nous|PRON|nsubj|1 riposterons|VERB|ccomp|4|riposter ,|PUNCT|punct|4 a|AUX|aux:tense|4 "
                   "déclaré|VERB|ROOT|4|déclarer le|DET|det|6 chef|NOUN|nsubj|4 .|PUNCT|punct|4")
    assert sa.threat(ctx(riposterons, "fr", cue=4, morph={1: "Tense=Fut"})) == "Threat"
    assert sa.threat(ctx(riposterons, "fr", cue=4, morph={1: "Tense=Pres"})) is None
    frapperait = ("Il|PRON|nsubj|2 a|AUX|aux:tense|2 dit|VERB|ROOT|2|dire que|SCONJ|mark|6 l'|DET|det|5 "
                  "armée|NOUN|nsubj|6 frapperait|VERB|ccomp|2|frapper .|PUNCT|punct|2")
    assert sa.threat(ctx(frapperait, "fr", cue=2, morph={6: "Mood=Cnd"})) == "Threat"
    poursuivraient = frapperait.replace("frapperait|VERB|ccomp|2|frapper", "continuerait|VERB|ccomp|2|continuer")
    assert sa.threat(ctx(poursuivraient, "fr", cue=2, morph={6: "Mood=Cnd"})) is None  # no harm
    va = ("Il|PRON|nsubj|2 a|AUX|aux:tense|2 dit|VERB|ROOT|2|dire qu'|SCONJ|mark|6 il|PRON|nsubj|6 "
          "va|AUX|aux|6|aller frapper|VERB|ccomp|2|frapper .|PUNCT|punct|2")
    assert sa.threat(ctx(va, "fr", cue=2)) == "Threat"


def test_threat_by_cue_or_promise_of_harm():
    menace = ("L'|DET|det|1 Iran|PROPN|nsubj|3 a|AUX|aux:tense|3 menacé|VERB|ROOT|3|menacer de|ADP|mark|5 "
              "frapper|VERB|xcomp|3|frapper .|PUNCT|punct|3")
    assert act(ctx(menace, "fr", cue=3)) == "Threat"
    vowed = "He|PRON|nsubj|1 vowed|VERB|ROOT|1|vow to|PART|aux|3 retaliate|VERB|xcomp|1|retaliate .|PUNCT|punct|1"
    assert sa.threat(ctx(vowed, cue=1)) == "Threat"
    vowed_peace = vowed.replace("retaliate|VERB|xcomp|1|retaliate", "negotiate|VERB|xcomp|1|negotiate")
    assert sa.threat(ctx(vowed_peace, cue=1)) is None
    promis = ("Il|PRON|nsubj|2 a|AUX|aux:tense|2 promis|VERB|ROOT|2|promettre de|ADP|mark|4 "
              "riposter|VERB|xcomp|2|riposter .|PUNCT|punct|2")
    assert sa.threat(ctx(promis, "fr", cue=2)) == "Threat"
    # a harm verb in the past governed by a plain speech verb is no threat
    said_struck = "He|PRON|nsubj|1 said|VERB|ROOT|1|say they|PRON|nsubj|3 struck|VERB|ccomp|1|strike .|PUNCT|punct|1"
    assert sa.threat(ctx(said_struck, cue=1)) is None


def test_reports_by_the_figures_in_the_reported_words():
    spec = ("Three|NUM|nummod|1 people|NOUN|nsubjpass|3 were|AUX|auxpass|3 killed|VERB|ccomp|5|kill ,|PUNCT|punct|5 "
            "officials|NOUN|nsubj|5 said|VERB|ROOT|5|say .|PUNCT|punct|5")
    text = parse(spec).text
    fig = CasualtyCandidate("killed", 3, "Exact", 0, 5, "Three", (0, len(text)))
    assert act(ctx(spec, cue=5, span=(0, text.index(",")), casualties=(fig,))) == "CasualtyReport"
    assert sa.casualty_report(ctx(spec, cue=5, span=(text.index(","), len(text)), casualties=(fig,))) is None
    assert sa.casualty_report(ctx(spec, cue=5)) is None
    w = WeaponCandidate("intercepted", 3, "Exact", 0, 5, "Three", "drones", "DroneStrike", (0, len(text)))
    assert sa.interception_report(ctx(spec, cue=5, weapons=(w,))) == "InterceptionReport"
    launched = WeaponCandidate("launched", 3, "Exact", 0, 5, "Three", "drones", "DroneStrike", (0, len(text)))
    assert sa.interception_report(ctx(spec, cue=5, weapons=(launched,))) is None  # launched is no interception


def test_damage_report_by_a_word_of_damage():
    spec = ("A|DET|det|1 strike|NOUN|nsubj|2 damaged|VERB|ccomp|6|damage a|DET|det|4 plant|NOUN|dobj|2 ,|PUNCT|punct|6 "
            "officials|NOUN|nsubj|6 said|VERB|ROOT|6|say .|PUNCT|punct|6")
    assert act(ctx(spec, cue=6)) == "DamageReport"
    fr = ("Des|DET|det|1 dégâts|NOUN|nsubj|2|dégât sont|AUX|cop|3 signalés|VERB|ROOT|3|signaler .|PUNCT|punct|3")
    assert sa.damage_report(ctx(fr, "fr")) == "DamageReport"
    other = spec.replace("damaged|VERB|ccomp|6|damage", "visited|VERB|ccomp|6|visit")
    assert act(ctx(other, cue=6)) is None  # no finder: the act is Other


def test_revendiquer_needs_an_attack_or_responsibility_as_its_object():
    destruction = ("Le|DET|det|1 ministère|NOUN|nsubj|3 a|AUX|aux:tense|3 revendiqué|VERB|ROOT|3|revendiquer "
                   "la|DET|det|5 destruction|NOUN|obj|3 de|ADP|case|8 17|NUM|nummod|8 drones|NOUN|nmod|5|drone "
                   ".|PUNCT|punct|3")
    assert sa.claim_of_responsibility(ctx(destruction, "fr", cue=3)) is None  # a count of drones destroyed
    tirs = A_REVENDIQUE.replace("l'|DET|det|5 attaque|NOUN|obj|3", "les|DET|det|5 tirs|NOUN|obj|3|tir")
    assert sa.claim_of_responsibility(ctx(tirs, "fr", cue=3)) == "Claim"


def test_destroying_weapons_is_no_damage_but_a_drone_destroying_a_house_is():
    drones = ("Air|NOUN|compound|1 defences|NOUN|nsubj|2 destroyed|VERB|ccomp|6|destroy 11|NUM|nummod|4 "
              "drones|NOUN|dobj|2|drone ,|PUNCT|punct|6 officials|NOUN|nsubj|6 said|VERB|ROOT|6|say .|PUNCT|punct|6")
    assert sa.damage_report(ctx(drones, cue=6)) is None
    house = ("A|DET|det|1 drone|NOUN|nsubj|2 destroyed|VERB|ccomp|6|destroy a|DET|det|4 house|NOUN|dobj|2 "
             ",|PUNCT|punct|6 officials|NOUN|nsubj|6 said|VERB|ROOT|6|say .|PUNCT|punct|6")
    assert sa.damage_report(ctx(house, cue=6)) == "DamageReport"
    fr = ("La|DET|det|1 défense|NOUN|nsubj|3 a|AUX|aux:tense|3 détruit|VERB|ROOT|3|détruire 23|NUM|obj|3 "
          "drones|NOUN|nmod|4|drone .|PUNCT|punct|3")
    assert sa.damage_report(ctx(fr, "fr")) is None
    grues = ("Deux|NUM|nummod|1 grues|NOUN|nsubj:pass|3|grue ont|AUX|aux:tense|3 été|AUX|aux:pass|3 "
             "détruites|VERB|ROOT|3|détruire .|PUNCT|punct|3")
    assert sa.damage_report(ctx(grues, "fr")) == "DamageReport"


def test_a_noun_of_interception_over_a_weapon_is_an_interception_report():
    spec = ("It|PRON|nsubj|1 claimed|VERB|ROOT|1|claim the|DET|det|3 destruction|NOUN|dobj|1 of|ADP|prep|3 "
            "30|NUM|nummod|6 drones|NOUN|pobj|4|drone .|PUNCT|punct|1")
    assert act(ctx(spec, cue=1)) == "InterceptionReport"
    bridge = spec.replace("30|NUM|nummod|6 drones|NOUN|pobj|4|drone", "the|DET|det|6 bridge|NOUN|pobj|4")
    assert sa.interception_report(ctx(bridge, cue=1)) is None  # the destruction of a bridge is no interception
