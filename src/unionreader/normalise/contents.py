"""Contents rule: a table of contents printed in the text (`目　录` over the headings it lists,
each perhaps with dot leaders and a page number, as a law, a charter or a long report prints
one) goes, since the reader's own table of contents lists the same headings and links them.

Its entries are the lines under the label that each stand again below as a line of its own
(compared without spaces, leaders or page numbers), up to the first that does not: nothing of
the text is lost, and a list that merely follows a line `目录` (a catalogue, a menu) stays, as
does one that goes on with an entry the text does not hold (an excerpt). Left in, its entries
were read as the headings and points they list, and the last of them as an empty section.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from unionreader.chinese import SENTENCE_END, compact, han_count
from unionreader.markers import leading_marker
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


def is_contents_label(text: str) -> bool:
    """Whether a line is the label over a table of contents (`目　录`, `目次：`)."""
    return bool(_LABEL.match(compact(text)))


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
        if not is_contents_label(line.text):
            continue
        end = _entries_end(lines, index + 1)
        entries = range(index + 1, end)
        if len(entries) >= MIN_ENTRIES and not _listed_on(lines, index + 1, end):
            dropped.update((index, *entries))
    if not dropped:
        return Pass(lines)
    return drop_lines(RULE, lines, dropped.__contains__)


def _listed_on(lines: tuple[Line, ...], start: int, end: int) -> bool:
    """Whether the contents go on past `end` with an entry numbered as the first one is (`第三章`
    after `第二章`) that the text does not hold (an excerpt): then the list stays whole."""
    if end >= len(lines) or not _is_entry(lines[end].text):
        return False
    if _key(lines[end].text) == _key(lines[start].text):
        return False  # the first entry again: the text itself begins
    first, after = leading_marker(lines[start].text), leading_marker(lines[end].text)
    return first is not None and after is not None and first.family is after.family


def _entries_end(lines: tuple[Line, ...], start: int) -> int:
    """Where the entries from `start` end: at the first line that is no entry or does not stand
    again below (a label such as `正文` may follow them), or where the first entry stands again
    (the text itself begins)."""
    keys = [_key(line.text) for line in lines]
    found = Counter(keys[start:])
    end = start
    while end < len(lines) and _is_entry(lines[end].text) and found[keys[end]] >= 2:
        if end > start and keys[end] == keys[start]:
            break
        end += 1
    return end
