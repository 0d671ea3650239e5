"""Maximal repeats: the strings of Han characters that occur in two or more documents and that
no longer string extends at every occurrence, found at once over the whole collection.

The collection's texts are laid end to end as code points (numpy), each text ended by a
separator. For each length from `MIN_LENGTH` up, every window of that length that holds only
Han characters (and the enumeration comma inside) gets a 64-bit polynomial hash; windows with
equal hashes are the same string. A window of length L + 1 can only be repeated in two documents
if both of its windows of length L are (the Apriori property), so each length looks only at the
positions that the length before left, and the work shrinks fast with length. A repeat is kept
if it is maximal: its occurrences are not all preceded by the same character, nor all followed
by the same one (else the longer string is the repeat, and this one a fragment of it).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from unionreader.arrays import POLYNOMIAL_BASE, code_points, text_of

logger = logging.getLogger(__name__)

MIN_LENGTH = 4
MAX_LENGTH = 24
ENUMERATION_COMMA = 0x3001  # 、: may stand inside a repeat, never at its edge

Positions = npt.NDArray[np.int64]
Points = npt.NDArray[np.uint32]


@dataclass(frozen=True)
class Laid:
    """Texts laid end to end: code points (0 after each text), and each text's owner."""

    points: Points
    lengths: Positions  # of each text, its separator included
    owners: npt.NDArray[np.int32]  # of each text

    @staticmethod
    def of(texts: Sequence[str], owners: Sequence[int]) -> Laid:
        joined = "\0".join(texts) + "\0"
        points = code_points(joined)
        lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
        return Laid(points, lengths, np.asarray(owners, dtype=np.int32))

    @functools.cached_property
    def owner(self) -> npt.NDArray[np.int32]:
        """Each position's owner (made when first asked: it is as long as the text)."""
        return np.repeat(self.owners, self.lengths)

    def text(self, start: int, length: int) -> str:
        return text_of(self.points[start : start + length])


def is_han(points: Points) -> npt.NDArray[np.bool_]:
    """Which code points are Han characters."""
    return ((points >= 0x3400) & (points <= 0x9FFF)) | ((points >= 0xF900) & (points <= 0xFAFF))


@dataclass(frozen=True)
class Repeats:
    """Maximal repeats, as arrays: repeat i has `lengths[i]` characters and occurs at
    `starts[offsets[i]:offsets[i + 1]]` (in order); `firsts[i]` is its first occurrence."""

    lengths: Positions
    offsets: Positions
    starts: Positions

    @property
    def firsts(self) -> Positions:
        return self.starts[self.offsets[:-1]]

    @property
    def counts(self) -> Positions:
        return np.diff(self.offsets)

    def __len__(self) -> int:
        return len(self.lengths)

    def occurrences(self, index: int) -> Positions:
        return self.starts[self.offsets[index] : self.offsets[index + 1]]

    def taken(self, order: Positions) -> Repeats:
        """The repeats at the indexes `order`, in that order."""
        counts = self.counts[order]
        offsets = np.zeros(len(order) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        at = np.repeat(self.offsets[:-1][order] - offsets[:-1], counts)
        at += np.arange(int(offsets[-1]), dtype=np.int64)
        return Repeats(self.lengths[order], offsets, self.starts[at])

    def select(self, wanted: npt.NDArray[np.bool_]) -> Repeats:
        """The repeats `wanted` marks."""
        counts = self.counts[wanted]
        member = np.repeat(wanted, self.counts)
        offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        return Repeats(self.lengths[wanted], offsets, self.starts[member])


def maximal_repeats(laid: Laid, min_documents: int = 2) -> Repeats:
    """Every maximal repeat of `MIN_LENGTH` to `MAX_LENGTH` characters found in at least
    `min_documents` documents (`laid.owner` says which document each position is in), in
    `canonical` order."""
    hashes, starts = window_hashes(laid.points)
    return canonical(distinct(grown(laid, hashes, starts, min_documents), laid))


def window_hashes(points: Points) -> tuple[npt.NDArray[np.uint64], Positions]:
    """The hash of the window of `MIN_LENGTH` characters at each position, and the positions
    whose window holds only Han characters (and the enumeration comma)."""
    size = len(points)
    inner = is_han(points) | (points == ENUMERATION_COMMA)
    bad = np.zeros(size + 1, dtype=np.int32)
    np.cumsum(~inner, dtype=np.int32, out=bad[1:])
    windows = max(size - MIN_LENGTH + 1, 0)
    clean = bad[MIN_LENGTH : MIN_LENGTH + windows] == bad[:windows]
    starts = np.flatnonzero(clean).astype(np.int64)
    hashes = np.zeros(size, dtype=np.uint64)
    for offset in range(MIN_LENGTH):
        head = hashes[: size - offset]
        head *= POLYNOMIAL_BASE
        head += points[offset:]
    return hashes, starts


def grown(
    laid: Laid, hashes: npt.NDArray[np.uint64], starts: Positions, min_documents: int = 2
) -> Repeats:
    """The maximal repeats among the windows at `starts` (ascending; `window_hashes`, whose
    `hashes` this takes over), grown from `MIN_LENGTH` a character at a time, in the order
    found. A string can come out twice (itself, and trimmed of an enumeration comma):
    `distinct` keeps one."""
    points = laid.points
    size = len(points)
    # Windows may begin or end with 、 while they grow (so that an enumeration can grow past
    # it); a maximal one is reported without it.
    found: list[Repeats] = []
    length = MIN_LENGTH
    before: _Level | None = None
    counts = np.zeros(size + 1, dtype=np.int64)  # by start: the repeated windows of a length
    while length <= MAX_LENGTH + 1 and len(starts):
        level = _level(starts, hashes[starts], laid.owner[starts], min_documents)
        if before is not None:
            counts[before.starts] = 0
        counts[level.starts] = level.sizes
        if before is not None:
            found.append(before.maximal(counts, length - 1, points))
        before = level
        # The next length starts where this window and the one after it both repeat (both
        # hold only Han characters and commas, so the longer window does too).
        kept = np.sort(level.starts)
        nxt = kept[counts[kept + 1] > 0]
        nxt = nxt[nxt + length < size]
        hashes[nxt] = hashes[nxt] * POLYNOMIAL_BASE + points[nxt + length]
        starts = nxt
        length += 1
    if before is not None and length - 1 <= MAX_LENGTH:
        found.append(before.maximal(None, length - 1, points))  # no longer window repeats
    return joined(found)


def canonical(repeats: Repeats) -> Repeats:
    """`repeats` ordered by their first occurrence, then by length: an order that does not
    hang on how they were found (`repeats_again` finds some of them another way)."""
    order = np.lexsort((repeats.lengths, repeats.firsts))
    if (order == np.arange(len(order))).all():
        return repeats
    return repeats.taken(order)


def distinct(repeats: Repeats, laid: Laid) -> Repeats:
    """Each string once: where two repeats spell the same, the one with more occurrences (the
    other's are among them). Strings are compared by a 64-bit hash of their length and code
    points, found for all repeats at once, a character at a time."""
    if len(repeats) < 2:
        return repeats
    keys = string_keys(repeats, laid)
    order = np.lexsort((-repeats.counts, keys))  # by string, the most occurrences first
    first = np.ones(len(order), dtype=bool)
    first[1:] = keys[order][1:] != keys[order][:-1]
    if first.all():
        return repeats
    wanted = np.zeros(len(repeats), dtype=bool)
    wanted[order[first]] = True
    return repeats.select(wanted)


def string_keys(repeats: Repeats, laid: Laid) -> npt.NDArray[np.uint64]:
    """A 64-bit hash of each repeat's string (its length and code points at its first
    occurrence), found for all repeats at once, a character at a time."""
    points, firsts, lengths = laid.points, repeats.firsts, repeats.lengths
    keys = lengths.astype(np.uint64)
    for offset in range(int(lengths.max()) if len(lengths) else 0):
        inside = np.flatnonzero(lengths > offset)
        keys[inside] = keys[inside] * POLYNOMIAL_BASE + points[firsts[inside] + offset]
    return keys


def joined(parts: list[Repeats]) -> Repeats:
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return Repeats(empty, np.zeros(1, dtype=np.int64), empty)
    offsets = [np.zeros(1, dtype=np.int64)]
    total = 0
    for part in parts:
        offsets.append(part.offsets[1:] + total)
        total += int(part.offsets[-1])
    return Repeats(
        np.concatenate([p.lengths for p in parts]),
        np.concatenate(offsets),
        np.concatenate([p.starts for p in parts]),
    )


@dataclass(frozen=True)
class _Level:
    """The repeated windows of one length: their starts grouped by string (in position order
    within a group), each window's group size, and where each group begins."""

    starts: Positions
    sizes: Positions
    group_first: Positions

    def maximal(self, longer: Positions | None, length: int, points: Points) -> Repeats:
        """The groups that no window one character longer extends at every occurrence
        (`longer`: the occurrence count of the longer window at each start, 0 where it does
        not repeat, with a 0 at the end for position -1), with an enumeration comma at an
        edge trimmed off (、劳动精神 is the repeat 劳动精神)."""
        firsts = self.starts[self.group_first]
        counts = self.sizes[self.group_first]
        keep = np.ones(len(counts), dtype=bool)
        if longer is not None:
            keep &= longer[firsts] != counts
            # Extended to the left at every occurrence: the window one position before has
            # the same count everywhere.
            same_left = longer[self.starts - 1] == self.sizes
            group = np.repeat(np.arange(len(counts)), counts)
            keep &= np.bincount(group, weights=same_left, minlength=len(counts)) != counts
        lead = (points[firsts] == ENUMERATION_COMMA).astype(np.int64)
        trail = (points[firsts + length - 1] == ENUMERATION_COMMA).astype(np.int64)
        lengths = length - lead - trail
        keep &= lengths >= MIN_LENGTH
        offsets = np.append(self.group_first, len(self.starts))
        shifted = self.starts + np.repeat(lead, counts)
        return Repeats(lengths, offsets, shifted).select(keep)


def _level(
    starts: Positions,
    hashes: npt.NDArray[np.uint64],
    owners: npt.NDArray[np.int32],
    min_documents: int,
) -> _Level:
    """The windows among `starts` whose string occurs in `min_documents` documents or more."""
    found = hash_groups(starts, hashes, owners, shared=min_documents > 1)
    wanted = found.documents[found.group] >= min_documents
    starts, group = found.starts[wanted], found.group[wanted]
    first = np.ones(len(group), dtype=bool)
    first[1:] = group[1:] != group[:-1]
    sizes = found.sizes[group].astype(np.int64)
    return _Level(starts, sizes, np.flatnonzero(first).astype(np.int64))


@dataclass(frozen=True)
class HashGroups:
    """Positions grouped by the hash of what starts there: each group's positions in order,
    the groups in no particular order."""

    starts: npt.NDArray[np.signedinteger[Any]]  # as given: 64-bit places, or 32-bit
    owners: npt.NDArray[np.signedinteger[Any]]  # the document of each
    group: Positions  # each position's group
    first: Positions  # where each group begins
    sizes: Positions  # positions in each group
    documents: Positions  # documents in each group


def hash_groups(
    starts: npt.NDArray[np.signedinteger[Any]],
    hashes: npt.NDArray[np.uint64],
    owners: npt.NDArray[np.signedinteger[Any]],
    shared: bool = False,
) -> HashGroups:
    """`starts` (ascending), with their `hashes` and the documents they lie in, grouped by
    hash: how big each group is and how many documents it spans; with `shared`, only the groups
    of two positions or more (most hashes of a collection's windows are found once: leaving
    them out at once keeps a large collection's peak of memory low)."""
    order, hashes = grouped(hashes)
    new_group = np.ones(len(hashes), dtype=bool)
    np.not_equal(hashes[1:], hashes[:-1], out=new_group[1:])
    del hashes
    if shared:
        alone = new_group.copy()  # begins a group, and the next position begins another
        alone[:-1] &= new_group[1:]
        order, new_group = order[~alone], new_group[~alone]
        del alone
    starts, owners = starts[order], owners[order]
    del order
    new_owner = new_group.copy()
    new_owner[1:] |= owners[1:] != owners[:-1]
    first = np.flatnonzero(new_group)
    del new_group
    sizes = np.diff(np.append(first, len(starts)))
    documents = np.add.reduceat(new_owner, first, dtype=np.int64) if len(first) else sizes
    group = np.repeat(np.arange(len(first), dtype=np.int64), sizes)
    return HashGroups(starts, owners, group, first, sizes, documents)


_MIX = np.uint64(0x9E3779B97F4A7C15)
_BLOCK = 1 << 20


def grouped(
    hashes: npt.NDArray[np.uint64],
) -> tuple[Positions, npt.NDArray[np.uint64]]:
    """An order of `hashes` that puts equal ones together, each run in the order given (as
    indexes), and the hashes in that order: `np.argsort(scrambled, kind="stable")`, where
    `scrambled` maps each hash one to one to a key whose leading bits vary as much as the
    whole hash does (a polynomial hash's do not).

    Found fast and in little memory: each key's leading bits and its index are packed in one
    number, in the keys' own array, and the numbers sorted (numpy sorts numbers several times
    as fast as it sorts indexes by them); runs of equal leading bits that hold more than one
    key (rare) are then put in order by their whole key."""
    return _in_key_order(hashes, _scrambled)


def key_order(keys: npt.NDArray[np.uint64]) -> Positions:
    """`np.argsort(keys, kind="stable")`, found as `grouped` finds its order."""
    return _in_key_order(keys, np.copy)[0]


def _in_key_order(
    values: npt.NDArray[np.uint64],
    key_of: Callable[[npt.NDArray[np.uint64]], npt.NDArray[np.uint64]],
) -> tuple[Positions, npt.NDArray[np.uint64]]:
    """`np.argsort(key_of(values), kind="stable")` and the values in that order, where
    `key_of` maps values one to one to keys (in a new array, which the sort takes over)."""
    if len(values) < 2:
        return np.arange(len(values), dtype=np.int64), values.copy()
    order, same_head = _by_leading_bits(key_of(values))
    ordered = values[order]
    mixed = same_head & (ordered[1:] != ordered[:-1])
    if mixed.any():
        slots = _mixed_runs(same_head, mixed)
        again = np.argsort(key_of(ordered[slots]), kind="stable")
        order[slots], ordered[slots] = order[slots][again], ordered[slots][again]
    return order, ordered


def _scrambled(hashes: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    keys = hashes >> np.uint64(29)
    keys ^= hashes
    keys *= _MIX
    keys ^= keys >> np.uint64(32)
    return keys


def _by_leading_bits(keys: npt.NDArray[np.uint64]) -> tuple[Positions, npt.NDArray[np.bool_]]:
    """The indexes of `keys` sorted by their leading bits, then by index (made in the keys'
    array, which this takes over), and which neighbours in that order share their leading
    bits."""
    count = len(keys)
    bits = (count - 1).bit_length()
    mask = np.uint64((1 << bits) - 1)
    keys &= ~mask
    for begin in range(0, count, _BLOCK):  # the indexes a block at a time: less memory
        end = min(begin + _BLOCK, count)
        keys[begin:end] |= np.arange(begin, end, dtype=np.uint64)
    keys.sort()
    same_head = (keys[1:] ^ keys[:-1]) <= mask
    keys &= mask
    return keys.view(np.int64), same_head


def _mixed_runs(same_head: npt.NDArray[np.bool_], mixed: npt.NDArray[np.bool_]) -> Positions:
    """The places of the runs of equal leading bits in which neighbours differ (`mixed`: a
    few short runs, found from each such pair outwards)."""
    runs: list[Positions] = []
    last, done = len(same_head), -1
    for pair in np.flatnonzero(mixed).tolist():
        if pair <= done:  # in the run found last
            continue
        begin, end = pair, pair + 1
        while begin > 0 and same_head[begin - 1]:
            begin -= 1
        while end < last and same_head[end]:
            end += 1
        runs.append(np.arange(begin, end + 1, dtype=np.int64))
        done = end
    return np.concatenate(runs)
