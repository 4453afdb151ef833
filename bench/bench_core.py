"""Core benchmarks: import time and load() time, as ratios against their floors.

Run: ``python bench/bench_core.py`` (from the repository root).

* import: ``python -c "import cncf_glossary"`` against
  ``python -c "import networkx, yaml, rapidfuzz.process; from pydantic import
  BaseModel"`` (what the library cannot do without). Target: at most 1.15x.
* load: building the glossary from ``data/terms.yaml`` (parse, validate, index
  names; the graph is built on first use and timed separately) against a bare
  ``yaml.load(text, Loader=CSafeLoader)`` of the same file. Target: at most 3x.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cncf_glossary.loader import builtin_path, read_glossary  # noqa: E402

BASELINE = "import networkx, yaml, rapidfuzz.process; from pydantic import BaseModel"
OURS = "import cncf_glossary"


# Installed packages have their bytecode compiled (pip does it); a checkout under
# PYTHONDONTWRITEBYTECODE=1 would recompile our modules on every import.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_import(code: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def best_of(fn: object, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return min(samples)


def main() -> None:
    runs = 15
    compileall.compile_dir(ROOT / "src", quiet=1)
    # interleave to share machine noise fairly
    base = time_import(BASELINE, 2)
    ours = time_import(OURS, 2)
    base = time_import(BASELINE, runs)
    ours = time_import(OURS, runs)
    print(f"{'import':<28}{'ours ms':>10}{'floor ms':>10}{'ratio':>8}  target")
    print(
        f"{'import cncf_glossary':<28}{ours * 1e3:>10.1f}{base * 1e3:>10.1f}"
        f"{ours / base:>8.2f}  <= 1.15"
    )

    path = builtin_path()
    text = path.read_text(encoding="utf-8")
    bare = best_of(lambda: yaml.load(text, Loader=yaml.CSafeLoader), 20)
    load = best_of(lambda: read_glossary(path), 20)
    graph = best_of(lambda: read_glossary(path).graph, 10) - load
    print(
        f"{'load':<28}{load * 1e3:>10.1f}{bare * 1e3:>10.1f}{load / bare:>8.2f}  <= 3"
    )
    print(f"{'  + graph on first use':<28}{graph * 1e3:>10.1f}")
    print(f"({len(text.splitlines())} lines, {len(read_glossary(path))} terms)")


if __name__ == "__main__":
    main()
