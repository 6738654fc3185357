"""Who the speaker is, measured on passages written for speaker resolution
(``tests/data/statements/speakers/{en,fr}.jsonl``, same format and matching as the statement
passages, see ``tests/data/statements/README.md``).

Each passage tests one way news names its speaker that the general passages rarely hold: a
title with the name after it ("…, said the governor of the region, Pavel X"), the untitled
"regional governor" of the region the text names, a place that owns the title or body
("the Tula region's governor", "Novozybkov's town council"), a first name with an age, a
state's sub-bodies (state television, military intelligence, emergencies ministry,
civil-aviation agency), a place's own bodies (operational headquarters, city hall, council)
foreign-ministry spokespeople of several countries, courtesy titles ("Ms X"), honorifics
before an appositive name, "the group's spokesman" and organisations given with an acronym;
then (round 2) "regional officials/authorities" of the region named, a fronted other place
before a bare "regional governor", a town hall of a city that names its region, a state
agency named with an administration word, a place the parse left out of a title before the
name, and "he added" after a titled subject of a named organisation.
Round 3 added passages for who an unknown speaker is (sp-en-31.., sp-fr-30..): a courtesy
title and a name the model tags as a place ("M. X", "Daw X"), an unknown authority of a
country ("Israel's Airports Authority"), a channel named after its description, "the
company" after a named company, a town's or region's body named bare ("the municipality",
"la mairie de la ville", "the regional operational headquarters", "l'administration
régionale"), "a source in" an agency (the agency speaks) and a branch of a known ministry;
then relatives after a place complement or an apposition ("l'état-major … du kraï de X, qui"),
authorities "installées par" a state, a short name after the full one ("the Border Police"),
an office of a UN agency (sp-en-41..44, sp-fr-41..44), "its Egyptian counterpart" / "son
homologue égyptien" (sp-en-45, sp-fr-45), a bare governor after a town and its country named
as a broad area ("à Iélets, dans le centre de la Russie", sp-en-46, sp-fr-46). Before the round 3 rules (on the first
40 of each file): en P 0.959 R 0.839, fr P 0.980 R 0.857; after, on all 46: en P 1.0 R 0.985,
fr P 1.0 R 0.954 (the misses left are participles after an inverted verb and "which reported X").
Floors: the measurement after the rules, rounded down to 0.05 (on the first 12 passages of
each file, before the rules: en P 0.615 R 0.500, fr P 0.444 R 0.250; on all of them after:
en P 1.0 R 1.0, fr P 1.0 R 1.0).
"""
from __future__ import annotations

import pytest

from tests.passages import DATA, check_floors

pytestmark = pytest.mark.integration
SPEAKERS = DATA / "speakers"
FLOORS = {
    "en": {"precision": 0.95, "recall": 0.95},
    "fr": {"precision": 0.95, "recall": 0.9},
}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_speaker_passages_stay_above_their_floors(lang):
    check_floors(SPEAKERS / f"{lang}.jsonl", lang, FLOORS[lang], min_passages=12, min_negatives=0, error_limit=None)
