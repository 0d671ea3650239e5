"""How long a process takes to load the build's modules, with the memo of `re`'s character
classes (`unionreader.regex_charsets`) and without it.

Run: `python bench/imports.py [--repeat 7]`. Each pass is a fresh Python process that imports
`unionreader` (which installs the memo), takes it out again for the plain passes, then imports
what a build loads (`unionreader.stages`, and the readers: the normaliser, the sources, the
structure) and prints the seconds that took; plain and memo passes alternate, and the median of
each is printed with their ratio and the classes the memo computed and reused. Exit status 0
always: this is a measurement.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASS = """
import json, sys, time
import unionreader
from unionreader import regex_charsets
if sys.argv[1] == "plain":
    regex_charsets.uninstall()
started = time.perf_counter()
import unionreader.stages
from unionreader.documents import load_readers
load_readers()
print(json.dumps({"seconds": time.perf_counter() - started, "classes": regex_charsets.counts()}))
"""


def one(kind: str) -> dict[str, object]:
    """One pass in a fresh process: its seconds and the memo's counts."""
    out = subprocess.run(
        [sys.executable, "-c", PASS, kind],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    ).stdout
    found: dict[str, object] = json.loads(out)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="passes of each kind (default 7)")
    args = parser.parse_args(argv)
    times: dict[str, list[float]] = {"plain": [], "memo": []}
    counts: object = None
    for _ in range(args.repeat):
        for kind in times:
            found = one(kind)
            times[kind].append(float(str(found["seconds"])))
            if kind == "memo":
                counts = found["classes"]
    plain, memo = (statistics.median(times[kind]) for kind in ("plain", "memo"))
    print(f"loading the build's modules, median of {args.repeat} fresh processes each:")
    print(f"  plain re:           {plain:.3f} s  ({', '.join(f'{t:.3f}' for t in times['plain'])})")
    print(f"  memo of classes:    {memo:.3f} s  ({', '.join(f'{t:.3f}' for t in times['memo'])})")
    print(f"  ratio memo ÷ plain: {memo / plain:.2f}×; classes computed, reused: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
