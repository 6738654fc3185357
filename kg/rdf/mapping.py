"""The single mapping from a linked article to RDF triples.

Everything ``kg`` writes about an article goes through ``article_triples``: the article's
metadata, the nodes its facts refer to (with their labels and containment, so that each
article graph is self-contained and a rebuilt article keeps shared nodes described), the
events and statements, and a ``gev:Mention`` with exact character offsets for each
supporting span.
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.model import Article, LinkedArticle, Node, Span
from kg.link import iris
from kg.rdf.namespace import GEO, GEV

Triple = tuple[URIRef, URIRef, URIRef | Literal]


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
        yield n, GEO.lat, Literal(f"{node.lat:.5f}", datatype=XSD.decimal)
        yield n, GEO.long, Literal(f"{node.long:.5f}", datatype=XSD.decimal)


def mention_triples(article: Article, span: Span) -> Iterator[Triple]:
    m = mention_iri(article, span)
    yield m, RDF.type, GEV.Mention
    yield m, GEV.article, article_iri(article)
    yield m, GEV.start, Literal(span.start, datatype=XSD.integer)
    yield m, GEV.end, Literal(span.end, datatype=XSD.integer)
    yield m, GEV.text, Literal(span.text)


def article_triples(linked: LinkedArticle, extractor_version: str) -> list[Triple]:
    """All triples of one article's named graph, deduplicated, in a stable order."""
    art = linked.article
    a = article_iri(art)
    out: list[Triple] = list(article_metadata(art, extractor_version))
    for node in sorted(linked.nodes.values(), key=lambda n: n.iri):
        out.extend(node_triples(node))
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
    seen: set[Triple] = set()
    unique = []
    for t in out:
        if t not in seen:
            seen.add(t)
            unique.append(t)
    return unique
