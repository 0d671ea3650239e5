"""How folded text becomes Pagefind words: one opaque ASCII word per character position.

Pagefind matches whole words, and its indexer and its browser code segment Chinese differently
(jieba against Intl.Segmenter), so the index never sees Chinese. Every character has a fixed code
of WIDTH lowercase letters: its code point in base 26 (`aaaa` is U+0000, which no text holds: it
pads). Position i of a folded text is indexed as the word code(text[i]) + code(text[i + 1]) — the
pair starting there, or the character and the pad at the end of a block, so that no word spans
two blocks. Codes depend on nothing but the character, so a document's words never change when
other documents do (its record is cached with it), and the browser computes them itself.

A pair's word also says two things about breaks (sentence punctuation or a symbol: `text.py`):
BROKEN between its two codes when a break stands between its characters, and at its end CLEAN
when the text runs on after the pair with no break, ENDS when it does not. A phrase looked up
by the words at offsets 0, 2, 4 … thus sees every place between two of its characters: inside
a word looked up, or just after one. Where the phrase must not run through a break, a word is
looked up with CLEAN; where anything may follow (after the phrase's last character, or where
the reader typed a mark), as the pair without its end letter, which Pagefind extends to both
words: one lookup either way. A mark typed between the two characters of a word looked up
costs a second lookup, of the word with BROKEN.

Words are letters only: Pagefind neither stems nor splits them. A code has WIDTH letters, the
first below BROKEN (no letter or digit has a code point of 25 × 26³ or more), so a word reads
back one way, and no word is a prefix of another (Pagefind also matches a word that is a
prefix of the search term); a search for a pair without its end letter is a prefix of both its
words, and Pagefind extends it to them.

A phrase of n characters occurs at p when the words of its pairs stand at p … p + n − 2;
`static/search.js` finds that with as few of those words as pin every character.
"""

from __future__ import annotations

import logging
import string

from unionreader.search.text import BREAK, breaks

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
BROKEN = LETTERS[-1]
"""Between a pair's codes when a break stands between its characters (no code starts with it)."""
CLEAN = LETTERS[-1]
"""After a pair's codes when the text runs on after it with no break."""
ENDS = LETTERS[-2]
"""After a pair's codes otherwise (a break or the block's end follows). Every pair's word but
the pad's ends in CLEAN or ENDS, so that no word is a prefix of another."""


def code(char: str) -> str:
    """The code of one character."""
    number = ord(char) % LIMIT
    letters = []
    for _ in range(WIDTH):
        number, digit = divmod(number, len(LETTERS))
        letters.append(LETTERS[digit])
    return "".join(reversed(letters))


def words(marked: str) -> list[str]:
    """One word per character of a folded block (`text.marked`: with its breaks): its pair, or
    the last character and the pad; with BROKEN and CLEAN where they apply."""
    followed = set(breaks(marked))
    chars = marked.replace(BREAK, "")
    found = []
    for i, char in enumerate(chars):
        if i + 1 == len(chars):
            found.append(code(char) + PAD)
            continue
        inside = BROKEN * (i in followed)
        after = CLEAN if i + 2 < len(chars) and i + 1 not in followed else ENDS
        found.append(code(char) + inside + code(chars[i + 1]) + after)
    return found
