from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from cncf_glossary.cli import app

from .conftest import DATA, MINI

if TYPE_CHECKING:
    from pathlib import Path

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_show_json_layers_a_user_file() -> None:
    code, out, _ = run("show", "k8s", "--data", str(MINI), "--no-builtin", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "kubernetes"
    assert {"source": "kubernetes", "kind": "depends-on", "target": "etcd"} in data[
        "related"
    ]


def test_show_text() -> None:
    code, out, _ = run("show", "kubelet", "-d", str(MINI), "--no-builtin")
    assert code == 0
    assert "is part of (1): Kubernetes" in out


def test_not_found_exits_1_with_suggestions() -> None:
    # "crio-x" is close to CRI-O but not clearly one name: no guess is taken
    code, out, err = run("show", "banana", "-d", str(MINI), "--no-builtin")
    assert code == 1
    assert "no term 'banana'" in err
    assert out == ""


def test_a_clear_typo_is_taken_with_a_note() -> None:
    code, out, err = run("show", "kubernets", "-d", str(MINI), "--no-builtin")
    assert code == 0
    assert "taking 'kubernets' as Kubernetes" in err
    assert out.startswith("Kubernetes (kubernetes)")


def test_an_unclear_typo_is_refused_with_suggestions(tmp_path: Path) -> None:
    f = tmp_path / "two.yaml"
    f.write_text(
        "categories: {c: {name: C}}\nterms:\n"
        "  - {id: containerd, name: containerd, kind: project, category: c,"
        " definition: A runtime.}\n"
        "  - {id: container, name: container, kind: concept, category: c,"
        " definition: A box.}\n",
        encoding="utf-8",
    )
    code, _, err = run("show", "containerr", "-d", str(f), "--no-builtin")
    assert code == 1
    assert "did you mean 'containerd', 'container'?" in err


def test_lookup() -> None:
    code, out, _ = run(
        "lookup", "containered", "--json", "-d", str(MINI), "--no-builtin"
    )
    assert code == 0
    assert json.loads(out)[0]["id"] == "containerd"
    code, out, _ = run("lookup", "banana", "--json", "-d", str(MINI), "--no-builtin")
    assert code == 1
    assert json.loads(out) == []


def test_related_with_kind() -> None:
    code, out, _ = run(
        "related",
        "kubernetes",
        "--kind",
        "part-of",
        "--json",
        "-d",
        str(MINI),
        "--no-builtin",
    )
    assert code == 0
    assert {r["source"] for r in json.loads(out)} >= {"kubelet", "cri"}
    code, _, _ = run("related", "kubernetes", "--kind", "parts")
    assert code == 2  # bad option


def test_path() -> None:
    code, out, _ = run("path", "etcd", "cri-o", "-d", str(MINI), "--no-builtin")
    assert code == 0
    assert out.splitlines()[0] == "Kubernetes depends on etcd"


def test_validate_reports_every_problem_and_exits_2() -> None:
    code, _, err = run("validate", "--no-builtin", str(DATA / "broken" / "cycle.yaml"))
    assert code == 2
    assert "cycle.yaml:11: term 'a': part-of forms a cycle" in err
    code, out, _ = run(
        "validate",
        "--no-builtin",
        "--json",
        str(DATA / "broken" / "unknown-target.yaml"),
    )
    assert code == 2
    assert json.loads(out)[0]["code"] == "unknown-target"


def test_validate_ok() -> None:
    code, out, _ = run("validate", "--no-builtin", str(MINI), "--no-builtin")
    assert code == 0
    assert "8 terms" in out


def test_bad_data_file_exits_2_without_traceback() -> None:
    code, _, err = run("show", "x", "-d", str(DATA / "broken" / "yaml-tag.yaml"))
    assert code == 2
    assert "Traceback" not in err
    assert "yaml-tag.yaml:10" in err


@pytest.mark.parametrize("module", [True, False])
def test_entry_points_run(module: bool) -> None:
    cmd = (
        [sys.executable, "-m", "cncf_glossary"]
        if module
        else [sys.executable, "-c", "from cncf_glossary.cli import main; main()"]
    )
    proc = subprocess.run(
        [*cmd, "lookup", "k8s", "--json", "-d", str(MINI), "--no-builtin"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["id"] == "kubernetes"


def test_version() -> None:
    import cncf_glossary

    code, out, _ = run("--version")
    assert code == 0
    assert out.strip() == f"cncf-glossary {cncf_glossary.__version__}"
