"""View models of the link stage's results: term links in the text, a document's terms,
related passages and shares, a term's page and the term index."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from unionreader import urls
from unionreader.cards import DocRef
from unionreader.link.links import DocLinks, IndexedTerm, Term, TermPlace
from unionreader.link.pinyin import pinyin_keys, toneless
from unionreader.link.terms import TermSource
from unionreader.views import (
    Bar,
    Occurrence,
    Page,
    RelatedView,
    RunView,
    ShareView,
    TermChip,
    TermGroup,
    TermIndexPage,
    TermPage,
    TermRow,
)

logger = logging.getLogger(__name__)

CHART_WIDTH = 640
CHART_HEIGHT = 120
MAX_BARS = 60
MORE_DOCUMENTS = 300
SOURCE_LABELS = {
    TermSource.NUMBERED: "数字概括",
    TermSource.QUOTED: "引号标出的提法",
    TermSource.REPEATED: "多篇文献反复出现的表述",
    TermSource.ADDED: "编者添加",
}


class TermLinker:
    """Splits the text runs of a document where its terms are linked: each term once, at its
    first use outside the headings (links on every use would crowd the text); the link stage
    chose the places (`TermUse.unit`, `TermUse.start`)."""

    def __init__(self, path: str, links: DocLinks) -> None:
        self.places: dict[str, list[tuple[int, int, str]]] = {}
        for use in links.terms:
            if use.unit:
                href = urls.term_link(path, use.slug)
                self.places.setdefault(use.unit, []).append((use.start, len(use.text), href))
        for found in self.places.values():
            found.sort()

    def runs(self, unit: str, offset: int, text: str) -> list[RunView]:
        """A text run that starts at `offset` in the unit `unit`, as text and term pieces."""
        places = self.places.get(unit)
        if not places:
            return [RunView("text", text)]
        pieces: list[RunView] = []
        at = 0
        for start, length, href in places:
            begin = start - offset
            if begin < at or begin + length > len(text):
                continue
            if begin > at:
                pieces.append(RunView("text", text[at:begin]))
            pieces.append(RunView("term", text[begin : begin + length], href=href))
            at = begin + length
        if at < len(text):
            pieces.append(RunView("text", text[at:]))
        return pieces


def term_chips(path: str, links: DocLinks) -> tuple[TermChip, ...]:
    return tuple(
        TermChip(urls.term_link(path, use.slug), use.text, use.count) for use in links.terms
    )


def related_views(path: str, links: DocLinks) -> dict[str, tuple[RelatedView, ...]]:
    """Unit id → the related passages of that unit."""
    found: dict[str, list[RelatedView]] = {}
    for item in links.related:
        href = urls.relative(path, urls.document_path(item.other.slug))
        context = item.context
        view = RelatedView(
            urls.highlighted(href, context.text, item.other_unit),
            item.other.title,
            item.other.date,
            context.before,
            context.text,
            context.after,
            item.shared,
        )
        found.setdefault(item.unit, []).append(view)
    return {unit: tuple(views) for unit, views in found.items()}


def share_views(path: str, links: DocLinks) -> tuple[ShareView, ...]:
    return tuple(
        ShareView(
            urls.relative(path, urls.document_path(share.other.slug)),
            share.other.title,
            share.characters,
            share.percent,
        )
        for share in links.shares
    )


def term_page(page: Page, term: Term, documents: Mapping[int, DocRef]) -> TermPage:
    """A term's page: counts, a chart of its use in date order, every occurrence in context."""
    path = page.path
    ordered = term.counts  # in reading order, which is date order
    bars = _bars(ordered, documents)
    by_doc: dict[int, list[TermPlace]] = {}
    for place in term.listed:
        by_doc.setdefault(place.doc, []).append(place)
    groups = []
    shown = min(len(ordered), len(by_doc) + MORE_DOCUMENTS)
    for (doc, count), first in zip(ordered[:shown], term.firsts, strict=False):
        ref = documents[doc]
        href = urls.relative(path, urls.document_path(ref.slug))
        occurrences = tuple(
            Occurrence(
                urls.highlighted(href, place.context.text, place.unit),
                place.context.before,
                place.context.text,
                place.context.after,
            )
            for place in by_doc.get(doc, ())
        )
        marked = urls.highlighted(href, term.text, first)
        groups.append(TermGroup(href, ref.title, ref.date, count, occurrences, marked))
    return TermPage(
        page=page,
        text=term.text,
        source=SOURCE_LABELS[term.source],
        variants=term.variants,
        count=term.count,
        documents=term.documents,
        chart_width=CHART_WIDTH,
        chart_height=CHART_HEIGHT,
        bars=bars,
        summary=_summary(term, ordered, documents),
        groups=tuple(group for group in groups if group.occurrences),
        others=tuple(group for group in groups if not group.occurrences),
        rest_documents=len(ordered) - len(groups),
        rest_count=sum(count for _, count in ordered[len(groups) :]),
        listed=sum(len(group.occurrences) for group in groups),
        index_href=urls.relative(path, urls.TERMS),
        data_href=urls.relative(path, urls.data_path("terms.json")),
    )


def _bars(ordered: Sequence[tuple[int, int]], documents: Mapping[int, DocRef]) -> tuple[Bar, ...]:
    """The chart's bars: one per document in date order, or for many documents one per run of
    consecutive documents (at most `MAX_BARS`), as tall as its uses."""
    size = -(-len(ordered) // MAX_BARS)  # documents per bar
    groups = [ordered[i : i + size] for i in range(0, len(ordered), size)]
    totals = [sum(count for _, count in group) for group in groups]
    width = CHART_WIDTH / max(len(groups), 1)
    most = max(totals, default=1)
    bars = []
    for i, (group, total) in enumerate(zip(groups, totals, strict=True)):
        first, last = documents[group[0][0]], documents[group[-1][0]]
        label = f"《{first.title}》{_date(first.date)}"
        if len(group) > 1:
            label += f"至《{last.title}》{_date(last.date)}等 {len(group)} 篇"
        bars.append(
            Bar(
                round(i * width, 2),
                round(max(width * 0.8, 0.5), 2),
                round(CHART_HEIGHT * total / most, 2),
                f"{label}：{total} 次",
            )
        )
    return tuple(bars)


def _date(date: str | None) -> str:
    return f"（{date}）" if date else "（未注日期）"


def _summary(
    term: Term, ordered: Sequence[tuple[int, int]], documents: Mapping[int, DocRef]
) -> str:
    """The chart in words."""
    first = documents[ordered[0][0]]
    last = documents[ordered[-1][0]]
    top_doc, top = max(ordered, key=lambda dc: (dc[1], -dc[0]))
    return (
        f"“{term.text}”共出现 {term.count} 次，见于 {term.documents} 篇文献。"
        f"按日期排列，最早见于《{first.title}》{_date(first.date)}，"
        f"最晚见于《{last.title}》{_date(last.date)}；"
        f"用得最多的是《{documents[top_doc].title}》，{top} 次。"
    )


def term_index(page: Page, terms: Sequence[IndexedTerm]) -> TermIndexPage:
    """Every term, most used first, each with its place in pinyin order."""
    path = page.path
    keys = pinyin_keys(term.text for term in terms)
    ordered = sorted(terms, key=lambda t: (keys[t.text], t.text))
    order = {term.text: i for i, term in enumerate(ordered)}
    rows = tuple(
        TermRow(
            urls.term_link(path, term.slug),
            term.text,
            term.count,
            term.documents,
            toneless(keys[term.text]),
            order[term.text],
            SOURCE_LABELS[term.source],
        )
        for term in terms
    )
    return TermIndexPage(
        page=page,
        rows=rows,
        data_href=urls.relative(path, urls.data_path("terms.json")),
        script_href=urls.relative(path, urls.static_path("terms.js")),
    )
