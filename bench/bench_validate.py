"""``kg validate`` per article: the time per article on a small and a larger store.

Article graphs of ``--articles`` generated articles are copied (``bench/common.replicate``)
into two stores of ``--small`` and ``--large`` articles (the current layout, written as
``kg build`` writes it); the same ``--sample`` articles are validated in each
(``kg.validate.validate_articles``, batches of 64 with the shared descriptions they touch).
Each copy reports attacks of its own (``replicate(own_events=True)``), as a larger corpus of
new days' news would; ``--shared-events`` makes every copy report the base's attacks, so that
an attack read across graphs (a merged event's types) has 500 reports at 100k articles.
The goal is a flat cost per article: large / small ≈ 1. For reference, the whole-store
validation of kg ≤ 0.x (the union graph dumped into rdflib, then pySHACL) on the small store.

    python bench/bench_validate.py [--articles 200] [--small 1000] [--large 10000] [--sample 256]
"""
from __future__ import annotations

import argparse
import io
import shutil
import tempfile
import time
from pathlib import Path

from common import article_graphs, build_store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=10000)
    ap.add_argument("--sample", type=int, default=256)
    ap.add_argument("--no-reference", action="store_true",
                    help="skip the whole-store validation of the small store (minutes)")
    ap.add_argument("--shared-events", action="store_true",
                    help="every copy reports the base's attacks (500 reports an attack at 100k) instead of its own")
    a = ap.parse_args()

    import pyshacl
    import rdflib

    from kg.rdf.ontology import shapes_graph
    from kg.validate import validate_articles

    base = article_graphs(a.articles)
    tmp = Path(tempfile.mkdtemp(prefix="bench-validate-"))
    try:
        results = {}
        for name, n in (("small", a.small), ("large", a.large)):
            store, written = build_store(tmp / name, base, n, own_events=not a.shared_events)
            sample = written[: a.sample]
            if name == "small":  # pySHACL's first call parses and prepares the shapes: not timed
                for _ in validate_articles(store, written[-64:]):
                    pass
            t0 = time.perf_counter()
            ok = all(conforms for _c, conforms, _t in validate_articles(store, sample))
            results[name] = (n, store.count(), time.perf_counter() - t0, ok)
            if name == "small" and not a.no_reference:
                t0 = time.perf_counter()
                buf = io.BytesIO()
                store.dump(buf, "nt")
                data = rdflib.Graph().parse(data=buf.getvalue().decode("utf-8"), format="nt")
                pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none", advanced=True)
                whole = time.perf_counter() - t0
            store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    per = {k: v[2] / a.sample for k, v in results.items()}
    for k, (n, quads, secs, ok) in results.items():
        print(f"{k:6} {n:>7} articles {quads:>9} quads: {a.sample} articles validated in {secs:.2f} s "
              f"({per[k] * 1000:.1f} ms/article){'' if ok else '  NOT CONFORMING'}")
    if not a.no_reference:
        print(f"whole-store validation (kg <= 0.x) of the small store: {whole:.2f} s "
              f"({whole / a.small * 1000:.1f} ms/article)")
    print(f"time per article large / small       {per['large'] / per['small']:.2f}   (goal: flat, ~1)")


if __name__ == "__main__":
    main()
