"""Reading a seed (stage 2, `Seed` → `RawText`): one reader per format, chosen by file suffix.

| suffix          | reader                  | what the format states besides the text          |
|-----------------|-------------------------|--------------------------------------------------|
| .txt            | `text.read_text`        | nothing                                          |
| .md, .markdown  | `markdown.read_markdown`| front matter; headings, lists, quotations        |
| .html, .htm     | `html.read_html`        | the page's title, date and author; headings      |
| .docx           | `docx.read_docx`        | document properties; heading styles, numbering   |

Every reader gives the same `RawText`: numbered lines (each perhaps with the shape its format
states), the metadata the format states, and edits for what reading left out.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable
from typing import cast

from unionreader.errors import SeedError
from unionreader.model import RawText, Seed
from unionreader.sources.text import split_lines

logger = logging.getLogger(__name__)

__all__ = ["READERS", "UNREADABLE", "read_source", "split_lines"]

Reader = Callable[[Seed], RawText]

READERS: dict[str, str] = {
    ".txt": "text.read_text",
    ".md": "markdown.read_markdown",
    ".markdown": "markdown.read_markdown",
    ".html": "html.read_html",
    ".htm": "html.read_html",
    ".docx": "docx.read_docx",
}
"""Seed formats by file suffix (lowercase), and their readers (imported when first needed:
the HTML and Word libraries take a while to load, and most collections use neither)."""

UNREADABLE: dict[str, str] = {
    ".doc": "is a Word 97–2003 document; save it as .docx",
    ".wps": "is a WPS document; save it as .docx",
    ".rtf": "is an RTF document; save it as .docx",
    ".odt": "is an OpenDocument text; save it as .docx",
    ".pdf": "is a PDF; copy its text into a .txt file",
    ".mht": "is a web archive (.mht); save the page as .html",
    ".mhtml": "is a web archive (.mhtml); save the page as .html",
}
"""Formats people save texts in that UnionReader cannot read, with what to do instead."""


def read_source(seed: Seed) -> RawText:
    """Read one seed with the reader for its format; SeedError names the file when it can't."""
    suffix = seed.path.suffix.lower()
    if suffix not in READERS:
        reason = UNREADABLE.get(suffix, f"is not a seed format ({', '.join(READERS)})")
        raise SeedError(reason, seed.path)
    return reader(suffix)(seed)


@functools.cache
def reader(suffix: str) -> Reader:
    """The reader function for a seed suffix."""
    module, _, name = READERS[suffix].rpartition(".")
    return cast(Reader, getattr(importlib.import_module(f"{__name__}.{module}"), name))
