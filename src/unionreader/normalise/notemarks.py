"""Note-mark rule: a footnote's mark broken over lines of its own (`[`, `1`, `]`), as a copy of a
web page with linked notes has it, becomes one mark at the end of the line above (`…会议[1]`).
A mark set mid-sentence broke the sentence too: the line below joins them (`…会议[1]以来的…`)."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from unionreader.chinese import ends_sentence
from unionreader.model import Edit, Line, Pass

logger = logging.getLogger(__name__)

RULE = "lines.note-mark"

_OPEN = re.compile(r"^[\[［【]$")
_NUMBER = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3}|注\s*\d{1,3})$")
_CLOSE = re.compile(r"^[\]］】]$")


def join_note_marks(lines: tuple[Line, ...]) -> Pass:
    """Put each footnote mark that stands on three lines of its own back on the line above, and
    the line below with it when the mark broke a sentence."""
    out: list[Line] = []
    edits: list[Edit] = []
    index = 0
    while index < len(lines):
        if not (out and _mark_at(lines, index)):
            out.append(lines[index])
            index += 1
            continue
        opener, number, closer = (lines[index + k].text.strip() for k in range(3))
        mark, before = f"{opener}{number}{closer}", f"{opener} {number} {closer}"
        above, used = out[-1], 3
        text = above.text.rstrip() + mark
        if index + 3 < len(lines) and not ends_sentence(above.text):
            below = lines[index + 3].text.strip()  # the sentence the mark broke goes on here
            text += below
            before, mark, used = f"{before} {below[:CONTEXT]}", mark + below[:CONTEXT], 4
        edits.append(Edit(RULE, lines[index].number, before, mark))
        out[-1] = replace(above, text=text)
        index += used
    return Pass(tuple(out), tuple(edits)) if edits else Pass(lines)


CONTEXT = 6
"""Characters of the line below an edit shows."""


def _mark_at(lines: tuple[Line, ...], index: int) -> bool:
    if index + 2 >= len(lines):
        return False
    opener, number, closer = (lines[index + k].text.strip() for k in range(3))
    return bool(_OPEN.match(opener) and _NUMBER.match(number) and _CLOSE.match(closer))
