"""Where a saved page's text begins and ends among the lines the page shows.

An extraction library finds the body of an article but often leaves out its header (the headline,
a kicker or subtitle, the dateline and bylines) and lets through labels around it (`图集`,
`加载更多`, a list of related headlines). Read the way a reader reads the page:

- **the header** stands just above the first sentence of the body: going up from there past
  widgets, controls, short labels and photo captions, the dateline and byline lines are kept, and
  the nearest one or two headline-like lines are the title and its kicker or subtitle. Of two,
  the one the page's own title names is the title; else the shorter (a kicker above or a subtitle
  below a title explains it, at greater length);
- **labels before the body** (a word or two, no sentence) and **the tail after it** (short labels,
  lists of other headlines) are dropped, except the lines that sign a text: a name, a body's
  name, a date, an author in brackets.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter

from unionreader.chinese import SENTENCE_END, compact, is_han, is_heading_like
from unionreader.docmeta import is_salutation
from unionreader.markers import heading_number, leading_marker, marker_alone
from unionreader.model import Shape
from unionreader.normalise.contents import is_contents_label
from unionreader.normalise.ending import is_organisation, organisations, signs
from unionreader.normalise.fields import (
    CLOCK,
    has_field_label,
    is_document_number,
    parse_byline,
    parse_date_line,
    parse_dateline,
)
from unionreader.normalise.furniture import is_navigation
from unionreader.normalise.people import is_name, parse_speaker
from unionreader.normalise.titles import reads_as_one
from unionreader.normalise.widgets import is_widget
from unionreader.tables import CELL, cells

logger = logging.getLogger(__name__)

Item = tuple[str, Shape | None, int]

REGION = 20
"""The header lies within this many shown lines above the body."""

LABEL = 4
"""A line this short (without punctuation) is a label, not text."""

BARE_LABEL = 8
"""A label the page shows apart from its value (`来源：`) is at most this long."""

MINOR = 6
"""Between the title and the text, a line this short without a sentence is a page's control."""

_HOME_WORDS = frozenset({"首页", "主页", "网站首页", "返回首页", "EN", "English", "繁体", "简体"})
MENU_WORD = 4
"""A menu's link is at most this long."""

TAIL_LABEL = 10
"""After the body, a line this short without a sentence is a label."""

_LABELLED = re.compile(r"^[^：:，。]{1,6}\s*[:：]")
_NOTICE_PART = re.compile(r"^(?:附件|附录|联系人|联系电话|联系方式|电话|邮箱|地址)\s*\d*\s*[:：]")
_CLOCKED_TIME = re.compile(r"\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$")
_TIMESTAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def _sentence(text: str) -> bool:
    return any(mark in text for mark in SENTENCE_END)


def _label(text: str) -> bool:
    return len(compact(text)) <= LABEL and not _sentence(text)


def _meta(text: str) -> bool:
    """A dateline, byline, date, speaker, authoring bodies or the document's number
    (`国发〔2018〕39号`, under a government page's headline): header lines the text keeps."""
    stripped = text.strip()
    return bool(
        is_document_number(stripped)
        or parse_dateline(stripped)
        or parse_byline(stripped)
        or parse_date_line(stripped)
        or parse_speaker(stripped)
        or organisations(stripped)
    )


def _labelled(text: str) -> bool:
    """A page's `label：value` line (访问量：4859, 关联稿件：…, 分类：统计公报)."""
    return bool(_LABELLED.match(text.strip()) or has_field_label(text))


def _part_heading(text: str) -> bool:
    """A numbered heading of the text's first part (`一、静态页面`, or its number alone: `(一)`):
    the text has begun, and what follows it, however short (a list's `CDN`), is none of the
    page's labels."""
    number = heading_number(text.strip()) or marker_alone(text)
    return number is not None and number.ordinal == 1


def _skippable(text: str) -> bool:
    """Widgets, controls, menus and short labels (分享, Qzone, 字体：, 首页 工会动态) between
    the title and the text."""
    minor = len(compact(text)) <= MINOR and not _sentence(text)
    return minor or is_widget(text) or is_navigation(text) or _menu(text)


def _menu(text: str) -> bool:
    """Short words side by side: links of a menu (`首页 工会动态 维权服务`, `首页 工会动态`;
    a headline of two phrases such as `凝心聚力 实干争先` is none)."""
    words = text.split()
    short = len(words) >= 2 and all(len(word) <= MENU_WORD for word in words)
    return short and (len(words) >= 3 or any(word in _HOME_WORDS for word in words))


def _headline(text: str) -> bool:
    return (
        len(compact(text)) > LABEL
        and is_heading_like(text, max_length=60)
        and heading_number(text) is None
        and not is_navigation(text)
    )


def find_header(items: list[Item], shown: list[str], page_title: str | None) -> list[Item]:
    """`items` with the page's header in front: kicker, title (a HEADING), subtitle, and the
    dateline and bylines, in the page's order; header lines the extraction kept are not doubled,
    and a line it kept above the body that the page shows only below it (a sidebar's related
    headline) goes."""
    first = next(
        (
            i
            for i, item in enumerate(items)
            if (_sentence(item[0]) or is_salutation(item[0]))
            and not _names(item[0], page_title or "")  # a headline may ask or exclaim
        ),
        None,
    )
    if first is None:
        return items
    target = compact(items[first][0])
    body = next((i for i, line in enumerate(shown) if compact(line) == target), -1)
    if body < 0:  # the extraction ran the body's paragraphs together: the first of them
        body = next((i for i, line in enumerate(shown) if _opens(compact(line), target)), -1)
    if body < 0:
        return items
    heads, metas = _above(shown, body, page_title)
    named = _named_line(shown, body, page_title)
    if named is not None and not any(_names(shown[i], page_title or "") for i in heads):
        heads, metas = [named], [i for i in metas if i > named]
    if not heads:
        return items
    title = _choose(heads, shown, page_title)
    whole = len(title) > 1 and compact(page_title or "") == compact(
        "".join(shown[i] for i in title)
    )
    header: list[tuple[int, Item]] = []  # each with its place among the page's lines
    for index in sorted([*heads, *metas]):
        if whole and index in title:  # set on lines the page's title gives whole
            if index == title[0]:
                header.append((index, ((page_title or "").strip(), Shape.HEADING, 1)))
        elif index in title:
            header.append((index, (shown[index], Shape.HEADING, 1)))
        else:
            header.append((index, (shown[index], None, 0)))
    taken = {compact(item[0]) for _, item in header} | {compact(shown[i]) for i in heads}
    taken.add("".join(compact(shown[i]) for i in heads))
    above = {compact(line) for line in shown[:body]}
    below = {compact(line) for line in shown[body + 1 :]}
    rest = [
        item
        for item in items[:first]
        if compact(item[0]) not in taken
        and (compact(item[0]) in above or compact(item[0]) not in below)  # a sidebar's, below
    ]
    begun = next((i for i, item in enumerate(rest) if _part_heading(item[0])), len(rest))
    rest = [
        item
        for at, item in enumerate(rest)
        if at >= begun  # under the text's first numbered heading: the text's, however short
        or is_salutation(item[0])
        or is_contents_label(item[0])  # 目录 over the entries: the contents rule reads them
        or not (_label(item[0]) or _labelled(item[0]))
    ]
    # the lines the extraction kept above the body stand where the page has them among the
    # header's (a speech's own title over its speaker and date), else under them; a line
    # shown twice (a table of contents' entry, then its heading) is each copy in its place
    start = header[0][0] if header else body
    places: dict[str, list[int]] = {}
    for at in range(len(shown[:body]) - 1, start, -1):
        places.setdefault(compact(shown[at]), []).append(at)
    placed = [*header, *((_next_place(places, item[0], body), item) for item in rest)]
    return [item for _, item in sorted(placed, key=_place)] + items[first:]


def _opens(line: str, target: str) -> bool:
    """Whether a line the page shows is the first paragraph of a body run together, `target`:
    a sentence's length at least, and all of it the start of the body."""
    return len(line) >= OPENING and target.startswith(line) and _sentence(line)


OPENING = 20
"""The first paragraph of a body run together is found by a line at least this long."""


def _next_place(places: dict[str, list[int]], text: str, body: int) -> int:
    """Where the next copy of `text` stands among the page's lines (`places`: each line's
    places, last first), or `body` where none is left."""
    left = places.get(compact(text))
    return left.pop() if left else body


def _place(placed: tuple[int, Item]) -> int:
    return placed[0]


def _above(
    shown: list[str], body: int, page_title: str | None = None
) -> tuple[list[int], list[int]]:
    """The headline lines (one or two, or as many as spell the page's title) and the dateline
    and byline lines above the body."""
    heads: list[int] = []
    metas: list[int] = []
    spelling = False  # lines are taken as they spell the page's title, and only so
    for index in range(body - 1, max(-1, body - REGION - 1), -1):
        text = shown[index]
        next_to = not heads or heads[0] == index + 1
        spelt = next_to and _spells(page_title, [text, *(shown[i] for i in heads)])
        headline = (
            _headline(text)
            and not _menu(text)
            and next_to
            and _more(shown, heads, text, page_title)
        )
        if _meta(text) and not heads:
            metas.insert(0, index)
        elif spelling and not spelt:
            break  # what stands above the lines that spell the page's title is not of it
        elif spelt and not headline:  # a short line of it (`实施意见`), or one that exclaims
            heads.insert(0, index)
            spelling = True
        elif (_skippable(text) or _labelled(text)) and not heads:
            continue
        elif headline or (not heads and metas[:1] == [index + 1] and _exclaimed(text)):
            heads.insert(0, index)  # (an exclaiming headline right over the dateline over
            # the text: `…成功举行！` over `发布时间：2019-05-18 来源：…`)
        else:
            break
    return heads, metas


def _exclaimed(text: str) -> bool:
    """A headline that ends in an exclamation or a question (`…学术年会在重庆成功举行！`)."""
    stripped = text.strip()
    bare = stripped.rstrip("！？!?")
    return bare != stripped and _headline(bare)


NAMED_SHARE = 0.6
"""A line is the headline the page's title names when one of the two holds the other whole and
is at least this share of it (a title may be cut short with …, or a line may be)."""


def _names(line: str, page_title: str) -> bool:
    """Whether the page's title (its headline part) names `line`."""
    named, text = compact(page_title), compact(line)
    if len(text) <= LABEL or not named:
        return False
    shorter, longer = sorted((named, text), key=len)
    return longer.startswith(shorter.rstrip(".…")) and len(shorter) >= NAMED_SHARE * len(longer)


def _named_line(shown: list[str], body: int, page_title: str | None) -> int | None:
    """The nearest line above the body that the page's own title names: the headline, however
    far up (a share bar, an advert, a comment counter or an account menu may stand between it
    and the text, and read as a headline themselves)."""
    if not page_title:
        return None
    for index in range(body - 1, -1, -1):
        if _names(shown[index], page_title) and not is_navigation(shown[index]):
            return index
    return None


def _more(shown: list[str], heads: list[int], text: str, page_title: str | None = None) -> bool:
    """Whether a headline line above `heads` belongs to the header: a second one, or a third
    when the three read as one title broken over lines, or any that begins the page's title
    with those below it (`国务院办公厅关于山西、安徽省` over two more lines of a government
    page's headline, whose table of fields gives it whole)."""
    if len(heads) < 2:
        return True
    lines = [text, *(shown[i] for i in heads)]
    if _spells(page_title, lines):
        return True
    return len(heads) == 2 and all(reads_as_one(a, b) for a, b in itertools.pairwise(lines))


def _spells(page_title: str | None, lines: list[str]) -> bool:
    """Whether `lines` together are the page's title, or its end (a line above may begin it)."""
    named, joined = compact(page_title or ""), compact("".join(lines))
    return bool(named) and len(lines) <= HEAD_LINES and named.endswith(joined)


HEAD_LINES = 4
"""A headline the page's title spells out is set on at most this many lines."""


def merge_labels(shown: list[str]) -> list[str]:
    """Shown lines with a bare label joined to the value the page shows on the next line
    (`来源：` `山西日报` → `来源：山西日报`)."""
    merged: list[str] = []
    for line in shown:
        above = merged[-1] if merged else ""
        bare = above.endswith(("：", ":")) and len(above) <= BARE_LABEL
        if bare and len(line) <= BARE_LABEL * 3 and not _sentence(line):
            merged[-1] = above + line
        else:
            merged.append(line)
    return merged


def _choose(heads: list[int], shown: list[str], page_title: str | None) -> list[int]:
    """Which of the headline lines are the title: all of them when they read as one title
    broken over lines, else the one the page's title names, else the shorter."""
    texts = [shown[i] for i in heads]
    if len(heads) == 1 or all(reads_as_one(a, b) for a, b in itertools.pairwise(texts)):
        return heads
    if compact(page_title or "") == compact("".join(texts)):
        return heads  # the page's title spells them out
    named = compact(page_title or "")
    for index in heads:
        if named and (compact(shown[index]) == named or named.startswith(compact(shown[index]))):
            return [index]
    return [min(heads, key=lambda index: len(compact(shown[index])))]


def trim_tail(items: list[Item]) -> list[Item]:
    """`items` without the labels and link lists after the body (signatures stay).

    The body ends with its last sentence outside a list; after it go short labels (新闻评论,
    加载更多), list items that are no sentences or end with a timestamp (other headlines), and
    dates with a time of day or in a list (a related list's, whose headlines went as links: a
    signature's date has no time and is no list's item)."""
    last = max(
        (i for i, item in enumerate(items) if _sentence(item[0]) and item[1] not in _LISTED),
        default=-1,
    )
    if last < 0:
        return items
    widths = Counter(len(cells(text)) for text, _, _ in items[last + 1 :] if CELL in text)
    after = items[last + 1 :]
    kept = [
        (signs(item[0]) and not CLOCK.search(item[0]) and item[1] not in _LISTED)
        or is_organisation(item[0])
        or widths[len(cells(item[0]))] >= 2  # a table's rows, as wide as each other: data
        or not _junk(item)
        for item in after
    ]
    kept = [keep or _among_signers(after, kept, at) for at, keep in enumerate(kept)]
    return [*items[: last + 1], *(item for item, keep in zip(after, kept, strict=True) if keep)]


def _among_signers(items: list[Item], kept: list[bool], at: int) -> bool:
    """Whether a short line after the text stands among lines of its kind that stay: the
    signers of an appeal one to a line (`同济大学东方红兵团` between `上海市炮打司令部联合兵团` and
    `上海交通大学反到底兵团`), all three Chinese characters only, it as long as they nearly
    (`SIGNER_LENGTH` of theirs), and no list's item."""
    if not 0 < at < len(items) - 1 or not (kept[at - 1] and kept[at + 1]):
        return False
    text, shape, _ = items[at]
    sides = [items[at - 1][0], items[at + 1][0]]
    if shape in _LISTED or not all(all(map(is_han, compact(line))) for line in [text, *sides]):
        return False  # (a menu's `·礼品/烟具/优惠券` between two of its lines is none)
    return len(compact(text)) >= SIGNER_LENGTH * min(len(compact(side)) for side in sides)


SIGNER_LENGTH = 0.6


_LISTED = (Shape.BULLET, Shape.CONTINUED)
"""The shapes of a list's lines without numbers."""
_BRACKETED = re.compile(r"^[（(][^（）()]{2,30}[）)]$")
"""A short note wholly in brackets after a text."""
_ROLE = re.compile(
    r"^[\u4e00-\u9fff][\u4e00-\u9fff ]{0,8}(?:席|长|人|员|任|记|委)\s*[:：]\s*"
    r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff ]{1,5})$"
)
"""An office and the person who holds it (`主 席：蒋 明`, `秘书长：刘夏进`, `主持人：王芳`)."""


def _junk(item: Item) -> bool:
    text, shape, _ = item
    if _NOTICE_PART.match(text.strip()):
        return False  # 附件：… · 联系人：… close a notice
    if _BRACKETED.match(text.strip()):
        return False  # （此件公开发布） · （本文有删减）: notes the normaliser reads
    role = _ROLE.match(text.strip())
    if role and is_name(role["name"]):
        return False  # 主 席：蒋 明 · 秘书长：刘夏进: a committee's officers, listed
    if shape in _LISTED:
        clause = leading_marker(text.strip()) is not None or text.rstrip()[-1:] in "；;，,：:"
        if clause:
            return False  # (一)矿山井下作业；: a regulation's clauses, not other headlines
        return "。" not in text or bool(_TIMESTAMP.search(text))
    if CLOCK.search(text) and signs(_CLOCKED_TIME.sub("", text)):
        return True  # a date with a time of day, alone
    return len(compact(text)) <= TAIL_LABEL and not _sentence(text)
