"""``kg ask``: an English or French question -> a named query and its parameters.

The mapping is deterministic and driven by tables (``kg/data/ask/``):

1. The question (trailing "?" removed, ’ read as ') is matched against the patterns of
   ``patterns.tsv`` in order; the first that matches the whole question *and* whose parts
   can all be read wins.
2. A group named after an actor parameter ("what did (?P<actor>…) say") is resolved by the
   build's linker (``find_actor``, else a place: "Moscou" is the state).
3. A ``topic`` group ("drone strikes on Russian territory in May 2023") is read word by
   word: dates (``question_dates``), attack classes (the build's lexicon), a place (the
   linker; "Russian territory", "territoire russe" are Russia), words that carry nothing
   (``skip``). A word left over means the question is not understood: it is rejected
   rather than answered with a broader query than was asked. A demonym alone ("Russian
   strikes") names a perpetrator the queries cannot take: it is reported as ignored.

The parameters are the strings ``kg query --param`` takes (ISO codes for countries, the
English label of other nodes), so an answer can be reproduced on the command line; they
are bound as RDF terms by :func:`kg.query.run.prepare`, never pasted into the query.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError
from kg.model import Node
from kg.query.ask_tables import AskWords, QuestionPattern, ask_words, question_patterns
from kg.query.named import NamedQuery, Param, find_query
from kg.query.question_dates import date_range, find_date_spans
from kg.query.run import prepare
from kg.store.base import Store

if TYPE_CHECKING:
    from kg.link.resolve import Linker

_WORD = re.compile(r"\w+(?:-\w+)*")
# characters no actor or place name has; a question holding them in a name is not answered
_NOT_IN_NAMES = re.compile(r"[{}<>;\"\\|^`$=#*]")
MAX_PLACE_WORDS = 5


class UnmappedQuestion(QueryError):
    """The question matches no pattern, or a part of it cannot be read."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"cannot answer this question: {reason}")
        self.reason = reason


@dataclass(frozen=True)
class Mapping:
    """What a question asks: a named query and its ``--param`` values."""

    query: str
    params: dict[str, str]
    lang: str
    ignored: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """A mapped question, the SPARQL that ran (parameters bound) and its result."""

    question: str
    mapping: Mapping
    sparql: str
    names: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def query_name(self) -> str:
        return self.mapping.query

    @property
    def params(self) -> dict[str, str]:
        return self.mapping.params


def example_questions() -> list[str]:
    """The questions ``kg ask`` shows when it cannot map one: one per pattern."""
    return [p.example for p in question_patterns()]


def normalize_question(question: str) -> str:
    q = question.replace("’", "'").replace("\u00a0", " ")
    q = " ".join(q.split())
    return re.sub(r"[\s?!.]+$", "", q)


# ---------- entities ----------


def _linker() -> "Linker":
    from kg.link.articles import default_linker  # heavy: load only when a question is mapped

    return default_linker()


def _actor_node(text: str) -> Node | None:
    """The node ``kg query --param`` would resolve ``text`` to for an actor parameter."""
    linker = _linker()
    return linker.gazetteer.find_actor(text) or linker.place(text)


def _place_node(text: str) -> Node | None:
    return _linker().place(text)


def _param_value(node: Node, resolve: Callable[[str], Node | None]) -> str:
    """The shortest ``--param`` value that names ``node``: its ISO code, its label, or its IRI."""
    if node.country_code and "Country" in node.classes:
        return node.country_code
    for lang in ("en", *sorted(node.labels)):
        label = node.labels.get(lang)
        if label and not _NOT_IN_NAMES.search(label):
            again = resolve(label)
            if again is not None and again.iri == node.iri:
                return label
    return node.iri


def _check_name(text: str) -> None:
    bad = _NOT_IN_NAMES.search(text)
    if bad:
        raise UnmappedQuestion(f"{text!r} is no name (it contains {bad.group()!r})")


def _actor_value(text: str) -> str:
    _check_name(text)
    node = _actor_node(text)
    if node is None:
        raise UnmappedQuestion(f"no actor named {text!r}")
    return _param_value(node, _actor_node)


# ---------- topics ----------


@dataclass
class Topic:
    """What a topic phrase names: an attack class, a place, a date range, ignored words."""

    attack_class: str | None = None
    place: Node | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    ignored: list[str] = field(default_factory=list)


def _ancestors(node: Node) -> set[str]:
    gaz = _linker().gazetteer
    seen: set[str] = set()
    cur: Node | None = node
    while cur is not None and cur.located_in and cur.located_in not in seen:
        seen.add(cur.located_in)
        cur = gaz.node(cur.located_in)
    return seen


def read_topic(text: str, lang: str, today: dt.date) -> Topic:
    """Read every word of a topic phrase, or raise :class:`UnmappedQuestion` naming the first
    word that is neither a date, an attack class, a place, nor a word that carries nothing."""
    _check_name(text)
    words = ask_words(lang)
    topic = Topic()
    used = [False] * len(text)

    def mark(start: int, end: int) -> None:
        used[start:end] = [True] * (end - start)

    spans = find_date_spans(text, lang, today)
    for s in spans:
        mark(s.start, s.end)
    topic.first, topic.last = date_range(spans)

    classes: set[str] = set()
    low = text.lower()
    for phrase in sorted((w for w in words.classes if " " in w or "'" in w), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            if not any(used[m.start():m.end()]):
                classes.add(words.classes[phrase])
                mark(m.start(), m.end())
    tokens = [m for m in _WORD.finditer(text) if not any(used[m.start():m.end()])]
    for m in tokens:
        w = m.group().lower()
        cls = words.classes.get(w) or words.classes.get(re.sub(r"(?<=\w)[sx]$", "", w))
        if cls:
            classes.add(cls)
            mark(m.start(), m.end())
    specific = sorted(c for c in classes if c != "Attack")
    if len(specific) > 1:
        raise UnmappedQuestion(f"more than one kind of attack ({', '.join(specific)})")
    topic.attack_class = specific[0] if specific else ("Attack" if classes else None)

    free = [m for m in tokens if not used[m.start()]]
    places = _find_places(text, free, words, mark)
    if places:
        best = max(places, key=lambda n: len(_ancestors(n)))
        chain = _ancestors(best) | {best.iri}
        if any(p.iri not in chain for p in places):
            raise UnmappedQuestion(f"more than one place ({', '.join(p.labels.get('en', p.iri) for p in places)})")
        topic.place = best
    for m in free:
        if used[m.start()]:
            continue
        w = m.group().lower()
        if w in words.skip or w in words.place_nouns:
            continue
        if _linker().gazetteer.country_for_demonym(m.group()):
            topic.ignored.append(m.group())  # "Russian strikes": a perpetrator, which the queries do not take
            continue
        raise UnmappedQuestion(f"do not know what {m.group()!r} means here")
    return topic


def _find_places(text: str, free: list[re.Match[str]], words: AskWords,
                 mark: Callable[[int, int], None]) -> list[Node]:
    """Places named by runs of free words, longest first; a run starts and ends with a word
    that is no skip word (place nouns excepted: "Russian territory")."""
    found: list[Node] = []
    taken = [False] * len(free)
    boundary = [w.group().lower() not in words.skip or w.group().lower() in words.place_nouns for w in free]
    for n in range(min(MAX_PLACE_WORDS, len(free)), 0, -1):
        for i in range(len(free) - n + 1):
            run = free[i:i + n]
            if any(taken[i:i + n]) or not (boundary[i] and boundary[i + n - 1]):
                continue
            if any(text[a.end():b.start()].strip() for a, b in zip(run, run[1:])):
                continue  # not contiguous: a date or a class word lies between
            phrase = text[run[0].start():run[-1].end()]
            if n == 1 and phrase.lower() in words.place_nouns:
                continue
            node = _place_node(phrase)
            if node is None and n == 2:
                node = _demonym_place(run, words)
            if node is not None:
                found.append(node)
                taken[i:i + n] = [True] * n
                mark(run[0].start(), run[-1].end())
    return found


def _demonym_place(run: list[re.Match[str]], words: AskWords) -> Node | None:
    """A demonym beside a place noun ("Russian cities", "villes ukrainiennes") is the country."""
    a, b = (m.group() for m in run)
    gaz = _linker().gazetteer
    for demonym, noun in ((a, b), (b, a)):
        code = gaz.country_for_demonym(demonym)
        if code and noun.lower() in words.place_nouns:
            return gaz.country(code)
    return None


# ---------- questions ----------


def _fill(query: NamedQuery, pattern: QuestionPattern, match: re.Match[str], today: dt.date) -> Mapping:
    params: dict[str, str] = {}
    ignored: tuple[str, ...] = ()
    for name, text in match.groupdict().items():
        if text is None:
            continue
        if name == "topic":
            topic = read_topic(text, pattern.lang, today)
            if pattern.needs_class and topic.attack_class is None:
                raise UnmappedQuestion(f"{text!r} names no kind of attack")
            params.update(_topic_params(query, topic))
            ignored = tuple(topic.ignored)
        else:
            param = query.param(name)
            if param is None or param.kind != "actor":
                raise QueryError(f"patterns.tsv: group {name!r} is no actor parameter of {query.name}")
            params[name] = _actor_value(text.strip())
    return Mapping(query.name, params, pattern.lang, ignored)


def _topic_params(query: NamedQuery, topic: Topic) -> dict[str, str]:
    out: dict[str, str] = {}

    def declared(kind: str, *names: str) -> Param | None:
        for p in query.params:
            if p.kind == kind and (not names or p.name in names):
                return p
        return None

    if topic.attack_class and topic.attack_class != "Attack":
        p = declared("class")
        if p is None:
            raise UnmappedQuestion(f"{query.name} takes no kind of attack")
        out[p.name] = topic.attack_class
    if topic.place is not None:
        p = declared("place")
        if p is None:
            raise UnmappedQuestion(f"{query.name} takes no place")
        out[p.name] = _param_value(topic.place, _place_node)
    if topic.first or topic.last:
        start, end = declared("date", "from"), declared("date", "to")
        day = declared("date", "date")
        if start and end:
            if topic.first:
                out[start.name] = topic.first.isoformat()
            if topic.last:
                out[end.name] = topic.last.isoformat()
        elif day and topic.first and topic.first == topic.last:
            out[day.name] = topic.first.isoformat()
        else:
            raise UnmappedQuestion(f"{query.name} takes no such dates")
    return out


def map_question(question: str, today: dt.date | None = None) -> Mapping:
    """The named query and parameters a question asks for (no store needed).

    Raises :class:`UnmappedQuestion` with the first reason found when no pattern matches
    with all of its parts read.
    """
    q = normalize_question(question)
    if not q:
        raise UnmappedQuestion("the question is empty")
    today = today or dt.date.today()
    first_reason = None
    for pattern in question_patterns():
        match = pattern.regex.fullmatch(q)
        if match is None:
            continue
        try:
            return _fill(find_query(pattern.query), pattern, match, today)
        except UnmappedQuestion as exc:
            first_reason = first_reason or exc.reason
    raise UnmappedQuestion(first_reason or "it matches none of the known questions")


def _without_header(sparql: str) -> str:
    """The query without its documentation header (comment lines before the first clause)."""
    lines = sparql.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")), 0)
    return "".join(lines[start:])


def ask(question: str, store: Store, today: dt.date | None = None) -> Answer:
    """Map a question, run its named query on ``store``; the answer keeps the SPARQL that ran."""
    mapping = map_question(question, today)
    sparql = _without_header(prepare(find_query(mapping.query), mapping.params, store))
    names, rows = store.select(sparql)
    return Answer(question, mapping, sparql, names, rows)
