"""Pinyin for terms: their order in the term index (pypinyin, which reads words as words:
重庆 is chóng qìng, not zhòng qìng). pypinyin takes a third of a second to load, so it is
imported only when the term index is made with a term whose pinyin the build does not keep."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from unionreader import kept

logger = logging.getLogger(__name__)

_TONE = re.compile(r"[1-5]")


KEPT = "pinyin"
"""The name under which the build keeps the terms' pinyin (`kept`): a rebuild whose terms are
all known then does not load pypinyin."""


def pinyin_keys(texts: Iterable[str]) -> dict[str, str]:
    """Each term's pinyin with tone numbers (`dang1 hao3`): dictionary order, syllable by
    syllable, tones breaking ties."""
    wanted = list(dict.fromkeys(texts))
    found = kept.load(KEPT)
    known: dict[str, str] = found if isinstance(found, dict) else {}
    missing = [text for text in wanted if text not in known]
    if missing:
        from pypinyin import Style, lazy_pinyin

        for text in missing:
            known[text] = " ".join(lazy_pinyin(text, style=Style.TONE3, errors="ignore"))
        kept.save(KEPT, {text: known[text] for text in wanted})  # this build's terms
    return {text: known[text] for text in wanted}


def toneless(key: str) -> str:
    return _TONE.sub("", key)
