"""The ``kg`` command: a thin argparse layer over the importable functions.

Exit codes
----------
0  success
1  failure (one line on stderr says why: bad store, bad query, validation errors…)
2  usage error (unknown command or option)
3  ``kg build`` finished, but some inputs were skipped (each named on stderr)
4  ``kg validate`` ran and found the store does not conform to the shapes
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from kg import __version__
from kg.errors import InputError, KgError

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_SKIPPED, EXIT_INVALID = 0, 1, 2, 3, 4
RDF_EXPORTS = ("ttl", "nt", "nq", "trig", "jsonld")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _param(value: str) -> tuple[str, str]:
    if "=" not in value:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {value!r}")
    name, _, val = value.partition("=")
    return name.strip(), val


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from kg.build import build_into
    from kg.store import open_store

    store = open_store(args.store)
    bar = tqdm(desc="building", unit="article", disable=None, file=sys.stderr)

    def report_error(err: InputError) -> None:
        bar.write(f"kg: skipped {err}", file=sys.stderr)

    options = dict(published=args.published, language=args.lang, on_error=report_error,
                   progress=lambda _a: bar.update(1), stdin=sys.stdin.buffer)
    try:
        if args.dask:
            from kg.scale.dask_build import build_into_with_dask, dask_client

            with dask_client(args.dask) as client:
                report = build_into_with_dask(store, args.inputs, client, **options)
        else:
            report = build_into(store, args.inputs, workers=args.workers, **options)
    finally:
        bar.close()
        store.close()
    print(f"{report.articles_built} built, {report.articles_unchanged} unchanged, {len(report.skipped)} skipped "
          f"({report.articles_read} read, {report.triples_written} triples written) into {args.store}",
          file=sys.stderr)
    return EXIT_SKIPPED if report.skipped else EXIT_OK


PREFIXES = (("https://w3id.org/geokg/id/", "id:"), ("https://w3id.org/geokg/ontology#", "gev:"))


def _cell(value: object) -> str:
    """A table cell: IRIs under geokg's namespaces are shortened to id:… and gev:…."""
    if value is None:
        return ""
    text = str(value)
    for base, prefix in PREFIXES:
        if text.startswith(base):
            return prefix + text[len(base):]
    return text


def format_table(names: list[str], rows: list[dict]) -> str:
    widths = {n: min(max([len(n)] + [len(_cell(r.get(n))) for r in rows]), 80) for n in names}
    def fit(s: str, w: int) -> str:
        s = s.replace("\n", " ")
        return s if len(s) <= w else s[: w - 1] + "…"
    lines = ["  ".join(n.ljust(widths[n]) for n in names), "  ".join("-" * widths[n] for n in names)]
    lines += ["  ".join(fit(_cell(r.get(n)), widths[n]).ljust(widths[n]) for n in names) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query import find_query
    from kg.query.run import prepare
    from kg.store import open_store

    query = find_query(args.query)
    store = open_store(args.store, read_only=not args.store.startswith("http"), create=False)
    try:
        text = prepare(query, dict(args.param or []), store)
        if args.format == "table":
            names, rows = store.select(text)
            print(format_table(names, rows))
        else:
            sys.stdout.buffer.write(store.query_raw(text, args.format))
            sys.stdout.flush()
    finally:
        store.close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kg.export import export

    store_ro = not args.store.startswith("http")
    from kg.store import open_store

    store = open_store(args.store, read_only=store_ro, create=False)
    try:
        if args.output and args.output != "-":
            with open(args.output, "wb") as out:
                export(store, args.format, out)
        else:
            export(store, args.format, sys.stdout.buffer)
            sys.stdout.flush()
    finally:
        store.close()
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from kg.stats import store_stats
    from kg.store import open_store

    store = open_store(args.store, read_only=not args.store.startswith("http"), create=False)
    try:
        stats = store_stats(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"store        {args.store}")
    print(f"quads        {stats['quads']}")
    print(f"articles     {stats['articles']}")
    print(f"languages    {', '.join(f'{k}: {v}' for k, v in stats['languages'].items()) or '-'}")
    print(f"published    {stats['published_from'] or '-'} .. {stats['published_to'] or '-'}")
    print("classes")
    for cls, n in stats["classes"].items():
        print(f"  {cls:<14} {n}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.store import open_store
    from kg.validate import validate_store

    store = open_store(args.store, read_only=not args.store.startswith("http"), create=False)
    try:
        conforms, report = validate_store(store)
    finally:
        store.close()
    if conforms:
        print("conforms: the store satisfies ontology/shapes.ttl")
        return EXIT_OK
    print(report)
    print("kg: the store does not conform to the shapes (see the report above)", file=sys.stderr)
    return EXIT_INVALID


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="geokg: a knowledge graph of geopolitical news.")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--store", default="kg-store", help="store folder or SPARQL endpoint URL (default: ./kg-store)")

    b = sub.add_parser("build", help="extract articles into the store")
    b.add_argument("inputs", nargs="+", help="files, folders (recursively) or - for standard input")
    b.add_argument("--published", type=_date, help="publication date for inputs that lack one (YYYY-MM-DD)")
    b.add_argument("--lang", help="language code for inputs that lack one (fr, en)")
    b.add_argument("--workers", type=int, default=1, help="spaCy worker processes (default 1)")
    b.add_argument("--dask", metavar="SCHEDULER",
                   help="extract on a Dask cluster: scheduler address (tcp://host:8786) or local:N for N local "
                        "worker processes; needs the dask extra")
    common(b)
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run a named query, a .rq file or a literal SPARQL query")
    q.add_argument("query", help="named query (file stem in queries/), .rq file, or query text")
    q.add_argument("--param", action="append", type=_param, metavar="NAME=VALUE", help="bind a parameter (repeatable)")
    q.add_argument("--format", choices=("table", "csv", "json", "tsv"), default="table")
    common(q)
    q.set_defaults(func=cmd_query)

    e = sub.add_parser("export", help="write the graph in an RDF format")
    e.add_argument("--format", choices=RDF_EXPORTS, default="ttl")
    e.add_argument("-o", "--output", help="output file (default: standard output)")
    common(e)
    e.set_defaults(func=cmd_export)

    s = sub.add_parser("stats", help="counts per class, articles, languages, date range")
    s.add_argument("--json", action="store_true", help="print JSON")
    common(s)
    s.set_defaults(func=cmd_stats)

    v = sub.add_parser("validate", help="check the store against the SHACL shapes")
    common(v)
    v.set_defaults(func=cmd_validate)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KgError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
