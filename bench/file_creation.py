"""What creating a site's files costs on this disk, and what it costs right after a site of the
same size was deleted: the figure behind the "unsteady disk" of the build benchmarks.

Run: `python bench/file_creation.py [--files 12554] [--wait 370] [--folder DIR]`. It creates
`--files` files of 6 KB, ten to a folder (about as many files and folders as a build of 1,000
documents writes), deletes them, creates as many again at once; then deletes those, writes the
disk's changes out (sync), waits `--wait` seconds and creates as many once more; and prints
each round's wall and processor time per file.

On ext4 without a journal (as this machine's disk is mounted) the kernel will not hand out an
inode freed in the last minute (five more while its table block is unwritten): each new file
looks through the recently freed ones first (`recently_deleted` in `ext4_create`, which `perf
record -a -g` showed taking the largest share of a cold build's samples after a deleted site).
A build right after a large deletion (a benchmark's cleanup, `rm -rf _site`) then spends
seconds more in the kernel; measure builds with the work of earlier runs kept (`bench/build.py`
keeps every run's folders until it ends) and not within minutes of deleting a site (it waits
`--settle` seconds before its first build: `--wait 65` here shows a minute is not enough once
new files keep the freed inodes' blocks unwritten).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

CONTENT = b"x" * 6000
PER_FOLDER = 10


def create(root: Path, count: int) -> tuple[float, float, float]:
    """Create `count` files below `root`: seconds of wall, user and system time."""
    started, before = time.perf_counter(), os.times()
    for number in range(count):
        folder = root / f"{number // PER_FOLDER:05d}"
        if number % PER_FOLDER == 0:
            folder.mkdir(parents=True)
        with open(folder / f"{number}.html", "wb") as out:
            out.write(CONTENT)
    after = os.times()
    return time.perf_counter() - started, after.user - before.user, after.system - before.system


def report(what: str, count: int, times: tuple[float, float, float]) -> None:
    wall, user, system = (value / count * 1000 for value in times)
    print(f"  {what:<44} {wall:6.3f} ms a file ({user:.3f} user, {system:.3f} system)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=12554, help="files a round creates")
    parser.add_argument("--folder", type=Path, help="where (default: a temporary folder)")
    parser.add_argument("--wait", type=float, default=370, help="seconds before the last round")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="file-creation-", dir=args.folder))
    count = args.files
    try:
        print(f"{count} files of {len(CONTENT)} bytes, {PER_FOLDER} to a folder, in {work}")
        report("fresh", count, create(work / "first", count))
        shutil.rmtree(work / "first")
        report("right after deleting as many", count, create(work / "second", count))
        shutil.rmtree(work / "second")
        os.sync()
        time.sleep(args.wait)
        report(
            f"deleted, written out, {args.wait:.0f} s later", count, create(work / "third", count)
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
