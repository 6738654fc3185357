"""Speech acts in the network projections: a statement carries its act, and a speaker's edge
to an event counts the statements that claim it and those that deny it; the GEXF stays valid
GEXF 1.3. Read from a real store too (gev:speechAct as the mapping writes it)."""
from __future__ import annotations

import io
from pathlib import Path

from lxml import etree

from kg.network.gexf import write_gexf
from kg.network.projections import actor_event_graph, entity_graph
from kg.network.snapshot import read_snapshot
from tests.unit.test_network import GOV, MOD, S1, S2, STRIKE, small_snapshot

RNG = Path(__file__).resolve().parents[1] / "data" / "gexf-1.3" / "gexf.rng"


def with_acts():
    snap = small_snapshot()
    snap.entities[S1].speech_act = "Accusation"
    snap.entities[S2].speech_act = "Denial"
    return snap


def test_a_statement_carries_its_speech_act():
    g = entity_graph(with_acts())
    assert (g.nodes[S1]["speech_act"], g.nodes[S2]["speech_act"]) == ("Accusation", "Denial")
    assert "speech_act" not in entity_graph(small_snapshot()).nodes[S1]


def test_the_actor_event_edge_counts_claims_and_denials():
    g = actor_event_graph(with_acts())
    assert (g.edges[GOV, STRIKE]["denials"], g.edges[GOV, STRIKE]["claims"]) == (1, 0)
    assert (g.edges[MOD, STRIKE]["denials"], g.edges[MOD, STRIKE]["claims"]) == (0, 0)  # an accusation is neither


def test_the_gexf_with_speech_acts_validates_against_the_gexf_1_3_grammar():
    buf = io.BytesIO()
    write_gexf(entity_graph(with_acts()), buf)
    rng = etree.RelaxNG(etree.parse(str(RNG)))
    assert rng.validate(etree.fromstring(buf.getvalue())), str(rng.error_log)
    assert b'title="speech_act"' in buf.getvalue()


def test_the_snapshot_reads_the_speech_act_the_build_wrote(tmp_path):
    import datetime as dt

    from kg.link.articles import default_linker, link_article
    from kg.model import Article
    from kg.nlp.extract import extract
    from kg.rdf.mapping import article_triples, graph_iri
    from kg.store import OxigraphStore
    from kg.version import EXTRACTOR_VERSION

    text = ("Ukrainian drones hit an oil depot in Belgorod on Monday, the regional governor said. "
            "Ukraine's military denied carrying out the attack.")
    art = Article(identifier="acts", text=text, language="en", title=None, published=dt.date(2024, 5, 7), origin="test")
    linked = [link_article(x, default_linker()) for x in extract([art], on_error=print)]
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs([(graph_iri(x.article), article_triples(x, EXTRACTOR_VERSION)) for x in linked])
    snap = read_snapshot(store)
    store.close()
    acts = {e.speech_act for e in snap.entities.values() if e.cls == "Statement"}
    assert acts and None not in acts, acts
