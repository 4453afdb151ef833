"""Lookup speed: ``LookupIndex.lookup`` against difflib and a bare rapidfuzz extract.

Usage: ``python bench/bench_lookup.py [--sizes 10000 100000] [--queries 200]
[--data FILE]``

Three glossaries: the shipped one (every id, name and alias) and synthetic ones
of 10,000 and 100,000 made-up names. The queries are names with one machine-made
typo, names as written, and words that name nothing, in equal parts. Each method
gets the same strings:

- ``lookup``: :class:`cncf_glossary.lookup.LookupIndex` (exact, acronym and
  fuzzy tiers), built once per glossary (build time shown apart);
- ``rapidfuzz``: ``process.extract(q, keys, scorer=fuzz.ratio, limit=5)`` over the
  same normalised keys the index holds: the bare fuzzy search;
- ``difflib``: ``difflib.get_close_matches(q, keys, n=5)``; at 100,000 names it
  runs on a tenth of the queries, as it takes seconds each.

Targets (issue 3): lookup at least 50x faster than difflib at 100,000 names, and
at most 1.5x the bare rapidfuzz extract.
"""

from __future__ import annotations

import argparse
import difflib
import random
import string
import time
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

import cncf_glossary
from cncf_glossary.lookup import LookupIndex, normalize

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

SYLLABLES = [
    "ku", "be", "net", "flu", "ent", "pro", "me", "the", "us", "con", "tai", "ner",
    "lin", "ker", "ist", "io", "ar", "go", "hel", "vel", "ero", "tek", "ton", "da",
    "pr", "ke", "cil", "ium", "nats", "zot", "ora", "vi", "tess", "ra", "mi", "ko",
]  # fmt: skip
WORDS = [
    "cloud", "native", "mesh", "service", "operator", "controller", "gateway",
    "registry", "runtime", "policy", "agent", "engine", "store", "proxy", "stream",
    "scheduler", "monitor", "vault", "edge", "data", "flow", "pipeline", "graph",
]  # fmt: skip
NON_TERMS = [
    "banana", "coffee machine", "weather", "bicycle", "sandwich", "holiday",
    "umbrella", "piano", "garden", "recipe", "mountain", "thunderstorm",
]  # fmt: skip


def synthetic(n: int, seed: int = 3) -> list[str]:
    """``n`` distinct made-up names: coined words, some with a second word."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < n:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.3:
            word = f"{word.capitalize()} {rng.choice(WORDS)}"
        elif rng.random() < 0.2:
            word = f"{word}-{rng.choice(WORDS)}"
        names.add(word)
    return sorted(names)


def typo(name: str, rng: random.Random) -> str:
    """One dropped, swapped or substituted letter (not the first)."""
    if len(name) < 5:
        return name
    i = rng.randrange(1, len(name) - 1)
    kind = rng.choice("dsx")
    if kind == "d":
        return name[:i] + name[i + 1 :]
    if kind == "s":
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + rng.choice(string.ascii_lowercase) + name[i + 1 :]


def queries(names: Sequence[str], count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    picked = [rng.choice(names) for _ in range(count)]
    out = [typo(n, rng) if i % 3 == 0 else n for i, n in enumerate(picked)]
    for i in range(2, count, 3):
        out[i] = rng.choice(NON_TERMS)
    return out


def per_query(fn: Callable[[str], object], qs: Sequence[str]) -> float:
    """Mean seconds per query over ``qs`` (best of three runs)."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for q in qs:
            fn(q)
        best = min(best, (time.perf_counter() - t) / len(qs))
    return best


def bench(label: str, entries: list[tuple[str, str]], n_queries: int) -> None:
    t = time.perf_counter()
    index = LookupIndex(entries)
    build = time.perf_counter() - t
    keys = list(index._keys)
    qs = queries([text for _, text in entries], n_queries)
    keyed = [normalize(q) for q in qs]
    slow = qs[: max(5, n_queries // 10)] if len(keys) > 50_000 else qs
    lookup = per_query(index.lookup, qs)
    bare = per_query(
        lambda q: process.extract(normalize(q), keys, scorer=fuzz.ratio, limit=5), qs
    )
    bare_pre = per_query(
        lambda k: process.extract(k, keys, scorer=fuzz.ratio, limit=5), keyed
    )
    diff = per_query(lambda q: difflib.get_close_matches(normalize(q), keys, 5), slow)
    print(
        f"| {label} | {len(keys):,} | {build * 1e3:,.0f} ms | {lookup * 1e3:.3f} "
        f"| {bare * 1e3:.3f} | {bare_pre * 1e3:.3f} | {diff * 1e3:,.1f} "
        f"| {lookup / bare:.2f}x | {diff / lookup:,.0f}x |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--data", help="a data file instead of the shipped glossary")
    args = parser.parse_args()
    g = (
        cncf_glossary.load(args.data, builtin=False)
        if args.data
        else cncf_glossary.load()
    )
    print(
        "| glossary | keys | build | lookup ms/q | rapidfuzz ms/q "
        "| rapidfuzz (keys given) ms/q | difflib ms/q | lookup/rapidfuzz "
        "| difflib/lookup |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    shipped = [(t.id, text) for t in g.values() for text in (*t.names, t.id)]
    bench(f"shipped ({len(g)} terms)", shipped, args.queries)
    for n in args.sizes:
        bench(f"synthetic {n:,}", [(f"t{i}", s) for i, s in enumerate(synthetic(n))],
              args.queries)  # fmt: skip


if __name__ == "__main__":
    main()
