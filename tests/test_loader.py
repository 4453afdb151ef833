from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

import cncf_glossary
from cncf_glossary import DataFileError, GlossaryError
from cncf_glossary.loader import builtin_path

from .conftest import DATA, MINI

if TYPE_CHECKING:
    from pathlib import Path

BROKEN = sorted((DATA / "broken").glob("*.yaml"))


def expectation(path: Path) -> tuple[str, int]:
    first = path.read_bytes().splitlines()[0].decode()
    _, _, code, line = first.split()
    return code, int(line)


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_each_broken_file_gives_its_code_and_line(path: Path) -> None:
    code, line = expectation(path)
    assert path.stem == code  # one file per problem kind, named after its code
    files = [MINI, path] if code == "extend-conflict" else [path]
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(*files, builtin=False)
    found = {(p.code, p.line) for p in info.value.problems}
    assert (code, line) in found, info.value
    problem = next(p for p in info.value.problems if p.code == code)
    assert problem.path == str(path)
    assert str(problem).startswith(f"{path}:{line}:")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    f = tmp_path / "many.yaml"
    f.write_text(
        "categories: {c: {name: C}}\n"
        "terms:\n"
        "  - {id: a, name: A, kind: concept, category: c, definition: Ok.,"
        " relations: {is-a: [zz]}}\n"
        "  - {id: b, name: B, kind: gizmo, category: c, definition: Ok.}\n"
        "  - {id: c, name: C, kind: concept, category: d, definition: Ok.}\n"
        "  - {id: d, name: A, kind: concept, category: c, definition: Ok.}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(f, builtin=False)
    assert info.value.codes == {
        "unknown-target",
        "invalid-value",
        "unknown-category",
        "duplicate-name",
    }
    assert [p.line for p in info.value.problems] == [3, 4, 5, 6]
    by_code = {p.code: p for p in info.value.problems}
    assert by_code["unknown-target"].term == "a"
    assert by_code["unknown-category"].message.startswith(
        "category 'd' is not declared"
    )
    assert by_code["duplicate-name"].term == "d"


def test_usually_meant_needs_a_common_word(tmp_path: Path) -> None:
    path = tmp_path / "terms.yaml"
    path.write_text(
        "categories:\n  c: {name: C}\nterms:\n  - id: a\n    name: A\n"
        "    kind: concept\n    category: c\n    definition: A test term.\n"
        "    usually_meant: true\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(path, builtin=False)
    [problem] = info.value.problems
    assert (problem.code, problem.line, problem.term) == ("invalid-value", 4, "a")
    assert "add 'common_word: true'" in str(problem)


def test_unknown_target_suggests_the_closest_id(tmp_path: Path) -> None:
    f = tmp_path / "overlay.yaml"
    f.write_text(
        "terms:\n  - id: etcd\n    relations: {used-with: [kubelett]}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="did you mean 'kubelet'"):
        cncf_glossary.load(MINI, f, builtin=False)


def test_builtin_is_cached_and_found() -> None:
    assert cncf_glossary.load() is cncf_glossary.load()
    assert builtin_path().is_file()


def test_builtin_false_needs_a_file() -> None:
    with pytest.raises(GlossaryError):
        cncf_glossary.load(builtin=False)


def test_overlay_adds_and_extends(tmp_path: Path) -> None:
    f = tmp_path / "team.yaml"
    f.write_text(
        "categories: {platform: {name: Our platform}}\n"
        "terms:\n"
        "  - id: kubernetes\n"
        "    aliases: [the cluster]\n"
        "    relations: {used-with: [acme-deploy]}\n"
        "  - id: acme-deploy\n"
        "    name: Acme Deploy\n"
        "    kind: project\n"
        "    category: platform\n"
        "    definition: Our in-house deployment tool.\n"
        "  - id: etcd\n"
        '    replace: {definition: "A key-value store, replaced on purpose."}\n',
        encoding="utf-8",
    )
    base = cncf_glossary.load(MINI, builtin=False)
    g = cncf_glossary.load(MINI, f, builtin=False)
    assert len(g) == len(base) + 1
    assert g["the cluster"].id == "kubernetes"
    assert "k8s" in g["kubernetes"].aliases  # kept, not replaced
    assert [t.id for t in g.used_with("acme-deploy")] == ["kubernetes"]
    assert g["etcd"].definition.startswith("A key-value store, replaced")
    assert base["etcd"].definition != g["etcd"].definition  # base untouched


def test_overlay_problems_name_the_overlay_file(tmp_path: Path) -> None:
    f = tmp_path / "team.yaml"
    f.write_text(
        "terms:\n  - id: etcd\n    aliases: [store]\n"
        "    relations:\n      used-with:\n        - kubelett\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(MINI, f, builtin=False)
    (problem,) = info.value.problems
    assert (problem.path, problem.line, problem.code) == (str(f), 6, "unknown-target")


def test_missing_file_is_a_glossary_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        cncf_glossary.load(tmp_path / "nope.yaml", builtin=False)


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cncf_glossary import _yaml

    f = tmp_path / "big.yaml"
    f.write_text("terms: []\n" + "# padding\n" * 200, encoding="utf-8")
    monkeypatch.setattr(_yaml, "MAX_BYTES", 1000)
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(f, builtin=False)
    assert info.value.codes == {"file-too-large"}


def test_billion_laughs_fails_fast(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    f = tmp_path / "bomb.yaml"
    f.write_text("\n".join(lines), encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(f, builtin=False)
    assert time.perf_counter() - start < 1.0
    assert info.value.codes == {"yaml-alias"}


@pytest.mark.parametrize(
    "text",
    [
        "- " * 100_000 + "x",
        "[" * 100_000,
        "{a: " * 50_000,
        "".join("  " * i + "a:\n" for i in range(400)),
    ],
)
def test_pathological_nesting_is_refused(tmp_path: Path, text: str) -> None:
    f = tmp_path / "deep.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(f, builtin=False)
    assert info.value.codes <= {"yaml-depth", "yaml-syntax"}


def test_version_and_sources(mini: cncf_glossary.Glossary) -> None:
    assert mini.version == "test-1"


def test_a_string_where_a_list_belongs_says_to_write_a_list(tmp_path: Path) -> None:
    path = tmp_path / "terms.yaml"
    path.write_text(
        "categories: {c: C}\nterms:\n  - id: a\n    name: A\n    formerly: Old A\n"
        "    kind: project\n    category: c\n    definition: Something.\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        cncf_glossary.load(path, builtin=False)
    (problem,) = info.value.problems
    assert (problem.code, problem.line, problem.term) == ("wrong-type", 5, "a")
    assert problem.message == "formerly: must be a list, such as [Old A]"
