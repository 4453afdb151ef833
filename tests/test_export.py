"""Exports: JSON round trips, graph formats read back, SKOS, Mermaid, CSV, schema."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

import cncf_glossary
from cncf_glossary import Category, Glossary, RelationKind, Term
from cncf_glossary.cli import app
from cncf_glossary.export import CSV_FIELDS, flat_graph
from cncf_glossary.schema import check_schema, generate_schema, json_schema, schema_path

from .conftest import DATA, MINI
from .strategies import glossaries

if TYPE_CHECKING:
    from pathlib import Path

runner = CliRunner()
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def same(a: Glossary, b: Glossary) -> None:
    """Assert two glossaries hold the same terms, categories and metadata."""
    assert dict(a.items()) == dict(b.items())
    assert list(a) == list(b)  # data order too
    assert dict(a.categories) == dict(b.categories)
    assert (a.version, a.sources, a.omitted) == (b.version, b.sources, b.omitted)
    assert a.to_dict() == b.to_dict()


def reload(g: Glossary, path: Path) -> Glossary:
    g.to_json(path)
    return cncf_glossary.load(path, builtin=False)


# -- JSON ----------------------------------------------------------------------


def test_json_round_trips_the_fixture(mini: Glossary, tmp_path: Path) -> None:
    same(reload(mini, tmp_path / "mini.json"), mini)


def test_json_is_the_data_format_and_matches_the_schema(
    mini: Glossary, tmp_path: Path
) -> None:
    data = json.loads(mini.to_json())
    assert sorted(data) == ["categories", "omitted", "sources", "terms", "version"]
    assert data["categories"]["concepts"] == {"name": "Concepts", "group": "domain"}
    kubelet = next(t for t in data["terms"] if t["id"] == "kubelet")
    assert kubelet["relations"]["part-of"] == ["kubernetes"]
    assert kubelet["url"] is None  # every field present
    path = tmp_path / "mini.json"
    mini.to_json(path)
    assert check_schema(path) == []


def test_json_round_trips_an_overlay(mini: Glossary, tmp_path: Path) -> None:
    overlay = tmp_path / "team.yaml"
    overlay.write_text(
        "terms:\n  - id: etcd\n    aliases: [store]\n"
        "    replace: {definition: Where the cluster keeps its state.}\n",
        encoding="utf-8",
    )
    layered = cncf_glossary.load(MINI, overlay, builtin=False)
    same(reload(layered, tmp_path / "out.json"), layered)


def test_json_of_a_subset_drops_relations_to_terms_left_out(
    mini: Glossary, tmp_path: Path
) -> None:
    sub = mini.neighborhood("etcd", depth=1)  # etcd, kubernetes: not kubelet, cri
    back = reload(sub, tmp_path / "sub.json")
    assert set(back) == set(sub) == {"etcd", "kubernetes"}
    assert back["kubernetes"].relations == {RelationKind.DEPENDS_ON: ("etcd",)}
    assert [repr(r) for r in back.relations()] == [repr(r) for r in sub.relations()]


def test_json_escapes_what_yaml_would_misread(tmp_path: Path) -> None:
    odd = 'line\u2028sep\x85nel\x7fdel \ufeffbom \U0001f680 "q" \\ \t'
    t = Term(id="odd", name="Odd", kind="concept", category="c", definition=odd)
    g = Glossary([t], [Category(id="c", name="C")])
    text = g.to_json()
    assert "\u2028" not in text
    assert "\x85" not in text
    assert "\U0001f680" in text
    same(reload(g, tmp_path / "odd.json"), g)


def test_empty_glossary_round_trips(tmp_path: Path) -> None:
    g = Glossary([], [Category(id="c", name="C")])
    same(reload(g, tmp_path / "empty.json"), g)


@SETTINGS
@given(g=glossaries())
def test_random_glossaries_round_trip_through_json(g: Glossary, tmp_path: Path) -> None:
    # Through the loader: the export is a data file.
    same(reload(g, tmp_path / "random.json"), g)
    # Through plain JSON and the records.
    data = json.loads(g.to_json())
    terms = [Term.model_validate(t) for t in data["terms"]]
    cats = [Category(id=k, **v) for k, v in data["categories"].items()]
    same(Glossary(terms, cats, version=data.get("version"), sources=data["sources"]), g)


@SETTINGS
@given(g=glossaries())
def test_random_exports_satisfy_the_schema(g: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "random.json"
    g.to_json(path)
    assert check_schema(path) == []


# -- GraphML and GEXF ------------------------------------------------------------


def edges(G: nx.MultiDiGraph[Any], drop: tuple[str, ...] = ()) -> set[Any]:
    return {
        (u, v, k, tuple(sorted((a, b) for a, b in d.items() if a not in drop)))
        for u, v, k, d in G.edges(keys=True, data=True)
    }


def nodes(G: nx.MultiDiGraph[Any]) -> dict[str, dict[str, Any]]:
    return {n: dict(d) for n, d in G.nodes(data=True)}


def test_flat_graph_is_the_concept_graph_with_scalar_attributes(
    mini: Glossary,
) -> None:
    G = flat_graph(mini)
    assert set(G.edges(keys=True)) == set(mini.graph.edges(keys=True))
    attrs = G.nodes["kubernetes"]
    assert attrs["label"] == attrs["name"] == "Kubernetes"
    assert json.loads(str(attrs["aliases"])) == ["k8s", "kube"]
    assert attrs["maturity"] == "graduated"
    assert G.nodes["kubelet"]["url"] == ""  # missing -> empty string
    assert G.edges["containerd", "cri-o", "alternative-to"] == {
        "kind": "alternative-to",
        "stated": True,
    }
    assert not G.edges["cri-o", "containerd", "alternative-to"]["stated"]
    for _, data in G.nodes(data=True):
        assert set(data) == {"label"} | (set(Term.model_fields) - {"id", "relations"})
        assert all(isinstance(v, str | bool) for v in data.values())


def test_graphml_reads_back_with_every_attribute(
    mini: Glossary, tmp_path: Path
) -> None:
    path = mini.to_graphml(tmp_path / "g.graphml")
    G, H = flat_graph(mini), nx.read_graphml(path, force_multigraph=True)
    assert isinstance(H, nx.MultiDiGraph)
    assert nodes(H) == nodes(G)
    assert edges(H) == edges(G)
    assert H.graph["version"] == "test-1"


def test_gexf_reads_back_with_every_attribute(mini: Glossary, tmp_path: Path) -> None:
    path = mini.to_gexf(tmp_path / "g.gexf")
    G, H = flat_graph(mini), nx.read_gexf(path)
    assert isinstance(H, nx.MultiDiGraph)
    assert nodes(H) == nodes(G)
    assert edges(H, drop=("id",)) == edges(G)  # GEXF gives every edge an id


def read_gexf(text: str, G: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """GEXF read back by networkx, keyed by relation kind.

    networkx reads a file with no parallel edges as a DiGraph, which has no
    keys; each edge still holds its kind, which becomes the key again."""
    gexf = nx.read_gexf(io.BytesIO(text.encode()))
    if isinstance(gexf, nx.MultiDiGraph):
        return gexf
    assert len({(u, v) for u, v, _ in G.edges(keys=True)}) == G.number_of_edges()
    rekeyed: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    rekeyed.add_nodes_from(gexf.nodes(data=True))
    for u, v, d in gexf.edges(data=True):
        rekeyed.add_edge(u, v, key=d["kind"], **d)
    return rekeyed


def test_gexf_without_parallel_edges_keeps_each_edge_kind(mini: Glossary) -> None:
    from cncf_glossary.export import gexf_text

    small = mini.neighborhood("kubelet", 1)
    G = flat_graph(small)
    assert not nx.read_gexf(io.BytesIO(gexf_text(small).encode())).is_multigraph()
    assert edges(read_gexf(gexf_text(small), G), ("id",)) == edges(G)


@settings(max_examples=30, deadline=None)
@given(g=glossaries(xml=True))
def test_random_glossaries_read_back_from_graphml_and_gexf(g: Glossary) -> None:
    from cncf_glossary.export import gexf_text, graphml_text

    G = flat_graph(g)
    gexf = read_gexf(gexf_text(g), G)
    graphml = nx.parse_graphml(graphml_text(g), force_multigraph=True)
    readers: list[tuple[nx.MultiDiGraph[str], tuple[str, ...]]] = [
        (nx.MultiDiGraph(graphml), ()),
        (nx.MultiDiGraph(gexf), ("id",)),  # GEXF gives every edge an id
    ]
    for H, drop in readers:
        assert nodes(H) == nodes(G)
        assert edges(H, drop) == edges(G)
        for tid, term in g.items():
            assert json.loads(H.nodes[tid]["aliases"]) == list(term.aliases)


# -- SKOS ------------------------------------------------------------------------


def parse_turtle(text: str) -> Any:
    import rdflib  # the `rdf` extra, part of the test dependencies

    rdf = rdflib.Graph()
    rdf.parse(data=text, format="turtle")
    return rdf


def check_skos(g: Glossary, text: str) -> None:
    from rdflib import RDF, SKOS, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS

    from cncf_glossary.export import DEFAULT_BASE, SKOS_PROPERTIES

    rdf = parse_turtle(text)
    ns = Namespace(DEFAULT_BASE)
    concepts = set(rdf.subjects(RDF.type, SKOS.Concept))
    assert concepts == {ns[t] for t in g}
    for term in g.values():
        node = ns[term.id]
        assert set(rdf.objects(node, SKOS.prefLabel)) == {Literal(term.name, lang="en")}
        assert set(rdf.objects(node, SKOS.altLabel)) == {
            Literal(a, lang="en") for a in term.aliases
        }
        assert set(rdf.objects(node, SKOS.definition)) == {
            Literal(term.definition, lang="en")
        }
    for r in g.relations():
        prop = SKOS_PROPERTIES[r.kind]
        iri = URIRef(prop if ":" in prop else DEFAULT_BASE + prop)
        assert (ns[r.source.id], iri, ns[r.target.id]) in rdf
    assert SKOS_PROPERTIES[RelationKind.IS_A] == str(SKOS.broader)
    assert SKOS_PROPERTIES[RelationKind.USED_WITH] == str(SKOS.related)
    assert SKOS_PROPERTIES[RelationKind.PART_OF] == str(DCTERMS.isPartOf)


def test_skos_turtle_parses_and_holds_every_term(
    mini: Glossary, tmp_path: Path
) -> None:
    text = mini.to_skos(tmp_path / "g.ttl")
    assert (tmp_path / "g.ttl").read_text(encoding="utf-8") == text
    check_skos(mini, text)
    from rdflib import SKOS, Namespace

    ns = Namespace("urn:cncf-glossary:")
    rdf = parse_turtle(text)
    assert (ns["containerd"], SKOS.broader, ns["container-runtime"]) in rdf
    assert (ns["kubelet"], SKOS.related, ns["containerd"]) in rdf


@settings(max_examples=30, deadline=None)
@given(g=glossaries())
def test_random_glossaries_survive_turtle(g: Glossary) -> None:
    check_skos(g, g.to_skos())


# -- Mermaid ---------------------------------------------------------------------


def test_mermaid_neighbourhood(mini: Glossary) -> None:
    assert mini.to_mermaid("etcd") == (
        "flowchart LR\n"
        '  kubernetes["Kubernetes"]\n'
        '  etcd["etcd"]\n'
        "  kubernetes -->|depends on| etcd\n"
        "  etcd ---|is used with| kubernetes\n"
        "  classDef focus stroke-width:3px\n"
        "  class etcd focus\n"
    )
    full = mini.to_mermaid()
    assert "  containerd ---|is an alternative to| cri_o\n" in full
    assert "classDef" not in full
    assert full.count("-->") + full.count("---") == len(mini.relations())


def test_mermaid_escapes_labels_and_reserved_ids() -> None:
    t = Term(
        id="end",
        name='A "#1" <b>',
        kind="concept",
        category="c",
        definition="A term whose id is Mermaid syntax.",
    )
    text = Glossary([t]).to_mermaid("end", depth=0)
    assert '  end_["A #34;#35;1#34; #60;b#62;"]\n' in text
    assert "class end_ focus" in text


# -- CSV -------------------------------------------------------------------------


def test_csv_writes_terms_and_relations(mini: Glossary, tmp_path: Path) -> None:
    terms_csv, rels_csv = mini.to_csv(tmp_path / "out")
    with terms_csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == list(mini)
    assert tuple(rows[0]) == CSV_FIELDS
    k8s = rows[0]
    assert json.loads(k8s["aliases"]) == ["k8s", "kube"]
    assert (k8s["maturity"], k8s["common_word"], k8s["repo"]) == (
        "graduated",
        "false",
        "",
    )
    with rels_csv.open(encoding="utf-8", newline="") as f:
        rels = [tuple(r.values()) for r in csv.DictReader(f)]
    assert rels == [(r.source.id, r.kind.value, r.target.id) for r in mini.relations()]


# -- Schema ----------------------------------------------------------------------


def test_shipped_schema_is_the_generated_one() -> None:
    assert json_schema() == generate_schema(), (
        "the models changed: run `python -m cncf_glossary.schema` to regenerate "
        f"{schema_path()}"
    )


@pytest.mark.parametrize(
    "code", ["wrong-type", "missing-field", "unknown-field", "invalid-value"]
)
def test_schema_flags_what_the_loader_flags_on_the_same_line(code: str) -> None:
    path = DATA / "broken" / f"{code}.yaml"
    line = int(path.read_text(encoding="utf-8").splitlines()[0].split()[-1])
    problems = check_schema(path)
    assert [(p.code, p.line) for p in problems] == [("schema", line)]


def test_schema_accepts_fixture_files_and_extensions(tmp_path: Path) -> None:
    overlay = tmp_path / "team.yaml"
    overlay.write_text(
        "terms:\n  - id: etcd\n    aliases: [store]\n"
        "    relations: {used-with: [kubelet]}\n"
        "    replace: {definition: Where the cluster keeps its state.}\n",
        encoding="utf-8",
    )
    assert check_schema(MINI, overlay) == []
    overlay.write_text(
        "terms:\n  - id: etcd\n    replace:\n      defintion: typo\n", encoding="utf-8"
    )
    (problem,) = check_schema(overlay)
    assert (problem.line, problem.term) == (4, "etcd")
    assert "defintion" in problem.message


# -- CLI -------------------------------------------------------------------------


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--data", str(MINI), "--no-builtin"])
    return result.exit_code, result.stdout, result.stderr


def test_cli_export_json_to_stdout_loads_back(mini: Glossary, tmp_path: Path) -> None:
    code, out, _ = cli("export", "--format", "json")
    assert code == 0
    path = tmp_path / "out.json"
    path.write_text(out, encoding="utf-8")
    same(cncf_glossary.load(path, builtin=False), mini)


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "skos", "mermaid"])
def test_cli_export_to_a_file(fmt: str, mini: Glossary, tmp_path: Path) -> None:
    path = tmp_path / f"out.{fmt}"
    code, out, err = cli("export", "-F", fmt, "-o", str(path))
    assert (code, out) == (0, "")
    assert "wrote" in err
    text = path.read_text(encoding="utf-8")
    assert "kubelet" in text


def test_cli_export_focus(mini: Glossary) -> None:
    code, out, _ = cli("export", "-F", "mermaid", "--focus", "etcd")
    assert code == 0
    assert out == mini.to_mermaid("etcd")
    code, out, _ = cli("export", "-F", "graphml", "--focus", "etcd", "--depth", "0")
    assert code == 0
    assert set(nx.parse_graphml(out)) == {"etcd"}
    code, _, err = cli("export", "--focus", "etcdd")
    assert code == 1
    assert "did you mean" in err


def test_cli_export_csv_needs_a_directory(tmp_path: Path) -> None:
    code, _, err = cli("export", "-F", "csv")
    assert code == 2
    assert "-o DIR" in err
    code, _, _ = cli("export", "-F", "csv", "-o", str(tmp_path))
    assert code == 0
    assert (tmp_path / "terms.csv").is_file()
    assert (tmp_path / "relations.csv").is_file()


def test_cli_schema_prints_the_shipped_schema(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json_schema()
    result = runner.invoke(app, ["schema", "-o", str(tmp_path / "s.json")])
    assert result.exit_code == 0
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8")) == (
        json_schema()
    )


def test_cli_validate_with_schema(tmp_path: Path) -> None:
    bad = DATA / "broken" / "unknown-field.yaml"
    result = runner.invoke(
        app, ["validate", str(bad), "--no-builtin", "--schema", "--json"]
    )
    assert result.exit_code == 2
    problems = json.loads(result.stdout)
    assert {(p["code"], p["line"]) for p in problems} == {
        ("unknown-field", 10),
        ("schema", 10),
    }
    result = runner.invoke(app, ["validate", str(MINI), "--no-builtin", "--schema"])
    assert result.exit_code == 0, result.stderr
    # a YAML error is reported once, not by both passes
    broken = DATA / "broken" / "yaml-syntax.yaml"
    result = runner.invoke(
        app, ["validate", str(broken), "--no-builtin", "--schema", "--json"]
    )
    assert [p["code"] for p in json.loads(result.stdout)] == ["yaml-syntax"]
