"""What the link stage reads of a document: its text as units with anchors, made with the
document (in a worker) and kept in its record, so that linking never needs the documents.

A unit is what a link can point at: a section heading, the lead of a paragraph or point (its
marker and the text before any inline point), or an inline point (its marker and text). Offsets
into a unit's text are what `data/terms.json` calls `start`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from unionreader.model import Document, Point, runs_text

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Unit:
    """A stretch of text with the anchor id of the element that shows it."""

    id: str
    text: str


@dataclass(frozen=True)
class LinkText:
    """A document as the link stage reads it."""

    slug: str
    title: str
    date: str | None
    units: tuple[Unit, ...]


def link_text(doc: Document) -> LinkText:
    """The units of `doc`, in page order."""
    units: list[Unit] = []
    for section in doc.sections:
        if section.heading:
            units.append(Unit(section.id, section.heading))
        for block in section.blocks:
            body = block.body if isinstance(block, Point) else block
            marker = block.marker.text if isinstance(block, Point) else ""
            units.append(Unit(block.id, marker + runs_text(body.runs)))
            units += [Unit(point.id, point.text) for point in body.inline_points]
    return LinkText(doc.slug, doc.meta.title, doc.meta.date, tuple(units))
