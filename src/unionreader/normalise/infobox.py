"""A government site's information box above a document (政府信息公开): 索引号, 主题分类, 发文机关,
成文日期, 标题, 发文字号, 发布日期, 主题词 … as labelled fields, several to a line; and an email's
header above a text sent by email (发件人, 发送时间, 收件人, 主题; From, Sent, To, Subject), which
is such a box too: its subject is the title, its sender the issuer, the day it was sent the date.

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
_ADDRESS = re.compile(r"\s*[<＜(（\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>＞)）\]]?")
"""An email address after a sender's name (`市总工会办公室 <office@example.org>`)."""
_LABEL = re.compile(
    "(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in _FIELDS.items()) + r")\s*[:：]"
)


@dataclass(frozen=True)
class InfoBox:
    """The box's lines (their indexes) and what its fields give."""

    indexes: tuple[int, ...]
    title: str | None
    date: str | None
    issuer: str | None


def find_info_box(lines: tuple[Line, ...], taken: dict[int, str]) -> InfoBox | None:
    """The information box among the top lines, or None."""
    found: list[int] = []
    fields: dict[str, str] = {}
    for index in range(min(TOP, len(lines))):
        if index in taken:
            continue
        parsed = _fields(lines[index].text.strip())
        if parsed is None:
            continue
        found.append(index)
        for kind, value in parsed.items():
            fields.setdefault(kind, value)
    if len(found) < LINES:
        return None
    date = parse_any_date(fields.get("made", "")) or parse_any_date(fields.get("posted", ""))
    issuer = _ADDRESS.sub("", fields.get("issuer", "")).strip()
    title = " ".join(fields.get("title", "").split())  # a table's cells part it by tabs
    return InfoBox(tuple(found), title or None, date, issuer or None)


def _fields(text: str) -> dict[str, str] | None:
    """The fields of a line made of the box's labelled fields only, or None."""
    if not _LABEL.match(text):  # (most lines: no label is looked for past the first)
        return None
    labels = list(_LABEL.finditer(text))
    return {match.lastgroup or "other": value for match, value in labelled_values(labels, text)}
