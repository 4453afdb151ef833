"""Exact and fuzzy lookup of names, returning the best candidates first.

Two tiers, as the measurements in ``bench/`` and ``tests/`` justify:

1. an exact tier on normalised ids, names and aliases (case, spaces, hyphens,
   dots, slashes and plural endings folded): score 100;
2. a fuzzy tier on :mod:`rapidfuzz` over the same normalised keys, with a cutoff
   that rises for short keys, where one edit changes the meaning (k3s, k8s).

The same engine answers every "did you mean" in the library.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = ["LookupIndex", "normalize"]

_FOLD = re.compile("[\\s\\-_./\\\\\u00b7\u2022\u2013\u2014]+")


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


@dataclass(frozen=True, slots=True)
class Hit:
    """One candidate: the target id, a 0-100 score and the text that matched."""

    target: str
    score: float
    matched: str


class LookupIndex:
    """An index of (target id, name) pairs for exact and fuzzy lookup.

    >>> ix = LookupIndex([("kubernetes", "Kubernetes"), ("kubernetes", "k8s"),
    ...                   ("containerd", "containerd")])
    >>> ix.lookup("K8S")[0]
    Hit(target='kubernetes', score=100.0, matched='k8s')
    >>> ix.lookup("containered")[0].target
    'containerd'
    >>> ix.lookup("banana")
    []
    """

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._exact: dict[str, list[tuple[str, str]]] = {}
        for target, text in entries:
            key = normalize(text)
            if key:
                bucket = self._exact.setdefault(key, [])
                if all(t != target for t, _ in bucket):
                    bucket.append((target, text))
        self._keys: list[str] = list(self._exact)

    @classmethod
    def from_names(cls, names: Mapping[str, str]) -> LookupIndex:
        """An index over ``{target: name}``."""
        return cls(names.items())

    def __len__(self) -> int:
        return len(self._keys)

    def exact(self, query: str) -> list[Hit]:
        """Targets whose normalised name equals the query's (plurals folded)."""
        key = normalize(query)
        if not key:
            return []
        for candidate in (key, *singulars(key)):
            bucket = self._exact.get(candidate)
            if bucket:
                return [Hit(t, 100.0, text) for t, text in bucket]
        return []

    @staticmethod
    def cutoff(key: str) -> float | None:
        """The fuzzy score a key of this length must reach; None: exact only."""
        n = len(key)
        if n <= 3:
            return None
        if n <= 5:
            return 88.0
        return 80.0

    def lookup(self, query: str, limit: int = 5) -> list[Hit]:
        """Best matches first, at most ``limit``, only above the cutoff."""
        if limit <= 0:
            return []
        hits = self.exact(query)
        key = normalize(query)
        cutoff = self.cutoff(key)
        best: dict[str, Hit] = {h.target: h for h in hits}
        if cutoff is not None and len(best) < limit:
            found = process.extract(
                key,
                self._keys,
                scorer=fuzz.ratio,
                score_cutoff=cutoff,
                limit=limit * 3,
            )
            for choice, score, _ in found:
                for target, text in self._exact[choice]:
                    if target not in best or best[target].score < score:
                        best[target] = Hit(target, float(score), text)
        ranked = sorted(best.values(), key=lambda h: (-h.score, h.matched.casefold()))
        return ranked[:limit]

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Targets for a "did you mean": looser than :meth:`lookup`, never exact."""
        key = normalize(query)
        if not key:
            return []
        found = process.extract(
            key, self._keys, scorer=fuzz.ratio, score_cutoff=60.0, limit=limit * 3
        )
        out: list[str] = []
        for choice, _, _ in found:
            for target, _text in self._exact[choice]:
                if target not in out:
                    out.append(target)
        return out[:limit]
