"""Web boilerplate: the parts of a copied web page that are not the text.

Each sub-rule recognises a kind of page furniture by its shape, never by the strings of one site:
the page-title line (`headline-section-site`), navigation bars, sidebar lists of officials, the
page header between the page title and the repeated headline, footers (licence numbers, hotlines,
copyright, QR-code prompts, link lists, lone `×`), editor credits, and contact blocks.
"""

from __future__ import annotations

import logging
import re

from unionreader.chinese import HAN, SENTENCE_END, is_heading_like
from unionreader.model import Edit, Line, Pass
from unionreader.normalise.edits import drop_lines

logger = logging.getLogger(__name__)

_SEPARATOR = re.compile(r"\s*(?:[-_|｜–—]|\s-\s)\s*")
_NAV_TOKEN = re.compile(rf"^[{HAN}A-Za-z0-9]{{1,6}}$")
_OFFICIAL = re.compile(
    rf"^[{HAN}]{{1,2}}\s?[{HAN}]{{1,2}}\s+\S*"
    r"(?:主席|书记|委员|部长|主任|组长|成员|局长|厅长|市长|省长|会长|秘书长|理事长|总经理)"
)
_CONTACT_WORDS = ("邮箱", "电邮", "电话", "传真", "邮编", "地址", "网址", "手机", "热线")
_CONTACT = re.compile(
    r"^\S{0,6}?(?:" + "|".join(r"\s*".join(word) for word in _CONTACT_WORDS) + r"|E-?mail)\s*[:：]",
    re.I,
)
_CREDIT = re.compile(
    r"^[（(]?(?:责任编辑|责编|编辑|校对|审核|审校|监制|值班编辑|编审|美编)\s*[:：]\s*\S{1,12}[）)]?$"
)
_FOOTER = re.compile(
    r"ICP|公网安备|许可证|copyright|©|版权所有|版权声明|all rights reserved|举报电话|"
    r"扫码|扫一扫|^[×✕|｜]$",
    re.I,
)
_METADATA = re.compile(r"^(?:来源|稿源|出处)\s*[:：]|^[（(]作者")


def remove_boilerplate(lines: tuple[Line, ...]) -> Pass:
    """Apply every boilerplate sub-rule in turn."""
    edits: list[Edit] = []
    for rule in (
        _page_header,
        _navigation,
        _sidebar,
        _contact,
        _credits,
        _footer,
    ):
        result = rule(lines)
        lines = result.lines
        edits.extend(result.edits)
    return Pass(lines, tuple(sorted(edits, key=lambda e: e.line)))


def page_title(text: str) -> str | None:
    """The headline in a browser-title line `headline-section-site`, or None if it is not one."""
    parts = [p for p in _SEPARATOR.split(text.strip()) if p]
    if len(parts) < 2 or any(mark in text for mark in SENTENCE_END):
        return None
    headline, suffix = parts[0], parts[1:]
    if len(headline) < 6 or any(len(part) > 12 for part in suffix):
        return None
    return headline


def _page_header(lines: tuple[Line, ...]) -> Pass:
    """Drop the page-title line and, when the headline repeats below, the page header between.

    The line just above the repeated headline is kept when it looks like a kicker (a column or
    series line); the metadata rule decides what it is.
    """
    if not lines or (headline := page_title(lines[0].text)) is None:
        return Pass(lines)
    repeat = next((i for i, ln in enumerate(lines[1:], 1) if ln.text.strip() == headline), None)
    if repeat is None:
        return drop_lines("boilerplate.page-title", lines, lambda i: i == 0)
    above = lines[1:repeat]
    sidebar = _runs(above, [bool(_OFFICIAL.match(ln.text.strip())) for ln in above], 3)
    kicker = bool(above) and len(above) - 1 not in sidebar and _is_kicker(above[-1].text)
    end = repeat - 1 if kicker else repeat
    header = lines[1:end]
    edits = [Edit("boilerplate.page-title", lines[0].number, lines[0].text, "")]
    for index, line in enumerate(header):
        rule = (
            "navigation"
            if _is_navigation(line.text)
            else "sidebar"
            if index in sidebar
            else "page-header"
        )
        edits.append(Edit(f"boilerplate.{rule}", line.number, line.text, ""))
    return Pass(lines[end:], tuple(edits))


_NAV_SPLIT = re.compile(r"[\s|｜/·]+")
_BREADCRUMB = re.compile(
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|位置)\s*[:：]|(?:\S\s*[>＞»]\s*){2,}\S"
)


def _is_kicker(text: str) -> bool:
    """A column or series line above a headline: heading-like, not navigation, no `：`."""
    return is_heading_like(text) and not _is_navigation(text) and "：" not in text


def _is_navigation(text: str) -> bool:
    if _BREADCRUMB.search(text) and not any(mark in text for mark in SENTENCE_END + "，"):
        return True
    tokens = [token for token in _NAV_SPLIT.split(text) if token]
    return len(tokens) >= 6 and all(_NAV_TOKEN.match(t) for t in tokens)


def _navigation(lines: tuple[Line, ...]) -> Pass:
    """Navigation: six or more short words separated by spaces or bars, or a breadcrumb trail."""
    return drop_lines("boilerplate.navigation", lines, lambda i: _is_navigation(lines[i].text))


def _runs(lines: tuple[Line, ...], matches: list[bool], minimum: int) -> set[int]:
    """Indexes of the runs of at least `minimum` consecutive matching lines."""
    found: set[int] = set()
    start = 0
    for index in range(len(lines) + 1):
        if index < len(lines) and matches[index]:
            continue
        if index - start >= minimum:
            found.update(range(start, index))
        start = index + 1
    return found


def _sidebar(lines: tuple[Line, ...]) -> Pass:
    """Three or more `name office` lines in a row are a sidebar list of officials."""
    matches = [bool(_OFFICIAL.match(ln.text.strip())) for ln in lines]
    drop = _runs(lines, matches, 3)
    return drop_lines("boilerplate.sidebar", lines, lambda i: i in drop)


def _contact(lines: tuple[Line, ...]) -> Pass:
    """Two or more contact lines in a row (邮箱/电话/传真/邮编/地址 …) are a contact block."""
    matches = [bool(_CONTACT.match(ln.text.strip())) for ln in lines]
    drop = _runs(lines, matches, 2)
    return drop_lines("boilerplate.contact", lines, lambda i: i in drop)


def _credits(lines: tuple[Line, ...]) -> Pass:
    """Editor credits such as `编辑：…` or `（责任编辑：…）`."""
    return drop_lines(
        "boilerplate.credit", lines, lambda i: bool(_CREDIT.match(lines[i].text.strip()))
    )


def _is_text_end(text: str) -> bool:
    """A line that can close the text proper: a finished sentence or a metadata line."""
    stripped = text.strip()
    return (
        bool(_METADATA.match(stripped))
        or stripped[-1:] in "。！？…”」』"
        or stripped.endswith("——")
    )


def _footer(lines: tuple[Line, ...]) -> Pass:
    """Footer lines, and everything after the text's last sentence when a footer sign is there.

    Below the last finished sentence (or source/author line) of a page, a licence number,
    copyright or QR-code prompt marks the rest as the site's footer: link lists, app prompts and
    section labels go with it. Elsewhere only the footer lines themselves go.
    """
    last = max((i for i, ln in enumerate(lines) if _is_text_end(ln.text)), default=-1)
    tail = range(last + 1, len(lines))
    signed = any(_FOOTER.search(lines[i].text.strip()) for i in tail)

    def drop(index: int) -> bool:
        text = lines[index].text.strip()
        if signed and index > last:
            return not _METADATA.match(text)
        return bool(_FOOTER.search(text)) and not any(m in text for m in "。，")

    return drop_lines("boilerplate.footer", lines, drop)
