"""The :class:`Glossary`: a read-only mapping of term ids to terms, with a graph.

A glossary answers by id, name or alias (case, spaces and hyphens ignored), looks
up half-remembered names, and walks the typed relations between terms.
"""

from __future__ import annotations

import functools
import itertools
from collections import deque
from collections.abc import Collection, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

import networkx as nx

from .errors import DataFileError, UnknownTermError
from .graph import build_graph, kind_graph
from .lookup import LookupIndex, normalize
from .models import (
    PROPER_KINDS,
    Category,
    Kind,
    Match,
    Maturity,
    Relation,
    RelationKind,
    Term,
    related_ids,
    top_degree,
)
from .validate import check

if TYPE_CHECKING:
    import os
    from pathlib import Path
    from typing import Literal

    from .diff import GlossaryDiff
    from .loader import Parsed
    from .lookup import SearchIndex
    from .mentions import TextIndex
    from .models import Mention

__all__ = ["Glossary"]

_E = TypeVar("_E", bound=str)
# Path lengths: a hop over a structural kind costs 1, over an associative one more,
# so among equally short chains the one that says more wins.
_HOP_COST = {
    RelationKind.IS_A: 1.0,
    RelationKind.PART_OF: 1.0,
    RelationKind.IMPLEMENTS: 1.0,
    RelationKind.DEPENDS_ON: 1.0,
    RelationKind.ALTERNATIVE_TO: 1.2,
    RelationKind.USED_WITH: 1.2,
}
# Terms that own their web addresses (lookup by "nats.io", "projectcontour").
_WEB_OWNERS = PROPER_KINDS | {Kind.SPECIFICATION}
# The order relations are listed and chosen in: structural kinds first.
_PATH_PREFERENCE = (
    RelationKind.IS_A,
    RelationKind.PART_OF,
    RelationKind.IMPLEMENTS,
    RelationKind.DEPENDS_ON,
    RelationKind.ALTERNATIVE_TO,
    RelationKind.USED_WITH,
)


def _as_set(value: Any, enum: type[Any] | None = None) -> set[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    out = set()
    for item in items:
        s = item.value if hasattr(item, "value") else str(item)
        if enum is not None:
            s = enum(s).value  # raises ValueError naming the allowed values
        out.add(s)
    return out


class Glossary(Mapping[str, Term]):
    """A read-only mapping of term id -> :class:`Term`, plus the concept graph.

    ``g[key]``, ``g.get(key)`` and ``key in g`` take an id, a name or an alias,
    ignoring case, spaces and hyphens. Iteration yields ids in data order.

    >>> from cncf_glossary import load
    >>> g = load()
    >>> g["Kube API server"].id
    'kube-apiserver'
    >>> "K8s" in g, "banana" in g
    (True, False)
    >>> g["kubernets"]  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cncf_glossary.errors.UnknownTermError: no term 'kubernets'; did you mean ...?
    """

    def __init__(
        self,
        terms: Iterable[Term],
        categories: Mapping[str, Category] | Iterable[Category] | None = None,
        *,
        version: str | None = None,
        sources: Iterable[str] = (),
        omitted: Iterable[Mapping[str, str]] = (),
        _validate: bool = True,
    ) -> None:
        self._terms: dict[str, Term] = {}
        for t in terms:
            self._terms[t.id] = t
        if categories is None:
            cats = {
                t.category: Category(
                    id=t.category, name=t.category.replace("-", " ").title()
                )
                for t in self._terms.values()
            }
        elif isinstance(categories, Mapping):
            cats = dict(categories)
        else:
            cats = {c.id: c for c in categories}
        self._categories = MappingProxyType(cats)
        self.version = version
        self.sources = tuple(sources)
        self.omitted = tuple(dict(o) for o in omitted)
        if _validate:
            problems = check(self._terms, self._categories)
            if problems:
                raise DataFileError(problems)
        self._graph: nx.MultiDiGraph[str] | None = None
        self._keys: dict[str, str] = {}
        for t in self._terms.values():
            for text in (t.id, *t.names):
                self._keys.setdefault(normalize(text), t.id)

    @classmethod
    def _from_parsed(cls, parsed: Parsed) -> Glossary:
        return cls(
            parsed.terms.values(),
            parsed.categories,
            version=parsed.version,
            sources=parsed.sources,
            omitted=parsed.omitted,
            _validate=False,
        )

    def _subset(self, ids: Collection[str]) -> Glossary:
        keep = set(ids)
        sub = Glossary(
            (t for t in self._terms.values() if t.id in keep),
            self._categories,
            version=self.version,
            sources=self.sources,
            _validate=False,
        )
        return sub

    # -- Mapping -----------------------------------------------------------
    def __getitem__(self, key: str) -> Term:
        tid = self._resolve(key)
        if tid is None:
            raise UnknownTermError(
                str(key),
                [m.term.name for m in self.lookup(key, limit=3)]
                if isinstance(key, str)
                else (),
            )
        return self._terms[tid]

    def _resolve(self, key: object) -> str | None:
        if not isinstance(key, str):
            return None
        if key in self._terms:
            return key
        norm = normalize(key)
        return self._keys.get(norm)

    def __contains__(self, key: object) -> bool:
        return self._resolve(key) is not None

    def get(self, key: str, default: Any = None) -> Any:
        """The term for an id, name or alias, or ``default``."""
        tid = self._resolve(key)
        return default if tid is None else self._terms[tid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def __repr__(self) -> str:
        v = f" version={self.version!r}" if self.version else ""
        return f"<Glossary{v}: {len(self)} terms, {self.graph.number_of_edges()} edges>"

    @property
    def terms(self) -> tuple[Term, ...]:
        """Every term, in data order."""
        return tuple(self._terms.values())

    @property
    def categories(self) -> Mapping[str, Category]:
        """The declared categories, by id."""
        return self._categories

    # -- Graph ---------------------------------------------------------------
    @property
    def graph(self) -> nx.MultiDiGraph[str]:
        """The frozen concept graph (see :mod:`cncf_glossary.graph` for direction)."""
        if self._graph is None:
            self._graph = build_graph(self._terms.values())
        return self._graph

    @functools.cached_property
    def _kind_graphs(self) -> dict[RelationKind, nx.DiGraph[str]]:
        return {k: kind_graph(self.graph, k) for k in RelationKind}

    @functools.cached_property
    def _undirected(self) -> nx.Graph[str]:
        und: nx.Graph[str] = nx.Graph()
        und.add_nodes_from(self.graph)
        for u, v, key in self.graph.edges(keys=True):
            cost = _HOP_COST[RelationKind(key)]
            if not und.has_edge(u, v) or und.edges[u, v]["cost"] > cost:
                und.add_edge(u, v, cost=cost)
        return und

    def _id(self, key: str | Term) -> str:
        return key.id if isinstance(key, Term) else self[key].id

    def _relation(self, u: str, kind: RelationKind, v: str) -> Relation:
        return Relation(source=self._terms[u], kind=kind, target=self._terms[v])

    def relations(
        self, key: str | Term | None = None, kind: RelationKind | str | None = None
    ) -> list[Relation]:
        """The relations of a term (or, with no key, every relation).

        Directed kinds keep their direction; symmetric ones are read from the
        term's side.

        >>> from cncf_glossary import load
        >>> [str(r) for r in load().relations("kubelet", kind="part-of")]
        ['kubelet is part of Kubernetes', 'dockershim is part of kubelet']
        """
        k = RelationKind(kind) if kind is not None else None
        G = self.graph
        out: list[Relation] = []
        if key is None:
            for u, v, kk, d in G.edges(keys=True, data=True):
                if d["stated"] and (k is None or kk == k.value):
                    out.append(self._relation(u, RelationKind(kk), v))
            return out
        tid = self._id(key)
        for _, v, kk in G.out_edges(tid, keys=True):
            if k is None or kk == k.value:
                out.append(self._relation(tid, RelationKind(kk), v))
        for u, _, kk, d in G.in_edges(tid, keys=True, data=True):
            rk = RelationKind(kk)
            if d["stated"] and not rk.symmetric and (k is None or rk is k):
                out.append(self._relation(u, rk, tid))
        order = {rk: i for i, rk in enumerate(_PATH_PREFERENCE)}
        out.sort(
            key=lambda r: (
                order[r.kind],
                r.source.id != tid,
                (r.target if r.source.id == tid else r.source).name.casefold(),
            )
        )
        return out

    def neighbors(
        self, key: str | Term, kind: RelationKind | str | None = None
    ) -> list[Term]:
        """The terms related to ``key`` (in either direction), optionally by kind.

        >>> from cncf_glossary import load
        >>> "etcd" in [t.id for t in load().neighbors("kubernetes", kind="depends-on")]
        True
        """
        tid = self._id(key)
        seen: dict[str, Term] = {}
        for r in self.relations(tid, kind):
            other = r.target if r.source.id == tid else r.source
            seen.setdefault(other.id, other)
        return list(seen.values())

    def used_with(self, key: str | Term) -> list[Term]:
        """Terms used together with ``key``."""
        return self.neighbors(key, RelationKind.USED_WITH)

    def _walk(
        self, key: str | Term, kind: RelationKind, forward: bool, transitive: bool
    ) -> list[Term]:
        tid = self._id(key)
        g = self._kind_graphs[kind]
        if transitive:
            ids = nx.descendants(g, tid) if forward else nx.ancestors(g, tid)
            found = [t for t in self._terms if t in ids]
        else:
            found = list(g.successors(tid) if forward else g.predecessors(tid))
        return sorted((self._terms[i] for i in found), key=lambda t: t.name.casefold())

    def part_of(self, key: str | Term, transitive: bool = False) -> list[Term]:
        """The wholes ``key`` is part of (with ``transitive``, their wholes too).

        >>> from cncf_glossary import load
        >>> [t.name for t in load().part_of("kubelet")]
        ['Kubernetes']
        """
        return self._walk(key, RelationKind.PART_OF, True, transitive)

    def parts(self, key: str | Term, transitive: bool = False) -> list[Term]:
        """The parts of ``key`` (with ``transitive``, their parts too)."""
        return self._walk(key, RelationKind.PART_OF, False, transitive)

    def is_a(self, key: str | Term, transitive: bool = False) -> list[Term]:
        """The types ``key`` is an instance of (``containerd`` -> container runtime).

        >>> from cncf_glossary import load
        >>> "container-runtime" in [t.id for t in load().is_a("containerd")]
        True
        """
        return self._walk(key, RelationKind.IS_A, True, transitive)

    def instances(self, key: str | Term, transitive: bool = False) -> list[Term]:
        """The terms that are a ``key`` (container runtime -> containerd, ...)."""
        return self._walk(key, RelationKind.IS_A, False, transitive)

    def path(self, a: str | Term, b: str | Term) -> list[Relation]:
        """The shortest chain of relations linking two terms, in either direction.

        Among chains of equal length, one through structural relations (is-a,
        part-of, implements, depends-on) is preferred to one through used-with.
        Returns ``[]`` when the terms are not connected (or are the same term).

        >>> from cncf_glossary import load
        >>> [str(r) for r in load().path("kubelet", "kubernetes")]
        ['kubelet is part of Kubernetes']
        """
        u, v = self._id(a), self._id(b)
        try:
            nodes = nx.shortest_path(self._undirected, u, v, weight="cost")
        except nx.NetworkXNoPath:
            return []
        G = self.graph
        out = []
        for x, y in itertools.pairwise(nodes):
            for kind in _PATH_PREFERENCE:
                if G.has_edge(x, y, key=kind.value):
                    out.append(self._relation(x, kind, y))
                    break
                if G.has_edge(y, x, key=kind.value):
                    out.append(self._relation(y, kind, x))
                    break
        return out

    def neighborhood(self, key: str | Term, depth: int = 1) -> Glossary:
        """A smaller glossary: ``key`` and every term within ``depth`` relations.

        >>> from cncf_glossary import load
        >>> sub = load().neighborhood("kubelet", depth=1)
        >>> "kubernetes" in sub and len(sub) < len(load())
        True
        """
        if depth < 0:
            raise ValueError("depth must be 0 or more")
        tid = self._id(key)
        seen = {tid}
        frontier = deque([(tid, 0)])
        G = self._undirected
        while frontier:
            node, d = frontier.popleft()
            if d == depth:
                continue
            for nb in G.neighbors(node):
                if nb not in seen:
                    seen.add(nb)
                    frontier.append((nb, d + 1))
        return self._subset(seen)

    def filter(
        self,
        kind: Kind | str | Iterable[Kind | str] | None = None,
        category: str | Iterable[str] | None = None,
        maturity: Maturity | str | Iterable[Maturity | str] | None = None,
        tag: str | Iterable[str] | None = None,
    ) -> Glossary:
        """A smaller glossary of the terms matching every given criterion.

        Each criterion takes one value or several (any of which may match).

        >>> from cncf_glossary import load
        >>> grads = load().filter(maturity="graduated")
        >>> all(t.maturity == "graduated" for t in grads.values())
        True
        """
        kinds = _as_set(kind, Kind)
        cats = _as_set(category)
        if cats is not None:
            unknown = cats - set(self._categories)
            if unknown:
                raise ValueError(
                    f"unknown category {sorted(unknown)[0]!r}; "
                    f"choose from {', '.join(sorted(self._categories))}"
                )
        mats = _as_set(maturity, Maturity)
        tags = {t.casefold() for t in _as_set(tag) or ()} if tag is not None else None
        keep = [
            t.id
            for t in self._terms.values()
            if (kinds is None or t.kind.value in kinds)
            and (cats is None or t.category in cats)
            and (mats is None or (t.maturity is not None and t.maturity.value in mats))
            and (tags is None or tags & {x.casefold() for x in t.tags})
        ]
        return self._subset(keep)

    def stats(self) -> dict[str, dict[str, int]]:
        """Counts of terms by kind, category and maturity, and relations by kind.

        >>> from cncf_glossary import load
        >>> s = load().stats()
        >>> s["total"]["terms"] == len(load())
        True
        """
        terms: dict[str, int] = {"terms": len(self)}
        by_kind = {k.value: 0 for k in Kind}
        by_maturity = {m.value: 0 for m in Maturity} | {"none": 0}
        by_category = dict.fromkeys(self._categories, 0)
        for t in self._terms.values():
            by_kind[t.kind.value] += 1
            by_maturity[t.maturity.value if t.maturity else "none"] += 1
            by_category[t.category] = by_category.get(t.category, 0) + 1
        by_relation = {k.value: 0 for k in RelationKind}
        for _, _, key, d in self.graph.edges(keys=True, data=True):
            if d["stated"]:
                by_relation[key] += 1
        terms["relations"] = sum(by_relation.values())
        return {
            "total": terms,
            "kind": by_kind,
            "maturity": by_maturity,
            "category": by_category,
            "relation": by_relation,
        }

    # -- Lookup --------------------------------------------------------------
    @functools.cached_property
    def _index(self) -> LookupIndex:
        from .lookup import web_names

        terms = self._terms
        related = related_ids(terms.values())
        # A project's name before a concept or practice it is related to names
        # the project ("Capsule multi-tenancy", "Kuadrant rate limiting"), as
        # one before its category does ("istio service mesh"); not a hub's
        # (the top 1% by degree): "Kubernetes cluster" is a cluster.
        hub = top_degree(related)
        return LookupIndex(
            ((t.id, text) for t in terms.values() for text in (*t.names, t.id)),
            weak=(
                (t.id, text, score)
                for t in terms.values()
                # Projects own their addresses, and a component its
                # repository; a concept's URL, or a component's, is a page of
                # somebody else's documentation.
                for url in (
                    (t.url, t.repo)
                    if t.kind in _WEB_OWNERS
                    else (t.repo,)
                    if t.kind == Kind.COMPONENT
                    else ()
                )
                if url
                for text, score in web_names(url, t.name)
            ),
            context={
                t.id: (
                    " ".join((t.definition, *t.tags, t.category)),
                    # Its tags name it as surely as related terms do.
                    [" / ".join(terms[r].names) for r in sorted(related[t.id])]
                    + list(t.tags),
                )
                for t in terms.values()
            },
            kinds_of={
                t.id: [
                    *(
                        other
                        for kind in (RelationKind.IS_A, RelationKind.IMPLEMENTS)
                        for other in t.relations.get(kind, ())
                    ),
                    *(
                        r
                        for r in sorted(related[t.id])
                        if t.kind in (Kind.PROJECT, Kind.PRODUCT)
                        and len(related[t.id]) < hub
                        and terms[r].kind in (Kind.CONCEPT, Kind.PRACTICE)
                    ),
                    # The practice a project's kind serves: Prometheus is a
                    # monitoring system, so "Prometheus monitoring" is
                    # Prometheus.
                    *(
                        r
                        for other in t.relations.get(RelationKind.IS_A, ())
                        for r in sorted(related[other])
                        if t.kind in (Kind.PROJECT, Kind.PRODUCT)
                        and terms[r].kind == Kind.PRACTICE
                    ),
                ]
                for t in terms.values()
            },
        )

    def lookup(self, query: str, limit: int = 5) -> list[Match]:
        """Terms whose id, name or alias best fits ``query``, best first.

        Forgives typos and knows abbreviations; returns ``[]`` for a query that
        names no term.

        >>> from cncf_glossary import load
        >>> load().lookup("containered")[0].term.name
        'containerd'
        >>> load().lookup("banana")
        []
        """
        if not isinstance(query, str):
            raise ValueError(f"query must be a string, not {type(query).__name__}")
        return [
            Match(term=self._terms[h.target], score=h.score, matched=h.matched)
            for h in self._index.lookup(query, limit)
        ]

    @functools.cached_property
    def _search_index(self) -> SearchIndex:
        from .lookup import Document, SearchIndex

        instances: dict[str, list[str]] = {}
        for t in self._terms.values():
            for kind in (RelationKind.IS_A, RelationKind.IMPLEMENTS):
                for target in t.relations.get(kind, ()):
                    instances.setdefault(target, []).append(t.id)
        return SearchIndex(
            Document(t.id, t.names, t.tags, t.definition, instances.get(t.id, ()))
            for t in self._terms.values()
        )

    def search(self, text: str, limit: int = 10) -> list[Match]:
        """Terms ranked by how well a phrase fits their names, tags and definitions.

        >>> from cncf_glossary import load
        >>> [m.term.id for m in load().search("container runtime", limit=3)][:1]
        ['container-runtime']
        """
        if not isinstance(text, str):
            raise ValueError(f"text must be a string, not {type(text).__name__}")
        return [
            Match(term=self._terms[h.target], score=h.score, matched=h.matched)
            for h in self._search_index.search(text, limit)
        ]

    @functools.cached_property
    def _text_index(self) -> TextIndex:
        from .mentions import TextIndex

        return TextIndex(self._terms.values())

    def mentions(self, text: str) -> list[Mention]:
        """Every mention of a term in ``text``, with character offsets, in order.

        Finds names, aliases, plurals and misspelt long names; the longest match
        wins and none overlap; ordinary words (``common_word`` terms) count only
        where the context says the term is meant.

        >>> from cncf_glossary import load
        >>> [(m.term.id, m.start, m.end) for m in load().mentions("Run k8s pods.")]
        [('kubernetes', 4, 7), ('pod', 8, 12)]
        """
        return self._text_index.mentions(text)

    def link(self, text: str, format: Literal["markdown", "html"] = "markdown") -> str:
        """``text`` with the first mention of each term linked to its URL.

        >>> from cncf_glossary import load
        >>> load().link("Kubernetes")
        '[Kubernetes](https://kubernetes.io/)'
        """
        if not isinstance(text, str):
            raise ValueError(f"text must be a string, not {type(text).__name__}")
        return self._text_index.link(text, format)

    # -- Export and diff (see cncf_glossary.export and cncf_glossary.diff) -------
    def to_dict(self) -> dict[str, Any]:
        """The glossary as a plain dict in the data-file format (JSON-ready)."""
        from .export import to_dict

        return to_dict(self)

    def to_json(self, path: str | os.PathLike[str] | None = None) -> str:
        """JSON in the data-file format: ``load(path)`` reads it back, equal.

        >>> import json
        >>> from cncf_glossary import load
        >>> json.loads(load().to_json())["terms"][0]["id"] in load()
        True
        """
        from .export import to_json

        return to_json(self, path)

    def to_graphml(self, path: str | os.PathLike[str]) -> Path:
        """Write the graph as GraphML (lists as JSON strings; see :mod:`.export`)."""
        from .export import to_graphml

        return to_graphml(self, path)

    def to_gexf(self, path: str | os.PathLike[str]) -> Path:
        """Write the graph as GEXF for Gephi (attributes as in :meth:`to_graphml`)."""
        from .export import to_gexf

        return to_gexf(self, path)

    def to_skos(self, path: str | os.PathLike[str] | None = None) -> str:
        """A SKOS concept scheme in Turtle (needs the ``rdf`` extra: rdflib)."""
        from .export import to_skos

        return to_skos(self, path)

    def to_mermaid(self, key: str | Term | None = None, depth: int = 1) -> str:
        """A Mermaid flowchart of ``key`` and the terms within ``depth`` relations.

        >>> from cncf_glossary import load
        >>> "kubelet -->|is part of| kubernetes" in load().to_mermaid("kubelet")
        True
        """
        from .export import to_mermaid

        return to_mermaid(self, key, depth)

    def to_csv(self, directory: str | os.PathLike[str]) -> list[Path]:
        """Write ``terms.csv`` and ``relations.csv`` into ``directory``."""
        from .export import to_csv

        return to_csv(self, directory)

    def diff(self, other: Glossary) -> GlossaryDiff:
        """The terms, relations and categories added, removed or changed in ``other``.

        >>> from cncf_glossary import load
        >>> g = load()
        >>> d = g.diff(g.neighborhood("kubelet", depth=1))
        >>> d.added, bool(d.removed)
        ((), True)
        """
        from .diff import diff

        return diff(self, other)

    # -- Map -------------------------------------------------------------------
    def to_html(
        self,
        path: str | os.PathLike[str] = "glossary-map.html",
        focus: str | Term | None = None,
        depth: int = 2,
        kinds: RelationKind | str | Iterable[RelationKind | str] | None = None,
        categories: str | Iterable[str] | None = None,
        **options: Any,
    ) -> Path:
        """Write the interactive concept map to one self-contained HTML file.

        ``focus`` draws only a term and the terms within ``depth`` relations;
        ``kinds`` and ``categories`` narrow what is drawn. Other options
        (``maturity``, ``physics``, ``title``, ``seed``) are described in
        :func:`cncf_glossary.viz.render_html`.

        >>> import tempfile, pathlib
        >>> from cncf_glossary import load
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     load().to_html(pathlib.Path(tmp) / "map.html", focus="kubelet").name
        'map.html'
        """
        from .viz import to_html

        return to_html(self, path, focus, depth, kinds, categories, **options)

    def show(
        self,
        focus: str | Term | None = None,
        depth: int = 2,
        kinds: RelationKind | str | Iterable[RelationKind | str] | None = None,
        categories: str | Iterable[str] | None = None,
        *,
        height: int = 640,
        **options: Any,
    ) -> None:
        """Display the concept map inline in Jupyter, VS Code or Colab.

        The page goes into a sandboxed ``<iframe srcdoc>``: no file is written.
        """
        from .viz import show

        show(
            self,
            focus,
            depth,
            height=height,
            kinds=kinds,
            categories=categories,
            **options,
        )
