"""How folded text becomes Pagefind words: one opaque ASCII word per character position.

Pagefind matches whole words, and its indexer and its browser code segment Chinese differently
(jieba against Intl.Segmenter), so the index never sees Chinese. Every searchable character of
the corpus gets a code of `width` lowercase letters (its place in `chars`, base 26; code 0 is the
pad). Position i of a folded text is indexed as the word code(text[i]) + code(text[i + 1]) — the
bigram starting there, or the character and the pad at the end of a block, so that no word spans
two blocks. Words are letters only and all of one length: Pagefind neither stems nor splits them,
and a query word can only ever match itself (Pagefind extends a query word to every indexed word
it is a prefix of). A phrase of n characters is then the n − 1 words at n − 1 consecutive
positions; `static/search.js` does that matching.
"""

from __future__ import annotations

import functools
import logging
import string
from collections.abc import Iterable
from dataclasses import dataclass

logger = logging.getLogger(__name__)

LETTERS = string.ascii_lowercase


@dataclass(frozen=True)
class CharCodes:
    """The searchable characters of a corpus, in code order (code 0, the pad, has no character)."""

    chars: str
    width: int

    def code(self, char: str) -> str:
        """The code of a searchable character; KeyError for any other."""
        return self._encode(self._index[char])

    def word(self, text: str, position: int) -> str:
        """The Pagefind word for `position` of the folded `text`."""
        after = text[position + 1] if position + 1 < len(text) else None
        second = self.code(after) if after is not None else self.pad
        return self.code(text[position]) + second

    def words(self, text: str) -> list[str]:
        """One word per character of the folded `text`."""
        return [self.word(text, position) for position in range(len(text))]

    @property
    def pad(self) -> str:
        return LETTERS[0] * self.width

    @property
    def _index(self) -> dict[str, int]:
        return _indexes(self.chars)

    def _encode(self, number: int) -> str:
        letters = []
        for _ in range(self.width):
            number, digit = divmod(number, len(LETTERS))
            letters.append(LETTERS[digit])
        return "".join(reversed(letters))


@functools.cache
def _indexes(chars: str) -> dict[str, int]:
    return {char: number for number, char in enumerate(chars, start=1)}


def build_codes(folded_texts: Iterable[str]) -> CharCodes:
    """Codes for every character of the folded texts, in code point order (stable across builds
    of the same corpus), as short as the number of characters allows."""
    chars = "".join(sorted(set("".join(folded_texts))))
    width = 1
    while len(LETTERS) ** width <= len(chars):
        width += 1
    logger.debug("%d searchable characters, codes of %d letters", len(chars), width)
    return CharCodes(chars, width)
