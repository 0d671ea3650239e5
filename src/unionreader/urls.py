"""The only place that spells the site's paths and anchors.

Every page lives at `<dir>/index.html` so that URLs are pretty (`d/<slug>/`), and every link is
relative, so that the same `_site/` works at a domain root and under a project sub-path.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

logger = logging.getLogger(__name__)

DATA_DIR = "data"
STATIC_DIR = "static"
HOME = "index.html"
ABOUT = "about/index.html"
SEARCH = "search/index.html"
NOT_FOUND = "404.html"
TERMS = "terms/index.html"
SITEMAP = "sitemap.xml"

TITLE_ID = "title"
SUBTITLE_ID = "subtitle"
EPIGRAPH_ID = "epigraph"
NOTE_ID = "editor-note"
KICKER_ID = "kicker"
AUTHOR_ID = "author"
OFFICE_ID = "office"
"""Ids of the searchable parts of a document page's header; sections, points and paragraphs have
ids from the text (`s3`, `s3-pt1`, …), which never collide with these."""


def data_path(name: str) -> str:
    """A file of the data export, below the site root."""
    return f"{DATA_DIR}/{name}"


def raw_seed_path(seed_name: str) -> str:
    """A raw seed as published, byte for byte."""
    return f"{DATA_DIR}/raw/{seed_name}"


def static_path(name: str) -> str:
    return f"{STATIC_DIR}/{name}"


def document_path(slug: str) -> str:
    return f"d/{slug}/index.html"


def notes_path(slug: str) -> str:
    return f"d/{slug}/notes/index.html"


def term_path(slug: str) -> str:
    return f"terms/{slug}/index.html"


def highlighted(href: str, phrase: str, element_id: str) -> str:
    """A link to an element of a page with `phrase` highlighted on arrival (static/highlight.js
    reads ?hl=). Non-ASCII text stays as it is (a browser escapes it when it follows the link,
    and term pages hold thousands of these links); ASCII is escaped."""
    kept = "".join(char if ord(char) > 0x7F else quote(char, safe="") for char in phrase)
    return f"{href}?hl={kept}#{element_id}"


def anchor(element_id: str) -> str:
    """The fragment that points at a section, point or paragraph id."""
    return f"#{element_id}"


def pretty(path: str) -> str:
    """The URL form of a site path: `d/x/index.html` → `d/x/`, `index.html` → ``."""
    if path == HOME:
        return ""
    return path.removesuffix("index.html")


def relative(from_page: str, to_path: str) -> str:
    """A relative link from the page at `from_page` to the site path `to_path` (pretty form).

    Site paths hold no `.` or `..`, so this is string work (posixpath.relpath asks the operating
    system for the working folder, and the home page makes thousands of links)."""
    start = from_page.split("/")[:-1]
    target = pretty(to_path)
    folder = target == "" or target.endswith("/")
    parts = target.rstrip("/").split("/") if target else []
    common = 0
    while common < min(len(start), len(parts)) and start[common] == parts[common]:
        common += 1
    link = "../" * (len(start) - common) + "/".join(parts[common:])
    if folder and parts[common:]:
        link += "/"
    return link or "./"


def root_prefix(from_page: str) -> str:
    """The relative prefix from a page to the site root (`../../` for `d/x/index.html`)."""
    depth = from_page.count("/")
    return "../" * depth if depth else "./"


def absolute(base_url: str, path: str) -> str:
    """The canonical absolute URL of a site path under `base_url` (which ends with /), escaped
    (term pages have Chinese names)."""
    return base_url.rstrip("/") + "/" + quote(pretty(path), safe="/")
