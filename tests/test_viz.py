"""The concept map page, without a browser: self-contained, escaped, deterministic."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import cncf_glossary
from cncf_glossary import Glossary, Kind, Term, UnknownTermError, viz
from cncf_glossary.cli import app

DATA = Path(__file__).parent / "data"


class _Page(HTMLParser):
    """The scripts, tags and CSP of a page, as a browser's parser sees them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.csp = ""
        self._script: dict[str, str | None] | None = None
        self._text: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._script, self._text = a, []
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.csp = a.get("content") or ""

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._text)))
            self._script = None

    def data(self) -> dict[str, Any]:
        blocks = [
            text
            for attrs, text in self.scripts
            if attrs.get("type") == "application/json"
        ]
        assert len(blocks) == 1
        value: dict[str, Any] = json.loads(blocks[0])
        return value


@pytest.fixture(scope="module")
def xss() -> Glossary:
    return cncf_glossary.load(DATA / "xss-terms.yaml", builtin=False)


@pytest.fixture(scope="module")
def mini_page(mini: Glossary) -> str:
    return viz.render_html(mini)


def stated_edges(g: Glossary) -> int:
    return sum(
        1 for *_, attrs in g.graph.edges(keys=True, data=True) if attrs["stated"]
    )


# -- self-contained ---------------------------------------------------------------
def test_page_is_self_contained(mini_page: str) -> None:
    page = _Page(mini_page)
    for tag, attrs in page.tags:
        assert "src" not in attrs or tag == "iframe", (tag, attrs)
        assert tag not in ("link", "iframe", "img", "object", "embed", "base")
    assert [a.get("type") for a, _ in page.scripts] == ["application/json", None, None]
    assert "@import" not in mini_page
    assert "url(http" not in mini_page
    assert "vis-network" in mini_page  # the library itself is inlined


def test_csp_allows_exactly_the_inline_scripts_and_style(mini_page: str) -> None:
    page = _Page(mini_page)
    rules = dict(r.strip().split(" ", 1) for r in page.csp.split(";"))
    assert rules["default-src"] == "'none'"
    assert "unsafe-inline" not in page.csp
    assert "unsafe-eval" not in page.csp
    assert "http" not in page.csp

    def digest(text: str) -> str:
        raw = hashlib.sha256(text.encode()).digest()
        return f"'sha256-{base64.b64encode(raw).decode()}'"

    code = [text for attrs, text in page.scripts if attrs.get("type") is None]
    assert rules["script-src"].split() == [digest(t) for t in code]
    style = re.search(r"<style>(.*?)</style>", mini_page, re.DOTALL)
    assert style is not None
    assert rules["style-src"] == digest(style.group(1))


def test_vis_network_comes_from_the_installed_pyvis() -> None:
    import pyvis

    shipped = Path(pyvis.__file__).parent / "lib"
    builds = sorted(shipped.glob("vis-*/vis-network.min.js"))
    assert viz._vis_network_js() == builds[-1].read_text(encoding="utf-8")


# -- what is drawn -------------------------------------------------------------------
def test_whole_map_draws_every_term_and_stated_relation(
    mini: Glossary, mini_page: str
) -> None:
    data = _Page(mini_page).data()
    assert [n["id"] for n in data["nodes"]] == list(mini)
    assert len(data["edges"]) == stated_edges(mini) == 12
    kinds = {(e["from"], e["to"], e["kind"]) for e in data["edges"]}
    assert ("kubelet", "kubernetes", "part-of") in kinds
    # a symmetric relation is drawn once, without an arrow
    alt = [e for e in data["edges"] if e["kind"] == "alternative-to"]
    assert len(alt) == 1
    assert alt[0]["arrows"]["to"]["enabled"] is False
    part = next(e for e in data["edges"] if e["kind"] == "part-of")
    assert part["arrows"]["to"]["enabled"] is True
    assert data["options"]["physics"]["enabled"] is False
    assert {c["id"] for c in data["categories"]} == set(mini.categories)
    assert len({c["color"] for c in data["categories"]}) == len(mini.categories)


def test_nodes_are_positioned_apart_and_sized_by_degree(mini_page: str) -> None:
    nodes = _Page(mini_page).data()["nodes"]
    points = [(n["x"], n["y"]) for n in nodes]
    closest = min(
        math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1 :]
    )
    assert closest > 20
    value = {n["id"]: n["value"] for n in nodes}
    assert value["kubernetes"] > value["container-orchestration"]


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_focus_draws_the_neighbourhood(mini: Glossary, depth: int) -> None:
    data = _Page(viz.render_html(mini, focus="kubelet", depth=depth)).data()
    ids = {n["id"] for n in data["nodes"]}
    assert ids == set(mini.neighborhood("kubelet", depth))
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert data["focus"] == "kubelet"
    assert "kubelet" in data["title"]


def test_filters_subset_the_graph(mini: Glossary) -> None:
    data = _Page(viz.render_html(mini, kinds=["part-of", "is-a"])).data()
    assert {e["kind"] for e in data["edges"]} == {"part-of", "is-a"}
    assert len(data["nodes"]) == len(mini)
    data = _Page(viz.render_html(mini, categories="runtime")).data()
    assert {data["terms"][n["id"]]["category"] for n in data["nodes"]} == {"runtime"}
    assert len(data["nodes"]) == 3
    assert len(data["edges"]) == 3
    data = _Page(
        viz.render_html(mini, maturity="graduated", kinds="alternative-to")
    ).data()
    assert {n["id"] for n in data["nodes"]} == {
        "kubernetes",
        "etcd",
        "containerd",
        "cri-o",
    }
    assert [(e["from"], e["to"]) for e in data["edges"]] == [("containerd", "cri-o")]
    # focus follows only the kinds drawn
    data = _Page(
        viz.render_html(mini, focus="etcd", depth=5, kinds="depends-on")
    ).data()
    assert {n["id"] for n in data["nodes"]} == {"etcd", "kubernetes"}


def test_bad_options_raise(mini: Glossary) -> None:
    with pytest.raises(UnknownTermError):
        viz.render_html(mini, focus="kubelett")
    with pytest.raises(ValueError, match="part_of"):
        viz.render_html(mini, kinds="part_of")
    with pytest.raises(ValueError, match="unknown category"):
        viz.render_html(mini, categories="nope")
    with pytest.raises(ValueError, match="depth"):
        viz.render_html(mini, focus="etcd", depth=-1)


def test_empty_glossary_still_renders() -> None:
    data = _Page(viz.render_html(Glossary([]))).data()
    assert data["nodes"] == []
    assert data["edges"] == []


# -- escaping ----------------------------------------------------------------------
PAYLOADS = ("<img src=x", "<svg onload", "</script><script>", "<!--", "<b onmouseover")


def test_payloads_never_reach_the_markup(xss: Glossary) -> None:
    title = "<img src=x onerror=\"window.__xss='title'\">"
    text = viz.render_html(xss, title=title)
    for payload in PAYLOADS:
        assert payload.lower() not in text.lower(), payload
    # the page's own tags only: three scripts end, one style starts
    assert len(re.findall("</script", text, re.IGNORECASE)) == 3
    assert len(re.findall("<style", text, re.IGNORECASE)) == 1
    assert "&lt;img src=x onerror=&#34;window.__xss=&#39;title&#39;&#34;&gt;" in text
    page = _Page(text)
    assert len(page.scripts) == 3  # no script ended early, none was added
    assert not [t for t, _ in page.tags if t in ("img", "svg", "b", "a")]


def test_data_survives_the_escaping_exactly(xss: Glossary) -> None:
    data = _Page(viz.render_html(xss)).data()
    for t in xss.values():
        shown = data["terms"][t.id]
        assert shown["name"] == t.name
        assert shown["definition"] == t.definition
        assert shown["aliases"] == list(t.aliases)
    assert data["version"] == xss.version
    names = {c["name"] for c in data["categories"]}
    assert names == {c.name for c in xss.categories.values()}
    assert "\u2028" in data["terms"]["script-term"]["definition"]


def test_json_escaping_leaves_no_markup() -> None:
    text = viz._json_for_script({"a": "</script><!-- & \u2028", "b": [">"]})
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028", "b": [">"]}


def test_only_http_links_are_kept() -> None:
    # The loader already refuses other schemes; the map does not rely on it.
    hostile = Term.model_construct(
        id="bad",
        name="bad",
        aliases=(),
        kind=Kind.CONCEPT,
        category="c",
        definition="d",
        url="javascript:alert(1)",
        repo="data:text/html,<b>x",
        maturity=None,
        tags=(),
        common_word=False,
        relations={},
        xrefs=(),
    )
    fine = Term(
        id="fine",
        name="fine",
        kind="concept",
        category="c",
        definition="d",
        url="https://example.org/",
    )
    data = _Page(viz.render_html(Glossary([hostile, fine]))).data()
    assert data["terms"]["bad"]["url"] is None
    assert data["terms"]["bad"]["repo"] is None
    assert data["terms"]["fine"]["url"] == "https://example.org/"


# -- deterministic -------------------------------------------------------------------
def test_output_is_deterministic_across_processes(tmp_path: Path) -> None:
    script = (
        "import hashlib, cncf_glossary; from cncf_glossary import viz; "
        f"g = cncf_glossary.load({str(DATA / 'mini-terms.yaml')!r}, builtin=False); "
        "print(hashlib.sha256(viz.render_html(g).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        digests.add(run.stdout.strip())
    assert len(digests) == 1


def test_seed_changes_the_layout(mini: Glossary) -> None:
    assert viz.render_html(mini, seed=1) != viz.render_html(mini, seed=2)


def test_drawing_libraries_load_only_when_drawing() -> None:
    code = (
        "import sys, cncf_glossary; "
        "print(sorted(m for m in ('pyvis', 'jinja2', 'numpy', 'IPython') "
        "if m in sys.modules))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    assert run.stdout.strip() == "[]"


# -- files, notebooks, CLI ---------------------------------------------------------
def test_to_html_writes_the_page(mini: Glossary, tmp_path: Path) -> None:
    out = mini.to_html(tmp_path / "map.html", focus="etcd", depth=1)
    assert out == tmp_path / "map.html"
    assert out.read_text(encoding="utf-8") == viz.render_html(
        mini, focus="etcd", depth=1
    )


def test_iframe_embeds_the_escaped_page(xss: Glossary) -> None:
    frame = viz.iframe_html(xss, height=500)
    match = re.fullmatch(
        r'<iframe srcdoc="([^"]*)" sandbox="([^"]*)" (.*)></iframe>', frame
    )
    assert match is not None
    assert "<" not in match.group(1)
    assert html.unescape(match.group(1)) == viz.render_html(xss)
    assert "allow-scripts" in match.group(2)
    assert "allow-same-origin" not in match.group(2)
    assert "height:500px" in match.group(3)


def test_show_displays_an_iframe_and_writes_nothing(
    mini: Glossary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import IPython.display

    shown: list[Any] = []
    monkeypatch.setattr(IPython.display, "display", shown.append)
    monkeypatch.chdir(tmp_path)
    assert mini.show(focus="kubelet", depth=1) is None  # type: ignore[func-returns-value]
    assert len(shown) == 1
    assert shown[0]._repr_html_().startswith('<iframe srcdoc="&lt;!doctype html&gt;')
    assert list(tmp_path.iterdir()) == []


runner = CliRunner()


def test_cli_map_writes_the_default_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["map"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "glossary-map.html"
    assert "glossary-map.html" in result.output
    data = _Page(out.read_text(encoding="utf-8")).data()
    builtin = cncf_glossary.load()
    assert len(data["nodes"]) == len(builtin)
    assert len(data["edges"]) == stated_edges(builtin)


def test_cli_map_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    out = tmp_path / "k.html"
    result = runner.invoke(
        app,
        [
            "map",
            "-o",
            str(out),
            "--focus",
            "Kubelet",
            "--depth",
            "1",
            "--kind",
            "part-of",
            "--open",
        ],
    )
    assert result.exit_code == 0, result.output
    data = _Page(out.read_text(encoding="utf-8")).data()
    assert data["focus"] == "kubelet"
    assert {e["kind"] for e in data["edges"]} == {"part-of"}
    assert opened == [out.resolve().as_uri()]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--focus", "kubelett"], 1, "did you mean"),
        (["--category", "no-such-category"], 2, "unknown category"),
        (["--kind", "part_of"], 2, "part_of"),
        (["-o", "{missing}/map.html"], 2, "cannot write"),
    ],
)
def test_cli_map_errors(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    args = [a.format(missing=tmp_path / "missing") for a in args]
    result = runner.invoke(app, ["map", "-o", str(tmp_path / "m.html"), *args])
    assert result.exit_code == code
    assert message in result.output
