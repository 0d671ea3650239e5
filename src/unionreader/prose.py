"""Markdown the site renders as prose (catalogue descriptions, templates/content/*.md): safe.

Raw HTML is not markup here but text (a `<script>` in a description shows as text), and a link
or image may only lead to an http(s) address or a relative one: `javascript:`, `data:`,
`mailto:` and any other scheme make it plain text.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import TYPE_CHECKING

from unionreader import kept

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

logger = logging.getLogger(__name__)

_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")


def safe_link(url: str) -> bool:
    """Whether a link may stand: http(s), or relative (no scheme)."""
    found = _SCHEME.match(url)
    return found is None or found.group(1).lower() in {"http", "https"}


def prose() -> MarkdownIt:
    """The Markdown renderer for prose: CommonMark, raw HTML off, only safe links (the library
    is imported only by a build that renders prose: a rebuild's own process seldom does)."""
    from markdown_it import MarkdownIt

    markdown = MarkdownIt("commonmark", {"html": False})
    markdown.validateLink = safe_link  # type: ignore[method-assign]
    return markdown


def render_prose(text: str) -> str:
    """`text` (Markdown) as HTML, through `prose`, made once per process when first needed (a
    rebuild's own process renders a document's page, which seldom has prose), unless the
    last build kept it (`keep_prose`)."""
    rendered, _ = _kept()
    html = rendered.get(text)
    if html is None:
        html = rendered[text] = _prose().render(text)
    _used.add(text)
    return html


def keep_prose() -> None:
    """Keep the prose this process rendered or found kept, for the next build (`kept`): the
    collection's pages render the same introduction, about page and descriptions at every
    build, and then need not load the Markdown library at all."""
    rendered, loaded = _kept()
    if _used != loaded:
        kept.save(KEPT, {text: rendered[text] for text in sorted(_used)})


KEPT = "prose"
_used: set[str] = set()


@functools.cache
def _kept() -> tuple[dict[str, str], frozenset[str]]:
    """The prose the last build kept (HTML by Markdown text), and its texts."""
    found = kept.load(KEPT)
    items = found.items() if isinstance(found, dict) else ()
    rendered = {
        text: html for text, html in items if isinstance(text, str) and isinstance(html, str)
    }
    return rendered, frozenset(rendered)


@functools.cache
def _prose() -> MarkdownIt:
    return prose()
