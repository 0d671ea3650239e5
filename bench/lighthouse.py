"""Lighthouse on every page type, mobile and desktop, as GitHub Pages would serve the site.

Run: `python bench/lighthouse.py` (the five seeds; `--seeds DIR` for another folder). Options:
`--only home,search` runs some page types, `--form-factor mobile|desktop` one of the two,
`--json FILE` keeps every score and every audit below 1, `--runs N` runs each page N times and
keeps the median run by performance score (Lighthouse's docs/variability.md: "the median
Lighthouse score of 5 runs is twice as stable as 1 run").

1. Build the site with the real pipeline, its public address that of the local server, into a
   temporary folder; serve it under /unionreader/ with gzip (bench/pages_host.py).
2. Run Lighthouse (npm `lighthouse`, a pinned version installed into .tools/) with Debian's
   Chromium and the flags the browser tests use, once per page and form factor: home, a document
   of each kind, notes, about, search with results and with none, 404, the term index, a term
   page (and the collection's second page, when its list takes more than one), and each of
   them in the Traditional edition.
3. Print performance / accessibility / best practices / SEO per page, and under the table each
   audit that kept a score from 100. Exit status 1 unless every score is 100.

Mobile runs slow the CPU down as Lighthouse's own guide says to (docs/throttling.md, "Calibrating
the CPU slowdown"): its default 4x is calibrated for a high-end desktop host (BenchmarkIndex
1500–2000) and brings one into the mid-tier mobile range; on a slower host the guide's table
gives a smaller multiplier (a low-end desktop, 1000–1500: 2x). A first run on the home page
reads this machine's BenchmarkIndex, and the table gives the multiplier every mobile run uses;
`--cpu-slowdown N` sets it instead (`--cpu-slowdown 4`: Lighthouse's default, whatever the host).
The header of the output names the index and the multiplier.

The 404 page is measured at its own address (404.html, served 200): at a missing address it is
served with status 404 as it must be, and Lighthouse's SEO audit "Page has successful HTTP status
code" fails there by definition.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))  # chromium.py, npm_tools.py

from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from npm_tools import installed  # noqa: E402
from pages_host import PagesServer  # noqa: E402

from unionreader.edition.script import to_traditional  # noqa: E402
from unionreader.pipeline import BuildConfig, build  # noqa: E402
from unionreader.urls import traditional_path  # noqa: E402

LIGHTHOUSE = "12.8.2"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FORM_FACTORS = ["mobile", "desktop"]
FOUND = "工会"  # a phrase in every seed corpus worth the name
ABSENT = "没有这个短语啊"


SLOWDOWN_FOR_MID_TIER_MOBILE = ((1500, 4.0), (1000, 2.0), (800, 2.0), (0, 1.0))
"""(lowest BenchmarkIndex of a host class, the multiplier that makes it a mid-tier phone), from
the table in Lighthouse's docs/throttling.md: high-end desktop, low-end desktop, high-end mobile,
mid-tier mobile."""


def slowdown(benchmark_index: float) -> float:
    """The CPU slowdown Lighthouse's guide gives for a host of this BenchmarkIndex."""
    return next(
        factor for lowest, factor in SLOWDOWN_FOR_MID_TIER_MOBILE if benchmark_index >= lowest
    )


@dataclass(frozen=True)
class Score:
    page: str
    form_factor: str
    scores: dict[str, int]  # category → 0–100
    shortfalls: list[str]  # "category: audit title (score)" for each audit below 1


def page_types(site: Path) -> dict[str, str]:
    """A label and the address (relative to the site's root) of each page type."""
    corpus = json.loads((site / "data" / "corpus.json").read_text(encoding="utf-8"))
    types = {"home": ""}
    if (site / "page" / "2").is_dir():  # a collection longer than a page (pages.LISTED)
        types["list page 2"] = "page/2/"
    kinds: dict[str, str] = {}
    for doc in corpus["documents"]:
        kinds.setdefault(doc["kind"], doc["slug"])
    for kind, slug in sorted(kinds.items()):
        types[f"document ({kind})"] = f"d/{slug}/"
    notes = sorted((site / "d").glob("*/notes/index.html"), key=lambda p: p.stat().st_size)
    if notes:
        types["notes"] = notes[-1].parent.relative_to(site).as_posix() + "/"
    types["about"] = "about/"
    types["search (results)"] = f"search/?q={quote(FOUND)}"
    types["search (none)"] = f"search/?q={quote(ABSENT)}"
    types["404"] = "404.html"
    types["terms"] = "terms/"
    terms = sorted(p.parent.name for p in (site / "terms").glob("*/index.html"))
    if terms:
        types["a term"] = f"terms/{quote(terms[0])}/"
    edition = {f"{label} 繁": traditional_path(path) for label, path in types.items()}
    edition["search (results) 繁"] = (
        f"{traditional_path('search/')}?q={quote(to_traditional(FOUND))}"
    )
    if terms:  # the same term's page in the edition (its address converted)
        edition["a term 繁"] = quote(traditional_path(f"terms/{terms[0]}/"))
    return types | edition


def lighthouse(
    cli: Path, url: str, form_factor: str, cpu_slowdown: float | None = None
) -> dict[str, object]:
    command = [
        "node",
        str(cli),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-path={CHROMIUM}",
        f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    elif cpu_slowdown is not None:
        command.append(f"--throttling.cpuSlowdownMultiplier={cpu_slowdown:g}")
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse {url}: {result.stderr[-2000:]}")
    report: dict[str, object] = json.loads(result.stdout)
    return report


def score(page: str, form_factor: str, report: dict[str, object]) -> Score:
    categories: dict[str, dict[str, object]] = report["categories"]  # type: ignore[assignment]
    audits: dict[str, dict[str, object]] = report["audits"]  # type: ignore[assignment]
    scores = {name: round(float(categories[name]["score"] or 0) * 100) for name in CATEGORIES}
    shortfalls = []
    for name in CATEGORIES:
        for ref in categories[name]["auditRefs"]:  # type: ignore[attr-defined]
            audit = audits[ref["id"]]
            value = audit.get("score")
            if ref["weight"] and value is not None and float(value) < 1:  # type: ignore[arg-type]
                shown = audit.get("displayValue") or ""
                shortfalls.append(f"{name}: {audit['title']} ({value}) {shown}".rstrip())
    return Score(page, form_factor, scores, shortfalls)


def median_run(runs: list[Score]) -> Score:
    """The run whose performance score is the median of the runs (the lower of the middle two)."""
    ordered = sorted(runs, key=lambda run: run.scores["performance"])
    return ordered[(len(ordered) - 1) // 2]


def table(results: list[Score]) -> str:
    short = {"performance": "perf", "accessibility": "a11y", "best-practices": "bp", "seo": "seo"}
    header = f"| page | form factor | {' | '.join(short[c] for c in CATEGORIES)} |"
    lines = [header, "|---|---|" + "---|" * len(CATEGORIES)]
    for r in results:
        cells = " | ".join(str(r.scores[c]) for c in CATEGORIES)
        lines.append(f"| {r.page} | {r.form_factor} | {cells} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--only", help="comma-separated page labels (as printed), e.g. home,404")
    parser.add_argument("--form-factor", choices=FORM_FACTORS)
    parser.add_argument("--json", type=Path, help="write every score and shortfall here")
    parser.add_argument(
        "--cpu-slowdown", type=float, help="mobile CPU multiplier (default: calibrated, see above)"
    )
    parser.add_argument("--runs", type=int, default=1, help="runs per page (the median is kept)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    cli = installed("lighthouse", LIGHTHOUSE, "cli/index.js")
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "_site"
        server = PagesServer(site)
        try:
            build(BuildConfig(seeds_dir=args.seeds, out_dir=site, base_url=server.url))
            types = page_types(site)
            calibration = lighthouse(cli, server.url, "mobile")
            environment: dict[str, float] = calibration["environment"]  # type: ignore[assignment]
            index = float(environment["benchmarkIndex"])
            factor = args.cpu_slowdown or slowdown(index)
            print(f"BenchmarkIndex {index:.0f}: mobile CPU slowdown {factor:g}x", file=sys.stderr)
            if args.only:
                wanted = set(args.only.split(","))
                types = {label: path for label, path in types.items() if label in wanted}
            results = []
            for label, path in types.items():
                for form_factor in [args.form_factor] if args.form_factor else FORM_FACTORS:
                    runs = [
                        score(
                            label,
                            form_factor,
                            lighthouse(cli, server.url + path, form_factor, factor),
                        )
                        for _ in range(args.runs)
                    ]
                    results.append(median_run(runs))
                    print(f"  {label} ({form_factor}): {results[-1].scores}", file=sys.stderr)
        finally:
            server.close()
    runs = f"; median of {args.runs} runs a page" if args.runs > 1 else ""
    print(
        f"Lighthouse {LIGHTHOUSE}, Debian Chromium, served with gzip under /unionreader/; "
        f"host BenchmarkIndex {index:.0f}, mobile CPU slowdown {factor:g}x{runs}\n"
    )
    print(table(results))
    short = [(r, s) for r in results for s in r.shortfalls]
    if short:
        print("\naudits below 100:")
        for r, s in short:
            print(f"  {r.page} ({r.form_factor}) {s}")
    if args.json:
        rows = [r.__dict__ for r in results]
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if all(v == 100 for r in results for v in r.scores.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
