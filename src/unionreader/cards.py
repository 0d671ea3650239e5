"""A document's card: what pages about the whole collection need of it, without its text.

The home page lists every document, a document page links its neighbours in reading order, the
search page counts them, and the build reports what to review: all of that comes from cards. A
card is made with its document (`card`) and kept in the build cache beside it, so a rebuild
reads cards, not documents, for the documents that did not change.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from unionreader.corpus import characters, count_points, reading_order_key
from unionreader.errors import display_paths
from unionreader.model import Document
from unionreader.review import Reason, Review, reasons

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocRef:
    """What a link to a document needs: its slug and title (and its date, where it is shown)."""

    slug: str
    title: str
    date: str | None = None


@dataclass(frozen=True)
class DocumentCard:
    """One document as the collection's pages see it."""

    slug: str
    seed: Path
    title: str
    kicker: str | None
    kind_label: str
    place: str | None
    date: str | None
    author: str | None  # the author, else the office
    description: str | None  # Markdown
    characters: int
    sections: int
    points: int
    edits: int
    reasons: tuple[Reason, ...]  # why it needs a look (none once reviewed)

    @property
    def seed_name(self) -> str:
        return self.seed.name

    @property
    def ref(self) -> DocRef:
        return DocRef(self.slug, self.title, self.date)


def card(doc: Document) -> DocumentCard:
    meta = doc.meta
    return DocumentCard(
        slug=doc.slug,
        seed=doc.seed,
        title=meta.title,
        kicker=meta.kicker,
        kind_label=meta.kind.label,
        place=meta.place,
        date=meta.date,
        author=meta.author or meta.office,
        description=meta.description,
        characters=characters(doc),
        sections=len(doc.sections),
        points=count_points(doc),
        edits=len(doc.edits),
        reasons=reasons(doc),
    )


def in_reading_order(cards: Iterable[DocumentCard]) -> tuple[DocumentCard, ...]:
    """Cards in reading order (as `corpus.link_corpus` puts documents)."""
    return tuple(sorted(cards, key=lambda c: reading_order_key(c.date, c.title)))


def reviews(cards: Sequence[DocumentCard]) -> tuple[Review, ...]:
    """The documents to review, in order of seed file."""
    found = [card for card in sorted(cards, key=lambda c: c.seed_name) if card.reasons]
    shown = display_paths([card.seed for card in found])
    return tuple(Review(c.slug, seed, c.reasons) for c, seed in zip(found, shown, strict=True))
