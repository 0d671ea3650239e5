"""Where each character pair stands in each document: what the search index is made of.

Position i of a document's folded text holds the pair (text[i], text[i + 1]), or (text[i], pad)
at the end of a block, so that no pair spans two blocks (`codes.py` gives each pair its word).
A pair's first value is twice its first code point, plus 1 when a break stands inside the pair;
its second value is twice its second code point, plus 1 when the text runs on after the pair
with no break (`codes.py`: BROKEN and CLEAN in its word; the pad is 0). A pair is kept as one
integer, `key = first × 2 × 26⁴ + second`, so that keys sort exactly as their words do.
`collect` sorts the positions of all documents by key, then page (a document's place in reading
order), then position: the order of Pagefind's index.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from unionreader.arrays import code_points
from unionreader.errors import BuildError
from unionreader.search.codes import BROKEN, CLEAN, ENDS, LIMIT, code
from unionreader.search.text import BREAK

logger = logging.getLogger(__name__)

PairKeys = npt.NDArray[np.uint64]
Index = npt.NDArray[np.int64]
VALUES = 2 * LIMIT
"""Values of a pair's characters: 2 × code point, + 1 for its flag."""
KEY_BITS = (VALUES * VALUES - 1).bit_length()
"""Bits of a pair key (40): the rest of 64 bits orders positions while sorting."""


def pair_keys(blocks: Sequence[str]) -> PairKeys:
    """One key per position of a document whose folded blocks (`text.marked`) are `blocks`."""
    text = "\0".join(blocks) + "\0"
    points = code_points(text).astype(np.uint64)
    followed = np.zeros(len(points), dtype=bool)  # a break follows this character
    if BREAK in text:
        is_break = points == ord(BREAK)
        followed[:-1] = is_break[1:]
        points, followed = points[~is_break], followed[~is_break]
    points %= np.uint64(LIMIT)
    char = points != 0
    runs_on = np.zeros(len(points), dtype=bool)  # another character follows, with no break
    runs_on[:-1] = char[1:] & ~followed[:-1]
    first = points[:-1] * np.uint64(2) + followed[:-1]
    second = points[1:] * np.uint64(2) + (runs_on[1:] & char[1:])
    keys = first * np.uint64(VALUES) + second
    kept: PairKeys = keys[char[:-1]]
    return kept


def pair_code(key: int) -> str:
    """The word of a pair key."""
    first, second = divmod(int(key), VALUES)
    inside: str = BROKEN if first % 2 else ""
    after: str = (CLEAN if second % 2 else ENDS) if second >= 2 else ""  # the pad has none
    return code(chr(first // 2)) + inside + code(chr(second // 2)) + after


@dataclass(frozen=True)
class Postings:
    """Every position of every document, sorted by key, page, position."""

    keys: PairKeys
    pages: npt.NDArray[np.uint32]
    positions: npt.NDArray[np.uint32]

    @property
    def size(self) -> int:
        return len(self.keys)

    @cached_property
    def _new_word(self) -> npt.NDArray[np.bool_]:
        new = np.ones(self.size, dtype=bool)
        np.not_equal(self.keys[1:], self.keys[:-1], out=new[1:])
        return new

    def slice(self, lo: int, hi: int) -> Postings:
        """Positions [lo, hi) (whole words, for one chunk)."""
        return Postings(self.keys[lo:hi], self.pages[lo:hi], self.positions[lo:hi])

    def word_starts(self) -> Index:
        """Where each word's positions start."""
        return np.flatnonzero(self._new_word)

    def pages_per_word(self) -> Index:
        """How many pages each word stands on."""
        new_page = self._new_word.copy()
        new_page[1:] |= self.pages[1:] != self.pages[:-1]
        runs = np.cumsum(new_page)
        ends = np.append(self.word_starts()[1:], self.size) - 1
        return np.diff(np.append(0, runs[ends])).astype(np.int64)


def collect(documents: Iterable[PairKeys], sizes: Sequence[int] | None = None) -> Postings:
    """The postings of documents given in page order (each as its `pair_keys`); with `sizes`
    (their lengths), `documents` may be made one at a time, never all held at once.

    Positions are numbered across all documents, the number kept in the low bits of a 64-bit
    sort key under the pair key, so one in-place sort of one array orders everything; pages and
    positions are read back from the numbers. Memory: about 24 bytes per position at the peak.
    Past 2²⁴ positions the number no longer fits beside the key: a stable sort of the keys
    (slower, and 8 bytes more per position) orders them then.
    """
    if sizes is None:
        documents = list(documents)
        sizes = [len(keys) for keys in documents]
    lengths = np.array(sizes, dtype=np.int64)
    total = int(lengths.sum())
    index_bits = max(1, total.bit_length())
    if total >= 2**31:
        raise BuildError(f"{total} characters are more than the search index can number")
    packed = KEY_BITS + index_bits <= 64
    order = np.empty(total, dtype=np.uint64)
    start = 0
    for keys, size in zip(documents, sizes, strict=True):
        if len(keys) != size:
            raise ValueError(f"a document has {len(keys)} positions, not {size}")
        if packed:
            order[start : start + size] = keys << np.uint64(index_bits)
            order[start : start + size] |= np.arange(start, start + size, dtype=np.uint64)
        else:
            order[start : start + size] = keys
        start += size
    if packed:
        order.sort()
        keys = order >> np.uint64(index_bits)
        order &= np.uint64((1 << index_bits) - 1)
        numbers = order.astype(np.int32)
    else:
        numbers = np.argsort(order, kind="stable").astype(np.int32)
        keys = order[numbers]
    del order
    starts = (np.cumsum(lengths) - lengths).astype(np.int32)
    pages = np.repeat(np.arange(len(lengths), dtype=np.uint32), lengths)[numbers]
    numbers -= starts[pages]
    return Postings(keys, pages, numbers.astype(np.uint32))
