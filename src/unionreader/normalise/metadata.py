"""Metadata lines: what a page says about the text rather than the text itself.

At the top: a series kicker (`【…】` before the title, or a column line above it), the title, a
byline and a dateline such as `2019-09-24 09:25:16`. Anywhere: a `来源：…` line. At the end: an
author note `（作者为…）`. Each becomes a field of `Facts` and leaves the body as a recorded edit.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from unionreader.chinese import HAN, is_heading_like
from unionreader.markers import heading_number
from unionreader.model import Edit, Facts, Line

logger = logging.getLogger(__name__)

_KICKER = re.compile(r"^【([^】]+)】\s*(.*)$")
_DATELINE = re.compile(
    r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:来源|稿源)\s*[:：]\s*(?P<source>.+))?$"
)
_BYLINE = re.compile(
    rf"^(?:(?:作者|记者|文|撰文|通讯员)\s*[：:/|｜]?\s*)?([{HAN}·]{{2,4}}|[{HAN}]\s[{HAN}])$"
)
_PREFIXED_BYLINE = re.compile(rf"^(?:作者|记者|文|撰文)\s*[：:/|｜]\s*([{HAN}·、\s]{{2,20}})$")
_SOURCE = re.compile(r"^(?:来源|稿源|出处)\s*[:：]\s*(.+)$")
_AUTHOR_NOTE = re.compile(r"^[（(]\s*作者(?:为|系|是|：|:)\s*(.+?)\s*[)）]$")
_TOP_WINDOW = 6  # the top block (kicker, title, byline, dateline) lies within this many lines
_END_WINDOW = 3  # an author note lies within this many lines of the end


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
    facts = _find_author_note(lines, facts, taken)
    facts = _find_top(lines, facts, taken)
    edits = tuple(
        Edit(f"metadata.{taken[i]}", ln.number, ln.text, "")
        for i, ln in enumerate(lines)
        if i in taken
    )
    body = tuple(ln for i, ln in enumerate(lines) if i not in taken)
    return MetadataPass(body, edits, facts)


def _find_source(lines: tuple[Line, ...], facts: Facts, taken: dict[int, str]) -> Facts:
    for index, line in enumerate(lines):
        match = _SOURCE.match(line.text.strip())
        if match and facts.source is None:
            taken[index] = "source"
            facts = replace(facts, source=match.group(1).strip())
    return facts


def _find_author_note(lines: tuple[Line, ...], facts: Facts, taken: dict[int, str]) -> Facts:
    for index in range(max(0, len(lines) - _END_WINDOW), len(lines)):
        match = _AUTHOR_NOTE.match(lines[index].text.strip())
        if match and index not in taken:
            taken[index] = "author-note"
            return replace(facts, author_note=match.group(1))
    return facts


def _find_top(lines: tuple[Line, ...], facts: Facts, taken: dict[int, str]) -> Facts:
    """Kicker, title, byline and dateline among the first lines of the text."""
    top = [i for i in range(min(_TOP_WINDOW, len(lines))) if i not in taken]
    dated = next((i for i in top if _DATELINE.match(lines[i].text.strip())), None)
    if dated is not None:
        match = _DATELINE.match(lines[dated].text.strip())
        assert match is not None
        year, month, day = (int(match.group(n)) for n in (1, 2, 3))
        facts = replace(facts, date=f"{year:04d}-{month:02d}-{day:02d}")
        if match.group("source") and facts.source is None:
            facts = replace(facts, source=match.group("source").strip())
        taken[dated] = "dateline"
        facts = _find_byline(lines, facts, taken, around=(dated - 1, dated + 1))
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
    lines: tuple[Line, ...], facts: Facts, taken: dict[int, str], around: tuple[int, int]
) -> Facts:
    for index in around:
        if 0 <= index < len(lines) and index not in taken:
            text = lines[index].text.strip()
            match = _PREFIXED_BYLINE.match(text) or _BYLINE.match(text)
            if match:
                taken[index] = "byline"
                return replace(facts, author=match.group(1).replace(" ", ""))
    return facts


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
