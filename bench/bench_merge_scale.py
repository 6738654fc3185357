"""The cross-article event merge on stores of growing size: memory and time per article.

``kg build`` ends with the event merge over the whole store (``kg.rdf.merge``). It reads the
store one day at a time and holds only the last few days' events (``kg.link.merge.
plan_day_by_day``); read all at once, a 100k-article build's events made the build process's
largest memory. For each size N (``--sizes``), the article graphs of ``--articles`` generated
articles (real pipeline) are copied into a fresh store, each copy reporting attacks of its own
``--shift`` days after the previous copy (``bench/common.replicate``: later news, the same
density of news a day); then, each in its own process so that its peak RSS is its own:

* ``all at once``: every event read, then planned (``plan_merges(stored_events(store))``, the
  way before the day-by-day merge; read only);
* ``day by day``: ``kg.rdf.merge.merge_events``, as ``kg build`` runs it (applies the plan).

Both plans must be the same. Printed: events merged, seconds, seconds per 1,000 articles, peak
RSS of the process and its ratio to the smallest size's, and the peak of the Python objects
(tracemalloc: what the merge holds; the rest of the RSS is the store's own, RocksDB's caches
growing with the store, and the interpreter). Goal: the day-by-day Python peak flat in N.

    python bench/bench_merge_scale.py [--articles 1000] [--sizes 1000 10000] [--shift 730]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, article_graphs, build_store

CHILD = r"""
import json, sys, time, tracemalloc
from kg.store import OxigraphStore
from kg.link.merge import plan_merges
from kg.rdf.merge import merge_events, stored_events
store = OxigraphStore(sys.argv[1])
tracemalloc.start()
t = time.perf_counter()
plan = plan_merges(stored_events(store)) if sys.argv[2] == "all" else merge_events(store)
secs = time.perf_counter() - t
py_peak = tracemalloc.get_traced_memory()[1]
store.close()
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of the process that
# loaded the models would report the models' memory
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"merged": len(plan), "plan": sorted(plan.items()), "secs": secs, "rss": hwm * 1024,
                  "py": py_peak}))
"""
MODES = (("all", "all at once"), ("day", "day by day"))


def run(store: Path, mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(store), mode], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--shift", type=int, default=730, help="days between copies (the corpus spans 730)")
    a = ap.parse_args()

    base = article_graphs(a.articles)
    tmp = Path(tempfile.mkdtemp(prefix="bench-merge-scale-"))
    rows = []
    try:
        for n in a.sizes:
            store, _ = build_store(tmp / f"s{n}", base, n, own_events=True, shift_days=a.shift)
            quads = store.count()
            store.close()
            got = {mode: run(tmp / f"s{n}", mode) for mode, _ in MODES}
            same = got["all"]["plan"] == got["day"]["plan"]
            rows.append((n, quads, got, same))
            shutil.rmtree(tmp / f"s{n}", ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    first = {mode: rows[0][2][mode]["rss"] for mode, _ in MODES}
    print(f"{'articles':>9} {'quads':>10} {'mode':>11} {'merged':>7} {'secs':>7} {'s/1k art':>8} {'peak RSS':>9} {'vs first':>8} "
          f"{'Python peak':>11}")
    for n, quads, got, same in rows:
        for mode, name in MODES:
            r = got[mode]
            print(f"{n:>9} {quads:>10} {name:>11} {r['merged']:>7} {r['secs']:>7.1f} {r['secs'] / n * 1000:>8.2f} "
                  f"{r['rss'] / 2 ** 20:>7.0f}Mi {r['rss'] / first[mode]:>8.2f} {r['py'] / 2 ** 20:>9.1f}Mi")
        print(f"{'':>9} same plan both ways: {'yes' if same else 'NO'}")
    print("goal: the day-by-day Python peak flat in N; the plans the same")


if __name__ == "__main__":
    main()
