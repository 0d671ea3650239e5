"""A title as written, taken apart: what stands before it and after it on the same line.

- `【奋进新征程】团结动员广大职工…`: a series or column kicker in brackets, then the title; a bare
  label such as `【全文】` or `【视频】` is dropped;
- `【抗威权 许胜不许败】——二〇一八七一宣言`: a bracketed title with its subtitle after ——;
- `王文：中美贸易“持久战”…`: the author's name, a colon, then the title;
- `大力推进…经营———关于…的调查报告`: the title, then its subtitle after a dash;
- `在…上的讲话（一九九七年十一月八日）`, `…讲话【2021.12.28】`: the title, then its date in
  brackets;
- a title over two lines is joined with nothing where one phrase breaks (在庆祝…| 暨…上的讲话, 省
  人民政府外事办公室| 2022年考试大纲) and with a space between two phrases (坚定信心 真抓实干).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from unionreader.chinese import (
    CONTINUES_BEFORE,
    breaks_off,
    compact,
    ends_sentence,
    is_han,
    left_open,
)
from unionreader.link.words import common_words, word_counts
from unionreader.markers import PART_NAMES
from unionreader.normalise.fields import parse_any_date, parse_compact_date
from unionreader.normalise.people import is_name, parse_speaker

logger = logging.getLogger(__name__)

KICKER = re.compile(r"^【([^】]+)】\s*(.*)$")
DASH = re.compile(r"^(?:[—―─]+|－{2,}|-{2,})\s*")  # a dash of any length (----)
_NAMED = re.compile(r"^(?P<name>[^：:，,。\s]{2,8})[：:]\s*(?P<rest>.{6,})$")
LABELS = frozenset(
    {"全文", "图", "图文", "视频", "独家", "原创", "转载", "重磅", "快讯", "最新", "直播", "实录"}
)
"""Bracketed words that mark a kind of post, not a series: no kicker."""
_SPACED_LABEL = re.compile(r"^([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])([:：])")
"""A two-character label letter-spaced before its colon (`名　　稱：`, as Taiwan's law database
sets its fields)."""
TITLE_LABELS = frozenset({"原标题", "标题", "主标题", "题目", "原题"})
"""Labels of a title before a colon (`原标题：…`, `标题：…`): the title is what follows."""
FIELD_NAMES = TITLE_LABELS | {"副标题", "主题", "来源", "时间", "摘要", "导读"}
"""Labels of a page's fields before a colon, no author's name (`原标题：…`: 原 is a surname)."""

ORGANISATION_END = (
    "委员会", "办公室", "人民政府", "总工会", "集团公司", "有限公司", "协会", "联合会", "研究会",
    "党委", "党组", "办公厅",
)  # fmt: skip
"""A title line ending with one of these names the issuing body; the title goes on below."""


DOCUMENT_END = re.compile(
    r"(?:通知|意见|决定|办法|方案|报告|规定|批复|函|请示|通报|纪要|公告|决议|细则|规划|要点)$"
)
"""What `关于…` titles end with: 关于进一步加强…| …工作的意见 is one title."""


@dataclass(frozen=True)
class TitleParts:
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    author: str | None = None
    date: str | None = None  # YYYY-MM-DD or YYYY-MM


_TITLE_LABEL = re.compile(
    r"^(?:标题|题目|题名|文章标题|文件标题|文件名称|法规名称|法律名称|名称)\s*[:：]\s*(?=\S)"
)
"""A label before a title (`法规名称：劳动基准法`, as a law database prints it): no part of it."""
_POST_LABEL = re.compile(rf"^[\[［(（]\s*(?:{'|'.join(sorted(LABELS))})\s*[\]］)）]\s*(?=\S)")
"""A kind of post in square or round brackets before a title (`[视频]`, as CCTV's pages mark
theirs): no part of it (in 【】 it is no kicker, `LABELS`)."""


_DASHED = re.compile(
    r"^(?P<title>[^—─－]{4,}?)\s*(?:—{2,}|─{2,}|－{2,}|(?<=[\u4e00-\u9fff])-{2,}(?=\s*[\u4e00-\u9fff]))"
    r"\s*(?P<subtitle>[^—─－]{4,})$"
)
"""A title with its subtitle after a dash on the same line (also two hyphens between Chinese
words, as a file name or a copy in ASCII writes it: `论人民民主专政--纪念…`)."""


_DATED = re.compile(
    r"^(?P<title>.{4,}?)\s*[（(【\[]\s*(?P<date>[^（）()【】\[\]]{6,20}?)\s*[）)】\]]$"
)
"""A title with a date in brackets after it."""
_DATE_FIRST = re.compile(r"^(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s+(?P<title>\S.{3,})$")
"""A title with the day before it (`2017-02-22 回应「…」PO工作坊`, as a blog's posts are named
by their day)."""


_COLUMN_BAR = re.compile(
    r"^(?P<column>[\u4e00-\u9fffA-Za-z0-9]{2,8})\s*[|｜丨]\s*(?P<rest>[^|｜丨]{8,})$"
)
"""A column's name before a bar, as WeChat accounts head their posts (`党建专栏｜秋日迎新正当时`):
the kicker."""


_NOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff》”」])(?:[\u2474-\u2487]|\[\d{1,2}\]|〔\d{1,2}〕)")
"""A note's mark in a title line (`…对新华日报⑴记者的谈话`, `…统计公报[1]`): apparatus, which
the title, its citations and the pages that name it leave out."""


def split_title(text: str, named: bool = True) -> TitleParts:
    """Kicker, title, subtitle, author and date of a title line (see the module); with `named`
    off, a name before a colon stays in the title."""
    spaced = _SPACED_LABEL.sub(r"\1\2\3", text.strip())  # 名　称：劳动基准法: a label spaced
    stripped = _NOTE_MARK.sub("", _POST_LABEL.sub("", _TITLE_LABEL.sub("", spaced)))
    dated = _DATED.match(stripped)
    if dated and (
        date := parse_any_date(dated.group("date")) or parse_compact_date(dated.group("date"))
    ):
        return replace(split_title(dated.group("title"), named), date=date)
    first = _DATE_FIRST.match(stripped)
    if first and sum(map(is_han, first["title"])) >= 4 and (date := parse_any_date(first["date"])):
        return replace(split_title(first.group("title"), named), date=date)
    match = KICKER.match(stripped)
    if match is not None:
        inside, rest = match.group(1).strip(), match.group(2).strip()
        if rest and DASH.match(rest):
            return TitleParts(inside, subtitle=DASH.sub("", rest))
        if rest:
            inner = split_title(rest, named)
            kicker = None if inside in LABELS else inside
            return TitleParts(inner.title, kicker, inner.subtitle, inner.author)
    column = _COLUMN_BAR.match(stripped)
    if column and len(column.group("rest")) >= 2 * len(column.group("column")):
        inner = split_title(column.group("rest"), named)  # 党建专栏 | 心有光，入红巷！…
        return replace(inner, kicker=inner.kicker or column.group("column"))
    dashed = _DASHED.match(stripped)
    if (
        dashed
        and sum(map(is_han, dashed.group("title"))) >= 4  # not 2013中国——阿拉伯国家博览会
        and not left_open(dashed.group("title"))  # not “国家所需 香港所长——共拓…”论坛
    ):
        # 大力推进和扶持农业产业化经营———关于农业产业化经营的调查报告
        inner = split_title(dashed.group("title"), named)
        return replace(inner, subtitle=inner.subtitle or dashed.group("subtitle"))
    found = _NAMED.match(stripped) if named else None
    named_by = found.group("name") if found else ""
    if found and named_by in TITLE_LABELS:
        return split_title(found.group("rest"), named)  # 原标题：市总工会开展…
    speaker = parse_speaker(named_by) if found and named_by not in FIELD_NAMES else None
    if found and speaker and not speaker.office:
        return TitleParts(found.group("rest").strip(), author=speaker.name)
    return TitleParts(stripped)


def _about(upper: str) -> bool:
    """Whether a title's line opens what it is about and has not finished it: `关于` with no
    `的` after it (`杭州市人民政府印发关于进一步推动`), a `的` inside quotation marks or a book's
    name no end of it (`关于开展“我的刀盾”传`)."""
    return "关于" in upper and "的" not in _QUOTED.sub("", upper.split("关于", 1)[1])


_QUOTED = re.compile(r"“[^“”]*”?|《[^《》]*》?|「[^「」]*」?|\"[^\"]*\"?")
"""A quotation or a book's name in a title's line, closed or left open by its break."""


_PROPER = ("中华", "中国", "中共", "中央", "中心", "上海")
"""Names that open with a character that may go on a broken title (中, 上)."""
_LOCALISERS = "中上"
"""Characters that go on a broken title as a place's word after a phrase (工作 | 中的…), and
open a word of their own otherwise (中午, 上级: a common word)."""


def _continues(lower: str) -> bool:
    """Whether a title's lower line opens with a word that goes on the line above (`暨`,
    `和`, `关于`…; `中` or `上` only where it opens no common word: 中午, 上级)."""
    if not lower.startswith(CONTINUES_BEFORE):
        return False
    if lower[0] not in _LOCALISERS or lower[:2] not in common_words():
        return True
    counts = word_counts()  # 中发挥: 中 and 发挥 (far commoner than 中发), as 工作中发挥
    after = lower[1:3]
    return len(after) == 2 and counts.get(after, 0) > counts[lower[:2]]


def reads_as_one(upper: str, lower: str) -> bool:
    """Whether two heading-like lines are one phrase broken in two (a line and the same line
    again are a title repeated, not broken)."""
    upper, lower = upper.strip(), lower.strip()
    if compact(upper) == compact(lower) or lower.startswith(_PROPER):
        return False  # 中华人民共和国国务院令 under a title opens with 中 and goes on nothing
    return (
        breaks_off(upper)
        or upper.endswith("，")
        or _continues(lower)
        or upper.endswith(ORGANISATION_END)
        or upper.count("《") > upper.count("》")  # 关于印发《工会参与劳动争议处 | 理办法》的通知
        or (_about(upper) and bool(DOCUMENT_END.search(lower)))
        or bool(_DOCUMENT_KIND.fullmatch(lower))  # 工會組織運作實務 | 參考手冊
        or _broken_word(upper, lower)  # …企业有困难主人来 | 承担
    )


BROKEN_WORD = 2
"""A word broken off a title onto a line of its own is at most this long…"""
BROKEN_TITLE = 20
"""…under a line at least this long (a title wraps at a page's width; a shorter one over a
word alone is a title over a byline or a label)."""
_STANDING_ALONE = (
    *PART_NAMES, "绪论", "附件", "后记", "摘要", "提要", "说明", "导读", "题记", "按语",
    "社论", "评论", "短评", "时评",
)  # fmt: skip
_NO_TAIL = re.compile(rf"^(?:{'|'.join(_STANDING_ALONE)})$")
"""Parts' and columns' names, which stand alone under a title (`前言`, `社论`)."""


_SPOKEN_END = re.compile(r"(?:讲话|发言|致辞|贺词|贺信|演讲|讲稿|报告|开幕词|闭幕词|主持词)$")
"""What a speech's title ends with: a whole title."""


def _broken_word(upper: str, lower: str) -> bool:
    """Whether `lower` is a word of one or two characters broken off a long title line above
    (`马恒昌小组向全省职工发出倡议：企业有困难主人来` over `承担`): no name (a byline's, `李明`),
    no part's name (`前言`), under a line that ends no sentence."""
    return (
        0 < len(lower) <= BROKEN_WORD
        and all(map(is_han, lower))
        and len(compact(upper)) >= BROKEN_TITLE
        and not ends_sentence(upper)
        and not DOCUMENT_END.search(upper)
        and not _SPOKEN_END.search(upper)  # …上的讲话 over a speaker's name: the title is whole
        and not is_name(lower)
        and not _NO_TAIL.match(lower)
    )


_DOCUMENT_KIND = re.compile(
    r"[\u4e00-\u9fff]{0,2}(?:手册|手冊|指南|汇编|彙編|规范|規範|办法|辦法|细则|細則|方案|计划|計畫"
    r"|计画|總結|总结|规定|規定|须知|須知|要点|要點|制度|规则|規則|纲要|綱要|问答|問答|读本|讀本)"
    r"|[\u4e00-\u9fff]{0,6}(?:声明书|聲明書|同意书|同意書|切结书|切結書|承诺书|承諾書|申请书|申請書"
    r"|计划书|計畫書|計劃書|企划书|企劃書|倡议书|倡議書|申请文件|申請文件|报名表|報名表)"
    r"(?:（[^（）]{1,6}）)?"
)
"""A line that names only a kind of document (`参考手册`, `实施规范`, `工作计划（草案）`, a
form's `参赛声明书`, `个人资料提供同意书`): the end of a title broken over two lines, never a title
of its own under the line above."""


def join_title(parts: list[str]) -> str:
    """Title lines as one: no space where one phrase breaks, a space between two phrases."""
    title = parts[0]
    for part in parts[1:]:
        title += ("" if reads_as_one(title, part) else " ") + part
    return title
