"""Exporters, registered by format name: ``export(store, fmt, out)``.

RDF formats come straight from the store (N-Quads and TriG keep the named graphs; the
others write the union graph); JSON-LD goes through rdflib. A new format is one
function registered in ``EXPORTERS``.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from typing import IO

import rdflib

from kg.errors import KgError
from kg.store.base import Store

Exporter = Callable[[Store, IO[bytes]], None]
EXPORTERS: dict[str, Exporter] = {}


def register(name: str) -> Callable[[Exporter], Exporter]:
    def deco(fn: Exporter) -> Exporter:
        EXPORTERS[name] = fn
        return fn
    return deco


for _fmt in ("ttl", "nt", "nq", "trig"):
    register(_fmt)(lambda store, out, _f=_fmt: store.dump(out, _f))


@register("jsonld")
def export_jsonld(store: Store, out: IO[bytes]) -> None:
    buf = io.BytesIO()
    store.dump(buf, "nq")
    ds = rdflib.Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    out.write(ds.serialize(format="json-ld", indent=1).encode("utf-8"))


def export(store: Store, fmt: str, out: IO[bytes]) -> None:
    if fmt not in EXPORTERS:
        raise KgError(f"unknown export format {fmt!r} (one of {', '.join(sorted(EXPORTERS))})")
    EXPORTERS[fmt](store, out)
