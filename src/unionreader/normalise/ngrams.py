"""A text's character trigrams, and whether a break or a space falls inside a word: the text on
both sides of it stands elsewhere in the same text as one run (`国特` over `色` where `国特色`
and `特色社` are the text's elsewhere). Used where a line break (`lines`) or a space
(`punctuation`) may be a copy's accident inside a word."""

from __future__ import annotations

from collections import Counter

from unionreader.chinese import is_han
from unionreader.model import Line

NGRAM = 3
"""Length of the character n-grams across a break that must also stand elsewhere in the text."""


def _ngrams(lines: tuple[Line, ...]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in lines:
        text = line.text
        counts.update(text[i : i + NGRAM] for i in range(len(text) - NGRAM + 1))
    return counts


class Ngrams:
    """The trigrams of a text, counted when first asked for (most breaks are decided without)."""

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self.lines = lines
        self.counts: Counter[str] | None = None

    def __getitem__(self, ngram: str) -> int:
        if self.counts is None:
            self.counts = _ngrams(self.lines)
        return self.counts[ngram]


def word_across(above: str, below: str, ngrams: Ngrams) -> bool:
    """Whether the text on both sides of a break is attested elsewhere as one run.

    Both trigrams that straddle the break (国特|色 and 特|色社) must occur in the text.
    """
    joined = above[-2:] + below[:2]
    if len(above) < 2 or len(below) < 2 or not all(is_han(c) for c in joined):
        return False
    return ngrams[joined[:NGRAM]] > 0 and ngrams[joined[1:]] > 0
