"""Read a question into a :class:`~kg.query.question_frame.Frame`, the way the build reads articles.

A question is read in parts, each by a small grammar held in data tables (``kg/data/ask/``):

1. its head (``heads.tsv``) says what is asked (statements, attacks, a count, accusations,
   sources, co-speakers) and may name an actor ("what did *the Kremlin* say");
2. role parts (``roles.tsv``) in the rest name who did, said or is accused of something
   ("carried out by X", "did X carry out", "attribuées à X"); "by X" right after a
   statements head is the speaker, after an attack word the perpetrator;
3. every other word is a date (the build's date normalizer, ``question_dates``), a kind of
   attack (the build's lexicon), a demonym beside an attack word ("Russian strikes":
   the perpetrator), a place, or a word that carries nothing (``skip`` in ``words.tsv``).
   A word left over means the question is not understood: it is refused rather than
   answered more broadly than asked.

Actors are the build's linker's, and an actor part must be a name as a whole ("the United
States about strikes" is no actor). A place is looked up only where the syntax puts one:
after a place preposition ("on", "sur", "in"…), before an attack word ("the Odesa drone
attack"), or a demonym with a place noun ("Russian territory", "sol russe"); the spaCy
model of the build tags the question, and a verb is never a place — so neither "say" in
"what did X say" nor "made" in "statements were made" is looked up as the towns Say and Made.
A state just before an attack word ("US air strikes": by or in?), a country with a direction
("eastern Ukraine"), or a town as a speaker is refused; a person the tables do not know is read
by ``question_persons``, misspelt attack words by ``question_spelling``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.model import Node
from kg.query.ask_tables import (AskWords, Head, ask_words, measure_values, question_actor_key, question_heads,
                                  role_parts)
from kg.query.question_appositions import resolve_appositions
from kg.query.question_dates import date_range, day_words_as_figures, find_date_spans
from kg.query.question_frame import Frame, FrameError
from kg.query.question_offices import office_of_place
from kg.query.question_openers import read_opener
from kg.query.question_persons import curated_person, named_person, surname_person
from kg.query.question_spelling import spelling_fixes
from kg.query.question_wrappers import resolve_context, strip_alleger
from kg.query.question_targets import TargetWord, is_broad, is_military, narrower_forms, target_words

if TYPE_CHECKING:
    from kg.link.resolve import Linker

_WORD = re.compile(r"\w+(?:-\w+)*")
# characters no actor or place name has; a question holding them in a name is not answered
_NOT_IN_NAMES = re.compile(r"[{}<>;\"\\|^`$=#*()\[\]]")
MAX_PLACE_WORDS = 5
MAX_ACRONYM = 6  # letters of an acronym read in capitals when a question is in lower case
_NOT_PLACES = {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}  # spaCy tags a place name never has


def _linker() -> "Linker":
    from kg.link.articles import default_linker  # heavy: load only when a question is read

    return default_linker()


@lru_cache(maxsize=256)
def _tags(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, coarse part of speech) of each token, by the build's spaCy model."""
    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline(lang)
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in ("tok2vec", "tagger", "morphologizer", "attribute_ruler", "lemmatizer", "parser"):
            doc = proc(doc)
    return tuple((t.idx, t.idx + len(t.text), t.pos_) for t in doc)


def check_name(text: str) -> None:
    bad = _NOT_IN_NAMES.search(text)
    if bad:
        raise FrameError(f"{text!r} is no name (it contains {bad.group()!r})")


def _strip_articles(text: str, words: AskWords) -> str:
    out = text.strip()
    while True:
        m = re.match(r"(\w+)(?:'|\s+)", out)
        if m is None or m.group(1).lower() not in words.articles or m.end() >= len(out):
            return out
        out = out[m.end():]


def _whole_actor(text: str, words: AskWords) -> Node | None:
    """The curated actor ``text`` names as a whole: each of its words but articles is part of
    one of that actor's names (the build's ``find_actor`` alone takes any text containing one)."""
    from kg.link.normalize import tokens

    gaz = _linker().gazetteer
    node = gaz.find_actor(text)
    if node is None:
        return _question_alias(text, words)
    key = gaz.actors.match(text)
    ws = tokens(text)
    covered = [w in gaz.actors.glue or w in words.articles for w in ws]
    for i, w in enumerate(ws):
        for alias in gaz.actors.by_first_word.get(w, ()):
            if alias.key == key and ws[i:i + len(alias.words)] == alias.words:
                covered[i:i + len(alias.words)] = [True] * len(alias.words)
    return node if all(covered) else None


def _question_alias(text: str, words: AskWords) -> Node | None:
    """A curated actor by a name questions use that the build's tables lack ("le CGRI"), as a whole."""
    from kg.link.iris import org_iri

    key = question_actor_key(_strip_articles(text, words))
    return _linker().gazetteer.node(org_iri(key)) if key else None


def _state_of(text: str, words: AskWords) -> Node | None:
    """A demonym with a state noun ("the Ukrainian authorities", "les autorités russes") is the state."""
    gaz = _linker().gazetteer
    ws = [w for w in _WORD.findall(text) if w.lower() not in words.articles]
    if len(ws) == 2:
        for demonym, noun in (ws, ws[::-1]):
            code = gaz.country_for_demonym(demonym)
            if code and noun.lower() in words.state_nouns:
                return gaz.country(code)
    return None


def _members_of(text: str, words: AskWords) -> Node | None:
    """An organisation's people ("Hamas officials", "les responsables du Hezbollah") are the
    organisation, whose members count, as "Ukrainian officials" are the state."""
    ws = [m for m in _WORD.finditer(text)]
    if len(ws) < 2:
        return None
    first, last = ws[0].group().lower(), ws[-1].group().lower()
    if last in words.state_nouns:
        name = text[:ws[-1].start()].strip()
    elif first in words.state_nouns or (first in words.articles and len(ws) > 2 and ws[1].group().lower() in words.state_nouns):
        head = ws[0] if first in words.state_nouns else ws[1]
        name = re.sub(r"^(?:of|du|de la|de l'|des|de|d')\s*", "", text[head.end():].strip(), flags=re.IGNORECASE)
    else:
        return None
    node = _whole_actor(name, words) if name else None
    if node is None or "Person" in node.classes or not _is_actor(node):
        return None
    return node


def _without_title(text: str, words: AskWords) -> str | None:
    """``text`` without the title before a name ("le gouverneur Alexandre Bogomaz", "Moscow Mayor
    Sergei Sobyanin": a place or demonym may name where the title holds), or None."""
    bare = _strip_articles(text, words)
    name = _after_title(bare, words)
    if name is not None:
        return name
    ws = bare.split()
    for n in (1, 2):  # "Moscow Mayor …", "Belgorod regional governor …" is not read (no such title)
        where, after = " ".join(ws[:n]), " ".join(ws[n:])
        if len(ws) > n + 2 and where[:1].isupper() and (_linker().place(where) is not None
                                                           or _linker().gazetteer.country_for_demonym(where)):
            name = _after_title(after, words)
            if name is not None:
                return name
    return None


def _after_title(bare: str, words: AskWords) -> str | None:
    low = bare.lower()
    for title in sorted(words.titles, key=len, reverse=True):
        if low.startswith(title + " ") and len(bare) > len(title) + 1:
            name = bare[len(title) + 1:].strip()
            first = re.match(r"\w+", name.lower())
            if first and (first.group() in words.genitives or first.group() in ("of", "de", "d", "du", "des")):
                return None  # "the spokesman of the Kremlin", "le porte-parole du Kremlin": one of its members, not it
            return name
    return None


def resolve_actor(text: str, lang: str, strict: bool = False) -> Node | None:
    """The actor ``text`` names as a whole, as the build's linker reads actors: a curated actor,
    a person's name after a title, a demonym with a state noun, a capital for its state
    ("Moscou" speaks for Russia), else a place. ``strict``: only actors and countries (an
    author beside an attack word: "les attaques des Houthis", "Hezbollah drone strikes")."""
    check_name(text)
    words = ask_words(lang)
    linker = _linker()
    bare = _strip_articles(text, words)
    node = _whole_actor(text, words) or _state_of(text, words) or _members_of(text, words)
    if node is None and bare.islower() and bare.isalpha() and 2 <= len(bare) <= MAX_ACRONYM:
        # an acronym in a question written in lower case ("what did the iaea say"): the build's
        # tables match acronyms in capitals only; a country's only after an article ("the us", not "us")
        node = _whole_actor(bare.upper(), words) or (linker.place(bare.upper()) if bare != text.strip() else None)
        if node is not None and not ("Country" in node.classes and bare != text.strip()) and not _is_org(node):
            node = None
    if node is None:
        untitled = _without_title(text, words)
        if untitled:
            node = _whole_actor(untitled, words)
    if node is None:
        node = office_of_place(text, lang)  # "the governor of the Kursk region": its administration
    if node is not None:
        return node
    node = curated_person(_without_title(text, words) or bare) or surname_person(_without_title(text, words) or bare)
    if node is not None:
        return node
    place = linker.place(bare)
    if place is None:
        return None if strict else named_person(_without_title(text, words) or bare, lang)
    if "Country" in place.classes:
        return place
    if strict:
        return None
    code = linker.gazetteer.capital_named(bare)
    if code:
        return linker.gazetteer.country(code)
    if place.classes & _PLACE_CLASSES:
        return None  # a town or region does not speak, accuse or strike ("Kirby", "Hassan": a name, not the town)
    return place


_PLACE_CLASSES = frozenset({"City", "Region", "Place", "Sea", "Territory"})


def _is_org(node: Node) -> bool:
    """An organisation (not a person, place or country)."""
    return "Organization" in node.classes or not node.classes & (_PLACE_CLASSES | {"Person", "Country"})


def _is_actor(node: Node) -> bool:
    """A state, an organisation or a person, not a city or region (capitals are read as their state)."""
    return "Country" in node.classes or not node.classes & _PLACE_CLASSES


def _actor(text: str, lang: str) -> Node:
    node = resolve_actor(text.strip(), lang)
    if node is None:
        raise FrameError(f"no actor named {text.strip()!r}")
    return node


def _ancestors(node: Node) -> set[str]:
    gaz = _linker().gazetteer
    seen: set[str] = set()
    cur: Node | None = node
    while cur is not None and cur.located_in and cur.located_in not in seen:
        seen.add(cur.located_in)
        cur = gaz.node(cur.located_in)
    return seen


# ---------- the rest of a question ----------


class _Rest:
    """The rest of a question: its text, its offset in the question, what is read of it."""

    def __init__(self, question: str, start: int, end: int, gaps: tuple[tuple[int, int], ...] = ()) -> None:
        self.question = question
        self.start, self.end = start, end
        self.used = [False] * len(question)
        for i in range(len(question)):
            if not start <= i < end:
                self.used[i] = True
        for a, b in gaps:  # words of the head between two free parts ("how many drones *were shot down* over…")
            self.mark(a, b)

    def mark(self, a: int, b: int) -> None:
        self.used[a:b] = [True] * (b - a)

    def free(self, a: int, b: int) -> bool:
        return not any(self.used[a:b])


def _role_matches(regex: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """Every match of a role part, one per word where it may begin: a match that names no actor
    ("les frappes aériennes l'armée birmane a-t-elle menées" from "les") must not hide a later
    one inside it ("l'armée birmane a-t-elle menées")."""
    out = []
    for w in _WORD.finditer(text, start, end):
        m = regex.match(text, w.start(), end)
        if m is not None and (not out or m.start() >= out[-1].start()):
            out.append(m)
    return out


def _read_roles(frame: Frame, rest: _Rest, lang: str) -> None:
    text = rest.question
    for part in role_parts(lang):
        if part.asks and frame.asks not in part.asks:
            continue
        for m in _role_matches(part.regex, text, rest.start, rest.end):
            if not rest.free(m.start(), m.end()):
                continue
            if part.anchored and text[rest.start:m.start()].strip():
                continue
            name = m.group("x")
            node = resolve_actor(name.strip(), lang, strict=part.strict)
            if node is not None and part.role == "perpetrator" and not _is_actor(node):
                node = None  # "by date": a town named Date is no author of attacks
            if node is None:
                continue  # no actor: its words are read as the rest ("parlé des frappes aériennes")
            current = getattr(frame, part.role)
            if current is not None and current.iri != node.iri:
                raise FrameError(f"more than one {part.role} ({name.strip()!r} and another)")
            setattr(frame, part.role, node)
            rest.mark(m.start(), m.end())


def _read_dates(frame: Frame, rest: _Rest, lang: str, today: dt.date) -> None:
    text = rest.question[rest.start:rest.end]
    spans = find_date_spans(text, lang, today)
    approx = ask_words(lang).approx
    for s in spans:
        before = re.search(r"(?:^|\s)((?:\S+\s+)?\S+)\s+(?:the\s+|le\s+)?$", text[:s.start])
        words_before = before.group(1).lower() if before else ""
        hit = next((w for w in approx if words_before == w or words_before.endswith(" " + w)), None)
        if hit:
            raise FrameError(f"{hit!r} makes the date approximate: ask for a day or a period")
        rest.mark(rest.start + s.start, rest.start + s.end)
    frame.first, frame.last = date_range(spans)
    if frame.first and frame.last and frame.first > frame.last:
        raise FrameError(f"the dates name no single period ({frame.first} is after {frame.last}): ask for one period")


def _refuse_models(rest: _Rest, words: AskWords) -> None:
    """A weapon model ("Iskander strikes", "drones Shahed", "Shahed-136") narrows the attacks
    to those of that model, which the graph does not record (it types attacks by kind): refused
    rather than answered for every attack of the kind."""
    low = rest.question.lower()
    for model in sorted(words.models, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(model)}(?:-\d+[a-z]?)?s?(?!\w)", low):
            if rest.free(m.start(), m.end()):
                raise FrameError(f"the graph records the kind of an attack, not the weapon's model "
                                 f"({rest.question[m.start():m.end()]!r}): ask about the kind (drone, missile…) instead")


def _read_classes(frame: Frame, rest: _Rest, words: AskWords) -> list[tuple[int, int]]:
    """Mark the attack words; their spans (to place demonyms and names beside them)."""
    text = rest.question
    low = text.lower()
    _refuse_models(rest, words)
    classes: set[str] = set()
    spans: list[tuple[int, int]] = []
    for phrase in sorted((w for w in words.classes if " " in w or "'" in w), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            if rest.free(m.start(), m.end()):
                classes.add(words.classes[phrase])
                rest.mark(m.start(), m.end())
                spans.append((m.start(), m.end()))
    in_targets = _target_label_spans(low, frame.lang)
    for m in _WORD.finditer(text):
        if not rest.free(m.start(), m.end()) or any(a <= m.start() and m.end() <= b for a, b in in_targets):
            continue  # "air" of "air base", "aériennes" of "bases aériennes": the target's, not an attack word
        w = m.group().lower()
        cls = (words.classes.get(w) or words.classes.get(re.sub(r"(?<=\w)[sx]$", "", w))
               or words.classes.get(re.sub(r"(?<=é)es?$", "", w)))  # "frappée(s)" as "frappé"
        if cls:
            classes.add(cls)
            rest.mark(m.start(), m.end())
            spans.append((m.start(), m.end()))
    specific = sorted(c for c in classes if c != "Attack")
    if len(specific) > 1:
        raise FrameError(f"more than one kind of attack ({', '.join(specific)})")
    frame.attack_class = specific[0] if specific else ("Attack" if classes else None)
    return sorted(spans)


def _target_label_spans(low: str, lang: str) -> list[tuple[int, int]]:
    """Where a label of the target scheme of several words stands ("air base", "bases aériennes")."""
    out = []
    for form in target_words(lang):
        if " " in form:
            out.extend(m.span() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", low))
    return out


def _read_topic_leads(rest: _Rest, words: AskWords, class_spans: list[tuple[int, int]]) -> None:
    """"what did X say *after* the drone attack", "*en réponse aux* frappes": words that make
    the attack the topic of the statements, read only right before an attack word."""
    starts = {a for a, _ in class_spans}
    low = rest.question.lower()
    for lead in sorted(words.topic_leads, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(lead)}(?!\w)", low):
            if not rest.free(m.start(), m.end()):
                continue
            after = m.end()
            while True:
                w = re.match(r"\s*(\w+)(?:'|\s)", low[after:])
                if w is None or w.group(1) not in words.articles:
                    break
                after += w.end() if low[after + w.end() - 1] == "'" else w.end() - 1
            at = after + len(low[after:]) - len(low[after:].lstrip())
            if at in starts:
                rest.mark(m.start(), m.end())


def _free_words(rest: _Rest) -> list[re.Match[str]]:
    return [m for m in _WORD.finditer(rest.question) if rest.free(m.start(), m.end())]


def _place_allowed(rest: _Rest, run: list[re.Match[str]], words: AskWords, class_spans: list[tuple[int, int]],
                   lang: str, anchors: list[tuple[int, int]] = ()) -> bool:
    """Whether the syntax puts a place where ``run`` stands: after a place preposition (articles
    between), or just before an attack word; and no word of it is tagged as a verb or pronoun."""
    text = rest.question
    tagged = _tags(text, lang)
    tags = [pos for a, b, pos in tagged if a < run[-1].end() and run[0].start() < b]
    before_words = list(_WORD.finditer(text, 0, run[0].start()))
    while before_words and before_words[-1].group().lower() in words.articles:
        before_words.pop()
    after_prep = bool(before_words) and before_words[-1].group().lower() in words.place_preps
    if tags and all(pos in _NOT_PLACES for pos in tags):
        # a lower-case town after a true preposition ("sur odessa") may be tagged as a verb;
        # elsewhere a verb is never a place ("what did X say", "statements were made")
        prep_pos = [pos for a, b, pos in tagged if a == before_words[-1].start()] if after_prep else []
        if not (prep_pos == ["ADP"] and all(pos == "VERB" for pos in tags)):
            return False
    if after_prep:
        return True
    after = text[run[-1].end():]
    stripped = after.lstrip()
    at = len(text) - len(stripped)
    low = stripped.lower()
    if any(low.startswith(p) and not low[len(p):len(p) + 1].isalnum() for p in words.place_posts):
        return True  # "was Kharkiv hit", "Kharkiv a-t-elle été frappée"
    return any(a == at for a, _ in (*class_spans, *anchors))  # "the Odesa drone attack", "the Ryazan refinery"


def _only_before_attack(rest: _Rest, run: list[re.Match[str]], words: AskWords,
                        class_spans: list[tuple[int, int]]) -> bool:
    """Whether ``run`` stands just before an attack word with no place preposition before it:
    "US air strikes" (by the US) unlike "the Odesa drone attack" (a town is where, a state
    may be who)."""
    text = rest.question
    before = [m.group().lower() for m in _WORD.finditer(text, 0, run[0].start())]
    while before and before[-1] in words.articles:
        before.pop()
    if before and before[-1] in words.place_preps:
        return False
    at = len(text) - len(text[run[-1].end():].lstrip())
    return any(a == at for a, _ in class_spans)


def _read_places(frame: Frame, rest: _Rest, words: AskWords, class_spans: list[tuple[int, int]], lang: str,
                 anchors: list[tuple[int, int]] = ()) -> None:
    text = rest.question
    free = _free_words(rest)
    found: list[Node] = []
    taken = [False] * len(free)
    boundary = [w.group().lower() not in words.skip or w.group().lower() in words.place_nouns for w in free]
    for n in range(min(MAX_PLACE_WORDS, len(free)), 0, -1):
        for i in range(len(free) - n + 1):
            run = free[i:i + n]
            if any(taken[i:i + n]) or not (boundary[i] and boundary[i + n - 1]):
                continue
            if any(text[a.end():b.start()].strip(" '") for a, b in zip(run, run[1:])):
                continue  # not contiguous: a date or a class word lies between
            phrase = text[run[0].start():run[-1].end()]
            if n == 1 and phrase.lower() in words.place_nouns:
                continue
            check_name(phrase)
            node = None
            if n == 2:
                node = _demonym_place(run, words)
            if node is None and _place_allowed(rest, run, words, class_spans, lang, anchors):
                node = _linker().place(phrase)
                if node is not None and "Country" in node.classes and _only_before_attack(rest, run, words, class_spans):
                    raise FrameError(f"{phrase!r} before an attack word may say who struck or where: "
                                     f"say 'by {phrase}' or 'in {phrase}'")
            if node is not None and "Country" in node.classes and any(w.group().lower() in words.compass for w in run):
                names = {x.lower() for x in node.labels.values()} | {x.lower() for x, _ in node.alt_labels}
                if _strip_articles(phrase, words).lower() not in names:  # not "South Sudan": "eastern Ukraine"
                    raise FrameError(f"no place of the graph is {phrase!r}, only the whole country")
            if node is not None:
                found.append(node)
                taken[i:i + n] = [True] * n
                rest.mark(run[0].start(), run[-1].end())
    if found:
        best = max(found, key=lambda nd: len(_ancestors(nd)))
        chain = _ancestors(best) | {best.iri}
        if any(p.iri not in chain for p in found):
            raise FrameError(f"more than one place ({', '.join(p.labels.get('en', p.iri) for p in found)})")
        frame.place = best


def _demonym_place(run: list[re.Match[str]], words: AskWords) -> Node | None:
    """A demonym beside a place noun ("Russian territory", "sol russe") is the country."""
    a, b = (m.group() for m in run)
    gaz = _linker().gazetteer
    for demonym, noun in ((a, b), (b, a)):
        code = gaz.country_for_demonym(demonym)
        if code and noun.lower() in words.place_nouns:
            return gaz.country(code)
    return None


def _read_demonyms(frame: Frame, rest: _Rest, class_spans: list[tuple[int, int]]) -> None:
    """A demonym beside an attack word ("Russian strikes", "frappes russes") names the perpetrator."""
    gaz = _linker().gazetteer
    text = rest.question
    for m in _free_words(rest):
        code = gaz.country_for_demonym(m.group())
        if not code:
            continue
        near = any(text[b:m.start()].strip() == "" or text[m.end():a].strip() == "" for a, b in class_spans)
        if not near:
            continue
        node = gaz.country(code)
        if frame.perpetrator is not None and frame.perpetrator.iri != node.iri:
            raise FrameError(f"more than one perpetrator ({m.group()!r} and another)")
        frame.perpetrator = node
        rest.mark(m.start(), m.end())


def _set_perpetrator(frame: Frame, node: Node, text: str) -> None:
    if frame.perpetrator is not None and frame.perpetrator.iri != node.iri:
        raise FrameError(f"more than one perpetrator ({text!r} and another)")
    frame.perpetrator = node


def _read_authors(frame: Frame, rest: _Rest, words: AskWords, class_spans: list[tuple[int, int]], lang: str) -> None:
    """An actor's name just before an attack word ("Hezbollah drone strikes") or after it and a
    genitive ("les attaques des Houthis") names the perpetrator; places stay places."""
    text = rest.question
    free = _free_words(rest)
    for a, b in class_spans:
        before = [m for m in free if m.end() <= a]
        run: list[re.Match[str]] = []
        for m in reversed(before):
            gap_end = run[0].start() if run else a
            if text[m.end():gap_end].strip(" '"):
                break
            run.insert(0, m)
        for i in range(len(run)):
            phrase = text[run[i].start():run[-1].end()]
            if run[i].group().lower() in words.articles or phrase.lower() in words.skip:
                continue
            possessive = re.search(r"'s$", phrase)  # "Russia's drone strikes": states too
            node = resolve_actor(phrase[:-2], lang, strict=True) if possessive else _whole_actor(phrase, words)
            if node is not None:
                _set_perpetrator(frame, node, phrase)
                rest.mark(run[i].start(), run[-1].end())
                break
        if not words.genitives:
            continue
        gen = re.compile(rf"\s*(?:{'|'.join(re.escape(g) for g in sorted(words.genitives, key=len, reverse=True))})\s*",
                         re.IGNORECASE)
        m = gen.match(text, b)
        if m is None or not rest.free(m.start(), m.end()) or m.end() == b:
            continue
        after = [w for w in free if w.start() >= m.end()]
        run = []
        for w in after:
            if w.group().lower() in words.stops or (run and text[run[-1].end():w.start()].strip(" '")):
                break
            if not run and w.start() != m.end():
                break
            run.append(w)
        for j in range(len(run), 0, -1):
            phrase = text[run[0].start():run[j - 1].end()]
            node = resolve_actor(phrase, lang, strict=True)
            if node is not None:
                _set_perpetrator(frame, node, phrase)
                rest.mark(m.start(), run[j - 1].end())
                break


def _refuse_parts_of_places(rest: _Rest, words: AskWords) -> None:
    """"l'est de l'Ukraine", "the north of Gaza": a part of a place that no place of the graph
    names (when one does, "the north of Israel", it was read as that place) is not the whole place."""
    if not words.compass:
        return
    rx = re.compile(rf"(?<!\w)(?:l'|le |la |the )({'|'.join(re.escape(w) for w in words.compass)})\s+(?:de |du |d'|des |of )",
                    re.IGNORECASE)
    for m in rx.finditer(rest.question, rest.start, rest.end):
        if rest.free(m.start(1), m.end(1)):
            raise FrameError(f"the graph has no place for a part of a place ({m.group().strip()!r} …): "
                             "ask about the whole place or one of its regions")


def _refuse_seasons(rest: _Rest, words: AskWords) -> None:
    """"in the summer of 2024", "à l'été 2024": a season has no agreed first and last day, and
    its year alone would be broader than asked ("été" is also "been", a word that carries nothing)."""
    for pattern in words.seasons:
        m = re.search(rf"(?<!\w){pattern}(?!\w)", rest.question[rest.start:rest.end], re.IGNORECASE)
        if m is not None:
            raise FrameError(f"a season ({m.group().strip()!r}) has no exact first and last day: ask for months")


def _read_skip_phrases(rest: _Rest, words: AskWords) -> None:
    low = rest.question.lower()
    for phrase in sorted(words.skip_phrases, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            if rest.free(m.start(), m.end()):
                rest.mark(m.start(), m.end())


def _read_rest(frame: Frame, rest: _Rest, lang: str, today: dt.date) -> None:
    words = ask_words(lang)
    check_name(rest.question[rest.start:rest.end])
    _refuse_seasons(rest, words)
    _read_skip_phrases(rest, words)
    if frame.asks == "casualties":
        _read_victims(rest, words)
    _read_roles(frame, rest, lang)
    _read_dates(frame, rest, lang, today)
    class_spans = _read_classes(frame, rest, words)
    if frame.asks in ("statements", "casualties"):  # "said after the strike", "killed after the strike"
        _read_topic_leads(rest, words, class_spans)
    _read_authors(frame, rest, words, class_spans, lang)
    found = _read_targets(frame, rest, words, class_spans, lang)
    _refuse_targets(frame, rest, words)
    _read_places(frame, rest, words, class_spans, lang, found.anchors)
    _settle_target_place(frame, found)
    _refuse_parts_of_places(rest, words)
    _read_demonyms(frame, rest, class_spans)
    for m in _WORD.finditer(rest.question, rest.start, rest.end):
        if not rest.free(m.start(), m.end()) and any(not rest.used[k] for k in range(m.start(), m.end())):
            raise FrameError(f"do not know what {m.group()!r} means here")  # "mid-May": "May" read, "mid" not
    free = _free_words(rest)
    for i, m in enumerate(free):
        w = m.group().lower()
        if w in words.skip or w in words.place_nouns or w in words.articles:
            continue
        if m.group()[:1].isupper() and _after_place_prep(rest.question, m.start(), words):
            end = m.end()
            for nxt in free[i + 1:]:  # the whole name: "North Darfur"
                if not nxt.group()[:1].isupper() or rest.question[end:nxt.start()] != " ":
                    break
                end = nxt.end()
            raise FrameError(f"no place of the graph is named {rest.question[m.start():end]!r}")
        raise FrameError(f"do not know what {m.group()!r} means here")


def _after_place_prep(text: str, at: int, words: AskWords) -> bool:
    """Whether a place preposition (articles between) stands just before ``at``: "in Darfur"."""
    before = [m.group().lower() for m in _WORD.finditer(text, 0, at)]
    while before and before[-1] in words.articles:
        before.pop()
    return bool(before) and before[-1] in words.place_preps


_ACTOR_GROUPS = ("speaker", "accuser", "accused", "co_actor", "reporter")
_TARGET_ASKS = ("attacks", "timeline", "count")  # event_timeline and event_count take a target
_ASK_QUERY = {"statements": "who_said_what", "accusations": "accusations", "sources": "sources_of_event",
              "co_speakers": "co_statements", "casualties": "casualties", "interceptions": "interceptions",
              "claims": "claims"}


def _read_victims(rest: _Rest, words: AskWords) -> None:
    """"how many *people* were killed" carries nothing; "how many *civilians*" narrows the figures to
    people the graph does not tell apart (it counts an attack's dead and injured): refused."""
    low = rest.question.lower()
    for word, value in sorted(words.victims.items(), key=lambda kv: len(kv[0]), reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            if not rest.free(m.start(), m.end()):
                continue
            if value == "group":
                raise FrameError(f"the graph counts the killed and injured of an attack, not who they were "
                                 f"({rest.question[m.start():m.end()]!r})")
            rest.mark(m.start(), m.end())


@dataclass
class _Targets:
    """What the target reading found: where a place may stand just before a target ("the *Ryazan*
    refinery", "*Odesa*'s port"), the country a demonym beside it names ("Russian refineries"), and
    whether the target is one facility ("the refinery": definite, singular, of a narrow kind)."""

    anchors: list[tuple[int, int]] = field(default_factory=list)
    demonym: Node | None = None
    one: bool = False


_DEFINITE = {"the", "le", "la", "l", "du"}
_POSSESSIVE = re.compile(r"(\w)(['’]s)\s+$")


def _read_targets(frame: Frame, rest: _Rest, words: AskWords, class_spans: list[tuple[int, int]],
                  lang: str) -> _Targets:
    """The target of the attacks, read from the scheme's labels (``question_targets``) only where
    the syntax puts one: after a target lead ("on", "against", "hit", "contre", "sur", "frappé"),
    articles, a demonym or a town between ("on Russian refineries", "hit the Ryazan refinery",
    "contre des raffineries russes"), or before a passive ("refineries hit by drones", "raffineries
    frappées"), or after an attack word and a genitive ("the shelling of the hospital"), or, in
    English, just before an attack word ("refinery strikes"). Anywhere else the word is refused
    (:func:`_refuse_targets`), never read as a place."""
    found = _Targets()
    forms = target_words(lang)
    text, low = rest.question, rest.question.lower()
    concepts: dict[str, str] = {}
    first = rest.end
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", low):  # not in "Port-Soudan"
            a, b = m.start(), m.end()
            if not rest.free(a, b) or _in_place_name(rest, a, b) or _in_actor_name(rest, a, b):
                continue
            read = _target_phrase(rest, a, b, words, class_spans, lang)
            if read is None:
                continue
            start, anchor, definite, demonym, marks = read
            first = min(first, start)
            word: TargetWord = forms[form]
            if form in narrower_forms(lang):
                raise FrameError(f"the graph records what an attack hit by kind ({word.concept}), not {text[a:b]!r}: "
                                 "the whole kind would be broader than asked")
            if demonym is not None:
                if is_military(word.concept):
                    raise FrameError(f"a demonym beside a military target ({text[a:b]!r}) may say whose it is, not "
                                     "where it stands: name the place ('airfields in Russia', 'aérodromes en Russie')")
                if found.demonym is not None and found.demonym.iri != demonym.iri:
                    raise FrameError("more than one country for the targets")
                found.demonym = demonym
            concepts[word.concept] = text[a:b]
            found.anchors.append((anchor, b))
            found.one = found.one or (definite and word.singular and not is_broad(word.concept))
            rest.mark(a, b)
            for x, y in marks:
                rest.mark(x, y)
    if len(concepts) > 1:
        raise FrameError(f"more than one target ({', '.join(repr(t) for t in concepts.values())}): ask for one")
    if concepts:
        (frame.target, frame.target_text), = concepts.items()
        if frame.attack_class is None:  # "how many times were fuel depots hit": only attacks hit targets
            frame.attack_class = "Attack"
        lead = [w.group().lower() for w in _WORD.finditer(text, rest.start, first)]
        head = [w.group().lower() for w in _WORD.finditer(text, 0, rest.start)]
        times = bool(head) and head[-1] in words.count_times  # "how many times", "combien de fois": attacks
        if frame.asks == "count" and not times and all(w in words.articles | words.target_ofs for w in lead):
            raise FrameError(f"the graph counts attacks, not the {frame.target_text!r} they hit: ask for the attacks "
                             "('how many attacks on refineries', 'combien de frappes contre des raffineries')")
    return found


def _pop_name(before: list[re.Match[str]], rest: _Rest, words: AskWords) -> None:
    """Drop the capitalised words of a name just before a target ("the *Ryazan* refinery"): the
    places reader reads them (and refuses them if they name no place: "the Lukoil refinery")."""
    n = 0
    while before and n < MAX_PLACE_WORDS and before[-1].group()[:1].isupper() and \
            rest.free(before[-1].start(), before[-1].end()) and \
            before[-1].group().lower() not in words.articles | words.target_leads:
        before.pop()
        n += 1


def _target_phrase(rest: _Rest, a: int, b: int, words: AskWords, class_spans: list[tuple[int, int]],
                   lang: str) -> tuple[int, int, bool, Node | None, list[tuple[int, int]]] | None:
    """Whether the syntax puts a target at a..b: (where its phrase begins, where a place before
    it may end, definite, the demonym's country, spans to mark), or None."""
    text = rest.question
    gaz = _linker().gazetteer
    anchor, marks = a, []
    demonym: Node | None = None
    before = list(_WORD.finditer(text, rest.start, a))
    poss = _POSSESSIVE.search(text, rest.start, a)
    definite = False
    if poss is not None and poss.end() == a:  # "Odesa's port": the town before is read as the place
        anchor = poss.start(2)
        marks.append((poss.start(2), poss.end(2)))
        before = list(_WORD.finditer(text, rest.start, poss.start(2)))
        definite = True
        _pop_name(before, rest, words)
    elif before and gaz.country_for_demonym(before[-1].group()) and rest.free(before[-1].start(), before[-1].end()):
        demonym = gaz.country(gaz.country_for_demonym(before[-1].group()))
        marks.append((before[-1].start(), before[-1].end()))
        before.pop()
    else:  # a town's name before the target ("the Ryazan refinery"): read as the place
        _pop_name(before, rest, words)
    while before and before[-1].group().lower() in words.articles:
        definite = definite or before[-1].group().lower() in _DEFINITE
        before.pop()
    led = False
    start = before[-1].end() if before else rest.start
    if before:
        w = before[-1].group().lower()
        if w in words.target_ofs:  # "contre des raffineries", "the shelling of the hospital"
            definite = definite or w in _DEFINITE
            ends = {y for _, y in class_spans}
            prev = before[-2].group().lower() if len(before) > 1 else ""
            led = prev in words.target_leads or any(text[y:before[-1].start()].strip() == "" for y in ends)
        else:
            led = w in words.target_leads
    after = text[b:rest.end]
    nxt = re.match(r"\s*(\w+)", after)
    if nxt is not None and demonym is None and gaz.country_for_demonym(nxt.group(1)):
        demonym = gaz.country(gaz.country_for_demonym(nxt.group(1)))  # "raffineries russes"
        marks.append((b + nxt.start(1), b + nxt.end(1)))
        after = text[b + nxt.end(1):rest.end]
    tail = after.lstrip().lower()
    if not led:  # "oil depots in Crimea attacked": a place between the target and its passive
        between = re.match(r"(?:in|en|à|au|aux|dans)\s+(?:(?:the|la|le|les|l')\s*)?(?:[A-ZÀ-Ý][\w'’-]*\s+){1,4}",
                           after.lstrip())
        if between is not None:
            tail = after.lstrip()[between.end():].lower()
    if not led:
        posts = words.target_posts | words.place_posts
        led = any(tail.startswith(p) and not tail[len(p):len(p) + 1].isalnum() for p in posts)
    if not led and lang == "en":
        at = len(text) - len(text[b:].lstrip())
        if any(x == at for x, _ in class_spans):  # "refinery strikes"
            if demonym is not None:
                raise FrameError(f"a demonym before {text[a:b]!r} and an attack word may say who struck or "
                                 "where: say 'strikes on refineries in Russia' or 'by Russia'")
            led = True
    return (start, anchor, definite, demonym, marks) if led else None


def _settle_target_place(frame: Frame, found: _Targets) -> None:
    """The demonym's country joins the places read ("Russian refineries in Ryazan": Ryazan); one
    facility ("the refinery", "la raffinerie") needs its town: the target type at a town is that
    town's facility of the type (as the build mints facilities: town and type), at a country or
    nowhere it is any of many."""
    if found.demonym is not None:
        if frame.place is None:
            frame.place = found.demonym
        elif found.demonym.iri not in _ancestors(frame.place) | {frame.place.iri}:
            raise FrameError("more than one place (the targets' country and another)")
    if found.one and (frame.place is None or "Country" in frame.place.classes):
        raise FrameError(f"{frame.target_text!r} names one facility: name its town "
                         "('the Ryazan refinery', 'la raffinerie de Riazan')")


def _refuse_targets(frame: Frame, rest: _Rest, words: AskWords) -> None:
    """A word naming what attacks hit that no target reading took: where the syntax puts no
    target ("near the refinery", "in the Odesa port": the linker would read "Odesa port" as Odesa,
    broader than asked), or a word that names no one kind of the scheme ("depot": of oil or of
    ammunition?). Read before the places, unless the word is part of a place's own name ("Port Sudan")."""
    low = rest.question.lower()
    lang = frame.lang
    scheme = set(target_words(lang))
    for target in sorted(scheme | words.targets, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(target)}(?!\w)", low):
            if not rest.free(m.start(), m.end()) or _in_place_name(rest, m.start(), m.end()) \
                    or _in_actor_name(rest, m.start(), m.end()):
                continue
            said = rest.question[m.start():m.end()]
            if frame.asks not in _TARGET_ASKS:
                raise FrameError(f"{_ASK_QUERY.get(frame.asks, frame.asks)} takes no target ({said!r}): "
                                 "its answer would be broader than asked")
            if target not in scheme:
                raise FrameError(f"{said!r} names no one kind of target the graph records: say which "
                                 "(an oil depot, a power plant, an air base…)")
            raise FrameError(f"{said!r} stands where the question puts no target: ask for attacks on it "
                             "('strikes on refineries', 'frappes contre des raffineries')")


def _in_actor_name(rest: _Rest, a: int, b: int) -> bool:
    """Whether a capitalised word at a..b is part of an actor's name with the capitalised words
    around it ("the White House", "la Maison Blanche": no house)."""
    text = rest.question
    if not text[a:a + 1].isupper():
        return False
    words = [m for m in _WORD.finditer(text, rest.start, rest.end)]
    at = next((i for i, m in enumerate(words) if m.start() <= a < m.end()), None)
    if at is None:
        return False
    for i in range(max(0, at - 2), at + 1):
        for j in range(at, min(len(words), at + 3)):
            run = words[i:j + 1]
            if len(run) < 2 or not all(m.group()[:1].isupper() for m in run):
                continue
            if any(text[x.end():y.start()].strip() for x, y in zip(run, run[1:])):
                continue
            phrase = text[run[0].start():run[-1].end()]
            if any(resolve_actor(phrase, lang, strict=True) is not None for lang in ("en", "fr")):
                return True
    return False


def _in_place_name(rest: _Rest, a: int, b: int) -> bool:
    """Whether the words at a..b are part of the name of a place the linker knows, with the
    words around them ("Port Sudan", "Port-Saïd": the place's label holds them)."""
    free = _free_words(rest)
    at = next((i for i, m in enumerate(free) if m.start() <= a < m.end()), None)
    if at is None:
        return False
    inner = rest.question[a:b].lower()
    for i in range(max(0, at - 2), at + 1):
        for j in range(at, min(len(free), i + 3)):
            if i == j and "-" not in free[i].group():  # one word: a hyphenated name ("Port-Soudan") only
                continue
            phrase = rest.question[free[i].start():free[j].end()]
            node = _linker().place(phrase)
            if node is not None and any(re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", label.lower())
                                        for label in (*node.labels.values(), *(x for x, _ in node.alt_labels))):
                return True
    return False


@lru_cache(maxsize=None)
def _weapon_words(lang: str) -> frozenset[str]:
    """The build's weapon words (``attack_instruments.tsv``): drones, missiles, rockets."""
    from kg.nlp.lexicon import read_table

    return frozenset(row[1].lower() for row in read_table("attack_instruments.tsv") if row[0] == lang)


@lru_cache(maxsize=None)
def _counted_weapons(lang: str) -> frozenset[str]:
    """The weapon words the build counts (``kg.nlp.weapons``: drones, missiles, rockets, shells),
    without the attack words among them ("shelling", "airstrike": a count of those counts attacks)."""
    from kg.nlp.lexicon import read_table

    triggers = {row[1].lower() for row in read_table("attack_triggers.tsv") if row[0] == lang and row[2] == "NOUN"}
    return frozenset(row[1].lower() for row in read_table("attack_instruments.tsv")
                     if row[0] == lang and row[2] in ("DroneStrike", "MissileStrike", "Shelling")) - triggers


def _check_weapons(q: str, pre: tuple[int, int], lang: str) -> None:
    """What an interceptions question counts is weapons ("how many *drones* were shot down"), not
    attacks ("how many drone strikes were launched at Kyiv" counts strikes: event_count)."""
    words = ask_words(lang)
    weapons = _weapon_words(lang)
    for m in _WORD.finditer(q, *pre):
        w = m.group().lower()
        bare = re.sub(r"(?<=\w)[sx]$", "", w)
        if (w in words.classes or bare in words.classes) and w not in weapons and bare not in weapons:
            raise FrameError(f"{m.group()!r}: an interception count counts weapons, not attacks")


def _refuse_weapon_counts(q: str, rest: tuple[int, int], lang: str) -> None:
    """"how many *drones* did Russia launch", "combien de *missiles* l'Iran a-t-il tirés": what is
    counted is weapons launched or shot down, not attacks (event_count counts attacks, each of which
    may be many drones): the counted noun is a weapon word with no attack word after it ("drone
    strikes" counts strikes) and a verb of launching or interception stands in the rest. Weapons
    are counted by interceptions (its heads read them first); who launched them it cannot take."""
    if not re.search(r"(?:how many|number of|count of|tally of|combien|nombre(?: total)?)\s*(?:de|d')?\s*$",
                     q[:rest[0]], re.IGNORECASE):
        return  # "how many times did drones hit Kyiv", "how often": attacks are counted
    if not measure_values(q[rest[0]:rest[1]], lang, "interceptions"):
        return  # "how many Ukrainian drones hit Russia": each drone that hit is read as a strike
    words = ask_words(lang)
    weapons = _counted_weapons(lang)
    found = [m for m in _WORD.finditer(q, *rest)][:4]
    for i, m in enumerate(found):
        w = m.group().lower()
        bare = re.sub(r"(?<=\w)[sx]$", "", w)
        if w not in words.classes and bare not in words.classes:
            continue
        if w in weapons or bare in weapons:
            nxt = found[i + 1].group().lower() if i + 1 < len(found) else ""
            after = re.sub(r"(?<=\w)[sx]$", "", nxt)
            joined = f"{w} {nxt}"
            if nxt not in words.classes and after not in words.classes and joined not in words.classes \
                    and nxt not in words.genitives:
                raise FrameError(f"{m.group()!r}: a count of weapons, not of attacks (event_count counts attacks): "
                                 "ask how many were launched or shot down")
        return


def _names_a_class(text: str, lang: str) -> bool:
    """Whether ``text`` is an attack-class phrase of ``words.tsv`` ("rocket fire", "tirs de roquettes")."""
    return " ".join(text.lower().split()) in ask_words(lang).classes


def _read_parts(head: Head, q: str, groups: dict[str, tuple[int, int]], rest: tuple[int, int] | None,
                today: dt.date, match: re.Match[str] | None = None) -> Frame:
    frame = Frame(asks=head.asks, lang=head.lang)
    for role, (a, b) in groups.items():
        setattr(frame, role, _actor(q[a:b], head.lang))
    found = match.groupdict() if match is not None else {}
    if found.get("measure") is not None:
        values = measure_values(found["measure"], head.lang, head.asks)
        if not values:
            raise FrameError(f"do not know what {found['measure']!r} counts here")
        frame.measure = next(iter(values)) if len(values) == 1 and "*" not in values else None
    gaps: tuple[tuple[int, int], ...] = ()
    if found.get("pre") is not None:
        pre = match.span("pre")
        if head.asks == "interceptions":
            _check_weapons(q, pre, head.lang)
            if found.get("measure") is not None and _names_a_class(q[pre[0]:match.end("measure")], head.lang):
                # "rocket fire on Haifa": a kind of attack, not rockets fired (a count of weapons)
                raise FrameError(f"{q[pre[0]:match.end('measure')]!r} names a kind of attack")
        if rest is not None:
            gaps, rest = ((pre[1], rest[0]),), (pre[0], rest[1])
        else:
            rest = pre
    if rest is not None:
        if head.asks == "count":
            _refuse_weapon_counts(q, rest, head.lang)
        _read_rest(frame, _Rest(q, *rest, gaps), head.lang, today)
    return frame


def _read_head(head: Head, match: re.Match[str], q: str, today: dt.date) -> Frame:
    """Read a matched head; when the actor it ends with does not read, try the other places
    where the actor's name may end and the rest begin ("que dit le ministère de la Défense
    des frappes…": the pattern's first split is "le ministère" / "de la Défense des frappes…")."""
    groups = {r: match.span(r) for r in _ACTOR_GROUPS if match.groupdict().get(r) is not None}
    rest = match.span("rest") if match.groupdict().get("rest") is not None else None
    try:
        return _read_parts(head, q, groups, rest, today, match)
    except FrameError as first:
        last = max(groups.items(), key=lambda kv: kv[1][1], default=None)
        tail_end = rest[1] if rest else len(q)
        if last is None or (rest is None and last[1][1] != len(q)) or (rest is not None and rest[0] != last[1][1]):
            raise
        if match.groupdict().get("pre") is not None:
            raise
        role, (a, _) = last
        for m in _WORD.finditer(q, a):
            p = m.end()
            if p == match.end(role) or p > tail_end:
                continue
            tail = (p, tail_end) if p < tail_end else None
            try:
                return _read_parts(head, q, {**groups, role: (a, p)}, tail, today, match)
            except FrameError:
                continue
        raise first


def strip_prefaces(q: str) -> str:
    """The question without the words that come before it ("could you tell me", "je voudrais savoir")."""
    prefaces = sorted(ask_words("en").prefaces | ask_words("fr").prefaces, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        low = q.lower()
        for p in prefaces:
            if low.startswith(p) and (len(q) == len(p) or not q[len(p)].isalnum()):
                stripped = q[len(p):].lstrip(" ,:;!.")  # "Hello! Which attacks…", "Quick question: …"
                if stripped:
                    q, changed = stripped, True
                    break
            if low.endswith(p) and len(q) > len(p) and q[-len(p) - 1] in " ,;!.":
                q, changed = q[:-len(p)].rstrip(" ,;!."), True
                break
    return q


MAX_FRONTED_WORDS = 6


def _fronted(q: str) -> str | None:
    """A question whose date or place comes first, before a comma ("In May 2024, what did the
    Kremlin say…", "En mai 2024, qu'a dit…"), with that part put last, where the heads expect it."""
    front, sep, back = q.partition(",")
    if not sep or not back.strip() or len(_WORD.findall(front)) > MAX_FRONTED_WORDS:
        return None
    return strip_prefaces(f"{back.strip()} {front.strip()}")


def read_question(q: str, today: dt.date) -> Frame:
    """The frame of a normalized question: the first head whose parts all read; when none does,
    the question read again with a date or place put first moved last (:func:`_fronted`), then
    with its misspelt attack words corrected (``kg.query.question_spelling``), the corrections
    then listed in the frame's ``ignored``.

    Before that, a place set first as the context is put where its anaphor stands, and a final
    ask for who alleged the attacks is taken off and kept in the frame (``question_wrappers``);
    a question in capitals, a subject set first ("Et le Kremlin, qu'a-t-il dit…") and an
    indefinite accuser ("has anyone accused…") are undone (``question_openers``).

    Raises :class:`FrameError` with the reason of the first head that matched (the most
    specific one) when none reads whole.
    """
    q, alleger = strip_alleger(resolve_context(strip_prefaces(q)))
    q = resolve_appositions(day_words_as_figures(strip_prefaces(read_opener(strip_prefaces(q)))))
    frame = _read_question(q, today)
    frame.alleger = alleger
    return frame


def _read_question(q: str, today: dt.date) -> Frame:
    try:
        return _read_heads(q, today)
    except FrameError as exc:
        fronted = _fronted(q)
        if fronted is not None:
            try:
                return _read_heads(fronted, today)
            except FrameError:
                pass
        fixes = spelling_fixes(q)
        if not fixes:
            raise
        fixed = q
        for word, right in fixes:
            fixed = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", right, fixed)
        try:
            frame = _read_heads(fixed, today)
        except FrameError:
            raise exc from None
        frame.ignored.extend(f"{word!r} read as {right!r}" for word, right in fixes)
        return frame


def question_lang(q: str) -> str:
    """The language of a question's little words ("the", "of", "les", "sur"): en or fr."""
    score = {}
    for lang in ("en", "fr"):
        w = ask_words(lang)
        small = w.skip | w.articles | w.stops | w.place_preps
        score[lang] = sum(m.group().lower() in small for m in _WORD.finditer(q))
    return "fr" if score["fr"] > score["en"] else "en"


def _read_heads(q: str, today: dt.date) -> Frame:
    """The frame of the first head whose parts all read; else the reason of the first head of
    the question's language that matched (an English head reading a French question fails on
    its first French word, which says nothing useful)."""
    reasons: list[tuple[str, str]] = []
    for head in question_heads():
        match = head.regex.fullmatch(q)
        if match is None:
            continue
        try:
            return _read_head(head, match, q, today)
        except FrameError as exc:
            reasons.append((head.lang, exc.reason))
    lang = question_lang(q)
    reason = next((r for hl, r in reasons if hl == lang), reasons[0][1] if reasons else None)
    raise FrameError(reason or "it matches none of the known questions")
