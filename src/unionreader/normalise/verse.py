"""Verse: a poem's or a song's lines, one to a line, in a text of prose (a poem read at a May Day
gathering, a union's song, a recitation's script). A stanza is `STANZA` lines or more in a row,
each short, unnumbered, and with no mark of punctuation but perhaps a cry's at its end
(`我们用双手` over `建设美丽的家园` over `我们用汗水`). Its lines are lines: none heads the text
below it (`劳动最美丽`, the last of a stanza over a paragraph), and a Markdown paragraph that
sets them with soft breaks keeps them apart rather than running them together
(`我们用双手建设美丽的家园…`).

Prose broken by hand into short lines is no stanza: its sentences run across the breaks, so
some line holds a mark at a clause's end or inside it, opens with a word that continues the
line above (`的`), or ends with one that goes on to the line below."""

from __future__ import annotations

import re
from collections.abc import Sequence

from unionreader.chinese import CONTINUES_BEFORE, breaks_off, han_count
from unionreader.markers import leading_marker

STANZA = 3
"""A stanza has at least this many lines."""
VERSE_LINE = 20
"""A line of verse is at most this long (modern verse, a song's line; a line of prose that
lost its breaks is longer)."""
_MARK = re.compile(r"[，,。．；;！!？?、：:（）()“”\"《》【】「」…—·/|]")
"""Marks no line of verse holds but a cry's at its end (`CRIES`): prose broken into lines by
hand holds them at its clauses' ends or anywhere (`维护职工合法权益，` over `推动…。`, one
paragraph); a line with digits or Latin letters is no verse line either (a date, a form's row,
an address)."""
CRIES = "！!？?…"
_LATIN_OR_DIGIT = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")


def is_verse_line(text: str) -> bool:
    """Whether `text` may be a line of verse: short, Chinese, unnumbered, with no mark but
    perhaps a cry's at its end, neither opening with a word that goes on from the line above
    nor ending with one that goes on to the line below."""
    stripped = text.strip()
    if not stripped or len(stripped) > VERSE_LINE or han_count(stripped) < 2:
        return False
    if _MARK.search(stripped.rstrip(CRIES)) or _LATIN_OR_DIGIT.search(stripped):
        return False
    if stripped.startswith(CONTINUES_BEFORE) or breaks_off(stripped):
        return False  # `的通知` under `关于开展…`, `…成立一百周年大会上的`: a title broken
    return leading_marker(stripped) is None


def stanzas(texts: Sequence[str]) -> frozenset[int]:
    """The places of the lines of `texts` that are lines of a stanza: `STANZA` or more verse
    lines in a row."""
    found: list[int] = []
    run: list[int] = []
    for index, text in enumerate([*texts, ""]):
        if is_verse_line(text):
            run.append(index)
            continue
        if len(run) >= STANZA:
            found += run
        run = []
    return frozenset(found)
