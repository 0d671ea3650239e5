"""Which dictionary entries found in a text give way to the words around them.

OpenCC takes a phrase of its dictionary wherever the phrase is found, whatever words it cuts
through: 新征程 becomes 新徵程 (the entry 新征), 国家具有 國傢俱有 (家具), 双手表达 雙手錶達 (手表),
多年历史 多年曆史 (年历), 不断发扬 不斷髮揚 (断发). An entry found where a common word
(`link/words.txt`) runs across its start or its end is a suspect; it is taken only if the
reading with it is as good as the best reading of the stretch around it, the reading with the
fewest words (a common word, a character or an entry of the dictionary each count one; an entry
that is no common word counts a little more, so that 新|征程 beats 新征|程). 头发展现 keeps 头发
(头发|展现 against 头|发展|现); 国家具有 drops 家具 (国家|具有 against 国|家具|有), and the
characters left go through the dictionary's characters as any others. Of two readings with as
few words, the likelier wins: the one whose words and characters jieba's dictionary counts more
often, their counts multiplied (`word_counts`; an entry it does not list counts once), as a
segmenter reads: 这一斗争 drops 一斗 (这|一|斗争 against 这|一斗|争), 并发出通知 drops 并发
(并|发出), 得到了解决 drops 了解 (了|解决).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from unionreader import kept
from unionreader.arrays import POLYNOMIAL_BASE, code_points, text_of
from unionreader.link.words import LONGEST, common_words, word_counts

AROUND = LONGEST - 1
"""Characters on each side of a suspect entry that its stretch takes in (a common word that
crosses its edge lies within them)."""
DECIDED = 1 << 15
"""Stretches whose reading a process remembers (then it starts again): enough for the files of a
batch of documents, which hold the same text, in a few megabytes."""
RARE = 1.2
"""What an entry of the dictionary that is no common word counts in a reading (a word or a
character counts 1)."""
LIKELIHOOD = 1e-4
"""What each unit of a word's surprisal (the logarithm of how much rarer it is than all words
together) adds to what it counts: enough to choose between readings of as many words, never
enough to prefer one with more (a stretch's surprisals add up to far less than 1 / LIKELIHOOD)."""


class WordGuard:
    """The common words, as numbers per length (a polynomial hash of their code points, sorted)
    for finding at once which entries one crosses, and as strings for reading a stretch."""

    def __init__(
        self,
        words: frozenset[str],
        hashes: dict[int, npt.NDArray[np.uint64]] | None = None,
        counts: Mapping[str, int] | None = None,
    ) -> None:
        """`hashes`: the words' hashes, if they were made already (`word_guard` keeps them);
        `counts`: how often each word and character is used (none: all equally often)."""
        self.words = words
        self.counts = counts or {}
        self.total = math.log(sum(self.counts.values()) or 1)
        self._decided: dict[tuple[str, int, int, int], bool] = {}  # the same stretches recur:
        # a document's text is converted in its page, its downloads and its search text
        self.hashes = _word_hashes(words) if hashes is None else hashes

    def kept(
        self,
        codes: npt.NDArray[np.uint32],
        starts: npt.NDArray[np.intp],
        length: int,
        entries: Mapping[str, str],
    ) -> npt.NDArray[np.bool_]:
        """Which of the entries of `length` characters found at `starts` in a text (its code
        points `codes`) are taken: all but the suspects the reading of their stretch drops."""
        keep = np.ones(len(starts), dtype=bool)
        for index in np.flatnonzero(self._crossed(codes, starts, length)).tolist():
            start = int(starts[index])
            begin, end = max(start - AROUND, 0), min(start + length + AROUND, len(codes))
            stretch = text_of(codes[begin:end])
            at = start - begin
            key = (stretch, at, length, id(entries))
            decided = self._decided.get(key)
            if decided is None:
                if len(self._decided) >= DECIDED:
                    self._decided.clear()
                decided = self._decided[key] = self._stands(stretch, at, length, entries)
            keep[index] = decided
        return keep

    def _crossed(
        self, codes: npt.NDArray[np.uint32], starts: npt.NDArray[np.intp], length: int
    ) -> npt.NDArray[np.bool_]:
        """Which entries a common word cuts through: one that begins before an entry and ends
        inside it, or begins inside it and ends after it (found by hash: one that only seems
        to is read for nothing). A word that holds the whole entry cuts nothing."""
        size = len(codes)
        crossed = np.zeros(len(starts), dtype=bool)
        for width, known in self.hashes.items():
            for inside in range(1, min(width, length)):  # characters of the word in the entry
                for begin in (starts - (width - inside), starts + length - inside):
                    fits = np.flatnonzero((begin >= 0) & (begin + width <= size))
                    if not len(fits):
                        continue
                    found = _hashes_at(codes, begin[fits], width)
                    at = np.minimum(np.searchsorted(known, found), len(known) - 1)
                    crossed[fits[known[at] == found]] = True
        return crossed

    def _stands(self, stretch: str, start: int, length: int, entries: Mapping[str, str]) -> bool:
        """Whether the best reading of `stretch` in which no word cuts through the entry at
        `start` is as good as its best reading."""
        end = start + length
        longest = max(LONGEST, length)  # no longer word or entry matters here
        words = [
            (begin, stop, self._cost(piece, 1.0 if piece in self.words else RARE))
            for begin in range(len(stretch))
            for stop in range(begin + 2, min(begin + longest, len(stretch)) + 1)
            if (piece := stretch[begin:stop]) in self.words or piece in entries
        ]
        free = [
            word
            for word in words
            if not (word[0] < start < word[1] < end or start < word[0] < end < word[1])
        ]
        characters = [self._cost(character, 1.0) for character in stretch]
        return _best(characters, free) <= _best(characters, words) + 1e-12

    def _cost(self, piece: str, count: float) -> float:
        """What a word or character counts in a reading: `count`, and a little for how rare
        it is."""
        return count + LIKELIHOOD * (self.total - math.log(self.counts.get(piece, 1)))


def _best(characters: list[float], words: list[tuple[int, int, float]]) -> float:
    """The cost of the best reading of a text with these words (begin, end, cost; in order of
    their beginnings) and any character as a word (`characters`: the cost of each)."""
    size = len(characters)
    best = [0.0] + [float("inf")] * size
    by_end: dict[int, list[tuple[int, float]]] = {}
    for begin, end, cost in words:
        by_end.setdefault(end, []).append((begin, cost))
    for end in range(1, size + 1):
        found = best[end - 1] + characters[end - 1]
        for begin, cost in by_end.get(end, ()):
            found = min(found, best[begin] + cost)
        best[end] = found
    return best[size]


def _hashes(codes: npt.NDArray[np.uint32], width: int) -> npt.NDArray[np.uint64]:
    """The hashes of strings of `width` characters end to end in `codes`."""
    return _hashes_at(codes, np.arange(0, len(codes), width, dtype=np.intp), width)


def _hashes_at(
    codes: npt.NDArray[np.uint32], begins: npt.NDArray[np.intp], width: int
) -> npt.NDArray[np.uint64]:
    found = np.zeros(len(begins), dtype=np.uint64)
    for offset in range(width):
        found = found * POLYNOMIAL_BASE + codes[begins + offset].astype(np.uint64)
    return found


def _word_hashes(words: frozenset[str]) -> dict[int, npt.NDArray[np.uint64]]:
    """The hashes of the words of each length, sorted."""
    by_length: dict[int, list[str]] = {}
    for word in words:  # one pass over the words, not one per length
        by_length.setdefault(len(word), []).append(word)
    return {
        length: np.unique(_hashes(code_points("".join(by_length[length])), length))
        for length in range(2, LONGEST + 1)
        if length in by_length
    }


GUARD_TABLE = "word-guard"
"""The common words' hashes as the build keeps them (`kept`: made again for a new code version,
which a new word list is)."""


@functools.cache
def word_guard() -> WordGuard:
    """The guard of the common words, once per process (their hashes as the build keeps them,
    when it does)."""
    words, counts = common_words(), word_counts()
    found = kept.load(GUARD_TABLE)
    if isinstance(found, dict) and all(isinstance(v, np.ndarray) for v in found.values()):
        return WordGuard(words, found, counts)
    guard = WordGuard(words, counts=counts)
    kept.save(GUARD_TABLE, guard.hashes)
    return guard
