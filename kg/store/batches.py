"""Write article graphs in batched transactions.

One transaction per article costs a store commit (and, on a remote endpoint, an HTTP
round trip) per article; a bulk build spends more time committing than writing. The
``GraphBatcher`` collects whole article graphs and writes them with
``Store.replace_graphs``: several articles in one transaction, still all or nothing, so a
build killed at any moment leaves whole articles only (each batch is in or out) and the
next build completes it.

Memory is bounded by the batch (``max_graphs`` articles or ``max_triples`` triples,
whichever fills first). An article given twice before a flush is written once, with its
last graph, as a sequence of single-article replacements would leave it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from rdflib.term import Node as RdfNode

from kg.store.base import Store

Triple = tuple[RdfNode, RdfNode, RdfNode]

DEFAULT_MAX_GRAPHS = 64
DEFAULT_MAX_TRIPLES = 20_000
FLUSH_EVERY = 8  # transactions between flushes of the store's write buffers (embedded store)


class GraphBatcher:
    """Collects ``(graph IRI, triples)`` and writes them in batches; call ``flush`` at the end."""

    def __init__(
        self,
        store: Store,
        *,
        max_graphs: int = DEFAULT_MAX_GRAPHS,
        max_triples: int = DEFAULT_MAX_TRIPLES,
        on_written: Callable[[Sequence[str]], None] | None = None,
    ) -> None:
        if max_graphs < 1 or max_triples < 1:
            raise ValueError("batch limits must be positive")
        self.store = store
        self.max_graphs = max_graphs
        self.max_triples = max_triples
        self.on_written = on_written
        self._pending: dict[str, Sequence[Triple]] = {}
        self._triples = 0
        self.transactions = 0

    def add(self, graph_iri: str, triples: Sequence[Triple]) -> None:
        """Queue one article's whole graph; writes the batch when it is full."""
        old = self._pending.pop(graph_iri, None)
        if old is not None:
            self._triples -= len(old)
        self._pending[graph_iri] = triples
        self._triples += len(triples)
        if len(self._pending) >= self.max_graphs or self._triples >= self.max_triples:
            self.flush()

    def flush(self) -> None:
        """Write the queued graphs in one transaction."""
        if not self._pending:
            return
        graphs = list(self._pending.items())
        self.store.replace_graphs(graphs)
        self.transactions += 1
        if self.transactions % FLUSH_EVERY == 0:
            self.store.flush()  # keeps the store's write buffers, hence memory, flat
        self._pending.clear()
        self._triples = 0
        if self.on_written is not None:
            self.on_written([iri for iri, _ in graphs])
