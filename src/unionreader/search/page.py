"""The search page (`search/index.html`): its view model. The page itself is static; search.js
reads `?q=…` and fills it in."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import quote

from unionreader import urls
from unionreader.pages import SiteContext, page
from unionreader.search.query import MAX_INPUT
from unionreader.urls import BUNDLE_DIR, DATA_FILE, SEARCH_DIR
from unionreader.views import Link, Page

logger = logging.getLogger(__name__)

TITLE = "全文搜索"
EXAMPLES = ("新就业形态劳动者", "五个坚决", "劳模精神、劳动精神、工匠精神", "產業工人")
"""Shown under an empty box; the last is in Traditional script, which finds the Simplified text."""


@dataclass(frozen=True)
class SearchPage:
    page: Page
    data_href: str  # search/data.json, relative to the page
    bundle_href: str  # the Pagefind bundle folder, ends with /
    script_href: str
    style_href: str
    max_input: int
    documents: int
    examples: tuple[Link, ...]


def search_page(ctx: SiteContext, documents: int) -> SearchPage:
    """The view of `search/index.html` for a collection of `documents`."""
    path = urls.SEARCH
    home = Link(urls.relative(path, urls.HOME), "首页")
    view = page(ctx, path, TITLE, f"在全部 {documents} 篇文献中查找字词。", (home,))
    return SearchPage(
        page=view,
        data_href=urls.relative(path, f"{SEARCH_DIR}/{DATA_FILE}"),
        bundle_href=urls.relative(path, f"{SEARCH_DIR}/{BUNDLE_DIR}/index.html"),
        script_href=urls.relative(path, urls.static_path("search.js")),
        style_href=urls.relative(path, urls.static_path("search.css")),
        max_input=MAX_INPUT,
        documents=documents,
        examples=tuple(Link(f"?q={quote(q)}", q) for q in EXAMPLES),
    )
