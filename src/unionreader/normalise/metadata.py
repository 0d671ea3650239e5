"""Metadata lines: what a page says about the text rather than the text itself.

At the top: the header (`header`: epigraph, kickers, title, subtitle, date, speaker, bylines and
datelines) and a government site's information box (`infobox`, whose title wins). Anywhere: a
`来源：…` line. At the end (`ending`): author notes, closing bylines and
source notes. Each becomes a field of `Facts` and leaves the body as a recorded edit; a
signature's date and name give the date and author and stay in the text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from unionreader.chinese import compact, is_han, is_heading_like
from unionreader.model import Edit, Facts, Line
from unionreader.normalise.ending import (
    cut_lead_credit,
    cut_trailing_byline,
    cut_wire_ending,
    find_end,
    is_organisation,
    signature,
)
from unionreader.normalise.fields import (
    ROC,
    SOURCE_LINE,
    bare_source,
    marked_byline,
    parse_any_date,
    parse_byline,
    parse_dateline,
    parse_when_line,
    posted_line,
)
from unionreader.normalise.furniture import REPOSTED, text_start
from unionreader.normalise.header import read_header
from unionreader.normalise.header_title import title_pieces
from unionreader.normalise.infobox import find_info_box
from unionreader.normalise.lines import WEB_ADDRESS
from unionreader.normalise.passages import DAY, PASSING
from unionreader.normalise.people import parse_speaker
from unionreader.normalise.preface import find_preface

logger = logging.getLogger(__name__)

_REPOST = re.compile(
    rf"^(?P<open>[【\[（(])?{REPOSTED}(?!己)\s*[:：]?\s*"
    r"(?P<name>[^\s:：<>（）()【】\[\]，,。；]{2,30}?)\s*[:：]?\s*(?:<?https?://\S+?>?)?"
    r"(?:[，,；][^【】\[\]（）()]{0,40}?)?[。.]?(?(open)\s*[】\]）)])$"
)
"""A repost's credit: `转载自GNews`, `图文转自明报： https://…`, `转自人民日报`, `本文转载自瞭望东方
周刊，已存档于互联网档案馆。` (a clause after the name: the name is the source)."""


@dataclass(frozen=True)
class MetadataPass:
    """The body lines left, the edits, and the facts found."""

    lines: tuple[Line, ...]
    edits: tuple[Edit, ...]
    facts: Facts


def extract_metadata(
    lines: tuple[Line, ...], stated_title: str | None = None, exact: bool = False
) -> MetadataPass:
    """Move the header (see `header`), source lines and end notes from the body into `Facts`.

    `stated_title` is a title the format states (front matter, or a page's title): it picks
    the title's line. `exact`: the text's own front matter states it, and where no line is that
    title, no line is taken for it (a Markdown text's first heading stays its first heading).
    """
    taken: dict[int, str] = {}
    wire = cut_wire_ending(lines, Facts())
    lead = cut_lead_credit(wire.lines, wire.facts)
    ending = cut_trailing_byline(lead.lines, lead.facts)
    lines = ending.lines
    facts = _find_source(lines, ending.facts, taken)
    facts = find_end(lines, facts, taken)
    facts = _passages(lines, taken, facts)
    box = find_info_box(lines, taken)
    if box is not None:
        taken.update(dict.fromkeys(box.indexes, "infobox"))
        author = facts.author or box.author or box.issuer
        facts = replace(facts, date=facts.date or box.date, author=author)
        stated_title = stated_title or box.title  # it picks the title's line, as a page's does
    facts = read_header(lines, taken, facts, stated_title, exact)
    if box is not None and box.title and facts.title != box.title:
        for index in [i for i, role in taken.items() if role == "title"]:
            del taken[index]  # the box names the document: the line taken for it is text
        facts = replace(facts, title=box.title)
    facts = _title_with_source(lines, taken, facts)
    facts = _title_under_letterhead(lines, taken, facts)
    _title_again(lines, taken, facts.title or stated_title)
    facts = _marked_byline(lines, taken, facts)
    facts = _posted_below(lines, taken, facts)
    facts = _event_day(lines, taken, facts)
    facts = _meeting_day(lines, facts)
    facts = find_preface(lines, taken, facts)
    facts = _kicker_as_source(_kicker_as_title(facts, stated_title))
    facts = _section_bylines(lines, taken, facts)
    body = tuple(ln for i, ln in enumerate(lines) if i not in taken)
    date, signer = signature(body)
    own = any(role == "date" for role in taken.values())  # a date under the title: the text's
    dated = facts.date if own or date is None else date  # a signature's day beats a page's
    facts = replace(facts, date=dated, author=facts.author or signer)
    edits = (
        wire.edits
        + lead.edits
        + ending.edits
        + tuple(
            Edit(f"metadata.{taken[i]}", ln.number, ln.text, "")
            for i, ln in enumerate(lines)
            if i in taken
        )
    )
    return MetadataPass(body, edits, facts)


_PASSED = re.compile(
    r"^[（(]?\s*自?\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    rf"(?P<note>[^。；;（）()]{{0,60}}?{PASSING})\s*[）)]?$"
)
_PASSAGE_NOTE = re.compile(
    rf"^[（(][^（）()。]{{6,400}}?{PASSING}(?:\s*[^（）()。\s]{{0,12}}令\s*第\s*\d{{1,4}}\s*号)?[）)]$"
)
"""A law's history as its title's note prints it, in brackets, the dates anywhere in it
(`（中国工会第十八次全国代表大会部分修改，2023年10月12日通过）`, `（1992年4月3日…通过　根据2001年
10月27日…《关于修改〈…〉的决定》第一次修正　根据2021年12月24日…第三次修正）`), perhaps with
the order that promulgated it last (`…修正主席令第73号）`)."""
PASSAGES = 8
"""A law's passage and revision lines stand among this many lines of the top."""


def _passages(lines: tuple[Line, ...], taken: dict[int, str], facts: Facts) -> Facts:
    """A law's passage and revision lines under its title (`2001年10月28日 山东省第九届人民代表
    大会常务委员会第二十三次会议通过`, `2013年8月1日 …修订`): the latest is the text's date, and
    together they are its note."""
    found: list[str] = []
    for index in range(min(PASSAGES, len(lines))):
        if index in taken:
            continue
        span = _bracketed_span(lines, index, taken)
        text = "".join(lines[i].text.strip() for i in span)
        if _is_passage(text):
            found.append(text)
            taken.update(dict.fromkeys(span, "date"))
    if not found:
        return facts
    days = [day for text in found for day in DAY.finditer(text)]
    dates = [parse_any_date(day.group(0)) for day in days if not _in_force(day)]
    dates = dates or [parse_any_date(day.group(0)) for day in days]
    latest = max((date for date in dates if date), default=None)
    history = "；".join(" ".join(text.split()).strip("（）()") for text in found)
    return replace(facts, date=facts.date or latest, note=facts.note or history)


NOTE_LINES = 4
"""A law's note in brackets may run over this many lines (a PDF's width cut it)."""


def _bracketed_span(lines: tuple[Line, ...], index: int, taken: dict[int, str]) -> range:
    """The lines from `index` that a bracket it opens and leaves open runs over, to the line that
    closes it (`（2007年6月29日…通过根据2012年12月28日…全国人` over `民代表大会…修正主席令第73
    号）`), or the line alone."""
    text = lines[index].text.strip()
    if not text.startswith(("（", "(")) or text.endswith(("）", ")")):
        return range(index, index + 1)
    for end in range(index + 1, min(index + NOTE_LINES, len(lines))):
        if end in taken:
            break
        if lines[end].text.strip().endswith(("）", ")")):
            return range(index, end + 1)
    return range(index, index + 1)


_IN_FORCE = re.compile(r"\s*起?\s*(?:施行|实施|生效)")


def _in_force(day: re.Match[str]) -> bool:
    """Whether a date is the day a law comes into force (`自2023年5月1日起施行`, `2022年1月1日
    施行`): the day it was passed or revised is its date, and this one only where it has none."""
    return bool(_IN_FORCE.match(day.string, day.end()))


def _is_passage(text: str) -> bool:
    return bool(_PASSED.match(text) or (_PASSAGE_NOTE.match(text) and DAY.search(text)))


AGAIN = 16
"""A page copied as text repeats its headline among this many lines of its top."""


def _title_again(lines: tuple[Line, ...], taken: dict[int, str], title: str | None) -> None:
    """The title again among the top lines left above the running text, word for word (a page
    that sets its headline over its breadcrumbs, then over the text) or in pieces on lines close
    together (a page's layout breaks it so: `国务院办公厅关于2019年` … `部分节假日安排的通知`,
    `title_pieces`): each such line goes, as the title's. Below the first line of running text
    the title's words are a heading's (a news bulletin's first item, a regulation after the
    order that enacts it)."""
    whole = compact(title or "")
    if not whole:
        return
    again = {i for i in range(min(AGAIN, len(lines))) if compact(lines[i].text) == whole}
    others = [i for i in range(len(lines)) if i not in again]  # the running text starts among
    first = text_start(tuple(lines[i] for i in others))  # them: a title with a comma is no text
    start = others[first] if first < len(others) else len(lines)
    for index in range(min(AGAIN, start)):
        if index in taken:
            continue
        if index in again:
            taken[index] = "title"
        for piece in title_pieces(lines, index, whole):
            taken.setdefault(piece, "title")


def _posted_below(lines: tuple[Line, ...], taken: dict[int, str], facts: Facts) -> Facts:
    """A page's labelled dateline among the text's top lines below what the header took, as a
    page sets it under its summary (`发表时间：01/09/2023 - 09:49` under a lead paragraph): a
    dateline, which had stayed in the text."""
    for index in [i for i in range(min(POSTED_BELOW, len(lines))) if i not in taken]:
        if (posted := posted_line(lines[index].text)) is not None:
            taken[index] = "dateline"
            return replace(
                facts,
                date=facts.date or posted.date,
                source=facts.source or posted.source,
                author=facts.author or posted.author,
            )
    return facts


POSTED_BELOW = 4
"""How many lines of a text's top a page's labelled dateline is looked for among."""


def _event_day(lines: tuple[Line, ...], taken: dict[int, str], facts: Facts) -> Facts:
    """The day a `时间：2017-02-22` field among the top lines of a page's text gives (a press
    conference's, a meeting's), before the day a page's dateline says it posted the text: the
    text's date. The field stays in the text."""
    posted = any(role == "dateline" for role in taken.values())
    if not posted or facts.date is None:
        return facts
    for index in [i for i in range(min(AGAIN, len(lines))) if i not in taken]:
        day = parse_when_line(lines[index].text)
        if day is not None and len(day) == len(facts.date) and day < facts.date:
            return replace(facts, date=day)
    return facts


def _meeting_day(lines: tuple[Line, ...], facts: Facts) -> Facts:
    """The day a meeting's record was held, where nothing else dates it: the date its `时间：`
    field gives (`一、時　間：2009年02月28日 14：00`, `時　　間　中華民國101年10月26日（星期五）`,
    `時間: 113/11/26 19:00~21:00`)
    among the fields that open it, who chaired it or took or wrote up its record among them
    (主席, 主持人, 记录, 整理).
    The field stays in the text."""
    if facts.date is not None:
        return facts
    top: list[str] = []
    for line in lines[:MEETING_TOP]:
        if top and _LABEL_BROKEN.match(top[-1]):
            top[-1] += line.text.strip()  # 一、時 over 間：2009年02月28日: a PDF broke the label
        else:
            top.append(line.text.strip())
    fields = [
        (position, compact(field["label"]), field["value"])
        for position, text in enumerate(top)
        if (field := _MEETING_FIELD.match(text))
    ]
    labels = {label for _, label, _ in fields}
    if not labels & _DAY_LABELS or not labels & _CHAIRED_LABELS:
        return facts  # (a notice's 时间： and 地点： say when what it announces happens)
    for position, label, value in fields:
        if position < MEETING_TIME and label in _DAY_LABELS and (day := _written_day(value)):
            return replace(facts, date=day)
    return facts


MEETING_TOP = 60
MEETING_TIME = 15
"""A meeting's fields are among the first `MEETING_TOP` lines (its chair's after a long list of
those present), its time among the first `MEETING_TIME`."""
_FIELD_NUMBER = r"^(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?"
"""The number a meeting's field may stand under (`一、時　間：…`)."""
_MEETING_FIELD = re.compile(
    _FIELD_NUMBER + r"(?P<label>时[\s\u3000]*间|日[\s\u3000]*期|地[\s\u3000]*点|出[\s\u3000]*席"
    r"|列[\s\u3000]*席|主[\s\u3000]*席|主[\s\u3000]*持(?:人)?|记[\s\u3000]*录(?:人)?|整[\s\u3000]*理)"
    r"[\s\u3000]*[:：]?[\s\u3000]*"
    r"(?P<value>\S.*)$"
)
"""A field that opens a meeting's record, its label perhaps letter-spaced (`時　　間`)."""
_DAY_LABELS = frozenset({"时间", "日期"})
"""The labels of a meeting's day…"""
_CHAIRED_LABELS = frozenset({"主席", "主持", "主持人", "记录", "记录人", "整理"})
"""…and of who chaired it or took or wrote up its record."""
_LABEL_BROKEN = re.compile(_FIELD_NUMBER + r"[时地出列主记]$")
_SPELLED_DAY = re.compile(
    r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)
_WRITTEN_DAY = re.compile(r"(?:(?:中华)?民国\s*)?\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}")


_SLASHED_DAY = re.compile(r"(?<![\d/／.-])(\d{3,4})[/／.-](\d{1,2})[/／.-](\d{1,2})(?![\d/／.-])")
"""A day written with slashes (`2024/11/26`), its year perhaps the Republic of China's
(`113/11/26`, as Taiwan's minutes give it)."""


def _written_day(value: str) -> str | None:
    found = _WRITTEN_DAY.search(value)
    if found:
        return parse_any_date("".join(found[0].split()) + "日")
    if spelled := _SPELLED_DAY.search(value):  # 二零二四年六月十四日
        return parse_any_date(spelled[0])
    slashed = _SLASHED_DAY.search(value)
    if slashed is None:
        return None
    year, month, day = (int(group) for group in slashed.groups())
    if len(slashed[1]) == 3:
        if not 100 <= year < 200:
            return None
        year += ROC
    return parse_any_date(f"{year}年{month}月{day}日")


def _marked_byline(lines: tuple[Line, ...], taken: dict[int, str], facts: Facts) -> Facts:
    """A writer's byline after a box or a dot (`□ 周学泽`) or a bar (`记者｜覃思 彭丽`) among the
    top lines left, where a paper sets it under the lead it opens a commentary with, or a
    speaker's credit under a
    talk's lead (`分享 | 马云 （中国企业家俱乐部主席）`): the author, and the line goes."""
    if facts.author is not None:
        return facts
    top = [i for i in range(len(lines)) if i not in taken][:PASSAGES]
    for position, index in enumerate(top):
        if author := marked_byline(lines[index].text):
            taken[index] = "byline"
            return replace(facts, author=author)
        lead = not any(is_heading_like(lines[i].text) for i in top[:position])
        labelled = lead and _LABELLED_BYLINE.match(lines[index].text)
        if labelled and (names := parse_byline(lines[index].text)):
            taken[index] = "byline"  # 实习记者｜魏昭阳 under a feature's lead
            return replace(facts, author=names)
        if english := _ENGLISH_BYLINE.match(lines[index].text.strip()):
            taken[index] = "byline"  # By Vivian Wang: a translated article's writer
            return replace(facts, author=english["name"])
        if (credit := _SPEAKER_CREDIT.match(lines[index].text.strip())) and (
            speaker := parse_speaker(credit.group("who"))
        ):
            taken[index] = "byline"
            note = facts.author_note or speaker.office
            return replace(facts, author=speaker.name, author_note=note)
    return facts


_ENGLISH_BYLINE = re.compile(r"^[Bb]y\s+(?P<name>[A-Z][a-z]+(?:[ \-][A-Z][a-z.]+){1,3})$")
"""A writer's byline in English, over a bilingual text (`By Vivian Wang`)."""
_LABELLED_BYLINE = re.compile(r"^\S{0,8}?(?:记者|通讯员|实习生|撰文|作者)\s*[:：|｜丨]")
"""A reporter's byline set off by a bar or a colon (`记者｜覃思 彭丽`, `实习记者｜魏昭阳`), as a
feature sets it under its lead."""
_SPEAKER_CREDIT = re.compile(
    r"^(?:分享嘉宾|分享人|分享|主讲人|主讲|演讲者|演讲人|讲述|口述)\s*[:：|｜丨]\s*(?P<who>\S.{1,60})$"
)
"""Who gives the talk a text sets down, credited under its lead (`分享 | 马云 （…主席）`)."""


_TITLED_SOURCE = re.compile(r"^\s*(?:来源于|来源|稿源|出处)\s*[:：]\s*(?P<source>\S.{0,30})$")


_NAMES_DOCUMENT = re.compile(
    r"(?:计划|规划|报告|章程|办法|方案|总结|纪要|细则|规定|要点)(?:（[^（）]{1,8}）)?$"
)
"""A line that ends by naming the kind of a document (`2026年度工作计划（草案）`)."""


def _title_under_letterhead(lines: tuple[Line, ...], taken: dict[int, str], facts: Facts) -> Facts:
    """The document's own title under a body's letterhead that was taken for it: a body's name
    alone (`中華民國天文學會`, over its name in English and its address, as each page of a PDF
    sets it), and a few lines down a title that opens with that name (`中華民國天文學會第27屆
    第1次會員大會會議紀錄`), or right under it one that names a document (`高雄榮民總醫院企業
    工會` over `2026年度工作計畫（草案）`). That line is the title; the letterhead's lines
    between go, the body the author if no one is."""
    title = compact(facts.title or "")
    if not title or not is_organisation(title):
        return facts
    top = [i for i in range(len(lines)) if i not in taken][:LETTERHEAD]
    for position, index in enumerate(top):
        text = compact(lines[index].text)
        named = position == 0 and bool(_NAMES_DOCUMENT.search(text))  # 2026年度工作计划（草案）
        if (named or (text.startswith(title) and len(text) > len(title))) and is_heading_like(
            lines[index].text
        ):
            if any(_SENTENCE_MARK.search(lines[i].text) for i in top[:position]):
                return facts  # the text has begun above it
            for i in top[:position]:
                taken[i] = "letterhead"
            taken[index] = "title"
            head = {title, *(compact(lines[i].text) for i in top[:position])}
            _letterhead_again(lines, taken, head)
            title_line = lines[index].text.strip()
            return replace(facts, title=title_line, author=facts.author or facts.title)
    return facts


def _letterhead_again(lines: tuple[Line, ...], taken: dict[int, str], head: set[str]) -> None:
    """The letterhead set again at the top of each of a PDF's pages: two or more of its lines
    together, wherever they stand, go too (one alone may be the text's: a signature)."""
    again = [i not in taken and compact(line.text) in head for i, line in enumerate(lines)]
    for i, hit in enumerate(again):
        if hit and ((i > 0 and again[i - 1]) or (i + 1 < len(again) and again[i + 1])):
            taken[i] = "letterhead"


LETTERHEAD = 8
"""A letterhead's lines and the title under it are among this many lines of the top."""
_SENTENCE_MARK = re.compile(r"[。！？]")


def _title_with_source(lines: tuple[Line, ...], taken: dict[int, str], facts: Facts) -> Facts:
    """The title again at the top of the body with the source after it (`…调研工作 来源于：
    东区办事处`, as a page sets its headline over the text): the source, and the line goes."""
    title = "".join((facts.title or "").split())
    if not title:
        return facts
    for index in [i for i in range(len(lines)) if i not in taken][:3]:
        text = "".join(lines[index].text.split())
        found = _TITLED_SOURCE.match(text[len(title) :]) if text.startswith(title) else None
        if found:
            taken[index] = "source"
            return replace(facts, source=facts.source or found.group("source"))
    return facts


_UNNAMED = re.compile(r"^[|｜\s]|^$|^(?:网络|网上|互联网|网友|综合|未知)$|^https?://")
"""A source field left empty by the page (its value opens with the bar before the next field),
or that names no one (`来源：网络`, or only the page's address)."""


_PAPERS = "日报|晚报|早报|晨报|时报|新闻网|客户端"
"""How a paper's or a news site's name ends (`工人日报`, `人民日报客户端`)."""
_PROVENANCE = re.compile(
    r"^(?:(?:本文|文章|原文|本答案|此答案|本回答)(?:最初)?(?:出自|来自|转自|发布于|发表于|首发于|原载于?)"
    r"|出自)\s*(?:个人)?"
    r"(?:微信公众号|微信订阅号|订阅号|公众号|微信号|微信|网站|简书|知乎|豆瓣)?\s*[:：]?\s*[「“《]?"
    r"(?P<name>[^\s「」“”《》:：，,。]{2,30})[」”》]?\s*"
    r"(?:[:：].*|，\s*作者\s*(?P<writer>[\u4e00-\u9fff·]{2,6})(?:[:：].*)?)?$"
)
"""Where a reposted text was first published, as an archive's copy opens (`出自 NGOCN：…`,
`文章来自 马列之声`, `原文来自土逗公社：…`, `本文转自微信公众号：「中国法律评论」`,
`原文来自微信公众号「捎话」，作者夏显虎：`, a Zhihu answer's `本答案首发于个人公众号：云律读书`):
its source, and its writer if named."""
_FROM_ACCOUNT = re.compile(
    r"^The following article is from\s+(?P<name>\S.*?)(?:\s+Author\s+\S.*)?$"
)
"""A WeChat repost's banner (`The following article is from 世界知识 Author 赵明昊`): the account
whose article it is, the text's source."""
_OUTLET_LINE = re.compile(
    rf"^(?!来源)(?:据|来自)?(?P<outlet>[\u4e00-\u9fff]{{2,8}}(?:新闻|{_PAPERS}|周刊))$"
)
"""An outlet's name alone, closing the text (`每日经济新闻`, `据工人日报`, as a copied page ends):
its source (not a source line, `来源丨贵阳日报`: 丨 is a Chinese character)."""


SOURCE_LENGTH = 60
"""What follows `来源：` is at most this long (fields and all: `人民网－人民日报 2024年…`)."""


HEADLINE_KICKER = 6
"""A kicker at least this many Chinese characters long is a headline (a short one, such as
`社论` or `工会动态`, is a column's label)."""


def _kicker_as_title(facts: Facts, stated_title: str | None) -> Facts:
    """A headline set as a kicker with no title under it (`【致敬！那些坚守岗位的劳动者】` over
    the running text, as a post heads itself) is the title."""
    kicker = facts.kicker
    if facts.title or stated_title or not kicker or " " in kicker:
        return facts
    if sum(map(is_han, kicker)) < HEADLINE_KICKER:
        return facts
    return replace(facts, title=kicker, kicker=None)


_AGENCY = re.compile(
    r"^(?:新华社|中新社|法新社|路透社|美联社|共同社|塔斯社|[\u4e00-\u9fff]{2,8}"
    rf"(?:{_PAPERS}|电视台|广播电台|通讯社)|[\u4e00-\u9fff]{{2,4}}网)$"
)
"""A news agency or an outlet, named as a title's kicker by who reposts its report
(`新华社｜香港国安法全文来了：…`)."""


def _kicker_as_source(facts: Facts) -> Facts:
    """A kicker that names a news agency or an outlet is the text's source, not a column."""
    if facts.kicker and facts.source is None and _AGENCY.match(facts.kicker.strip()):
        return replace(facts, source=facts.kicker.strip(), kicker=None)
    return facts


_REPORTERS = re.compile(
    r"^(?:本报|新华社|中新社|[\u4e00-\u9fff]{2,6}?(?:报|网|台))?(?:特约)?(?:记者|通讯员)"
)
"""A reporter's role opening a byline (`本报记者  胡婧怡`)."""


def _section_bylines(lines: tuple[Line, ...], taken: dict[int, str], facts: Facts) -> Facts:
    """The bylines of a feature's parts (`本报记者  胡婧怡` under each profile's heading, as a
    paper sets a feature of several reporters): each, standing alone under a heading-like line,
    is taken out, and all of them name the text's authors, with the last part's where the end's
    rules took it, unless the header names them."""
    names: list[str] = []
    for index in range(1, len(lines)):
        text = lines[index].text.strip()
        if taken.get(index, "byline") != "byline" or not _REPORTERS.match(text):
            continue
        if is_heading_like(lines[index - 1].text) and (reporters := parse_byline(text)):
            taken[index] = "byline"
            names += [name for name in reporters.split("、") if name not in names]
    if not names or facts.author not in (None, *names):
        return facts
    return replace(facts, author="、".join(names))


def _runs_on(name: str) -> bool:
    """Whether what follows `来源：` runs on into the text, as where a text's breaks were lost
    (`来源：全总法律工作部各省、…各直属单位：《…》已经…，请认真贯彻执行。`): longer than any
    source's line, or with a sentence's end inside it; or is what a break left of a note in
    brackets (a closing bracket it does not open)."""
    name = name.strip()
    if name.count("）") + name.count(")") > name.count("（") + name.count("("):
        return True  # the end of a note a break cut: `（数据` over `来源：市残联）`
    return len(name) > SOURCE_LENGTH or any(mark in name.rstrip("。") for mark in "。！？；")


def _outlet(name: str) -> str:
    """The outlet a source line names (`人民日报本报莫斯科1月9日电`: 人民日报; none for the page's
    own site: `本站原创`), without a field run on after it (`证券市场红周刊责任编辑：杨倩`,
    `人民日报2024-05-13 08:49`)."""
    name = _RUN_ON_FIELD.sub("", name.strip())
    return bare_source(name.rstrip("。").split("本报")[0] or name)


_RUN_ON_FIELD = re.compile(
    r"\s*(?:(?:责任编辑|编辑|作者|记者|原标题)\s*[:：|｜丨].*|\d{4}-\d{1,2}-\d{1,2}.*)$"
)
"""A page's next field, run on after a source's name where the page sets it in the same line."""


def _find_source(lines: tuple[Line, ...], facts: Facts, taken: dict[int, str]) -> Facts:
    last = len(lines) - 1
    if last > 0 and (outlet := _OUTLET_LINE.match(lines[last].text.strip())):
        taken[last] = "source"
        facts = replace(facts, source=facts.source or outlet.group("outlet"))
    for index, line in enumerate(lines):
        text = line.text.strip()
        match = (
            SOURCE_LINE.match(text)
            or _REPOST.match(text)
            or _FROM_ACCOUNT.match(text)
            or _PROVENANCE.match(text)
        )
        if match is None or facts.source is not None:
            continue
        if _runs_on(match.group("name")) and not WEB_ADDRESS.match(match.group("name")):
            continue  # (an address alone, however long, is a source line naming no one)
        fields = parse_dateline(text)
        taken[index] = "source"
        named = fields.source if fields else _outlet(match.group("name"))
        facts = replace(facts, source=None if _UNNAMED.match(named or "") else named)
        if fields and fields.date:
            facts = replace(facts, date=fields.date)
        if fields and fields.author:  # 来源：湖南日报 作者：湖南日报评论员 …
            facts = replace(facts, author=facts.author or fields.author)
        if "writer" in match.groupdict() and match.group("writer"):  # …「捎话」，作者夏显虎：
            facts = replace(facts, author=facts.author or match.group("writer"))
    return facts
