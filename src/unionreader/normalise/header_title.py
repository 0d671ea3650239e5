"""Which heading-like lines at the top of a text are its title.

A title the format states picks its lines; a title the format marks as a heading is the first
heading (over the lines that read as one with it). Otherwise the genre the other header lines
show decides: a speech or report (subtitle, date line, speaker) has its title over the
heading-like lines above them; a news page (byline, dateline) has its title just above them and
kickers above that; with nothing to go by, the first heading-like line is the title, over the next
lines when they read as one (`titles.reads_as_one`). A column's name above (社论) is no part of it.
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata

from unionreader.chinese import compact
from unionreader.model import Line, Shape
from unionreader.normalise.header_roles import COLUMN, NEWS_ROLES, Item, Role
from unionreader.normalise.titles import (
    DOCUMENT_END,
    KICKER,
    ORGANISATION_END,
    reads_as_one,
    split_title,
)

logger = logging.getLogger(__name__)


def title_lines(
    lines: tuple[Line, ...],
    items: list[Item],
    heads: list[int],
    stated: str | None,
    exact: bool = False,
) -> list[int]:
    """The indexes of the title's lines among the heading-like ones: none when they would be
    only a piece of the title the format states (the page sets its halves apart)."""
    if not heads:
        return []
    if stated and (chosen := _stated(lines, heads, stated)):
        return chosen
    if exact:
        return []  # the front matter's title, which no line gives
    chosen = _unstated(lines, items, heads)
    if stated and _half(lines, chosen, stated):
        return []
    return chosen


def _half(lines: tuple[Line, ...], chosen: list[int], stated: str) -> bool:
    """Whether a line `chosen` holds a piece of the title the format states, and lines near it
    the rest (`title_pieces`): the page set the title's pieces apart, and the title is the
    format's, whole."""
    whole = compact(stated)
    return any(title_pieces(lines, index, whole) for index in chosen)


def title_pieces(lines: tuple[Line, ...], index: int, whole: str) -> list[int]:
    """The lines around line `index` (it among them, each within `HALF_APART` lines of the
    next) that are each a piece of the title `whole` and together all of it, in whatever order
    the page set them (`国务院办公厅关于山西、安徽省` … `四起特大煤矿瓦斯爆炸事故` … `调查处理情况
    的通报`); none when they are not."""
    piece = compact(lines[index].text)
    if not piece or piece == whole or piece not in whole:
        return []  # most lines: no piece of the title, and nothing else to read
    reach = PIECES * HALF_APART
    window = range(max(index - reach, 0), min(index + reach + 1, len(lines)))
    texts = {i: compact(lines[i].text) for i in window}
    found = [index]
    for step in (-1, 1):
        at = last = index
        while at + step in texts and abs(at + step - last) <= HALF_APART:
            at += step
            if texts[at] and texts[at] in whole and texts[at] != whole:
                found.append(at)
                last = at
    return _tiling(found, texts, whole, index)


def _tiling(found: list[int], texts: dict[int, str], whole: str, index: int) -> list[int]:
    """The lines among `found` whose texts, each used once and the longest first where two
    fit, make up `whole` end to end (line `index` among them), sorted; else none."""
    used: list[int] = []
    at = 0
    while at < len(whole):
        fits = [i for i in found if i not in used and whole.startswith(texts[i], at)]
        if not fits:
            return []
        best = max(fits, key=lambda i: len(texts[i]))
        used.append(best)
        at += len(texts[best])
    return sorted(used) if index in used and len(used) >= 2 else []


HALF_APART = 3
"""A title's pieces stand at most this many lines apart."""
PIECES = 4
"""A title is set in at most this many pieces."""


def _unstated(lines: tuple[Line, ...], items: list[Item], heads: list[int]) -> list[int]:
    """The title's lines when the format states no title, or none of the lines is it."""
    shaped = _first_run([i for i in heads if lines[i].shape is Shape.HEADING])
    if len(shaped) >= 2 and _NUMBERED_LABEL.match(lines[shaped[0]].text.strip()):
        shaped = shaped[1:]  # `附件1`, `大纲1` over the title: a label, the kicker
    if shaped:
        return _opening_title(lines, shaped)
    last_head = max(i for i, item in enumerate(items) if item.role is Role.HEAD)
    after = [item.role for item in items[last_head + 1 :]]
    group = _last_run(heads)
    speech = any(role in (Role.SUBTITLE, Role.DATE) for role in after)
    if not speech and any(role in NEWS_ROLES for role in after):
        return _closing_title(lines, _without_column(lines, group))
    if speech:  # a speech or report has no kicker: its title is over all of them, unless
        # the first is a news column's name (本院新闻, 要闻) above a release with its date
        named = len(group) >= 2 and _NEWS_COLUMN.fullmatch(lines[group[0]].text.strip())
        return group[1:] if named else group
    if Role.SPEAKER in after or Role.OFFICE in after:
        return _without_column(lines, group)
    opening = _without_column(lines, _first_run(heads))
    if len(opening) >= 2 and _is_kicker_item(items, opening[0]):
        return opening[1:2]
    if len(opening) >= 2 and _letterhead(lines[opening[0]], lines[opening[1]]):
        return _opening_title(lines, opening[1:])  # under the body's name, its release's
    return _opening_title(lines, opening)


_NUMBERED_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}\s*[\d一二三四五六七八九十]{1,3}\s*[:：]?$")
"""A label and its number over a document a format sets as headings (`附件1`, `大纲1`, `附表2`):
what it is of a set, not its title."""
_NEWS_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,3}(?:新闻|要闻|动态|快讯|资讯|新闻稿)")
"""A news column's name: `本院新闻`, `要闻`, `工会动态`."""


def _without_column(lines: tuple[Line, ...], run: list[int]) -> list[int]:
    """The run without a column's name above the title (社论, 特稿)."""
    short = len(run) >= 2 and len(lines[run[0]].text.strip()) <= COLUMN
    return run[1:] if short else run


def _opening_title(lines: tuple[Line, ...], run: list[int]) -> list[int]:
    """The longest start of `run` whose lines read as one title (at least its first line)."""
    for end in range(len(run), 1, -1):
        if _reads_as_one(lines, run[:end]):
            return run[:end]
    return run[:1]


def _closing_title(lines: tuple[Line, ...], run: list[int]) -> list[int]:
    """The longest end of `run` whose lines read as one title (at least its last line)."""
    for start in range(len(run) - 1):
        if _reads_as_one(lines, run[start:]):
            return run[start:]
    return run[-1:]


def _is_kicker_item(items: list[Item], index: int) -> bool:
    return any(item.index == index - 1 and item.role is Role.KICKER for item in items)


def _first_run(heads: list[int]) -> list[int]:
    run = heads[:1]
    for index in heads[1:]:
        if index != run[-1] + 1:
            break
        run.append(index)
    return run


def _last_run(heads: list[int]) -> list[int]:
    run = [heads[-1]]
    for index in reversed(heads[:-1]):
        if index != run[0] - 1:
            break
        run.insert(0, index)
    return run


def _stated(lines: tuple[Line, ...], heads: list[int], stated: str) -> list[int]:
    """The line or two that give the stated title, perhaps with a kicker in brackets before it
    (`【47宗保就业投诉】职工盟列6大漏洞…`: the format's title is taken apart the same way), or
    with the author and the subtitle the format's title gave too (`叶锦龙：…——问题及建议`)."""
    target = _key(stated)
    for index in heads:
        text = compact(lines[index].text)
        kicked = KICKER.match(text)
        if _key(text) == target or (kicked is not None and _key(kicked.group(2)) == target):
            return [index]
        if _key(split_title(lines[index].text).title) == target:
            return [index]
    for first, second in itertools.pairwise(heads):
        if _key(lines[first].text + lines[second].text) == target:
            return [first, second]
    return []


def _key(text: str) -> str:
    """`text` as a title is compared: without spaces, its punctuation of either width alike (a
    front matter's `死于港珠澳大桥:遗属…` is the heading the normaliser made `…大桥：遗属…`; its
    `放不下...` the heading's `放不下……`)."""
    return _DOTS.sub("…", unicodedata.normalize("NFKC", compact(text)))


_DOTS = re.compile(r"\.{2,}")
"""An ellipsis of any length or width, as NFKC spells it (`……` is six dots)."""


def _reads_as_one(lines: tuple[Line, ...], run: list[int]) -> bool:
    """Whether consecutive heading-like lines are one title broken over them: not a body's
    name over a headline that a blank line sets apart from it (a letterhead: `香港工會聯合會`
    over `工聯會促請政府…`), unless the headline names a document the body issues (`…的通知`)."""
    texts = [lines[i].text for i in run]
    return len(texts) >= 2 and all(
        reads_as_one(lines[a].text, lines[b].text) and not _letterhead(lines[a], lines[b])
        for a, b in itertools.pairwise(run)
    )


def _letterhead(upper: Line, lower: Line) -> bool:
    return (
        lower.spaced
        and upper.text.strip().endswith(ORGANISATION_END)
        and not DOCUMENT_END.search(lower.text.strip())
    )
