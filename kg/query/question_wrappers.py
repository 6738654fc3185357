"""Words around a plain request that change nothing in what it asks, or that a named query
already answers.

- A place set first as the context ("I'm reading about Odesa: list the attacks *there*",
  "Je lis un article sur Kharkiv : quelles frappes *là-bas*") is the place its anaphor points
  back to: the anaphor is replaced by the place, and read as any place. A context that no
  anaphor of the request points back to is refused (the request would be read without it, or
  its place might be meant): "I'm reading about Odesa: list the attacks on Kharkiv" (the
  context's words are left to the reader, which reads no "I'm reading").
- An ask for who alleged the attacks at the end ("…, and who alleged them?", "…, selon qui ?")
  is taken off and kept in the frame (``alleger``): ``attributed_events`` gives each attack's
  alleger; any other query refuses it (``question_frame``).

Both are data (``context_lead``, ``context_anaphor``, ``alleger`` rows of ``kg/data/ask/words.tsv``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.query.ask_tables import ask_words

if TYPE_CHECKING:
    from kg.model import Node

# "were there any attacks", "what attacks were there": the existential "there", no anaphor
_EXISTENTIAL = re.compile(r"(?:is|are|was|were|been|be|'s)\s+$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*[:,;.]\s*")


def strip_alleger(q: str) -> tuple[str, bool]:
    """``q`` without a final ask for who alleged the attacks, and whether it had one."""
    low = q.lower()
    for lang in ("en", "fr"):
        for phrase in sorted(ask_words(lang).allegers, key=len, reverse=True):
            if low.endswith(phrase) and (len(low) == len(phrase) or not low[-len(phrase) - 1].isalnum()):
                head = q[:-len(phrase)].rstrip(" ,;")
                if head:
                    return head, True
    return q, False


def _anaphors(text: str, lang: str) -> list[tuple[re.Match[str], str]]:
    """The anaphors of ``text`` that may point back to a place (not an existential "there"), each
    with the place preposition it stands for."""
    out = []
    for word, prep in ask_words(lang).context_anaphors.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
            if not _EXISTENTIAL.search(text[:m.start()]):
                out.append((m, prep))
    return out


def resolve_context(q: str) -> str:
    """``q`` with a place set first as the context put where its anaphor stands; ``q`` as it is
    when it sets no context, when the context names no place of the graph, or when no anaphor (or
    more than one) of the request points back to it: the reader then refuses the words of the
    context it cannot read ("I'm reading about Odesa: the attacks on Kharkiv"), or reads a fronted
    part as it does without a context lead ("Regarding the strikes on Moscow, what did…")."""
    low = q.lower()
    for lang in ("en", "fr"):
        for lead in sorted(ask_words(lang).context_leads, key=len, reverse=True):
            if not (low.startswith(lead + " ") or low.startswith(lead + "'")):
                continue
            sep = _SEPARATOR.search(q, len(lead))
            if sep is None or not q[sep.end():].strip():
                continue
            name, request = q[len(lead):sep.start()].strip(" '"), q[sep.end():]
            found = _anaphors(request, lang)
            if len(found) != 1 or _place(name) is None:
                return q  # read as written: "Regarding the drone strikes on Moscow, what did…" (a fronted topic)
            m, prep = found[0]
            return f"{request[:m.start()]}{prep} {name}{request[m.end():]}"
    return q


def _place(name: str) -> "Node | None":
    """The place of the graph ``name`` names (the build's linker), or None."""
    from kg.link.articles import default_linker

    return default_linker().place(name)
