"""What the link stage reads of a document: its text as units with anchors, made with the
document (in a worker) and kept in its record, so that linking never needs the documents.

A unit is what a link can point at: a section heading, the lead of a paragraph or point (its
marker and the text before any inline point), or an inline point (its marker and text). Offsets
into a unit's text are what `data/terms.json` calls `start`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from unionreader.link.marked import Numbered, Quoted, laid_out, numbered_in, quoted_in
from unionreader.model import Document, Point, runs_text

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Unit:
    """A stretch of text with the anchor id of the element that shows it."""

    id: str
    text: str


@dataclass(frozen=True)
class LinkText:
    """A document as the link stage reads it: its units as two parallel tuples (plain strings
    unpickle fast, and a build reads a thousand of these), and the terms it marks as such
    (`marked`: found from its units whenever it is made, kept with it in the cache)."""

    slug: str
    title: str
    date: str | None
    ids: tuple[str, ...]
    texts: tuple[str, ...]
    headings: frozenset[int] = frozenset()  # which units are section headings
    numbered: Numbered = field(init=False, repr=False, compare=False)
    quoted: Quoted = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        joined = laid_out(self.texts)
        object.__setattr__(self, "numbered", numbered_in(joined))
        object.__setattr__(self, "quoted", quoted_in(joined))

    @staticmethod
    def of(
        slug: str,
        title: str,
        date: str | None,
        units: Sequence[Unit],
        headings: frozenset[int] = frozenset(),
    ) -> LinkText:
        ids, texts = tuple(u.id for u in units), tuple(u.text for u in units)
        return LinkText(slug, title, date, ids, texts, headings)

    @property
    def units(self) -> tuple[Unit, ...]:
        return tuple(Unit(i, t) for i, t in zip(self.ids, self.texts, strict=True))


def link_text(doc: Document) -> LinkText:
    """The units of `doc`, in page order."""
    units: list[Unit] = []
    headings = set()
    for section in doc.sections:
        if section.heading:
            headings.add(len(units))
            units.append(Unit(section.id, section.heading))
        for block in section.blocks:
            body = block.body if isinstance(block, Point) else block
            marker = block.marker.text if isinstance(block, Point) else ""
            units.append(Unit(block.id, marker + runs_text(body.runs)))
            units += [Unit(point.id, point.text) for point in body.inline_points]
    return LinkText.of(doc.slug, doc.meta.title, doc.meta.date, units, frozenset(headings))
