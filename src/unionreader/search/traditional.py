"""Traditional → Simplified for queries: a character map limited to the characters of the corpus.

The site text is Simplified, so a query typed in Traditional script is converted in the browser,
character by character, with a map made here from OpenCC (`unionreader.normalise.script`):

- every Han character OpenCC knows, through t2s, hk2s and tw2s (standard, Hong Kong and Taiwan
  forms: 後 → 后, 衞 → 卫, 裡 → 里), kept when the result is a character of the corpus;
- the corpus itself through s2t, s2tw and s2hk, aligned character by character, which adds the
  choices OpenCC makes from context (干净 → 乾淨, so 乾 → 干 although t2s leaves 乾 alone).

A Traditional character may stand for more than one Simplified one (乾 → 干, 乾); the browser then
tries each (`search.js`, at most a few alternatives per query).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from unionreader.normalise.script import converter
from unionreader.search.text import fold, fold_char

logger = logging.getLogger(__name__)

TO_SIMPLIFIED = ("t2s", "hk2s", "tw2s")
TO_TRADITIONAL = ("s2t", "s2tw", "s2hk")
HAN_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
"""CJK Extension A, Unified Ideographs and Compatibility Ideographs: what OpenCC maps."""


def traditional_map(chars: str, texts: Iterable[str]) -> dict[str, str]:
    """For each foreign (Traditional or variant) character, the corpus characters it stands for.

    `chars` are the searchable characters of the corpus, `texts` its block texts (not folded).
    """
    corpus = set(chars)
    pairs: set[tuple[str, str]] = set()
    pairs |= _from_opencc_tables(corpus)
    pairs |= _from_corpus(corpus, texts)
    mapping: dict[str, set[str]] = defaultdict(set)
    for foreign, simple in pairs:
        if foreign != simple:
            mapping[foreign].add(simple)
    logger.debug("Traditional map: %d characters", len(mapping))
    return {foreign: "".join(sorted(mapping[foreign])) for foreign in sorted(mapping)}


def _han_characters() -> list[str]:
    return [chr(point) for start, end in HAN_BLOCKS for point in range(start, end)]


def _converted(config: str, lines: list[str]) -> list[tuple[str, str]]:
    """Each line with its conversion by the OpenCC `config`, all converted in one call (lines
    are joined with newlines, which OpenCC keeps); none if the line count changed."""
    converted = converter(config).convert("\n".join(lines)).split("\n")
    if len(converted) != len(lines):
        logger.warning("%s changed the number of lines; its conversions are not used", config)
        return []
    return list(zip(lines, converted, strict=True))


def _from_opencc_tables(corpus: set[str]) -> set[tuple[str, str]]:
    """Every Han character through each Traditional → Simplified configuration, one per line."""
    han = _han_characters()
    pairs: set[tuple[str, str]] = set()
    for config in TO_SIMPLIFIED:
        for before, after in _converted(config, han):
            foreign, simple = fold_char(before), fold(after)
            if len(foreign) == 1 and simple in corpus:
                pairs.add((foreign, simple))
    return pairs


def _from_corpus(corpus: set[str], texts: Iterable[str]) -> set[tuple[str, str]]:
    """The corpus through each Simplified → Traditional configuration, aligned by character."""
    lines = sorted({line for text in texts for line in text.splitlines()})
    pairs: set[tuple[str, str]] = set()
    for config in TO_TRADITIONAL:
        for line, traditional in _converted(config, lines):
            if len(traditional) == len(line):
                pairs |= _aligned(corpus, line, traditional)
    return pairs


def _aligned(corpus: set[str], simple_text: str, foreign_text: str) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for simple_char, foreign_char in zip(simple_text, foreign_text, strict=True):
        if simple_char != foreign_char:
            simple, foreign = fold_char(simple_char), fold_char(foreign_char)
            if len(simple) == len(foreign) == 1 and simple in corpus:
                pairs.add((foreign, simple))
    return pairs
