"""Punctuation rule: ASCII punctuation in Chinese text becomes full-width; stray spaces go.

Width ("punctuation"): `, ; : ! ?` become `，；：！？` when the text next to them is Chinese;
between digits or Latin letters they stay, so decimals, times (09:25:16), thousands separators
(1,000), URLs and Latin phrases are left alone. A `.` that ends a Chinese sentence becomes `。`,
three to six after Chinese an ellipsis, `……`.
Parentheses are converted as a pair, when what they hold or the text around them is Chinese:
解读(下) → 解读（下）.

Spacing ("spacing"): in body text (a line with sentence punctuation) a space between two Chinese
characters, or after full-width punctuation, is a copying accident and goes (not one before a
reporter's role, which parts two names: `记者王五 通讯员赵六`, nor one before a field's label,
`人事：王小姐 电话：686868`). A line without
sentence punctuation is headline-like and may use spaces to separate phrases, so it keeps them;
so does a news headline standing first in the text (`headline`), or a line a format marks as a
heading (Markdown's `#`, a page's `<h1>`), punctuation and all. Words
set letter-spaced at the end of such a line are closed up (`第一章 总 则` → `第一章 总则`).
Leading and trailing whitespace is layout, left to the line rules.
"""

from __future__ import annotations

import itertools
import logging
import re

from unionreader.chinese import (
    CJK_PUNCTUATION,
    HAN,
    LAW_NUMBER,
    NUMERAL_CHARS,
    SPACES,
    han_count,
    has_han,
    is_chinese,
    is_han,
)
from unionreader.markers import INSERTED, INSERTED_FIGURE
from unionreader.model import Edit, Line, Pass, Shape
from unionreader.normalise.edits import substitute
from unionreader.normalise.fields import parse_byline, parse_dateline
from unionreader.normalise.furniture import is_name_list
from unionreader.normalise.header_roles import opens_with_headline
from unionreader.normalise.ngrams import Ngrams, word_across
from unionreader.normalise.people import is_name
from unionreader.tables import CELL, rows_together, table_rows

logger = logging.getLogger(__name__)

WIDTH_RULE = "punctuation"
SPACING_RULE = "spacing"
BLANK_RULE = "blank"

FULL_WIDTH = {
    ",": "，",
    ";": "；",
    ":": "：",
    "!": "！",
    "?": "？",
    "(": "（",
    ")": "）",
    ".": "。",
}
"""ASCII punctuation and the full-width form it takes in Chinese text."""

BODY_PUNCTUATION = "，。；！？："
"""Sentence punctuation: a line holding one is body text, not a headline."""

TRANSPARENT = SPACES + "*"
"""Skipped when looking for the text next to a mark: spaces, and redactions (`*`), which stand
for Chinese words."""

PAIR_SPAN = 30
"""An aside in parentheses up to this long is recorded as one edit with both its parentheses
(解读(下) → 解读（下）); the parentheses of a longer one are recorded one by one."""

_ASCII_MARK = re.compile(rf"\([^()]{{0,{PAIR_SPAN}}}\)|[,;:!?().]")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})$")
"""What stands before a list number's full stop at a line's start (`1.`, `一.历史上的包公`)."""
_ROLE_WORD = "(?:记者|通讯员|实习生|见习记者|特约记者|摄影)"
"""A space before one parts two reporters in a byline (记者王五 通讯员赵六), and stays; so
does the space after a wire's lead (新华社北京1月11日电 …)."""
_NEXT_FIELD = r"(?:联系)?(?:电话|手机|传真|邮箱|电邮|邮编|地址|联系人|网址|微信|时间|地点)[：:]"
"""…and so does a space before a contact's or a notice's field (人事：王小姐 电话：686868: two
fields of a contact line, which had read as a name `王小姐电话`)."""
_STRAY_SPACE = re.compile(
    rf"(?<=[{HAN}{CJK_PUNCTUATION}])(?<!日电)(?<!日讯)[{SPACES}]+(?!{_ROLE_WORD}|{_NEXT_FIELD})"
    rf"(?=[{HAN}{CJK_PUNCTUATION}])"
    rf"|(?<=[{CJK_PUNCTUATION}])[{SPACES}]+(?=[^{SPACES}])"
)


_DATE_BLANK = re.compile(
    rf"(?:(?<![\d０-９{NUMERAL_CHARS}])([{SPACES}]*)|(?<=[\d０-９{NUMERAL_CHARS}]))"
    rf"年([{SPACES}]+)月([{SPACES}]+)日"
)
"""A date a form leaves blank, to be filled in by hand (`甲乙双方于　　年　　月　　日签订`, a
signature's `　　年　　月　　日`): spaces where its numbers go (the year's may have gone with
the line's indent: a date that opens its line has a blank year too)."""
_WIDE_SPACE = re.compile("\u3000|[ \u00a0]{2}")
"""What a date's blank is at least: an ideographic space, or two narrow ones."""
BLANK = "＿＿"
"""A blank to fill in, as forms print it."""


def _date_blanks(date: re.Match[str]) -> str:
    """The date with a blank for each number its spaces stand for (the month's and the day's
    each at least two wide, an ideographic space counting two; else it is no blank date)."""
    if not all(_width(date.group(part)) >= 2 for part in (2, 3)):
        return date.group(0)
    blank_year = date.group(1) is not None and (date.group(1) or date.start() == 0)
    year = BLANK if blank_year else ""  # (a date that opens its line: its indent is gone)
    return f"{year}年{BLANK}月{BLANK}日"


def _width(spaces: str) -> int:
    return sum(2 if space == "\u3000" else 1 for space in spaces)


_LETTER_SPACED = re.compile(rf"(?:(?<=^)|(?<=[\s　]))[{HAN}](?:[ 　]+[{HAN}])+$")
"""A heading's words set letter-spaced to the end of the line (`总 则`, `国 务 院 工 作 规 则`):
single characters parted by spaces, each one (a name list's names are two characters or more)."""


def _closed_up(match: re.Match[str]) -> str:
    return re.sub(r"[ 　]+", "", match.group(0))


_ANY_SPACE = re.compile(f"[{SPACES}]")
_SPACE_RUN = re.compile(f"[{SPACES}]{{2,}}|[\t\u00a0]")
_BY_MARK = re.compile(f"(?<=[，。；：！？、])[{SPACES}]+|[{SPACES}]+(?=[，。；：！？、])")
"""Spaces beside a full-width mark in a headline (`不说不知， NRK…`): the mark parts enough."""


def _one_space(match: re.Match[str]) -> str:
    """A run of spaces in a headline as one: full-width if it holds one, else ASCII."""
    return "\u3000" if "\u3000" in match.group(0) else " "


def is_body_text(text: str) -> bool:
    """Whether `text` holds sentence punctuation, and so is running text rather than a headline."""
    return any(mark in text for mark in BODY_PUNCTUATION)


def _neighbour(text: str, index: int, step: int, skip: str = TRANSPARENT) -> str:
    """The first character from `index` going `step` that is not in `skip` (by default a space or
    `*`; "" if none)."""
    index += step
    while 0 <= index < len(text) and text[index] in skip:
        index += step
    return text[index] if 0 <= index < len(text) else ""


_ENCLOSING = TRANSPARENT + "()\"'"
"""Skipped, besides `TRANSPARENT`, when looking for the text next to a clause mark: a bracket or
a quotation mark (…办法(草案); ends a Chinese item)."""


def _chinese_around(text: str, index: int, skip: str = TRANSPARENT) -> bool:
    before, after = _neighbour(text, index, -1, skip), _neighbour(text, index, 1, skip)
    return is_chinese(before) or is_chinese(after)


def _parenthesis_pairs(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """ASCII parenthesis pairs as (open, close) indexes, and the indexes of unmatched ones."""
    pairs: list[tuple[int, int]] = []
    unmatched: list[int] = []
    opened: list[int] = []
    for mark in _PARENTHESIS.finditer(text):
        index = mark.start()
        if mark[0] == "(":
            opened.append(index)
        elif opened:
            pairs.append((opened.pop(), index))
        else:
            unmatched.append(index)
    return pairs, unmatched + opened


_PARENTHESIS = re.compile(r"[()]")
_CLAUSE_MARK = re.compile(r"[,;:!?]")
_FULL_STOP = re.compile(r"\.")
"""The marks `_to_widen` looks at, found without a step of Python per character of a line."""


def _full_stop(text: str, index: int) -> bool:
    """Whether the ASCII `.` at `index` ends a Chinese sentence (…比例为3:2. · 完成任务.下一步).

    It follows Chinese text (or a number in a Chinese line) and ends the line or comes before a
    Han character. A decimal, a list number (1.), a URL, a redaction (*.*), a day named by its
    numerals (五.一, 一二.九) or Latin stays.
    """
    before, after = _neighbour(text, index, -1, SPACES), _neighbour(text, index, 1, SPACES)
    if before in _CLOSERS:  # …补贴磁砖(选接近原磁砖之花色).: what the bracket closes decides
        before = _neighbour(text, index, -1, SPACES + _CLOSERS) or before
    if _LIST_NUMBER.match(text[:index]) or "*" in (before, after):
        return False
    if before and after and before in NUMERAL_CHARS and after in NUMERAL_CHARS:
        return False
    if after == "":
        return is_chinese(before) or (before.isdigit() and is_chinese(_before_figure(text, index)))
    return is_han(after) and is_chinese(before)


_CLOSERS = ")）」』》”’】"
"""Closing brackets and quotation marks a sentence's full stop may follow."""
_IN_FIGURE = frozenset("0123456789 \t　:：,，.-–—/~～")


def _before_figure(text: str, index: int) -> str:
    """The character before the figure that ends `text[:index]`, and before the Latin word the
    figure ends, if any (比例为|3:2, 供给|Mate60, 页码|29–32): a figure ends a Chinese sentence
    after Chinese (完成了100., 供给Mate60.), not a Latin one's (Herald, p. 6.; Law Review, 3,
    29–32.)."""
    at = index - 1
    while at >= 0 and text[at] in _IN_FIGURE:
        at -= 1
    while at >= 0 and text[at].isascii() and text[at].isalpha():
        at -= 1
    return text[at] if at >= 0 else ""


def _to_widen(text: str) -> set[int]:
    """The indexes of the ASCII marks in `text` that stand in Chinese text."""
    pairs, unmatched = _parenthesis_pairs(text)
    marks = (mark.start() for mark in _CLAUSE_MARK.finditer(text))
    widen = {index for index in marks if _chinese_around(text, index, _ENCLOSING)}
    widen.update(index for index in unmatched if _chinese_around(text, index))
    stops = (stop.start() for stop in _FULL_STOP.finditer(text))
    widen.update(index for index in stops if _full_stop(text, index))
    for start, end in pairs:
        inner = text[start + 1 : end]
        around = is_chinese(_neighbour(text, start, -1)) or is_chinese(_neighbour(text, end, 1))
        if around or any(is_chinese(char) for char in inner):
            widen.update((start, end))
    return widen


_REFERENCE = re.compile(r"\[[A-Z]{1,2}(?:/[A-Z]{2})?\]\s*(?:\.|//)")
"""A reference cited as GB/T 7714 sets it, its kind's code after the title (`图像的情感特征分析
[J]. 电子学报, 2001, 9(12A): 123-128`, `[M]. 北京：…`, `[C]//…`, `[EB/OL].`): its half-width
marks and their spaces are the standard's, and stay."""


def _widen(line: Line) -> tuple[Line, list[Edit]]:
    if not _ASCII_MARK.search(line.text):  # most Chinese lines: nothing to look at
        return line, []
    if _REFERENCE.search(line.text):
        return line, []
    widen = _to_widen(line.text)
    if not widen:
        return line, []

    def replace(match: re.Match[str]) -> str:
        start = match.start()
        return "".join(
            FULL_WIDTH[char] if start + offset in widen else char
            for offset, char in enumerate(match[0])
        )

    return substitute(WIDTH_RULE, line, _ASCII_MARK, replace)


_NUMBERED_PART = re.compile(
    rf"第\s*(?:{LAW_NUMBER})(?:{INSERTED_FIGURE}\s*条{INSERTED}|\s*(?:章|节|编|篇|部分))"
)
"""An article or a part of a law or a charter at the start of a line (第一条　为保障…): the
space after its number parts it from its text, as in print, and stays."""


_NAME_ROW = re.compile(
    rf"^\s*(?:[{HAN}]{{2,6}}\s*[:：]\s*)?"  # a group's label: 上海：
    rf"(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,4}}[·‧•・][{HAN}·‧•・]{{1,8}})"  # a name
    rf"(?:[（(][^（）()]{{1,10}}[）)])?"  # a note on it: （女）
    rf"[{SPACES}]+(?=[{HAN}])"
)
"""A row of a list of people: a name, then a space, then where they work or what they are
(`上海：江源 华东师范大学第一附属中学教师`, `张莉（女） 北京轨道交通路网管理有限公司…主任`):
the space is all that parts the name from the unit."""


_ELLIPSIS = re.compile(
    rf"(?:(?<=[{HAN}，。、；：！？」』）》])|(?<=[{HAN}][”’])|(?<=[{HAN}] [”’]))"
    r"[ \t]*\.{3,6}(?!\.|\s*\d)"
)
"""Three to six ASCII dots after Chinese: an ellipsis (`他回应说“可能是”......`, `去年的 ......`,
an utterance broken off), which is `……` in Chinese text; a longer run, or one before a figure,
is a contents page's leader (`总则..........1`) and stays."""


_ENDS_SENTENCE = re.compile(r"[。！？.!?]\s*$")


def _is_row(text: str) -> bool:
    """A row of a list of people (`_NAME_ROW`): a person's name (or one with a middle dot)
    first, or last after a unit (`_NAME_LAST`), and no sentence."""
    if _ENDS_SENTENCE.search(text):
        return False
    return _named_space(text) >= 0


def _named_space(text: str) -> int:
    """Where the space parting a person's name from a unit in a row of a list starts (-1:
    no such row): after the name (`上海：江源 华东师范大学…`) or before it (`…商场 刘晓敏）`)."""
    row = _NAME_ROW.match(text)
    if row is not None and _person(row.group("name")):
        return len(row.group(0).rstrip(SPACES))
    last = _NAME_LAST.search(text)
    return last.start() if last is not None and _person(last.group("name")) else -1


def _person(name: str) -> bool:
    return any(dot in name for dot in "·‧•・") or is_name(name)


_NAME_LAST = re.compile(rf"(?<=[{HAN}])[{SPACES}]+(?P<name>[{HAN}]{{2,3}})[)）]?$")
"""A person's name after a space at a row's end, perhaps closing a bracket (`…（作者：西城金融街
管理所 王奇三）`)."""


def name_rows(lines: tuple[Line, ...]) -> set[int]:
    """The lines that are rows of a list of people (`_NAME_ROW`, and no sentence: a row ends
    with no full stop), each beside another such row, as a list's rows stand (a sentence that
    opens with a word and a stray space stands alone)."""
    return rows_together([_is_row(line.text) for line in lines])


_REPORTERS_AT_END = re.compile(
    rf"(?:记者|通讯员)\s*[{HAN}]{{2,4}}(?:[{SPACES}]+[{HAN}]{{2,4}})+(?=[）)]?\s*$)"
)
"""Reporters' names closing a text (`…（总台央视记者张萍 郑怡哲）`): the spaces part them."""
_REPORTER_NAME = rf"(?:[{HAN}]{{2,4}}|[{HAN}][ \u3000][{HAN}](?![{HAN}]))"
_REPORTERS_IN_BRACKETS = re.compile(
    rf"(?<=[（(])[{HAN}]{{0,12}}?(?:记者|通讯员|实习生|评论员)[{SPACES}]*{_REPORTER_NAME}"
    rf"(?:[{SPACES}]+(?:(?:记者|通讯员|实习生)[{SPACES}]*)?{_REPORTER_NAME})+(?=[）)])"
)
"""Reporters named in brackets, in a dateline or after a text (`本报北京4月28日电（记者 张三
李四）`, `（本报记者　王　浩　李心萍）`, `（评论员 罗博 萧海川）`): the spaces part the names (and
pad a short one)."""


_CREDITED_NAMES = re.compile(
    rf"(?<=[:：])[{SPACES}]*{_REPORTER_NAME}(?:[{SPACES}]+{_REPORTER_NAME})+$"
)
"""The names a credit gives after its label, a space between each (`整理：陈帅 夏榆`, `作者：张三
李四`): where each is a person's name (`_people`), the spaces part two people."""


def _people(names: str) -> bool:
    return all(_person(name) for name in re.split(f"[{SPACES}]+", names.strip(SPACES)))


_SPACED_MARKER = re.compile(
    rf"^(?:(?:[{NUMERAL_CHARS}]{{1,4}}|\d{{1,3}})[ \u3000]+(?=[、．])"
    rf"|[（(][ \u3000]*(?:[{NUMERAL_CHARS}]{{1,4}}|\d{{1,3}})[ \u3000]*[）)])"
)
"""A number that opens a heading or a point with spaces inside its mark (`一 、总体要求`,
`（ 一 ）完善…`, `1 ．…`), as a page set it wide: the spaces go, so that it is read as one."""


_MARKER_GAP = re.compile(
    rf"^((?:[{NUMERAL_CHARS}]{{1,4}}[、，]|[（(](?:[{NUMERAL_CHARS}]{{1,4}}|\d{{1,3}})[）)]"
    rf"|\d{{1,3}}[．.、](?!\d)))[{SPACES}]+(?=[^\x00-\x7f{SPACES}])"
)
"""Spaces after the number that opens a heading or a point (`一、 总体要求`, `二、\t主要任务` as
Word sets a numbered list, `（一）　加强引领`): they go (a law's `第一条　` keeps its own, and
so does one before a figure or a Latin word: `1. 1997年` would read as 1.1997)."""


def _marker_gap(line: Line) -> tuple[Line, list[Edit]]:
    return substitute(SPACING_RULE, line, _MARKER_GAP, lambda match: match.group(1))


_INNER_TAB = re.compile(r"(?<=\S)[ \u3000]*\t[ \t\u3000]*(?=\S)")
"""A tab inside a line that is no table's row (`第一章⇥总则`, as Word sets a heading's number
apart): one space, as the line's words are parted."""


def _despace(
    line: Line, ngrams: Ngrams, row: bool = False, table: bool = False
) -> tuple[Line, list[Edit]]:
    if not _ANY_SPACE.search(line.text):
        return line, []  # every step below closes or keeps a space: most lines have none
    line, gap = _marker_gap(line)
    if gap:
        line, edits = _despace(line, ngrams, row, table)
        return line, gap + edits
    marker = _SPACED_MARKER.match(line.text)
    if marker is not None and any(space in marker.group(0) for space in " \u3000"):
        line, closed = substitute(SPACING_RULE, line, _SPACED_MARKER, _unspaced)
        line, edits = _despace(line, ngrams, row, table)
        return line, closed + edits
    if not table and not is_body_text(line.text):
        line, tabs = substitute(SPACING_RULE, line, _INNER_TAB, lambda _: " ")  # 第一章⇥总则
        line, closed = substitute(SPACING_RULE, line, _LETTER_SPACED, _closed_up)  # 第一章 总 则
        return line, tabs + closed
    if not table and is_name_list(line.text):  # 布小林（女，蒙古族） 卢展工
        return line, []
    kept = _kept_space(line.text, row)
    whole = [match.span() for match in _SLOGAN.finditer(line.text) if _parallel(match[0])]
    whole += [match.span() for match in _HEADLINE_ITEM.finditer(line.text)]
    whole += [m.span() for m in _TITLED.finditer(line.text) if _clauses(m[0], ngrams)]
    whole += [match.span() for match in _REPORTERS_AT_END.finditer(line.text)]
    whole += [match.span() for match in _REPORTERS_IN_BRACKETS.finditer(line.text)]
    whole += [match.span() for match in _CREDITED_NAMES.finditer(line.text) if _people(match[0])]
    return substitute(
        SPACING_RULE,
        line,
        _STRAY_SPACE,
        lambda match: (
            match.group(0)
            if match.start() == kept or any(a < match.start() < b for a, b in whole)
            else CELL * match.group(0).count(CELL)
            if table and CELL in match.group(0)  # a table's row: each tab parts two cells
            else _column_gap(line.text, match)
        ),
    )


COLUMN_GAP = 4
"""Spaces at least this wide (an ideographic space counts two) between two Chinese characters
part two columns set side by side, not the words of a sentence (a signature block:
`甲方（盖章）：某公司　　　　乙方（盖章）：某公司工会委员会`)."""


_GOES_ON = frozenset("的了着在和与及并而把被对从向以于为将之其或跟同比让给是")
"""Characters a sentence goes on after (a preposition, a particle, a conjunction): a gap after
one is a stray space inside the sentence (`难以在　　一段可见时间内`), not a column's end."""


def _unspaced(mark: re.Match[str]) -> str:
    return mark.group(0).replace(" ", "").replace("\u3000", "")


def _column_gap(text: str, gap: re.Match[str]) -> str:
    """What a run of spaces in running text becomes: one ideographic space where it parts two
    columns after a Chinese character or an empty field's colon, else nothing. A line that ends
    a sentence is no row of columns: a run of spaces between its characters is a line break a
    copy left inside a word (`你觉得奇怪　　　吗？一个文人…`)."""
    before = text[gap.start() - 1] if gap.start() else ""
    ends = (is_han(before) and before not in _GOES_ON) or before in "：:"  # or an empty field's
    honoured = text.startswith(_HONORIFICS, gap.end())  # 提请　阁下: a space of respect
    worded = is_han(before) and any(mark in text for mark in "。！？") and not honoured
    column = _width(gap.group(0)) >= COLUMN_GAP and ends and not worded
    return "\u3000" if column else ""


_HONORIFICS = ("阁下", "閣下", "钧座", "鈞座")
"""Words a formal letter sets a space before, in respect (空抬: `我们希望提请　阁下政府注意`)."""


_SLOGAN = re.compile(r"[「“『][^」”』，。；！？、：,;!?]{2,40}[」”』]")
"""A slogan in quotation marks, its phrases parted by a space as printed (`「共建共荣 共享共赢」`):
the space stays where the phrases match (`_parallel`)."""


def _parallel(quoted: str) -> bool:
    """Whether a quotation's phrases, parted by spaces, are two or more of one length, two
    characters or more (`共建共荣 共享共赢`, `撑劳工 为基层 争公义`), as a slogan sets them."""
    phrases = quoted[1:-1].split()
    return len(phrases) >= 2 and len(set(map(len, phrases))) == 1 and len(phrases[0]) >= 2


_CLAUSE = r"[\u4e00-\u9fff“”‘’《》【】「」A-Za-z0-9·]{4,}"
_HEADLINE_ITEM = re.compile(
    r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])[ \u3000]*[\u4e00-\u9fff“”《》【】A-Za-z0-9·]{6,}"
    rf"(?:[ \u3000]+{_CLAUSE})+(?:——[^，。；：]{{2,40}})?[；;。：:]?$"
    rf"|^{_CLAUSE}(?:[ \u3000]+{_CLAUSE})+(?:——[^，。；：]{{2,40}})?[；;]$"
)
"""An item of a list of headlines, its clauses parted by spaces as a headline parts them:
numbered (`1.庆祝…表彰大会隆重举行 习近平发表重要讲话；`, a news broadcast's summary; `14.俄称
打击乌军人员及装备 乌称击退俄军进攻 国际人士：` over the rest of its headline), or
under its number's line, ending with the list's semicolon (`牢记“三个务必” 坚定历史自信 增强
历史主动——论学习贯彻党的二十大精神；`)."""
_TITLED = re.compile(r"《[^《》\n]{4,80}》")
"""A document's title in book-title marks, which keeps the space that parts its clauses
(`《…感染肺炎疫情 切实保障人民群众生命健康安全的意见》`, as the title itself is printed)."""


def _clauses(titled: str, ngrams: Ngrams) -> bool:
    """Whether a title's spaces part clauses of four Chinese characters or more each, none
    inside a word the text writes elsewhere whole (`…医保部门数据应 用模式的通知`, a PDF's
    line break copied as a space, where the text has `数据应用模式`)."""
    parts = titled[1:-1].split()
    clauses = len(parts) >= 2 and all(han_count(part) >= 4 for part in parts)
    return clauses and not any(word_across(a, b, ngrams) for a, b in itertools.pairwise(parts))


def _kept_space(text: str, row: bool) -> int:
    """Where the one run of spaces a line of body text keeps starts (-1: none): after the number
    of an article (`第一条　为保障…`), or after the name in a row of a list of people."""
    numbered = _NUMBERED_PART.match(text)
    if numbered:
        return numbered.end()
    return _named_space(text) if row else -1


_BYLINE_LABEL = re.compile(r"^(?:作者|文|撰文|记者|通讯员|本报记者|文字|文／图|文/图)\s*[:：]")
"""A byline's label: its line's spaces part the names it gives (the metadata rules read them)."""


def _parted_by_spaces(text: str) -> bool:
    """Whether `text` is a byline or a dateline whose spaces part the names and fields it gives
    (`作者：于珊珊 马明花  编辑：于珊珊`, `发布日期：2016-11-15 作者：于珊珊 马明花 编辑：…`): the
    metadata rules read them so."""
    stripped = text.strip()
    if " " not in stripped and "\u3000" not in stripped:
        return False
    if _BYLINE_LABEL.match(stripped) and parse_byline(stripped):
        return True
    fields = parse_dateline(stripped) if _AUTHOR_FIELD in stripped else None
    return fields is not None and fields.author is not None


_AUTHOR_FIELD = "作者"


def normalise_punctuation(lines: tuple[Line, ...]) -> Pass:
    """Widen ASCII punctuation in Chinese text, then drop stray spaces in body text, by line."""
    out: list[Line] = []
    edits: list[Edit] = []
    headline = opens_with_headline(lines)
    rows = name_rows(lines)
    tables = table_rows(lines)
    ngrams = Ngrams(lines)
    for position, line in enumerate(lines):
        if not has_han(line.text):  # a line in another language (a bilingual letter's English)
            out.append(line)  # keeps its own punctuation and spaces: `“iLabour”, an …`
            continue
        widened, width_edits = _widen(line)
        if "..." in widened.text:  # (most lines have none)
            widened, dots = substitute(WIDTH_RULE, widened, _ELLIPSIS, lambda _: "……")
            width_edits += dots
        if "月" in widened.text and _WIDE_SPACE.search(widened.text):  # (most lines have none)
            widened, blank_edits = substitute(BLANK_RULE, widened, _DATE_BLANK, _date_blanks)
            width_edits += blank_edits
        if (position == 0 and headline) or line.shape is Shape.HEADING:  # its spaces part its
            # clauses (a format's heading is a headline whatever stands below it): one is enough
            spaced, space_edits = substitute(SPACING_RULE, widened, _SPACE_RUN, _one_space)
            spaced, closed = substitute(SPACING_RULE, spaced, _LETTER_SPACED, _closed_up)
            spaced, marked = substitute(SPACING_RULE, spaced, _BY_MARK, lambda _: "")
            spaced, gap = _marker_gap(spaced)
            space_edits += closed + marked + gap
        elif _parted_by_spaces(widened.text):
            spaced, space_edits = widened, []  # 作者：于珊珊 马明花  编辑：…: the names' spaces
        else:
            spaced, space_edits = _despace(widened, ngrams, position in rows, position in tables)
        out.append(spaced)
        edits.extend(width_edits + space_edits)
    logger.debug("punctuation: %d edits in %d lines", len(edits), len(lines))
    return Pass(tuple(out), tuple(edits))
