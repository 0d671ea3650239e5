"""Corpus → search records: one Pagefind record per document, and what the result list shows.

A record's content is one word per folded character of the document (`codes.CharCodes.words`,
block after block), so a Pagefind word location is a position in the document's folded text.
What the result list needs besides positions travels outside Pagefind's metadata, which Pagefind
1.5 indexes as searchable words: the documents table in `search/data.json`, and per document a
small JSON file of its blocks (`display_json`), fetched only for documents that are shown.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from unionreader.corpus import Corpus
from unionreader.model import Block, Document, Point, runs_text
from unionreader.pages import section_label
from unionreader.search.codes import CharCodes
from unionreader.search.text import fold

logger = logging.getLogger(__name__)

_YEAR = re.compile(r"^\d{4}")


@dataclass(frozen=True)
class SearchPoint:
    """An inline point of a block: its anchor, its marker, where it starts in the block text."""

    id: str
    marker: str
    start: int


@dataclass(frozen=True)
class SearchBlock:
    """A paragraph or point as search shows it, and where its folded text lies in the document's."""

    id: str
    section: int  # index into SearchDocument.sections
    marker: str | None
    text: str
    start: int
    length: int
    points: tuple[SearchPoint, ...]


@dataclass(frozen=True)
class SearchDocument:
    """One document: the facts results are filtered by, its section labels and its blocks."""

    slug: str
    title: str
    kind: str  # the kind's Chinese label
    place: str | None
    year: str | None
    date: str | None
    sections: tuple[str, ...]
    blocks: tuple[SearchBlock, ...]

    @property
    def characters(self) -> int:
        """How many folded characters (index positions) the document has."""
        return sum(block.length for block in self.blocks)


def search_documents(corpus: Corpus) -> tuple[SearchDocument, ...]:
    """Every document of the corpus, in reading order."""
    return tuple(_document(doc) for doc in corpus.documents)


def _document(doc: Document) -> SearchDocument:
    blocks: list[SearchBlock] = []
    start = 0
    for index, section in enumerate(doc.sections):
        for block in section.blocks:
            length = len(fold(block.text))
            blocks.append(_block(block, index, start, length))
            start += length
    meta = doc.meta
    year = _YEAR.match(meta.date or "")
    return SearchDocument(
        slug=doc.slug,
        title=meta.title,
        kind=meta.kind.label,
        place=meta.place,
        year=year.group(0) if year else None,
        date=meta.date,
        sections=tuple(section_label(s, i) for i, s in enumerate(doc.sections, 1)),
        blocks=tuple(blocks),
    )


def _block(block: Block, section: int, start: int, length: int) -> SearchBlock:
    body = block.body if isinstance(block, Point) else block
    marker = block.marker.text if isinstance(block, Point) else None
    offset = len(marker or "") + len(runs_text(body.runs))
    points: list[SearchPoint] = []
    for point in body.inline_points:
        points.append(SearchPoint(point.id, point.marker.text, offset))
        offset += len(point.text)
    return SearchBlock(block.id, section, marker, block.text, start, length, tuple(points))


def record_content(doc: SearchDocument, codes: CharCodes) -> str:
    """The Pagefind content of a document: one word per folded character, blocks in order."""
    return " ".join(" ".join(codes.words(fold(block.text))) for block in doc.blocks)


def display_json(doc: SearchDocument) -> dict[str, Any]:
    """What the result list shows of a document's blocks: `search/text/<slug>.json`.

    Each block is [id, section index, marker or "", text, folded start, points], each point
    [id, marker, start in the block text]; compact because it is downloaded per document shown.
    """
    return {
        "slug": doc.slug,
        "sections": list(doc.sections),
        "blocks": [
            [
                block.id,
                block.section,
                block.marker or "",
                block.text,
                block.start,
                [[p.id, p.marker, p.start] for p in block.points],
            ]
            for block in doc.blocks
        ],
    }


def document_row(doc: SearchDocument, record: str) -> list[str]:
    """A document in the table of `search/data.json`: slug, title, kind, place, year, date, and
    the Pagefind id of its record."""
    return [doc.slug, doc.title, doc.kind, doc.place or "", doc.year or "", doc.date or "", record]
