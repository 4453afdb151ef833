"""The concept map in real headless Chromium (Debian's ``chromium``, via Playwright).

Never downloads a browser. Skipped when Chromium or Playwright is missing, except
under CI (``CI=true``), where a missing browser fails the run. Screenshots go to
``build/screenshots/``.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import cncf_glossary
from cncf_glossary import Glossary, viz

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from playwright.sync_api import Browser, Dialog, Page, Request, Route

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "screenshots"
DATA = Path(__file__).parent / "data"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str | None:
    for candidate in (
        os.environ.get("CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(
            f"{reason}; CI must install it (apt-get install chromium, "
            "pip install playwright)"
        )
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed")
    executable = _chromium()
    if executable is None:
        _unavailable("Chromium is not installed (/usr/bin/chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Opened:
    """A map page and what it did: console messages, errors, requests."""

    page: Page
    url: str
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def check_clean(self) -> None:
        bad = [m for m in self.console if m[0] in ("error", "warning")]
        assert bad == [], bad
        assert self.errors == []
        assert self.outside == [], "requests left the file"
        assert self.dialogs == []


@pytest.fixture
def open_map(browser: Browser, tmp_path: Path) -> Iterator[Callable[..., Opened]]:
    opened: list[Opened] = []

    def _open(glossary: Glossary, name: str = "map.html", **options: Any) -> Opened:
        path = viz.to_html(glossary, tmp_path / name, **options)
        page = browser.new_page(viewport={"width": 1600, "height": 900})
        o = Opened(page, path.resolve().as_uri())

        def route(r: Route, request: Request) -> None:
            if request.url == o.url:
                r.continue_()
            else:
                r.abort()  # never let anything out; the listener records it

        def request(r: Request) -> None:
            if r.url != o.url:
                o.outside.append(r.url)

        def dialog(d: Dialog) -> None:
            o.dialogs.append(d.message)
            d.dismiss()

        page.route("**/*", route)
        page.on("request", request)
        page.on("console", lambda m: o.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: o.errors.append(str(e)))
        page.on("dialog", dialog)
        page.goto(o.url)
        page.wait_for_function("document.body.dataset.ready === 'true'", timeout=30_000)
        opened.append(o)
        return o

    yield _open
    for o in opened:
        o.page.close()


def stated_edges(g: Glossary) -> int:
    return sum(1 for *_, a in g.graph.edges(keys=True, data=True) if a["stated"])


def visible_nodes(o: Opened) -> set[str]:
    return set(o.js("glossaryMap.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))


def screen_point(o: Opened, term_id: str) -> tuple[float, float]:
    """Where the node is on the screen, once the view has stopped moving (a
    click on a relation pans and zooms to its term, with an animation)."""
    box = o.page.locator("#map").bounding_box()
    assert box is not None
    last = None
    for _ in range(50):
        p = o.js("id => network.canvasToDOM(network.getPositions([id])[id])", term_id)
        point = (round(box["x"] + p["x"], 1), round(box["y"] + p["y"], 1))
        if point == last:
            return point
        last = point
        o.page.wait_for_timeout(100)
    raise AssertionError(f"the view kept moving around {term_id!r}")


# -- the shipped glossary -------------------------------------------------------------
def test_whole_map_has_every_node_and_edge(
    open_map: Callable[..., Opened], builtin: Glossary
) -> None:
    o = open_map(builtin)
    counts = o.js(
        "[network.body.data.nodes.length, network.body.data.edges.length,"
        " network.body.nodeIndices.length, network.body.edgeIndices.length]"
    )
    assert counts == [len(builtin), stated_edges(builtin)] * 2
    assert o.js("typeof window.network.fit") == "function"
    o.page.wait_for_timeout(300)
    SHOTS.mkdir(parents=True, exist_ok=True)
    o.page.screenshot(path=str(SHOTS / "map.png"))
    # a typo of a whole name beats aliases of other terms that merely start alike
    # ("Prometheus Query Language" is PromQL's alias)
    o.page.locator("#search").fill("promethus")
    first = o.page.locator("#suggestions li").first
    assert first.get_attribute("data-term") == "prometheus"
    o.check_clean()


def test_focus_view_from_python(
    open_map: Callable[..., Opened], builtin: Glossary
) -> None:
    o = open_map(builtin, focus="kubelet", depth=2)
    assert visible_nodes(o) == set(builtin.neighborhood("kubelet", 2))
    assert o.page.locator("#panel-name").text_content() == builtin["kubelet"].name
    assert o.js("network.getSelectedNodes()") == ["kubelet"]
    o.page.wait_for_timeout(300)
    SHOTS.mkdir(parents=True, exist_ok=True)
    o.page.screenshot(path=str(SHOTS / "focus.png"))
    o.check_clean()


# -- interaction, on the fixture glossary ---------------------------------------------
def test_search_suggests_despite_typos_and_zooms(
    open_map: Callable[..., Opened], mini: Glossary
) -> None:
    o = open_map(mini)
    search = o.page.locator("#search")
    search.fill("kubelett")
    first = o.page.locator("#suggestions li").first
    assert first.get_attribute("data-term") == "kubelet"
    search.fill("contianerd")  # a transposition
    assert first.get_attribute("data-term") == "containerd"
    search.fill("k8s")  # an alias
    assert first.get_attribute("data-term") == "kubernetes"
    assert "k8s" in (first.text_content() or "")
    search.press("Enter")
    o.page.wait_for_timeout(700)  # the zoom animation
    assert o.js("network.getSelectedNodes()") == ["kubernetes"]
    assert o.page.locator("#panel").is_visible()
    assert o.page.locator("#panel-name").text_content() == "Kubernetes"
    assert o.js("network.getScale()") >= 1.0
    x, y = screen_point(o, "kubernetes")  # zoomed to: the term is on screen
    assert 290 < x < 1600
    assert 0 < y < 900
    search.fill("banana split")
    assert o.page.locator("#suggestions").text_content() == "No term matches"
    o.check_clean()


def test_click_opens_the_panel_and_relations_move_there(
    open_map: Callable[..., Opened], mini: Glossary
) -> None:
    o = open_map(mini)
    assert not o.page.locator("#panel").is_visible()
    o.page.mouse.click(*screen_point(o, "kubelet"))
    panel = o.page.locator("#panel")
    assert panel.is_visible()
    assert o.page.locator("#panel-name").text_content() == "kubelet"
    assert mini["kubelet"].definition in (panel.text_content() or "")
    assert "is part of" in (o.page.locator("#panel-relations").text_content() or "")
    o.page.locator("#panel-relations button[data-term=kubernetes]").click()
    assert o.page.locator("#panel-name").text_content() == "Kubernetes"
    assert "Also: k8s, kube" in (panel.text_content() or "")
    link = o.page.locator("#panel-links a")
    assert link.get_attribute("href") == "https://kubernetes.io/"
    assert link.get_attribute("rel") == "noopener noreferrer"
    meta = o.page.locator("#panel-meta").text_content() or ""
    assert "project" in meta
    assert "graduated" in meta
    o.page.locator("#panel-close").click()
    assert not panel.is_visible()
    o.check_clean()


def test_hover_shows_the_definition_as_text(
    open_map: Callable[..., Opened], mini: Glossary
) -> None:
    o = open_map(mini)
    o.page.mouse.move(*screen_point(o, "etcd"))
    tip = o.page.locator("#tooltip")
    tip.wait_for(state="visible")
    assert mini["etcd"].definition in (tip.text_content() or "")
    o.check_clean()


def test_filters_and_focus_in_the_page(
    open_map: Callable[..., Opened], mini: Glossary
) -> None:
    o = open_map(mini)
    o.page.locator("#legend-categories li[data-value=concepts]").click()
    assert visible_nodes(o) == set(mini) - {
        "container-orchestration",
        "container-runtime",
    }
    o.page.locator("#legend-maturity li[data-value=none]").click()
    assert visible_nodes(o) == {"kubernetes", "etcd", "containerd", "cri-o"}
    o.page.locator("#show-all").click()
    assert visible_nodes(o) == set(mini)
    o.page.locator("#legend-kinds li[data-value=used-with]").click()
    hidden = o.js("glossaryMap.edges.get({filter: e => e.hidden}).map(e => e.kind)")
    assert set(hidden) == {"used-with"}
    o.page.locator("#show-all").click()
    # focus: a term and its neighbours, at the depth chosen in the page
    o.page.mouse.click(*screen_point(o, "kubelet"))
    o.page.locator("#depth").select_option("1")
    o.page.locator("#panel-focus").click()
    assert visible_nodes(o) == set(mini.neighborhood("kubelet", 1))
    assert "kubelet" in (o.page.locator("#focus-label").text_content() or "")
    o.page.locator("#show-all").click()
    assert visible_nodes(o) == set(mini)
    o.check_clean()


# -- hostile data ----------------------------------------------------------------------
def test_xss_payloads_stay_inert(open_map: Callable[..., Opened]) -> None:
    xss = cncf_glossary.load(DATA / "xss-terms.yaml", builtin=False)
    o = open_map(xss, title="<img src=x onerror=\"window.__xss='title'\">")
    from playwright.sync_api import expect

    for term in xss.values():
        o.page.mouse.move(*screen_point(o, term.id))
        # The tooltip of the term hovered before may still show: wait for this
        # one's text rather than for a visible tooltip.
        expect(o.page.locator("#tooltip")).to_contain_text(term.name)
        o.page.mouse.click(*screen_point(o, term.id))
        expect(o.page.locator("#panel-name")).to_have_text(term.name)
        assert o.page.locator("#panel-definition").text_content() == term.definition
        for button in o.page.locator("#panel-relations button").all():
            button.click()
    o.page.locator("#search").fill("img")
    assert o.page.locator("#suggestions li").count() >= 1
    o.page.locator("#search").fill("javascript")
    o.page.locator("#search").press("Enter")
    o.page.wait_for_timeout(600)
    assert o.js("window.__xss") is None
    # nothing from the data became markup
    tags = o.js(
        "[...document.querySelectorAll('img, svg:not(.legend svg)"
        ":not(#panel svg), b, a:not(#panel-links a), style, "
        "script:not([type])')].map(e => e.tagName)"
    )
    assert tags == ["STYLE", "SCRIPT", "SCRIPT"]
    assert o.page.title() == "<img src=x onerror=\"window.__xss='title'\">"
    hrefs = o.js("[...document.querySelectorAll('a')].map(a => a.href)")
    assert all(h.startswith("https://") for h in hrefs)
    o.check_clean()
