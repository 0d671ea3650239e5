"""What making the Traditional edition costs: `page.edition_files` over every file of a built
site that has a copy in the edition, in batches of 20 as a worker converts them, timed in one
process by kind of file (processor seconds). `--batch N` converts N files at once: a build with
one CPU converts all the files of a stage in one batch.

Run: `python bench/edition.py --site _site [--repeat 3] [--batch N] [--against CLONE]`. With
`--against`, another UnionReader clone converts the same files in the same run, the two taking
turns round by round (this machine's speed wanders minute to minute: only runs side by side
compare), and the copies each makes are compared: the two must make the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 20


def kind(path: str) -> str:
    """What a file of the site is, by its path."""
    if path.startswith("terms/"):
        return "term pages"
    if path.startswith("search/"):
        return "search tables"
    if path.startswith("data/"):
        return "downloads"
    if path.endswith("notes/index.html"):
        return "notes pages"
    if path.startswith("d/"):
        return "document pages"
    return "other files"


def measure(site: Path, size: int = BATCH) -> dict[str, object]:
    """Convert every twinned file of `site` (with the `unionreader` on `sys.path`): processor
    seconds and files by kind, and a digest of what was made."""
    from unionreader import urls
    from unionreader.edition.page import edition_files

    files: dict[str, list[tuple[str, bytes]]] = defaultdict(list)
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/")
            if not path.startswith(f"{urls.EDITION_DIR}/") and urls.twinned(path):
                files[kind(path)].append((path, (site / path).read_bytes()))
    first = next(iter(files.values()))
    edition_files(first[:2])  # tables loaded before the clock starts
    seconds, counts, made = {}, {}, hashlib.sha256()
    for name in sorted(files):
        batch = sorted(files[name])
        started = time.process_time()
        for begin in range(0, len(batch), size):
            for data in edition_files(batch[begin : begin + size]):
                made.update(data)
        seconds[name] = time.process_time() - started
        counts[name] = len(batch)
    return {"seconds": seconds, "files": counts, "digest": made.hexdigest()}


def run(clone: Path, site: Path, size: int = BATCH) -> dict[str, object]:
    """`measure` in a process of its own with the clone's `src` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(clone / "src")}
    command = [sys.executable, __file__, "--site", str(site), "--batch", str(size), "--measure"]
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True, help="a site built by UnionReader")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (the median is shown)")
    parser.add_argument("--against", type=Path, help="another UnionReader clone, side by side")
    parser.add_argument(
        "--batch", type=int, default=BATCH, help=f"files converted at once (default {BATCH})"
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.site, args.batch)))
        return 0
    clones = {"this": ROOT} | ({"against": args.against} if args.against else {})
    rounds: dict[str, list[dict[str, object]]] = {label: [] for label in clones}
    for _ in range(args.repeat):
        for label, clone in clones.items():
            rounds[label].append(run(clone, args.site, args.batch))
    first = rounds["this"][0]
    files: dict[str, int] = first["files"]  # type: ignore[assignment]
    print(f"{'kind':<16}{'files':>7}" + "".join(f"{label:>22}" for label in clones))
    for name in [*sorted(files), "all"]:
        cells = []
        for label in clones:
            each = [_seconds(found, name) for found in rounds[label]]
            shown = ", ".join(f"{s:.2f}" for s in each)
            cells.append(f"{statistics.median(each):>7.2f} s ({shown})")
        count = sum(files.values()) if name == "all" else files[name]
        print(f"{name:<16}{count:>7}" + "".join(f"{cell:>22}" for cell in cells))
    if args.against:
        same = {found["digest"] for label in clones for found in rounds[label]}
        print("the same copies" if len(same) == 1 else "THE COPIES DIFFER")
        return 0 if len(same) == 1 else 1
    return 0


def _seconds(found: dict[str, object], name: str) -> float:
    seconds: dict[str, float] = found["seconds"]  # type: ignore[assignment]
    return sum(seconds.values()) if name == "all" else seconds[name]


if __name__ == "__main__":
    sys.exit(main())
