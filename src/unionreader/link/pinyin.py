"""Pinyin for terms: their URL slugs and their order in the term index (pypinyin).

pypinyin takes a third of a second to load, so it is imported only when a term is new
(`Spelling` remembers what it spelled; the build keeps it with the links).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_TONE = re.compile(r"[1-5]")
MAX_SLUG = 48


@dataclass
class Spelling:
    """Term → (slug base, sort key), filled in as terms are met."""

    known: dict[str, tuple[str, str]] = field(default_factory=dict)

    def of(self, text: str) -> tuple[str, str]:
        if text not in self.known:
            self.learn([text])
        return self.known[text]

    def learn(self, texts: Iterable[str]) -> None:
        new = [text for text in texts if text not in self.known]
        if not new:
            return
        from pypinyin import Style, lazy_pinyin

        for text in new:
            toned = lazy_pinyin(text, style=Style.TONE3, errors="ignore")
            plain = "-".join(_TONE.sub("", syllable) for syllable in toned)
            slug = _NOT_SLUG.sub("-", plain.lower()).strip("-")[:MAX_SLUG].rstrip("-")
            self.known[text] = (slug or "term", " ".join(toned))


def unique_slugs(texts: Iterable[str], spelling: Spelling) -> dict[str, str]:
    """A slug for each term, unique: homophones after the first (in text order) get -2, -3 …"""
    ordered = sorted(set(texts))
    spelling.learn(ordered)
    taken: dict[str, int] = {}
    slugs = {}
    for text in ordered:
        base = spelling.of(text)[0]
        taken[base] = taken.get(base, 0) + 1
        slugs[text] = base if taken[base] == 1 else f"{base}-{taken[base]}"
    return slugs
