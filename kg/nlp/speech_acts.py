"""What each statement does: its speech act (issue 20), one concept of the SKOS scheme
``kg/data/ontology/speech_acts.ttl`` (claim of responsibility, denial, accusation,
condemnation, threat, casualty or damage report, interception report, other).

The act is read from what the statement finders already found — the cue verb and its
kind (``deny``, ``accuse``), the attacks the extraction found negated ("no such attack") —
and from the words the statement reports: a harm verb in the future or the conditional is
a threat, a casualty figure or a weapon count is a report. The finders of the ``speech
act`` registry (``kg.nlp.finders.speech_acts``) are tried in order; the first that finds
one decides, and its name goes into the statement's trace. Words are in
``kg/data/lexicon/speech_acts.tsv``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.model import CasualtyCandidate, StatementCandidate, WeaponCandidate
from kg.tables import data_table

ACTS: tuple[str, ...] = ("Claim", "Denial", "Accusation", "Condemnation", "Threat", "CasualtyReport",
                         "DamageReport", "InterceptionReport", "Other")
"""The local names of the concepts of the speech-act scheme (``gsa:`` in speech_acts.ttl)."""

DEFAULT_ACT = "Other"


@dataclass(frozen=True)
class ActWords:
    """The words of ``speech_acts.tsv`` for one language."""

    cues: dict[str, tuple[str, frozenset[str]]]  # cue lemma -> (act, object lemmas required or empty)
    promises: frozenset[str]
    harms: frozenset[str]
    damages: frozenset[str]


@lru_cache(maxsize=None)
def act_words(lang: str) -> ActWords:
    """The speech-act words of ``lang``."""
    cues: dict[str, tuple[str, frozenset[str]]] = {}
    sets: dict[str, set[str]] = {"promise": set(), "harm": set(), "damage": set()}
    for row in data_table("lexicon", "speech_acts.tsv"):
        if row["lang"] != lang:
            continue
        if row["use"] == "cue":
            cues[row["lemma"]] = (row["act"], frozenset(x for x in row["object"].split("|") if x))
        else:
            sets[row["use"]].add(row["lemma"])
    return ActWords(cues, frozenset(sets["promise"]), frozenset(sets["harm"]), frozenset(sets["damage"]))


@dataclass(frozen=True)
class ActContext:
    """One statement as the speech-act finders see it: its cue token (None when the cue is
    no verb: "selon", a colon), its kind, the range of the words it reports (the quote or
    reported clause, else its sentence), and the article's denials and figures."""

    doc: Doc
    words: ActWords
    cue: Token | None
    kind: str
    span: tuple[int, int]
    denials: tuple[int, ...]
    casualties: tuple[CasualtyCandidate, ...]
    weapons: tuple[WeaponCandidate, ...]

    def inside(self, pos: int) -> bool:
        return self.span[0] <= pos < self.span[1]

    def tokens(self) -> list[Token]:
        """The tokens of the reported words."""
        return [t for t in self.doc if self.inside(t.idx)]


def _cue_token(doc: Doc, st: StatementCandidate) -> Token | None:
    """The verb of the cue ("ont revendiqué": revendiqué; "claimed"), or None when the cue
    has none ("selon", "according to", a colon)."""
    end = st.cue_start + len(st.cue)
    verbs = [t for t in doc if st.cue_start <= t.idx < end and t.pos_ == "VERB"]
    return verbs[-1] if verbs else None


def speech_act(doc: Doc, st: StatementCandidate, denials: Sequence[int],
               casualties: Sequence[CasualtyCandidate], weapons: Sequence[WeaponCandidate]) -> tuple[str, str]:
    """The act of statement ``st`` and the name of the finder that found it
    (``DEFAULT_ACT`` and "default" when none does)."""
    from kg.nlp.finders.speech_acts import SPEECH_ACT

    span = st.quote_span if st.quote_span is not None else st.evidence
    ctx = ActContext(doc, act_words(doc.lang_), _cue_token(doc, st), st.kind, span, tuple(denials),
                     tuple(casualties), tuple(weapons))
    found = SPEECH_ACT.first(doc.lang_, ctx)
    return (found[1], found[0]) if found else (DEFAULT_ACT, "default")
