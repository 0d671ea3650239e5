"""OpenCC conversions as opencc-python-reimplemented makes them, 27 to 120 times faster on the
seeds (`python bench/conversion.py`: s2tw the least, t2s the most).

The library converts a text clause by clause (it splits at punctuation and spaces). In a clause,
each dictionary group of the configuration's chain replaces, again and again, the longest entry
found anywhere in what is left unreplaced (the leftmost of equal length), the group's first
dictionary before its second (phrases before characters); then the next group converts the
result. It does this with a tree of string pieces and a lookup of every substring length at
every position, which makes converting a document take longer than everything else the build
does with it.

`Conversion` reaches the same result directly: it finds every entry in the text, and then takes
the entries longest first, leftmost first, skipping any that overlaps one taken — which is what
the repeated search ends with, since a match that overlaps none taken lies wholly in one
unreplaced piece. Entries are found at once (numpy): the text's code points, packed two and
three to a number, are looked up among the entries' (`_Keys`: a bitmap of their hashes first,
then the sorted entries for the few it lets through), and only where an entry of four
or more characters may begin is the text looked up piece by piece (in the set of those
entries' beginnings). Characters left are mapped through an array of all code points.
It uses the library's own dictionaries, chain and clause separators, and
`tests/unit/test_conversion.py` checks it against the library on the seeds, the test corpus and
random text made of dictionary entries, for every configuration the build uses.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import opencc

from unionreader.arrays import BMP, CharSet, code_points, fibonacci_hash, text_of

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Table:
    """One dictionary: its entries (with their first value), the beginnings of its entries of
    four characters or more, its entries as numbers (`_Keys`), and for a dictionary of single
    characters a `str.translate` table and, when each maps to one character, an array."""

    entries: dict[str, str]
    longer: frozenset[str]  # every beginning of the entries of four characters or more
    translation: dict[int, str] | None
    keys: _Keys | None  # for finding entries at once in a long text (None: it has
    # one-character entries)
    lookup: _Lookup | None  # `translation` as an array, when every entry maps one character
    # to one

    @classmethod
    def of(cls, mapping: dict[str, str], separators: re.Pattern[str]) -> _Table:
        """The table of a library dictionary; entries holding a separator are left out (the
        library splits the text there, so they never match)."""
        entries = {
            key: value.split(" ")[0] for key, value in mapping.items() if not separators.search(key)
        }
        longer = frozenset(
            key[:end] for key in entries if len(key) > 3 for end in range(1, len(key) + 1)
        )
        single = all(len(key) == 1 for key in entries)
        translation = {ord(key): value for key, value in entries.items()} if single else None
        keys = _Keys.of(entries)
        lookup = None
        if translation is not None and all(len(value) == 1 for value in entries.values()):
            lookup = _Lookup.of({ord(key): ord(value) for key, value in entries.items()})
        return cls(entries, longer, translation, keys, lookup)

    def found(self, text: str, codes: npt.NDArray[np.uint32] | None) -> list[tuple[int, int]]:
        """Every entry found in `text`, as (minus its length, where it starts). With `codes`
        (the text's code points) and `keys`, entries of two and three characters are found at
        once, and only where a longer one may begin is the text looked up piece by piece;
        otherwise (one-character entries, or a text with a lone surrogate) every place is."""
        if self.keys is None or codes is None or len(codes) < 2:
            found = []
            for start in range(len(text)):
                for end in range(min(len(text), start + self.longest), start, -1):
                    if text[start:end] in self.entries:
                        found.append((start - end, start))
            return found
        keys = self.keys
        wide = codes.astype(np.uint64)
        begin = np.flatnonzero(keys.beginners.members(codes[:-1]))
        two = (wide[begin] << _SHIFT) | wide[begin + 1]
        found = [(-2, p) for p in begin[keys.doubles.where(two)].tolist()]
        begin = begin[begin + 2 < len(codes)]
        three = (wide[begin] << (2 * _SHIFT)) | (wide[begin + 1] << _SHIFT) | wide[begin + 2]
        found += [(-3, p) for p in begin[keys.triples.where(three)].tolist()]
        return found + self._longer(text, begin[keys.heads.where(three)].tolist())

    @functools.cached_property
    def longest(self) -> int:
        return max(map(len, self.entries), default=0)

    def _longer(self, text: str, starts: list[int]) -> list[tuple[int, int]]:
        """The entries of four characters or more that begin at `starts`."""
        found = []
        size, prefixes, entries = len(text), self.longer, self.entries
        for start in starts:
            end = start + 1
            while end <= size and text[start:end] in prefixes:
                if end - start > 3 and text[start:end] in entries:
                    found.append((start - end, start))  # longest first, then leftmost
                end += 1
        return found


_SHIFT = np.uint64(21)  # bits of a code point


@dataclass(frozen=True)
class _Keys:
    """A dictionary's entries as numbers (code points packed 21 bits each, sorted): its
    two- and three-character entries, the first three characters of its longer ones, and which
    characters begin an entry."""

    doubles: _Numbers
    triples: _Numbers
    heads: _Numbers
    beginners: CharSet

    @staticmethod
    def of(entries: dict[str, str]) -> _Keys | None:
        if any(len(key) < 2 for key in entries):
            return None

        def packed(keys: list[str]) -> _Numbers:
            """Keys of one length as numbers, first character in the highest bits."""
            width = len(keys[0]) if keys else 1
            codes = code_points("".join(keys))
            columns = codes.astype(np.uint64).reshape(-1, width)
            numbers = np.zeros(len(keys), dtype=np.uint64)
            for column in range(width):
                numbers = (numbers << _SHIFT) | columns[:, column]
            return _Numbers.of(numbers)

        return _Keys(
            packed([key for key in entries if len(key) == 2]),
            packed([key for key in entries if len(key) == 3]),
            packed([key[:3] for key in entries if len(key) > 3]),
            CharSet.of(ord(key[0]) for key in entries),
        )


@dataclass(frozen=True)
class _Lookup:
    """A one-to-one character table as an array over the BMP, and a dict beyond it."""

    bmp: npt.NDArray[np.uint32]
    wide: dict[int, int]

    @staticmethod
    def of(pairs: dict[int, int]) -> _Lookup:
        bmp = np.arange(BMP, dtype=np.uint32)
        for key, value in pairs.items():
            if key < BMP:
                bmp[key] = value
        return _Lookup(bmp, {k: v for k, v in pairs.items() if k >= BMP})

    def mapped(self, codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
        out = self.bmp[np.minimum(codes, BMP - 1)]
        high = np.flatnonzero(codes >= BMP)
        if len(high):
            out[high] = [self.wide.get(code, code) for code in codes[high].tolist()]
        return out


@dataclass(frozen=True)
class _Numbers:
    """A set of numbers (packed entries): sorted, with a bitmap of their hashes that fits in
    the processor's cache. Most of a text's pairs and triples are no entry: the bitmap turns
    them away, and only the few it lets through are looked up in the sorted array (a lookup in
    it is a cache miss at every step, which made it most of a conversion's time)."""

    sorted: npt.NDArray[np.uint64]
    bits: npt.NDArray[np.uint8]

    @staticmethod
    def of(numbers: npt.NDArray[np.uint64]) -> _Numbers:
        bits = np.zeros(1 << (_HASH_BITS - 3), dtype=np.uint8)
        hashes = _hashes(numbers)
        np.bitwise_or.at(bits, hashes >> 3, np.left_shift(1, hashes & 7).astype(np.uint8))
        return _Numbers(np.unique(numbers), bits)

    def where(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.intp]:
        """Where `keys` holds one of these numbers."""
        if not len(self.sorted):
            return np.zeros(0, dtype=np.intp)
        hashes = _hashes(keys)
        maybe = np.flatnonzero((self.bits[hashes >> 3] >> (hashes & 7)) & 1)
        candidates = keys[maybe]
        found = np.minimum(np.searchsorted(self.sorted, candidates), len(self.sorted) - 1)
        hits: npt.NDArray[np.intp] = maybe[self.sorted[found] == candidates]
        return hits


_HASH_BITS = 18
"""A bitmap of 2^18 bits (32 KB): with the 19,251 entries of the largest table (s2tw's
two-character phrases), about one number in fourteen that is no entry gets through."""


def _hashes(numbers: npt.NDArray[np.uint64]) -> npt.NDArray[np.intp]:
    return fibonacci_hash(numbers, _HASH_BITS).astype(np.intp)


def _codes(text: str) -> npt.NDArray[np.uint32] | None:
    try:
        return code_points(text)
    except UnicodeEncodeError:  # a lone surrogate: found by the first characters instead
        return None


class Conversion:
    """An OpenCC configuration (`t2s`, `s2t`, `hk2s` …) with the library's results."""

    def __init__(self, config: str) -> None:
        library = opencc.OpenCC(config)
        self.config = config
        separators = library.split_chars_re
        self._chain = [
            [_Table.of(mapping, separators) for _, _, mapping in group]
            for group in library._dict_chain_data
        ]

    def convert(self, text: str) -> str:
        """`text` converted. The whole text is taken at once: no entry spans a separator, so
        choosing entries clause by clause or all together comes to the same."""
        for group in self._chain:
            text = _convert_group(text, group)
        return text


def _convert_group(text: str, group: list[_Table]) -> str:
    """One group of dictionaries over a clause: each takes what the ones before left."""
    taken: dict[int, tuple[int, str]] = {}  # start → (length, replacement)
    covered = bytearray(len(text))
    codes = _codes(text)
    for index, table in enumerate(group):
        if table.translation is not None and index == len(group) - 1:
            if codes is not None and table.lookup is not None and _kept_length(taken):
                return _assemble_codes(codes, taken, table.lookup)
            return _assemble(text, taken, table.translation)
        for negative, start in sorted(table.found(text, codes)):
            stop = start - negative
            if not any(covered[start:stop]):
                taken[start] = (stop - start, table.entries[text[start:stop]])
                covered[start:stop] = b"\x01" * (stop - start)
    return _assemble(text, taken, None)


def _assemble(text: str, taken: dict[int, tuple[int, str]], rest: dict[int, str] | None) -> str:
    """The text with its taken entries replaced, and the rest through `rest` if given."""
    out = []
    done = 0
    for start in sorted(taken):
        piece = text[done:start]
        out.append(piece.translate(rest) if rest else piece)
        length, value = taken[start]
        out.append(value)
        done = start + length
    piece = text[done:]
    out.append(piece.translate(rest) if rest else piece)
    return "".join(out)


def _kept_length(taken: dict[int, tuple[int, str]]) -> bool:
    """Whether every entry taken is replaced by as many characters."""
    return all(len(value) == length for length, value in taken.values())


def _assemble_codes(
    codes: npt.NDArray[np.uint32], taken: dict[int, tuple[int, str]], lookup: _Lookup
) -> str:
    """`_assemble` at once over the code points (the rest mapped through `lookup`), when every
    entry taken keeps its length."""
    out = lookup.mapped(codes)
    if taken:
        starts = np.fromiter(taken, dtype=np.int64, count=len(taken))
        lengths = np.fromiter((n for n, _ in taken.values()), dtype=np.int64, count=len(taken))
        values = "".join(value for _, value in taken.values())
        before = np.cumsum(lengths) - lengths  # characters of the entries before each
        offsets = np.repeat(starts - before, lengths)
        out[offsets + np.arange(len(values))] = code_points(values)
    return text_of(out)


@functools.cache
def conversion(config: str) -> Conversion:
    """The conversion for `config`, built once per process (it reads its dictionaries)."""
    return Conversion(config)
