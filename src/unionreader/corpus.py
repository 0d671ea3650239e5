"""The link stage: list[Document] → Corpus, in reading order with previous and next."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from unionreader.model import Document, Point

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Corpus:
    """All documents in reading order: by date, oldest first; undated ones last, by title."""

    documents: tuple[Document, ...]

    def neighbours(self, slug: str) -> tuple[Document | None, Document | None]:
        """The documents before and after `slug` in reading order."""
        index = next(i for i, doc in enumerate(self.documents) if doc.slug == slug)
        before = self.documents[index - 1] if index > 0 else None
        after = self.documents[index + 1] if index + 1 < len(self.documents) else None
        return before, after

    @property
    def sections(self) -> int:
        return sum(len(doc.sections) for doc in self.documents)

    @property
    def points(self) -> int:
        return sum(count_points(doc) for doc in self.documents)


def count_points(doc: Document) -> int:
    """Numbered points of a document, inline points included."""
    total = 0
    for section in doc.sections:
        for block in section.blocks:
            body = block.body if isinstance(block, Point) else block
            total += isinstance(block, Point) + len(body.inline_points)
    return total


def characters(doc: Document) -> int:
    """Characters of the text (headings and blocks, no whitespace)."""
    texts = [s.heading or "" for s in doc.sections]
    texts += [b.text for s in doc.sections for b in s.blocks]
    return sum(len("".join(t.split())) for t in texts)


def reading_order_key(date: str | None, title: str) -> tuple[bool, str, str]:
    """Reading order: dated documents first, oldest first, then by title."""
    return (date is None, date or "", title)


def link_corpus(documents: list[Document]) -> Corpus:
    """Put documents in reading order; slugs must be unique (the catalogue guarantees it)."""
    return Corpus(
        tuple(sorted(documents, key=lambda d: reading_order_key(d.meta.date, d.meta.title)))
    )
