"""Related passages: the same sentence or clause re-used in another document (text reuse).

Only Han characters count (punctuation and spacing are often changed when a passage is re-used).
Every run of `SEED` consecutive Han characters within a unit gets a 64-bit hash, and the runs
whose hash is divisible by `SAMPLE` are the seeds (a fixed quarter of all runs, the same in
every text, so that equal text gives equal seeds). Seeds with the same hash in two to `SPREAD`
documents are shared (one in more documents is a stock phrase, which the terms cover, not a
re-used passage). Shared seeds of two units on one diagonal (the same offset between the two
texts) make one passage when they lie close enough to belong to one stretch of equal text, or
to one with `GAP` characters changed; the passage is then extended character by character
to where the equal text ends (past up to `GAP` changed characters followed by `BRIDGE` equal
ones); what it reached at either end that is stock text (every run of `SEED` characters there
found in more than `SPREAD` documents: a dateline such as 央视网消息（新闻联播）, which a passage
after it would otherwise take in) is taken off again, and the passage kept when it shares
`MIN_SHARED` characters or more.
`bench/reuse.py` measured these choices.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from unionreader.arrays import POLYNOMIAL_BASE, fibonacci_hash, ranks
from unionreader.link.collection import Collection
from unionreader.link.repeats import Points, hash_groups, is_han

logger = logging.getLogger(__name__)

SEED = 8
GAP = 2
MIN_SHARED = 20
SPREAD = 8
SAMPLE = 4
BRIDGE = 4  # equal characters after a gap that carry a passage on

HanPlaces = npt.NDArray[np.int32]  # per Han character: its place in the collection


@dataclass(frozen=True)
class HanUnits:
    """Where each unit's Han characters begin in the stream of the collection's Han characters
    (as many as lie before the unit), and the stream's length at the end: which unit a Han
    character is in is found from these when asked (an array of them all would be as long as
    the collection, at the peak of a large build's memory)."""

    bounds: npt.NDArray[np.int64]

    @staticmethod
    def of(collection: Collection, han_at: HanPlaces) -> HanUnits:
        starts = np.searchsorted(han_at, collection.unit_starts)
        return HanUnits(np.append(starts, len(han_at)).astype(np.int64))

    def unit(self, at: npt.NDArray[np.signedinteger[Any]]) -> npt.NDArray[np.int64]:
        """The unit (index in the collection) of each Han character at `at` in the stream."""
        found: npt.NDArray[np.int64] = np.searchsorted(self.bounds, at, "right") - 1
        return found

    def crossed(self, begin: int, end: int, length: int) -> npt.NDArray[np.bool_]:
        """Which runs of `length` characters starting from `begin` to `end` in the stream run
        into another unit (a unit begins after their first character)."""
        inside = self.bounds[(self.bounds > begin) & (self.bounds < end + length - 1)]
        crossed = np.zeros(end - begin, dtype=bool)
        for offset in range(1, length):
            at = inside - offset - begin
            crossed[at[(at >= 0) & (at < end - begin)]] = True
        return crossed

    def unit_of(self, at: int) -> int:
        """`unit` of one Han character, as a number (without making an array of one: each
        candidate passage asks it four times)."""
        return int(np.searchsorted(self.bounds, at, "right")) - 1

    def span(self, unit: int) -> tuple[int, int]:
        """Where the unit's Han characters begin and end in the stream."""
        return int(self.bounds[unit]), int(self.bounds[unit + 1])


@dataclass(frozen=True)
class Passage:
    """A stretch of one unit shared with a stretch of a unit of another document: unit
    (document and unit index), where it starts and ends in the unit's text, and how many Han
    characters the two share."""

    doc: int
    unit: int
    start: int
    end: int
    other_doc: int
    other_unit: int
    other_start: int
    other_end: int
    shared: int


def related_passages(collection: Collection, config: ReuseConfig | None = None) -> list[Passage]:
    """Every re-used passage, once from each side, in reading order of the first side."""
    config = config or ReuseConfig()
    laid = collection.laid
    han_at = np.flatnonzero(is_han(laid.points)).astype(np.int32)
    if len(han_at) < config.seed:
        return []
    units = HanUnits.of(collection, han_at)
    points = laid.points[han_at]
    starts, hashes = _sampled_seeds(points, units, config)
    docs = collection.unit_docs[units.unit(starts)].astype(np.int32)  # half the memory
    pairs = _seed_pairs(starts, hashes, docs, config)
    if not len(pairs):
        return []
    result = []
    seen = set()
    one, other, lengths = _extended(points, units, _passages(pairs, units, config), config)
    long_enough = _equal(points, (one, other), lengths) >= config.min_shared
    found = (one[long_enough], other[long_enough], lengths[long_enough])
    one, other, lengths = _without_stock(points, units, found, config, collection.unit_docs)
    shared = _equal(points, (one, other), lengths)
    kept = np.flatnonzero(shared >= config.min_shared)
    rows = zip(*(column[kept].tolist() for column in (one, other, lengths, shared)), strict=True)
    for a, b, length, equal in rows:
        if (a, b) in seen:
            continue
        seen.add((a, b))
        here = _span(collection, han_at, units, a, length)
        there = _span(collection, han_at, units, b, length)
        result.append(Passage(*here, *there, equal))
        result.append(Passage(*there, *here, equal))
    result.sort(key=lambda p: (p.doc, p.unit, p.start, p.other_doc, p.other_unit))
    return result


BLOCK = 1 << 20  # positions hashed at a time (the hashes of a whole collection are large)


def _sampled_seeds(
    points: Points, units: HanUnits, config: ReuseConfig
) -> tuple[HanPlaces, npt.NDArray[np.uint64]]:
    """Where the seeds are (runs of `seed` characters in one unit whose hash is divisible by
    `sample`) and their hashes, made a block at a time."""
    size = len(points) - config.seed + 1
    found_starts, found_hashes = [], []
    for begin in range(0, size, BLOCK):
        end = min(begin + BLOCK, size)
        hashes = _block_hashes(points, begin, end, config.seed)
        sampled = hashes % np.uint64(config.sample) == 0
        sampled &= ~units.crossed(begin, end, config.seed)
        where = np.flatnonzero(sampled)
        found_starts.append(where.astype(np.int32) + begin)  # a Han character's place
        found_hashes.append(hashes[where])
    return np.concatenate(found_starts), np.concatenate(found_hashes)


def _block_hashes(points: Points, begin: int, end: int, seed: int) -> npt.NDArray[np.uint64]:
    """The hash of every run of `seed` characters that starts from `begin` to `end`."""
    hashes = np.zeros(end - begin, dtype=np.uint64)
    for offset in range(seed):
        hashes *= POLYNOMIAL_BASE
        hashes += points[begin + offset : end + offset]
    return hashes


@dataclass(frozen=True)
class ReuseConfig:
    """The detector's settings (the module's constants unless a benchmark tries others)."""

    seed: int = SEED
    gap: int = GAP
    min_shared: int = MIN_SHARED
    spread: int = SPREAD
    sample: int = SAMPLE


def _seed_pairs(
    starts: HanPlaces,
    hashes: npt.NDArray[np.uint64],
    docs: npt.NDArray[np.int32],
    config: ReuseConfig,
) -> npt.NDArray[np.int64]:
    """Pairs (a, b) of seed positions with equal hashes in different documents, a before b,
    from groups found in two to `spread` documents."""
    found = hash_groups(starts, hashes, docs, shared=True)
    first, sizes, documents = found.first, found.sizes, found.documents
    wanted = (documents >= 2) & (documents <= config.spread) & (sizes <= 2 * config.spread)
    pairs = []
    for size in np.unique(sizes[wanted]).tolist():
        heads = first[wanted & (sizes == size)]
        rows = heads[:, None] + np.arange(size)
        i, j = np.triu_indices(size, 1)
        a, b = found.starts[rows[:, i]].ravel(), found.starts[rows[:, j]].ravel()
        apart = found.owners[rows[:, i]].ravel() != found.owners[rows[:, j]].ravel()
        pairs.append(np.stack([a[apart], b[apart]], axis=1))
    return np.concatenate(pairs) if pairs else np.zeros((0, 2), dtype=np.int64)


def _passages(pairs: npt.NDArray[np.int64], units: HanUnits, config: ReuseConfig) -> Candidates:
    """Seed pairs joined into candidate passages: where each starts on each side of the Han
    stream, and its length, before extension."""
    a, b = pairs[:, 0], pairs[:, 1]
    diagonal = b - a
    units_a, units_b = units.unit(a), units.unit(b)
    order = np.lexsort((a, diagonal, units_b, units_a))
    a, b, diagonal = a[order], b[order], diagonal[order]
    units_a, units_b = units_a[order], units_b[order]
    reach = config.seed * config.sample + config.gap  # seeds of one equal stretch lie closer
    same = np.zeros(len(a), dtype=bool)
    same[1:] = (
        (units_a[1:] == units_a[:-1])
        & (units_b[1:] == units_b[:-1])
        & (diagonal[1:] == diagonal[:-1])
        & (a[1:] - a[:-1] <= reach)
    )
    heads = np.flatnonzero(~same)
    tails = np.append(heads[1:], len(a)) - 1
    return a[heads], b[heads], a[tails] - a[heads] + config.seed


Candidates = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]
"""Candidate passages on the Han stream: where each starts on the one side and on the other,
and its length."""

WINDOW = 32
"""Characters compared at a time beyond each end of every candidate passage as it is extended
(most stop within a few; those still going are compared further, `WINDOW` at a time)."""


def _extended(
    points: Points, units: HanUnits, found: Candidates, config: ReuseConfig
) -> Candidates:
    """The candidate passages grown to both sides while the characters are equal, or differ in
    at most `gap` characters followed by `BRIDGE` equal ones (and stay in their units)."""
    a, b, lengths = found
    unit_a, unit_b = units.unit(a), units.unit(b)
    spans = (units.bounds[unit_a], units.bounds[unit_a + 1])
    others = (units.bounds[unit_b], units.bounds[unit_b + 1])
    left = _reach(points, (a - 1, b - 1), -1, (spans, others), config.gap)
    right = _reach(points, (a + lengths, b + lengths), 1, (spans, others), config.gap)
    return a - left, b - left, lengths + left + right


Places = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]
"""Places on the Han stream, one on each side of every candidate passage."""
Spans = Places
"""Where the unit of each candidate passage's side begins and ends on the Han stream."""


def _reach(
    points: Points,
    start: Places,
    step: int,
    spans: tuple[Spans, Spans],
    gap: int,
) -> npt.NDArray[np.int64]:
    """How many characters each pair of stretches from `start` (a place on each side) on in
    direction `step` carries a passage on: up to the first character that differs (or leaves
    its unit) with no `BRIDGE` equal ones after it within `gap` characters. Every character
    before that one is equal or is such a gap, so the first is where a passage stops however
    it is stepped through; it is found `WINDOW` characters at a time for every pair at once."""
    x, y = start
    (x_begin, x_end), (y_begin, y_end) = spans
    reach = np.zeros(len(x), dtype=np.int64)
    active = np.arange(len(x))
    told = WINDOW - (BRIDGE - 1) - gap  # places whose stop the window decides
    offsets = np.arange(WINDOW, dtype=np.int64) * step
    last = len(points) - 1
    while len(active):
        here = (reach[active] * step)[:, None] + offsets
        at_x, at_y = x[active, None] + here, y[active, None] + here
        equal = (
            (at_x >= x_begin[active, None])
            & (at_x < x_end[active, None])
            & (at_y >= y_begin[active, None])
            & (at_y < y_end[active, None])
        )
        equal &= points[np.clip(at_x, 0, last)] == points[np.clip(at_y, 0, last)]
        bridged = equal[:, : WINDOW - BRIDGE + 1].copy()  # a run of BRIDGE equal ones starts
        for k in range(1, BRIDGE):
            bridged &= equal[:, k : WINDOW - BRIDGE + 1 + k]
        stops = ~equal[:, :told]
        for k in range(1, gap + 1):
            stops &= ~bridged[:, k : k + told]
        stopped = stops.any(axis=1)
        reach[active] += np.where(stopped, stops.argmax(axis=1), told)
        active = active[~stopped]
    return reach


def _hashes_at(points: Points, at: npt.NDArray[np.int64], seed: int) -> npt.NDArray[np.uint64]:
    """The hash of the run of `seed` characters at each place `at` (as `_sampled_seeds`)."""
    hashes = np.zeros(len(at), dtype=np.uint64)
    for offset in range(seed):
        hashes *= POLYNOMIAL_BASE
        hashes += points[at + offset]
    return hashes


def _without_stock(
    points: Points,
    units: HanUnits,
    found: Candidates,
    config: ReuseConfig,
    unit_docs: npt.NDArray[np.signedinteger[Any]],
) -> Candidates:
    """The passages without the stock text at their ends: the characters there that only runs
    of `seed` found in more than `spread` documents cover. Which runs those are is found for
    the runs of the passages' first sides alone, by looking for their hashes through the whole
    collection a block at a time (a few thousand hashes, not one per character)."""
    a, b, lengths = found
    runs = np.maximum(lengths - config.seed + 1, 0)
    if not runs.sum():
        return found
    ranked = ranks(runs)
    at = np.repeat(a, runs) + ranked  # every run of the passages' first sides
    wanted = _hashes_at(points, at, config.seed)
    stock = _stock_hashes(points, units, np.unique(wanted), config, unit_docs)
    if not len(stock):
        return found
    starts = np.cumsum(lengths) - lengths  # where each passage starts, laid end to end
    covered = np.zeros(int(lengths.sum()) + 1, dtype=np.int64)  # runs of stock over a place
    first = np.repeat(starts, runs) + ranked
    stock_runs = first[np.isin(wanted, stock)]
    np.add.at(covered, stock_runs, 1)
    np.add.at(covered, stock_runs + config.seed, -1)
    plain = np.cumsum(covered[:-1]) == 0  # each place of each passage, laid end to end
    counted = np.zeros(len(plain) + 1, dtype=np.int64)
    np.cumsum(plain, out=counted[1:])
    left, right = np.zeros(len(a), dtype=np.int64), np.zeros(len(a), dtype=np.int64)
    for index in np.flatnonzero(counted[starts + lengths] - counted[starts] < lengths).tolist():
        own = np.flatnonzero(plain[starts[index] : starts[index] + lengths[index]])
        if len(own):
            left[index], right[index] = own[0], lengths[index] - 1 - own[-1]
        else:
            left[index] = lengths[index]
    return a + left, b + left, lengths - left - right


STOCK_BLOCK = 1 << 20
"""Characters of the collection looked through at a time for the passages' runs."""
MARK_BITS = 20
"""Bits of a run's hash that a first look at it reads (a table of a million marks)."""


def _stock_hashes(
    points: Points,
    units: HanUnits,
    wanted: npt.NDArray[np.uint64],
    config: ReuseConfig,
    unit_docs: npt.NDArray[np.signedinteger[Any]],
) -> npt.NDArray[np.uint64]:
    """Which of the hashes `wanted` (sorted) the collection has in more than `spread`
    documents (runs that cross from one unit into the next aside)."""
    size = len(points) - config.seed + 1
    found_hashes, found_docs = [], []
    marked = np.zeros(1 << MARK_BITS, dtype=bool)  # a first look: most runs are none of them
    marked[fibonacci_hash(wanted, MARK_BITS)] = True
    for begin in range(0, size, STOCK_BLOCK):
        end = min(begin + STOCK_BLOCK, size)
        hashes = _block_hashes(points, begin, end, config.seed)
        where = np.flatnonzero(marked[fibonacci_hash(hashes, MARK_BITS)])
        near = np.minimum(np.searchsorted(wanted, hashes[where]), len(wanted) - 1)
        where = where[wanted[near] == hashes[where]]
        where = where[~units.crossed(begin, end, config.seed)[where]]
        found_hashes.append(hashes[where])
        found_docs.append(unit_docs[units.unit(where + begin)].astype(np.int64))
    pairs = np.unique(
        np.stack([np.concatenate(found_hashes).view(np.int64), np.concatenate(found_docs)], axis=1),
        axis=0,
    )
    hashes, counts = np.unique(pairs[:, 0], return_counts=True)
    stock: npt.NDArray[np.uint64] = hashes[counts > config.spread].view(np.uint64)
    return stock


def _equal(points: Points, starts: Places, lengths: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """How many characters are equal in each pair of stretches (`starts`: where each starts
    on the one side and on the other)."""
    a, b = starts
    within = ranks(lengths)
    same = points[np.repeat(a, lengths) + within] == points[np.repeat(b, lengths) + within]
    counted = np.zeros(len(same) + 1, dtype=np.int64)
    np.cumsum(same, out=counted[1:])
    ends = np.cumsum(lengths)
    found: npt.NDArray[np.int64] = counted[ends] - counted[ends - lengths]
    return found


def _span(
    collection: Collection, han_at: HanPlaces, units: HanUnits, start: int, length: int
) -> tuple[int, int, int, int]:
    """Document, unit index and the span in the unit's text of a stretch of the Han stream."""
    unit = units.unit_of(start)
    begin = int(han_at[start] - collection.unit_starts[unit])
    end = int(han_at[start + length - 1] - collection.unit_starts[unit]) + 1
    return int(collection.unit_docs[unit]), int(collection.unit_index[unit]), begin, end
