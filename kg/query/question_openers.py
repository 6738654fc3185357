"""How people open a question, said the way the heads of ``heads.tsv`` expect it.

- A question written all in capitals ("DRONE STRIKES ON RUSSIA IN 2024") is read in lower case,
  as a question typed without capitals: a short word in capitals is otherwise an acronym or a
  country code ("IT" for Italy), which the writer did not mean.
- A subject put first and taken up by a pronoun ("Et le Kremlin, qu'a-t-il dit des frappes…",
  "And the Pentagon, what did it say about…") is put back where the heads expect the speaker
  ("qu'a dit le Kremlin des frappes…", "what did the Pentagon say about…").
- An indefinite pronoun as the subject of an accusation ("Has anyone accused Iran?",
  "Quelqu'un a-t-il accusé l'Iran ?", "Which strikes does anyone blame on the Houthis?") is no
  actor: the question asks who accused ("who accused Iran", "qui a accusé l'Iran") or which
  attacks are blamed on the accused ("which strikes are blamed on the Houthis").

Each rewrite keeps every word that carries a parameter; the reader then refuses what it cannot
read, as for any question.
"""
from __future__ import annotations

import re

_MIN_CAPS_WORDS = 3
_LETTERS = re.compile(r"[^\W\d_]")

# "Et le Kremlin, qu'a-t-il dit des …" -> "qu'a dit le Kremlin des …"
_FR_DISLOCATED = re.compile(
    r"^(?P<subject>[^,?]+?)\s*,\s*qu'(?P<aux>a|ont)-t?-?(?:il|elle|ils|elles)\s+(?P<verb>dit|déclaré|affirmé|annoncé|répondu|commenté)\b(?P<rest>.*)$",
    re.IGNORECASE)
# "And the Pentagon, what did it say about …" -> "what did the Pentagon say about …"
_EN_DISLOCATED = re.compile(
    r"^(?P<subject>[^,?]+?)\s*,\s*what\s+(?P<aux>did|has|have|does|do)\s+(?:it|they|he|she)\s+(?P<verb>say|said|declare|declared|state|stated|announce|announced)\b(?P<rest>.*)$",
    re.IGNORECASE)
_INDEFINITE_EN = r"(?:anyone|anybody|someone|somebody)"
_INDEFINITE_FR = r"(?:quelqu'un|qui que ce soit)"
# "has anyone accused Iran" -> "who accused Iran"
_EN_ANYONE_ACCUSED = re.compile(
    rf"^(?:has|have|did|does|is)\s+{_INDEFINITE_EN}\s+(?:ever\s+)?(?P<verb>accused|accuse|blamed|blame|been blaming|been accusing|accusing|blaming)\s+(?P<rest>.+)$",
    re.IGNORECASE)
# "which strikes does anyone blame on the Houthis" -> "which strikes are blamed on the Houthis"
_EN_ANYONE_BLAMES_ON = re.compile(
    rf"^(?P<which>(?:which|what)\s+(?:attacks|strikes|attack|strike))\s+(?:does|do|did|has|have)\s+{_INDEFINITE_EN}\s+(?:blame|blamed|pin|pinned)\s+on\s+(?P<rest>.+)$",
    re.IGNORECASE)
# "quelqu'un a-t-il accusé l'Iran", "est-ce que quelqu'un a accusé l'Iran" -> "qui a accusé l'Iran"
_FR_ANYONE_ACCUSED = re.compile(
    rf"^(?:est-ce que |est-ce qu')?{_INDEFINITE_FR}\s+(?:a-t-il|a|aurait-il|aurait)\s+(?:déjà\s+)?(?P<verb>accusé|blâmé|mis en cause)\s+(?P<rest>.+)$",
    re.IGNORECASE)


def lower_if_all_caps(q: str) -> str:
    """``q`` in lower case when every letter of it is a capital and it has a few words."""
    letters = _LETTERS.findall(q)
    if len(q.split()) >= _MIN_CAPS_WORDS and letters and all(c.isupper() for c in letters):
        return q.lower()
    return q


def _fr_participle(aux: str) -> str:
    return "qu'ont" if aux.lower() == "ont" else "qu'a"


def undislocate(q: str) -> str:
    """``q`` with a subject set first and taken up by a pronoun put back as the speaker."""
    m = _FR_DISLOCATED.match(q)
    if m is not None:
        return f"{_fr_participle(m.group('aux'))} {m.group('verb')} {m.group('subject').strip()}{m.group('rest')}"
    m = _EN_DISLOCATED.match(q)
    if m is not None:
        return f"what {m.group('aux')} {m.group('subject').strip()} {m.group('verb')}{m.group('rest')}"
    return q


def without_indefinite_subject(q: str) -> str:
    """``q`` with "anyone"/"quelqu'un" as the accuser asked as who accused, or as what is blamed."""
    m = _EN_ANYONE_ACCUSED.match(q)
    if m is not None:
        verb = "blamed" if "blam" in m.group("verb").lower() else "accused"
        return f"who {verb} {m.group('rest')}"
    m = _EN_ANYONE_BLAMES_ON.match(q)
    if m is not None:
        return f"{m.group('which')} are blamed on {m.group('rest')}"
    m = _FR_ANYONE_ACCUSED.match(q)
    if m is not None:
        return f"qui a {m.group('verb')} {m.group('rest')}"
    return q


def read_opener(q: str) -> str:
    """``q`` as the heads read it: capitals, a dislocated subject and an indefinite accuser undone."""
    return without_indefinite_subject(undislocate(lower_if_all_caps(q)))
