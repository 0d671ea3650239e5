"""Metadata lines: what a page says about the text rather than the text itself.

At the top: a series kicker (`【…】` before the title, or a column line above it), the title, a
byline and a dateline such as `2019-09-24 09:25:16`. Anywhere: a `来源：…` line. At the end: an
author note `（作者为…）`. Each becomes a field of `Facts` and leaves the body as a recorded edit.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from unionreader.chinese import SENTENCE_END, is_heading_like
from unionreader.markers import heading_number
from unionreader.model import Edit, Facts, Line
from unionreader.normalise.fields import (
    parse_byline,
    parse_closing_byline,
    parse_date,
    parse_dateline,
)

logger = logging.getLogger(__name__)

_KICKER = re.compile(r"^【([^】]+)】\s*(.*)$")
_SOURCE = re.compile(r"^(?:来源|稿源|出处)\s*[:：]\s*(.+)$")
_AUTHOR_NOTE = re.compile(r"^[（(]\s*作者(?:为|系|是|：|:)\s*(.+?)\s*[)）]$")
_TOP_WINDOW = 6  # the top block (kicker, title, byline, dateline) lies within this many lines
_END_WINDOW = 3  # an author note or a closing byline lies within this many lines of the end


@dataclass(frozen=True)
class MetadataPass:
    """The body lines left, the edits, and the facts found."""

    lines: tuple[Line, ...]
    edits: tuple[Edit, ...]
    facts: Facts


def extract_metadata(lines: tuple[Line, ...]) -> MetadataPass:
    """Move kicker, title, byline, dateline, source and author note from the body into `Facts`."""
    facts = Facts()
    taken: dict[int, str] = {}
    facts = _find_source(lines, facts, taken)
    facts = _find_end(lines, facts, taken)
    facts = _find_top(lines, facts, taken)
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


def _body_start(lines: tuple[Line, ...]) -> int:
    """The first line of running text: the top block lies above it."""
    marks = SENTENCE_END + "，"
    return next((i for i, ln in enumerate(lines) if any(m in ln.text for m in marks)), len(lines))


def _find_top(lines: tuple[Line, ...], facts: Facts, taken: dict[int, str]) -> Facts:
    """Kicker, title, byline and dateline among the first lines of the text."""
    window = min(_TOP_WINDOW, _body_start(lines))
    top = [i for i in range(window) if i not in taken]
    dated = next((i for i in top if parse_dateline(lines[i].text)), None)
    if dated is not None:
        fields = parse_dateline(lines[dated].text)
        assert fields is not None
        facts = replace(facts, date=fields.date or facts.date)
        facts = replace(facts, source=facts.source or fields.source)
        facts = replace(facts, author=facts.author or fields.author)
        taken[dated] = "dateline"
        facts = _find_byline(lines, facts, taken, (dated - 1, dated + 1), plain=True)
    if not any(taken.get(i) == "byline" for i in top):
        facts = _find_byline(lines, facts, taken, tuple(top), plain=False)
    heads = _head_lines(lines, taken)
    if len(heads) >= 2 and (dated is not None or facts.author is not None):
        facts = replace(facts, kicker=lines[heads[0]].text.strip())
        taken[heads[0]] = "kicker"
        heads = heads[1:]
    if heads:
        facts = _take_title(lines[heads[0]].text.strip(), facts)
        taken[heads[0]] = "title"
    return facts


def _find_byline(
    lines: tuple[Line, ...],
    facts: Facts,
    taken: dict[int, str],
    candidates: tuple[int, ...],
    plain: bool,
) -> Facts:
    """The first of `candidates` that is a byline (a bare name only when `plain`).

    A byline at the top names the authors even when a closing byline was found.
    """
    for index in candidates:
        if 0 <= index < len(lines) and index not in taken:
            names = parse_byline(lines[index].text, plain=plain)
            if names:
                taken[index] = "byline"
                return replace(facts, author=names)
    return facts


def _signature_date(lines: tuple[Line, ...]) -> str | None:
    """The date a notice is signed with, on its last line (the line stays in the text)."""
    return parse_date(lines[-1].text) if lines else None


def _head_lines(lines: tuple[Line, ...], taken: dict[int, str]) -> list[int]:
    """Leading heading-like lines (at most two) that are not numbered section headings."""
    heads: list[int] = []
    for index, line in enumerate(lines[:_TOP_WINDOW]):
        if index in taken:
            if heads:
                break
            continue
        text = line.text.strip()
        if _KICKER.match(text) and not heads:
            return [index]
        if not is_heading_like(text, max_length=80) or heading_number(text) is not None:
            break
        heads.append(index)
    nxt = heads[-1] + 1 if heads else 0
    if len(heads) == 2 and nxt < len(lines) and nxt not in taken:
        return heads[:1]  # a second heading-like line followed by text opens the first section
    return heads[:2]


def _take_title(text: str, facts: Facts) -> Facts:
    match = _KICKER.match(text)
    if match is None:
        return replace(facts, title=text)
    kicker, rest = match.group(1).strip(), match.group(2).strip()
    return replace(facts, kicker=kicker, title=rest or None)
