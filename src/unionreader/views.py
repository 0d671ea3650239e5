"""View models: the frozen values templates receive. Templates only loop, test and print them.

Every href is already relative to the page it appears on; every text is plain text (Jinja
escapes it) except fields named `*_html`, which are Markdown rendered by markdown-it-py.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Link:
    href: str
    label: str


@dataclass(frozen=True)
class Page:
    """What every page has: <head> data, site navigation and breadcrumbs."""

    path: str  # the site path of this page, e.g. d/<slug>/index.html
    lang: str  # zh-Hans
    site_name: str
    title: str  # the page's own title (the <title> adds the site name)
    description: str
    root: str  # relative prefix to the site root: ./ or ../../
    css_href: str
    js_href: str
    icon_href: str  # static/icon.svg
    manifest_href: str  # static/manifest.webmanifest
    home_href: str
    terms_href: str
    about_href: str
    search_href: str
    data_href: str  # corpus.json
    canonical: str | None  # absolute URL when --base-url is given
    og_type: str  # website | article
    simplified_href: str  # this page in each edition, relative (the Traditional page's are
    traditional_href: str  # set when it is converted: edition/page.py)
    traditional_canonical: str | None  # absolute URL of the Traditional page
    breadcrumbs: tuple[Link, ...]  # from home to the parent of this page


@dataclass(frozen=True)
class RunView:
    """A piece of a block's text in reading order: a run (kind text, redaction or term), or the
    start of an inline point (kind point: `text` is its marker) or its end (kind end). One flat
    sequence, so the template prints a block in one loop."""

    kind: str  # text | redaction | term | point | end
    text: str
    id: str = ""  # an inline point's anchor
    cite: str = ""  # an inline point's citation: 《title》，section，point (the URL is added)
    href: str = ""  # a term's page


@dataclass(frozen=True)
class RelatedView:
    """A passage of another document that re-uses text of this block."""

    href: str  # the other document's unit, the shared text highlighted on arrival
    title: str
    date: str | None
    before: str
    shared: str
    after: str
    characters: int


@dataclass(frozen=True)
class BlockView:
    id: str
    kind: str  # paragraph | point
    role: str  # body | salutation | closing | row (points: body)
    marker: str | None  # points only, as written: 一是 / 第一， / （一）
    runs: tuple[RunView, ...]  # the text after the marker, inline points included
    cite: str
    related: tuple[RelatedView, ...] = ()
    cells: tuple[tuple[RunView, ...], ...] = ()  # a table's row: the runs of each cell
    figures: tuple[bool, ...] = ()  # a table's row: whether each cell is a figure (set right)
    depth: int = 1  # a point's: 2 under a point of another family (`Section.point_depths`)


@dataclass(frozen=True)
class TableView:
    """A table's rows (paragraphs of role row, one under the other), shown as one table: the
    first row as its head when it names the columns."""

    rows: tuple[BlockView, ...]
    head: bool
    number: int  # its place among the document's tables, from 1 (each names its region)
    caption: BlockView | None = None  # the paragraph right above it that names it: 表1 …
    figure_columns: tuple[bool, ...] = ()  # the columns of figures (their heads set right too)
    kind: str = "table"


@dataclass(frozen=True)
class SectionView:
    id: str
    level: int  # 1 | 2
    heading: str | None  # None: untitled (then `label` names it in the table of contents)
    label: str
    blocks: tuple[BlockView | TableView, ...]
    cite: str


@dataclass(frozen=True)
class TocEntry:
    href: str  # #id
    label: str
    depth: int  # 1 section, 2 subsection, 3 point, 4 inline point
    marker: str | None


@dataclass(frozen=True)
class MetaRow:
    label: str  # 类型 / 作者 / 职务 / 日期 / 地点 / 来源 / 原文字形
    value: str
    id: str | None = None  # set on the rows that search indexes (作者, 职务)


@dataclass(frozen=True)
class DocumentPage:
    page: Page
    slug: str
    title: str
    title_derived: bool
    subtitle: str | None
    kicker: str | None
    epigraph: str | None
    attribution: str | None
    kind_label: str
    title_id: str  # the ids search results link to
    subtitle_id: str
    kicker_id: str
    epigraph_id: str
    note: str | None  # 编者按, or a law's 题注
    note_label: str
    note_id: str
    meta: tuple[MetaRow, ...]
    description_html: str | None
    sections: tuple[SectionView, ...]
    toc: tuple[TocEntry, ...]
    pager: str  # where the links to the neighbours go (`Pager`, spliced in by `render.link`)
    notes: Link
    downloads: tuple[Link, ...]  # Markdown, plain text, raw seed, corpus.json
    characters: int
    highlight_href: str  # static/highlight.js: marks ?hl=<phrase> on arrival from search
    terms: tuple[TermChip, ...]  # the terms it uses, most used first
    terms_href: str  # the term index
    shares: tuple[ShareView, ...]  # what it shares with other documents, most first


@dataclass(frozen=True)
class Pager:
    """The links from a document page to its neighbours in reading order."""

    previous: Link | None
    next: Link | None


@dataclass(frozen=True)
class EditView:
    line: int
    before: str
    after: str  # "" when the line was removed or moved to metadata


@dataclass(frozen=True)
class EditGroup:
    rule: str
    label: str  # Chinese name of the rule
    explanation: str
    emptied: str  # what an empty `after` means here: （删去） or （移入元数据）
    edits: tuple[EditView, ...]


@dataclass(frozen=True)
class NotesPage:
    page: Page
    title: str
    document: Link
    raw_seed: Link
    seed_name: str
    total: int
    groups: tuple[EditGroup, ...]


@dataclass(frozen=True)
class Entry:
    """One document on the home page."""

    href: str
    title: str
    kicker: str | None
    kind_label: str
    place: str | None
    date: str | None
    author: str | None  # the author, else the office
    characters: int
    sections: int
    points: int
    description_html: str | None
    downloads: tuple[Link, ...]
    anchor: str | None = None  # the first of its year's: the year index links here


@dataclass(frozen=True)
class YearLink:
    """A year of the home page's index: how many documents it holds, and where they start."""

    label: str  # 2024, or 未注日期
    count: int
    href: str  # #y2024


@dataclass(frozen=True)
class PageLink:
    """A page of the collection in the list of its pages (`href` None: the gap of pages left
    out between two that are listed, shown as …)."""

    label: str
    href: str | None
    current: bool = False


@dataclass(frozen=True)
class HomePage:
    """A page of the collection: the home page (its first, with the introduction and the search
    form), or one of those after it (`page/2/` …), each listing its share of the documents."""

    page: Page
    intro_html: str  # the first page's alone ("" on the others)
    entries: tuple[Entry, ...]  # this page's documents
    downloads: tuple[Link, ...]  # corpus.json
    years: tuple[YearLink, ...] = ()  # an index by year, for a collection long enough to need one
    total: int = 0  # the documents of the whole collection
    number: int = 1  # this page's number, from 1
    count: int = 1  # how many pages the collection's list takes
    first: int = 1  # the number of this page's first document in the collection
    pages: tuple[PageLink, ...] = ()  # the collection's pages, when it has more than one
    previous: str | None = None  # the page before, relative
    next: str | None = None  # the page after, relative


@dataclass(frozen=True)
class ProsePage:
    """About (Markdown) and similar pages."""

    page: Page
    body_html: str


@dataclass(frozen=True)
class NotFoundPage:
    page: Page
    base_href: str  # absolute path of the site root (/ or /unionreader/), for <base>
    tops: str  # the site's top folders, space-separated (templates/inline/root.js)


@dataclass(frozen=True)
class TermChip:
    """A term as a list shows it: its page, its text and a count."""

    href: str
    text: str
    count: int


@dataclass(frozen=True)
class ShareView:
    href: str
    title: str
    characters: int
    percent: float


@dataclass(frozen=True)
class Bar:
    """One bar of a term's chart: a document's uses, drawn at x with this height."""

    x: float
    width: float
    height: float
    label: str  # 《title》（date）：n 次


class Occurrence(NamedTuple):
    """An occurrence of a term in context (a tuple: a term page shows thousands)."""

    href: str  # the unit, the term highlighted on arrival
    before: str
    text: str
    after: str


@dataclass(frozen=True)
class TermGroup:
    """The occurrences of a term in one document."""

    href: str
    title: str
    date: str | None
    count: int
    occurrences: tuple[Occurrence, ...]  # those shown in context (a long list stops showing)
    marked: str  # the document with every use of the term highlighted, from its first

    @property
    def more(self) -> int:
        """Uses not shown in context."""
        return self.count - len(self.occurrences)


@dataclass(frozen=True)
class TermPage:
    page: Page
    text: str
    source: str  # how it was found, in Chinese
    variants: tuple[str, ...]
    count: int
    documents: int
    chart_width: int
    chart_height: int
    bars: tuple[Bar, ...]
    summary: str  # the chart's text alternative
    groups: tuple[TermGroup, ...]  # documents with uses shown in context
    others: tuple[TermGroup, ...]  # then documents named with their counts
    rest_documents: int  # then documents only counted (all of them are in terms.json)
    rest_count: int
    listed: int  # occurrences shown in context
    index_href: str
    data_href: str  # data/terms.json


@dataclass(frozen=True)
class TermRow:
    href: str
    text: str
    count: int
    documents: int
    pinyin: str  # without tones, for filtering
    order: int  # its place in pinyin order
    source: str


@dataclass(frozen=True)
class TermIndexPage:
    page: Page
    rows: tuple[TermRow, ...]  # by frequency
    data_href: str  # data/terms.json
    script_href: str  # static/terms.js
