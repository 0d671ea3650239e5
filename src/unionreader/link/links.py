"""The link stage's result: terms and related passages, as the site's pages need them.

`link_collection` reads every document's `LinkText` (in reading order) and returns `Links`:
the terms with every occurrence in context (term pages, the term index, data/terms.json), and
for each document its `DocLinks`: the terms it uses, its related passages and what it shares
with each other document (its page). A document's page depends on its `DocLinks` only, so a
rebuild re-renders the pages whose links changed.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import pickle
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from unionreader.link.collection import Collection
from unionreader.link.pinyin import Spelling, unique_slugs
from unionreader.link.related import Passage, related_passages
from unionreader.link.repeats import Positions, is_han
from unionreader.link.term_config import TermsConfig
from unionreader.link.terms import FoundTerm, TermSource, find_terms
from unionreader.link.texts import LinkText

logger = logging.getLogger(__name__)

CONTEXT = 18  # characters shown on each side of an occurrence or a shared passage
MIN_OWN = 10  # Han characters a related passage shares besides the terms in it
RELATED_PER_BLOCK = 5
SHARES_SHOWN = 10


@dataclass(frozen=True)
class DocRef:
    slug: str
    title: str
    date: str | None


class Context(NamedTuple):
    """Text before a stretch, the stretch itself, and the text after (cut to `CONTEXT`)."""

    before: str
    text: str
    after: str


class TermPlace(NamedTuple):
    """One occurrence of a term: its document, the anchor of its unit, its offset there."""

    doc: int  # index into Links.documents
    unit: str
    start: int
    context: Context


@dataclass(frozen=True)
class Term:
    text: str
    slug: str
    sort_key: str  # pinyin with tones
    source: TermSource
    variants: tuple[str, ...]
    counts: tuple[tuple[int, int], ...]  # (document index, count), in reading order
    places: tuple[TermPlace, ...]

    @property
    def count(self) -> int:
        return len(self.places)

    @property
    def documents(self) -> int:
        return len(self.counts)


@dataclass(frozen=True)
class TermUse:
    """A term as one document uses it."""

    text: str
    slug: str
    count: int


@dataclass(frozen=True)
class Related:
    """A passage of this document (in unit `unit`, from `start` to `end`) re-used in another."""

    unit: str
    start: int
    end: int
    other: DocRef
    other_unit: str
    context: Context  # the other document's text, the shared stretch marked
    shared: int


@dataclass(frozen=True)
class Share:
    other: DocRef
    characters: int
    percent: float  # of this document's Han characters


@dataclass(frozen=True)
class DocLinks:
    terms: tuple[TermUse, ...]  # most used first
    related: tuple[Related, ...]  # in page order
    shares: tuple[Share, ...]  # most shared first

    @functools.cached_property
    def digest(self) -> str:
        """A hash of the links (a page shows them: equal digests, equal pages)."""
        fields = (self.terms, self.related, self.shares)
        return hashlib.sha256(pickle.dumps(fields, pickle.HIGHEST_PROTOCOL)).hexdigest()[:16]


NO_LINKS = DocLinks((), (), ())
"""The links of a document that shares nothing with any other."""


@dataclass(frozen=True)
class Links:
    documents: tuple[DocRef, ...]  # in reading order
    terms: tuple[Term, ...]  # most frequent first
    pages: tuple[DocLinks, ...]  # one per document, in reading order
    passages: tuple[Passage, ...]


def link_collection(
    texts: Sequence[LinkText], config: TermsConfig, spelling: Spelling | None = None
) -> Links:
    """Terms and related passages of the documents `texts` (in reading order)."""
    spelling = spelling or Spelling()
    collection = Collection.of(texts)
    found = find_terms(texts, config)
    slugs = unique_slugs([t.text for t in found], spelling)
    terms = tuple(_term(term, slugs[term.text], spelling, texts) for term in found)
    stock = _in_terms(collection, found)
    passages = tuple(
        p for p in related_passages(collection) if _own(p, collection, stock) >= MIN_OWN
    )
    uses: list[list[TermUse]] = [[] for _ in texts]
    for term in terms:
        for doc, count in term.counts:
            uses[doc].append(TermUse(term.text, term.slug, count))
    mine: list[list[Passage]] = [[] for _ in texts]
    for passage in passages:
        mine[passage.doc].append(passage)
    sizes = collection.han_characters().tolist()
    refs = tuple(DocRef(t.slug, t.title, t.date) for t in texts)
    pages = tuple(
        _doc_links(texts, refs, doc, used, passages_here, sizes[doc])
        for doc, (used, passages_here) in enumerate(zip(uses, mine, strict=True))
    )
    return Links(refs, terms, pages, passages)


def _term(found: FoundTerm, slug: str, spelling: Spelling, texts: Sequence[LinkText]) -> Term:
    rows = found.places.rows()
    places = []
    for doc, unit_index, start, length in rows:
        unit = texts[doc].units[unit_index]
        places.append(TermPlace(doc, unit.id, start, _context(unit.text, start, start + length)))
    counts = tuple(sorted(Counter(row[0] for row in rows).items()))
    return Term(
        found.text,
        slug,
        spelling.of(found.text)[1],
        found.source,
        found.variants,
        counts,
        tuple(places),
    )


def _context(text: str, start: int, end: int) -> Context:
    before = text[max(start - CONTEXT, 0) : start]
    after = text[end : end + CONTEXT]
    return Context(
        ("…" if start > CONTEXT else "") + before,
        text[start:end],
        after + ("…" if end + CONTEXT < len(text) else ""),
    )


def _in_terms(collection: Collection, terms: Sequence[FoundTerm]) -> Positions:
    """How many characters before each position of the collection lie in an occurrence of a
    term (a running count, so that any stretch is counted at once)."""
    inside = np.zeros(len(collection.laid.points) + 1, dtype=np.int64)
    for term in terms:
        places = term.places
        starts = collection.unit_starts[collection.unit_number(places.docs, places.units)]
        starts = starts + places.starts
        width = int(places.lengths.max())
        cells = (starts[:, None] + np.arange(width)).ravel()
        inside[cells[np.repeat(places.lengths, width) > np.tile(np.arange(width), len(starts))]] = 1
    return np.concatenate(([0], np.cumsum(inside[:-1])))


def _own(passage: Passage, collection: Collection, stock: Positions) -> int:
    """Han characters of a passage that lie outside every occurrence of a term."""
    unit = int(collection.unit_number(np.asarray([passage.doc]), np.asarray([passage.unit]))[0])
    begin = int(collection.unit_starts[unit]) + passage.start
    end = int(collection.unit_starts[unit]) + passage.end
    han = int(is_han(collection.laid.points[begin:end]).sum())
    return han - int(stock[end] - stock[begin])


def _doc_links(
    texts: Sequence[LinkText],
    refs: Sequence[DocRef],
    doc: int,
    uses: list[TermUse],
    passages: list[Passage],
    han_characters: int,
) -> DocLinks:
    units = texts[doc].units
    related = []
    per_unit: Counter[int] = Counter()
    for p in sorted(passages, key=lambda p: (p.unit, -p.shared, p.other_doc, p.start)):
        per_unit[p.unit] += 1
        if per_unit[p.unit] <= RELATED_PER_BLOCK:
            other = texts[p.other_doc].units[p.other_unit]
            context = _context(other.text, p.other_start, p.other_end)
            here = units[p.unit].id
            related.append(
                Related(here, p.start, p.end, refs[p.other_doc], other.id, context, p.shared)
            )
    total = max(han_characters, 1)
    shared: Counter[int] = Counter()
    seen = set()
    for p in passages:
        key = (p.other_doc, p.unit, p.start, p.end)
        if key not in seen:
            seen.add(key)
            shared[p.other_doc] += p.shared
    ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:SHARES_SHOWN]
    return DocLinks(
        tuple(sorted(uses, key=lambda u: (-u.count, u.text))),
        tuple(related),
        tuple(Share(refs[other], n, round(100 * min(n, total) / total, 1)) for other, n in ranked),
    )
