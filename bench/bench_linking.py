"""Cost of linking (kg/link: places, actors, events, statements) per article, as a ratio
against bare ``nlp.pipe`` on the same texts in the same run.

    python bench/bench_linking.py [--corpus ../shared/corpus/dev/articles.jsonl] [--repeat 5]

The gazetteer is loaded before timing (its one-off load is printed separately).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.ingest import read_articles
from kg.link.articles import default_linker, link_article
from kg.nlp.extract import extract, text_for_nlp
from kg.nlp.pipeline import load_pipeline

OURS = ("geokg_paragraphs", "geokg_events", "geokg_statements")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/dev/articles.jsonl"))
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    articles = list(read_articles([str(a.corpus)], on_error=print)) * a.repeat
    t = time.perf_counter()
    linker = default_linker()
    print(f"gazetteer load: {time.perf_counter() - t:.2f} s (once per process)")
    for lang in sorted({x.language for x in articles}):
        load_pipeline(lang)
    bare = 0.0
    for lang in sorted({x.language for x in articles}):
        nlp = load_pipeline(lang)
        texts = [text_for_nlp(x.text) for x in articles if x.language == lang]
        with nlp.select_pipes(disable=list(OURS)):
            t = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=16):
                pass
            bare += time.perf_counter() - t
    extractions = list(extract(articles, on_error=print))
    t = time.perf_counter()
    for x in extractions:
        link_article(x, linker)
    linking = time.perf_counter() - t
    n = len(articles)
    print(f"articles {n}: bare nlp.pipe {bare / n * 1000:.1f} ms/article, linking {linking / n * 1000:.2f} ms/article, "
          f"ratio linking/bare {linking / bare:.3f}")


if __name__ == "__main__":
    main()
