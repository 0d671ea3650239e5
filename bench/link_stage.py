"""The link stage alone: terms and related passages over a whole collection, timed in one process.

Run: `.venv/bin/python bench/link_stage.py` (the 1,000 documents of the generated corpus of
`bench/corpus.py`, seed 1; needs jieba) or `--seeds DIR` for any folder of seeds. The documents
are read and normalised first (not timed), in file-name order; then the build's own calls are
timed, each the fastest of `--repeat` runs: `link_collection` (everything the link stage does),
and on their own its largest parts, finding the terms (`find_terms`, with the maximal repeats
inside it: from scratch, and after one sentence is appended to one text both from scratch and
from the last build's, as a rebuild finds them) and the related passages; then rendering every
term page and making its copy in the Traditional edition (what the workers do with the terms in
a cold build); then rendering every document's page and converting it for the edition, with
its term links, term list and related passages and without them (what the links add to the
pages). To compare two commits, run the script from a worktree of each (copy it there
if that commit lacks it), alternately.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from unionreader import urls  # noqa: E402
from unionreader.documents import SiteSettings, load_document, renderer  # noqa: E402
from unionreader.edition.page import edition_files, traditional_page  # noqa: E402
from unionreader.link.collection import Collection  # noqa: E402
from unionreader.link.links import NO_LINKS, link_collection  # noqa: E402
from unionreader.link.related import related_passages  # noqa: E402
from unionreader.link.repeats import maximal_repeats  # noqa: E402
from unionreader.link.repeats_again import repeats_of  # noqa: E402
from unionreader.link.term_config import TermsConfig  # noqa: E402
from unionreader.link.terms import find_terms  # noqa: E402
from unionreader.link.texts import LinkText, link_text  # noqa: E402
from unionreader.model import Document, Seed, SeedMeta  # noqa: E402
from unionreader.term_pages import TermTask, _named, render_term  # noqa: E402
from unionreader.workers import BATCH  # noqa: E402


def documents_of(seeds: list[Path]) -> list[Document]:
    return [
        load_document(Seed(path, path.stem.replace("_", "-"), SeedMeta(), False)) for path in seeds
    ]


def one_edit(texts: list[LinkText]) -> list[LinkText]:
    """`texts` with `build.EDIT` appended to the last unit of the middle document, as
    `bench/build.py` edits one text."""
    from build import EDIT

    middle = texts[len(texts) // 2]
    edited = replace(middle, texts=(*middle.texts[:-1], middle.texts[-1] + EDIT))
    return [*texts[: len(texts) // 2], edited, *texts[len(texts) // 2 + 1 :]]


def fastest(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def measure(docs: list[Document], repeat: int) -> dict[str, float]:
    texts = [link_text(doc) for doc in docs]
    config = TermsConfig()
    links = link_collection(texts, config)  # the word list and other tables, loaded once
    collection = Collection.of(texts)
    site = SiteSettings(ROOT / "templates", None, "bench")
    tasks = [TermTask(site, term.shown, _named(links, term)) for term in links.terms]
    pages = [render_term(task) for task in tasks]  # the templates, loaded once

    def traditional() -> None:
        for page, task in zip(pages, tasks, strict=True):
            traditional_page(page, urls.term_path(task.term.slug))

    pager = renderer(site)
    kinds = {"with": links.pages, "without": [NO_LINKS] * len(docs)}
    rendered = {
        kind: [pager.unlinked(doc, own) for doc, own in zip(docs, found, strict=True)]
        for kind, found in kinds.items()
    }

    def render_documents(kind: str) -> Callable[[], object]:
        return lambda: [pager.unlinked(d, own) for d, own in zip(docs, kinds[kind], strict=True)]

    def convert_documents(kind: str) -> Callable[[], object]:
        """Their copies in the edition, converted in a worker's batches, each following its
        document's readings."""
        made = rendered[kind]
        files = [(urls.document_path(d.slug), page) for d, page in zip(docs, made, strict=True)]
        readings = [doc.readings for doc in docs]
        return lambda: [
            edition_files(files[at : at + BATCH], readings[at : at + BATCH])
            for at in range(0, len(files), BATCH)
        ]

    last = repeats_of(collection.laid, None)
    edited = Collection.of(one_edit(texts)).laid

    count = len(tasks)
    return {
        "link_collection (all of it)": fastest(lambda: link_collection(texts, config), repeat),
        "find_terms": fastest(lambda: find_terms(Collection.of(texts), config), repeat),
        "  maximal repeats": fastest(lambda: maximal_repeats(collection.laid), repeat),
        "  maximal repeats after one edit": fastest(lambda: maximal_repeats(edited), repeat),
        "  the same, from the last build's": fastest(lambda: repeats_of(edited, last), repeat),
        "related passages": fastest(lambda: related_passages(Collection.of(texts)), repeat),
        f"{count} term pages: render": fastest(lambda: [render_term(t) for t in tasks], repeat),
        f"{count} term pages: Traditional": fastest(traditional, repeat),
        "document pages: render": fastest(render_documents("with"), repeat),
        "  rendered without links": fastest(render_documents("without"), repeat),
        "document pages: Traditional": fastest(convert_documents("with"), repeat),
        "  converted without links": fastest(convert_documents("without"), repeat),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, help="a folder of seeds (default: generated)")
    parser.add_argument("--count", type=int, default=1000, help="documents (default 1,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest is kept")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        docs = documents_of(corpus.seeds_of(args.seeds, args.count, Path(work)))
    characters = sum(len(text) for doc in docs for text in link_text(doc).texts)
    print(f"{len(docs)} documents, {characters:,} characters; seconds, fastest of {args.repeat}")
    for step, seconds in measure(docs, args.repeat).items():
        print(f"  {step:<36}{seconds:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
