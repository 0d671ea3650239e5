"""Web boilerplate: the parts of a copied web page that are not the text.

Each sub-rule recognises a kind of page furniture by its shape *and* its place, never by the
strings of one site: the page-title line (`headline_section_site`) and a title repeated with its
column's name, page widgets (share bars, reading controls, subscription prompts; see `widgets`),
navigation bars and breadcrumbs, sidebar lists of officials, the page header between the page title
and the repeated headline, footers (licence numbers, hotlines, copyright, QR-code prompts, link
lists, lone `×`), editor credits, and contact blocks. A list of names or a contact block inside the
text is the text's own (see `furniture`).
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import replace

from unionreader.chinese import SAID, compact, ends_sentence, han_count, is_heading_like
from unionreader.markers import heading_number, leading_marker
from unionreader.model import Edit, Line, MarkerFamily, Pass, Shape
from unionreader.normalise.edits import drop_lines, substitute, substitute_all
from unionreader.normalise.ending import is_author_note, is_organisation, signs
from unionreader.normalise.fields import (
    is_empty_fields,
    parse_byline,
    parse_date_line,
    parse_dateline,
)
from unionreader.normalise.furniture import (
    CLAUSE_MARKS,
    LABEL_LENGTH,
    furniture_zone,
    has_site_suffix,
    is_breadcrumb,
    is_contact,
    is_contact_card,
    is_footer,
    is_metadata,
    is_navigation,
    is_official,
    text_end,
    text_start,
)
from unionreader.normalise.furniture import page_title as _title_parts
from unionreader.normalise.lines import WIRE_STAMP, is_note_line
from unionreader.normalise.people import is_name
from unionreader.normalise.widgets import (
    HALF,
    SIZE_WORDS,
    captions_credit,
    credits_photographer,
    is_appeal,
    is_bar_label,
    is_caption,
    is_disclaimer,
    is_earlier_label,
    is_related_label,
    is_related_link,
    is_tail_widget,
    is_url_line,
    is_widget,
    is_widget_piece,
)
from unionreader.tables import is_row

logger = logging.getLogger(__name__)

TOP = 8
"""A page's repeated title stands among this many lines of the top."""

_PREFIXED = re.compile(r"^[^｜|丨：:]{2,10}\s*[｜|丨：:]\s*(?P<title>.{6,})$")
_ROLE = (
    r"(?:[\u4e00-\u9fff]{0,4}编辑|责编|校对|审核|审校|核查|监制|编审|美编|初审|复审|终审|排版|出品"
    r"|策划|统筹|副?主编|供稿|主办|承办|协办|(?:推文)?封面|(?:本版)?制图|版式设计|图表设计"
    r"|内容统筹|数据来源)"
)
"""Who prepared a page (责任编辑, 视频编辑, 文字编辑, 校对, 出品 …), not who wrote it."""
_WHO = (
    r"[^\s:：（）()【】|｜丨]{1,12}(?:\s[^\s:：（）()【】|｜丨]{1,12})?"
    r"(?:[（(][^\s（）()]{1,6}[）)])?"  # 杨明珠（实习）
)
_CREDITS = rf"{_ROLE}\s*[:：|｜丨]\s*{_WHO}(?:[\s,，、；;]*{_ROLE}\s*[:：|｜丨]\s*{_WHO})*"
"""One credit or several in a row: `视频编辑：林楠 文字编辑：刘禛`, `出品 | 棱镜·腾讯小满工作室`."""
_NAMES = r"[\u4e00-\u9fff]{2,4}(?:\s[\u4e00-\u9fff]{2,4}){0,2}"
_SPACED = rf"{_ROLE}\s+{_NAMES}(?:(?:\s*[|｜丨/／]\s*|\s+){_ROLE}\s+{_NAMES})*"
"""Credits with only a space after each role (`责编 官莉 编辑 郭宇`, `编辑 王禾 责编 冯玲玲`,
`编辑 周褶褶 ｜排版 魏蔚`)."""
_DRAWN_ON = r"资料\s*[|｜丨]\s*[^\s:：。，；！？]{1,30}(?:\s+[^\s:：。，；！？]{1,12}){0,3}"
"""What a page drew on, listed after a bar (`资料｜ 新华社 人民网 央视等`, `资料 | 生态环境部、
新华社、澎湃新闻等`): a credit too (`资料来源：…` names where a table or a quotation came from:
the text's own)."""
_DATA_SOURCE = r"数据来源\s*[:：][^：:]*[）)]$"
"""A note in brackets that names only where figures came from (`（数据来源：市教育局）`, under a
definition or a chart): the text's, not a credit of the page (`采访整理：… 数据来源：…` is)."""
_CREDIT = re.compile(
    rf"^(?:【[^】]{{1,6}}】\s*)?(?![（(]{_DATA_SOURCE})"
    rf"[（(\[［【〔]?\s*(?:{_CREDITS}|{_SPACED}|{_DRAWN_ON})\s*[）)\]］】〕]?$"
)
_CREDIT_AFTER = re.compile(
    rf"(?<=[。！？”」])\s*[（(](?!{_DATA_SOURCE}){_CREDITS}[）)](?:\s*{WIRE_STAMP})?$"
)
"""Credits in brackets closing a paragraph: `…救上了船。（视频编辑：林楠 文字编辑：刘禛）`, and
the stamp of the day a wire's desk closes them with (`（編輯：陳仁華）1120823`, Taiwan's Central
News Agency's: the Republic's year, the month, the day)."""


def remove_boilerplate(lines: tuple[Line, ...]) -> Pass:
    """Apply every boilerplate sub-rule in turn."""
    edits: list[Edit] = []
    for rule in (
        _board_tail,
        _footer_sentences,
        _trailing_bars,
        _home_links,
        _topic_tags,
        _release_labels,
        _page_numbers,
        _page_header,
        _widgets,
        _repeated_title,
        _navigation,
        _sidebar,
        _contact,
        _credits,
        _echo,
        _related,
        _footer,
        _tail,
    ):
        result = rule(lines)
        lines = result.lines
        edits.extend(result.edits)
    result = _menu_leftovers(lines, {edit.line for edit in edits})
    edits.extend(result.edits)
    return Pass(result.lines, tuple(sorted(edits, key=lambda e: e.line)))


_BOARD_STAMP = re.compile(r"^※\s*(?:发信站|来源)\s*[:：]")
"""A bulletin board's stamp under a post (PTT's `※ 發信站: 批踢踢實業坊(ptt.cc), 來自: …`,
水木's `※ 来源:·水木社区 …`)."""
SIGNATURE_LINES = 12
"""A poster's signature between the `--` that opens it and the board's stamp is at most this
many lines."""


def _board_tail(lines: tuple[Line, ...]) -> Pass:
    """A bulletin board's stamp under a post and everything after it (the post's address, its
    edits, the readers' replies, `推 abc: 好耶 09/12 18:05`), and the poster's signature from the
    `--` that opens it: the post is what stands above. Only a text with the stamp loses any."""
    stamp = next((i for i, line in enumerate(lines) if _BOARD_STAMP.match(line.text.strip())), None)
    if stamp is None:
        return Pass(lines)
    opens = [
        i for i in range(max(0, stamp - SIGNATURE_LINES), stamp) if lines[i].text.strip() == "--"
    ]
    start = opens[-1] if opens else stamp
    return drop_lines("boilerplate.footer", lines, lambda i: i >= start)


MENU_WORD = 8
"""A word left of a site's menu is at most this long…"""
MENU_LEFT = 3
"""…and at least this many of them after the text are a menu's leftovers…"""
MENU_WHOLE = 12
"""…and this many or more, nearly all such words (`MENU_SHARE`), a menu, whatever was removed."""
MENU_SHARE = 0.9
MENU_SHORT = 4
"""Most of a menu's words are this long or shorter (`动态` `总理` `专题` `国徽`)…"""
MENU_SHORT_SHARE = 0.6


def _menu_leftovers(lines: tuple[Line, ...], removed: set[int]) -> Pass:
    """A site's menu after the text, a word to a line (gov.cn's `国务院` `动态` `常务会议 | 视窗`
    … `直通地方`): after the last sentence, twelve lines or more nearly all short words, no
    figures or punctuation, most of two to four characters, fewer than half of them people's or
    bodies' names; or the words of one that the rules above left among the lines they took as
    the page's (`国务院` `文章` `公报` … `国徽`, between `动态` `总理` `新闻` … removed): three or
    more such words, with lines removed between most of them and twice as many removed as left
    (a list of names or of bodies after a text stands line after line)."""
    last = max((i for i, line in enumerate(lines) if SAID.search(line.text)), default=-1)
    tail = range(last + 1, len(lines))
    if last < 0 or len(tail) < MENU_LEFT:
        return Pass(lines)
    words = [_MENU_WORD.match(lines[i].text.strip().replace(" | ", "")) for i in tail]
    if len(tail) >= MENU_WHOLE and sum(map(bool, words)) >= MENU_SHARE * len(tail):
        named = sum(is_name(lines[i].text.strip()) or is_organisation(lines[i].text) for i in tail)
        short = sum(len(lines[i].text.strip()) <= MENU_SHORT for i in tail)
        if named * 2 < len(tail) and short >= MENU_SHORT_SHARE * len(tail):
            return drop_lines("boilerplate.footer", lines, lambda i: i > last)  # (a list of
            # the people or bodies a notice names stays, and a poem's lines, which are longer)
    if not all(words):
        return Pass(lines)
    numbers = [lines[i].number for i in range(last, len(lines))]
    gaps = [set(range(a + 1, b)) for a, b in itertools.pairwise(numbers)]
    if 2 * sum(bool(gap & removed) for gap in gaps[1:]) < len(gaps) - 1:
        return Pass(lines)  # (a list's lines stand one after the other)
    if sum(len(gap & removed) for gap in gaps) < 2 * len(tail):
        return Pass(lines)
    return drop_lines("boilerplate.footer", lines, lambda i: i > last)


_MENU_WORD = re.compile(rf"^[\u4e00-\u9fffA-Za-z]{{1,{MENU_WORD}}}$")


TOPIC_TAGS = re.compile(r"^(?:#[^#\s]{1,30}#[ \u3000]*)+$")
"""A line of a post's topic tags only (`#五一劳动节#`, `#致敬劳动者# #劳动最光荣#`)."""


def _topic_tags(lines: tuple[Line, ...]) -> Pass:
    """A line of topic tags goes: a microblog's post marks its topics so, over or under the
    text, and they are no part of it (nor its title)."""
    return drop_lines(
        "boilerplate.tags", lines, lambda i: bool(TOPIC_TAGS.match(lines[i].text.strip()))
    )


_RELEASE_LABEL = (
    r"[（(【\[]?(?:新闻稿|新闻通稿|新闻公报|新闻发布|传媒稿|传媒发布|媒体稿|即时发布|即时发放|即日发布"
    r"|press\s+release|media\s+release|for\s+immediate\s+release)[）)】\]]?"
)
RELEASE = re.compile(rf"^{_RELEASE_LABEL}(?:[\s　/|｜·]*{_RELEASE_LABEL})*$", re.IGNORECASE)
"""A press release's labels on a line of their own (`新聞稿`, `即時發布`, `PRESS RELEASE`)."""


def _release_labels(lines: tuple[Line, ...]) -> Pass:
    """A press release's labels at its top go: they say what the text is, as a letterhead
    does, and are no part of its title (`香港工會聯合會` `新聞稿` `即時發布` over the headline)."""
    return drop_lines(
        "boilerplate.release",
        lines,
        lambda i: i < TOP and bool(RELEASE.match(lines[i].text.strip())),
    )


PAGE_NUMBER = re.compile(r"^(?:第\s*)?[A-Za-z]?\d{1,3}\s*版?$")
"""A newspaper's page number on a line of its own (`02`, `第2版`, `A3版`)."""


_ICS = re.compile(r"^ICS\s*\d")
"""A standard's international classification (`ICS 27.120.99`), by its Chinese one (`F69`)."""


def _page_numbers(lines: tuple[Line, ...]) -> Pass:
    """An e-paper's page number at the top goes (`出版日期：…` `综合新闻` `02` over the
    headline): it numbers the paper's page, not the text, and stands between the page's name
    and the headline, above any sentence. Numbers that count a text's parts (`01` over a
    subhead, `02` further on) stay."""
    numbers = {i for i, line in enumerate(lines) if PAGE_NUMBER.match(line.text.strip())}

    def page_number(i: int) -> bool:
        if i >= TOP or i + 1 >= len(lines) or i not in numbers:
            return False
        if any(_SENTENCE_END.search(line.text) for line in lines[:i]):
            return False  # in the text, under its first sentences: a part's number
        if any(_ICS.match(line.text.strip()) for line in lines[max(0, i - 1) : i + 2]):
            return False  # F69 by ICS 27.120.99: a standard's classification, on its cover
        return len(numbers) == 1  # one of a count of parts (01, 02 …) otherwise

    return drop_lines("boilerplate.page", lines, page_number)


_SENTENCE_END = re.compile(r"[。！？]")


def page_title(text: str) -> str | None:
    """The headline in a browser-title line `headline-section-site`, or None if it is not one."""
    parts = _title_parts(text)
    return parts[0] if parts else None


def _page_header(lines: tuple[Line, ...]) -> Pass:
    """Drop the page-title line and, when the headline repeats below, the page header between.

    Without a repeat the line is a page title only when its suffix names a site; it then gives
    way to its headline, which stays as the text's title. The line just above the repeated
    headline is kept when it looks like a kicker (a column or series line); the metadata rule
    decides what it is.
    """
    parts = _title_parts(lines[0].text) if lines and not is_row(lines[0].text) else None
    if parts is None:
        return Pass(lines)  # (a table's row: `时间	2021年 11月 29日 - 开始 17:30 - 结束`)
    headline, suffix = parts
    repeat = next((i for i, ln in enumerate(lines[1:], 1) if ln.text.strip() == headline), None)
    first = lines[0]
    if repeat is None and _keywords(headline, suffix):
        return Pass(lines[1:], (Edit("boilerplate.keywords", first.number, first.text, ""),))
    if repeat is None:
        if not has_site_suffix(suffix):
            return Pass(lines)
        edit = Edit("boilerplate.page-title", first.number, first.text, headline)
        return Pass((replace(first, text=headline), *lines[1:]), (edit,))
    return _drop_header(lines, repeat)


KEYWORD = 6
"""The shortest piece of a string of keywords (`国产一区二区三视频在线-激情午夜一区二区三区-…`)."""


def _keywords(headline: str, suffix: list[str]) -> bool:
    """A string of three or more long pieces parted as a browser title's are, none naming a
    site: the keywords a spam mirror of a page opens with, not a title."""
    pieces = [headline, *suffix]
    return (
        len(pieces) >= 3
        and not has_site_suffix(suffix)
        and all(len(piece) >= KEYWORD for piece in pieces)
    )


def _drop_header(lines: tuple[Line, ...], repeat: int) -> Pass:
    above = lines[1:repeat]
    sidebar = _runs(len(above), [is_official(ln.text) for ln in above], 3)
    kicker = bool(above) and len(above) - 1 not in sidebar and _is_kicker(above[-1].text)
    end = repeat - 1 if kicker else repeat
    edits = [Edit("boilerplate.page-title", lines[0].number, lines[0].text, "")]
    for index, line in enumerate(lines[1:end]):
        rule = (
            "navigation"
            if is_navigation(line.text)
            else "sidebar"
            if index in sidebar
            else "page-header"
        )
        edits.append(Edit(f"boilerplate.{rule}", line.number, line.text, ""))
    return Pass(lines[end:], tuple(edits))


def _is_kicker(text: str) -> bool:
    """A column or series line above a headline: heading-like, not navigation, no `：`."""
    return is_heading_like(text) and not is_navigation(text) and "：" not in text


def _opens_text(lines: tuple[Line, ...], index: int) -> bool:
    """Whether line `index` is the text's first sentence: only a title's lines above it (a
    few short lines, no sentence among them)."""
    return index <= TITLE_LINES and not any(
        ends_sentence(line.text) or len(line.text) > TITLE_LINE for line in lines[:index]
    )


TITLE_LINES = 3
"""A title over a text's first sentence is at most this many lines…"""
TITLE_LINE = 60
"""…of at most this many characters each."""


def _widgets(lines: tuple[Line, ...]) -> Pass:
    """Share bars, reading controls, "now reading", counters, subscription prompts, captions
    and credits (`widgets`; a photographer's credit set on two lines, both),
    such a bar set one piece to a line (`下载` `打印` `全屏` `【字号：` `加大` `】`: two pieces
    or more in a row, other widgets between them counting as pieces), and a row of fields whose
    values the page did not show (`发布时间：更新时间：`)."""
    whole = [is_widget(line.text) or is_empty_fields(line.text) for line in lines]
    for index, line in enumerate(lines):
        if whole[index] and line.shape in _LISTED and is_caption(line.text):
            whole[index] = False  # - 全总召开执委会会议（来源：工人日报）: an item, no caption
        below = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        whole[index] |= bool(HALF.match(line.text.strip())) and not _chapter(below)
        if whole[index] and _LEAD.match(line.text.strip()) and leading_marker(below) is not None:
            whole[index] = False  # 免责声明： over 一、本资料库…: the lead of its list
    for index in range(len(lines) - 1):
        text, below = lines[index].text, lines[index + 1].text
        whole[index] |= credits_photographer(text, below)  # 中新社记者 over 刘冉阳 摄
        after = index > 0 and whole[index - 1]  # 江俊（右）在介绍… over 翦英明摄: a caption
        whole[index] |= captions_credit(text, below, after, first=_opens_text(lines, index))
    pieces = _runs(
        len(lines), [w or is_widget_piece(ln.text) for w, ln in zip(whole, lines, strict=True)], 2
    )
    return drop_lines("boilerplate.widget", lines, lambda i: whole[i] or i in pieces)


_LISTED = (Shape.BULLET, Shape.ITEM)
"""A list's items (a digest's headlines, each with its source): no picture's caption."""
_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]$")
"""A label alone (`免责声明：`): over a numbered list, the list's lead."""


def _chapter(text: str) -> bool:
    """Whether a line opens a book's chapter or part (`第六章 …`): a line over it that reads
    `上篇：…` heads the book's half it opens."""
    number = heading_number(text)
    return number is not None and number.family in _CHAPTERS


_CHAPTERS = frozenset({MarkerFamily.VOLUME, MarkerFamily.PART, MarkerFamily.SECTION})


_ATTACHMENT = re.compile(r"^(?:附件|附|附表|附录)\s*\d*\s*[:：]")


_TRAILING_BARS = re.compile(r"\s+\|[\s|]*\|[\s|]*$")
"""A table's empty cells left after a line's text (`…教育问题 | |||||||||`: a page's layout
table turned into Markdown and saved as text)."""


def _trailing_bars(lines: tuple[Line, ...]) -> Pass:
    """Empty cells' bars after a line's text go."""
    return substitute_all("boilerplate.bars", lines, _TRAILING_BARS, lambda _: "")


_HOME_LINK = re.compile(
    r"(?<=[。！？”」])\s*(?:返回[^。，！？\s]{1,10}首页\s*[>＞》»]*|返回[^。，！？\s]{1,6}，查看更多)$"
)
"""A portal's link back to its home page run on after a paragraph's last sentence (`…将持续。
返回腾讯网首页>>`, `…前往送别。返回搜狐，查看更多`)."""


_FONT_AFTER = re.compile(
    rf"(?<=[^\s【\[])\s*[【\[]?(?:字号|字体|字级)\s*[:：]\s*(?:{SIZE_WORDS})+[】\]]?\s*$"
)
"""A page's control of its type size run on after a line's text (`来源：省文化和旅游厅办公室`
`字号：默认 小 大`, two inline elements of the page's byline)."""


def _home_links(lines: tuple[Line, ...]) -> Pass:
    """A portal's link home run on after a paragraph's last sentence goes, and a type size's
    control after a line's text."""
    homes = substitute_all("boilerplate.widget", lines, _HOME_LINK, lambda _: "")
    sizes = substitute_all("boilerplate.widget", homes.lines, _FONT_AFTER, lambda _: "")
    return Pass(sizes.lines, homes.edits + sizes.edits)


def _repeated_title(lines: tuple[Line, ...]) -> Pass:
    """A title repeated with a column's name before it (`工会新闻｜区总工会召开…` above or below
    `区总工会召开…`) among the top lines."""
    top = [line.text.strip() for line in lines[:TOP]]

    def drop(index: int) -> bool:
        if index >= TOP:
            return False
        match = _PREFIXED.match(top[index])
        if match is None or _ATTACHMENT.match(top[index]) or leading_marker(top[index]):
            return False  # 附件：获奖名单 over the list itself: a notice's own line
        return any(other == match.group("title") for j, other in enumerate(top) if j != index)

    return drop_lines("boilerplate.page-title", lines, drop)


CRUMB = 12
"""A piece of a breadcrumb trail set on a line of its own is at most this long."""
_CRUMB_SEPARATOR = re.compile(r"^[>＞»›/]+$")


_FIELD_LABEL = re.compile(r"^[*＊]{0,2}[\u4e00-\u9fff]{1,8}[*＊]{0,2}[:：][*＊]{0,2}$")
"""A field's label alone over its value (`出席：`, `**列席：**`)."""


def _navigation(lines: tuple[Line, ...]) -> Pass:
    """A breadcrumb trail anywhere, also set one piece to a line (`当前位置：` `首页` `>`
    `政务信息` `>` `宁夏要闻`, and the column's name again under it); tabs between bars
    (`| 信息公告 |`, two or more in a row); a bar of short words, and
    a menu of four or more bulleted lines (`• 澳廣視新聞` `• 政府消息` …), only where page
    furniture stands."""
    zone = furniture_zone(lines)
    scattered = _scattered_crumbs(lines)
    menu: set[int] = set()
    first = text_start(lines)  # a menu opens above the running text
    for run in _spans(len(lines), _menu_items(lines), MENU_ITEMS):
        if run.start < first:
            menu.update(run)
            if run.start > 0 and _menu_label(lines[run.start - 1].text):
                menu.add(run.start - 1)

    tabs = _runs(len(lines), [bool(_TAB.match(line.text.strip())) for line in lines], 2)

    def drop(index: int) -> bool:
        text = lines[index].text
        if _DATED_ITEM.match(text):
            return False  # 2026/08/17 泰晓资讯·6 月 / 第一期 | More: a feed's dated item
        if index in scattered or index in menu or index in tabs or is_breadcrumb(text):
            return True
        if index not in zone or not is_navigation(text) or is_row(text):  # a table's row
            return False
        if index and _FIELD_LABEL.match(lines[index - 1].text.strip()):
            return False  # **出席：** over 徐满柱主席 杨志雄副主席 …: who attended, listed
        if _roll_call(text):
            return False  # 出席委员　林国正　　李贵敏　　孔文吉 …: the same, the label on the line
        # 文/本报记者 朱健勇 见习记者 韩谦 实习生 张玉杰 …; Posted on 2015/11/19 by 巷仔口社會學
        return (
            parse_byline(text) is None
            and parse_dateline(text) is None
            and parse_date_line(text) is None  # 中 华 民 国114年 07 月 27 日, spaced by a form
        )

    return drop_lines("boilerplate.navigation", lines, drop)


def _roll_call(text: str) -> bool:
    """Whether a line lists people, after a label perhaps (`出席委员　林国正　　李贵敏　　孔文吉
    …`, `请假委员　…`, as minutes list who attended; `蒋明 俞奇弘 俞建种 杨佩琼 …`, a group of
    representatives): three or more words, `ROLL_NAMED` of them names (a label first, which is
    no name, aside). A menu's words are few names."""
    words = text.split()
    if words and not is_name(words[0]) and _LABEL_WORD.fullmatch(words[0]):
        words = words[1:]
    named = sum(map(is_name, words))
    return len(words) >= ROLL_NAMES and named >= ROLL_NAMED * len(words)


_LABEL_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]?")
ROLL_NAMES = 3
ROLL_NAMED = 0.75
"""A roll call lists this many people or more, this share of its words names."""


_DATED_ITEM = re.compile(r"^\s*\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s+\S")
"""A feed's or a digest's item, its day first (`2026/08/22 block/buzz | More`): no menu."""
_TAB = re.compile(r"^[|｜]\s*[^|｜]{1,24}\s*[|｜]$")
"""A page's tab or sidebar label set between bars (`| 信息公告 |`), two or more in a row."""


MENU_ITEMS = 4
"""A page's menu of bulleted lines holds at least this many, the first above the text."""
MENU_ITEM = 24
"""An item of a page's menu set one to a line is at most this long."""


def _menu_item(text: str) -> bool:
    """`• 澳廣視新聞`: a short bulleted line with no sentence punctuation (four or more in a row
    where page furniture stands are the page's menu)."""
    stripped = text.strip()
    return (
        stripped[:1] in _BULLETS
        and len(stripped) <= MENU_ITEM
        and not any(mark in stripped for mark in "。；")
    )


def _menu_items(lines: tuple[Line, ...]) -> list[bool]:
    """Which lines are items of a bulleted menu (`_menu_item`), also where the page sets each
    bullet on a line of its own, over its item (`·` over `中经评论：拥抱银发经济新蓝海`)."""
    items = [_menu_item(line.text) for line in lines]
    for index, line in enumerate(lines[:-1]):
        if line.text.strip() in _BULLETS and _menu_item(f"· {lines[index + 1].text.strip()}"):
            items[index] = items[index + 1] = True
    return items


_BULLETS = ("•", "·", "▪", "●", "◆")


def _menu_label(text: str) -> bool:
    """`新闻`, `分类`: a menu's label, the short line above it."""
    stripped = text.strip()
    return 0 < len(stripped) <= MENU_LABEL and not any(m in stripped for m in CLAUSE_MARKS)


MENU_LABEL = 6


def _scattered_crumbs(lines: tuple[Line, ...]) -> set[int]:
    """The lines of each breadcrumb trail set one piece to a line: short lines around lines of
    a separator alone, which read together as a trail."""
    found: set[int] = set()
    short = [len(line.text.strip()) <= CRUMB for line in lines]
    for index, line in enumerate(lines):
        if index in found or not _CRUMB_SEPARATOR.match(line.text.strip()):
            continue
        start = index - 1
        while start > 0 and short[start - 1] and (start - 1) not in found:
            start -= 1
        end = index + 1
        while end + 1 < len(lines) and _CRUMB_SEPARATOR.match(lines[end + 1].text.strip()):
            end += 2
        if start < 0 or end >= len(lines) or not short[end]:
            continue
        while start < index - 1 and not is_breadcrumb(_trail(lines, start, end)):
            start += 1  # the short lines above that are not the trail's
        if not is_breadcrumb(_trail(lines, start, end)):
            continue
        last = lines[end].text.strip()
        if end + 1 < len(lines) and lines[end + 1].text.strip() == last:
            end += 1  # the column's name again, under the trail
        found.update(range(start, end + 1))
    return found


def _trail(lines: tuple[Line, ...], start: int, end: int) -> str:
    return " ".join(line.text.strip() for line in lines[start : end + 1])


def _runs(count: int, matches: list[bool], minimum: int) -> set[int]:
    """Indexes of the runs of at least `minimum` consecutive matching lines."""
    return {index for run in _spans(count, matches, minimum) for index in run}


def _spans(count: int, matches: list[bool], minimum: int) -> list[range]:
    """The runs of at least `minimum` consecutive matching lines, each as its indexes."""
    found: list[range] = []
    start = 0
    for index in range(count + 1):
        if index < count and matches[index]:
            continue
        if index - start >= minimum:
            found.append(range(start, index))
        start = index + 1
    return found


def _sidebar(lines: tuple[Line, ...]) -> Pass:
    """Three or more `name office` lines in a row, above the text or below its end.

    A short label just above the list (领导之窗) goes with it.
    """
    zone = furniture_zone(lines)
    matches = [i in zone and is_official(ln.text) for i, ln in enumerate(lines)]
    drop = _runs(len(lines), matches, 3)
    labels = {i - 1 for i in drop if i - 1 in zone - drop and _is_label(lines[i - 1].text)}
    return drop_lines("boilerplate.sidebar", lines, lambda i: i in drop | labels)


def _is_label(text: str) -> bool:
    return len(text.strip()) <= LABEL_LENGTH and is_heading_like(text)


def _contact(lines: tuple[Line, ...]) -> Pass:
    """Two or more contact lines in a row (邮箱/电话/传真/邮编/地址 …) outside the text, and an
    account's card of contacts on one line (`投稿|…@qq.com 合作|…（微信）`).

    The issuer's own contact details inside a notice (联系人：… before its signature) stay.
    """
    zone = furniture_zone(lines)
    matches = [i in zone and is_contact(ln.text) for i, ln in enumerate(lines)]
    drop = _runs(len(lines), matches, 2)
    drop |= {i for i in zone if is_contact_card(lines[i].text)}  # a card alone, on one line
    return drop_lines("boilerplate.contact", lines, lambda i: i in drop)


_BRACKET_CLOSES = re.compile(rf"[）)](?:\s*{WIRE_STAMP})?\s*$")


def _credits(lines: tuple[Line, ...]) -> Pass:
    """Editor credits such as `编辑：…` or `（责任编辑：…）` on lines of their own, and in
    brackets closing a paragraph (cut from it)."""
    dropped = drop_lines(
        "boilerplate.credit", lines, lambda i: bool(_CREDIT.match(lines[i].text.strip()))
    )
    kept, edits = [], list(dropped.edits)
    for line in dropped.lines:
        if _BRACKET_CLOSES.search(line.text):  # where credits in brackets may close it
            line, cut = substitute("boilerplate.credit", line, _CREDIT_AFTER, lambda _: "")
            edits += cut
        kept.append(line)
    return Pass(tuple(kept), tuple(sorted(edits, key=lambda e: e.line)))


RELATED_HEADLINE = 40
"""A headline under a related-links label is at most this long."""


def _related(lines: tuple[Line, ...]) -> Pass:
    """A related-links label (`推荐阅读`, `原文链接`) and the headlines or address under it,
    wherever it stands (an exported article sets it between the text and the account's
    blurb): short lines with no sentence punctuation, up to the next line that is not one;
    and a label with its headline on one line (`相关新闻：…`), between paragraphs too. A site's
    label over its earlier reports (`此前报道：`, `红星新闻相关报道：`) goes only with the headlines
    that end the page: over an earlier report's own paragraphs it stays, which are no part of
    the article."""
    drop: set[int] = set()
    for index, line in enumerate(lines):
        if is_related_link(line.text):
            drop.add(index)
        earlier = is_earlier_label(line.text)
        if not (earlier or is_related_label(line.text)):
            continue
        below = index + 1
        while below < len(lines) and _headline(lines[below].text):
            if parse_byline(lines[below].text) or is_bar_label(lines[below].text):
                break  # the reporters, or a column's label, under the links: not links
            if lines[below].shape is Shape.HEADING:
                break  # the article's own headline, which a format marks: no link
            below += 1
        headed = below < len(lines) and lines[below].shape is Shape.HEADING  # its links gone
        if headed and below == index + 1 and _part_of_text(lines, index):
            continue  # ## 相关链接 over **何谓法律意义上的“加班”** and its paragraphs: a part
        if _section_among_sections(lines, index, below):
            continue  # 相关报道 (a heading) over the press's reports, then 什么是996？: a part
        if below == len(lines) or ((below > index + 1 or headed) and not earlier):
            drop.update(range(index, below))  # (as widgets before it: the label alone)
    return drop_lines("boilerplate.footer", lines, lambda i: i in drop)


def _section_among_sections(lines: tuple[Line, ...], index: int, below: int) -> bool:
    """Whether the related-links label at `index` is a heading the format marks over its
    links (up to `below`), and the text goes on after them under another heading of its level
    or above, with paragraphs of its own: a section of the writer's (a README's `相关报道`
    between its introduction and `什么是996？`), not a page's list of other articles."""
    label = lines[index]
    if label.shape is not Shape.HEADING:
        return False
    after = [
        at
        for at in range(below, len(lines))
        if lines[at].shape is Shape.HEADING and lines[at].level <= label.level
    ]
    return bool(after) and any(_running(line.text) for line in lines[after[0] + 1 :])


def _part_of_text(lines: tuple[Line, ...], index: int) -> bool:
    """Whether the related-links label at `index` heads a part of the text: a heading the
    format marks, below the text's paragraphs, over a subhead and its paragraphs (a case
    report's `## 相关链接` over the law it explains)."""
    if lines[index].shape is not Shape.HEADING or index + 2 >= len(lines):
        return False
    above = any(_running(line.text) for line in lines[:index])
    return above and _prose(lines[index + 2].text)


def _headline(text: str) -> bool:
    """A related article's headline: short, no full stop (a question or an exclamation inside
    it, as news headlines have: `郑州花34亿给河道贴瓷砖？记者实探：…`), or an address."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= RELATED_HEADLINE and not any(m in stripped for m in "。；")
    ) or is_url_line(stripped)


WRITER_NOTE = 40
"""A note on the writer among a page's closing lines is at most this long; a column's longer
blurb (its description, the writer's life) is the page's."""


def _tail(lines: tuple[Line, ...]) -> Pass:
    """The page's own lines after a text, peeled from the end: appeals for subscribers, bare
    addresses, a column's label (`博客 | 家兴`) and the blurb under it, related-links labels,
    footers and widgets. A
    note on the writer and the text's signature among them stay (the metadata rules read them).
    """
    drop: set[int] = set()
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text.strip()
        if signs(text) or (is_author_note(text) and len(text) <= WRITER_NOTE):
            continue  # 【家兴专栏】前职工盟工会干事…: the writer's note, for the metadata rules
        if parse_byline(text):
            continue  # 记者| 于怡朗, set like a column's label: the reporter
        if is_metadata(text):
            continue  # 图文转自明报： https://…: where the text came from, for the metadata rules
        if is_note_line(text) or _REFERENCES.match(text):
            break  # [1]https://…: one of the text's notes (its mark in the text refers to it);
            # 参考链接：[1]https://…[2]…: the writer's sources
        if _last_link(lines, index) or _linked_entry(lines, index):
            break  # - 实习生生存手册 https://…: the last of the writer's list of links, as the rest
        if not (_page_tail(text) or _column_blurb(lines, index) or is_tail_widget(text)):
            break
        if index and is_url_line(text) and _asks_for(lines[index - 1].text):
            break  # 如需咨询，请发邮件到 / a623719265@protonmail.com: the address ends it
        drop.add(index)
    return drop_lines("boilerplate.footer", lines, lambda i: i in drop)


_REFERENCES = re.compile(
    r"^[【\[]?(?:参考(?:链接|资料|文献|来源)|引用(?:来源|资料)|资料来源|references?|sources?)"
    r"[】\]]?\s*[:：]",
    re.IGNORECASE,
)
"""The label of a writer's list of sources (`参考链接：`, `参考文献：`, `References:`)."""


def _linked_entry(lines: tuple[Line, ...], index: int) -> bool:
    """Whether line `index` is an address alone under a heading, as another is under another
    heading of its level (`## 狼山钢绳　顾其林` over `https://mp.weixin.qq.com/s/…`, the last
    of a list of interviews, each a heading and the link to it): the entry's, not the page's."""
    above = lines[index - 1] if index else None
    if above is None or above.shape is not Shape.HEADING or not is_url_line(lines[index].text):
        return False
    return any(
        lines[at - 1].shape is Shape.HEADING
        and lines[at - 1].level == above.level
        and is_url_line(lines[at].text)
        for at in range(1, index - 1)
    )


def _last_link(lines: tuple[Line, ...], index: int) -> bool:
    """Whether line `index` is an item of a list of links under another that holds an address
    too (`- 我们如何进行实习生招聘 https://…` over `- 实习生生存手册 https://…`, the writer's
    reading list: it ends as it goes on, not as a page's bare address does)."""
    shape = lines[index].shape
    return (
        shape in _LISTED
        and index > 0
        and lines[index - 1].shape is shape
        and all(_ADDRESS.search(lines[at].text) for at in (index - 1, index))
    )


_ADDRESS = re.compile(r"https?://\S+")


def _asks_for(text: str) -> bool:
    """A line of the text left open for the address under it: a label (`联络作者：`) or a
    sentence asking readers to write or call (`如需咨询，请发邮件到`); no page's own line."""
    stripped = text.strip()
    if not stripped or _page_tail(stripped):
        return False
    return stripped[-1] in "：:" or bool(_ASKS.search(stripped))


_ASKS = re.compile(
    r"(?:发|寄|联系|联络|咨询|投稿|来信|邮件|致电|拨打|访问|登录|浏览)[^，。；！？]{0,8}$"
)
"""The end of a sentence asking readers to write, call or visit, its address to follow."""


_BLURB = re.compile(r"^【(?P<column>[^】]{2,16})】")


def _column_blurb(lines: tuple[Line, ...], index: int) -> bool:
    """`【工党有Say】我们期许…` under the column's label `博客 | 工党有Say`: the column's own
    description, which the page prints under every text of the column; or a blurb that opens
    with the name the label gives (`博客 | Chris Yeung` over `Chris Yeung, Chief Writer of
    CitizenNews, is founder and editor of …`)."""
    if index == 0 or not is_bar_label(above := lines[index - 1].text.strip()):
        return False
    text = lines[index].text.strip()
    name = re.split(r"[|｜]", above)[-1].strip()
    blurb = _BLURB.match(text)
    if blurb is None:
        opens = len(name) >= MIN_NAME and text.startswith(name)
        return opens or (bool(_WRITER_COLUMN.match(above)) and len(text) <= WRITER_BIO)
    column = blurb.group("column")
    return column in above or name in column  # `博客 | 飘杨 & 小鸟` over `【飘杨 & 小鸟・八千哩】…`


_WRITER_COLUMN = re.compile(r"^(?:主笔|博客|专栏|作者|撰稿人|特约作者)\s*[|｜]")
"""A column's label that names its writer (`主笔 | 杨健兴`): the line under it is the writer's
blurb (`资深新闻工作者、浸会传理人。自80年代起…`), which the page prints under every text."""
WRITER_BIO = 400
"""…at most this long."""
MIN_NAME = 2
"""A column's name under which a blurb opening with it is the writer's (two characters or more)."""


def _page_tail(text: str) -> bool:
    return (
        is_appeal(text)
        or is_url_line(text)
        or is_bar_label(text)
        or is_related_label(text)
        or is_footer(text)
        or is_widget(text)
    )


ECHO = 3
"""A page's share snippet at its end is at most this many lines."""
ECHOED = 30
"""… and repeats the text's opening: its title and first words, among this many lines."""
ECHO_LENGTH = 20
"""The snippet is at least this long: two lines or more of the top, or an excerpt of it."""


def _echo(lines: tuple[Line, ...]) -> Pass:
    """The page's share snippet at its end: the title and the text's first words again
    (`2026年四川省人民政府工作报告` over `各位代表：现在，我代表省人民政府，向大会报告工作，请…`),
    which a page copied as text ends with. Whole sentences of the top again and nothing else
    are the writer's own repeat (an appeal that opens and closes a text: `同志们！请赶往…！！！`
    over `请速速赶赴…！！`), which stays."""
    if len(lines) <= ECHOED:
        return Pass(lines)
    opening = compact("".join(line.text for line in lines[:ECHOED]))
    top = {compact(line.text) for line in lines[:ECHOED]}
    echo: set[int] = set()
    excerpt = False  # words of the opening, not a whole line of the top
    for index in range(len(lines) - 1, len(lines) - 1 - ECHO, -1):
        text = compact(lines[index].text).rstrip("….")
        if signs(text):
            break  # a signature or its date, which the top may show too
        if text in top:
            echo.add(index)
        elif len(text) >= ECHO_LENGTH and text in opening:
            echo.add(index)
            excerpt = True
        else:
            break
    length = sum(len(compact(lines[i].text)) for i in echo)
    titled = any(not ends_sentence(lines[i].text) for i in echo)  # the title, or a salutation
    snippet = length >= ECHO_LENGTH and (excerpt or (len(echo) > 1 and titled))
    return drop_lines("boilerplate.footer", lines, lambda i: snippet and i in echo)


FOOTER_LINES = 40
"""A site's footer after the text is at most this many lines, or as many as the text above it:
where more follow the last line that closes a text, they are the text (a table, a list)."""


PROSE = 100
"""A paragraph at least this long, of two sentences or more, is the text's own, wherever it
stands: a footer never takes one."""


def _prose(text: str) -> bool:
    return len(text) >= PROSE and sum(text.count(mark) for mark in "。！？") >= 2


RUNNING = 40
"""A line of this many Chinese characters or more, with a sentence and clauses, is running
text, though a copy cut it off before its stop…"""
RUNNING_CLAUSES = 3


def _running(text: str) -> bool:
    """…(`中国共产党十一届三中全会以后的八十年代，…前进的十年。这十年，我们坚持…，坚`, the
    last paragraph of an excerpt, above the database's rights notices)."""
    clauses = sum(text.count(mark) for mark in "，。；")
    return han_count(text) >= RUNNING and "。" in text and clauses >= RUNNING_CLAUSES


_TEXT_NOTE = re.compile(r"化名|应[^，。]{0,8}要求")
"""A note on the text's own words (`文中的人名均为化名`, `应受访者要求`), closing a text."""


OWN = 15
"""A footer's sentence on a line whose other sentences hold at least this many Chinese
characters goes alone: the rest is the text's own (`本文为…的讲演，由…整理。转载请注明来源。`)."""
_SENTENCES = re.compile(r"[^。！？!?]+[。！？!?]*")


def _footer_sentences(lines: tuple[Line, ...]) -> Pass:
    """A footer's sentence after the text's own sentences on one line goes alone,
    before the rules that would take the line for the page's (`本文为…的讲演，由…整理。` +
    `转载请注明来源。`)."""
    kept, edits = [], []
    for line in lines:
        rest = _own_part(line.text)
        if rest is not None:
            edits.append(Edit("boilerplate.footer", line.number, line.text, rest))
            line = replace(line, text=rest)
        if line.text:
            kept.append(line)
    return Pass(tuple(kept), tuple(edits)) if edits else Pass(lines)


def _own_part(text: str) -> str | None:
    """A line of the text's own sentences and a footer's, the text's (else None); nothing of
    a line whose every sentence is a footer's or a disclaimer's (`免责声明：…版权归原作者所有…。`
    `文章观点仅代表作者本人，不代表新浪立场。` `投资有风险，入市需谨慎。`)."""
    if not is_footer(text):
        return None
    parts = _SENTENCES.findall(text)
    kept = [part for part in parts if not (is_footer(part) or is_disclaimer(part))]
    rest = "".join(kept).strip()
    if not kept and len(parts) > 1:
        return ""
    return rest if len(kept) < len(parts) and han_count(rest) >= OWN else None


def _footer(lines: tuple[Line, ...]) -> Pass:
    """Footer lines, and everything after the text's end when a footer line is there.

    Below the end of the text (see `furniture.text_end`), a licence number, copyright or
    QR-code prompt marks the rest as the site's footer: link lists, app prompts and section
    labels go with it. Elsewhere only lines of a footer's shape go.
    """
    last = text_end(lines)
    tail = range(last + 1, len(lines))
    short = last >= 0 and len(tail) <= max(FOOTER_LINES, last)  # not the text itself (a table)
    signed = short and any(
        (is_footer(lines[i].text) or is_related_label(lines[i].text))
        and not is_note_line(lines[i].text)  # [2]Bennett (2025). Copyright infringement…
        for i in tail
    )

    running = {i for i in tail if _running(lines[i].text) and not is_footer(lines[i].text)}
    headed = {i - 1 for i in running if heading_number(lines[i - 1].text) is not None}

    def drop(index: int) -> bool:
        text = lines[index].text.strip()
        if is_note_line(text):
            return False  # [1]https://…: one of the text's notes, which its mark refers to
        if index in running or index in headed:
            return False  # a paragraph a copy cut off before its stop, and its heading
        if signed and index > last:
            if _column_blurb(lines, index):
                return True  # the writer's blurb under the column's label, which goes too
            kept = is_metadata(text) or is_author_note(text) or signs(text) or _prose(text)
            kept = kept or bool(_TEXT_NOTE.search(text))  # 文中的人名均为化名: the text's own
            return not (kept or parse_byline(text))  # 九派新闻记者 梁霞: the authors
        return is_footer(text) and not any(m in text for m in "。，") and not is_metadata(text)

    return drop_lines("boilerplate.footer", lines, drop)
