"""Coded checks over loaded glossary records.

Each check is one small function yielding :class:`~cncf_glossary.errors.Problem`
records; :func:`check` runs them all, so every problem is reported at once.

=====================  =======================================================
code                   meaning
=====================  =======================================================
``file-too-large``     the file exceeds the size limit
``not-utf8``           the file is not UTF-8 text
``not-text``           the file holds a NUL byte
``yaml-syntax``        YAML could not be parsed
``yaml-alias``         an anchor or alias (refused: "billion laughs")
``yaml-tag``           a tag beyond plain strings, numbers, lists, mappings
``yaml-depth``         nesting deeper than any glossary needs
``yaml-key``           a mapping key that is not a plain string
``yaml-documents``     more than one YAML document in a file
``duplicate-key``      the same key twice in one mapping
``wrong-type``         a value of the wrong type (a list where text belongs, ...)
``invalid-value``      a value of the right type that is not allowed
``missing-field``      a required field is absent
``unknown-field``      a field the format does not have (typo?)
``duplicate-id``       two terms share an id
``duplicate-name``     a name or alias claimed by two terms
``unknown-target``     a relation points at no term
``self-relation``      a term related to itself
``cycle``              a cycle in part-of or is-a
``unknown-category``   a category not declared under ``categories:``
``extend-conflict``    an overlay sets a field of an existing term without
                       ``replace:``
=====================  =======================================================
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

import networkx as nx

from .errors import Problem
from .lookup import LookupIndex, normalize
from .models import Category, RelationKind, Term

__all__ = ["Origin", "check"]


@dataclass
class Origin:
    """Where a term was written: file, line, and the lines of its fields."""

    path: str
    line: int | None
    fields: dict[tuple[str | int, ...], int] = field(default_factory=dict)
    files: dict[tuple[str | int, ...], str] = field(default_factory=dict)
    """Fields written in another file (an overlay), by field path."""

    def locate(self, *path: str | int) -> tuple[str, int | None]:
        """The file and line of a field (or of the nearest enclosing one)."""
        while path:
            if path in self.fields:
                return self.files.get(path, self.path), self.fields[path]
            path = path[:-1]
        return self.path, self.line

    def at(self, *path: str | int) -> int | None:
        """The line of a field (or the nearest enclosing one)."""
        return self.locate(*path)[1]


Check = Callable[
    [Mapping[str, Term], Mapping[str, Category], Mapping[str, Origin]],
    Iterator[Problem],
]


def _where(
    origins: Mapping[str, Origin], tid: str, *path: str | int
) -> tuple[str, int | None]:
    o = origins.get(tid)
    return o.locate(*path) if o else ("<glossary>", None)


def _did_you_mean(query: str, choices: Mapping[str, str]) -> str:
    """A ``; did you mean 'x'?`` suffix from the lookup engine, or ''."""
    index = LookupIndex.from_names(choices)
    best = index.suggest(query, limit=1)
    return f"; did you mean {best[0]!r}?" if best else ""


def check_names(
    terms: Mapping[str, Term],
    categories: Mapping[str, Category],
    origins: Mapping[str, Origin],
) -> Iterator[Problem]:
    """``duplicate-name``: a name or alias claimed by two terms."""
    owner: dict[str, tuple[str, str]] = {}
    for tid, term in terms.items():
        keys = {normalize(tid): tid}
        for name in term.names:
            keys.setdefault(normalize(name), name)
        for key, text in keys.items():
            if not key:
                continue
            prev = owner.setdefault(key, (tid, text))
            if prev[0] != tid:
                idx = term.names.index(text) if text in term.names else -1
                n_aliases = len(term.aliases)
                where: tuple[str, ...] | tuple[str, int] = (
                    ("name",)
                    if idx == 0
                    else ("aliases", max(idx - 1, 0))
                    if idx <= n_aliases
                    else ("formerly", idx - 1 - n_aliases)
                )
                path, line = _where(origins, tid, *where)
                if idx < 0:
                    path, line = _where(origins, tid, "id")
                yield Problem(
                    path,
                    line,
                    tid,
                    "duplicate-name",
                    f"{text!r} is already used by term '{prev[0]}'; "
                    "remove it here or there",
                )


def check_targets(
    terms: Mapping[str, Term],
    categories: Mapping[str, Category],
    origins: Mapping[str, Origin],
    also_defined: frozenset[str] = frozenset(),
) -> Iterator[Problem]:
    """``unknown-target`` and ``self-relation``."""
    ids = {tid: tid for tid in terms}
    for tid, term in terms.items():
        for kind, targets in term.relations.items():
            for i, target in enumerate(targets):
                path, line = _where(origins, tid, "relations", kind.value, i)
                if target == tid:
                    yield Problem(
                        path,
                        line,
                        tid,
                        "self-relation",
                        f"{kind.value} points at the term itself; remove it",
                    )
                elif target not in terms and target not in also_defined:
                    hint = _did_you_mean(target, ids)
                    yield Problem(
                        path,
                        line,
                        tid,
                        "unknown-target",
                        f"{kind.value} target '{target}' is not defined{hint}",
                    )


def check_cycles(
    terms: Mapping[str, Term],
    categories: Mapping[str, Category],
    origins: Mapping[str, Origin],
) -> Iterator[Problem]:
    """``cycle``: part-of and is-a must stay acyclic (they are transitive)."""
    for kind in (RelationKind.PART_OF, RelationKind.IS_A):
        g: nx.DiGraph[str] = nx.DiGraph()
        for tid, term in terms.items():
            for target in term.relations.get(kind, ()):
                if target in terms and target != tid:
                    g.add_edge(tid, target)
        for comp in nx.strongly_connected_components(g):
            if len(comp) < 2:
                continue
            first = min(comp)
            cycle = nx.find_cycle(g.subgraph(comp), source=first)
            chain = " -> ".join([cycle[0][0], *(v for _, v in cycle)])
            path, line = _where(origins, first, "relations", kind.value)
            yield Problem(
                path,
                line,
                first,
                "cycle",
                f"{kind.value} forms a cycle: {chain}; "
                "break it by removing one of these links",
            )


def check_categories(
    terms: Mapping[str, Term],
    categories: Mapping[str, Category],
    origins: Mapping[str, Origin],
) -> Iterator[Problem]:
    """``unknown-category``: every category must be declared."""
    names = {c: c for c in categories}
    for tid, term in terms.items():
        if term.category not in categories:
            path, line = _where(origins, tid, "category")
            yield Problem(
                path,
                line,
                tid,
                "unknown-category",
                f"category '{term.category}' is not declared under "
                f"'categories:'{_did_you_mean(term.category, names)}",
            )


CHECKS: tuple[Check, ...] = (check_names, check_targets, check_cycles, check_categories)


def check(
    terms: Mapping[str, Term],
    categories: Mapping[str, Category],
    origins: Mapping[str, Origin] | None = None,
    also_defined: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Run every cross-term check and return all problems found.

    >>> from cncf_glossary.models import Term, Category
    >>> t = Term(id="a", name="A", kind="concept", category="c",
    ...          definition="An example.", relations={"is-a": ["b"]})
    >>> [p.code for p in check({"a": t}, {"c": Category(id="c", name="C")})]
    ['unknown-target']
    """
    origins = origins or {}
    out = [
        p
        for fn in CHECKS
        if fn is not check_targets
        for p in fn(terms, categories, origins)
    ]
    out += check_targets(terms, categories, origins, also_defined)
    return out
