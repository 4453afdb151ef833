"""g.diff(other) and `cncf-glossary diff`: exactly the planted changes."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from hypothesis import given, settings
from typer.testing import CliRunner

import cncf_glossary
from cncf_glossary import Glossary
from cncf_glossary.cli import app
from cncf_glossary.diff import FieldChange, GlossaryDiff, RecordChange

from .conftest import DATA, MINI
from .strategies import glossaries

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

runner = CliRunner()

CHANGED = DATA / "mini-terms-changed.yaml"  # its header lists the planted changes


def triples(rels: tuple[cncf_glossary.Relation, ...]) -> set[tuple[str, str, str]]:
    return {(r.source.id, r.kind.value, r.target.id) for r in rels}


def test_diff_finds_exactly_the_planted_changes(mini: Glossary) -> None:
    new = cncf_glossary.load(CHANGED, builtin=False)
    d = mini.diff(new)
    assert [t.id for t in d.added] == ["podman"]
    assert [t.id for t in d.removed] == ["cri-o"]
    assert d.changed == (
        RecordChange(
            id="etcd",
            fields=(
                FieldChange(
                    field="definition",
                    old="A consistent, distributed key-value store that holds "
                    "cluster state.",
                    new="A key-value store.",
                ),
                FieldChange(field="maturity", old="graduated", new="incubating"),
            ),
        ),
    )
    assert triples(d.relations_added) == {
        ("kubelet", "used-with", "etcd"),
        ("podman", "alternative-to", "containerd"),
    }
    assert triples(d.relations_removed) == {
        ("containerd", "alternative-to", "cri-o"),
        ("cri-o", "is-a", "container-runtime"),
        ("cri-o", "implements", "cri"),
    }
    assert d.categories_added == d.categories_removed == ()
    assert [str(c) for c in d.categories_changed] == [
        "runtime: name: 'Container Runtime' -> 'Runtimes'"
    ]
    # read the other way, everything swaps
    back = new.diff(mini)
    assert (back.added, back.removed) == (d.removed, d.added)
    assert triples(back.relations_added) == triples(d.relations_removed)


def test_no_changes(mini: Glossary, tmp_path: Path) -> None:
    d = mini.diff(mini)
    assert not d
    assert d == GlossaryDiff()
    assert str(d) == "no changes"
    mini.to_json(tmp_path / "same.json")
    assert not mini.diff(cncf_glossary.load(tmp_path / "same.json", builtin=False))


def test_diff_text_and_json(mini: Glossary) -> None:
    d = mini.diff(cncf_glossary.load(CHANGED, builtin=False))
    lines = str(d).splitlines()
    assert "+ term podman (Podman)" in lines
    assert "- term cri-o (CRI-O)" in lines
    assert "~ term etcd: maturity: 'graduated' -> 'incubating'" in lines
    assert "+ relation kubelet used-with etcd" in lines
    assert "~ category runtime: name: 'Container Runtime' -> 'Runtimes'" in lines
    data = json.loads(json.dumps(d.model_dump()))
    assert data["added"][0]["id"] == "podman"
    assert data["changed"][0]["fields"][1] == {
        "field": "maturity",
        "old": "graduated",
        "new": "incubating",
    }
    assert {"source": "kubelet", "kind": "used-with", "target": "etcd"} in data[
        "relations_added"
    ]


@settings(max_examples=40, deadline=None)
@given(a=glossaries(max_terms=5), b=glossaries(max_terms=5))
def test_diff_of_random_glossaries_matches_its_definition(
    a: Glossary, b: Glossary
) -> None:
    d = a.diff(b)
    assert {t.id for t in d.added} == set(b) - set(a)
    assert {t.id for t in d.removed} == set(a) - set(b)
    for change in d.changed:
        old, new = (
            a[change.id].model_dump(mode="json"),
            b[change.id].model_dump(mode="json"),
        )
        assert change.fields
        for f in change.fields:
            assert (f.old, f.new) == (old[f.field], new[f.field])
    unchanged = (set(a) & set(b)) - {c.id for c in d.changed}
    for tid in unchanged:
        assert a[tid].model_copy(update={"relations": {}}) == b[tid].model_copy(
            update={"relations": {}}
        )

    assert canon(d.relations_added) == canon(b.relations()) - canon(a.relations())
    assert canon(d.relations_removed) == canon(a.relations()) - canon(b.relations())
    assert not a.diff(a)
    assert bool(d) == bool(
        d.added
        or d.removed
        or d.changed
        or d.relations_added
        or d.relations_removed
        or d.categories_added
        or d.categories_removed
        or d.categories_changed
    )


def canon(rels: Iterable[cncf_glossary.Relation]) -> set[tuple[str, str, str]]:
    """Relations as triples; a symmetric one the same from either end."""
    out = set()
    for r in rels:
        u, v = r.source.id, r.target.id
        if r.kind.symmetric and v < u:
            u, v = v, u
        out.add((u, r.kind.value, v))
    return out


# -- CLI -------------------------------------------------------------------------


def test_cli_diff() -> None:
    new = CHANGED
    result = runner.invoke(app, ["diff", str(MINI), str(new)])
    assert result.exit_code == 1  # like diff(1): 1 when they differ
    assert "+ term podman (Podman)" in result.stdout
    result = runner.invoke(app, ["diff", str(MINI), str(new), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["removed"][0]["id"] == "cri-o"
    result = runner.invoke(app, ["diff", str(MINI), str(MINI)])
    assert (result.exit_code, result.stdout) == (0, "no changes\n")


def test_cli_diff_of_overlays_over_a_base(tmp_path: Path) -> None:
    old = DATA / "overlays" / "team.yaml"
    new = tmp_path / "team.yaml"
    new.write_text(
        old.read_text(encoding="utf-8").replace("[the cluster]", "[the cluster, k]"),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["diff", "-d", str(MINI), str(old), str(new), "--json"])
    assert result.exit_code == 1, result.stderr
    (change,) = json.loads(result.stdout)["changed"]
    assert change["id"] == "kubernetes"
    assert change["fields"][0]["new"] == ["k8s", "kube", "the cluster", "k"]
    result = runner.invoke(app, ["diff", "--builtin", str(old), str(old)])
    assert result.exit_code == 0, result.stderr


def test_cli_diff_bad_input_exits_2() -> None:
    broken = DATA / "broken" / "cycle.yaml"
    result = runner.invoke(app, ["diff", str(MINI), str(broken)])
    assert result.exit_code == 2
    assert f"{broken}:" in result.stderr
