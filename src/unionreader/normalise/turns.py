"""Speakers' turns: a transcript (a council's record, a symposium's minutes, an interview) opens
line after line with who speaks (`梁國雄議員：主席，…`, `主席：梁議員，…`). Such a line is one
speaker's words: its label is no salutation to split off (`lines.unfold`), and it is never joined
to the line above, whatever that line ends with (`lines.join`: a turn cut off with `......` over
a page break)."""

from __future__ import annotations

import re

from unionreader.docmeta import is_salutation
from unionreader.model import Line

TRANSCRIPT = 3
"""Lines that open with who speaks make a transcript from this many on."""

_LABEL = re.compile(r"^([^。；！？：:\s]{2,20}[：:])\s*(?=\S)")


def speaker_label(text: str) -> bool:
    """Whether `text` opens with a speaker's label and goes on with what they say."""
    match = _LABEL.match(text.strip())
    return match is not None and is_salutation(match.group(1))


def is_transcript(lines: tuple[Line, ...]) -> bool:
    """Whether enough lines open with a speaker's label to make `lines` a transcript."""
    return sum(speaker_label(line.text) for line in lines) >= TRANSCRIPT
