"""The about-link rules of kg.link.about and event_groups.referred, on the real word table."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.link.about import (LOCATIVE, OVER, REGION_OF_TOWN, about_kinds, as_region_name, attack_of_its_day, attack_told_last, fits, general_remark,
                           named_in, points_back_at_all, same_speaker_topic, shared_names, speaker_place_names,
                           statement_told_last, told_day)
from kg.rdf.namespace import GENERIC_ATTACK
from kg.link.event_groups import referred
from kg.model import EventRecord, LinkedEvent, Span


@pytest.mark.parametrize("quote,cue", [
    ("any new attack on Russian cities would be met with a crushing response", "said"),
    ("if the strikes continued, the whole region could be dragged into war", "said"),
    ("it had the right to respond to any aggression", "said"),
    ("its policy on arms deliveries had not changed", "said"),
    ("both sides to show restraint", "urged"),
    ("its forces only target military sites", "said"),
    ("Moscow would respond at a time of its choosing", "said"),
    ("such attacks will not go unanswered", "said"),  # no reference back to one attack
    ('Moscow "reserves the right" to hit back', "said"),  # a right quoted apart from its verb
    ("rebels were increasingly using cheap drones against refineries", "said"),  # a trend
])
def test_general_remarks_en(quote: str, cue: str) -> None:
    assert general_remark(quote, cue, "en")


@pytest.mark.parametrize("quote,cue", [
    ("toute nouvelle attaque contre des villes russes recevrait une réponse ferme", "a prévenu"),
    ("si les frappes se poursuivaient, toute la région pourrait s'embraser", "a averti"),
    ("avoir le droit de répondre à toute agression", "a affirmé"),
    ("sa politique de livraisons d'armes n'avait pas changé", "a assuré"),
    ("les deux camps à faire preuve de retenue", "a exhorté"),
    ("la carte des cibles changera du jour au lendemain", "estime"),
    ("ses forces ne visaient que des sites militaires", "a répété"),
    ("les frappes continueront tant que l'armée bombardera nos villes", "a déclaré"),
    ("Kiev avait « tout le droit » de se défendre", "a affirmé"),  # un droit cité à part de son verbe
    ("les rebelles visent de plus en plus des centrales électriques", "estime"),  # une tendance
])
def test_general_remarks_fr(quote: str, cue: str) -> None:
    assert general_remark(quote, cue, "fr")


@pytest.mark.parametrize("quote,cue,lang", [
    ("repair crews had restored power to half of the city", "said", "en"),
    ("the strike showed contempt for international law", "said", "en"),
    ("three transformers were destroyed and repairs would take two weeks", "said", "en"),  # damage keeps it
    ("schools would open two hours late on Tuesday", "said", "en"),
    ("an independent investigation into the deaths", "called for", "en"),
    ("cette frappe montrait le mépris de Moscou pour le droit international", "a estimé", "fr"),  # imperfect, no future
    ("les secours fouillaient encore les décombres", "a indiqué", "fr"),
    ("le bilan pourrait s'alourdir, trois blessés étant dans un état grave", "a indiqué", "fr"),
    ("ils tiraient des roquettes depuis le village", "a raconté", "fr"),
    ("The American-Israeli aggression will not go unanswered until the blockade ends", "said", "en"),  # points back
    ("Ces raids ne nous feront pas reculer", "a déclaré", "fr"),
])
def test_reports_are_not_general(quote: str, cue: str, lang: str) -> None:
    assert not general_remark(quote, cue, lang)


def test_an_accusation_without_words_is_never_general() -> None:
    assert not general_remark(None, "blamed", "en")


def test_named_in_skips_where_the_weapon_came_from() -> None:
    forms = {"ev/kharkiv": {"Kharkiv"}, "ev/belgorod": {"Belgorod"}, "ev/sumy": {"Sumy"}}
    assert named_in("the attacks on Sumy and Kharkiv were a crime", forms) == ["ev/kharkiv", "ev/sumy"]
    assert named_in("glide bombs dropped from the Belgorod region hit Kharkiv", forms) == ["ev/kharkiv"]
    assert named_in("des bombes larguées depuis la région de Belgorod", forms) == []
    assert named_in("Sumyland is elsewhere", forms) == []  # whole words only


def test_about_kinds_follow_the_trace() -> None:
    trace = ("cue:speech_verb(say)", "about:attack_in_quote", "speaker:x", "about:attack_in_sentence")
    assert about_kinds(trace) == ["attack_in_quote", "attack_in_sentence"]


def _record(text: str, start: int, trigger: str, date: dt.date | None = None) -> EventRecord:
    ts = text.index(trigger, start)
    end = text.find(".", ts) + 1 or len(text)
    return EventRecord(event_class="https://w3id.org/geokg/ontology#Attack", trigger=Span(ts, ts + len(trigger), trigger),
                       sentence=Span(start, end, text[start:end]), places=[], sentence_places=[], perpetrators=[],
                       reported=False, definite=True, date_text=None, date=date, trace=())


def _event(iri: str, start: int, date: dt.date | None) -> LinkedEvent:
    return LinkedEvent(iri=iri, event_class="https://w3id.org/geokg/ontology#Attack", place=iri + "/place",
                       evidence=[Span(start, start + 5, "x")], date=date)


def test_referred_prefers_the_place_then_the_day_it_names() -> None:
    text = "A strike hit Nyala on Saturday. Drones hit Kosti on Sunday. The group blamed the army for the Nyala strike."
    monday, sunday = dt.date(2025, 2, 15), dt.date(2025, 2, 16)
    real = [_event("ev/nyala", 0, monday), _event("ev/kosti", 32, sunday)]
    rec = _record(text, text.index("The group"), "strike")
    got = referred(text, [rec], {}, real, named=lambda ev: named_in(ev.sentence.text, {"ev/nyala": {"Nyala"}, "ev/kosti": {"Kosti"}}))
    assert got == {0: "ev/nyala"}
    dated = _record(text.replace("the Nyala strike", "Saturday's strike"), text.index("The group"), "strike", monday)
    assert referred(text, [dated], {}, real, named=lambda ev: []) == {0: "ev/nyala"}
    undated = _record(text.replace("the Nyala strike", "the strike"), text.index("The group"), "strike")
    assert referred(text, [undated], {}, real, named=lambda ev: []) == {0: "ev/kosti"}  # told just before


@pytest.mark.parametrize("quote,lang", [
    ("the vessel had been in port all week and no attack took place", "en"),
    ("it had received no report of an incident", "en"),
    ("n'avoir reçu aucun signalement d'incident dans la zone", "fr"),
    ("poursuivre l'offensive jusqu'à la capitale", "fr"),
    ("ne pas publier d'images des impacts", "fr"),
    ("to keep targeting the port until the blockade ends", "en"),
])
def test_denials_and_aims_are_general(quote: str, lang: str) -> None:
    assert general_remark(quote, "said" if lang == "en" else "a indiqué", lang)


@pytest.mark.parametrize("quote,lang", [
    ("avoir abattu douze drones au-dessus de la région", "fr"),
    ("Entre dix et quinze maisons ont été touchées", "fr"),
    ("quatre chasseurs avaient participé à l'opération", "fr"),  # a number, not an infinitive
    ("to have intercepted all the missiles", "en"),
])
def test_past_infinitives_and_capitalised_openings_are_reports(quote: str, lang: str) -> None:
    assert not general_remark(quote, "a affirmé" if lang == "fr" else "claimed", lang)


def test_a_place_two_attacks_share_names_neither() -> None:
    forms = {"ev/a": {"Shiraz"}, "ev/b": {"Shiraz"}, "ev/c": {"Hadera"}}
    assert named_in("the attacks on Shiraz and Hadera", forms) == ["ev/c"]


@pytest.mark.parametrize("quote,cue,lang", [
    ("viser délibérément des quartiers résidentiels", "a accusé", "fr"),  # an accusation reports the act
    ("deliberately targeting homes", "accused", "en"),
    ("it could not have been carried out without foreign specialists", "said", "en"),  # past, not a forecast
    ("le dépôt aurait été touché par deux drones", "a indiqué", "fr"),  # reporting conditional
    ("reckless escalation", "called", "en"),  # "called" alone names
])
def test_accusations_and_past_are_not_general(quote: str, cue: str, lang: str) -> None:
    assert not general_remark(quote, cue, lang)


@pytest.mark.parametrize("before,where", [
    ("debris had fallen near a hotel in ", True),
    ("des débris sont tombés dans le village de ", True),
    ("une femme a été blessée à ", True),
    ("le mépris de ", False),  # a capital as an actor
    ("to keep supporting ", False),
    ("soutenir ", False),
])
def test_a_town_where_something_happened(before: str, where: bool) -> None:
    assert bool(LOCATIVE.search(before)) is where


def test_a_mention_told_of_a_place_no_attack_hit_refers_to_none() -> None:
    text = "Jets struck Hodeidah port on Friday. Fragments of the intercepted missile fell in Eilat."
    real = [_event("ev/hodeidah", 0, None)]
    rec = _record(text, text.index("Fragments"), "missile")
    assert referred(text, [rec], {}, real, named=lambda ev: None) == {}
    assert referred(text, [rec], {}, real, named=lambda ev: []) == {0: "ev/hodeidah"}


@pytest.mark.parametrize("words,lang,back", [
    ("the president had been informed of the attacks", "en", True),
    ("these strikes were a crime", "en", True),
    ("the attacks on civilians must stop", "en", False),  # a kind of attack, not the ones told
    ("such attacks will not go unanswered", "en", False),
    ("L'armée a imputé ces attaques à l'Ukraine", "fr", True),
    ("les deux frappes avaient fait six blessés", "fr", True),
    ("les attaques contre des civils pouvaient constituer des crimes de guerre", "fr", False),
    ("une attaque terroriste", "fr", False),
])
def test_a_plural_points_back_at_all_attacks_told(words: str, lang: str, back: bool) -> None:
    assert points_back_at_all(words, lang) is back


def _attack(iri: str, *starts: int) -> LinkedEvent:
    return LinkedEvent(iri=iri, event_class="gev:DroneStrike", place=f"place:{iri}",
                       evidence=[Span(s, s + 5, "xxxxx") for s in starts])


def test_statement_told_last_keeps_the_place_named_before() -> None:
    # Odesa told at 0, Kursk at 60, "Odesa's governor said …" at 120: a statement at 200 stays on Odesa
    real = [_attack("odesa", 0), _attack("kursk", 60)]
    assert statement_told_last(real, 200, [(120, ["odesa"])]) == "odesa"


def test_statement_told_last_yields_to_an_attack_told_after() -> None:
    real = [_attack("odesa", 0), _attack("kursk", 150)]
    assert statement_told_last(real, 200, [(120, ["odesa"])]) is None


def test_statement_told_last_needs_one_attack_before() -> None:
    real = [_attack("odesa", 0), _attack("kursk", 60)]
    assert statement_told_last(real, 200, [(120, ["odesa", "kursk"])]) is None
    assert statement_told_last(real, 200, []) is None
    assert statement_told_last(real, 100, [(120, ["odesa"])]) is None  # told after the statement


def test_attack_of_its_day() -> None:
    monday, tuesday = dt.date(2025, 3, 10), dt.date(2025, 3, 11)
    real = [LinkedEvent("a", "gev:DroneStrike", "p:a", [], date=monday),
            LinkedEvent("b", "gev:Shelling", "p:b", [], date=tuesday)]
    assert attack_of_its_day(GENERIC_ATTACK, monday, real) == "a"
    assert attack_of_its_day("gev:DroneStrike", monday, real) == "a"
    assert attack_of_its_day("gev:Shelling", monday, real) is None  # another kind of attack
    assert attack_of_its_day(GENERIC_ATTACK, None, real) is None
    two = real + [LinkedEvent("c", "gev:AirStrike", "p:c", [], date=monday)]
    assert attack_of_its_day(GENERIC_ATTACK, monday, two) is None  # two attacks that day


@pytest.mark.parametrize("quote,lang", [
    ("the drone had hit a depot on the right bank of the river", "en"),
    ("le drone avait touché un dépôt sur la rive droite du fleuve", "fr"),
    ("the fire was spreading more and more slowly after the strike killed two workers", "en"),
])
def test_rights_and_trends_need_their_words(quote: str, lang: str) -> None:
    # "right bank" is no right, and casualties keep a trend remark about its attack
    assert not general_remark(quote, "said" if lang == "en" else "a dit", lang)


@pytest.mark.parametrize("quote,lang", [
    ('Moscow would answer these strikes "in kind"', "en"),
    ("the town would never forget this attack", "en"),
    ("Moscou répondrait à ces attaques « de la même manière »", "fr"),
    ("les habitants n'oublieraient jamais cette attaque", "fr"),
])
def test_a_remark_pointing_back_is_about_the_attacks(quote: str, lang: str) -> None:
    assert not general_remark(quote, "said" if lang == "en" else "a déclaré", lang)


@pytest.mark.parametrize("quote,sentence,lang", [
    ("Russia moved its drone crews south, these strikes could become daily",
     "He said that if Russia moved its drone crews south, these strikes could become daily", "en"),
    ("la Russie déplaçait des drones vers le sud, ces frappes pourraient devenir quotidiennes",
     "Elle a estimé que si la Russie déplaçait des drones vers le sud, ces frappes pourraient devenir quotidiennes", "fr"),
    ("said that strikes would go on", "", "en"),  # "that" opens a clause, it points at nothing
])
def test_a_conditional_or_no_demonstrative_stays_general(quote: str, sentence: str, lang: str) -> None:
    assert general_remark(quote, "said" if lang == "en" else "a estimé", lang, sentence)


@pytest.mark.parametrize("quote,lang,general", [
    ("no drones had been detected over the Lgov district", "en", True),
    ("no rockets were spotted crossing from Lebanon", "en", True),
    ("aucun drone n'avait été repéré au-dessus du district", "fr", True),
    ("aucune roquette n'a été détectée en provenance du Liban", "fr", True),
    ("no one was hurt when the drone hit the depot", "en", False),  # damage told: about the attack
    ("aucun appareil n'a été touché sur l'aérodrome", "fr", False),
])
def test_a_denial_that_any_weapon_was_seen(quote: str, lang: str, general: bool) -> None:
    assert general_remark(quote, "said" if lang == "en" else "a assuré", lang) is general


def test_fits_by_class_and_day() -> None:
    monday, tuesday = dt.date(2025, 3, 10), dt.date(2025, 3, 11)
    drone = LinkedEvent("a", "gev:DroneStrike", "p:a", [], date=monday)
    assert fits("gev:DroneStrike", monday, drone)
    assert fits("gev:DroneStrike", None, drone)  # an untold day fits any
    assert fits(GENERIC_ATTACK, monday, drone)  # "the attack" fits any class
    assert not fits("gev:MissileStrike", monday, drone)
    assert not fits("gev:DroneStrike", tuesday, drone)
    rockets = LinkedEvent("b", "https://w3id.org/geokg/ontology#Shelling", "p:b", [], date=monday)
    assert fits("https://w3id.org/geokg/ontology#MissileStrike", None, rockets)  # reports mix them up
    assert not fits("https://w3id.org/geokg/ontology#MissileStrike", tuesday, rockets)
    assert not fits("https://w3id.org/geokg/ontology#AirStrike", monday, rockets)


def test_attack_told_last_yields_to_an_attack_not_found() -> None:
    # Kryvyi Rih told at 0; "a drone hit a minibus on a country road" (no node) at 100
    real = [_attack("kryvyi-rih", 0)]
    assert attack_told_last(real, 50, [100]) == "kryvyi-rih"  # the statement comes before it
    assert attack_told_last(real, 100, [100]) is None  # its own sentence tells the other attack
    assert attack_told_last(real, 180, [100]) is None  # the follow-up reacts to it too
    assert attack_told_last(real + [_attack("tyotkino", 150)], 180, [100]) == "tyotkino"  # told after it
    assert attack_told_last(real, 180, []) == "kryvyi-rih"


def test_attack_told_last_is_the_first_when_none_was_told_before() -> None:
    real = [_attack("voronezh", 300), _attack("lipetsk", 900)]
    assert attack_told_last(real, 100) == "voronezh"
    assert attack_told_last([], 100) is None


def test_statement_told_last_yields_to_an_attack_not_found() -> None:
    real = [_attack("odesa", 0)]
    assert statement_told_last(real, 200, [(120, ["odesa"])], [150]) is None
    assert statement_told_last(real, 200, [(120, ["odesa"])], [100]) == "odesa"


@pytest.mark.parametrize("text,name,region", [
    ("a radar station near the town of Rylsk in the Kursk region", "Kursk", True),
    ("the Morozovsk air base in Russia's Rostov region", "Rostov", True),
    ("une station radar près de Rylsk, dans la région de Koursk", "Koursk", True),
    ("une voiture à Nikolskoïe, dans le district de Belgorod", "Belgorod", True),
    ("47 drones over the Ryazan region", "Ryazan", False),  # where drones were downed: the Ryazan attack
    ("31 drones au-dessus de la région de Riazan", "Riazan", False),
    ("the strike on Kursk", "Kursk", False),
    ("la frappe sur Koursk", "Koursk", False),
])
def test_a_town_name_read_as_its_region(text: str, name: str, region: bool) -> None:
    i = text.index(name)
    assert as_region_name(text, i, i + len(name)) is region


def test_named_in_skips_a_town_read_as_a_region_only_for_town_attacks() -> None:
    forms = {"ev/rylsk": {"Rylsk"}, "ev/kursk": {"Kursk"}}
    words = "its forces hit a radar near Rylsk in the Kursk region"
    assert named_in(words, forms, towns={"ev/rylsk", "ev/kursk"}) == ["ev/rylsk"]
    assert named_in(words, forms, towns={"ev/rylsk"}) == ["ev/rylsk", "ev/kursk"]  # an attack placed at the region
    assert named_in("the attacks on Rylsk and Kursk", forms, towns={"ev/rylsk", "ev/kursk"}) == ["ev/rylsk", "ev/kursk"]


@pytest.mark.parametrize("before,over", [
    ("air defences destroyed 38 drones over the ", True),
    ("17 drones au-dessus de la région de ", True),
    ("neuf autres au-dessus de celle de ", True),
    ("missiles shot down above ", True),
    ("a depot near Lgov in the ", False),  # where a town lies, not where weapons were downed
    ("dans la région de ", False),
    ("drones launched from the ", False),
])
def test_weapons_downed_over_a_region(before: str, over: bool) -> None:
    assert bool(OVER.search(before)) is over


@pytest.mark.parametrize("around,region", [
    ("au-dessus de la région de |", True),
    ("au-dessus de celle de |", True),
    ("over the | region overnight", True),
    ("over the |'s region", True),
    ("over | overnight", False),  # the town itself
    ("au-dessus de | dans la nuit", False),
])
def test_a_town_name_standing_for_its_region(around: str, region: bool) -> None:
    assert bool(REGION_OF_TOWN.search(around)) is region


def test_referred_takes_the_attack_told_last_in_its_paragraph() -> None:
    text = ('Drones hit a depot in Chernihiv on Monday. Sea drones struck a boat in Novorossiysk on Tuesday. '
            '"Two were wounded," the navy said. It said the results of the strike were being assessed.')
    real = [_event("ev/chernihiv", 0, None), _event("ev/novorossiysk", text.index("Sea drones"), None)]
    rec = _record(text, text.index("It said"), "strike")
    assert referred(text, [rec], {}, real, named=lambda ev: []) == {0: "ev/novorossiysk"}
    # in a paragraph of its own, with no attack told in it, the article's main attack
    apart = text.replace(' "Two', '\n\n"Two')
    rec = _record(apart, apart.index("It said"), "strike")
    assert referred(apart, [rec], {}, real, named=lambda ev: []) == {0: "ev/chernihiv"}


@pytest.mark.parametrize("window,role,names", [
    ("Novorossiysk’s mayor, Andrei Chernov", "mayor", [("Novorossiysk", False)]),
    ("Moscow Mayor Sergei Sobyanin", "Mayor", [("Moscow", False)]),
    ("the governor of the Ryazan region", "governor", [("Ryazan", True)]),
    ("La mairie de Riazan", None, [("Riazan", False)]),
    ("Le maire d'Odessa, Petro Hnatiouk", None, [("Odessa", False)]),
    ("le gouverneur de la région de Koursk, Alexeï Smirnov", "gouverneur", [("Koursk", True)]),
    ("Mayor Sergei Sobyanin", "Mayor", []),  # no town told
    ("le gouverneur de la région, Pavel Malkov", "gouverneur", []),
    ("Russia's defence ministry", None, []),  # no office in a town
    ("Ukraine's foreign minister, Anton Hrytsenko", "minister", [("Ukraine", False)]),  # a country: the linker drops it
])
def test_the_place_a_speaker_holds_office_in(window: str, role: str | None, names: list) -> None:
    assert speaker_place_names(window, role) == names


@pytest.mark.parametrize("words,earlier,shared", [
    ("restrictions at Domodedovo and Zhukovsky have been lifted",
     'it has halted flights at Domodedovo and Zhukovsky airports', {"Domodedovo", "Zhukovsky"}),
    ("la circulation sur la ligne de Nijyn était redevenue normale",
     "les trains de la ligne de Nijyn avaient quatre heures de retard", {"Nijyn"}),
    ("The city is calm", "The fire is out", set()),  # an opening capital is no name
    ("the fire in Kharkiv was out", "drones hit Kharkiv", set()),  # an attack's place: excluded
    ("le calme est revenu", "les pompiers sont sur place", set()),
])
def test_names_two_statements_share(words: str, earlier: str, shared: set) -> None:
    assert shared_names(words, earlier, exclude=["Kharkiv"]) == shared


def test_same_speaker_topic_needs_the_same_speaker_and_a_shared_name() -> None:
    real = [_attack("moscow", 0), _attack("ryazan", 300)]
    said = [("rosaviatsia", "it halted flights at Domodedovo airport", ["moscow"]),
            ("general-staff", "its forces struck the Ryazan refinery", ["ryazan"])]
    assert same_speaker_topic("rosaviatsia", "restrictions at Domodedovo were lifted", said, real) == "moscow"
    assert same_speaker_topic("rosaviatsia", "restrictions were lifted", said, real) is None  # no name shared
    assert same_speaker_topic("mayor", "restrictions at Domodedovo were lifted", said, real) is None  # another speaker
    assert same_speaker_topic("rosaviatsia", None, said, real) is None


@pytest.mark.parametrize("words,named", [
    ("shells struck a substation in Nikopol, cutting power to Marhanets for six hours", ["ev/nikopol"]),
    ("des obus ont frappé une sous-station à Nikopol, coupant le courant à Marhanets", ["ev/nikopol"]),
    ("the attacks on Nikopol and Marhanets", ["ev/marhanets", "ev/nikopol"]),  # both hit
    ("les frappes sur Nikopol et Marhanets", ["ev/marhanets", "ev/nikopol"]),
])
def test_a_town_a_supply_was_cut_to_is_no_place_hit(words: str, named: list) -> None:
    forms = {"ev/marhanets": {"Marhanets"}, "ev/nikopol": {"Nikopol"}}
    assert named_in(words, forms) == named


@pytest.mark.parametrize("text,kept", [
    ("early on Tuesday", True), ("mardi soir", True), ("on 12 June", True), ("hier", True), ("la veille", True),
    ("overnight", False), ("dans la nuit", False), ("This week", False), (None, False),
])
def test_told_day_keeps_a_day_named_outright(text: str | None, kept: bool) -> None:
    day = dt.date(2024, 6, 11)
    assert (told_day(day, text) == day) is kept
