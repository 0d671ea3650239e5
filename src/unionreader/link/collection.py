"""The collection's texts laid end to end for the link stage, and where each unit lies."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from unionreader.link.marked import laid_out
from unionreader.link.repeats import Laid, Positions, is_han
from unionreader.link.texts import LinkText

logger = logging.getLogger(__name__)

UNICODE = 0x110000
"""Code points there are (a table of them all is a megabyte)."""


@dataclass(frozen=True)
class Places:
    """Occurrences as arrays, in reading order: document and unit (indexes into the texts),
    offset in the unit, length, place in the laid-out collection and the unit's index there."""

    docs: Positions
    units: Positions
    starts: Positions
    lengths: Positions
    at: Positions
    at_unit: Positions

    def __len__(self) -> int:
        return len(self.docs)

    @property
    def documents(self) -> int:
        return len(np.unique(self.docs))


@dataclass(frozen=True)
class Collection:
    """Every unit of every text, laid out (`Laid`, with each position's document) and joined
    as one string with NUL after each unit."""

    texts: Sequence[LinkText]
    laid: Laid
    unit_starts: Positions
    unit_docs: Positions
    unit_index: Positions  # each unit's index within its document

    @staticmethod
    def of(texts: Sequence[LinkText]) -> Collection:
        units = [unit for text in texts for unit in text.texts]
        docs = [d for d, text in enumerate(texts) for _ in text.texts]
        laid = Laid.of(units, docs)
        lengths = np.fromiter((len(u) + 1 for u in units), dtype=np.int64, count=len(units))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
        index = [np.arange(len(t.texts), dtype=np.int64) for t in texts]
        return Collection(
            texts,
            laid,
            starts,
            np.asarray(docs, dtype=np.int64),
            np.concatenate(index) if index else np.zeros(0, dtype=np.int64),
        )

    @functools.cached_property
    def joined(self) -> str:
        """Every unit's text, each followed by NUL (made when first asked)."""
        return "".join(laid_out(linked.texts) for linked in self.texts)

    def unit_start(self, doc: int, unit: int) -> int:
        """Where unit `unit` of document `doc` starts in the laid-out collection."""
        return int(self.unit_starts[int(np.searchsorted(self.unit_docs, doc)) + unit])

    def find(self, text: str) -> Positions:
        """Every start of `text`, non-overlapping from the left (as `str.count` counts)."""
        points = self.laid.points
        at = self.where(text[0])
        for offset, char in enumerate(text[1:], 1):
            at = at[at + offset < len(points)]
            at = at[points[at + offset] == np.uint32(ord(char))]
        return non_overlapping(at, len(text))

    def where(self, char: str) -> Positions:
        """Every position of `char` (found once per character and kept)."""
        found = self._where.get(char)
        if found is None:
            found = np.flatnonzero(self.laid.points == np.uint32(ord(char))).astype(np.int64)
            self._where[char] = found
        return found

    def where_all(self, chars: Iterable[str]) -> None:
        """Find every position of each of `chars` at once and keep them (`where`): one pass
        over the collection, not one per character (at 5,000 documents, 33 million)."""
        wanted = sorted({char for char in chars if char not in self._where})
        if len(wanted) < 2:
            return
        codes = np.fromiter((ord(char) for char in wanted), dtype=np.uint32, count=len(wanted))
        points = self.laid.points
        table = np.zeros(UNICODE, dtype=bool)  # a lookup per position: one gather
        table[codes] = True
        at = np.flatnonzero(table[points]).astype(np.int64)
        found = points[at]
        if len(codes) and int(codes[-1]) < 1 << 16:
            found = found.astype(np.uint16)  # numpy sorts these by radix, stably
        order = np.argsort(found, kind="stable")  # by character, each in order of position
        at, found = at[order], found[order]
        bounds = [*np.searchsorted(found, codes, "left").tolist(), len(found)]
        for char, begin, end in zip(wanted, bounds, bounds[1:], strict=False):
            self._where[char] = at[begin:end]

    @functools.cached_property
    def _where(self) -> dict[str, Positions]:
        return {}

    @functools.cached_property
    def headings(self) -> npt.NDArray[np.bool_]:
        """Which units (of the laid-out collection) are section headings."""
        marked = np.zeros(len(self.unit_starts), dtype=bool)
        first = 0
        for text in self.texts:
            marked[[first + unit for unit in text.headings]] = True
            first += len(text.texts)
        return marked

    def han_characters(self) -> Positions:
        """How many Han characters each document has."""
        han = is_han(self.laid.points).astype(np.int64)
        per_unit = np.add.reduceat(han, self.unit_starts) if len(self.unit_starts) else han[:0]
        return np.bincount(self.unit_docs, weights=per_unit, minlength=len(self.texts)).astype(
            np.int64
        )

    def places(self, found: Sequence[tuple[Positions, int]]) -> Places:
        """Positions (each array with its string's length) as places, in reading order."""
        if not found:
            empty = np.zeros(0, dtype=np.int64)
            return Places(empty, empty, empty, empty, empty, empty)
        starts = np.concatenate([positions for positions, _ in found])
        lengths = np.concatenate([np.full(len(p), n, dtype=np.int64) for p, n in found])
        order = np.argsort(starts, kind="stable")
        starts, lengths = starts[order], lengths[order]
        unit = np.searchsorted(self.unit_starts, starts, "right") - 1
        offsets = starts - self.unit_starts[unit]
        docs, index = self.unit_docs[unit], self.unit_index[unit]
        return Places(docs, index, offsets, lengths, starts, unit)


def non_overlapping(starts: Positions, length: int) -> Positions:
    """`starts` of a string of `length`, less those that overlap the one before (from the
    left, as `str.count` counts)."""
    ordered = np.sort(starts)
    if len(ordered) < 2 or (np.diff(ordered) >= length).all():
        return ordered
    kept, end = [], -1
    for start in ordered.tolist():
        if start >= end:
            kept.append(start)
            end = start + length
    return np.asarray(kept, dtype=np.int64)
