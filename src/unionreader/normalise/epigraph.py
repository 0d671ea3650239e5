"""An epigraph above a title: a quotation (lines of sentences, or in quotation marks) and the
line that attributes it (`——习近平`), or both on one line. It becomes the document's epigraph,
shown apart above the title, and leaves the body as an edit (`metadata.epigraph`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from unionreader.chinese import SENTENCE_END
from unionreader.model import Facts, Line, Shape
from unionreader.normalise.header_roles import is_title_candidate
from unionreader.normalise.titles import DASH

logger = logging.getLogger(__name__)

_QUOTED = re.compile(r"^[“「『\"].*[”」』\"]$")
_INLINE_EPIGRAPH = re.compile(
    r"^(?P<quote>[“「『].+[”」』])\s*(?:——|──)\s*(?P<who>[^。！？]{1,30})$"
)


def find_epigraph(
    lines: tuple[Line, ...], top: list[int], taken: dict[int, str], facts: Facts
) -> tuple[Facts, int]:
    """An epigraph and its attribution at the very top; returns the facts and where the rest
    starts in `top`."""
    first = lines[top[0]].text.strip()
    inline = _INLINE_EPIGRAPH.match(first)
    if inline and _attribution(inline.group("who")) and _has_title(lines, top[1:3]):
        taken[top[0]] = "epigraph"
        quote, who = inline.group("quote"), inline.group("who").strip()
        return replace(facts, epigraph=quote, attribution=who), 1
    for end in range(1, min(5, len(top))):
        text = lines[top[end]].text.strip()
        if not DASH.match(text) or not _has_title(lines, top[end + 1 : end + 3]):
            continue
        quote = [lines[i] for i in top[:end]]
        if all(_quotation(line) for line in quote) and _attribution(text):
            for i in top[:end]:
                taken[i] = "epigraph"
            taken[top[end]] = "epigraph"
            epigraph = "".join(line.text.strip() for line in quote)
            return replace(facts, epigraph=epigraph, attribution=DASH.sub("", text)), end + 1
        break
    return facts, 0


def _quotation(line: Line) -> bool:
    text = line.text.strip()
    return (
        line.shape is Shape.QUOTE
        or bool(_QUOTED.match(text))
        or any(mark in text for mark in SENTENCE_END + "，")
    )


_SUBTITLE = re.compile(r"^(?:访|专访|记|走近|走进|对话|写在|献给|兼论|兼谈|在.{2,40}上的)..")
"""What opens a headline's subtitle, not the name of whose words a quotation are: an interview
(`——访全国劳动模范王建国`), a profile (`——记…`), an occasion (`——写在…之际`)."""


def _attribution(text: str) -> bool:
    """`——习近平` · `——摘自《…》`: short, no sentence punctuation, no subtitle's opening."""
    rest = DASH.sub("", text).strip()
    return (
        0 < len(rest) <= 30
        and not any(mark in rest for mark in SENTENCE_END)
        and not _SUBTITLE.match(rest)
    )


def _has_title(lines: tuple[Line, ...], indexes: list[int]) -> bool:
    return any(is_title_candidate(lines[i]) for i in indexes)
