"""A government site's information box above a document (政府信息公开): 索引号, 主题分类, 发文机关,
成文日期, 标题, 发文字号, 发布日期, 主题词 … as labelled fields, several to a line; and an email's
header above a text sent by email (发件人, 发送时间, 收件人, 主题; From, Sent, To, Subject), which
is such a box too: its subject is the title, its sender the issuer, the day it was sent the date;
and a bulletin board's header above a post (PTT's `作者: id (暱稱) 看板: Salary`, `標題: [新聞] …`,
`時間: Thu Sep 12 18:03:11 2024`; 水木's `发信人: id (nick), 信区: Career`, `标  题: …`,
`发信站: 水木社区 (Thu Sep 12 18:03:11 2024), 站内`): its title without the board's category
(`[新聞]`), the poster's id, the day it was posted. A board's fields (作者, 时间) count only
in a box that names its poster, its board (看板, 信区) and its title: elsewhere `作者：` and
`时间：` are a page's or a meeting's.

Two or more lines of such fields among the top lines are the box. It gives the document's title
(标题), its date (成文日期, the date the document was made, before 发布日期, the day the site posted
it) and its issuing body (发文机关) where nothing else gives them, and leaves the body as recorded
edits (`metadata.infobox`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unionreader.model import Line
from unionreader.normalise.fields import labelled_values, parse_any_date

TOP = 16
"""The box stands among this many lines of the top."""
LINES = 2
"""…and has at least this many lines."""

_FIELDS = {
    "title": "标题|名称|信息名称|文件名称|主题|邮件主题|Subject",
    "made": "成文日期|发文日期|印发日期|发送时间|发件时间|发送日期|Sent|Date",
    "posted": "发布日期|公开日期|生成日期",
    "issuer": "发文机关|发布机构|发文单位|制发机关|发件人|From",
    "other": "索引号|主题分类|发文字号|文号|主题词|信息分类|体裁分类|组配分类|公开方式|公开范围"
    "|有效性|废止日期|服务对象|内容概述|所属机构|收件人|抄送|密送|To|Cc",
}
_BOARD_FIELDS = {
    "author": "作者|发信人",
    "board": "看板|信区",
    "stamp": "时间|发信站",
}
_ADDRESS = re.compile(r"\s*[<＜(（\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>＞)）\]]?")
"""An email address after a sender's name (`市总工会办公室 <office@example.org>`)."""


def _labels(fields: dict[str, str], after: str) -> re.Pattern[str]:
    """A label of one of `fields`, its characters perhaps spaced apart (`标  题`), and `after`."""
    spaced = {
        kind: "|".join(r"\s*".join(word) for word in words.split("|"))
        for kind, words in fields.items()
    }
    return re.compile(
        "(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in spaced.items()) + ")" + after
    )


_LABEL = _labels(_FIELDS, r"\s*[:：]")
_BOARD_LABEL = _labels(_BOARD_FIELDS | _FIELDS, r"(?:\s*[:：]|\s+)")
"""A board's labels, with a colon or, as a post's page shows them, spaces
(`作者  id 看板  Salary`)…"""
_BARE_BOARD_LABEL = re.compile(
    r"^(?:(?P<author>作者)|(?P<board>看板)|(?P<title>标题)|(?P<stamp>时间))(?=\S)"
)
"""…or none, as the page's text copied from a browser gives them, a line each (`作者laborlaw
(劳基法研究)`, `看板Salary`, `标题[心得] …`): the label opens the line, and no other is looked
for after it."""
BOARD_FIELDS = frozenset({"author", "board", "title"})
"""A board's header names the poster, the board and the title."""
_CATEGORY = re.compile(r"^((?:re|fw|转)\s*[:：]\s*)?[\[［【][^\]］】\s]{1,6}[\]］】]\s*", re.I)
"""A board's category before a post's title (`[新闻] `, `Re: [问卦] `)."""
_STAMP_DATE = re.compile(r"[（(](?P<date>[^（）()]{8,40})[）)]")
"""The date in brackets after a board's station (`水木社区 (Thu Sep 12 18:03:11 2024), 站内`)."""
_NICKNAME = re.compile(r"\s*[（(][^（）()]*[）)]\s*[,，]?\s*$")


@dataclass(frozen=True)
class InfoBox:
    """The box's lines (their indexes) and what its fields give."""

    indexes: tuple[int, ...]
    title: str | None
    date: str | None
    issuer: str | None
    author: str | None = None


def find_info_box(lines: tuple[Line, ...], taken: dict[int, str]) -> InfoBox | None:
    """The information box among the top lines, or None."""
    board = _box_fields(lines, taken, _BOARD_LABEL, _BARE_BOARD_LABEL)
    if board is not None and board[1].keys() >= BOARD_FIELDS:
        return _board_box(*board)
    found = _box_fields(lines, taken, _LABEL)
    if found is None:
        return None
    indexes, fields = found
    date = parse_any_date(fields.get("made", "")) or parse_any_date(fields.get("posted", ""))
    issuer = _ADDRESS.sub("", fields.get("issuer", "")).strip()
    title = " ".join(fields.get("title", "").split())  # a table's cells part it by tabs
    return InfoBox(indexes, title or None, date, issuer or None)


def _board_box(indexes: tuple[int, ...], fields: dict[str, str]) -> InfoBox:
    """A bulletin board's header: the post's title, its poster's id and its day."""
    stamp = fields.get("stamp", "")
    bracketed = _STAMP_DATE.search(stamp)
    date = parse_any_date(stamp) or (parse_any_date(bracketed["date"]) if bracketed else None)
    title = _CATEGORY.sub(lambda m: m.group(1) or "", " ".join(fields.get("title", "").split()))
    author = _NICKNAME.sub("", fields.get("author", "")).strip(" ,，")
    return InfoBox(
        indexes, title or None, date or parse_any_date(fields.get("made", "")), None, author or None
    )


def _box_fields(
    lines: tuple[Line, ...],
    taken: dict[int, str],
    label: re.Pattern[str],
    bare: re.Pattern[str] | None = None,
) -> tuple[tuple[int, ...], dict[str, str]] | None:
    """The top lines made of `label`'s fields only (two at least), and the first value of each
    kind of field, or None."""
    found: list[int] = []
    fields: dict[str, str] = {}
    for index in range(min(TOP, len(lines))):
        if index in taken:
            continue
        text = lines[index].text.strip()
        parsed = _fields(text, label)
        if parsed is None and bare is not None and (alone := bare.match(text)):
            parsed = {alone.lastgroup or "other": text[alone.end() :].strip()}
        if parsed is None:
            continue
        found.append(index)
        for kind, value in parsed.items():
            fields.setdefault(kind, value)
    return (tuple(found), fields) if len(found) >= LINES else None


def _fields(text: str, label: re.Pattern[str]) -> dict[str, str] | None:
    """The fields of a line made of the box's labelled fields only, or None."""
    if not label.match(text):  # (most lines: no label is looked for past the first)
        return None
    labels = list(label.finditer(text))
    return {match.lastgroup or "other": value for match, value in labelled_values(labels, text)}
