from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx
import pytest

import cncf_glossary
from cncf_glossary import Glossary, RelationKind, UnknownTermError

if TYPE_CHECKING:
    from pathlib import Path


def ids(terms: object) -> list[str]:
    return [t.id for t in terms]  # type: ignore[attr-defined]


@pytest.mark.parametrize("key", ["kubernetes", "Kubernetes", "K8S", "kube", " k-8-s "])
def test_getitem_takes_id_name_alias_ignoring_case_spaces_hyphens(
    mini: Glossary, key: str
) -> None:
    assert mini[key].id == "kubernetes"
    assert key in mini
    assert mini.get(key) is mini["kubernetes"]


def test_miss_raises_a_key_error_with_suggestions(mini: Glossary) -> None:
    with pytest.raises(KeyError) as info:
        mini["kubernets"]
    assert isinstance(info.value, UnknownTermError)
    assert info.value.suggestions == ("Kubernetes",)
    assert str(info.value) == "no term 'kubernets'; did you mean 'Kubernetes'?"
    assert mini.get("banana") is None
    assert "banana" not in mini
    assert 42 not in mini  # type: ignore[comparison-overlap]


def test_mapping_protocol(mini: Glossary) -> None:
    assert len(mini) == 8
    assert next(iter(mini)) == "kubernetes"  # data order
    assert dict(mini.items())["etcd"].name == "etcd"


def test_graph_is_frozen_and_directed(mini: Glossary) -> None:
    G = mini.graph
    assert isinstance(G, nx.MultiDiGraph)
    assert nx.is_frozen(G)
    assert G.has_edge("kubelet", "kubernetes", key="part-of")
    assert not G.has_edge("kubernetes", "kubelet", key="part-of")
    # symmetric kinds answer from both ends; the mirror is marked not stated
    assert G.edges["containerd", "cri-o", "alternative-to"]["stated"] is True
    assert G.edges["cri-o", "containerd", "alternative-to"]["stated"] is False
    assert G.nodes["etcd"]["term"] is mini["etcd"]
    with pytest.raises(nx.NetworkXError):
        G.add_node("x")


def test_relations_and_neighbors(mini: Glossary) -> None:
    # structural kinds first, then associative ones
    assert [str(r) for r in mini.relations("kubelet")] == [
        "kubelet is part of Kubernetes",
        "kubelet depends on Container Runtime Interface",
        "kubelet is used with containerd",
    ]
    # a symmetric relation stated on the other term reads from this side
    assert [str(r) for r in mini.relations("etcd", kind="used-with")] == [
        "etcd is used with Kubernetes"
    ]
    assert set(ids(mini.neighbors("cri"))) == {
        "kubernetes",
        "kubelet",
        "containerd",
        "cri-o",
    }
    assert ids(mini.used_with("containerd")) == ["kubelet"]
    # every relation once, as stated
    assert len(mini.relations()) == 12


def test_parts_and_wholes(mini: Glossary) -> None:
    assert ids(mini.part_of("kubelet")) == ["kubernetes"]
    assert ids(mini.parts("kubernetes")) == ["cri", "kubelet"]
    assert ids(mini.parts("kubernetes", transitive=True)) == ["cri", "kubelet"]
    assert mini.part_of("kubernetes") == []  # a term is not part of itself


def test_is_a_pair(mini: Glossary) -> None:
    assert ids(mini.is_a("containerd")) == ["container-runtime"]
    assert ids(mini.instances("container-runtime")) == ["containerd", "cri-o"]


def test_path(mini: Glossary) -> None:
    chain = mini.path("etcd", "cri-o")
    assert [str(r) for r in chain] == [
        "Kubernetes depends on etcd",
        "Container Runtime Interface is part of Kubernetes",
        "CRI-O implements Container Runtime Interface",
    ]
    assert mini.path("etcd", "etcd") == []


def test_path_prefers_structural_relations(tmp_path: Path) -> None:
    # a-b-d through used-with and a-c-d through is-a/depends-on are both 2 hops
    f = tmp_path / "diamond.yaml"
    f.write_text(
        "categories: {c: {name: C}}\n"
        "terms:\n"
        "  - {id: a, name: A, kind: concept, category: c, definition: A.,"
        " relations: {used-with: [b], is-a: [c]}}\n"
        "  - {id: b, name: B, kind: concept, category: c, definition: B.,"
        " relations: {used-with: [d]}}\n"
        "  - {id: c, name: C, kind: concept, category: c, definition: C.,"
        " relations: {depends-on: [d]}}\n"
        "  - {id: d, name: D, kind: concept, category: c, definition: D.}\n",
        encoding="utf-8",
    )
    g = cncf_glossary.load(f, builtin=False)
    assert [str(r) for r in g.path("a", "d")] == ["A is a C", "C depends on D"]


def test_path_none_when_disconnected(mini: Glossary) -> None:
    sub = mini.filter(kind="concept")
    assert sub.path("container-runtime", "container-orchestration") == []


def test_neighborhood(mini: Glossary) -> None:
    sub = mini.neighborhood("kubelet", depth=1)
    assert set(sub) == {"kubelet", "kubernetes", "containerd", "cri"}
    assert all(u in sub and v in sub for u, v in sub.graph.edges())
    assert set(mini.neighborhood("kubelet", depth=0)) == {"kubelet"}
    with pytest.raises(ValueError, match="depth"):
        mini.neighborhood("kubelet", depth=-1)


def test_filter(mini: Glossary) -> None:
    assert set(mini.filter(kind="project")) == {
        "kubernetes",
        "etcd",
        "containerd",
        "cri-o",
    }
    assert set(mini.filter(category="runtime", maturity="graduated")) == {
        "containerd",
        "cri-o",
    }
    assert set(mini.filter(tag="CRI")) == {"containerd"}
    assert set(mini.filter(kind=["concept", "specification"])) >= {"cri"}
    with pytest.raises(ValueError, match="gizmo"):
        mini.filter(kind="gizmo")
    with pytest.raises(ValueError, match="unknown category"):
        mini.filter(category="nope")
    sub = mini.filter(kind="project")
    assert sub.graph.number_of_edges() > 0
    assert not sub.graph.has_node("cri")


def test_lookup_basics(mini: Glossary) -> None:
    assert mini.lookup("k8s")[0].term.id == "kubernetes"
    assert mini.lookup("k8s")[0].score == 100
    top = mini.lookup("containered")[0]
    assert top.term.id == "containerd"
    assert 80 <= top.score < 100
    assert mini.lookup("banana") == []
    assert mini.lookup("") == []
    with pytest.raises(ValueError, match="string"):
        mini.lookup(42)  # type: ignore[arg-type]


def test_constructing_a_glossary_validates(mini: Glossary) -> None:
    from cncf_glossary import DataFileError

    terms = [t for t in mini.values() if t.id != "kubernetes"]
    with pytest.raises(DataFileError) as info:
        Glossary(terms, mini.categories)
    assert "unknown-target" in info.value.codes


def test_relation_kind_filter_accepts_enum(mini: Glossary) -> None:
    assert mini.relations("kubelet", RelationKind.PART_OF) == mini.relations(
        "kubelet", "part-of"
    )
