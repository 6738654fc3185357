"""The explorer's JSON answers: questions, evidence, entity pages, network, timeline.

Each public function takes a read-only store (the server's :class:`PoolStore`) and plain
request values, and returns a JSON-ready dict; the HTTP side only routes. Values from the
user reach SPARQL only as bound RDF terms (``bind_values``), never as query text. Text
from articles is returned as data: the page puts it in the document with ``textContent``,
never as markup.

What every table needs besides its rows, the readable name and the kind of each node it
shows (actor, place, event, statement, article), comes from one network snapshot of the
store (``kg.network.snapshot``), read once per store generation and shared with the
network view.
"""
from __future__ import annotations

import re
import shlex
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import BNode, Literal, URIRef

from kg.errors import KgError, QueryError
from kg.network.labels import node_label, pick
from kg.network.layout import geo_layout
from kg.network.projections import PROJECTIONS
from kg.network.snapshot import ACTOR_CLASSES, EVENT_CLASSES, PLACE_CLASSES, Snapshot, read_snapshot
from kg.network.style import color, size
from kg.query.named import find_query, list_queries
from kg.query.run import prepare, resolve_param
from kg.rdf.namespace import GEV
from kg.store.base import Store
from kg.store.bindings import bind_values

LANGS = ("en", "fr")
NETWORK_PROJECTIONS = ("actor-event", "actor-actor")
MAX_NETWORK_NODES = 400
_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")

PREFIXES = {
    "gev": str(GEV),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "prov": "http://www.w3.org/ns/prov#",
}
_HEAD = "PREFIX gev: <https://w3id.org/geokg/ontology#>\n"

ARTICLES_QUERY = _HEAD + """SELECT ?a ?title ?publisher ?published ?url ?language WHERE {
  ?a a gev:Article .
  OPTIONAL { ?a gev:title ?title } OPTIONAL { ?a gev:publisher ?publisher }
  OPTIONAL { ?a gev:published ?published } OPTIONAL { ?a gev:url ?url } OPTIONAL { ?a gev:language ?language }
}"""

EVIDENCE_QUERY = _HEAD + """SELECT DISTINCT ?article ?start ?end ?text WHERE {
  #@values
  ?fact gev:evidence ?m .
  ?m gev:article ?article ; gev:start ?start ; gev:end ?end ; gev:text ?text .
} ORDER BY ?article ?start"""

TRIGGERS_QUERY = _HEAD + """SELECT DISTINCT ?article ?start ?end WHERE {
  #@values
  ?fact gev:trigger ?m .
  ?m gev:article ?article ; gev:start ?start ; gev:end ?end .
}"""

QUOTES_QUERY = _HEAD + """SELECT DISTINCT ?quote WHERE {
  #@values
  ?fact gev:quote ?quote .
}"""


class NotFound(KgError):
    """The request names a node the store does not have."""


def checked_iri(value: str | None) -> str:
    """An IRI from a request, or an error: it is bound as a term, never pasted."""
    if not value or not _IRI.fullmatch(value.strip()):
        raise QueryError(f"not an IRI: {value!r}")
    return value.strip()


def term_json(t: Any) -> dict | None:
    """An rdflib term as a SPARQL-JSON-like dict (the page reads ``type`` and ``value``)."""
    if t is None:
        return None
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    if isinstance(t, Literal):
        out: dict = {"type": "literal", "value": str(t)}
        if t.language:
            out["lang"] = t.language
        elif t.datatype:
            out["datatype"] = str(t.datatype)
        return out
    return {"type": "literal", "value": str(t)}


def kind_of(cls: str | None) -> str:
    """The page an entity opens on: actor (countries too), place, event, statement."""
    if cls in ACTOR_CLASSES:
        return "actor"
    if cls in PLACE_CLASSES:
        return "place"
    if cls in EVENT_CLASSES:
        return "event"
    if cls == "Statement":
        return "statement"
    return "other"


@dataclass
class Article:
    iri: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None

    def json(self) -> dict:
        out = {k: v for k, v in self.__dict__.items() if v is not None}
        if self.url and not self.url.lower().startswith(("http://", "https://")):
            out.pop("url")  # only web links become links (no javascript: or data: URLs)
        return out


@dataclass
class Context:
    """What the explorer reads once per store generation: the snapshot, the articles,
    and the projections built from them on demand."""

    snapshot: Snapshot
    articles: dict[str, Article]
    projections: dict[tuple[str, str], nx.DiGraph] = field(default_factory=dict)

    def label(self, iri: str, lang: str) -> str | None:
        ent = self.snapshot.entities.get(iri)
        if ent is not None:
            return node_label(self.snapshot, ent, lang)
        art = self.articles.get(iri)
        if art is not None:
            return art.title or art.publisher or None
        return None

    def describe(self, iris: Iterable[str], lang: str) -> dict[str, dict]:
        """Readable label and page kind of each node IRI the page will show."""
        out: dict[str, dict] = {}
        for iri in iris:
            if iri in out:
                continue
            ent = self.snapshot.entities.get(iri)
            if ent is not None:
                out[iri] = {"label": node_label(self.snapshot, ent, lang), "kind": kind_of(ent.cls), "class": ent.cls}
            elif iri in self.articles:
                out[iri] = {"label": self.label(iri, lang) or iri, "kind": "article", "class": "Article",
                            "article": self.articles[iri].json()}
        return out

    def class_label(self, cls: str, lang: str) -> str:
        return pick(self.snapshot.term_labels.get(cls, {}), lang) or cls


def read_context(store: Store) -> Context:
    snap = read_snapshot(store)
    articles: dict[str, Article] = {}
    for r in store.select(ARTICLES_QUERY)[1]:
        iri = str(r["a"])
        art = articles.setdefault(iri, Article(iri))
        for name in ("title", "publisher", "url", "language"):
            if r.get(name) is not None and getattr(art, name) is None:
                setattr(art, name, str(r[name]))
        if r.get("published") is not None and art.published is None:
            art.published = str(r["published"])[:10]
    return Context(snap, articles)


class ContextCache:
    """One :class:`Context` per store generation (a server with ``--allow-update`` raises it)."""

    def __init__(self, store: Store, generation: Callable[[], int]) -> None:
        self.store = store
        self.generation = generation
        self._lock = threading.Lock()
        self._value: tuple[int, Context] | None = None

    def get(self) -> Context:
        gen = self.generation()
        with self._lock:
            if self._value is None or self._value[0] != gen:
                self._value = (gen, read_context(self.store))
            return self._value[1]

    def projection(self, name: str, lang: str) -> nx.DiGraph:
        ctx = self.get()
        with self._lock:
            key = (name, lang)
            if key not in ctx.projections:
                ctx.projections[key] = PROJECTIONS[name](ctx.snapshot, lang)
            return ctx.projections[key]


def _table(names: list[str], rows: list[dict[str, Any]], ctx: Context, lang: str) -> dict:
    iris = [str(v) for r in rows for v in r.values() if isinstance(v, URIRef)]
    return {"names": names, "rows": [{n: term_json(r.get(n)) for n in names} for r in rows],
            "terms": ctx.describe(iris, lang)}


def command_line(query: str, params: dict[str, str]) -> str:
    """The ``kg query`` command that gives the same rows, quoted for a shell."""
    return " ".join(["kg", "query", query] + [f"--param {shlex.quote(f'{k}={v}')}" for k, v in params.items()])


def _lang(lang: str | None) -> str:
    return lang if lang in LANGS else "en"


# ---------- Ask ----------


def ask_json(question: str, store: Store, cache: ContextCache, lang: str | None = None) -> dict:
    """The ``kg ask`` reader's answer as a table, with the SPARQL that ran and the
    ``kg query`` command that reproduces it."""
    from kg.query.ask import ask

    answer = ask(question, store)
    # the reader promises .query_name, .params, .sparql, .names and .rows; the rest is optional
    mapping = getattr(answer, "mapping", None)
    asked_in = getattr(mapping, "lang", None)
    lang = _lang(lang or asked_in)
    out = {"question": question, "query": answer.query_name, "params": answer.params,
           "command": command_line(answer.query_name, answer.params), "sparql": answer.sparql,
           "lang": asked_in, "ignored": list(getattr(mapping, "ignored", ()) or ())}
    out.update(_table(answer.names, answer.rows, cache.get(), lang))
    return out


def examples_json() -> list[str]:
    from kg.query.ask import example_questions

    return example_questions()


# ---------- Evidence ----------


def _highlight(sentence: str, quote: str) -> tuple[int, int] | None:
    """Where a statement's quote stands in its evidence sentence (spaces may differ)."""
    q = quote.strip()
    if not q:
        return None
    at = sentence.find(q)
    if at >= 0:
        return at, at + len(q)
    words = q.split()
    m = re.search(r"\s+".join(re.escape(w) for w in words), sentence)
    return (m.start(), m.end()) if m else None


def evidence_json(iri: str, store: Store, cache: ContextCache, lang: str | None = None) -> dict:
    """Each article that supports a statement or event, and the sentence it rests on, with
    the quote (statements) or the trigger words (events) marked by offsets into it."""
    lang = _lang(lang)
    iri = checked_iri(iri)
    ctx = cache.get()
    ent = ctx.snapshot.entities.get(iri)
    if ent is None or kind_of(ent.cls) not in ("event", "statement"):
        raise NotFound(f"no statement or event {iri}")
    node = {"fact": URIRef(iri)}
    quotes = [str(r["quote"]) for r in store.select(QUOTES_QUERY, node)[1]]
    triggers: dict[str, list[tuple[int, int]]] = {}
    for r in store.select(TRIGGERS_QUERY, node)[1]:
        triggers.setdefault(str(r["article"]), []).append((int(r["start"]), int(r["end"])))
    items = []
    for r in store.select(EVIDENCE_QUERY, node)[1]:
        art_iri, start, end, text = str(r["article"]), int(r["start"]), int(r["end"]), str(r["text"])
        marks: list[tuple[int, int]] = []
        for ts, te in triggers.get(art_iri, ()):
            if start <= ts and te <= end:
                marks.append((ts - start, te - start))
        for q in quotes:
            span = _highlight(text, q)
            if span:
                marks.append(span)
        art = ctx.articles.get(art_iri, Article(art_iri))
        items.append({"article": art.json(), "start": start, "end": end, "sentence": text,
                      "highlights": [list(m) for m in sorted(set(marks))]})
    items.sort(key=lambda it: (it["article"].get("published") or "", it["article"]["iri"], it["start"]))
    facts = {f.relation: f.object for f in ctx.snapshot.facts_by_subject.get(iri, ())}
    related = [v for k, v in facts.items() if k in ("speaker", "location", "about")]
    return {"iri": iri, "kind": kind_of(ent.cls), "class": ent.cls, "label": node_label(ctx.snapshot, ent, lang),
            "classLabel": ctx.class_label(ent.cls, lang), "date": ent.date, "quote": quotes[0] if quotes else None,
            "facts": facts, "relationLabels": {k: ctx.class_label(k, lang) for k in facts},
            "terms": ctx.describe(related, lang), "items": items}


# ---------- Entity pages ----------


def _named(name: str, params: dict[str, str], store: Store, ctx: Context, lang: str, title: str) -> dict:
    names, rows = store.select(prepare(find_query(name), params, store))
    out = _table(names, rows, ctx, lang)
    out.update({"title": title, "query": name, "command": command_line(name, params)})
    return out


ENTITY_TABLES: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    # page kind -> (named query, parameter name, table title in en/fr)
    "actor": [("actor_statements", "actor", {"en": "What it said", "fr": "Ce qu'il a dit"}),
              ("accusations", "by", {"en": "Whom it accused", "fr": "Qui il a accusé"}),
              ("accusations", "against", {"en": "Who accused it", "fr": "Qui l'a accusé"}),
              ("attributed_events", "actor", {"en": "Attacks attributed to it (fact or alleged)",
                                              "fr": "Attaques qui lui sont attribuées (fait ou allégation)"})],
    "place": [("event_timeline", "country", {"en": "Attacks there, by date", "fr": "Attaques sur place, par date"})],
    "event": [("sources_of_event", "event", {"en": "Every report, statement and source",
                                            "fr": "Chaque article, déclaration et source"})],
}


def entity_json(iri: str, store: Store, cache: ContextCache, lang: str | None = None) -> dict:
    """An actor, place, event or statement page: what the graph says of it, as tables."""
    lang = _lang(lang)
    iri = checked_iri(iri)
    ctx = cache.get()
    ent = ctx.snapshot.entities.get(iri)
    if ent is None:
        raise NotFound(f"no actor, place, event or statement {iri}")
    kind = kind_of(ent.cls)
    out: dict[str, Any] = {"iri": iri, "kind": kind, "class": ent.cls, "classLabel": ctx.class_label(ent.cls, lang),
                           "label": node_label(ctx.snapshot, ent, lang), "labels": ent.labels,
                           "lat": ent.lat, "long": ent.long, "date": ent.date,
                           "countryCode": ctx.snapshot.country_codes.get(iri), "tables": []}
    kinds = [kind] + (["place"] if ent.cls == "Country" else [])
    for k in kinds:
        for name, param, title in ENTITY_TABLES.get(k, []):
            out["tables"].append(_named(name, {param: iri}, store, ctx, lang, title[lang]))
    # the map's points: the place itself, else the places of the attacks listed for it
    points = [iri] if ent.lat is not None else []
    for table in out["tables"]:
        if table["query"] == "event_timeline":
            points += [r["place"]["value"] for r in table["rows"] if r.get("place")]
    located = [ctx.snapshot.entities[p] for p in dict.fromkeys(points) if p in ctx.snapshot.entities]
    out["points"] = [{"iri": e.iri, "label": node_label(ctx.snapshot, e, lang), "lat": e.lat, "long": e.long}
                     for e in located if e.lat is not None and e.long is not None]
    facts = [{"relation": f.relation, "object": f.object} for f in ctx.snapshot.facts_by_subject.get(iri, ())
             if f.relation in ("memberOf", "locatedIn", "location", "perpetrator", "allegedPerpetrator", "speaker")]
    uniq = [dict(t) for t in sorted({tuple(sorted(f.items())) for f in facts})]
    out["facts"] = [dict(f, label=ctx.class_label(f["relation"], lang)) for f in uniq]
    out["terms"] = ctx.describe([f["object"] for f in uniq], lang)
    if kind in ("event", "statement"):
        out["evidence"] = evidence_json(iri, store, cache, lang)
    return out


# ---------- Timeline ----------


def timeline_json(place: str, store: Store, cache: ContextCache, lang: str | None = None) -> dict:
    """Attacks by day in a country or place (places inside it count), stacked by class."""
    lang = _lang(lang)
    value = place.strip()
    if not value:
        raise QueryError("name a country or place")
    if value.startswith(("http://", "https://")):
        value = checked_iri(value)
    ctx = cache.get()
    query = find_query("event_timeline")
    node = resolve_param(query.param("country"), value, store)  # a code or a name: the node, for its label
    _, rows = store.select(prepare(query, {"country": str(node)}, store))
    per_day: dict[str, Counter] = {}
    undated: Counter = Counter()
    seen: set[str] = set()
    for r in rows:
        event = str(r["event"])
        if event in seen:
            continue
        seen.add(event)
        cls = str(r["class"]).rsplit("#", 1)[-1]
        if r.get("date") is None:
            undated[cls] += 1
        else:
            per_day.setdefault(str(r["date"])[:10], Counter())[cls] += 1
    classes = sorted({c for counts in [*per_day.values(), undated] for c in counts})
    return {"place": str(node), "label": ctx.label(str(node), lang) or value,
            "classes": [{"class": c, "label": ctx.class_label(c, lang), "color": "#%02x%02x%02x" % color(c)} for c in classes],
            "days": [{"date": d, "counts": dict(per_day[d])} for d in sorted(per_day)],
            "undated": dict(undated), "events": len(seen)}


# ---------- Network ----------


def network_json(projection: str, focus: list[str], cache: ContextCache, lang: str | None = None) -> dict:
    """The projection around ``focus`` (the nodes and their neighbours; the whole graph
    when no focus node is in it), with positions, colours, sizes and the GEXF's dates."""
    lang = _lang(lang)
    if projection not in NETWORK_PROJECTIONS:
        raise QueryError(f"unknown projection {projection!r} (one of {', '.join(NETWORK_PROJECTIONS)})")
    g = cache.projection(projection, lang)
    ctx = cache.get()
    seeds = {checked_iri(f) for f in focus if f}
    # a statement is no node of these projections: its speaker and the events it is about are
    for s in list(seeds):
        for fact in ctx.snapshot.facts_by_subject.get(s, ()):
            if fact.relation in ("speaker", "about", "accuses"):
                seeds.add(fact.object)
    seeds = {s for s in seeds if s in g}
    if seeds:
        keep = set(seeds)
        und = g.to_undirected(as_view=True)
        for s in seeds:
            keep.update(und.neighbors(s))
        sub = g.subgraph(keep)
    else:
        sub = g
    if sub.number_of_nodes() > MAX_NETWORK_NODES:
        ranked = sorted(sub.nodes, key=lambda n: (n not in seeds, -sub.degree(n), n))[:MAX_NETWORK_NODES]
        sub = sub.subgraph(ranked)
    pos = geo_layout(sub)
    nodes = []
    for n, a in sub.nodes(data=True):
        x, y = pos.get(n, (0.0, 0.0))
        nodes.append({"id": n, "label": a.get("label", n), "class": a.get("class"),
                      "classLabel": ctx.class_label(a.get("class") or "", lang), "kind": kind_of(a.get("class")),
                      "color": "#%02x%02x%02x" % color(a.get("class") or ""), "size": size(sub.degree(n)),
                      "x": float(x), "y": float(y), "first_date": a.get("first_date"), "last_date": a.get("last_date"),
                      "focus": n in seeds})
    edges = [{"source": u, "target": v, "relation": a.get("relation"), "label": a.get("label"),
              "weight": a.get("weight", 1.0), "first_date": a.get("first_date"), "last_date": a.get("last_date")}
             for u, v, a in sub.edges(data=True)]
    days = sorted({d for item in nodes + edges for d in (item["first_date"], item["last_date"]) if d})
    classes = sorted({(n["class"], n["classLabel"], n["color"]) for n in nodes if n["class"]})
    return {"projection": projection, "nodes": nodes, "edges": edges, "days": days,
            "classes": [{"class": c, "label": l, "color": col} for c, l, col in classes]}


# ---------- SPARQL editor ----------


def _without_header(sparql: str) -> str:
    """The query without its documentation header (the comment lines before its first clause)."""
    lines = sparql.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")), 0)
    return "".join(lines[start:])


def _example_params(example: str) -> dict[str, str]:
    """The ``--param`` values of a query's ``@example`` line."""
    return {k: v.strip('"') for k, v in re.findall(r"--param\s+(\w+)=(\"[^\"]*\"|\S+)", example)}


def queries_json(store: Store) -> dict:
    """The project's prefixes, and each named query with its example's parameters bound,
    ready to run in the editor."""
    out = []
    for q in list_queries():
        params = _example_params(q.examples[0]) if q.examples else {}
        try:
            text = prepare(q, params, store)
        except KgError:
            text, params = q.text, {}
        text = f"# {q.examples[0] if q.examples else q.name}\n" + _without_header(text)
        out.append({"name": q.name, "description": q.description, "example": q.examples[0] if q.examples else "",
                    "params": params, "sparql": text})
    return {"prefixes": PREFIXES, "queries": out}
