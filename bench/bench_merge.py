"""Cross-article event merges on the generated corpus, checked against its construction.

Every generated article reports one attack (``bench.corpus.attack_truth``: city, weapon,
day); several articles may report the same one. The articles go through the real pipeline
into a temporary store and the merge runs; then every pair of reports that share an event
node is checked: a pair is *right* when both reports are of the article's own attack at its
city (a node labelled with that city) and the two articles report the same attack, *wrong*
otherwise (two attacks joined, or a side mention such as "X was also targeted earlier in
the week" joined to another article's). Reported too: the pairs of reports of one attack
that should share a node and how many do.

    python bench/bench_merge.py [--n 400] [--seed 7]

Run from the project root; to measure another checkout's ``kg`` with the same corpus and
checks, put it first on PYTHONPATH (``PYTHONPATH=../main python bench/bench_merge.py``).
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH.parent) not in sys.path:
    sys.path.append(str(BENCH.parent))  # this checkout's kg, unless PYTHONPATH names another
sys.path.insert(0, str(BENCH))

from corpus import attack_truth, write_corpus  # noqa: E402  (this checkout's generator, whatever kg is measured)

QUERY = """PREFIX gev: <https://w3id.org/geokg/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?e ?id ?label WHERE {
  ?e a ?c ; gev:source ?a ; gev:location ?p . ?c rdfs:subClassOf* gev:Attack .
  ?a dct:identifier ?id . ?p rdfs:label ?label }"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    import kg
    from kg.build import build_into
    from kg.store import OxigraphStore

    print(f"kg from {Path(kg.__file__).parent}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", a.n, a.seed)
        st = OxigraphStore(Path(tmp) / "store")
        t = time.perf_counter()
        try:
            report = build_into(st, [str(corpus)])
            _, rows = st.select(QUERY)
        finally:
            st.close()
        print(f"built {report.articles_built} articles in {time.perf_counter() - t:.0f} s; "
              f"merge step: {report.events_merged} nodes absorbed")
    labels: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        labels[(str(r["e"]), str(r["id"]))].add(str(r["label"]))
    truth = {f"bench-{a.seed}-{i:07d}": attack_truth(a.seed, i) for i in range(a.n)}

    def attack(node: str, art: str) -> tuple:
        t = truth[art]
        if labels[(node, art)] & set(t["city"]):
            return (t["city"][0], t["weapon"], t["day"])
        return ("side mention", art, node)  # not the article's attack: unique by construction

    by_node: dict[str, list[str]] = defaultdict(list)
    for node, art in sorted(labels):
        by_node[node].append(art)
    right = wrong = 0
    examples = []
    for node, arts in by_node.items():
        for x, y in itertools.combinations(arts, 2):
            if attack(node, x) == attack(node, y):
                right += 1
            else:
                wrong += 1
                if len(examples) < 5:
                    examples.append((node.rsplit("/", 1)[-1], truth[x], truth[y]))
    reports = defaultdict(set)
    for node, art in labels:
        key = attack(node, art)
        if key[0] != "side mention":
            reports[key].add((art, node))
    expected = joined = 0
    for key, rs in reports.items():
        for (x, nx), (y, ny) in itertools.combinations(sorted(rs), 2):
            if x != y:
                expected += 1
                joined += nx == ny
    print(f"report pairs sharing a node: {right + wrong} (right {right}, wrong {wrong})")
    print(f"pairs of reports of one attack: {expected}, on one node: {joined}")
    for ex in examples:
        print("  wrong:", ex)


if __name__ == "__main__":
    main()
