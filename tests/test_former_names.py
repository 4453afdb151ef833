"""Former names (``formerly``): found by lookup and in text, checked, exported."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import cncf_glossary
from cncf_glossary import DataFileError
from cncf_glossary.export import to_csv, to_skos

from .test_cli import run

if TYPE_CHECKING:
    from pathlib import Path

    from cncf_glossary import Glossary

DATA = """\
version: "former-1"
categories:
  storage: {name: Storage}
  mesh: {name: Service Mesh}
terms:
  - id: velero
    name: Velero
    formerly: [Heptio Ark, Ark]
    kind: project
    category: storage
    definition: Backs up and restores the objects and volumes of a Kubernetes cluster.
    relations:
      used-with: [kubernetes]
  - id: linkerd
    name: Linkerd
    formerly: [Conduit]
    kind: project
    category: mesh
    definition: A service mesh for Kubernetes with a small Rust proxy.
    relations:
      used-with: [kubernetes]
  - id: kubernetes
    name: Kubernetes
    aliases: [k8s]
    kind: project
    category: mesh
    definition: Schedules and runs containers across a cluster of machines.
  - id: skooner
    name: Skooner
    formerly: [k8dash]
    kind: project
    category: mesh
    definition: A small web dashboard for Kubernetes clusters.
  - id: cloudnativepg
    name: CloudNativePG
    formerly: [Cloud Native PostgreSQL]
    kind: project
    category: storage
    definition: Runs highly available PostgreSQL clusters on Kubernetes.
"""


@pytest.fixture
def g(tmp_path: Path) -> Glossary:
    path = tmp_path / "former.yaml"
    path.write_text(DATA, encoding="utf-8")
    return cncf_glossary.load(path, builtin=False)


def test_a_former_name_is_a_name_lookup_finds(g: Glossary) -> None:
    assert g["velero"].formerly == ("Heptio Ark", "Ark")
    assert g["velero"].names == ("Velero", "Heptio Ark", "Ark")
    assert g["heptio ark"].id == "velero"
    assert [m.term.id for m in g.lookup("Conduit")] == ["linkerd"]
    assert [m.term.id for m in g.lookup("heptio-ark")][:1] == ["velero"]


def test_a_former_name_of_plain_words_needs_context(g: Glossary) -> None:
    def found(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.term.id) for m in g.mentions(text)]

    # Written as words, it may be the word: only context makes it the term.
    assert found("Noah built an Ark.") == []
    assert found("The pipe is a conduit for water.") == []
    assert ("Ark", "velero") in found("We back up Kubernetes with Ark and Velero.")
    assert ("Conduit", "linkerd") in found("On Kubernetes, Linkerd 2 began as Conduit.")
    # A former name of its own (a coined word) is found like any name.
    assert found("k8dash showed the pods.") == [("k8dash", "skooner")]


def test_a_former_name_of_several_words_is_found_in_its_own_case(
    g: Glossary,
) -> None:
    def found(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.term.id) for m in g.mentions(text)]

    old = "Cloud Native PostgreSQL"
    assert found(f"EDB shipped {old}.") == [(old, "cloudnativepg")]
    # In another case the words describe; they do not name the old project.
    assert found("We run a cloud native PostgreSQL setup.") == []
    assert found("Cloud-native PostgreSQL is hard.") == []
    assert g.lookup(old.lower())[0].term.id == "cloudnativepg"  # lookup forgives


def test_a_former_name_two_terms_claim_is_reported_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "clash.yaml"
    path.write_text(DATA.replace("formerly: [Conduit]", "formerly: [Ark]"))
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(path, builtin=False)
    (problem,) = info.value.problems
    assert (problem.code, problem.term, problem.line) == (
        "duplicate-name",
        "linkerd",
        16,
    )
    assert problem.path.endswith("clash.yaml")
    assert "'Ark' is already used by term 'velero'" in problem.message


def test_former_names_are_exported_and_shown(g: Glossary, tmp_path: Path) -> None:
    to_csv(g, tmp_path)
    rows = (tmp_path / "terms.csv").read_text(encoding="utf-8")
    assert '"[""Heptio Ark"", ""Ark""]"' in rows
    skos = to_skos(g)
    assert 'skos:hiddenLabel "Conduit"@en' in skos
    path = tmp_path / "former.yaml"
    path.write_text(DATA, encoding="utf-8")
    code, out, _ = run("show", "ark", "--data", str(path), "--no-builtin")
    assert code == 0
    assert "formerly: Heptio Ark, Ark" in out


def test_an_overlay_adds_former_names(tmp_path: Path) -> None:
    base = tmp_path / "former.yaml"
    base.write_text(DATA, encoding="utf-8")
    extra = tmp_path / "extra.yaml"
    extra.write_text("terms:\n  - id: linkerd\n    formerly: [Linkerd 1]\n")
    g = cncf_glossary.load(base, extra, builtin=False)
    assert g["linkerd"].formerly == ("Conduit", "Linkerd 1")
    assert g["linkerd 1"].id == "linkerd"
