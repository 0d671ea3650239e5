"""Where a document's share of a cold build goes: each step of making one document's files,
timed in one process over many documents (no workers, nothing written), in milliseconds a
document.

Run: `.venv/bin/python bench/document_costs.py` (the first 300 documents of the generated
corpus of `bench/corpus.py`, seed 1; needs jieba) or `--seeds DIR --count N` for any folder.
The steps are the build's own calls: reading, normalising, structure; the search entry (the
search text with it); the rest of the record (the card, with the reasons to review the
document, the part of corpus.json and the link stage's text); rendering the page (with no
links: the link stage is measured by `unionreader --verbose build`), the notes page and the
downloads; and their Traditional copies with the search text's, converted together as a worker
converts a batch of files (`page.edition_files`). What
this leaves out (writing files, the link stage, the search index, passing work between
processes) is in the stage times of `unionreader --verbose build`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from unionreader import urls  # noqa: E402
from unionreader.cards import card  # noqa: E402
from unionreader.documents import Placement, SiteSettings, _makers, renderer  # noqa: E402
from unionreader.edition.page import edition_files  # noqa: E402
from unionreader.edition.script import to_traditional  # noqa: E402
from unionreader.export import corpus_entry  # noqa: E402
from unionreader.link.links import NO_LINKS  # noqa: E402
from unionreader.link.texts import link_text  # noqa: E402
from unionreader.model import Document, Seed, SeedMeta  # noqa: E402
from unionreader.normalise.chain import normalise  # noqa: E402
from unionreader.search.records import search_entry  # noqa: E402
from unionreader.sources import read_source  # noqa: E402
from unionreader.structure import parse_document  # noqa: E402

T = TypeVar("T")
KINDS = {".md": "Markdown download", ".txt": "text download", ".json": "search text"}
SEARCH_TEXT = "search/text/0.json"


class Clock:
    """Seconds spent per step, over all documents."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)

    def time(self, step: str, work: Callable[..., T], *args: Any) -> T:
        started = time.perf_counter()
        result = work(*args)
        self.spent[step] += time.perf_counter() - started
        return result


def kind(path: str) -> str:
    """What a document's file is, by its site path."""
    if path.endswith("notes/index.html"):
        return "notes page"
    if path.endswith(".html"):
        return "page"
    return KINDS[Path(path).suffix]


def record_parts(doc: Document) -> None:
    """What a document's record holds besides its search entry: its card (with the reasons to
    review it), its part of corpus.json and what the link stage reads of it."""
    card(doc)
    corpus_entry(doc)
    link_text(doc)


def measure(seeds: list[Path]) -> Clock:
    """Every step for every seed."""
    clock = Clock()
    site = SiteSettings(ROOT / "templates", None, "bench")
    pages = renderer(site)
    to_traditional("预热")  # the conversion's tables, loaded once per process as in the build
    for path in seeds:
        seed = Seed(path, path.stem.replace("_", "-"), SeedMeta(), False)
        source = clock.time("read", read_source, seed)
        normalised = clock.time("normalise", normalise, source)
        doc = clock.time("structure", parse_document, normalised)
        entry = clock.time("search entry", search_entry, doc)  # the search text with it
        clock.time("record", record_parts, doc)
        place = Placement(seed, "")
        files = {SEARCH_TEXT: entry.text}
        for site_path, make in _makers(doc, place, site).items():
            if urls.twinned(site_path):  # the raw seed is copied, not made
                files[site_path] = clock.time(f"render {kind(site_path)}", make)
        page = urls.document_path(doc.slug)
        unlinked = clock.time("render page", pages.unlinked, doc, NO_LINKS)
        files[page] = clock.time("render page", pages.link, unlinked, doc.slug, None, None)
        clock.time("Traditional copies, together", edition_files, list(files.items()))
    return clock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, help="a folder of seeds (default: generated)")
    parser.add_argument("--count", type=int, default=300, help="documents to time")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        seeds = corpus.seeds_of(args.seeds, args.count, Path(work))
        clock = measure(seeds)
    total = sum(clock.spent.values())
    print(f"{len(seeds)} documents, one process; milliseconds a document")
    for step, seconds in sorted(clock.spent.items(), key=lambda item: -item[1]):
        print(f"  {step:<32}{seconds / len(seeds) * 1000:7.2f}")
    print(f"  {'all':<32}{total / len(seeds) * 1000:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
