"""Is the text Chinese? A page in Japanese would come out with its kanji rewritten as Simplified
Chinese (販 → 贩, 獄 → 狱) and its kana left among them, and one in Korean much the same: such
a text is refused, naming the file. A text with no Chinese character at all is read as it is,
with a warning (a collection may hold a statement in English; search and terms are for Chinese).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from unionreader.chinese import han_count
from unionreader.errors import SeedError
from unionreader.model import Line

logger = logging.getLogger(__name__)

KANA = "\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9d"
"""Hiragana, katakana (with their extensions and half-width forms; not the middle dot ・, which
Chinese texts write between the parts of a foreign name): Japanese, not Chinese."""
HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
"""Hangul syllables and letters: Korean."""
SHARE = 0.2
"""A text whose kana or Hangul make up this share of its letters of East Asian scripts … (a
Japanese text writes a third or more of its letters in kana, a Korean one most in Hangul; a
Chinese news page may keep a site's banner in Japanese, `こちらのページは繁体字版です`: a
twelfth of a short item's letters)"""
AT_LEAST = 10
"""… and number this many is in that language (a Chinese text may quote a Japanese name)."""

_SCRIPTS = (("Japanese", re.compile(f"[{KANA}]")), ("Korean", re.compile(f"[{HANGUL}]")))


def check_language(lines: tuple[Line, ...], path: Path) -> None:
    """Refuse a Japanese or Korean text; warn about one with no Chinese character."""
    text = "\n".join(line.text for line in lines)
    han = han_count(text)
    for language, letters in _SCRIPTS:
        found = len(letters.findall(text))
        if found >= AT_LEAST and found >= SHARE * (found + han):
            raise SeedError(
                f"is {language} text ({found} of its {found + han} East Asian letters are "
                f"{language}), not Chinese: UnionReader reads texts in Chinese",
                path,
            )
    if not han:
        logger.warning("%s: has no Chinese characters; it is read as it is", path)
