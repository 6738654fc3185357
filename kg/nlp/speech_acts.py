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

from spacy.tokens import Doc, Token

from kg.model import CasualtyCandidate, StatementCandidate, WeaponCandidate
from kg.nlp.finders.speech_acts import SPEECH_ACT, ActContext, ActWords, act_words
from kg.nlp.syntax import tokens_starting_in

__all__ = ["ACTS", "DEFAULT_ACT", "ActContext", "ActWords", "act_words", "speech_act"]

ACTS: tuple[str, ...] = ("Claim", "Denial", "Accusation", "Condemnation", "Threat", "CasualtyReport",
                         "DamageReport", "InterceptionReport", "Other")
"""The local names of the concepts of the speech-act scheme (``gsa:`` in speech_acts.ttl)."""

DEFAULT_ACT = "Other"


def _cue_token(doc: Doc, st: StatementCandidate) -> Token | None:
    """The verb of the cue ("ont revendiqué": revendiqué; "claimed"), or None when the cue
    has none ("selon", "according to", a colon)."""
    end = st.cue_start + len(st.cue)
    verbs = [t for t in tokens_starting_in(doc, st.cue_start, end) if t.pos_ == "VERB"]
    return verbs[-1] if verbs else None


def speech_act(doc: Doc, st: StatementCandidate, denials: Sequence[int],
               casualties: Sequence[CasualtyCandidate], weapons: Sequence[WeaponCandidate]) -> tuple[str, str]:
    """The act of statement ``st`` and the name of the finder that found it
    (``DEFAULT_ACT`` and "default" when none does)."""
    span = st.quote_span if st.quote_span is not None else st.evidence
    ctx = ActContext(doc, act_words(doc.lang_), _cue_token(doc, st), st.kind, span, tuple(denials),
                     tuple(casualties), tuple(weapons))
    found = SPEECH_ACT.first(doc.lang_, ctx)
    return (found[1], found[0]) if found else (DEFAULT_ACT, "default")
