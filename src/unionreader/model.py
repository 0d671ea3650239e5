"""Typed values passed between pipeline stages. Every value is frozen; a stage returns a new one."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

logger = logging.getLogger(__name__)


class Script(StrEnum):
    """The script a seed was written in."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"


class Kind(StrEnum):
    """What sort of text a document is; the value is the public key in corpus.json."""

    SPEECH = "speech"
    REPORT = "report"
    ARTICLE = "article"
    EDITORIAL = "editorial"
    NOTICE = "notice"
    DIGEST = "digest"
    TEXT = "text"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    Kind.SPEECH: "讲话",
    Kind.REPORT: "工作报告",
    Kind.ARTICLE: "文章",
    Kind.EDITORIAL: "评论",
    Kind.NOTICE: "公文",
    Kind.DIGEST: "报告解读",
    Kind.TEXT: "文本",
}


# ---------------------------------------------------------------- catalogue and reading


@dataclass(frozen=True)
class SeedMeta:
    """What the catalogue (or a format's own header) says of a seed; None where it says nothing."""

    title: str | None = None
    kind: Kind | None = None
    author: str | None = None
    date: str | None = None
    place: str | None = None
    source: str | None = None
    description: str | None = None
    reviewed: str | None = None  # a catalogue note that someone checked the outline


@dataclass(frozen=True)
class Seed:
    """One seed file and its catalogue entry (empty meta when it has none)."""

    path: Path
    slug: str
    meta: SeedMeta
    catalogued: bool

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Edit:
    """One change the normaliser made: rule, source line, text before and after ("" = removed)."""

    rule: str
    line: int
    before: str
    after: str


class Shape(StrEnum):
    """What a source format states a line is. Plain text states nothing (None)."""

    HEADING = "heading"  # with its level in the source: 1 = the top (# / Heading 1 / <h1>)
    ITEM = "item"  # an item of a numbered list; its marker is written at the start of the text
    BULLET = "bullet"  # an item of a list without numbers
    CONTINUED = "continued"  # a later paragraph or line of a list's item: no item of its own
    QUOTE = "quote"  # a block quotation
    ROW = "row"  # a table's row, its cells parted by spaces: never a heading, never joined
    PARAGRAPH = "paragraph"  # a paragraph the format delimits: never joined to its neighbours


PLAIN_SHAPES = frozenset({None, Shape.PARAGRAPH})
"""What a line is when its format says no more than that it is text (plain text's lines, a
paragraph a format delimits): the normaliser judges it as plain text."""

BOLD_LEVEL = 7
"""The level of a heading a format sets as a bold paragraph (Markdown's `**…**`, a page's
`<p><b>…</b></p>`): below every heading the format marks as one."""


@dataclass(frozen=True)
class Line:
    """One line of text with the number it has in its seed (1-based), and what the source's
    format says it is (None for plain text, where the normaliser decides)."""

    number: int
    text: str
    shape: Shape | None = None
    level: int = 0  # the source's heading level (1 = top) when shape is HEADING
    spaced: bool = False  # a blank line stands above it in a plain text
    indented: bool = False  # it opened with an indent (ideographic or two or more spaces)
    closed: bool = False  # the writer closed it as a paragraph (`<p>…</p>` in Markdown): no
    # page's end cut it, however it ends


@dataclass(frozen=True)
class RawText:
    """A read seed: numbered lines, what the format states about the text, and what reading left
    out (images, markup, link targets in Markdown; each an Edit).

    `encoding` names the encoding of a text file, or the format of any other (docx). Line
    numbers are lines of the file; in a Word document they count paragraphs. What a format
    states comes in two strengths: `stated` (Markdown front matter, written for this text)
    overrides what the text says; `fallback` (a web page's or a Word file's properties, often
    about the page or the file rather than the text) fills in only what the text does not say.
    """

    seed: Seed
    encoding: str
    lines: tuple[Line, ...]
    stated: SeedMeta = SeedMeta()
    edits: tuple[Edit, ...] = ()
    fallback: SeedMeta = SeedMeta()


# ---------------------------------------------------------------- normalisation


@dataclass(frozen=True)
class Pass:
    """What one normalisation rule returns: the lines after it and the edits it made."""

    lines: tuple[Line, ...]
    edits: tuple[Edit, ...] = ()


@dataclass(frozen=True)
class Facts:
    """Metadata the normaliser found in the text itself (None where the text has none)."""

    title: str | None = None
    kicker: str | None = None
    author: str | None = None
    date: str | None = None
    source: str | None = None
    author_note: str | None = None  # the author's office: （作者为…）, or beside a speaker's name
    subtitle: str | None = None  # ——在…上的讲话
    epigraph: str | None = None  # a quotation above the title
    attribution: str | None = None  # whose words the epigraph are (——习近平)
    note: str | None = None  # an editor's note or a lead before the text (编者按)
    place: str | None = None  # where the reporters wrote from (…/台中报导, 新华社乌鲁木齐…电)


@dataclass(frozen=True)
class Converted:
    """A text as it was written in Traditional script and as the normaliser converted it to
    Simplified, line for line and character for character (what `edition.readings` compares;
    converting it again there took a tenth of a build of 1,000 Traditional texts)."""

    written: str
    simplified: str


@dataclass(frozen=True)
class NormalText:
    """A seed after normalisation: one line per paragraph, canonical Simplified script."""

    seed: Seed
    script: Script
    lines: tuple[Line, ...]
    facts: Facts
    edits: tuple[Edit, ...]
    stated: SeedMeta = SeedMeta()  # what the format states for this text (front matter)
    fallback: SeedMeta = SeedMeta()  # what a page's or a file's properties say, if the text not
    converted: Converted | None = None  # a Traditional text's lines before and after conversion


# ---------------------------------------------------------------- structure


class RunKind(StrEnum):
    """The kinds of inline run a paragraph is made of."""

    TEXT = "text"
    REDACTION = "redaction"
    TERM = "term"


@dataclass(frozen=True)
class Run:
    """A stretch of inline text: plain, a redaction as written (`*`), or a term reference."""

    kind: RunKind
    text: str


class MarkerFamily(StrEnum):
    """How a numbered point or heading is marked: 第一编 / 第一部分 (or 第一章) / 第一节 / 第一，/
    一是 / 一要 / 一、/（一）/ 1．/ （1）/ ① / 第一条 (an article of a law or a charter)"""

    VOLUME = "volume"  # 第一编: a code's or a long regulation's part, over its chapters
    PART = "part"
    SECTION = "section"  # 第一节: a part of a chapter
    ROMAN = "roman"  # Ⅰ、 Ⅱ．: parts numbered in Roman numerals, over 一、
    FORMAL = "formal"  # 壹、 贰、: parts numbered in the formal numerals, over 一、
    DI = "di"
    SHI = "shi"
    YAO = "yao"
    DUN = "dun"
    PAREN = "paren"
    ARABIC = "arabic"
    ARABIC_PAREN = "arabic-paren"
    CIRCLED = "circled"  # ① ⑴ ⒈ ❶: the lowest rank of a report's ladder
    ARTICLE = "article"


@dataclass(frozen=True)
class Marker:
    """An ordinal marker as written, with its family and its ordinal as a number."""

    text: str
    family: MarkerFamily
    ordinal: int

    @property
    def label(self) -> str:
        """The marker in a citation or the outline: without the space an article's number is
        parted from its text by (第一条　)."""
        return self.text.rstrip(" \t\u3000\u00a0")


def runs_text(runs: tuple[Run, ...]) -> str:
    """The plain text of a sequence of runs."""
    return "".join(run.text for run in runs)


@dataclass(frozen=True)
class InlinePoint:
    """A point of an enumeration that runs inside one paragraph (…：一是…；二是…)."""

    id: str
    marker: Marker
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return self.marker.text + runs_text(self.runs)


class ParagraphRole(StrEnum):
    """What a paragraph does: running text, an opening salutation, a closing address, a table's
    row, a quotation, or an item of a list without numbers."""

    BODY = "body"
    SALUTATION = "salutation"
    CLOSING = "closing"
    ROW = "row"  # a table's row, its cells parted by tabs (`tables`): shown with its table
    QUOTE = "quote"  # a quotation the format marks (Markdown's `>`, a page's <blockquote>)
    ITEM = "item"  # an item of a list without numbers the format marks (`- `, <ul><li>, Word's)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: its lead runs, then any inline points it enumerates."""

    id: str
    line: int
    runs: tuple[Run, ...]
    inline_points: tuple[InlinePoint, ...] = ()
    role: ParagraphRole = ParagraphRole.BODY

    @property
    def text(self) -> str:
        return runs_text(self.runs) + "".join(p.text for p in self.inline_points)


@dataclass(frozen=True)
class Point:
    """A numbered point: its marker, then its text as a paragraph (which may hold inline points)."""

    id: str
    line: int
    marker: Marker
    body: Paragraph

    @property
    def text(self) -> str:
        return self.marker.text + self.body.text


Block = Paragraph | Point


@dataclass(frozen=True)
class Section:
    """A heading (None for an untitled section) at level 1 or 2, and its blocks."""

    id: str
    level: int
    heading: str | None
    line: int
    blocks: tuple[Block, ...]

    def point_depths(self) -> dict[str, int]:
        """How deep each point (by id) stands: 1 in the family of numbers the section counts
        with first, 2 in another one under a point of it (`（一）` under `第十八条`), and so on;
        back to a family met above, back to its depth (the next `第十九条`)."""
        depths: dict[str, int] = {}
        open_families: list[MarkerFamily] = []
        for block in self.blocks:
            if not isinstance(block, Point):
                continue
            family = block.marker.family
            if family in open_families:
                del open_families[open_families.index(family) + 1 :]
            else:
                open_families.append(family)
            depths[block.id] = len(open_families)
        return depths


class TitleFrom(StrEnum):
    """Where a document's title comes from."""

    TEXT = "text"  # a title line of the text
    FORMAT = "format"  # front matter, document properties, the page's title
    CATALOGUE = "catalogue"
    FIRST_WORDS = "first-words"  # nothing gave one: the first words of the text


@dataclass(frozen=True)
class Epigraph:
    """A quotation above the title, and whose words they are."""

    text: str
    attribution: str | None


@dataclass(frozen=True)
class DocumentMeta:
    """Everything known about a document besides its text."""

    title: str
    title_from: TitleFrom
    kicker: str | None
    kind: Kind
    author: str | None
    office: str | None
    date: str | None
    place: str | None
    source: str | None
    original_script: Script
    description: str | None
    subtitle: str | None = None
    epigraph: Epigraph | None = None
    note: str | None = None  # an editor's note before the text (编者按)
    reviewed: str | None = None  # the catalogue's note that the outline was checked

    @property
    def title_derived(self) -> bool:
        """Whether the title is not the source's own (the catalogue's, or the first words)."""
        return self.title_from in (TitleFrom.CATALOGUE, TitleFrom.FIRST_WORDS)


@dataclass(frozen=True)
class Reading:
    """How a text written in Traditional script spells one character where the edition's
    conversion spells it otherwise (a name: 王郁琦, not 王鬱琦; its usage: 計畫, 夥伴): the
    character at `at` of `window`, a stretch of the canonical (Simplified) text (two to five
    Chinese characters; a whole title for `edition.readings.in_title`), is `char`."""

    window: str
    at: int
    char: str


@dataclass(frozen=True)
class Readings:
    """A document's `Reading`s (`edition.readings`): none for a text written in Simplified.
    A page that shows other documents' titles (`titles`) shows each as its own page does: its
    document's readings stop at them, and theirs (among `entries`) apply."""

    entries: tuple[Reading, ...] = ()
    titles: tuple[str, ...] = ()


NO_READINGS = Readings()


@dataclass(frozen=True)
class Document:
    """One structured, normalised document."""

    slug: str
    seed: Path
    meta: DocumentMeta
    sections: tuple[Section, ...]
    edits: tuple[Edit, ...]
    readings: Readings = NO_READINGS  # how its Traditional source spells it


# ---------------------------------------------------------------- output


@dataclass(frozen=True)
class OutputFile:
    """A file of the built site: its path below the site root (POSIX, relative) and its bytes."""

    path: str
    content: bytes
