"""Named finders in declared, ordered registries: how each extraction decision is made.

A *finder* is one small function that makes one decision from the parse — who the speaker
of a speech verb is, where its reported clause is, which place an attack hit — or returns
None when its pattern does not apply. A *registry* declares, per language, the finders of
one decision in the order they are tried: the first that finds something decides, and its
name goes into the record's ``trace`` (``kg explain`` prints it). Adding a pattern is one
new function and one line in a declaration; ``kg explain`` and the unit tests see it by
name.

The finders themselves live beside the component that runs them
(``kg.nlp.finders.statements``, ``kg.nlp.finders.events``).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Finder(Generic[T]):
    """One named rule: ``find(*args)`` returns what it found, or None."""

    name: str
    find: Callable[..., T | None]

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring (what ``kg explain --finders`` prints)."""
        return (self.find.__doc__ or "").strip().splitlines()[0] if self.find.__doc__ else ""

    def __call__(self, *args: Any) -> T | None:
        return self.find(*args)


class Registry(Generic[T]):
    """The ordered finders of one decision, declared per language."""

    def __init__(self, decision: str, doc: str) -> None:
        self.decision = decision
        self.doc = doc
        self._by_lang: dict[str, tuple[Finder[T], ...]] = {}

    def declare(self, langs: Sequence[str], finders: Sequence[Callable[..., T | None]]) -> None:
        """The finders of ``langs``, in the order they are tried (each named by its function)."""
        declared = tuple(Finder(f.__name__, f) for f in finders)
        for lang in langs:
            self._by_lang[lang] = declared

    def finders(self, lang: str) -> tuple[Finder[T], ...]:
        return self._by_lang.get(lang, ())

    def first(self, lang: str, *args: Any) -> tuple[str, T] | None:
        """The name and result of the first finder of ``lang`` that finds something."""
        for finder in self.finders(lang):
            found = finder(*args)
            if found is not None:
                return finder.name, found
        return None

    def all(self, lang: str, *args: Any) -> list[tuple[str, T]]:
        """The name and result of every finder of ``lang`` that finds something, in order."""
        out = []
        for finder in self.finders(lang):
            found = finder(*args)
            if found is not None:
                out.append((finder.name, found))
        return out


REGISTRIES: dict[str, Registry[Any]] = {}


def registry(decision: str, doc: str) -> Registry[Any]:
    """A new registry, listed in ``REGISTRIES`` under its decision's name."""
    reg: Registry[Any] = Registry(decision, doc)
    REGISTRIES[decision] = reg
    return reg
