"""The search stage: Corpus → the search bundle under `search/` in the (staging) site folder.

`write_search_index` runs Pagefind through its Python API on one custom record per document
(`records.record_content`), then writes what the browser needs besides Pagefind's own bundle:

    search/pagefind/…            Pagefind: pagefind.js, wasm, pf_meta, index chunks, fragments
    search/data.json             character codes, Traditional map, the documents table
    search/text/<slug>.json      the blocks of one document, fetched when it is shown

Records are added one at a time and in reading order: Pagefind numbers pages in the order they
arrive, and that order makes the index deterministic and its chunks compress well. Records carry
no Pagefind filters: Pagefind 1.5 writes its filter files in hash-map order (two builds of the
same corpus differ), and the result list filters by document, kind, place and year itself, from
the documents table in data.json.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import hashlib
import json
import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pagefind.index import IndexConfig, PagefindIndex

from unionreader.corpus import Corpus
from unionreader.errors import BuildError
from unionreader.search.codes import CharCodes, build_codes
from unionreader.search.records import (
    SearchDocument,
    display_json,
    document_row,
    record_content,
    search_documents,
)
from unionreader.search.text import fold
from unionreader.search.traditional import traditional_map

logger = logging.getLogger(__name__)

SEARCH_DIR = "search"
BUNDLE_DIR = "pagefind"
DATA_FILE = "data.json"
TEXT_DIR = "text"
LANGUAGE = "und"
"""No stemmer and no segmenter: Pagefind indexes each code word exactly as written."""
UNUSED_ASSETS = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-highlight.js",
)
"""Pagefind's ready-made interfaces; the search page uses the JS API (pagefind.js) only."""
FORMAT = 1


@dataclass(frozen=True)
class SearchIndexReport:
    """What the search stage wrote."""

    documents: int
    characters: int  # index positions (folded characters)
    alphabet: int  # distinct searchable characters
    bundle_bytes: int  # everything under search/
    index_bytes: int  # Pagefind's word index chunks
    seconds: float


def write_search_index(corpus: Corpus, site_dir: Path) -> SearchIndexReport:
    """Write the search bundle for `corpus` under `site_dir/search/`."""
    started = time.perf_counter()
    docs = search_documents(corpus)
    codes = build_codes(fold(block.text) for doc in docs for block in doc.blocks)
    root = site_dir / SEARCH_DIR
    bundle = root / BUNDLE_DIR
    if bundle.exists():
        shutil.rmtree(bundle)
    try:
        _run_pagefind(docs, codes, bundle)
    except Exception as error:  # the Pagefind service reports plain Exceptions
        raise BuildError(f"Pagefind failed: {error}", bundle) from error
    for name in UNUSED_ASSETS:
        (bundle / name).unlink(missing_ok=True)
    records = _record_ids(bundle)
    texts = [block.text for doc in docs for block in doc.blocks]
    _write_json(root / DATA_FILE, _data(docs, codes, traditional_map(codes.chars, texts), records))
    for doc in docs:
        _write_json(root / TEXT_DIR / f"{doc.slug}.json", display_json(doc))
    report = SearchIndexReport(
        documents=len(docs),
        characters=sum(doc.characters for doc in docs),
        alphabet=len(codes.chars),
        bundle_bytes=_size(root),
        index_bytes=_size(bundle / "index"),
        seconds=time.perf_counter() - started,
    )
    logger.debug("search index: %s", report)
    return report


def _run_pagefind(docs: tuple[SearchDocument, ...], codes: CharCodes, bundle: Path) -> None:
    """Run the indexing coroutine on its own thread and event loop, so that a caller that has a
    loop running (Playwright's sync API in the browser tests, a notebook) can build too."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(lambda: asyncio.run(_index(docs, codes, bundle))).result()


async def _index(docs: tuple[SearchDocument, ...], codes: CharCodes, bundle: Path) -> None:
    config = IndexConfig(output_path=str(bundle))
    async with PagefindIndex(config) as index:
        for doc in docs:
            await index.add_custom_record(
                url=f"d/{doc.slug}/",
                content=record_content(doc, codes),
                language=LANGUAGE,
            )


def _record_ids(bundle: Path) -> dict[str, str]:
    """Slug → Pagefind id of its record, read back from the fragments Pagefind wrote."""
    ids: dict[str, str] = {}
    for fragment in sorted((bundle / "fragment").glob("*.pf_fragment")):
        data = json.loads(gzip.decompress(fragment.read_bytes())[len("pagefind_dcd") :])
        slug = str(data["url"]).strip("/").removeprefix("d/")
        ids[slug] = fragment.stem
    return ids


def _data(
    docs: tuple[SearchDocument, ...],
    codes: CharCodes,
    traditional: dict[str, str],
    records: dict[str, str],
) -> dict[str, Any]:
    missing = [doc.slug for doc in docs if doc.slug not in records]
    if missing:
        raise BuildError(f"Pagefind wrote no record for {', '.join(missing)}")
    data: dict[str, Any] = {
        "format": FORMAT,
        "chars": codes.chars,
        "width": codes.width,
        "traditional": " ".join(foreign + simple for foreign, simple in traditional.items()),
        "documents": [document_row(doc, records[doc.slug]) for doc in docs],
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    data["version"] = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return data


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def _size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
