"""Draw a glossary as an interactive concept map: one self-contained HTML file.

A pyvis :class:`~pyvis.network.Network` (directed) holds what is drawn: the
nodes, the edges and the vis-network options. It is rendered through this
package's own Jinja2 template (``templates/map.html``) rather than pyvis's,
because the map must open with no network at all and stay safe whatever the
data says:

* the vis-network build that pyvis ships is inlined; nothing loads from a CDN;
* the data travels as JSON in a ``<script type="application/json">`` block with
  ``<``, ``>`` and ``&`` escaped, so a ``</script>`` inside a definition cannot
  end the script; the page builds tooltips and panels with ``textContent``;
* a Content-Security-Policy allows only the page's own scripts and style (by
  hash), and the page links only to http(s) URLs;
* positions are computed here once, with a seeded networkx layout, so the map is
  still at first paint, the output is deterministic, and physics stays off.

pyvis, Jinja2 and numpy are imported only inside the functions that draw, so
``import cncf_glossary`` stays light.

>>> from cncf_glossary import load
>>> html = render_html(load(), focus="kubelet", depth=1)
>>> html.startswith("<!doctype html>") and "cdn" not in html.lower()
True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html as html_lib
import importlib
import json
import math
import re
from collections import defaultdict, deque
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from .models import Maturity, RelationKind, Term

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping, Sequence

    from pyvis.network import Network

    from .glossary import Glossary

__all__ = ["iframe_html", "render_html", "show", "to_html"]

DEFAULT_FILE = "glossary-map.html"

#: Category colours, most distinct first (Tableau 20, reordered for a light page).
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#b07aa1",
    "#edc948",
    "#9c755f",
    "#ff9da7",
    "#499894",
    "#d37295",
    "#86bcb6",
    "#b6992d",
    "#a0cbe8",
    "#8cd17d",
    "#ffbe7d",
    "#79706e",
    "#d4a6c8",
    "#f1ce63",
    "#bab0ac",
)

#: How each relation kind is drawn: colour, dash pattern (False = solid), width.
EDGE_STYLES: Mapping[RelationKind, Mapping[str, Any]] = {
    RelationKind.PART_OF: {"color": "#2f4b7c", "dashes": False, "width": 1.6},
    RelationKind.IS_A: {"color": "#7a4fa3", "dashes": False, "width": 1.4},
    RelationKind.IMPLEMENTS: {"color": "#1f8a70", "dashes": [7, 4], "width": 1.4},
    RelationKind.DEPENDS_ON: {"color": "#d1621c", "dashes": False, "width": 1.4},
    RelationKind.USED_WITH: {"color": "#8b98a9", "dashes": [2, 4], "width": 1.1},
    RelationKind.ALTERNATIVE_TO: {
        "color": "#c53030",
        "dashes": [9, 4, 2, 4],
        "width": 1.3,
    },
}

_MATURITY_ORDER = ("graduated", "incubating", "sandbox", "archived", "none")
_UNIT = 68.0  # layout: canvas units of space each node gets in its cluster
_GAP = 95.0  # layout: clearance between two category clusters
_DENSE_LIMIT = 500  # networkx needs scipy for larger spring layouts
_BIG_MAP = 1500  # from this many nodes, hide edges while the view moves
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


@dataclass(frozen=True)
class _View:
    """The part of a glossary one map draws."""

    terms: list[Term]
    edges: list[tuple[str, str, RelationKind]]
    focus: str | None
    degree: Mapping[str, int]


# -- selecting what to draw ---------------------------------------------------
def _kinds(
    kinds: RelationKind | str | Iterable[RelationKind | str] | None,
) -> set[RelationKind]:
    if kinds is None:
        return set(RelationKind)
    items = [kinds] if isinstance(kinds, str) else list(kinds)
    return {RelationKind(k) for k in items}


def _select(
    glossary: Glossary,
    focus: str | Term | None,
    depth: int,
    kinds: RelationKind | str | Iterable[RelationKind | str] | None,
    categories: str | Iterable[str] | None,
    maturity: Maturity | str | Iterable[Maturity | str] | None,
) -> _View:
    if depth < 0:
        raise ValueError("depth must be 0 or more")
    allowed = _kinds(kinds)
    if categories is None and maturity is None:
        keep = set(glossary)
    else:
        keep = set(glossary.filter(category=categories, maturity=maturity))
    fid = None
    if focus is not None:
        fid = focus.id if isinstance(focus, Term) else glossary[focus].id
        keep.add(fid)  # an explicit focus is drawn even when filtered out
    graph = glossary.graph
    degree: dict[str, int] = defaultdict(int)
    edges: list[tuple[str, str, RelationKind]] = []
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if not attrs["stated"]:
            continue  # the mirror of a symmetric relation
        degree[u] += 1
        degree[v] += 1
        kind = RelationKind(key)
        if kind in allowed and u in keep and v in keep:
            edges.append((u, v, kind))
    if fid is not None:
        keep = _within(fid, depth, edges)
        edges = [e for e in edges if e[0] in keep and e[1] in keep]
    terms = [t for t in glossary.terms if t.id in keep]
    return _View(terms, edges, fid, degree)


def _within(start: str, depth: int, edges: Sequence[tuple[str, str, Any]]) -> set[str]:
    """The nodes at most ``depth`` edges from ``start``, ignoring direction."""
    adjacent: dict[str, list[str]] = defaultdict(list)
    for u, v, _ in edges:
        adjacent[u].append(v)
        adjacent[v].append(u)
    seen = {start}
    frontier = deque([(start, 0)])
    while frontier:
        node, d = frontier.popleft()
        if d == depth:
            continue
        for nb in adjacent[node]:
            if nb not in seen:
                seen.add(nb)
                frontier.append((nb, d + 1))
    return seen


# -- layout -------------------------------------------------------------------
def _sunflower(n: int) -> list[tuple[float, float]]:
    """``n`` evenly spread points in the unit disc, the first at the centre."""
    golden = math.pi * (3 - math.sqrt(5))
    return [
        (
            math.sqrt((i + 0.5) / n) * math.cos(i * golden),
            math.sqrt((i + 0.5) / n) * math.sin(i * golden),
        )
        for i in range(n)
    ]


def _cluster(
    members: list[str],
    edges: Iterable[tuple[str, str]],
    degree: Mapping[str, int],
    seed: int,
) -> dict[str, tuple[float, float]]:
    """Positions in the unit disc for the terms of one category."""
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}
    if len(members) >= _DENSE_LIMIT:
        # Too big for the dense spring layout: hubs in the middle, the rest
        # spread evenly around them.
        ranked = sorted(members, key=lambda m: -degree.get(m, 0))
        return dict(zip(ranked, _sunflower(len(ranked)), strict=True))
    sub: nx.Graph[str] = nx.Graph()
    sub.add_nodes_from(members)
    sub.add_edges_from(edges)
    pos = nx.spring_layout(sub, seed=seed, iterations=50)
    return _spread({n: (float(p[0]), float(p[1])) for n, p in pos.items()})


def _spread(pos: Mapping[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Even out a spring layout's density over the unit disc.

    Spring layouts pack hubs into a dense core and push loose nodes to the rim.
    Keep each node's direction from the centre but give radii by rank, so the
    disc fills evenly, then push apart nodes that still sit too close.
    """
    import numpy as np

    names = list(pos)
    xy = np.array([pos[n] for n in names], dtype=float)
    xy -= xy.mean(axis=0)
    n = len(names)
    radius = np.hypot(xy[:, 0], xy[:, 1])
    angle = np.arctan2(xy[:, 1], xy[:, 0])
    rank = np.empty(n)
    rank[np.lexsort((np.arange(n), radius))] = np.arange(n)
    r = np.sqrt((rank + 0.5) / n)
    xy = np.column_stack((r * np.cos(angle), r * np.sin(angle)))
    least = 0.8 * math.sqrt(math.pi / n)  # about the spacing of an even disc
    for _ in range(25):
        diff = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(diff[..., 0], diff[..., 1])
        np.fill_diagonal(dist, np.inf)
        short = np.clip(least - dist, 0, None)
        if not short.any():
            break
        push = (short / np.maximum(dist, 1e-9) / 2)[..., None] * diff
        xy += push.sum(axis=1)
        norm = np.hypot(xy[:, 0], xy[:, 1])
        xy /= np.maximum(norm, 1.0)[:, None]  # stay inside the disc
    return {name: (float(x), float(y)) for name, (x, y) in zip(names, xy, strict=True)}


def _pack(centres: dict[str, list[float]], radii: Mapping[str, float]) -> None:
    """Push overlapping circles apart, then draw them together, in place.

    Gravity pulls harder vertically, so the packed map comes out wider than tall
    like the screens it is shown on.
    """
    import numpy as np

    names = list(centres)
    if len(names) < 2:
        return
    xy = np.array([centres[c] for c in names], dtype=float)
    r = np.array([radii[c] for c in names])
    need = r[:, None] + r[None, :] + _GAP
    np.fill_diagonal(need, 0.0)
    for step in range(120):
        if step:
            xy *= (0.96, 0.92)
        for _ in range(60):
            diff = xy[None, :, :] - xy[:, None, :]  # [i, j] = centre j - centre i
            dist = np.hypot(diff[..., 0], diff[..., 1])
            overlap = np.clip(need - dist, 0.0, None)
            if overlap.max(initial=0.0) < 0.5:
                break
            same = dist < 1e-6  # same spot: split along a fixed direction
            diff[same] = (1.0, 0.37)
            dist[same] = math.hypot(1.0, 0.37)
            np.fill_diagonal(dist, 1.0)
            xy -= ((overlap / 2 / dist)[..., None] * diff).sum(axis=1)
    for c, (x, y) in zip(names, xy, strict=True):
        centres[c] = [float(x), float(y)]


def _layout(
    view: _View, categories: Mapping[str, str], seed: int
) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float, float]]]:
    """Node positions, and a (x, y, radius) disc per category cluster.

    Each category is laid out on its own with a seeded spring layout and
    scaled to its size; the clusters are placed by a spring layout of the
    category graph (more relations, closer), then packed without overlap.
    """
    groups: dict[str, list[str]] = {}
    for t in view.terms:
        groups.setdefault(categories[t.id], []).append(t.id)
    inner: dict[str, list[tuple[str, str]]] = defaultdict(list)
    between: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, _ in view.edges:
        cu, cv = categories[u], categories[v]
        if cu == cv:
            inner[cu].append((u, v))
        else:
            between[min(cu, cv), max(cu, cv)] += 1
    local = {c: _cluster(m, inner[c], view.degree, seed) for c, m in groups.items()}
    radii = {c: _UNIT * math.sqrt(len(m)) * 0.75 + 12 for c, m in groups.items()}

    quotient: nx.Graph[str] = nx.Graph()
    quotient.add_nodes_from(groups)
    quotient.add_weighted_edges_from((a, b, w) for (a, b), w in between.items())
    spread = sum(radii.values())
    if len(groups) > 1:
        start = nx.spring_layout(quotient, seed=seed, iterations=100)
        centres = {
            c: [float(p[0]) * spread, float(p[1]) * spread] for c, p in start.items()
        }
    else:
        centres = {c: [0.0, 0.0] for c in groups}
    _pack(centres, radii)

    positions: dict[str, tuple[float, float]] = {}
    discs: dict[str, tuple[float, float, float]] = {}
    for c, members in local.items():
        cx, cy = centres[c]
        r = radii[c]
        discs[c] = (round(cx, 1), round(cy, 1), round(r, 1))
        for n, (x, y) in members.items():
            positions[n] = (round(cx + x * r, 1), round(cy + y * r, 1))
    return positions, discs


# -- the pyvis model ------------------------------------------------------------
def _colours(glossary: Glossary) -> dict[str, str]:
    """A colour per category, by its place in the glossary's category list."""
    out = {}
    for i, cid in enumerate(glossary.categories):
        if i < len(PALETTE):
            out[cid] = PALETTE[i]
        else:  # more categories than colours: walk the hue circle
            hue = (i * 137.508) % 360
            out[cid] = f"hsl({hue:.0f}, 55%, 52%)"
    return out


def _options(physics: bool, big: bool) -> dict[str, Any]:
    """The vis-network options: still and pre-positioned unless ``physics``."""
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -40,
                "springLength": 90,
                "avoidOverlap": 0.4,
            },
            "stabilization": {"enabled": False},
        },
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "borderWidthSelected": 3,
            "scaling": {
                "min": 7,
                "max": 34,
                "label": {
                    "enabled": True,
                    "min": 13,
                    "max": 28,
                    "maxVisible": 28,
                    "drawThreshold": 9,
                },
            },
            "font": {
                "face": font,
                "color": "#1f2933",
                "strokeWidth": 3,
                "strokeColor": "rgba(255,255,255,0.9)",
            },
        },
        "edges": {
            "smooth": False,
            "selectionWidth": 1.5,
            "hoverWidth": 1,
            "arrowStrikethrough": False,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _edge_style(kind: RelationKind, across: bool) -> dict[str, Any]:
    style = EDGE_STYLES[kind]
    colour = style["color"]
    arrows = {
        "to": {"enabled": not kind.symmetric, "scaleFactor": 0.55, "type": "arrow"}
    }
    return {
        "color": {
            "color": _rgba(colour, 0.2 if across else 0.6),
            "highlight": colour,
            "hover": colour,
            "inherit": False,
        },
        "dashes": style["dashes"],
        "width": style["width"],
        "arrows": arrows,
    }


def _network(
    view: _View,
    glossary: Glossary,
    physics: bool,
    seed: int,
) -> tuple[Network, dict[str, tuple[float, float, float]]]:
    """The pyvis Network of a view, with positions and styles, and the clusters."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    categories = {t.id: t.category for t in view.terms}
    positions, discs = _layout(view, categories, seed)
    net = Network(directed=True, height="100%", width="100%")
    # Network.add_node/add_edge check membership in a list for every call,
    # quadratic on big maps; ids here are unique by construction, so build the
    # same records with pyvis's Node and Edge directly.
    for t in view.terms:
        x, y = positions[t.id]
        deg = view.degree.get(t.id, 0)
        node = Node(
            t.id,
            "dot",
            label=t.name,
            group=t.category,
            x=x,
            y=y,
            value=round(math.sqrt(deg + 1), 3),
        )
        net.nodes.append(node.options)
        net.node_ids.append(t.id)
        net.node_map[t.id] = node.options
    # Relations across categories are drawn fainter, so clusters stand out.
    styles = {(k, a): _edge_style(k, a) for k in RelationKind for a in (False, True)}
    for i, (u, v, kind) in enumerate(view.edges):
        across = categories[u] != categories[v]
        edge = Edge(
            u, v, directed=True, id=f"e{i}", kind=kind.value, **styles[kind, across]
        )
        net.edges.append(edge.options)
    net.options = _options(physics, big=len(view.terms) >= _BIG_MAP)
    colours = _colours(glossary)
    net.options["groups"] = {
        c: {
            "color": {
                "background": colours[c],
                "border": _darker(colours[c]),
                "highlight": {"background": colours[c], "border": "#111827"},
                "hover": {"background": colours[c], "border": "#111827"},
            }
        }
        for c in dict.fromkeys(categories.values())
    }
    return net, discs


def _darker(colour: str) -> str:
    if not colour.startswith("#"):
        return colour
    r, g, b = (int(colour[i : i + 2], 16) * 7 // 10 for i in (1, 3, 5))
    return f"#{r:02x}{g:02x}{b:02x}"


# -- the page -------------------------------------------------------------------
def _json_for_script(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element.

    >>> _json_for_script({"d": "</script><b>&"})
    '{"d":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@functools.cache
def _asset(name: str) -> str:
    return (
        resources.files("cncf_glossary")
        .joinpath("templates", name)
        .read_text(encoding="utf-8")
    )


@functools.cache
def _vis_network_js() -> str:
    """The vis-network build that the installed pyvis package ships."""
    lib = resources.files("pyvis").joinpath("lib")
    found = []
    for entry in lib.iterdir():
        script = entry.joinpath("vis-network.min.js")
        m = re.fullmatch(r"vis-(\d+)\.(\d+)\.(\d+)", entry.name)
        if m and script.is_file():
            found.append((tuple(int(p) for p in m.groups()), script))
    if not found:  # pragma: no cover - only with a broken pyvis install
        raise RuntimeError("the installed pyvis ships no vis-network build")
    text = max(found, key=lambda f: f[0])[1].read_text(encoding="utf-8")
    if re.search(r"</script|<!--", text, re.IGNORECASE):  # pragma: no cover
        raise RuntimeError("the vis-network build cannot be inlined safely")
    return text


@functools.cache
def _template() -> Any:
    import jinja2

    env = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    return env.from_string(_asset("map.html"))


def _safe_url(url: str | None) -> str | None:
    return url if url and re.match(r"^https?://", url, re.IGNORECASE) else None


def _page_data(
    view: _View,
    glossary: Glossary,
    net: Network,
    discs: Mapping[str, tuple[float, float, float]],
    depth: int,
    title: str,
) -> dict[str, Any]:
    colours = _colours(glossary)
    counts: dict[str, int] = defaultdict(int)
    for t in view.terms:
        counts[t.category] += 1
    cats: list[dict[str, Any]] = []
    for cid in dict.fromkeys(t.category for t in view.terms):
        category = glossary.categories.get(cid)
        x, y, r = discs[cid]
        cats.append(
            {
                "id": cid,
                "name": category.name if category else cid,
                "color": colours.get(cid, "#888888"),
                "ink": _darker(colours.get(cid, "#888888")),
                "count": counts[cid],
                "x": x,
                "y": y,
                "r": r,
            }
        )
    cats.sort(key=lambda c: (-int(c["count"]), str(c["name"]).casefold()))
    used = {k for _, _, k in view.edges}
    kinds = [
        {
            "id": k.value,
            "phrase": k.phrase,
            "inverse": k.inverse_phrase,
            "directed": not k.symmetric,
            "count": sum(e[2] is k for e in view.edges),
            "color": EDGE_STYLES[k]["color"],
            "dashes": EDGE_STYLES[k]["dashes"],
        }
        for k in RelationKind
        if k in used
    ]
    present = {t.maturity.value if t.maturity else "none" for t in view.terms}
    terms = {
        t.id: {
            "name": t.name,
            "kind": t.kind.value,
            "category": t.category,
            "maturity": t.maturity.value if t.maturity else None,
            "definition": t.definition,
            "aliases": list(t.aliases),
            "formerly": list(t.formerly),
            "url": _safe_url(t.url),
            "repo": _safe_url(t.repo),
        }
        for t in view.terms
    }
    return {
        "title": title,
        "version": glossary.version,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "categories": cats,
        "kinds": kinds,
        "maturities": [m for m in _MATURITY_ORDER if m in present],
        "terms": terms,
        "focus": view.focus,
        "depth": depth,
    }


def render_html(
    glossary: Glossary,
    focus: str | Term | None = None,
    depth: int = 2,
    kinds: RelationKind | str | Iterable[RelationKind | str] | None = None,
    categories: str | Iterable[str] | None = None,
    maturity: Maturity | str | Iterable[Maturity | str] | None = None,
    *,
    physics: bool = False,
    title: str | None = None,
    seed: int = 7,
) -> str:
    """The concept map as the text of one self-contained HTML page.

    Args:
        glossary: The glossary to draw.
        focus: Draw only this term (an id, name or alias) and its neighbourhood.
        depth: With ``focus``: how many relations away a term may be.
        kinds: Only draw these relation kinds (default: all).
        categories: Only draw terms of these categories.
        maturity: Only draw terms of these CNCF maturity levels.
        physics: Let the nodes move (vis-network physics) once the page is open.
        title: The page title (default: from the glossary).
        seed: The layout seed; the same inputs give the same page.

    Raises:
        UnknownTermError: ``focus`` names no term.
        ValueError: an unknown relation kind, category or maturity, or a
            negative ``depth``.

    >>> from cncf_glossary import load
    >>> page = render_html(load(), focus="etcd", depth=1, kinds="depends-on")
    >>> page == render_html(load(), focus="etcd", depth=1, kinds="depends-on")
    True
    """
    view = _select(glossary, focus, depth, kinds, categories, maturity)
    net, discs = _network(view, glossary, physics, seed)
    if title is None:
        title = "CNCF Glossary concept map"
        if view.focus is not None:
            title += f": {glossary[view.focus].name}"
    data = _page_data(view, glossary, net, discs, depth, title)
    css, vis_js, app_js = _asset("map.css"), _vis_network_js(), _asset("map.js")
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_sha256(vis_js)} {_sha256(app_js)}",
            f"style-src {_sha256(css)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    page: str = _template().render(
        title=title,
        csp=csp,
        css=css,
        vis_js=vis_js,
        app_js=app_js,
        data=_json_for_script(data),
    )
    return page


def to_html(
    glossary: Glossary,
    path: str | os.PathLike[str] = DEFAULT_FILE,
    focus: str | Term | None = None,
    depth: int = 2,
    kinds: RelationKind | str | Iterable[RelationKind | str] | None = None,
    categories: str | Iterable[str] | None = None,
    maturity: Maturity | str | Iterable[Maturity | str] | None = None,
    *,
    physics: bool = False,
    title: str | None = None,
    seed: int = 7,
) -> Path:
    """Write the concept map to ``path`` (one file, no network needed) and return it.

    Takes the same options as :func:`render_html`.

    >>> import tempfile, pathlib
    >>> from cncf_glossary import load
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = to_html(load(), pathlib.Path(tmp) / "map.html", focus="k8s")
    ...     out.name, out.stat().st_size > 100_000
    ('map.html', True)
    """
    page = render_html(
        glossary,
        focus,
        depth,
        kinds,
        categories,
        maturity,
        physics=physics,
        title=title,
        seed=seed,
    )
    out = Path(path)
    out.write_text(page, encoding="utf-8")
    return out


def iframe_html(
    glossary: Glossary,
    focus: str | Term | None = None,
    depth: int = 2,
    *,
    height: int = 640,
    **options: Any,
) -> str:
    """The map as an ``<iframe srcdoc>`` element: inline HTML for notebooks.

    The page is escaped into the attribute and sandboxed (scripts and links
    only), so nothing is written to disk and nothing reaches the notebook page.

    >>> from cncf_glossary import load
    >>> frame = iframe_html(load(), focus="etcd", depth=1)
    >>> frame.startswith('<iframe srcdoc="&lt;!doctype html&gt;')
    True
    """
    page = render_html(glossary, focus, depth, **options)
    return (
        f'<iframe srcdoc="{html_lib.escape(page, quote=True)}" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'title="concept map" style="width:100%;height:{int(height)}px;'
        'border:1px solid #d0d7de;border-radius:6px"></iframe>'
    )


def show(
    glossary: Glossary,
    focus: str | Term | None = None,
    depth: int = 2,
    *,
    height: int = 640,
    **options: Any,
) -> None:
    """Display the map inline in Jupyter, VS Code or Colab; writes no files.

    Raises:
        RuntimeError: IPython is not installed (outside a notebook, use
            :func:`to_html`).
    """
    try:
        ipython: Any = importlib.import_module("IPython.display")
    except ImportError as exc:  # pragma: no cover - IPython ships with Jupyter
        raise RuntimeError(
            "show() displays the map in a notebook and needs "
            "IPython; elsewhere write a file with to_html()"
        ) from exc
    ipython.display(
        _Frame(iframe_html(glossary, focus, depth, height=height, **options))
    )


class _Frame:
    """HTML that IPython displays as is."""

    def __init__(self, html: str) -> None:
        self.html = html

    def _repr_html_(self) -> str:
        return self.html
