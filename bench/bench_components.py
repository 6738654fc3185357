"""Cost of geokg's spaCy components, as ratios against bare ``nlp.pipe`` in the same run.

For each language, the same texts (the development corpus, repeated to get stable
timings) go through:
  bare      the model alone (our components disabled)
  +stmt     the model + geokg_paragraphs + geokg_statements
  +all      the model + all geokg components (paragraphs, events, statements)
Each configuration runs ``--rounds`` times, interleaved, and the best time is kept.

    python bench/bench_components.py [--corpus ../shared/corpus/dev/articles.jsonl] [--repeat 5] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kg.nlp.extract import text_for_nlp
from kg.nlp.pipeline import load_pipeline

OURS = ("geokg_paragraphs", "geokg_events", "geokg_statements")


def timed(nlp, texts, disable) -> float:
    with nlp.select_pipes(disable=list(disable)):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/dev/articles.jsonl"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    arts = [json.loads(l) for l in a.corpus.read_text(encoding="utf-8").splitlines() if l.strip()]
    print(f"{'lang':4} {'docs':>5} {'tokens':>7} {'bare s':>7} {'+stmt':>7} {'+all':>7} {'stmt ratio':>10} {'all ratio':>9}")
    for lang in sorted({x["language"] for x in arts}):
        nlp = load_pipeline(lang)
        texts = [text_for_nlp(x["text"]) for x in arts if x["language"] == lang] * a.repeat
        tokens = sum(len(nlp.make_doc(t)) for t in texts)
        best = {"bare": float("inf"), "stmt": float("inf"), "all": float("inf")}
        for _ in range(a.rounds):
            best["bare"] = min(best["bare"], timed(nlp, texts, OURS))
            best["stmt"] = min(best["stmt"], timed(nlp, texts, ("geokg_events",)))
            best["all"] = min(best["all"], timed(nlp, texts, ()))
        print(f"{lang:4} {len(texts):5d} {tokens:7d} {best['bare']:7.2f} {best['stmt']:7.2f} {best['all']:7.2f} "
              f"{best['stmt'] / best['bare']:10.3f} {best['all'] / best['bare']:9.3f}")


if __name__ == "__main__":
    main()
