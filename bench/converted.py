"""How much text the Traditional edition's conversion converts in a whole build, process by
process: the characters handed to the dictionary conversion (each distinct run of Chinese of a
batch of files once: `edition/script.py`).

Run: `.venv/bin/python bench/converted.py` (a cold build of the 1,000 documents of the generated
corpus of `bench/corpus.py`, seed 1; needs jieba) or `--seeds DIR` for any folder of seeds, into a
temporary folder with an empty cache. To compare two commits, run it from a worktree of each
(copy it there if that commit lacks it). The build's workers are forked from this process, so
they count with the conversion this script wraps.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from unionreader.edition import script  # noqa: E402
from unionreader.pipeline import BuildConfig, build  # noqa: E402


def counted(folder: Path, convert: Callable[[str], str]) -> Callable[[str], str]:
    """`convert`, each call adding its text's length to this process's file in `folder`."""
    totals = {"calls": 0, "characters": 0}

    def wrapped(text: str) -> str:
        totals["calls"] += 1
        totals["characters"] += len(text)
        (folder / str(os.getpid())).write_text(json.dumps(totals))
        return convert(text)

    return wrapped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, help="a folder of seeds (default: generated)")
    parser.add_argument("--documents", type=int, default=1000, help="generated documents")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        place = Path(work)
        seeds = args.seeds
        if seeds is None:
            seeds = place / "seeds"
            corpus.generate(args.documents, 1, seeds)
        counts = place / "counts"
        counts.mkdir()
        script._convert_dense = counted(counts, script._convert_dense)
        build(BuildConfig(seeds, place / "site", cache_dir=place / "cache", progress=False))
        found = [json.loads(path.read_text()) for path in sorted(counts.iterdir())]
    print(f"{'process':<10}{'calls':>8}{'characters converted':>24}")
    for number, totals in enumerate(found, 1):
        print(f"{number:<10}{totals['calls']:>8}{totals['characters']:>24,}")
    print(f"{'all':<10}{sum(t['calls'] for t in found):>8}", end="")
    print(f"{sum(t['characters'] for t in found):>24,}")


if __name__ == "__main__":
    main()
