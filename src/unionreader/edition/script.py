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
from collections.abc import Sequence
from pathlib import Path

from unionreader.edition.guard import word_guard
from unionreader.normalise.conversion import conversion

logger = logging.getLogger(__name__)

CONFIG = "s2tw"
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


SHORT = 200
"""Texts up to this long are converted once per process and remembered (the interface strings,
labels and citations of a page recur on every page)."""


def to_traditional(text: str) -> str:
    """`text` in Traditional script, as long as `text`."""
    return _short(text) if len(text) <= SHORT else _convert(text)


@functools.lru_cache(maxsize=1 << 13)
def _short(text: str) -> str:
    return _convert(text)


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


def _convert(text: str) -> str:
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
