"""Page weight: the HTML of each page type (in both editions) and the CSS + JS it loads,
uncompressed and gzipped.

Run: `.venv/bin/python bench/page_weight.py` — builds the site into a temporary folder, prints a
table, and exits 1 when a document page loads more than 30 KB of CSS + JS (uncompressed). The
search engine's own bundle (Pagefind, loaded by the search page) is listed but not budgeted.
"""

from __future__ import annotations

import gzip
import logging
import posixpath
import sys
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from unionreader.pipeline import BuildConfig, build  # noqa: E402

logger = logging.getLogger(__name__)

BUDGET = 30 * 1024
"""CSS + JS of a document page (style.css, reader.js, highlight.js), uncompressed."""
SEARCH_BUNDLE = "pagefind/"


class _Assets(HTMLParser):
    """The stylesheets and scripts a page loads, and the bytes of its inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and "stylesheet" in values.get("rel", "").split():
            self.urls.append(values.get("href", ""))
        if tag == "script" and values.get("src"):
            self.urls.append(values["src"])


@dataclass(frozen=True)
class Weight:
    page: str
    html: bytes
    assets: dict[str, bytes | None]  # site path → content (None: missing from the build)

    def budgeted(self) -> dict[str, bytes]:
        return {
            path: data
            for path, data in self.assets.items()
            if data is not None and not path.startswith(SEARCH_BUNDLE)
        }


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def weigh(site: Path, page: str) -> Weight:
    """The HTML of the page at site path `page` and every local CSS and JS file it loads."""
    html = (site / page).read_bytes()
    parser = _Assets()
    parser.feed(html.decode("utf-8"))
    assets: dict[str, bytes | None] = {}
    for url in parser.urls:
        if "//" in url or ":" in url:
            continue  # another site: the browser tests make sure there is none
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page), url.split("?")[0]))
        file = site / path
        assets[path] = file.read_bytes() if file.is_file() else None
    return Weight(page, html, assets)


def page_types(site: Path) -> dict[str, str]:
    """A label and the site path of each page type (every document: they differ in length)."""
    types = {"home": "index.html"}
    for doc in sorted((site / "d").glob("*/index.html")):
        types[f"document {doc.parent.name}"] = doc.relative_to(site).as_posix()
    notes = sorted((site / "d").glob("*/notes/index.html"), key=lambda p: p.stat().st_size)
    if notes:
        types["notes (largest)"] = notes[-1].relative_to(site).as_posix()
    types["about"] = "about/index.html"
    types["404"] = "404.html"
    if (site / "search" / "index.html").exists():
        types["search"] = "search/index.html"
    edition = {}  # the same pages in the Traditional edition (they load its own scripts)
    for label, path in types.items():
        if (site / "zh-hant" / path).is_file():
            edition[f"{label} 繁"] = f"zh-hant/{path}"
    return types | edition


def table(weights: dict[str, Weight]) -> str:
    header = f"{'page':<36} {'HTML':>8} {'gzip':>7} {'CSS+JS':>8} {'gzip':>7}  files"
    lines = [header, "-" * len(header)]
    for label, weight in weights.items():
        assets = weight.budgeted()
        names = []
        for path, data in weight.assets.items():
            name = posixpath.basename(path)
            if data is None:
                name += " (missing)"
            elif path.startswith(SEARCH_BUNDLE):
                name += f" ({len(data):,} B, not budgeted)"
            names.append(name)
        lines.append(
            f"{label:<36} {len(weight.html):>8,} {gz(weight.html):>7,}"
            f" {sum(map(len, assets.values())):>8,} {sum(map(gz, assets.values())):>7,}"
            f"  {' '.join(names)}"
        )
    return "\n".join(lines)


def over_budget(weights: dict[str, Weight]) -> list[str]:
    problems = []
    for label, weight in weights.items():
        total = sum(map(len, weight.budgeted().values()))
        if label.startswith("document") and total > BUDGET:
            problems.append(f"{label}: {total:,} bytes of CSS + JS, budget {BUDGET:,}")
    return problems


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "_site"
        build(BuildConfig(seeds_dir=ROOT / "seeds", out_dir=site))
        weights = {label: weigh(site, page) for label, page in page_types(site).items()}
    print(table(weights))
    print(f"\nbytes; gzip -9 per file; budget for a document page's CSS + JS: {BUDGET:,} bytes")
    problems = over_budget(weights)
    for problem in problems:
        print(f"over budget: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
