"""What numpy's huge pages cost a build: a fresh process touching its first arrays, and the
one-edit rebuild, with `NUMPY_MADVISE_HUGEPAGE` set to 1 (numpy's default on Linux 4.6 and later)
and to 0 (what `unionreader` sets, `cli.NUMPY_SETTINGS`), in turn.

Run: `python bench/huge_pages.py [--seeds DIR] [--count 1000] [--rounds 3] [--pause 20]`.
Each run starts after `--pause` seconds of quiet, as a rebuild does after one edits a text: on a
virtual machine that hands memory left free back to its host (this project's 2-core machine
does), memory touched after a pause is what costs. Two measurements, each round taking both
settings in turn:
1. a fresh process fills 256 MB of numpy arrays (64 MB each): wall and system seconds;
2. a rebuild of the corpus (1,000 generated documents by default; `--seeds` for a folder of
   seeds) after one edit, as `bench/build.py` makes it: wall, user and system seconds.
Medians of the rounds are printed last.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

import build as bench_build

SETTINGS = ("1", "0")
TOUCH = """
import os, time, numpy as np
started, before = time.perf_counter(), os.times()
arrays = [np.ones(64 << 20, dtype=np.uint8) for _ in range(4)]
after = os.times()
print(time.perf_counter() - started, after.system - before.system)
"""


def touch(setting: str) -> tuple[float, float]:
    """A fresh process filling 256 MB of arrays: wall and system seconds."""
    env = {**os.environ, "NUMPY_MADVISE_HUGEPAGE": setting}
    out = subprocess.run(
        [sys.executable, "-c", TOUCH], env=env, capture_output=True, text=True, check=True
    )
    wall, system = out.stdout.split()
    return float(wall), float(system)


def rebuild(prepared: bench_build.Corpus, setting: str) -> bench_build.Run:
    """The build after one more edit of the corpus, with the setting."""
    bench_build.edit_seed(prepared.edited)
    return bench_build.project_build(prepared, 600, {"NUMPY_MADVISE_HUGEPAGE": setting})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, help="a folder of seeds (default: generated)")
    parser.add_argument("--count", type=int, default=1000, help="documents (default 1,000)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pause", type=float, default=20.0, help="seconds before each run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="huge-pages-") as folder:
        work = Path(folder)
        source = corpus.seeds_of(args.seeds, args.count, work / "source")
        prepared = bench_build.prepare(source, work / "corpus", bench_build.ROOT)
        first = rebuild(prepared, "0")  # the cold build, not counted
        if not first.ok:
            print(f"the cold build failed: {first.note}")
            return 1
        touched: dict[str, list[tuple[float, float]]] = {s: [] for s in SETTINGS}
        rebuilt: dict[str, list[bench_build.Run]] = {s: [] for s in SETTINGS}
        for round_ in range(1, args.rounds + 1):
            for setting in SETTINGS:
                time.sleep(args.pause)
                touched[setting].append(touch(setting))
                time.sleep(args.pause)
                run = rebuild(prepared, setting)
                rebuilt[setting].append(run)
                wall, system = touched[setting][-1]
                print(
                    f"round {round_} NUMPY_MADVISE_HUGEPAGE={setting}: touch 256 MB {wall:.2f} s "
                    f"(system {system:.2f} s); one-edit rebuild {run.seconds:.2f} s "
                    f"(user {run.user_s:.2f} s, system {run.system_s:.2f} s)"
                    + ("" if run.ok else f" FAILED {run.note}")
                )
        print(f"\nmedians of {args.rounds} rounds, {len(source)} documents:")
        for setting in SETTINGS:
            runs = rebuilt[setting]
            print(
                f"  NUMPY_MADVISE_HUGEPAGE={setting}: "
                f"touch {statistics.median(w for w, _ in touched[setting]):.2f} s "
                f"(system {statistics.median(s for _, s in touched[setting]):.2f} s); "
                f"one-edit rebuild {statistics.median(r.seconds for r in runs):.2f} s "
                f"(user {statistics.median(r.user_s for r in runs):.2f} s, "
                f"system {statistics.median(r.system_s for r in runs):.2f} s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
