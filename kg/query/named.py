"""Named queries are ``.rq`` files whose comment header declares their parameters.

Header lines (before the first non-comment line)::

    # who_said_what: statements about attacks located in a country or place.
    # @param country place optional: ISO 3166-1 code or place name in any language
    # @param type class optional default=Attack: attack class
    # @example kg query who_said_what --param country=RU

A parameter has a name, a kind (how a user's value becomes an RDF term: ``place``,
``actor``, ``class``, ``date``, ``string``, ``integer``, ``iri``, ``target``: a concept of the
target-type scheme by local name or label), ``optional`` or not, and
an optional ``default=``, and ``var=NAME`` when the value binds another variable than the
parameter's name (``speaker`` of who_said_what filters the ``?speaker`` column by membership,
so it binds ``?speakerOf``). The query marks where the bindings go with a ``#@values``
line inside its WHERE clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import QueryError

KINDS = {"place", "actor", "class", "date", "string", "integer", "iri", "target"}
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s+(\w+)((?:\s+(?:optional|default=[^\s:]+|var=\w+))*)\s*:?\s*(.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    optional: bool = False
    default: str | None = None
    doc: str = ""
    var: str | None = None  # the query variable the value binds, when it is not the parameter's name

    @property
    def variable(self) -> str:
        return self.var or self.name


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    description: str = ""
    params: tuple[Param, ...] = field(default=())
    examples: tuple[str, ...] = field(default=())
    path: Path | None = None

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def queries_dir() -> Path:
    """The folder of named queries: packaged copy first, else the project's ``queries/``."""
    here = Path(__file__).resolve().parent.parent
    for cand in (here / "data" / "queries", here.parent / "queries"):
        if cand.is_dir():
            return cand
    raise QueryError("the queries/ folder is missing from this installation")


def parse_query(text: str, name: str, path: Path | None = None) -> NamedQuery:
    params: list[Param] = []
    examples: list[str] = []
    description = ""
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        m = _PARAM.match(s)
        if m:
            pname, kind, flags, doc = m.groups()
            if kind not in KINDS:
                raise QueryError(f"{path or name}: parameter {pname} has unknown kind {kind!r}")
            default = next((f.split("=", 1)[1] for f in flags.split() if f.startswith("default=")), None)
            var = next((f.split("=", 1)[1] for f in flags.split() if f.startswith("var=")), None)
            params.append(Param(pname, kind, "optional" in flags.split() or default is not None, default, doc.strip(), var))
        elif s.startswith("# @example"):
            examples.append(s[len("# @example"):].strip())
        elif not description and not s.startswith("#@"):
            description = s.lstrip("# ").strip()
    return NamedQuery(name, text, description, tuple(params), tuple(examples), path)


def load_query(path: Path) -> NamedQuery:
    return parse_query(path.read_text(encoding="utf-8"), path.stem, path)


def list_queries() -> list[NamedQuery]:
    return [load_query(p) for p in sorted(queries_dir().glob("*.rq"))]


def find_query(spec: str) -> NamedQuery:
    """A named query by stem, a ``.rq`` file, or a literal query string."""
    if spec.endswith(".rq") or "/" in spec and Path(spec).is_file():
        path = Path(spec)
        if not path.is_file():
            raise QueryError(f"no such query file: {spec}")
        return load_query(path)
    if re.fullmatch(r"[\w-]+", spec):
        path = queries_dir() / f"{spec}.rq"
        if not path.is_file():
            names = ", ".join(q.name for q in list_queries())
            raise QueryError(f"no named query {spec!r} (available: {names})")
        return load_query(path)
    return parse_query(spec, "literal")
