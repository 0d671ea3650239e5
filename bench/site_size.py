"""How large a built site is, part by part, and as GitHub Pages' deployment takes it.

Run: `python bench/site_size.py --seeds DIR`, or `--generated N` (N documents of
`bench/corpus.py`, seed 1), or `--site DIR` for a site built already. The first two build the
site into a temporary folder with a cache of its own. Printed: the bytes of each part of the
site (document pages, notes pages, downloads, search index …), the Simplified site and the
Traditional edition apart; the total and per document; and the size of the archive
`actions/upload-pages-artifact` uploads (a tar of the folder: 512 bytes of header per file and
each file padded to 512), against GitHub Pages' limit of 1 GB for a published site
(`LIMIT`; its deployment warns past it and may fail). `--json FILE` keeps the figures. Exit
status 0 always: this is a measurement.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

LIMIT = 1 << 30
"""GitHub Pages: "Published GitHub Pages sites may be no larger than 1 GB"; its deployment
compares the artifact's bytes with this."""
BLOCK = 512
EDITION = "zh-hant/"


def part(path: str) -> str:
    """Which part of the site a file is, by its site path (below the edition's folder too)."""
    if path.startswith(EDITION):
        return part(path.removeprefix(EDITION)) + " 繁"
    first = path.split("/")[0]
    if path.startswith("d/"):
        return "notes pages" if "/notes/" in path else "document pages"
    if path.startswith("data/raw/"):
        return "raw seeds"
    if path.startswith("data/"):
        name = path.removeprefix("data/")
        if name == "corpus.json":
            return "corpus.json"
        return (
            "downloads (.md, .txt)" if name.endswith((".md", ".txt")) else "terms and related data"
        )
    if path.startswith("search/pagefind/"):
        return "search index"
    if path.startswith("search/text/"):
        return "search texts"
    if first == "terms":
        return "term pages"
    if first == "page" or path == "index.html":
        return "the collection's list"
    return "other pages and files"


def measure(site: Path) -> dict[str, object]:
    """The bytes of each part, the total, and the tar archive's size, of the site in `site`."""
    sizes: Counter[str] = Counter()
    files = archive = 0
    for path in site.rglob("*"):
        if path.is_dir():
            archive += BLOCK
            continue
        size = path.stat().st_size
        sizes[part(path.relative_to(site).as_posix())] += size
        files += 1
        archive += BLOCK + -(-size // BLOCK) * BLOCK
    archive += 2 * BLOCK  # the archive's end
    corpus = site / "data" / "corpus.json"
    documents = len(json.loads(corpus.read_bytes())["documents"]) if corpus.is_file() else 0
    return {
        "documents": documents,
        "files": files,
        "bytes": sum(sizes.values()),
        "archive": archive,
        "parts": dict(sizes.most_common()),
    }


def build_site(seeds: Path, out: Path) -> None:
    import logging
    import os

    from unionreader.pipeline import BuildConfig, build

    logging.disable(logging.WARNING)
    os.environ["UNIONREADER_CACHE"] = str(out.parent / "cache")
    build(BuildConfig(seeds_dir=seeds, out_dir=out))


def report(figures: dict[str, object]) -> str:
    parts = figures["parts"]
    assert isinstance(parts, dict)
    total, archive = int(str(figures["bytes"])), int(str(figures["archive"]))
    documents = int(str(figures["documents"]))
    lines = [f"{'part':30} {'MB':>9} {'share':>7}"]
    for name, size in parts.items():
        lines.append(f"{name:30} {size / 1e6:9.2f} {size / total:7.1%}")
    per = f"; {total / max(documents, 1) / 1e3:.0f} KB a document" if documents else ""
    lines += [
        f"{'all':30} {total / 1e6:9.2f}  ({figures['files']} files, {documents} documents{per})",
        f"as the Pages artifact (tar): {archive / 1e6:.2f} MB, {archive / LIMIT:.1%} of the 1 GB"
        " a published site may take",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--seeds", type=Path, help="build this seeds folder")
    source.add_argument("--generated", type=int, help="build N generated documents")
    source.add_argument("--site", type=Path, help="measure a site built already")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="site-size-") as work:
        site = args.site
        if site is None:
            seeds = args.seeds
            if seeds is None:
                sys.path.insert(0, str(ROOT / "bench"))
                from corpus import generate

                seeds = Path(work) / "seeds"
                generate(args.generated, 1, seeds)
            site = Path(work) / "_site"
            build_site(seeds, site)
        figures = measure(site)
    print(report(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
