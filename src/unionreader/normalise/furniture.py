"""Shapes and zones of web page furniture, shared by the boilerplate rules.

A shape alone never removes a line that could be text: a list of names is navigation only where
page furniture stands (above the text or below its end), a contact block only below the text's
end. The *end of the text* is its last finished sentence, source or author line, or the parts
that close an official notice (attachments, the contact person, the signature date), extended over
a list the text itself announces with a colon (…组成如下：).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Sequence

from unionreader.chinese import HAN, is_han
from unionreader.markers import leading_marker
from unionreader.model import Line
from unionreader.normalise.characters import EMOJI, JOINER, SELECTORS
from unionreader.normalise.widgets import is_appeal, is_bar_label, is_url_line, is_widget

logger = logging.getLogger(__name__)

SENTENCE_MARKS = "。！？；…!?;"
"""Sentence punctuation, full-width or not: boilerplate runs before punctuation is normalised."""

CLAUSE_MARKS = SENTENCE_MARKS + "，,"

_SITE_NAME = re.compile(
    r"(?:网|网站|频道|在线|新闻|日报|晚报|早报|报|杂志|客户端|官网|门户|平台)$"
    r"|^(?:知乎|知乎专栏|简书|豆瓣|CSDN博客|博客园|百家号|今日头条|网易号|搜狐号|澎湃号|掘金|微博)$"
    r"|\.(?:com|cn|net|org|gov)\b",
    re.I,
)
_NAV_TOKEN = re.compile(rf"^[{HAN}A-Za-z0-9]{{1,6}}$")
_NAV_SPLIT = re.compile(r"[\s|｜/·]+")
_POSITION_LABEL = r"^(?:您|你)?(?:当前|现在|所在)?的?位置\s*[:：]"
"""The label a breadcrumb trail opens with (`当前位置：`)."""
_BREADCRUMB = re.compile(
    _POSITION_LABEL + r"|^[>＞»›]?\s*(?:[^>＞»›\s][^>＞»›]{0,24}?\s*[>＞»›]+\s*){2,}[^>＞»›]{1,30}$"
    r"|^(?:首页|主页|网站首页|返回首页)\s*[>＞»›/]|^\S{1,12}\s*[>＞»›]?\s+正文$"
    r"|^[>＞»›]\s+[\u4e00-\u9fff]{2,8}$"  # > 动态内容: a section's crumb alone (not >>催发…:
    # a subhead's mark)
)
OFFICIAL = re.compile(
    rf"^[{HAN}]{{1,2}}\s?[{HAN}]{{1,2}}\s+\S*"
    r"(?:主席|书记|委员|部长|主任|组长|成员|局长|厅长|市长|省长|会长|秘书长|理事长|总经理)"
)
_CONTACT_WORDS = (
    "邮箱", "电子信箱", "电邮", "电话", "传真", "邮编", "地址", "网址", "手机", "热线", "联系人",
)  # fmt: skip
_CONTACT = re.compile(
    r"^\S{0,6}?(?:" + "|".join(r"\s*".join(word) for word in _CONTACT_WORDS) + r"|E-?mail)\s*[:：]",
    re.I,
)
RIGHTS = re.compile(r"^\s*(?:版权所有|著作权所有|Copyright\b|©|\([cC]\))")
"""A notice of rights opening a line (`版權所有（c）<年份><版權持有人>`, a licence's first line):
no title and no heading, whatever follows it."""
CONTACT_POINT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|二维码")
"""A mail address or a QR code to reach someone by (`请发送【姓名+身份】至邮箱：…@…`,
`长按识别微信二维码发送…`): a line that holds one heads nothing."""
_PROVINCES = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台]"
"""The one-character names of China's provinces, as licence numbers write them (`（京）字`)."""
_FOOTER = re.compile(
    r"ICP\s*[备证]|ICP\s*[:：]?\s*\d|公网安备\s*\d"  # licence numbers
    r"|许可证(?:编?号)?\s*[（(：:]?(?:[\s（）()〔〕A-Z]|网文|新出\S{0,4}|字|第|直|"
    + _PROVINCES
    + r")*\d(?![\d.]*(?:万|亿)?(?:张|个|件|家|份|项|本|户|种))"  # not 许可证877张: a count
    r"|copyright|©|all rights reserved"
    r"|版权所有\s*(?:[:：]|[,，]?\s*(?:未经|不得|违者|侵权|转载))|^\S{1,20}版权所有$"
    r"|^版权所有\s+[^\s（(<©]{1,20}$"  # 版权所有 某某网: a page's owner
    r"|^\S{0,20}版权作品|转载[须需请]?(?:注明|标明)(?:出处|来源)"
    r"|^[【\[]?版权声明[】\]]?|版权归\S{0,12}所有|著作权归\S{0,20}所有"  # a page's rights
    r"|[未非]经(?:书面)?(?:授权|许可|同意|允许)[，,]?\s*(?:任何\S{0,8}?)?(?:不得|严禁|禁止|请勿|谢绝)"
    r"\S{0,12}?转载"  # 本文系观察者网独家稿件，未经授权，不得转载。 …，非经授权，不得转载
    r"|举报电话|违法和不良信息举报"
    r"|^(?:请用|用)?(?:微信|手机)?(?:扫码|扫一扫|扫描二维码)"  # a QR-code prompt opens the line
    r"|^分享(?:到|至)\s*[:：]?$"
    r"|^[×✕|｜]$",
    re.I,
)
_FOOTER_HINT = re.compile("[p备许y©v版转举扫享×✕|｜著]", re.I)
"""A character every match of `_FOOTER` holds (one of each of its alternatives, case folded as
they are): a line without one is no footer, found with no alternative tried at each place."""
REPOSTED = r"(?:本文|文章|图文|圖文)?(?:转载自|轉載自|转自|轉自|转引自|轉引自)"
"""What a repost's credit opens with (`图文转自…`, `转载自…`)."""
_METADATA = re.compile(rf"^[【\[（(]?(?:来源|稿源|出处)\s*[:：]|^[（(]作者|^[【\[（(]?{REPOSTED}")
"""A line that says where the text came from (`来源：…`, `图文转自明报：…`) or who wrote it."""
_NOTICE_END = re.compile(
    r"^[（(]?(?:附件\s*\d*\s*[:：]|联系人\s*[:：])"
    r"|^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日$"
)
_FINAL = "。！？…”」』!?"
_LAST_ASIDE = re.compile(r"[（(][^（）()]{1,30}[）)]$")
"""A note in brackets after a text's last sentence (its reporter, a source)."""
_ANNOUNCING = re.compile(r"如下|以下|名单")
_NAME = re.compile(
    rf"(?:[{HAN}]{{2,4}}|[{HAN}]{{1,4}}[·‧•・][{HAN}·‧•・]{{1,8}})(?:[（(][^（）()]{{1,10}}[）)])?"
)
"""A name in a list: 王小明, 夏本‧嘎那恩, with a note in brackets (马飚（壮族）, 吴胜雄（吴晟）)."""

LABEL_LENGTH = 8
"""A section label of a page (领导之窗, 友情链接) is at most this long."""


_SEPARATOR = r"\s*(?:[_|｜│┃∣–]|-{2}|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9]))\s*"
"""What parts a browser title's pieces (and the bars of box drawing and mathematics some sites
part them with: `…凶手竟是「這款鞋」│鰻魚家家酒│TVBS新聞網`); a hyphen between letters or digits
(2020-12-25, COVID-19) parts nothing."""
_TITLE_SEPARATOR = re.compile(_SEPARATOR)


def page_title(text: str) -> tuple[str, list[str]] | None:
    """The headline and suffix parts of a browser-title line `headline_section_site`, or None.

    Separators are the ASCII ones sites use (`_`, `-`, `--`, `|`, `–`), never the Chinese dash
    `——`, which joins a title to its subtitle.
    """
    stripped = text.strip()
    parts = [p for p in _TITLE_SEPARATOR.split(stripped) if p]
    if len(parts) < 2 or any(mark in stripped for mark in SENTENCE_MARKS):
        return None
    headline, suffix = parts[0], parts[1:]
    if len(headline) < 6 or any(len(part) > 12 for part in suffix):
        return None
    return headline, suffix


SITE_PART = 20
"""The longest part a page's title names its site or section by (三立新聞網 SETN.COM)."""
_LAST_PART = re.compile(_SEPARATOR + rf"([^_|｜│┃∣–]{{1,{SITE_PART}}}?)\s*$")
"""A separator and the short part after it at the end of a page's title (`_新浪财经`, `|辟谣`,
` - 社会`); a hyphen between letters or digits (COVID-19) separates nothing."""


def headline_of_page(title: str) -> str:
    """The headline of a page's own title (its `<title>`): without the site's and section's
    names after it (`…消息不实|辟谣_新浪财经_新浪网` → `…消息不实`). Unlike a browser-title line in
    a text (`page_title`), a page's title is a title whatever it holds, questions and
    exclamations included; a part is taken off only while at least `MIN_HEADLINE` characters
    stay before it. A title that names only a section of a site (`新闻动态--中国地理学会官网`, as
    a society's or a union's site titles every article) names no headline: ''."""
    headline = " ".join(title.split())
    first = _FIRST_PART.match(headline)
    if first and _SECTION.match(first.group(1).strip()):
        return ""
    site = _SITE_FIRST.match(headline)
    if site and len(headline) - site.end() >= MIN_HEADLINE:
        headline = headline[site.end() :]  # 自由電子報 - 果汁？啤酒？…: the site's name first
    while (last := _LAST_PART.search(headline)) and len(headline[: last.start()]) >= MIN_HEADLINE:
        if any(mark in last.group(1) for mark in SENTENCE_MARKS):
            break
        headline = headline[: last.start()]
    return headline


MIN_HEADLINE = 6
"""The fewest characters a headline keeps when site names are taken off a page's title."""
_FIRST_PART = re.compile(r"^([^_|｜│┃∣–\-]{2,8})\s*(?:--?|[_|｜│┃∣–])\s*\S")
_SECTION = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:动态|要闻|新闻|公告|通知|资讯|信息|快讯|专题|栏目|频道|中心|详情|正文"
    r"|文章|内容|聚焦|头条|视点|简讯|之窗)$"
)
"""The name of a site's section (新闻动态, 工会要闻, 通知公告, 文章详情, 正文)."""
_SITE_FIRST = re.compile(
    r"^[^_|｜│┃∣–\-\s]{1,8}(?:电子报|電子報|日报|日報|时报|時報|晚报|晚報|新闻网|新聞網|新闻|新聞|网|網"
    r"|报|報|电台|電台)\s*(?:-{1,2}|[_|｜│┃∣–])\s*"
)
"""A site's name before its page's headline (`自由電子報 - …`), as some sites title pages."""


SITE_WORDLESS = 6
"""The longest name of a site that says nothing of being one (新浪财经, 百家号, 今日头条)."""


def has_site_suffix(suffix: list[str]) -> bool:
    """A suffix ending with a site-like name (`_中国工会网`, `-人民日报`), or of a section and a
    site whose name is short (`_国内_新浪财经`): not a string of keywords (`…-激情午夜一区二区三区
    -亚洲综合另类小说合集`, the spam a copied page can open with)."""
    last = suffix[-1]
    return bool(_SITE_NAME.search(last)) or (len(suffix) >= 2 and len(last) <= SITE_WORDLESS)


MIN_CELLS = 3
"""A row of a table set as text has at least this many cells."""
_CELL_GAP = re.compile(r"\t+|[ \u3000]{2,}")


def table_cells(text: str) -> int:
    """The cells of a line set as a table's row: parted by tabs, or by runs of spaces in a line
    with no sentence's punctuation (a space alone parts the phrases of a title; spaces set in
    running text for a dash, as a PDF copy leaves them, part no cells); 1 for a line that is
    no row."""
    stripped = text.strip()
    if "\t" not in stripped and (not _CELL_GAP.search(stripped) or _RUNNING.search(stripped)):
        return 1
    return len([cell for cell in _CELL_GAP.split(stripped) if cell])


_RUNNING = re.compile("[，。；！？]")


def is_breadcrumb(text: str) -> bool:
    """`当前位置：…` or `A > B > C` with no clause punctuation, and no number to open it (`3、党支部
    审核 -> 分党委审核 -> 组织部审核` is a step of a procedure, its flow in arrows), nor a flow
    in arrows after a label but the position's (`假设选择为:和晓云搭话->向乐诗泼水->…`: a
    sentence's choices)."""
    return (
        bool(_BREADCRUMB.search(text))
        and not any(m in text for m in CLAUSE_MARKS)
        and leading_marker(text.strip()) is None
        and not ("->" in text and _COLON.search(text) and not _POSITION.match(text.strip()))
    )


_COLON = re.compile("[:：]")
_POSITION = re.compile(_POSITION_LABEL)


def is_link_bar(text: str) -> bool:
    """Six or more short words separated by spaces, bars or slashes (a menu, or a list of names);
    not a line of single characters (`政 府 工 作 报 告`: a title set letter-spaced)."""
    tokens = [token for token in _NAV_SPLIT.split(text) if token]
    spaced_out = all(len(token) == 1 for token in tokens)
    return len(tokens) >= 6 and not spaced_out and all(_NAV_TOKEN.match(t) for t in tokens)


def is_navigation(text: str) -> bool:
    return is_breadcrumb(text) or is_link_bar(text)


def is_official(text: str) -> bool:
    """`name office` (王某某 市总工会主席), as in a sidebar list of officials."""
    return bool(OFFICIAL.match(text.strip()))


def is_contact(text: str) -> bool:
    return bool(_CONTACT.match(text.strip()))


_CARD_ENTRY = (
    r"(?:投稿|合作|商务合作|广告合作|转载合作|联系我们|微信|QQ|邮箱)\s*[:：|｜丨/／]\s*"
    r"[\w.+@-]+(?:[（(][^（）()]{1,6}[）)])?"
)
_CARD = re.compile(rf"^{_CARD_ENTRY}(?:\s+{_CARD_ENTRY})+$", re.I)
"""An account's card of where to write (`投稿|cjrb027@qq.com 合作|whcjrb027（微信）`): two
labels or more, each with a mail address or an account's name, and nothing else."""


def is_contact_card(text: str) -> bool:
    """Whether a line is an account's card of contacts (`_CARD`), a mail address among them."""
    stripped = text.strip()
    return bool(_CARD.match(stripped)) and "@" in stripped


_RIGHTS_HOLDER = re.compile(
    r"本文[系为][「“《]?(?P<exclusive>[^，。,\s」”》]{2,12}?)[」”》]?(?:独家|原创)(?:稿件|内容|文章)"
    r"|版权归[「“《](?P<quoted>[^，。,\s」”》]{2,16})[」”》]所有"
    r"|著作权归(?P<owned>[^，。,\s]{2,16}?)(?:独家)?所有"
    r"|^(?P<reserved>[^，。,\s【】]{2,12}?)版权所有"
)
_NO_HOLDER = ("原作者", "作者", "本站", "本网", "本文", "原创")


def rights_holder(text: str) -> str | None:
    """The outlet a page's notice of its rights names (`本文系观察者网独家稿件`,
    `本文为「三联生活周刊」原创内容`, `版权归「三联生活周刊」所有`,
    `本文著作权归政知新媒体独家所有`, `中新经纬版权所有`), or None (`版权归原作者所有`)."""
    match = _RIGHTS_HOLDER.search(text.strip())
    holder = match and next(name for name in match.groups() if name)
    return holder if holder and not holder.startswith(_NO_HOLDER) else None


def is_footer(text: str) -> bool:
    """A footer line by its shape: licence numbers, copyright, QR-code and share prompts, `×`."""
    stripped = text.strip()
    found = _FOOTER_HINT.search(stripped) and _FOOTER.search(stripped)
    return bool(found) and leading_marker(stripped) is None


_TRAILING_EMOJI = re.compile(f"[\\s{EMOJI}{SELECTORS}{JOINER}]+$")
"""Emoji after a text's last sentence, which ends it all the same."""


def is_metadata(text: str) -> bool:
    return bool(_METADATA.match(text.strip()))


def _closes_text(text: str) -> bool:
    stripped = text.strip()
    if is_appeal(stripped) or is_url_line(stripped) or is_bar_label(stripped):
        return False  # the page's own lines after a text
    bare = _TRAILING_EMOJI.sub("", stripped)
    if bare and bare != stripped:  # 加入我们吧！🌊💪 · 我很满意 😋: emoji end a writer's sentence
        return bare[-1:] in _FINAL or (is_han(bare[-1]) and not is_widget(bare))
    unbracketed = _LAST_ASIDE.sub("", stripped)  # …的贡献！”陈旭表示。（本报记者 杨飒）
    return (
        is_metadata(stripped)
        or bool(_NOTICE_END.match(stripped))
        or stripped[-1:] in _FINAL
        or stripped.endswith("——")
        or (stripped[-1:] in "）)" and stripped[-2:-1] in _FINAL)
        or (unbracketed != stripped and unbracketed[-1:] in _FINAL)
    )


def _announces(text: str) -> bool:
    """A line of the text that introduces a list (…组成如下： · 获奖名单：).

    A page's short labels (友情链接： · 联系我们：) and furniture (分享到：) announce nothing.
    """
    stripped = text.strip()
    if stripped[-1:] not in "：:" or is_footer(stripped) or is_contact(stripped):
        return False
    return len(stripped) > LABEL_LENGTH or bool(_ANNOUNCING.search(stripped))


def is_name_list(text: str) -> bool:
    """Three or more names separated by spaces (王小明 李大伟 张晓红), not by a menu's bars; a
    two-character name spaced out to the width of three (林    全) counts as one."""
    tokens = _names(text.split())
    return len(tokens) >= 3 and all(_NAME.fullmatch(token) for token in tokens)


def is_name_row(text: str) -> bool:
    """A row of a list of names: three names or more parted by spaces, nearly all of them
    names (`朱水军 刘明玉 冯王亮 刘夏进 周文龙张 尧`, where the page's padding of `张 尧` met
    the name before it)."""
    tokens = _names(text.split())
    named = sum(bool(_NAME.fullmatch(token)) for token in tokens)
    return len(tokens) >= 3 and named >= NAMED_ROW * len(tokens)


NAMED_ROW = 0.75
"""The share of a row's pieces that are names."""


def _names(tokens: list[str]) -> list[str]:
    """Tokens with each two single characters in a row joined (林 全 → 林全)."""
    joined: list[str] = []
    for token in tokens:
        if len(token) == 1 and joined and len(joined[-1]) == 1:
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def _list_line(text: str) -> bool:
    return is_name_list(text) or is_official(text) or is_contact(text)


@functools.lru_cache(maxsize=16)
def announced(lines: tuple[Line, ...]) -> frozenset[int]:
    """Indexes of list lines that a line ending with a colon introduces: they are the text's."""
    return frozenset(announced_by(lines, _announces, _list_line))


def announced_by(
    lines: Sequence[Line], opens: Callable[[str], bool], item: Callable[[str], bool]
) -> set[int]:
    """Indexes of the lines a line announces (`opens` holds for it: …组成如下：), the run after it
    for which `item` holds: the items of a list."""
    found: set[int] = set()
    for index in range(1, len(lines)):
        if (index - 1 in found or opens(lines[index - 1].text)) and item(lines[index].text):
            found.add(index)
    return found


@functools.lru_cache(maxsize=16)
def text_end(lines: tuple[Line, ...]) -> int:
    """The index of the last line of the text proper (-1 when there is none)."""
    ends = {i for i, line in enumerate(lines) if _closes_text(line.text)} | announced(lines)
    return max(ends, default=-1)


def text_start(lines: tuple[Line, ...]) -> int:
    """The index of the first line of running text (one with clause punctuation)."""
    return next(
        (i for i, line in enumerate(lines) if any(m in line.text for m in CLAUSE_MARKS)),
        len(lines),
    )


@functools.lru_cache(maxsize=16)
def furniture_zone(lines: tuple[Line, ...]) -> frozenset[int]:
    """Where page furniture can stand: above the running text and below the text's end.

    Lines the text announces with a colon are never in it.
    """
    start, end = text_start(lines), text_end(lines)
    zone = set(range(start)) | set(range(end + 1, len(lines)))
    return frozenset(zone - announced(lines))
