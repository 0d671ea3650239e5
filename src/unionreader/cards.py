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
from unionreader.errors import NAMED, display_paths, some_of
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
    """The documents to review, in order of seed file: each with its own reasons, and those
    that share their title and date with another (a reader cannot tell them apart in a list)."""
    twins = _twins(cards)
    ordered = sorted(cards, key=lambda c: c.seed_name)
    found = [
        (card, (*card.reasons, *twins.get(card.slug, ())))
        for card in ordered
        if card.reasons or card.slug in twins
    ]
    shown = display_paths([card.seed for card, _ in found])
    return tuple(
        Review(card.slug, seed, why) for (card, why), seed in zip(found, shown, strict=True)
    )


def _twins(cards: Sequence[DocumentCard]) -> dict[str, tuple[Reason, ...]]:
    """For each document whose title and date another has too, the reason naming the others."""
    groups: dict[tuple[str, str | None], list[DocumentCard]] = {}
    for card in cards:
        groups.setdefault((card.title, card.date), []).append(card)
    found: dict[str, tuple[Reason, ...]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        first = sorted(card.seed_name for card in group)[: NAMED + 1]
        for card in group:
            others = [name for name in first if name != card.seed_name]
            named = some_of(others, "、", len(group) - 1)
            found[card.slug] = (Reason("same", f"same title and date as {named}"),)
    return found
