"""Exact and fuzzy lookup of names, and ranked search over whole terms.

:class:`LookupIndex` answers "which name did you mean?" in five tiers, chosen by
measurement on ``tests/eval/`` (see ``tests/eval/evaluate.py``):

1. exact, on normalised ids, names, aliases and the parts of names such as
   ``Open Policy Agent (OPA)`` (case, width, spaces, hyphens, dots, slashes and
   plural endings folded; word order too): score 100;
2. acronyms of names of three or more words (``CNB``, ``HPA``, ``PVC``): score 95;
3. the term's own web addresses (``nats.io``, ``projectcontour``, ``lima-vm``:
   homepage hosts, their names, repository owners and names) and the leading
   words of a name that no other name starts with (``apicurio``, ``quality of
   service``): score 95 for a whole host, 90 for the rest; a repository two
   terms share names the one called like it (``buildpacks/pack``); a page's
   address (``sigs.k8s.io/kind``, ``tekton.dev/docs/...``) names what its first
   folder names, or else what its host, its first label
   (``gateway-api.sigs.k8s.io``) or its site name, under any top-level domain
   when the scheme is written (``https://ko.build``); a query in shorthand
   (``dev portal``, ``k8s api``, ``infra as code``; a word of its own, not
   the ``LB`` of ``LoxiLB``) read in full, or in part (``cert-mgr``); a name
   that is an English word spelt the British way (``harbour``): score 95; a
   repository whose owner
   we do not know, named like a term (``someone/contour``: a fork or an old
   home): score 90;
4. a name with words that describe it (``jaeger tracing``, ``rook ceph``,
   ``k8s namespaces``, ``cgroups v2``): a part of the query names the term and
   every other word is a version, a word of the field (``k8s``, ``cncf``,
   ``project``) or a word of the term's tags, definition or related terms
   (after an ordinary word such as ``helm``, one of them jargon or a related
   name, or two of them words of its description, a derived form counting:
   ``helm package manager``, ``kepler power estimation``):
   score 85; failing that, a name in no dictionary with up to three words we
   cannot place (``containerd shim``), or a misspelt name with words that
   describe it (``kiverno policies``): score 80;
5. fuzzy, by optimal-string-alignment edit distance (a swap of two neighbouring
   letters is one edit, so ``grcp`` is one edit from ``grpc``), with a budget that
   grows with the length: none up to three characters (``k3s`` never becomes
   ``k8s``), one up to six, two up to ten, three beyond; a different first letter
   costs one more, as typos seldom hit it (``laravel`` is not ``carvel``), unless
   the two sound alike (``c``/``k``/``s``: ``silium``); a whole name with a
   letter or two put in front is a name of its own (``vcluster``), and so is
   a word whose end is written anew where a word of the name starts
   (``artifactory`` is no ``Artifact Hub``), and so is a ``k`` for the ``c``
   of a name (``kompose`` is no ``compose``). Ties go
   to the candidate
   of the same length (a swap, not a dropped letter), then to the higher
   :func:`rapidfuzz.fuzz.ratio`. A single-word query that is an ordinary English
   word (``helmet``, ``falcon``) gets no fuzzy tier: a real word is no typo.

:class:`SearchIndex` ranks whole terms by how well a phrase fits their names,
aliases, tags and definitions. The same engine answers every "did you mean" in
the library (:meth:`LookupIndex.suggest`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel, Prefix

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "Hit",
    "LookupIndex",
    "SearchIndex",
    "acronyms",
    "english_words",
    "name_variants",
    "normalize",
    "singulars",
    "split_words",
    "web_names",
]

_FOLD = re.compile("[\\s\\-_./\\\\\u00b7\u2022\u2013\u2014]+")
_PAREN = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2})")
_NONWORD = re.compile(r"[^\w]+|_+")
_MAX_KEY = 200  # no name is longer; a longer query gets the exact tier only
_SMALL_WORDS = "a an and as at by for from in into of on or the to via with"
_SMALL = frozenset(_SMALL_WORDS.split())
# What any tool of the field may be called beside its name: one of them counts
# as a word of its description ("kepler power meter").
_GENERIC_WORDS = (
    "monitoring monitor meter metering tool tooling exporter agent plugin orchestrator"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
# Shorthand for words of names, read in full when the query as typed names
# nothing ("dev portal", "k8s api", "infra as code", "o11y").
_SHORTHAND = {
    "a11y": "accessibility",
    "admin": "administrator",
    "app": "application",
    "apps": "applications",
    "auth": "authentication",
    "authn": "authentication",
    "authz": "authorization",
    "cert": "certificate",
    "certs": "certificates",
    "cn": "cloud native",
    "config": "configuration",
    "configs": "configurations",
    "ctrl": "controller",
    "db": "database",
    "deploy": "deployment",
    "deploys": "deployments",
    "dist": "distribution",
    "distro": "distribution",
    "distros": "distributions",
    "dev": "developer",
    "devs": "developers",
    "e2e": "end to end",
    "env": "environment",
    "envs": "environments",
    "es": "elasticsearch",
    "ext": "external",
    "gh": "github",
    "gw": "gateway",
    "hc": "hashicorp",
    "img": "image",
    "impl": "implementation",
    "infra": "infrastructure",
    "k8s": "kubernetes",
    "lb": "load balancer",
    "lib": "library",
    "libs": "libraries",
    "mgmt": "management",
    "mgr": "manager",
    "msg": "message",
    "ns": "namespace",
    "o11y": "observability",
    "ops": "operations",
    "perf": "performance",
    "pkg": "package",
    "prod": "production",
    "prom": "prometheus",
    "repo": "repository",
    "repos": "repositories",
    "rt": "runtime",
    "sched": "scheduler",
    "sec": "security",
    "spec": "specification",
    "specs": "specifications",
    "svc": "service",
    "acct": "account",
    "accts": "accounts",
    "ing": "ingress",
    "vm": "virtual machine",
    "vms": "virtual machines",
}
# What people type for a term that no name of it says: a command's name, an
# abbreviation of the field, a predecessor folded into it. Lookup only: in
# text these are ambiguous ("TF", "MR", "ig"). Read before the abbreviations
# of names ("tf" is Terraform before TF Serving). Each maps to a name.
_OTHER_NAMES = {
    "cas": "Cluster Autoscaler",
    "clearcontainers": "Kata Containers",
    "gwapi": "Gateway API",
    "ig": "Inspektor Gadget",
    "isvc": "KServe",
    "kn": "Knative",
    "kubebatch": "Volcano",
    "kubelego": "cert-manager",  # its successor
    "le": "Let's Encrypt",
    "intelclearcontainers": "Kata Containers",
    "mr": "merge request",
    "notation": "Notary Project",
    "opencensus": "OpenTelemetry",
    "rb": "RoleBinding",
    "tf": "Terraform",
    "wif": "workload identity",
    "zt": "zero trust",
}
# A word with a capital after a lower-case word or a comma: a proper name.
_PROPER_IN_TEXT = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,})\b")
# Words that may stand beside any name in a query ("cncf jaeger", "k8s secrets").
_FIELD_WORD_LIST = (
    "cncf k8s kube kubernetes io oss opensource open source project projects "
    "software tool tools"
)
_FIELD_WORDS = frozenset(_FIELD_WORD_LIST.split())
# The subcommands of projects' command-line tools: after a tool's name, they
# say the tool is meant ("cosign verify", "helm install"; in text too, "kind
# create").
_SUBCOMMAND_LIST = (
    "install upgrade uninstall create delete get apply template lint push pull repo "
    "search rollback bootstrap build init load export reconcile sync login logout "
    "diff verify sign attest scan exec describe"
)
SUBCOMMANDS = frozenset(_SUBCOMMAND_LIST.split())
_VERSION = re.compile(r"v?\d+(?:\.\d+)*(?:\.?x)?")
# Sites that host projects' pages under a name of their own.
_HOSTING: tuple[str, ...] = (".github.io", ".gitlab.io", ".netlify.app", ".vercel.app")
_HOSTING += (".pages.dev", ".readthedocs.io")
_FORGE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)"
    r"/([\w.-]+/[\w.-]+)(?:/.*)?"
)
# A query with no separator in it: letters and digits only.
_ONE_TOKEN = re.compile(r"[^\W_]+")
_HOST = re.compile(
    r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)*?([a-z0-9-]+))"
    r"\.(?:io|dev|sh|org|com|net|ai|cloud|tech|run|app)(?:/([^/\s]*)\S*)?"
)
# With its scheme written, any top-level domain is a site's ("https://ko.build").
_SCHEME = re.compile(r"^https?://(?:www\.)?")
_SCHEMED_HOST = re.compile(
    r"https?://(?:www\.)?((?:[a-z0-9-]+\.)*?([a-z0-9-]+))"
    r"\.[a-z]{2,12}(?:/([^/\s]*)\S*)?"
)
# A repository as owner/name, the owner one we do not know
# ("interTwin-eu/interLink": a project's old home, or a fork).
_REPOSITORY = re.compile(r"[\w-]+/([\w.-]+)")
_SOUND_ALIKE = frozenset({("c", "k"), ("k", "c"), ("c", "s"), ("s", "c")})


def normalize(text: str) -> str:
    """Fold case, width, spaces, hyphens, dots and slashes.

    >>> normalize("Kube-API  Server")
    'kubeapiserver'
    >>> normalize("HTTP/2")
    'http2'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return _FOLD.sub("", text)


def singulars(key: str) -> list[str]:
    """Candidate singular forms of a normalised key (plural endings folded).

    >>> singulars("servicemeshes")
    ['servicemesh', 'servicemeshe']
    >>> singulars("policies")
    ['policy', 'policie']
    """
    out: list[str] = []
    if len(key) > 4 and key.endswith("ies"):
        out.append(key[:-3] + "y")
    if len(key) > 4 and key.endswith(("ses", "xes", "zes", "ches", "shes")):
        out.append(key[:-2])
    if len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
        out.append(key[:-1])
    return out


def split_words(text: str) -> list[str]:
    """The lower-case words of a name, split at punctuation and camelCase humps.

    >>> split_words("CustomResourceDefinition")
    ['custom', 'resource', 'definition']
    >>> split_words("kube-apiserver"), split_words("HTTP/2"), split_words("k8s")
    (['kube', 'apiserver'], ['http', '2'], ['k8s'])
    """
    text = unicodedata.normalize("NFKC", text)
    return [w.casefold() for w in _NONWORD.split(_CAMEL.sub(" ", text)) if w]


def acronyms(name: str) -> list[str]:
    """Initialisms of a name of three or more words (with and without "as", "of").

    >>> acronyms("Horizontal Pod Autoscaler"), acronyms("Function as a Service")
    (['hpa'], ['faas'])
    >>> acronyms("service mesh")
    []
    """
    words = [w for w in split_words(name) if not w.isdigit()]
    if len(words) < 3:
        return []
    out = ["".join(w[0] for w in words)]
    content = "".join(w[0] for w in words if w not in _SMALL)
    if content != out[0]:
        out.append(content)
    return [a for a in out if len(a) >= 3]


def name_variants(name: str) -> list[str]:
    """The name, plus the two parts of ``Main (Alternative)`` when both are names.

    A leading "The" may be left out. The part in parentheses counts as a name
    when it is an abbreviation
    (``OPA``) or when one part is the initialism of the other (``SIG (special
    interest group)``); otherwise it only tells senses apart.

    >>> name_variants("Open Policy Agent (OPA)")
    ['Open Policy Agent (OPA)', 'Open Policy Agent', 'OPA']
    >>> name_variants("Resource (infrastructure)")
    ['Resource (infrastructure)', 'Resource']
    """
    out = [name]
    if name[:4].lower() == "the " and len(name) > 8:
        out.append(name[4:])  # "The Update Framework" is also "Update Framework"
    m = _PAREN.match(name)
    if not m or not m.group(1).strip():
        return out
    main, alt = m.group(1).strip(), m.group(2).strip()
    out.append(main)
    if main[:4].lower() == "the " and len(main) > 8:
        out.append(main[4:])
    nmain, nalt = normalize(main), normalize(alt)
    initials = "".join(w[0] for w in split_words(alt) if w)
    abbrev = " " not in alt and sum(c.isupper() for c in alt) >= 2
    if (
        abbrev
        or (len(initials) >= 2 and nmain.startswith(initials))
        or nmain in acronyms(alt)
        or nalt in acronyms(main)
    ):
        out.append(alt)
    return out


@functools.cache
def english_words() -> frozenset[str]:
    """English words and names of four or more letters (SCOWL, shipped gzipped).

    >>> "helmet" in english_words(), "kubernetes" in english_words()
    (True, False)
    """
    import gzip  # only needed here: keep "import cncf_glossary" light
    from importlib.resources import files

    raw = files("cncf_glossary").joinpath("_english.txt.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def is_english(key: str) -> bool:
    """True when a normalised key (or its singular) is an ordinary English word."""
    words = english_words()
    return key.isalpha() and (key in words or any(s in words for s in singulars(key)))


# British endings and their American spellings, the longest first.
_BRITISH = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("ogue", "og"),
    ("tres", "ters"),
    ("tre", "ter"),
    ("ence", "ense"),
)


def american(word: str) -> str | None:
    """The American spelling of a British word, if both are English words.

    >>> american("harbour"), american("organisation"), american("harbor")
    ('harbor', 'organization', None)
    """
    words = english_words()
    if word not in words:
        return None
    spellings = [word.replace("our", "or")]
    spellings += [word[: -len(b)] + a for b, a in _BRITISH if word.endswith(b)]
    return next((s for s in spellings if s != word and s in words), None)


def edit_budget(length: int) -> int:
    """How many edits the fuzzy tier forgives in a key of this length.

    >>> [edit_budget(n) for n in (3, 4, 6, 7, 10, 11)]
    [0, 1, 1, 2, 2, 3]
    """
    if length <= 3:
        return 0
    if length <= 6:
        return 1
    if length <= 10:
        return 2
    return 3


@dataclass(frozen=True, slots=True)
class Hit:
    """One candidate: the target id, a 0-100 score and the text that matched."""

    target: str
    score: float
    matched: str


@dataclass(frozen=True, slots=True)
class _Description:
    """What tier 4 knows of a target: see :meth:`LookupIndex._description`."""

    about: frozenset[str]
    strong: frozenset[str]
    prefixes: list[str]
    degree: int


def _sorted_words(text: str) -> str:
    words = split_words(text)
    return "".join(sorted(words)) if len(words) > 1 else ""


class LookupIndex:
    """An index of (target id, name) pairs for exact and fuzzy lookup.

    Safe to share between threads: it is never changed after construction.

    >>> ix = LookupIndex([("kubernetes", "Kubernetes"), ("kubernetes", "k8s"),
    ...                   ("containerd", "containerd"), ("grpc", "gRPC"),
    ...                   ("gcp", "Google Cloud Platform")])
    >>> ix.lookup("K8S")[0]
    Hit(target='kubernetes', score=100.0, matched='k8s')
    >>> [h.target for h in ix.lookup("grcp")], ix.lookup("GCP")[0].score
    (['grpc'], 95.0)
    >>> ix.lookup("containered")[0].target, ix.lookup("banana"), ix.lookup("k3s")
    ('containerd', [], [])
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, str]],
        *,
        weak: Iterable[tuple[str, str, float]] = (),
        context: Mapping[str, tuple[str, Iterable[str]]] | None = None,
        kinds_of: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """Index ``(target, name)`` pairs.

        Args:
            entries: the names (and aliases, ids) of each target.
            weak: ``(target, text, score)``: other ways of naming a target, such
                as its web address (see :func:`web_names`); a text that two
                targets claim, or that is a name, is left out.
            context: for each target, a text that describes it (definition,
                tags) and, one string for each related target, its names: the
                words a query may add to a name (tier 4).
            kinds_of: for each target, the targets it is a kind of (is-a,
                implements), or any whose name after its own names it (a
                project's related concepts, see :class:`~cncf_glossary.Glossary`):
                "istio service mesh" means Istio, a service mesh.
        """
        entries = list(entries)
        self._exact: dict[str, list[tuple[str, str]]] = {}
        self._acronym: dict[str, list[tuple[str, str]]] = {}
        self._order: dict[str, list[tuple[str, str]]] = {}
        folded: list[tuple[str, str, str]] = []
        # Where each key comes in its target's list of names: a tie between
        # typos goes to a name before an alias before a former name ("darp":
        # Dapr, not werf's old name "dapp").
        self._place: dict[str, int] = {}
        seen: dict[str, int] = {}
        for target, text in entries:
            place = seen[target] = seen.get(target, -1) + 1
            for variant in name_variants(text):
                key = normalize(variant)
                if key:
                    _add(self._exact, key, target, variant)
                    folded.append((key, target, variant))
                    self._place[key] = min(self._place.get(key, place), place)
                order = _sorted_words(variant)
                if order:
                    _add(self._order, order, target, variant)
            for variant in name_variants(text):
                if "(" not in variant:
                    for acr in acronyms(variant):
                        _add(self._acronym, acr, target, text)
        # Only whole names are fuzzy targets; plural names ("Nodes", "metrics")
        # also answer to their singulars, but never take a key a name owns.
        self._keys: list[str] = list(self._exact)
        # Fuzzy candidates come from buckets by first and by second letter,
        # each sorted by length (see _candidates).
        self._first: dict[str, tuple[list[str], list[int]]] = {}
        self._second: dict[str, tuple[list[str], list[int]]] = {}
        for k in sorted(self._keys, key=len):
            for table, ch in ((self._first, k[0]), (self._second, k[1:2])):
                keys, lengths = table.setdefault(ch, ([], []))
                keys.append(k)
                lengths.append(len(k))
        for key, target, text in folded:
            for sing in singulars(key)[:1]:
                if sing not in self._exact:
                    _add(self._exact, sing, target, text)
                    self._place[sing] = self._place[key]
        self._weak = self._weak_names(entries, weak)
        # Tier 4 reads a target's description when a query first needs it.
        self._context = {
            t: (text, list(rel)) for t, (text, rel) in (context or {}).items()
        }
        self._kinds_of = {t: frozenset(k) for t, k in (kinds_of or {}).items()}
        self._own: dict[str, list[str]] = {}
        for target, text in entries:
            self._own.setdefault(target, []).append(text)
        self._descriptions: dict[str, _Description] = {}

    def _weak_names(
        self,
        entries: list[tuple[str, str]],
        weak: Iterable[tuple[str, str, float]],
    ) -> dict[str, Hit]:
        """Tier 3: web names, and the leading words of names that no other
        name starts with; a key two targets claim, or a name, is left out."""
        claims: dict[str, list[tuple[str, str, float]]] = {}
        for target, text, score in weak:
            key = normalize(text)
            if key:
                claims.setdefault(key, []).append((target, text, score))
        for target, text in entries:
            # Words as written, not split at humps: "TensorFlow" is one.
            words = [w.casefold() for w in _NONWORD.split(text) if w]
            for k in range(1, len(words)):
                key = "".join(words[:k])
                # One leading word only when it is an abbreviation ("QoS
                # class"): "TensorFlow Serving" is not all of TensorFlow.
                if words[k - 1] in _SMALL or (k == 1 and not _abbreviation(text, key)):
                    continue
                claims.setdefault(key, []).append((target, text, 90.0))
        out: dict[str, Hit] = {}
        for key, claimed in claims.items():
            if self._names(key):
                continue
            if len({t for t, _, _ in claimed}) > 1:
                # A repository two terms share ("buildpacks/pack": the project
                # and its CLI) names the one of them called like it.
                claimed = [
                    c
                    for c in claimed
                    if "/" in c[1]
                    and any(
                        t == c[0]
                        for t, _ in self._exact.get(
                            normalize(c[1].rsplit("/", 1)[1]), ()
                        )
                    )
                ]
                if len({t for t, _, _ in claimed}) != 1:
                    continue
            target, text, score = max(claimed, key=lambda c: c[2])
            out[key] = Hit(target, score, text)
        return out

    def _description(self, target: str) -> _Description:
        """Tier 4: the words that describe ``target``; those of its own and
        related names, and jargon, are strong. Made once, when first asked."""
        found = self._descriptions.get(target)
        if found is None:
            text, related = self._context.get(target, ("", []))
            words = {_fold(w) for w in split_words(text)}
            near = {_fold(w) for name in related for w in split_words(name)}
            near |= {
                _fold(w) for n in self._own.get(target, ()) for w in split_words(n)
            }
            # Names the description writes with a capital mid-sentence: a
            # maker, a partner ("created by Buoyant", "at Rancher Labs").
            proper = {_fold(w.lower()) for w in _PROPER_IN_TEXT.findall(text)}
            found = _Description(
                about=frozenset(words | near),
                strong=frozenset(
                    near
                    | proper
                    | {w for w in words if w.isalpha() and not is_english(w)}
                ),
                prefixes=sorted(w for w in words if len(w) > 4),
                degree=len(related),
            )
            self._descriptions[target] = found  # the same value, whoever writes
        return found

    def _names(self, key: str) -> bool:
        """Is ``key`` (or its singular) a name, or a name's acronym?"""
        return any(
            k in self._exact or k in self._acronym for k in (key, *singulars(key))
        )

    @classmethod
    def from_names(cls, names: Mapping[str, str]) -> LookupIndex:
        """An index over ``{target: name}``."""
        return cls(names.items())

    def __len__(self) -> int:
        return len(self._keys)

    def exact(self, query: str) -> list[Hit]:
        """Targets whose normalised name equals the query's (plurals folded).

        >>> LookupIndex([("svc", "service mesh")]).exact("Service-Meshes")
        [Hit(target='svc', score=100.0, matched='service mesh')]
        """
        key = normalize(query)
        if not key:
            return []
        for candidate in (key, *singulars(key)):
            bucket = self._exact.get(candidate)
            if bucket:
                return [Hit(t, 100.0, text) for t, text in bucket]
        order = _sorted_words(query)
        if order:
            return [Hit(t, 100.0, text) for t, text in self._order.get(order, ())]
        return []

    def _acronyms(self, key: str) -> list[Hit]:
        for candidate in (key, *singulars(key)):
            bucket = self._acronym.get(candidate)
            if bucket and len(candidate) >= 3:
                return [Hit(t, 95.0, text) for t, text in bucket]
        return []

    def _candidates(self, key: str, budget: int) -> list[str]:
        """Keys that may lie within ``budget`` edits of ``key``.

        Only keys of a length within the budget can, and, as an edit at the
        first letter costs one more, only keys that start with the key's first
        letter, or that line up with it after one edit there: a swap or a
        dropped first letter (they start with its second letter), a letter put
        in front (their second letter is its first) or a wrong first letter
        (same second letter).
        """
        lo_len, hi_len = len(key) - budget, len(key) + budget
        out: list[str] = []
        for table, ch in (
            (self._first, key[0]),
            (self._first, key[1:2]),
            (self._second, key[0]),
            (self._second, key[1:2]),
        ):
            bucket = table.get(ch)
            if bucket:
                keys, lengths = bucket
                lo = bisect.bisect_left(lengths, lo_len)
                hi = bisect.bisect_right(lengths, hi_len)
                out.extend(keys[lo:hi])
        return list(dict.fromkeys(out))

    def fuzzy(self, query: str, limit: int = 5, budget: int | None = None) -> list[Hit]:
        """Targets within the edit budget of the query, nearest first.

        >>> LookupIndex([("kubernetes", "Kubernetes")]).fuzzy("kuberentes")
        [Hit(target='kubernetes', score=90.0, matched='Kubernetes')]
        """
        key = normalize(query)
        if not key or len(key) > _MAX_KEY:
            return []
        if budget is None:
            budget = edit_budget(len(key))
        if budget <= 0:
            return []
        # Insertions and deletions alone (Indel) take at most two per edit, and
        # rapidfuzz computes them faster: filter with Indel, then rank by OSA.
        near = process.extract(
            key,
            self._candidates(key, budget),
            scorer=Indel.distance,
            score_cutoff=2 * budget,
            limit=200,
        )
        # A name written with capitals inside ("MicroK8s", "OpenFaaS") is
        # somebody's own spelling: two edits from ours make it another name.
        # Not words in title case ("Kubernetes Event Driven Autoscaler").
        camel = (
            _ONE_TOKEN.fullmatch(query.strip()) is not None
            and any(c.isupper() for c in query.strip()[1:])
            and not query.isupper()
        )
        # A typo rarely changes the first letter (except by a swap, "rgpc"):
        # a different first letter costs one more edit.
        found = [
            (choice, d)
            for choice, _, _ in near
            if (d := OSA.distance(key, choice, score_cutoff=budget))
            + (
                key[0] != choice[0]
                and key[1::-1] != choice[:2]
                and (key[0], choice[0]) not in _SOUND_ALIKE
            )
            + (d >= 2 and camel)
            <= budget
            # A whole name with a letter or two put in front is a name of its
            # own ("vcluster"), unless the first letter is doubled ("ccilium").
            and not (
                key.endswith(choice)
                and 0 < len(key) - len(choice) <= 2
                and key[0] != choice[0]
            )
            # A "k" for the "c" of a word is the field's way of naming a tool
            # of its own ("Kompose" is no Compose, "Kontour" no Contour).
            and not (key[0] == "k" and choice[0] == "c" and key[1:] == choice[1:])
            # Three edits or more, all in a tail written anew where a word of
            # the name starts, make another word with the same start
            # ("artifactory" is no "artifact hub"; "horizontal pod
            # autoscaling" is still the autoscaler).
            and not (d >= 3 and self._rewritten_word(key, choice, d))
        ]
        ranked = sorted(
            found,
            key=lambda f: (
                f[1],
                abs(len(f[0]) - len(key)),
                -fuzz.ratio(key, f[0]),
                f[0][:1] != key[:1],
                self._place.get(f[0], 0),
                f[0],
            ),
        )
        best: dict[str, Hit] = {}
        for choice, dist in ranked:
            score = round(100.0 * (1.0 - dist / max(len(key), len(choice))), 1)
            for target, text in self._exact[choice]:
                if target not in best:
                    best[target] = Hit(target, score, text)
        return list(best.values())[:limit]

    def _rewritten_word(self, key: str, choice: str, edits: int) -> bool:
        """Do all ``edits`` between ``key`` and the name ``choice`` fall after
        a start they share that ends where a word of the name ends?"""
        common = int(Prefix.similarity(key, choice))
        if max(len(key), len(choice)) - common > edits:
            return False
        for _, text in self._exact[choice]:
            size = 0
            for word in split_words(text)[:-1]:
                size += len(word)
                if size == common:
                    return True
        return False

    def lookup(self, query: str, limit: int = 5) -> list[Hit]:
        """Best matches first, at most ``limit``; ``[]`` when nothing fits."""
        # No name is near this long: skip even normalising a huge text.
        if limit <= 0 or len(query) > 4 * _MAX_KEY:
            return []
        key = normalize(query)
        if not key:
            return []
        best: dict[str, Hit] = {}
        other = _OTHER_NAMES.get(key)
        found = self.exact(query) or (
            [Hit(h.target, 95.0, h.matched) for h in self.exact(other)] if other else []
        )
        for hit in (*found, *self._acronyms(key)):
            best.setdefault(hit.target, hit)
        if not best:
            for hit in self._described(query, key):
                best.setdefault(hit.target, hit)
        one_word = len(split_words(query)) == 1 and is_english(key)
        if not best and one_word and (us := american(key)) is not None:
            # A name that is an English word, spelt the British way ("harbour").
            for hit in self.exact(us):
                best.setdefault(hit.target, Hit(hit.target, 95.0, hit.matched))
        fuzzy_ok = len(key) <= _MAX_KEY and not one_word
        if fuzzy_ok and len(best) < limit:
            for hit in self.fuzzy(query, limit):
                best.setdefault(hit.target, hit)
        ranked = sorted(best.values(), key=lambda h: -h.score)
        return ranked[:limit]

    def _described(self, query: str, key: str) -> list[Hit]:
        """Tiers 3 and 4, for a query that names nothing as written."""
        hit = self._weak.get(key)
        if hit is not None:
            return [hit]
        forge = _FORGE.fullmatch(query.strip().casefold())
        if forge is not None:  # a repository's address without its scheme
            hit = self._weak.get(normalize(forge.group(1)))
            if hit is not None:
                return [hit]
        pair = _REPOSITORY.fullmatch(query.strip())
        if pair is not None and (found := self.exact(pair.group(1))):
            return [Hit(h.target, 90.0, h.matched) for h in found]
        folded = query.strip().casefold()
        bare = _SCHEME.sub("", folded).rstrip("/")
        if bare != folded and (hit := self._weak.get(normalize(bare))) is not None:
            return [hit]  # a known address with its scheme: "https://buildpacks.io/"
        host = _HOST.fullmatch(folded) or _SCHEMED_HOST.fullmatch(folded)
        if host is not None:  # an address we do not know: try its name
            # A page's first folder may name a project of the site's owner
            # ("sigs.k8s.io/kind"); otherwise the site's own name counts
            # ("tekton.dev/docs/pipelines").
            first = host.group(3) or ""
            # A subdomain may name a project of the site's owner too
            # ("gateway-api.sigs.k8s.io"); the site's own name comes last.
            label = host.group(1).split(".")[0] if "." in host.group(1) else ""
            # Then the whole host, a project's known address ("buildpacks.io"
            # for Cloud Native Buildpacks, not the buildpacks it names).
            site = bare.split("/")[0]
            # A page's last folder, with the site's name or alone if no
            # English word: "knative.dev/docs/serving" (Knative Serving),
            # ".../controllers/daemonset" (DaemonSet).
            pages = bare.split("/")[2:]
            last = pages[-1] if pages else ""
            deep = (
                (f"{host.group(2)} {last}", last if not is_english(last) else "")
                if last
                else ()
            )
            # A site named for its project: "vaultproject.io", "etcd-project.org".
            own = re.sub(r"-?project$", "", host.group(2))
            own = own if own != host.group(2) and len(own) >= 3 else ""
            for text in (first, *deep, site, host.group(1), label, host.group(2), own):
                if not text:
                    continue
                found = self.exact(text)
                if found:
                    return [Hit(h.target, 95.0, h.matched) for h in found]
                hit = self._weak.get(normalize(text))
                if hit is not None:
                    return [hit]
        words = split_words(query)
        if not words or len(words) > 8:
            return []
        if len(words) > 1 and _ONE_TOKEN.fullmatch(query.strip()):
            # "OpenStack", "MicroK8s": one name of its own, whose parts are no
            # words to qualify a term with.
            return []
        # Shorthand only for a word written on its own: not "lb" in "LoxiLB".
        written = [w for w in _NONWORD.split(query) if w]
        whole = {w.casefold() for w in written}
        full = [_SHORTHAND.get(w, w) if w in whole else w for w in words]
        # "mgr" glued to the word before it: "alertmgr" is Alertmanager.
        full = [
            f"{w[:-3]}manager" if w == f and len(w) > 5 and w.endswith("mgr") else f
            for w, f in zip(words, full, strict=True)
        ]
        if full != words:
            # Every shorthand read in full first; then some of them as typed,
            # for names that keep one ("cert-mgr": cert-manager).
            # The last reading is the query as typed; at most 16 are tried.
            choices = [
                (f, w) if w != f else (w,) for w, f in zip(words, full, strict=True)
            ]
            tried = min(16, math.prod(map(len, choices)) - 1)
            for reading in itertools.islice(itertools.product(*choices), tried):
                found = self.exact(" ".join(reading)) or self._acronyms(
                    normalize("".join(reading))
                )
                if found:
                    return [Hit(h.target, 95.0, h.matched) for h in found]
                hit = self._weak.get(normalize("".join(reading)))
                if hit is not None:
                    return [hit]
        if len(written) > 1:
            # An abbreviation in capitals for words of a longer name, read as
            # the name it abbreviates: "PV claim" is a PersistentVolumeClaim.
            spelt = []
            for w in written:
                hits = self.exact(w) if 2 <= len(w) <= 5 and w.isupper() else []
                one = len({h.target for h in hits}) == 1
                spelt.append(self._own[hits[0].target][0] if one else w)
            if spelt != written and (found := self.exact(" ".join(spelt))):
                return [Hit(h.target, 95.0, h.matched) for h in found]
        if not self._context:
            return []
        # A name qualified by other words, its shorthand read in full first and
        # then as typed ("cert-manager issuer": no "certificate manager").
        # Words the query capitalises beside words it does not ("Pixie
        # platform"): names of projects, not the ordinary words they spell.
        titled = (
            frozenset(w.casefold() for w in written if w.istitle())
            if any(w.islower() for w in written)
            else frozenset()
        )
        # The whitespace-separated token each word comes from: a part may not
        # cut a hyphenated name in two ("cert-manager controller" is no
        # "manager controller").
        tokens = query.split()
        token_of = [k for k, token in enumerate(tokens) for _ in split_words(token)]
        cuts = (
            frozenset(
                i
                for i in range(1, len(token_of))
                if token_of[i] == token_of[i - 1] and self.exact(tokens[token_of[i]])
            )
            if len(token_of) == len(words)
            else frozenset()
        )
        return self._qualified(full, titled, cuts) or (
            self._qualified(words, titled, cuts) if full != words else []
        )

    def _qualified(
        self,
        words: list[str],
        titled: frozenset[str] = frozenset(),
        cuts: frozenset[int] = frozenset(),
    ) -> list[Hit]:
        """A part of the query that names a target, the other words describing
        it (score 85): the longest such part wins. Failing that, a name that is
        no English word with up to three words we cannot place (score 80:
        "containerd shim", "runc exploit"), or one word, in no dictionary, a
        typo of a name that the others describe (80 at most: "kiverno
        policies")."""
        n = len(words)
        loose: dict[str, Hit] = {}
        for size in range(n - 1, 0, -1):
            found: dict[str, Hit] = {}
            for i in range(n - size + 1):
                if i in cuts or i + size in cuts:
                    continue  # "manager" of "cert-manager": no part of its own
                part = words[i : i + size]
                rest = words[:i] + words[i + size :]
                key = "".join(part)
                # In no dictionary ("containerd", "k3s"); the list holds no
                # word shorter than four letters ("bar"), so those count only
                # with a digit.
                jargon = (len(key) >= 4 or not key.isalpha()) and not is_english(key)
                named = self.exact(" ".join(part))
                for h in (*named, *self._acronyms(key)):
                    # "helm" is an ordinary word; "SPIRE", in capitals, is not.
                    ordinary = (
                        not jargon
                        and sum(c.isupper() for c in h.matched) < 2
                        and not all(w in titled for w in part)
                    )
                    if h.target in found:
                        continue
                    if self._describes(h.target, rest, ordinary):
                        # "istio service mesh": the words left name one of
                        # the kinds of "service mesh"; that one is meant.
                        # Or a part of them: "tinkerbell bare metal
                        # provisioning".
                        for k in self._named_parts(rest):
                            if h.target in self._kinds_of.get(k.target, ()):
                                found.setdefault(
                                    k.target, Hit(k.target, 85.0, k.matched)
                                )
                        found.setdefault(h.target, Hit(h.target, 85.0, h.matched))
                    elif jargon and h in named and len(rest) <= 3:
                        loose.setdefault(h.target, Hit(h.target, 80.0, h.matched))
            if found:
                # "aws eks", "kubernetes secrets": the narrower term is meant;
                # a kind named before its category comes first.
                kinds = {
                    t for h in found.values() for t in self._kinds_of.get(h.target, ())
                }
                return sorted(
                    found.values(),
                    key=lambda h: (
                        h.target in kinds,
                        self._description(h.target).degree,
                    ),
                )
        if loose or not 1 < n <= 4:
            return list(loose.values())
        # A misspelt name with words that describe it ("kiverno policies",
        # "kuberentes cluster"): one word, in no dictionary, a typo of a name
        # (score 80 at most).
        for i, word in enumerate(words):
            if len(word) < 5:
                continue
            # A dictionary word too ("jagger tracing") only with a sure sign
            # among the others: a word the description stresses or of the
            # field, not any word it uses ("banner printing").
            english = is_english(word)
            rest = words[:i] + words[i + 1 :]
            for h in self.fuzzy(word, limit=1):
                if self._describes(h.target, rest, ordinary=english):
                    return [Hit(h.target, min(80.0, h.score), h.matched)]
        return []

    def _named(self, words: list[str]) -> list[Hit]:
        """The targets ``words`` name exactly or by a weak name (tier 3: a web
        name such as a repository's owner, "apicurio"; the leading words of a
        name no other name starts with)."""
        found = self.exact(" ".join(words))
        if found:
            return found
        hit = self._weak.get(normalize("".join(words)))
        return [hit] if hit is not None else []

    def _named_parts(self, words: list[str]) -> list[Hit]:
        """What ``words``, or a run of them, name (see :meth:`_named`): the
        longest runs first."""
        n = len(words)
        return [
            hit
            for size in range(n, 0, -1)
            for i in range(n - size + 1)
            for hit in self._named(words[i : i + size])
        ]

    def _describes(self, target: str, words: list[str], ordinary: bool) -> bool:
        """Do ``words`` all describe ``target``? After an ordinary English word
        (``helm``, ``cluster``) one of them must be jargon, a version or the name
        of a related term: "helm of a ship" and "cluster headache" name nothing."""
        d = self._description(target)
        sure = False
        generic = False  # a word any tool may be called by, counted once
        told = 0  # words its description has
        for word in words:
            w = _fold(word)
            if (
                word in _FIELD_WORDS
                or (word in SUBCOMMANDS and len(words) == 1)
                or _VERSION.fullmatch(word)
                or w in d.strong
                or word in d.strong
                # "networking" for "network", "provisioning" for "provision"
                or (len(word) > 7 and _trim(word) in d.strong)
                # A term's name its description uses: "kind cluster" (kind
                # runs local clusters); not "cluster headache".
                or ((w in d.about or word in d.about) and bool(self.exact(word)))
            ):
                sure = True
            elif word in _SMALL:
                continue
            elif word in _GENERIC and not generic:
                generic = True
                told += 1
            elif (
                w in d.about
                or word in d.about
                or (len(word) >= 4 and _has_prefix(d.prefixes, word))
                # "estimation" for "estimates", "verifier" for "verification"
                or (len(word) > 7 and _has_prefix(d.prefixes, _trim(word)))
            ):
                told += 1
            else:
                return False
        # Two words of its description are a sign too ("carina local disks").
        return sure or not ordinary or told >= 2

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Targets for a "did you mean": looser than :meth:`lookup`, never exact.

        Names within :func:`rapidfuzz.fuzz.ratio` 60 of the query, the fewest
        edits first (a swap counts as one).

        >>> LookupIndex.from_names({"kube-proxy": "kube-proxy"}).suggest("kube-proxi")
        ['kube-proxy']
        """
        key = normalize(query)
        if not key or len(key) > _MAX_KEY:
            return []
        found = process.extract(
            key, self._keys, scorer=fuzz.ratio, score_cutoff=60.0, limit=limit * 3
        )
        found.sort(key=lambda f: (OSA.distance(key, f[0]), -f[1], f[0]))
        out: list[str] = []
        for choice, _, _ in found:
            for target, _text in self._exact[choice]:
                if target not in out:
                    out.append(target)
        return out[:limit]


def _fold(word: str) -> str:
    """A word with a plural ending folded, for comparing query words."""
    if len(word) <= 3:
        return word
    forms = singulars(word)
    return forms[0] if forms else word


def _abbreviation(text: str, key: str) -> bool:
    """Is the first word of ``text`` (``key``) written as an abbreviation?"""
    first = text.split()[0] if text.split() else ""
    caps = sum(c.isupper() for c in first)
    return len(key) <= 5 and caps >= 2 and 2 * caps >= len(first)


_ENDINGS = (
    "ations",
    "ation",
    "ions",
    "ion",
    "ings",
    "ing",
    "ers",
    "er",
    "ors",
    "or",
    "ed",
)


def _trim(word: str) -> str:
    """``word`` without a derivational ending, five letters at least kept.

    >>> _trim("estimation"), _trim("provisioning"), _trim("verifier")
    ('estim', 'provision', 'verifi')
    """
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return word[: -len(ending)]
    return word


def _has_prefix(words: list[str], prefix: str) -> bool:
    """Does a word of the sorted ``words`` start with ``prefix``?"""
    i = bisect.bisect_left(words, prefix)
    return i < len(words) and words[i].startswith(prefix)


def web_names(url: str, name: str = "") -> list[tuple[str, float]]:
    """Ways of naming a project by its web address, with their tier scores.

    A homepage at the root of its host gives the host (95) and the host's name
    (90: the domain, or a subdomain that starts the project's ``name``); a page
    deep in a site gives its whole address only (95): the site is somebody
    else's. On a code forge, ``owner/repository``
    (95); the repository (90) when it is no English word or the start of the
    project's ``name``, and the owner when it shares the repository's name.

    >>> web_names("https://www.projectcontour.io/")
    [('projectcontour.io', 95.0), ('projectcontour', 90.0)]
    >>> web_names("https://github.com/lima-vm/lima", "Lima")
    [('lima-vm/lima', 95.0), ('lima-vm', 90.0), ('lima', 90.0)]
    >>> web_names("https://github.com/tensorflow/serving", "TensorFlow Serving")
    [('tensorflow/serving', 95.0)]
    >>> web_names("https://kind.sigs.k8s.io/", "kind")
    [('kind.sigs.k8s.io', 95.0), ('kind', 90.0)]
    >>> web_names("https://www.tensorflow.org/tfx/guide/serving")
    [('tensorflow.org/tfx/guide/serving', 95.0)]
    """
    m = re.match(r"(?i)https?://(?:www\.)?([^/:?#]+)(/[^?#]*)?", url.strip())
    if not m:
        return []
    host, path = m.group(1).lower(), (m.group(2) or "").strip("/")
    labels = host.split(".")
    if host in ("github.com", "gitlab.com", "codeberg.org", "bitbucket.org"):
        parts = [p.lower() for p in path.split("/")[:2] if p]
        if len(parts) < 2:
            return []
        owner, repo = parts
        o, r = normalize(owner), normalize(repo)
        out = [repo] if not is_english(r) or normalize(name).startswith(r) else []
        # An owner names the project when it shares the repository's name
        # ("lima-vm/lima"), not when it hosts many ("tensorflow/serving").
        if out and (o[:4] == r[:4] or o in r or r in o):
            out.insert(0, owner)
        return [(f"{owner}/{repo}", 95.0)] + [(p, 90.0) for p in dict.fromkeys(out)]
    if len(labels) < 2:
        return []
    if path:
        # A page deep in a site: the whole address is the project's, the
        # site's name somebody else's ("grafana.com/oss/loki").
        return [(f"{host}/{path.lower()}", 95.0)]
    label = labels[0] if host.endswith(_HOSTING) else labels[-2]
    own = normalize(name)
    if (
        len(labels) > 2
        and own.startswith(normalize(labels[0]))
        and not own.startswith(normalize(label))
    ):
        label = labels[0]  # a subdomain that names the project: kind.sigs.k8s.io
    return [(host, 95.0), (label, 90.0)]


def _add(
    table: dict[str, list[tuple[str, str]]], key: str, target: str, text: str
) -> None:
    bucket = table.setdefault(key, [])
    if all(t != target for t, _ in bucket):
        bucket.append((target, text))


# -- search ------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+")
_FIELD_WEIGHTS = {"name": 4.0, "tag": 2.0, "definition": 1.0}
# How much of a word's information a field holds: a word in a definition may be
# used in passing.
_FIELD_FIT = {4.0: 1.0, 2.0: 0.85, 1.0: 0.6}
_MIN_FIT = 0.5  # a hit holds at least half of the phrase
_STOP_WORDS = (
    "a about an and are as at be by can do does for from has have how i in into is it "
    "its my of on or our that the their them these this to use used uses using was "
    "what when where which while who why will with you your"
)
_STOP = frozenset(_STOP_WORDS.split())


def _terms_of(text: str, vocabulary: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``text`` that carry meaning, plurals folded.

    A plural folds to the first of its :func:`singulars` that ``vocabulary``
    holds ("databases" to "database", not "databas"), else to the first.

    >>> _terms_of("The databases", frozenset({"database"}))
    ['database']
    """
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group().casefold()
        if w in _STOP:
            continue
        forms = singulars(w)
        if forms:
            w = next((s for s in forms if s in vocabulary), forms[0])
        out.append(w)
    return out


@dataclass(frozen=True, slots=True)
class Document:
    """What :class:`SearchIndex` reads of one term."""

    target: str
    names: Sequence[str]
    tags: Sequence[str]
    definition: str
    instances: Sequence[str] = ()


class SearchIndex:
    """Ranks whole terms by how well a phrase fits them (BM25 over weighted fields).

    A phrase that names a term fits it best; a term that *is an instance of* a
    well-fitting concept (containerd is a container runtime) shares its fit; the
    whole phrase in a definition counts more than its scattered words.

    Scores are absolute, not scaled to the best hit: a hit scores at most its
    *fit*, the share of the phrase's information (words weighted by rarity) that
    the term's names, tags or definition hold, discounted in weaker fields. A
    term that fits less than half of the phrase is no hit, so a phrase with no
    real fit ("banana split": only "split", in a definition) finds nothing.

    >>> ix = SearchIndex([
    ...     Document("prometheus", ["Prometheus"], ["metrics"],
    ...              "A monitoring system with a time series database."),
    ...     Document("etcd", ["etcd"], ["storage"], "A key-value store."),
    ... ])
    >>> [(h.target, h.score) for h in ix.search("time-series databases")]
    [('prometheus', 90.0)]
    >>> ix.search("banana split database")
    []
    """

    def __init__(self, docs: Iterable[Document]) -> None:
        self._docs = list(docs)
        self._tf: list[dict[str, float]] = []
        self._best: list[dict[str, float]] = []  # word -> its strongest field
        self._phrases: list[list[tuple[str, str, float]]] = []
        df: Counter[str] = Counter()
        lengths: list[float] = []
        self._vocabulary = frozenset(
            m.group().casefold()
            for d in self._docs
            for text in (*d.names, *d.tags, d.definition)
            for m in _TOKEN.finditer(text)
        )
        for d in self._docs:
            tf: dict[str, float] = {}
            best: dict[str, float] = {}
            fields = [
                *((n, "name") for n in d.names),
                *((t.replace("-", " "), "tag") for t in d.tags),
                (d.definition, "definition"),
            ]
            phrases = []
            for text, field in fields:
                words = _terms_of(text, self._vocabulary)
                weight = _FIELD_WEIGHTS[field]
                phrases.append((" ".join(words), text, weight))
                for w in words:
                    tf[w] = tf.get(w, 0.0) + weight
                    best[w] = max(best.get(w, 0.0), weight)
            self._tf.append(tf)
            self._best.append(best)
            self._phrases.append(phrases)
            df.update(tf.keys())
            lengths.append(sum(tf.values()))
        n = max(len(self._docs), 1)
        self._idf = {w: math.log(1 + (n - c + 0.5) / (c + 0.5)) for w, c in df.items()}
        self._unknown = math.log(1 + (n + 0.5) / 0.5)  # a word in no document
        self._avg = sum(lengths) / n if lengths else 1.0
        self._len = lengths
        self._pos = {d.target: i for i, d in enumerate(self._docs)}

    def _coverage(self, i: int, words: Iterable[str]) -> float:
        """The share of the words' information that document ``i`` holds, each
        word discounted by the weakest field it appears in."""
        best = self._best[i]
        total = held = 0.0
        for w in words:
            idf = self._idf.get(w, self._unknown)
            total += idf
            held += idf * _FIELD_FIT.get(best.get(w, 0.0), 0.0)
        return held / total if total else 0.0

    def search(self, text: str, limit: int = 10) -> list[Hit]:
        """Targets ranked by fit, best first; scores are absolute (see the class)."""
        words = _terms_of(text[:1000], self._vocabulary)
        if not words or limit <= 0:
            return []
        phrase = " ".join(words)
        query = set(words)
        raw: dict[int, tuple[float, str]] = {}
        fit: dict[int, float] = {}
        k1, b = 1.2, 0.75
        for i, tf in enumerate(self._tf):
            score = 0.0
            norm = k1 * (1 - b + b * self._len[i] / self._avg)
            for w in query:
                f = tf.get(w)
                if f:
                    score += self._idf[w] * f * (k1 + 1) / (f + norm)
            if score <= 0:
                continue
            matched, bonus = self._docs[i].names[0], 0.0
            covered = self._coverage(i, query)
            for folded, original, weight in self._phrases[i]:
                if folded == phrase and 4.0 * weight > bonus:
                    bonus, matched = 4.0 * weight, original
                    covered = max(covered, _FIELD_FIT[weight] + 0.5)
                elif (
                    len(words) > 1
                    and 1.5 * weight > bonus
                    and f" {phrase} " in f" {folded} "
                ):
                    bonus = 1.5 * weight
                    matched = original if weight > 1 else " ".join(text.split())
                    covered = max(covered, _FIELD_FIT[weight] + 0.3)
            raw[i] = (score * (1.0 + bonus / 4.0), matched)
            fit[i] = min(covered, 1.0)
        # An instance inherits part of its concept's fit (containerd from
        # "container runtime"), so concrete answers rank beside the concept.
        for i, (score, _) in list(raw.items()):
            for inst in self._docs[i].instances:
                j = self._pos.get(inst)
                if j is not None:
                    old, matched = raw.get(j, (0.0, self._docs[i].names[0]))
                    raw[j] = (max(old, 0.8 * score), matched)
                    fit[j] = max(fit.get(j, 0.0), 0.8 * fit[i])
        if not raw:
            return []
        top = max(s for s, _ in raw.values())
        hits = [
            (round(100.0 * min(fit[i], s / top), 1), s, self._docs[i].target, m)
            for i, (s, m) in raw.items()
            if fit[i] >= _MIN_FIT
        ]
        hits.sort(key=lambda h: (-h[0], -h[1], h[2]))
        return [Hit(target, score, m) for score, _, target, m in hits[:limit]]
