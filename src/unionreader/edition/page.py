"""A page of the site in Traditional script: the Simplified page as rendered, converted.

Converting the rendered page, not its parts, is what makes the edition whole: the text, every
interface string of the templates and of the Python views, and the text in attributes (titles,
labels, descriptions) all go through one conversion, so none can be missed. Text that markup
splits (a term link inside a word, a highlighted stretch) is converted as one text and split
again where it was (`script.to_traditional` keeps lengths), so 干部 split as 干|部 is still 幹部.

What is not converted: anything inside an element marked `data-keep-script` (the raw text on a
notes page, the link to the other edition), scripts and styles, and URLs (but the Chinese in
them: term pages have Chinese names). The page moves one folder down (`zh-hant/`): a relative
link to a file the editions share (raw seeds, corpus.json, the search bundle) is made again from
there, while links to pages and to the edition's own files stay as they are.
"""

from __future__ import annotations

import html
import json
import logging
import posixpath
import re
from collections.abc import Callable
from typing import Any

from unionreader import urls
from unionreader.edition.script import to_traditional

logger = logging.getLogger(__name__)

KEEP = "data-keep-script"
INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark"}
    | {"q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
)
"""Elements that run inside a text: their text converts with the text around it."""
RAW = frozenset({"script", "style"})
LINK_ATTRIBUTES = frozenset({"href", "src", "action", "data-data", "data-bundle"})
_TOKEN = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_ATTRIBUTE = re.compile(r'(\s+[\w:-]+=")([^"]*)(")')
_NAME = re.compile(r"</?([a-zA-Z0-9]+)")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)"')
_ALTERNATE = re.compile(r'<link rel="alternate" hreflang="zh-Hant" href="([^"]*)"')
_HREFLANG = re.compile(r'\bhreflang="([^"]*)"')


def traditional_page(page: bytes, path: str) -> bytes:
    """The page at site path `path` (Simplified) as the Traditional edition's page."""
    text = page.decode("utf-8")
    pieces = _TOKEN.split(text)
    tags = _TOKEN.findall(text)
    out: list[str] = []
    group: list[int] = []  # indexes into `out` of text runs converted together
    keep: list[str] = []  # the elements being kept as they are (a stack of names)
    raw = ""
    for index, piece in enumerate(pieces):
        if piece:
            if keep or raw:
                out.append(piece)
            else:
                group.append(len(out))
                out.append(piece)
        if index == len(tags):
            break
        tag = tags[index]
        name_match = _NAME.match(tag)
        name = name_match.group(1).lower() if name_match else ""
        closing = tag.startswith("</")
        if name not in INLINE:
            _convert(out, group)
            group = []
        if raw:
            raw = "" if closing and name == raw else raw
            out.append(tag)
            continue
        if keep:
            if not tag.endswith("/>") and name == keep[-1]:
                keep.pop() if closing else keep.append(name)
            out.append(tag if closing else _relinked(tag, path, convert=False))
            continue
        if not closing and KEEP in tag:
            keep.append(name)
            out.append(_relinked(tag, path, convert=False))
            continue
        raw = name if name in RAW and not closing else ""
        out.append(tag if closing or tag.startswith("<!") else _relinked(tag, path, convert=True))
    _convert(out, group)
    return _head("".join(out)).encode()


def edition_file(path: str, data: bytes) -> bytes:
    """The edition's copy of the file at site path `path`: a page, a script or style sheet
    (their interface text converted), or a document's download (its text converted)."""
    if path.endswith(".html"):
        return traditional_page(data, path)
    if path.startswith(f"{urls.SEARCH_DIR}/"):
        return _search_table(path, data)
    return to_traditional(data.decode("utf-8")).encode()


def _search_table(path: str, data: bytes) -> bytes:
    """A table of the search page for the edition: titles, kinds, places, sections and markers
    converted; a document's text kept (search matches on it: positions are the collection's),
    with the text as the edition shows it beside it (the same length: offsets hold)."""
    name = path.removeprefix(f"{urls.SEARCH_DIR}/")
    if name == urls.VARIANTS_FILE:  # what a query's characters may stand for: not text
        return data
    table = json.loads(data)
    if name.startswith(f"{urls.TEXT_DIR}/"):
        blocks = table.pop("blocks")
        table = _converted(table)
        table["blocks"] = [
            [*_converted(block[:3]), block[3], *block[4:6], to_traditional(block[3])]
            for block in blocks
        ]
        for block, converted in zip(blocks, table["blocks"], strict=True):
            converted[5] = _converted(block[5])
    else:
        table = _converted(table)
    return json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode()


def _converted(value: Any) -> Any:
    """Every string in a JSON value, converted."""
    if isinstance(value, str):
        return to_traditional(value) if _HAN.search(value) else value
    if isinstance(value, list):
        return [_converted(item) for item in value]
    if isinstance(value, dict):
        return {key: _converted(item) for key, item in value.items()}
    return value


def _head(page: str) -> str:
    """The Traditional page's language, locale and canonical address."""
    page = page.replace('<html lang="zh-Hans"', '<html lang="zh-Hant"', 1)
    page = page.replace('"og:locale" content="zh_CN"', '"og:locale" content="zh_TW"')
    canonical = _CANONICAL.search(page)
    traditional = _ALTERNATE.search(page)
    if canonical and traditional and ":" in traditional.group(1):
        old, new = canonical.group(1), traditional.group(1)
        for field in ('rel="canonical" href', 'property="og:url" content'):
            page = page.replace(f'{field}="{old}"', f'{field}="{new}"')
    return page


def _convert(out: list[str], group: list[int]) -> None:
    """Convert the runs `group` of `out` as one text, each run keeping its length."""
    if not group or not any(_HAN.search(out[i]) for i in group):
        return
    converted = to_traditional("".join(out[i] for i in group))
    at = 0
    for i in group:
        size = len(out[i])
        out[i] = converted[at : at + size]
        at += size


def _relinked(tag: str, path: str, convert: bool) -> str:
    """A start tag with its text attributes converted (if `convert`) and its links set for
    the page's place in the edition."""

    edition = _HREFLANG.search(tag)

    def attribute(match: re.Match[str]) -> str:
        head, value = match.group(1), match.group(2)
        name = head.strip().removesuffix('="').lower()
        if edition and name == "href" and ":" not in value:
            value = _edition_link(path, edition.group(1))
        elif edition and name == "aria-current":
            return ""
        elif name in LINK_ATTRIBUTES:
            value = _link(value, path, to_traditional if convert else None)
        elif convert and _HAN.search(value):  # a title, a label, a description, a citation
            value = html.escape(to_traditional(html.unescape(value)), quote=True)
        return f"{head}{value}{match.group(3)}"

    tag = _ATTRIBUTE.sub(attribute, tag)
    if edition and edition.group(1) == "zh-Hant" and tag.startswith("<a "):
        tag = tag.replace("<a ", '<a aria-current="true" ', 1)
    return tag


def _edition_link(path: str, lang: str) -> str:
    """From the Traditional page of `path`, the link to that page in edition `lang`."""
    here = urls.traditional_path(path)
    return urls.relative(here, path if lang == "zh-Hans" else here)


def _link(value: str, path: str, convert: Callable[[str], str] | None) -> str:
    """A link of the Simplified page at `path`, from the same page in the edition."""
    if not value or value.startswith(("#", "/", "?")) or ":" in value.split("/")[0]:
        return value  # in the page, absolute, or another scheme (https:, mailto:, data:)
    target = re.split(r"[?#]", value, maxsplit=1)[0]
    rest = value[len(target) :]
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), html.unescape(target)))
    resolved = "" if resolved == "." else resolved + ("/" if target.endswith("/") else "")
    if urls.in_edition(resolved):
        return convert(value) if convert and _HAN.search(value) else value
    shared = urls.relative(urls.traditional_path(path), resolved)  # a file both editions share
    return html.escape(shared, quote=True) + rest
