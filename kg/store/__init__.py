"""Stores: where the graph lives. ``open_store`` picks one by its location.

* a folder path: the embedded on-disk Oxigraph store (the default ``./kg-store``);
* an ``http(s)://`` URL: a remote SPARQL 1.1 endpoint (queries through SPARQLWrapper).
"""
from __future__ import annotations

from kg.store.base import ArticleState, Store
from kg.store.oxigraph_store import OxigraphStore
from kg.store.remote import RemoteStore

DEFAULT_STORE = "kg-store"


def open_store(location: str = DEFAULT_STORE, *, read_only: bool = False, create: bool = True) -> Store:
    """Open the store at ``location`` (folder path or endpoint URL)."""
    if location.startswith(("http://", "https://")):
        return RemoteStore(location)
    return OxigraphStore(location, read_only=read_only, create=create)


__all__ = ["ArticleState", "DEFAULT_STORE", "OxigraphStore", "RemoteStore", "Store", "open_store"]
