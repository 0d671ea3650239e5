"""Duplicates: a paragraph, or a run of paragraphs, repeated back-to-back appears once (each
line of the repeat is a recorded edit). A page that sets its text again under a picture (the
paragraphs, then the same paragraphs once more) is read once. Short lines with no sentence in
them (a table's cells, one to a line in a PDF's text) repeat as they stand. A pull-quote (a
sentence of the text set out again as a quotation, `duplicates.pull-quote`) goes: the text
holds it where the writer put it. A short cry said twice (`要不得！` `要不得！`) is the
writer's, and stays."""

from __future__ import annotations

import logging

from unionreader.chinese import SENTENCE_END, compact
from unionreader.model import Edit, Line, Pass, Shape
from unionreader.tables import is_row

logger = logging.getLogger(__name__)

RUN = 6
"""A repeated run is at most this many paragraphs long."""


def drop_repeated_paragraphs(lines: tuple[Line, ...]) -> Pass:
    """Drop a line identical to the line just before it, and a run of lines identical to the
    run just before it (compared without edge whitespace), but a table's rows: two rows may
    hold the same figures."""
    texts = [line.text.strip() for line in lines]
    kept: list[int] = []
    edits: list[Edit] = []
    index = 0
    while index < len(lines):
        size = _repeat(texts, kept, index, lines)
        for line in lines[index : index + size]:
            edits.append(Edit("duplicates", line.number, line.text, ""))
        if size:
            index += size
            continue
        kept.append(index)
        index += 1
    return Pass(tuple(lines[i] for i in kept), tuple(edits))


def _repeat(texts: list[str], kept: list[int], index: int, lines: tuple[Line, ...]) -> int:
    """How many lines from `index` on repeat, in order, the last lines kept (0: none). Plain
    lines that are all cells or labels (`公务员`, `（万人）`: a table's, as a PDF's text sets
    one cell to a line) repeat as data do: a repeat holds a paragraph, or a heading (`归档` under
    the heading `## 归档`)."""
    for size in range(1, min(RUN, len(kept)) + 1):
        before = [texts[i] for i in kept[-size:]]
        if texts[index : index + size] != before or any(map(is_row, before)):
            continue
        if size == 1 and _cried(before[0]):
            continue  # 要不得！ 要不得！: a cry said twice, as a speech says it
        if not all(map(_cell, before)) or any(lines[i].shape for i in kept[-size:]):
            return size  # a cell or a label repeats as data do, unless a heading's echo
    return 0


CRY = 8
"""A short exclamation (this long or shorter, ending in ！) repeated is the writer's."""


def _cried(text: str) -> bool:
    return len(text) <= CRY and text.endswith(("！", "!")) and "。" not in text


CELL = 16
"""A line this long or shorter with no sentence's end in it is a cell or a label (`二(秋)/二(冬)
/二(春`, a course's terms)."""
TICKS = "√✓✔×✗✘"
"""Marks a table ticks or crosses its cells with: data, as a word or a figure is."""


def _cell(text: str) -> bool:
    """Whether `text` is a cell or a label: short, with a word, a figure or a tick in it (a
    line of marks, `·` between a page's parts, is no datum) and no sentence's end."""
    worded = any(char.isalnum() or char in TICKS for char in text)
    return len(text) <= CELL and worded and not any(mark in text for mark in SENTENCE_END)


PULL = 12
"""A pull-quote is at least this long (a short quotation is found in the text by chance)."""


def drop_pull_quotes(lines: tuple[Line, ...]) -> Pass:
    """Drop a quotation the source marks (`Shape.QUOTE`) whose words a paragraph of the text
    holds whole (`法官阁下：六四烛光悼念集会，有可能从此被禁…` set out beside the paragraph that
    says it): a pull-quote, which a page repeats for the eye."""
    quotes = [i for i, line in enumerate(lines) if line.shape is Shape.QUOTE]
    if not quotes:
        return Pass(lines)
    text = "\n".join(compact(line.text) for line in lines if line.shape is not Shape.QUOTE)
    pulled = {i for i in quotes if len(words := compact(lines[i].text)) >= PULL and words in text}
    edits = tuple(Edit("duplicates.pull-quote", lines[i].number, lines[i].text, "") for i in pulled)
    return Pass(tuple(line for i, line in enumerate(lines) if i not in pulled), edits)
