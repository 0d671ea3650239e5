"""Latin rule: an English function word stranded in Chinese text becomes its Chinese equivalent.

`思想 and 党的十九大精神` → `思想和党的十九大精神`: a copying or translation accident. Only the
words of a small table, and only between Chinese text on both sides, are replaced; every other
Latin word (APP, N, Copyright, URLs, e-mail addresses) is kept, and nothing is dropped.
"""

from __future__ import annotations

import logging
import re

from unionreader.chinese import HAN, SPACES
from unionreader.model import Line, Pass
from unionreader.normalise.edits import substitute_all

logger = logging.getLogger(__name__)

RULE = "latin"

FUNCTION_WORDS = {"and": "和", "or": "或", "with": "与"}
"""English function words with one unambiguous Chinese equivalent between two Chinese phrases."""

LEFT = f"{HAN}”’）》」』】*"
"""What may stand before the word: Han, closing Chinese punctuation, or a redaction (`*`)."""

RIGHT = f"{HAN}“‘（《「『【*"
"""What may stand after the word: Han, opening Chinese punctuation, or a redaction (`*`)."""

_STRANDED = re.compile(
    rf"(?<=[{LEFT}])[{SPACES}]*({'|'.join(FUNCTION_WORDS)})[{SPACES}]*(?=[{RIGHT}])"
)


def normalise_latin(lines: tuple[Line, ...]) -> Pass:
    """Replace each stranded function word, with the spaces around it, by its Chinese equivalent."""
    result = substitute_all(RULE, lines, _STRANDED, lambda match: FUNCTION_WORDS[match[1]])
    for edit in result.edits:
        logger.debug("line %d: %s → %s", edit.line, edit.before, edit.after)
    return result
