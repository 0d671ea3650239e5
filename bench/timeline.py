"""Where a build keeps the CPUs busy: each process's share of a CPU, sampled every quarter second,
beside the stage times `unionreader --verbose build` logs.

Run: `python bench/timeline.py DIR` builds the seeds folder DIR from scratch (into a temporary
site and cache) and prints one line per sample: seconds since the start, then each process of
the build (the build's own first, then its workers and the processes it forks) as
`pid:share`, a share of 100% being one CPU; a stage's line when it ends. Linux only (it reads
`/proc`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP = 0.25
"""Seconds between samples."""


def cpu_seconds(pid: int) -> float | None:
    """The processor time (user and system) a process has used, or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    """The processes `pid` started."""
    try:
        tasks = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(task) for task in tasks]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path, help="the seeds folder to build")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="timeline-") as work:
        command = [sys.executable, "-m", "unionreader.cli", "--verbose", "build"]
        command += ["--seeds", str(args.seeds), "--out", f"{work}/site"]
        environment = {**os.environ, "UNIONREADER_CACHE": f"{work}/cache"}
        environment["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT / "src"), environment.get("PYTHONPATH", "")]
        )
        build = subprocess.Popen(
            command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        lines: list[str] = []

        def stages() -> None:
            assert build.stderr is not None
            for line in build.stderr:
                if line.startswith("DEBUG: ") and line.rstrip().endswith(" s") and ": " in line[7:]:
                    lines.append(f"{time.perf_counter() - started:7.2f}  stage {line[7:].strip()}")

        reader = threading.Thread(target=stages, daemon=True)
        reader.start()
        before: dict[int, float] = {}
        while build.poll() is None:
            time.sleep(STEP)
            shares = []
            for pid in [build.pid, *children(build.pid)]:
                used = cpu_seconds(pid)
                if used is None:
                    continue
                shares.append(f"{pid}:{(used - before.get(pid, used)) / STEP:.0%}")
                before[pid] = used
            lines.append(f"{time.perf_counter() - started:7.2f}  " + " ".join(shares))
        reader.join(timeout=5)
    for line in sorted(lines, key=lambda line: float(line.split()[0])):
        print(line)
    return build.returncode


if __name__ == "__main__":
    sys.exit(main())
