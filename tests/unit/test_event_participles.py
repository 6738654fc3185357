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
