"""Pagefind 1.5's index files, written from the postings instead of by a Pagefind run.

Pagefind's indexer reads a record per document and lists, for each word, the pages and positions
it stands at. For UnionReader's words (a code per character pair, `codes.py`) that list is the
postings (`postings.py`), so the files Pagefind's browser code reads are written by the build, in
Pagefind's own format, which `tests/unit/test_pagefind_files.py` checks against what the Pagefind
binary writes for the same words:

- `index/<id>.pf_index`: a chunk of the word index (`chunks.py`), gzip of b"pagefind_dcd" + CBOR;
- `pagefind.<id>.pf_meta`: CBOR `[version, [[page id, word count], …], [[from, to, chunk id], …],
  [], [], []]`, where a chunk's from/to are cut to the shortest prefixes that tell it from its
  neighbours, as Pagefind cuts them;
- `pagefind-entry.json`: the version and the meta file of the one language, `und`.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import cbor2
from isal import igzip

logger = logging.getLogger(__name__)

SIGNATURE = b"pagefind_dcd"
LANGUAGE = "und"
"""No stemmer and no segmenter: the browser looks each code word up exactly as written."""
GZIP_LEVEL = 3
"""ISA-L's level of the files (its best): on 1,000 generated documents it takes a seventh of
zlib level 5's time (`python bench/gzip_levels.py`)."""


@dataclass(frozen=True)
class Page:
    """A document as Pagefind knows it: its id (what a result is called) and its word count."""

    id: str
    words: int


def packed(cbor: bytes) -> bytes:
    """A file as Pagefind stores it: gzip of the signature and the CBOR, with no timestamp."""
    return igzip.compress(SIGNATURE + cbor, compresslevel=GZIP_LEVEL, mtime=0)


def unpacked(data: bytes) -> bytes:
    """The CBOR of a stored file (tests and tools read chunks back)."""
    raw = gzip.decompress(data)
    if not raw.startswith(SIGNATURE):
        raise ValueError("not a Pagefind file")
    return raw[len(SIGNATURE) :]


def chunk_ids(digests: Sequence[str]) -> list[str]:
    """File ids for chunks, `und_` and the shortest prefix of the hash (at least 7) that no
    earlier chunk has, as Pagefind names them."""
    return _unique_ids(digests, 7)


def page_id(number: int) -> str:
    """The page id of the document at `number` in reading order: `und_` and the number in base
    36, so that the browser reads a result's document from its id (and the meta file, which
    lists them all, stays small)."""
    return f"{LANGUAGE}_{_base36(number)}"


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = digits[number % 36]
    while number >= 36:
        number //= 36
        out = digits[number % 36] + out
    return out


def _unique_ids(digests: Sequence[str], width: int) -> list[str]:
    taken: set[str] = set()
    ids: list[str] = []
    for digest in digests:
        size = width
        while digest[:size] in taken and size < len(digest):
            size += 1
        taken.add(digest[:size])
        ids.append(f"{LANGUAGE}_{digest[:size]}")
    return ids


def bounds(found: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each chunk's from and to as Pagefind's meta gives them, from its first and last words:
    neighbours' boundary words cut to one letter past their common prefix."""
    edges = [[first, last] for first, last in found]
    for before, after in itertools.pairwise(edges):
        common = len(_common_prefix(before[1], after[0]))
        before[1], after[0] = before[1][: common + 1], after[0][: common + 1]
    return [(first, last) for first, last in edges]


def _common_prefix(a: str, b: str) -> str:
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    return a[:size]


def meta(
    version: str, pages: Sequence[Page], found: Sequence[tuple[str, str]], ids: Sequence[str]
) -> bytes:
    """The CBOR of pagefind.<id>.pf_meta; `found` is each chunk's first and last word."""
    chunk_rows = [[a, b, i] for (a, b), i in zip(bounds(found), ids, strict=True)]
    return cbor2.dumps([version, [[p.id, p.words] for p in pages], chunk_rows, [], [], []])


def meta_id(cbor: bytes) -> str:
    """The id of the meta file: `und_` and eleven hex digits of its hash."""
    return f"{LANGUAGE}_{hashlib.blake2b(cbor, digest_size=16).hexdigest()[:11]}"


def entry(version: str, meta_file_id: str, pages: int, include: Sequence[str]) -> bytes:
    """pagefind-entry.json, as the binary writes it."""
    data = {
        "version": version,
        "languages": {LANGUAGE: {"hash": meta_file_id, "wasm": None, "page_count": pages}},
        "include_characters": list(include),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
