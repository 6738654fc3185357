"""Exporters, registered by format name: ``export(store, fmt, out, **options)``.

RDF formats come straight from the store (N-Quads and TriG keep the named graphs; the
others write the union graph); JSON-LD goes through rdflib. ``gexf`` and ``graphml``
write a networkx projection (options ``projection`` and ``lang``, see ``kg.network``).
A new format is one function registered in ``EXPORTERS``; it receives the options and
ignores those it has no use for.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from typing import IO

import rdflib

from kg.errors import KgError
from kg.store.base import Store

Exporter = Callable[..., None]
"""``(store, out, **options) -> None``."""
EXPORTERS: dict[str, Exporter] = {}


def register(name: str) -> Callable[[Exporter], Exporter]:
    def deco(fn: Exporter) -> Exporter:
        EXPORTERS[name] = fn
        return fn
    return deco


for _fmt in ("ttl", "nt", "nq", "trig"):
    register(_fmt)(lambda store, out, _f=_fmt, **_options: store.dump(out, _f))


@register("jsonld")
def export_jsonld(store: Store, out: IO[bytes], **_options: object) -> None:
    buf = io.BytesIO()
    store.dump(buf, "nq")
    ds = rdflib.Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    out.write(ds.serialize(format="json-ld", indent=1).encode("utf-8"))


@register("gexf")
def export_gexf(store: Store, out: IO[bytes], *, projection: str = "full", lang: str = "en", **_options: object) -> None:
    from kg.network import project
    from kg.network.gexf import write_gexf

    write_gexf(project(store, projection, lang), out)


@register("graphml")
def export_graphml(store: Store, out: IO[bytes], *, projection: str = "full", lang: str = "en", **_options: object) -> None:
    from kg.network import project
    from kg.network.graphml import write_graphml

    write_graphml(project(store, projection, lang), out)


def export(store: Store, fmt: str, out: IO[bytes], **options: object) -> None:
    """Write the store in ``fmt``; ``options`` (``projection``, ``lang``) go to the exporter."""
    if fmt not in EXPORTERS:
        raise KgError(f"unknown export format {fmt!r} (one of {', '.join(sorted(EXPORTERS))})")
    EXPORTERS[fmt](store, out, **options)
