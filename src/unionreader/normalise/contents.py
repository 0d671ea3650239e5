"""Contents rule: a table of contents printed in the text (`目　录` over the headings it lists,
each perhaps with dot leaders and a page number, as a law, a charter or a long report prints
one) goes, since the reader's own table of contents lists the same headings and links them.

It goes only when every entry stands again below it as a line of its own (compared without
spaces, leaders or page numbers): then nothing of the text is lost, and a list that merely
follows a line `目录` (a catalogue, a menu) stays. Left in, its entries were read as the
headings and points they list, and the last of them as an empty section.
"""

from __future__ import annotations

import logging
import re

from unionreader.chinese import SENTENCE_END, compact, han_count
from unionreader.model import Line, Pass
from unionreader.normalise.edits import drop_lines

logger = logging.getLogger(__name__)

RULE = "contents"

_LABEL = re.compile(r"^[目][录次][:：]?$")
"""The label over a table of contents (目录, 目次), once its spaces are gone."""
_LEADER = re.compile(r"(?:[.．。·・…‥\-—_]{2,}|\s)\s*(?:\d{1,4}|[ivxlcIVXLC]{1,6})?\s*$")
"""Dot leaders and a page number at an entry's end (`总则……1`, `总则 ·· 3`, `总则  12`)."""
ENTRY_LENGTH = 60
"""An entry is at most this long (without its leaders and page number)."""
MIN_ENTRIES = 2


def _key(text: str) -> str:
    """An entry or a heading as compared: without its leaders, page number or spaces."""
    return compact(_LEADER.sub("", text.strip()))


def _is_entry(text: str) -> bool:
    key = _key(text)
    return (
        0 < len(key) <= ENTRY_LENGTH
        and han_count(key) >= 2
        and not any(mark in key for mark in SENTENCE_END)
    )


def drop_contents(lines: tuple[Line, ...]) -> Pass:
    """Drop each table of contents whose entries all stand again, each on a line, below it."""
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        if not _LABEL.match(compact(line.text)):
            continue
        end = _entries_end(lines, index + 1)
        entries = range(index + 1, end)
        if len(entries) < MIN_ENTRIES:
            continue
        below = {compact(later.text) for later in lines[end:]}
        if all(_key(lines[at].text) in below for at in entries):
            dropped.update((index, *entries))
    if not dropped:
        return Pass(lines)
    return drop_lines(RULE, lines, dropped.__contains__)


def _entries_end(lines: tuple[Line, ...], start: int) -> int:
    """Where the entries from `start` end: at the first line that is no entry, or where the
    first entry stands again (the text itself begins)."""
    first = _key(lines[start].text) if start < len(lines) else ""
    end = start
    while end < len(lines) and _is_entry(lines[end].text):
        if end > start and _key(lines[end].text) == first:
            break
        end += 1
    return end
