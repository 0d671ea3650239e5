"""Metadata lines: what a page says about the text rather than the text itself.

At the top: the header (`header`: epigraph, kickers, title, subtitle, date, speaker, bylines and
datelines). Anywhere: a `来源：…` line. At the end: an author note `（作者为…）` or a closing
byline `（记者 张三）`. Each becomes a field of `Facts` and leaves the body as a recorded edit;
a notice's signature date gives its date and stays in the text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from unionreader.model import Edit, Facts, Line
from unionreader.normalise.fields import parse_closing_byline, parse_date, parse_dateline
from unionreader.normalise.header import read_header

logger = logging.getLogger(__name__)

_SOURCE = re.compile(r"^(?:来源|稿源|出处)\s*[:：]\s*(.+)$")
_AUTHOR_NOTE = re.compile(r"^[（(]\s*作者(?:为|系|是|：|:)\s*(.+?)\s*[)）]$")
_END_WINDOW = 3  # an author note or a closing byline lies within this many lines of the end


@dataclass(frozen=True)
class MetadataPass:
    """The body lines left, the edits, and the facts found."""

    lines: tuple[Line, ...]
    edits: tuple[Edit, ...]
    facts: Facts


def extract_metadata(lines: tuple[Line, ...], stated_title: str | None = None) -> MetadataPass:
    """Move the header (see `header`), source lines and end notes from the body into `Facts`.

    `stated_title` is a title the format states (front matter): it picks the title's line.
    """
    facts = Facts()
    taken: dict[int, str] = {}
    facts = _find_source(lines, facts, taken)
    facts = _find_end(lines, facts, taken)
    facts = read_header(lines, taken, facts, stated_title)
    if facts.date is None:
        facts = replace(facts, date=_signature_date(lines))
    edits = tuple(
        Edit(f"metadata.{taken[i]}", ln.number, ln.text, "")
        for i, ln in enumerate(lines)
        if i in taken
    )
    body = tuple(ln for i, ln in enumerate(lines) if i not in taken)
    return MetadataPass(body, edits, facts)


def _find_source(lines: tuple[Line, ...], facts: Facts, taken: dict[int, str]) -> Facts:
    for index, line in enumerate(lines):
        text = line.text.strip()
        match = _SOURCE.match(text)
        if match is None or facts.source is not None:
            continue
        fields = parse_dateline(text)
        taken[index] = "source"
        facts = replace(facts, source=fields.source if fields else match.group(1).strip())
        if fields and fields.date:
            facts = replace(facts, date=fields.date)
    return facts


def _find_end(lines: tuple[Line, ...], facts: Facts, taken: dict[int, str]) -> Facts:
    """An author note `（作者为…）` and a closing byline `（记者 张三）` near the end."""
    for index in range(max(0, len(lines) - _END_WINDOW), len(lines)):
        text = lines[index].text.strip()
        if index in taken:
            continue
        if facts.author_note is None and (match := _AUTHOR_NOTE.match(text)):
            taken[index] = "author-note"
            facts = replace(facts, author_note=match.group(1))
        elif facts.author is None and (names := parse_closing_byline(text)):
            taken[index] = "byline"
            facts = replace(facts, author=names)
    return facts


def _signature_date(lines: tuple[Line, ...]) -> str | None:
    """The date a notice is signed with, on its last line (the line stays in the text)."""
    return parse_date(lines[-1].text) if lines else None
