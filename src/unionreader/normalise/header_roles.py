"""The roles of the lines at the top of a text, read one by one down to the body.

A line is a title candidate (heading-like, not numbered), a kicker (`【…】`, or a one-sentence
kicker above a title), a subtitle (`——…` under a title), a date line, a speaker or the bodies that
issue a text, an author's office note, a reporters' byline or a portal's dateline. The reading
stops at the first line of the body: running text, a salutation or a numbered heading.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import Enum

from unionreader.chinese import SENTENCE_END, compact, is_heading_like
from unionreader.docmeta import is_salutation, opens_greeting
from unionreader.markers import heading_number, leading_marker
from unionreader.model import Line, Shape
from unionreader.normalise.ending import is_author_note, is_organisation, organisations
from unionreader.normalise.fields import (
    CLOCK,
    WRITER_LABEL,
    bracketed_byline,
    is_code_field,
    is_document_number,
    is_field_line,
    is_masthead,
    parse_byline,
    parse_date_line,
    parse_dateline,
    parse_when_line,
)
from unionreader.normalise.furniture import RIGHTS
from unionreader.normalise.headline import is_running, opens_as_headline
from unionreader.normalise.lines import NO_PARAGRAPH_START
from unionreader.normalise.people import SPOKEN_ON, is_name, parse_speaker
from unionreader.normalise.preface import is_editor_note, is_wire_lead
from unionreader.normalise.titles import DASH, KICKER

logger = logging.getLogger(__name__)

WINDOW = 12
"""The header lies within this many lines of the top."""

HEADS = 3
"""At most this many heading-like lines belong to a header (a kicker and a title over two)."""

KICKER_SENTENCE = 40
"""A one-sentence kicker above a title is at most this long."""

KICKED_HEADLINE = 10
"""A headline with punctuation after a kicker in brackets on its line is at least this long."""

KICKER_LEAD = 80
"""A kicker that leads into the title with a dash (…重点聚焦——) is at most this long."""

QUESTION_TITLE = 30
"""A title ending with ？ or ！ (工会如何当好娘家人？) is at most this long."""

COLUMN = 4
"""A heading-like line this short above the title is a column's name (社论, 特稿, 工会视点)."""


class Role(Enum):
    HEAD = "head"  # a title candidate
    KICKER = "kicker"  # 【…】 or a kicker sentence
    SUBTITLE = "subtitle"
    REPEAT = "repeat"  # the title again, as the document's own header repeats a page's
    DATE = "date"
    SPEAKER = "speaker"
    BYLINE = "byline"
    DATELINE = "dateline"
    OFFICE = "office"  # 作者为工党副主席, beside a byline


SPEECH_ROLES = (Role.SUBTITLE, Role.DATE, Role.SPEAKER, Role.OFFICE)
NEWS_ROLES = (Role.BYLINE, Role.DATELINE)


@dataclass(frozen=True)
class Item:
    index: int
    role: Role


OCCASION = re.compile(
    rf"^{SPOKEN_ON}\s*(?:在|于)[^。！？：:]{{4,60}}(?:上|时)(?:的(?:讲话|报告|发言))?$"
)
"""A speech's occasion under its title, with no dash before it: a date, where (在…), and 上."""
_ORIGINAL_TITLE = re.compile(r"^[【\[]?(?:原标题|原题)[】\]]?\s*[:：]\s*\S")
"""A repost's note of the headline the text ran under (`原标题：现代快报｜外卖订单上…`)."""
GENRE_NOTE = re.compile(
    r"^[（(]\s*(?:代序|序|序言|自序|代前言|前言|代跋|跋|后记|代后记|节选|摘编|摘录|代发刊词)\s*[）)]$"
)
"""What a text is to the book it stands in, in brackets under its title (`（代序）`, `（节选）`):
its subtitle."""
_NOTE = re.compile(r"^[（(][^（）()]+[）)]$")
"""A line wholly in brackets is a note (`（译自俄文稿）`, `（根据录音整理）`), never a title."""


def is_title_candidate(line: Line) -> bool:
    """A title candidate: heading-like, not numbered, not a point, not a salutation."""
    text = line.text.strip()
    if line.shape is Shape.HEADING:
        return heading_number(text) is None
    if line.shape in (Shape.ITEM, Shape.BULLET, Shape.CONTINUED, Shape.QUOTE, Shape.ROW):
        return False
    return (
        is_heading_like(text, max_length=60)
        and heading_number(text) is None
        and leading_marker(text) is None
        and not DASH.match(text)
        and not _NOTE.match(text)
        and not is_document_number(text)
        and not is_field_line(text)
        and not opens_greeting(text)  # …，全体国人同胞，大家好: a speech's opening
    )


def _spaced(following: list[Line]) -> bool:
    """Whether a blank line stands between a line and the first of `following`."""
    return bool(following) and following[0].spaced


def _question_title(text: str) -> bool:
    """A short title that ends with ？ or ！ and has no other sentence punctuation."""
    return (
        len(text) <= QUESTION_TITLE
        and text[-1:] in "？！?!"
        and not any(mark in text[:-1] for mark in SENTENCE_END + "，")
    )


_ISSUER_MARK = re.compile(r"^(?P<issuer>\S{2,24}?)\s*文件$")
"""An official document's masthead, the issuer's name over its number (`中华全国总工会文件`)."""


_EVENT_TIME = re.compile(r"^[（(]?[一二三四五六七八九十\d]*[、.．)）]?\s*时\s*间\s*[:：]")
_EVENT_FIELD = re.compile(
    r"^[（(]?[一二三四五六七八九十\d]*[、.．)）]?\s*(?:地\s*点|参加人员|参会人员|出席人员|参加对象"
    r"|主持人|主\s*持|会议地点|活动地点)\s*[:：]"
)


def _event_fields(text: str, below: str) -> bool:
    """Whether `text` is an event's `时间：` field over the rest of its fields (`地点：`,
    `参加人员：`, `主持人：`): when something happens, not when a page was posted, even with
    a time of day."""
    return bool(_EVENT_TIME.match(text) and _EVENT_FIELD.match(below.strip()))


def _role(line: Line, seen_head: bool, titled: bool = False) -> Role | None:
    text = line.text.strip()
    if not seen_head and (mark := _ISSUER_MARK.match(text)) and is_organisation(mark["issuer"]):
        return Role.KICKER
    if (kicker := KICKER.match(text)) and not seen_head:
        rest = kicker.group(2).strip()
        if not rest and bracketed_byline(text):
            return Role.BYLINE  # 【记者张世昌/台中报导】
        if rest and is_heading_like(rest, max_length=60):
            return Role.HEAD
        if len(rest) >= KICKED_HEADLINE and opens_as_headline(rest, None, header_below=True):
            return Role.HEAD  # 【职工盟解散】昔日领导码头工潮　何伟航泪言：职工盟「娘家」被搞散！
        if len(rest) <= KICKER_SENTENCE:
            return Role.KICKER  # a label, or a label and a short sentence
        return None  # a paragraph of the text that opens with a label: the body
    if parse_dateline(text) or is_wire_lead(text):
        return Role.DATELINE
    if parse_date_line(text) or (seen_head and parse_when_line(text)):
        return Role.DATE
    if parse_byline(text) or body_credit(text) or _DESK_CREDIT.match(text):
        return Role.BYLINE  # (社会中心／综合报导: a desk's credit, which names no writer)
    subtitled = seen_head or titled  # (a speaker or an office under a stated title: the text's)
    if subtitled and DASH.match(text) and is_heading_like(DASH.sub("", text), max_length=80):
        return Role.SUBTITLE
    if seen_head and OCCASION.match(text):
        return Role.SUBTITLE  # 2026年1月14日在浙江省第十四届人民代表大会第四次会议上
    if seen_head and GENRE_NOTE.match(text):
        return Role.SUBTITLE  # （代序） under a preface's title
    if seen_head and _ORIGINAL_TITLE.match(text):
        return Role.REPEAT  # 原标题：… under a repost's own title: its headline where it ran
    if seen_head and parse_speaker(text):
        return Role.SPEAKER
    if seen_head and (bodies := organisations(text)) and " " in bodies:
        return Role.SPEAKER  # 宜春市统计局 国家统计局宜春调查队
    if seen_head and is_author_note(text):
        return Role.OFFICE
    if is_title_candidate(line):
        return Role.HEAD
    return None


def classify(lines: tuple[Line, ...], top: list[int], titled: bool = False) -> list[Item]:
    """Roles of the top lines, up to the first line of the body (`titled`: the format states
    the title and no line sets it, so a subtitle `——…` or the author's name alone, which stand
    under a title, may stand first)."""
    items: list[Item] = []
    heads = 0
    for position, index in enumerate(top):
        line = lines[index]
        text = line.text.strip()
        if is_salutation(text) or heading_number(text) is not None or is_editor_note(text):
            break
        if opens_greeting(text):
            break  # …，全体国人同胞，大家好: the speech begins
        if is_document_number(text) or RIGHTS.match(text) or is_code_field(text):  # over a title
            continue  # 国发〔2004〕18号: the document's number, under its title or over it
        role = _role(line, seen_head=heads > 0, titled=titled)
        following = [lines[i] for i in top[position + 1 : position + 3]]
        if role is Role.DATELINE and following and _event_fields(text, following[0].text):
            break  # 时间：2017年1月7日 14：00 over 地点：…: when the event is, the text's
        if titled and role in (None, Role.HEAD) and _name_under_title(text, items, following):
            role = Role.BYLINE  # 刘宾雁 alone under the title, over the text: its author
        if role is not Role.SPEAKER and heads and following and office_above(text, following[0]):
            role = Role.SPEAKER  # 国务院总理 over 李　强: the office on a line of its own
        if heads and role in (None, Role.HEAD) and _issuer(text, following):
            role = Role.SPEAKER  # a report's cover: 深圳市统计局 over 二〇二二年十二月
        if role is None and _headline(text, index, following):
            role = Role.HEAD
        elif role is None and position == 0 and _question_title(text) and _spaced(following):
            role = Role.HEAD  # 996ICU会走向何处？ set apart over the text: a question for a title
        elif role is None and not heads and not titled and _kicker_sentence(text, following):
            role = Role.KICKER
        elif role is None and not items and _translated_title(text, following):
            role = Role.KICKER  # `HKCTU Statement on …` over `职工盟就…的声明`: over the title
        if role is None and heads and _set_again(text, lines, items):
            role = Role.REPEAT  # a headline with ！ in it (no heading's shape) set again
        if role is None or (role is Role.HEAD and heads == HEADS):
            break
        if role is Role.HEAD and heads and is_masthead(lines[items[-1].index].text):
            items = [Item(i.index, Role.KICKER if i.role is Role.HEAD else i.role) for i in items]
            heads = 0  # a newspaper's masthead over the headline: what stood above it, a label
        if role is Role.HEAD and heads and items[-1].role not in (Role.HEAD, Role.KICKER):
            if not _repeats_title(text, lines, items, following):
                break  # a heading after the title's date or speaker heads the first section
            role = Role.REPEAT  # the document's own header under the page's: it goes on
        if role is Role.HEAD and following and _continued(following[0].text):
            while items and items[-1].role is Role.HEAD:  # a sentence broken over lines (at a
                items.pop()  # link's text, 所作的 / 政府工作报告 / 。会议…), not a title
            break
        heads += role is Role.HEAD
        items.append(Item(index, role))
    return items


def _name_under_title(text: str, items: list[Item], following: list[Line]) -> bool:
    """Whether `text` is a person's name alone, right under the title (nothing but headlines
    above it in the header) and over the text's first paragraph: the author's."""
    return (
        all(item.role is Role.HEAD for item in items)
        and is_name(text)
        and bool(following)
        and not is_heading_like(following[0].text)
    )


def _issuer(text: str, following: list[Line]) -> bool:
    """Whether `text`, under the title, is a body that issues the text, one to a line over the
    next or over the date (a report's or a notice's cover: `深圳市统计局` `深圳市妇女儿童工作委员会`
    `二〇二二年十二月`)."""
    if not following or not is_organisation(text):
        return False
    below = following[0].text.strip()
    dated = parse_date_line(below) is not None and not CLOCK.search(below)
    return is_organisation(below) or dated  # a page's time of posting: 新华社 is its source


def _set_again(text: str, lines: tuple[Line, ...], items: list[Item]) -> bool:
    """Whether `text` is the title's line again, right under it."""
    return (
        bool(items)
        and items[-1].role is Role.HEAD
        and (compact(lines[items[-1].index].text) == compact(text))
    )


def _repeats_title(
    text: str, lines: tuple[Line, ...], items: list[Item], after: list[Line]
) -> bool:
    """Whether a heading under the title's date or source opens the document's own header
    again: it repeats a title line, or a speech's occasion follows it (`政府工作报告` over
    `——2026年2月3日在…会议上`, under a page's title and its date)."""
    titles = {lines[item.index].text.strip() for item in items if item.role is Role.HEAD}
    below = after[0].text.strip() if after else ""
    return text in titles or bool(OCCASION.match(below) or OCCASION.match(DASH.sub("", below)))


def office_above(text: str, below: Line) -> bool:
    """Whether `text` is a speaker's office and the line below it the speaker's name."""
    name = parse_speaker(below.text.strip())
    together = parse_speaker(f"{text.strip()} {below.text.strip()}")
    return (
        parse_speaker(text.strip()) is None
        and name is not None
        and name.office is None
        and together is not None
        and together.office is not None
    )


def _continued(text: str) -> bool:
    """Whether a line goes on with the line above it (it opens with 。 or 的: no line does)."""
    stripped = text.strip()
    return bool(stripped) and stripped[0] in NO_PARAGRAPH_START


def _headline(text: str, index: int, following: list[Line]) -> bool:
    """A title that is no heading: a short question or exclamation above the header's other
    lines, or a news headline first in the text (`headline`), perhaps set again under it."""
    if _question_title(text) and _announces_header(following):
        return True
    if index != 0 or _NOTE.match(text):
        return False
    if following and (compact(following[0].text) == compact(text) or _header_below(following)):
        return opens_as_headline(text, None, header_below=True)
    below = following[0].text if following else None
    apart = bool(following) and following[0].spaced
    return opens_as_headline(text, below, apart)


_DESK_CREDIT = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:中心|组|部|台|室)\s*[／/]\s*(?:[\u4e00-\u9fff]{2,6}?)?(?:综合)?报[导道]$"
)
"""A news desk's credit where a writer's stands (`社会中心／综合报导`, a Taiwan site's)."""


def body_credit(text: str) -> str | None:
    """The body a writer's credit names (`【撰文：巴士业职工会联盟】`), or None."""
    inner = text.strip().removeprefix("【").removesuffix("】").strip()
    credited = WRITER_LABEL.match(inner)
    rest = inner[credited.end() :].strip() if credited else ""
    return rest if rest and is_organisation(rest) else None


def _header_below(following: list[Line]) -> bool:
    """Whether the lines under a text's first line are its header's, not its running text: a
    dateline or a byline (`中新经纬2月9日电`, `【撰文：巴士业职工会联盟】`), or a subhead over the
    running text (`“欧盟火车头”德国乱套了？`)."""
    first = following[0].text.strip()
    if WRITER_LABEL.match(first.strip("【】[]")) or _role(following[0], True) in NEWS_ROLES:
        return True
    subhead = is_title_candidate(following[0]) or _question_title(first)
    return subhead and len(following) > 1 and is_running(following[1].text, following[1].spaced)


def opens_with_headline(lines: tuple[Line, ...]) -> bool:
    """Whether a text's first line is a news headline that is no heading (`_headline`)."""
    return bool(lines) and _headline(lines[0].text.strip(), 0, list(lines[1:3]))


_LATIN_WORDS = re.compile(r"^[A-Za-z][A-Za-z0-9'’&.,:;()\-–— ]*[A-Za-z0-9).]$")


def _translated_title(text: str, following: list[Line]) -> bool:
    """A title in a Western language (no Chinese, two words or more) at the very top, over
    the Chinese title (`HKCTU Statement on the Minimum Wage Review` over `职工盟就最低工资检讨的
    声明`, as a bilingual statement heads itself): it stands above the title, as a kicker."""
    return (
        bool(_LATIN_WORDS.match(text))
        and len(text.split()) >= 2
        and bool(following)
        and is_title_candidate(following[0])
    )


def _kicker_sentence(text: str, following: list[Line]) -> bool:
    """A one-sentence kicker: short, sentence punctuation, directly above a title; or longer,
    when it leads into the title with a dash (`围绕培育“大国工匠”这件重点提案，3次督办调研，…
    一场双周协商座谈会重点聚焦——`, as People's Daily sets its 引题)."""
    dashed = text.endswith("——")
    punctuated = any(mark in text for mark in SENTENCE_END + "，") or dashed
    short = len(text) <= KICKER_SENTENCE or (dashed and len(text) <= KICKER_LEAD)
    if not dashed and _SPOKEN.search(text):
        return False  # 想了很久，我还是绝对怼一下马云。: a writer's own first sentence
    return punctuated and short and bool(following) and is_title_candidate(following[0])


_SPOKEN = re.compile(r"我(?![国省市区县党军校院局厅所司部会委州镇乡村厂社台馆行])|[你您]")
"""A pronoun of the one who speaks or is spoken to (not 我国, 我省, 我市…, which name a place or
a body): a kicker names a column or a theme; a sentence that says 我 or 你 is the writer's,
the text's first."""


def _announces_header(following: list[Line]) -> bool:
    return bool(following) and _role(following[0], seen_head=True) in (
        *SPEECH_ROLES,
        *NEWS_ROLES,
    )
