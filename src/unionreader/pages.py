"""Corpus → view models for every page (home, document, notes, about, 404)."""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from unionreader import urls
from unionreader.cards import DocRef, DocumentCard
from unionreader.corpus import characters
from unionreader.edit_labels import RULE_LABELS, emptied
from unionreader.link.links import DocLinks
from unionreader.model import (
    Block,
    Document,
    Edit,
    Paragraph,
    ParagraphRole,
    Point,
    Run,
    RunKind,
    Section,
)
from unionreader.normalise.passages import note_label
from unionreader.table_views import is_figure, row_cells, with_tables
from unionreader.term_views import TermLinker, related_views, share_views, term_chips
from unionreader.views import (
    BlockView,
    DocumentPage,
    EditGroup,
    EditView,
    Entry,
    HomePage,
    Link,
    MetaRow,
    NotesPage,
    Page,
    PageLink,
    Pager,
    RelatedView,
    RunView,
    SectionView,
    TocEntry,
    YearLink,
)

logger = logging.getLogger(__name__)

SITE_NAME = "工会文献读本"
PAGER_SLOT = "<!-- pager -->"
"""Where a document page's links to its neighbours go (a comment no text can produce: text is
escaped)."""
LANG = "zh-Hans"
LABEL_LENGTH = 22
_CLAUSE = re.compile(r"^[^。；！？]*")


@dataclass(frozen=True)
class SiteContext:
    """What every page needs to know about the site as a whole."""

    base_url: str | None  # absolute, ends with /
    markdown: Callable[[str], str]  # Markdown prose → HTML (`prose.render_prose`)


def short(text: str, length: int = LABEL_LENGTH) -> str:
    """The first clause of `text`, at most `length` characters (… when cut)."""
    match = _CLAUSE.match(text)
    clause = match.group(0) if match else text
    return clause if len(clause) <= length else clause[:length] + "…"


def page(
    ctx: SiteContext,
    path: str,
    title: str,
    description: str,
    breadcrumbs: tuple[Link, ...] = (),
    og_type: str = "website",
) -> Page:
    """The common part of the page at site path `path`."""

    def href(target: str) -> str:
        return urls.relative(path, target)

    return Page(
        path=path,
        lang=LANG,
        site_name=SITE_NAME,
        title=title,
        description=description,
        root=urls.root_prefix(path),
        css_href=href(urls.static_path("style.css")),
        js_href=href(urls.static_path("reader.js")),
        icon_href=href(urls.static_path("icon.svg")),
        manifest_href=href(urls.static_path("manifest.webmanifest")),
        home_href=href(urls.HOME),
        terms_href=href(urls.TERMS),
        about_href=href(urls.ABOUT),
        search_href=href(urls.SEARCH),
        data_href=href(urls.data_path("corpus.json")),
        canonical=urls.absolute(ctx.base_url, path) if ctx.base_url else None,
        og_type=og_type,
        simplified_href="./",
        traditional_href=href(urls.traditional_path(path)),
        traditional_canonical=(
            urls.absolute(ctx.base_url, urls.traditional_path(path)) if ctx.base_url else None
        ),
        breadcrumbs=breadcrumbs,
    )


def downloads(path: str, slug: str, seed_name: str) -> tuple[Link, ...]:
    """The data export of one document, linked from `path`."""
    return (
        Link(urls.relative(path, urls.data_path(f"{slug}.md")), "Markdown"),
        Link(urls.relative(path, urls.data_path(f"{slug}.txt")), "纯文本"),
        Link(urls.relative(path, urls.raw_seed_path(seed_name)), "原始文本"),
        Link(urls.relative(path, urls.data_path("corpus.json")), "全部文献 JSON"),
    )


# ---------------------------------------------------------------- document page


def _runs(runs: tuple[Run, ...], linker: TermLinker, unit: str, offset: int) -> list[RunView]:
    """Runs that start at `offset` in the link stage's unit `unit` (`link.texts`)."""
    pieces: list[RunView] = []
    for run in runs:
        if run.kind is RunKind.TEXT:
            pieces += linker.runs(unit, offset, run.text)
        else:
            pieces.append(RunView(run.kind.value, run.text))
        offset += len(run.text)
    return pieces


def section_label(section: Section, index: int) -> str:
    """A heading, or a name for an untitled section: 开篇, 结束语, 第N部分."""
    if section.heading:
        return section.heading
    blocks = section.blocks
    if blocks and all(
        not isinstance(block, Point) and block.role is ParagraphRole.CLOSING for block in blocks
    ):
        return "结束语"  # the closing address, on one line or more (`各位代表！` over its call)
    return "开篇" if index == 1 else f"第{index}部分"


def _pieces(
    body: Paragraph, cite: str, linker: TermLinker, unit: str, offset: int
) -> tuple[RunView, ...]:
    """A paragraph's runs, then each inline point's start, runs and end (the lead is the unit
    `unit` from `offset` on, after its marker; each inline point a unit of its own)."""
    pieces = _runs(body.runs, linker, unit, offset)
    for point in body.inline_points:
        marker = point.marker.text
        pieces.append(RunView("point", marker, point.id, f"{cite}，{marker}"))
        pieces += _runs(point.runs, linker, point.id, len(marker))
        pieces.append(RunView("end", ""))
    return tuple(pieces)


def _blocks(
    section: Section,
    depths: dict[str, int],
    cite: str,
    linker: TermLinker,
    related: dict[str, tuple[RelatedView, ...]],
) -> list[BlockView]:
    """The views of a section's blocks, each point at its depth (`Section.point_depths`)."""
    return [_block(b, cite, linker, related, depths.get(b.id, 1)) for b in section.blocks]


def _block(
    block: Block,
    cite: str,
    linker: TermLinker,
    related: dict[str, tuple[RelatedView, ...]],
    depth: int = 1,
) -> BlockView:
    body = block.body if isinstance(block, Point) else block
    ids = [block.id, *(point.id for point in body.inline_points)]
    near = tuple(view for unit in ids for view in related.get(unit, ()))
    if isinstance(block, Point):
        own = f"{cite}，{block.marker.label}"
        pieces = _pieces(block.body, own, linker, block.id, len(block.marker.text))
        return BlockView(
            block.id,
            "point",
            ParagraphRole.BODY.value,
            block.marker.text,
            pieces,
            own,
            near,
            depth=depth,
        )
    pieces = _pieces(block, cite, linker, block.id, 0)
    cells = row_cells(pieces) if block.role is ParagraphRole.ROW else ()
    figures = tuple(map(is_figure, cells))
    return BlockView(
        block.id, "paragraph", block.role.value, None, pieces, cite, near, cells, figures
    )


def _toc(
    sections: tuple[Section, ...], labels: list[str], depths: list[dict[str, int]]
) -> tuple[TocEntry, ...]:
    entries: list[TocEntry] = []
    for section, label, deep in zip(sections, labels, depths, strict=True):
        entries.append(TocEntry(urls.anchor(section.id), short(label, 30), section.level, None))
        for block in section.blocks:
            body = block.body if isinstance(block, Point) else block
            if deep.get(block.id, 1) > 1:
                continue  # a point under a point (（一） under 第十八条): its head is listed
            if isinstance(block, Point):
                text = short(body.text)
                entries.append(TocEntry(urls.anchor(block.id), text, 3, block.marker.label))
            elif body.inline_points:  # the paragraph that holds an enumeration heads it
                entries.append(TocEntry(urls.anchor(block.id), short(body.text), 3, None))
            for point in body.inline_points:
                text = short("".join(r.text for r in point.runs))
                entries.append(TocEntry(urls.anchor(point.id), text, 4, point.marker.text))
    return tuple(entries)


def _meta_rows(doc: Document) -> tuple[MetaRow, ...]:
    meta = doc.meta
    script = "繁体（已转为简体）" if meta.original_script.value == "traditional" else "简体"
    rows = [
        MetaRow("类型", meta.kind.label),
        MetaRow("作者", meta.author or "", urls.AUTHOR_ID),
        MetaRow("职务", meta.office or "", urls.OFFICE_ID),
        MetaRow("日期", meta.date or ""),
        MetaRow("地点", meta.place or ""),
        MetaRow("来源", meta.source or ""),
        MetaRow("原文字形", script),
    ]
    return tuple(row for row in rows if row.value)


def document_page(ctx: SiteContext, doc: Document, links: DocLinks) -> DocumentPage:
    """The view of a document's page but its links to its neighbours (`pager`): the page does
    not change when they do, only what goes in its pager slot."""
    path = urls.document_path(doc.slug)
    title = doc.meta.title
    labels = [section_label(s, i) for i, s in enumerate(doc.sections, 1)]
    depths = [s.point_depths() for s in doc.sections]  # for the sections and the contents
    linker, related = TermLinker(path, links), related_views(path, links)
    tables = itertools.count(1)
    sections = tuple(
        SectionView(
            s.id,
            s.level,
            s.heading,
            label,
            with_tables(
                _blocks(s, deep, f"《{title}》，{short(label)}", linker, related),
                tables,
            ),
            f"《{title}》，{short(label)}",
        )
        for s, label, deep in zip(doc.sections, labels, depths, strict=True)
    )
    home = Link(urls.relative(path, urls.HOME), "首页")
    return DocumentPage(
        page=page(ctx, path, title, doc.meta.description or short(title, 60), (home,), "article"),
        slug=doc.slug,
        title=title,
        title_derived=doc.meta.title_derived,
        subtitle=doc.meta.subtitle,
        kicker=doc.meta.kicker,
        epigraph=doc.meta.epigraph.text if doc.meta.epigraph else None,
        attribution=doc.meta.epigraph.attribution if doc.meta.epigraph else None,
        kind_label=doc.meta.kind.label,
        title_id=urls.TITLE_ID,
        subtitle_id=urls.SUBTITLE_ID,
        kicker_id=urls.KICKER_ID,
        epigraph_id=urls.EPIGRAPH_ID,
        note=doc.meta.note,
        note_label=note_label(doc.meta.note or ""),
        note_id=urls.NOTE_ID,
        meta=_meta_rows(doc),
        description_html=ctx.markdown(doc.meta.description) if doc.meta.description else None,
        sections=sections,
        toc=_toc(doc.sections, labels, depths),
        pager=PAGER_SLOT,
        notes=Link(
            urls.relative(path, urls.notes_path(doc.slug)), f"校勘记录（{len(doc.edits)} 处）"
        ),
        downloads=downloads(path, doc.slug, doc.seed.name),
        characters=characters(doc),
        highlight_href=urls.relative(path, urls.static_path("highlight.js")),
        terms=term_chips(path, links),
        terms_href=urls.relative(path, urls.TERMS),
        shares=share_views(path, links),
    )


def pager(slug: str, before: DocRef | None, after: DocRef | None) -> Pager:
    """The links from the page of `slug` to its neighbours in reading order."""
    path = urls.document_path(slug)
    return Pager(_doc_link(path, before), _doc_link(path, after))


def _doc_link(path: str, ref: DocRef | None) -> Link | None:
    return Link(urls.relative(path, urls.document_path(ref.slug)), ref.title) if ref else None


# ---------------------------------------------------------------- notes and home


def _groups(edits: tuple[Edit, ...]) -> tuple[EditGroup, ...]:
    order = list(RULE_LABELS)
    rules = sorted(
        {e.rule for e in edits}, key=lambda r: (order.index(r) if r in order else len(order), r)
    )
    groups = []
    for rule in rules:
        label, explanation = RULE_LABELS.get(rule, (rule, ""))
        views = tuple(EditView(e.line, e.before, e.after) for e in edits if e.rule == rule)
        groups.append(EditGroup(rule, label, explanation, emptied(rule), views))
    return tuple(groups)


def notes_page(ctx: SiteContext, doc: Document) -> NotesPage:
    path = urls.notes_path(doc.slug)
    doc_link = Link(urls.relative(path, urls.document_path(doc.slug)), doc.meta.title)
    crumbs = (Link(urls.relative(path, urls.HOME), "首页"), doc_link)
    return NotesPage(
        page=page(
            ctx, path, f"校勘记录 · {doc.meta.title}", f"《{doc.meta.title}》的全部整理改动", crumbs
        ),
        title=doc.meta.title,
        document=doc_link,
        raw_seed=Link(urls.relative(path, urls.raw_seed_path(doc.seed.name)), doc.seed.name),
        seed_name=doc.seed.name,
        total=len(doc.edits),
        groups=_groups(doc.edits),
    )


LISTED = 100
"""Documents a page of the collection lists: the home page the first hundred in reading order,
`page/2/` the next hundred, and so on. On one page, a collection of 5,000 generated documents
made a home page of 2.6 MB that Lighthouse's run timed out on (the browser took longer than
its protocol waits to lay it out), and 1,000 made one of 531 KB that scored 98 on a phone
(`python bench/lighthouse.py --seeds DIR --only home`)."""
SHOWN_AROUND = 2
"""Pages listed on each side of the current one in the list of pages (the first and the last
are always listed; a gap between is shown as …)."""


def list_pages(documents: int) -> int:
    """How many pages the collection's list takes (one at least: the home page)."""
    return max(1, -(-documents // LISTED))


def home_pages(ctx: SiteContext, cards: Sequence[DocumentCard], intro: str) -> list[HomePage]:
    """The pages of the collection: every document in reading order, `LISTED` to a page, the
    first of them the home page."""
    starts = _year_starts(cards)
    count = list_pages(len(cards))
    site_data = urls.data_path("corpus.json")
    made = []
    for number in range(1, count + 1):
        path = urls.list_path(number)
        first = (number - 1) * LISTED
        listed = cards[first : first + LISTED]
        entries = tuple(
            _entry(ctx, path, card, starts[first + i].anchor if first + i in starts else None)
            for i, card in enumerate(listed)
        )
        years = tuple(
            YearLink(year.label, year.count, _linked(path, index // LISTED + 1, year.anchor))
            for index, year in starts.items()
        )
        title, description = SITE_NAME, "工会工作文献的整理本：阅读、检索、下载。"
        crumbs: tuple[Link, ...] = ()
        if number > 1:
            title = f"文献（第 {number} 页）"
            description = f"{SITE_NAME}的全部文献，按日期排列：第 {number} 页，共 {count} 页。"
            crumbs = (Link(urls.relative(path, urls.HOME), "首页"),)
        made.append(
            HomePage(
                page=page(ctx, path, title, description, crumbs),
                intro_html=ctx.markdown(intro) if number == 1 else "",
                entries=entries,
                downloads=(Link(urls.relative(path, site_data), "全部文献（JSON）"),),
                years=years,
                total=len(cards),
                number=number,
                count=count,
                first=first + 1,
                pages=_page_links(path, number, count),
                previous=_linked(path, number - 1) if number > 1 else None,
                next=_linked(path, number + 1) if number < count else None,
            )
        )
    return made


def _entry(ctx: SiteContext, path: str, card: DocumentCard, anchor: str | None) -> Entry:
    return Entry(
        href=urls.relative(path, urls.document_path(card.slug)),
        title=card.title,
        kicker=card.kicker,
        kind_label=card.kind_label,
        place=card.place,
        date=card.date,
        author=card.author,
        characters=card.characters,
        sections=card.sections,
        points=card.points,
        description_html=ctx.markdown(card.description) if card.description else None,
        downloads=downloads(path, card.slug, card.seed_name)[:3],
        anchor=anchor,
    )


def _linked(path: str, number: int, anchor: str | None = None) -> str:
    """A link from the collection's page at `path` to its page `number` (to `anchor` on it)."""
    target = urls.list_path(number)
    fragment = f"#{anchor}" if anchor else ""
    if target == path and fragment:
        return fragment
    return urls.relative(path, target) + fragment


def _page_links(path: str, number: int, count: int) -> tuple[PageLink, ...]:
    """The list of the collection's pages as the page `number` shows it (none for one page):
    the first, the last and `SHOWN_AROUND` on each side of this one, a gap for the rest."""
    if count < 2:
        return ()
    shown = {1, count, *range(number - SHOWN_AROUND, number + SHOWN_AROUND + 1)}
    links: list[PageLink] = []
    for n in range(1, count + 1):
        if n in shown:
            links.append(PageLink(str(n), _linked(path, n), n == number))
        elif links[-1].href is not None:
            links.append(PageLink("…", None))
    return tuple(links)


YEAR_INDEX = 12
"""A home page lists its documents under an index by year from this many documents on, when
they span two years or more (a few documents need none)."""
UNDATED = "未注日期"


@dataclass(frozen=True)
class _YearStart:
    label: str  # 2024, or 未注日期
    count: int
    anchor: str  # y2024


def _year_starts(cards: Sequence[DocumentCard]) -> dict[int, _YearStart]:
    """Where each year starts in the collection (by the index of its first document; the
    documents are in date order, undated ones last), for a collection that needs an index by
    year; else none."""
    labels = [card.date[:4] if card.date else UNDATED for card in cards]
    counts = Counter(labels)
    if len(cards) < YEAR_INDEX or len(counts) < 2:
        return {}
    starts, seen = {}, set()
    for index, label in enumerate(labels):
        if label not in seen:
            seen.add(label)
            anchor = f"y{label}" if label != UNDATED else "y-undated"
            starts[index] = _YearStart(label, counts[label], anchor)
    return starts


def read_markdown(path: Path) -> str:
    return path.read_text(encoding="utf-8")
