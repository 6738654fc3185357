"""Day rules of the events component, each with a case where it applies and one where it
must not (a wrong day is worse than none).

* A fronted anchored phrase ("The day before the port strike, drones hit X") dates the main
  clause's attack from the complement's, not the reverse; the attack noun inside the
  complement ("the shelling") names another attack and takes no place from the verb.
* A day phrase the parser split across the act and a speech verb ("tuées jeudi après-midi
  …, ont indiqué") is the act's day, not the day it was said.
* Small-hours clock times ("shortly after 1 a.m.", "vers 3 heures") date like a bare night,
  but only when no earlier day was told; a named night told days before publication dates
  a bare night only when told just before it; a round-up opened by one night dates the
  attacks it tells with no time of their own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.model import DateMention, EventCandidate, PlaceCandidate, Span
from kg.nlp.dates import complement_end, find_time_expressions, is_clock_time, is_night, resolve, takes_complement
from kg.nlp.events import EventExtractor
from kg.nlp.extensions import records
from kg.nlp.extract import _clock_day, _framing_night, _older_night
from tests.unit.test_finders import parse

EN = EventExtractor("en")
FR = EventExtractor("fr")

# ---------- fronted anchored phrases ----------

FRONTED = ("Two|NUM|nummod|1 days|NOUN|npadvmod|2 after|ADP|prep|8 the|DET|det|4 shelling|NOUN|pobj|2 "
           ",|PUNCT|punct|8 a|DET|det|7 drone|NOUN|nsubj|8 struck|VERB|ROOT|8|strike a|DET|det|11 "
           "bus|NOUN|compound|11 station|NOUN|dobj|8 in|ADP|prep|11 Marhanets|PROPN|pobj|12 .|PUNCT|punct|8")
INSIDE = ("Missiles|NOUN|nsubj|1|missile struck|VERB|ROOT|1|strike Belgorod|PROPN|dobj|1 a|DET|det|4 "
          "day|NOUN|npadvmod|5 after|SCONJ|mark|7 drones|NOUN|nsubj|7|drone hit|VERB|advcl|1 "
          "Kursk|PROPN|dobj|7 .|PUNCT|punct|1")
FR_FRONTED = ("La|DET|det|1 veille|NOUN|obl:mod|9 de|ADP|case|4 cette|DET|det|4 frappe|NOUN|nmod|1 "
              ",|PUNCT|punct|1 des|DET|det|7 drones|NOUN|nsubj|9|drone ont|AUX|aux:tense|9 "
              "touché|VERB|ROOT|9|toucher Korosten|PROPN|obj|9 .|PUNCT|punct|9")


def test_the_main_clause_after_a_fronted_phrase_counts_from_the_complement():
    doc = parse(FRONTED, "en", {13: "GPE"})
    d = EN.date_text(doc[8], doc[:])
    assert d.text == "Two days after" and d.told_before and not d.inverse
    doc = parse(FR_FRONTED, "fr", {10: "LOC"})
    d = FR.date_text(doc[9], doc[:])
    assert d.text == "La veille" and d.told_before and not d.inverse


def test_the_attack_inside_the_complement_is_still_the_one_counted_from():
    doc = parse(INSIDE, "en", {2: "GPE", 8: "GPE"})
    assert EN.date_text(doc[7], doc[:]).inverse  # "a day after drones hit Kursk": Kursk is the day before
    assert not EN.date_text(doc[1], doc[:]).inverse


def test_the_attack_noun_of_the_complement_takes_no_place_from_the_verb():
    evs = records(EN(parse(FRONTED, "en", {13: "GPE"})), EventCandidate)
    by_trigger = {e.trigger.text: e for e in evs}
    assert [p.text for p in by_trigger["struck"].places] == ["Marhanets"]
    assert "shelling" not in by_trigger or not by_trigger["shelling"].places
    assert EN.counted_from(parse(FRONTED, "en", {13: "GPE"})[4])
    # no anchored day before it: an attack noun on the verb keeps the verb's target
    plain = parse("An|DET|det|1 attack|NOUN|nsubj|2 damaged|VERB|ROOT|2|damage a|DET|det|4 depot|NOUN|dobj|2 "
                  "in|ADP|prep|4 Yelets|PROPN|pobj|5 .|PUNCT|punct|2", "en", {6: "GPE"})
    assert not EN.counted_from(plain[1])


def test_a_complement_closes_at_the_comma():
    text = "The day before the port strike, drones hit Mykolaiv."
    assert complement_end(text, len("The day before"), len(text)) == text.index(",")
    assert complement_end("a day after drones hit Kursk.", 11, 29) == 29


@pytest.mark.parametrize("expression,following,expected", [
    ("deux jours après", " ce bombardement, un drone", True),
    ("two days after", " that strike, a drone", True),
    ("deux jours après", " cela, un drone", False),
    ("a day after", " this, drones hit", False),
])
def test_a_demonstrative_determiner_opens_a_complement(expression, following, expected):
    assert takes_complement(expression, following) is expected


# ---------- a day phrase split by the parser ----------

SPLIT = ("Onze|NUM|nummod|1 personnes|NOUN|nsubj:pass|4|personne ont|AUX|aux:tense|4 été|AUX|aux:pass|4 "
         "tuées|VERB|advmod|6|tuer jeudi|NOUN|obl:mod|4 après-midi|NOUN|obl:mod|14 dans|ADP|case|9 "
         "un|DET|det|9 bombardement|NOUN|nmod|6 ,|PUNCT|punct|14 ont|AUX|aux:tense|14 les|DET|det|13 "
         "autorités|NOUN|nsubj|14|autorité indiqué|VERB|ROOT|14|indiquer .|PUNCT|punct|14")
SAID = ("Des|DET|det|1 drones|NOUN|nsubj|3|drone ont|AUX|aux:tense|3 frappé|VERB|ROOT|3|frapper "
        "Koursk|PROPN|obj|3 ,|PUNCT|punct|7 a|AUX|aux:tense|7 indiqué|VERB|parataxis|3|indiquer "
        "lundi|NOUN|obl:mod|7 le|DET|det|10 gouverneur|NOUN|nsubj|7 .|PUNCT|punct|3")


def test_a_day_phrase_split_between_the_act_and_the_speech_verb_is_the_acts():
    doc = parse(SPLIT, "fr")
    d = FR.date_text(doc[9], doc[:])
    assert d is not None and d.text == "jeudi après-midi"


def test_a_day_on_the_speech_verb_alone_is_when_it_was_said():
    doc = parse(SAID, "fr", {4: "LOC"})
    assert FR.date_text(doc[3], doc[:]) is None


# ---------- small-hours clock times ----------

@pytest.mark.parametrize("text,lang,expected", [
    ("shortly after 1 a.m., a missile", "en", "shortly after 1 a.m."),
    ("at about 2 a.m. on the city", "en", "at about 2 a.m."),
    ("drones came after midnight", "en", "after midnight"),
    ("01:05 – The mayor posts", "en", "01:05"),
    ("Vers 3 heures, une explosion", "fr", "Vers 3 heures"),
    ("peu après 1 h 30, un drone", "fr", "peu après 1 h 30"),
    ("Peu après minuit, des drones", "fr", "Peu après minuit"),
])
def test_small_hours_are_a_night(text, lang, expected):
    found = find_time_expressions(text, lang)
    assert [f.text for f in found] == [expected]
    assert is_clock_time(expected, lang) and is_night(expected, lang)
    assert resolve(expected, lang, dt.date(2025, 2, 13)) is None  # the caller decides (``_clock_day``)


@pytest.mark.parametrize("text,lang", [
    ("at 11 a.m. the council met", "en"), ("at 3 p.m. drones", "en"), ("at 3pm", "en"),
    ("les trains ont circulé avec 2 heures de retard", "fr"), ("pendant près de trois heures", "fr"),
    ("Mis à jour à 12 h 45.", "fr"), ("à 18 heures, un missile", "fr"),
])
def test_daytime_hours_and_durations_are_no_night(text, lang):
    assert not any(is_clock_time(f.text, lang) for f in find_time_expressions(text, lang))


def test_a_clock_time_is_the_report_day_only_when_no_earlier_day_was_told():
    thursday, wednesday, monday = dt.date(2025, 2, 13), dt.date(2025, 2, 12), dt.date(2025, 2, 10)
    assert _clock_day([], thursday, 50) == thursday
    assert _clock_day([(0, wednesday, True)], thursday, 50) == thursday  # "late on Wednesday … 3 a.m."
    assert _clock_day([(0, thursday, False)], thursday, 50) == thursday
    assert _clock_day([(0, monday, False)], thursday, 50) is None  # "on Monday … at around 4 a.m."
    assert _clock_day([(0, wednesday, False)], thursday, 50) is None  # "on Wednesday … at 3 a.m.": which night?
    assert _clock_day([(80, monday, False)], thursday, 50) == thursday  # told after it


def test_a_clock_time_beside_a_day_gives_way_to_the_day():
    spec = ("Un|DET|det|1 drone|NOUN|nsubj|2 a|AUX|aux:tense|3 frappé|VERB|ROOT|3|frapper mardi|NOUN|obl:mod|3 "
            "vers|ADP|case|7 3|NUM|nummod|7 heures|NOUN|obl:mod|3|heure Belgorod|PROPN|obj|3 .|PUNCT|punct|3")
    doc = parse(spec, "fr", {8: "LOC"})
    assert FR.date_text(doc[3], doc[:]).text == "mardi"


# ---------- named nights and round-ups ----------

def _candidate(start: int, date_start: int | None = None, places: bool = False, text: str = "") -> EventCandidate:
    date = DateMention(date_start, date_start + 9, "overnight") if date_start is not None else None
    place = (PlaceCandidate(start + 10, start + 15, "Kursk", "GPE", True),) if places else ()
    return EventCandidate("DroneStrike", Span(start, start + 6, "struck"), "VERB", (start, start + 40),
                          places=place, date=date)


def test_a_bare_night_after_an_older_named_night_is_that_night_only_when_told_just_before():
    tuesday = dt.date(2024, 12, 3)
    text = "Drones hit Azov overnight into Tuesday.\n\nDrones were downed overnight." + "\n\nMore.\n\nThe end, overnight."
    near = text.index("overnight.")
    far = text.rindex("overnight")
    assert _older_night(text, [(16, tuesday)], _candidate(near - 20, near)) == (tuesday,)
    assert _older_night(text, [(16, tuesday)], _candidate(far - 20, far)) == (None,)  # told further away: no day
    assert _older_night(text, [], _candidate(near - 20, near)) is None


ROUNDUP = "La nuit en bref\n\nCe que l'on sait de la nuit de lundi à mardi.\n\nKoursk. Un drone a touché une centrale."


def test_a_round_up_opened_by_one_night_frames_its_attacks():
    night = ROUNDUP.index("la nuit de lundi")
    tuesday = dt.date(2025, 5, 20)
    end, day = _framing_night(ROUNDUP, [(night, tuesday)], [_candidate(ROUNDUP.index("touché"), places=True)], 16)
    assert day == tuesday and end == ROUNDUP.index("\n\nKoursk")


def test_an_opening_that_reports_an_attack_frames_nothing():
    text = "Dépôt touché\n\nDes drones ont frappé Koursk dans la nuit de lundi à mardi.\n\nUn drone a aussi touché Lipetsk."
    night = text.index("la nuit")
    cands = [_candidate(text.index("frappé"), places=True)]
    assert _framing_night(text, [(night, dt.date(2025, 5, 20))], cands, 13) is None
    # nor does an opening with no named night
    assert _framing_night("T\n\nVoici les faits.\n\nUn drone a touché Koursk.", [], [], 2) is None


def test_a_clock_time_of_the_triggers_own_clause_is_kept_beside_another_clauses_day():
    spec = ("A|DET|det|1 drone|NOUN|nsubj|2 hit|VERB|ROOT|2|hit Moscow|PROPN|dobj|2 late|ADV|advmod|2 "
            "on|ADP|prep|2 Wednesday|PROPN|pobj|5 and|CCONJ|cc|2 air|NOUN|compound|9 defences|NOUN|nsubj|10 "
            "destroyed|VERB|conj|2|destroy drones|NOUN|dobj|10|drone after|ADP|prep|10 midnight|NOUN|pobj|12 "
            ".|PUNCT|punct|2")
    doc = parse(spec, "en", {3: "GPE"})
    assert EN.date_text(doc[10], doc[:]).text == "after midnight"
    assert EN.date_text(doc[2], doc[:]).text == "late on Wednesday"


def test_a_day_right_beside_the_clock_time_wins_even_hung_on_another_verb():
    spec = ("Mardi|NOUN|obl:mod|10|mardi vers|ADP|case|3 3|NUM|nummod|3 heures|NOUN|obl:mod|7|heure ,|PUNCT|punct|7 "
            "un|DET|det|6 drone|NOUN|nsubj|7 frappé|VERB|ROOT|7|frapper Belgorod|PROPN|obj|7 et|CCONJ|cc|10 "
            "incendié|VERB|conj|7|incendier un|DET|det|12 dépôt|NOUN|obj|10 .|PUNCT|punct|7")
    doc = parse(spec, "fr", {8: "LOC"})
    assert FR.date_text(doc[7], doc[:]).text == "Mardi"


PLACED_COMPLEMENT = ("Two|NUM|nummod|1 days|NOUN|npadvmod|2 after|ADP|prep|9 the|DET|det|4 strike|NOUN|pobj|2 "
                     "on|ADP|prep|4 Kharkiv|PROPN|pobj|5 ,|PUNCT|punct|9 drones|NOUN|nsubj|9|drone "
                     "hit|VERB|ROOT|9|hit Sumy|PROPN|dobj|9 .|PUNCT|punct|9")


def test_the_attack_a_fronted_phrase_counts_from_keeps_its_place_and_gives_the_verb_none():
    doc = parse(PLACED_COMPLEMENT, "en", {6: "GPE", 10: "GPE"})
    by_trigger = {e.trigger.text: e for e in records(EN(doc), EventCandidate)}
    assert [p.text for p in by_trigger["hit"].places] == ["Sumy"]
    assert [p.text for p in by_trigger["strike"].places] == ["Kharkiv"]
    # its day is its own, told before: none from the phrase (never "two days before the anchor")
    d = EN.date_text(doc[4], doc[:])
    assert d.text == "Two days after" and d.anchor is None and not d.told_before and not d.inverse
    d = EN.date_text(doc[9], doc[:])
    assert d.told_before and not d.inverse
