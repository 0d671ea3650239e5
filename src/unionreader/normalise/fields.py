"""Parsers for the lines a page writes about a text: datelines and bylines.

A dateline is a line made only of a date (and time) and labelled fields: `2019-09-24 09:25:16`,
`2023年05月12日08:31 来源：人民网`, `发布时间：2023-06-01 10:30 来源：市总工会办公室 浏览次数：238`.
Fields may have lost the spaces between them (the spacing rule runs first), so a line is cut at
its labels, not at its spaces. A byline names authors after a role: `吴明明`, `作者：张三`,
`本报记者 王某某 通讯员 李某某`, or at the end of a report `（记者 张三 李四）报道`.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import re
from dataclasses import dataclass

from unionreader.chinese import HAN, numeral_value
from unionreader.link.words import common_words
from unionreader.normalise.people import OFFICE_TITLES, is_name, parse_speaker

logger = logging.getLogger(__name__)

_DATE = re.compile(  # blanks of a form filled in (`2018 年___10_月_18__号`); 号 for 日
    r"(\d{4})[\s_]*[-/.．／－年][\s_]*(\d{1,2})[\s_]*[-/.．／－月][\s_]*(\d{1,2})[\s_]*[日号]?"
    r"(?:\s*(?:[-–—]\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
    r"|\s*\d{1,2}\s*时\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?)?"
)
_ZEROS = "〇○零0０OＯ"
"""Zero in a year written in Chinese numerals, as typed (二００一年, 二OO一年) or printed."""
_CN_DIGITS = _ZEROS + "一二三四五六七八九"
_YEAR_DIGITS = dict.fromkeys(_ZEROS, 0) | {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_CN_DATE = re.compile(
    rf"([{_CN_DIGITS}]{{4}})\s*年\s*([一二三四五六七八九十]{{1,2}})\s*月"
    rf"(?:\s*([一二三四五六七八九十]{{1,3}})\s*日)?"
)
_PARTIAL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
_DATE_LINE = re.compile(r"^(?P<date>[^，,；;（）()【】\[\]]{6,30}?)$")
_BRACKETED_DATE = re.compile(
    r"^[（(【\[]\s*(?P<date>[^，,；;（）()【】\[\]]{6,24}?)\s*"
    r"(?:[，,；;　 ]\s*(?P<note>[^（）()。！？]{1,30}?))?\s*[）)】\]]$"
)
_NOTED_DATE = re.compile(
    r"^[（(]\s*(?P<date>(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^日]{1,6}日)"
    r"(?P<note>[^（）()]{2,48})[）)]$"
)
_LABELS = {
    "date": "发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|更新日期|录入时间|上传时间"
    "|最后更新|出版日期|刊发日期|刊登日期|(?:Start |Publish |Post )?[Dd]ate|Published|Posted"
    "|修正日期|修订日期|公布日期",  # a law's: Taiwan's database gives 修正日期：民國 113 年…
    "when": "时间|日期",
    "source": "来源|稿源|出处|信息来源|文章来源",
    "author": "作者|撰稿|撰文",
    "other": "责任编辑|编辑|浏览次数|浏览量|浏览|阅读次数|阅读量|阅读数|阅读|点击数|点击量|点击"
    "|访问次数|访问量|所属栏目|栏目|所属频道|频道|所属分类|文章分类|分类",  # 所属栏目：国内新闻
}
_LABEL = re.compile(
    "(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in _LABELS.items()) + r")\s*[:：]"
)
_BARE_LABEL = re.compile(rf"^(?:{_LABEL.pattern})$")
"""A label alone on its line, its value on the next (a page copied as text: `来源：` over
`宁夏日报客户端`)."""
_VIEWS = re.compile(r"^\d+\s*次?$")
CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
"""A time of day (`18:13`): a page's time of posting, never a document's date."""
_TRAILING_DATE = re.compile(r"\s+(" + _DATE.pattern + r")$")

_REPORTER = rf"[{HAN}·]{{0,9}}?(?:记者|通讯员|实习生|评论员|特约撰稿人|特约作者|专栏作者|专栏作家)"
_PADDED_NAME = rf"[{HAN}][ \u3000][{HAN}](?![{HAN}])"
"""A name of two characters padded to three with a space, as papers set it beside names of
three (`本报记者　王　浩　李心萍`)."""
_NAME = rf"(?:(?!{_REPORTER})[{HAN}·]{{2,4}}|{_PADDED_NAME})"
_NAMES = rf"{_NAME}(?:[\s　、，,]+{_NAME})*"
WRITER_WORDS = "撰文|撰稿|文字|文稿|采写|文"
"""A writer's label (`文字：刘佳妮`, `撰稿丨凌绝岭`), `作者` aside."""
_WRITER_LABEL = (
    rf"(?:(?:作者|{WRITER_WORDS})|(?:报导|报道|采访|整理)(?:[・．•·](?:摄影|图))?)"
    r"\s*[:：/／╱|｜丨]"
)
WRITER_LABEL = re.compile(rf"^{_WRITER_LABEL}")
"""A line that opens with a writer's label (`作者｜…`, `文：任泽平团队`)."""
_ROLE = (
    rf"(?:{_REPORTER}\s*[:：/|｜丨]?|(?:文/图|图/文|摄影/文)\s*[:：/|｜丨]?"
    rf"|{_WRITER_LABEL})"
)
_REPORTERS = re.compile(rf"[、，,\s]*(?P<role>{_ROLE})\s*(?P<names>{_NAMES})\s*")
"""Each role and its names; roles may be parted by 、 (新华社记者秦杰、本报记者赵川东)."""
_PLAIN_NAME = re.compile(rf"^{_NAME}$|^[{HAN}][\s　][{HAN}]$")
_WRITER = re.compile(r"^(?:作者|撰文|撰稿|文)\s*[:：/／╱]\s*(?P<rest>\S.{1,30})$")
"""A writer's label and who: an office and a name (`撰文：工党成员梁宝龙`)."""
_OUTLET_BOXED = re.compile(r"^【[^【】\s]{2,12}】\s*[（(](?P<inner>[^（）()]{4,60})[）)]$")
"""A byline in round brackets after its outlet's name in square ones (`【财新网】（记者 高昱）`)."""
_CLOSING_BYLINE = re.compile(r"^[（(](?P<inner>[^（）()]+)[）)]\s*(?:报道|摄)?$")
_PLACE_REPORT = re.compile(
    rf"(?:\s*[/／]\s*|\s+)(?P<place>[{HAN}]{{2,6}}?(?:、[{HAN}]{{2,6}}?)*)(?:综合)?(?:报导|报道)$"
)
"""Where the reporters wrote from, closing a byline: `记者张世昌/台中报导`, `记者 黄立伟 张国梁
台北报导` (Taiwan's press)."""


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: its date (YYYY-MM-DD), and perhaps a source and an author."""

    date: str | None
    source: str | None
    author: str | None


def _iso(match: re.Match[str]) -> str | None:
    return _iso_of(*(int(match.group(n)) for n in (1, 2, 3)))


_WEEKDAY = re.compile(r"\s*[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?$")
"""The day of the week after a date (`2021年12月22日 星期三`)."""
_ERA = re.compile(r"^(?:于|於)?\s*(?:西元|公元)\s*(?=\d{4})|^(?:于|於)\s*(?=\d{4})")
"""The era's name before a year (`西元2020年2月27日`, `公元…`, as Taiwan's writers date a
letter), and `于` before a signature's date (`王小嗨 于西元2020年02月16日`)."""
_UPDATED = re.compile(r"\s*[（(][^（）()]{0,24}?(?:更新|[Uu]pdated?)[^（）()]{0,12}[）)]$")
"""When a page was updated, after its date (`2023/8/23 20:31（8/23 21:19 更新）`)."""
_POSTED_FROM = re.compile(
    r"\s*(?:发表于|IP\s*属地\s*[:：]?)\s*[\u4e00-\u9fff]{2,8}$|(?<=\d:\d\d)\s+[\u4e00-\u9fff]{2,5}$"
)
"""Where a post was sent from, after its date (`2024-07-15 08:30 发表于江苏`, `IP属地：广东`, or
the region alone after the time: `2024年07月15日 08:30 江苏`), as WeChat and Weibo show it: not
part of the date."""
_MASTHEAD = re.compile(r"^《?(?P<paper>[\u4e00-\u9fff]{2,10}报)》?\s+(?P<date>\S.{5,30})$")
"""A newspaper's name and the day of its issue, as its page heads (`工人日报 2021年12月22日
星期三`)."""


_SIZE_WIDGET = re.compile(r"(?:\s+(?:大字|中字|小字|字号|大|中|小))+$")
"""A page's control for its type size after its dateline (`颍州晚报 2018-04-18 10:59 大字`)."""
_ACCOUNT_LINE = re.compile(
    r"^(?:原创\s+)?(?:[^\s，。：:]{1,16}\s+){0,2}(?P<account>[^\s，。：:\d]{2,16})"
    r"(?:(?<![于在为是])\s+|(?<=[报网社台刊]))"  # 人民日报2025-04-28: an outlet's name, run on
    r"(?P<date>(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s+\d{1,2}:\d{2}"
    r"(?:\s+(?:发表于)?[\u4e00-\u9fff]{2,5})?)$"
)
"""The line under a WeChat article's title: who wrote it, the account, the day and the time
(`原创 CNNVD  CNNVD安全动态   2026-01-14 06:55`, `工人日报 某某市总工会 2015-01-12 07:30`), and
an app's under a story (`人民日报2025-04-28 09:46 北京`)."""


def is_masthead(text: str) -> bool:
    """Whether `text` is a newspaper's name and the day of its issue."""
    return _masthead(text.strip()) is not None


def _masthead(text: str) -> Dateline | None:
    """The day and the paper of a newspaper's masthead, or None."""
    masthead = _MASTHEAD.match(text)
    shown = _SIZE_WIDGET.sub("", masthead.group("date")) if masthead else ""
    if masthead is None or (date := parse_date(shown)) is None:
        return None
    return Dateline(date=date, source=masthead.group("paper"), author=None)


def parse_date(value: str) -> str | None:
    """The date (YYYY-MM-DD) of a line that holds only a date and perhaps a time (or the day
    of the week), or None. A date set day first (`23.02.2017 18:39`, `28-10-2019`) counts
    too."""
    bare = value.strip(" \u3000")
    if bare.endswith(("）", ")")):  # only a bracket closing the date holds its update's note
        bare = _UPDATED.sub("", bare)
    bare = _WEEKDAY.sub("", _POSTED_FROM.sub("", bare))
    bare = _ERA.sub("", bare)
    match = _DATE.fullmatch(bare)
    if match:
        return _iso(match)
    dotted = _DAY_FIRST.fullmatch(bare)
    if dotted:
        return _iso_of(*(int(dotted.group(n)) for n in ("year", "month", "day")))
    return _mail_date(value.strip(" \u3000")) or _ctime_date(bare)


_DAY_FIRST = re.compile(
    r"(?P<day>\d{1,2})(?P<mark>[./-])(?P<month>\d{1,2})(?P=mark)(?P<year>\d{4})"
    r"(?:\s*(?:[-–—]\s*)?\d{1,2}:\d{2}(?::\d{2})?)?"
)
"""A date set day first, with dots (`23.02.2017  18:39`, as Europe writes it), hyphens or
slashes (`28-10-2019`, `28/10/2019`, as Hong Kong and Macau sign a statement), and perhaps a
time."""
_MAIL_DATE = re.compile(
    r"(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:[+-]\d{4}|GMT|UTC|[A-Z]{3}))?"
)
"""A date as mail and feeds write it (RFC 2822: `Tue, 30 Jun 2020 16:14:48 +0000`), which a
page copied from a feed keeps."""


def _mail_date(value: str) -> str | None:
    """The day of a date as mail and feeds write it, as written (its own time zone), or None."""
    if not _MAIL_DATE.fullmatch(value):
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None


_CTIME = re.compile(
    r"(?:[A-Z][a-z]{2}\s+)?(?P<month>[A-Z][a-z]{2})\s+(?P<day>\d{1,2})\s+\d{1,2}:\d{2}:\d{2}\s+(?:[A-Z]{3,4}\s+)?(?P<year>\d{4})"
)
"""A date as C's `ctime` writes it (`Thu Sep 12 18:03:11 2024`), as bulletin boards (PTT, 水木)
date a post, perhaps with its time zone (`Mon Sep 21 00:00:00 CST 2026`)."""
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ctime_date(value: str) -> str | None:
    """The day of a date written as `ctime` writes it, or None."""
    match = _CTIME.fullmatch(value)
    if match is None or match["month"] not in _MONTHS:
        return None
    return _iso_of(int(match["year"]), _MONTHS.index(match["month"]) + 1, int(match["day"]))


def parse_compact_date(text: str) -> str | None:
    """A date written as eight figures (`20250428`, as a broadcast's archive dates its
    programme: `《新闻联播》 （20250428）`), or None."""
    if not re.fullmatch(r"(?:19|20)\d{6}", text.strip()):
        return None
    return _iso_of(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _iso_of(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_cn_date(value: str) -> str | None:
    """A date in Chinese numerals (二〇一九年八月十九日), as YYYY-MM-DD (or YYYY-MM), or None."""
    match = _CN_DATE.fullmatch(value.strip())
    if match is None:
        return None
    year = _digit_by_digit(match.group(1))
    month = numeral_value(match.group(2))
    if month is None or not 1 <= month <= 12:
        return None
    if match.group(3) is None:
        return f"{year:04d}-{month:02d}"
    day = numeral_value(match.group(3))
    try:
        return datetime.date(year, month, day or 0).isoformat()
    except ValueError:
        return None


def parse_any_date(value: str) -> str | None:
    """A date written with digits or Chinese numerals, to the day or the month."""
    stripped = value.strip(" \u3000")
    full = parse_date(stripped) or parse_cn_date(stripped)
    if full:
        return full
    partial = _PARTIAL_DATE.fullmatch(stripped)
    if partial and 1 <= int(partial.group(2)) <= 12:
        return f"{int(partial.group(1)):04d}-{int(partial.group(2)):02d}"
    return _roc_date(stripped)


_ROC_COUNT = r"\d{1,3}|[一二三四五六七八九十百〇零]{1,6}"
_ROC_DATE = re.compile(
    rf"(?:(?P<era>(?:中\s*华\s*)?民\s*国)\s*)?(?P<year>{_ROC_COUNT})\s*年\s*(?P<month>{_ROC_COUNT})\s*月"
    rf"(?:\s*(?P<day>{_ROC_COUNT})\s*日)?"
)
"""A date in a year of the Republic of China, as Taiwan's documents date them
(`中华民国113年5月1日`, `民国一一三年五月一日`; without the era's name, a year of three digits:
`113年5月1日`; the era's name spaced as a form aligns it: `中 华 民 国114年 07 月 27 日`)."""


def _roc_date(value: str) -> str | None:
    """A date in a year of the Republic of China (`_ROC_DATE`), as YYYY-MM-DD (or YYYY-MM)."""
    match = _ROC_DATE.fullmatch(value)
    if match is None or (match.group("era") is None and not re.fullmatch(r"1\d\d", match["year"])):
        return None
    year, month = _count(match["year"]), _count(match["month"])
    if year is None or month is None:
        return None
    if match.group("day") is None:
        return f"{year + ROC:04d}-{month:02d}" if 1 <= month <= 12 else None
    day = _count(match["day"])
    return _iso_of(year + ROC, month, day) if day is not None else None


def _count(text: str) -> int | None:
    """A count in digits or Chinese numerals (一一三 digit by digit, or 一百一十三)."""
    if text.isdigit():
        return int(text)
    if all(char in _YEAR_DIGITS for char in text) and len(text) > 1 and "十" not in text:
        return _digit_by_digit(text)
    return numeral_value(text)


def _digit_by_digit(text: str) -> int:
    """A year written digit by digit in Chinese numerals (二〇二四, 一一三)."""
    return int("".join(str(_YEAR_DIGITS[char]) for char in text))


_DATED_PLACE = re.compile(
    r"^(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:\s*[-—–～~至到]\s*\d{1,2}\s*日|[，,\s]\s*(?P<place>[\u4e00-\u9fff]{2,4}))$"
)
"""A date and the place after it (`2019年11月6日，深圳`, under a talk's title), or the last day of
a meeting that lasted several (`2013年12月28日-29日`): dated by its first day."""


def date_place(text: str) -> str | None:
    """The place a date line names after its date (`2019年11月6日，深圳`: 深圳), or None."""
    match = _DATED_PLACE.match(text.strip(" \u3000"))
    place = match["place"] if match else None
    return place if place and not _BODY_END.search(place) else None  # 劳动部: who, not where


_BODY_END = re.compile(r"[部局委会院厅处司办署社]$")
"""How a body's name ends (`1994年12月6日，劳动部`: the issuer, no place)."""


def parse_date_line(text: str) -> str | None:
    """The date of a line that gives only a date, perhaps in brackets and with a short note:
    `（2019年8月19日）`, `（二〇一九年八月十九日）`, `2023年2月15日`,
    `（2023年2月15日，根据录音整理）`, `（2007年6月29日第十届全国人大常委会第二十八次会议通过）`,
    `2019年11月6日，深圳`, `2013年12月28日-29日`."""
    stripped = text.strip(" \u3000")
    match = (
        _DATED_PLACE.match(stripped)
        or _DATE_LINE.match(stripped)
        or _BRACKETED_DATE.match(stripped)
        or _NOTED_DATE.match(stripped)
    )
    if match is None:
        return None
    return parse_any_date(match.group("date"))


_WHEN_LINE = re.compile(
    r"^(?:时间|日期)\s*[:：]\s*(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+[\d:：]{4,8})?)$"
    r"|^(?:时间|日期)\s*[:：]\s*(?P<roc>\d{2,3})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})$"
)
ROC = 1911
"""A year of the Republic of China (Taiwan's official dates: 114-03-13) and the year since."""


def parse_when_line(text: str) -> str | None:
    """The date of a `时间：` or `日期：` line that gives only a date, as a site's pages write
    it (`时间：2026-01-22`, `日期：2026/02/02 09:20`, `日期：114-03-13` in a year of the
    Republic of China): under a title, the page's date. A date
    written out (`时间：2024年4月10日`) is a notice's, of when something happens."""
    match = _WHEN_LINE.match(text.strip(" \u3000"))
    if match is None:
        return None
    if match.group("roc") is None:
        return parse_any_date(match.group("date"))
    year, month, day = (int(match.group(k)) for k in ("roc", "month", "day"))
    try:
        return datetime.date(year + ROC, month, day).isoformat()
    except ValueError:
        return None


_DOCUMENT_NUMBER = re.compile(
    r"^\S{0,12}?\s?[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号$"  # 国发 〔2015〕40号
    r"|^\S{1,12}?\d{4}\s*年?\s*第\s*\d{1,4}\s*号$"
    r"|^第\s*\d{1,4}\s*号$"  # an order's number under its masthead (国务院令 第724号)
    r"|^(?:中华人民共和国)?(?:国务院|主席|[\u4e00-\u9fff]{1,10}(?:部|委员会|局|署|人民政府))令"
    r"(?:\s*第\s*(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,8})\s*号)?$"  # 国务院令第619号
)


_CODED = r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*[A-Za-z0-9][A-Za-z0-9.\-/ ]{0,30}$"
"""A field whose value is a code (`编号：166133`, `文档版本：V1.0`)."""
_FIELD_LINE = re.compile(
    r"^\s*(?:[-•·]\s*)?\S{0,4}(?:来源|日期|时间|作者|编辑|出处|电话|地址|邮箱|嘉宾|地点"
    r"|主持人?|人员|出席|列席|缺席|记录人?|议题|主办|承办|协办|联系人|版本号?|密级|编号)\s*[:：]"
    rf"|{_CODED}"  # 文档版本：V1.0
)
_CODE_FIELD = re.compile(_CODED)


def is_code_field(text: str) -> bool:
    """Whether `text` is a field whose value is a code (`编号：166133`, `文档版本：V1.0`): a
    record's, over its title, which it neither is nor ends; not a date (`时间：2026-02-02`)."""
    if _CODE_FIELD.match(text) is None or _LABEL.match(text.strip()):
        return False  # 日期：114-03-13: a page's field, whatever its value
    return parse_any_date(re.split("[:：]", text, maxsplit=1)[1]) is None


def is_phone_line(text: str) -> bool:
    """Whether a line is telephone numbers alone (`02-8995-6000`, `0800-08-5151`,
    `05-5325105 05-5339048`, `(02)2507-9803`, `3620900轉3216-3228`, an extension after the
    number), as a contact card sets them."""
    stripped = text.strip()
    if stripped.isdigit():  # a mobile's eleven digits, or an area's or a hotline's code first
        return len(stripped) >= MOBILE_DIGITS or stripped.startswith(("0", "400", "800"))
    digits = sum(char.isdigit() for char in stripped)
    return digits >= PHONE_DIGITS and bool(_PHONES.fullmatch(stripped))


MOBILE_DIGITS = 11
PHONE_DIGITS = 7
"""A telephone number has at least this many digits (a local one; 12351 is a hotline's)."""


_PHONES = re.compile(
    r"(?:\+?[(（]?\d[\d()（）]*[\-－ ]?){2,5}\d{3,}"
    r"(?:(?:[\s、/，,]+|(?=[转轉]))(?:[转轉]|ext\.?)?\s*\d[\d\-－()（）～~]{2,})*"
)


def holds_phone_number(text: str) -> bool:
    """Whether a line holds a telephone number anywhere (a mobile's eleven figures, a
    landline's with its area code: `联系家属：龙进（18386229229）`)."""
    return bool(_PHONE_IN_LINE.search(text))


_PHONE_IN_LINE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,4}-\d{7,8})(?!\d)")


def is_field_line(text: str) -> bool:
    """Whether `text` gives a field of a page, a notice or minutes and its value (`来源：…`,
    `时间：2024年3月12日上午9:00`, `参加人员：…`, `- 颁奖时间：…`): never a heading or a title."""
    return bool(_FIELD_LINE.match(text))


def is_document_number(text: str) -> bool:
    """Whether `text` is an official document's number (`宿政发〔2008〕65号`, `总工发〔2023〕23号`,
    `国务院令2024年第1号`): a field of the document, never a heading or its title."""
    return bool(_DOCUMENT_NUMBER.match(text.strip()))


def has_field_label(text: str) -> bool:
    """Whether `text` holds a page's field label (来源：, 发布日期：, 浏览次数：…)."""
    return bool(_LABEL.search(text))


EMPTY_FIELDS = 40
"""A row of labels with no values is at most this long."""


def is_empty_fields(text: str) -> bool:
    """Whether `text` is only fields' labels, their values not shown (`发布时间：更新时间：`)."""
    stripped = text.strip()
    if len(stripped) > EMPTY_FIELDS or not stripped.endswith(("：", ":")):
        return False  # the last label's value would follow it
    labels = list(_LABEL.finditer(stripped))
    starts_with_label = bool(labels) and labels[0].start() == 0
    return starts_with_label and all(not value for _, value in labelled_values(labels, stripped))


def is_bare_label(text: str) -> bool:
    """Whether `text` is only a field's label (`来源：`, `发表时间：`, `责任编辑：`)."""
    return bool(_BARE_LABEL.match(text.strip()))


def labelled_values(labels: list[re.Match[str]], text: str) -> list[tuple[re.Match[str], str]]:
    """Each label found in `text` with its value: the text up to the next label."""
    ends = [match.start() for match in labels[1:]] + [len(text)] * bool(labels)
    return [
        (match, text[match.end() : end].strip(" \u3000"))
        for match, end in zip(labels, ends, strict=True)
    ]


_SITED_DATE = re.compile(
    r"^(?:\S*?\.(?:com|cn|net|org|gov)(?:\.cn)?\s*)(?P<date>" + _DATE.pattern + r")"
    rf"(?:\s+[{HAN}《》]{{1,12}})?$",
    re.I,
)
"""A date with a site's address before it and perhaps a link after it (`CCTV.com  2009年12月18日
09:48  进入复兴论坛`, `//www.workercn.cn2015-05-01`), before the page's fields."""
SOURCE_LINE = re.compile(
    r"^(?P<open>[【\[（(])?(?:本文|文章|信息|新闻|以上信息|以上内容)?(?:来源|稿源|出处)"
    r"(?:\s*[:：丨｜|]\s*|于\s*(?=《))(?P<name>.+?)"
    r"(?:\s*[·•|｜]?\s*https?://\S+)?(?(open)\s*[】\]）)])$"
)
"""A line that credits the text's source: `来源：人民网`, `【来源：九派新闻】`,
`（来源：天目新闻）`, `来源丨贵阳日报`, `以上信息来源：上游新闻`, `本文来源于《文汇报》`; the page's
address after the name is none of it (`来源：首都之窗 · https://…`), and an address alone names
no source."""
_DATED_SOURCE = re.compile(
    r"^(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s*[·•]\s*|(?<=:\d\d)\s+)"
    rf"(?P<source>[{HAN}A-Za-z]{{2,16}})$"
)
"""A date and the source a news aggregator credits, parted by a dot (`2024-05-09 22:30·新华社`,
as 今日头条 sets it under a headline), or by a space after the time of day (`2017-04-06 17:46
国学院宣传部`, as a university's site sets the office that posted the text)."""
_DATED_NAME = re.compile(
    rf"^(?P<day>\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})\s*(?P<name>[{HAN}]{{2,4}})$"
)
"""A date and the writer's name (`2013-11-06赵俊华`, as a magazine's site heads an article)…"""
_NAME_DATED = re.compile(
    rf"^(?P<name>[{HAN}]{{2,4}})\s+(?P<day>\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
"""…or the name and the date, perhaps its time (`张三 2024-11-26 15:27:51`, under a post's
title)."""


_SOURCE_WIDGET = re.compile(
    r"(?:\s+[【\[]?|(?<=》)[【\[]?|[【\[])(?:收藏|分享|打印|纠错|关闭|评论)[】\]]?$"
)
"""A page's control after a source's name, set apart (`《光明日报》收藏`, `新华网 【打印】`; not
the end of a name: 中国法律评论)."""
_TITLED = re.compile(r"^《([^《》]+)》$")


def bare_source(value: str) -> str:
    """A source as a dateline names it, without a page's control after it (`《光明日报》收藏`)
    or the title marks around a paper's whole name (`《光明日报》`: 光明日报)."""
    value = _SOURCE_WIDGET.sub("", value).strip()
    if _OWN_SITE.match(value):
        return ""  # 本站原创: the page's own site, no outlet it took the text from
    titled = _TITLED.match(value)
    return titled.group(1) if titled else value


_OWN_SITE = re.compile(r"^(?:本站|本网|本平台|本号)?(?:原创|编辑|整理)?$|^(?:本站|本网)")
"""A source that names the page's own site (`本站原创`, `本网`, `原创`)."""


PRINTED = re.compile(
    r"^[（(]?\s*(?:来源\s*[:：]\s*)?《\s*(?P<source>[^《》]{2,20}?)\s*》\s*[（(]?\s*"
    r"(?=[^）)\s])(?P<issue>\d{4}\s*年\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|第\s*\d{1,2}\s*期))?"
    r"\s*(?P<page>第?\s*\d{1,3}\s*版)?"
    r"\s*[）)]?\s*[）)]?$"
)
"""Where a text was printed: `《人民日报》（2020年11月25日 02 版）`,
`《工人日报》2024年3月5日第1版`, `（《求是》2020年第3期）`."""


def printed_source(match: re.Match[str]) -> str:
    """The source a printed line names, as a source note gives it
    (`《人民日报》2020年11月25日02版`)."""
    issue, page = match.group("issue") or "", match.group("page") or ""
    return "".join(f"《{match.group('source')}》{issue}{page}".split())


NO_NAMES = frozenset({"佚名", "匿名", "未知", "不详", "无"})
"""What a page's author field says when it names nobody (`作者：佚名`)."""


_DATELINE_WIDGETS = re.compile(
    r"\s*(?:字号\s*[:：]\s*(?:[A-Za-z][-+]?\s*){1,4}|字[号型体]\s*[:：]|\d+\s*人参与|我有话说"
    r"|分享到\s*[:：]?)(?=\s|[∣|｜│]|$)"
    r"|(?:(?:\s+|\s*[∣|｜│]\s*)(?:微博|微信|QQ空间|打印|列印|收藏|评论|发言|转寄))+\s*$"
)
"""A page's controls set in its dateline: type size (`字号：A- A A+`, `字型：` over its
buttons), a count of who took part in its comments (`57 人参与`), share buttons after its
source (`新浪科技 微博 我有话说`), or after bars (`2013-6-29 字型：∣发言∣列印∣转寄`)."""


_POSTED_ON = re.compile(
    r"^(?:Posted|Published)\s+on\s+(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?(?:\s+by\s+(?P<who>\S.{0,30}))?$"
)
"""A blog's line under a post's title (`Posted on 2015/11/19 by 巷仔口社會學`, WordPress's): the
day, and who posted it (a person: the author; a group blog's name: the source)."""


def posted_line(text: str) -> Dateline | None:
    """A dateline whose date a page's label names (`发表时间：01/09/2023 - 09:49`, `发布时间：…
    更新时间：…`): a page's, wherever it stands among the text's top lines."""
    if not any(label.lastgroup == "date" for label in _LABEL.finditer(text)):
        return None
    found = parse_dateline(text)
    return found if found is not None and found.date else None


def parse_dateline(text: str) -> Dateline | None:
    """The fields of a dateline, or None when the line holds anything but a date and fields.

    A bare `时间：` or `日期：` label counts only with a time of day or beside other fields (a
    notice's `时间：2024年4月10日` is when something happens). A line of labelled fields counts
    only with a date, or with a source and a page counter
    (浏览次数) or an author: a lone `来源：…` line is the source rule's. A field may end with the
    date (`来源：工人日报 2024-08-22 18:29`). An author who is also the line's editor
    (`作者：陈海峰 责任编辑：陈海峰`) is the page's, not the text's.
    """
    # twice: a share button stands at the line's end only once the control after it has gone
    # (`新浪科技 微博 我有话说`)
    stripped = _DATELINE_WIDGETS.sub(" ", _DATELINE_WIDGETS.sub(" ", text)).strip()
    if (posted := _POSTED_ON.match(stripped)) and (day := parse_date(posted["date"])):
        who = (posted["who"] or "").strip() or None
        writer = parse_speaker(who) if who else None
        if writer is not None and not writer.office:
            return Dateline(date=day, source=None, author=writer.name)
        return Dateline(date=day, source=who, author=None)  # a group blog's name: its source
    labels = list(_LABEL.finditer(stripped))
    head = stripped[: labels[0].start()] if labels else stripped
    if not labels and (masthead := _masthead(stripped)):
        return masthead
    printed = None if labels else PRINTED.match(stripped)
    if printed and (day := parse_date(printed.group("issue") or "")):  # 《工人日报》（…02版）
        return Dateline(date=day, source=printed_source(printed), author=None)
    if not labels and (signed_printed := _signed_printed(stripped)):
        return signed_printed
    if not labels and (dated := _DATED_SOURCE.match(stripped)) and (day := parse_date(dated[1])):
        return Dateline(date=day, source=dated["source"], author=None)  # 2024-05-09 22:30·新华社
    account = _ACCOUNT_LINE.match(stripped)
    if not labels and account and (date := parse_date(account.group("date"))):
        return Dateline(date=date, source=account.group("account"), author=None)
    found: dict[str, str] = {}
    signed = None if labels else _DATED_NAME.match(stripped) or _NAME_DATED.match(stripped)
    day = parse_date(signed["day"]) if signed else None
    if signed and day and (writer := parse_speaker(signed["name"])) and not writer.office:
        return Dateline(date=day, source=None, author=writer.name)  # 2013-11-06赵俊华
    head = head.strip(" \u3000").lstrip("•·▪● ")  # a bulleted field: • Start date:
    if head:
        sited = _SITED_DATE.match(head)
        date = parse_date(sited.group("date") if sited else head)
        reporters = parse_byline(head) if date is None and labels else None
        if date is None and reporters is None:
            return None
        if date is not None:
            found["date"] = date
        elif reporters is not None:  # 中青报·中青网记者 魏其濛 来源：中国青年报
            found["author"] = reporters
    elif not labels:
        return None
    counted = False
    editors: set[str] = set()
    for match, value in labelled_values(labels, stripped):
        kind = match.lastgroup or "other"
        if kind == "when" and not (CLOCK.search(value) or len(labels) > 1):
            return None  # 时间：2024年4月10日 in a notice is an event's, not the page's
        if kind in ("date", "when"):
            bare = value.strip(" \u3000")
            kind, value = (
                "date",
                parse_date(value) or _roc_date(bare) or parse_compact_date(bare) or "",
            )
            if not value:
                return None
        elif (trailing := _TRAILING_DATE.search(value)) and "date" not in found:
            found["date"] = parse_date(trailing.group(1)) or ""  # 来源：工人日报 2024-08-22 18:29
            value = value[: trailing.start()].strip(" \u3000")
        counted = counted or (kind == "other" and (bool(_VIEWS.match(value)) or not value))
        if kind == "other" and "编辑" in match.group(0):
            editors.add(value)
        if kind == "source":
            value = bare_source(value)
        if value and kind not in found:
            found[kind] = value
    named = "source" in found and "author" in found
    if "date" not in found and not (counted and "source" in found) and not named:
        return None
    author = found.get("author")  # the page's editor or site put down as its author is none
    editors.add(found.get("source", ""))
    editors.update(NO_NAMES)  # 作者：佚名: nobody named
    if author is not None and author not in editors:
        author = parse_byline(f"作者：{author}") or author  # 于珊珊 马明花: 于珊珊、马明花
    return Dateline(found.get("date"), found.get("source"), None if author in editors else author)


def _signed_printed(text: str) -> Dateline | None:
    """A byline and where the text was printed on one line (`本报记者  冯春梅  李昌禹  刘博通
    《人民日报》（2025年04月29日第 02 版）`, `邱超奕《人民日报》（…）`), as a paper's archive
    sets them under a headline."""
    at = text.find("《")
    printed = PRINTED.match(text[at:]) if at > 0 else None
    if printed is None or not (day := parse_date(printed.group("issue") or "")):
        return None
    head = text[:at].strip()
    writer = parse_speaker(_PADDED.sub(r"\1\2", head))
    names = parse_byline(head) or (writer.name if writer and not writer.office else None)
    return Dateline(date=day, source=printed_source(printed), author=names) if names else None


_REPORTED_BY = re.compile(r"^[^\s【】]{2,20}?报道\s+(?=\S)")
"""The desk that reports, before its reporters in a bracketed byline (`环球时报-环球网报道`)."""
_REPORTERS_COLUMN = re.compile(
    r"^[【\[]?(?:记者|编者)(?:手记|观察|调查|札记|追踪|感言|日记|笔记|见闻|探访|直击|体验|走访|连线)"
    r"[】\]]?$"
)
"""A column a reporter writes under (`记者手记`, `记者观察`), which reads like a role and a name."""
_LABEL_BEFORE_ROLE = re.compile(
    rf"^(?:文|撰文|文字)\s*[/／|｜丨:：]\s*(?=[{HAN}]{{0,10}}?(?:记者|通讯员|专栏作者|专栏作家))"
)
"""A writer's label over a reporter's or a columnist's role and name (`文/珠江商报记者苏淑婷`,
`文/观察者网专栏作者 王文`): the role says it."""
_OUTLET = re.compile(
    rf"^(?:(?:(?!记者|通讯员|实习生|作者)[{HAN}A-Za-z0-9·]){{2,14}}(?:\s*[|｜丨]\s*|\s+)"
    rf"|[{HAN}]{{0,8}}《[^《》]{{1,12}}》\s*)"
    r"(?=(?:特约|实习)?(?:记者|通讯员|作者))"
)
"""The outlet a byline names before its reporters, set apart (`人民日报健康客户端 记者 孔天骄`,
`北京日报客户端 | 记者 代丽丽`, `腾讯新闻《潜望》特约作者 刘承`)."""


_PADDED = re.compile(rf"(?<![{HAN}])([{HAN}])[ \u3000]{{1,3}}([{HAN}])(?![{HAN}])")
"""A name of two characters spaced out to the width of three, as a paper prints a byline
(`姜  琳`, `孙  超`)."""


def parse_byline(text: str, plain: bool = False) -> str | None:
    """The authors a byline names (several joined with 、), or None if the line is no byline.

    A bare name (吴明明) counts only when `plain`: where a byline is expected, next to a dateline.
    """
    stripped = text.strip()
    if _REPORTERS_COLUMN.match(stripped):
        return None  # 记者手记: a column's name, over the reporter's notes
    if outlet := _OUTLET_BOXED.match(stripped):
        stripped = outlet.group("inner")  # 【财新网】（记者 高昱 彭岩锋 杨睿）
    stripped = _unboxed(stripped)
    stripped = _LABEL_BEFORE_ROLE.sub("", stripped)  # 文/珠江商报记者苏淑婷
    stripped = _OUTLET.sub("", stripped)  # 经济观察网 记者 郑晨烨
    stripped = _PADDED.sub(r"\1\2", stripped)  # 新华社记者  姜  琳
    if marked := _MARKED_NAME.match(stripped):  # □ 周学泽
        writer = parse_speaker(marked.group("name"))
        return writer.name if writer and not writer.office else None
    if plain and _PLAIN_NAME.match(stripped):
        return re.sub(r"\s", "", stripped)
    reported = _reported(stripped)
    found = reported[0] if reported else _reporters(stripped) or _credited(stripped)
    if found is None and (affiliated := _affiliated(stripped)):
        return affiliated[0]  # 蔡宏政/中山大学社会学系
    if found is None and (labelled := _WRITER.match(stripped)):
        speaker = parse_speaker(labelled.group("rest"))  # 撰文：工党成员梁宝龙
        if speaker and speaker.office:
            return speaker.name
        return _pen_name(stripped)
    return found


def _boxed(text: str) -> bool:
    """Whether `text` is set in the brackets a byline is boxed in (`【…】`, `[…]`, `〔…〕`)."""
    return len(text) >= 2 and text[0] in "【[〔" and text[-1] in "】]〕"


def _unboxed(text: str) -> str:
    """A byline out of its square brackets (`【撰文：郭永健】`, `【环球网报道 记者白云怡】`, and
    Taiwan's papers' `〔记者李欣芳／台北报导〕`), a note in round brackets it left open closed
    (`区锦新（澳门立法会议员…代表`)."""
    if _boxed(text):
        text = _REPORTED_BY.sub("", text[1:-1].strip())
    if text.count("（") > text.count("）"):
        text += "）"
    return text


_AFFILIATED = re.compile(
    rf"^(?P<name>[{HAN}]{{2,4}})\s*[/／]\s*(?P<body>[{HAN}]{{2,24}}?"
    r"(?:系|所|院|大学|学院|学校|中心|协会|学会|研究会|工会|公司|基金会|联合会|委员会|部|局|处))$"
)
"""A writer's name and where the writer works, parted by a slash (`蔡宏政/中山大學社會學系`, as
a group blog heads each post)."""


def _affiliated(text: str) -> tuple[str, str] | None:
    """The name and the body of `_AFFILIATED`, or None (the name must be a person's)."""
    match = _AFFILIATED.match(text)
    writer = parse_speaker(match.group("name")) if match else None
    if match is None or writer is None or writer.office or not is_name(writer.name):
        return None
    return writer.name, match.group("body")


def byline_office(text: str) -> str | None:
    """The office a writer's byline gives with the name (`【撰文：乐施会总裁曾迦慧】`: 乐施会总裁;
    `撰文：区锦新（澳门立法会议员）`; `蔡宏政/中山大学社会学系`: 中山大学社会学系), or None."""
    if affiliated := _affiliated(text.strip()):
        return affiliated[1]
    labelled = _WRITER.match(_unboxed(text.strip()))
    speaker = parse_speaker(labelled.group("rest")) if labelled else None
    return speaker.office if speaker else None


_AUTHOR_LABELLED = re.compile(
    r"^(?:作者\s*[:：]|(?:撰文|撰稿|文)\s*[:：/／╱|｜])\s*(?P<who>[^\s，,。；;！？、：:（）()/／]{2,20})$"
)
"""`作者：` (`文／`) and who, a name that is no person's (`抬房梁的木匠`, `JS北大声援团`) or in
Latin letters (`文／Gillian`)."""


def _pen_name(text: str) -> str | None:
    """The author `作者：` names by a pen name or a group's name, or None where what follows
    says what the author is (`作者：湖南工程学院教授`: a note on the author)."""
    labelled = _AUTHOR_LABELLED.match(text)
    if labelled is None or labelled.group("who").endswith(OFFICE_TITLES):
        return None
    return labelled.group("who")


def marked_byline(text: str) -> str | None:
    """The writer a byline after a box or a dot names (`□ 周学泽`), or None."""
    marked = _MARKED_NAME.match(text.strip())
    return parse_byline(text) if marked else None


_MARKED_NAME = re.compile(r"^[□■◆◇●○▲△★☆]\s*(?P<name>\S{1,3}(?:[\s　]\S)?)$")
"""A writer's name after a box or a dot, as papers set a commentary's byline (`□ 周学泽`)."""
_SET_OFF = re.compile(r"(?:记者|通讯员|实习生|撰文|撰稿|作者|文)\s*[:：/／|｜\s]")


def bracketed_byline(text: str) -> str | None:
    """The authors of a byline in brackets (`【记者张世昌/台中报导】`, `【记者 张三】`), or None:
    where it says where they wrote from, or sets the names off from the role (a column's label
    such as 【记者调查】 reads like a role and a name)."""
    inner = text.strip()
    if not _boxed(inner):
        return None
    inner = inner[1:-1].strip()
    if _PLACE_REPORT.search(inner) or _SET_OFF.search(inner) or _REPORTED_BY.match(inner):
        return parse_byline(_REPORTED_BY.sub("", inner))
    return None


def _reported(text: str) -> tuple[str, str] | None:
    """The reporters and the place of a byline that says where they wrote from
    (`记者 黄立伟 张国梁 台北报导`: 黄立伟、张国梁 and 台北), or None."""
    place = _PLACE_REPORT.search(text)
    if place is None:
        return None
    before = text[: place.start()].strip()
    names = _reporters(before) or (before if is_name(before) else None)  # 王煌忠／台中报导
    return (names, place.group("place")) if names else None


def byline_place(text: str) -> str | None:
    """Where a byline's reporters wrote from (`【记者张世昌/台中报导】`, `〔记者吴正庭／金门报导〕`:
    台中, 金门), or None."""
    reported = _reported(text.strip().lstrip("【[［〔").rstrip("】]］〕").strip())
    return reported[1] if reported else None


def parse_report_byline(text: str) -> str | None:
    """The reporters of a byline that says where they wrote from (`记者 黄立伟 张国梁 台北报导`,
    closing a Taiwan news text), or None."""
    reported = _reported(text.strip())
    return reported[0] if reported else None


def parse_closing_byline(text: str) -> str | None:
    """The authors of a closing `（记者 张三 李四）报道`, or of credits in brackets (`（图/张雅琦
    文/蒋涛）`, `（文/图 刘玺东 易赛楠）`), or None."""
    match = _CLOSING_BYLINE.match(text.strip())
    if match is None:
        return None
    inner = match.group("inner").strip()
    reported = _reported(inner)  # （王煌忠／台中报导）
    if reported:
        return reported[0]
    return _reporters(inner) or (parse_byline(inner) if _CREDIT_MARK.search(inner) else None)


_CREDIT_MARK = re.compile(r"(?:^|\s)(?:文|图|摄影|撰文|文字)\s*[/／|｜丨]")
"""A writer's or a photographer's credit (`文/`, `图/`): credits, not a note in brackets."""


_DESK = re.compile(r"(?:报|网|社|台|体育|新闻|频道|中心|工作室|杂志|周刊)$")
"""A desk or a paper a byline names beside its writers (`文/北青体育 肖赧`), not a writer."""


def _desk(part: str) -> bool:
    """Whether a part of a byline names a desk or a paper (`北青体育`, `新华社`, `大河报`), not a
    writer whose name ends so (`何念台`: a surname and a given name, no place or brand word)."""
    if len(part) <= 2 or not _DESK.search(part):
        return False
    return len(part) != 3 or not is_name(part) or part[:2] in common_words()


_EDITOR = "编辑"
_ROLE_WORD = re.compile(r"整合|整理|编译|报道|供稿|摄影|摄|编辑|采写")
_ROLE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])(?:整合|整理|编译|报道|供稿|摄影|摄|编辑|采写)$")


_WRITERS = "记者|通讯员|实习生|特约撰稿人|作者|撰文|撰稿|采写|文字|文/图|图/文|文图|图文|文"
_CREDITS = (
    "责任编辑|实习编辑|编辑|责编|主编|美编|图片|图|摄影|摄像|视频|出品|监制|制作|策划|统筹|设计"
    "|排版|审核|审校|校对|终审|初审|二审|三审|来源"
)
_CREDIT_LABEL = re.compile(
    rf"(?:^|(?<=[\s／/|｜丨])|(?<=[{HAN}]))(?:实习|见习|特约)?(?P<role>{_WRITERS}|{_CREDITS})"
    r"\s*[:：/／|｜丨]\s*"
)
_WRITER_ROLE = re.compile(rf"^(?:{_WRITERS})$")
CREDIT = 24
"""A credit's value (a desk, a studio: `腾讯新闻 谷雨工作室`) is at most this long."""


def _credited(text: str) -> str | None:
    """The writers of a line of credits, each a role, a mark and who (`撰文丨张月 编辑丨裘海棠
    出品丨腾讯新闻 谷雨工作室`, `文/张三 图/李四`, `撰文：陈零／摄影：壹一`): the names after the
    writers' roles, when every value is short and each writer's a name or names."""
    labels = list(_CREDIT_LABEL.finditer(text))
    if not labels:
        return _spaced_credits(text)
    if len(labels) < 2 or labels[0].start() != 0:
        return None
    names: list[str] = []
    for label, after in zip(labels, [*labels[1:], None], strict=True):
        value = text[label.end() : after.start() if after else len(text)].strip(" 　／/|｜丨")
        if not value or len(value) > CREDIT:
            return None
        if _WRITER_ROLE.match(label.group("role")):
            parts = _names(value)
            if not all(re.fullmatch(_NAME, part) for part in parts):
                return None
            names.extend(parts)
    return "、".join(names) or None


_ROLE_ALONE = re.compile(rf"^(?:{_WRITERS}|{_CREDITS})$")


_FILED_FROM = re.compile(r"^(?:发自|发于|写于|摄于)")


def _spaced_credits(text: str) -> str | None:
    """`_credited` of credits with only spaces after each role (`撰文  陈薇沁   责编 陈子文`, as a
    WeChat article bolds its roles): two roles or more, or a writer's alone (`作者 王之言 高孜然`),
    each followed by names."""
    roles: list[tuple[str, list[str]]] = []
    for token in re.split(r"[\s|｜丨]+", text.strip()):
        if roles and _FILED_FROM.match(token):
            break  # 发自硅谷: where the writer filed from ends the credits
        if _ROLE_ALONE.match(token):
            roles.append((token, []))
        elif roles and re.fullmatch(_NAME, token):
            roles[-1][1].append(token)
        else:
            return None
    alone = len(roles) == 1 and _WRITER_ROLE.match(roles[0][0]) and roles[0][0] != "文"
    if not (len(roles) >= 2 or alone) or any(not names for _, names in roles):
        return None
    writers = [name for role, names in roles if _WRITER_ROLE.match(role) for name in names]
    return "、".join(writers) or None


def _names(text: str) -> list[str]:
    """The names of a list parted by spaces or commas, a name padded with a space
    (`王　浩`, `_PADDED_NAME`) read as one: two single characters in a row are one name."""
    parts = [part for part in re.split(r"[\s　、，,]+", text) if part]
    names: list[str] = []
    while parts:
        if len(parts) > 1 and len(parts[0]) == 1 == len(parts[1]):
            names.append(parts.pop(0) + parts.pop(0))
        else:
            names.append(parts.pop(0))
    return names


def _reporters(text: str) -> str | None:
    """Names after roles, when the whole line is `role names role names …`."""
    names: list[str] = []
    end = 0
    for match in _REPORTERS.finditer(text):
        if match.start() != end:
            return None
        parts = _names(match.group("names"))
        if _EDITOR in parts:  # 记者 苗巧颖 编辑 杨德合: an editor's name after it
            parts = parts[: parts.index(_EDITOR)]
        names.extend(
            _ROLE_AFTER.sub("", n)
            for n in parts
            if n and not _ROLE_WORD.fullmatch(n) and not _desk(n)
        )
        end = match.end()
    return "、".join(names) if names and end == len(text) else None
