"""The one test module that checks the real data/terms.yaml.

Coverage is measured against the reference lists copied into tests/reference/
(facts only: see its README for sources and snapshot dates). Each check says what
is missing, so a failure is a to-do list.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

import cncf_glossary
from cncf_glossary import Glossary, Kind, Maturity, RelationKind
from cncf_glossary.loader import builtin_path, read_glossary

REF = Path(__file__).parent / "reference"


def rows(name: str) -> list[dict[str, str]]:
    with (REF / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def same_url(ours: str | None, ref: str) -> bool:
    """Equal, allowing our upgrade of http:// to https://."""
    if ours is None:
        return False
    return ours == ref or ours == "https://" + ref.removeprefix("http://")


@pytest.fixture(scope="module")
def g() -> Glossary:
    return cncf_glossary.load()


@pytest.fixture(scope="module")
def xrefs(g: Glossary) -> dict[str, str]:
    out: dict[str, str] = {}
    for t in g.values():
        for x in t.xrefs:
            assert x not in out, f"xref {x} claimed by {out.get(x)} and {t.id}"
            out[x] = t.id
    return out


def test_shipped_file_loads_without_problems() -> None:
    fresh = read_glossary(builtin_path())  # not the cached copy
    assert len(fresh) >= 550
    assert fresh.version


def test_every_cncf_project_with_its_maturity_and_urls(
    g: Glossary, xrefs: dict[str, str]
) -> None:
    missing, wrong = [], []
    for r in rows("cncf-projects.tsv"):
        tid = xrefs.get(f"landscape:{r['name']}")
        if tid is None:
            missing.append(r["name"])
            continue
        t = g[tid]
        if t.maturity != Maturity(r["maturity"]):
            wrong.append(f"{tid}: maturity {t.maturity} != {r['maturity']}")
        if r["homepage_url"] and not same_url(t.url, r["homepage_url"]):
            wrong.append(f"{tid}: url {t.url} != {r['homepage_url']}")
        if r["repo_url"] and not same_url(t.repo, r["repo_url"]):
            wrong.append(f"{tid}: repo {t.repo} != {r['repo_url']}")
    assert not missing, f"CNCF projects missing: {missing}"
    assert not wrong, "\n".join(wrong)
    projects = [t for t in g.values() if t.maturity is not None]
    assert len(projects) == len(rows("cncf-projects.tsv"))


def test_every_live_cncf_glossary_term(xrefs: dict[str, str]) -> None:
    live = [
        r["slug"]
        for r in rows("cncf-glossary-terms.tsv")
        if r["status"] != "deprecated"
    ]
    missing = [s for s in live if f"cncf-glossary:{s}" not in xrefs]
    assert not missing, f"CNCF glossary terms missing: {missing}"


def test_kubernetes_glossary_coverage(g: Glossary, xrefs: dict[str, str]) -> None:
    ids = [r["id"] for r in rows("k8s-glossary-terms.tsv")]
    omitted = {o["ref"]: o.get("reason", "") for o in g.omitted}
    missing = [i for i in ids if f"k8s:{i}" not in xrefs]
    unexplained = [i for i in missing if not omitted.get(f"k8s:{i}")]
    assert not unexplained, f"k8s terms missing without a reason: {unexplained}"
    assert len(missing) <= 0.05 * len(ids), f"too many left out: {missing}"


def test_every_term_of_the_notes(g: Glossary) -> None:
    wanted = [
        ln
        for ln in (REF / "notes-terms.txt").read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("#")
    ]
    missing = [i for i in wanted if i not in g]
    assert not missing, f"notes terms missing: {missing}"
    few = [i for i in wanted if len(g.relations(i)) < 3]
    assert not few, f"notes terms with fewer than 3 relations: {few}"


def test_relation_statistics(g: Glossary) -> None:
    rels = g.relations()
    assert len(rels) >= 1800, len(rels)
    assert len(rels) / len(g) >= 3.2
    few = [
        t.id
        for t in g.values()
        if len(g.relations(t.id)) < (1 if t.maturity == Maturity.ARCHIVED else 2)
    ]
    assert not few, f"terms with too few relations: {few}"
    und = nx.Graph(g.graph.to_undirected(as_view=True))
    biggest = max(nx.connected_components(und), key=len)
    assert len(biggest) >= 0.98 * len(g), sorted(set(g) - biggest)


def test_every_project_is_an_instance_of_a_concept(g: Glossary) -> None:
    lacking = [
        t.id
        for t in g.values()
        if t.kind in (Kind.PROJECT, Kind.PRODUCT)
        and not t.relations.get(RelationKind.IS_A)
    ]
    assert not lacking, f"projects with no is-a: {lacking}"


def test_transitive_kinds_are_acyclic(g: Glossary) -> None:
    for kind in (RelationKind.PART_OF, RelationKind.IS_A):
        sub = nx.DiGraph([(r.source.id, r.target.id) for r in g.relations(kind=kind)])
        assert nx.is_directed_acyclic_graph(sub), kind


def test_every_category_is_used(g: Glossary) -> None:
    used = Counter(t.category for t in g.values())
    unused = [c for c in g.categories if not used[c]]
    assert not unused, f"categories declared but unused: {unused}"


_SENTENCE_END = re.compile(r"[.!?]$")


def test_definitions_are_full_sentences(g: Glossary) -> None:
    bad = []
    for t in g.values():
        d = t.definition
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", d)
        if (
            len(d.split()) < 8
            or not _SENTENCE_END.search(d)
            or (
                not d[0].isupper()
                and not d[0].isdigit()
                and d.split()[0] not in t.names
            )
        ):
            bad.append(f"{t.id}: {d[:60]!r}")
        elif len(sentences) > 4:
            bad.append(f"{t.id}: {len(sentences)} sentences")
    assert not bad, "\n".join(bad)


def test_aliases_are_not_claimed_twice(g: Glossary) -> None:
    from cncf_glossary.lookup import normalize

    owners: dict[str, set[str]] = {}
    for t in g.values():
        for name in t.names:
            owners.setdefault(normalize(name), set()).add(t.id)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes


# kubectl's short names (`kubectl api-resources`, Kubernetes 1.34) of the
# resources the glossary has, each found in a kubectl command.
KUBECTL_SHORT_NAMES = {
    "cm": "configmap",
    "cj": "cronjob",
    "crd": "custom-resource-definition",
    "deploy": "deployment",
    "ds": "daemonset",
    "ep": "endpoints",
    "hpa": "horizontal-pod-autoscaler",
    "ing": "ingress",
    "netpol": "network-policy",
    "ns": "namespace",
    "pc": "priorityclass",
    "pdb": "pod-disruption-budget",
    "po": "pod",
    "pv": "persistent-volume",
    "pvc": "persistent-volume-claim",
    "quota": "resource-quota",
    "rs": "replicaset",
    "sa": "service-account",
    "sc": "storageclass",
    "sts": "statefulset",
    "svc": "kubernetes-service",
}


@pytest.mark.parametrize(("short", "tid"), sorted(KUBECTL_SHORT_NAMES.items()))
def test_kubectl_short_names_are_found_in_kubectl_commands(
    g: Glossary, short: str, tid: str
) -> None:
    text = f"Run `kubectl get {short} -A`, then `kubectl get {short},no`."
    found = g.mentions(text)
    assert [(m.text, m.term.id) for m in found if m.text == short] == [(short, tid)] * 2


def test_data_version_is_exposed(g: Glossary) -> None:
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", g.version or "")
    assert any("2026-08-07" in s for s in g.sources)


def test_readme_states_the_counts_the_data_gives(g: Glossary) -> None:
    from cncf_glossary.cli import stats_markdown

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- stats:start -->\n", "<!-- stats:end -->"
    assert start in readme, "README lacks the stats section"
    section = readme.split(start, 1)[1].split(end, 1)[0]
    assert section.strip() == stats_markdown(g.version, g.stats()).strip(), (
        "README counts are stale: paste `cncf-glossary stats --markdown`"
    )


def test_no_word_is_split_at_a_hyphen(g: Glossary) -> None:
    """A folded definition wrapped at a hyphen reads "sign- on": only "role- and
    attribute-based" and the like may leave a hyphen before a space."""
    split = [
        f"{t.id}: {m.group()!r}"
        for t in g.values()
        for m in re.finditer(r"\w+- (\w+)", t.definition)
        if m.group(1) not in ("and", "or", "to")
    ]
    assert not split, split
