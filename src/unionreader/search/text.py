"""Search normalisation: the text a phrase is matched against, and where each character came from.

A phrase is found wherever its letters and digits occur in a row, whatever punctuation or spacing
stands between them: both the text and the query are folded character by character with NFKC and
lower case, keeping only letters and numbers (Unicode categories L and N) and the redaction marks
`*`, `×`, `○` and `□` (X and 〇 are a letter and a number already). A redaction stands for hidden
characters, so it is kept: 全职工 must not match 全*职工 or 全××职工 (the text hides characters
there), while a reader who types 全*职工 finds it. `static/search.js` and `static/highlight.js`
fold the same way (`normalize("NFKC")`, `toLowerCase()`, `[\\p{L}\\p{N}*×○□]`), so positions in the
index, in the browser and in `data/corpus.json` agree.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass

logger = logging.getLogger(__name__)

REDACTION_MARKS = "*×○□"


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


def fold(text: str) -> str:
    """`text` as search sees it: NFKC, lower case, letters, digits and redaction marks only."""
    return text.translate(_FOLDED)


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
