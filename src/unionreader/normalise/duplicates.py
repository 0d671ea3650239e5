"""Duplicates: a paragraph repeated back-to-back appears once (the repeat is a recorded edit)."""

from __future__ import annotations

import logging

from unionreader.model import Edit, Line, Pass
from unionreader.tables import is_row

logger = logging.getLogger(__name__)


def drop_repeated_paragraphs(lines: tuple[Line, ...]) -> Pass:
    """Drop a line identical to the line just before it (compared without edge whitespace), but
    a table's row: two rows may hold the same figures."""
    kept: list[Line] = []
    edits: list[Edit] = []
    for line in lines:
        if kept and kept[-1].text.strip() == line.text.strip() and not is_row(line.text):
            edits.append(Edit("duplicates", line.number, line.text, ""))
        else:
            kept.append(line)
    return Pass(tuple(kept), tuple(edits))
