"""Search normalisation: the text a phrase is matched against, and where each character came from.

A phrase is found wherever its letters and digits occur in a row, as Ctrl-F would show it:
both the text and the query are folded character by character with NFKC and lower case,
keeping letters and numbers (Unicode categories L and N) and the redaction marks `*`, `×`, `○`
and `□` (X and 〇 are a letter and a number already). A redaction stands for hidden characters,
so it is kept: 全职工 must not match 全*职工 or 全××职工 (the text hides characters there),
while a reader who types 全*职工 finds it.

Punctuation is of two kinds. What may stand inside a phrase vanishes: spaces, the enumeration
comma 、, the middle dots · and ・, hyphens, quotation marks and brackets (劳模精神劳动精神 finds
劳模精神、劳动精神, and 五个坚决 finds “五个坚决”). Everything else (sentence punctuation and
symbols: ，。；：？！…—＋ …) becomes `BREAK`, one for a run of them, which a match may not run
through: 工会法 does not find 工会＋法院. A query is folded the same way, so a reader who types
the punctuation (工会，法院) finds the text whatever mark stands there, and its leading and
trailing marks are dropped. `static/search.js` and `static/highlight.js` fold the same way, so
positions in the index, in the browser and in `data/corpus.json` agree.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

logger = logging.getLogger(__name__)

REDACTION_MARKS = "*×○□"
BREAK = "|"
"""What a run of sentence punctuation or symbols folds to: a match may not run through it."""
SOFT = "、·・-‐\"'"
"""Punctuation that may stand inside a phrase, besides spaces, quotation marks and brackets
(Unicode categories Z, Cc, Cf, Pi, Pf, Ps and Pe; and combining marks, M, such as variation
selectors)."""
_SOFT_CATEGORIES = frozenset(
    {"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Mc", "Me", "Pi", "Pf", "Ps", "Pe"}
)


def fold_char(char: str) -> str:
    """The searchable characters `char` stands for: usually itself, "" for a space or punctuation
    that may stand inside a phrase, `BREAK` for other punctuation and symbols."""
    return _FOLDED[ord(char)]


class _FoldTable(dict[int, str]):
    """Code point → what it folds to, filled in as characters are met (a `str.translate` table)."""

    def __missing__(self, point: int) -> str:
        folded = unicodedata.normalize("NFKC", chr(point)).lower()
        kept = "".join(_kept(c) for c in folded)
        self[point] = kept
        return kept


def _kept(char: str) -> str:
    category = unicodedata.category(char)
    if category[0] in "LN" or char in REDACTION_MARKS:
        return char
    return "" if category in _SOFT_CATEGORIES or char in SOFT else BREAK


_FOLDED = _FoldTable()
_BREAKS = re.compile(re.escape(BREAK) + "{2,}")


def fold(text: str) -> str:
    """`text` as search sees it: NFKC, lower case, letters, digits and redaction marks, and one
    `BREAK` for each run of sentence punctuation and symbols."""
    return _BREAKS.sub(BREAK, text.translate(_FOLDED))


def fold_query(text: str) -> str:
    """A query as search reads it: folded, without `BREAK` at either end."""
    return fold(text).strip(BREAK)


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
            if folded == BREAK and chars and chars[-1] == BREAK:
                continue  # one for a run
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
