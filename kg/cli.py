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
NETWORK_EXPORTS = ("gexf", "graphml")
PROJECTION_NAMES = ("full", "actor-event", "actor-actor", "place")


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


def _open(args: argparse.Namespace, write: bool = False):
    """The store the command names: ``--endpoint URL`` (with ``--update-endpoint``) or ``--store``."""
    from kg.store import RemoteStore, open_store

    if args.endpoint:
        return RemoteStore(args.endpoint, update_url=args.update_endpoint)
    if args.update_endpoint:
        raise KgError("--update-endpoint needs --endpoint")
    if args.store.startswith(("http://", "https://")):
        return open_store(args.store)
    return open_store(args.store, read_only=not write, create=write)


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from kg.build import build_into

    store = _open(args, write=True)
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
          f"({report.articles_read} read, {report.triples_written} triples written) into {store.location}",
          file=sys.stderr)
    if report.rebuilt_extractor_changed:
        from kg.version import EXTRACTOR_VERSION

        print(f"{report.rebuilt_extractor_changed} rebuilt: extractor changed (now {EXTRACTOR_VERSION})",
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

    query = find_query(args.query)
    store = _open(args)
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


def cmd_ask(args: argparse.Namespace) -> int:
    import shlex

    from kg.query.ask import UnmappedQuestion, ask, example_questions

    store = _open(args)
    try:
        answer = ask(args.question, store)
        raw = None if args.format == "table" else store.query_raw(answer.sparql, args.format)
    except UnmappedQuestion as exc:
        print(f"kg: {exc}", file=sys.stderr)
        print("questions kg ask can answer, for example:", file=sys.stderr)
        for example in example_questions():
            print(f"  {example}", file=sys.stderr)
        return EXIT_FAIL
    finally:
        store.close()
    params = " ".join(f"--param {shlex.quote(f'{k}={v}')}" for k, v in answer.params.items())
    header = f"# kg query {answer.query_name} {params}".rstrip()
    ignored = f"\n# ignored: {', '.join(answer.mapping.ignored)}" if answer.mapping.ignored else ""
    sparql = f"{header}{ignored}\n{answer.sparql.rstrip()}\n"
    if raw is None:
        print(sparql)
        print(format_table(answer.names, answer.rows))
    else:  # the results alone on standard output, so that they stay valid CSV/JSON/TSV
        print(sparql, file=sys.stderr)
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kg.export import export

    store = _open(args)
    options = {"projection": args.projection, "lang": args.lang}
    try:
        if args.output and args.output != "-":
            with open(args.output, "wb") as out:
                export(store, args.format, out, **options)
        else:
            export(store, args.format, sys.stdout.buffer, **options)
            sys.stdout.flush()
    finally:
        store.close()
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from kg.stats import store_stats

    store = _open(args)
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


def cmd_network_stats(args: argparse.Namespace) -> int:
    from kg.network import project
    from kg.network.analysis import communities, most_cited_actors, node_table

    store = _open(args)
    try:
        g = project(store, args.projection, args.lang)
    finally:
        store.close()
    print(f"projection   {args.projection} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges, "
          f"{len(communities(g))} communities)")
    rows = node_table(g, top=args.top)
    print(format_table(list(rows[0]) if rows else ["label"], rows))
    print(f"most cited actors per {args.period}")
    for period, ranked in most_cited_actors(g, period=args.period, top=3).items():
        print(f"  {period:<10} " + "; ".join(f"{g.nodes[n]['label']} ({w:g})" for n, w in ranked))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate_store

    store = _open(args)
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


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.serve import ServeOptions, serve

    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"kg serve: warning: listening on {args.host}, reachable from other machines", file=sys.stderr)
    options = ServeOptions(store=args.store, host=args.host, port=args.port, allow_update=args.allow_update,
                           timeout=args.timeout, workers=args.workers, max_request_bytes=args.max_request_bytes,
                           verbose=args.verbose)
    mode = "read-write" if args.allow_update else "read-only"

    def ready(url: str) -> None:
        explorer = url[: -len("query")] if url.endswith("/query") else url
        print(f"kg serve: serving {args.store} ({mode}) at {url}; explorer at {explorer}; Ctrl-C to stop",
              file=sys.stderr, flush=True)

    serve(options, ready=ready)
    return EXIT_OK


def _store_note(location: str, article) -> str | None:  # type: ignore[no-untyped-def]
    """What the store holds of ``article``: built from this text, from another, or not at all."""
    import os

    from kg.rdf.mapping import graph_iri
    from kg.store import open_store

    if location.startswith(("http://", "https://")) or not os.path.isdir(location):
        return None
    store = open_store(location, read_only=True)
    try:
        state = store.article_state(graph_iri(article))
    finally:
        store.close()
    if state is None:
        return f"store {location}: this article is not built"
    same = "this text" if state.text_hash == article.text_hash else "another version of the text"
    return f"store {location}: built from {same} by extractor {state.extractor_version}"


def cmd_explain(args: argparse.Namespace) -> int:
    import os

    from kg.explain import explain_article, format_explanation
    from kg.ingest import read_articles

    if args.input:
        sources, wanted = args.input, args.id or args.target
    elif args.target == "-" or os.path.exists(args.target):
        sources, wanted = [args.target], args.id
    else:
        raise KgError(f"{args.target}: no such file, and the store keeps no article text: "
                      f"give the input that holds the article (kg explain ID --input FILE)")
    skipped: list[InputError] = []
    articles = [a for a in read_articles(sources, published=args.published, language=args.lang,
                                         on_error=skipped.append, stdin=sys.stdin.buffer)
                if wanted is None or a.identifier == wanted]
    for err in skipped:
        print(f"kg: skipped {err}", file=sys.stderr)
    if not articles:
        raise KgError(f"no article {wanted!r} in {', '.join(sources)}" if wanted else f"no article in {', '.join(sources)}")
    for i, article in enumerate(articles):
        if i:
            print()
        note = _store_note(args.store, article)
        if note:
            print(note)
        print(format_explanation(explain_article(article)))
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="geokg: a knowledge graph of geopolitical news.")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sp: argparse.ArgumentParser, remote: bool = True) -> None:
        sp.add_argument("--store", default="kg-store", help="store folder or SPARQL endpoint URL (default: ./kg-store)")
        if remote:
            sp.add_argument("--endpoint", metavar="URL", help="use a SPARQL 1.1 endpoint (query URL) instead of --store")
            sp.add_argument("--update-endpoint", metavar="URL",
                            help="its SPARQL Update URL (default: the query URL with /query replaced by /update)")

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

    from kg.ask_examples import help_text  # plain data: nothing heavy loads for the help

    a = sub.add_parser("ask", help="answer an English or French question with a named query", epilog=help_text(),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("question", help='e.g. "who said what about strikes on Russian territory"')
    a.add_argument("--format", choices=("table", "csv", "json", "tsv"), default="table",
                   help="table (with the SPARQL above it) or a results format (the SPARQL goes to stderr)")
    common(a)
    a.set_defaults(func=cmd_ask)

    e = sub.add_parser("export", help="write the graph in an RDF format, or a network projection for Gephi")
    e.add_argument("--format", choices=RDF_EXPORTS + NETWORK_EXPORTS, default="ttl")
    e.add_argument("-o", "--output", help="output file (default: standard output)")
    e.add_argument("--projection", choices=PROJECTION_NAMES, default="full", help="gexf/graphml: which graph (default full)")
    e.add_argument("--lang", default="en", help="gexf/graphml: language of the labels (default en)")
    common(e)
    e.set_defaults(func=cmd_export)

    s = sub.add_parser("stats", help="counts per class, articles, languages, date range")
    s.add_argument("--json", action="store_true", help="print JSON")
    common(s)
    s.set_defaults(func=cmd_stats)

    n = sub.add_parser("network", help="network analysis of a projection (networkx)")
    nsub = n.add_subparsers(dest="network_command", required=True, metavar="SUBCOMMAND")
    ns = nsub.add_parser("stats", help="centrality, communities, most-cited actors per period")
    ns.add_argument("--projection", choices=PROJECTION_NAMES, default="full")
    ns.add_argument("--lang", default="en", help="language of the labels (default en)")
    ns.add_argument("--top", type=int, default=15, help="rows of the centrality table (default 15)")
    ns.add_argument("--period", choices=("year", "month", "day"), default="month")
    common(ns)
    ns.set_defaults(func=cmd_network_stats)

    x = sub.add_parser("explain", help="show how one article's events and statements were found (finders, "
                                       "rejected candidates)")
    x.add_argument("target", help="an input file (.txt, .html, .jsonl, .json) or - , or an article id with --input")
    x.add_argument("--id", help="the article of a .jsonl/.json input to explain (default: every article)")
    x.add_argument("--input", action="append", metavar="FILE",
                   help="the input that holds article TARGET (repeatable; the store keeps no article text)")
    x.add_argument("--published", type=_date, help="publication date for inputs that lack one (YYYY-MM-DD)")
    x.add_argument("--lang", help="language code for inputs that lack one (fr, en)")
    x.add_argument("--store", default="kg-store", help="say whether the store holds this article (default: ./kg-store)")
    x.set_defaults(func=cmd_explain)

    v = sub.add_parser("validate", help="check the store against the SHACL shapes")
    common(v)
    v.set_defaults(func=cmd_validate)

    sv = sub.add_parser("serve", help="serve the store as a SPARQL 1.1 Protocol endpoint (read-only by default)")
    sv.add_argument("--port", type=int, default=7878, help="TCP port (default 7878; 0 = any free port)")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--allow-update", action="store_true", help="accept SPARQL Update at /update (refused otherwise)")
    sv.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run before it is stopped (default 30)")
    sv.add_argument("--workers", type=int, default=2, help="query worker processes (default 2)")
    sv.add_argument("--max-request-bytes", type=int, default=1_000_000, help="largest request accepted (default 1 MB)")
    sv.add_argument("--verbose", action="store_true", help="log each request on stderr")
    common(sv, remote=False)
    sv.set_defaults(func=cmd_serve)
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
