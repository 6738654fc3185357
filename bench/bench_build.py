"""End-to-end build: articles and tokens per second, and peak memory of the whole process
tree, for corpora of several sizes; ratios against measurements of the same run.

For each size N (``--sizes``), the generated corpus of N articles is built from scratch by
the real command, ``python -m kg build CORPUS --store TMP --workers W``, in a subprocess.
Its proportional set size (PSS) is summed over the process and its workers (shared pages
counted once) every half second; the peak is kept. The model loading (≈ 6 s) is included.

Ratios printed:
  * throughput / bare ``nlp.pipe`` (n_process=W, our components disabled) on the first
    ``--sample`` articles of the corpus, measured in this run: how close the whole build
    comes to spaCy alone;
  * peak memory at N / peak memory at the smallest N: flat in N means ≈ 1 (goal ≤ 2 GiB).

    python bench/bench_build.py [--sizes 1000,10000] [--workers 2] [--sample 300]
    python bench/bench_build.py --up-to 100000   # sizes 1000, 10000, 100000 (hours on 2 cores)
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import GIB, MIB, ROOT, PeakMemory, corpus_file

OURS = ("geokg_paragraphs", "geokg_events", "geokg_statements")


def count_tokens(path: Path) -> int:
    from kg.nlp.extract import text_for_nlp
    from kg.nlp.pipeline import load_pipeline

    n = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            n += len(load_pipeline(rec["language"]).tokenizer(text_for_nlp(rec["text"])))
    return n


def bare_rate(path: Path, sample: int, n_process: int) -> float:
    """Articles per second of bare ``nlp.pipe`` on the first ``sample`` articles."""
    from kg.nlp.extract import text_for_nlp
    from kg.nlp.pipeline import load_pipeline

    by_lang: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for _, line in zip(range(sample), f):
            rec = json.loads(line)
            by_lang.setdefault(rec["language"], []).append(text_for_nlp(rec["text"]))
    t = time.perf_counter()
    for lang, texts in by_lang.items():
        nlp = load_pipeline(lang)
        with nlp.select_pipes(disable=list(OURS)):
            for _ in nlp.pipe(texts, batch_size=16, n_process=n_process):
                pass
    return sum(map(len, by_lang.values())) / (time.perf_counter() - t)


def build(path: Path, workers: int) -> tuple[float, int, str]:
    store = Path(tempfile.mkdtemp(prefix="bench-build-")) / "store"
    try:
        cmd = [sys.executable, "-m", "kg", "build", str(path), "--store", str(store), "--workers", str(workers)]
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        with PeakMemory(proc.pid) as mem:
            _, err = proc.communicate()
        wall = time.perf_counter() - t
        if proc.returncode != 0:
            raise SystemExit(f"kg build failed ({proc.returncode}): {err[-1000:]}")
        return wall, mem.peak, err.strip().splitlines()[-1]
    finally:
        shutil.rmtree(store.parent, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--up-to", type=int, help="sizes 1000, 10000, … up to this one (overrides --sizes)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sample", type=int, default=300)
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    if a.up_to:
        sizes = sorted({min(a.up_to, 1000), a.up_to} | {10 ** k for k in range(3, 7) if 10 ** k <= a.up_to})

    results = []
    for n in sizes:
        path = corpus_file(n)
        tokens = count_tokens(path)
        bare = bare_rate(path, min(a.sample, n), a.workers)
        wall, peak, summary = build(path, a.workers)
        results.append((n, tokens, wall, peak, bare))
        print(f"N={n}: {summary}", flush=True)
    print(f"kg build --workers {a.workers} (wall time includes loading the models)")
    print(f"{'articles':>9} {'tokens':>10} {'wall s':>8} {'art/s':>7} {'tok/s':>7} {'vs bare':>8} "
          f"{'peak PSS':>9} {'vs first':>8}")
    for n, tokens, wall, peak, bare in results:
        print(f"{n:9d} {tokens:10d} {wall:8.1f} {n / wall:7.1f} {tokens / wall:7.0f} {n / wall / bare:8.3f} "
              f"{peak / MIB:7.0f}Mi {peak / results[0][3]:8.3f}")
    print(f"goals: >= 20 articles/s; peak <= 2 GiB ({2 * GIB / MIB:.0f}Mi) and flat in N "
          f"(vs first ≈ 1); 'vs bare' = build rate / bare nlp.pipe n_process={a.workers} rate")


if __name__ == "__main__":
    main()
