"""Word seeds (`.docx`): paragraphs, headings and numbered lists read with python-docx.

- A paragraph in a heading style (Heading 1–9, or Title: `_TITLE_STYLE`) is a HEADING line with
  its level (Title is level 0); so is one a template's own style files at an outline level
  (`w:outlineLvl`: a standard's 章标题 and 条标题, a 公文 template's 一级标题), one level below it.
- A paragraph Word numbers itself (a numbered list, or an outline numbering such as `一、`) gets
  its number written at its start as Word shows it (`一、`, `（一）`, `1.`): Chinese, decimal, Latin
  and Roman counting and circled numbers, counted per list and level as Word counts them (a list
  restarted, `w:startOverride`, from its start again). An item
  that is a sentence is an ITEM line; a short one is left for the structure rules to judge (it may
  be a heading). Bullets are BULLET lines.
- A paragraph's text is what Word shows: also a box or a tick set in Wingdings (`w:sym`, □ ☑),
  the runs inside tracked insertions, smart tags
  (a Chinese Word's date), content controls and simple fields, and a character under its
  phonetic guide (`_shown_text`), not a tracked deletion's, nor the guide's reading; the
  paragraphs of a content control around whole paragraphs are read, and a text box's
  paragraphs follow the paragraph that anchors it. Footnotes and endnotes are marked `[1]` in
  their sentence and kept as paragraphs at the end (`_Notes`), as Markdown's are.
- A line break (`w:br`) stays in its paragraph, except above the running text (the paragraphs
  before the first with a sentence's end), where it parts a label from what it labels as
  separate paragraphs would (`附件1`, a break and the title are two lines of one number) and
  joins a headline broken in two into one line (`_header`), and before a numbered item, which
  is a line of its own (`_listed`).
- Other paragraphs are plain lines; hard-wrapped paragraphs (a PDF pasted into Word) are rejoined
  by the normaliser as in plain text, and empty paragraphs (a run of them) are a blank line, as
  in plain text: a paragraph does not run across them into a heading below. Each row of a
  table is one line, its cells separated by a space (a cell merged across columns in the first
  of them, the others empty). Line numbers count paragraphs (and table rows) from 1.
- The document properties give the title (not the author: Word names there whoever made the
  file, often not who wrote the text).
- A body held as a page in HTML (`w:altChunk`: an HTML or MHT part, as laws from the national
  law database come) is read as a saved page is (`html.read_page`).
- A package that names parts it does not hold (WPS names a picture taken out `../NULL`) is read
  without them, with a warning.

Errors name the file:

    seeds/x.docx: is not a Word document (.docx): not a zip package
    seeds/x.docx: has no text
"""

from __future__ import annotations

import email
import email.policy
import io
import logging
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from unionreader.chinese import SENTENCE_END, has_han, numeral
from unionreader.errors import SeedError
from unionreader.markers import leading_marker
from unionreader.model import Edit, Line, RawText, Seed, SeedMeta, Shape
from unionreader.sources.text import read_bytes
from unionreader.tables import row_text

logger = logging.getLogger(__name__)

FORMAT = "docx"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_FORMAL = "壹贰叁肆伍陆柒捌玖拾"
ENCLOSED = 20
"""Counts Unicode has a bracketed or a dotted figure for (⑴ … ⒇, ⒈ … ⒛)."""


def read_docx(seed: Seed) -> RawText:
    """Read a Word document into shaped lines and the metadata its properties state."""
    document = _open(seed)
    numbers = _Numbering(document)
    lines: list[Line] = []
    edits: list[Edit] = []
    notes = _Notes.of(document)
    running = False  # the running text has begun: a paragraph with a sentence's end
    for number, block in enumerate(_blocks(document, numbers, notes), start=1):
        if block.contents:
            edits.append(Edit("docx.contents", number, block.text, ""))
        elif block.text.strip():
            running = running or bool(_SENTENCE_END.search(block.text))
            if block.shape is Shape.ROW:
                pieces = [block.text]
            else:
                pieces = _listed(block.text) if running else _header(block.text)
            lines += [Line(number, piece, block.shape, block.level) for piece in pieces]
        elif lines and lines[-1].text:
            lines.append(Line(number, ""))  # an empty paragraph: a blank line, as in a text
    lines += notes.lines(len(lines) and lines[-1].number)
    if not lines and (chunk := _alt_chunk(document)) is not None:
        from unionreader.sources.html import read_page  # the HTML reader loads its libraries

        return read_page(seed, chunk)
    if not lines:
        raise SeedError("has no text", seed.path)
    return RawText(seed, FORMAT, tuple(lines), edits=tuple(edits), fallback=_properties(document))


def _listed(text: str) -> list[str]:
    """A paragraph of the running text as its lines: one, its breaks kept, but where a break
    opens a numbered item (`3.劳务篇`, a break, `1） 离职：…`, a break, `2） 劝退：…`: a part's
    heading and its rules, set in one paragraph with Word's line breaks), which is a line of
    its own."""
    pieces = text.split("\n")
    lines = [pieces[0]]
    for piece in pieces[1:]:
        if leading_marker(piece.strip()) is not None and lines[-1].strip():
            lines.append(piece.strip())
        else:
            lines[-1] += "\n" + piece
    return lines


def _header(text: str) -> list[str]:
    """The lines of a paragraph above the running text where Word breaks its line: a label
    and what it labels, parted (`附件1`, a break, the title: two lines, as separate paragraphs
    would set them), or one headline broken in two, joined (`全新合規…HashKey PRO`, a break,
    `將在第二季度正式上線，…`: one title)."""
    pieces = [piece.strip() for piece in text.split("\n") if piece.strip()]
    if len(pieces) < 2:
        return [text]
    if len(pieces) > 2 or any(
        len(piece) <= HEADER_LABEL or _FIELDISH.search(piece) for piece in pieces
    ):
        return pieces  # a label over its title, a name under it, fields (`- 时间：…`)
    joined = pieces[0]
    for piece in pieces[1:]:  # a space where Latin letters stand either side (PRO 將在…)
        joined += (" " if joined[-1].isascii() or piece[0].isascii() else "") + piece
    return [joined]


_FIELDISH = re.compile(r"^[-•·*]|[:：]")
"""A line of a list or a field: no half of a headline."""
HEADER_LABEL = 8
"""A label over a title in one paragraph (`附件1`, `【新聞稿】`), or a name or a date under it,
is at most this long."""


_SENTENCE_END = re.compile(r"[。！？!?]")


def _alt_chunk(document: WordDocument) -> bytes | None:
    """The page a document's body holds in HTML (`w:altChunk`: an HTML or MHT part, which Word
    shows as the body, as laws downloaded from the national database and some "export to Word"
    buttons make them), or None. Its chunks' pages, joined."""
    pages: list[str] = []
    for chunk in document.element.body.iter(qn("w:altChunk")):
        part = document.part.related_parts.get(chunk.get(qn("r:id")))
        if part is None:
            continue
        blob: bytes = part.blob
        if (
            blob.lstrip()[:12].lower().startswith(b"mime-version")
            or b"multipart/related" in blob[:500]
        ):
            html = _mht_page(blob)
        else:
            html = blob.decode("utf-8", errors="replace")
        if html:
            pages.append(html)
    return "\n".join(pages).encode("utf-8") if pages else None


def _mht_page(blob: bytes) -> str | None:
    """The HTML of a web archive (MHT: a MIME message of the page and its files)."""
    message = email.message_from_bytes(blob, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            content = part.get_content()
            return content if isinstance(content, str) else None
    return None


def _open(seed: Seed) -> WordDocument:
    data = read_bytes(seed.path)  # a missing or unreadable file says so
    if not data.startswith(b"PK"):
        raise SeedError("is not a Word document (.docx): not a zip package", seed.path)
    try:
        try:
            return docx.Document(io.BytesIO(data))
        except KeyError:  # a part the package names and does not hold (WPS's "../NULL" for a
            repaired = _without_missing_parts(data)  # picture taken out): read without it
            if repaired is None:
                raise
            document = docx.Document(io.BytesIO(repaired.data))
            logger.warning(
                "%s: names parts it does not hold (%s); read without them",
                seed.path,
                ", ".join(repaired.missing),
            )
            return document
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        reason = str(error) or type(error).__name__
        raise SeedError(f"is not a Word document (.docx): {reason}", seed.path) from None
    except etree.XMLSyntaxError as error:
        raise SeedError(f"is a damaged Word document: {error}", seed.path) from None
    except OSError as error:
        raise SeedError(f"cannot be read: {error.strerror or error}", seed.path) from None


@dataclass(frozen=True)
class _Repaired:
    """A Word package with its relationships to missing parts taken out, and those parts."""

    data: bytes
    missing: tuple[str, ...]


_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAIN = "/officeDocument"
"""How the type of the relationship to the main document part ends (a package without that
part is no Word document: it is never taken out)."""


def _without_missing_parts(data: bytes) -> _Repaired | None:
    """The package `data` without the relationships (of any part but to the main document)
    whose target it does not hold, or None if it has none or is no zip package."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = {name: package.read(name) for name in package.namelist()}
    except (zipfile.BadZipFile, OSError):
        return None
    missing: list[str] = []
    for name, content in parts.items():
        if not name.endswith(".rels"):
            continue
        try:
            root = etree.fromstring(content)
        except etree.XMLSyntaxError:
            continue
        base = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels: from word/
        gone = [
            relation
            for relation in root.iter(_RELATIONSHIPS)
            if relation.get("TargetMode") != "External"
            and not (relation.get("Type") or "").endswith(_MAIN)
            and _target(base, relation.get("Target") or "") not in parts
        ]
        for relation in gone:
            missing.append(relation.get("Target") or "")
            root.remove(relation)
        if gone:
            parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    if not missing:
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return _Repaired(out.getvalue(), tuple(missing))


def _target(base: str, target: str) -> str:
    """A relationship's target as a name in the package."""
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(base, target))


@dataclass(frozen=True)
class _Block:
    """A paragraph or a table's row as read: its text and shape, and whether it is an entry of
    a table of contents Word made (style `toc 1`, `TOC Heading`), which goes: the reader's own
    table of contents lists the same headings."""

    text: str
    shape: Shape | None = None
    level: int = 0
    contents: bool = False


def _blocks(document: WordDocument, numbers: _Numbering, notes: _Notes) -> Iterator[_Block]:
    body = document._body
    for item in _block_items(body._element, body):
        if isinstance(item, Table):
            yield from _rows(item, notes)
        else:
            yield _paragraph(item, numbers, notes)
            for box in _text_boxes(item._p):  # 文本框内文字: each of its paragraphs, after
                yield from (_paragraph(WordParagraph(p, body), numbers, notes) for p in box)


_SDT, _SDT_CONTENT, _CUSTOM = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NOT_SHOWN = frozenset({qn("w:del"), qn("w:moveFrom"), qn("w:pPr"), _MC_FALLBACK})
"""What a paragraph holds that Word does not show as its text: a tracked deletion, text moved
away, the paragraph's properties, and the fallback of content shown otherwise (a text box's
second copy, for programs that read no DrawingML)."""


def _block_items(container: etree._Element, parent: object) -> Iterator[WordParagraph | Table]:
    """The paragraphs and tables of a body or a cell in order, those inside content controls
    (`w:sdt`, a template's fields: a title, a date) and custom XML too, which python-docx's own
    iteration passes over."""
    for child in container:
        if child.tag == qn("w:p"):
            yield WordParagraph(child, parent)  # type: ignore[arg-type]
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)  # type: ignore[arg-type]
        elif child.tag == _SDT and (content := child.find(_SDT_CONTENT)) is not None:
            yield from _block_items(content, parent)
        elif child.tag == _CUSTOM:
            yield from _block_items(child, parent)


def _shown_text(element: etree._Element, notes: _Notes | None = None) -> str:
    """The text Word shows of a paragraph: its runs' (python-docx's reading of each run: tabs
    and line breaks as characters), also those inside tracked insertions, smart tags (a Chinese
    Word's date: `<w:smartTag w:element="chsdate">`), content controls, simple fields and
    links, and the characters under a phonetic guide (`w:rubyBase`; not the guide's reading);
    not a tracked deletion's, nor a text box's (`_text_boxes`)."""
    parts: list[str] = []
    for child in element:
        if child.tag == qn("w:r"):
            parts.append(child.text + "".join(map(_symbol, child.iterchildren(qn("w:sym")))))
            for ruby in child.iterchildren(qn("w:ruby")):  # 恕 under its guide, shù: the 恕
                if (base := ruby.find(qn("w:rubyBase"))) is not None:
                    parts.append(_shown_text(base, notes))
            if notes is not None:
                parts += [notes.mark(ref) for ref in child if ref.tag in _NOTE_REFERENCES]
        elif child.tag not in _NOT_SHOWN:
            parts.append(_shown_text(child, notes))
    return "".join(parts)


_NOTE_REFERENCES = {qn("w:footnoteReference"): "footnotes", qn("w:endnoteReference"): "endnotes"}


def _symbol(sym: etree._Element) -> str:
    """The character a symbol font's code stands for (`<w:sym w:font="Wingdings 2"
    w:char="00A3"/>`: □, a form's box to tick), or nothing for one not known. Word keeps the
    code apart from the text, so the box had gone and the choices run together (`有源无源`)."""
    font = str(sym.get(qn("w:font")) or "").lower()
    code = int(str(sym.get(qn("w:char")) or "0"), 16) & 0xFF  # F0A3 and 00A3 alike
    return _SYMBOLS.get((font, code), "")


_SYMBOLS = {
    ("wingdings", 0x6F): "□", ("wingdings", 0xA8): "□", ("wingdings", 0xFE): "☑",
    ("wingdings", 0xFD): "☒", ("wingdings", 0xFC): "✓", ("wingdings", 0xFB): "✗",
    ("wingdings 2", 0xA3): "□", ("wingdings 2", 0x52): "☑", ("wingdings 2", 0x53): "☒",
    ("wingdings 2", 0x50): "✓", ("wingdings 2", 0x4F): "✗",
}  # fmt: skip
"""The boxes, ticks and crosses forms set in Wingdings (its code's low byte: Word writes them
with or without the symbol area's F0)."""


@dataclass
class _Notes:
    """A document's footnotes and endnotes: the text of each, and the order the text marks
    them in (a note's mark is `[1]` in the sentence and the note a paragraph at the end, as a
    Markdown file's footnotes are)."""

    texts: dict[tuple[str, str], str]
    marked: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def of(cls, document: WordDocument) -> _Notes:
        texts: dict[tuple[str, str], str] = {}
        for rel in document.part.rels.values():
            kind = rel.reltype.rsplit("/", 1)[-1]
            if kind not in _NOTE_REFERENCES.values() or rel.is_external:
                continue
            root = parse_xml(rel.target_part.blob)  # python-docx's elements: its runs' text
            for note in root:
                if note.get(qn("w:type")) in ("separator", "continuationSeparator"):
                    continue
                text = "".join(_shown_text(p) for p in note.iter(qn("w:p"))).strip()
                if text:
                    texts[(kind, str(note.get(qn("w:id"))))] = text
        return cls(texts)

    def mark(self, reference: etree._Element) -> str:
        key = (_NOTE_REFERENCES[reference.tag], str(reference.get(qn("w:id"))))
        if key not in self.texts:
            return ""
        if key not in self.marked:
            self.marked.append(key)
        return f"[{self.marked.index(key) + 1}]"

    def lines(self, after: int) -> list[Line]:
        """The notes marked, in order, as paragraphs numbered on from line `after`."""
        return [
            Line(after + n, f"[{n}]{self.texts[key]}", Shape.PARAGRAPH)
            for n, key in enumerate(self.marked, start=1)
        ]


def _text_boxes(paragraph: etree._Element) -> list[list[etree._Element]]:
    """The paragraphs of each text box anchored in `paragraph` (a 公文 template's issuer, its
    number or a signature block may stand in one), each box once."""
    boxes: list[list[etree._Element]] = []
    for content in paragraph.iter(qn("w:txbxContent")):
        if any(ancestor.tag == _MC_FALLBACK for ancestor in content.iterancestors()):
            continue  # the same box again, for programs that read no DrawingML
        boxes.append([p for p in content.iter(qn("w:p"))])
    return boxes


def _rows(table: Table, notes: _Notes) -> Iterator[_Block]:
    """A table's rows, each followed by the rows of the tables inside its cells (a form's list
    of names in a cell of its own, 团队成员名单 over them), which are rows of their own."""
    for row in table.rows:
        cells = [cell for cell in _spanned(row.cells)]
        yield _Block(
            row_text([_cell_text(cell, notes) if cell else "" for cell in cells]), Shape.ROW
        )
        for cell in cells:
            items = _block_items(cell._tc, cell) if cell else iter(())
            for inner in (item for item in items if isinstance(item, Table)):
                yield from _rows(inner, notes)


def _cell_text(cell: _Cell, notes: _Notes) -> str:
    """A table cell's text as Word shows it, its paragraphs one to a line (the tables inside it
    are rows after its own: `_rows`)."""
    items = _block_items(cell._tc, cell)
    paragraphs = (item for item in items if isinstance(item, WordParagraph))
    return "\n".join(_shown_text(item._p, notes) for item in paragraphs)


def _spanned(cells: list[_Cell]) -> list[_Cell | None]:
    """A row's cells, one to a column of the table's grid: a cell merged across columns
    (`w:gridSpan`), which python-docx lists once per column it spans, holds its text in the
    first and leaves the others empty (None), so that the columns under a heading that spans
    two stay under their headings; the row's last cell spans to its end with nothing after it."""
    spanned = [None if at and cell == cells[at - 1] else cell for at, cell in enumerate(cells)]
    while spanned and spanned[-1] is None:
        spanned.pop()
    return spanned


_CONTENTS_STYLE = re.compile(r"^(?:toc\b|目录)", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|标题|大标题|主标题|文章标题|文档标题)$", re.I)
"""A title's style: Word's own (Title) or one a Chinese template names so (大标题)."""


def _paragraph(paragraph: WordParagraph, numbers: _Numbering, notes: _Notes) -> _Block:
    text = _shown_text(paragraph._p, notes).replace("\t", " ")
    style = paragraph.style.name if paragraph.style is not None else ""
    if _CONTENTS_STYLE.match(style):
        return _Block(text, contents=True)
    if _TITLE_STYLE.match(style):
        return _Block(text, Shape.HEADING, 0)
    if heading := _HEADING_STYLE.match(style or ""):
        return _Block(
            (numbers.prefix(paragraph) or "") + text, Shape.HEADING, int(heading.group(1))
        )
    if (outline := _outline_level(paragraph)) is not None:  # 章标题, 一级条标题: headings of
        # a template that names its own styles, by the outline level Word files them under
        return _Block((numbers.prefix(paragraph) or "") + text, Shape.HEADING, outline + 1)
    prefix = numbers.prefix(paragraph)
    if prefix is None:
        return _Block(text)
    if prefix == "":
        return _Block(text, Shape.BULLET)
    sentence = any(mark in text for mark in SENTENCE_END)
    return _Block(prefix + text, Shape.ITEM if sentence else None)


BODY_LEVEL = 9
"""The outline level of body text (`w:outlineLvl` 0–8 files a paragraph under a heading's)."""


def _outline_level(paragraph: WordParagraph) -> int | None:
    """The outline level the paragraph or its style (or a style it is based on) gives it, if it
    is a heading's (0 the top), else None."""
    for holder in (paragraph._p.pPr, *_style_pprs(paragraph)):
        found = holder.find(qn("w:outlineLvl")) if holder is not None else None
        if found is not None:
            level = int(found.get(qn("w:val"), str(BODY_LEVEL)))
            return level if 0 <= level < BODY_LEVEL else None
    return None


def _properties(document: WordDocument) -> SeedMeta:
    """The title the document's properties give. Not its author: Word names there whoever made
    the file (the clerk who typed a speech, `叶 子` under a People's Daily feature), not who
    wrote or gave the text."""
    title = " ".join((document.core_properties.title or "").split())
    placeholder = _PLACEHOLDER.search(title) or title in _TEMPLATE_WORDS
    return SeedMeta(title=title if has_han(title) and not placeholder else None)


_PLACEHOLDER = re.compile(r"^[（(【\[].*[）)】\]]$|填写|请输入|在此输入|此处输入|请在此")
"""A title a template's properties hold for the writer to replace (`（填写标准名称）`,
`请输入标题`): no title of the text."""
_TEMPLATE_WORDS = frozenset({"标题", "标准名称", "文件名称", "文档标题", "题目", "名称", "主题"})
"""Titles a template's properties give in a word that names what a title is, not a title."""


# ---------------------------------------------------------------- Word's own numbering


@dataclass(frozen=True)
class _Level:
    format: str  # decimal, chineseCounting, bullet …
    text: str  # %1、 · （%2） · %1.%2
    start: int


@dataclass
class _Numbering:
    """Word's list numbering: which level of which list a paragraph is, and its count."""

    document: WordDocument
    levels: dict[tuple[str, int], _Level] = field(default_factory=dict)
    counts: dict[str, list[int]] = field(default_factory=dict)
    styled: dict[tuple[str, str], int] = field(default_factory=dict)  # (numId, style) → level
    counted_as: dict[str, str] = field(default_factory=dict)  # a list style's user → its list
    restarts: dict[tuple[str, int], int] = field(default_factory=dict)  # (numId, level) → start

    def __post_init__(self) -> None:
        try:
            root = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        nums = {num.get(qn("w:numId")): num for num in root.findall(qn("w:num"))}

        def definition_of(
            num_id: str | None, depth: int = 0
        ) -> tuple[str | None, etree._Element | None]:
            num = nums.get(num_id)
            ref = num.find(qn("w:abstractNumId")) if num is not None else None
            found = abstract.get(ref.get(qn("w:val"))) if ref is not None else None
            link = found.find(qn("w:numStyleLink")) if found is not None else None
            if link is None or depth > 2:
                return num_id, found
            # a list defined as a list style: the style names the list that holds its levels,
            # and counts with it
            return definition_of(_style_num_id(self.document, link.get(qn("w:val"))), depth + 1)

        for num_id in nums:
            counted, definition = definition_of(num_id)
            if num_id is not None and counted is not None and counted != num_id:
                self.counted_as[num_id] = counted
            if num_id is None or definition is None:
                continue
            for lvl in definition.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                self.levels[(num_id, ilvl)] = _level(lvl)
                if (style := lvl.find(qn("w:pStyle"))) is not None:
                    self.styled[(num_id, str(style.get(qn("w:val"))))] = ilvl
            self._overrides(num_id, nums[num_id])

    def _overrides(self, num_id: str, num: etree._Element) -> None:
        """A list instance's own levels and restarts (`w:lvlOverride`: Word's "restart at 1",
        a `w:startOverride`, or a level of its own), which it counts from where first used."""
        for override in num.findall(qn("w:lvlOverride")):
            ilvl = int(override.get(qn("w:ilvl"), "0"))
            if (lvl := override.find(qn("w:lvl"))) is not None:
                self.levels[(num_id, ilvl)] = _level(lvl)
            start = override.find(qn("w:startOverride"))
            if start is not None and (value := start.get(qn("w:val"), "")).isdigit():
                self.restarts[(num_id, ilvl)] = int(value)

    def prefix(self, paragraph: WordParagraph) -> str | None:
        """The number Word shows before `paragraph` ("" for a bullet), or None if unnumbered."""
        found = _num_pr(paragraph)
        if found is None:
            return None
        num_id, given = found
        style_id = paragraph.style.style_id if paragraph.style is not None else ""
        ilvl = given if given is not None else self.styled.get((num_id, style_id), 0)
        level = self.levels.get((num_id, ilvl))
        if level is None or num_id == "0":
            return None
        if level.format == "bullet":
            return ""
        counts = self.counts.setdefault(self.counted_as.get(num_id, num_id), [0] * 9)
        restart = self.restarts.pop((num_id, ilvl), None)  # the first use of a restarted list
        if restart is not None:
            counts[ilvl] = restart
        else:
            counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else level.start
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        return _format_text(level.text, counts, num_id, self.levels)


def _num_pr(paragraph: WordParagraph) -> tuple[str, int | None] | None:
    """(numId, ilvl) from the paragraph, else from its style or the styles it is based on (a
    style's own numbering may leave the level out: the list's level that names the style)."""
    for holder in (paragraph._p.pPr, *_style_pprs(paragraph)):
        num_pr = holder.find(qn("w:numPr")) if holder is not None else None
        if num_pr is None:
            continue
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        if num_id is not None:
            level = int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else None
            if level is None and holder is paragraph._p.pPr:
                level = 0
            return str(num_id.get(qn("w:val"))), level
    return None


def _style_pprs(paragraph: WordParagraph) -> Iterator[etree._Element]:
    """The paragraph properties of the paragraph's style and of the styles it is based on
    (`公文一级标题` on Heading 1), nearest first."""
    style = paragraph.style
    for _ in range(MAX_BASED_ON):
        if style is None:
            return
        if (ppr := style.element.find(qn("w:pPr"))) is not None:
            yield ppr
        style = style.base_style


MAX_BASED_ON = 8
"""How far a style's `basedOn` chain is followed (Word allows no loop; a file may hold one)."""


def _style_num_id(document: WordDocument, style_id: str | None) -> str | None:
    """The list a numbering style (`w:numStyleLink`'s) names in its paragraph properties."""
    for style in document.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            return str(num_id.get(qn("w:val"))) if num_id is not None else None
    return None


def _level(lvl: etree._Element) -> _Level:
    def value(tag: str, default: str) -> str:
        found = lvl.find(qn(tag))
        return str(found.get(qn("w:val"), default)) if found is not None else default

    return _Level(value("w:numFmt", "decimal"), value("w:lvlText", ""), int(value("w:start", "1")))


def _format_text(
    text: str, counts: list[int], num_id: str, levels: dict[tuple[str, int], _Level]
) -> str:
    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        level = levels.get((num_id, index))
        return count_text(counts[index] or 1, level.format if level else "decimal")

    return re.sub(r"%(\d)", one, text)


def count_text(count: int, format: str) -> str:
    """A count as Word writes it in a numbering format (`none`: no count, the level's other
    characters only, `——`)."""
    if format == "none":
        return ""
    if format.startswith(("chineseCounting", "japaneseCounting", "ideographDigital")):
        return numeral(count)
    if format == "chineseLegalSimplified" and 1 <= count <= len(_FORMAL):
        return _FORMAL[count - 1]
    if format == "ideographTraditional" and 1 <= count <= len(_TIANGAN):
        return _TIANGAN[count - 1]
    if format.startswith("decimalEnclosedCircle") and 1 <= count <= len(_CIRCLED):
        return _CIRCLED[count - 1]  # (and decimalEnclosedCircleChinese)
    if format == "decimalEnclosedParen" and 1 <= count <= ENCLOSED:
        return chr(0x2474 + count - 1)  # ⑴
    if format == "decimalEnclosedFullstop" and 1 <= count <= ENCLOSED:
        return chr(0x2488 + count - 1)  # ⒈
    if format == "decimalZero":
        return f"{count:02d}"
    if format == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(count))
    if format in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (count - 1) % 26)
        return letter if format == "upperLetter" else letter.lower()
    if format in ("upperRoman", "lowerRoman"):
        roman = _roman(count)
        return roman if format == "upperRoman" else roman.lower()
    return str(count)


def _roman(count: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while count >= value:
            out += letters
            count -= value
    return out
