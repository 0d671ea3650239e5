"""Box-drawing rule ("boxes"): a table drawn in text with box-drawing characters, as old pages,
PDFs and forms set one (`┌──┬──┐` / `│续订合同期限│自　年　月　日起│` / `└──┴──┘`), becomes a
table's rows: the rules between rows go, and the lines between two rules are one row, each
cell's text joined down its column (a cell's text wraps inside the box: `│劳│` over `│动│`
reads 劳动), its cells parted by tabs as every table's are (`tables`). A box of one column is no
table: its lines are the lines of text inside it. Where the lines between two rules part their cells
differently (cells merged in one line and not the next), each line is a row of its own.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from unionreader.model import Edit, Line, Pass
from unionreader.tables import CELL

logger = logging.getLogger(__name__)

BOX_RULE = "boxes"
_RULE = re.compile(r"^\s*[┌├└╔╠╚┏┣┗╭╰][─━═┬┼┴╤╪╧╦╬╩┳╋┻┯┿┷\s]*[┐┤┘╗╣╝┓┫┛╮╯]\s*$")
"""A rule of a box: its top, a line between rows, or its bottom."""
_ROW = re.compile(r"^\s*[│┃║].*[│┃║]\s*$")
"""A line inside a box, between its sides."""
_SIDE = re.compile(r"[│┃║]")
LEAST = 3
"""A box is at least this many lines (a rule, a row and a rule)."""


def box_tables(lines: tuple[Line, ...]) -> Pass:
    """The text's boxes as tables' rows (see the module)."""
    if not any(_SIDE.search(line.text) for line in lines):
        return Pass(lines)  # most texts draw no box
    out: list[Line] = []
    edits: list[Edit] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and is_box_line(lines[end].text):
            end += 1
        box = lines[index:end]
        if len(box) < LEAST or not any(_RULE.match(line.text) for line in box):
            out.append(lines[index])
            index += 1
            continue
        made = _rows(box)
        out += [row for row, _ in made]
        at = {source.number: row.text for row, sources in made for source in sources[:1]}
        edits += [
            Edit(BOX_RULE, line.number, line.text.strip(), at.get(line.number, ""))
            for line in box
            if at.get(line.number) != line.text
        ]
        index = end
    logger.debug("boxes: %d edits", len(edits))
    return Pass(tuple(out), tuple(edits))


def is_box_line(text: str) -> bool:
    """Whether `text` is a line of a box: a rule, or a line between its sides."""
    return bool(_RULE.match(text) or _ROW.match(text))


Made = tuple[Line, list[Line]]
"""A row, and the lines of the box it was made of."""


def _rows(box: tuple[Line, ...]) -> list[Made]:
    """The rows of a box's lines: each run of lines between two rules, one row."""
    rows: list[Made] = []
    group: list[Line] = []
    for line in [*box, None]:
        if line is not None and not _RULE.match(line.text):
            group.append(line)
            continue
        if group:
            rows += _row(group)
        group = []
    return rows


def _row(group: list[Line]) -> list[Made]:
    """The row the lines between two rules make, or each line a row of its own where they part
    their cells differently; a box of one column gives its text."""
    split = [[cell.strip(_BLANKS) for cell in _cells(line.text)] for line in group]
    if len({len(cells) for cells in split}) != 1:
        return [
            (replace(line, text=CELL.join(cells)), [line])
            for line, cells in zip(group, split, strict=True)
        ]
    if len(split[0]) == 1:  # one column: the lines of text inside the box
        return [
            (replace(line, text=cells[0]), [line])
            for line, cells in zip(group, split, strict=True)
            if cells[0]
        ]
    columns = ["".join(cell for cell in column if cell) for column in zip(*split, strict=True)]
    if not any(columns):
        return []
    return [(replace(group[0], text=CELL.join(columns)), group)]


_BLANKS = " \u3000\u00a0"


def _cells(text: str) -> list[str]:
    """The cells of a line inside a box (the text between its sides)."""
    inner = text.strip()
    return _SIDE.split(inner[1:-1])
