"""The link stage's result: terms and related passages, as the site's pages need them.

`link_collection` reads every document's `LinkText` (in reading order) and returns `Links`:
the terms with every occurrence in context (term pages, the term index, data/terms.json), and
for each document its `DocLinks`: the terms it uses, its related passages and what it shares
with each other document (its page). A document's page depends on its `DocLinks` only, so a
rebuild re-renders the pages whose links changed.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import logging
import marshal
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from unionreader.cards import DocRef
from unionreader.link.collection import Collection, Places
from unionreader.link.related import Passage, related_passages
from unionreader.link.repeats import is_han
from unionreader.link.repeats_again import RepeatsMemo
from unionreader.link.term_config import TermsConfig
from unionreader.link.terms import FoundTerm, TermSource, find_terms
from unionreader.link.texts import LinkText

logger = logging.getLogger(__name__)

_NOT_SLUG = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff0-9A-Za-z]+")
CONTEXT = 18  # characters shown on each side of an occurrence or a shared passage
LISTED = 200  # occurrences a term page shows in context (the rest: a count per document)
MIN_OWN = 10  # Han characters a related passage shares besides the terms in it
RELATED_PER_BLOCK = 5
SHARES_SHOWN = 10


class Context(NamedTuple):
    """Text before a stretch, the stretch itself, and the text after (cut to `CONTEXT`)."""

    before: str
    text: str
    after: str


class TermPlace(NamedTuple):
    """One occurrence of a term shown in context on its page: its document, the anchor of its
    unit, its offset there, and the text around it."""

    doc: int  # index into Links.documents
    unit: str
    start: int
    context: Context


@dataclass(frozen=True)
class Quotes:
    """The occurrences a term's page quotes in context (its first `LISTED`): each one's
    document, unit anchor, offset and end, and the text of its unit. Their contexts are cut
    when the page is made (`places`), and a rebuild makes few term pages; what the contexts
    hang on is hashed from the texts as they are (`identity`)."""

    docs: tuple[int, ...]
    units: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]

    def _rows(self) -> zip[tuple[int, str, int, int, str]]:
        return zip(self.docs, self.units, self.starts, self.ends, self.texts, strict=True)

    @property
    def places(self) -> tuple[TermPlace, ...]:
        return tuple(
            TermPlace(doc, unit, start, _context(text, start, end))
            for doc, unit, start, end, text in self._rows()
        )

    @property
    def identity(self) -> str:
        """All the quoted places and their contexts hang on, as one string: each one's place
        and the stretch of its unit its context is cut from, with the character after that
        stretch if there is one (then its context ends in an ellipsis)."""
        stretches = "\0".join(
            text[max(start - CONTEXT, 0) : end + CONTEXT + 1]
            for start, end, text in zip(self.starts, self.ends, self.texts, strict=True)
        )
        numbers = ",".join(map(str, (*self.docs, *self.starts, *self.ends)))
        return "\2".join((numbers, "\1".join(self.units), stretches))


@dataclass(frozen=True)
class Term:
    """A term with its counts and occurrences. `places` holds every occurrence (as arrays);
    its page shows the first `LISTED` in context (`quotes`) and, for each document it is used
    in, a link to its first use there (`firsts`, one per `counts` entry)."""

    text: str
    slug: str
    source: TermSource
    variants: tuple[str, ...]
    count: int
    counts: tuple[tuple[int, int], ...]  # (document index, count), in reading order
    quotes: Quotes
    firsts: tuple[str, ...]  # the unit anchor of its first use in each document
    places: Places | None  # None where only its page is wanted (`shown`)

    @property
    def documents(self) -> int:
        return len(self.counts)

    @property
    def listed(self) -> tuple[TermPlace, ...]:
        """The occurrences its page quotes, in context."""
        return self.quotes.places

    @property
    def indexed(self) -> IndexedTerm:
        return IndexedTerm(self.text, self.slug, self.source, self.count, self.documents)

    @property
    def shown(self) -> Term:
        """The term as its page needs it (without `places`: less to send to a worker)."""
        return replace(self, places=None)


@dataclass(frozen=True)
class IndexedTerm:
    """A term as the term index lists it."""

    text: str
    slug: str
    source: TermSource
    count: int
    documents: int


@dataclass(slots=True)
class TermUse:
    """A term as one document uses it, and where the text links it: its first use outside the
    headings (unit, offset), unless a longer term's link covers it there (then unit is "").
    Not frozen: a rebuild of a thousand documents makes 34,000 (a frozen dataclass is made
    four times slower)."""

    text: str
    slug: str
    count: int
    unit: str = ""
    start: int = 0


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
        """A hash of the links (a page shows them: equal digests, equal pages), of their
        fields as plain tuples (`marshal`, in C: a rebuild hashes every page's links, and
        dataclasses pickle through Python code)."""
        fields = (
            tuple((u.text, u.slug, u.count, u.unit, u.start) for u in self.terms),
            tuple(
                (r.unit, r.start, r.end, *_ref(r.other), r.other_unit, *r.context, r.shared)
                for r in self.related
            ),
            tuple((*_ref(s.other), s.characters, s.percent) for s in self.shares),
        )
        return hashlib.sha256(marshal.dumps(fields)).hexdigest()[:16]


def _ref(ref: DocRef) -> tuple[str, str, str | None]:
    return ref.slug, ref.title, ref.date


NO_LINKS = DocLinks((), (), ())
"""The links of a document that shares nothing with any other."""


@dataclass(frozen=True)
class Links:
    documents: tuple[DocRef, ...]  # in reading order
    terms: tuple[Term, ...]  # most frequent first
    pages: tuple[DocLinks, ...]  # one per document, in reading order
    passages: tuple[Passage, ...]
    anchors: tuple[tuple[str, ...], ...]  # each document's unit anchors (LinkText.ids)


def link_collection(
    texts: Sequence[LinkText],
    config: TermsConfig,
    related: Callable[[], Sequence[Passage]] | None = None,
    memo: RepeatsMemo | None = None,
) -> Links:
    """Terms and related passages of the documents `texts` (in reading order). `related`, if
    given, returns the related passages of `texts` (`passages_of`) worked out elsewhere
    meanwhile: it is called once the terms are done. `memo`: the last build's repeats, and
    this one's once found (`find_terms`)."""
    collection = Collection.of(texts)
    found = find_terms(collection, config, memo)
    stock = _in_terms(collection, found)
    if related is None:
        # Worked out here, before the terms' occurrences in context are made (they would add
        # to the peak of memory, which is at this step).
        related = functools.partial(tuple, related_passages(collection))
    made = [_term(found_term, texts, collection.headings) for found_term in found]
    terms = [term for term, _ in made]
    linked = _uses(terms, [per_document for _, per_document in made], texts)
    passages = tuple(p for p in related() if _own(p, collection, stock) >= MIN_OWN)
    mine: list[list[Passage]] = [[] for _ in texts]
    for passage in passages:
        mine[passage.doc].append(passage)
    sizes = collection.han_characters().tolist()
    refs = tuple(DocRef(t.slug, t.title, t.date) for t in texts)
    pages = tuple(
        _doc_links(texts, refs, doc, used, passages_here, sizes[doc])
        for doc, (used, passages_here) in enumerate(zip(linked, mine, strict=True))
    )
    return Links(refs, tuple(terms), pages, passages, tuple(t.ids for t in texts))


def passages_of(texts: Sequence[LinkText]) -> list[Passage]:
    """The related passages of `texts` before the terms are known (`link_collection` drops
    those that share little besides terms)."""
    return related_passages(Collection.of(texts))


def term_slug(text: str) -> str:
    """A term's slug: the term itself (Chinese URLs read best to its readers), with the
    enumeration comma and middle dot as hyphens."""
    return _NOT_SLUG.sub("-", text).strip("-")


def _term(
    found: FoundTerm, texts: Sequence[LinkText], headings: npt.NDArray[np.bool_]
) -> tuple[Term, _PerDocument]:
    """A found term, and its counts and first uses per document (`headings`: which units of
    the collection are section headings)."""
    places = found.places
    docs = places.docs[:LISTED].tolist()
    units = places.units[:LISTED].tolist()
    starts = places.starts[:LISTED].tolist()
    ends = (places.starts[:LISTED] + places.lengths[:LISTED]).tolist()
    quotes = Quotes(
        tuple(docs),
        tuple(texts[doc].ids[unit] for doc, unit in zip(docs, units, strict=True)),
        tuple(starts),
        tuple(ends),
        tuple(texts[doc].texts[unit] for doc, unit in zip(docs, units, strict=True)),
    )
    used, first, counts = np.unique(places.docs, return_index=True, return_counts=True)
    in_docs = used.tolist()
    firsts = tuple(
        texts[doc].ids[unit]
        for doc, unit in zip(in_docs, places.units[first].tolist(), strict=True)
    )
    term = Term(
        found.text,
        term_slug(found.text),
        found.source,
        found.variants,
        len(places),
        tuple(zip(in_docs, counts.tolist(), strict=True)),
        quotes,
        firsts,
        places,
    )
    units_used, starts_used = _first_uses(places, used, headings)
    return term, _PerDocument(used, counts, units_used, starts_used)


def _first_uses(
    places: Places, used: npt.NDArray[np.int64], headings: npt.NDArray[np.bool_]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """For each document a term is used in (`used`, ascending), the unit index (-1: none) and
    offset of its first use outside the headings."""
    body = ~headings[places.at_unit]
    docs, first = np.unique(places.docs[body], return_index=True)
    units = np.full(len(used), -1, dtype=np.int64)
    starts = np.zeros(len(used), dtype=np.int64)
    at = np.searchsorted(used, docs)
    units[at] = places.units[body][first]
    starts[at] = places.starts[body][first]
    return units, starts


class _PerDocument(NamedTuple):
    """A term's documents (ascending), its count in each, and the unit index (-1: none) and
    offset of its first use there outside the headings."""

    docs: npt.NDArray[np.int64]
    counts: npt.NDArray[np.int64]
    units: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]


def _uses(
    terms: Sequence[Term], per_document: Sequence[_PerDocument], texts: Sequence[LinkText]
) -> list[tuple[TermUse, ...]]:
    """Each document's term uses, most used first, each with the unit and offset where the
    text links it: its first use outside the headings, unless a longer term's link overlaps
    it there (then none). Worked out for all uses at once; only in the units where two first
    uses overlap are they gone through one at a time (`_crowded`)."""
    if not terms:
        return [() for _ in texts]
    columns = [np.concatenate(column) for column in zip(*per_document, strict=True)]
    doc, count, unit, start = columns
    term = np.repeat(np.arange(len(terms)), [len(p.docs) for p in per_document])
    names, slugs = [t.text for t in terms], [t.slug for t in terms]
    length = np.array([len(name) for name in names], dtype=np.int64)[term]
    linked = unit >= 0
    by_place = np.lexsort((start, unit, doc))
    place_doc, place_unit = doc[by_place], unit[by_place]
    same = (place_doc[1:] == place_doc[:-1]) & (place_unit[1:] == place_unit[:-1])
    ends = start[by_place] + length[by_place]
    overlapping = same & linked[by_place][1:] & (start[by_place][1:] < ends[:-1])
    if overlapping.any():  # spans sorted by start overlap only if two next to each other do
        rows = np.union1d(by_place[1:][overlapping], by_place[:-1][overlapping])
        _crowded(rows, names, term, doc, unit, start, linked)
    by_text = np.empty(len(terms), dtype=np.int64)
    by_text[sorted(range(len(terms)), key=names.__getitem__)] = np.arange(len(terms))
    order = np.lexsort((by_text[term], -count, doc))
    made = [
        TermUse(names[t], slugs[t], n, texts[d].ids[u] if ok else "", s if ok else 0)
        for t, d, n, u, s, ok in zip(
            term[order].tolist(),
            doc[order].tolist(),
            count[order].tolist(),
            unit[order].tolist(),
            start[order].tolist(),
            linked[order].tolist(),
            strict=True,
        )
    ]
    bounds = np.searchsorted(doc[order], np.arange(len(texts) + 1)).tolist()
    return [tuple(made[bounds[d] : bounds[d + 1]]) for d in range(len(texts))]


def _crowded(
    rows: npt.NDArray[np.int64],
    texts: Sequence[str],
    term: npt.NDArray[np.int64],
    doc: npt.NDArray[np.int64],
    unit: npt.NDArray[np.int64],
    start: npt.NDArray[np.int64],
    linked: npt.NDArray[np.bool_],
) -> None:
    """Of the uses `rows` (first uses that overlap another in their unit), unlink (in
    `linked`) those a longer term's link overlaps, longer terms taken first (then by text)."""
    taken: dict[tuple[int, int], tuple[list[int], list[int]]] = {}  # the links' starts, ends

    def placed(row: int) -> tuple[int, int, int, str]:
        text = texts[int(term[row])]
        return int(doc[row]), int(unit[row]), -len(text), text

    for row in sorted(rows.tolist(), key=placed):
        begin = int(start[row])
        end = begin + len(texts[int(term[row])])
        spans = taken.setdefault((int(doc[row]), int(unit[row])), ([], []))
        if _overlaps(spans, begin, end):
            linked[row] = False
        else:
            at = bisect.bisect_left(spans[0], begin)
            spans[0].insert(at, begin)
            spans[1].insert(at, end)


def _overlaps(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether the stretch from `start` to `end` overlaps one of `spans` (links that do not
    overlap one another, by start: their ends are in order too)."""
    starts, ends = spans
    before = bisect.bisect_left(starts, end)  # the spans that start before `end`
    return before > 0 and ends[before - 1] > start


def _context(text: str, start: int, end: int) -> Context:
    before = "…" + text[start - CONTEXT : start] if start > CONTEXT else text[:start]
    after = text[end : end + CONTEXT] + "…" if end + CONTEXT < len(text) else text[end:]
    return Context(before, text[start:end], after)


def _in_terms(collection: Collection, terms: Sequence[FoundTerm]) -> npt.NDArray[np.bool_]:
    """Which characters of the collection lie in an occurrence of a term."""
    inside = np.zeros(len(collection.laid.points) + 1, dtype=bool)
    for term in terms:
        places = term.places
        for length in np.unique(places.lengths).tolist():  # a term and its joined variants
            starts = places.at[places.lengths == length]
            inside[(starts[:, None] + np.arange(length)).ravel()] = True
    return inside


def _own(passage: Passage, collection: Collection, stock: npt.NDArray[np.bool_]) -> int:
    """Han characters of a passage that lie outside every occurrence of a term."""
    unit = collection.unit_start(passage.doc, passage.unit)
    begin, end = unit + passage.start, unit + passage.end
    han = int(is_han(collection.laid.points[begin:end]).sum())
    return han - int(stock[begin:end].sum())


def _doc_links(
    texts: Sequence[LinkText],
    refs: Sequence[DocRef],
    doc: int,
    uses: tuple[TermUse, ...],
    passages: list[Passage],
    han_characters: int,
) -> DocLinks:
    ids = texts[doc].ids
    related = []
    per_unit: Counter[int] = Counter()
    for p in sorted(passages, key=lambda p: (p.unit, -p.shared, p.other_doc, p.start)):
        per_unit[p.unit] += 1
        if per_unit[p.unit] <= RELATED_PER_BLOCK:
            other = texts[p.other_doc]
            context = _context(other.texts[p.other_unit], p.other_start, p.other_end)
            other_id = other.ids[p.other_unit]
            related.append(
                Related(ids[p.unit], p.start, p.end, refs[p.other_doc], other_id, context, p.shared)
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
        uses,
        tuple(related),
        tuple(Share(refs[other], n, round(100 * min(n, total) / total, 1)) for other, n in ranked),
    )
