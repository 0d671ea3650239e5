"""Web pages saved from a browser (`.html`, `.htm`): the main text taken out with trafilatura.

trafilatura was chosen by measurement on saved pages of Chinese portals (`bench/html_extractors.py`;
the README gives the figures). It finds the article among the page's menus, share widgets,
related links and footers, decodes the page in the encoding it declares (GBK pages included), and
reads the page's title, date and author. What it keeps is then normalised like any other text,
so furniture it lets through (a source line, a share prompt) is still removed, and recorded.

Its XML output gives the structure: `<head>` elements are HEADING lines with their level (`h2` is
2), items of numbered lists ITEM lines (numbered as the page shows them: 1. 2. …), other list items
BULLET lines, quotations QUOTE lines, and a line break inside a paragraph starts a new line.
Line numbers are lines of the saved file: each line of text is placed where its first characters
stand in the page's source (or after the line before it, when the page encodes them differently).

Errors name the file:

    seeds/x.html: has no main text (is it a saved article page?)
"""

from __future__ import annotations

import html as html_escapes
import logging
from collections.abc import Iterator

import trafilatura
from lxml import etree

from unionreader.errors import SeedError
from unionreader.model import Line, RawText, Seed, Shape
from unionreader.sources.frontmatter import stated_meta
from unionreader.sources.text import read_bytes

logger = logging.getLogger(__name__)

FORMAT = "html"
_PROBE = 8
"""Characters of a line's start looked for in the page's source to find its line number."""


def read_html(seed: Seed) -> RawText:
    """The main text of a saved page as shaped lines, with the metadata the page states."""
    data = read_bytes(seed.path)
    if not data.strip():
        raise SeedError("is empty", seed.path)
    page = trafilatura.load_html(data)
    if page is None:
        raise SeedError("is not an HTML page that can be read", seed.path)
    found = trafilatura.extract(
        page,
        output_format="xml",
        include_formatting=True,
        include_tables=True,
        include_comments=False,
        include_images=False,
        with_metadata=True,
        deduplicate=False,
    )
    if not found:
        raise SeedError("has no main text (is it a saved article page?)", seed.path)
    root = etree.fromstring(found.encode("utf-8"))
    source = _source_text(data)
    lines = _place(list(_lines(root)), source)
    if not lines:
        raise SeedError("has no main text (is it a saved article page?)", seed.path)
    stated = stated_meta(
        {
            "title": root.get("title"),
            "author": root.get("author"),
            "date": root.get("date"),
            "source": root.get("sitename"),
        },
        seed.path,
    )
    return RawText(seed, FORMAT, tuple(lines), stated)


def _source_text(data: bytes) -> str:
    """The page's source as text, for finding line numbers (any decoding will do for that)."""
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _lines(root: etree._Element) -> Iterator[tuple[str, Shape | None, int]]:
    main = root.find("main")
    if main is None:
        return
    for element in main:
        yield from _element(element)


def _element(element: etree._Element) -> Iterator[tuple[str, Shape | None, int]]:
    tag = element.tag
    if tag == "head":
        rend = str(element.get("rend") or "h2")
        level = int(rend[1:]) if rend[1:].isdigit() else 2
        yield " ".join(_text(element).split()), Shape.HEADING, level
    elif tag == "list":
        numbered = element.get("rend") == "ol"
        for count, item in enumerate(element.findall("item"), start=1):
            for offset, text in enumerate(_broken(item)):
                if numbered and offset == 0:
                    yield f"{count}.{text}", Shape.ITEM, 0
                else:
                    yield text, Shape.BULLET, 0
    elif tag == "quote":
        for text in _broken(element):
            yield text, Shape.QUOTE, 0
    elif tag == "table":
        for row in element.iter("row"):
            cells = [" ".join(_text(cell).split()) for cell in row.findall("cell")]
            yield " ".join(cell for cell in cells if cell), None, 0
    else:
        for text in _broken(element):
            yield text, None, 0


def _text(element: etree._Element) -> str:
    return "".join(element.itertext())


def _broken(element: etree._Element) -> list[str]:
    """The text of an element, split where it has line breaks (<lb/>)."""
    parts: list[str] = [element.text or ""]
    for child in element.iter():
        if child is element:
            continue
        if child.tag == "lb":
            parts.append("")
        else:
            parts[-1] += child.text or ""
        parts[-1] += child.tail or ""
    return [part.strip() for part in parts if part.strip()]


def _place(items: list[tuple[str, Shape | None, int]], source: str) -> list[Line]:
    """Lines numbered by where their text starts in the page's source."""
    lines: list[Line] = []
    position, number = 0, 1
    unescaped = html_escapes.unescape(source)
    for text, shape, level in items:
        if not text.strip():
            continue
        probe = text.strip()[:_PROBE]
        found = unescaped.find(probe, position)
        if found >= 0:
            position = found
            number = unescaped.count("\n", 0, found) + 1
        lines.append(Line(number, text, shape, level))
    return lines
