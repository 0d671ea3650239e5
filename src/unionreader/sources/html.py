"""Web pages saved from a browser (`.html`, `.htm`): the main text taken out with trafilatura.

trafilatura was chosen by measurement on 21 saved pages of 20 Chinese portals
(`bench/html_extractors.py`; the README gives the figures): its main text is within noise of the
best, it keeps every paragraph break, it finds the page's date, and its XML output gives the
structure. It does not decode GBK pages that declare GB2312 reliably, so the page is decoded here
first: UTF-8, else the charset the page declares (GB2312 and GBK read as GB18030, Big5 as
Big5-HKSCS), else GB18030. Where its own reading finds too little (a short news item) and it falls
back on a whole box's text run into one paragraph, the page is read again favouring precision.

Its XML output gives the lines: `<head>` elements are HEADING lines with their level, items of
numbered lists ITEM lines (numbered as the page shows them: 1. 2. …), other list items BULLET
lines (the blocks an item holds, a nested list or a whole article's paragraphs, lines of their
own), quotations QUOTE lines, and a line break inside a paragraph starts a new line. The lines the
page shows but the extraction left out (menus, share bars, related links, footers) are each
recorded as an edit (`html.extraction`), except the header above the text (`pagehead`: the
headline, a kicker or subtitle, the dateline and bylines), which is put back for the normaliser to
read as metadata; labels and link lists the extraction let through are dropped the same way.
The signing lines of a judgment or a contract the extraction took for furniture (`审判长　×××`,
`甲方代表　乙方代表`) are put back where the page has them. Line numbers are lines of the saved
file: each line is placed where its first characters stand in the page's text as a browser
shows it (`htmltext.SourceText`: markup, white space and entities read, each piece on its line).

The page's own title, date, author and site name fill in what the text does not say. Errors name
the file:

    seeds/x.html: has no main text (is it a saved article page?)
    seeds/x.html: has no main text (mostly links and headlines: is it a list page?)
"""

from __future__ import annotations

import bisect
import codecs
import copy
import datetime
import html as html_escapes
import itertools
import logging
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from typing import cast

import htmldate
import trafilatura
from lxml import etree
from lxml import html as lxml_html

from unionreader.chinese import SENTENCE_END, compact, han_count, is_han
from unionreader.docmeta import is_closing, is_salutation
from unionreader.errors import SeedError
from unionreader.markers import heading_number, leading_marker
from unionreader.model import BOLD_LEVEL, PLAIN_SHAPES, Edit, Line, RawText, Seed, SeedMeta, Shape
from unionreader.normalise.boxes import is_box_line
from unionreader.normalise.characters import INVISIBLE, JOINER
from unionreader.normalise.ending import is_organisation
from unionreader.normalise.fields import SOURCE_LINE, parse_any_date, parse_byline, parse_date_line
from unionreader.normalise.furniture import headline_of_page, is_name_list, is_official
from unionreader.normalise.people import is_name, parse_speaker
from unionreader.normalise.widgets import is_caption
from unionreader.sources.frontmatter import stated_meta
from unionreader.sources.htmltext import SourceText, visible_lines
from unionreader.sources.pagehead import find_header, merge_labels, trim_tail
from unionreader.sources.text import (
    BIG5,
    GB18030,
    UTF8,
    legacy_encodings,
    nearly_decoded,
    read_bytes,
    warn_damaged,
)
from unionreader.tables import row_text

logger = logging.getLogger(__name__)

FORMAT = "html"
RULE = "html.extraction"
PROBE = 8
"""Characters of a line's start looked for in the page's source to find its line number."""

TEXT_SHARE = 0.2
"""A page whose main text has fewer than this share of its Chinese characters in finished
sentences is a list of links and headlines, not an article."""

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ENCODINGS = {"gb2312": GB18030, "gbk": GB18030, "x-gbk": GB18030, "big5": BIG5}
_STRAY_END = re.compile(r"</(?:html|body)\s*>", re.I)
"""Closing tags a page's server-side includes leave mid-page; the HTML parser stops at them."""
_TAG = re.compile(r"<[^>]*>")
_COPYRIGHT = re.compile(r"版权所有|copyright\s*(?:©|\(c\))?|©|all rights reserved", re.IGNORECASE)
_LABELLED = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff\s　]{0,7}[:：]")
_CELL_BLOCKS = frozenset({"p", "head", "list", "quote"})
"""What a table's cell holds when the page lays its text out in the table: its own blocks."""
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
HEADING_LENGTH = 40
"""A page's heading longer than this is no heading of the text's (a teaser set in a heading)."""
_SOURCE_SPACE = re.compile(r"[ \t\r\n\f]+")
_AUTHOR_LABEL = re.compile(r"^(?:责任编辑|编辑|作者|记者|撰文|文)\s*[:：/／｜|丨]\s*")

Item = tuple[str, Shape | None, int]


def read_html(seed: Seed) -> RawText:
    """The main text of a saved page as shaped lines, what it left out, and the page's facts."""
    return read_page(seed, read_bytes(seed.path))


def read_page(seed: Seed, data: bytes) -> RawText:
    """`read_html` of a page's bytes (a saved page's, or a Word file's part in HTML)."""
    text, encoding = decode_page(data, seed)
    fragment = bool(_FRAGMENT.match(text)) and not _PAGE_PART.search(text)
    if fragment:
        text = f"<html><body>{text}</body></html>"  # a piece of a page (`<table>…</table>`)
    page = trafilatura.load_html(_STRAY_END.sub("", text))
    if page is None:
        raise SeedError("is not an HTML page that can be read", seed.path)
    # as shown, wide spaces kept, and what the library drops dropped (`_printable`)
    wide = [_printable(line) for line in visible_lines(copy.deepcopy(page), wide=True)]
    shown = merge_labels([" ".join(line.split()) for line in wide])
    # Pages made with WeChat's and other Chinese editors set each paragraph in a <section>, which
    # the library does not read as one (it took a WeChat account's furniture for the text).
    _sections_as_paragraphs(page)
    _sentence_headings_as_paragraphs(page)
    _hgroup_subtitles(page)
    _block_spans_as_breaks(page)
    _sentences_across_pictures(page)
    _pictures_as_breaks(page)
    captions = _drop_captions(page)
    headings = _page_headings(page)
    _times_kept(page)
    _repeats_told_apart(page)
    root, items = _extracted(page, shown, headings, recall=fragment)
    if root is None:
        raise SeedError("has no main text (is it a saved article page?)", seed.path)
    if (notice := _taken_down(shown, items)) is not None:
        raise SeedError(
            f"shows only that its article was taken down ({notice}): no text", seed.path
        )
    if not _is_article(items):
        message = "has no main text (mostly links and headlines: is it a list page?)"
        raise SeedError(message, seed.path)
    fallback = _facts(root, seed, text, _posted_on(shown))
    own = headline_of_page(page.findtext(".//title") or "")  # the extraction's may be another's
    source = html_escapes.unescape(text)
    captioned = {compact(caption) for caption in captions}  # as the put-backs compare them
    items = _headings_put_back(items, headings, source, captioned)
    titled = own or fallback.title or _boxed_title(shown)
    items = _spaces_put_back(items, wide)
    items = trim_tail(find_header(items, shown, titled))
    page_text = SourceText(source, _body_start(source))  # where lines stand, for both
    lines = _place(items, page_text)
    edits = _left_out(shown, items, page_text, headings, captions)
    lines, edits = _text_put_back(lines, edits, captioned)
    return RawText(seed, encoding, tuple(lines), edits=tuple(edits), fallback=fallback)


def _printable(line: str) -> str:
    """A page's line without the characters the extraction library drops from the text it
    finds (those Python does not print: a private use area's, as a page's bytes cut in the
    middle of a character decode to): compared with what it found, the line is the same line,
    not one left out (a paragraph of a page cut so had been put back a second time)."""
    if line.isprintable():
        return line
    return "".join(char for char in line if char.isprintable() or char.isspace())


_FRAGMENT = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?!html|!doctype)[a-z][a-z0-9]*[\s>/]", re.I | re.S
)
"""A piece of a page saved alone: it opens with an element of the body, not with `<html>` or a
doctype (a table a site serves apart, a Word export's body), and holds no part of a page's
frame (`_PAGE_PART`): the library reads it as a page once it stands in a body."""
_PAGE_PART = re.compile(r"<(?:html|head|body|title|meta)[\s>/]", re.I)


def decode_page(data: bytes, seed: Seed) -> tuple[str, str]:
    """The page's text and the encoding it was read in: UTF-8, else the charset it declares,
    else GB18030 or Big5, whichever reads as Chinese (`legacy_encodings`)."""
    if not data.strip():
        raise SeedError("is empty", seed.path)
    body = data.removeprefix(codecs.BOM_UTF8)
    declared = _CHARSET.search(data[:4096])
    name = declared.group(1).decode("ascii").lower() if declared else None
    tried: set[str] = set()
    stated = _ENCODINGS.get(name, name) if name else None
    for encoding in _encodings(body, stated):
        if encoding in tried:
            continue
        tried.add(encoding)
        try:
            return body.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            nearly = nearly_decoded(body, encoding) if encoding == stated != UTF8 else None
            if nearly is not None:  # a page in the charset it states but for a few bad bytes
                warn_damaged(seed.path, body, encoding, nearly[1], nearly[2])
                return nearly[0], encoding
    raise SeedError("is not UTF-8 or in the charset it declares", seed.path)


def _encodings(body: bytes, declared: str | None) -> Iterator[str]:
    """The encodings to try, in order (the legacy ones are told apart only when reached)."""
    yield UTF8
    if declared:
        yield declared
    yield from legacy_encodings(body)


_WECHAT_TIME = re.compile(r'\bvar\s+ct\s*=\s*"(?P<seconds>\d{9,10})"')
"""A WeChat article's time of publishing, in its page's script (seconds since 1970), which
no markup the date search reads holds."""
CHINA = datetime.timezone(datetime.timedelta(hours=8))


def _shown_date(page: str) -> str | None:
    """A date the page shows (a dateline under its headline, `2019年9月26日 15:10`), as the
    date search finds it in the page's text and data, not in a link's address (an earlier
    notice's day, which a union's demands linked to); not a year alone, which it gives as 1 January
    (`2014年…` in a sentence), unless the page says that day. The page is parsed again here,
    as it is before the reading changes it, only for a page whose markup gives no date."""
    tree = trafilatura.load_html(_STRAY_END.sub("", page))
    if tree is None:
        return None
    for link in tree.iter("a"):
        link.attrib.pop("href", None)  # 可參考<a href="…/announce/2015-04-19">詳細行程</a>
    for script in tree.iter("script"):
        if script.text:  # the same link in the page's data: `{href:"…/2015-04-19"}`
            script.text = _ADDRESS_IN_DATA.sub("", script.text)
    found = htmldate.find_date(tree, extensive_search=True, original_date=True)
    if found is None or not found.endswith("-01-01"):
        return found
    said = rf"{found[:4]}\s*(?:年\s*0?1\s*月\s*0?1\s*日|[-/.]0?1[-/.]0?1)"
    return found if re.search(said, page) else None


_ADDRESS_IN_DATA = re.compile(r"https?:/+[^\s\"'<>]+")
"""A web address in a page's script, perhaps with its slashes escaped."""
_BOXED_TITLE = re.compile(r"^标\s*题\s*[:：]\s*(?P<title>\S.{3,100}?)(?:\s+\S{2,8}\s*[:：].*)?$")
"""A table of a document's fields gives its title (`标　　题： 国务院关于…的若干意见`)."""


def _boxed_title(shown: list[str]) -> str | None:
    """The title a page's table of a document's fields gives, for a page without a title of
    its own (a government page's body saved alone): it tells its headline set over lines."""
    for line in shown:
        if found := _BOXED_TITLE.match(line):
            return found.group("title").strip()
    return None


_POSTED = re.compile(
    r"^(?:[发發](?:布|佈|表|稿|文))(?:时间|時間|日期)\s*[:：]\s*(?P<date>[^|｜丨]+)"
)
"""The day a page says it posted its text (`发布时间：2024年05月05日 | 字体放大 | 字体缩小`, and in
Traditional script `發布日期：2021-04-15`, which a footer's `更新日期` does not outrank)."""


def _posted_on(shown: list[str]) -> str | None:
    """The date of the first line the page shows that says when it posted its text, or None."""
    for line in shown:
        if (posted := _POSTED.match(line)) and (date := parse_any_date(posted.group("date"))):
            return date
    return None


def _facts(root: etree._Element, seed: Seed, page: str, posted: str | None = None) -> SeedMeta:
    """What the page says of itself: its title (without the site), date (the day it says it
    posted the text, `posted`, before what the date search finds: a date in a link's address in
    a note is none of the page's), author and site."""
    title = headline_of_page(str(root.get("title") or ""))
    author = _AUTHOR_LABEL.sub("", str(root.get("author") or ""))
    date = posted or root.get("date")
    if date is None and (published := _WECHAT_TIME.search(page)):
        seconds = int(published.group("seconds"))
        date = datetime.datetime.fromtimestamp(seconds, CHINA).date().isoformat()
    if date is None:
        date = _shown_date(page)
    return stated_meta(
        {
            "title": title,
            "author": author if parse_speaker(author) else None,
            "date": date,
            "source": _account(page) or _site_name(str(root.get("sitename") or "")),
        },
        seed.path,
    )


_ACCOUNT = re.compile(
    r'class="profile_nickname"[^>]*>\s*(?P<name>[^<\s][^<]{0,30}?)\s*<'
    r'|\bvar\s+nickname\s*=\s*(?:htmlDecode\()?"(?P<var>[^"]{1,30})"'
)
"""A WeChat article's account (`<strong class="profile_nickname">未闻Code</strong>`, or the
page's script: `var nickname = "…"`): its source, which the page's site name (微信公众平台,
the platform) is not."""


def _account(page: str) -> str | None:
    found = _ACCOUNT.search(page)
    return (found.group("name") or found.group("var")).strip() if found else None


DATE_SEARCH = {"original_date": True, "extensive_search": False}
"""The page's date from its markup first (meta tags, `<time>`, the address); then a WeChat
article's time of publishing; then a date the page shows (`_shown_date`)."""


def _extracted(
    page: etree._Element, shown: list[str], headings: list[Item], recall: bool = False
) -> tuple[etree._Element | None, list[Item]]:
    """What the extraction library finds in `page`: its XML, and the items of its main text.
    Where its own reading fails, the library falls back on the text of the page's whole article
    or body, run into one paragraph (a short news item's headline, share bar, hotline box and
    related links with it); such a page is read again favouring precision, which finds the
    text's own paragraphs, unless what it finds is no article (a university's page, its
    article in a table among lists of links: that reading finds only the footer). Where both
    readings run the text together, the first is cut again where the page's lines end
    (`_apart_as_shown`). A piece of a page saved alone (`recall`) holds the text and no page
    around it: it is read favouring recall (the library had dropped a guide's lists of
    provisions and its headings as a page's furniture)."""
    root, items = _extraction(page, favor_recall=recall)
    if not _run_together(items, shown):
        return root, items
    if recall:
        return root, _apart_as_shown(items, shown, headings)
    precise, again = _extraction(page, favor_precision=True)
    told = _told(again) >= TEXT_SHARE * _told(items)  # (not a notice's table of fields alone)
    if again and not _run_together(again, shown) and _is_article(again) and told:
        return precise, again  # (not a footer, where the article stands among link lists)
    return root, _apart_as_shown(items, shown, headings)


def _told(items: list[Item]) -> int:
    """How many Chinese characters a reading's items of sentences hold: a reading favouring
    precision that holds a small share of the first's has lost the text (a government notice,
    its text in plain `<div>`s, for which it found only the table of the notice's fields)."""
    return sum(sum(map(is_han, text)) for text, _, _ in items if _sentences(text))


def _run_together(items: list[Item], shown: list[str]) -> bool:
    """Whether an item runs together lines the page shows apart: RUN_TOGETHER pairs of lines
    next to each other on the page, each of sentences or a heading's length, in one item."""
    if not items:
        return False
    longest = compact(max(items, key=lambda item: len(item[0]))[0])
    pairs = 0
    for above, below in itertools.pairwise(compact(line) for line in shown):
        if len(above) >= PAIRED and len(below) >= PAIRED and above + below in longest:
            pairs += 1
            if pairs >= RUN_TOGETHER:
                return True
    return False


RUN_TOGETHER = 3
PAIRED = 4
"""A flattened page is told by this many pairs of its lines, each this long, run together."""


def _apart_as_shown(items: list[Item], shown: list[str], headings: list[Item]) -> list[Item]:
    """The paragraphs of a main text the library ran together (its fallback reading of a page
    it could not read, both ways), cut again where the page's lines end: wherever a line the
    page shows runs into one of the next it shows (`…盡力把病治好。」` · `尿布反覆用到長疹` ·
    `阿明是虔誠基督徒…`, a paragraph, a heading and a paragraph that had read as one; the
    reporter's credit at the lead's end then names the author). A piece that is one of the
    page's headings is that heading."""
    lines = [line for line in (compact(text) for text in shown) if len(line) >= 2]
    heading_of = {compact(text): (text, shape, level) for text, shape, level in headings}
    apart: list[Item] = []
    for text, shape, level in items:
        cuts = _shown_cuts(text, lines, list(heading_of)) if shape in PLAIN_SHAPES else []
        if not cuts:
            apart.append((text, shape, level))
            continue
        for start, end in itertools.pairwise([0, *cuts, len(text)]):
            piece = text[start:end].strip()
            apart.append(heading_of.get(compact(piece), (piece, None, 0)))
    return apart


SHOWN_AHEAD = 8
"""A line's next in a text run together is looked for among this many lines the page shows
after it (what the library left out stands between: a picture's caption, a share button)."""
JOINED = 10
"""Two lines the page shows, found run together in an item, hold this many characters or more
(two short ones may meet in a sentence: `工会` and `工作`)."""


def _shown_cuts(text: str, lines: list[str], alone: list[str]) -> list[int]:
    """Where in `text` one of the page's `lines` (compacted) ends and one of the next few it
    shows begins, run together; and where one of its headings (`alone`, compacted) begins and
    ends (`——「無論多苦 也要盡一份力」`, a subtitle the page shows beside its headline)."""
    places = [index for index, char in enumerate(text) if not char.isspace()]
    flat = "".join(text[index] for index in places)
    cuts = set()
    for heading in alone:
        found = flat.find(heading) if len(heading) >= PAIRED else -1
        if found >= 0:
            cuts |= {places[at] for at in (found, found + len(heading)) if 0 < at < len(flat)}
    for at, line in enumerate(lines):
        if line not in flat:
            continue  # (most of a page's lines: its menus, its other headlines)
        for after in lines[at + 1 : at + 1 + SHOWN_AHEAD]:
            if len(line) + len(after) < JOINED:
                continue
            found = flat.find(line + after)
            if found >= 0:
                cuts.add(places[found + len(line)])
                break
    return sorted(cuts)


def _times_kept(page: etree._Element) -> None:
    """A `<time>`'s text also after it: the extraction deletes the element (and with it a
    dateline's date, leaving `發表時間：` alone to run into the next line) but keeps what
    follows it; the element stays as it was for the date search."""
    for time in page.iter("time"):
        shown = " ".join("".join(time.itertext()).split())
        if shown:
            time.tail = f"{shown}{time.tail or ''}"


REPEAT_MARK = "\ufdd0"
"""A noncharacter (never in a page's text), set after each block whose text an earlier block
has: the library, where it recovers text its first reading missed, keeps one of each text (an
agenda's `負責答覆的政府官員： 發展局局長` under five questions had stood under the first
only); it is taken out of what the library returns."""
_REPEATABLE = ("p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6")


def _repeats_told_apart(page: etree._Element) -> None:
    """Each innermost block whose text repeats an earlier one's marked apart (`REPEAT_MARK`,
    once for each time the text stood before)."""
    seen: Counter[str] = Counter()
    for element in page.iter(*_REPEATABLE):
        if next(element.iterdescendants(*_REPEATABLE), None) is not None:
            continue  # a cell of paragraphs: its paragraphs are the blocks
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        marks = REPEAT_MARK * seen[text]
        seen[text] += 1
        if not marks:
            continue
        if len(element):
            element[-1].tail = (element[-1].tail or "") + marks
        else:
            element.text = (element.text or "") + marks


def _extraction(
    page: etree._Element, favor_precision: bool = False, favor_recall: bool = False
) -> tuple[etree._Element | None, list[Item]]:
    found = trafilatura.extract(
        page,
        favor_precision=favor_precision,
        favor_recall=favor_recall,
        output_format="xml",
        include_formatting=True,
        include_tables=True,
        include_comments=False,
        include_images=False,
        with_metadata=True,
        deduplicate=False,
        date_extraction_params=DATE_SEARCH,
    )
    if not found:
        return None, []
    root = etree.fromstring(found.replace(REPEAT_MARK, "").encode("utf-8"))
    _unindented(root)
    return root, list(_items(root))


def _unindented(root: etree._Element) -> None:
    """The library's XML without the indentation it prints it with: a paragraph made of bold
    runs alone (`<hi>(</hi><hi>由</hi><hi>教育局局長</hi><hi>提交</hi><hi>)</hi>`, a Word
    export's) had its runs set a line each, which read as spaces between them (`( 由 教育局局長
    提交 )`, `I V .`). Whitespace with a line break and nothing else is that indentation: the
    library folds a page's own whitespace into a space."""
    for element in root.iter():
        if element.text is not None and "\n" in element.text and not element.text.strip():
            element.text = None
        if element.tail is not None and "\n" in element.tail and not element.tail.strip():
            element.tail = None


_TAKEN_DOWN = re.compile(
    r"此内容因违规无法查看|此内容被多人投诉|该内容已被发布者删除|此内容已被发布者删除"
    r"|此内容因涉嫌违反相关法律法规和政策|该公众号已被屏蔽|该文章已被删除|内容已被删除"
    r"|此內容因違規無法查看|該內容已被發布者刪除|此內容已被發布者刪除"
)
"""What WeChat and other platforms show where an article was taken down or deleted."""
TAKEN_DOWN_TEXT = 200
"""A page that shows a takedown notice and fewer Chinese characters than this besides holds no
article (a saved page of the notice: `由用户投诉并经平台审核，涉嫌过度营销…`)."""


def _taken_down(shown: list[str], items: list[Item]) -> str | None:
    """The notice a page shows where its article was taken down, when that is all it holds."""
    notice = next((found for line in shown if (found := _TAKEN_DOWN.search(line))), None)
    if notice is None or sum(han_count(text) for text, _, _ in items) >= TAKEN_DOWN_TEXT:
        return None
    return notice.group(0)


def _is_article(items: list[Item]) -> bool:
    """Whether the main text is an article, not a list page (headlines and links). Lines of a
    label and its value (`主 任：孙春兰 国务院副总理`, `发文机关：国务院办公厅`), of a name and
    an office (`丁向阳 国务院副秘书长`), of a body's name (`北京安理律师事务所`), of a person and
    their body (`马江涛 北京大成律师事务所`) and a list's numbered heads (`一、北京`) count
    neither way: a notice listing a committee's members, or an official list of those honoured,
    is no list of headlines."""
    items = [item for item in items if not _entry(item[0])]
    han = sum(sum(map(is_han, text)) for text, _, _ in items)
    return not han or _told(items) >= TEXT_SHARE * han


def _entry(text: str) -> bool:
    """A line of a list of people or bodies (see `_is_article`)."""
    if _LABELLED.match(text) or is_official(text) or is_organisation(text) or is_name_list(text):
        return True  # …, and a list of names (`王柏根 王炜荣 虞金龙 …`, a notice's representatives)
    names = [name.replace(" ", "") for name in _LISTED_APART.split(text.strip().rstrip("、。 "))]
    if len(names) >= ROSTER and all(_ROSTER_NAME.fullmatch(name) for name in names):
        return True  # 王 琛、孙洪亮、俞奇弘、…: a roster, its names parted by 、
    if heading_number(text) is not None and len(text) <= ENTRY_HEAD:
        return True
    person, _, body = _GENDER.sub("", text).strip().rpartition(" ")
    return bool(person) and is_name(person.replace(" ", "")) and is_organisation(body)


_LISTED_APART = re.compile(r"\s*、\s*")
_ROSTER_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
ROSTER = 3
"""A roster names at least this many (`王 琛、孙洪亮、俞奇弘`)."""
ENTRY_HEAD = 12
"""A list's numbered head (`一、北京`) is at most this long."""
_GENDER = re.compile(r"[（(][男女][）)]")


_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"),
        *("nav", "ol", "p", "pre", "section", "table", "ul"),
    }
)


def _hgroup_subtitles(page: etree._Element) -> None:
    """A heading under the title in an `<hgroup>` is its subtitle (`<h1>夫猝逝 婦扛20萬債茫然</h1>
    <h2>忍腿傷育兩女「不知如何過下去」</h2>`): it is given the dash a subtitle line opens with,
    so that the header reads it as one (it had headed the text's first section)."""
    for group in page.iter("hgroup"):
        headings = [element for element in group.iter(*_HEADING_TAGS)]
        for heading in headings[1:]:
            text = "".join(heading.itertext()).strip()
            if text and not text.startswith(("—", "―", "-")):
                for child in list(heading):
                    heading.remove(child)
                heading.text = f"——{text}"


def _sentence_headings_as_paragraphs(page: etree._Element) -> None:
    """Make each heading that holds a sentence a `<p>`: editors that set a digest's items in
    `<h1>` (`● 清明小长假首日出行，大半天堵在路上。…`, a WeChat account's news in brief) make
    them no headings, and the library left them all out."""
    body = page.find(".//body")
    for heading in list((body if body is not None else page).iter(*_HEADING_TAGS)):
        text = _spaced("".join(heading.itertext()))
        if any(mark in text for mark in SENTENCE_MARKS) and len(text) > HEADING_LENGTH:
            heading.tag = "p"


SENTENCE_MARKS = "。！？；"
"""What a heading that is a paragraph holds (with more than `HEADING_LENGTH` characters)."""


def _sections_as_paragraphs(page: etree._Element) -> None:
    """Make each `<section>` that holds no block of its own a `<p>`."""
    for section in list(page.iter("section")):
        inner = (d.tag for d in section.iterdescendants() if isinstance(d.tag, str))
        if not any(tag in _BLOCKS for tag in inner):
            section.tag = "p"


def _block_spans_as_breaks(page: etree._Element) -> None:
    """Make each empty `<span>` styled as a block, which a page sets between its paragraphs
    (`…（王煌忠／台中報導）<span style="display:block;height:1em;"></span><strong>…`), a line
    break: the library reads a span as part of the line around it."""
    for span in list(page.iter("span")):
        style = "".join((span.get("style") or "").split()).lower()
        if "display:block" in style and len(span) == 0 and not (span.text or "").strip():
            span.tag = "br"


def _sentences_across_pictures(page: etree._Element) -> None:
    """Mend a paragraph that a table of pictures set inside it cut (`<p>…获得了5<table>…<img>…
    </table>00万元的体彩大奖，…</p>`, a portal's floated picture): a parser closes the paragraph
    at the table, as a browser does only in standards mode, and its sentence had read as two
    paragraphs (`…获得了5` over `00万元…`). Where the paragraph before the table breaks off
    mid-sentence and text follows the table, the text and what goes with it, up to the next
    block, go back into the paragraph, and the table goes."""
    for table in list(page.iter("table")):
        before = table.getprevious()
        if before is None or before.tag != "p" or not (table.tail or "").strip():
            continue
        said = "".join(before.itertext()).rstrip(" \u3000\u00a0")
        if not said or said[-1] in SENTENCE_END or not _picture_only(table):
            continue
        _append_text(before, table.tail or "")
        following = table.getnext()
        while following is not None and following.tag not in _BLOCKS:
            after = following.getnext()
            before.append(following)  # (its tail with it)
            following = after
        table.getparent().remove(table)


def _append_text(element: etree._Element, text: str) -> None:
    """Add `text` at the end of `element`'s own text."""
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _pictures_as_breaks(page: etree._Element) -> None:
    """Make each block that shows only a picture amid the loose text of the block around it
    (`…舱房数789间。<div><img></div>资料图<br>目前…`, as a portal's editor sets a repost) a line
    break: the library reads the text either side of it as one line, a sentence and the next
    picture's caption run together."""
    for block in list(page.iter("div", "p", "figure", "center")):
        parent = block.getparent()
        if parent is None or not _picture_only(block):
            continue
        loose = [parent.text, *(sibling.tail for sibling in parent)]
        if any((text or "").strip() for text in loose):
            for child in list(block):
                block.remove(child)
            block.attrib.clear()
            block.tag = "br"


CAPTION = 40
"""A picture's caption under it is at most this long."""
_CHAPTER = re.compile(r"^\s*\d{2}(?=[\u4e00-\u9fff])(?![年月日号时点万亿元个])")
"""A chapter's number in two figures before its name (`02农业`, as a bulletin numbers them)."""


def _drop_captions(page: etree._Element) -> set[str]:
    """Take out the pictures' captions: a figure's `<figcaption>`, and a short paragraph right
    under a paragraph that holds only a picture (`培训会现场` under its photo, centred), which the
    extraction would keep as a paragraph or a heading of the text; not a numbered heading of the
    text under a picture (`八、财政金融`), nor a sentence that no caption's mark shows to be one
    (`法史学者李德嘉认为，“…情法两尽”。`). The page shows them, the text does not hold them: each
    is recorded as left out (`html.extraction`), nor a heading set bold under its banner
    (`_set_as_heading`): their texts are returned, so that one whose
    words the text holds elsewhere (a poem's title under its picture, named by a paragraph
    below) is recorded too."""
    texts: set[str] = set()

    def drop(element: etree._Element) -> None:
        texts.add(_spaced("".join(element.itertext())).strip("\u00a0 "))
        _drop(element)

    for caption in list(page.iter("figcaption")):
        drop(caption)
    for caption in [e for e in page.iter("div", "p", "span") if _CAPTION_CLASS.search(_classes(e))]:
        if len(_spaced("".join(caption.itertext()))) <= CAPTION:
            drop(caption)  # <div class="image-caption">, <p class="wp-caption-text">
    for block in list(page.iter("p", "section")):
        if _captioned_picture(block):
            drop(block)  # a picture with its caption after it in one block
    for holder in list(page.iter("p", "div")):
        if not _picture_only(holder):
            continue
        below = holder.getnext()
        text = _spaced("".join(below.itertext())) if below is not None else ""
        numbered = heading_number(text.strip()) is not None or bool(_CHAPTER.match(text))
        # 八、财政金融, 02农业: the text's own heading
        said = any(mark in text for mark in SENTENCE_END) and not is_caption(text)  # the text's
        short = 0 < len(text) <= CAPTION
        kept = numbered or said
        kept = kept or (below is not None and (_leads_in(below, text) or _set_as_heading(below)))
        if below is not None and below.tag == "p" and short and not kept:
            drop(below)
    return {text for text in texts if text}


_CAPTION_CLASS = re.compile(
    r"(?:^|[\s_-])(?:image|img|pic|photo|wp)[_-]?caption(?:[_-]text)?\b", re.I
)
"""A class a page's editor gives a picture's caption (`image-caption`, `wp-caption-text`)."""


def _classes(element: etree._Element) -> str:
    return str(element.get("class") or "")


def _leads_in(paragraph: etree._Element, text: str) -> bool:
    """Whether a short paragraph under a picture leads into what follows it, as no caption does:
    it ends with a colon (`静态页面，有与之匹配的技术架构来加速，例如：`), or a list follows it."""
    after = paragraph.getnext()
    return text.rstrip().endswith(("：", ":")) or (after is not None and after.tag in ("ul", "ol"))


def _set_as_heading(paragraph: etree._Element) -> bool:
    """Whether a short paragraph under a picture is set as a heading, as no caption is: bold
    throughout, and in a large type (18px) or not centred (a WeChat article's section heading
    under its banner; a caption stands centred under its picture, in a small type)."""
    text = _spaced("".join(paragraph.itertext())).strip("\u00a0 ")
    bold = "".join(
        "".join(node.itertext()) for node in paragraph.iter("strong", "b") if node is not paragraph
    )
    if not text or len(_spaced(bold).strip("\u00a0 ")) < len(text):
        return False
    styles = " ".join(str(node.get("style") or "") for node in paragraph.iter())
    sizes = [float(size) for size in _FONT_SIZE.findall(styles)]
    centred = bool(_CENTRED.search(styles)) or paragraph.get("align") == "center"
    return (bool(sizes) and max(sizes) >= HEADING_SIZE) or not centred


_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)px")
_CENTRED = re.compile(r"text-align\s*:\s*center")
HEADING_SIZE = 17
"""A type this large (in pixels) or larger is a heading's, as a page sets its text in 14–16."""


def _captioned_picture(block: etree._Element) -> bool:
    """Whether `block` is a picture with a short caption after it and nothing else (`<p><img>
    <strong>记者韩萌在列车上采访郝津生医生</strong></p>`, as WeChat's editors set a photo): no
    text before the picture, no sentence in the caption, no block inside."""
    first = next(block.iter("img"), None)
    if first is None or any(child.tag in _INNER_BLOCKS for child in block.iterdescendants()):
        return False
    text = _spaced("".join(block.itertext())).strip("\u00a0 ")
    if not 0 < len(text) <= CAPTION or any(mark in text for mark in SENTENCE_END):
        return False
    before: list[str] = []  # the text before the picture (a tail after an element holding
    # the picture counts too: such a block is kept, as a caption is never set so)
    for node in block.iter():
        if node is first:
            break
        before += [node.text or "", *([node.tail or ""] if node is not block else [])]
    return not "".join(before).strip()


_INNER_BLOCKS = frozenset({"p", "section", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4"})


def _picture_only(element: etree._Element) -> bool:
    """Whether `element` shows a picture and no text."""
    pictures = any(True for _ in element.iter("img"))
    return pictures and not _spaced("".join(element.itertext())).strip("\u00a0 ")


def _drop(element: etree._Element) -> None:
    """Take `element` out of the page, keeping the text after it (its tail): lxml's own
    `drop_tree` (the page is lxml's HTML tree, as trafilatura loads it)."""
    cast(lxml_html.HtmlElement, element).drop_tree()


def _site_name(name: str) -> str | None:
    """The site's name as the page states it, without a copyright's words (`网易版权所有`), and
    once where it states it twice (`聯合新聞網 | 聯合新聞網`)."""
    name = _COPYRIGHT_YEARS.sub("", _COPYRIGHT.sub("", name)).strip(" ©|-_.,")
    parts = {part.strip() for part in _NAME_PARTS.split(name)}
    return (parts.pop() if len(parts) == 1 else name) or None


_COPYRIGHT_YEARS = re.compile(
    r"(?:(?:19|20)\d{2}\s*(?:[-–—~]\s*(?:19|20)\d{2})?|\b(?:Inc|Ltd|Co|Corp|LLC)\b\.?)\s*"
)
"""The years and the company's form a copyright notice names besides the site (`© 2017 Sohu.com
Inc.`): no part of its name."""
_NAME_PARTS = re.compile(r"\s+[|｜\-–—_]\s+")
"""What parts the names of a site's page title (`聯合新聞網 | 聯合新聞網`)."""


def _page_headings(page: etree._Element) -> list[Item]:
    """The page's headings that hold no link, as heading items, in the page's order: h1–h6,
    paragraphs set all in bold (a Word export's `<p><b>第一章　总则</b></p>`), and numbered
    headings set as paragraphs (the normaliser reads them by their numbers; the library drops
    those a table of contents named before)."""
    found: list[Item] = []
    for element in page.iter(*_HEADING_TAGS, "p"):
        if any(a.get("href") for a in element.iter("a")):
            continue
        text = _spaced("".join(element.itertext()))
        if not text or len(text) > HEADING_LENGTH:
            continue
        if element.tag != "p":
            found.append((text, Shape.HEADING, int(str(element.tag)[1])))
        elif compact(text) == compact("".join(_bold_text(element))):
            found.append((text, Shape.HEADING, BOLD_LEVEL))
        elif heading_number(text) is not None:  # 一、百年征程铸就时代新辉煌, set as a paragraph
            found.append((text, None, 0))
    return found


def _spaced(text: str) -> str:
    return _SOURCE_SPACE.sub(" ", text).strip()


def _bold_text(element: etree._Element) -> Iterator[str]:
    """The text of `element` set in bold."""
    for bold in element.iter("b", "strong"):
        if not any(a.tag in ("b", "strong") for a in bold.iterancestors()):
            yield "".join(bold.itertext())


def _headings_put_back(
    items: list[Item], headings: list[Item], source: str, captioned: Collection[str] = ()
) -> list[Item]:
    """`items` with the headings of the page that the extraction left out between two of them
    put back in their place: where all the page shows between the two items is such headings
    (a chapter and an article number; not a comment box's heading beside its widgets). The
    library drops headings now and then (a Word export's, which hold a bookmark; a short page's
    when it takes another extractor's reading): a charter lost every chapter and article
    number; a law's chapters, which its table of contents had already named). What stands
    between is no heading where it is a picture's caption (`captioned`, compacted) that reads
    as one (a caption that repeats the headline under each picture)."""
    held = [compact(text) for text, _, _ in items]
    text = compact(_TAG.sub("", source))  # the page's text, in order
    compacted = [(compact(heading[0]), heading) for heading in headings]
    missing = {
        key: heading
        for key, heading in compacted
        if text.count(key) > sum(t.startswith(key) for t in held)
    }
    if not missing:
        return items
    at: list[int] = []  # where each item starts in the page's text, -1 where not found
    cursor = 0
    for held_text in held:
        found = text.find(held_text, cursor) if held_text else -1
        at.append(found)
        cursor = found + len(held_text) if found >= 0 else cursor
    put: dict[int, list[Item]] = {}  # the headings to put before the item at an index
    if items and at[0] > 0 and (opening := _series_opened(text[: at[0]], missing)):
        put[0] = [opening]  # (一) over the text's first paragraph, (二) and (三) held below
    for index in range(1, len(items)):
        before, after = at[index - 1], at[index]
        if before >= 0 and after >= 0:
            between = text[before + len(held[index - 1]) : after]
            shown = between and between not in captioned
            found_headings = _headings_of(between, missing) if shown else None
            if found_headings:
                put[index] = found_headings
    return [item for index, own in enumerate(items) for item in (*put.get(index, ()), own)]


def _series_opened(before: str, headings: dict[str, Item]) -> Item | None:
    """The heading left out that the page shows right before the text's first item, where it
    is the first of a numbered series (`(一)`, `一、总则`, `第一章`): the text's first heading,
    which the library took for the page's (its second and third it keeps)."""
    for key, heading in headings.items():
        marker = leading_marker(key)
        if before.endswith(key) and marker is not None and marker.ordinal == 1:
            return heading
    return None


def _headings_of(text: str, headings: dict[str, Item]) -> list[Item] | None:
    """The headings `text` is made of end to end (longest first), or None if it holds more."""
    found: list[Item] = []
    by_length = sorted(headings, key=len, reverse=True)
    while text:
        heading = next((h for h in by_length if text.startswith(h)), None)
        if heading is None:
            return None
        found.append(headings[heading])
        text = text[len(heading) :]
    return found


def _sentences(text: str) -> bool:
    return any(mark in text for mark in SENTENCE_END)


def _items(root: etree._Element) -> Iterator[Item]:
    """The items of the extraction's main text, and each paragraph of sentences it holds
    between them (`<div>「勞動基準法」規定</div>本公司依據…`: the text after a page's label,
    which the library keeps outside any paragraph; not a blog's `其它内容 十一月 6th, 2009`)."""
    main = root.find("main")
    if main is None:
        return
    yield from _loose(main.text)
    for element in main:
        yield from _element(element)
        yield from _loose(element.tail)


def _loose(text: str | None) -> Iterator[Item]:
    spaced = _SOURCE_SPACE.sub(" ", text or "").strip()
    if _paragraph(spaced):
        yield spaced, None, 0


def _element(element: etree._Element) -> Iterator[Item]:
    tag = element.tag
    if tag == "head":
        rend = str(element.get("rend") or "h2")
        level = int(rend[1:]) if rend[1:].isdigit() else 2
        yield " ".join(_text(element).split()), Shape.HEADING, level
    elif tag == "list":
        numbered = element.get("rend") == "ol"
        for count, item in enumerate(element.findall("item"), start=1):
            runs = _runs(item)
            for offset, text in enumerate(_broken(runs[0])):
                if numbered and offset == 0:
                    yield f"{count}.{text}", Shape.ITEM, 0
                elif offset == 0:
                    yield text, Shape.BULLET, 0
                else:
                    yield text, Shape.CONTINUED, 0  # an item's line under a break
            for run in runs[1:]:
                yield from _element(run)
    elif tag == "quote":
        for part in _quoted_paragraphs(element):
            for text in _broken(part):
                yield text, Shape.QUOTE, 0
    elif tag == "table":
        rows = [(row, _data_row(row)) for row in element.iter("row")]
        data = sum(is_data for _, is_data in rows) >= DATA_ROWS  # a table of data, not layout
        for row, is_data in rows:
            if _holds_blocks(row) and not (data and is_data):
                for cell in row.findall("cell"):  # a page laid out in a table: its paragraphs
                    if (cell.text or "").strip():
                        yield " ".join(cell.text.split()), None, 0
                    for block in cell:
                        yield from _element(block)
                continue
            # its cells parted by tabs (`tables`: rows one under the other make a table), but
            # not a Shape.ROW: many portals lay the whole page out in a table
            yield row_text([_text(cell) for cell in row.findall("cell")]), None, 0
    else:
        lines = _broken(element)
        shape = Shape.PARAGRAPH if len(lines) == 1 else None  # (lines a <br> parts: judged)
        for text in lines:
            yield text, shape, 0


def _quoted_paragraphs(quote: etree._Element) -> list[etree._Element]:
    """The paragraphs of a quotation, each apart (`<blockquote>` of four `<p>` chat messages),
    where it holds paragraphs and no text outside them; else the quotation, one block."""
    paragraphs: list[etree._Element] = list(quote.findall("p"))
    loose = [quote.text, *(child.tail for child in quote)]
    if paragraphs and len(paragraphs) == len(quote) and not any((t or "").strip() for t in loose):
        return paragraphs
    return [quote]


DATA_CELL = 30
"""A data table's cell holds at most this many characters and one paragraph…"""
DATA_ROWS = 2
"""…and it has at least this many rows of such cells."""


def _holds_blocks(row: etree._Element) -> bool:
    """Whether a table's row holds blocks in its cells: a page laid out in the table, its
    cells holding paragraphs of the text (unless the table is data: `_data_row`)."""
    return any(block.tag in _CELL_BLOCKS for cell in row.findall("cell") for block in cell)


def _data_row(row: etree._Element) -> bool:
    """Whether a table's row is a row of data: two cells or more, each holding one short
    paragraph or none (`<td><p>产品名称</p></td>`, as a page exported from Word sets every
    cell of a bulletin's table), no sentence."""
    cells = row.findall("cell")
    return len(cells) >= 2 and all(
        sum(block.tag in _CELL_BLOCKS for block in cell) <= 1
        and len(_text(cell).strip()) <= DATA_CELL
        and not _sentences(_text(cell))
        for cell in cells
    )


def _runs(item: etree._Element) -> list[etree._Element]:
    """A list item as its own text and the blocks it holds: a nested list, or the headings and
    paragraphs of a whole article the library found in one item. Its text is the first run (up
    to its first block); each block is one, and text between blocks a paragraph of its own."""
    runs = [etree.Element("p")]
    runs[0].text = item.text
    for child in item:
        if child.tag in _CELL_BLOCKS:
            runs.append(copy.copy(child))
            runs[-1].tail = None
            runs.append(etree.Element("p"))
            runs[-1].text = child.tail
        else:
            runs[-1].append(copy.copy(child))
    return [run for run in runs if run is runs[0] or run.tag != "p" or _text(run).strip()]


def _text(element: etree._Element) -> str:
    return "".join(element.itertext())


def _broken(element: etree._Element) -> list[str]:
    """The text of an element, split where it has line breaks (<lb/>); white space of the
    source's lines runs together as a browser shows it (full-width spaces are text)."""
    parts: list[str] = [element.text or ""]
    for child in element.iter():
        if child is element:
            continue
        if child.tag == "lb":
            parts.append("")
        else:
            parts[-1] += child.text or ""
        parts[-1] += child.tail or ""
    return [_SOURCE_SPACE.sub(" ", part).strip() for part in parts if part.strip()]


_ROLE = (
    r"(?:审判长|审判员|代理审判员|人民陪审员|陪审员|书记员|法官助理|首席仲裁员|仲裁员|甲方代表|乙方代表"
    r"|甲方|乙方|丙方|法定代表人|委托代理人|代理人|签约人|鉴证人员|鉴证人)"
)
_BLANK = r"(?:[\u4e00-\u9fff]{2,4}|[×xXＸ＿_]{2,}|[（(][^（）()]{0,8}[）)])"
_SIGNATURE = re.compile(
    rf"^(?:{_ROLE}\s*[:：]?\s*{_BLANK}?\s*)+$"  # 审判长　×××, 甲方代表　乙方代表
    r"|^(?:[×xXＸ]{2,4}\s*)+$"  # their names, blanked: ×××　×××
    r"|^(?=.*[×xXＸ])[一二〇○零九\d×xXＸ]{2,4}年[×xXＸ\d一二三四五六七八九十]{1,3}月"
    r"[×xXＸ\d一二三四五六七八九十]{1,3}日$"  # a model form's date, blanked: 一九××年×月×日
    r"|^本件与原本核对无异$"  # a court's clerk certifies the copy
)
"""A line of the block that signs a judgment, an award or a contract: who sits or signs and
their names (a model form's blanks: ×××), its date in blanks, the clerk's certificate."""
SIGNATURE_REACH = 12
"""Lines after the main text's last one that its signature may stand on."""


_WIDE_GAP = re.compile(r"(?<=\S)[\u3000\u00a0]{2,}(?=\S)")
"""Two or more no-break or ideographic spaces inside a line, which a browser shows as they are
(one parts two words as a space would)."""


def _spaces_put_back(items: list[Item], shown: list[str]) -> list[Item]:
    """`items` with the spaces inside their lines as the page's lines (`shown`) have them where
    the extraction read a line the page has: it collapses every space to one (a form's blanks,
    `于　　年　　月　　日`, and a signature's columns are read as the page shows them), and
    drops an element of spaces alone (a Word export's tab, `I.` · `<span> </span>` · `提交文件`)."""
    spaced = {compact(line): _as_shown(line) for line in shown}
    return [
        (text if "\t" in text else spaced.get(compact(text), text), shape, level)
        for text, shape, level in items  # (a table's row: its cells parted by tabs)
    ]


_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


def _as_shown(line: str) -> str:
    """A page's line with its wide gaps (`_WIDE_GAP`) as they are, and any other run of spaces
    as one (an ideographic space alone as it is: `第一章　总则`)."""
    stripped = line.strip()
    if _WIDE_GAP.search(stripped):
        return stripped
    return _SPACES.sub(" ", stripped)


def _text_put_back(
    lines: list[Line], edits: list[Edit], captioned: Collection[str] = ()
) -> tuple[list[Line], list[Edit]]:
    """`lines` with lines of the text that the extraction left out put back where the page has
    them: the lines of a signature block, among the main text's or just under it (`审判长　×××`
    over the date and `（院印）` the extraction kept, `书记员　×××` under them; `甲方代表　　乙方
    代表`), a notice's closing formula (`特此通告` over its date and signature), a line of a
    table drawn in text (`│劳│ │`), the line that credits the text's source (`来源丨贵阳日报`,
    which the metadata rules read), and, among the main text's lines, a line the text repeats
    (a refrain, `路在何方？` before each part of an essay) and a paragraph of sentences (the
    provisions of a law a guide lists in `<ol>`, which the library left out), and a lead right
    over the text's first paragraph that introduces it (`…以下是孫玉菡的答問內容：`, a span's text
    before its first `<br>`, which the library drops): the library takes
    short lines for furniture, a line it has seen for a repeat, and some lists for menus. A
    picture's caption (`captioned`, compacted) is none of them, though it repeat the
    headline."""
    if not lines:
        return lines, edits
    first, last = lines[0].number, lines[-1].number
    kept = {compact(line.text) for line in lines}
    numbers = [line.number for line in lines]
    opening = next((line.number for line in lines if _paragraph(line.text)), last)

    def in_running_text(number: int) -> bool:
        """Whether the kept lines either side of line `number` are paragraphs of sentences."""
        after = bisect.bisect(numbers, number)
        return 0 < after < len(lines) and all(
            _paragraph(lines[at].text) for at in (after - 1, after)
        )

    def next_kept(number: int) -> int | None:
        """The number of the first kept line after line `number`."""
        after = bisect.bisect(numbers, number)
        return numbers[after] if after < len(numbers) else None

    def over_last_date(number: int) -> bool:
        """Whether the first kept line after line `number` is the text's last, or its last but
        one, and a date."""
        at = bisect.bisect(numbers, number)
        last_two = len(lines) - 2 <= at < len(lines)
        return last_two and parse_date_line(lines[at].text.strip()) is not None

    def follows(edit: Edit) -> bool:
        """Whether a line left out is the page's next after a paragraph of the text's."""
        before = bisect.bisect(numbers, edit.line) - 1
        if before < 0 or not _paragraph(lines[before].text):
            return False
        above = numbers[before]
        return not any(above < other.line < edit.line and other.before.strip() for other in edits)

    def back(edit: Edit) -> bool:
        if edit.rule == RULE and edit.line > last and _byline_under_text(edit, edits, last):
            return True  # 文／梁凱澄 closing the text, a picture's caption perhaps between
        if edit.rule != RULE or not first <= edit.line <= last + SIGNATURE_REACH:
            return False
        if _SIGNATURE.match(edit.before) or _CLOSING_FORMULA.match(edit.before):
            return True
        signer = edit.line > opening and is_organisation(edit.before.strip())
        if signer and over_last_date(edit.line):
            return True  # 绍兴市第一中学 over 2019年9月10日, the text's last lines
        if is_box_line(edit.before) and edit.line < last:
            return True  # │劳│ │: a line of a table drawn in text (the rules read it)
        if SOURCE_LINE.match(edit.before.strip()) and edit.line > opening:
            return True  # 来源丨贵阳日报 after the text's first paragraph (a page's own, over the
            # text, is the page's; the poster's account is no source of a repost)
        if _statement(edit.before) and in_running_text(edit.line):
            return True  # sentences between the text's paragraphs: a list's items, a statute's
        leads = edit.line < opening and next_kept(edit.line) == opening
        if leads and (_introduces(edit.before) or is_salutation(edit.before.strip())):
            return True  # 孫玉菡今日…會見傳媒。以下是孫玉菡的答問內容： over the transcript, and
            # 富春同志： (全校各位教工：) over a letter's (a notice's) first paragraph
        if is_closing(edit.before.strip()) and _paragraph(edit.before) and follows(edit):
            return True  # 同志们，…同心同德同力！, loose text after a speech's last paragraph
        repeated = compact(edit.before) in kept and compact(edit.before) not in captioned
        return repeated and in_running_text(edit.line)

    put = [edit for edit in edits if back(edit)]
    if not put:
        return lines, edits
    signed = sorted([*lines, *(Line(edit.line, edit.before) for edit in put)], key=_number)
    return signed, [edit for edit in edits if edit not in put]


BYLINE_AFTER = 3
"""A writer's byline the page sets under the text stands at most this many of the page's
lines after its last line (a picture's caption between)."""


def _byline_under_text(edit: Edit, edits: list[Edit], last: int) -> bool:
    """Whether a line the extraction left out is the writer's byline under the text (`文／梁凱澄`,
    `撰文｜曾雪雯`): the rules read it, as they do one the text holds."""
    between = sum(last < other.line < edit.line for other in edits)
    return between < BYLINE_AFTER and parse_byline(edit.before.strip()) is not None


def _statement(text: str) -> bool:
    """A paragraph of statements: at least `STATEMENTS` characters, ending with a full stop
    (not a headline's question or exclamation, not a link's `视频-…？`)."""
    stripped = text.strip().rstrip("”’」』")
    return len(stripped) >= STATEMENTS and stripped.endswith("。")


STATEMENTS = 30


def _introduces(text: str) -> bool:
    """A lead that introduces what follows: sentences, the last ending with a colon
    (`勞工及福利局局長孫玉菡今日…會見傳媒。以下是孫玉菡的答問內容：`)."""
    stripped = text.strip()
    return len(stripped) >= STATEMENTS and stripped.endswith(("：", ":")) and "。" in stripped


def _paragraph(text: str) -> bool:
    """A paragraph of running text: sentences, at least `SENTENCES` characters long."""
    return len(text) >= SENTENCES and any(mark in text for mark in "。！？")


SENTENCES = 20


_CLOSING_FORMULA = re.compile(
    r"^(?:特此(?:通告|通知|公告|通报|函告|批复|报告|证明|说明|函达)|此复)[。.]?$"
)
"""How a notice, a reply or a certificate closes, on a line of its own (`特此通告`)."""


def _number(line: Line) -> int:
    return line.number


def _find(shown: SourceText, text: str, start: int) -> int:
    """Where `text` starts in the page's text at or after `start`: found by its first
    characters, or fewer when the extraction changed them; -1 when not found."""
    squeezed = compact(text)
    for probe in (squeezed[:PROBE], squeezed[: PROBE // 2]):
        found = shown.text.find(probe, start) if probe else -1
        if found >= 0:
            return found
    return -1


def _body_start(source: str) -> int:
    """Where the page's body starts in its source (0 if it has no <body> tag)."""
    found = re.search(r"<body[\s>]", source, re.I)
    return found.start() if found else 0


def _line_numbers(page: SourceText, texts: Iterable[str]) -> Iterator[int]:
    """The line of the page's source each of `texts` starts on, in turn: each looked for after
    where the one before it starts (two paragraphs that open alike, `县级以上人民政府…`, are on
    lines of their own), or on the line before it where it is not found."""
    position, number = 0, page.first
    for text in texts:
        found = _find(page, text, position)
        if found >= 0:
            position, number = found + 1, page.line(found)
        yield number


def _place(items: list[Item], shown: SourceText) -> list[Line]:
    """Lines numbered by where their text starts in the page's text (`shown`)."""
    kept = [item for item in items if item[0].strip()]
    numbers = _line_numbers(shown, (text for text, _, _ in kept))
    return [
        Line(number, text, shape, level)
        for number, (text, shape, level) in zip(numbers, kept, strict=True)
    ]


def _squeezed(text: str) -> str:
    """`text` as lines are compared: no white space, and none of the characters nobody sees
    (`2007\u200d年`: the library drops a zero-width joiner a page has inside a line)."""
    return _UNSEEN.sub("", compact(text))


_UNSEEN = re.compile(f"[{INVISIBLE}{JOINER}]")


def _left_out(
    shown: list[str],
    items: list[Item],
    page: SourceText,
    headings: list[Item],
    captions: Collection[str] = (),
) -> list[Edit]:
    """An edit for each line the page shows that the main text does not hold, and for each
    copy of a line shown more often than the main text holds it (a block the page repeats,
    which the extraction keeps once); and for a heading of the page the text holds only
    inside a paragraph that the page shows besides (a headline's second line, `<h1>庆“八一”…
    表彰大会</h1>`, which the first paragraph repeats)."""
    kept = _squeezed("".join(text for text, _, _ in items))
    items_held = Counter(_squeezed(text) for text, _, _ in items)
    whole = set(items_held)
    inside = {_squeezed(text) for text, _, _ in headings} - whole
    everywhere = _squeezed("".join(shown))
    dropped = {_squeezed(caption) for caption in captions} - whole  # captions taken out
    edits: list[Edit] = []
    shown_before: Counter[str] = Counter()
    for line, number in zip(shown, _line_numbers(page, shown), strict=True):
        squeezed = _squeezed(line)
        shown_before[squeezed] += 1
        again = shown_before[squeezed] > 1 and (
            shown_before[squeezed] > kept.count(squeezed)
            or (  # a line again (a notice's signer under its covering letter and under its
                # text), held inside longer lines besides (`绍兴市第一中学2019学年工作要点`)
                shown_before[squeezed] > items_held[squeezed] > 0
                and everywhere.count(squeezed) > kept.count(squeezed)
            )
        )
        heading = (
            squeezed in inside
            and shown_before[squeezed] == 1
            and everywhere.count(squeezed) > kept.count(squeezed)
        )
        if squeezed not in kept or (squeezed and (again or heading or squeezed in dropped)):
            edits.append(Edit(RULE, number, line, ""))
    return edits
