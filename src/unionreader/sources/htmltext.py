"""The visible text of HTML, line by line: what a browser shows, one line per block.

Used for what a page's extraction left out (each such line is recorded), and for the text inside
the HTML blocks of a Markdown file (a figure's caption). Scripts, styles and the head are not
visible; block elements (p, div, li, h1–h6, tr, br …) end a line, table cells are separated by a
space; a table's row that shows a field's label with its value left empty shows nothing.
"""

from __future__ import annotations

import bisect
import html
import logging
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

logger = logging.getLogger(__name__)

HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tr", "ul",
        "center", "body", "html",
    }
)  # fmt: skip
CELLS = frozenset({"td", "th"})


def visible_lines(root: etree._Element, wide: bool = False) -> list[str]:
    """The non-empty lines of text a browser shows for `root`, spaces collapsed; `wide`: as a
    browser collapses them, runs of ASCII white space only, not no-break and ideographic
    spaces, which show as wide as they are (a form's blanks, `于　　年　　月　　日`)."""
    parts: list[str] = []
    _walk(root, parts)
    lines = [line for line in "".join(parts).split("\n") if line.strip()]
    if wide:
        return [_COLLAPSED.sub(" ", line).strip(_COLLAPSIBLE) for line in lines]
    return [" ".join(line.split()) for line in lines]


_COLLAPSIBLE = " \t\n\r\f"
"""What a browser collapses (HTML's ASCII white space)."""
_COLLAPSED = re.compile(f"[{_COLLAPSIBLE}]+")


def link_share(fragment: str) -> float:
    """The share of an HTML fragment's visible characters that are the text of links to other
    pages (`<a href="https://…">`; not a link within the page, `#…`, as a heading's own)."""
    root = _fragment_root(fragment)
    if root is None:
        return 0.0
    shown = sum(len("".join(line.split())) for line in visible_lines(root))
    linked = sum(
        len("".join(link.text_content().split()))
        for link in root.iter("a")
        if not str(link.get("href") or "#").startswith("#")
    )
    return linked / shown if shown else 0.0


def fragment_lines(fragment: str) -> list[str]:
    """The visible lines of an HTML fragment (as in a Markdown file)."""
    root = _fragment_root(fragment)
    return [] if root is None else visible_lines(root)


def _fragment_root(fragment: str) -> etree._Element | None:
    """An HTML fragment parsed inside a `<div>`, or None where it holds nothing to parse."""
    if not fragment.strip():
        return None
    try:
        return lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


@dataclass(frozen=True)
class Fragment:
    """An HTML fragment's visible lines; those of the innermost blocks that hold a picture
    (where its caption stands); and the lines its headings show, with their levels."""

    lines: list[str]
    pictured: list[str]
    headings: dict[str, int]


def read_fragment(fragment: str) -> Fragment:
    """`fragment_lines`, and where in the fragment its pictures and headings stand."""
    root = _fragment_root(fragment)
    if root is None:
        return Fragment([], [], {})
    pictured: list[str] = []
    for picture in root.iter("img"):
        block = next((up for up in picture.iterancestors() if up.tag in BLOCKS), root)
        pictured += [line for line in visible_lines(block) if line not in pictured]
    headings = {
        line: int(str(heading.tag)[1])
        for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6")
        for line in visible_lines(heading)
    }
    return Fragment(visible_lines(root), pictured, headings)


def _walk(element: etree._Element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in HIDDEN or (tag == "tr" and _empty_field(element)):
        _text(element.tail, parts)
        return
    block = tag in BLOCKS
    if block:
        parts.append("\n")
    if isinstance(element.tag, str):
        _text(element.text, parts)
    for child in element:
        _walk(child, parts)
    if block:
        parts.append("\n")
    elif tag in CELLS:
        parts.append(" ")
    _text(element.tail, parts)


def _empty_field(row: etree._Element) -> bool:
    """Whether a table's row shows only a field's label, its value left empty (`主 题 词：` on
    a government page's table of a document's fields): nothing is shown of it (else the label
    reads as taking the next line for its value, the document's headline)."""
    cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in CELLS]
    texts = [" ".join(cell.text_content().split()) for cell in cells]
    label, rest = (texts[0], texts[1:]) if texts else ("", [])
    return len(cells) > 1 and label.endswith(("：", ":")) and not any(rest)


def _text(text: str | None, parts: list[str]) -> None:
    """Text as a browser shows it: a line break in the source is a space, not a new line."""
    if text:
        parts.append(text.replace("\r", " ").replace("\n", " "))


_SEGMENT = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>|([^<]+)", re.S | re.I)
_SPACE = re.compile(r"\s+")


class SourceText:
    """A page's source read as the text it shows, its white space out (tags, scripts, styles
    and comments dropped, entities read), with the line of the source each piece stands on: a
    line of the text is found in it however the page's markup cuts it (`第十二条</span></h3>
    …<span>县和县以上…`, `(</span><span>一)`), and its line is the source's."""

    def __init__(self, source: str, start: int = 0) -> None:
        pieces: list[str] = []
        self.offsets: list[int] = []  # where each piece starts in `text`
        self.lines: list[int] = []  # and the line of the source it starts on
        at, line, last = 0, source.count("\n", 0, start) + 1, start
        for segment in _SEGMENT.finditer(source, start):
            raw = segment.group(2)
            if raw is None:
                continue
            line += source.count("\n", last, segment.start())
            last = segment.start()
            text = _SPACE.sub("", html.unescape(raw))
            if text:
                self.offsets.append(at)
                self.lines.append(line + raw.count("\n", 0, len(raw) - len(raw.lstrip())))
                pieces.append(text)
                at += len(text)
        self.text = "".join(pieces)
        self.first = source.count("\n", 0, start) + 1

    def line(self, index: int) -> int:
        """The source's line of the character at `index` of `text`."""
        found = bisect.bisect_right(self.offsets, index) - 1
        return self.lines[found] if found >= 0 else self.first
