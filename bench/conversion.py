"""Conversion speed: OpenCC (opencc-python-reimplemented) against `normalise/conversion.py`,
which gives the same results, on the seeds' text, for the configurations the build uses.

Run: `python bench/conversion.py [--repeat N]` — prints characters per second and the ratio for
each configuration (t2s and the like read Traditional seeds; s2tw makes the Traditional edition).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from unionreader.normalise.conversion import Conversion  # noqa: E402

logger = logging.getLogger(__name__)

CONFIGS = ("t2s", "tw2s", "hk2s", "s2tw")


def seconds(convert: Callable[[str], str], text: str, repeat: int) -> float:
    """The best of `repeat` timed conversions of `text`."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        convert(text)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best kept)")
    args = parser.parse_args(argv)
    text = "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    print(f"the five seeds: {len(text):,} characters; best of {args.repeat} runs")
    print(f"{'config':<8}{'library':>12}{'ours':>12}{'faster':>9}   same result")
    for config in CONFIGS:
        library, ours = opencc.OpenCC(config), Conversion(config)
        same = library.convert(text) == ours.convert(text)
        slow = seconds(library.convert, text, args.repeat)
        fast = seconds(ours.convert, text, args.repeat)
        print(
            f"{config:<8}{slow * 1000:>10.1f}ms{fast * 1000:>10.1f}ms{slow / fast:>8.0f}×   {same}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
