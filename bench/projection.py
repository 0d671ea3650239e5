"""Project build time, bundle size and bytes per query to larger collections from measurements.

Run: `.venv/bin/python bench/projection.py --build bench-build.json --search s1000.json
s5000.json` with the JSON files that `bench/build.py --json` and `bench/search.py --json` wrote
(any sizes; two or more for a fit). Each figure is fitted by least squares to a line in the number
of documents, y = a + b·N — what the build does per document (normalise, render, write) and what
the index holds per document both grow linearly — and the fit is printed with the figures it rests
on and its projections to 10,000 and 100,000 documents.

A line is what the measurements support, not a promise: past the sizes measured, a per-query
cost that grows with N (the documents table and Pagefind's meta file, both fetched by every first
query) eventually passes the 250 KB bar, which the printout says where it happens.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

TARGETS = (10_000, 100_000)
FIRST_QUERY_BAR_KB = 250.0


def fit(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Least squares a, b of y = a + b·x (a line through one point if there is only one)."""
    if len(points) == 1:
        x, y = points[0]
        return 0.0, y / x
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sum(
        (x - mean_x) ** 2 for x, _ in points
    )
    return mean_y - slope * mean_x, slope


def _build_points(paths: list[Path]) -> dict[str, list[tuple[float, float]]]:
    series: dict[str, list[tuple[float, float]]] = {}
    for path in paths:
        for row in json.loads(path.read_text(encoding="utf-8"))["rows"]:
            documents = row["documents"]
            for stage, run in row["project"].items():
                if run.get("ok"):
                    series.setdefault(f"build {stage} (s)", []).append((documents, run["seconds"]))
                    if stage == "cold":
                        series.setdefault("peak memory (MB)", []).append(
                            (documents, run["peak_mb"])
                        )
            peer = row["peer"].get("cold")
            if peer and peer.get("ok"):
                series.setdefault("peer cold (s)", []).append((documents, peer["seconds"]))
    return series


def _search_points(paths: list[Path]) -> dict[str, list[tuple[float, float]]]:
    series: dict[str, list[tuple[float, float]]] = {}
    for path in paths:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        documents = data["documents"]
        series.setdefault("first query, worst (KB)", []).append(
            (documents, data["first_query_kb"]["worst"])
        )
        series.setdefault("first query, median (KB)", []).append(
            (documents, data["first_query_kb"]["median"])
        )
        sizes = data["bundle_bytes"]
        series.setdefault("search bundle (MB)", []).append((documents, sizes["search"] / 2**20))
        series.setdefault("index chunks (MB)", []).append(
            (documents, sizes["search/pagefind/index"] / 2**20)
        )
    return series


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, nargs="*", default=[], help="bench/build.py JSON")
    parser.add_argument("--search", type=Path, nargs="*", default=[], help="bench/search.py JSON")
    args = parser.parse_args(argv)
    series = {**_build_points(args.build), **_search_points(args.search)}
    if not series:
        parser.error("give --build and/or --search files")
    head = "".join(f"{f'N={n:,}':>12}" for n in TARGETS)
    print(f"{'figure':<28}{'measured (N: value)':<50}{'fit a + b·N':<26}{head}")
    for name, points in series.items():
        points = sorted(points)
        a, b = fit(points)
        measured = ", ".join(f"{int(x)}: {y:.2f}" for x, y in points)
        line = f"{a:.3g} + {b:.3g}·N"
        projected = "".join(f"{a + b * n:>12.1f}" for n in TARGETS)
        print(f"{name:<28}{measured:<50}{line:<26}{projected}")
        if name.startswith("first query, worst") and b > 0:
            limit = (FIRST_QUERY_BAR_KB - a) / b
            print(f"{'':<28}the 250 KB bar is crossed near N = {limit:,.0f}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    sys.exit(main())
