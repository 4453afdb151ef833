"""Mentions and links: names in free text, ordinary words, hostile input, CLI."""

from __future__ import annotations

import gc
import itertools
import json
import re
import threading
import time
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import cncf_glossary
from cncf_glossary import Glossary, Term
from cncf_glossary.cli import app
from cncf_glossary.mentions import TextIndex, _root

from .conftest import DATA

if TYPE_CHECKING:
    from pathlib import Path

TEXT = DATA / "text-terms.yaml"


@pytest.fixture(scope="module")
def g() -> Glossary:
    """The fixture glossary of tricky names (tests/data/text-terms.yaml)."""
    return cncf_glossary.load(TEXT, builtin=False)


def tags(g: Glossary, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.term.id) for m in g.mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We run Kubernetes.", [("Kubernetes", "kubernetes")]),
        ("k8s and KUBE", [("k8s", "kubernetes"), ("KUBE", "kubernetes")]),
        (
            "Cloud Native Buildpacks",
            [("Cloud Native Buildpacks", "cloud-native-buildpacks")],
        ),
        (
            "cloud-native buildpacks",
            [("cloud-native buildpacks", "cloud-native-buildpacks")],
        ),
        (
            "two PersistentVolumeClaims",
            [("PersistentVolumeClaims", "persistent-volume-claim")],
        ),
        (
            "persistent volume claims",
            [("persistent volume claims", "persistent-volume-claim")],
        ),
        ("service meshes", [("service meshes", "service-mesh")]),
        (
            "containered and Kubernets",
            [("containered", "containerd"), ("Kubernets", "kubernetes")],
        ),
        (
            "Cloud Native Buildpaks",
            [("Cloud Native Buildpaks", "cloud-native-buildpacks")],
        ),
        ("OPA policies", [("OPA", "open-policy-agent")]),
        ("Open Policy Agent", [("Open Policy Agent", "open-policy-agent")]),
        (
            "CNB and PVCs",
            [("CNB", "cloud-native-buildpacks"), ("PVCs", "persistent-volume-claim")],
        ),
        ("cnb, cd", []),  # acronyms and short capitals count only in capitals
        ("our CD pipeline", [("CD", "continuous-delivery")]),
        ("both CDs", [("CDs", "continuous-delivery")]),  # a two-letter plural
        ("gRPC, not GCP", [("gRPC", "grpc"), ("GCP", "google-cloud-platform")]),
        ("k3s is not k8s", [("k3s", "k3s"), ("k8s", "kubernetes")]),
        ("see https://kubernetes.io/docs or ops@kubernetes.io", []),
        ("<a href='https://prometheus.io'>x</a>", []),
        ("xkubernetes kubernetes_x", []),  # word boundaries
        ("soft multi-tenancy", [("multi-tenancy", "multitenancy")]),  # hyphenated
        ("side-effects of multi-step plans", []),  # no name spelt so
        (  # a name wrapped onto an indented line
            "Cloud Native\n  Buildpacks",
            [("Cloud Native\n  Buildpacks", "cloud-native-buildpacks")],
        ),
        (  # punctuation outside ASCII parts words; letters outside it join them
            "\u201cKubernetes\u201d, \u00abk8s\u00bb, k8s\u00e9 \u00e9k8s",
            [("Kubernetes", "kubernetes"), ("k8s", "kubernetes")],
        ),
        ("open policy,agent; service meshing", []),  # no such separators
        ("k8s_x and k3s", [("k3s", "k3s")]),
        ("", []),
    ],
)
def test_mentions(g: Glossary, text: str, expected: list[tuple[str, str]]) -> None:
    assert tags(g, text) == expected


class _RegexScan(TextIndex):
    """Exact names found by the regular expression alone, scanning the whole
    text: what the automaton in TextIndex._exact must reproduce."""

    def _exact(
        self, text: str, low: str, norm: str, skip: list[tuple[int, int]]
    ) -> list[tuple[int, int, Any, float]]:
        body = re.compile(r"[^0-9a-z_](?<!\w)" + self._head.pattern)
        out: list[tuple[int, int, Any, float]] = []
        begin: int | None = 0
        head = self._head.match(low)
        if head is not None:
            e = head.end()
            if any(a <= 0 < b for a, b in skip):
                begin = e
            elif (entry := self._check(text[:e])) is not None:
                out.append((0, e, entry, 100.0))
                begin = e
        while begin is not None:
            matches, begin = body.finditer(low, begin), None
            for m in matches:
                s, e = m.start() + 1, m.end()
                if any(a <= s < b for a, b in skip):
                    continue
                entry = self._check(text[s:e])
                if entry is None:
                    begin = s  # a name may start after this one's first letter
                    break
                out.append((s, e, entry, 100.0))
        return out


NAME_WORDS = [
    ["cloud", "native", "buildpacks"],
    ["Helm", "chart"],
    ["service", "meshes"],
    ["open", "policy", "agent"],
    ["persistent", "volume", "claims"],
    ["multi", "tenancy"],
    ["kubernetes"],
    ["k8s"],
    ["CRI", "O"],
    ["gRPC"],
    ["CD"],
    ["kind"],
]
SEPARATORS = [
    " ",
    "-",
    "_",
    ".",
    "/",
    "",
    ",",
    " -",
    "\n",
    "\n  ",
    "  ",
    "\u00a0",
    "\u00e9",
]
FILLERS = [" ", ". ", "x", "_", "\u00e9", "\u201c", "s", "9", "`", "(", "http://x.io/"]


@st.composite
def written_names(draw: st.DrawFn) -> str:
    """A name of the fixture glossary with any separators between its words."""
    words = draw(st.sampled_from(NAME_WORDS))
    gaps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words) - 1))
    return words[0] + "".join(g + w for g, w in zip(gaps, words[1:], strict=False))


pieces = st.lists(
    st.one_of(written_names(), st.sampled_from(FILLERS)), max_size=12
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=pieces)
def test_the_automaton_finds_what_the_regular_expression_finds(
    g: Glossary, text: str
) -> None:
    if re.search(r"\s{2}\S+\s{2}", text):
        return  # two wide gaps inside one name: beyond the automaton (see _variants)
    terms = list(g.values())
    found = [(m.term.id, m.start, m.end) for m in TextIndex(terms).mentions(text)]
    assert found == [
        (m.term.id, m.start, m.end) for m in _RegexScan(terms).mentions(text)
    ]


def test_the_collector_is_left_as_it_was(g: Glossary) -> None:
    assert gc.isenabled()
    assert tags(g, "Helm on k8s") == [("Helm", "helm"), ("k8s", "kubernetes")]
    assert gc.isenabled()
    gc.disable()
    try:
        g.mentions("Helm on k8s")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_word_of_its_field_next_to_a_name_is_no_other_name() -> None:
    rook = Term(
        id="rook",
        name="Rook",
        kind="project",
        category="storage",
        common_word=True,
        definition="An operator that runs Ceph storage on Kubernetes.",
    )
    index = TextIndex([rook])
    found = index.mentions("We run Rook Ceph on three small machines.")
    assert [m.term.id for m in found] == ["rook"]
    assert index.mentions("Queen takes Rook Harrison on three small boards.") == []


def test_a_lower_case_alias_lets_an_abbreviation_count_in_lower_case() -> None:
    def hpa(*aliases: str) -> Term:
        return Term(
            id="horizontal-pod-autoscaler",
            name="Horizontal Pod Autoscaler",
            aliases=aliases,
            kind="resource",
            category="kubernetes",
            definition="Scales a workload's replicas on its load.",
        )

    text = "kubectl get hpa; the HPA scaled out"
    assert [m.text for m in TextIndex([hpa("HPA")]).mentions(text)] == ["HPA"]
    both = TextIndex([hpa("HPA", "hpa")]).mentions(text)
    assert [m.text for m in both] == ["hpa", "HPA"]


def test_a_word_of_the_plain_sense_near_a_name_means_the_other_thing() -> None:
    prometheus = Term(
        id="prometheus",
        name="Prometheus",
        kind="project",
        category="observability",
        plain_sense=("myth", "fire", "titan"),
        definition="A monitoring system that scrapes and stores metrics.",
    )
    index = TextIndex([prometheus])
    assert [m.text for m in index.mentions("Prometheus scrapes our pods.")] == [
        "Prometheus"
    ]
    assert index.mentions("In the myth, Prometheus steals fire from the gods.") == []
    # Only within its sentence, and six words either side.
    text = "Prometheus scrapes our pods. The myth is older."
    assert [m.text for m in index.mentions(text)] == ["Prometheus"]
    # Inflected plain words count too: the quick test before the check must
    # not rule them out ("titans", "myths", "fires").
    assert index.mentions("Prometheus, one of the Titans, stole it.") == []
    assert index.mentions("Greek myths tell how Prometheus was punished.") == []
    # A possessive is the word it belongs to ("titan's" reads "titan").
    assert index.mentions("A titan's punishment: Prometheus on the rock.") == []
    # A closing quote after the stop ends the sentence too.
    text = 'She said: "We run Prometheus." The myth is older.'
    assert [m.text for m in index.mentions(text)] == ["Prometheus"]


def test_a_word_of_the_plain_sense_further_off_in_its_clause_weighs_less() -> None:
    pod = Term(
        id="pod",
        name="Pod",
        kind="resource",
        category="kubernetes",
        common_word=True,
        usually_meant=True,
        plain_sense=("coffee", "peas", "king"),
        definition="The smallest unit Kubernetes schedules: a few containers.",
    )
    kubernetes = Term(
        id="kubernetes",
        name="Kubernetes",
        kind="project",
        category="orchestration",
        definition="Runs containers.",
        relations={"used-with": ["pod"]},
    )
    index = TextIndex([pod, kubernetes])

    def found(text: str) -> list[str]:
        return [m.text for m in index.mentions(text)]

    lead = "We upgraded Kubernetes today. "
    assert found(lead + "The office coffee machine is out of pods.") == ["Kubernetes"]
    assert found(lead + "Our peas are fattening in their pods.") == ["Kubernetes"]
    # Not beyond a comma, semicolon or colon; not far from the name.
    assert found(lead + "Its pods restarted, so I went for a coffee.") == [
        "Kubernetes",
        "pods",
    ]
    assert found(lead + "The pods restarted. I went for a coffee.") == [
        "Kubernetes",
        "pods",
    ]
    # Nor the sign of another use of the name ("than King Kong").
    assert found(lead + "Its pods were much bigger than all of the king pods.") == [
        "Kubernetes",
        "pods",
    ]


def test_a_plain_abbreviation_leaves_a_proper_name_of_several_words_a_name() -> None:
    # Common because of "LF" (a line feed); "Linux Foundation" stays a name.
    lf = Term(
        id="linux-foundation",
        name="Linux Foundation",
        aliases=("LF", "The Linux Foundation"),
        kind="organization",
        category="community",
        common_word=True,
        definition="A non-profit that hosts open source foundations.",
    )
    index = TextIndex([lf])
    text = "The organisers, the Linux Foundation, have put a help desk in the hall."
    assert [m.text for m in index.mentions(text)] == ["the Linux Foundation"]
    assert index.mentions("Save the file with LF endings.") == []


def test_a_concepts_jargon_alias_needs_no_context() -> None:
    # Common because "cost allocation" is plain English; "showback" is not.
    term = Term(
        id="cost-allocation",
        name="cost allocation",
        aliases=("showback", "chargeback"),
        kind="practice",
        category="finops",
        common_word=True,
        plain_sense=("refund", "bank"),
        definition="Attributing cloud spend to the teams that caused it.",
    )
    index = TextIndex([term])
    found = index.mentions("Every team now gets a monthly showback statement.")
    assert [m.text for m in found] == ["showback"]
    assert index.mentions("I had to file a chargeback with the bank.") == []


def test_an_abbreviation_before_a_tickets_number_is_its_key() -> None:
    cr = Term(
        id="custom-resource",
        name="custom resource",
        aliases=("CR",),
        kind="concept",
        category="kubernetes",
        definition="An object of a kind that a CustomResourceDefinition adds.",
    )
    cve = Term(
        id="cve",
        name="CVE",
        kind="concept",
        category="security",
        definition="A public identifier of a known security flaw.",
    )
    index = TextIndex([cr, cve])
    found = index.mentions("CR-20931 fixed CVE-2024-45337; each CR gets a number.")
    assert [m.text for m in found] == ["CVE", "CR"]
    # Not a short number, as in the type of a challenge ("DNS-01").
    assert [m.text for m in index.mentions("a CR-01 object")] == ["CR"]


def test_a_paragraph_full_of_the_other_sense_asks_for_context() -> None:
    prometheus = Term(
        id="prometheus",
        name="Prometheus",
        kind="project",
        category="observability",
        plain_sense=("myth", "fire", "titan"),
        definition="A monitoring system that scrapes and stores metrics.",
    )
    index = TextIndex([prometheus])
    quiz = "1. Which Titan stole fire from the gods? *Prometheus.*"
    assert index.mentions(quiz) == []
    # One word of the other sense is no paragraph of it: alerts fire.
    text = "Its alerts fire on time. *Prometheus.* scrapes every pod."
    assert [m.text for m in index.mentions(text)] == ["Prometheus"]
    # A paragraph with a name surely of the field is about the project too.
    tsdb = Term(
        id="time-series-database",
        name="time series database",
        kind="concept",
        category="observability",
        definition="A database for values indexed by time.",
    )
    index = TextIndex([prometheus, tsdb])
    text = (
        "Prometheus is the heart of it, but it was named after the titan who"
        " stole fire, and our time series database burned."
    )
    assert [m.text for m in index.mentions(text)][:1] == ["Prometheus"]
    assert index.mentions(quiz) == []


def test_a_plain_sense_word_with_the_names_own_root_is_no_sign() -> None:
    docker = Term(
        id="docker",
        name="Docker",
        kind="project",
        category="runtime",
        plain_sense=("dock", "quay"),
        definition="A platform that builds and runs containers.",
    )
    index = TextIndex([docker])
    found = index.mentions("Docker-in-Docker agents fill the disk.")
    assert [m.text for m in found] == ["Docker", "Docker"]
    assert index.mentions("Docker waited at the quay.") == []


def test_a_name_with_an_apostrophe_is_found_with_either_apostrophe() -> None:
    term = Term(
        id="lets-encrypt",
        name="Let's Encrypt",
        kind="organization",
        category="security",
        definition="A certificate authority that issues free TLS certificates.",
    )
    index = TextIndex([term])
    for written in ("Let's Encrypt", "Let\u2019s Encrypt", "Lets Encrypt"):
        found = index.mentions(f"Certificates come from {written} now.")
        assert [(m.term.id, m.text) for m in found] == [("lets-encrypt", written)]


@given(st.from_regex(r"[A-Za-z\u00c0-\u024f]{1,14}", fullmatch=True))
def test_a_root_keeps_the_start_of_its_word(word: str) -> None:
    # The plain-sense check first searches the text for each plain root less
    # its last letter; that finds every word with that root only if a root
    # never changes more of its word than its last letter.
    assert word.lower().startswith(_root(word)[:-1])


def test_longest_match_wins_and_offsets_are_exact(g: Glossary) -> None:
    text = "Package it as a Helm chart."
    [m] = g.mentions(text)
    assert (m.term.id, m.start, m.end, m.text, m.score) == (
        "helm-chart",
        16,
        26,
        "Helm chart",
        100.0,
    )
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("What kind of cluster do you need?", []),
        ("Be kind to new contributors.", []),
        ("We test on a kind cluster with Kubernetes.", ["kind"]),
        ("Run `kind create cluster` first.", ["kind"]),
        ("```\nkind create cluster\n```", ["kind"]),
        ("The ship's helm was steady.", []),
        ("Install it with Helm on Kubernetes.", ["helm"]),
        ("Charts are installed with Helm.", ["helm"]),
        ("The ship sailed into the harbor.", []),
        # Lower case means little where sentences start in lower case (chat).
        ("ok so the image push to harbor failed on kubernetes", ["harbor"]),
        ("The image push to harbor failed on Kubernetes.", []),
        ("ugh, the ship sailed into the harbor", []),
        ("Pearl Harbor is in Hawaii.", []),
        ("Harbor stores container images for Kubernetes.", ["harbor"]),
        ("Our tech stack is Go and Postgres.", []),
        ("Cloud Native Buildpacks pick the stack for you.", ["buildpacks-stack"]),
        ("His favourite villain is Thanos.", []),
        ("The flag is a leftover from Helm.", []),
        ("The flag is a leftover from Helm 2.", ["helm"]),  # a version
        ("```yaml\nkind: Pod\n```", []),  # a key in code
        ("```\nkind: create cluster\n```", []),
        ("kudos to the team", []),  # a name in capitals, in lower case
        ("KUDO builds Kubernetes operators.", ["kudo"]),
        ("Thanos extends Prometheus with long-term storage.", ["thanos"]),
        # "X of": a hedge or a quantity is the plain word; "every pod of" is not.
        ("It is kind of slow on Kubernetes.", []),
        ("We test on a kind cluster with Kubernetes. Kind of slow.", ["kind"]),
        ("Every stack of the buildpack is pinned on Kubernetes.", ["buildpacks-stack"]),
        ("A stack of papers sat on the desk.", []),
        # Not after a name: "a k3s cluster of three Pis" is a cluster.
        (
            "On Kubernetes we run a Helm stack of three apps.",
            ["helm", "buildpacks-stack"],
        ),
        # Only a word that counts or gathers is a quantity before "of".
        ("Kubernetes keeps one replica of every shard.", ["replica", "shard"]),
        # Part of a dotted name or a handle: no mention.
        ("The Helm.js port and @helm/cli run on Kubernetes.", []),
        ("Labels: `kind/feature`, `area/helm` on Kubernetes", []),
        # Two names joined by a slash are no path: "Rook/Ceph".
        ("**Harbor/Quay.** Both keep container images for Kubernetes.", ["harbor"]),
        ("We weighed Quay/Harbor for container images on Kubernetes.", ["harbor"]),
        ("See docs/Harbor/setup.md on Kubernetes.", []),
        # A full stop before emphasis ends the name ("Harbor.**").
        ("**We push container images to Harbor.** It scans them.", ["harbor"]),
        # A project's command line or version, in lower case too.
        ("# helm upgrade leaves old pods behind", ["helm"]),
        ("- kind v0.23.0 on a laptop", ["kind"]),
        ("yesterday's helm diff broke it", ["helm"]),
        ("the harbor 2 ferry", []),  # a version only as the data spells the name
        ("The ship's helm was steady; she said upgrade it.", []),
        # A name the data writes in capitals, written otherwise, needs context.
        ("Keda Sato joined the team.", []),
        # A pronoun a few words on stands for someone else; a capital that
        # starts the sentence makes no name of an English word; a verb of
        # speech follows a person.
        (
            "Ana runs Kubernetes, and Tomas runs Harbor all day, which he loves.",
            ["harbor"],
        ),
        ("Opinionated Harbor setup for Kubernetes clusters.", ["harbor"]),
        ("In the Kubernetes registry thread, Harbor commented first.", []),
        # A flag's value, in a command quoted as prose.
        ("The Kubernetes image build step: COPY --from=sidecar /bin/app /app", []),
        # The key of a field in a form or a tracker's record, with another
        # field on its line or the next; not a definition after a colon.
        ("Owner: SRE · Sidecar: none · Status: planned on Kubernetes", []),
        ("On Kubernetes.\n\n**Type:** Story · **Rank:** 2\n**Sidecar:** q3, ops", []),
        (
            "**Sidecar:** a helper container that runs beside the app in the same"
            " Kubernetes pod.\n**Deployment:** rolls out new versions on Kubernetes.",
            ["sidecar", "deployment"],
        ),
        # A role only people hold, or somebody's, before a name or in
        # apposition; the same name further on is the person too.
        ("Our CTO, Helm Larsen, left Kubernetes. Helm wrote the runbooks.", []),
        ("We run Kubernetes. My manager, Helm, ordered the soup.", []),
        ("We run Helm. Our poodle Harbor loves the Kubernetes meetups.", ["helm"]),
        # A pronoun before a word makes no plain compound ("us sidecars").
        ("For us sidecars alone changed nothing on Kubernetes.", ["sidecar"]),
        ("The package manager, Helm, installs charts on Kubernetes.", ["helm"]),
        ("We run Keda on Kubernetes.", ["keda"]),
        # A heading reads with the paragraph after it.
        ("## The sidecar\n\nWe run it on Kubernetes.", ["sidecar"]),
        ("## The sidecar\n\nWe ride it at home.", []),
        # A pronoun after a name like a person's stands for a person.
        (
            "Prometheus and Kubernetes and Thanos: Thanos snapped his fingers.",
            ["thanos"],
        ),
        ("He runs Thanos next to Prometheus.", ["thanos"]),
        # A word whose plain sense is rare in cloud-native text needs less context.
        ("We run Kubernetes.\nThe sidecar is slow.", ["sidecar"]),
        ("The sidecar is slow.", []),
        ("A sidecar of a motorbike.", []),
        # Two undecided words of related terms in one sentence vouch for each other.
        (
            "We use Kubernetes.\nAdd a taint and a toleration.",
            ["taint", "toleration"],
        ),
        ("The taint of scandal never left him.", []),
        # A project named with a plain phrase: its own spelling, or context.
        ("The proposal was rejected in toto.", []),
        ("Every build step is signed with in-toto.", ["in-toto"]),
        ("In Toto, supply chain steps run on Kubernetes.", ["in-toto"]),
        # A name followed by "who" or a verb of speech, or after a title, is a
        # person's; a code name is a label.
        ("We asked Harbor about container images.", ["harbor"]),
        ("We asked Harbor, who manages container images.", []),
        (
            "We asked the maintainers of Harbor, who answer container image questions.",
            ["harbor"],
        ),
        ("Harbor noted that container images for Kubernetes were stale.", []),
        ("Ms Harbor runs the container registry for Kubernetes.", []),
        ("Thanos stores Prometheus metrics.", ["thanos"]),
        ("The migration (codename Thanos) stores Prometheus metrics.", []),
        # In code, a word that runs the command after it is a program.
        ("Kubernetes clients open a `watch` on the API.", ["watch"]),
        # A flag's name names the flag ("--watch", "--namespace"): the blind
        # sets' writers marked all seven such flags they wrote as no mention.
        ("```\nkubectl get pods --watch\n```", []),
        ("```\nkubectl get watch\n```", ["watch"]),
        ("```\nwatch -n5 kubectl get pods\n```", []),
        ("Keep `watch kubectl get pods` open.", []),
        # Keys in code: an assignment, an HCL block's labels.
        ('```toml\nstack = "heroku-22"\n```', []),
        ('```hcl\nstack "web" {\n}\n```', []),
        ('```\nError: on main.tf line 3, in stack "web" "edge":\n```', []),
        # In a list of other names, a name is one of them.
        ("Images replicate to Frankfurt, Harbor and Kubernetes.", ["harbor"]),
        ("Images replicate to Frankfurt, Harbor and Sydney.", []),
        # A company's legal form after the name: the company.
        ("We pin the Harbor Co IPs for images.", []),
        ("We pin the Harbor, Inc. IPs for images.", []),
        ("```\nkubectl get pods\nsubject: O=Harbor Ltd; CN=Harbor\n```", ["harbor"]),
        # An abbreviation in the plural is no other name next to it.
        ("We pin the Harbor IPs for images.", ["harbor"]),
        ("We pin the Harbor Ips for images.", []),
        # A heading's sentence goes on into the first sentence under it, unless
        # the name is all the heading says (a section: "## Jobs").
        (
            "## Moving from Harbor\n\nYour projects come across to Kubernetes.",
            ["harbor"],
        ),
        ("## Moving from Harbor\n\nOur trip went well. Kubernetes came later.", []),
        ("## Our sidecars\n\nEach one runs Prometheus beside the app.", ["sidecar"]),
        ("## Sidecars\n\nEach one runs Prometheus beside the app.", []),
        # A product's name before a word is a technical compound, not a plain
        # one ("RabbitMQ exporter"), and no other name like "Pearl Harbor".
        ("Each pod on Kubernetes gets a PgBouncer sidecar.", ["sidecar"]),
        ("Each pod on Kubernetes gets a Pgbouncer sidecar.", ["sidecar"]),
        ("Each pod on Kubernetes gets a Motorbike sidecar.", []),
        ("We give each app a PgBouncer sidecar next to Prometheus.", ["sidecar"]),
        # A size or an age picks one of a kind: no compound.
        ("Each pod gets a small sidecar next to Prometheus.", ["sidecar"]),
        ("Each pod gets a motorbike sidecar next to Prometheus.", []),
        ("We give each app a Pearl sidecar next to Prometheus.", []),
        # In a text about the field, a usually-meant word needs nothing more.
        (
            "Kubernetes, k3s, containerd, CRI-O and Prometheus run here.\n\n"
            "The team says the sidecar is slow.",
            ["sidecar"],
        ),
        (
            "Kubernetes, k3s, containerd and CRI-O run here.\n\n"
            "The team says the sidecar is slow.",
            [],
        ),
        (
            "Kubernetes, k3s, containerd, CRI-O and Prometheus run here.\n\n"
            "The team says a motorbike sidecar is slow.",
            [],
        ),
        # A name given to something is not the project, unless a thing of the
        # field is named.
        ("We run Kubernetes with a registry called Harbor.", ["harbor"]),
        ("We run Kubernetes at work, and at home a laptop called Harbor.", []),
        ("We run Kubernetes, and our dog is named Thanos.", []),
        # An alias cutting a one-word name short is the verb, but after kubectl.
        ("Run kubectl get deploy on Kubernetes.", ["deployment"]),
        ("It deploys the app to Kubernetes.", []),
        ("We deploy to Kubernetes daily.", []),
        ("## Deploy the app on Kubernetes", []),
        ("A Deployment keeps pods running on Kubernetes.", ["deployment"]),
        # And one that ends it: kubectl's "quota" for ResourceQuota.
        ("Run kubectl get quota on Kubernetes.", ["resource-quota"]),
        ("Kubernetes tenants get a quota per namespace.", []),
        # A verb: after "to", a modal, a pronoun or "and", before its object.
        ("Kubernetes clients open a watch on pods, and kubectl lists them.", ["watch"]),
        ("On Kubernetes you will watch the controller spin in kubectl.", []),
        ("Kubernetes clients keep a watch for every pod type in kubectl.", ["watch"]),
        # ... after "and" before "for", or first in a clause before a name.
        ("Roll out Kubernetes to ten pods with kubectl and watch for errors.", []),
        ("Roll out Kubernetes to ten pods; watch Prometheus in kubectl.", []),
        ("Kubernetes clients open a watch for pods in kubectl.", ["watch"]),
        # A word in -s after a pronoun that is its subject: the verb.
        ("Kubernetes pods run; nobody watches kubectl output.", []),
        ("With Kubernetes and kubectl, it watches pods all day.", []),
        ("Kubernetes clients open watches on pods in kubectl.", ["watch"]),
        # After "be", "so", "very"...: an adjective.
        ("Use kind on Kubernetes, and please be kind to reviewers.", ["kind"]),
        # A hedge in the plural too.
        ("Use kind on Kubernetes; we saw two kinds of limits there.", ["kind"]),
    ],
)
def test_ordinary_words_need_context(g: Glossary, text: str, meant: list[str]) -> None:
    ordinary = {t.id for t in g.values() if t.common_word} | {"keda"}
    assert [m.term.id for m in g.mentions(text) if m.term.id in ordinary] == meant


def test_link_markdown_links_first_mentions_only(g: Glossary) -> None:
    text = "Kubernetes runs containerd; Kubernetes again. `containerd` in code."
    assert g.link(text) == (
        "[Kubernetes](https://kubernetes.io/) runs [containerd](https://containerd.io/);"
        " Kubernetes again. `containerd` in code."
    )
    assert g.link("gRPC and CRI-O") == "[gRPC](https://grpc.io/) and CRI-O"  # no URL
    assert g.link("[Kubernetes](https://example.org/)") == (
        "[Kubernetes](https://example.org/)"
    )
    assert g.link("") == ""


def test_link_html_escapes_text_and_tooltip(g: Glossary) -> None:
    out = g.link("<b>Harbor</b> & Kubernetes: Harbor stores images.", format="html")
    assert out.startswith(
        '&lt;b&gt;<a href="https://goharbor.io/" title="A registry that stores, signs'
        ' and scans container images &amp; &lt;charts&gt;.">Harbor</a>&lt;/b&gt; &amp; '
        '<a href="https://kubernetes.io/"'
    )
    assert out.endswith("</a>: Harbor stores images.")
    with pytest.raises(ValueError, match="format"):
        g.link("x", format="rst")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="must be a string"):
        g.link(b"x")  # type: ignore[arg-type]


def test_link_skips_urls_that_are_not_http(g: Glossary) -> None:
    bad = Term.model_construct(**{**dict(g["kubernetes"]), "url": "javascript:x"})
    assert TextIndex([bad]).link("Kubernetes", format="html") == "Kubernetes"


def test_mentions_reject_non_strings(g: Glossary) -> None:
    with pytest.raises(ValueError, match="must be a string"):
        g.mentions(None)  # type: ignore[arg-type]


hostile = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, categories=["Cs", "Cc", "Zs", "So"])),
    st.lists(
        st.sampled_from(
            [
                "kind",
                "Helm",
                "k8s",
                "`",
                "```",
                "\n\n",
                ". ",
                "İ",
                "\ud800",
                "שלום",
                "\u202e",
                "🚢",
                "Cloud Native",
                "Buildpaks",
                "http://x.io/",
                "<a ",
                ">",
                "of",
                "Harbor",
                "CD",
                "@x.io",
                "containered",
            ]
        ),
        max_size=30,
    ).map("".join),
)


@settings(max_examples=500, deadline=None)
@given(text=hostile)
def test_any_string_gives_clean_mentions(g: Glossary, text: str) -> None:
    found = g.mentions(text)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert 0 < m.score <= 100
    pairs = [(m.start, m.end) for m in found]
    assert pairs == sorted(pairs)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(pairs))
    assert isinstance(g.link(text), str)
    assert isinstance(g.link(text, format="html"), str)


def test_a_megabyte_is_bounded(g: Glossary) -> None:
    text = ("Helm on k8s, what kind of Harbor? containered " * 25_000)[:1_000_000]
    t = time.perf_counter()
    found = g.mentions(text)
    assert time.perf_counter() - t < 10.0
    assert len(found) > 50_000
    assert g.mentions("x" * 1_000_000) == []


def test_names_after_long_words_are_bounded(builtin: Glossary) -> None:
    """What is asked of the word before a name reads a few characters back,
    not the text up to the name: a megabyte of long words before names."""
    text = ("Quintessentially Kubernetes " * 40_000)[:1_000_000]
    t = time.perf_counter()
    found = builtin.mentions(text)
    assert time.perf_counter() - t < 5.0  # about 1 s; 10 s when it read back
    assert len(found) > 30_000


@pytest.mark.parametrize(
    "body",
    [
        "| Thanos | Harbor | Kubernetes " * 40_000,  # a table's row a megabyte long
        "| Thanos | Harbor on Kubernetes |\n" * 30_000,  # a table of 30,000 rows
    ],
)
def test_a_megabyte_of_table_is_bounded(g: Glossary, body: str) -> None:
    """The table rules read a few thousand characters around a cell, once a
    table: a megabyte of cells takes about a second, not minutes."""
    text = ("| Owner | Step |\n|---|---|\n" + body)[:1_000_000]
    t = time.perf_counter()
    found = g.mentions(text)
    assert time.perf_counter() - t < 10.0
    assert len(found) > 20_000


def test_threads_agree_with_sequential_mentions(g: Glossary) -> None:
    texts = [
        "We run a kind cluster with Helm and containered on k8s.",
        "What kind of harbor? Thanos extends Prometheus.",
        "Cloud Native Buildpaks pick the stack. CD, cd, CNB.",
    ]
    fresh = cncf_glossary.load(TEXT, builtin=False)
    expected = {t: g.mentions(t) for t in texts}
    errors: list[str] = []

    def work(seed: int) -> None:
        for i in range(300):
            t = texts[(seed + i) % len(texts)]
            if fresh.mentions(t) != expected[t]:
                errors.append(t)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []


runner = CliRunner()


def test_cli_mentions_link_and_search(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("We run a kind cluster with Helm on k8s.", encoding="utf-8")
    data = ["--data", str(TEXT), "--no-builtin"]
    result = runner.invoke(app, ["mentions", str(notes), *data, "--json"])
    assert result.exit_code == 0, result.output
    assert [m["id"] for m in json.loads(result.stdout)] == [
        "kind",
        "helm",
        "kubernetes",
    ]
    result = runner.invoke(app, ["mentions", "-", *data], input="Kubernetes\n")
    assert result.exit_code == 0
    assert "Kubernetes" in result.stdout
    result = runner.invoke(app, ["mentions", "-", *data], input="banana\n")
    assert result.exit_code == 1
    result = runner.invoke(app, ["mentions", str(tmp_path / "missing.md"), *data])
    assert result.exit_code == 2
    result = runner.invoke(app, ["link", str(notes), *data, "--format", "html"])
    assert result.exit_code == 0
    assert '<a href="https://kind.sigs.k8s.io/"' in result.stdout
    result = runner.invoke(app, ["search", "container runtime", *data, "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["id"] == "container-runtime"
    result = runner.invoke(app, ["search", "banana", *data])
    assert result.exit_code == 1


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # A word in code named as a field, or a column of a command's output.
        ("Set the `kind` and `stack` keys.", []),
        ("Drop the `stack` label and the `kind` column.", []),
        ("```\nSTACK      READY   AGE\nweb        1/1     3d\n```", []),
        (
            "```\nkubectl get stack\n```",
            [("kubectl", "kubectl"), ("buildpacks-stack", "stack")],
        ),
        # A short lower-case alias after a number is a unit, and in a version
        # a part of it.
        ("The rack is 25 cm deep, next to the Kubernetes nodes.", []),
        (
            "Run `kubectl get cm` on Kubernetes.",
            [("kubectl", "kubectl"), ("configmap", "cm")],
        ),
        # In code, a flag's value is a name someone chose.
        ("```\ndocker build --target stack .\n```", []),
        ("```\nstack\n```", [("buildpacks-stack", "stack")]),
        # A hedge in a chat log quoted as code is no command.
        ("```\n[15:13] <ana> what kind of notice do they need?\n```", []),
        # After a shell prompt, the first word is the program run.
        ("```\n$ watch date\n```", []),
        ("```\nwatch date\n```", [("watch", "watch")]),
        # A short name the data writes only in lower case: in code (a
        # variable), in capitals (another trade's abbreviation) or after a
        # hyphen, only in a kubectl command; in lower case in prose it counts.
        ("```\ncm := load()\n```", []),
        ("Our CM team and the SSH-cm script sign off.", []),
        ("Mount the cm as a volume.", [("configmap", "cm")]),
        # kubectl's short name, in code too, only in a kubectl command.
        ("A bot opens a PR against the `deploy` repo.", []),
        (
            "Run `kubectl rollout restart deploy web`.",
            [("kubectl", "kubectl"), ("deployment", "deploy")],
        ),
        # kubectl's usual alias "k" before one of its commands.
        (
            "```\nalias k=kubectl\nk get cm -n shop\nk rollout restart deploy web\n```",
            [("kubectl", "kubectl"), ("configmap", "cm"), ("deployment", "deploy")],
        ),
        ("```\nk = 3\ncm = k * 2\n```", []),
        # In code, a word in a longer flag's name, or joined by a hyphen to
        # another lower-case word, is part of an identifier.
        (
            "```\nkubectl create secret generic harbor-pull\n```",
            [("kubectl", "kubectl")],
        ),
        (
            "```\nkubectl create secret generic prod-harbor\n```",
            [("kubectl", "kubectl")],
        ),
        ("```\nkubectl login --harbor-server x\n```", [("kubectl", "kubectl")]),
        (
            "```\nkubectl get harbor\n```",
            [("kubectl", "kubectl"), ("harbor", "harbor")],
        ),
        # Joined by a hyphen to another capitalised word: another name.
        ("Visit the Harbor-Point office, then Kubernetes.", []),
        ("We run Harbor-based registries on Kubernetes.", [("harbor", "Harbor")]),
    ],
)
def test_names_in_code_units_and_other_names(
    g: Glossary, text: str, meant: list[tuple[str, str]]
) -> None:
    assert [
        (m.term.id, m.text) for m in g.mentions(text) if m.term.id != "kubernetes"
    ] == meant


def test_a_short_alias_joined_to_a_word_by_a_hyphen_is_another_identifier(
    g: Glossary,
) -> None:
    """A hyphen joins "kube" to "system" in a namespace's name, which is no
    mention of Kubernetes; "k8s-based" is still about Kubernetes."""
    assert tags(g, "Skip kube-system and kube-public.") == []
    assert tags(g, "We run k8s-based tools and kube-native apps.") == [
        ("k8s", "kubernetes"),
        ("kube", "kubernetes"),
    ]


def test_a_quantity_of_its_own_parts_is_the_thing(g: Glossary) -> None:
    """ "A shard of" is a quantity ("a shard of glass"), unless what it holds
    are its own parts: a related term, after a number or a word of amount ("a
    shard of three replicas")."""
    text = "Every shard has replicas; a shard of {} is the minimum."
    assert tags(g, text.format("glass")) == [
        ("shard", "shard"),
        ("replicas", "replica"),
    ]
    assert tags(g, text.format("three replicas"))[:3] == [
        ("shard", "shard"),
        ("replicas", "replica"),
        ("shard", "shard"),
    ]


def test_a_numbered_word_is_a_label_and_a_middle_dot_parts_items(g: Glossary) -> None:
    """A capitalised concept before a number is a label ("Reviewer 1",
    "Score: 4/5"), not a name; a version after it still names it ("Chart
    2.4.0"). After a middle dot a word starts an item, so its capital says
    nothing ("6 min read · Watch the demo")."""
    assert tags(g, "Sidecar 1 and Sidecar 2 and Helm") == []
    assert tags(g, "We run Kubernetes with a taint. 6 min read · Watch the demo") == [
        ("Kubernetes", "kubernetes")
    ]
    assert tags(g, "We run Kubernetes with a taint. 6 min read, Watch the demo") == [
        ("Kubernetes", "kubernetes"),
        ("Watch", "watch"),
    ]


def test_a_project_named_among_two_others_is_meant(g: Glossary) -> None:
    """Two other projects in the sentence say an ordinary word that names a
    project is that project ("our stack: Helm, Prometheus and KEDA"); one is
    not enough."""
    assert tags(g, "Our stack: Helm, Prometheus and KEDA.") == [
        ("Helm", "helm"),
        ("Prometheus", "prometheus"),
        ("KEDA", "keda"),
    ]
    assert tags(g, "Our stack: Helm and Prometheus.") == [("Prometheus", "prometheus")]


def test_a_lower_case_alias_in_a_constant_in_capitals_is_its_part(
    g: Glossary,
) -> None:
    # "KUBE-SERVICES" is an iptables chain; "K8S-BASED" still says Kubernetes.
    assert tags(g, "Old KUBE-SERVICES chains stay behind.") == []
    assert tags(g, "We run K8S-BASED tools.") == [("K8S", "kubernetes")]


def test_a_name_that_is_all_its_sentence_reads_with_the_next(g: Glossary) -> None:
    """A label before a sentence on its line ("- **Harbor**. Stores ...")
    reads with that sentence; alone on its line it has nothing to read with."""
    text = "Options:\n\n- **Harbor**. Stores Helm charts and images for Kubernetes."
    assert ("Harbor", "harbor") in tags(g, text)
    assert tags(g, "Options:\n\n- **Harbor**.\n- **Quay**. Another one.") == []


def test_a_project_labelling_an_item_of_a_list_of_projects(g: Glossary) -> None:
    """A project's name labelling an item of a list or the first cell of a
    table row, where other items are labelled by names kept, is a name too;
    not the header cell of a table."""
    item = "- Thanos: long-term storage for a time series database.\n"
    assert ("Thanos", "thanos") in tags(g, "We weighed:\n\n- KEDA: events.\n" + item)
    assert ("Thanos", "thanos") not in tags(g, "We weighed:\n\n" + item)
    table = "| Tool | Share |\n|---|---|\n| Prometheus | 27% |\n| Thanos | 8% |\n"
    assert ("Thanos", "thanos") in tags(g, table)
    header = "| Thanos | Share |\n|---|---|\n| Prometheus | 27% |\n"
    assert tags(g, header) == [("Prometheus", "prometheus")]


def test_a_section_titled_by_a_project_and_opened_by_its_name(g: Glossary) -> None:
    """In a text about the field, a heading that is only a project's name, over
    a paragraph that starts with that name, is a section about the project."""
    intro = "Kubernetes, KEDA, containerd, CRI-O and gRPC run here.\n\n"
    section = "## Thanos\n\nThanos answers queries for years.\n"
    assert [m.text for m in g.mentions(intro + section) if m.term.id == "thanos"] == [
        "Thanos",
        "Thanos",
    ]
    # Not when the paragraph starts otherwise, nor in a text not about the field.
    other = "## Thanos\n\nThe Titan answers queries for years.\n"
    assert "thanos" not in [m.term.id for m in g.mentions(intro + other)]
    assert [m.term.id for m in g.mentions(section)] == []


def test_a_heading_reads_with_the_words_kept_in_its_section(g: Glossary) -> None:
    text = "Intro.\n\n## Thanos\n\nThanos gives Prometheus a time series database.\n"
    assert [m.start for m in g.mentions(text) if m.term.id == "thanos"] == [11, 19]


def test_a_short_lower_case_name_in_capitals_is_another_word(tmp_path: Path) -> None:
    data = EVERYDAY.replace(
        "terms:\n",
        "terms:\n  - id: ko\n    name: ko\n    kind: project\n    category: c\n"
        "    definition: Builds container images from Go code.\n",
    )
    g = _with_projects(tmp_path, data, "Kubernetes")
    assert [m.text for m in g.mentions("Build it with ko for Kubernetes.")] == [
        "ko",
        "Kubernetes",
    ]
    assert [m.text for m in g.mentions("Nobody wins by KO on Kubernetes.")] == [
        "Kubernetes"
    ]


def test_a_word_after_a_prefix_that_spans_is_of_the_field(g: Glossary) -> None:
    # "cross-shard", like "cross-AZ" and "per-node"; not the word alone.
    assert tags(g, "Our database runs cross-shard queries at night.") == [
        ("shard", "shard")
    ]
    assert tags(g, "Our database runs shard queries at night.") == []


def test_kubectls_type_and_name_in_code(g: Glossary) -> None:
    """``deploy/web`` in code is kubectl's TYPE/NAME, in a command or in its
    output; not a path to a file or a folder, nor a path in prose."""
    code = "```\nkubectl rollout status deploy/web\ndeployment/api   1/1\n```"
    assert tags(g, code) == [
        ("kubectl", "kubectl"),
        ("deploy", "deployment"),
        ("deployment", "deployment"),
    ]
    assert tags(g, "Edit `deploy/web.yaml` and `deploy/base/`.") == []
    assert tags(g, "Our manifests live in deploy/web now.") == []


def test_dockers_objects_are_not_kubernetes_objects(g: Glossary) -> None:
    assert tags(g, "A Swarm deployment becomes a Kubernetes Deployment.") == [
        ("Kubernetes", "kubernetes"),
        ("Deployment", "deployment"),
    ]
    assert tags(g, "```\ndocker deployment ls\nkubectl get deployment\n```") == [
        ("kubectl", "kubectl"),
        ("deployment", "deployment"),
    ]


def test_a_name_with_a_reflexive_pronoun_is_a_person(g: Glossary) -> None:
    text = "A dashboard worthy of Prometheus {}, on Kubernetes."
    assert tags(g, text.format("himself")) == [("Kubernetes", "kubernetes")]
    assert tags(g, text.format("itself"))[0] == ("Prometheus", "prometheus")


def test_a_name_spoken_to_is_a_person(g: Glossary) -> None:
    assert tags(g, "Good point, Kind. For kind v0.23 that applies.") == [
        ("kind", "kind")
    ]
    # A greeting, with or without a comma, or a greeting's emoji after.
    chat = "[07:58] priya: {} Thanos{} handing over the pager, Prometheus is fine"
    assert tags(g, chat.format("morning", " \N{WAVING HAND SIGN}")) == [
        ("Prometheus", "prometheus")
    ]
    assert tags(g, chat.format("thanks", "!")) == [("Prometheus", "prometheus")]
    assert tags(g, chat.format("with", "")) == [
        ("Thanos", "thanos"),
        ("Prometheus", "prometheus"),
    ]


def test_an_idiom_in_plain_sense_leaves_the_name_in_it_plain(g: Glossary) -> None:
    """A ``plain_sense`` entry of several words with the name's word in it is
    an idiom ("watch out", "night watch"): only the name inside it, the last
    word also in the plural, is the plain word, and the idiom's other words
    ("out") are no sign of the plain sense elsewhere."""
    text = "Kubernetes clients open a watch on pods; watch out for {} in kubectl."
    assert tags(g, text.format("timeouts")) == [
        ("Kubernetes", "kubernetes"),
        ("watch", "watch"),
        ("kubectl", "kubectl"),
    ]
    assert [m.start for m in g.mentions(text.format("night watches"))] == [0, 26, 72]
    assert tags(g, "Kubernetes clients open a watch on pods, out of habit.")[1] == (
        "watch",
        "watch",
    )
    # An idiom with another name in it ("Helm watch") would hide that name:
    # it is not found as a name. Around the name it still tells of the plain
    # sense (as "the e2e job" does of a CI job); elsewhere in the sentence not.
    text = "Kubernetes clients open a watch on pods; a Helm watch waits."
    assert tags(g, text) == [
        ("Kubernetes", "kubernetes"),
        ("watch", "watch"),
        ("Helm", "helm"),
    ]
    assert [m.start for m in g.mentions(text)] == [0, 26, 43]


@pytest.mark.parametrize(
    ("text", "harbor"),
    [
        # A name given to a thing named after the naming word, unless that
        # thing is a tool of the field ("named the registry tool Harbor").
        ("We named the staging cluster Harbor, with Kubernetes and Helm.", False),
        ("We named the staging tool Harbor, with Kubernetes and Helm.", True),
        # A pet's, a relative's or a colleague's name; thanks to a person.
        ("We run Kubernetes and Helm charts with our office dog Harbor nearby.", False),
        (
            "We run Kubernetes and Helm charts, and kudos to Harbor for the snacks.",
            False,
        ),
        (
            "We run Kubernetes and Helm charts, and kudos to Harbor: it stores them.",
            True,
        ),
        # A pet named, even next to a word of the field ("the registry cat").
        ("Kubernetes and Helm charts; the registry cat called Harbor sleeps.", False),
        ("Kubernetes and Helm charts; the registry tool called Harbor sleeps.", True),
        # A surname after the name, and a speaker's colon or a mail address:
        # a person, and so is the same name further on.
        (
            "We keep Helm charts on Kubernetes.\n[09:01] Harbor Okafor: hi all\n"
            "[09:02] bob: the charts live in Harbor now",
            False,
        ),
        (
            "We keep Helm charts on Kubernetes.\n"
            "Author: Harbor Okafor <harbor@example.com>\n\nThe charts live in Harbor.",
            False,
        ),
        (
            "We keep Helm charts on Kubernetes.\n[09:01] Dana Okafor: hi all\n"
            "[09:02] bob: the charts live in Harbor now",
            True,
        ),
        # A role in brackets after the name; the same name before a word of
        # the field further on is the term again.
        ("We keep Helm charts on Kubernetes; ask Harbor (our DBA) first.", False),
        ("We keep Helm charts on Kubernetes; sorry, that's Harbor, my cat.", False),
        (
            "We keep Helm charts on Kubernetes; thanks to Harbor, the team beagle.",
            False,
        ),
        # After an article, only a pet or a relative: a role is the term's own.
        ("We keep Helm charts on Kubernetes in Harbor, a registry manager.", True),
        ("We keep Helm charts on Kubernetes, and Harbor the office terrier.", False),
        ("We keep Helm charts on Kubernetes in Harbor the registry manager.", True),
        (
            "We keep Helm charts on Kubernetes; ask Harbor (our DBA) before the "
            "Harbor registry fills up.",
            True,
        ),
        # A surname after the name makes a person, with a colon or without;
        # the same name further on then needs more than its capital.
        (
            "We keep Helm charts on Kubernetes.\n"
            "Harbor Okafor wrote: the charts live in Harbor now.",
            False,
        ),
    ],
)
def test_names_given_to_things_pets_and_people(
    g: Glossary, text: str, harbor: bool
) -> None:
    assert (("Harbor", "harbor") in tags(g, text)) is harbor


@pytest.mark.parametrize(
    ("compound", "found"),
    [
        # Joined by a hyphen to a lower-case word, an ordinary word is part of
        # another name ("metrics-server", "cluster-admin") ...
        ("the taint-manager", []),
        ("the sidecar-injector", []),
        # ... unless that word describes it ("event-driven", "cluster-wide").
        ("taint-based eviction", ["taint"]),
        ("taint-level rules", ["taint"]),
        # After the hyphen too ("system-upgrade-controller"), unless the word
        # before makes a describing compound ("multi-cluster", "five-node").
        ("the system-upgrade-taint", []),
        ("the multi-taint rule", ["taint"]),
        ("a five-taint rule", ["taint"]),
    ],
)
def test_an_ordinary_word_in_a_hyphenated_name_in_prose(
    g: Glossary, compound: str, found: list[str]
) -> None:
    text = f"Kubernetes taints and a toleration: {compound} evicts pods."
    assert [m.text for m in g.mentions(text)][3:] == found


@pytest.mark.parametrize(
    "text",
    [
        "Copy /etc/rancher/k3s/k3s.yaml and ~/.kube/k3s/config over, then start k3s.",
        "It merges feat/k3s-upgrade and edits charts/k3s/values.yaml to start k3s.",
        # An API group or a label's key: a domain heads it.
        "Label nodes with k3s.io/role and node.k3s.io/pool, then start k3s.",
    ],
)
def test_names_in_file_paths_and_branches_are_no_mentions(
    g: Glossary, text: str
) -> None:
    """A name inside a file's path (absolute, from home, or relative with an
    extension) or a branch's name names a file, not the term."""
    assert [m.start for m in g.mentions(text)] == [text.rindex("k3s")]


@pytest.mark.parametrize(
    ("before", "meant"),
    [
        # A plain word before an ordinary word makes a compound of the plain
        # sense ("crimson taints") ...
        ("crimson", False),
        # ... but a participle gives a state ("finished images", "pending
        # pods") and a verb takes an object ("expose metrics").
        ("finished", True),
        ("pending", True),
        ("remove", True),
        ("exposes", True),
    ],
)
def test_participles_and_verbs_make_no_compound(
    g: Glossary, before: str, meant: bool
) -> None:
    text = f"Kubernetes keeps a toleration list; we {before} taints there."
    assert ("taints" in [m.text for m in g.mentions(text)]) is meant


def test_a_plural_abbreviation_is_no_name_in_capitals_that_ends_in_s() -> None:
    """ "SOPs" is the plural of SOP (procedures), not SOPS; "CAs" of CA."""
    sops = Term(
        id="sops",
        name="SOPS",
        kind="project",
        category="security",
        definition="Encrypts the values of structured files with cloud or age keys.",
    )
    index = TextIndex([sops])
    text = "Encrypt it with SOPS, then read the SOPs."
    assert [m.text for m in index.mentions(text)] == ["SOPS"]


@pytest.mark.parametrize(
    ("after", "meant"),
    [("every target", False), ("stream events", True)],
)
def test_a_verb_after_a_project_name_is_no_mention(
    g: Glossary, after: str, meant: bool
) -> None:
    """After a project's name and before its object, a word is a verb
    ("Prometheus watches every target"), not a noun ("Prometheus watches
    stream events")."""
    text = f"Kubernetes API clients open watches; Prometheus watches {after}."
    assert ([m.start for m in g.mentions(text)][-1] == 48) is meant


@pytest.mark.parametrize(
    "compound",
    [
        "system:taint:ci",  # between colons
        "spec.taint",  # after a dot in a path of fields
        "the taint",  # (the plain case: tagged)
    ],
)
def test_fields_paths_and_colon_joined_names(g: Glossary, compound: str) -> None:
    text = f"Kubernetes taints and a toleration: {compound} evicts pods."
    tagged = [m.text for m in g.mentions(text)][3:] == ["taint"]
    assert tagged is (compound == "the taint")


def test_a_name_in_a_flags_name_is_no_mention(g: Glossary) -> None:
    """In code, a name in a flag's name, alone or inside a longer one
    ("--namespace", "--ignore-daemonsets"), names the flag, not the term; its
    value or an argument still can."""
    text = (
        "```\nkubectl drain x --ignore-containerd-socket --containerd containerd\n```"
    )
    assert [m.start for m in g.mentions(text)] == [4, text.rindex("containerd")]


def test_an_english_word_in_another_form_is_no_name_in_capitals(g: Glossary) -> None:
    """ "Kudos" and "kudos" are the English word, not KUDO's plural."""
    text = "Kudos to the team, and kudos for KUDO on Kubernetes."
    assert tags(g, text) == [("KUDO", "kudo"), ("Kubernetes", "kubernetes")]


def test_a_name_of_several_words_joined_by_dots_is_a_path_of_fields(
    g: Glossary,
) -> None:
    text = "Set continuous.delivery to true; we do continuous delivery."
    assert tags(g, text) == [("continuous delivery", "continuous-delivery")]


def test_a_plain_words_plural_is_no_projects_name() -> None:
    """A project named with a plain word, written in lower case as that word's
    plural ("dockers", "harbors"), means the plain word."""
    docker = Term(
        id="docker",
        name="Docker",
        kind="project",
        category="runtime",
        plain_sense=("quay", "longshoreman"),
        definition="Builds and runs containers from images.",
    )
    index = TextIndex([docker])
    text = "Docker builds images; forty dockers unloaded the ship."
    assert [m.text for m in index.mentions(text)] == ["Docker"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after a dot in a path of fields, any name is a field
        ("Read c.containerd and opts.kubernetes, then run containerd.", [48]),
        # a folder
        ("Run kubectl apply -f k3s/ and then start k3s.", [4, 41]),
    ],
)
def test_names_in_paths_of_fields_and_folders(
    g: Glossary, text: str, found: list[int]
) -> None:
    assert [m.start for m in g.mentions(text)] == found


def _with_projects(tmp_path: Path, data: str, projects: str) -> Glossary:
    """The glossary of ``data`` (category ``c``) with a project for each word
    of ``projects``."""
    path = tmp_path / "terms.yaml"
    path.write_text(
        data
        + "".join(
            f"  - id: {n.lower()}\n    name: {n}\n    kind: project\n"
            "    category: c\n    definition: A project.\n"
            for n in projects.split()
        ),
        encoding="utf-8",
    )
    return cncf_glossary.load(path, builtin=False)


EVERYDAY = """\
version: "e-1"
categories:
  c: {name: C}
terms:
  - id: circuit-breaker
    name: circuit breaker
    kind: concept
    category: c
    common_word: true
    definition: A pattern that stops calling a failing service for a while.
  - id: noisy-neighbor
    name: noisy neighbor
    aliases: [noisy neighbour]
    kind: concept
    category: c
    common_word: true
    definition: A workload that takes more than its share of a shared machine.
  - id: pets-vs-cattle
    name: pets vs cattle
    aliases: [pets and cattle]
    kind: concept
    category: c
    common_word: true
    definition: Servers treated as replaceable, not as hand-kept individuals.
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A long everyday text: the phrase needs context, and has none.
        (
            "Monday at the bakery. " * 50
            + "The deck oven tripped the circuit breaker twice before five.",
            False,
        ),
        # A text about the field: the phrase is the pattern.
        (
            "Istio, Envoy, Linkerd, Kubernetes and gRPC run our services. " * 20
            + "Each client wraps its calls in a circuit breaker.",
            True,
        ),
        # A short text is not judged as a whole.
        ("Wrap each call in a circuit breaker.", True),
        # Words spelt the British way are everyday words too.
        (
            "Monday at the bakery. " * 50
            + "Sorry to the flat upstairs: the mixer makes us the noisy neighbour.",
            False,
        ),
        # And words joined by "and".
        ("Monday at the bakery. " * 50 + "We keep pets and cattle apart.", False),
    ],
)
def test_an_everyday_phrase_in_a_long_everyday_text_needs_context(
    tmp_path: Path, text: str, found: bool
) -> None:
    g = _with_projects(tmp_path, EVERYDAY, "Istio Envoy Linkerd Kubernetes gRPC")
    ids = [m.term.id for m in g.mentions(text)]
    assert bool({"circuit-breaker", "noisy-neighbor", "pets-vs-cattle"} & set(ids)) is (
        found
    )


def test_a_shorter_name_where_the_longest_is_no_name(tmp_path: Path) -> None:
    """Where the longest name found is none ("Tekton pipeline": the alias is
    "Tekton Pipelines", whose last word is not made singular), a shorter one at
    the same place is ("Tekton")."""
    data = EVERYDAY.replace(
        "terms:\n",
        "terms:\n  - id: tekton\n    name: Tekton\n"
        "    aliases: [Tekton Pipelines]\n    kind: project\n    category: c\n"
        "    definition: Runs CI/CD pipelines as Kubernetes resources.\n",
    )
    g = _with_projects(tmp_path, data, "Kubernetes")
    assert [m.text for m in g.mentions("We run a Tekton pipeline nightly.")] == [
        "Tekton"
    ]
    assert [m.text for m in g.mentions("Tekton Pipelines run it.")] == [
        "Tekton Pipelines"
    ]


def test_a_value_of_a_list_of_types_names_no_object(tmp_path: Path) -> None:
    """``policyTypes: [Ingress, Egress]`` lists directions of traffic; ``kind:
    Ingress`` is the object."""
    data = EVERYDAY.replace(
        "terms:\n",
        "terms:\n  - id: ingress\n    name: Ingress\n    kind: resource\n"
        "    category: c\n    common_word: true\n"
        "    definition: Routes outside HTTP traffic to Services.\n",
    )
    g = _with_projects(tmp_path, data, "Kubernetes")
    flow = "```yaml\nspec:\n  policyTypes: [Ingress, Egress]\n```"
    block = "```yaml\nspec:\n  policyTypes:\n    - Egress\n    - Ingress\n```"
    assert [m.text for m in g.mentions(flow)] == []
    assert [m.text for m in g.mentions(block)] == []
    assert [m.text for m in g.mentions("```yaml\nkind: Ingress\n```")] == ["Ingress"]


def test_a_short_name_with_inner_capitals_written_without_is_a_word(
    tmp_path: Path,
) -> None:
    """CoCo written "Coco" or "coco" has lost what made it a name: a pet, a
    film, coir; it needs context like an ordinary word."""
    data = EVERYDAY.replace(
        "terms:\n",
        "terms:\n  - id: coco\n    name: Confidential Containers\n"
        "    aliases: [CoCo]\n    kind: project\n    category: c\n"
        "    common_word: true\n    definition: Runs pods in hardware enclaves.\n"
        "    relations:\n      used-with: [kubernetes]\n",
    )
    g = _with_projects(tmp_path, data, "Kubernetes")
    assert [m.text for m in g.mentions("Coco saved a penalty.")] == []
    assert [m.text for m in g.mentions("Mix coco coir into the compost.")] == []
    assert [m.text for m in g.mentions("CoCo runs pods on Kubernetes.")] == [
        "CoCo",
        "Kubernetes",
    ]


PLAIN_WORDS = """\
version: "p-1"
categories:
  c: {name: C}
terms:
  - id: pod
    name: Pod
    kind: resource
    category: c
    common_word: true
    usually_meant: true
    definition: The smallest unit Kubernetes runs, one or more containers.
  - id: upstream
    name: upstream
    kind: concept
    category: c
    definition: The original project a fork or a distribution takes its code from.
  - id: downstream
    name: downstream
    kind: concept
    category: c
    definition: A fork or a distribution that takes its code from another project.
  - id: contributor
    name: contributor
    kind: concept
    category: c
    definition: Somebody who gives code, docs or reviews to an open-source project.
  - id: on-call
    name: on call
    kind: practice
    category: c
    common_word: true
    definition: Being the one paged when a service breaks outside working hours.
"""


@pytest.mark.parametrize(
    ("aside", "pods"),
    [
        # Terms that are plain words in lower case do not make a long text
        # one about the field: the honesty pods stay seed pods.
        (
            "Thanks to Kubernetes and Docker fans, upstream, downstream and our "
            "contributors.",
            False,
        ),
        # Five terms named surely do.
        ("Our site runs on Kubernetes, Docker, Helm, Envoy and Linkerd.", True),
        # "On call" is no name of the field there, though it counts as meant.
        ("Our site runs on Kubernetes, Docker, Helm and Envoy; Ana is on call.", False),
    ],
)
def test_plain_words_do_not_make_a_long_text_about_the_field(
    tmp_path: Path, aside: str, pods: bool
) -> None:
    g = _with_projects(tmp_path, PLAIN_WORDS, "Kubernetes Docker Helm Envoy Linkerd")
    text = (
        "The flower festival opens on Saturday in the church. " * 20
        + "The plant sale has perennials and honesty pods for drying.\n\n"
        + aside
    )
    ids = [m.term.id for m in g.mentions(text)]
    assert ("pod" in ids) is pods


@pytest.mark.parametrize(("label", "meant"), [("Score", False), ("", True)])
def test_a_table_headers_lone_word_is_a_column_label(
    builtin: Glossary, label: str, meant: bool
) -> None:
    """A name that is all a cell of a table's header says, in a row naming no
    term kept, labels a column ("| Owner | Score |"), however technical the
    rows; beside a name kept ("| KR | Kubernetes | Score |") it is not alone."""
    header = (
        f"| KR | Target | Owner | {label} |"
        if label
        else "| KR | Target | Kubernetes | Score |"
    )
    text = (
        f"## Objective 1: upgrades stop causing incidents\n\n{header}\n"
        "|---|---|---|\n"
        "| Every Deployment carries a PDB and readiness probes | Kofi | - |\n"
        "| Node drains in cluster upgrades need no manual eviction | Ana | - |\n"
    )
    assert ("score" in [m.term.id for m in builtin.mentions(text)]) is meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # A surname after a project's name: a person, with or without a
        # speaker's colon; the same name further on then needs context.
        (
            "On our Kubernetes clusters, Ray Okafor from data science confirmed "
            "it. Later the Ray cluster on KubeRay scaled its workers.",
            ["ray"],
        ),
        ("Ray Okafor: the Kubernetes bill is fine. Later, Ray wrote again.", []),
        # Not a component's name, even in a form the cue words miss.
        ("Thanos Querier reads Prometheus on Kubernetes.", ["thanos"]),
        ("Rook Ceph stores volumes on Kubernetes.", ["rook"]),
    ],
)
def test_a_surname_after_a_projects_name_makes_a_person(
    builtin: Glossary, text: str, meant: list[str]
) -> None:
    found = [m.term.id for m in builtin.mentions(text)]
    assert [t for t in found if t in ("ray", "thanos", "rook")] == meant


def test_kubectls_short_names_listed_in_code_spans(builtin: Glossary) -> None:
    """Three or more of kubectl's short names, each a code span of its own, on
    one line: a cheat sheet, each name meant; one alone is not."""
    text = "Short forms worth memorising: `po`, `ev`, `deploy`, `sts` and `cm`."
    assert [m.term.id for m in builtin.mentions(text)] == [
        "pod",
        "kubernetes-event",
        "deployment",
        "statefulset",
        "configmap",
    ]
    assert builtin.mentions("The `deploy` folder and the `po` file.") == []


BAKERY = """# Winter at the bakery

Our winter menu starts on the first Monday of December. The rye loaves come back, the
stollen returns on Fridays, and the cardamom buns stay all season because nobody would
let us drop them. We open at seven and close when the shelves are empty, which in the
cold months is usually a little after two.

When we scale up for the holiday rush, from forty loaves a day to about two hundred, the
night shift starts an hour earlier and the levain is fed three times instead of twice.
Getting that timing right took years of fine-tuning by our head baker, who still writes
every change in a notebook by the oven.

Orders for Christmas Eve close on the twentieth. Please collect before noon, bring your
own bag if you can, and tell us about allergies when you order rather than at the
counter. Gift cards are sold at the till and never expire.

(A note from the website team: the order form now runs on a small Kubernetes cluster in
the back office, so it should survive the rush this year.)
"""


_STORY = (
    "The galley came into the sound on the evening tide, forty oars holding a slow "
    "cadence to the drum, and old Perses stood at the stern because he trusted no "
    "younger hand among the reefs. The princess knew the town of Velero since "
    "childhood: the crooked spire, the fish market, the porters shouting over the "
    "nets. "
) * 4 + "She bought a CD of sea shanties for her brother."
_SCHOOL = (
    "Year 4 will sit a short unit test on fractions next Wednesday. The house "
    "captain leader election takes place on Monday. The kitchen circuit breaker "
    "tripped twice. We are also scaling up the breakfast club from April. The "
    "choir are fine-tuning their harmonies. The science club used a control group. "
    "Please bring a labelled CD for the ICT lesson. "
) * 3


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # A project's name with another sense, and a two-letter abbreviation,
        # need context in a long text not about the field ...
        (_STORY, {"perses", "velero", "continuous-delivery"}, set()),
        # ... where an aside still names the field.
        (
            _STORY + "\n\nHer cousin runs Kubernetes clusters for a bank.",
            {"perses", "velero"},
            {"kubernetes", "cluster"},
        ),
        # Phrases of English words and short capitals make no text about the
        # field ("unit test", "control group", "ICT", "CD" in a school's
        # newsletter): its everyday phrases need context there.
        (
            _SCHOOL + "Mr Osei runs Kubernetes at work.",
            {
                "leader-election",
                "circuit-breaker",
                "vertical-scaling",
                "fine-tuning",
                "continuous-delivery",
            },
            {"kubernetes"},
        ),
        # "On call" too: a doctor on call in a long everyday text.
        (
            _STORY + "\n\nDr Osei is on call for emergencies at any hour.",
            {"on-call"},
            set(),
        ),
    ],
)
def test_long_texts_not_about_the_field(
    builtin: Glossary, text: str, absent: set[str], present: set[str]
) -> None:
    found = {m.term.id for m in builtin.mentions(text)}
    assert not found & absent
    assert present <= found


def test_a_short_name_misspelt_with_a_letter_doubled(builtin: Glossary) -> None:
    """A name of five or six letters that is no ordinary word is found with one
    letter doubled ("Cillium", sets 177 and 183); not a name that is an ordinary
    word ("helmm", "calicco"), nor a name with any other edit ("Cilum")."""
    found = [
        (m.text, m.term.id)
        for m in builtin.mentions(
            "Cillium and Trivvy on Kubernetes; a helmm, a calicco cat, Cilum."
        )
    ]
    assert found == [
        ("Cillium", "cilium"),
        ("Trivvy", "trivy"),
        ("Kubernetes", "kubernetes"),
    ]


def test_a_seven_letter_name_misspelt_with_a_letter_left_out(
    builtin: Glossary,
) -> None:
    """A one-word name of seven letters that is no ordinary word is found with a
    letter after its first left out ("Grafna", "kubctl"; sets 185, 196); not a
    name that is an ordinary word ("Flanel", flannel), nor one missing its
    first letter ("rafana")."""
    found = tags(
        builtin,
        "We spin up a sandbox Grafna on Kubernetes and run kubctl get pods; "
        "a Flanel shirt, rafana.",
    )
    assert ("Grafna", "grafana") in found
    assert ("kubctl", "kubectl") in found
    assert not any(text in ("Flanel", "rafana") for text, _ in found)


# A text about the field, for the cases that need one.
_FIELD = (
    "We run Kubernetes with Argo CD, Helm, Flux and Prometheus on EKS behind "
    "cert-manager.\n\n"
)


@pytest.mark.parametrize(
    ("text", "tid", "meant"),
    [
        # PromQL's grouping labels name no object.
        (
            "```promql\nsum by (job) (rate(requests_total[5m]))\n```\n"
            "A Kubernetes Job runs pods to completion.",
            "job",
            ["Kubernetes Job"],
        ),
        # A schema's own lower-case type is no Kubernetes object.
        (
            "```yaml\nspec:\n  type: service\n  owner: team-a\n---\nkind: Service\n```",
            "kubernetes-service",
            ["Service"],
        ),
        # A JSON key, its closing quote before the colon.
        (
            '```json\n{ "extensions": { "sync": true } }\n```\n'
            "Kubernetes extensions such as CRDs.",
            "extensions",
            ["Kubernetes extensions"],
        ),
        # A cell of a column of people.
        (
            "| Step | Owner |\n|---|---|\n"
            "| Run Fluent Bit next to Fluentd on Kubernetes | Ray |\n"
            "| Size the Ray cluster on KubeRay | Ana |\n",
            "ray",
            ["Ray"],
        ),
        # Everyday phrases in an everyday text: a phrasal verb, a hyphenated
        # word.
        (BAKERY, "vertical-scaling", []),
        (BAKERY, "fine-tuning", []),
        # A function word or a verb of the field before a word makes no
        # compound of plain words ("via exemplars", "stores spans").
        (
            "Jaeger v2 is built on the OTel Collector, and Tempo stores spans "
            "without an index.",
            "span",
            ["spans"],
        ),
        (
            "Jump from a latency histogram to the slow trace, via exemplars, "
            "in Grafana.",
            "exemplar",
            ["exemplars"],
        ),
        (
            "Topology spread constraints place the Pods across zones by default.",
            "availability-zone",
            ["zones"],
        ),
        # A verb after a project's name of two words, before its object.
        (
            "After merge, Argo CD watches the GitOps repo for the new Helm chart.",
            "watch",
            [],
        ),
        # An abbreviation's plural takes a small "s": "CIS" is another one.
        (
            "Kyverno policy packs check the nodes against the CIS benchmarks "
            "on Kubernetes; our CIs run there too.",
            "continuous-integration",
            ["CIs"],
        ),
        # A task list's assignee is a person.
        (
            "## Actions\n\n- [ ] Ray: set requests and limits from VPA "
            "recommendations on Kubernetes.\n",
            "ray",
            [],
        ),
        # An adverb, a verb in -s, its object.
        (
            "When a Trigger is not ready, `kubectl get events` usually names the "
            "missing Broker.",
            "object-name",
            [],
        ),
        # A year after a name is no version of it.
        (
            "1. Call to order\n2. Draft 2025 budget: the board asks owners to "
            "ratify it\n3. Storm drain repair\n",
            "draft",
            [],
        ),
        # A Dockerfile stage's name is no builder of Buildpacks.
        (
            "```dockerfile\nFROM golang:1.22 AS builder\nRUN go build\n```\n"
            "The CNB builder image builds it for Kubernetes.",
            "buildpacks-builder",
            ["CNB builder"],
        ),
        # API endpoints are no Endpoints objects.
        (
            "Public endpoints accept TLS 1.2; the Kubernetes Endpoints object "
            "lists pod IPs.",
            "endpoints",
            ["Endpoints"],
        ),
        # Plain-sense idioms stay clear of the field's own phrases.
        (
            "Prometheus bound to port 9090 on the node, and Grafana reads it.",
            "prometheus",
            ["Prometheus"],
        ),
        ("My job failed on Kubernetes; kubectl logs job/x shows why.", "job", ["job"]),
        # An idiom with another name of several words in it hides neither.
        (
            "It opens a draft pull request on GitHub, and Kubernetes runs the preview.",
            "pull-request",
            ["pull request"],
        ),
        # A phrase put first is no item of a list of places.
        (
            "In Dublin, Tinkerbell does the same with Hardware custom resources.",
            "tinkerbell",
            ["Tinkerbell"],
        ),
        # All a cell says, in a column where another row names a project.
        (
            "| Site | Provisioner |\n|---|---|\n| Leeds | Metal3 |\n"
            "| Dublin | Tinkerbell |\n",
            "tinkerbell",
            ["Tinkerbell"],
        ),
        # A flag's value where the line before gives the same flag a name.
        (
            "```bash\nclusterctl init --infrastructure metal3\n"
            "clusterctl init --infrastructure tinkerbell\n```",
            "tinkerbell",
            ["tinkerbell"],
        ),
        # A quotation's first word, bidding: the verb.
        (
            'The on-call engineer was told only "watch for anything odd" while '
            "the Kubernetes API server restarted.",
            "watch",
            [],
        ),
        # kubectl's short name in a long text not about the field: crochet.
        (
            BAKERY + "\nOur crocheters made tea cosies: chain 12, then work rows "
            "of sc until it fits.\n",
            "storageclass",
            [],
        ),
        # An abbreviation joined by "&" is part of another one.
        (
            "PG&E is staging crews; the PG database runs on Kubernetes.",
            "postgresql",
            ["PG"],
        ),
        # A plain word whose root is another word is no sign of that word:
        # "flowers" (pea pods) says nothing of "flow".
        (
            "Hubble flow logs show the pod reached the metadata address.",
            "pod",
            ["pod"],
        ),
        # A label's value in code names no object.
        (
            "```yaml\nmetadata:\n  labels:\n    strimzi.io/cluster: events\n```\n"
            "Kubernetes events show why.",
            "kubernetes-event",
            ["Kubernetes events"],
        ),
        # A concept's name in capitals before a word that is no English word
        # starts another name.
        (
            "We went to Cloud Native Rejekts before KubeCon; cloud native tools "
            "everywhere.",
            "cloud-native-technology",
            ["cloud native"],
        ),
        # A cell's first word says nothing by its capital; a header's does.
        (
            "| Time | What happened |\n|---|---|\n"
            "| 02:14 | Primary pod evicted; the PodDisruptionBudget let it go |\n",
            "pod",
            ["pod"],
        ),
        (
            "Power draw per pod came from Kepler, scraped by Prometheus.\n\n"
            "| Workload | Nodes | Median duration, Slurm | Median duration, K8s |\n"
            "|---|---|---|---|\n| MPI | 8 | 41 min | 44 min |\n",
            "duration",
            [],
        ),
        # A participle after "is" is the passive, no adjective.
        (
            "Two of five nodes are cordoned but were never drained.",
            "cordon",
            ["cordoned"],
        ),
        # A ship's prefix makes a ship's name.
        (
            "The booking site on our Kubernetes cluster behind Istio says MV Envoy "
            "goes into dry dock.",
            "envoy",
            [],
        ),
        # A key of an indented INI-like block (Fluent Bit) names nothing.
        (
            "```ini\n[INPUT]\n    Name              tail\n```\n"
            "Every Kubernetes object has a name.",
            "object-name",
            ["name"],
        ),
        # An idiom broken by code spans is still one.
        (
            "The old `test` job and `lint` job run in one Tekton PipelineRun; a "
            "Kubernetes Job runs pods.",
            "job",
            ["Kubernetes Job"],
        ),
        # A pronoun like "someone" before a verb and its object.
        ("Kubernetes pods restart; someone watch the timer.", "watch", []),
        # The last of colon-joined words is part of the identifier.
        (
            "`kubectl auth can-i list pods --as=system:serviceaccount:dev:builder`",
            "buildpacks-builder",
            [],
        ),
        # A boat's kind before a name that is no word: a boat.
        (
            "Welcome to the sloop Velero, back from Piraeus after the winter.",
            "velero",
            [],
        ),
        # A chat log in a fence is prose.
        (
            "```\n09:00  anna: welcome to the KubeCon keynote stream\n"
            "09:01  bo: Kubernetes on stage, demo gods please be kind\n"
            "09:02  anna: kind clusters next\n```",
            "kind",
            ["kind"],
        ),
        # A group of things of no field.
        (
            "The Kubernetes booth drew the cluster of people behind the stage.",
            "cluster",
            [],
        ),
        # A value of a key that gives a name.
        (
            "```yaml\nmultiCluster:\n  clusterName: lima\n```\nRun Docker in "
            "Lima on a Mac; Kubernetes too.",
            "lima",
            ["Lima"],
        ),
        # A hedge in a fenced template's heading.
        (
            "```markdown\n## Kind of change\n- [ ] Bug fix\n```\nkind create cluster",
            "kind",
            ["kind"],
        ),
        # A pronoun after a verb is its object: "watch it scale", "watch yours".
        (
            "## 5. Watch it scale\n\nFire a few hundred orders at the Knative "
            "Service, then run `kubectl get pods -w` while the autoscaler adds Pods.",
            "watch",
            [],
        ),
        (
            "Your Kubernetes talk on Pods and Deployments is recorded; you can "
            "watch yours on the CNCF channel.",
            "watch",
            [],
        ),
        # A code span named as a namespace's name.
        (
            "cert-manager creates the solver pod in the `ingress` namespace; the "
            "Kubernetes Ingress routes it.",
            "ingress",
            ["Ingress"],
        ),
        # A handle, even of a name that is no word.
        ("**Reviewers:** @finops-review; FinOps asked too.", "finops", ["FinOps"]),
        # A place's, a club's or a business's name; a brand joined by a hyphen.
        (
            "KCL Mountaineering Club, eleven of us. Sorry about the singing. KCL "
            "configures the Kubernetes manifests.",
            "kcl",
            ["KCL"],
        ),
        (
            "My Jaeger-LeCoultre watch fogged up. Jaeger and the Jaeger-Operator "
            "trace the Kubernetes services.",
            "jaeger",
            ["Jaeger", "Jaeger"],
        ),
        # The API's field before an object's kind, and an object's name before it.
        (
            'Error: cannot patch "db" with kind StatefulSet. We test on kind '
            "Kubernetes clusters.",
            "kind",
            ["kind"],
        ),
        (
            "Wildcard verbs in the `builder` ClusterRole; the CNB builder image "
            "builds the app.",
            "buildpacks-builder",
            ["CNB builder"],
        ),
        # A list's other item joined by "or": a city.
        (
            "# Senior Platform Engineer (Kubernetes), hybrid in Porto or Lima\n\n"
            "Run Lima VMs for containerd on macOS.",
            "lima",
            ["Lima"],
        ),
        # Node.js by its major version.
        (
            "1.31 drops Node 18, so rebuild on a Node 20 image. Each Node runs the "
            "kubelet.",
            "node",
            ["Node"],
        ),
        # A team's name after the word; a surname after a name that is no word.
        (
            "Team Volcano owns the mesh; Volcano schedules the batch jobs on "
            "Kubernetes.",
            "volcano",
            ["Volcano"],
        ),
        (
            "Chief Engineer Talos Mbeki came up from the drive section. Talos "
            "runs our Kubernetes nodes.",
            "talos-linux",
            ["Talos"],
        ),
        # An ordinary word alone in a code span is an identifier; not a
        # program's name.
        (
            "Open a PR against `main` (we renamed `master` two years ago). The "
            "Kubernetes master node runs etcd.",
            "control-plane",
            ["master"],
        ),
        (
            "Install the `pack` CLI, then build with Cloud Native Buildpacks.",
            "pack",
            ["pack"],
        ),
        # One sense a text: a project's name kept twice vouches for its
        # name as written elsewhere in a technical text.
        (
            "We compared Terraform, Pulumi and Crossplane on Kubernetes with Helm "
            "and Argo CD. Terraform plans showed the diff; Crossplane reconciled "
            "drift from etcd.\n\n## Where we landed\n\nTerraform stays for "
            "foundations.\n",
            "terraform",
            ["Terraform", "Terraform", "Terraform"],
        ),
        # A surname after a given name.
        (
            "- **Marcus Jenkins** (yes, really) on batch GPU work; Jenkins still "
            "runs our CI pipelines on Kubernetes.",
            "jenkins",
            ["Jenkins"],
        ),
        # An author cited.
        (
            "Jaeger et al. [14] found that sidecars add latency; Jaeger traced "
            "the Kubernetes requests.",
            "jaeger",
            ["Jaeger"],
        ),
        # A measure of something; an announcement; a business's name.
        (
            "Draft 1.95 m, so no creeping into the shallow end. Draft scaffolds "
            "the Helm chart for Kubernetes.",
            "draft",
            ["Draft"],
        ),
        # Not a version before a word that is also a unit's abbreviation.
        (
            "We moved the charts to Helm 3 in March, on Kubernetes.",
            "helm",
            ["Helm"],
        ),
        (
            "5/ PSA: the best feature we shipped was a throwaway namespace.\n\n"
            "Pod Security Admission (PSA) enforces the Pod Security Standards.",
            "pod-security-admission",
            ["Pod Security Admission", "PSA"],
        ),
        (
            "Chartered from Velero Yachting, Lavrio. Velero backs up the "
            "Kubernetes cluster.",
            "velero",
            ["Velero"],
        ),
        # A tool outside the glossary spelt like a name in it.
        (
            "openssl says notAfter was 03:12; the OpenSSF scorecard",
            "openssf",
            ["OpenSSF"],
        ),
        # An ordinary word in a comment of a block of code is prose.
        (
            "Cut over the Kubernetes cluster:\n\n```shell\n"
            "# 06:00 freeze writes on the old stack\n"
            "pack build app --builder paketobuildpacks/builder --stack io.stack\n```",
            "buildpacks-stack",
            ["stack"],
        ),
        # A tool's lower-case name starting a sentence, or after where a
        # thing runs.
        (
            "Docker builds an index with extra entries. kind shells out to ctr "
            "in the node container.",
            "kind",
            ["kind"],
        ),
        ("Be nice to the Kubernetes maintainers. kind words help.", "kind", []),
        (
            "Everything ran on kind first, then on a three-node Kubernetes cluster.",
            "kind",
            ["kind"],
        ),
        # A team's name before "squad" or "rotation"; a business's name.
        (
            "Your buddy is Wen from the Atlantis squad. Atlantis runs our "
            "Terraform plans in Kubernetes.",
            "atlantis",
            ["Atlantis"],
        ),
        (
            "Donations came from Argo Tool Hire. Argo CD syncs the Kubernetes cluster.",
            "argo",
            ["Argo CD"],
        ),
        # A short word before a whole number in prose: an episode, no
        # kubectl short name; a version still follows a name.
        (
            "Links are in the notes for ep 112. Kubernetes lists endpoints with "
            "`kubectl get ep`.",
            "endpoints",
            ["endpoints", "ep"],
        ),
        ("Upgrade k8s 1.31 first.", "kubernetes", ["k8s"]),
        # An acronym made from a concept's name counts only where the text
        # names the concept too.
        ("Standup is at 09:12 CET on Kubernetes days.", "chaos-engineering-tool", []),
        (
            "A chaos engineering tool (CET) breaks pods on purpose; the CET runs "
            "nightly.",
            "chaos-engineering-tool",
            ["chaos engineering tool", "CET", "CET"],
        ),
        # A person named after a role; a work's title in italics.
        (
            "Our on-call dev, Ray, swears nobody touched the pool. We run Ray "
            "on KubeRay in the Kubernetes cluster.",
            "ray",
            ["Ray"],
        ),
        (
            "Sam's book pick is *Prometheus Rising*. Prometheus scrapes the "
            "Kubernetes nodes.",
            "prometheus",
            ["Prometheus"],
        ),
        # A business's name with another's; a person before a role in
        # brackets.
        (
            "Dana, Head of Platform at Lumen & Cedar. Cedar is a policy "
            "language; Kubernetes and Helm & Kustomize run the apps.",
            "cedar",
            ["Cedar"],
        ),
        (
            "**Audience (Ray, SRE):** And visibility? We run Ray on KubeRay in "
            "the Kubernetes cluster.",
            "ray",
            ["Ray"],
        ),
        # An idiom in the plural, and one whose first word another name took.
        (
            "The lint and end-to-end test jobs run on every push; a Kubernetes "
            "Job runs nightly.",
            "job",
            ["Kubernetes Job"],
        ),
        # A word after "TAG" names the group.
        (
            "We present to TAG Observability on the 26th; Kubernetes "
            "observability is the topic.",
            "observability",
            ["observability"],
        ),
        # A person in a list of people.
        (
            "**Present:** Ray, Kai, Tomasz, Owen Jenkins.\n\n"
            "We run Ray on KubeRay in the Kubernetes cluster.",
            "ray",
            ["Ray"],
        ),
        # A two-character alias written in lower case, in capitals: a
        # half-year; not an abbreviation that is itself an alias.
        (
            "By the end of H2 the portal ships. Envoy negotiates h2 upstream.",
            "http2",
            ["h2"],
        ),
        (
            "Bind the PV to a PVC in the Kubernetes cluster.",
            "persistent-volume",
            ["PV"],
        ),
        # A built-in group's name, a compound with "self-", an INI section.
        (
            "The O=system:masters group skips RBAC; the master node runs "
            "the Kubernetes API server.",
            "control-plane",
            ["master"],
        ),
        (
            "- Self-service: teams get a Kubernetes namespace.\n"
            "- Routing: a Kubernetes Service spreads traffic over pods.",
            "kubernetes-service",
            ["Kubernetes Service"],
        ),
        (
            "The etcd unit on each Kubernetes node:\n\n```ini\n[Unit]\n"
            "Description=etcd\n\n[Service]\nExecStart=/usr/local/bin/etcd\n```\n\n"
            "Clients reach the pods through a Service in the cluster.",
            "kubernetes-service",
            ["Service"],
        ),
        # A three-letter abbreviation in a long everyday text needs context,
        # as a two-letter one does: an infection's, not a device interface.
        (
            "Welcome to the volunteers' newsletter of St Anne's Hospital. "
            * 10
            + "Rooms with yellow CDI signs need gown and gloves, and soap "
            "rather than gel. Ask the ward clerk before you take a trolley "
            "round, and sign the visitors' book at the main desk. "
            + "Thank you for every hour you give to our patients. "
            * 10,
            "container-device-interface",
            [],
        ),
        (
            "Welcome to the book column of the Millbrook Gazette. " * 10
            + "The audiobook comes on two CDs and reads aloud well. "
            + "Thank you for every story you share with us. " * 10,
            "continuous-delivery",
            [],
        ),
        # A unit after a number in words.
        (
            "Latency outliers of several hundred ns per append.\n\n"
            "```shell\nkubectl get ns payments -o yaml\n```",
            "namespace",
            ["ns"],
        ),
        # Names in apposition after pets or people in the plural.
        (
            "My neighbour's cats, Calico and Flannel, treat seed trays as a "
            "litter tray. At work, our Kubernetes cluster runs Flannel CNI.",
            "flannel",
            ["Flannel"],
        ),
        # A team's name as a label's value.
        (
            "```yaml\nmetadata:\n  labels:\n    team: cortex\n```\n\n"
            "Cortex stores the Prometheus metrics of every Kubernetes cluster.",
            "cortex",
            ["Cortex"],
        ),
        # A cloud vendor's own product of a project's name.
        (
            "The OCI Vault from the Oracle contract needs its own store; "
            "Vault and Kubernetes Secrets hold the rest, with keys in AWS KMS.",
            "hashicorp-vault",
            ["Vault"],
        ),
        # In code, a word in capitals where the name has none is a constant or
        # an output's field.
        (
            "Each Kubernetes Ingress routes by host. The logs:\n\n```\n"
            "shop/cart -> shop/orders policy-verdict:none INGRESS DENIED\n```",
            "ingress",
            ["Ingress"],
        ),
        # A database's or a search engine's own nodes, counted.
        (
            "Each Kubernetes node runs a single-node Redis, and a three-node "
            "CockroachDB ring sits beside our three-node kind cluster.",
            "node",
            ["node", "node"],
        ),
        # A name given to somebody.
        (
            "We adopted a terrier. The kids named him Kubernetes, after a word "
            "from their dad's calls about the Kubernetes cluster.",
            "kubernetes",
            ["Kubernetes"],
        ),
        # The kind of a thing the text named before, with "the": that thing.
        (
            "# Ledger database runbook\n\nCloudNativePG runs the ledger PostgreSQL "
            "database on our Kubernetes cluster, with Prometheus alerts and "
            "Velero backups.\n\n## Failover\n\nThe operator promotes "
            "the most advanced standby when the primary fails its probe. The "
            "operator of the night shift is paged too.",
            "operator-pattern",
            ["operator"],
        ),
        # In an everyday text, a paragraph full of a project's other sense
        # (an aside about software is asked as before: set 122's "the
        # software Prometheus was called after him, and its companion projects
        # Thanos and Perses").
        (
            "Welcome to the Year 9 classics study guide for the spring term. "
            * 8
            + "\n\nHermes is the trickster of Olympus, but Prometheus is the great "
            "trickster among the Titans. Zeus chained him to a rock; an eagle came "
            "every day.\n\n"
            + "Revise the key figures and their symbols before the test. "
            * 8,
            "prometheus",
            [],
        ),
        # A word of the plain sense five or six words off.
        (
            "Role-play: put Prometheus on trial before the gods. Then scrape "
            "the Kubernetes pods with Prometheus.",
            "prometheus",
            ["Prometheus"],
        ),
        # A name in capitals kept once in the text vouches for itself written
        # so elsewhere (set 159: "play well with SOPS?").
        (
            "We run Kubernetes with Prometheus and Grafana; Argo CD deploys the "
            "apps from Git, and Helm renders the charts.\n\nThanks, that's kind "
            "of you both. Two follow-ups: how do you handle upgrades of the "
            "releases, and do either of these play well with SOPS? We keep "
            "everything else in the monorepo today.\n\nFlux ships a HelmRelease "
            "object and decrypts SOPS natively with an age key in a Secret. "
            "Argo CD needs a plugin for that.",
            "sops",
            ["SOPS", "SOPS"],
        ),
        # Plain senses the blind sets 159 and 160 taught (data).
        (
            "After bootstrap you write a Kustomization for Flux. Careful, that "
            "is Flux's own kind, not Kustomize the tool.",
            "kind",
            [],
        ),
        (
            "Run Longhorn as the default class on-prem and reserve Rook for the "
            "object store the data team wants.",
            "kubernetes-object",
            [],
        ),
        (
            "Year 4 measured how fast the water flows upstream and downstream "
            "of the weir.",
            "downstream",
            [],
        ),
        (
            "The incident bot posted 'EU search cluster red' again; the shard "
            "allocator was stuck on the Kubernetes nodes.",
            "cluster",
            [],
        ),
        # A word of the field usually meant, capitalised only to start an item
        # of a technical text (set 160); not a heading that is all it says.
        (
            "## Upgrading to 5.0\n\nThe chart needs Kubernetes 1.27+, uses "
            "autoscaling/v2 for the HPA and policy/v1 for the "
            "PodDisruptionBudget; the bundled Redis and the Ingress templates "
            "changed too.\n\n1. The Postgres subchart is gone.\n2. Pods now run "
            "as non-root by default.\n\n## Metrics\n\nNothing changed.",
            "pod",
            ["Pods"],
        ),
        # A dog walked (set 161).
        (
            "partner smoke tests green, sorry, was out walking Kong. Kong Gateway "
            "routes the partner API.",
            "kong-gateway",
            ["Kong Gateway"],
        ),
        # Karpenter's budgets for disrupting nodes are no PDBs (set 161, data).
        (
            "One gotcha: those NodePool disruption budgets only limit how many "
            "nodes Karpenter replaces at once; each PodDisruptionBudget still "
            "holds.",
            "pod-disruption-budget",
            ["PodDisruptionBudget"],
        ),
        # A Reddit user's name (set 163).
        (
            "**Posted by u/not-so-kind-cluster** asking about a kind cluster.",
            "cluster",
            ["cluster"],
        ),
        # Plain senses sets 162 and 163 taught (data).
        (
            "Shout-out to the kind folks in the Slack; kind boots a cluster in Docker.",
            "kind",
            ["kind"],
        ),
        (
            "Our repo is a Go API plus a Node frontend; the pods land on one node.",
            "node",
            ["node"],
        ),
        (
            "The condition report for any object is at the front desk.",
            "condition",
            [],
        ),
        (
            "Our Swarm runs 14 stacks on five VMware nodes while we move to "
            "Kubernetes, Helm and Argo CD, and Cloud Native Buildpacks build our "
            "images.",
            "buildpacks-stack",
            [],
        ),
        (
            "In Loki, resource attributes such as the namespace become stream "
            "labels; the pod's labels stay in Kubernetes.",
            "label",
            ["labels"],
        ),
        # A project's component named as an agent of a word of its
        # definition ("Querier" for "query") is no surname (set 162).
        (
            "# Prometheus remote_write to Thanos returns 409\n\nWe run two "
            "Prometheus replicas in each of three Kubernetes clusters and push "
            "everything to Thanos, which keeps the blocks in object storage; "
            "Grafana reads from Thanos.\n\nThree things help:\n\n1. Make sure "
            "each replica sends a distinct `replica` external label and that "
            "Thanos Querier deduplicates on it.\n",
            "thanos",
            ["Thanos", "Thanos", "Thanos", "Thanos"],
        ),
        # An abbreviation in capitals takes a plain "s" whatever its last
        # letter (sets 43, 44, 63, 114, 122, 124, 148, 161).
        (
            "Kubernetes pods spread across three AZs with topology spread constraints.",
            "availability-zone",
            ["AZs"],
        ),
        # A school class named like a project, in an everyday text (set 160).
        (
            "Dear parents, thank you for a wonderful and busy term at the school. "
            * 10
            + "\n\nBack in class, Cedar class built model volcanoes, and Willow "
            "class planted bulbs by the gate.\n\n"
            + "Please label every coat, hat and lunchbox. "
            * 10,
            "cedar",
            [],
        ),
        # A person's initial after a name that is a word (set 166).
        (
            "We run Ray on Kubernetes through KubeRay; the head pod had no PDB "
            "and Karpenter consolidated it. Ray W. writes the runbook for head "
            "pod recovery.",
            "ray",
            ["Ray"],
        ),
        # A pet named after a component (set 167), and a caption's label
        # (set 165).
        (
            "Ana runs the kubelet on edge nodes and has a calico cat called Kubelet.",
            "kubelet",
            ["kubelet"],
        ),
        (
            "Trivy scans container images in CI before they reach the registry. "
            "[Image: grey cat asleep on a laptop keyboard]",
            "container-image",
            ["container images"],
        ),
        # An operator's own controller manager (sets 150, 153, 155, 163 to 165,
        # 167), not Kubernetes' (in the same passage).
        (
            "The kube-apiserver, controller manager and scheduler run on the "
            "control plane. Leader election in the operator's controller manager "
            "survives API server restarts. Its operator is a single controller "
            "manager pod.",
            "kube-controller-manager",
            ["controller manager"],
        ),
        # Kafka's in-sync replicas, a network policy's ingress, an interview's
        # follow-up probes, Cumbria's Helm wind (sets 50, 85, 164, 166, 167).
        (
            "Losing one zone leaves every partition two in-sync replicas; the "
            "Deployment keeps three replicas.",
            "replica",
            ["replicas"],
        ),
        (
            "Check whether a network policy blocks ingress to the namespace, and "
            "whether the Ingress has an address.\n\n**Follow-up probes:** what "
            "do the liveness probes do?",
            "ingress",
            ["Ingress"],
        ),
        (
            "Follow-up probes: what changes when the readiness probes fail?",
            "probe",
            ["readiness probes"],
        ),
        (
            "We deploy the chart with Helm 3 and kubectl. A gale like the Helm "
            "wind back home in Cumbria.",
            "helm",
            ["Helm"],
        ),
        # An API object's kind as the API spells it, after a determiner, in a
        # technical text (sets 24, 50, 70, 87, 164).
        (
            "We moved from Jenkins to Argo CD and Kustomize last spring; logs go "
            "to Loki, traces to Tempo, secrets live in Vault.\n\nmorning all, a "
            "manual sync changes nothing and the diff only shows one field on "
            "the Deployment.",
            "deployment",
            ["Deployment"],
        ),
        # A term the text named in a form that needs no context: its short
        # plain-word form needs one sign only (sets 11, 43, 58, 78, 81, 86,
        # 138, 164); "a PR exercise" is public relations (sets 84, 104).
        (
            "Targets: RPO under 5 minutes and RTO under 30 minutes after losing "
            "a whole availability zone. Brokers run on Kubernetes with Strimzi, "
            "storage through a StorageClass, one PVC per broker, metrics in "
            "Prometheus and Grafana.\n\nCross-zone traffic dominates the bill.",
            "availability-zone",
            ["availability zone", "zone"],
        ),
        (
            "We review every pull request in GitHub before Argo CD syncs it to "
            "Kubernetes; Helm renders the charts.\n\nPartly a PR exercise, sure.",
            "pull-request",
            ["pull request"],
        ),
        # A word after a hyphen that describes the name before it
        # ("sidecar-heavy", "sidecar-free"; sets 108, 124, 129, 134, 165).
        (
            "We replaced our sidecar-heavy tracing setup with eBPF tooling on "
            "three production clusters.",
            "sidecar",
            ["sidecar"],
        ),
        # A museum's crew manifest and survey chart, a café's Sidecar, a NATS
        # cluster (set 170).
        (
            "Don't miss the logbook and crew manifest of the research ship, and "
            "the chart she used to survey the Galápagos.",
            "helm-chart",
            [],
        ),
        (
            "- Friday Lates: the Harbor Café serves a Sidecar and a Dark 'n' "
            "Stormy alongside tofu wraps.",
            "sidecar",
            [],
        ),
        (
            "Each site runs K3s on Kubernetes nodes and connects as a leaf node to "
            "the regional NATS cluster, so readings buffer during outages.",
            "cluster",
            [],
        ),
        # Upstream, usually meant in a technical text; not a resolver's, a
        # proxy's or a river's (46 misses over 168 sets, 25 traps mended).
        (
            "We run Kubernetes with Prometheus, Grafana and Loki on EKS with "
            "Karpenter. We already send fixes upstream to libbpf. CoreDNS "
            "forwards the rest to the upstream resolvers from the node.",
            "upstream",
            ["upstream"],
        ),
        # A KEP goes by its number; a ticket's key does not (sets 42, 56, 74,
        # 131, 169).
        (
            "KEP-4815 (partitionable devices) is targeting alpha in 1.33 for "
            "Kubernetes; see CR-20931.",
            "kubernetes-enhancement-proposal",
            ["KEP"],
        ),
        # A person, by where they work (sets 43, 166); not "Ray in production".
        (
            "We run Ray on Kubernetes with KubeRay and Karpenter. Thanks to Ray "
            "from the networking guild, who reviewed it. Ray in procurement is "
            "chasing the rename. Ray in production needs GPUs.",
            "ray",
            ["Ray", "Ray"],
        ),
        # A duty after a possessive (sets 15, 35); a Job elsewhere.
        (
            "Moving packets between Pods is the CNI plugin's job. Retention is "
            "kelpie's job. The CronJob creates a Job every night on Kubernetes.",
            "job",
            ["Job"],
        ),
        # An operator is usually meant in a technical text (34 misses over 169
        # sets); not a language's operator after a code span of symbols.
        (
            "We run Kafka with Strimzi on Kubernetes, with Argo CD, Helm, "
            "Prometheus and Grafana.\n\nAfter upgrading the tidewater operator "
            "from 0.8.2 to 0.9.0, the reconcile loop stopped. Note the `&&` "
            "operator on the create call.",
            "operator-pattern",
            ["operator"],
        ),
        # kind where a text about the field runs things on it (14 misses over
        # 169 sets); not kind of, nor in kind.
        (
            "The e2e suite for the Helm chart runs on GKE with Prometheus, Argo "
            "CD and Kyverno.\n\nIt failed 3 of the last 40 runs on GKE, never on "
            "kind. The PR adds a kind-based upgrade job, which is kind of slow. "
            "Sponsors gave in kind.",
            "kind",
            ["kind", "kind"],
        ),
        # A yacht in a regatta report (set 168).
        (
            "The club's race results page runs on a small Kubernetes cluster.\n\n"
            "Argo, helmed by club commodore Ray Porter, won the second race.",
            "argo",
            [],
        ),
        # Rook-Ceph is Rook's (sets 148, 165, 171); a span of days, part of
        # the job, a myth's Perses (set 171).
        (
            "# Runbook: storage alerts (Rook-Ceph and Longhorn)",
            "rook",
            ["Rook-Ceph"],
        ),
        (
            "Jaeger and Tempo keep every span the OpenTelemetry Collector sends. "
            "Keep raw traces for a span of seven days.",
            "span",
            ["span"],
        ),
        (
            "| Orpheus | Hannah Greaves |\n| Perses, King of Colchis | Ray Okafor |",
            "perses",
            [],
        ),
        # The OpenTelemetry Collector's load-balancing exporter, not a
        # Prometheus exporter (sets 131, 163).
        (
            "Tail sampling needs all spans of a trace in one OpenTelemetry "
            "Collector, so either run a single replica or put the `loadbalancing` "
            "exporter in front, keyed on trace ID.",
            "exporter",
            [],
        ),
        # A catalog of services (a developer portal's), not the retired
        # Kubernetes Service Catalog, which needs context now (six sets).
        (
            "Our developer portal runs Backstage on Kubernetes; nobody reads the "
            "internal service catalog page. The retired Service Catalog let "
            "workloads order services through Open Service Broker brokers.",
            "service-catalog",
            ["Service Catalog"],
        ),
        # The scheduler framework's Score extension point, a reviewer's score
        # (sets 13, 34, 169).
        (
            "Dynamic Resource Allocation went beta in Kubernetes 1.32. The DRA "
            "plugin in kube-scheduler still has no Score extension point.",
            "score",
            [],
        ),
        # Logging in through OIDC, not logs (set 173); debug logging stays.
        (
            "You get read access with kubectl after logging in through OIDC (Dex "
            "in front of Okta). We are dropping debug logging in production and "
            "ship logs to Loki on Kubernetes.",
            "logging",
            ["logging"],
        ),
        # A node's image is a machine's (an AMI, Bottlerocket), unless the
        # nodes are containers, as kind's are (twelve sets).
        (
            "Kubernetes 1.31: the pool moved to the new node image (kernel 6.1) "
            "and containerd 2.0.",
            "container-image",
            [],
        ),
        (
            "Reproduced on kind with Kubernetes 1.30 and the v1.30 node image.",
            "container-image",
            ["image"],
        ),
        (
            "Kind regards: the new node image for the Kubernetes pool is out.",
            "container-image",
            [],
        ),
        # cron's own job, written apart; Kubernetes writes CronJob (sets 3, 31,
        # 55, 126, 157).
        (
            "We moved the service to Kubernetes. A cron job on the bastion host "
            "flushed iptables; now a CronJob runs `kubectl get cronjobs` nightly.",
            "cronjob",
            ["CronJob", "cronjobs"],
        ),
        # A person: a role followed by "who" (set 176), a name thanked (set
        # 177), a name shown to be a person's earlier in the text (set 178).
        (
            "Our booking system runs on Kubernetes now. Please be kind to the "
            "controller who will sit at our table as Maureen's guest.",
            "controller",
            [],
        ),
        (
            "We moved to Kubernetes with Helm and Argo CD. Huge kudos to Ray and "
            "the team for reviewing my chaos.",
            "ray",
            [],
        ),
        (
            "The tanks feed a Grafana dashboard on Kubernetes. The yeast is a "
            "secret, so don't ask Carina, she won't tell. The readings text "
            "Carina if a tank warms up overnight.",
            "carina",
            [],
        ),
        # A sentence that ends in "miss" is no title before the next name (set
        # 176).
        (
            "**O3.** The miss. OpenCost runs in every Kubernetes cluster.",
            "opencost",
            ["OpenCost"],
        ),
        # An ordinary word made a name, a room named after a project (set 178).
        (
            "Our Kubernetes cluster runs the brewery app. We brew with Cascade, "
            "Citra and an old variety called Cluster.",
            "cluster",
            ["cluster"],
        ),
        (
            "Cilium and Hubble on Kubernetes were the theme. The demo crashed "
            "twice in the Hubble room, so we read the Hubble UI instead.",
            "hubble",
            ["Hubble", "Hubble"],
        ),
        # Plain senses: a DNS name (set 177), a book's chart (set 177), data
        # volume that grew, a workflow graph's node (set 178), picture files
        # (set 179).
        (
            "A Service in one Kubernetes cluster cannot be reached from another, "
            "so teams hard-code the DNS name of a load balancer.",
            "object-name",
            [],
        ),
        (
            "We use Helm on Kubernetes at work. The chart on page 62 finally "
            "made multiwindow burn-rate alerting clear.",
            "helm-chart",
            [],
        ),
        (
            "The Argo Workflows controller on Kubernetes schedules each pod. Data "
            "volume tripled this year. The UI draws each step as a node in the "
            "graph.",
            "volume",
            [],
        ),
        (
            "The Argo Workflows controller on Kubernetes schedules each pod. The "
            "UI draws each step as a node in the graph.",
            "node",
            [],
        ),
        (
            "Our booking app moved into a container on Kubernetes. Slide show "
            "from Dottie, who has image files going back to 1979.",
            "container-image",
            [],
        ),
        # A term the text names surely ("kubectl drain"): its own name,
        # written as an ordinary word, needs nothing against it (set 176)...
        (
            "**07:06** Oksana: PDBs checked. Everything has one except "
            "`billing-worker`. Ray says it is fine to drain it without one, the "
            "queue retries.\n\n**07:19** API server reports v1.30.2, etcd "
            "healthy. Starting eu-west-1a.\n\n**07:48** Oksana: `ip-10-4-12-58` "
            "stuck for 12 minutes.\n\n    $ kubectl drain ip-10-4-12-58.internal "
            "--ignore-daemonsets --delete-emptydir-data\n    evicting pod "
            "payments/ledger-core-7d9f8c6b5-x2kqp\n\n**07:52** Culprit: ledger-core "
            "runs two replicas with `minAvailable: 2`. Tomás raised the HPA minimum "
            "to 3, the third pod went Ready and the drain finished at 07:55.",
            "drain",
            ["drain", "kubectl drain", "drain"],
        ),
        # ... but a word of its plain sense still counts (set 103).
        (
            "Night pages are a real drain on sleep. Run kubectl drain on each "
            "node of the Kubernetes cluster before the upgrade; pods move.",
            "drain",
            ["kubectl drain"],
        ),
        # A verb before "how" (set 109); event sources, Knative's or
        # CloudEvents', are no Kubernetes Events (set 64).
        (
            "The interview is about Kubernetes: a liveness probe, a readiness "
            "probe, a pod. Dex will probe how you debug, not your flags.",
            "probe",
            ["liveness probe", "readiness probe"],
        ),
        (
            "| Event sources | Knative Eventing | Dapr bindings |\n"
            "Run kubectl get events to see each Kubernetes Event on the pod.",
            "kubernetes-event",
            ["events", "Kubernetes Event"],
        ),
        # A verb after "that" or a modal, before its object (sets 59, 175);
        # not a verb of the field's own (set 35).
        (
            "Run the second command on the Kubernetes node that hosts the client "
            "Pod. The garage loft could host his Kubernetes home lab.",
            "host",
            [],
        ),
        (
            "Draining a Swarm node becomes kubectl drain, which cordons the "
            "machine first.",
            "cordon",
            ["cordons"],
        ),
        # Other systems' jobs and a duty (sets 75, 93, 130, 165).
        (
            "On Kubernetes, Ray Mendes ran the Ray job that computed the "
            "embeddings; every page was the blackbox job. It is not your job to "
            "guess. The nightly Job runs the report.",
            "job",
            ["Job"],
        ),
        # A person on a team (set 180); not a project on the team's cluster.
        (
            "We run Istio and Ray on Kubernetes; thanks to Ray on our SRE team "
            "for spotting the port. Ray on our team cluster trains the model.",
            "ray",
            ["Ray", "Ray"],
        ),
        # A count of objects in capitals is no unit (set 180; "25 cm" is).
        (
            "We found 143 PersistentVolumes in Released state and 38 PVCs bound "
            "to namespaces with no pods.",
            "persistent-volume-claim",
            ["PVCs"],
        ),
        # Places travelled to, and a place with a month (sets 181).
        (
            "The booking system runs on Kubernetes. Tomorrow we arrive in Piraeus "
            "at 07:00; shore excursions for Piraeus close at 20:00. Piraeus "
            "Datastore keeps our volumes.",
            "piraeus-datastore",
            ["Piraeus Datastore"],
        ),
        (
            "Karmada on Kubernetes places the workloads; I present a poster at "
            "the workshop in Lima in November. Lima runs containerd in a VM.",
            "lima",
            ["Lima"],
        ),
        # People: a relative's, a pointer-out (sets 185, 186).
        (
            "The site went down; Ray's nephew, who looks after it, says the "
            "Kubernetes pod restarted. Ray pointed out that option C shares the "
            "kernel.",
            "ray",
            [],
        ),
        # Another API's kind of that name (sets 105, 184); a user group's name
        # (sets 180, 187).
        (
            "apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  "
            "name: orders-db\n---\nEach Kubernetes cluster runs one.",
            "cluster",
            ["cluster"],
        ),
        (
            "# Porto Cloud Native User Group #14: Wasm on Kubernetes\nWe build "
            "with cloud native tools on Kubernetes.",
            "cloud-native-technology",
            ["cloud native"],
        ),
        # Plain senses the sets of 2026-11-29 named (sets 181-187).
        (
            "Captain's cocktail party on the ship (its bookings run on Kubernetes). "
            "Try tonight's special, the Sidecar. Signed CDs on sale after the show.",
            "sidecar",
            [],
        ),
        (
            "I finished the Kubernetes testbed and the research ethics certificate "
            "before the user study; insurance certificate E-04 is filed. "
            "cert-manager renews each TLS certificate.",
            "certificate",
            ["certificate"],
        ),
        (
            "Secrets on Kubernetes with a dot in the name key no longer break the "
            "template. Put the cluster name in the first line.",
            "object-name",
            [],
        ),
        (
            "We'll run a live event about Kubernetes 1.31 on 12 September; watch "
            "this space for the invite.",
            "watch",
            [],
        ),
        (
            "Velero on Kubernetes backs up every Kubernetes object; etcd snapshots "
            "go to an S3 bucket with object lock.",
            "kubernetes-object",
            ["Kubernetes object"],
        ),
        # A questioner and their team, the same name further on (set 188).
        (
            "Office hours on Kubernetes and Ray.\n\n**Q (Ray, payments): Our pod "
            "keeps restarting.**\n\n**Q (Ray again): Why did my Deployment "
            "scale?**\n\nTypical output (Cilium, native routing): fine.",
            "ray",
            [],
        ),
        # A city where a company is (set 188); an OS's image (set 189).
        (
            "Daniela spent six years at a freight company in Lima running 40 "
            "Kubernetes clusters.",
            "lima",
            [],
        ),
        (
            "BPF CO-RE saved us on Kubernetes, but two node pools on an old "
            "Flatcar image needed a rebuild; the container image stayed.",
            "container-image",
            ["container image"],
        ),
        # A myth's quiz beside the software's CPU steal (sets 152, 190); Lambda's
        # billed duration, the Collector's extensions (set 190).
        (
            "In Prometheus the arm64 series show CPU steal above 30 %.\n\n1. What "
            "did Prometheus steal, and what was his punishment?",
            "prometheus",
            ["Prometheus"],
        ),
        (
            "Knative on Kubernetes, and the Lambda billed duration numbers. Don't "
            "call the Collector extensions plugins.",
            "duration",
            [],
        ),
        # A datastore's shards (set 191); a ferry line's fleet (set 191).
        (
            "The operator runs Valkey on Kubernetes. Spinning up a full "
            "three-shard cluster takes about 90 seconds; each Kubernetes cluster "
            "runs one.",
            "cluster",
            ["cluster"],
        ),
        (
            "Ferries to Syros (bookings on Kubernetes). Our new fleet management "
            "office in Lavrio handles safety inspections.",
            "multi-cluster-management",
            [],
        ),
        # A database's own clusters (sets 151, 195); a Kubernetes cluster stays.
        (
            "Our CloudNativePG clusters replicate across regions; each Kubernetes "
            "cluster runs one.",
            "cluster",
            ["cluster"],
        ),
        # A motorcycle's sidecar, a music app's ambient mode, a restaurant's
        # chargeback (set 193).
        (
            "We run Istio on Kubernetes. The only sidecar I trust is the one bolted "
            "to my 1978 Ural. I came for ambient mode on Brian Eno's app.",
            "istio-ambient-mode",
            [],
        ),
        # An abbreviation the data writes in capitals, in a technical text with
        # nothing against it, is meant like a lower-case word: "open a PR", "our
        # SLA" (38 sets); not a score's vector field, a department or a
        # README's table of contents (sets 5, 13, 21, 75, 174).
        (
            _FIELD + "I'll open a PR that adds a toleration to the webhook. Our "
            "SLA is 99.9% a month.",
            "pull-request",
            ["PR"],
        ),
        (
            _FIELD + "CVSS 3.1 base score 8.8 (AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H). "
            "Open a PR to bump it.",
            "pull-request",
            ["PR"],
        ),
        (
            _FIELD + "If F-02 is exploited, Communications (PR) needs a holding "
            "statement.",
            "pull-request",
            [],
        ),
        (
            _FIELD + "Docs only: rewrote the backup section and regenerated the "
            "README's TOC.",
            "cncf-technical-oversight-committee",
            [],
        ),
        (
            _FIELD + "RTO reminder: Tuesdays and Thursdays at the Leith office.",
            "recovery-time-objective",
            [],
        ),
        # Related ordinary words in one sentence of a text not about the field
        # (sets 153, 162, 199): no sign for each other.
        (
            "Welcome to the Maritime Gallery. Press 4 on your handset to begin, "
            "and take your time: the benches by the windows are free.\n\nRoom 3. "
            "These clay jars were the shipping containers of the ancient world, "
            "raised from the old harbor at Piraeus in the 1970s. Each carried "
            "wine or olive oil, and the stamp on the handle often gives the name "
            "of the potter. Look for the rim painted with a pod of dolphins; "
            "images like this were meant to bring a calm crossing. The label "
            "beside each object tells you where it was found.\n\nRoom 4. In the "
            "corner stands the captain's chest, its brass fittings green with "
            "age. Sailors kept their wages, a spare shirt and a letter from home "
            "inside, and the lock was the only secret aboard a crowded ship. The "
            "carved helm beside it came from a fishing boat that worked these "
            "waters for sixty years.\n\nRoom 5. The ship's bell hangs by the door; "
            "please do not ring it, however tempting.\n\nThis guide streams to "
            "your phone from our own servers; our digital team tells me it all "
            "runs on Kubernetes.",
            "label",
            [],
        ),
        # A capitalised project's name in lower case in an everyday text: a
        # word of another tongue (set 203).
        (
            "Prometheus Bound: a programme note. Aeschylus wrote this play for "
            "an audience that knew the story already: the Titan who stole fire "
            "for mortals, the rock in the Caucasus, the eagle that returned "
            "every day. What they came for was the telling. The ancient "
            "audiences who watched it at the agones of the City Dionysia judged "
            "three playwrights in a row, and the prize went to the one whose "
            "chorus moved them most.\n\nOur production keeps the chorus of "
            "Oceanids on stage throughout, singing from a raised platform at "
            "the back. Hephaestus and his helpers, Might and Violence, open the "
            "play; Io arrives in the middle, and Hermes comes at the end with "
            "threats. The running time is ninety minutes without an interval, "
            "so please take your seats before the bell.\n\nThe bar opens an "
            "hour before the performance and the cloakroom is by the stairs. "
            "Large print copies of this programme are at the box office, and "
            "an audio description of the set is read aloud in the foyer at "
            "seven. Thank you for switching off your phones. (Our box office "
            "software runs on Kubernetes and Talos, and Argo CD ships it.)",
            "agones",
            [],
        ),
        # Containers share a network namespace, a kind of Linux namespace (sets
        # 111, 128, 147, 200).
        (
            "A Pod is one or more containers sharing a network namespace.",
            "linux-namespace",
            ["network namespace"],
        ),
        # An English word in capitals, in prose, for a name never written so: a
        # document's status, a shout (sets 25, 94, 197).
        (
            _FIELD + "# Platform Engineering OKRs (DRAFT v3)\n\nWe move the last "
            "services to Argo CD and write a Draft pack for each team.",
            "draft",
            ["Draft"],
        ),
        (
            _FIELD + "[00:00] **RAY:** I'm your host. We split cost by Kubernetes "
            "namespace.\n\n[01:05] **RAY:** Where was the money going? Ray on "
            "KubeRay, mostly.",
            "ray",
            ["Ray"],
        ),
        # An audience member, a paying member of a foundation, Spark's event
        # logs, a storage pod in a car park (sets 20, 43, 78, 122, 168, 186,
        # 205, 206, after their first runs).
        (
            _FIELD + "An audience member asked how to join SIG Scheduling. Spark's "
            "own event logs show which stage failed.",
            "member",
            [],
        ),
        (
            _FIELD + "Spark's own event logs in object storage show which stage "
            "failed.",
            "kubernetes-event",
            [],
        ),
        # A person greeted, a volunteer, a former colleague, "the person, not
        # the framework" (sets 169, 192, 198).
        (
            _FIELD + "Ray (ex-colleague of Sunil, now at a GPU startup) walked us "
            "through running Ray on KubeRay. My manager (hi Ray) wants a root "
            "cause. Our Saturday volunteer Ray has set up a Grafana dashboard. Ray "
            "(the person, not the framework) is on leave in August.",
            "ray",
            ["Ray"],
        ),
        # A capitalised prefix before a hyphen only describes the name after
        # it ("Cross-AZ", "Multi-Raft"; sets 9, 63, 73, 125, 128, 131, 164,
        # 180), unlike a name's part ("Node-RED"); "single-" divides like
        # "per-" (set 154).
        (
            "| Cost | Amount |\n|---|---|\n| Cross-AZ traffic between Kubernetes "
            "nodes | $2,700 |\n\nMulti-Raft shards the log. Node-RED runs at "
            "home.",
            "availability-zone",
            ["AZ"],
        ),
        (
            "Multi-Raft shards the log on Kubernetes. Node-RED runs at home.",
            "raft",
            ["Raft"],
        ),
        (
            "Multi-Raft shards the log on Kubernetes. Node-RED runs at home.",
            "node",
            [],
        ),
        (
            "We run Kubernetes on EKS. The gpu pool stays single-AZ, so a zone "
            "outage stops inference.",
            "availability-zone",
            ["AZ", "zone"],
        ),
        # A kind reminder, a farm with a possessive name, PR handled by comms
        # (sets 39, 158, 212, 213, after their first runs).
        (
            _FIELD + "- A kind reminder: kind clusters in CI are capped at 40 "
            "minutes per job.",
            "kind",
            ["kind"],
        ),
        (
            "## Thank you\n\nTo Helm's Farm for the loan of the field and the "
            "straw bales; the booking site runs on Kubernetes.",
            "helm",
            [],
        ),
        (
            _FIELD + "Customer-facing wording goes through the comms team, who "
            "handle any PR.",
            "pull-request",
            [],
        ),
        # A name seen as a pet's, further on in a list of the field's names
        # (set 215).
        (
            _FIELD + "Jonas's dog Loki will visit at lunch.\n\nYou should see five "
            "pods: Prometheus, Loki, Tempo, Grafana and the OTel Collector.",
            "grafana-loki",
            ["Loki"],
        ),
        # A short name with a digit after a time is no unit (set 214).
        (
            "11:30 k3s server on node 1, agent on node 2. 25 cm of snow.",
            "k3s",
            ["k3s"],
        ),
        # A project's release: a version after its name, or a move to one
        # (set 212).
        (
            _FIELD + "## Registry news\n\nHarbor moved to 2.11 last Tuesday. Image "
            "scanning now uses Trivy by default.",
            "harbor",
            ["Harbor"],
        ),
        # A name in camel case has no plain sense (set 218): not PVC plumbing.
        (
            "After draining a worker, one PersistentVolumeClaim never detaches. The "
            "plumber replaced the cracked PVC drain pipe.",
            "persistent-volume-claim",
            ["PersistentVolumeClaim"],
        ),
        # Plain senses stay narrow: the words around a name in its own field
        # still name it ("near-native speed", "an if statement", "certificate
        # hygiene", "reviewed sections").
        (
            _FIELD + "On my Mac, Lima runs containerd VMs at near-native speed.",
            "lima",
            ["Lima"],
        ),
        (
            _FIELD + "The PR adds an if statement to the reconcile loop.",
            "pull-request",
            ["PR"],
        ),
        (
            _FIELD + "The PR reworks gRPC communications between services.",
            "pull-request",
            ["PR"],
        ),
        (
            _FIELD + "Good certificate hygiene means rotating every Certificate "
            "before expiry.",
            "certificate",
            ["certificate", "Certificate"],
        ),
        (
            _FIELD + "The TOC reviewed sections of the proposal.",
            "cncf-technical-oversight-committee",
            ["TOC"],
        ),
        # A class of boats (set 200).
        (
            "Step aboard our 52-foot Spinnaker-class sloop for a week among the "
            "islands; the crew deploys to Kubernetes in winter.",
            "spinnaker",
            [],
        ),
        # A kernel's error, a job role, refrigerated containers, a food hygiene
        # certificate, a contract's duration and minimum quantity, private API
        # server endpoints (sets 173, 196, 197, 199, 201, 202).
        (
            _FIELD + "bpf_ep_mgr.go 1543: Failed to attach program to vxlan.calico: "
            "device or resource busy",
            "device",
            [],
        ),
        (
            _FIELD + "GCP requires a three-year contract duration; AWS matches it if "
            "we commit a minimum quantity of compute, with private API server "
            "endpoints on both.",
            "endpoints",
            [],
        ),
        # Pictures resized (sets 97, 136).
        (
            "A Kubeflow pipeline on Kubernetes pulls one container image per "
            "step. Its first step resizes the images and writes shards to S3.",
            "container-image",
            ["container image"],
        ),
    ],
)
def test_other_senses_the_blind_sets_taught(
    builtin: Glossary, text: str, tid: str, meant: list[str]
) -> None:
    assert [m.text for m in builtin.mentions(text) if m.term.id == tid] == meant


def test_a_business_named_after_a_project_is_no_mention() -> None:
    """A lab, a studio or a consultancy after a name and up to two more
    capitalised words is a business's name ("Harbor Point Labs", set 21)."""
    from cncf_glossary.mentions import _PLACE_AFTER

    assert _PLACE_AFTER.match("Harbor Point Labs", 6) is not None
    assert _PLACE_AFTER.match("Flux Consulting", 4) is not None
    assert _PLACE_AFTER.match("Kubernetes Working Group", 10) is None
