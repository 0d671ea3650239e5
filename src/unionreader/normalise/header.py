"""The header of a text: what stands above its body, line by line, as a careful editor reads it.

From the top, before the first line of running text, a salutation or a numbered heading:

- an **epigraph**: a quotation (one or more lines of sentences, or in quotation marks) with an
  attribution line below it (`——习近平`), above the title;
- **kickers**: a series kicker in `【…】`, a column line, or a one-sentence kicker (引题) above the
  title;
- the **title**, over one or two lines, and a **subtitle** below it (`——在…上的讲话`); three
  headlines set one under the other are a paper's 引题, 主题 and 副题: kicker, title, subtitle;
- a **date** line (`（2019年8月19日）`, also in Chinese numerals), a **speaker** or author line
  (`王东明`, `中华全国总工会主席 王东明`, `本报评论员`), reporters' bylines and a portal's dateline.

Which heading-like line is the title follows the genre the other lines show. A speech or report
(subtitle, date line, speaker line) has no kicker: the heading-like lines above them are its title
over two lines. A news page (reporters' byline, portal dateline) has its title just above them and
kickers above that. With nothing to go by, the first heading-like line is the title; a second one
continues it when the lines read as one phrase (the first ends with a word such as 在/的/和, or the
second opens with 暨/和/的…), else it heads the first section. A title the format states (front
matter, a page's title) picks its line among the candidates.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from unionreader.chinese import compact, is_heading_like
from unionreader.markers import leading_marker
from unionreader.model import Facts, Line
from unionreader.normalise.ending import author_note, organisations
from unionreader.normalise.epigraph import find_epigraph
from unionreader.normalise.fields import (
    byline_office,
    byline_place,
    date_place,
    parse_any_date,
    parse_byline,
    parse_date_line,
    parse_dateline,
    parse_when_line,
)
from unionreader.normalise.header_roles import (
    COLUMN,
    GENRE_NOTE,
    NEWS_ROLES,
    SPEECH_ROLES,
    WINDOW,
    Item,
    Role,
    body_credit,
    classify,
    office_above,
)
from unionreader.normalise.header_title import title_lines
from unionreader.normalise.people import SPOKEN_ON, parse_speaker
from unionreader.normalise.preface import (
    is_wire_lead,
    lead_agency,
    lead_date,
    lead_place,
    lead_reporters,
)
from unionreader.normalise.titles import DASH, KICKER, join_title, split_title

logger = logging.getLogger(__name__)


def read_header(
    lines: tuple[Line, ...],
    taken: dict[int, str],
    facts: Facts,
    stated_title: str | None,
    exact: bool = False,
) -> Facts:
    """Find the header's parts among the top lines; record each line taken in `taken`
    (`exact`: the title the format states is the title, `metadata.extract_metadata`)."""
    top = [i for i in range(min(WINDOW, len(lines))) if i not in taken]
    start = 0
    if top:
        facts, start = find_epigraph(lines, top, taken, facts)
    items = classify(lines, top[start:], titled=exact and stated_title is not None)
    return _assign(lines, items, taken, facts, stated_title, exact)


def _assign(
    lines: tuple[Line, ...],
    items: list[Item],
    taken: dict[int, str],
    facts: Facts,
    stated_title: str | None,
    exact: bool,
) -> Facts:
    heads = [item.index for item in items if item.role is Role.HEAD]
    title = title_lines(lines, items, heads, stated_title, exact)
    if not stated_title and _under_kicker(lines, items, title):
        title = [title[0] + 1]  # 引题 over 主题: the line above is the kicker
    decked = -1
    if not stated_title and (decked := _three_decks(lines, items, title)) >= 0:
        title = [title[0] + 1]  # 引题 over 主题 over 副题: the middle line is the title
        facts = _with_subtitle(facts, DASH.sub("", lines[decked].text.strip()))
        taken[decked] = "subtitle"
    headline_lines, attending = _headline_under_lead(lines, items, title)
    if headline_lines:
        title = headline_lines  # 引题 · 主题 (one or two lines) · 副题
    if attending >= 0:
        facts = _with_subtitle(facts, lines[attending].text.strip())  # 李强蔡奇出席
        taken[attending] = "subtitle"
    headline = compact("".join(lines[index].text for index in title))
    above = title[0] if title else 0
    echoes = {i for i in heads if i < above and compact(lines[i].text) == headline}
    named = False  # the header names authors even when a closing byline did too
    for position, item in enumerate(items):
        index, role = item.index, item.role
        text = lines[index].text.strip()
        if index in title:
            continue
        if index in echoes:
            taken[index] = "title"  # the headline twice: no kicker of itself
            continue
        if index in (attending, decked):
            continue
        if (
            role is Role.HEAD
            and title
            and index == title[-1] + 1
            and _subtitle(text, items, position)
        ):
            role = Role.SUBTITLE  # a second headline under the title, above its dateline
        elif role is Role.HEAD and (not title or index > title[-1]):
            break  # heads the first section
        if role in (Role.HEAD, Role.KICKER) and index < (title[0] if title else len(lines)):
            facts = _kicker(facts, text)
            taken[index] = "kicker"
        elif role is Role.SUBTITLE and facts.subtitle is None:
            genre = GENRE_NOTE.match(text)  # （代序）: its words, out of their brackets
            facts = _with_subtitle(facts, text.strip("（）() ") if genre else DASH.sub("", text))
            taken[index] = "subtitle"
        elif role is Role.SUBTITLE and DASH.sub("", text) == facts.subtitle:
            taken[index] = "subtitle"  # the document's own header repeats the page's
        elif role is Role.SUBTITLE and DASH.match(text) and (undashed := _undashed(taken, lines)):
            del taken[undashed]  # a line under the title was taken for the subtitle the dash
            facts = _with_subtitle(facts, DASH.sub("", text))  # marks: it is the text's
            taken[index] = "subtitle"
        elif role is Role.REPEAT:
            taken[index] = "title"
        elif role is Role.DATE:
            date = parse_date_line(text) or parse_when_line(text)
            own = _OWN_DATE.match(text) and "date" not in taken.values()
            dated = (date or facts.date) if own else (facts.date or date)  # a second date: the
            # page's, under a speech's own; a speech's own in brackets under its title, over
            # the day a paper printed it (`（2016年1月12日）`, printed 2016-05-03, which the end
            # of the text gave first)
            facts = replace(facts, date=dated, place=facts.place or date_place(text))
            taken[index] = "date"
        elif role is Role.SPEAKER and not named:
            below = lines[index + 1] if index + 1 < len(lines) else None
            if below is not None and office_above(text, below):
                facts, named = _speaker(facts, f"{text} {below.text.strip()}"), True
                taken[index + 1] = "byline"
            else:
                facts, named = _speaker(facts, text), True
            taken[index] = "byline"
        elif role is Role.SPEAKER and (again := parse_speaker(text)) and again.name == facts.author:
            taken[index] = "byline"  # the speaker again, in the document's own header
        elif role is Role.SPEAKER and facts.author and taken.get(index - 1) == "byline":
            if (body := organisations(text)) and facts.author == organisations(facts.author):
                facts = replace(facts, author=f"{facts.author} {body}")  # 统计局 | 妇儿工委
                taken[index] = "byline"
        elif role is Role.BYLINE and not named:
            author = parse_byline(text) or body_credit(text) or parse_byline(text, plain=True)
            facts, named = replace(facts, author=author), True
            facts = replace(facts, place=facts.place or byline_place(text))
            facts = replace(facts, author_note=facts.author_note or byline_office(text))
            taken[index] = "byline"
        elif role is Role.DATELINE:
            facts = _dateline(facts, text)
            taken[index] = "dateline"
        elif role is Role.OFFICE and facts.author_note is None:
            facts = replace(facts, author_note=author_note(text))
            taken[index] = "author-note"
    if title:
        facts = _title(facts, lines, title, taken)
        for index in title:
            taken[index] = "title"
    return facts


def _under_kicker(lines: tuple[Line, ...], items: list[Item], title: list[int]) -> bool:
    """Whether the title is a paper's 主题 under its 引题: the text's first line, a title of one
    line, has a headline set right under it (no blank line between), and a blank line parts the
    two from the running text (`全国各级工会广泛开展劳动和技能竞赛` over `比出大国工匠 赛出当代
    鲁班`: the lower is the title). A paper sets a 副题 under its title with a dash (`——…`)."""
    if len(title) != 1 or not items or items[0].index != title[0]:
        return False
    below = title[0] + 1
    roles = {item.index: item.role for item in items}
    return (
        roles.get(below) is Role.HEAD
        and below + 1 < len(lines)
        and not lines[below].spaced
        and lines[below + 1].spaced
        and lines[title[0]].spaced is False
        and roles.get(below + 1) is not Role.HEAD
        and leading_marker(lines[below].text) is None
        and not DASH.match(lines[below].text.strip())
    )


def _three_decks(lines: tuple[Line, ...], items: list[Item], title: list[int]) -> int:
    """The line of a paper's 副题 when the title, the text's first line, is its 引题: three
    headlines set one under the other (no blank line between), none of them numbered, with a
    blank line under them and no headline after it (`聚焦产业工人队伍建设改革` over `全国总工会召开
    …推进会` over `强调要…`); else -1. Where the third is dashed (`——强调…`), the two above it
    read as a speech's title over two lines unless a news lead opens the text below
    (`本报北京3月5日电（记者 张三）…`)."""
    if not title or len(items) < 3 or items[0].index != title[0]:
        return -1
    first = title[0]
    if len(title) == 2 and not _news_lead(lines, first + 3):
        return -1  # two lines over a speech's `——在…上的讲话`: its title, whole
    if len(title) > 2:
        return -1
    decks = [first, first + 1, first + 2]
    if [item.index for item in items[:3]] != decks or items[1].role is not Role.HEAD:
        return -1
    if items[2].role not in (Role.HEAD, Role.SUBTITLE) or first + 3 >= len(lines):
        return -1
    below = items[3] if len(items) > 3 else None
    return (
        decks[2]
        if not lines[first + 1].spaced
        and not lines[first + 2].spaced
        and lines[first + 3].spaced
        and (below is None or below.role is not Role.HEAD)
        and all(leading_marker(lines[i].text) is None for i in decks)
        else -1
    )


def _news_lead(lines: tuple[Line, ...], index: int) -> bool:
    """Whether line `index` opens with a news lead (`本报北京3月5日电（记者 张三）`)."""
    if index >= len(lines):
        return False
    text = lines[index].text.strip()
    return bool(lead_reporters(text) or lead_place(text) or lead_agency(text))


_SUBTITLE_DATE = re.compile(rf"^({SPOKEN_ON})(?=(?:[\u4e00-\u9fff]{{2,8}}?)?(?:在|于))")
"""A date the subtitle opens with (——2024年3月5日在第十四届全国人民代表大会第二次会议上), perhaps
before who spoke (——2025年1月15日龚正市长在…)."""


_DATED_AFTER = re.compile(
    rf"^(?P<rest>\S.{{3,}}?)\s*[（(](?P<date>{SPOKEN_ON})(?:[，,、\s]+(?P<place>[\u4e00-\u9fff]{{2,6}}))?[）)]$"
)
"""A subtitle with the day (and the place) it was given in brackets after it (`在…上的致辞
（2020年5月18日，北京）`)."""


def _undashed(taken: dict[int, str], lines: tuple[Line, ...]) -> int | None:
    """The line taken for the subtitle with no dash before it, if one was."""
    found = [i for i, role in taken.items() if role == "subtitle" and not DASH.match(lines[i].text)]
    return found[0] if len(found) == 1 else None


def _with_subtitle(facts: Facts, subtitle: str) -> Facts:
    """`facts` with `subtitle`, and its date if it opens with one: the day a speech or report
    was given, which is the text's date before the day a page posted it."""
    dated = _DATED_AFTER.match(subtitle)
    if dated and (day := parse_any_date(dated["date"])):  # …上的致辞（2020年5月18日，北京）
        subtitle = dated["rest"]
        facts = replace(facts, date=day, place=facts.place or dated["place"])
    facts = replace(facts, subtitle=subtitle)
    found = _SUBTITLE_DATE.match(subtitle)
    if found and (date := parse_any_date(found.group(1))):
        facts = replace(facts, date=date)
    return facts


_LEADS_IN = re.compile(r"(?:强调|指出|表示|要求|寄语|致信|号召|发表重要讲话)$")
"""How a report's 引题 ends when the headline under it says what was said (`习近平主持召开…座谈会
强调` over `推动长三角一体化发展取得新的重大突破`)."""
_ATTENDS = re.compile(r"(?:出席|参加|陪同|出席并讲话)$")
"""How the 副题 under such a headline ends (`李强蔡奇出席`)."""


def _headline_under_lead(
    lines: tuple[Line, ...], items: list[Item], title: list[int]
) -> tuple[list[int], int]:
    """The headline a one-line title ending as a 引题 leads into (the headlines right under it,
    up to two; the title is then the kicker), and the line under them of who attended (-1:
    none); or no headline."""
    if len(title) != 1 or not _LEADS_IN.search(lines[title[0]].text.strip()):
        return [], -1
    roles = {item.index: item.role for item in items}
    below: list[int] = []
    index = title[0] + 1
    while roles.get(index) is Role.HEAD and len(below) < 2:
        below.append(index)
        index += 1
    if not below:
        return [], -1
    attends = index < len(lines) and _ATTENDS.search(lines[index].text.strip())
    if attends and is_heading_like(lines[index].text):  # the 副题, whatever its role
        return below, index
    return below, -1


def _subtitle(text: str, items: list[Item], position: int) -> bool:
    """Whether a headline under the title is its subtitle: a phrase (not a label such as 新华社)
    with a date, speaker, byline or dateline under it."""
    after = items[position + 1 :]
    return len(text) > COLUMN + 2 and any(i.role in (*SPEECH_ROLES, *NEWS_ROLES) for i in after)


def _title(
    facts: Facts, lines: tuple[Line, ...], indexes: list[int], taken: dict[int, str]
) -> Facts:
    joined = join_title([lines[i].text.strip() for i in indexes])
    parts = split_title(joined)
    if parts.author and _named_below(parts.author, lines, indexes[-1], taken):
        # 江西：…, 鲁哈尼：…: a place or a person the text is about, not its author
        parts = replace(split_title(joined, named=False), kicker=parts.kicker)
    if parts.kicker:
        facts = _kicker(facts, parts.kicker)
    if parts.subtitle and facts.subtitle is None:
        facts = _with_subtitle(facts, parts.subtitle)
    if parts.author and facts.author is None:
        facts = replace(facts, author=parts.author)
    if parts.date and facts.date is None:
        facts = replace(facts, date=parts.date)
    return replace(facts, title=parts.title) if parts.title else facts


def _named_below(name: str, lines: tuple[Line, ...], last: int, taken: dict[int, str]) -> bool:
    """Whether the text below its title, header lines aside, names `name`: a signed article
    does not name its author, a news item names what its headline puts before a colon."""
    return any(name in line.text for i, line in enumerate(lines) if i > last and i not in taken)


def _kicker(facts: Facts, text: str) -> Facts:
    match = KICKER.match(text)
    if match is not None and not match.group(2).strip():
        text = match.group(1).strip()
    kicker = f"{facts.kicker} {text}" if facts.kicker else text
    return replace(facts, kicker=kicker)


def _speaker(facts: Facts, text: str) -> Facts:
    speaker = parse_speaker(text)
    if speaker is None:
        bodies = organisations(text)
        return replace(facts, author=bodies) if bodies else facts
    facts = replace(facts, author=speaker.name)
    if speaker.office and facts.author_note is None:
        facts = replace(facts, author_note=speaker.office)
    return facts


_OWN_DATE = re.compile(r"^[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^（）()]*[）)]$")
"""A date in brackets under a title (`（2016年1月12日）`): the day a speech was given or a text
written."""


def _dateline(facts: Facts, text: str) -> Facts:
    fields = parse_dateline(text)
    if fields is None and is_wire_lead(text):  # 新华社上海11月12日电, over the title
        return replace(
            facts,
            source=facts.source or lead_agency(text),
            place=facts.place or lead_place(text),
            date=facts.date or lead_date(text),
            author=facts.author or lead_reporters(text),
        )
    if fields is None:
        return facts
    return replace(
        facts,
        date=facts.date or fields.date,
        source=facts.source or fields.source,
        author=facts.author or fields.author,
    )
