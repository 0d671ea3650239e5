"""Printed-page rule: what a text copied from a PDF or a printed page carries from its pages.

- **Page numbers** on lines of their own: `- 3 -`, `— 12 —`, `第3页`, `第 3 页 共 10 页`,
  `3/10页`, `页数 1 / 2`, `Page 3 of 10` go wherever they stand. Bare numbers (`1493`) go
  only as a run of pages: three or more, each one more than the one before and none of them
  a list's first (a list numbered 1, 2, 3 on lines of their own stays), or from 1 where the
  same head or foot stands beside three or more of them (a transcript's first pages: `立法会 ─
  2012年10月10日` over `1`, `2`, `3`).
- **Jump notes** of a newspaper's pages (`（下转第二版）`, `（上接第1版）`, `（A、B版）`) go, on
  a line of their own or at the end of a paragraph.
- **Running heads and feet**: a short line with a word and without a sentence (`立法会 ─
  2012年11月21日`; not a table's figures, `156.23`) that stands three times or more, at least twice
  beside a page number, goes everywhere it stands; so does one that stands twice, both times
  beside a page number and once between the halves of a sentence the page broke. Without page
  numbers nothing is taken for a running head: a refrain or a speaker's label repeats too. A head
  without digits that is also the text's first line, away from a page number, stays there: it is
  the title, which the pages repeat (`中国工会章程`); a head with a date or a number (`立法会 ─
  2012年11月21日`) goes there too.

The paragraphs a page break cut in two are joined later, as any broken line (`lines.join`).
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from unionreader.chinese import SENTENCE_END, han_count
from unionreader.model import Line, Pass, Shape
from unionreader.normalise.edits import drop_lines, substitute_all

logger = logging.getLogger(__name__)

PAGE_RULE = "printed.page-number"
HEAD_RULE = "printed.running-head"
JUMP_RULE = "printed.jump"

_JUMP_NOTE = (
    r"[（(]\s*(?:[A-Z](?:\s*[、,，]\s*[A-Z])*\s*版"
    r"|[上下紧]?(?:转|接)(?:自|至)?第?\s*[\d一二三四五六七八九十]{1,3}\s*版"
    r"|(?:相关(?:报道|新闻|评论|文章|链接)|详|全文|另)?见第?\s*[\d一二三四五六七八九十]{1,3}\s*版)"
    r"\s*[）)]"
)
_JUMP = re.compile(
    rf"^\s*{_JUMP_NOTE}\s*|\s*{_JUMP_NOTE}\s*$|(?<=[。！？])\s*{_JUMP_NOTE}(?:\s*{_JUMP_NOTE})?\s*"
)
"""A newspaper's jump note, at either end of a line (the line goes if nothing else is on it),
or after a sentence inside one, where a copy of the article joined its two halves (`…行动指南。
（下转第四版）（紧接第一版） 我们坚持…`)."""

_MARKED_NUMBER = re.compile(
    r"^(?:[-—–－~]\s*\d{1,4}\s*[-—–－~]"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}\s*页|(?:页数|页码|页次)\s*[:：]?\s*\d{1,4}\s*(?:[/／]\s*\d{1,4})?"
    r"|(?:Page|page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$"
)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
RUN = 3
"""Bare page numbers, and a running head's lines, count from this many."""
HEAD = 40
"""A running head is at most this long."""
NEAR = 2
"""A running head stands within this many lines of a page number."""
_DIGITS = re.compile(r"\d+")


def remove_printed_pages(lines: tuple[Line, ...]) -> Pass:
    """Drop jump notes and page numbers, then the running heads and feet beside them, each an
    edit."""
    jumps = substitute_all(JUMP_RULE, lines, _JUMP, lambda match: "")
    pages = _pages(tuple(line for line in jumps.lines if line.text.strip()))
    return Pass(pages.lines, jumps.edits + pages.edits) if jumps.edits else pages


def _pages(lines: tuple[Line, ...]) -> Pass:
    texts = [" ".join(line.text.split()) for line in lines]
    numbers = {i for i, text in enumerate(texts) if _MARKED_NUMBER.match(text)}
    for first, run in _bare_runs(texts):
        if first > 1 or (first == 1 and _headed(texts, run)):  # from 1: a list's, unless headed
            numbers.update(run)
    numbers.update(_pages_among_prose(texts))
    numbers = {i for i in numbers if lines[i].shape is not Shape.HEADING}  # `## 1`: a part's
    if not numbers:
        return Pass(lines)
    heads = _running_heads(texts, numbers)
    pages = drop_lines(PAGE_RULE, lines, lambda index: index in numbers)
    kept = [i for i in range(len(lines)) if i not in numbers]
    running = drop_lines(HEAD_RULE, pages.lines, lambda index: kept[index] in heads)
    return Pass(running.lines, pages.edits + running.edits)


def _bare_runs(texts: list[str]) -> list[tuple[int, list[int]]]:
    """The runs of `RUN` or more bare numbers, each one more than the one before: the first
    number of each, and its lines."""
    found = [(i, int(text)) for i, text in enumerate(texts) if _BARE_NUMBER.match(text)]
    runs: list[list[tuple[int, int]]] = []
    for index, value in found:
        if runs and value == runs[-1][-1][1] + 1:
            runs[-1].append((index, value))
        else:
            runs.append([(index, value)])
    return [(run[0][1], [i for i, _ in run]) for run in runs if len(run) >= RUN]


SKIPPED = 10
"""Pages a run of page numbers among running text may skip between two (a Word file made from
a PDF keeps a page's number only where the page ended between paragraphs)."""
PAGES_AMONG_PROSE = 4
"""…and the run is at least this long."""
PROSE = 15
"""A line of running text around such a number holds at least this many Chinese characters…"""
CUT = 2
"""…and the line on its other side at least this many (the rest of a sentence a page cut)."""


def _pages_among_prose(texts: list[str]) -> list[int]:
    """Bare numbers that rise by one to `SKIPPED` each, `PAGES_AMONG_PROSE` or more of them,
    each between lines of running text (`…便成为全社会` · `8` · `的行为规范，…`): the page numbers
    of a text whose pages broke mostly inside paragraphs. A table's column of figures stands
    among short cells, not between sentences."""
    found = [(i, int(text)) for i, text in enumerate(texts) if _BARE_NUMBER.match(text)]
    runs: list[list[int]] = []
    last = None
    for index, value in found:
        if not _between_prose(texts, index):
            last = None
            continue
        if last is not None and 0 < value - last <= SKIPPED:
            runs[-1].append(index)
        else:
            runs.append([index])
        last = value
    return [index for run in runs if len(run) >= PAGES_AMONG_PROSE for index in run]


def _between_prose(texts: list[str], index: int) -> bool:
    neighbours = [
        next((t for t in texts[index + 1 :] if t), ""),
        next((t for t in reversed(texts[:index]) if t), ""),
    ]
    counts = sorted(han_count(text) for text in neighbours)
    return counts[0] >= CUT and counts[1] >= PROSE  # (a page may end a sentence's last words)


def _headed(texts: list[str], run: list[int]) -> bool:
    """Whether a run of bare numbers from 1 counts pages: the same head or foot stands beside
    `RUN` or more of them (`立法会 ─ 2012年10月10日` over `1`, `2`, `3`…), as no list's numbers
    on lines of their own have."""
    beside = Counter(
        _DIGITS.sub("#", texts[at])
        for number in run
        for at in range(max(number - NEAR, 0), min(number + NEAR + 1, len(texts)))
        if at != number and _head_like(texts[at])
    )
    return any(count >= RUN for count in beside.values())


def _running_heads(texts: list[str], numbers: set[int]) -> set[int]:
    """The lines of the short lines that stand `RUN` times or more, twice beside a page number
    (their digits may change: a date, a page)."""
    shapes = [_DIGITS.sub("#", text) if _head_like(text) else None for text in texts]
    counts = Counter(shape for shape in shapes if shape)
    near = Counter(
        shape
        for i, shape in enumerate(shapes)
        if shape and any(abs(i - n) <= NEAR for n in numbers)
    )
    heads = {
        shape
        for shape, count in counts.items()
        if (count >= RUN and near[shape] >= 2)
        or (count >= 2 and near[shape] == count and _cuts(texts, shapes, shape, numbers, counts))
    }
    found = {i for i, shape in enumerate(shapes) if shape in heads}
    first = next((i for i, text in enumerate(texts) if text), None)
    if (
        first in found
        and "#" not in (shapes[first] or "#")
        and all(abs(first - n) > NEAR for n in numbers)
    ):
        found.discard(first)  # the title, which the pages repeat as their head
    return found


def _cuts(
    texts: list[str],
    shapes: list[str | None],
    shape: str,
    numbers: set[int],
    counts: Counter[str],
) -> bool:
    """Whether a line of `shape` stands where a page broke a sentence: the text above it (past
    page numbers, blank lines and other lines that recur) ends in the middle of one, after a
    clause or more of it. A short line twice beside a page number, once between a sentence's
    halves, is a running head (a short text's two pages: `…，推进平台企业` over `2024年3月5日`
    over `— 2 —` over `及其关联企业…`)."""
    for index, found in enumerate(shapes):
        if found != shape:
            continue
        above = index - 1
        while above >= 0 and (
            above in numbers or not texts[above] or counts[shapes[above] or ""] >= 2
        ):
            above -= 1
        text = texts[above].rstrip() if above >= 0 else ""
        clauses = len(text) > HEAD or any(mark in text for mark in "，、,")
        if clauses and not text.endswith(tuple(SENTENCE_END + "：:")):
            return True
    return False


def _head_like(text: str) -> bool:
    """A line a page's head or foot could be: short, with a word in it (a line of figures is a
    table's, `156.23`, `136221311129 130.36`: many such recur beside page numbers in a PDF's
    text), no sentence, not wholly in brackets (a transcript's stage direction, `(議員舉手)`,
    recurs beside page numbers too)."""
    bracketed = text[:1] in "（(" and text[-1:] in "）)"
    worded = _LETTER.search(text) is not None
    short = 0 < len(text) <= HEAD
    return short and worded and not bracketed and not any(m in text for m in SENTENCE_END)


_LETTER = re.compile(r"[^\W\d_]")
"""A letter of any script (not a digit, a mark or a space)."""
