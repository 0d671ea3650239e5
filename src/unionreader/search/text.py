"""Search normalisation: the text a phrase is matched against, and where each character came from.

A phrase is found wherever its letters and digits occur in a row, as Ctrl-F would show it. Both
the text and the query are folded character by character with NFKC and lower case, keeping only
letters and numbers (Unicode categories L and N) and the redaction marks `*`, `×`, `○` and `□`
(X and 〇 are a letter and a number already). A redaction stands for hidden characters, so it is
kept: 全职工 must not match 全*职工 or 全××职工 (the text hides characters there), while a reader
who types 全*职工 finds it.

What folds away is of two kinds. SOFT marks may stand inside a phrase: spaces, the enumeration
comma 、, middle dots, hyphens, quotation marks and brackets (劳模精神劳动精神 finds
劳模精神、劳动精神, and 五个坚决 finds “五个坚决”). Every other mark is a BREAK: sentence
punctuation and symbols (，。；：？！…—＋ and the like). A match may not run through a break in the
text (工会法 does not find 工会＋法院) unless the query has a mark of its own at that place: what a
reader types between two characters says that something may stand there, so 工会，法院 and
工会 法院 find 工会＋法院, and a phrase copied with its punctuation finds its source. Positions
count folded characters only; the breaks are kept beside them (`breaks`), and each pair's word
in the index says whether a break stands inside it and whether the text runs on after it
without one (`codes.py`), so that a phrase is checked with the words it is looked up by.

`static/search.js` and `static/highlight.js` fold the same way (`normalize("NFKC")`,
`toLowerCase()`, `[\\p{L}\\p{N}*×○□]`, and SOFT), so positions and breaks in the index, in the
browser and in `data/corpus.json` agree.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

logger = logging.getLogger(__name__)

REDACTION_MARKS = "*×○□"
SOFT = "、·・‧-‐"
"""Marks a phrase may run through, besides every space, quotation mark and bracket (Unicode
categories Z, Pi, Pf, Ps and Pe) and what has no glyph (Cc, Cf and combining marks, M)."""
_SOFT_CATEGORIES = frozenset(
    {"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Mc", "Me", "Pi", "Pf", "Ps", "Pe"}
)
BREAK = "\x01"
"""What a break folds to in `marked` text (a control character, which no folded text holds)."""


def fold_char(char: str) -> str:
    """The searchable characters `char` stands for: usually itself, "" for punctuation or space."""
    return _FOLDED[ord(char)]


class _FoldTable(dict[int, str]):
    """Code point → what it folds to, filled in as characters are met (a `str.translate` table)."""

    def __missing__(self, point: int) -> str:
        folded = unicodedata.normalize("NFKC", chr(point)).lower()
        kept = "".join(
            c for c in folded if unicodedata.category(c)[0] in "LN" or c in REDACTION_MARKS
        )
        self[point] = kept
        return kept


_FOLDED = _FoldTable()


class _MarkTable(dict[int, str]):
    """Code point → what it folds to, with BREAK for a mark a phrase may not run through."""

    def __missing__(self, point: int) -> str:
        kept = _FOLDED[point]
        if not kept:
            char = unicodedata.normalize("NFKC", chr(point))
            soft = all(unicodedata.category(c) in _SOFT_CATEGORIES or c in SOFT for c in char)
            kept = "" if soft else BREAK
        self[point] = kept
        return kept


_MARKED = _MarkTable()


def fold(text: str) -> str:
    """`text` as search sees it: NFKC, lower case, letters, digits and redaction marks only."""
    return text.translate(_FOLDED)


def is_break(char: str) -> bool:
    """Whether a match may not run through `char` (sentence punctuation, a symbol)."""
    return _MARKED[ord(char)] == BREAK


def marked(text: str) -> str:
    """`text` folded, with one BREAK between two folded characters wherever the text has a break
    between them (none at either end): the form the index is made from."""
    folded = text.translate(_MARKED)
    if BREAK not in folded:
        return folded
    return _BREAK_RUN.sub(BREAK, folded).strip(BREAK)


_BREAK_RUN = re.compile(BREAK + "+")


@dataclass(frozen=True)
class Phrase:
    """A query's folded characters, and where the reader typed something between two of them
    (`open[j]`: between chars[j] and chars[j + 1]), so a break in the text may stand there."""

    chars: str
    open: tuple[bool, ...]


def read_phrase(text: str) -> Phrase:
    """A query as a phrase: its folded characters and the places its marks or spaces hold."""
    chars: list[str] = []
    opened: list[bool] = []
    gap = False
    for char in text:
        folded = fold_char(char)
        if not folded:
            gap = bool(chars)
            continue
        for c in folded:
            if chars:
                opened.append(gap)
            chars.append(c)
            gap = False
    return Phrase("".join(chars), tuple(opened))


def find_phrase(text: str, phrase: Phrase) -> list[int]:
    """Every start of `phrase` in folded `text` (a block's: `text` as `marked` gives it) that
    runs through no break, except where the phrase is open; overlapping starts included."""
    folded = text.replace(BREAK, "")
    if BREAK not in text:
        return find_all(folded, phrase.chars)
    at = set(breaks(text))
    closed = [j for j, is_open in enumerate(phrase.open) if not is_open]
    return [p for p in find_all(folded, phrase.chars) if not any(p + j in at for j in closed)]


def breaks(text: str) -> tuple[int, ...]:
    """Where `marked` text has a break, as folded positions i: one stands between folded
    characters i and i + 1."""
    found: list[int] = []
    position = -1
    for part in text.split(BREAK)[:-1]:
        position += len(part)
        found.append(position)
    return tuple(found)


@dataclass(frozen=True)
class Folded:
    """Folded text, and for each of its characters the index of the character it came from."""

    text: str
    origins: tuple[int, ...]


def fold_with_origins(text: str) -> Folded:
    """Fold `text`, remembering where each folded character came from (for highlighting)."""
    chars: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        for folded in fold_char(char):
            chars.append(folded)
            origins.append(index)
    return Folded("".join(chars), tuple(origins))


def find_all(haystack: str, needle: str) -> list[int]:
    """Every start of `needle` in `haystack`, overlapping ones included (Ctrl-F counts them)."""
    if not needle:
        return []
    found: list[int] = []
    start = haystack.find(needle)
    while start >= 0:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found
