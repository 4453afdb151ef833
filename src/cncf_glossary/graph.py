"""Build the concept graph: term records -> a frozen :class:`networkx.MultiDiGraph`.

Direction and keys:

* nodes are term ids, each with the attribute ``term`` (the :class:`Term`);
* an edge ``u -> v`` with key ``kind.value`` (``"part-of"``, ...) and attribute
  ``kind`` (the :class:`RelationKind`) reads "u kind v": ``kubelet -> kubernetes``
  keyed ``part-of`` means kubelet is part of Kubernetes. ``part-of`` points from the
  part to the whole, ``is-a`` from the instance to the type, ``implements`` from
  the project to the specification, ``depends-on`` from the dependant;
* so :func:`networkx.descendants` over ``part-of`` edges gives the wholes a term
  belongs to, and ancestors give its parts;
* symmetric kinds (``used-with``, ``alternative-to``) are stored in both
  directions, so they answer from both ends; the edge attribute ``stated`` is True
  on the direction written in the data and False on its mirror. Count relations
  with ``stated`` edges only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .models import RelationKind, Term

__all__ = ["build_graph", "kind_graph"]


def build_graph(terms: Iterable[Term]) -> nx.MultiDiGraph[str]:
    """Build and freeze the graph; relations to absent terms are left out.

    >>> from cncf_glossary import load
    >>> G = load().graph
    >>> G.has_edge("kubelet", "kubernetes", key="part-of")
    True
    >>> nx.is_frozen(G)
    True
    """
    terms = list(terms)
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for term in terms:
        g.add_node(term.id, term=term)
    for term in terms:
        for kind, targets in term.relations.items():
            for target in targets:
                if target not in g or target == term.id:
                    continue
                if g.has_edge(term.id, target, key=kind.value):
                    continue  # written from both ends: keep the first
                g.add_edge(term.id, target, key=kind.value, kind=kind, stated=True)
                if kind.symmetric and not g.has_edge(target, term.id, key=kind.value):
                    g.add_edge(target, term.id, key=kind.value, kind=kind, stated=False)
    frozen: nx.MultiDiGraph[str] = nx.freeze(g)
    return frozen


def kind_graph(graph: nx.MultiDiGraph[str], kind: RelationKind) -> nx.DiGraph[str]:
    """The simple directed graph of one relation kind (stated direction only)."""
    sub: nx.DiGraph[str] = nx.DiGraph()
    sub.add_nodes_from(graph.nodes)
    sub.add_edges_from(
        (u, v)
        for u, v, k, d in graph.edges(keys=True, data=True)
        if k == kind.value and d["stated"]
    )
    return sub
