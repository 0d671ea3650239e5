"""The only place that spells the site's paths and anchors.

Every page lives at `<dir>/index.html` so that URLs are pretty (`d/<slug>/`), and every link is
relative, so that the same `_site/` works at a domain root and under a project sub-path.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from urllib.parse import quote

logger = logging.getLogger(__name__)

DATA_DIR = "data"
RAW_DIR = f"{DATA_DIR}/raw/"
"""The seeds as they were, byte for byte (in whatever format and encoding they came)."""
STATIC_DIR = "static"
HOME = "index.html"
ABOUT = "about/index.html"
SEARCH = "search/index.html"
NOT_FOUND = "404.html"
LIST_FOLDER = "page/"
"""The pages of the collection after the first (the home page): `page/2/`, `page/3/` …"""
TERM_FOLDER = "terms/"
TERMS = f"{TERM_FOLDER}index.html"
SITEMAP = "sitemap.xml"
SEARCH_DIR = "search"  # the search page, the Pagefind bundle and the tables search.js reads
BUNDLE_DIR = "pagefind"
DATA_FILE = "data.json"
TITLES_FILE = "titles.json"
VARIANTS_FILE = "variants.json"
TEXT_DIR = "text"
EDITION_DIR = "zh-hant"
"""The Traditional-script edition: every page and script again, below this folder."""

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
    return f"{RAW_DIR}{seed_name}"


def static_path(name: str) -> str:
    return f"{STATIC_DIR}/{name}"


def document_path(slug: str) -> str:
    return f"d/{slug}/index.html"


def notes_path(slug: str) -> str:
    return f"d/{slug}/notes/index.html"


def list_path(number: int) -> str:
    """The `number`th page of the collection (from 1: the home page)."""
    if number < 1:
        raise ValueError(f"no page {number} of the collection")
    return HOME if number == 1 else f"{LIST_FOLDER}{number}/index.html"


def term_path(slug: str) -> str:
    return f"{TERM_FOLDER}{slug}/index.html"


def term_link(from_page: str, slug: str) -> str:
    """`relative(from_page, term_path(slug))`. From a page outside the term pages' folder, the
    link to that folder is worked out once per page (a document's page links dozens of terms)."""
    if from_page.startswith(TERM_FOLDER):
        return relative(from_page, term_path(slug))
    return f"{_terms_folder(from_page)}{slug}/"


@functools.lru_cache(maxsize=1 << 8)
def _terms_folder(from_page: str) -> str:
    return relative(from_page, TERMS)


def top_folders() -> tuple[str, ...]:
    """The folders at the top of the site (the 404 page finds the site's root by them). Not
    the collection's pages (`LIST_FOLDER`): a word as common as `page` in a wrong address
    would be taken for the site's; a list page's old address is found by asking, as any."""
    paths = (ABOUT, SEARCH, TERMS, document_path("x"), data_path("x"), static_path("x"))
    return tuple(sorted({path.split("/")[0] for path in paths} | {EDITION_DIR}))


def highlighted(href: str, phrase: str, element_id: str) -> str:
    """A link to an element of a page with `phrase` highlighted on arrival (static/highlight.js
    reads ?hl=). Non-ASCII text stays as it is (a browser escapes it when it follows the link,
    and term pages hold thousands of these links); ASCII is escaped."""
    return f"{href}?hl={_query_text(phrase)}#{element_id}"


@functools.lru_cache(maxsize=1 << 12)
def _query_text(phrase: str) -> str:
    """`phrase` as `highlighted` puts it in a link (a term page repeats a few phrases)."""
    return "".join(char if ord(char) > 0x7F else quote(char, safe="") for char in phrase)


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


def twinned(path: str) -> bool:
    """Whether the file at site path `path` is in the Traditional edition too: every page, the
    scripts and style sheet (they hold interface text), the tables the search page shows text
    from, and each document's Markdown and plain text downloads; the rest (raw seeds,
    corpus.json, the Pagefind bundle) both editions share."""
    if path.startswith(RAW_DIR):  # a seed as it was (an HTML seed too): one for both
        return False
    if path.endswith(".html"):
        return True
    if path.startswith(f"{STATIC_DIR}/"):
        return path.endswith((".js", ".css"))
    if path.startswith(f"{SEARCH_DIR}/"):  # the tables search.js reads (not the index itself)
        name = path.removeprefix(f"{SEARCH_DIR}/")
        return name in {DATA_FILE, TITLES_FILE, VARIANTS_FILE} or name.startswith(f"{TEXT_DIR}/")
    return path.startswith(f"{DATA_DIR}/") and path.endswith((".md", ".txt"))


def in_edition(path: str) -> bool:
    """Whether a link to site path `path` (a page's folder, or a file) stays in the edition."""
    if path.startswith(f"{SEARCH_DIR}/{BUNDLE_DIR}"):
        return False  # the Pagefind bundle: one for both
    name = path.rsplit("/", 1)[-1]
    return twinned(path) or path.endswith("/") or path in {"", "."} or "." not in name


def traditional_path(path: str) -> str:
    """The edition's copy of the file at site path `path` (the Chinese in it converted: term
    pages have Chinese names)."""
    if path.isascii():
        return f"{EDITION_DIR}/{path}"
    from unionreader.edition.script import to_traditional  # only pages with Chinese names

    return f"{EDITION_DIR}/{to_traditional(path)}"


def prepare_traditional_paths(paths: Iterable[str]) -> None:
    """Have `traditional_path` of each of `paths` at hand: those with Chinese in them (term
    pages) converted in one batch, not one by one."""
    chinese = [path for path in paths if not path.isascii()]
    if chinese:
        from unionreader.edition.script import remember_traditional

        remember_traditional(chinese)
