"""The single mapping from a linked article to RDF triples.

Everything ``kg`` writes about an article goes through ``article_triples``: the article's
metadata, the events and statements, a ``gev:Mention`` with exact character offsets for
each supporting span, and the descriptions of the nodes its facts refer to.

A node's description is split (``split_description``, store layout in ``kg.rdf.layout``):
what the deterministic tables say of a shared node (a country, place or curated actor:
the gazetteer's description, the same whatever article names it) goes to the shared
graph, once for the whole store (``ArticleTriples.shared``); what only this article says
(a name as written here, a person or organisation the tables do not know) stays in the
article's own graph, so that rebuilding the article replaces exactly what it said.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.model import Article, LinkedArticle, Node, Span
from kg.link import iris
from kg.rdf.casualties import casualty_triples, weapon_count_triples
from kg.rdf.control import control_triples
from kg.rdf.targets import target_triples
from kg.rdf.namespace import GEO, GEV, SPEECH_ACT

Triple = tuple[URIRef, URIRef, URIRef | Literal]


class ArticleTriples(list):
    """The triples of one article's own graph (the list itself) and, in ``shared``, the
    table descriptions of the shared nodes it refers to (written to the shared graph).

    A list, so that every stage that passes an article's triples along (executors,
    batches, benchmarks) keeps working; it pickles with ``shared`` to worker processes."""

    def __init__(self, own: Iterable[Triple] = (), shared: Iterable[Triple] = ()) -> None:
        super().__init__(own)
        self.shared: list[Triple] = list(shared)

    def union(self) -> list[Triple]:
        """What the article says, as the store's union graph shows it (own + shared)."""
        own = set(self)
        return [*self, *(t for t in self.shared if t not in own)]


def article_iri(article: Article) -> URIRef:
    return URIRef(iris.article_iri(article.key))


def graph_iri(article: Article) -> str:
    return iris.graph_iri(article.key)


def mention_iri(article: Article, span: Span) -> URIRef:
    return URIRef(iris.mention_iri(article.key, span.start, span.end))


def article_metadata(article: Article, extractor_version: str) -> Iterator[Triple]:
    a = article_iri(article)
    yield a, RDF.type, GEV.Article
    yield a, DCTERMS.identifier, Literal(article.identifier)
    yield a, GEV.textHash, Literal(article.text_hash)
    yield a, GEV.extractorVersion, Literal(extractor_version)
    if article.language:
        yield a, GEV.language, Literal(article.language)
    if article.title:
        yield a, GEV.title, Literal(article.title)
    if article.url:
        yield a, GEV.url, Literal(article.url, datatype=XSD.anyURI)
    if article.publisher:
        yield a, GEV.publisher, Literal(article.publisher)
    if article.published:
        yield a, GEV.published, Literal(article.published.isoformat(), datatype=XSD.date)
    if article.published_time:
        yield a, GEV.publishedTime, Literal(article.published_time.isoformat(), datatype=XSD.dateTime)


def node_triples(node: Node) -> Iterator[Triple]:
    n = URIRef(node.iri)
    for cls in sorted(node.classes):
        yield n, RDF.type, GEV[cls]
    for lang, label in sorted(node.labels.items()):
        yield n, RDFS.label, Literal(label, lang=lang)
    for text, lang in sorted(node.alt_labels):
        if node.labels.get(lang) != text:
            yield n, SKOS.altLabel, Literal(text, lang=lang)
    if node.country_code:
        yield n, GEV.countryCode, Literal(node.country_code)
    if node.located_in:
        yield n, GEV.locatedIn, URIRef(node.located_in)
    if node.member_of:
        yield n, GEV.memberOf, URIRef(node.member_of)
    for role, lang in sorted(node.roles):
        yield n, GEV.role, Literal(role, lang=lang)
    for iri in sorted(node.exact_match):
        yield n, SKOS.exactMatch, URIRef(iri)
    if node.lat is not None and node.long is not None:
        yield n, GEO.lat, Literal(decimal_text(node.lat), datatype=XSD.decimal)
        yield n, GEO.long, Literal(decimal_text(node.long), datatype=XSD.decimal)


def decimal_text(x: float) -> str:
    """A coordinate as an xsd:decimal in the canonical form the store keeps (5 places, no
    trailing zeros: "35.5787", "35", "-0.5"). Written as stored, a shared description read back
    compares equal to the one an article carries, so the writer does not take it for a
    changed description and rewrite it (``OxigraphStore.replace_graphs``)."""
    text = f"{x:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def table_node(iri: str) -> Node | None:
    """What the deterministic tables (gazetteer, actor tables) say of a node, None for a
    node they do not know (a person named in the text, an ad hoc organisation)."""
    from kg.link.gazetteer import default_gazetteer  # loaded once per process

    return default_gazetteer().node(iri)


def split_description(node: Node) -> tuple[list[Triple], list[Triple]]:
    """``(own, shared)``: the node's triples kept in the article graph, and its table
    description for the shared graph. The table description is shared only when the
    article's node holds all of it (the usual case: the table's node plus names seen in
    this text), so the union of the graphs is exactly what the article said."""
    triples = list(node_triples(node))
    table = table_node(node.iri)
    if table is None:
        return triples, []
    shared = list(node_triples(table))
    have = set(triples)
    if not shared or any(t not in have for t in shared):
        return triples, []
    described = set(shared)
    return [t for t in triples if t not in described], shared


def mention_triples(article: Article, span: Span) -> Iterator[Triple]:
    m = mention_iri(article, span)
    yield m, RDF.type, GEV.Mention
    yield m, GEV.article, article_iri(article)
    yield m, GEV.start, Literal(span.start, datatype=XSD.integer)
    yield m, GEV.end, Literal(span.end, datatype=XSD.integer)
    yield m, GEV.text, Literal(span.text)


def article_triples(linked: LinkedArticle, extractor_version: str) -> ArticleTriples:
    """The triples of one article's named graph, deduplicated, in a stable order; the
    table descriptions of the shared nodes it names in ``.shared`` (see the module doc)."""
    art = linked.article
    a = article_iri(art)
    out: list[Triple] = list(article_metadata(art, extractor_version))
    shared: list[Triple] = []
    for node in sorted(linked.nodes.values(), key=lambda n: n.iri):
        own, described = split_description(node)
        out.extend(own)
        shared.extend(described)
    for t in control_triples(linked):  # dated: the article's graph (kg.rdf.control)
        out.append(t)
        holder = str(t[2])
        if holder not in linked.nodes and (table := table_node(holder)) is not None:
            shared.extend(node_triples(table))
    for ev in linked.events:
        e = URIRef(ev.iri)
        out.append((e, RDF.type, GEV[ev.event_class]))
        out.append((e, GEV.source, a))
        out.append((e, GEV.location, URIRef(ev.place)))
        if ev.date:
            out.append((e, GEV.date, Literal(ev.date.isoformat(), datatype=XSD.date)))
        if ev.date_text:
            out.append((e, GEV.dateText, Literal(ev.date_text)))
        for p in sorted(ev.perpetrators):
            out.append((e, GEV.perpetrator, URIRef(p)))
        for p in sorted(ev.alleged_perpetrators):
            out.append((e, GEV.allegedPerpetrator, URIRef(p)))
        if ev.factuality != "Asserted":
            out.append((e, GEV.factuality, GEV[ev.factuality]))
        for span in ev.evidence:
            out.append((e, GEV.evidence, mention_iri(art, span)))
            out.extend(mention_triples(art, span))
        for span in ev.triggers:  # what the explorer highlights in the evidence sentence
            out.append((e, GEV.trigger, mention_iri(art, span)))
            out.extend(mention_triples(art, span))
    for st in linked.statements:
        s = URIRef(st.iri)
        out.append((s, RDF.type, GEV.Statement))
        out.append((s, GEV.source, a))
        out.append((s, GEV.speaker, URIRef(st.speaker)))
        out.append((s, GEV.cue, Literal(st.cue)))
        out.append((s, GEV.direct, Literal(st.direct)))
        out.append((s, GEV.speechAct, SPEECH_ACT[st.act]))
        if st.quote is not None:
            out.append((s, GEV.quote, Literal(st.quote)))
        for ev_iri in st.about:
            out.append((s, GEV.about, URIRef(ev_iri)))
        for acc in st.accuses:
            out.append((s, GEV.accuses, URIRef(acc)))
        if st.date:
            out.append((s, GEV.date, Literal(st.date.isoformat(), datatype=XSD.date)))
        if st.date_text:
            out.append((s, GEV.dateText, Literal(st.date_text)))
        out.append((s, GEV.evidence, mention_iri(art, st.evidence)))
        out.extend(mention_triples(art, st.evidence))
    out.extend(casualty_triples(art, linked.casualties))
    out.extend(weapon_count_triples(art, linked.weapons))
    out.extend(target_triples(linked))
    return ArticleTriples(_unique(out), _unique(shared))


def _unique(triples: list[Triple]) -> list[Triple]:
    seen: set[Triple] = set()
    unique = []
    for t in triples:
        if t not in seen:
            seen.add(t)
            unique.append(t)
    return unique
