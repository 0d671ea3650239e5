"""Tables: rows whose cells are parted by tabs. A spreadsheet's or a Word table's rows pasted as
text are so, and the readers of formats with tables (Word, Markdown) join a row's cells so.

A row is a line of two cells or more; a table is two rows or more, one under the other. A line
whose tab only parts a number from its text (`一、\t总体要求`, as Word sets a numbered list) is no
row, nor is a lone line with a tab. A row is a paragraph of the text (`ParagraphRole.ROW`): it
is searched, linked and cited as one, and the reader shows the rows together as a table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from unionreader.markers import leading_marker
from unionreader.model import Line

CELL = "\t"
"""What parts two cells of a row in a line's text."""
TABLE_NUMBER = r"附?表\s*[\d一二三四五六七八九十]{1,3}(?![\d年月日])"
"""A table's number as its caption opens with it (`表1`, `附表2`, not `表2023年`): a pattern."""
_CELL_BREAK = re.compile(r"[ \u3000\u00a0]*\t[ \u3000\u00a0]*")
"""A tab and the spaces beside it: one break between two cells (an empty cell stays one)."""


def cells(text: str) -> list[str]:
    """The cells of a row, in order (an empty cell as ""): the line split at each tab."""
    return _CELL_BREAK.split(text.strip(" \u3000\u00a0"))


def is_row(text: str) -> bool:
    """Whether a line's text is a row of two cells or more, not a number set off by a tab."""
    if CELL not in text:
        return False
    found = cells(text)
    if len(found) < 2 or sum(bool(cell) for cell in found) < 2:
        return False
    return not _only_a_number(found[0])


def _only_a_number(cell: str) -> bool:
    """Whether a cell holds only the number of a heading, a point or an article (`一、`, `1.`,
    `第一条`: an article's number is read with the space after it, here the tab)."""
    marker = leading_marker(cell) or leading_marker(f"{cell} 字")
    return marker is not None and len(marker.text.rstrip()) >= len(cell)


def table_rows(lines: Sequence[Line]) -> set[int]:
    """The indexes of the lines that are rows of a table: rows with another row next to them."""
    return rows_together([is_row(line.text) for line in lines])


def rows_together(rows: Sequence[bool]) -> set[int]:
    """The indexes of the lines marked as rows (of a table, of a list of names) that stand
    beside another one: a lone line shaped like a row is none."""
    return {
        index
        for index, row in enumerate(rows)
        if row and ((index > 0 and rows[index - 1]) or (index + 1 < len(rows) and rows[index + 1]))
    }


def row_text(texts: Sequence[str]) -> str:
    """A format's table row as a line's text: its cells parted by tabs (an empty cell kept, so
    that the columns stay in line), each cell's white space run together (its own line breaks
    are spaces); a row with one cell that holds text is that text (a table that frames a page)."""
    found = [" ".join(text.split()) for text in texts]
    filled = [text for text in found if text]
    return CELL.join(found) if len(filled) > 1 else "".join(filled)
