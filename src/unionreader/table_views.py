"""A document page's tables: the rows of a table (paragraphs of role `row`, `tables`) as the
page shows them, cell by cell, one table for each run of them, with its head, its caption and its
columns of figures told."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from unionreader.model import ParagraphRole
from unionreader.tables import CELL, TABLE_NUMBER
from unionreader.views import BlockView, RunView, TableView


def is_figure(cell: tuple[RunView, ...]) -> bool:
    """Whether a cell holds a figure and nothing else (`_FIGURE`): it is set right."""
    return bool(_FIGURE.fullmatch("".join(run.text for run in cell)))


def row_cells(pieces: tuple[RunView, ...]) -> tuple[tuple[RunView, ...], ...]:
    """A row's runs cell by cell: its text runs cut at the tabs that part the cells (a term or
    a redaction never holds one)."""
    found: list[list[RunView]] = [[]]
    for piece in pieces:
        parts = piece.text.split(CELL) if piece.kind == "text" else [piece.text]
        for at, part in enumerate(parts):
            if at:
                found.append([])
            if part or piece.kind != "text":
                found[-1].append(replace(piece, text=part))
    return tuple(tuple(cell) for cell in found)


def with_tables(
    blocks: list[BlockView], numbers: Iterator[int]
) -> tuple[BlockView | TableView, ...]:
    """The blocks of a section, each run of a table's rows one table (numbered from `numbers`:
    the document's count of them)."""
    grouped: list[BlockView | TableView] = []
    for row, run in itertools.groupby(blocks, key=lambda block: block.role == ParagraphRole.ROW):
        views = tuple(run)
        if not row:
            grouped += views
            continue
        above = grouped[-1] if grouped else None
        caption = above if isinstance(above, BlockView) and _captions(above) else None
        rows = _squared(views)
        columns = tuple(any(row.figures[i] for row in rows[1:]) for i in range(len(rows[0].cells)))
        grouped[len(grouped) - (caption is not None) :] = [
            TableView(rows, _names_columns(rows), next(numbers), caption, columns)
        ]
    return tuple(grouped)


def _squared(rows: tuple[BlockView, ...]) -> tuple[BlockView, ...]:
    """A table's rows, each as wide as the widest: a row with fewer cells (a Word table's
    merged cells are read once) ends with empty ones, so that the table's grid is whole."""
    width = max(len(row.cells) for row in rows)
    return tuple(
        replace(
            row,
            cells=row.cells + ((),) * (width - len(row.cells)),
            figures=row.figures + (False,) * (width - len(row.cells)),
        )
        for row in rows
    )


_CAPTION = re.compile(
    rf"^(?:{TABLE_NUMBER}|[^。！？]{{0,60}}[（(]单位[：:][^（）()]{{1,12}}[）)])"
    r"[^。！？]{0,60}$"
)
"""A table's caption: its number (`表1　…`, `附表2`), or its name and unit (`…（单位：万元）`)."""


def _captions(block: BlockView) -> bool:
    """Whether a paragraph names the table right under it (a caption, not a sentence)."""
    return (
        block.kind == "paragraph"
        and block.role == ParagraphRole.BODY.value
        and bool(_CAPTION.match("".join(run.text for run in block.runs)))
    )


_FIGURE = re.compile(r"[-+]?\d[\d,.]*\s*[%‰％]?")
"""A cell that holds a figure and nothing else (`12,345`, `7.0%`); `2022年` names a column."""


def _names_columns(rows: tuple[BlockView, ...]) -> bool:
    """Whether a table's first row names its columns: no cell of it is a figure, and a cell of
    a row below is."""
    return not any(rows[0].figures) and any(any(row.figures) for row in rows[1:])
