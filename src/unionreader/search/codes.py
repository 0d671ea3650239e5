"""How folded text becomes Pagefind words: one opaque ASCII word per character position.

Pagefind matches whole words, and its indexer and its browser code segment Chinese differently
(jieba against Intl.Segmenter), so the index never sees Chinese. Every character has a fixed code
of WIDTH lowercase letters: its code point in base 26 (`aaaa` is U+0000, which no text holds: it
pads). Position i of a folded text is indexed as the word code(text[i]) + code(text[i + 1]) — the
pair starting there, or the character and the pad at the end of a block, so that no word spans
two blocks. Codes depend on nothing but the character, so a document's words never change when
other documents do (its record is cached with it), and the browser computes them itself.

Words are letters only and all of one length: Pagefind neither stems nor splits them, and a query
word can only match itself (Pagefind extends a query word to every indexed word it is a prefix
of). A phrase of n characters occurs at p when the words of its pairs stand at p … p + n − 2;
`static/search.js` finds that with as few of those words as pin every character.
"""

from __future__ import annotations

import logging
import string

logger = logging.getLogger(__name__)

LETTERS = string.ascii_lowercase
WIDTH = 4
"""Letters per character: 26⁴ = 456,976 code points, every plane that holds letters and digits."""

HAN_FIRST, HAN_END = 0x3400, 0xA000
"""CJK Extension A and the Unified Ideographs: search/data.json gives the collection's characters
there as a bitmap, the others as a string."""

PAD = LETTERS[0] * WIDTH
LIMIT = len(LETTERS) ** WIDTH
"""Code points have codes below this; higher planes hold no letters or digits."""


def code(char: str) -> str:
    """The code of one character."""
    number = ord(char) % LIMIT
    letters = []
    for _ in range(WIDTH):
        number, digit = divmod(number, len(LETTERS))
        letters.append(LETTERS[digit])
    return "".join(reversed(letters))


def words(folded: str) -> list[str]:
    """One word per character of the folded text: its pair, or the last character and the pad."""
    codes = [code(char) for char in folded]
    return [first + second for first, second in zip(codes, [*codes[1:], PAD], strict=True)]
