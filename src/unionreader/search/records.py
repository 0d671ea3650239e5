"""Documents → what search needs of each: its text as the result list shows it, and its pairs.

A document's searchable text is what a reader sees of it: the header lines (epigraph, kicker,
title, subtitle, author, office, editor's note), then each section's heading and its paragraphs
and points. Each of these is a search block, and its folded text (`text.fold`) follows the one
before, so a position in the index (`postings.py`) is a position in the document's folded text.
The result list gets a document's blocks from `search/text/<id>.json` (`text_json`), fetched
only for the documents it shows; everything else about a document is in `search/data.json`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, replace

from unionreader import urls
from unionreader.corpus import Corpus
from unionreader.model import Block, Document, DocumentMeta, Point, runs_text
from unionreader.normalise.passages import note_label
from unionreader.pages import section_label, short
from unionreader.search.postings import PairKeys, pair_keys
from unionreader.search.text import BREAK, marked

logger = logging.getLogger(__name__)

_YEAR = re.compile(r"^\d{4}")
SECTION_LABEL = 30
"""Characters of a section's label shown with each result (its first clause, cut with …)."""


@dataclass(frozen=True)
class SearchPoint:
    """An inline point of a block: its anchor, its marker, where it starts in the block text."""

    id: str
    marker: str
    start: int


@dataclass(frozen=True)
class SearchBlock:
    """A header line, heading, paragraph or point as search shows it, and where its folded text
    lies in the document's."""

    id: str  # the id of its element on the document page
    section: int  # index into SearchDocument.sections (header lines have their own labels)
    marker: str | None
    text: str
    marked: str  # its text folded, with its breaks (`text.marked`)
    start: int
    points: tuple[SearchPoint, ...]

    @property
    def length(self) -> int:
        return len(self.marked) - self.marked.count(BREAK)


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
    return tuple(search_document(doc) for doc in corpus.documents)


def header_parts(meta: DocumentMeta) -> tuple[tuple[str, str, str], ...]:
    """The searchable lines of a document's header, in page order: (element id, label, text) of
    the epigraph, the kicker, the title, the subtitle, the author, the author's office and the
    editor's note, those the document has."""
    parts = (
        (urls.EPIGRAPH_ID, "题记", meta.epigraph.text if meta.epigraph else None),
        (urls.KICKER_ID, "引题", meta.kicker),
        (urls.TITLE_ID, "标题", meta.title),
        (urls.SUBTITLE_ID, "副标题", meta.subtitle),
        (urls.AUTHOR_ID, "作者", meta.author),
        (urls.OFFICE_ID, "职务", meta.office),
        (urls.NOTE_ID, note_label(meta.note or ""), meta.note),
    )
    return tuple((part_id, label, text) for part_id, label, text in parts if text)


def search_document(doc: Document) -> SearchDocument:
    """Everything a reader sees as the document's text, in page order: the header lines, then each
    section's heading and blocks. Every part is a search block of its own (no phrase spans two)."""
    header = header_parts(doc.meta)
    labels = [label for _, label, _ in header]
    blocks = [
        SearchBlock(part_id, index, None, text, marked(text), 0, ())
        for index, (part_id, _, text) in enumerate(header)
    ]
    for number, section in enumerate(doc.sections, 1):
        labels.append(short(section_label(section, number), SECTION_LABEL))
        index = len(labels) - 1
        if section.heading:
            heading = section.heading
            blocks.append(SearchBlock(section.id, index, None, heading, marked(heading), 0, ()))
        blocks += [_block(block, index) for block in section.blocks]
    meta = doc.meta
    year = _YEAR.match(meta.date or "")
    return SearchDocument(
        slug=doc.slug,
        title=meta.title,
        kind=meta.kind.label,
        place=meta.place,
        year=year.group(0) if year else None,
        date=meta.date,
        sections=tuple(labels),
        blocks=_placed(blocks),
    )


def _placed(blocks: list[SearchBlock]) -> tuple[SearchBlock, ...]:
    """The blocks with their place in the document's folded text: one after another."""
    placed: list[SearchBlock] = []
    start = 0
    for block in blocks:
        placed.append(replace(block, start=start))
        start += block.length
    return tuple(placed)


def _block(block: Block, section: int) -> SearchBlock:
    body = block.body if isinstance(block, Point) else block
    marker = block.marker.text if isinstance(block, Point) else None
    offset = len(marker or "") + len(runs_text(body.runs))
    points: list[SearchPoint] = []
    for point in body.inline_points:
        points.append(SearchPoint(point.id, point.marker.text, offset))
        offset += len(point.text)
    text = block.text
    return SearchBlock(block.id, section, marker, text, marked(text), 0, tuple(points))


def pairs(doc: SearchDocument) -> PairKeys:
    """The pair key of every position of the document (`postings.pair_keys`)."""
    return pair_keys([block.marked for block in doc.blocks])


def text_json(doc: SearchDocument) -> bytes:
    """What the result list shows of a document: `search/text/<id>.json`.

    Its slug and title, its section labels, and each block as [id, section index, marker or "",
    text, folded start, points], each point [id, marker, start in the block text]; compact
    because it is downloaded for each document shown.
    """
    data = {
        "slug": doc.slug,
        "title": doc.title,
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
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


@dataclass(frozen=True)
class SearchEntry:
    """What the search bundle needs of one document; made with the document and cached with it."""

    slug: str
    title: str
    kind: str  # the kind's Chinese label
    place: str | None
    date: str | None
    marked: str  # its blocks' folded texts with their breaks, each ended by NUL (what the index
    # is made of)
    text: bytes  # search/text/<n>.json

    @property
    def blocks(self) -> list[str]:
        """The folded text of each block (`marked` ends each with NUL)."""
        return self.marked.split("\0")[:-1]

    @property
    def keys(self) -> PairKeys:
        """The pair key of every position (`pairs`)."""
        return pair_keys(self.blocks)

    @property
    def positions(self) -> int:
        return len(self.marked) - self.marked.count("\0") - self.marked.count(BREAK)


def search_entry(doc: Document) -> SearchEntry:
    """A document's search entry."""
    found = search_document(doc)
    meta = doc.meta
    return SearchEntry(
        doc.slug,
        meta.title,
        meta.kind.label,
        meta.place,
        meta.date,
        "".join(block.marked + "\0" for block in found.blocks),
        text_json(found),
    )
