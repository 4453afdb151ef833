"""A synthetic glossary of any size, shaped like the real one, for benchmarks.

Categories of uneven size, hub terms (preferential attachment), most relations
inside a category, and part-of / is-a pointing only at earlier terms (no cycles).
"""

from __future__ import annotations

import random

from cncf_glossary import Category, Glossary, Term

_WORDS = (
    "cluster",
    "node",
    "pod",
    "mesh",
    "proxy",
    "gateway",
    "policy",
    "runtime",
    "registry",
    "image",
    "secret",
    "volume",
    "operator",
    "controller",
    "scheduler",
    "agent",
    "trace",
    "metric",
    "log",
    "event",
    "stream",
    "queue",
    "function",
    "edge",
    "identity",
    "certificate",
    "network",
    "storage",
    "backup",
    "service",
    "workload",
    "config",
    "release",
    "pipeline",
    "build",
    "scan",
    "sandbox",
    "tenant",
    "quota",
    "probe",
)
_KINDS = (
    ("used-with", 35),
    ("part-of", 20),
    ("is-a", 20),
    ("depends-on", 10),
    ("implements", 8),
    ("alternative-to", 7),
)


def synthetic(n: int, seed: int = 1) -> Glossary:
    """A valid glossary of ``n`` terms, the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    n_cats = max(3, round(n**0.5 / 2.2))
    weights = [1 / (i + 1) ** 0.6 for i in range(n_cats)]
    cats = [
        Category(
            id=f"category-{i}",
            name=f"{rng.choice(_WORDS).title()} {rng.choice(_WORDS)} {i}",
        )
        for i in range(n_cats)
    ]
    members: dict[int, list[int]] = {i: [] for i in range(n_cats)}
    kinds = [k for k, _ in _KINDS]
    kind_weights = [w for _, w in _KINDS]
    terms = []
    degree = [0] * n
    for i in range(n):
        c = rng.choices(range(n_cats), weights)[0]
        rels: dict[str, list[str]] = {}
        pool = members[c] if members[c] and rng.random() < 0.75 else list(range(i))
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4)) if i else 0):
            if not pool:
                break
            # preferential attachment: hubs attract more relations
            j = max(rng.sample(pool, min(3, len(pool))), key=lambda k: degree[k])
            kind = rng.choices(kinds, kind_weights)[0]
            if f"t{j}" not in rels.setdefault(kind, []):
                rels[kind].append(f"t{j}")
                degree[i] += 1
                degree[j] += 1
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(25, 60)))
        name = f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {i}"
        terms.append(
            Term(
                id=f"t{i}",
                name=name,
                kind=rng.choice(("project", "concept", "component")),
                category=cats[c].id,
                definition=words.capitalize() + ".",
                maturity=rng.choice((None, None, "sandbox", "incubating", "graduated")),
                url=f"https://example.org/{i}",
                relations=rels,
            )
        )
        members[c].append(i)
    return Glossary(terms, cats, version=f"synthetic-{n}")
