"""Simplified → Traditional for the Traditional edition: OpenCC's `s2tw` (Taiwan's standard
glyphs, 為 rather than the rare 爲, and no vocabulary rewrites; `bench/opencc_configs.py`
measured the choice), with a small table of words it gets wrong (`overrides.txt`).

The conversion keeps every text's length (each entry of `s2tw` and of the table maps n
characters to n), so offsets into a converted text are offsets into the Simplified one: a page
split into runs by markup converts as one text, and search offsets hold in both editions.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from unionreader.arrays import code_points, text_of
from unionreader.chinese import HAN_RANGES
from unionreader.edition.guard import word_guard
from unionreader.normalise.conversion import conversion

logger = logging.getLogger(__name__)

CONFIG = "s2tw"
CONVERTED_RANGES = (*HAN_RANGES, (0x3007, 0x3007), (0x20000, 0x3FFFF))
CONVERTED = "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in CONVERTED_RANGES)
"""Every character the conversion may change or read as part of a word (the Chinese ones, 〇
and the planes of rare ones), as a pattern's character class; a test holds every dictionary
entry, override and common word of the guard to it."""
OVERRIDES = Path(__file__).with_name("overrides.txt")


@functools.cache
def overrides() -> dict[str, str]:
    """The table: Simplified word → Traditional word."""
    table = {}
    for number, line in enumerate(OVERRIDES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        simplified, traditional = line.split("\t")
        if len(simplified) != len(traditional):
            raise ValueError(f"{OVERRIDES}:{number}: the two words differ in length")
        table[simplified] = traditional
    return table


@functools.cache
def _pattern() -> re.Pattern[str]:
    words = sorted(overrides(), key=lambda word: (-len(word), word))  # longest first
    return re.compile("|".join(re.escape(word) for word in words))


def prepare() -> None:
    """Load what converting takes (the conversion's tables, the common words' guard), so that
    a process that is waiting anyway has them when it first converts."""
    conversion(CONFIG)
    word_guard()


SHORT = 200
"""Texts up to this long are converted once per process and remembered (the interface strings,
labels and citations of a page recur on every page)."""


REMEMBERED = 1 << 13
"""Short texts a process remembers (then it starts again)."""
_remembered: dict[str, str] = {}


def to_traditional(text: str) -> str:
    """`text` in Traditional script, as long as `text`."""
    if len(text) > SHORT:
        return _convert(text)
    found = _remembered.get(text)
    if found is None:
        found = _remember(text, _convert(text))
    return found


def remember_traditional(texts: Iterable[str]) -> None:
    """Convert those of `texts` that are short and not remembered yet, in one conversion, and
    remember them (`to_traditional` then finds them: the names of a collection's term pages,
    each converted alone, cost a rebuild a conversion per term)."""
    new = list(dict.fromkeys(t for t in texts if len(t) <= SHORT and t not in _remembered))
    for text, converted in zip(new, to_traditional_all(new), strict=True):
        _remember(text, converted)


def _remember(text: str, converted: str) -> str:
    if len(_remembered) >= REMEMBERED:
        _remembered.clear()
    _remembered[text] = converted
    return converted


JOINERS = ("\x1f", "\x1e", "\x1d", "\x1c")
"""Between texts converted in one call (`to_traditional_all`): control characters, which no
dictionary entry holds (the conversion reads no word across one) and no page or text has."""


def to_traditional_all(texts: Sequence[str]) -> list[str]:
    """`to_traditional` of each text, in one conversion: a conversion costs about as much for
    a download as for a text five times as long, so a batch of files costs far less at once."""
    joiner = next((j for j in JOINERS if not any(j in text for text in texts)), None)
    if len(texts) < 2 or joiner is None:
        return [to_traditional(text) for text in texts]
    return _convert(joiner.join(texts)).split(joiner)


HIDDEN = "\0"
"""What stands in for a word of the table while the rest is converted: no dictionary entry holds
it, so no entry is read across the word (as if the text were converted piece by piece between
the table's words), and the whole text is still one conversion."""


def _read(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Which of `codes` are `CONVERTED` characters (compared with the ranges: a table of the
    131,072 rare characters beyond the BMP took 8 MB in every process, and a build of the five
    seeds 50 MB more at its peak)."""
    read = np.zeros(len(codes), dtype=bool)
    for first, last in CONVERTED_RANGES:
        read |= (codes >= first) & (codes <= last)
    return read


DENSE = 0.8
"""A text with more than this share of characters left once the rest is squeezed (`_squeezed`)
is converted as it is."""
SQUEEZED = 1 << 10
"""Texts shorter than this are converted as they are (squeezing them would save less than it
costs)."""
PIECE = 1 << 17
"""A long text is converted in pieces of about this many characters, each cut after a character
the conversion never reads (so no word is cut): the conversion's arrays then stay in the
processor's cache (with the squeezing, a batch of a whole site's files converts in half the
time it took in one piece: `bench/edition.py --batch`)."""
_UNREAD = re.compile(f"[^{CONVERTED}]")


def _convert(text: str) -> str:
    """`text` converted, piece by piece (`PIECE`)."""
    pieces, start = [], 0
    while len(text) - start > PIECE and (gap := _UNREAD.search(text, start + PIECE)):
        pieces.append(_squeezed(text[start : gap.end()]))
        start = gap.end()
    pieces.append(_squeezed(text[start:]))
    return "".join(pieces)


def _squeezed(text: str) -> str:
    """`text` converted, the stretches of characters the conversion never reads (markup, Latin,
    digits, punctuation: most of a page) squeezed out first. No dictionary entry, override or
    common word holds one, so only whether one stands next to a Chinese character matters: each
    stretch keeps its first and last character, and what is converted is a fraction of a page.
    Put back in place, it is the conversion of the whole text."""
    if len(text) < SQUEEZED:
        return _convert_dense(text)
    try:
        codes = code_points(text)
    except UnicodeEncodeError:  # a lone surrogate: the text as it is
        return _convert_dense(text)
    read = _read(codes)
    kept = read.copy()
    kept[1:] |= read[:-1]
    kept[:-1] |= read[1:]
    if np.count_nonzero(kept) > DENSE * len(codes):
        return _convert_dense(text)
    out = codes.copy()
    out[kept] = code_points(_convert_dense(text_of(codes[kept])))
    return text_of(out)


def _convert_dense(text: str) -> str:
    table = overrides()
    words = list(_pattern().finditer(text))
    pieces, done = [], 0
    for word in words:
        pieces += [text[done : word.start()], HIDDEN * (word.end() - word.start())]
        done = word.end()
    converted = conversion(CONFIG).convert("".join([*pieces, text[done:]]), word_guard().kept)
    if len(converted) != len(text):  # s2tw's tables are all of equal lengths: never happens
        raise ValueError(f"{CONFIG} changed the length of {text[:20]!r}…")
    pieces, done = [], 0
    for word in words:
        pieces += [converted[done : word.start()], table[word.group()]]
        done = word.end()
    return "".join([*pieces, converted[done:]])
