"""Overlays: files layered over the built-in glossary and over each other."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from typer.core import TyperGroup
from typer.main import get_command
from typer.testing import CliRunner

import cncf_glossary
from cncf_glossary import DataFileError, Kind, Maturity
from cncf_glossary.cli import app

from .conftest import DATA, MINI

if TYPE_CHECKING:
    from pathlib import Path

TEAM = DATA / "overlays" / "team.yaml"
TEAM2 = DATA / "overlays" / "team-2.yaml"
runner = CliRunner()


def test_one_overlay_adds_extends_and_replaces() -> None:
    base = cncf_glossary.load(MINI, builtin=False)
    g = cncf_glossary.load(MINI, TEAM, builtin=False)
    assert set(g) - set(base) == {"acme-deploy", "acme-cli"}
    assert g.categories["platform"].name == "Our platform"
    assert g["kubernetes"].aliases == ("k8s", "kube", "the cluster")
    assert g["kubernetes"].tags == ("platform",)
    assert g["etcd"].definition == "The key-value store behind our clusters."
    assert [t.id for t in g.part_of("acme-cli")] == ["acme-deploy"]
    assert "acme-deploy" in [t.id for t in g.used_with("kubernetes")]
    # everything not mentioned is untouched
    for tid in ("kubelet", "containerd", "cri"):
        assert g[tid] == base[tid]


def test_overlay_over_overlay() -> None:
    g = cncf_glossary.load(MINI, TEAM, TEAM2, builtin=False)
    deploy, cli = g["acme-deploy"], g["acme-cli"]
    assert deploy.aliases == ("deployer",)  # extends a term another overlay added
    assert [t.id for t in g.neighbors("acme-deploy", kind="depends-on")] == ["etcd"]
    assert (cli.name, cli.maturity) == ("acmectl", Maturity.SANDBOX)
    assert cli.kind is Kind.COMPONENT  # fields not under replace: are kept
    assert g["acmectl"].id == "acme-cli"
    # the last layer wins a replace; extensions accumulate without duplicates
    assert g["etcd"].definition.startswith("The key-value store that holds")
    assert g["etcd"].aliases == ("the store",)
    assert g["kubernetes"].aliases.count("the cluster") == 1


def test_layer_order_matters() -> None:
    # team-2 extends terms that only team.yaml defines: without it they are new
    # entries missing their required fields.
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(MINI, TEAM2, builtin=False)
    assert "missing-field" in info.value.codes
    assert {p.path for p in info.value.problems} == {str(TEAM2)}


def test_overlays_over_the_builtin_glossary() -> None:
    g = cncf_glossary.load(TEAM)  # kubernetes and etcd come from the built-in data
    assert g["the cluster"].id == "kubernetes"
    assert len(g) == len(cncf_glossary.load()) + 2
    assert cncf_glossary.load()["kubernetes"].aliases != g["kubernetes"].aliases


def test_identical_values_are_no_conflict(tmp_path: Path) -> None:
    f = tmp_path / "same.yaml"
    f.write_text(
        "terms:\n  - id: etcd\n    name: etcd\n    kind: project\n", encoding="utf-8"
    )
    g = cncf_glossary.load(MINI, f, builtin=False)
    assert g["etcd"] == cncf_glossary.load(MINI, builtin=False)["etcd"]


# Each case: an overlay on mini-terms.yaml + team.yaml, and the (code, line, term)
# it must produce, reported in the overlay file.
CASES = {
    "extend-conflict": (
        "terms:\n  - id: etcd\n    aliases: [kv]\n    definition: Changed.\n",
        ("extend-conflict", 4, "etcd"),
    ),
    "replace-unknown-field": (
        "terms:\n  - id: etcd\n    replace:\n      defintion: Typo.\n",
        ("unknown-field", 4, "etcd"),
    ),
    "replace-invalid-value": (
        "terms:\n  - id: etcd\n    replace:\n      name: etcd\n      kind: gizmo\n",
        ("invalid-value", 5, "etcd"),
    ),
    "replace-on-a-new-term": (
        "terms:\n  - id: fresh\n    name: Fresh\n    kind: concept\n"
        "    category: concepts\n    definition: New.\n    replace: {name: F}\n",
        ("unknown-field", 7, "fresh"),
    ),
    "replace-not-a-mapping": (
        "terms:\n  - id: etcd\n    replace: [definition]\n",
        ("wrong-type", 3, "etcd"),
    ),
    "relations-not-a-mapping": (
        "terms:\n  - id: etcd\n    relations: [kubelet]\n",
        ("wrong-type", 3, "etcd"),
    ),
    "added-alias-taken": (
        "terms:\n  - id: etcd\n    aliases:\n      - store\n      - K8s\n",
        ("duplicate-name", 5, "etcd"),
    ),
    "unknown-target": (
        "terms:\n  - id: acme-cli\n    relations:\n      used-with: [kubelett]\n",
        ("unknown-target", 4, "acme-cli"),
    ),
    "bad-relation-kind": (
        "terms:\n  - id: etcd\n    relations:\n      part_of: [kubelet]\n",
        ("invalid-value", 4, "etcd"),
    ),
    "self-relation": (
        "terms:\n  - id: etcd\n    relations:\n      used-with: [etcd]\n",
        ("self-relation", 4, "etcd"),
    ),
    "unknown-category": (
        "terms:\n  - id: fresh\n    name: Fresh\n    kind: concept\n"
        "    category: platfrom\n    definition: New.\n",
        ("unknown-category", 5, "fresh"),
    ),
    "duplicate-id-in-one-overlay": (
        "terms:\n  - id: etcd\n    aliases: [a]\n  - id: etcd\n    aliases: [b]\n",
        ("duplicate-id", 4, "etcd"),
    ),
    "category-redeclared": (
        "categories:\n  platform: {name: Something else}\n",
        ("duplicate-id", 2, None),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_overlay_problems_give_code_file_and_line(case: str, tmp_path: Path) -> None:
    text, expected = CASES[case]
    f = tmp_path / f"{case}.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(MINI, TEAM, f, builtin=False)
    found = [(p.code, p.line, p.term) for p in info.value.problems]
    assert found == [expected], info.value
    (problem,) = info.value.problems
    assert problem.path == str(f)
    assert str(problem).startswith(f"{f}:{expected[1]}:")


def test_conflict_names_where_the_term_was_first_defined(tmp_path: Path) -> None:
    f = tmp_path / "late.yaml"
    f.write_text(
        "terms:\n  - id: acme-cli\n    definition: Changed.\n", encoding="utf-8"
    )
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(MINI, TEAM, f, builtin=False)
    (problem,) = info.value.problems
    assert problem.code == "extend-conflict"
    assert f"already defined at {TEAM}:13" in problem.message
    assert "under 'replace:'" in problem.message


def test_suggestions_see_every_layer(tmp_path: Path) -> None:
    f = tmp_path / "typo.yaml"
    f.write_text(
        "terms:\n  - id: kubelet\n    relations: {used-with: [acme-deplo]}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="did you mean 'acme-deploy'"):
        cncf_glossary.load(MINI, TEAM, f, builtin=False)


def test_every_problem_of_every_layer_at_once(tmp_path: Path) -> None:
    f = tmp_path / "many.yaml"
    f.write_text(
        "terms:\n"
        "  - id: etcd\n    definition: Changed.\n"
        "  - id: acme-cli\n    relations: {part-of: [nowhere]}\n",
        encoding="utf-8",
    )
    broken = DATA / "broken" / "unknown-field.yaml"
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(MINI, TEAM, broken, f, builtin=False)
    assert {(p.path, p.code) for p in info.value.problems} == {
        (str(broken), "unknown-field"),
        (str(f), "extend-conflict"),
        (str(f), "unknown-target"),
    }


# -- CLI -----------------------------------------------------------------------


def test_every_command_that_reads_data_takes_data() -> None:
    group = get_command(app)
    assert isinstance(group, TyperGroup)
    missing = {
        name
        for name, cmd in group.commands.items()
        if not any("--data" in p.opts for p in cmd.params)
    }
    assert missing <= {"schema"}  # the only command that reads no glossary


def test_cli_validate_checks_an_overlay_against_the_builtin_glossary(
    tmp_path: Path,
) -> None:
    result = runner.invoke(app, ["validate", str(TEAM)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok:")
    f = tmp_path / "bad.yaml"
    f.write_text(
        "terms:\n  - id: kubernetes\n    relations:\n      used-with: [kubernetez]\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(f), "--json"])
    assert result.exit_code == 2
    (problem,) = json.loads(result.stdout)
    assert (problem["path"], problem["line"], problem["code"]) == (
        str(f),
        4,
        "unknown-target",
    )


def test_cli_validate_layers_over_data_files() -> None:
    args = ["validate", str(TEAM2), "--data", str(MINI), "--data", str(TEAM)]
    result = runner.invoke(app, [*args, "--no-builtin"])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(
        app, ["validate", str(TEAM2), "--data", str(MINI), "--no-builtin"]
    )
    assert result.exit_code == 2
    assert f"{TEAM2}:" in result.stderr


def test_cli_commands_layer_several_files() -> None:
    args = ["-d", str(MINI), "-d", str(TEAM), "-d", str(TEAM2), "--no-builtin"]
    result = runner.invoke(app, ["show", "acmectl", *args, "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["id"] == "acme-cli"
    assert {"source": "acme-cli", "kind": "part-of", "target": "acme-deploy"} in data[
        "related"
    ]
    result = runner.invoke(app, ["export", "-F", "json", *args])
    assert result.exit_code == 0
    ids = [t["id"] for t in json.loads(result.stdout)["terms"]]
    assert ids[-2:] == ["acme-deploy", "acme-cli"]
