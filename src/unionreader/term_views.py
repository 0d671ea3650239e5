"""View models of the link stage's results: term links in the text, a document's terms,
related passages and shares, a term's page and the term index."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from unionreader import urls
from unionreader.link.links import DocLinks, DocRef, Links, Term, TermPlace
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
SOURCE_LABELS = {
    TermSource.NUMBERED: "数字概括",
    TermSource.QUOTED: "引号标出的提法",
    TermSource.REPEATED: "多篇文献反复出现的表述",
    TermSource.ADDED: "编者添加",
}


class TermLinker:
    """Splits text runs of a document at its terms, linking each term's first use in the
    document only (links on every use would crowd the text), the longest first where terms
    overlap."""

    def __init__(self, path: str, links: DocLinks) -> None:
        texts = sorted((use.text for use in links.terms), key=lambda t: (-len(t), t))
        self.pattern = re.compile("|".join(map(re.escape, texts))) if texts else None
        self.hrefs = {
            use.text: urls.relative(path, urls.term_path(use.slug)) for use in links.terms
        }
        self.linked: set[str] = set()

    def runs(self, text: str) -> list[RunView]:
        """A text run as text and term pieces."""
        if self.pattern is None:
            return [RunView("text", text)]
        pieces: list[RunView] = []
        at = 0
        for match in self.pattern.finditer(text):
            term = match.group(0)
            if term in self.linked:
                continue
            self.linked.add(term)
            if match.start() > at:
                pieces.append(RunView("text", text[at : match.start()]))
            pieces.append(RunView("term", term, href=self.hrefs[term]))
            at = match.end()
        if at < len(text):
            pieces.append(RunView("text", text[at:]))
        return pieces


def term_chips(path: str, links: DocLinks) -> tuple[TermChip, ...]:
    return tuple(
        TermChip(urls.relative(path, urls.term_path(use.slug)), use.text, use.count)
        for use in links.terms
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


def term_page(page: Page, term: Term, documents: Sequence[DocRef]) -> TermPage:
    """A term's page: counts, a chart of its use in date order, every occurrence in context."""
    path = page.path
    ordered = sorted(
        term.counts,
        key=lambda dc: (documents[dc[0]].date is None, documents[dc[0]].date or "", dc[0]),
    )
    width = CHART_WIDTH / max(len(ordered), 1)
    most = max((count for _, count in term.counts), default=1)
    bars = tuple(
        Bar(
            round(i * width, 2),
            round(max(width * 0.8, 0.5), 2),
            round(CHART_HEIGHT * count / most, 2),
            f"《{documents[doc].title}》{_date(documents[doc].date)}：{count} 次",
        )
        for i, (doc, count) in enumerate(ordered)
    )
    by_doc: dict[int, list[TermPlace]] = {}
    for place in term.places:
        by_doc.setdefault(place.doc, []).append(place)
    groups = []
    for doc, _ in ordered:
        ref = documents[doc]
        href = urls.relative(path, urls.document_path(ref.slug))
        occurrences = tuple(
            Occurrence(
                urls.highlighted(href, place.context.text, place.unit),
                place.context.before,
                place.context.text,
                place.context.after,
            )
            for place in by_doc[doc]
        )
        groups.append(TermGroup(href, ref.title, ref.date, len(occurrences), occurrences))
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
        groups=tuple(groups),
        index_href=urls.relative(path, urls.TERMS),
        highlight_href=urls.relative(path, urls.static_path("highlight.js")),
    )


def _date(date: str | None) -> str:
    return f"（{date}）" if date else "（未注日期）"


def _summary(term: Term, ordered: Sequence[tuple[int, int]], documents: Sequence[DocRef]) -> str:
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


def term_index(page: Page, links: Links) -> TermIndexPage:
    path = page.path
    order = {
        term.text: i
        for i, term in enumerate(sorted(links.terms, key=lambda t: (t.sort_key, t.text)))
    }
    rows = tuple(
        TermRow(
            urls.relative(path, urls.term_path(term.slug)),
            term.text,
            term.count,
            term.documents,
            re.sub(r"[^a-z ]", "", term.sort_key),
            order[term.text],
            SOURCE_LABELS[term.source],
        )
        for term in links.terms
    )
    return TermIndexPage(
        page=page,
        rows=rows,
        data_href=urls.relative(path, urls.data_path("terms.json")),
        script_href=urls.relative(path, urls.static_path("terms.js")),
    )
