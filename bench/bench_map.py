"""Benchmark the concept map: time to write it, and time to first paint in Chromium.

Compares our map (``cncf_glossary.viz``) with raw pyvis defaults on the same
graph, for the shipped glossary and a synthetic 5,000-term one, and prints a
table. Targets: the shipped map painted within 1.5 s, 5,000 terms within 4 s.

Run from the repository root::

    python bench/bench_map.py               # both glossaries, ours and pyvis
    python bench/bench_map.py --no-pyvis    # ours only (pyvis at 5,000 is slow)

"First paint" is the time from navigation start until the page first draws a
thing on the canvas (the first ``arc``, ``rect``, ``fillRect``, ``fillText`` or
``stroke`` call of a 2D canvas context: vis-network draws far-away nodes as
squares). pyvis's default page loads vis-network from a CDN;
here those requests are answered with the copy pyvis ships (its integrity pins
removed, as that copy differs from the CDN's) and Bootstrap with an empty file,
so no time is spent on the network.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

import cncf_glossary
from cncf_glossary import Glossary, viz

sys.path.insert(0, str(Path(__file__).parent))
from _synthetic import synthetic

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from playwright.sync_api import Browser, Request, Route

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAINT_HOOK = """
(() => {
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ["arc", "rect", "fillRect", "fillText", "stroke"]) {
    const original = proto[name];
    proto[name] = function (...args) {
      if (window.__benchPaint === undefined) window.__benchPaint = performance.now();
      return original.apply(this, args);
    };
  }
})();
"""
TARGETS = {"shipped": 1.5, "synthetic": 4.0}


@contextlib.contextmanager
def chdir(path: Path) -> Iterator[None]:
    old = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The median wall time of ``repeat`` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def write_ours(g: Glossary, folder: Path) -> Path:
    return viz.to_html(g, folder / "ours.html")


def write_pyvis(g: Glossary, folder: Path) -> Path:
    """pyvis defaults: ``Network()``, ``from_nx``, ``write_html``."""
    from pyvis.network import Network

    plain: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for t in g.values():
        plain.add_node(t.id, label=t.name, title=t.definition)
    plain.add_edges_from((u, v) for u, v, a in g.graph.edges(data=True) if a["stated"])
    net = Network()
    net.from_nx(plain)
    with chdir(folder):  # the default "local" resources write lib/ into the cwd
        net.write_html("pyvis.html")
    return folder / "pyvis.html"


def drop_integrity(path: Path) -> None:
    """Remove the page's subresource-integrity pins.

    The CDN copy pyvis's page pins differs from the copy pyvis ships, so the
    browser would refuse the locally served file and never draw.
    """
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'\s+integrity="[^"]*"', "", text), encoding="utf-8")


def _serve_cdn_locally(route: Route, request: Request) -> None:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    url = request.url
    if url.startswith("file:"):
        route.continue_()
    elif url.endswith("vis-network.min.js"):
        route.fulfill(path=str(lib / "vis-network.min.js"))
    elif url.endswith("vis-network.min.css") or url.endswith("vis-network.css"):
        route.fulfill(path=str(lib / "vis-network.css"))
    else:  # Bootstrap and anything else from a CDN
        kind = "text/css" if url.endswith(".css") else "application/javascript"
        route.fulfill(status=200, body="", content_type=kind)


def first_paint(browser: Browser, path: Path, timeout_s: float) -> float | None:
    """Seconds from navigation start to the first node drawn, or None on timeout."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page(viewport={"width": 1600, "height": 900})
    try:
        page.add_init_script(PAINT_HOOK)
        page.route("**/*", _serve_cdn_locally)
        page.goto(path.resolve().as_uri(), timeout=timeout_s * 1000)
        try:
            page.wait_for_function(
                "window.__benchPaint !== undefined",
                timeout=timeout_s * 1000,
                polling=50,
            )
        except (PlaywrightTimeout, PlaywrightError):
            return None
        return float(page.evaluate("window.__benchPaint")) / 1000
    finally:
        page.close()


def run(
    glossaries: dict[str, Glossary], with_pyvis: bool, repeat: int, timeout_s: float
) -> list[dict[str, Any]]:
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for label, g in glossaries.items():
            folder = Path(tmp) / label
            folder.mkdir()
            edges = sum(1 for *_, a in g.graph.edges(data=True) if a["stated"])
            renderers: list[tuple[str, Callable[[], Path], int]] = [
                ("cncf_glossary", functools.partial(write_ours, g, folder), repeat)
            ]
            if with_pyvis:
                renderers.append(
                    ("pyvis defaults", functools.partial(write_pyvis, g, folder), 1)
                )
            for name, write, n in renderers:
                print(f"  {label}: {name} ...", file=sys.stderr, flush=True)
                write_s, path = timed(write, n)
                if name == "pyvis defaults":
                    drop_integrity(path)
                paints = [first_paint(browser, path, timeout_s) for _ in range(n)]
                done = [x for x in paints if x is not None]
                rows.append(
                    {
                        "glossary": label,
                        "terms": len(g),
                        "relations": edges,
                        "renderer": name,
                        "write": write_s,
                        "paint": statistics.median(done) if done else None,
                        "size": path.stat().st_size / 1e6,
                        "target": TARGETS.get(label.split()[0])
                        if name != "pyvis defaults"
                        else None,
                    }
                )
        browser.close()
    return rows


def table(rows: list[dict[str, Any]], timeout_s: float) -> str:
    head = (
        "glossary",
        "terms",
        "relations",
        "renderer",
        "write s",
        "first paint s",
        "file MB",
        "target",
    )
    lines = [head]
    for r in rows:
        paint = f"{r['paint']:.2f}" if r["paint"] is not None else f"> {timeout_s:.0f}"
        target = ""
        if r["target"] is not None:
            ok = r["paint"] is not None and r["paint"] <= r["target"]
            target = f"<= {r['target']} s {'ok' if ok else 'MISSED'}"
        lines.append(
            (
                r["glossary"],
                f"{r['terms']:,}",
                f"{r['relations']:,}",
                r["renderer"],
                f"{r['write']:.2f}",
                paint,
                f"{r['size']:.2f}",
                target,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = []
    for i, line in enumerate(lines):
        out.append(" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
        if i == 0:
            out.append("-+-".join("-" * w for w in widths))
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--no-pyvis",
        action="store_true",
        help="skip raw pyvis (minutes at 5,000 terms)",
    )
    parser.add_argument("--size", type=int, default=5000, help="synthetic terms")
    parser.add_argument("--repeat", type=int, default=3, help="runs of ours")
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        help="give up on a first paint after this many seconds",
    )
    args = parser.parse_args()
    glossaries = {
        "shipped": cncf_glossary.load(),
        f"synthetic {args.size:,}": synthetic(args.size),
    }
    rows = run(glossaries, not args.no_pyvis, args.repeat, args.timeout)
    print(table(rows, args.timeout))


if __name__ == "__main__":
    main()
