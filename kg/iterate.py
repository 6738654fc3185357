"""Splitting a stream into lists of at most ``size`` items, read lazily.

The build reads its inputs lazily and works on them in groups (stored states read 64 at a
time, articles sent to spaCy by language, batches sent to worker processes): one helper
serves all three, so the stream is never read ahead further than one group.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter), in input order."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
