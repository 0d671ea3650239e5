"""Texts and numbers as numpy arrays, for the stages that work on a whole text at once (the
conversion, the search index, the link stage, the edition's search tables)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

CodePoints = npt.NDArray[np.uint32]

GOLDEN = np.uint64(0x9E3779B97F4A7C15)
"""2^64 / φ, odd: multiplying by it spreads a number's bits into the top ones."""


def code_points(text: str) -> CodePoints:
    """A text's code points (a text with a lone surrogate raises UnicodeEncodeError)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def text_of(points: npt.NDArray[np.uint32]) -> str:
    """The text of code points (`code_points` undone)."""
    return points.astype(np.uint32, copy=False).tobytes().decode("utf-32-le")


def fibonacci_hash(numbers: npt.NDArray[np.uint64], bits: int) -> npt.NDArray[np.uint64]:
    """The top `bits` bits of each number times `GOLDEN` (Fibonacci hashing: numbers that
    differ in a few low bits land far apart)."""
    return (numbers * GOLDEN) >> np.uint64(64 - bits)
