"""The search stage: each document's search entry → the search bundle under `search/`.

    search/pagefind/…          Pagefind: pagefind.js, its worker and wasm (`pagefind_runtime`),
                               pagefind-entry.json, the meta file and the word index chunks
                               (`pagefind_files`, from the postings of all documents)
    search/data.json           what every query needs: the collection's characters, where the
                               index chunks start and their sizes (in entries: what a query
                               weighs them by), and per document its kind, place and date
    search/titles.json         document titles, for the document filter (fetched when used)
    search/variants.json       Traditional and variant characters → the collection's characters,
                               fetched when a query has a character the collection lacks
    search/text/<n>.json       the title and blocks of document n, fetched when it is shown

Documents are Pagefind pages in reading order, with ids made of their number (`und_` and the
number in base 36), which also names their text files. A chunk's identity is a hash of its
postings and its file is named by it: a build encodes, compresses and writes only the chunks
whose postings changed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from unionreader.model import OutputFile
from unionreader.search import pagefind_files as files
from unionreader.search import variants
from unionreader.search.chunks import Chunk, pack, part
from unionreader.search.chunks import chunks as cut
from unionreader.search.codes import HAN_END, HAN_FIRST, WIDTH
from unionreader.search.pagefind_runtime import Runtime
from unionreader.search.postings import VALUES, Postings, collect
from unionreader.search.postings_again import PostingsMemo, entry_keys
from unionreader.search.records import SearchEntry
from unionreader.urls import (
    BUNDLE_DIR,
    DATA_FILE,
    SEARCH_DIR,
    TEXT_DIR,
    TITLES_FILE,
    VARIANTS_FILE,
)
from unionreader.write import Job, SiteFile

logger = logging.getLogger(__name__)

FORMAT = 2


@dataclass(frozen=True)
class SearchBundle:
    """The bundle's files but the documents' texts (chunks are encoded only when written),
    and figures."""

    files: tuple[SiteFile, ...]
    documents: int
    characters: int
    alphabet: int
    chunks: int


def search_bundle(
    entries: Sequence[SearchEntry], runtime: Runtime, memo: PostingsMemo | None = None
) -> SearchBundle:
    """The files of the search bundle for documents `entries` in reading order (their texts
    are written apart, at `text_path`). With `memo`, the postings are made from the last
    build's (`postings_again`)."""
    sizes = [entry.positions for entry in entries]
    postings = (
        collect(entry_keys(entries), sizes) if memo is None else memo.postings(entries, sizes)
    )
    chunks = cut(postings)
    chunk_ids = files.chunk_ids([chunk.digest for chunk in chunks])
    pages = [files.Page(files.page_id(i), size) for i, size in enumerate(sizes)]
    meta = files.meta(runtime.version, pages, [(c.first, c.last) for c in chunks], chunk_ids)
    meta_id = files.meta_id(meta)
    bundle = f"{SEARCH_DIR}/{BUNDLE_DIR}"
    made = [OutputFile(f"{bundle}/{name}", data) for name, data in runtime.files]
    entry_json = files.entry(runtime.version, meta_id, len(pages), runtime.include_characters)
    made.append(OutputFile(f"{bundle}/pagefind-entry.json", entry_json))
    made.append(OutputFile(f"{bundle}/pagefind.{meta_id}.pf_meta", files.packed(meta)))
    alphabet = _alphabet(postings)
    titles = {"titles": [e.title for e in entries], "slugs": [e.slug for e in entries]}
    made.append(_json(TITLES_FILE, titles))
    made.append(_json(VARIANTS_FILE, {"variants": _variants(alphabet)}))
    made.append(_json(DATA_FILE, _data(entries, alphabet, chunks)))
    out = [SiteFile.of(file) for file in made]
    for chunk_id, chunk in zip(chunk_ids, chunks, strict=True):
        job = Job(pack, part(postings, chunk))
        out.append(SiteFile(f"{bundle}/index/{chunk_id}.pf_index", chunk.digest, job.run, job))
    return SearchBundle(tuple(out), len(entries), postings.size, len(alphabet), len(chunks))


def text_path(number: int) -> str:
    """The site path of the text of the document at `number` in reading order: named by its
    page id without the language."""
    name = files.page_id(number).removeprefix(f"{files.LANGUAGE}_")
    return f"{SEARCH_DIR}/{TEXT_DIR}/{name}.json"


def _alphabet(postings: Postings) -> str:
    """Every character of the collection's folded text, in code point order: the first
    characters of its words (one key each; every position begins a pair)."""
    if not postings.size:
        return ""
    words = postings.keys[postings.word_starts()]
    points = np.unique(words // np.uint64(VALUES) // np.uint64(2))
    return "".join(chr(int(point)) for point in points)


def _han_bitmap(alphabet: str) -> tuple[str, str]:
    """The alphabet's characters in U+3400–U+9FFF as a base64 bitmap (bit i of byte j: code
    point HAN_FIRST + 8j + i), and the others as a string."""
    bits = bytearray((HAN_END - HAN_FIRST) // 8)
    other = []
    for char in alphabet:
        point = ord(char)
        if HAN_FIRST <= point < HAN_END:
            offset = point - HAN_FIRST
            bits[offset // 8] |= 1 << (offset % 8)
        else:
            other.append(char)
    return base64.b64encode(bytes(bits)).decode("ascii"), "".join(other)


def _variants(alphabet: str) -> str:
    """The variants table for this collection: `foreign readings` entries, space-separated."""
    table = variants.for_alphabet(frozenset(alphabet))
    return " ".join(foreign + readings for foreign, readings in table.items())


def _data(
    entries: Sequence[SearchEntry],
    alphabet: str,
    chunks: Sequence[Chunk],
) -> dict[str, Any]:
    kinds = {kind: i for i, kind in enumerate(sorted({entry.kind for entry in entries}))}
    places = {place: i for i, place in enumerate(sorted({e.place for e in entries if e.place}))}
    han, other = _han_bitmap(alphabet)
    data: dict[str, Any] = {
        "format": FORMAT,
        "han": han,
        "other": other,
        # each chunk's first word, its two codes only (the marks a word may carry only move
        # it within its pair's run of words: search.js uses these to estimate costs)
        "chunks": "".join(chunk.first[: 2 * WIDTH] for chunk in chunks),
        "sizes": [chunk.entries for chunk in chunks],
        "kinds": list(kinds),
        "kind": [kinds[entry.kind] for entry in entries],
        "places": list(places),
        "place": [places[entry.place] if entry.place else -1 for entry in entries],
        "dates": [entry.date or "" for entry in entries],
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    data["version"] = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return data


def _json(name: str, data: dict[str, Any]) -> OutputFile:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return OutputFile(f"{SEARCH_DIR}/{name}", (text + "\n").encode("utf-8"))
