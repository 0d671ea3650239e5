"""The word index cut into chunks, and each chunk's CBOR as Pagefind 1.5 reads it.

A chunk holds a run of words in order: `[[[word, [[page, [-25, position, delta, …], []], …],
[]], …]]`, a word's pages in order and delta-coded (each after the first as the step from the one
before), a page's positions delta-coded too, after the weight mark (-25: weight 1, body text).
`tests/unit/test_pagefind_files.py` checks this against what the Pagefind binary writes.

Where chunks are cut is this module's own choice (Pagefind cuts after 20,000 entries). A chunk
ends after a word whose hash says so (content-defined, within a minimum and a maximum size), so
an edit to one document leaves the chunks away from the words it changed as they were; and chunks
are smaller than Pagefind's, so that a query downloads less (bench/search.py measures it). A
chunk is named by a hash of its postings, known before its CBOR is made: a build encodes only the
chunks the site does not hold already, in worker processes when there are many (`pack`).

The CBOR is produced with numpy for all the words of a chunk at once (a Python object per entry
would take seconds at a thousand documents): `_Items` lays the entries out, `_bytes` writes them.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from unionreader.arrays import fibonacci_hash
from unionreader.search.codes import BROKEN, CLEAN, ENDS, LETTERS, WIDTH
from unionreader.search.pagefind_files import packed
from unionreader.search.postings import VALUES, Postings, pair_code

logger = logging.getLogger(__name__)

WEIGHT_MARK = 24
"""CBOR negative integer 24 is -25: Pagefind's mark for weight 1 (body text) before positions."""
CHUNK_ENTRIES = 4_000
"""The chunk size aimed at, in Pagefind's measure: a page's positions + 2 per page of a word."""
MIN_SHARE, MAX_SHARE = 4, 3
"""A content-defined cut needs CHUNK_ENTRIES / MIN_SHARE entries; MAX_SHARE × CHUNK_ENTRIES force
one (a single word bigger than that is a chunk by itself)."""
FORMAT_VERSION = b"pagefind 1.5 chunk, UnionReader 1"
"""Part of every chunk's hash: change it when the encoding changes."""


Bytes = npt.NDArray[np.uint8]
Index = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Chunk:
    """A chunk of the word index: its first and last words, its words' positions [lo, hi) in
    the postings, its size in entries (what a query weighs it by) and a hash of its postings,
    which names its file. Its CBOR is made only if its file has to be written (`encode`)."""

    first: str
    last: str
    lo: int
    hi: int
    words: int
    entries: int
    digest: str


def chunks(postings: Postings, target: int = CHUNK_ENTRIES) -> list[Chunk]:
    """The word index cut into chunks, in word order."""
    if postings.size == 0:
        return []
    words = postings.word_starts()
    entries = np.cumsum(np.diff(np.append(words, postings.size)) + 2 * postings.pages_per_word())
    found: list[Chunk] = []
    previous = 0
    for end in _cuts(words, entries, postings.keys[words], target):
        lo, hi = int(words[previous]), _position(words, end, postings.size)
        before = int(entries[previous - 1]) if previous else 0
        found.append(
            Chunk(
                first=pair_code(int(postings.keys[lo])),
                last=pair_code(int(postings.keys[int(words[end - 1])])),
                lo=lo,
                hi=hi,
                words=end - previous,
                entries=int(entries[end - 1]) - before,
                digest=_digest(postings, lo, hi),
            )
        )
        previous = end
    return found


def _digest(postings: Postings, lo: int, hi: int) -> str:
    h = hashlib.blake2b(FORMAT_VERSION, digest_size=16)
    for array in (postings.keys, postings.pages, postings.positions):
        h.update(array[lo:hi].tobytes())
    return h.hexdigest()


def encode(postings: Postings, chunk: Chunk) -> bytes:
    """A chunk's CBOR (without signature)."""
    data, _ = _bytes(postings, chunk.lo, chunk.hi)
    return _array_head(chunk.words) + data.tobytes()


@dataclass(frozen=True)
class ChunkPart:
    """What a chunk's file is made from, on its own (picklable: made in a worker process)."""

    postings: Postings
    words: int


def part(postings: Postings, chunk: Chunk) -> ChunkPart:
    return ChunkPart(postings.slice(chunk.lo, chunk.hi), chunk.words)


def pack(chunk: ChunkPart) -> bytes:
    """The file of a chunk: its CBOR, signed and compressed."""
    data, _ = _bytes(chunk.postings, 0, chunk.postings.size)
    return packed(_array_head(chunk.words) + data.tobytes())


def _position(words: Index, word: int, size: int) -> int:
    """Where word `word` starts among the positions (`size` past the last word)."""
    return int(words[word]) if word < len(words) else size


def _cuts(words: Index, entries: Index, keys: npt.NDArray[np.uint64], target: int) -> list[int]:
    """Where chunks end (word indexes, exclusive): after a word whose hash has its low bits
    zero once the chunk holds target / MIN_SHARE entries, or once it holds MAX_SHARE × target.
    `entries` is the running count of entries after each word, `keys` the words' keys.

    Never between the two words of one pair that differ only in whether the text runs on after
    it (`postings`: the low bit of the key): a search for the pair either way is a prefix of
    both, and Pagefind extends a word only within the chunks it loads for it."""
    mean = float(entries[-1]) / len(words)
    spacing = 1 << max(0, round(np.log2(max(1.0, target / mean))))
    hashed = fibonacci_hash(keys, 32)
    pairs = keys >> np.uint64(1)
    cuttable = np.ones(len(keys), dtype=bool)
    cuttable[:-1] = pairs[1:] != pairs[:-1]
    candidates = np.flatnonzero(((hashed & np.uint64(spacing - 1)) == 0) & cuttable).tolist()
    least, most = target // MIN_SHARE, target * MAX_SHARE
    ends: list[int] = []
    base = 0
    for word in [*candidates, len(words) - 1]:
        while True:  # forced cuts before this candidate
            forced = int(np.searchsorted(entries, base + most, side="left"))
            forced += int(forced < len(keys) and not cuttable[forced])
            if forced >= word:
                break
            ends.append(forced + 1)
            base = int(entries[forced])
        if int(entries[word]) - base >= least or word == len(words) - 1:
            ends.append(word + 1)
            base = int(entries[word])
    return ends


class _Items:
    """The CBOR data items of a run of whole words, in file order, each a major type and a value:

        word:  [3-array] [8- to 10-letter text] [array of its pages] page… [empty array]
        page:  [3-array] [page number] [array: positions + 1] [-25] position… [empty array]

    Each item's index is computed from how many words, pages and positions precede it."""

    def __init__(self, postings: Postings, lo: int, hi: int) -> None:
        keys, pages = postings.keys[lo:hi], postings.pages[lo:hi]
        positions = postings.positions[lo:hi]
        count = hi - lo
        new_word = np.ones(count, dtype=bool)
        np.not_equal(keys[1:], keys[:-1], out=new_word[1:])
        new_page = new_word.copy()
        new_page[1:] |= pages[1:] != pages[:-1]
        deltas = positions.copy()
        within = np.flatnonzero(~new_page)
        deltas[within] -= positions[within - 1]
        page_starts = np.flatnonzero(new_page)
        word_starts = np.flatnonzero(new_word)
        page_of = np.cumsum(new_page) - 1
        word_of = np.cumsum(new_word) - 1
        per_page = np.diff(np.append(page_starts, count))
        first_page = page_of[word_starts]
        pages_per_word = np.diff(np.append(first_page, len(page_starts)))
        word_range = np.arange(len(word_starts))
        total = 4 * len(word_starts) + 5 * len(page_starts) + count
        self.major = np.zeros(total, dtype=np.uint8)
        self.value = np.zeros(total, dtype=np.uint32)
        word_at = 4 * word_range + 5 * first_page + word_starts
        self._set(word_at, 4, 3)
        first, second = np.divmod(keys[word_starts], np.uint64(VALUES))
        self.firsts, self.seconds = first, second  # the pair's two values (postings.pair_code)
        flags = (first % np.uint64(2) + (second >= np.uint64(2))).astype(np.uint32)
        self._set(word_at + 1, 3, 2 * WIDTH + flags)
        self._set(word_at + 2, 4, pages_per_word)
        page_at = 4 * word_of[page_starts] + 3 + 5 * np.arange(len(page_starts)) + page_starts
        self._set(page_at, 4, 3)
        page_numbers = pages[page_starts]
        later = np.flatnonzero(~new_word[page_starts])  # not the word's first page
        page_numbers[later] -= pages[page_starts[later - 1]]
        self._set(page_at + 1, 0, page_numbers)
        self._set(page_at + 2, 4, per_page + 1)
        self._set(page_at + 3, 1, WEIGHT_MARK)
        self._set(4 * word_of + 3 + 5 * page_of + 4 + np.arange(count), 0, deltas)
        self._set(page_at + 4 + per_page, 4, 0)
        ends = np.append(word_starts[1:], count)
        self._set(4 * word_range + 3 + 5 * (first_page + pages_per_word) + ends, 4, 0)
        self.words = word_at
        self.texts = word_at + 1

    def _set(self, at: Index, major: int, value: int | npt.NDArray[Any]) -> None:
        self.major[at] = major
        self.value[at] = value


_HEAD = np.array([0, 0, 24, 25, 0, 26], dtype=np.uint32)
"""CBOR additional information by item length: 1 byte + 1, 2 or 4 bytes of argument."""


def _bytes(postings: Postings, lo: int, hi: int) -> tuple[Bytes, Index]:
    """The CBOR of the words whose positions are [lo, hi), and where each word starts in it."""
    items = _Items(postings, lo, hi)
    value = items.value
    length = (value >= 24).astype(np.uint8)
    length += value >= 256
    length += value >= 65536
    length += value >= 65536
    length += 1  # bytes: 1, 2, 3 or 5
    head = np.where(length == 1, value, _HEAD[length]).astype(np.uint8)
    length[items.texts] = 1 + value[items.texts]
    starts = np.zeros(len(value) + 1, dtype=np.int64)
    np.cumsum(length, out=starts[1:])
    data = np.zeros(int(starts[-1]), dtype=np.uint8)
    at = starts[:-1]
    data[at] = (items.major << 5) | head
    for size, shifts in ((2, (0,)), (3, (8, 0)), (5, (24, 16, 8, 0))):
        chosen = np.flatnonzero(length == size)
        where, chosen_value = at[chosen], value[chosen]
        for offset, shift in enumerate(shifts, 1):
            data[where + offset] = (chosen_value >> shift) & 0xFF
    text_at = at[items.texts] + 1
    for values, last in ((items.firsts, False), (items.seconds, True)):
        letters = _letters(values // np.uint64(2))
        for offset in range(WIDTH):
            data[text_at + offset] = letters[:, offset]
        text_at += WIDTH
        if last:  # every pair but the pad's ends in CLEAN or ENDS
            marked = values >= np.uint64(2)
            odd = values[marked] % np.uint64(2) == 1
            data[text_at[marked]] = np.where(odd, ord(CLEAN), ord(ENDS))
        else:
            marked = (values % np.uint64(2)).astype(bool)
            data[text_at[marked]] = ord(BROKEN)
        text_at += marked
    return data, at[items.words]


def _letters(points: npt.NDArray[np.uint64]) -> Bytes:
    """The WIDTH ASCII letters of each code point's code (base 26, most significant first)."""
    out = np.zeros((len(points), WIDTH), dtype=np.uint8)
    rest = points.copy()
    base = np.uint64(len(LETTERS))
    for offset in range(WIDTH - 1, -1, -1):
        out[:, offset] = (rest % base).astype(np.uint8) + ord(LETTERS[0])
        rest //= base
    return out


def _array_head(count: int) -> bytes:
    """CBOR for [ followed by an array head of `count` items (a chunk is a 1-array of words)."""
    return b"\x81" + _head(4, count)


def _head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for extra, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * size):
            return bytes([major << 5 | extra]) + value.to_bytes(size, "big")
    raise ValueError(value)
