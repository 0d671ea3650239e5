"""How long reading a collection's texts takes, stage by stage, in this clone and another.

Run: `python bench/reading_time.py DIR [DIR …] [--against CLONE] [--repeat 3]`. Each clone
reads every seed of the folders with `load_document` (reading the file, normalising, parsing
the structure, and a Traditional text's readings for its edition; nothing is built), in a
process of its own with its own sources first on the path, one process on one core: what a
build's workers do with a document before its pages. The first ten seeds are read once first
(imports and tables load then); of `--repeat` passes, the quickest is kept. Printed: each
stage's seconds and the total, for this clone and the other, and their ratio. Exit status 0
always: this is a measurement.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("reading", "normalising", "structure", "readings")
WARM = 10
"""Seeds read once before the passes that are timed."""


def timed(spent: Counter[str], stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, adding the seconds each call takes to `spent[stage]`."""

    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] += time.perf_counter() - started

    return run


def measure(folders: list[Path], repeat: int) -> dict[str, float]:
    """The quickest pass's seconds by stage (and `total`), in this process."""
    import logging

    from unionreader import documents
    from unionreader.catalog import load_catalog

    logging.disable(logging.CRITICAL)
    seeds = [seed for folder in folders for seed in load_catalog(folder)]
    spent: Counter[str] = Counter()
    read, normalise, parse = documents.load_readers()
    stages = (read, normalise, parse)
    wrapped = tuple(timed(spent, name, f) for name, f in zip(STAGES, stages, strict=False))
    documents.load_readers = lambda: wrapped  # type: ignore[assignment]
    documents.readings_of = timed(spent, "readings", documents.readings_of)  # type: ignore[assignment]
    best: dict[str, float] | None = None
    for seed in seeds[:WARM]:
        _load(documents.load_document, seed)
    for _ in range(repeat):
        spent.clear()
        started = time.perf_counter()
        for seed in seeds:
            _load(documents.load_document, seed)
        total = time.perf_counter() - started
        if best is None or total < best["total"]:
            best = {**{stage: spent[stage] for stage in STAGES}, "total": total}
    assert best is not None
    return best


def _load(load: Callable[[Any], Any], seed: Any) -> None:
    try:
        load(seed)
    except Exception:
        return


def measure_with(clone: Path, folders: list[Path], repeat: int) -> dict[str, float]:
    """`measure` in a process of its own, `clone`'s sources first on the path."""
    command = [sys.executable, __file__, "--measure", "--repeat", str(repeat)]
    command += [str(folder) for folder in folders]
    environment = {**os.environ, "PYTHONPATH": str(clone / "src")}
    done = subprocess.run(command, check=True, env=environment, capture_output=True, text=True)
    times: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="folders of seeds")
    parser.add_argument("--against", type=Path, help="another UnionReader clone to time too")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the quickest is kept")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.folders, args.repeat)))
        return 0
    ours = measure_with(ROOT, args.folders, args.repeat)
    theirs = measure_with(args.against, args.folders, args.repeat) if args.against else None
    print(f"{'stage':12} {'this':>8}" + (f" {'other':>8} {'ratio':>7}" if theirs else ""))
    for stage in (*STAGES, "total"):
        line = f"{stage:12} {ours[stage]:7.2f}s"
        if theirs:
            ratio = ours[stage] / theirs[stage] if theirs[stage] else float("nan")
            line += f" {theirs[stage]:7.2f}s {ratio:6.2f}×"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
