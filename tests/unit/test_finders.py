"""Each finder on a sentence written for it, parsed by hand (no model needed).

A sentence is written as ``word|POS|dep|head[|lemma[|tag]]`` tokens: ``head`` is the index
of the head token (its own index for the root); the lemma defaults to the lowercased word.
Each test gives the finder a sentence where its pattern applies (and, where it matters,
one where it does not), so that a finder that stops finding what it is for fails its own
test, not only the passage figures.
"""
from __future__ import annotations

from dataclasses import replace

import spacy
from spacy.tokens import Doc

from kg.model import EventCandidate, Rejection, StatementCandidate
from kg.nlp.events import EventExtractor
from kg.nlp.extensions import records
from kg.nlp.finders import REGISTRIES, Registry
from kg.nlp.finders import events as ef
from kg.nlp.finders import statements as sf
from kg.nlp.quotes import find_quotations
from kg.nlp.statements import StatementExtractor

NO_SPACE_BEFORE = {",", ".", ":", "”", ")", "»"}
NO_SPACE_AFTER = {"“", "("}


def parse(spec: str, lang: str = "en", ents: dict[int, str] | None = None) -> Doc:
    """A Doc from ``word|POS|dep|head[|lemma[|tag]]`` tokens; ``ents`` maps a token index to
    an entity label (one-token entities)."""
    rows = [tok.split("|") for tok in spec.split()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and not words[i + 1].startswith("-")
              and words[i] not in NO_SPACE_AFTER for i in range(len(words))]
    labels = ["O"] * len(words)
    for i, label in (ents or {}).items():
        labels[i] = f"B-{label}"
    return Doc(spacy.blank(lang).vocab, words=words, spaces=spaces, pos=[r[1] for r in rows],
               deps=[r[2] for r in rows], heads=[int(r[3]) for r in rows],
               lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows],
               tags=[r[5] if len(r) > 5 else "" for r in rows], ents=labels)


def cue(ex: StatementExtractor, doc: Doc, i: int, kind: str = "say", **fields) -> sf.Cue:
    """The context of the speech verb at token ``i`` (the whole Doc is its sentence)."""
    start, end = ex.verb_group(doc[i])
    c = sf.Cue(verb=doc[i], kind=kind, sent=doc[:], quotes=tuple(find_quotations(doc.text)), text=doc.text,
               cue_start=start, cue_end=end, by_verb={}, left=start)
    return replace(c, **fields) if fields else c


def span(doc: Doc, rng: tuple[int, int] | None) -> str | None:
    return None if rng is None else doc.text[rng[0]: rng[1]]


def statements(doc: Doc, lang: str = "en") -> list[StatementCandidate]:
    return records(StatementExtractor(lang)(doc), StatementCandidate)


EN = StatementExtractor("en")
FR = StatementExtractor("fr")

# "The mayor said that the bridge was closed."
MAYOR_SAID_THAT = ("The|DET|det|1 mayor|NOUN|nsubj|2 said|VERB|ROOT|2|say that|SCONJ|mark|7 the|DET|det|5 "
                   "bridge|NOUN|nsubjpass|7 was|AUX|auxpass|7|be closed|VERB|ccomp|2|close .|PUNCT|punct|2")


# ---------- registries ----------

def test_registries_are_declared_for_both_languages_and_named_after_their_finders():
    for name, reg in REGISTRIES.items():
        for lang in ("en", "fr"):
            assert reg.finders(lang), f"{name} has no finders for {lang}"
            assert all(f.name == f.find.__name__ and f.summary for f in reg.finders(lang)), name


def test_first_finder_that_finds_decides_and_all_collects_every_one():
    reg: Registry[str] = Registry("demo", "a registry for the test")

    def never(x: int) -> str | None:
        """Finds nothing."""
        return None

    def even(x: int) -> str | None:
        """Finds even numbers."""
        return "even" if x % 2 == 0 else None

    def small(x: int) -> str | None:
        """Finds small numbers."""
        return "small" if x < 10 else None

    reg.declare(("en",), [never, even, small])
    assert reg.first("en", 4) == ("even", "even")
    assert reg.first("en", 5) == ("small", "small")
    assert reg.first("en", 11) is None
    assert reg.all("en", 4) == [("even", "even"), ("small", "small")]
    assert reg.first("fr", 4) is None


# ---------- statements: subject and speaker ----------

def test_grammatical_subject_and_subject_phrase_with_its_role():
    doc = parse(MAYOR_SAID_THAT)
    c = cue(EN, doc, 2)
    subj = sf.grammatical_subject(EN, c)
    assert subj is not None and subj.text == "mayor"
    speaker = sf.subject_phrase(EN, replace(c, subject=subj))
    assert speaker["text"] == "The mayor" and speaker["role"] == "mayor"


def test_titled_phrase_speaks_through_its_named_person_not_the_name_that_owns_the_title():
    # "Kupiansk's deputy mayor, Ivanova, said": the place (tagged PER by the model) owns the title
    doc = parse("Kupiansk|PROPN|poss|3 's|PART|case|0 deputy|ADJ|amod|3 mayor|NOUN|nsubj|7 ,|PUNCT|punct|3 "
                "Ivanova|PROPN|appos|3 ,|PUNCT|punct|3 said|VERB|ROOT|7|say", ents={0: "PERSON", 5: "PERSON"})
    sp = EN.speakers.speaker_from_tokens(list(doc[0:6]))
    assert sp["text"] == "Ivanova" and sp["label"] == "PER" and sp["role"] == "mayor"
    # "the head of the Lozova administration said": no person speaks, the title does
    doc = parse("the|DET|det|1 head|NOUN|nsubj|6 of|ADP|prep|1 the|DET|det|5 Lozova|PROPN|compound|5 "
                "administration|NOUN|pobj|2 said|VERB|ROOT|6|say", ents={4: "PERSON"})
    sp = EN.speakers.speaker_from_tokens(list(doc[0:6]))
    assert sp["label"] != "PER" and sp["role"] == "head" and sp["text"] == "the head of the Lozova administration"
    # "Le porte-parole de Bondar, Petrenko, a dit": the person in apposition, not the one after "de"
    doc = parse("Le|DET|det|1 porte-parole|NOUN|nsubj|8 de|ADP|case|3 Bondar|PROPN|nmod|1 ,|PUNCT|punct|5 "
                "Petrenko|PROPN|appos|1 ,|PUNCT|punct|5 a|AUX|aux|8|avoir dit|VERB|ROOT|8|dire",
                lang="fr", ents={3: "PER", 5: "PER"})
    sp = FR.speakers.speaker_from_tokens(list(doc[0:6]))
    assert sp["text"] == "Petrenko" and sp["role"] == "porte-parole"
    # a name before its title, with no owner mark, is still the titled person
    doc = parse("Ivanova|PROPN|nsubj|3 ,|PUNCT|punct|0 the|DET|det|3 mayor|NOUN|appos|0", ents={0: "PERSON"})
    assert EN.speakers.speaker_from_tokens(list(doc[0:4]))["text"] == "Ivanova"


def test_a_bare_title_refers_to_the_one_titled_so_before():
    # "Governor Petrov said …. The governor added …": the governor is Petrov
    earlier = {"start": 9, "end": 15, "text": "Petrov", "label": "PER", "role": "Governor", "head": [0, 15]}
    doc = parse("The|DET|det|1 governor|NOUN|nsubj|2 added|VERB|ROOT|2|add")
    sp = EN.speakers.speaker_from_tokens(list(doc[0:2]))
    assert sp["bare_role"]
    assert EN.speakers.resolve(sp, [earlier], [])["text"] == "Petrov"
    # a title with a complement or an adjective is its own speaker, not the earlier one
    doc = parse("The|DET|det|2 Kherson|PROPN|compound|2 governor|NOUN|nsubj|3 added|VERB|ROOT|3|add", ents={1: "GPE"})
    other = EN.speakers.speaker_from_tokens(list(doc[0:3]))
    assert not other.get("bare_role") and EN.speakers.resolve(other, [earlier], [])["text"] == "The Kherson governor"
    # « … », a ajouté le porte-parole: the spokesman named before; none named: the title itself
    doc = parse("le|DET|det|1 porte-parole|NOUN|nsubj|1", lang="fr")
    sp = FR.speakers.speaker_from_tokens(list(doc[0:2]))
    named = {"start": 0, "end": 5, "text": "Ivanova", "label": "PER", "role": "porte-parole", "head": None}
    assert FR.speakers.resolve(sp, [named], [])["text"] == "Ivanova"
    assert FR.speakers.resolve(sp, [], [])["text"] == "le porte-parole"


def test_inverted_pronoun_is_the_subject_of_a_t_il():
    # « Nous avons frappé », a-t-il dit.
    doc = parse("«|PUNCT|punct|3 Nous|PRON|nsubj|3 avons|AUX|aux|3|avoir frappé|VERB|ccomp|9|frapper »|PUNCT|punct|3 "
                ",|PUNCT|punct|9 a|AUX|aux|9|avoir -t|PART|dep|9 -il|PRON|expl:subj|9 dit|VERB|ROOT|9|dire .|PUNCT|punct|9",
                lang="fr")
    c = cue(FR, doc, 9)
    assert sf.grammatical_subject(FR, c) is None
    assert sf.inverted_pronoun(FR, c).text == "-il"
    assert doc.text[c.cue_start: c.cue_end] == "a-t-il dit"


def test_unattached_subject_before_the_verb():
    # "Kremlin spokesman Peskov said ..." with the name left as "dep"
    doc = parse("Peskov|PROPN|dep|1 said|VERB|ROOT|1|say the|DET|det|3 talks|NOUN|nsubj|4 failed|VERB|ccomp|1|fail "
                ".|PUNCT|punct|1", ents={0: "PERSON"})
    c = cue(EN, doc, 1)
    assert sf.grammatical_subject(EN, c) is None
    assert sf.unattached_subject(EN, c).text == "Peskov"


def test_governing_speaker_of_adding_that():
    # "The mayor said the bridge was closed, adding that ferries would run."
    doc = parse("The|DET|det|1 mayor|NOUN|nsubj|2 said|VERB|ROOT|2|say the|DET|det|4 bridge|NOUN|nsubj|6 "
                "was|AUX|aux|6|be closed|VERB|ccomp|2|close ,|PUNCT|punct|2 adding|VERB|advcl|2|add that|SCONJ|mark|12 "
                "ferries|NOUN|nsubj|12|ferry would|AUX|aux|12 run|VERB|ccomp|8 .|PUNCT|punct|2")
    first = sf.StatementDraft(speaker={"start": 0, "end": 9, "text": "The mayor", "label": "", "role": "mayor",
                                       "head": None},
                              cue="said", cue_start=10, kind="say", quote="the bridge was closed", direct=False,
                              quote_span=(15, 36), evidence=(0, 70))
    c = cue(EN, doc, 8, by_verb={2: first})
    assert sf.governing_speaker(EN, c) is first.speaker
    assert sf.governing_speaker(EN, cue(EN, doc, 8)) is None  # no earlier statement to share


def test_passive_agent_speaks_for_an_attribution():
    # "L'attaque a été attribuée à Kiev par le Kremlin."
    doc = parse("L'|DET|det|1|le attaque|NOUN|nsubj:pass|4 a|AUX|aux|4|avoir été|AUX|aux:pass|4|être "
                "attribuée|VERB|ROOT|4|attribuer à|ADP|case|6 Kiev|PROPN|obl:arg|4 par|ADP|case|9 le|DET|det|9 "
                "Kremlin|PROPN|obl:agent|4 .|PUNCT|punct|4", lang="fr", ents={6: "LOC", 9: "ORG"})
    c = cue(FR, doc, 4, kind="attribute")
    assert sf.passive_agent(FR, c)["text"] == "le Kremlin"
    assert sf.speaker_finders("attribute").finders("fr")[0].name == "passive_agent"


def test_inverted_noun_phrase_after_a_clause():
    # "Les drones ont été abattus, a affirmé le ministère."
    doc = parse("Les|DET|det|1|le drones|NOUN|nsubj:pass|4|drone ont|AUX|aux|4|avoir été|AUX|aux:pass|4|être "
                "abattus|VERB|ROOT|4|abattre ,|PUNCT|punct|7 a|AUX|aux|7|avoir affirmé|VERB|parataxis|4|affirmer "
                "le|DET|det|9 ministère|NOUN|nsubj|7 .|PUNCT|punct|4", lang="fr")
    c = cue(FR, doc, 7, after_objects=(doc[9],))
    assert sf.inverted_noun_phrase(FR, c)["text"] == "le ministère"
    assert sf.inverted_noun_phrase(FR, replace(c, kind="accuse")) is None


# ---------- statements: quotation ----------

def test_quote_before_cue():
    # “Fire is out,” he said.
    doc = parse("“|PUNCT|punct|2 Fire|NOUN|nsubj|2 is|AUX|ccomp|6|be out|ADV|advmod|2 ,|PUNCT|punct|2 ”|PUNCT|punct|2 "
                "he|PRON|nsubj|6 said|VERB|ROOT|6|say .|PUNCT|punct|6")
    q = sf.quote_before_cue(EN, cue(EN, doc, 7, left=doc[6].idx))
    assert q is not None and q.words(doc.text) == "Fire is out,"


def test_quote_after_colon():
    # He said: “Fire is out.”
    doc = parse("He|PRON|nsubj|1 said|VERB|ROOT|1|say :|PUNCT|punct|1 “|PUNCT|punct|5 Fire|NOUN|nsubj|5 "
                "is|AUX|ccomp|1|be out|ADV|advmod|5 .|PUNCT|punct|5 ”|PUNCT|punct|1")
    q = sf.quote_after_colon(EN, cue(EN, doc, 1))
    assert q is not None and q.words(doc.text) == "Fire is out."


def test_quote_after_content_verb_only_for_such_verbs():
    # She described it as “a targeted hit”.
    text = ("She|PRON|nsubj|1 {verb}|VERB|ROOT|1|{lemma} it|PRON|dobj|1 as|ADP|prep|1 “|PUNCT|punct|6 a|DET|det|6 "
            "targeted|ADJ|amod|6 hit|NOUN|pobj|3 ”|PUNCT|punct|6 .|PUNCT|punct|1")
    doc = parse(text.format(verb="described", lemma="describe"))
    q = sf.quote_after_content_verb(EN, cue(EN, doc, 1))
    assert q is not None and q.words(doc.text) == "a targeted hit"
    said = parse(text.format(verb="said", lemma="say"))
    assert sf.quote_after_content_verb(EN, cue(EN, said, 1)) is None


def test_quote_after_preposition():
    # The agency called for “an immediate truce”.
    doc = parse("The|DET|det|1 agency|NOUN|nsubj|2 called|VERB|ROOT|2|call for|ADP|prep|2 “|PUNCT|punct|6 "
                "an|DET|det|7 immediate|ADJ|amod|7 truce|NOUN|pobj|3 ”|PUNCT|punct|7 .|PUNCT|punct|2")
    q = sf.quote_after_preposition(EN, cue(EN, doc, 2))
    assert q is not None and q.words(doc.text) == "an immediate truce"
    # Le ministère a appelé à « la retenue ».
    doc = parse("Le|DET|det|1 ministère|NOUN|nsubj|3 a|AUX|aux|3|avoir appelé|VERB|ROOT|3|appeler à|ADP|case|7 "
                "«|PUNCT|punct|7 la|DET|det|7 retenue|NOUN|obl|3 »|PUNCT|punct|7 .|PUNCT|punct|3", lang="fr")
    q = sf.quote_after_preposition(FR, cue(FR, doc, 3))
    assert q is not None and q.words(doc.text).strip() == "la retenue"
    # a quotation further on is not the verb's: "called on Monday for “…”"
    doc = parse("The|DET|det|1 agency|NOUN|nsubj|2 called|VERB|ROOT|2|call on|ADP|prep|2 Monday|PROPN|pobj|3 "
                "for|ADP|prep|2 “|PUNCT|punct|7 truce|NOUN|pobj|5 ”|PUNCT|punct|7 .|PUNCT|punct|2")
    assert sf.quote_after_preposition(EN, cue(EN, doc, 2)) is None


# ---------- statements: reported clause ----------

def test_complement_clause():
    doc = parse(MAYOR_SAID_THAT)
    assert span(doc, sf.complement_clause(EN, cue(EN, doc, 2))) == "the bridge was closed"


def test_quoted_accusation_object():
    # Kyiv accused Moscow of “terror”.
    doc = parse("Kyiv|PROPN|nsubj|1 accused|VERB|ROOT|1|accuse Moscow|PROPN|dobj|1 of|ADP|prep|2 “|PUNCT|punct|5 "
                "terror|NOUN|pobj|3 ”|PUNCT|punct|5 .|PUNCT|punct|1", ents={0: "GPE", 2: "GPE"})
    assert span(doc, sf.quoted_accusation_object(EN, cue(EN, doc, 1, kind="accuse"))) == "Moscow of “terror”"
    assert sf.quoted_accusation_object(EN, cue(EN, doc, 1, kind="say")) is None


def test_multiword_cue_tail():
    # "Le ministère a fait état de trois blessés." (cue "faire état")
    doc = parse("Le|DET|det|1|le ministère|NOUN|nsubj|3 a|AUX|aux|3|avoir fait|VERB|ROOT|3|faire état|NOUN|obj|3 "
                "de|ADP|case|7 trois|NUM|nummod|7 blessés|NOUN|nmod|4|blessé .|PUNCT|punct|3", lang="fr")
    assert FR.cue_kind(doc[3]) == "say"
    assert span(doc, sf.multiword_cue_tail(FR, cue(FR, doc, 3))) == "trois blessés"


def test_clause_after_verb_when_the_parse_missed_the_complement():
    # "The mayor said on Monday that the bridge was closed." with "closed" attached elsewhere
    doc = parse("The|DET|det|1 mayor|NOUN|nsubj|2 said|VERB|ROOT|2|say on|ADP|prep|2 Monday|PROPN|pobj|3 "
                "that|SCONJ|mark|9 the|DET|det|7 bridge|NOUN|nsubjpass|9 was|AUX|auxpass|9|be "
                "closed|VERB|advcl|4|close .|PUNCT|punct|2")
    c = cue(EN, doc, 2)
    assert sf.complement_clause(EN, c) is None
    assert span(doc, sf.clause_after_verb(EN, c)) == "the bridge was closed"
    assert sf.clause_after_verb(EN, replace(c, inverted=True)) is None


def test_reported_object_of_an_announcing_verb():
    # "Officials announced the death of nine people."
    doc = parse("Officials|NOUN|nsubj|1|official announced|VERB|ROOT|1|announce the|DET|det|3 death|NOUN|dobj|1 "
                "of|ADP|prep|3 nine|NUM|nummod|6 people|NOUN|pobj|4|person .|PUNCT|punct|1")
    assert span(doc, sf.reported_object(EN, cue(EN, doc, 1))) == "the death of nine people"
    short = parse("Officials|NOUN|nsubj|1|official announced|VERB|ROOT|1|announce talks|NOUN|dobj|1|talk "
                  ".|PUNCT|punct|1")
    assert sf.reported_object(EN, cue(EN, short, 1)) is None  # too short to be what was said


def test_clause_before_cue():
    # "Drones struck a depot in Kursk, the governor said."
    doc = parse("Drones|NOUN|nsubj|1|drone struck|VERB|ccomp|9|strike a|DET|det|3 depot|NOUN|dobj|1 in|ADP|prep|1 "
                "Kursk|PROPN|pobj|4 ,|PUNCT|punct|9 the|DET|det|8 governor|NOUN|nsubj|9 said|VERB|ROOT|9|say "
                ".|PUNCT|punct|9", ents={5: "GPE"})
    c = cue(EN, doc, 9, left=doc[7].idx)
    assert span(doc, sf.clause_before_cue(EN, c)) == "Drones struck a depot in Kursk"
    assert sf.clause_before_cue(EN, replace(c, kind="accuse")) is None
    # "…, le ministère, qui a appelé à la retenue": the clause before a relative is not its speech
    doc = parse("Des|DET|det|1 drones|NOUN|nsubj|3|drone ont|AUX|aux|3|avoir frappé|VERB|ROOT|3|frapper "
                "Koursk|PROPN|obj|3 ,|PUNCT|punct|7 selon|ADP|case|7 Moscou|PROPN|obl|3 ,|PUNCT|punct|11 "
                "qui|PRON|nsubj|11 a|AUX|aux|11|avoir appelé|VERB|acl:relcl|7|appeler", lang="fr")
    c = cue(FR, doc, 11, left=doc[9].idx, subject=doc[9])
    assert sf.clause_before_cue(FR, c) is None


# ---------- statements: cues, through the component ----------

def test_speech_verbs_cue_gives_a_traced_statement():
    (st,) = statements(parse(MAYOR_SAID_THAT))
    assert st.quote == "the bridge was closed" and st.speaker.text == "The mayor"
    assert st.trace == ("cue:speech_verb(say)", "speaker:subject_phrase", "clause:complement_clause")


def test_reporting_preposition_cue():
    # "According to the mayor, the bridge was closed."
    doc = parse("According|VERB|prep|7|accord to|ADP|prep|0 the|DET|det|3 mayor|NOUN|pobj|1 ,|PUNCT|punct|7 "
                "the|DET|det|6 bridge|NOUN|nsubjpass|8 was|AUX|auxpass|8|be closed|VERB|ROOT|8|close .|PUNCT|punct|8")
    (st,) = statements(doc)
    assert st.cue == "According to" and st.speaker.text == "the mayor" and st.quote == "the bridge was closed"
    assert st.trace[:2] == ("cue:reporting_preposition", "speaker:preposition_object")


def test_speech_verb_with_nothing_said_is_rejected_with_its_reason():
    doc = StatementExtractor("en")(parse("The|DET|det|1 mayor|NOUN|nsubj|2 commented|VERB|ROOT|2|comment "
                                         ".|PUNCT|punct|2"))
    assert records(doc, StatementCandidate) == []
    (r,) = records(doc, Rejection)
    assert (r.stage, r.text, r.reason) == ("statement", "commented", "no quotation or reported clause")
    assert r.trace == ("cue:speech_verb(say)", "speaker:subject_phrase")


# ---------- events ----------

# "Russian drones struck a depot in Kursk on Saturday."
STRUCK = ("Russian|ADJ|amod|1 drones|NOUN|nsubj|2|drone struck|VERB|ROOT|2|strike a|DET|det|4 depot|NOUN|dobj|2 "
          "in|ADP|prep|2 Kursk|PROPN|pobj|5 on|ADP|prep|2 Saturday|PROPN|pobj|7 .|PUNCT|punct|2")
EV = EventExtractor("en")


def trigger(doc: Doc, i: int) -> ef.Trigger:
    tok = doc[i]
    subject = tuple(t for c in tok.children if c.dep_ in ("nsubj", "agent", "obl:agent") for t in c.subtree)
    return ef.Trigger(tok, doc[:], tuple(EV.argument_tokens(tok)), subject, 0)


def test_instrument_word_beats_trigger_word():
    doc = parse(STRUCK, ents={6: "GPE"})
    t = trigger(doc, 2)
    assert ef.instrument_word(EV, t) == "DroneStrike"
    assert ef.trigger_word(EV, t) == "Attack"
    assert ef.CLASS.first("en", EV, t) == ("instrument_word", "DroneStrike")


def test_target_phrase_place_and_no_origin():
    doc = parse(STRUCK, ents={6: "GPE"})
    (place,) = ef.target_phrase(EV, trigger(doc, 2))
    assert (place.text, place.direct) == ("Kursk", True)
    # "... struck a depot from Kursk": a launch site is no place hit
    origin = parse(STRUCK.replace("in|ADP|prep|2", "from|ADP|prep|2"), ents={6: "GPE"})
    assert ef.target_phrase(EV, trigger(origin, 2)) is None


def test_clause_subject_places_are_weak():
    # "Kursk was the target of an attack."
    doc = parse("Kursk|PROPN|nsubj|3 was|AUX|cop|3|be the|DET|det|3 target|NOUN|ROOT|3 of|ADP|prep|3 "
                "an|DET|det|6 attack|NOUN|pobj|4 .|PUNCT|punct|3", ents={0: "GPE"})
    t = trigger(doc, 6)
    assert ef.target_phrase(EV, t) is None
    (place,) = ef.clause_subject(EV, t)
    assert place.text == "Kursk" and place.direct is False


def test_demonym_modifier_and_verb_subject_perpetrators():
    doc = parse(STRUCK, ents={6: "GPE"})
    t = trigger(doc, 2)
    assert [a.text for a in ef.verb_subject(EV, t)] == ["Russian drones"]
    # the demonym on the instrument ("Russian drones") names the attacker
    assert {a.text for a in ef.demonym_modifier(EV, t)} == {"Russian"}
    assert [name for name, _ in ef.PERPETRATORS.all("en", EV, t)] == ["demonym_modifier", "verb_subject"]


def test_negation_of_the_attack_itself():
    doc = parse("Drones|NOUN|nsubj|3|drone did|AUX|aux|3|do not|PART|neg|3 strike|VERB|ROOT|3 Kursk|PROPN|dobj|3 "
                ".|PUNCT|punct|3")
    assert ef.negation(EV, trigger(doc, 3)) == "negation"
    assert ef.negation(EV, trigger(parse(STRUCK), 2)) is None


def test_denied_by_a_denying_verb_above():
    # "Russia denied that its forces struck a hospital."
    doc = parse("Russia|PROPN|nsubj|1 denied|VERB|ROOT|1|deny that|SCONJ|mark|5 its|PRON|poss|4 forces|NOUN|nsubj|5|force "
                "struck|VERB|ccomp|1|strike a|DET|det|7 hospital|NOUN|dobj|5 .|PUNCT|punct|1")
    assert ef.denied(EV, trigger(doc, 5)) == "denied"
    assert ef.denied(EV, trigger(parse(STRUCK), 2)) is None


def test_negated_context():
    # "Nobody has not claimed the attack." -> the negation is on the claiming verb, not on the attack
    doc = parse("Nobody|PRON|nsubj|3 has|AUX|aux|3|have not|PART|neg|3 claimed|VERB|ROOT|3|claim the|DET|det|5 "
                "attack|NOUN|dobj|3 .|PUNCT|punct|3")
    t = trigger(doc, 5)
    assert ef.negation(EV, t) is None
    assert ef.negated_context(EV, t) == "negated context"


def test_hypothetical():
    # "Russia could strike Kyiv."
    doc = parse("Russia|PROPN|nsubj|2 could|AUX|aux|2 strike|VERB|ROOT|2 Kyiv|PROPN|dobj|2 .|PUNCT|punct|2")
    assert ef.hypothetical(EV, trigger(doc, 2)) == "hypothetical"
    assert ef.hypothetical(EV, trigger(parse(STRUCK), 2)) is None


def test_habitual():
    # "Drones regularly strike Kursk."
    doc = parse("Drones|NOUN|nsubj|2|drone regularly|ADV|advmod|2 strike|VERB|ROOT|2 Kursk|PROPN|dobj|2 "
                ".|PUNCT|punct|2")
    assert ef.habitual(EV, trigger(doc, 2)) == "habitual"
    assert ef.habitual(EV, trigger(parse(STRUCK), 2)) is None


def test_generic_plural():
    # "Strikes on cities are crimes." vs "The strikes on Kursk ..."
    doc = parse("Strikes|NOUN|nsubj|4|strike|NNS on|ADP|prep|0 cities|NOUN|pobj|1|city|NNS are|AUX|cop|4|be "
                "crimes|NOUN|ROOT|4|crime|NNS .|PUNCT|punct|4")
    assert ef.generic_plural(EV, trigger(doc, 0)) == "generic plural"
    det = parse("The|DET|det|1 strikes|NOUN|nsubj|3|strike|NNS were|AUX|cop|3|be heavy|ADJ|ROOT|3 .|PUNCT|punct|3")
    assert ef.generic_plural(EV, trigger(det, 1)) is None


def test_event_component_traces_the_finders_and_rejects_a_bare_verb():
    (ev,) = records(EV(parse(STRUCK, ents={6: "GPE"})), EventCandidate)
    assert ev.trace == ("trigger:trigger_word", "class:instrument_word", "places:target_phrase",
                        "perpetrator:demonym_modifier", "perpetrator:verb_subject", "date:nearest_time_expression")
    # "Troops hit back." : a trigger verb with neither an instrument nor a place
    doc = EV(parse("Troops|NOUN|nsubj|1|troop hit|VERB|ROOT|1 back|ADV|advmod|1 .|PUNCT|punct|1"))
    assert records(doc, EventCandidate) == []
    (r,) = records(doc, Rejection)
    assert r.reason == "a trigger verb with neither an instrument nor a target place"
