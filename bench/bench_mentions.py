"""Mention finding over 1 MB of text: ``Glossary.mentions`` against flashtext and
pyahocorasick over the same names and aliases.

Usage: ``python bench/bench_mentions.py [--size 1000000] [--data FILE]``

The text is the evaluation passages (``tests/eval/passages``) and every term's
definition, shuffled with a fixed seed and repeated to ``--size`` characters:
cloud-native prose dense with names, including ordinary words that need context.

- ``mentions``: ``Glossary.mentions`` (index built beforehand, build time apart):
  exact names with separators and plurals, misspellings, ordinary words decided
  from context, :class:`~cncf_glossary.Mention` records out; best of three
  calls, so the index's memos (words seen, contexts decided) are warm;
- ``mentions, fresh index``: the first call on a newly built index, memos cold:
  what the command line pays for one file;
- ``mentions, new text``: the index warm, the text unseen: the megabyte with an
  ordinary English word put after one word in eight (a new seed each run), so
  that the words around each name differ from any met before;
- ``flashtext``: ``KeywordProcessor.extract_keywords(text, span_info=True)`` over
  every name and alias (case-insensitive, whole words);
- ``pyahocorasick``: one automaton over the lower-cased names and aliases,
  ``A.iter(text.lower())`` with a whole-word check on each hit: the floor for exact
  multi-pattern search (pyahocorasick is also what ``mentions`` scans with);
- ``flashtext, new text``: flashtext over one of the unseen texts.

Memory: what building each of the three holds, by tracemalloc (pyahocorasick
allocates through Python's allocator, so its nodes are counted).

Targets (issue 3): at least as fast as flashtext; within 3x of pyahocorasick.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import ahocorasick
from flashtext import KeywordProcessor

import cncf_glossary
from cncf_glossary.lookup import english_words
from cncf_glossary.mentions import TextIndex

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "eval"))
from evaluate import parse_passage  # type: ignore[import-not-found]  # noqa: E402


def corpus(g: cncf_glossary.Glossary, size: int) -> str:
    parts = [
        parse_passage(p.name, p.read_text(encoding="utf-8")).text
        for p in sorted((HERE.parent / "tests" / "eval" / "passages").glob("*.md"))
    ]
    parts += [t.definition for t in g.values()]
    random.Random(11).shuffle(parts)
    block = "\n\n".join(parts)
    return (block * (size // len(block) + 1))[:size]


def unseen(text: str, seed: int) -> str:
    """``text`` with an English word after one word in eight, as long as before."""
    rng = random.Random(seed)
    fillers = sorted(w for w in english_words() if w.isalpha() and 3 <= len(w) <= 8)
    out: list[str] = []
    for word in text.split(" "):
        out.append(word)
        if rng.random() < 0.125:
            out.append(rng.choice(fillers))
    return " ".join(out)[: len(text)]


def held(build: Callable[[], object]) -> float:
    """Megabytes that what ``build`` makes holds."""
    tracemalloc.start()
    kept = build()
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return size / 1e6


def best_of(fn: Callable[[], list[T]], runs: int = 3) -> tuple[float, list[T]]:
    """The best time of ``runs`` calls, and what the last one returned."""
    best, out = float("inf"), []
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--data", help="a data file instead of the shipped glossary")
    args = parser.parse_args()
    g = (
        cncf_glossary.load(args.data, builtin=False)
        if args.data
        else cncf_glossary.load()
    )
    text = corpus(g, args.size)
    names = [(t.id, n) for t in g.values() for n in t.names]

    t = time.perf_counter()
    g.mentions("warm up")
    build = time.perf_counter() - t
    ours, found = best_of(lambda: g.mentions(text))

    def fresh() -> list[cncf_glossary.Mention]:
        index = TextIndex(g.values())  # built outside the timing below
        t = time.perf_counter()
        out = index.mentions(text)
        times.append(time.perf_counter() - t)
        return out

    times: list[float] = []
    for _ in range(3):
        fresh()
    cold = min(times)

    new_texts = [unseen(text, seed) for seed in range(3)]
    new_times = []
    for new_text in new_texts:
        t = time.perf_counter()
        new_found = g.mentions(new_text)
        new_times.append(time.perf_counter() - t)
    new = min(new_times)

    kp = KeywordProcessor()
    for tid, n in names:
        kp.add_keyword(n, tid)
    flash, flash_found = best_of(lambda: kp.extract_keywords(text, span_info=True))
    flash_new, flash_new_found = best_of(
        lambda: kp.extract_keywords(new_texts[-1], span_info=True)
    )

    automaton = ahocorasick.Automaton()
    for tid, n in names:
        automaton.add_word(n.lower(), (tid, len(n)))
    automaton.make_automaton()

    def aho() -> list[tuple[int, int, str]]:
        low = text.lower()
        out = []
        for end, (tid, n) in automaton.iter(low):
            start = end - n + 1
            if (start == 0 or not low[start - 1].isalnum()) and (
                end + 1 == len(low) or not low[end + 1].isalnum()
            ):
                out.append((start, end + 1, tid))
        return out

    floor, aho_found = best_of(aho)

    def keywords() -> KeywordProcessor:
        kp = KeywordProcessor()
        for tid, n in names:
            kp.add_keyword(n, tid)
        return kp

    def bare() -> ahocorasick.Automaton:
        a = ahocorasick.Automaton()
        for tid, n in names:
            a.add_word(n.lower(), (tid, len(n)))
        a.make_automaton()
        return a

    sizes = [held(lambda: TextIndex(g.values())), held(keywords), held(bare)]
    print(
        f"text: {len(text):,} characters; glossary: {len(g)} terms, {len(names)} "
        f"names and aliases; index built in {build * 1e3:.0f} ms"
    )
    print("| method | ms | hits | time vs mentions |")
    print("|---|---:|---:|---:|")
    for label, secs, hits in (
        ("mentions", ours, len(found)),
        ("mentions, fresh index", cold, len(found)),
        ("mentions, new text", new, len(new_found)),
        ("flashtext", flash, len(flash_found)),
        ("flashtext, new text", flash_new, len(flash_new_found)),
        ("pyahocorasick", floor, len(aho_found)),
    ):
        print(f"| {label} | {secs * 1e3:.0f} | {hits:,} | {secs / ours:.2f}x |")
    print(
        "memory held: text index {:.1f} MB, flashtext {:.1f} MB, "
        "pyahocorasick {:.1f} MB".format(*sizes)
    )
    print(
        f"mentions runs at {flash / ours:.2f}x flashtext's speed "
        f"({flash_new / new:.2f}x on new text) and takes {ours / floor:.2f}x "
        "pyahocorasick's time"
    )


if __name__ == "__main__":
    main()
