"""OpenCC conversions as opencc-python-reimplemented makes them, thirty times faster.

The library converts a text clause by clause (it splits at punctuation and spaces). In a clause,
each dictionary group of the configuration's chain replaces, again and again, the longest entry
found anywhere in what is left unreplaced (the leftmost of equal length), the group's first
dictionary before its second (phrases before characters); then the next group converts the
result. It does this with a tree of string pieces and a lookup of every substring length at
every position, which makes converting a document take longer than everything else the build
does with it.

`Conversion` reaches the same result directly: it looks up, at each position where an entry may
begin, only the substrings that begin an entry (a set of the entries' prefixes), and then takes
the entries longest first, leftmost first, skipping any that overlaps one taken — which is what
the repeated search ends with, since a match that overlaps none taken lies wholly in one
unreplaced piece. Characters left are mapped with `str.translate`.
It uses the library's own dictionaries, chain and clause separators, and
`tests/unit/test_conversion.py` checks it against the library on the seeds, the test corpus and
random text made of dictionary entries, for every configuration the build uses.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

import opencc

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Table:
    """One dictionary: its entries (with their first value), every prefix of an entry, the
    characters entries begin with, and for a dictionary of single characters a `str.translate`
    table."""

    entries: dict[str, str]
    prefixes: frozenset[str]
    firsts: re.Pattern[str]
    translation: dict[int, str] | None

    @classmethod
    def of(cls, mapping: dict[str, str], separators: re.Pattern[str]) -> _Table:
        """The table of a library dictionary; entries holding a separator are left out (the
        library splits the text there, so they never match)."""
        entries = {
            key: value.split(" ")[0] for key, value in mapping.items() if not separators.search(key)
        }
        prefixes = frozenset(key[:end] for key in entries for end in range(1, len(key) + 1))
        firsts = re.compile(
            "[" + "".join(re.escape(c) for c in sorted({k[0] for k in entries})) + "]"
        )
        single = all(len(key) == 1 for key in entries)
        translation = {ord(key): value for key, value in entries.items()} if single else None
        return cls(entries, prefixes, firsts, translation)


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
    for index, table in enumerate(group):
        if table.translation is not None and index == len(group) - 1:
            return _assemble(text, taken, table.translation)
        found = []
        for match in table.firsts.finditer(text):
            start = end = match.start()
            end += 1
            while end <= len(text) and text[start:end] in table.prefixes:
                if text[start:end] in table.entries:
                    found.append((start - end, start))  # longest first, then leftmost
                end += 1
        for negative, start in sorted(found):
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


@functools.cache
def conversion(config: str) -> Conversion:
    """The conversion for `config`, built once per process (it reads its dictionaries)."""
    return Conversion(config)
