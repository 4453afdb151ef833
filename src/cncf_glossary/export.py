"""Write a glossary in other formats: JSON, GraphML, GEXF, SKOS, Mermaid, CSV.

=========  ==================================================================
format     what it holds
=========  ==================================================================
JSON       the data-file format itself (YAML is a superset of JSON), so
           ``load(path)`` reads an export back into an equal glossary
GraphML    the concept graph for networkx, Gephi, yEd, Cytoscape
GEXF       the same graph in Gephi's own format
SKOS       a ``skos:ConceptScheme`` in Turtle, through rdflib (extra ``rdf``)
Mermaid    a flowchart of a term's neighbourhood, to paste into Markdown
CSV        ``terms.csv`` (one row a term) and ``relations.csv`` (one row an edge)
=========  ==================================================================

In GraphML, GEXF and CSV every :class:`~cncf_glossary.models.Term` field is a
column or attribute. Graph formats hold scalars only, so lists (``aliases``,
``tags``, ``plain_sense``, ``xrefs``) are JSON arrays in a string (``'["k8s",
"kube"]'``; read them back with :func:`json.loads`), a missing ``url``, ``repo``
or ``maturity`` is the empty string, and ``label`` repeats ``name`` for Gephi.
The graph is :attr:`Glossary.graph <cncf_glossary.Glossary.graph>`: edges keyed by
relation kind, symmetric kinds both ways, ``stated`` true on the direction written
in the data.

A glossary made by ``filter`` or ``neighborhood`` keeps relations to terms left
out; exports drop those, so what they write is complete on its own. XML 1.0 cannot
hold most control characters, so text containing them does not survive GraphML or
GEXF (JSON escapes them).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import GlossaryError
from .models import RelationKind

if TYPE_CHECKING:
    import os
    from collections.abc import Collection

    import networkx as nx

    from .glossary import Glossary
    from .models import Term

__all__ = [
    "CSV_FIELDS",
    "SKOS_PROPERTIES",
    "flat_graph",
    "to_csv",
    "to_dict",
    "to_gexf",
    "to_graphml",
    "to_json",
    "to_mermaid",
    "to_skos",
]

CSV_FIELDS = (
    "id",
    "name",
    "aliases",
    "formerly",
    "kind",
    "category",
    "maturity",
    "definition",
    "url",
    "repo",
    "tags",
    "common_word",
    "usually_meant",
    "plain_sense",
    "xrefs",
)
"""The columns of ``terms.csv``; ``relations.csv`` has ``source, kind, target``."""

SKOS_PROPERTIES = {
    RelationKind.IS_A: "http://www.w3.org/2004/02/skos/core#broader",
    RelationKind.USED_WITH: "http://www.w3.org/2004/02/skos/core#related",
    RelationKind.PART_OF: "http://purl.org/dc/terms/isPartOf",
    RelationKind.IMPLEMENTS: "http://purl.org/dc/terms/conformsTo",
    RelationKind.DEPENDS_ON: "http://purl.org/dc/terms/requires",
    RelationKind.ALTERNATIVE_TO: "alternativeTo",  # in the scheme's namespace
}
"""The RDF property each relation kind becomes in SKOS (relative: under ``base``)."""

DEFAULT_BASE = "urn:cncf-glossary:"
"""The default namespace of the SKOS export: ``urn:cncf-glossary:kubelet``."""

_LISTS = ("aliases", "formerly", "tags", "plain_sense", "xrefs")
_OPTIONAL = ("url", "repo", "maturity")
# Characters JSON leaves raw that YAML refuses or reads as line breaks: escape them
# so a JSON export stays loadable by the (YAML) loader.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _within(ids: Collection[str], term: Term) -> dict[RelationKind, tuple[str, ...]]:
    """A term's relations, without targets outside the glossary (``ids``)."""
    out = {}
    for kind, targets in term.relations.items():
        kept = tuple(t for t in targets if t in ids and t != term.id)
        if kept:
            out[kind] = kept
    return out


def _term_dict(ids: Collection[str], term: Term) -> dict[str, Any]:
    data = term.model_dump(mode="json")
    data["relations"] = {k.value: list(v) for k, v in _within(ids, term).items()}
    return data


def to_dict(g: Glossary) -> dict[str, Any]:
    """The glossary as one plain dict in the data-file format (JSON-ready).

    Every term carries every field (``null`` or ``[]`` where unset).

    >>> from cncf_glossary import load
    >>> d = to_dict(load())
    >>> sorted(d)
    ['categories', 'omitted', 'sources', 'terms', 'version']
    """
    ids = frozenset(g)
    return {
        "version": g.version,
        "sources": list(g.sources),
        "categories": {
            cid: c.model_dump(mode="json", exclude={"id"})
            for cid, c in g.categories.items()
        },
        "terms": [_term_dict(ids, t) for t in g.values()],
        "omitted": [dict(o) for o in g.omitted],
    }


def to_json(g: Glossary, path: str | os.PathLike[str] | None = None) -> str:
    """The glossary as JSON in the data-file format; ``load()`` reads it back.

    Written to ``path`` as UTF-8 when given; the text is returned either way.

    >>> import json
    >>> from cncf_glossary import load
    >>> "kubernetes" in [t["id"] for t in json.loads(to_json(load()))["terms"]]
    True
    """
    data = to_dict(g)
    if data["version"] is None:
        del data["version"]  # the loader reads null as no version, but keep it tidy
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    text = _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if path is not None:
        _write_text(text, path)
    return text


def flat_graph(g: Glossary) -> nx.MultiDiGraph[str]:
    """The concept graph with scalar attributes only, as GraphML and GEXF hold it.

    >>> from cncf_glossary import load
    >>> G = flat_graph(load())
    >>> G.nodes["kubernetes"]["name"], G.nodes["kubernetes"]["kind"]
    ('Kubernetes', 'project')
    >>> G.edges["kubelet", "kubernetes", "part-of"]
    {'kind': 'part-of', 'stated': True}
    """
    import networkx as nx

    flat: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    flat.graph["name"] = "cncf_glossary"
    if g.version:
        flat.graph["version"] = g.version
    for term in g.values():
        flat.add_node(term.id, **_flat_term(term))
    for u, v, key, data in g.graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, kind=key, stated=bool(data["stated"]))
    return flat


def _flat_term(term: Term) -> dict[str, str | bool]:
    data = term.model_dump(mode="json", exclude={"id", "relations"})
    out: dict[str, str | bool] = {"label": term.name}
    for key, value in data.items():
        if key in _LISTS:
            out[key] = json.dumps(value, ensure_ascii=False)
        elif value is None:
            out[key] = ""
        else:
            out[key] = value
    return out


def _write_text(text: str, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.write_text(text, encoding="utf-8")
    return target


def graphml_text(g: Glossary) -> str:
    """The GraphML document of :func:`flat_graph`."""
    import networkx as nx

    return "\n".join(nx.generate_graphml(flat_graph(g))) + "\n"


def gexf_text(g: Glossary) -> str:
    """The GEXF document of :func:`flat_graph`."""
    import networkx as nx

    return "\n".join(nx.generate_gexf(flat_graph(g))) + "\n"


def to_graphml(g: Glossary, path: str | os.PathLike[str]) -> Path:
    """Write GraphML; ``networkx.read_graphml`` reads back every attribute.

    Read it with ``force_multigraph=True`` so that a graph without parallel
    edges still comes back as a :class:`networkx.MultiDiGraph` keyed by kind.

    >>> import tempfile, pathlib, networkx as nx
    >>> from cncf_glossary import load
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     G = nx.read_graphml(to_graphml(load(), pathlib.Path(tmp) / "g.graphml"))
    >>> G.nodes["kubernetes"]["name"]
    'Kubernetes'
    """
    return _write_text(graphml_text(g), path)


def to_gexf(g: Glossary, path: str | os.PathLike[str]) -> Path:
    """Write GEXF 1.2 (Gephi's format); ``networkx.read_gexf`` reads it back.

    GEXF adds its own ``id`` to each edge; the edge key is kept as
    ``networkx_key``, which :func:`networkx.read_gexf` turns back into the key
    (a glossary with no two relations between the same two terms reads back as
    a plain ``DiGraph``, without keys; every edge also holds its ``kind``).
    """
    return _write_text(gexf_text(g), path)


def to_skos(
    g: Glossary, path: str | os.PathLike[str] | None = None, base: str = DEFAULT_BASE
) -> str:
    """The glossary as a SKOS concept scheme in Turtle (needs rdflib).

    Each term is a ``skos:Concept`` ``<base><id>`` with ``skos:prefLabel`` (name),
    ``skos:altLabel`` (aliases), ``skos:hiddenLabel`` (former names),
    ``skos:definition`` and ``skos:notation`` (id);
    ``url`` and ``repo`` are ``rdfs:seeAlso``. Relations use
    :data:`SKOS_PROPERTIES`: ``is-a`` is ``skos:broader``, ``used-with``
    ``skos:related``, ``part-of`` ``dcterms:isPartOf``, ``implements``
    ``dcterms:conformsTo``, ``depends-on`` ``dcterms:requires`` and
    ``alternative-to`` ``<base>alternativeTo`` (a sub-property of
    ``skos:related``). Categories are ``skos:Collection``\\ s of their terms.

    >>> from cncf_glossary import load
    >>> "skos:prefLabel" in to_skos(load())
    True
    """
    try:
        from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
        from rdflib.namespace import DCTERMS, OWL
    except ImportError:  # pragma: no cover - depends on the environment
        raise GlossaryError(
            "the SKOS export needs rdflib: pip install 'cncf-glossary[rdf]'"
        ) from None
    ns = Namespace(base)
    rdf = Graph()
    rdf.bind("skos", SKOS)
    rdf.bind("dcterms", DCTERMS)
    rdf.bind("cg", ns)
    scheme = URIRef(base + "Glossary")  # not a slug: no term has this IRI
    rdf.add((scheme, RDF.type, SKOS.ConceptScheme))
    rdf.add((scheme, DCTERMS.title, Literal("cncf_glossary", lang="en")))
    if g.version:
        rdf.add((scheme, OWL.versionInfo, Literal(g.version)))
    alt = URIRef(base + SKOS_PROPERTIES[RelationKind.ALTERNATIVE_TO])
    rdf.add((alt, RDF.type, RDF.Property))
    rdf.add((alt, RDFS.subPropertyOf, SKOS.related))
    rdf.add((alt, RDFS.label, Literal("alternative to", lang="en")))
    props = {
        kind: alt if kind is RelationKind.ALTERNATIVE_TO else URIRef(iri)
        for kind, iri in SKOS_PROPERTIES.items()
    }
    ids = frozenset(g)
    for term in g.values():
        node = ns[term.id]
        rdf.add((node, RDF.type, SKOS.Concept))
        rdf.add((node, SKOS.inScheme, scheme))
        rdf.add((node, SKOS.notation, Literal(term.id)))
        rdf.add((node, SKOS.prefLabel, Literal(term.name, lang="en")))
        for alias in term.aliases:
            rdf.add((node, SKOS.altLabel, Literal(alias, lang="en")))
        for former in term.formerly:
            rdf.add((node, SKOS.hiddenLabel, Literal(former, lang="en")))
        rdf.add((node, SKOS.definition, Literal(term.definition, lang="en")))
        for url in (term.url, term.repo):
            if url:
                rdf.add((node, RDFS.seeAlso, URIRef(url)))
        for kind, targets in _within(ids, term).items():
            for target in targets:
                rdf.add((node, props[kind], ns[target]))
        if not term.relations.get(RelationKind.IS_A):
            rdf.add((node, SKOS.topConceptOf, scheme))
    for cid, cat in g.categories.items():
        coll = ns["category/" + cid]
        rdf.add((coll, RDF.type, SKOS.Collection))
        rdf.add((coll, SKOS.prefLabel, Literal(cat.name, lang="en")))
        for term in g.values():
            if term.category == cid:
                rdf.add((coll, SKOS.member, ns[term.id]))
    text = rdf.serialize(format="turtle")
    if path is not None:
        _write_text(text, path)
    return text


# Words a Mermaid flowchart reads as syntax when used as a node id.
_MERMAID_RESERVED = frozenset(
    {"end", "graph", "flowchart", "subgraph", "style", "class", "classdef"}
    | {"click", "linkstyle", "direction", "default"}
)


def _mermaid_id(tid: str) -> str:
    mid = tid.replace("-", "_")  # ids are slugs: no underscores, so no collisions
    return f"{mid}_" if mid in _MERMAID_RESERVED else mid


def _mermaid_text(text: str) -> str:
    """Quote-safe label text: Mermaid's entity codes for ``#``, ``"``, ``<``, ``>``."""
    for char in '#"<>':
        text = text.replace(char, f"#{ord(char)};")
    return text


def to_mermaid(g: Glossary, key: str | Term | None = None, depth: int = 1) -> str:
    """A Mermaid flowchart of a term's neighbourhood (or of the whole glossary).

    Directed relations are arrows, symmetric ones plain lines, each labelled with
    its verb; the focus term is highlighted. Paste it into a ```` ```mermaid ````
    block in Markdown.

    >>> from cncf_glossary import load
    >>> print(to_mermaid(load(), "kubelet", depth=0), end="")
    flowchart LR
      kubelet["kubelet"]
      classDef focus stroke-width:3px
      class kubelet focus
    >>> "kubelet -->|is part of| kubernetes" in to_mermaid(load(), "kubelet")
    True
    """
    focus = None
    if key is not None:
        focus = g[key].id if isinstance(key, str) else key.id
        g = g.neighborhood(focus, depth)
    lines = ["flowchart LR"]
    for term in g.values():
        lines.append(f'  {_mermaid_id(term.id)}["{_mermaid_text(term.name)}"]')
    for r in g.relations():
        arrow = "---" if r.kind.symmetric else "-->"
        lines.append(
            f"  {_mermaid_id(r.source.id)} {arrow}|{r.kind.phrase}| "
            f"{_mermaid_id(r.target.id)}"
        )
    if focus is not None:
        lines.append("  classDef focus stroke-width:3px")
        lines.append(f"  class {_mermaid_id(focus)} focus")
    return "\n".join(lines) + "\n"


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_texts(g: Glossary) -> dict[str, str]:
    """The two CSV documents, by file name: ``terms.csv`` and ``relations.csv``."""
    terms, rels = io.StringIO(), io.StringIO()
    w = csv.writer(terms, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    for term in g.values():
        data = term.model_dump(mode="json")
        w.writerow([_csv_cell(data[f]) for f in CSV_FIELDS])
    w = csv.writer(rels, lineterminator="\n")
    w.writerow(("source", "kind", "target"))
    for r in g.relations():
        w.writerow((r.source.id, r.kind.value, r.target.id))
    return {"terms.csv": terms.getvalue(), "relations.csv": rels.getvalue()}


def to_csv(g: Glossary, directory: str | os.PathLike[str]) -> list[Path]:
    """Write ``terms.csv`` and ``relations.csv`` (UTF-8) into ``directory``.

    Lists are JSON arrays in a cell, booleans ``true``/``false``, a missing value
    empty. ``relations.csv`` holds each stated relation once (``source, kind,
    target``, read "source kind target").

    >>> import csv, tempfile
    >>> from cncf_glossary import load
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     terms, rels = to_csv(load(), tmp)
    ...     rows = list(csv.DictReader(rels.open(encoding="utf-8")))
    >>> {"source": "kubelet", "kind": "part-of", "target": "kubernetes"} in rows
    True
    """
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    return [_write_text(text, target / name) for name, text in csv_texts(g).items()]
