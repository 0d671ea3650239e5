"""Ordinal markers (第一，一是，一要，一、，（一），1．，（1）) at a line start or inline."""

from __future__ import annotations

import functools
import logging
import re

from unionreader.chinese import (
    LAW_NUMBER,
    NUMERAL,
    POSITIONAL,
    WORDS_ENDING_SO,
    is_heading_like,
    numeral_value,
    positional_value,
)
from unionreader.model import Marker, MarkerFamily

logger = logging.getLogger(__name__)

INSERTED = r"(?:之[一二三四五六七八九十]{1,3})?"
"""An article an amendment set after another takes its number and 之一, 之二 (第十七条之一)…"""
INSERTED_FIGURE = r"(?:-\d{1,2})?"
"""…or, in Taiwan's law database, its number and a figure (`第 9-1 條`, `第 84-1 條`)."""
ARTICLE = re.compile(
    rf"^第\s*({LAW_NUMBER}){INSERTED_FIGURE}\s*条{INSERTED}[ \t\u3000\u00a0]+(?=\S)"
)
"""An article of a law, a regulation or a charter (第一条　为保障…, 第一百零五条 …, and one an
amendment set after another, 第十七条之一　…): its number, then a space before its text (第一条经验
是… is a sentence)."""

APPENDIX_ALONE = re.compile(r"^(?:附件|附录|附表)[\d一二三四五六七八九十]{0,2}[:：]?$")
"""An appendix's label alone on its line (`附件二`, `附录：`): it opens a part of its own."""
PART_NAMES = (
    "总则",
    "序言",
    "前言",
    "引言",
    "导言",
    "附则",
    "附录",
    "结束语",
    "结语",
    "目次",
    "目录",
)
"""The names of a text's parts that stand alone on their lines, with its top numbering (a
charter's 总则 before its 第一章, a law's 附则, a book's 前言)."""

CIRCLED_FROM = {"\u2460": 20, "\u2474": 20, "\u2488": 20, "\u2776": 10}
"""Each run of numbers in circles or brackets (① ⑴ ⒈ ❶), from its first code point, and how
many it holds."""


_CIRCLED = "".join(
    f"{first}-{chr(ord(first) + count - 1)}" for first, count in CIRCLED_FROM.items()
)
"""`CIRCLED_FROM` as a pattern's character class."""

ROMAN_FIRST, ROMAN_LAST = "\u2160", "\u216b"
"""The Roman numerals Unicode has as single characters, Ⅰ to Ⅻ (what a Chinese document numbers
its parts with, when it does so: `Ⅰ、总体要求`)."""

FORMAL_NUMERALS = {
    **dict.fromkeys("壹", "一"),
    **dict.fromkeys("贰貳", "二"),
    **dict.fromkeys("叁参參叄", "三"),
    **dict.fromkeys("肆", "四"),
    **dict.fromkeys("伍", "五"),
    **dict.fromkeys("陆陸", "六"),
    **dict.fromkeys("柒", "七"),
    **dict.fromkeys("捌", "八"),
    **dict.fromkeys("玖", "九"),
    **dict.fromkeys("拾", "十"),
}
"""The formal numerals (大写) a Taiwan or an official document numbers its parts with (`壹、主席
報告`, `貳、討論事項`), and the common numeral each stands for."""
_FORMAL = "".join(FORMAL_NUMERALS)

LETTERED = re.compile(r"^[A-Za-z][.．、)）](?:[ \u3000]+\S|[\u4e00-\u9fff])")
"""An item lettered (`e. 口頭與壁報…`, `B.图书：…`), as minutes and an exam's options set them:
it starts a line of its own and heads nothing."""

_NO_RANGE = r"(?![—–～~\-]+[ \u3000]*[（(:：])"
"""After a marker in brackets: not a dash to another marker or to a colon (`（一）—（三）：`,
`（八）——  ：`, a range of the text's parts a note speaks of, numbers nothing)."""

_LEADING: tuple[tuple[MarkerFamily, re.Pattern[str]], ...] = (
    (MarkerFamily.ARTICLE, ARTICLE),
    (MarkerFamily.VOLUME, re.compile(rf"^第({NUMERAL})[编篇][、，：:\s\u3000]*")),
    (MarkerFamily.PART, re.compile(rf"^【?第({NUMERAL})(?:部分|章)[、，：:\s\u3000]*")),
    (MarkerFamily.SECTION, re.compile(rf"^第({NUMERAL})节[、，：:\s\u3000]*")),
    (
        MarkerFamily.ROMAN,
        re.compile(rf"^([{ROMAN_FIRST}-{ROMAN_LAST}])(?:[、．]|\.(?!\d))[ \u3000]*"),
    ),
    (
        MarkerFamily.FORMAL,
        re.compile(rf"^([{_FORMAL}]{{1,3}})(?:、|[．.](?!\d))(?!\S、)[ \u3000]*"),
    ),
    (MarkerFamily.DI, re.compile(rf"^第({NUMERAL})点?[，、,：:]")),
    (MarkerFamily.SHI, re.compile(rf"^({NUMERAL})是")),
    (MarkerFamily.YAO, re.compile(rf"^({NUMERAL})要")),
    (MarkerFamily.DUN, re.compile(rf"^({POSITIONAL}|{NUMERAL})(?:[、，]|[．.](?![\d.．]))")),
    (MarkerFamily.PAREN, re.compile(rf"^[（(]({POSITIONAL}|{NUMERAL})[）)]{_NO_RANGE}")),
    (MarkerFamily.ARABIC, re.compile(r"^(\d{1,2})(?:[．、]|[.：，](?!\d)|[)）](?!\d))")),
    (MarkerFamily.ARABIC_PAREN, re.compile(rf"^[（(](\d{{1,2}})[）)]{_NO_RANGE}")),
    (MarkerFamily.CIRCLED, re.compile(rf"^([{_CIRCLED}])\s*")),
)
HEADING_FAMILIES = (
    MarkerFamily.VOLUME,
    MarkerFamily.PART,
    MarkerFamily.SECTION,
    MarkerFamily.ROMAN,
    MarkerFamily.FORMAL,
    MarkerFamily.DUN,
    MarkerFamily.PAREN,
    MarkerFamily.ARABIC,
)
"""Families that number headings when the line is heading-like (一、总体要求), highest rank
first: 第一编 (第一篇, a manual's or a book's) over 第一部分 (第一章) over 第一节 over Ⅰ、
over 壹、 over 一、 over （一） over 1．"""

NAMED_PARTS = (MarkerFamily.VOLUME, MarkerFamily.PART, MarkerFamily.SECTION)
"""Families whose number names the part it heads (第一编, 第一章, 第一节)."""

RUNNING_FAMILIES = (MarkerFamily.ARTICLE,)
"""Families that count on through headings (a law's articles run on from chapter to chapter)."""

INLINE_FAMILIES = (MarkerFamily.DI, MarkerFamily.SHI, MarkerFamily.YAO)
"""Families that can run inline inside one paragraph (…：一是…；二是…)."""

_INLINE = re.compile(rf"(?<=[：；。:;])\s*(第({NUMERAL})[，、]|({NUMERAL})是|({NUMERAL})要)")


def _circled(char: str) -> int | None:
    code = ord(char)
    for first, count in CIRCLED_FROM.items():
        if ord(first) <= code < ord(first) + count:
            return code - ord(first) + 1
    return None


def _value(family: MarkerFamily, digits: str) -> int | None:
    if family is MarkerFamily.CIRCLED:
        return _circled(digits)
    if family is MarkerFamily.ROMAN:
        return ord(digits) - ord(ROMAN_FIRST) + 1
    if family is MarkerFamily.FORMAL:
        return numeral_value("".join(FORMAL_NUMERALS[char] for char in digits))
    if family in (MarkerFamily.ARABIC, MarkerFamily.ARABIC_PAREN) or digits.isdecimal():
        return int(digits) if int(digits) > 0 else None
    if family in (MarkerFamily.PAREN, MarkerFamily.DUN):
        return numeral_value(digits) or positional_value(digits)  # （十一） or （一一）
    return numeral_value(digits)


_STARTS = (
    frozenset("第一二三四五六七八九十（(【" + _FORMAL)
    | {chr(code) for code in range(ord(ROMAN_FIRST), ord(ROMAN_LAST) + 1)}
    | {chr(ord(first) + step) for first, count in CIRCLED_FROM.items() for step in range(count)}
)
"""Every character a marker of `_LEADING` can start with but a digit (most lines start with
none of them)."""


@functools.lru_cache(maxsize=1 << 12)
def leading_marker(text: str) -> Marker | None:
    """The ordinal marker a line starts with, or None.

    The numeral is read whole, so 十一是 is eleven, never 一是; 第一位 and 第二十次 are not
    markers because 第N must be followed by a comma or 、. (The rules ask it of a line again
    and again: the answer is kept.)
    """
    first = text[:1]
    if first not in _STARTS and not first.isdecimal():  # what \d matches
        return None
    for family, pattern in _LEADING:
        match = pattern.match(text)
        if match and (ordinal := _value(family, match.group(1))) is not None:
            return Marker(match.group(0), family, ordinal)
    return None


def is_inserted(marker: Marker) -> bool:
    """Whether `marker` numbers an article an amendment inserted after the one of its number
    (`第十七条之一`, `第 9-1 条`: `INSERTED`)."""
    return marker.family is MarkerFamily.ARTICLE and _INSERTED_MARK.search(marker.text) is not None


_INSERTED_MARK = re.compile(r"之|\d-\d")


def heading_number(text: str) -> Marker | None:
    """The number of a numbered heading line (一、… with no sentence punctuation), or None."""
    marker = leading_marker(text)
    if marker is None or marker.family not in HEADING_FAMILIES or marker.text.endswith("，"):
        return None
    rest = text[len(marker.text) :]
    if not rest.strip() and marker.family in NAMED_PARTS:
        return marker  # 第一章 alone on its line (a novel's): a heading, its name or none below
    return marker if is_heading_like(rest, max_length=80) else None


def inline_markers(text: str) -> list[tuple[int, Marker]]:
    """Every marker that follows ：；。 inside `text`, with the offset where it starts."""
    found: list[tuple[int, Marker]] = []
    for match in _INLINE.finditer(text):
        di, shi, yao = match.group(2), match.group(3), match.group(4)
        family = MarkerFamily.DI if di else MarkerFamily.SHI if shi else MarkerFamily.YAO
        ordinal = numeral_value(di or shi or yao)
        if ordinal is not None:
            found.append((match.start(1), Marker(match.group(1), family, ordinal)))
    return found


def enumeration(text: str) -> list[tuple[int, Marker]]:
    """The inline enumeration in `text`: markers of one family counting 1, 2, 3… in order.

    Returns the first such sequence of at least two markers, or [] when there is none.
    """
    candidates = inline_markers(text)
    for start, (_, first) in enumerate(candidates):
        if first.ordinal != 1:
            continue
        sequence = [candidates[start]]
        for offset, marker in candidates[start + 1 :]:
            if marker.family == first.family and marker.ordinal == sequence[-1][1].ordinal + 1:
                sequence.append((offset, marker))
        if len(sequence) >= 2:
            return sequence
    return []


def marker_alone(text: str) -> Marker | None:
    """The ordinal marker that is all of a line (`(一)`, `3.`), or None."""
    stripped = text.strip()
    marker = leading_marker(stripped)
    return marker if marker is not None and marker.label == stripped else None


FUNCTION_ENDINGS = "的是和与及把被将于且在给"
"""Function words a heading cannot end with: a line ending with one breaks off mid-sentence."""

_CONNECTIVE_ENDINGS = ("按照", "根据", "为了", "因为", "所以", "如果", "不仅", "以便", "随着")


def ends_in_function_word(text: str) -> bool:
    """Whether `text` ends with a function word, so that it cannot be a finished heading."""
    stripped = text.rstrip()
    if stripped.endswith(_CONNECTIVE_ENDINGS):
        return True
    return stripped[-1:] in FUNCTION_ENDINGS and stripped[-2:] not in WORDS_ENDING_SO
