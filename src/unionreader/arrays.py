"""Texts and numbers as numpy arrays, for the stages that work on a whole text at once (the
conversion, the search index, the link stage, the edition's search tables)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

# np.unique loads numpy.ma when first called: loaded with this module, it is shared by the
# processes a build forks after, not loaded again in each
import numpy.ma
import numpy.typing as npt

CodePoints = npt.NDArray[np.uint32]

GOLDEN = np.uint64(0x9E3779B97F4A7C15)
"""2^64 / φ, odd: multiplying by it spreads a number's bits into the top ones."""


def code_points(text: str, surrogates: bool = False) -> CodePoints:
    """A text's code points. A text with a lone surrogate raises UnicodeEncodeError, unless
    `surrogates` (then it stands as its own code point, which no character set holds)."""
    data = text.encode("utf-32-le", "surrogatepass" if surrogates else "strict")
    return np.frombuffer(data, dtype=np.uint32)


def text_of(points: npt.NDArray[np.uint32]) -> str:
    """The text of code points (`code_points` undone)."""
    return points.astype(np.uint32, copy=False).tobytes().decode("utf-32-le")


POLYNOMIAL_BASE = np.uint64(0x100000001B3)
"""The multiplier of the rolling hashes of runs of characters (64-bit FNV's prime): runs,
repeats' strings, seeds of related passages and an occurrence's context are hashed with it."""


def fibonacci_hash(numbers: npt.NDArray[np.uint64], bits: int) -> npt.NDArray[np.uint64]:
    """The top `bits` bits of each number times `GOLDEN` (Fibonacci hashing: numbers that
    differ in a few low bits land far apart)."""
    return (numbers * GOLDEN) >> np.uint64(64 - bits)


def span_hashes(
    points: npt.NDArray[np.uint32], spans: npt.NDArray[np.int64], within: npt.NDArray[np.int64]
) -> npt.NDArray[np.uint64]:
    """A polynomial hash (`POLYNOMIAL_BASE`, modulo 2**64) of each span of `points`, the spans
    of the given lengths (none empty) laid end to end, `within` each character's place in its
    span (`ranks(spans)`): equal spans hash alike wherever they are."""
    starts = np.cumsum(spans) - spans
    terms = points.astype(np.uint64) * _powers(int(spans.max()))[within]
    hashes: npt.NDArray[np.uint64] = np.add.reduceat(terms, starts)
    return hashes


def _powers(count: int) -> npt.NDArray[np.uint64]:
    """`POLYNOMIAL_BASE` to the powers 0, 1, … (at least `count` of them)."""
    return _powers_below(1 << max(count - 1, 1).bit_length())


@functools.cache
def _powers_below(size: int) -> npt.NDArray[np.uint64]:
    powers = np.ones(size, dtype=np.uint64)
    np.cumprod(np.full(size - 1, POLYNOMIAL_BASE, dtype=np.uint64), out=powers[1:])
    return powers


def ranks(spans: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """0, 1, … within each span of the given lengths, laid end to end."""
    total = int(spans.sum())
    firsts = np.zeros(len(spans), dtype=np.int64)
    np.cumsum(spans[:-1], out=firsts[1:])
    found: npt.NDArray[np.int64] = np.arange(total, dtype=np.int64) - np.repeat(firsts, spans)
    return found


BMP = 0x10000
"""Tables over code points cover the Basic Multilingual Plane; the rare characters beyond it
are kept in a set."""


@dataclass(frozen=True)
class CharSet:
    """A set of characters as a table over the BMP (and a set of those beyond it), so that a
    whole text's members are found or counted at once."""

    bmp: npt.NDArray[np.bool_]
    wide: frozenset[int]

    @staticmethod
    def of(codes: Iterable[int]) -> CharSet:
        bmp = np.zeros(BMP, dtype=bool)
        codes = set(codes)
        bmp[[code for code in codes if code < BMP]] = True
        return CharSet(bmp, frozenset(code for code in codes if code >= BMP))

    def members(self, points: CodePoints) -> npt.NDArray[np.bool_]:
        """Which of `points` are in the set."""
        found = self.bmp[np.minimum(points, BMP - 1)] & (points < BMP)
        high = np.flatnonzero(points >= BMP)
        if len(high) and self.wide:
            found[high] = [code in self.wide for code in points[high].tolist()]
        return found

    def count(self, points: CodePoints) -> int:
        """How many of `points` are in the set."""
        return int(np.count_nonzero(self.members(points)))
