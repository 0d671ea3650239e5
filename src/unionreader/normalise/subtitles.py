"""Subtitles saved as a text (SubRip's `.srt`, WebVTT's `.vtt`, as a text file): their cues'
numbers and timings, and WebVTT's header, go (`subtitles.cue`); the cues' words stay, one cue
after another with no blank line between, and a sentence a cue cut is one line again with the
cue that goes on with it (both in Chinese: a bilingual cue's English line stays its own); one
a cue ends stays a paragraph of its own. Timed lines are this text's cues only where it has
`CUES` of them or more."""

from __future__ import annotations

import re
from dataclasses import replace

from unionreader.chinese import is_han
from unionreader.model import Edit, Line, Pass

RULE = "subtitles.cue"
CUES = 3
_TIMING = re.compile(
    r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
    r"(?:\s+[\w:%.-]+)*\s*$"
)
"""A cue's timing (`00:00:07.068 --> 00:00:09.316`, `00:01:02,000 --> 00:01:05,000`), perhaps
with WebVTT's settings after it (`align:start position:0%`)."""
_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_HEADER = re.compile(r"^\s*(?:\ufeff)?WEBVTT\b|^\s*(?:Kind|Language)\s*:", re.IGNORECASE)


def drop_subtitle_cues(lines: tuple[Line, ...]) -> Pass:
    """A subtitle file's cue numbers, timings and header gone (see the module)."""
    timed = [bool(_TIMING.match(line.text)) for line in lines]
    if sum(timed) < CUES:
        return Pass(lines)
    drop: set[int] = set()
    for index, line in enumerate(lines):
        if timed[index]:
            drop.add(index)
            if index and _NUMBER.match(lines[index - 1].text):
                drop.add(index - 1)  # the cue's number over its timing
        elif index < min(timed.index(True), 4) and _HEADER.match(line.text):
            drop.add(index)
    edits = [Edit(RULE, lines[i].number, lines[i].text.strip(), "") for i in sorted(drop)]
    out: list[Line] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        if index in drop or not text:
            continue  # (a blank line between cues: layout)
        above = out[-1].text.strip() if out else ""
        if _goes_on(above, text):  # a sentence a cue (or its line) cut: one line again
            edits.append(
                Edit(RULE, out[-1].number, f"{above[-6:]}⏎{text[:6]}", above[-6:] + text[:6])
            )
            out[-1] = replace(out[-1], text=above + text)
        else:
            out.append(line)
    return Pass(tuple(out), tuple(sorted(edits, key=lambda edit: edit.line)))


def _goes_on(above: str, below: str) -> bool:
    """Whether a cue's words go on from the cue before: it stops without a sentence's end,
    both in Chinese (a bilingual file's English line is a line of its own)."""
    return bool(above) and is_han(below[0]) and (is_han(above[-1]) or above[-1] in "，、；：")
