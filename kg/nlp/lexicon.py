"""Load the per-language word lists in ``kg/data/lexicon/`` (see its README).

The components never hard-code words: everything a linguist may want to extend lives in
those TSV files. Tables are read once per process and cached.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.tables import read_rows

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"


def read_table(name: str) -> list[list[str]]:
    """Rows of a lexicon table as lists of cells (``kg.tables``: header, comments and blank lines left out)."""
    return [list(r.cells) for r in read_rows(LEXICON_DIR / name)]


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractors need to know about one language's words."""

    lang: str
    speech_verbs: dict[str, str]  # lemma -> kind (say, accuse, deny, attribute)
    noun_content_verbs: frozenset[str]  # verbs whose object noun phrase is what was said
    quote_content_verbs: frozenset[str]  # verbs whose following quotation is what was said ("qualifier de « … »")
    appeal_verbs: frozenset[str]  # verbs whose addressee and what it is asked to do are what was said ("urged X to …")
    speech_preps: tuple[str, ...]  # "selon", "according to"
    roles: tuple[str, ...]  # role nouns, longest first
    group_nouns: frozenset[str]  # "group", "mouvement": an organisation described, not named
    institution_heads: frozenset[str]  # "ministry", "gouvernement": never what "the group" means
    naming_verbs: frozenset[str]  # "known (as)", "connu (sous le nom de)": a description gives its name
    triggers: dict[tuple[str, str], str]  # (lemma, POS) -> default class
    trigger_uses: dict[tuple[str, str], str]  # (lemma, POS) -> use: projectile, impact, reflexive
    instruments: dict[str, str]  # lemma or word -> class
    blockers: dict[str, frozenset[str]]  # kind -> words/phrases
    target_preps: frozenset[str]
    origin_preps: frozenset[str]
    circumstance_preps: frozenset[str]  # "in a drone strike", "dans une attaque": the attack as a circumstance
    place_nouns: frozenset[str]
    cue_negations: frozenset[str]  # a speech verb with one of these as a child says nothing was said
    cue_reflexives: frozenset[str]  # a reflexive speech verb is no speech ("s'est déclaré")
    reflexive_speech: frozenset[str]  # ... except these, which speak with their reflexive ("s'est dit « horrifié »")
    free_relatives: frozenset[str]  # open a free relative around a speech verb ("denounced what she called …")
    circumstance_words: frozenset[str]  # prepositions of time or sequence after a quoted object ("… » après le bombardement")
    cue_tail_words: frozenset[str]  # skipped after a multi-word cue before its clause ("fait état de")
    complementizers: frozenset[str]  # "que", "that": start a reported clause
    accused_preps: frozenset[str]  # "imputer l'attaque à X", "blamed it to X"
    attributing_verbs: frozenset[str]  # verbs whose accused actor follows accused_preps ("imputer")
    pronouns: frozenset[str]  # personal pronouns: a speaker said before
    person_pronouns: frozenset[str]  # those that stand for a person ("il", "he")
    relative_pronouns: frozenset[str]  # "qui", "who": the speaker is the antecedent
    possessives: frozenset[str]  # "leur porte-parole": the organisation named before
    agent_preps: frozenset[str]  # "par", "by": a passive's agent
    acting_of_words: frozenset[str]  # "l'offensive des FSR": a name modifying a noun still acts
    owner_words: frozenset[str]  # "the head of X", "le porte-parole de X": X owns the title, X does not speak
    owner_marks: frozenset[str]  # "X's deputy mayor": X owns the title
    dependent_name: re.Pattern[str]  # "the Iran-backed group": the name is not the speaker
    definite_determiners: frozenset[str]  # "l'attaque", "the strike": may refer back to an attack told before
    of_words: frozenset[str]  # "la ville de X", "the city of X"
    region_nouns: frozenset[str]  # "la région de Saratov", "Belgorod region"
    region_nouns_after: frozenset[str]  # those written after the name ("Kursk region")
    intercept_verbs: frozenset[str]  # "downed 18 drones heading for Kaluga": the weapons' target was hit
    heading_verbs: frozenset[str]  # "drones heading for", "qui se dirigeaient vers"
    toward_preps: frozenset[str]  # after a heading verb, the target ("heading for Moscow")
    platforms: frozenset[str]  # weapon words that name a carrier, no munition ("plane")
    guns: frozenset[str]  # platforms whose fire hits: "tank fire", "tirs de chars"
    quantity_nouns: frozenset[str]  # "une quarantaine de drones", "dozens of drones": the weapon follows
    defence_nouns: frozenset[str]  # "air defence", "défense aérienne": the weapon word names no weapon
    during_preps: frozenset[str]  # "killed … in a drone strike": the attack is the circumstance of the verb
    with_preps: frozenset[str]  # "with HIMARS rockets": the instrument phrase of a verb
    day_words: frozenset[str]  # weekday names and day words of time_words.tsv ("dimanche", "hier")
    time_preps: frozenset[str]  # "since the war in Gaza began": a phrase of time, no place hit
    when_words: frozenset[str]  # "lorsque", "when": a clause of the moment an attack hit
    superlative_words: frozenset[str]  # "les plus importantes", "the most intense": a graded attack noun
    anaphor_nouns: frozenset[str] = frozenset()  # "cet aérodrome", "the city's": a place named before
    anaphor_city_nouns: frozenset[str] = frozenset()  # those that refer back to a town by its name alone
    anaphor_dets: frozenset[str] = frozenset()  # "cet", "du", "the": what makes such a noun refer back
    reference_words: frozenset[str] = frozenset()  # "au sud de X", "on the banks of X": X is a landmark
    district_nouns: frozenset[str] = frozenset()  # "the Glushkovo district": an area, not a town
    campaign_nouns: frozenset[str] = frozenset()  # "sa campagne aérienne", "its air campaign"
    blast_nouns: frozenset[str] = frozenset()  # "une explosion a secoué …": a weapon told next makes it an attack
    turn_nouns: frozenset[str] = frozenset()  # "c'était au tour de X": the attack before, repeated on X
    boilerplate: tuple[re.Pattern[str], ...] = field(default=())
    media_words: frozenset[str] = frozenset()  # "Telegram", "Facebook": where something was posted
    cue_lead_words: frozenset[str] = frozenset()  # "tout en assurant", "while warning": words before a cue
    document_words: frozenset[str] = frozenset()  # "statement", "communiqué": speaks for its issuer
    responsibility_words: frozenset[str] = frozenset()  # "d'être responsable": an accusation with no act
    opening_preps: tuple[str, ...] = ()  # "Pour X, …": a reporting preposition only at the sentence's start
    relay_verbs: frozenset[str] = frozenset()  # "SANA, citing a military source, said": the medium speaks
    member_nouns: frozenset[str] = frozenset()  # "fighters of the RSF", "des combattants du Hezbollah": the group acts
    armed_nouns: frozenset[str] = frozenset()  # "gunmen", "des assaillants": who makes "stormed"/"raided" an attack
    blame_verbs: frozenset[str] = frozenset()  # "attributed to X", "blamed on X", "imputée à X": X alleged
    blame_preps: frozenset[str] = frozenset()  # the preposition before the actor blamed ("on", "to", "à")
    series_nouns: frozenset[str] = frozenset()  # "une série de frappes", "a wave of strikes": the series stands for them
    weapon_kind_nouns: frozenset[str] = frozenset()  # "avions de combat israéliens": the demonym is the weapon's


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (empty tables for a language with no entries)."""

    def of(name: str) -> list[list[str]]:
        return [r[1:] for r in read_table(name) if r[0] == lang]

    blockers: dict[str, set[str]] = {}
    for kind, word in of("event_blockers.tsv"):
        blockers.setdefault(kind, set()).add(word.lower())
    preps = of("place_preps.tsv")

    def speaker_words(use: str) -> frozenset[str]:
        return frozenset(w.lower() for u, w in of("speaker_words.tsv") if u == use)
    return Lexicon(
        lang=lang,
        speech_verbs={r[0].lower(): r[1] for r in of("speech_verbs.tsv")},
        noun_content_verbs=frozenset(r[0].lower() for r in of("speech_verbs.tsv") if len(r) > 2 and r[2] == "np"),
        quote_content_verbs=frozenset(r[0].lower() for r in of("speech_verbs.tsv") if len(r) > 2 and r[2] == "quote"),
        appeal_verbs=frozenset(r[0].lower() for r in of("speech_verbs.tsv") if len(r) > 2 and r[2] == "appeal"),
        speech_preps=tuple(sorted((p[0].lower() for p in of("speech_preps.tsv")), key=len, reverse=True)),
        roles=tuple(sorted((r[0].lower() for r in of("roles.tsv")), key=len, reverse=True)),
        group_nouns=frozenset(r[0].lower() for r in of("group_nouns.tsv")),
        institution_heads=frozenset(r[0].lower() for r in of("institution_heads.tsv")),
        naming_verbs=frozenset(r[0].lower() for r in of("naming_verbs.tsv")),
        triggers={(r[0].lower(), r[1]): r[2] for r in of("attack_triggers.tsv")},
        trigger_uses={(r[0].lower(), r[1]): r[3] for r in of("attack_triggers.tsv") if len(r) > 3 and r[3]},
        instruments={w.lower(): cls for w, cls in of("attack_instruments.tsv")},
        blockers={k: frozenset(v) for k, v in blockers.items()},
        target_preps=frozenset(p for p, use in preps if use == "target"),
        origin_preps=frozenset(p for p, use in preps if use == "origin"),
        circumstance_preps=frozenset(p for p, use in preps if use == "circumstance"),
        place_nouns=frozenset(r[0].lower() for r in of("place_nouns.tsv")),
        cue_negations=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "negation"),
        cue_reflexives=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "reflexive"),
        reflexive_speech=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "reflexive_speech"),
        free_relatives=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "free_relative"),
        circumstance_words=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "circumstance"),
        cue_tail_words=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "tail"),
        complementizers=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "complementizer"),
        accused_preps=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "accused_prep"),
        attributing_verbs=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "attributing"),
        pronouns=speaker_words("pronoun"),
        person_pronouns=speaker_words("person"),
        relative_pronouns=speaker_words("relative"),
        possessives=speaker_words("possessive"),
        agent_preps=speaker_words("agent"),
        acting_of_words=speaker_words("of"),
        owner_words=speaker_words("owner"),
        owner_marks=speaker_words("owner_mark"),
        # "\w-(backed|…)\b": never matches when the table has no such word for the language
        dependent_name=re.compile(rf"\w-({'|'.join(sorted(speaker_words('dependent'))) or '(?!)'})\b", re.I),
        definite_determiners=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "definite"),
        of_words=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "of"),
        region_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "region"),
        region_nouns_after=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "region_after"),
        intercept_verbs=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "intercept"),
        heading_verbs=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "heading"),
        toward_preps=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "toward"),
        platforms=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "platform"),
        guns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "gun"),
        quantity_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "quantity"),
        defence_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "defence"),
        during_preps=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "during"),
        with_preps=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "with"),
        day_words=frozenset(r[2].lower() for r in read_table("time_words.tsv")
                            if r[0] == lang and r[1] in ("weekday", "relative", "part")),
        time_preps=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "time_prep"),
        when_words=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "when"),
        superlative_words=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "superlative"),
        anaphor_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "anaphor"),
        anaphor_city_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "anaphor_city"),
        anaphor_dets=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "anaphor_det"),
        reference_words=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "reference"),
        district_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "district"),
        campaign_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "campaign"),
        blast_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "blast"),
        turn_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "turn"),
        boilerplate=tuple(re.compile(p) for lg, p in read_table("boilerplate.tsv") if lg in (lang, "*")),
        media_words=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "medium"),
        cue_lead_words=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "lead"),
        document_words=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "document"),
        responsibility_words=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "responsibility"),
        opening_preps=tuple(w.lower() for use, w in of("cue_words.tsv") if use == "opening_prep"),
        relay_verbs=frozenset(w.lower() for use, w in of("cue_words.tsv") if use == "relay"),
        member_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "member"),
        armed_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use in ("armed", "member")),
        blame_verbs=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "blame"),
        blame_preps=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "blame_prep"),
        series_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "series"),
        weapon_kind_nouns=frozenset(w.lower() for use, w in of("event_words.tsv") if use == "weapon_kind"),
    )
