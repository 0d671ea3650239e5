"""OpenCC conversions as opencc-python-reimplemented makes them, 38 to 123 times faster on the
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
A long text (`AT_ONCE`) is converted over its code points alone: the entries of each length,
longest first, are taken at once where nothing longer took a character, and values (which
keep lengths in every configuration the build uses) are written in at once; only where
entries of one length overlap each other is the leftmost taken one by one.
A `Guard` (the Traditional edition's, `edition.guard`) may keep entries from being taken where
they cut through the words around them; the library has none, and neither has the normaliser.
It uses the library's own dictionaries, chain and clause separators, and
`tests/unit/test_conversion.py` checks it against the library on the seeds, the test corpus and
random text made of dictionary entries, for every configuration the build uses.
"""

from __future__ import annotations

import copy
import functools
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import opencc

from unionreader import kept
from unionreader.arrays import BMP, CharSet, code_points, fibonacci_hash, text_of

logger = logging.getLogger(__name__)


Choices = tuple[tuple[str, str], ...]
"""(entry, value) pairs: the value an entry takes instead of its dictionary's first."""


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
    offered: dict[str, tuple[str, ...]]  # every value of the entries that have more than one

    @classmethod
    def of(
        cls, mapping: dict[str, str], separators: re.Pattern[str], choices: Choices = ()
    ) -> _Table:
        """The table of a library dictionary; entries holding a separator are left out (the
        library splits the text there, so they never match). An entry takes its first value,
        or the one of its values `choices` names for it."""
        entries = {
            key: value.split(" ")[0] for key, value in mapping.items() if not separators.search(key)
        }
        offered = {key: tuple(mapping[key].split(" ")) for key in entries if " " in mapping[key]}
        for key, chosen in choices:
            if chosen in offered.get(key, ()):
                entries[key] = chosen
        longer = frozenset(
            key[:end] for key in entries if len(key) > 3 for end in range(1, len(key) + 1)
        )
        single = all(len(key) == 1 for key in entries)
        translation = {ord(key): value for key, value in entries.items()} if single else None
        keys = _Keys.of(entries)
        lookup = None
        if translation is not None and all(len(value) == 1 for value in entries.values()):
            lookup = _Lookup.of({ord(key): ord(value) for key, value in entries.items()})
        return cls(entries, longer, translation, keys, lookup, offered)

    def chosen(self, choices: Choices) -> _Table:
        """This table with `choices` taken (made again from its entries), or itself when it
        offers none of them."""
        mine = tuple((key, value) for key, value in choices if value in self.offered.get(key, ()))
        if not mine:
            return self
        mapping = {
            key: " ".join(self.offered.get(key, (value,))) for key, value in self.entries.items()
        }
        return _Table.of(mapping, _NO_SEPARATOR, mine)

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
        short = self.keys.short(codes)
        found = [(-2, p) for p in short.doubles.tolist()]
        found += [(-3, p) for p in short.triples.tolist()]
        return found + self._longer(text, short.heads.tolist())

    def entries_at(
        self, codes: npt.NDArray[np.uint32]
    ) -> Iterator[tuple[int, npt.NDArray[np.intp], npt.NDArray[np.uint32]]]:
        """`found` for a dictionary whose entries keep their length (`at_once`), by length,
        longest first: the length, where each entry starts (in order), and the code points of
        its value (a row each)."""
        assert self.keys is not None and self.keys.doubles.values is not None
        keys = self.keys
        short = keys.short(codes)
        longer: dict[int, list[int]] = {}
        heads = short.heads.tolist()
        text = text_of(codes) if heads else ""
        for negative, start in self._longer(text, heads):
            longer.setdefault(-negative, []).append(start)
        for length in sorted(longer, reverse=True):
            starts = sorted(longer[length])
            values = "".join(self.entries[text[start : start + length]] for start in starts)
            yield length, np.asarray(starts, dtype=np.intp), code_points(values).reshape(-1, length)
        values_of_triples, values_of_doubles = keys.triples.values, keys.doubles.values
        assert values_of_triples is not None and values_of_doubles is not None
        yield 3, short.triples, _unpacked(3, values_of_triples[short.which_triples])
        yield 2, short.doubles, _unpacked(2, values_of_doubles[short.which_doubles])

    @property
    def at_once(self) -> bool:
        """Whether `entries_at` can find this dictionary's entries."""
        return self.keys is not None and self.keys.doubles.values is not None

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


_NO_SEPARATOR = re.compile(r"(?!)")
"""A pattern that finds nothing (a table's entries are already without separators)."""
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
        kept = all(len(key) == len(value) for key, value in entries.items())

        def numbers(width: int, keys: list[str], values: bool) -> _Numbers:
            """Keys of one length as numbers (and their values, when kept)."""
            packed = _packed(width, "".join(keys))
            if not values:
                return _Numbers.of(packed, None)
            return _Numbers.of(packed, _packed(width, "".join(entries[key] for key in keys)))

        return _Keys(
            numbers(2, [key for key in entries if len(key) == 2], kept),
            numbers(3, [key for key in entries if len(key) == 3], kept),
            numbers(3, [key[:3] for key in entries if len(key) > 3], False),
            CharSet.of(ord(key[0]) for key in entries),
        )

    def short(self, codes: npt.NDArray[np.uint32]) -> _Short:
        """The entries of two and three characters in a text of two or more (`codes`, its
        code points), found at once, and where a longer one may begin."""
        wide = codes.astype(np.uint64)
        begin = np.flatnonzero(self.beginners.members(codes[:-1]))
        at_two, doubles = self.doubles.found((wide[begin] << _SHIFT) | wide[begin + 1])
        begin_three = begin[begin + 2 < len(codes)]
        three = (
            (wide[begin_three] << (2 * _SHIFT))
            | (wide[begin_three + 1] << _SHIFT)
            | wide[begin_three + 2]
        )
        at_three, triples = self.triples.found(three)
        heads = begin_three[self.heads.where(three)]
        return _Short(begin[at_two], doubles, begin_three[at_three], triples, heads)


class _Short(NamedTuple):
    """Where a text's entries of two and three characters start, which entries they are
    (their index among the entries' numbers), and where a longer one may start."""

    doubles: npt.NDArray[np.intp]
    which_doubles: npt.NDArray[np.intp]
    triples: npt.NDArray[np.intp]
    which_triples: npt.NDArray[np.intp]
    heads: npt.NDArray[np.intp]


def _packed(width: int, text: str) -> npt.NDArray[np.uint64]:
    """Strings of `width` characters, end to end in `text`, as numbers (the first character in
    the highest bits)."""
    columns = code_points(text).astype(np.uint64).reshape(-1, width)
    numbers = np.zeros(len(columns), dtype=np.uint64)
    for column in range(width):
        numbers = (numbers << _SHIFT) | columns[:, column]
    return numbers


def _unpacked(width: int, numbers: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint32]:
    """`_packed` undone: the code points, `width` to a row."""
    shifts = _SHIFT * np.arange(width - 1, -1, -1, dtype=np.uint64)
    return ((numbers[:, None] >> shifts) & _MASK).astype(np.uint32)


_MASK = np.uint64((1 << 21) - 1)


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
    it is a cache miss at every step, which made it most of a conversion's time). With
    `values`, each number's entry's value, packed alike (entries that keep their length)."""

    sorted: npt.NDArray[np.uint64]
    bits: npt.NDArray[np.uint8]
    values: npt.NDArray[np.uint64] | None = None

    @staticmethod
    def of(numbers: npt.NDArray[np.uint64], values: npt.NDArray[np.uint64] | None) -> _Numbers:
        bits = np.zeros(1 << (_HASH_BITS - 3), dtype=np.uint8)
        hashes = _hashes(numbers)
        np.bitwise_or.at(bits, hashes >> 3, np.left_shift(1, hashes & 7).astype(np.uint8))
        if values is None:
            return _Numbers(np.unique(numbers), bits)
        order = np.argsort(numbers)  # the numbers of distinct keys are distinct
        return _Numbers(numbers[order], bits, values[order])

    def where(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.intp]:
        """Where `keys` holds one of these numbers."""
        return self.found(keys)[0]

    def found(
        self, keys: npt.NDArray[np.uint64]
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        """Where `keys` holds one of these numbers, and which one (its index in `sorted`)."""
        if not len(self.sorted):
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        hashes = _hashes(keys)
        maybe = np.flatnonzero((self.bits[hashes >> 3] >> (hashes & 7)) & 1)
        candidates = keys[maybe]
        found = np.minimum(np.searchsorted(self.sorted, candidates), len(self.sorted) - 1)
        hit = self.sorted[found] == candidates
        return maybe[hit], found[hit]


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


Guard = Callable[
    [npt.NDArray[np.uint32], npt.NDArray[np.intp], int, Mapping[str, str]], npt.NDArray[np.bool_]
]
"""Which entries found in a text are taken, given the text's code points, where the entries of
one length start (in order), that length and their dictionary (`edition.guard`)."""


AT_ONCE = 2000
"""Texts this long or longer are converted over their code points, each length of entries at
once (`_converted_codes`); shorter ones entry by entry (`_convert_group`), which costs less for
them. Both give the library's result."""


class Conversion:
    """An OpenCC configuration (`t2s`, `s2t`, `hk2s` …) with the library's results, or with
    `choices`: (entry, value) pairs that take another of an entry's values than its first,
    where the library's dictionary lists a rarer reading first (each must be one of the
    entry's values in some dictionary of the chain)."""

    def __init__(self, config: str, choices: Choices = ()) -> None:
        library = opencc.OpenCC(config)
        self.config, self.choices = config, choices
        separators = library.split_chars_re
        self._chain = [
            [_Table.of(mapping, separators, choices) for _, _, mapping in group]
            for group in library._dict_chain_data
        ]
        _refuse_unoffered(config, self._chain, choices)
        self.at_once = all(_at_once(group) for group in self._chain)
        """Whether a long text is converted over its code points (`AT_ONCE`)."""

    def chosen(self, choices: Choices) -> Conversion:
        """This conversion with `choices` (as `Conversion(config, choices)` makes it), sharing
        the tables that offer none of them: a process that needs both builds or loads the large
        ones once."""
        _refuse_unoffered(self.config, self._chain, choices)
        derived = copy.copy(self)
        derived.choices = choices
        derived._chain = [[table.chosen(choices) for table in group] for group in self._chain]
        return derived

    def convert(self, text: str, guard: Guard | None = None) -> str:
        """`text` converted. The whole text is taken at once: no entry spans a separator, so
        choosing entries clause by clause or all together comes to the same. With a `guard`,
        the entries of more than one character it does not keep are left out (the library
        takes every entry it finds)."""
        if len(text) >= AT_ONCE and self.at_once and (codes := _codes(text)) is not None:
            for group in self._chain:
                codes = _converted_codes(codes, group, guard)
            return text_of(codes)
        for group in self._chain:
            text = _convert_group(text, group, guard)
        return text


def _refuse_unoffered(config: str, chain: list[list[_Table]], choices: Choices) -> None:
    """Raise if a choice names a value that no dictionary of the chain offers for its entry."""
    tables = [table for group in chain for table in group]
    for key, value in choices:
        if not any(value in table.offered.get(key, (table.entries.get(key),)) for table in tables):
            raise ValueError(f"{config}: no entry {key} offers {value}")


def _convert_group(text: str, group: list[_Table], guard: Guard | None = None) -> str:
    """One group of dictionaries over a clause: each takes what the ones before left."""
    taken: dict[int, tuple[int, str]] = {}  # start → (length, replacement)
    covered = bytearray(len(text))
    codes = _codes(text)
    for index, table in enumerate(group):
        if table.translation is not None and index == len(group) - 1:
            if codes is not None and table.lookup is not None and _kept_length(taken):
                return _assemble_codes(codes, taken, table.lookup)
            return _assemble(text, taken, table.translation)
        found = sorted(table.found(text, codes))
        if guard is not None and codes is not None and table.translation is None:
            found = _guarded(text, found, codes, table, guard, group[-1].translation)
        for negative, start in found:
            stop = start - negative
            if not any(covered[start:stop]):
                taken[start] = (stop - start, table.entries[text[start:stop]])
                covered[start:stop] = b"\x01" * (stop - start)
    return _assemble(text, taken, None)


def _guarded(
    text: str,
    found: list[tuple[int, int]],
    codes: npt.NDArray[np.uint32],
    table: _Table,
    guard: Guard,
    alone: dict[int, str] | None,
) -> list[tuple[int, int]]:
    """The entries found in `text` (minus length, start; in order) that `guard` keeps; it is
    asked only of those `_asked` would ask about (`alone`: the characters' own conversion)."""

    def changes(negative: int, start: int) -> bool:
        key = text[start : start - negative]
        return alone is None or key.translate(alone) != table.entries[key]

    starts = np.asarray([start for _, start in found], dtype=np.int64)
    ends = np.asarray([start - negative for negative, start in found], dtype=np.int64)
    changing = np.asarray([changes(negative, start) for negative, start in found], dtype=bool)
    matter = _in_runs_that_change(starts, ends, changing)
    asked = [entry for entry, ask in zip(found, matter.tolist(), strict=True) if ask]
    lengths = sorted({-negative for negative, _ in asked})
    dropped = set()
    for length in lengths:
        at = np.asarray([start for negative, start in asked if -negative == length], dtype=np.intp)
        kept = guard(codes, at, length, table.entries)
        dropped |= {(-length, start) for start in at[~kept].tolist()}
    return [entry for entry in found if entry not in dropped] if dropped else found


def _at_once(group: list[_Table]) -> bool:
    """Whether `_converted_codes` can convert through `group`: its dictionaries but the last
    find their entries at once and keep lengths, and the last maps characters one to one."""
    *phrases, last = group
    return last.lookup is not None and all(table.at_once for table in phrases)


def _converted_codes(
    codes: npt.NDArray[np.uint32], group: list[_Table], guard: Guard | None = None
) -> npt.NDArray[np.uint32]:
    """`_convert_group` at once, over the code points (when `_at_once`). The entries of each
    length, longest first, are taken where no entry taken before covers them; of those that
    overlap each other, the leftmost (the rule of the repeated search); then the characters
    left go through the last dictionary."""
    *phrases, last = group
    assert last.lookup is not None
    out = last.lookup.mapped(codes)
    alone = out.copy() if guard is not None else out  # each character on its own
    covered = np.zeros(len(codes), dtype=bool)
    for table in phrases:
        found = list(table.entries_at(codes))
        asked = _asked(found, alone) if guard is not None else [None] * len(found)
        for (length, starts, values), ask in zip(found, asked, strict=True):
            if not len(starts):
                continue
            span = starts[:, None] + np.arange(length)
            free = ~covered[span].any(axis=1)
            starts, values, span = starts[free], values[free], span[free]
            if guard is not None and ask is not None and (ask := ask[free]).any():
                kept = np.ones(len(starts), dtype=bool)
                kept[ask] = guard(codes, starts[ask], length, table.entries)
                starts, values, span = starts[kept], values[kept], span[kept]
            if len(starts) > 1 and bool((np.diff(starts) < length).any()):
                keep = _leftmost(starts.tolist(), length)
                values, span = values[keep], span[keep]
            covered[span] = True
            out[span] = values
    return out


def _asked(
    found: list[tuple[int, npt.NDArray[np.intp], npt.NDArray[np.uint32]]],
    alone: npt.NDArray[np.uint32],
) -> list[npt.NDArray[np.bool_]]:
    """Which entries found (by length: starts, values) a guard is asked about: those in a run of
    entries that overlap one another (directly or through others) holding one that reads
    otherwise than its characters on their own (`alone`, the text's characters each converted).
    In a run of entries that all read as their characters do, whichever are taken, the text
    comes out the same: leaving them out changes nothing."""
    if not found:
        return []
    changing = []
    for length, at, values in found:
        span = at[:, None] + np.arange(length)
        changing.append(~(values == alone[span]).all(axis=1))
    starts = np.concatenate([at for _, at, _ in found])
    ends = np.concatenate([at + length for length, at, _ in found])
    matter = _in_runs_that_change(starts, ends, np.concatenate(changing))
    asked, done = [], 0
    for _, at, _ in found:
        asked.append(matter[done : done + len(at)])
        done += len(at)
    return asked


def _in_runs_that_change(
    starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64], changing: npt.NDArray[np.bool_]
) -> npt.NDArray[np.bool_]:
    """Which entries (from `starts` to `ends`) lie in a run of entries that overlap one another,
    directly or through others, holding one that is `changing`."""
    if not len(starts):
        return np.zeros(0, dtype=bool)
    order = np.argsort(starts, kind="stable")
    reach = np.maximum.accumulate(ends[order])
    run = np.cumsum(np.concatenate(([True], starts[order][1:] >= reach[:-1])))  # by start
    runs = np.empty(len(starts), dtype=np.int64)
    runs[order] = run
    matters = np.bincount(runs, weights=changing) > 0
    return matters[runs]


def _leftmost(starts: list[int], length: int) -> list[int]:
    """Of entries of one length starting at `starts` (in order), those the leftmost-first rule
    takes: each that does not overlap the one taken before it."""
    kept, end = [], -1
    for index, start in enumerate(starts):
        if start >= end:
            kept.append(index)
            end = start + length
    return kept


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
def conversion(config: str, choices: Choices = ()) -> Conversion:
    """The conversion for `config` (with `choices`: made from the one without, sharing its
    large tables), once per process: the one the build keeps (`kept`) when there is one
    (reading the built tables takes a fraction of the time of building them from the
    library's dictionaries), else built and kept."""
    if choices:
        return conversion(config).chosen(choices)
    name = f"conversion-{config}"
    found = kept.load(name)
    if isinstance(found, Conversion) and (found.config, found.choices) == (config, ()):
        return found
    built = Conversion(config)
    kept.save(name, built)
    return built
