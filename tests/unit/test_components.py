"""The extractors on hand-built Docs: no model needed, the parse is given."""
import spacy
from spacy.tokens import Doc

from kg.model import EventCandidate, StatementCandidate
from kg.nlp.events import EventExtractor
from kg.nlp.extensions import records
from kg.nlp.paragraphs import ParagraphSplitter
from kg.nlp.statements import StatementExtractor


def make_doc(rows, ents=(), lang="en"):
    """rows: (word, space_after, pos, dep, head_index, lemma)"""
    nlp = spacy.blank(lang)
    words = [r[0] for r in rows]
    doc = Doc(nlp.vocab, words=words, spaces=[r[1] for r in rows], pos=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
              ents=list(ents) or None)
    return doc


GOVERNOR = [
    ("Russian", True, "ADJ", "amod", 1, "russian"),
    ("drones", True, "NOUN", "nsubj", 2, "drone"),
    ("struck", True, "VERB", "ccomp", 12, "strike"),
    ("a", True, "DET", "det", 4, "a"),
    ("depot", True, "NOUN", "dobj", 2, "depot"),
    ("in", True, "ADP", "prep", 2, "in"),
    ("Kursk", True, "PROPN", "pobj", 5, "Kursk"),
    ("on", True, "ADP", "prep", 2, "on"),
    ("Saturday", False, "PROPN", "pobj", 7, "Saturday"),
    (",", True, "PUNCT", "punct", 12, ","),
    ("the", True, "DET", "det", 11, "the"),
    ("governor", True, "NOUN", "nsubj", 12, "governor"),
    ("said", False, "VERB", "ROOT", 12, "say"),
    (".", False, "PUNCT", "punct", 12, "."),
]


def governor_doc():
    return make_doc(GOVERNOR, ents=["O"] * 6 + ["B-GPE"] + ["O"] * 7)


def test_event_from_verb_trigger_with_instrument_place_perpetrator_and_date():
    doc = EventExtractor("en")(governor_doc())
    (ev,) = records(doc, EventCandidate)
    assert ev.event_class == "DroneStrike"
    assert ev.trigger.text == "struck"
    assert [p.text for p in ev.places] == ["Kursk"]
    assert "Russian" in [p.text for p in ev.perpetrators]
    assert ev.date.text == "on Saturday"
    assert ev.blocked is None


def test_reported_clause_before_the_speech_verb():
    doc = StatementExtractor("en")(governor_doc())
    (st,) = records(doc, StatementCandidate)
    assert st.speaker.text == "the governor" and st.speaker.role == "governor"
    assert st.cue == "said" and st.direct is False
    assert st.quote == "Russian drones struck a depot in Kursk on Saturday"
    assert doc.text[st.quote_span[0]:st.quote_span[1]] == st.quote


def test_negated_attack_is_blocked():
    rows = [("Drones", True, "NOUN", "nsubj", 3, "drone"), ("did", True, "AUX", "aux", 3, "do"),
            ("not", True, "PART", "neg", 3, "not"), ("strike", True, "VERB", "ROOT", 3, "strike"),
            ("Kursk", False, "PROPN", "dobj", 3, "Kursk"), (".", False, "PUNCT", "punct", 3, ".")]
    doc = EventExtractor("en")(make_doc(rows))
    assert [e.blocked for e in records(doc, EventCandidate)] == ["negation"]


def test_quote_then_pronoun_speaker_resolves_to_last_speaker():
    rows = GOVERNOR + [
        ("“", False, "PUNCT", "punct", 16, "“"), ("Fire", True, "NOUN", "nsubj", 16, "fire"),
        ("is", True, "AUX", "ROOT", 16, "be"), ("out", False, "ADV", "advmod", 16, "out"),
        (",", False, "PUNCT", "punct", 16, ","), ("”", True, "PUNCT", "punct", 16, "”"),
        ("he", True, "PRON", "nsubj", 21, "he"), ("added", False, "VERB", "ROOT", 21, "add"),
        (".", False, "PUNCT", "punct", 21, "."),
    ]
    heads = [h if i < 14 else h for i, (_, _, _, _, h, _) in enumerate(rows)]
    rows = [r[:4] + (heads[i],) + r[5:] for i, r in enumerate(rows)]
    # second sentence's tokens point inside it: "added"(21) governs; fix "is" to attach to "added"
    rows[16] = ("is", True, "AUX", "ccomp", 21, "be")
    doc = make_doc(rows, ents=["O"] * 6 + ["B-GPE"] + ["O"] * 16)
    doc = StatementExtractor("en")(doc)
    first, second = records(doc, StatementCandidate)
    assert second.direct is True and second.quote == "Fire is out"
    assert second.speaker.text == "the governor" and second.speaker.via == "he"


def test_captions_and_teasers_are_skipped():
    nlp = spacy.blank("en")
    text = "Title\n\nPhoto: a man in Kyiv, May 3. Agency/File Photo\n\nBody text here.\n\nRead also: other story"
    doc = ParagraphSplitter("en")(nlp.make_doc(text))
    skipped = [text[a:b] for a, b in doc._.geokg_skip]
    assert skipped == ["Photo: a man in Kyiv, May 3. Agency/File Photo", "Read also: other story"]
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:3] == ["Title", "Photo", "Body"]


def test_records_survive_the_msgpack_round_trip_of_doc_extensions():
    """Doc._ values cross processes through msgpack (tuples come back as lists): the typed
    records read back from a Doc rebuilt from its bytes equal the ones written."""
    nlp = spacy.blank("en")
    doc = StatementExtractor("en")(EventExtractor("en")(governor_doc()))
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert records(again, EventCandidate) == records(doc, EventCandidate)
    assert records(again, StatementCandidate) == records(doc, StatementCandidate)
    (ev,) = records(again, EventCandidate)
    assert isinstance(ev.places, tuple) and isinstance(ev.sentence, tuple)
