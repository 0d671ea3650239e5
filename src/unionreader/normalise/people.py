"""People named in a text's header: speakers and authors, with their offices.

A name is two to four Han characters opening with a common surname (or a redaction `XXX` / `***`
standing for one), so that a short heading such as 特稿 or 讲话 is never taken for a name. A
speaker line is a name, perhaps after an office (`中华全国总工会主席 王东明`, with or without the
space) and perhaps followed by 同志; an editorial's author is a body's commentator
(`本报评论员`, `人民日报评论员`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from unionreader.chinese import COMPOUND_SURNAMES, HAN, SURNAMES
from unionreader.link.words import common_words

logger = logging.getLogger(__name__)

OFFICE_TITLES = (
    "主席", "副主席", "书记", "副书记", "委员", "常委", "部长", "副部长", "主任", "副主任", "组长",
    "局长", "厅长", "市长", "省长", "县长", "区长", "镇长", "会长", "秘书长", "理事长", "董事长",
    "总经理", "经理", "院长", "校长", "社长", "总编辑", "代表", "处长", "科长", "总理", "副总理",
    "主任委员", "巡视员", "调研员", "组织员", "干事", "教授", "研究员", "党组成员", "发言人",
    "新闻发言人", "主持人", "司长", "署长", "议员", "校董", "总裁", "行长", "主编", "总编",
    "成员",
)  # fmt: skip
_REDACTED = re.compile(rf"(?:[Xx×*＊○□]{{2,3}}|[{HAN}][Xx×*＊○□]{{1,2}})")
_NAME = re.compile(
    rf"^(?:{'|'.join(COMPOUND_SURNAMES)})[{HAN}]{{1,2}}$|^[{SURNAMES}][{HAN}]{{1,2}}$"
    rf"|^[{HAN}]{{1,6}}·[{HAN}]{{1,8}}$"
)
_OFFICE = "|".join(sorted(OFFICE_TITLES, key=len, reverse=True))
_SPEAKER = re.compile(
    rf"^(?:(?P<office>[{HAN}A-Za-z0-9（）()、，,·\s]{{0,60}}?(?:{_OFFICE}))[\s　]*)?"
    rf"(?P<name>[{HAN}]{{1,6}}·[{HAN}]{{1,8}}|[{HAN}·Xx×*＊○□]{{2,7}}?|[{HAN}][\s　]+[{HAN}])"
    r"(?:同志)?$"
)
_COMMENTATOR = re.compile(rf"^[{HAN}]{{0,10}}(?:评论员|编辑部|特约评论员|社论|时评员)$")


@dataclass(frozen=True)
class Speaker:
    """Who a header line names: the person (or commentator) and their office, if given."""

    name: str
    office: str | None


def is_name(text: str) -> bool:
    """Whether `text` is a person's name (or a redaction standing for one)."""
    compact = re.sub(r"[\s　]", "", text)
    return bool(_NAME.match(compact) or _REDACTED.fullmatch(compact))


def name_before_office(text: str) -> Speaker | None:
    """A name run into the office after it (`方敏北京大学经济学院教授`, as an author's note writes
    it): the name is the one of two or three characters after which a common word begins and
    across whose end none runs, and the office ends with a title (教授, 主任 …)."""
    if not text.endswith(OFFICE_TITLES):
        return None
    words = common_words()
    for length in (2, 3):
        name, office = text[:length], text[length:]
        opens = office[:2] in words or length == 3  # a word begins after the name …
        if (
            len(office) >= 2
            and is_name(name)
            and opens
            and text[length - 1 : length + 1] not in words
        ):
            return Speaker(name, office)  # … and none runs across its end
    return None


_NAME_NOTED = re.compile(rf"^(?P<name>[{HAN}]{{2,4}})\s*[（(](?P<office>[^（）()]{{2,40}})[）)]$")
"""A name and, in brackets after it, the office (`田向利（全国政协委员，四川省政协主席）`)."""


def parse_speaker(text: str) -> Speaker | None:
    """The speaker or author a whole header line names, or None.

    `王东明` · `王 刚` · `张三同志` · `中华全国总工会主席 王东明` · `区总工会党组书记、主席张三` ·
    `本报评论员`.
    """
    stripped = text.strip(" \u3000")
    if _COMMENTATOR.match(stripped):
        return Speaker(stripped, None)
    inner = stripped[1:-1] if stripped[:1] in "（(" and stripped[-1:] in "）)" else stripped
    noted = _NAME_NOTED.match(inner)
    if noted and is_name(noted.group("name")):  # 田向利（全国政协委员，四川省政协主席）
        return Speaker(noted.group("name"), noted.group("office").strip())
    match = _SPEAKER.match(inner)
    if match is None:
        return None
    name = re.sub(r"[\s　]", "", match.group("name"))
    office = match.group("office")
    if not is_name(name) and not (office and _named_apart(inner, name)):
        return None
    return Speaker(name, " ".join(office.split()) if office else None)


OTHER_NAME = (4, 6)
"""A name with no Chinese surname that an office stands before (`自治区主席 嘎玛泽登`, a Tibetan
name) is this many characters long…"""


def _named_apart(line: str, name: str) -> bool:
    """…set apart from the office by a space, at the line's end, and holding at most one word
    of the common words (`洛桑江村`: 洛桑 is a name there too; `工作报告` holds two)."""
    if not OTHER_NAME[0] <= len(name) <= OTHER_NAME[1] or not re.search(rf"\s{name}$", line):
        return False
    words = common_words()
    return sum(name[i : i + 2] in words for i in range(len(name) - 1)) <= 1


SPOKEN_ON = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)"
)
"""The day a speech was given, as its occasion opens (`2024年3月5日`, `二〇二六年一月二十七日`)."""
_SPEECH = r"(?:讲话|致辞|致词|发言|演讲|演辞|报告|陈情|答记者问|谈话|致.{2,24}(?:信|辞))"
_NAME_FIRST = re.compile(
    rf"^(?:{SPOKEN_ON})?(?P<name>[{HAN}·]{{2,4}}?)(?:同志|{_OFFICE})?在.{{2,60}}?(?:上|中|时)?的"
    rf"(?:[{HAN}]{{0,4}}工作)?{_SPEECH}"
)
_OFFICE_NAME = re.compile(rf"(?:{_OFFICE}|会长|校长|院长|发言人)(?P<name>[{HAN}]{{2,3}}?){_SPEECH}")


def speaker_in_title(title: str) -> str | None:
    """The speaker a title (or a subtitle) names: `王东明在…上的讲话`,
    `香港律师会会长苏绍聪致辞全文`, `2025年1月15日龚正市长在…的政府工作报告`."""
    for pattern in (_NAME_FIRST, _OFFICE_NAME):
        match = pattern.search(title)
        if match and is_name(name := match.group("name")) and not _body_word(name):
            return name
    return None


def _body_word(name: str) -> bool:
    """Whether a name of three characters is a common word (党中央 in `王沪宁代表党中央致词`,
    where 代表 is no office): no one's name."""
    return len(name) == 3 and name in common_words()
