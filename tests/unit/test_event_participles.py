"""A past participle set off by a comma after a landmark ("la raffinerie de Riazan, à quelque
200 kilomètres au sud-est de Moscou, frappée par des drones") describes the facility, not the
landmark; and an attack told in the future is no event. Real models, gazetteer and linker."""
from __future__ import annotations

import pytest

from tests.unit.test_event_antecedents import event_places


@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Un incendie s'est déclaré mardi dans la raffinerie de Riazan, à quelque 200 kilomètres au sud-est "
           "de Moscou, frappée par des drones ukrainiens.", "Ryazan"),
    ("fr", "Un incendie s'est déclaré mardi dans le dépôt pétrolier de Liski, à une centaine de kilomètres au sud "
           "de Voronej, touché par des drones ukrainiens.", "Liski"),
    ("en", "A fire broke out overnight at the Saratov oil refinery, some 700 km south-east of Moscow, hit by "
           "Ukrainian drones.", "Saratov"),
])
def test_a_participle_after_a_landmark_describes_the_facility(lang, text, place):
    assert event_places(lang, text) == [place]


@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Des drones ont visé mardi la gare de Koursk, à 90 kilomètres de la frontière.", "Kursk"),
    ("en", "Drones struck a depot in Liski, 100 km south of Voronezh, on Tuesday.", "Liski"),
])
def test_a_landmark_is_never_the_place_hit(lang, text, place):
    assert event_places(lang, text) == [place]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le commandant a assuré que les frappes contre les raffineries de Briansk continueront tant que la "
           "Russie bombardera Kharkiv."),
    ("en", "Ukrainian drones will keep hitting refineries in the Bryansk region, a commander said on Thursday."),
])
def test_an_attack_told_in_the_future_is_no_event(lang, text):
    assert event_places(lang, text) == []


# ---------- the class told by a campaign noun ----------

def event_classes(lang: str, text: str) -> list[str]:
    from kg.nlp.pipeline import load_pipeline
    doc = load_pipeline(lang)(text)
    return [e["event_class"] for e in doc._.geokg_events if not e.get("blocked")]


@pytest.mark.parametrize("lang,text,cls", [
    ("fr", "L'armée a affirmé avoir frappé lundi des lanceurs de missiles près de Kermanchah, dans l'ouest de "
           "l'Iran, au quatrième jour de sa campagne aérienne.", "AirStrike"),
    ("en", "The military said it struck a weapons depot near Tyre on Tuesday, on the fifth day of its air "
           "campaign against Hezbollah.", "AirStrike"),
])
def test_a_campaign_noun_tells_the_class_however_far(lang, text, cls):
    assert cls in event_classes(lang, text)


@pytest.mark.parametrize("lang,text,cls", [
    ("en", "Russian artillery shelled Kherson on Monday, a week after Moscow resumed its missile campaign.", "Shelling"),
    ("fr", "L'artillerie russe a pilonné Kherson lundi, une semaine après la reprise de sa campagne de missiles.",
     "Shelling"),
])
def test_the_attack_s_own_weapon_wins_over_a_campaign(lang, text, cls):
    assert event_classes(lang, text)[0] == cls


# ---------- a bare "since"; the subject's weapon; a demonym that picks the homonym ----------

@pytest.mark.parametrize("lang,text,place", [
    ("en", "Israeli warplanes have since struck a rocket launcher in the south Lebanese village of Houla.", "Houla"),
    ("fr", "Des avions israéliens ont depuis frappé un lance-roquettes dans le village libanais de Houla.", "Houla"),
])
def test_a_bare_since_is_afterwards_and_a_demonym_picks_the_homonym(lang, text, place):
    assert event_places(lang, text) == [place]


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli jets have struck the Lebanese village of Houla repeatedly since January."),
    ("fr", "L'aviation israélienne a frappé le village libanais de Houla à plusieurs reprises depuis janvier."),
])
def test_since_with_a_time_is_still_a_habit(lang, text):
    assert event_places(lang, text) == []


@pytest.mark.parametrize("lang,text,cls", [
    ("en", "Israeli jets struck a Hezbollah rocket launcher near Tyre on Monday.", "AirStrike"),
    ("fr", "Des drones ont frappé lundi un lance-roquettes près de Kherson.", "DroneStrike"),
    ("fr", "Les forces russes ont bombardé Soumy avec des lance-roquettes mardi.", "Shelling"),
])
def test_the_subject_s_weapon_makes_the_object_s_a_target(lang, text, cls):
    assert event_classes(lang, text)[0] == cls


def test_a_perpetrator_demonym_picks_no_homonym():
    # "Russian drones hit …": the demonym names the attacker, not the town's country
    assert event_places("en", "Russian drones hit the city of Odesa on Monday.") == ["Odesa"]
    assert event_places("fr", "Des drones russes ont frappé lundi la ville d'Odessa.") == ["Odesa"]


# ---------- an explosion whose weapon the next sentence names ----------

@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Vers 4 heures mardi, une forte explosion a secoué une usine chimique de Briansk. Il s'agissait d'un "
           "drone, a reconnu le gouverneur.", "Bryansk"),
    ("en", "Shortly before dawn on Thursday an explosion rocked a fuel depot on the outskirts of Belgorod. It was "
           "a Ukrainian drone, the governor said later.", "Belgorod"),
])
def test_an_explosion_is_an_attack_when_the_next_sentence_names_the_weapon(lang, text, place):
    assert event_places(lang, text) == [place]
    assert "DroneStrike" in event_classes(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "An explosion tore through a gas station in Makhachkala on Monday. Investigators said a gas leak caused it."),
    ("fr", "Une explosion a secoué lundi un immeuble de Makhachkala. Selon les pompiers, il s'agissait d'une fuite de gaz."),
    ("fr", "Une explosion a secoué lundi un entrepôt de Belgorod. Ce n'était pas un drone, selon le gouverneur."),
])
def test_an_explosion_with_no_weapon_or_a_denied_one_is_no_attack(lang, text):
    assert event_places(lang, text) == []


def test_the_names_of_a_mention_run_over_a_near_phrase():
    from kg.link.place_phrase import near_parts
    assert near_parts("Moshav Amirim near Safed") == ["Moshav Amirim", "Safed"]
    assert near_parts("Kozinka près de Graïvoron") == ["Kozinka", "Graïvoron"]
    assert near_parts("Kiryat Shmona") == []


# ---------- "c'était au tour de X": the attack before, repeated on X ----------

def test_the_turn_of_a_target_repeats_the_attack_before():
    text = ("Dans la nuit de samedi à dimanche, des drones ukrainiens ont frappé le dépôt pétrolier de Liski. "
            "Le lendemain soir, c'était au tour de l'aérodrome de Millerovo, dans la région de Rostov.")
    assert event_places("fr", text) == ["Liski", "Millerovo"]
    assert event_classes("fr", text) == ["DroneStrike", "DroneStrike"]
    text = ("Ukrainian drones struck an oil depot in Liski overnight into Sunday. The next evening it was the turn "
            "of the Millerovo air base in the Rostov region.")
    assert event_places("en", text) == ["Liski", "Millerovo"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, l'armée russe a pilonné Kherson. Mercredi, c'était au tour de Kiev de répondre aux journalistes."),
    ("fr", "C'était au tour de Millerovo d'accueillir le festival, a dit le maire."),
    ("en", "The talks were held in Geneva. Next it was the turn of Vienna."),
])
def test_a_turn_to_do_something_or_with_no_attack_before_is_none(lang, text):
    assert "Millerovo" not in event_places(lang, text) and "Vienna" not in event_places(lang, text)
    assert "Kyiv" not in event_places(lang, text)


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Two loud blasts shook the airport of Qamishli early on Tuesday. A military source said Israeli jets "
           "had struck an arms depot there.", "Qamishli"),
    ("fr", "Plusieurs détonations ont secoué mardi à l'aube le port de Tartous. Un responsable a ensuite confirmé "
           "que des avions israéliens avaient frappé un dépôt d'armes.", "Ţarţūs"),
])
def test_a_blast_takes_the_class_of_a_carrier_told_next(lang, text, place):
    assert event_places(lang, text) == [place]
    assert "AirStrike" in event_classes(lang, text)
