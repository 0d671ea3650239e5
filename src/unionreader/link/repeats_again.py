"""Maximal repeats again after a few documents changed: the strings that the changed
documents hold now, or that the last build's repeats held in the documents that went, are
worked out again over the whole collection; every other repeat is the last build's, moved to
where its documents now lie. The result is `maximal_repeats`' own (a test checks it on random
edits), found in a small part of its time.

Why that is enough. Whether a string is a maximal repeat hangs only on its occurrences and the
characters beside them. A string that no changed document holds, before or after, keeps them
all. A string that was no maximal repeat and that only lost occurrences (it was in a document
that went) is none now either: it is still in fewer documents than needed, or still preceded
(or followed) by the same character at every occurrence.

How they are worked out again. Windows of `MIN_LENGTH` characters are kept if their hash is
among the wanted ones (`wanted_hashes`): every window of the documents added, and around one
remaining occurrence of each repeat that went, every window it holds and those a character or
three beside it. So every occurrence of a string worked out again is among the windows kept,
and so are those of every string one character longer that extends it everywhere: its counts,
and whether it is maximal, come out as over the whole collection. Other strings found on the
way may come out wrong; only the strings worked out again are taken.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from unionreader.arrays import ranks
from unionreader.link.repeats import (
    MIN_LENGTH,
    Laid,
    Positions,
    Repeats,
    canonical,
    distinct,
    grown,
    joined,
    maximal_repeats,
    string_keys,
    window_hashes,
)

logger = logging.getLogger(__name__)

MAX_CHANGED = 0.1
"""When the documents added hold more than this share of the collection's characters, the
repeats are found from scratch (as fast, or faster)."""
AROUND = 3
"""Characters beside a repeat whose windows are kept with it (an enumeration comma trimmed off
its edge, and the character before or after that)."""
_BITS = 22
"""Bits of the table that tells most unwanted hashes at a glance."""


@dataclass(frozen=True)
class RepeatsState:
    """A collection's maximal repeats, with what finds them again after a change: a hash of
    each document's text and where each document starts in the laid-out collection."""

    digests: tuple[bytes, ...]
    starts: Positions
    repeats: Repeats
    min_documents: int = 2


def repeats_of(laid: Laid, last: RepeatsState | None, min_documents: int = 2) -> RepeatsState:
    """The maximal repeats of `laid` (`maximal_repeats`), from `last` when few documents
    changed since."""
    laid_out = _documents(laid)
    found = None
    if laid_out is not None and last is not None and last.min_documents == min_documents:
        found = _again(laid, *laid_out, last, min_documents)
    if found is None:
        found = maximal_repeats(laid, min_documents)
    digests, starts = laid_out if laid_out is not None else ((), np.zeros(1, dtype=np.int64))
    return RepeatsState(digests, starts, found, min_documents)


def _documents(laid: Laid) -> tuple[tuple[bytes, ...], Positions] | None:
    """A hash of each document's text (its units and their separators), and where each starts
    (and the last ends); None unless the documents are laid out one after the other, numbered
    from 0."""
    unit_starts = np.zeros(len(laid.lengths) + 1, dtype=np.int64)
    np.cumsum(laid.lengths, out=unit_starts[1:])
    owners = laid.owners
    first = np.ones(len(owners), dtype=bool)
    first[1:] = owners[1:] != owners[:-1]
    if not np.array_equal(owners[first], np.arange(int(first.sum()))):
        return None
    starts = np.append(unit_starts[:-1][first], unit_starts[-1])
    points = laid.points
    digests = tuple(
        hashlib.blake2b(points[begin:end].data, digest_size=16).digest()
        for begin, end in zip(starts[:-1].tolist(), starts[1:].tolist(), strict=True)
    )
    return digests, starts


def _again(
    laid: Laid,
    digests: tuple[bytes, ...],
    starts: Positions,
    last: RepeatsState,
    min_documents: int,
) -> Repeats | None:
    """The repeats worked out from the last build's (None: too much changed)."""
    matcher = difflib.SequenceMatcher(None, last.digests, digests, autojunk=False)
    moved = np.full(len(last.digests), -1, dtype=np.int64)  # old document → new one
    for block in matcher.get_matching_blocks():
        moved[block.a : block.a + block.size] = np.arange(block.b, block.b + block.size)
    added = np.ones(len(digests), dtype=bool)
    added[moved[moved >= 0]] = False
    sizes = np.diff(starts)
    if sizes[added].sum() > MAX_CHANGED * max(int(sizes.sum()), 1):
        return None
    old = last.repeats
    owner = np.searchsorted(last.starts, old.starts, "right") - 1  # each occurrence's document
    target = moved[owner]
    gone = np.zeros(len(old), dtype=bool)
    if len(old):
        gone = np.add.reduceat((target < 0).astype(np.int64), old.offsets[:-1]) > 0
    places = np.where(target >= 0, old.starts - last.starts[owner] + starts[target], -1)
    moved_old = Repeats(old.lengths, old.offsets, places)
    if not added.any() and not gone.any():
        return moved_old
    hashes, windows = window_hashes(laid.points)
    went = _remaining(moved_old.select(gone))
    wanted = _wanted_hashes(laid, hashes, windows, added, went)
    kept = windows[_among(hashes[windows], wanted)]
    found = grown(laid, hashes, kept, min_documents)
    # Taken from this run: the strings the added documents hold, and those of the repeats that
    # went (by their keys). From the last build: the rest, but for the strings taken here. A
    # string this run found twice (trimmed of a comma too) is made one with the rest.
    doc_of = laid.owner
    in_added = np.add.reduceat(added[doc_of[found.starts]].astype(np.int64), found.offsets[:-1])
    found_keys = string_keys(found, laid)
    still = moved_old.select(~gone)
    went_keys = string_keys(went, laid)
    taken = (in_added > 0) | np.isin(found_keys, went_keys)
    taken_keys = found_keys[in_added > 0]
    still = still.select(~np.isin(string_keys(still, laid), taken_keys))
    both = joined([still, found.select(taken)])
    return canonical(distinct(both, laid))


def _wanted_hashes(
    laid: Laid,
    hashes: npt.NDArray[np.uint64],
    windows: Positions,
    added: npt.NDArray[np.bool_],
    went: Repeats,
) -> npt.NDArray[np.uint64]:
    """The hashes of the windows to keep: every window of the documents added, and those
    around one remaining occurrence of each repeat that went (`went`: their remaining
    occurrences)."""
    doc_of = laid.owner
    in_added = windows[added[doc_of[windows]]]
    firsts, lengths = went.firsts, went.lengths
    spans = lengths + 2 * AROUND - MIN_LENGTH + 1
    near = np.repeat(firsts - AROUND, spans) + ranks(spans)
    near = near[(near >= 0) & (near < len(laid.points))]
    return np.unique(np.concatenate((hashes[in_added], hashes[near])))


def _remaining(repeats: Repeats) -> Repeats:
    """The repeats with their occurrences that remain (those of documents that went are -1
    here), leaving out a repeat with none."""
    kept = repeats.starts >= 0
    counts = np.zeros(len(repeats), dtype=np.int64)
    if len(repeats):
        counts = np.add.reduceat(kept.astype(np.int64), repeats.offsets[:-1])
    offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    trimmed = Repeats(repeats.lengths, offsets, repeats.starts[kept])
    return trimmed.select(counts > 0)


def _among(values: npt.NDArray[np.uint64], wanted: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
    """Which `values` are among `wanted` (sorted, distinct): a table of their low bits rules
    out most at once, a binary search decides the rest."""
    mask = np.uint64((1 << _BITS) - 1)
    table = np.zeros(1 << _BITS, dtype=bool)
    table[(wanted & mask).astype(np.int64)] = True
    maybe = np.flatnonzero(table[(values & mask).astype(np.int64)])
    found = np.zeros(len(values), dtype=bool)
    if len(wanted) and len(maybe):
        at = np.searchsorted(wanted, values[maybe])
        at[at == len(wanted)] = 0
        found[maybe] = wanted[at] == values[maybe]
    return found


@dataclass
class RepeatsMemo:
    """The last build's repeats (from the build cache) and, once found, this build's (kept for
    the next)."""

    last: RepeatsState | None = None
    now: RepeatsState | None = None

    def repeats(self, laid: Laid) -> Repeats:
        self.now = repeats_of(laid, self.last)
        return self.now.repeats
