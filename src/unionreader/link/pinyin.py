"""Pinyin for terms: their order in the term index (pypinyin, which reads words as words:
重庆 is chóng qìng, not zhòng qìng). pypinyin takes a third of a second to load, so it is
imported only when the term index is made."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

logger = logging.getLogger(__name__)

_TONE = re.compile(r"[1-5]")


def pinyin_keys(texts: Iterable[str]) -> dict[str, str]:
    """Each term's pinyin with tone numbers (`dang1 hao3`): dictionary order, syllable by
    syllable, tones breaking ties."""
    from pypinyin import Style, lazy_pinyin

    return {text: " ".join(lazy_pinyin(text, style=Style.TONE3, errors="ignore")) for text in texts}


def toneless(key: str) -> str:
    return _TONE.sub("", key)
