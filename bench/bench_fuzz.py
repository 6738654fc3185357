"""Time per awkward input, as a ratio to one good article's time in the same run.

The reliability tests prove that every input of the fuzzed mix is built or reported and
that the build never hangs; this measures how far each kind of input is from a normal
article's cost, to show that each is bounded (the limits in ``kg/limits.py``). Each file
of the mix goes through the same in-process stages as ``kg build``: read, extract, link,
map to triples (no store: writing is the same for every article). The time of a file is
for all the articles or reports it holds (a mixed JSONL file holds up to 12).

Run from the project root: ``python bench/bench_fuzz.py [--inputs 400] [--full]``
(``--full`` writes the 50 MB text instead of 8 MB; in a git worktree, ``PYTHONPATH=.``).
"""
from __future__ import annotations

import argparse
import collections
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.errors import InputError  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.link.articles import default_linker, link_article  # noqa: E402
from kg.nlp.extract import EXTRACTOR_VERSION, extract  # noqa: E402
from kg.rdf.mapping import article_triples  # noqa: E402
from tests.reliability.fuzz import write_mix  # noqa: E402


def process(path: str, linker) -> tuple[float, int, int]:
    """Seconds to read, extract, link and map one file; (seconds, articles, reports)."""
    errors: list[InputError] = []
    started = time.perf_counter()
    built = 0
    for extraction in extract(read_articles([path], on_error=errors.append), on_error=errors.append):
        article_triples(link_article(extraction, linker), EXTRACTOR_VERSION)
        built += 1
    return time.perf_counter() - started, built, len(errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=400, help="size of the fuzzed mix (default 400)")
    parser.add_argument("--per-kind", type=int, default=5, help="files timed per kind (default 5)")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--full", action="store_true", help="the 50 MB text instead of 8 MB")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        units = write_mix(Path(tmp) / "mix", seed=args.seed, inputs=args.inputs, full=args.full)
        files: dict[str, list[str]] = collections.defaultdict(list)
        for unit in units:
            path = unit.where.rsplit(":", 1)[0] if unit.where.endswith(tuple("0123456789")) and ".json" in unit.where else unit.where
            kind = "jsonl-mixed" if "-jsonl-mixed" in path else "json-list" if "-json-list" in path else unit.kind
            if path not in files[kind] and len(files[kind]) < args.per_kind:
                files[kind].append(path)
        linker = default_linker()
        for path in files["good-txt"][:2]:  # load both models and the tables before timing
            process(path, linker)
        baseline = statistics.median(process(p, linker)[0] for p in files["good-txt"] for _ in range(3))
        print(f"baseline: one good .txt article, median {baseline * 1000:.0f} ms")
        print(f"{'kind':<20} {'files':>5} {'built':>6} {'reported':>8} {'worst s':>8} {'worst ratio':>12}")
        for kind in sorted(files):
            runs = [process(p, linker) for p in files[kind]]
            worst = max(r[0] for r in runs)
            print(f"{kind:<20} {len(runs):>5} {sum(r[1] for r in runs):>6} {sum(r[2] for r in runs):>8} "
                  f"{worst:>8.2f} {worst / baseline:>11.1f}×")


if __name__ == "__main__":
    main()
