"""Extraction cost and multi-core speed-up, as ratios against bare ``nlp.pipe`` in the same run.

On the same generated articles (``bench/corpus.py``, FR and EN), interleaved, best of
``--rounds``:
  bare-1    the spaCy models alone (our components disabled), ``nlp.pipe``, n_process=1
  bare-2    the same with n_process=2
  nlp-1     our spaCy pipeline and records (``kg.nlp.extract.extract``), one process
  full-1    the whole per-article work: extract + link + map to triples (``InProcess``)
  full-2    the same on 2 local worker processes (``ProcessPool(2)``, ``kg build --workers 2``)

Printed: overhead full-1 / bare-1 (goal ≤ 1.25), nlp-1 / bare-1, and the speed-up of our
pipeline on 2 workers as a share of bare spaCy's own n_process=2 speed-up (goal ≥ 0.9).

    python bench/bench_extraction.py [--articles 300] [--rounds 2]
"""
from __future__ import annotations

import argparse

from common import best_of, load_articles

OURS = ("geokg_paragraphs", "geokg_events", "geokg_statements")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()

    from kg.nlp.extract import extract, text_for_nlp
    from kg.scale.executors import InProcess, ProcessPool, warm_up

    articles = load_articles(a.articles)
    warm_up()
    from kg.nlp.pipeline import load_pipeline

    by_lang = {lang: [text_for_nlp(x.text) for x in articles if x.language == lang]
               for lang in sorted({x.language for x in articles})}
    tokens = sum(len(load_pipeline(lang).tokenizer(t)) for lang, texts in by_lang.items() for t in texts)

    def bare(n_process: int):
        def run() -> None:
            for lang, texts in by_lang.items():
                nlp = load_pipeline(lang)
                with nlp.select_pipes(disable=list(OURS)):
                    for _ in nlp.pipe(texts, batch_size=16, n_process=n_process):
                        pass
        return run

    runs = {
        "bare-1": bare(1),
        "bare-2": bare(2),
        "nlp-1": lambda: list(extract(articles, on_error=print)),
        "full-1": lambda: list(InProcess().graphs(articles, print)),
        "full-2": lambda: list(ProcessPool(2).graphs(articles, print)),
    }
    t = best_of(a.rounds, runs)
    n = len(articles)
    print(f"articles {n} ({', '.join(f'{k}: {len(v)}' for k, v in by_lang.items())}), tokens {tokens}, "
          f"best of {a.rounds} rounds")
    for name, secs in t.items():
        print(f"  {name:7} {secs:7.2f} s  {n / secs:6.1f} articles/s  {tokens / secs:8.0f} tokens/s")
    bare_speedup, ours_speedup = t["bare-1"] / t["bare-2"], t["full-1"] / t["full-2"]
    print(f"overhead full-1 / bare-1          {t['full-1'] / t['bare-1']:.3f}   (goal <= 1.25)")
    print(f"overhead nlp-1 / bare-1           {t['nlp-1'] / t['bare-1']:.3f}")
    print(f"speed-up bare-1 / bare-2          {bare_speedup:.3f}")
    print(f"speed-up full-1 / full-2          {ours_speedup:.3f}")
    print(f"share of bare spaCy's speed-up    {ours_speedup / bare_speedup:.3f}   (goal >= 0.9)")


if __name__ == "__main__":
    main()
