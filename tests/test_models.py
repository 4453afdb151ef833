from __future__ import annotations

import pydantic
import pytest

from cncf_glossary import Kind, Relation, RelationKind, Term


def make(**kw: object) -> Term:
    base: dict[str, object] = {
        "id": "kubelet",
        "name": "kubelet",
        "kind": "component",
        "category": "kubernetes-architecture",
        "definition": "The node agent.",
    }
    base.update(kw)
    return Term.model_validate(base)


def test_term_is_frozen_and_hashable() -> None:
    t = make(relations={"part-of": ["kubernetes"]})
    with pytest.raises(pydantic.ValidationError):
        t.name = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        t.relations[RelationKind.IS_A] = ("x",)  # type: ignore[index]
    assert hash(t) == hash(make(relations={"part-of": ["kubernetes"]}))
    assert {t, t} == {t}


def test_unknown_field_is_an_error() -> None:
    with pytest.raises(pydantic.ValidationError, match="defintion"):
        make(defintion="typo")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "Kube Proxy"),
        ("kind", "gadget"),
        ("url", "javascript:alert(1)"),
        ("maturity", "beta"),
        ("relations", {"parts": ["x"]}),
        ("aliases", "k8s"),
    ],
)
def test_bad_values_are_refused(field: str, value: object) -> None:
    with pytest.raises(pydantic.ValidationError):
        make(**{field: value})


def test_relations_keep_kind_order_and_drop_empty_lists() -> None:
    t = make(relations={"used-with": ["a"], "part-of": ["b"], "is-a": []})
    assert list(t.relations) == [RelationKind.USED_WITH, RelationKind.PART_OF]
    assert t.model_dump()["relations"] == {"used-with": ["a"], "part-of": ["b"]}


def test_json_round_trip() -> None:
    t = make(aliases=["kubelet agent"], tags=["node"], relations={"part-of": ["k"]})
    assert Term.model_validate_json(t.model_dump_json()) == t


def test_relation_reads_as_a_sentence() -> None:
    a = make()
    b = make(id="kubernetes", name="Kubernetes", kind="project")
    r = Relation(source=a, kind=RelationKind.PART_OF, target=b)
    assert str(r) == "kubelet is part of Kubernetes"
    assert r.model_dump() == {
        "source": "kubelet",
        "kind": "part-of",
        "target": "kubernetes",
    }


def test_is_a_reads_with_the_right_article() -> None:
    pod = make(id="pod", name="Pod", kind="resource")
    obj = make(id="object", name="object", kind="concept")
    rt = make(id="runtime", name="container runtime", kind="concept")
    assert str(Relation(source=pod, kind=RelationKind.IS_A, target=obj)) == (
        "Pod is an object"
    )
    assert str(Relation(source=pod, kind=RelationKind.IS_A, target=rt)) == (
        "Pod is a container runtime"
    )


def test_kind_properties() -> None:
    assert RelationKind.USED_WITH.symmetric
    assert RelationKind.ALTERNATIVE_TO.symmetric
    assert not RelationKind.PART_OF.symmetric
    assert RelationKind.IS_A.transitive
    assert not RelationKind.DEPENDS_ON.transitive
    assert Kind("project") is Kind.PROJECT
