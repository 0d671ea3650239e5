"""The search index's postings again after a few documents changed: the last build's postings
(kept in the build cache with each page's search identity) lose the positions of the documents
that changed or went, the others' pages are renumbered to where their documents now stand, and
the positions of the documents made now are sorted on their own and slotted in. The result is
`collect`'s own, array for array (a test checks it on random edits); a rebuild after one edit
finds the pair keys of one document instead of a thousand and sorts none of the rest.

Why that is enough. A document's positions hang on its search text alone, which its search
identity names, so the last build's positions of a document with the same identity are this
build's. The postings are sorted by key, page, position: renumbering the pages of the documents
kept, in the same order as before, leaves theirs sorted; and no page is both kept and new, so
each new position goes where a binary search of (key, page) puts it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from unionreader.search.postings import PairKeys, Postings, collect, pair_keys
from unionreader.search.records import SearchEntry

logger = logging.getLogger(__name__)

MAX_NEW = 0.25
"""When the documents made now hold more than this share of the positions, the postings are
collected from scratch (as fast, or faster)."""
KEYS_AT_ONCE = 1 << 20
"""Positions whose pair keys are found in one call (many short documents at once cost far less
than one call each; a bounded batch keeps the memory of a large collection bounded)."""


@dataclass(frozen=True)
class PostingsState:
    """The postings of a collection, and each page's search identity and number of positions
    (the build cache keeps them: the next build starts from them)."""

    identities: tuple[str, ...]
    sizes: tuple[int, ...]
    postings: Postings


@dataclass
class PostingsMemo:
    """This build's search identities (one per entry, in page order), the last build's state
    (let go once used: at 5,000 documents it is near 200 MB) and, once made, this build's."""

    identities: Sequence[str]
    last: PostingsState | None = None
    now: PostingsState | None = None
    changed: bool = False  # whether this build's state is not the last build's (to be kept)

    def postings(self, entries: Sequence[SearchEntry], sizes: Sequence[int]) -> Postings:
        """The postings of `entries` (`sizes`: their positions' counts)."""
        last, self.last = self.last, None
        self.now = postings_of(entries, sizes, self.identities, last)
        self.changed = self.now is not last
        return self.now.postings


def postings_of(
    entries: Sequence[SearchEntry],
    sizes: Sequence[int],
    identities: Sequence[str],
    last: PostingsState | None,
) -> PostingsState:
    """The postings of `entries` (`collect`; `sizes`: their positions' counts), from `last`
    when few of them are new (`last` itself when it holds these very documents)."""
    if len(identities) != len(entries):
        raise ValueError(f"{len(identities)} identities for {len(entries)} entries")
    found = None if last is None else _again(entries, identities, sizes, last)
    if last is not None and found is last.postings:
        return last
    if found is None:
        found = collect(entry_keys(entries), sizes)
    return PostingsState(tuple(identities), tuple(sizes), found)


def entry_keys(entries: Sequence[SearchEntry]) -> Iterator[PairKeys]:
    """Each entry's pair keys (`SearchEntry.keys`), in order, found for a batch of entries at
    a time: the keys of texts laid end to end (each ends with NUL) are each text's keys."""
    batch: list[SearchEntry] = []
    held = 0
    for entry in entries:
        batch.append(entry)
        held += entry.positions
        if held >= KEYS_AT_ONCE:
            yield from _batch_keys(batch)
            batch, held = [], 0
    yield from _batch_keys(batch)


def _batch_keys(batch: list[SearchEntry]) -> Iterator[PairKeys]:
    if not batch:
        return
    keys = pair_keys([block for entry in batch for block in entry.blocks])
    ends = np.cumsum([entry.positions for entry in batch])
    yield from np.split(keys, ends[:-1])


def _again(
    entries: Sequence[SearchEntry],
    identities: Sequence[str],
    sizes: Sequence[int],
    last: PostingsState,
) -> Postings | None:
    """The postings made from the last build's (None: they cannot be, or it would not pay)."""
    page_of = {identity: page for page, identity in enumerate(identities)}
    if len(page_of) != len(identities):
        return None  # two documents with one search text
    count = len(last.identities)
    moved = np.fromiter((page_of.get(i, -1) for i in last.identities), np.int64, count)
    kept = moved[moved >= 0]
    if np.any(np.diff(kept) <= 0):  # the documents kept are in another order
        return None
    old = last.postings
    lengths = np.asarray(sizes, dtype=np.int64)
    held = np.asarray(last.sizes, dtype=np.int64)
    if len(held) != count or int(held.sum()) != old.size:
        return None  # not the postings of these documents (a damaged state)
    if not np.array_equal(held[moved >= 0], lengths[kept]):
        return None
    if len(kept) == count == len(identities):
        return old  # the same documents
    new = np.ones(len(identities), dtype=bool)
    new[kept] = False
    pages = np.flatnonzero(new)
    if lengths[pages].sum() > MAX_NEW * max(int(lengths.sum()), 1):
        return None
    made = collect(entry_keys([entries[p] for p in pages.tolist()]), lengths[pages].tolist())
    added = Postings(made.keys, pages[made.pages].astype(np.uint32), made.positions)
    if np.array_equal(kept, np.flatnonzero(moved >= 0)):  # the others keep their pages: the
        gone = np.flatnonzero(moved < 0)  # positions of those that went are taken out
        removed = np.flatnonzero(np.isin(old.pages, gone)) if len(gone) else gone
        return _merged(old, added, removed)
    target = moved[old.pages]
    keep = target >= 0
    remaining = Postings(old.keys[keep], target[keep].astype(np.uint32), old.positions[keep])
    return _merged(remaining, added, np.zeros(0, dtype=np.int64))


def _merged(a: Postings, b: Postings, removed: npt.NDArray[np.int64]) -> Postings:
    """Postings `a` without its positions at `removed` (ascending), and `b`, as one, sorted
    (`a` and `b` sorted, and no page in both but those `removed` held). The arrays are made
    once, stretch by stretch (at 5,000 documents each is over a hundred megabytes)."""
    if not b.size and not len(removed):
        return a
    at = _insertion(a, b)
    starts = np.flatnonzero(np.diff(at, prepend=-1))  # b's runs that go before one place
    ends = [*starts[1:].tolist(), b.size][: len(starts)]
    # Each event at its place in `a`: a run of `b` put in before it (0), or a position of `a`
    # taken out (1).
    events = sorted(
        [(int(at[start]), 0, int(start), end) for start, end in zip(starts, ends, strict=True)]
        + [(place, 1, 0, 0) for place in removed.tolist()]
    )
    old: list[npt.NDArray[Any]] = [a.keys, a.pages, a.positions]
    new: list[npt.NDArray[Any]] = [b.keys, b.pages, b.positions]
    out = [np.empty(a.size - len(removed) + b.size, dtype=array.dtype) for array in old]
    read = wrote = 0  # where `a` is read from and the result written to
    for place, kind, begin, end in [*events, (a.size, 1, 0, 0)]:
        for made, array in zip(out, old, strict=True):
            made[wrote : wrote + place - read] = array[read:place]
        wrote += place - read
        read = place
        if kind:
            read = place + 1  # taken out
        else:
            for made, array in zip(out, new, strict=True):
                made[wrote : wrote + end - begin] = array[begin:end]
            wrote += end - begin
    return Postings(out[0], out[1], out[2])


def _insertion(a: Postings, b: Postings) -> npt.NDArray[np.int64]:
    """Where each of `b`'s positions goes in `a`: before the first position whose key and page
    are not smaller (a binary search among the positions with its key, for all at once)."""
    lo = np.searchsorted(a.keys, b.keys, "left").astype(np.int64)
    hi = np.searchsorted(a.keys, b.keys, "right").astype(np.int64)
    pages = b.pages
    while (searching := lo < hi).any():
        mid = (lo + hi) // 2
        below = np.zeros(len(lo), dtype=bool)
        below[searching] = a.pages[mid[searching]] < pages[searching]
        lo = np.where(searching & below, mid + 1, lo)
        hi = np.where(searching & ~below, mid, hi)
    return lo
