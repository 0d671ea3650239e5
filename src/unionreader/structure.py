"""Structure: NormalText → Document, with sections, numbered points and paragraphs.

Headings are numbered (一、…, （一）…) or unnumbered heading-like lines; an unnumbered heading
directly followed by another heading is a parent (level 1) over the others (level 2). Points are
lines that start with an ordinal marker and continue a count (1, 2, 3 … of one family, restarting
under each heading); a lone 一是 with no 二是 is running text. In text with no heading, a restart
of the count opens a new untitled section that takes its lead-in paragraph along. A closing
address (同志们，…) at the end is a section of its own.
"""

from __future__ import annotations

import difflib
import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum

from unionreader.chinese import (
    SENTENCE_END,
    compact,
    han_count,
    is_heading_like,
    numeral_value,
)
from unionreader.docmeta import describe, is_address, is_closing, is_salutation
from unionreader.inline import make_paragraph
from unionreader.markers import (
    APPENDIX_ALONE,
    HEADING_FAMILIES,
    LETTERED,
    PART_NAMES,
    RUNNING_FAMILIES,
    ends_in_function_word,
    heading_number,
    is_inserted,
    leading_marker,
)
from unionreader.model import (
    BOLD_LEVEL,
    PLAIN_SHAPES,
    Block,
    Document,
    Line,
    Marker,
    MarkerFamily,
    NormalText,
    ParagraphRole,
    Point,
    Section,
    Shape,
)
from unionreader.normalise.ending import is_organisation, signs
from unionreader.normalise.fields import (
    WRITER_LABEL,
    holds_phone_number,
    is_document_number,
    is_field_line,
    parse_byline,
    parse_date_line,
)
from unionreader.normalise.furniture import (
    CONTACT_POINT,
    MIN_CELLS,
    RIGHTS,
    announced_by,
    is_name_row,
    table_cells,
)
from unionreader.normalise.headings import NOTE_ALONE
from unionreader.normalise.people import is_name
from unionreader.normalise.turns import (
    is_dialogue,
    is_transcript,
    opens_with_label,
    speaker_label,
)
from unionreader.normalise.verse import stanzas
from unionreader.tables import TABLE_NUMBER, table_rows

logger = logging.getLogger(__name__)

_NUMBER = re.compile(r"[-+]?\d[\d,.]*%?")
GREETING = 40
"""An opening address that is a short sentence (各位朋友，大家好！) greets: a salutation."""


class _Role(Enum):
    HEADING = "heading"
    POINT = "point"
    PARAGRAPH = "paragraph"


@dataclass
class _Item:
    line: Line
    role: _Role
    marker: Marker | None = None
    level: int = 1
    source_level: int = 0  # a heading's level in its format (Markdown #, Word Heading 1 …)
    explicit: bool = False  # an item of a numbered list in its format: a point even when alone
    row: bool = False  # a table's row (`tables`)


@dataclass
class _Draft:
    heading: _Item | None
    items: list[_Item] = field(default_factory=list)


def parse_document(normal: NormalText) -> Document:
    """Give a normalised text its structure and metadata."""
    items = _count_points(_classify(normal.lines))
    _assign_levels(items)
    drafts = _sections(items)
    end = _body_end(drafts)
    body = _move_closing(drafts[:end])  # the text's own sections, before any appendix
    drafts = [*body, *drafts[end:]]
    quoting = _quotes_apart(normal.lines)
    sections = tuple(
        _freeze(index, draft, index == len(body), quoting) for index, draft in enumerate(drafts, 1)
    )
    return Document(
        slug=normal.seed.slug,
        seed=normal.seed.path,
        meta=describe(normal),
        sections=sections,
        edits=normal.edits,
    )


SHORT = 4
"""A line ending with a colon and longer than this introduces what follows (开展三项活动：): the
content of a numbered heading above it."""


def _heads_content(
    lines: tuple[Line, ...], index: int, numbered: bool = False, number: Marker | None = None
) -> bool:
    """Whether the heading-like line at `index` is followed by text (perhaps under a subheading),
    or, `numbered` (一、焊工组), by a table's rows or lines with no number (a list's).

    A signature or a date at the end of a letter looks like a heading but heads nothing, and a
    numbered line (`number`) right over the next number of its count (`3) …` over `4) …`) is
    an item of a list, not its heading.
    """
    below = lines[index + 1 : index + 3]
    listed = not any(leading_marker(ln.text) or signs(ln.text) for ln in below)
    if numbered and len(below) == 2 and listed:
        return True  # 一、全国五一劳动奖状 over a list: 北京市, 北京市地铁运营有限公司
    if numbered and number is not None and _counts_from_one(below, number):
        return True  # 二、参赛单位 over 1. 市总工会, 2. 各区总工会: the items it heads
    reach = OUTLINE_DEPTH if numbered and _outline_below(lines, index) else len(below)
    for line in lines[index + 1 : index + 1 + reach]:  # (a numbered one's under subheadings)
        marker = leading_marker(line.text)
        if number is not None and marker is not None and _next_of(number, marker):
            return False
        if numbered and table_cells(line.text) >= MIN_CELLS:
            return True  # 名次	姓名	单位: over a table (not a column's name)
        if heading_number(line.text) is not None or (marker is None and is_heading_like(line.text)):
            continue  # a subheading: look at what follows it
        ends = line.text.rstrip().endswith(("：", ":"))
        introduces = numbered and ends and len(line.text.strip()) > SHORT
        return marker is not None or introduces or any(m in line.text for m in SENTENCE_END + "，")
    return False


def _outline_below(lines: tuple[Line, ...], index: int) -> bool:
    """Whether the two lines under line `index` are numbered headings, each of another family
    than the one above it (`（一）…` under `一、…`, `1.…` under it): an outline going down."""
    chain = [heading_number(line.text) for line in lines[index : index + 3]]
    return len(chain) == 3 and all(
        number is not None and below is not None and below.family is not number.family
        for number, below in itertools.pairwise(chain)
    )


OUTLINE_DEPTH = 4
"""A heading's text may stand under this many subheadings, one over the other (`一、` over `（一）`
over `1.` over `（1）…`, an outline that fills in its lowest level only)."""


def _counts_from_one(below: tuple[Line, ...], number: Marker) -> bool:
    """Whether `below` are two lines numbered 1 and 2 in another family than `number`: the
    first items (or subheadings) of what the numbered line heads."""
    if len(below) != 2:
        return False
    first, second = (leading_marker(line.text) for line in below)
    if first is None or second is None:
        return False
    return first.family is not number.family and first.ordinal == 1 and _next_of(first, second)


def _lists_after(items: list[_Item], marker: Marker | None) -> bool:
    """Whether the line just read is an item of a list whose number `marker` counts on from:
    the line above it is a point with that number, and an item (no sentence of its own), not
    a run-in heading with its paragraph (`（二）主要任务。基本养老服务是指…` over `（三）工作原则`
    and the paragraphs it heads)."""
    if not items or marker is None:
        return False
    last = items[-1]
    if last.role is not _Role.POINT or last.marker is None or not _next_of(last.marker, marker):
        return False
    return not any(mark in last.line.text for mark in "。！？")


def _item_over_list(
    lines: tuple[Line, ...], index: int, items: list[_Item], marker: Marker | None
) -> bool:
    """Whether the numbered line at `index` is an item of a list that opens a list of its own
    (`2.爱岗敬业，业绩突出，具体包括：` over `（1）…`, between `1.…` and `3.…`): its number counts
    on from points above it under the same heading (from the first: `1.` and `2.` over `3.`),
    and the next line starts a count of another family. It is an item like its neighbours, not
    a heading over the list below."""
    if marker is None or index + 1 >= len(lines):
        return False
    below = leading_marker(lines[index + 1].text)
    if below is None or below.family is marker.family or below.ordinal != 1:
        return False
    expected = marker.ordinal - 1
    for item in reversed(items):
        if item.role is _Role.HEADING or expected < 1:
            return False
        if item.marker is not None and item.marker.family is marker.family:
            if item.role is not _Role.POINT or item.marker.ordinal != expected:
                return False
            expected -= 1
            if expected == 0:
                return True
    return False


def _next_of(number: Marker, marker: Marker) -> bool:
    """Whether `marker` counts on from `number` (the same family, the next ordinal)."""
    return marker.family is number.family and marker.ordinal == number.ordinal + 1


def _announced(lines: tuple[Line, ...]) -> set[int]:
    """Lines a colon announces (…组成如下：): the items of a list, never headings."""
    return announced_by(
        lines,
        lambda above: above[-1] in "：:" and not is_salutation(above),
        lambda text: (
            leading_marker(text) is None and is_heading_like(text) and not _APPENDIX.match(text)
        ),  # 附件一 under a form's last fields opens what is appended: no item of theirs
    )


def _listed_like(items: list[_Item], line: Line) -> bool:
    """Whether `line` is one more of the lines of a list right above it, each a line of its
    own, not a heading: heading-like as they are, and sharing a run of words with the line
    above it (`陈婉娴议员宣读立法会誓词` under `陈家洛议员宣读立法会誓言`, where a page
    break's footnote under it would make it head that)."""
    if not items or items[-1].role is not _Role.PARAGRAPH:
        return False
    above, text = items[-1].line.text.strip(), line.text.strip()
    if not (is_heading_like(above) and is_heading_like(text)):
        return False
    shared = difflib.SequenceMatcher(None, above, text, autojunk=False).find_longest_match()
    return shared.size >= PARALLEL and shared.size >= PARALLEL_SHARE * min(len(above), len(text))


PARALLEL = 4
"""Lines of a list share a run of at least this many characters…"""
PARALLEL_SHARE = 0.4
"""…which is at least this share of the shorter (`议员宣读立法会誓` of `陈婉娴议员宣读立法会
誓词`)."""


def _is_heading(lines: tuple[Line, ...], index: int, paired: frozenset[int] = frozenset()) -> bool:
    """Whether an unnumbered line is a heading.

    It must look like one, be finished (not end with 的/是/和…), head content, and not be an item
    of an announced list. A heading with a clause comma (始终坚持党的领导，在…上展现新担当) is a
    parent over subheadings or points, its clauses phrases of four characters or more; a line
    like 下面，我讲几点意见 or a sentence that lost its full stop is a paragraph.
    """
    text = lines[index].text
    if not is_heading_like(text) or ends_in_function_word(text) or signs(text):
        return False  # a signature's name or date heads nothing
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    if parse_date_line(below) or (
        is_organisation(text) and (is_document_number(below) or is_salutation(below))
    ):
        return False  # 市总工会 over 2024年3月20日 or 宿政发〔2008〕65号: signature, letterhead
    if _signed_from(text):
        return False  # 山西阳泉市   高军琴: a reader's letter signed with their town and name
    if is_name_row(text):
        return False  # 何 凯 候 磊 赵正瑜 沈超华: the last row of a group's names
    if _DEFINED.match(text.strip()):
        return False  # 旧民主主义革命实践：太平天国运动、戊戌变法…: a term and what it lists
    if _wished(lines, index):
        return False  # 敬祝 over 大会圆满成功 over 各位健康愉快: wishes, one to a line
    if _NO_HEADING.search(text) or is_document_number(text) or is_field_line(text) or _byline(text):
        return False  # 代码卫士试用地址：https://…, 资料来源：…, ——湖南省宜章县县委书记欧阳锋, *…
    if _table_row(text) or _in_fields(lines, index) or _FORM_BLANK.search(text):
        return False  # …数量指标和质量指标：＿＿＿＿, a form's field to fill in
    if _TABLE_CAPTION.match(text) or _UNIT_LINE.match(text):
        return False  # 表2 2022年居民消费价格…, 单位：万人: a table's caption, its picture gone
    if holds_phone_number(text):
        return False  # 联系家属：龙进（18386229229）: a contact, no heading
    if not _heads_content(lines, index):
        return False
    clauses = [clause for clause in re.split(r"[，,]", text) if clause]
    if len(clauses) == 1:
        return True
    if len(clauses) > MOST_CLAUSES or _SENTENCE_CLAUSE.match(clauses[0]):
        return False  # 为了…，也…，特此…，请仔细阅读 · 如果…，可以联系…: a sentence
    if not _PAIRED.match(clauses[0]) and any(_FOLLOWING_CLAUSE.match(c) for c in clauses[1:]):
        return False
    return all(han_count(clause) >= 4 for clause in clauses) and (
        index in paired or _heads_structure(lines, index)
    )


_TABLE_CAPTION = re.compile(
    rf"^(?:{TABLE_NUMBER}|图\s*[\d一二三四五六七八九十]{{1,3}}(?![\d年月日]))[\s：:．.、]*\S"
)
"""A table's or a figure's caption (`表2 2022年居民消费价格分类别涨跌幅度`, `图1 …`)."""
_UNIT_LINE = re.compile(r"^[（(]?单位\s*[:：]\s*\S{1,12}[）)]?$")
"""A table's unit over it (`单位：万人`)."""


def _wished(lines: tuple[Line, ...], index: int) -> bool:
    """Whether a line is a wish under the words that open it (`敬祝`, `最后，祝`), a line or
    two below them (one wish to a line)."""
    for above in range(index - 1, max(index - 1 - WISHES, -1), -1):
        text = lines[above].text.strip()
        if _WISH_OPENS.search(text):
            return True
        if len(text) > WISH or any(mark in text for mark in SENTENCE_END):
            return False
    return False


_WISH_OPENS = re.compile(r"(?:^|[，,。；\s])(?:敬祝|谨祝|恭祝|顺祝|预祝|祝愿|并祝|祝)\s*[：:]?$")
WISHES = 3
"""Wishes under their opening words, one to a line, are at most this many."""
WISH = 16
"""A wish on a line of its own is at most this long."""


def _signed_from(text: str) -> bool:
    """A signature of a place and a name parted by spaces (`山西阳泉市   高军琴`)."""
    signed = _PLACE_AND_NAME.match(text.strip())
    return signed is not None and is_name(signed["name"])


_PLACE_AND_NAME = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:省|市|县|区|州|盟|旗|镇|乡)\s+(?P<name>[\u4e00-\u9fff]{2,4})$"
)
_DEFINED = re.compile(r"^[^：:，。、]{2,20}[：:][^：:]{2,}、")
"""A term, its colon and a list of what it holds (`旧民主主义革命实践：太平天国运动、戊戌变法、…`, a
note's line): no heading."""
_FORM_BLANK = re.compile(r"[＿_]{2,}")
"""A blank of a form, to be filled in."""

PAIRED = 30
"""A subhead of two clauses (`健全培养体系，促进人才队伍提质增量`) is at most this long."""


def _paired_subheads(lines: tuple[Line, ...]) -> frozenset[int]:
    """Lines of two clauses of four characters or more, no longer than `PAIRED`, heading-like
    and each over running text: subheads of a feature or a commentary where the text has two or
    more (one such line alone may be a sentence that lost its stop)."""
    found = [
        index
        for index, line in enumerate(lines[:-1])
        if len(text := line.text.strip().strip('“”"')) <= PAIRED
        and is_heading_like(text)
        and leading_marker(text) is None
        and len(clauses := [c for c in re.split(r"[，,]", text) if c]) == 2
        and all(han_count(clause) >= 4 for clause in clauses)
        and any(mark in lines[index + 1].text for mark in SENTENCE_END)
        and leading_marker(lines[index + 1].text) is None
    ]
    spaced = [b for a, b in itertools.pairwise(found) if b - a > 1]  # not one list's items
    return frozenset(found) if len(found) >= 2 and len(spaced) == len(found) - 1 else frozenset()


_NO_HEADING = re.compile(
    r"https?://|www\.|^\s*(?:——|――|—|\*|※|注[：:])"
    rf"|{NOTE_ALONE.pattern}"
    r"|^\s*【(?:同期|解说|画外音|现场声?|字幕|导视|旁白|采访|主持人)】"
    r"|^\s*(?:此致|谨致|即颂|顺颂\S{0,4}|顺祝\S{0,6}|敬礼)\s*[！!。]?\s*$"
    r"|^\s*(?:而且|并且|但是|然而|所以|因此|因而|于是|不过|可是|何况|况且|此外|另外)"
    # what goes on from the sentence before (而且这些都应该是合法的、…): a sentence that lost
    # its stop
    rf"|{RIGHTS.pattern}"  # a notice of rights
    rf"|{CONTACT_POINT.pattern}"  # a mail address or a QR code to reach someone by
    r"|^\s*(?:本文|全文)(?:成文|写|写作|完成|完稿)于"  # when a text was written
    r"|^\s*(?:根据|依据|按照|参照)《"  # 根据《劳动法》: a lead-in to what the law says
    r"|^\s*(?:(?:原文|本文|文章)(?:来自|转自|出自|最初发布于)|原文\s*[:：])"  # where it came from
    r"|均已?删除\s*$"  # an archive's note that the copies were deleted
    r"|[／/]\s*\S{0,6}报[导道]\s*$"  # 社会中心／综合报导, 记者陈嘉宁／桃园机场报导: a credit
    rf"|{LETTERED.pattern}"  # g. 晚宴會包車…: a lettered item
)
"""What a line holds that no heading does (besides a field, `fields.is_field_line`): an
address; an attribution after a dash (who said the words above); a note's mark (`*…`, `※`,
`注：`); a note wholly in brackets (`（此件公开发布）`); a broadcast transcript's tag
(`【同期】中新社记者 梁晓辉`); a letter's closing words (`此致` over `敬礼！`, `顺颂商祺`); a
word that goes on from the sentence before (`而且`, `所以`)."""
MOST_CLAUSES = 3
"""A heading has at most this many clauses; a line of more is a sentence that lost its stop."""
_SENTENCE_CLAUSE = re.compile(r"^(?:如果|假如|若是|只要|虽然|尽管|因为|由于|即使)")
"""A clause that opens a sentence's condition or concession: no heading opens so."""
_FOLLOWING_CLAUSE = re.compile(r"^(?:可以|请|就|才|则|也|但是?|所以|因此)")
"""A clause that follows one of a sentence's, never a heading's (but 也 after 既 or 不仅:
既要金山银山，也要绿水青山 is a heading's pair)."""
_PAIRED = re.compile(r"^(?:既|不仅|不但|不只)")


_LABELLED = re.compile(r"^[\u4e00-\u9fff（）()]{1,10}[：:][^：:，。；！？,;!?]{1,40}$")
"""A short label, a colon and its value (`甲方：某公司`, `首席代表：李秀英`)."""


FIELDS = 3
"""Labelled values in a row that make a block of them (two may be a subhead over a line)."""


def _in_fields(lines: tuple[Line, ...], index: int) -> bool:
    """Whether a line is one of a block of labelled values, `FIELDS` or more in a row (a
    contract's parties, a form's rows: `甲方：…` `法定代表人：…` `乙方：…` `首席代表：…`): the last
    of them heads nothing either."""

    def labelled(at: int) -> bool:
        return 0 <= at < len(lines) and bool(_LABELLED.match(lines[at].text.strip()))

    if not labelled(index):
        return False
    first, last = index, index
    while labelled(first - 1):
        first -= 1
    while labelled(last + 1):
        last += 1
    return last - first + 1 >= FIELDS


def _table_row(text: str) -> bool:
    """A row of a table laid out as text: cells separated by spaces, some of them numbers, or
    by tabs or runs of spaces (`_cells`)."""
    cells = text.split()
    numbered = len(cells) >= MIN_CELLS and any(_NUMBER.fullmatch(cell) for cell in cells)
    return numbered or table_cells(text) >= MIN_CELLS


def _heads_structure(lines: tuple[Line, ...], index: int) -> bool:
    """Whether the next line is a point or a subheading."""
    if index + 1 >= len(lines):
        return False
    text = lines[index + 1].text
    return leading_marker(text) is not None or (
        is_heading_like(text) and not ends_in_function_word(text)
    )


def _classify(lines: tuple[Line, ...]) -> list[_Item]:
    items: list[_Item] = []
    listed = _announced(lines)
    parts = _numbered_parts(lines) | _questions(lines)
    paired = _paired_subheads(lines)
    turns = is_transcript(lines)
    dialogue = is_dialogue(lines)
    rows = table_rows(lines)
    verse = stanzas([line.text for line in lines])
    for index, line in enumerate(lines):
        number = heading_number(line.text) or _announcing(lines, index)
        marker = leading_marker(line.text)
        listed_after = _lists_after(items, marker) or _item_over_list(lines, index, items, marker)
        if index in parts:
            items.append(_Item(line, _Role.HEADING))
        elif index in rows:
            items.append(_Item(line, _Role.PARAGRAPH, row=True))
        elif line.shape not in PLAIN_SHAPES:
            items.append(_shaped(line, marker))
        elif listed_after and marker is not None:
            items.append(_Item(line, _Role.POINT, marker))  # the list's last item, over text
        elif number is not None and _heads_content(lines, index, numbered=True, number=number):
            items.append(_Item(line, _Role.HEADING, number))
        elif marker is not None:
            items.append(_Item(line, _Role.POINT, marker))
        elif _part_alone(line.text) and index + 1 < len(lines):
            items.append(_Item(line, _Role.HEADING))  # 附录：, 附件1 over what it appends
        elif (turns and speaker_label(line.text)) or (dialogue and opens_with_label(line.text)):
            items.append(_Item(line, _Role.PARAGRAPH))  # a speaker's turn heads nothing
        elif (
            index not in listed
            and index not in verse  # a stanza's last line over the prose below it
            and not _listed_like(items, line)
            and _is_heading(lines, index, paired)
        ):
            items.append(_Item(line, _Role.HEADING))
        else:
            items.append(_Item(line, _Role.PARAGRAPH))
    return items


ANNOUNCING = 40
"""A heading that announces its points is at most this long (a longer line is a sentence)."""


def _announcing(lines: tuple[Line, ...], index: int) -> Marker | None:
    """The number of a numbered heading that ends with a colon over the points it announces
    (`一、女职工禁忌从事的劳动范围：` over `（一）矿山井下作业；`): a heading of their list."""
    text = lines[index].text.strip()
    if text[-1:] not in "：:" or index + 1 >= len(lines) or len(text) > ANNOUNCING:
        return None
    number = heading_number(text[:-1])
    below = leading_marker(lines[index + 1].text)
    if number is None or below is None or below.family == number.family or below.ordinal != 1:
        return None
    return None if _one_sentence_item(lines, index, number, below) else number


_ANNOUNCES = re.compile(r"下列|如下|以下|下述")
"""Words with which a clause announces the items that follow it."""


def _one_sentence_item(lines: tuple[Line, ...], index: int, number: Marker, below: Marker) -> bool:
    """Whether the numbered line at `index`, ending with a colon, and the items under it are
    one sentence that its count goes on after (`１．甲方将按下列标准免费提供住房：` over `（１）…
    每人一间；` … `（３）…不超过１２人。`, then `２．…`): a clause that announces what follows
    (下列, 如下) and items that end with semicolons, an item of a list like the next one. A
    heading names what its points are (`一、女职工禁忌从事的劳动范围：`). `below`: the first
    item's number."""
    if not _ANNOUNCES.search(lines[index].text):
        return False
    ends: list[str] = []
    for line in lines[index + 1 :]:
        marker = leading_marker(line.text)
        if marker is None or marker.family is not below.family:
            goes_on = marker is not None and _next_of(number, marker)
            return goes_on and ends[-1:] != ["；"] and set(ends[:-1]) == {"；"}
        ends.append(line.text.rstrip()[-1:])
    return False


_QUESTION = re.compile(r"^(?:问|提问|Q)\s*\d{0,2}\s*[:：．.]")
_ANSWER = re.compile(r"^(?:答|回答|A)\s*\d{0,2}\s*[:：．.]")
QUESTION = 100
"""A question that heads its answer is at most this long."""


def _questions(lines: tuple[Line, ...]) -> set[int]:
    """The questions of a text of questions and answers (`问：…？` over `答：…`, two or more):
    each heads its answer, however many paragraphs that runs to, as 答记者问 and 政策解读 set
    them out."""
    found = {
        index
        for index, line in enumerate(lines[:-1])
        if _QUESTION.match(line.text.strip())
        and len(line.text.strip()) <= QUESTION
        and _ANSWER.match(lines[index + 1].text.strip())
    }
    return found if len(found) >= 2 else set()


_BARE_NUMERAL = re.compile(r"^[一二三四五六七八九十]{1,3}$")


def _numbered_parts(lines: tuple[Line, ...]) -> set[int]:
    """Lines that hold only a numeral counting from 一 (一, 二, 三 …): the numbers of a speech's
    or an essay's parts, each heading the part under it."""
    found = [
        (index, numeral_value(line.text.strip()))
        for index, line in enumerate(lines)
        if _BARE_NUMERAL.match(line.text.strip())
    ]
    counted = [index for n, (index, value) in enumerate(found, start=1) if value == n]
    return set(counted) if len(counted) >= 2 and len(counted) == len(found) else set()


def _shaped(line: Line, marker: Marker | None) -> _Item:
    """A line whose format says what it is: a heading, a numbered item, or a paragraph (an item
    of a list without numbers, a quotation); an item of a list without numbers whose text opens
    with a number is a point all the same (its writer numbered it). A paragraph the format
    delimits is judged like plain text (`一、总体要求` in a paragraph of its own is a heading)."""
    text = line.text
    noted = NOTE_ALONE.match(text)  # （明待續）: a note in brackets heads nothing
    if line.shape is Shape.HEADING and not (
        is_document_number(text) or _prose(text) or _byline(text) or noted
    ):
        return _Item(line, _Role.HEADING, heading_number(text), source_level=line.level or 1)
    if line.shape is Shape.ITEM and marker is not None:
        return _Item(line, _Role.POINT, marker, explicit=True)
    if line.shape in (Shape.BULLET, Shape.CONTINUED) and marker is not None:
        return _Item(line, _Role.POINT, marker)  # `- 1.对企业…`: the writer's number, bulleted
    return _Item(line, _Role.PARAGRAPH)


def _byline(text: str) -> bool:
    """A byline or a writer's credit (`撰稿丨凌绝岭`, `九派新闻记者 武菲菲`, `文：任泽平团队`),
    or a reporters' role alone, their names elsewhere (`新华社记者`), which heads nothing
    wherever it stands."""
    stripped = text.strip()
    if _ROLE_ALONE.match(stripped):
        return True
    return bool(WRITER_LABEL.match(stripped)) or parse_byline(stripped) is not None


_ROLE_ALONE = re.compile(
    r"^(?:本报|本网|新华社|中新社|中央社|[\u4e00-\u9fff]{2,6}(?:社|报|网|台))?(?:特约|实习)?(?:记者|通讯员)$"
)


PROSE = 100
"""A heading is at most this long…"""
SHORT_SENTENCES = 30
"""…and of several sentences only when they are short (`配额？匿名？`)."""
_SENTENCES = re.compile(rf"[{SENTENCE_END}][”’」』）)]*(?=[^{SENTENCE_END}”’」』）)\s])")


def _prose(text: str) -> bool:
    """…and one sentence at most: a line a page marked as a heading that runs to several (an
    interview's whole answer set as `####`) is a paragraph; and so is a long sentence of clauses
    that ends as a sentence does, unnumbered (a page's pull quote set in bold: `陈茂波的个人抒发，
    却像整篇190段预算案，未能打动人心，…也没有惊吓。`)."""
    stripped = text.strip()
    length = len(_LATIN_WORD.sub("w", stripped))  # a Latin word as long as a character
    if length > PROSE:
        return True
    if length <= SHORT_SENTENCES:
        return False
    ended = bool(_SENTENCE_ENDS.search(stripped)) and "，" in stripped
    return bool(_SENTENCES.search(stripped)) or (ended and leading_marker(stripped) is None)


_SENTENCE_ENDS = re.compile(rf"[{SENTENCE_END}][”’」』）)]*$")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
"""A word in Latin letters, which says about as much as a Chinese character (`### Joint
statement by journalist unions, groups and academics against …`, a statement's English
version under its Chinese one, is a heading of 108 letters and spaces)."""


def _counts_on(items: list[_Item], index: int, family: MarkerFamily, ordinal: int) -> bool:
    """Whether the count a point at `index` goes on past a number it skips (the item before it
    lost its number: `认有参与境外…` where 5、 stood, then 6、 … 10、): the next two points of its
    family, before any heading, count on from it."""
    expected = ordinal + 1
    for item in items[index + 1 :]:
        if item.role is _Role.HEADING:
            return False
        if item.marker is not None and item.marker.family is family:
            if item.marker.ordinal != expected:
                return False
            expected += 1
            if expected == ordinal + COUNTED_ON + 1:
                return True
    return False


COUNTED_ON = 2
"""Points that count on past a number a list skips, for the list to go on over the gap."""


def _count_points(items: list[_Item]) -> list[_Item]:
    """Keep as points only markers that continue a count; lone first points become paragraphs.
    A law's articles (`RUNNING_FAMILIES`) count on through its chapters, and an excerpt may start
    at any article and leave some out: each needs only a higher number than the one before. A
    count may also go on under the next heading where it stopped (（一）…（四） under 一、, then
    （五）…（七） under 二、), and past one number a copy lost where it goes on after it
    (`_counts_on`)."""
    last: dict[MarkerFamily, int] = {}
    carried: dict[MarkerFamily, int] = {}  # counts a heading closed, which may go on under it
    continuing: set[int] = set()  # the runs that go on with one (even one point long)
    runs: list[list[_Item]] = []
    open_runs: dict[MarkerFamily, list[_Item]] = {}
    for index, item in enumerate(items):
        if item.role is _Role.HEADING:  # a count restarts under each heading, but a law's articles
            carried = {**carried, **last}
            last = {family: n for family, n in last.items() if family in RUNNING_FAMILIES}
            open_runs = {f: run for f, run in open_runs.items() if f in RUNNING_FAMILIES}
        if item.role is not _Role.POINT or item.marker is None:
            continue
        family, ordinal = item.marker.family, item.marker.ordinal
        running = family in RUNNING_FAMILIES  # may start anywhere and skip (an excerpt of a law)
        goes_on = family not in last and carried.get(family) == ordinal - 1  # （五） after （四）
        if ordinal == 1 or (running and family not in last) or goes_on:
            open_runs[family] = [item]
            runs.append(open_runs[family])
            if goes_on:
                continuing.add(id(open_runs[family]))
        elif (
            last.get(family) == ordinal - 1
            or (running and last[family] < ordinal)
            or (running and last[family] == ordinal and is_inserted(item.marker))  # 第十七条之一
            or (last.get(family) == ordinal - 2 and _counts_on(items, index, family, ordinal))
        ):
            open_runs[family].append(item)
        else:
            item.role = _Role.PARAGRAPH
            continue
        last[family] = ordinal
    for run in runs:
        if len(run) == 1 and not run[0].explicit and id(run) not in continuing:
            run[0].role = _Role.PARAGRAPH
    return items


_PART_NAME = re.compile(rf"^(?:{'|'.join(PART_NAMES)})[:：]?$")
"""The names of a text's parts that stand with its top numbering, whatever a format made of
them (`PART_NAMES`)."""


def _assign_levels(items: list[_Item]) -> None:
    """Level 1: the format's top headings, the highest-ranked numbering (第一部分 over 一、 over
    （一） over 1．) and unnumbered parents; level 2: the rest, and a numbered heading the format
    did not mark under one it did (`（一）标准工时制` under `### 不同工时制度下…`)."""
    headings = [i for i, item in enumerate(items) if item.role is _Role.HEADING]
    shaped = _format_levels(items, headings)
    counted = Counter(marker.family for i in headings if (marker := items[i].marker) is not None)
    families = set(counted)
    top = next((f for f in HEADING_FAMILIES if f in families), None)
    parents = {i for i in headings if items[i].marker is None and i + 1 in headings}
    marked = False  # a heading the format marked (not a bold paragraph) stands above
    appended = False  # an appendix's heading (附件1) stands above: what follows is its own
    label = False  # the heading just above is an appendix's bare label (附件2 over 名词解释)
    numbered = False  # a heading of the text's top numbering (two or more) stands above
    over: MarkerFamily | None = None  # the numbering of the format's top heading above
    for index in headings:
        item = items[index]
        text = item.line.text.strip()
        compacted = compact(text)
        marked = marked or 0 < item.source_level < BOLD_LEVEL
        alone = bool(APPENDIX_ALONE.match(compacted))
        appendix = bool(_APPENDIX.match(compacted)) and (not label or alone)  # (附录2 under
        # 附录1: a label under a label is the next appendix's, not the first one's title)
        if appendix or _PART_NAME.match(compacted):
            item.level = 1
            appended = appended or appendix
        elif appended:
            item.level = 2
        elif item.source_level:
            top_level = item.source_level <= shaped[0]
            item.level = 1 if top_level and not _ranked_below(item.marker, over) else 2
            # (a heading the format set above its top level, a standard's title over its
            # chapters, is at the top too)
            if item.level == 1:
                over = item.marker.family if item.marker is not None else None
        elif item.marker is not None:
            top_ranked = item.marker.family is top or len(families) == 1
            item.level = 1 if top_ranked and not marked else 2
            numbered = numbered or (item.level == 1 and counted[item.marker.family] > 1)
        elif numbered and index not in parents:
            item.level = 2  # a subhead under a numbered part (以笔为戎 under 【第一部分：…】)
        else:
            item.level = 1 if index in parents or not parents else 2
        label = alone


def _format_levels(items: list[_Item], headings: list[int]) -> list[int]:
    """The levels the format gives the text's parts' headings, top first: not those of headings
    beside its parts (`_aside`), nor a level that only the first heading holds, standing right
    over the next (a standard's title set again over its first chapter)."""
    parts = [i for i in headings if items[i].source_level and not _aside(items[i])]
    counted = Counter(items[i].source_level for i in parts)
    levels = sorted(counted)
    if len(levels) > 1 and counted[levels[0]] == 1:
        first = parts[0]
        if items[first].source_level == levels[0] and first + 1 in headings:
            levels = levels[1:]
    return levels or [0]


def _aside(item: _Item) -> bool:
    """Whether a heading stands beside the text's parts, whatever level its format gives it (a
    preface's, an appendix's: 前言, 附录A), so that its level sets no other heading's."""
    text = compact(item.line.text.strip())
    return bool(_PART_NAME.match(text) or _APPENDIX.match(text))


def _ranked_below(marker: Marker | None, over: MarkerFamily | None) -> bool:
    """Whether a heading the format set at its top level is numbered below the numbering of the
    top heading above it (`## 三、仲裁程序` over `## （一）先仲裁`, as a writer who set both with
    the same marks numbered them): the numbers nest it."""
    if marker is None or over is None or marker.family not in HEADING_FAMILIES:
        return False
    return HEADING_FAMILIES.index(marker.family) > HEADING_FAMILIES.index(over)


def _sections(items: list[_Item]) -> list[_Draft]:
    drafts = [_Draft(None)]
    last_sub = _last_subsections(items)
    for index, item in enumerate(items):
        current = drafts[-1]
        if item.role is _Role.HEADING:
            drafts.append(_Draft(item))
            continue
        opens = index in last_sub and current.heading is not None
        if opens and _OPENING_ADDRESS.match(item.line.text.strip()):
            drafts.append(_Draft(None))  # 各位代表！… after a part's last subsection: the
            current = drafts[-1]  # part's own closing paragraphs, under none of them
        restart = (
            item.role is _Role.POINT
            and item.marker is not None
            and item.marker.ordinal == 1
            and current.heading is None
            and _restarts(current.items, item.marker)
        )
        if restart:
            lead = [current.items.pop()] if current.items[-1].role is _Role.PARAGRAPH else []
            if lead and current.items and _addresses(current.items[-1], lead[0]):
                lead.insert(0, current.items.pop())  # 同志们！ over the lead-in it opens
            drafts.append(_Draft(None, lead))
        drafts[-1].items.append(item)
    return [d for d in drafts if d.items or d.heading is not None]


_OPENING_ADDRESS = re.compile(r"^(?:各位代表|各位委员|同志们|朋友们)[！!，,]")
"""An address that opens a paragraph of a report or a speech (`各位代表！2025年各项目标任务的圆满
完成…`)."""


def _last_subsections(items: list[_Item]) -> set[int]:
    """The places of the paragraphs in a part's last subsection (a heading of level 2 with no
    other of level 2 after it before the next of level 1), where the part's own closing
    paragraphs may follow it."""
    found: set[int] = set()
    inside = False  # in a level-2 section no other level-2 heading follows in its part
    for index, item in enumerate(items):
        if item.role is _Role.HEADING:
            inside = item.level == 2 and not _more_subsections(items, index + 1)
        elif inside and item.role is _Role.PARAGRAPH:
            found.add(index)
    return found


def _more_subsections(items: list[_Item], start: int) -> bool:
    """Whether a level-2 heading comes at `start` or after, before the next level-1 one."""
    for item in items[start:]:
        if item.role is _Role.HEADING:
            return item.level == 2
    return False


def _restarts(items: list[_Item], marker: Marker) -> bool:
    """Whether a count's first point starts a count again among `items`: a point is above it,
    and not right above it in another family (`第三条 …条件：` over `１．…` is the point its
    list is under)."""
    last = items[-1] if items else None
    if (
        last is not None
        and last.role is _Role.POINT
        and last.marker is not None
        and last.marker.family is not marker.family
    ):
        return False
    return any(i.role is _Role.POINT for i in items)


_APPENDIX = re.compile(r"^(?:附件|附录|附表|附：|附:|名词解释)")
"""A heading that opens what is appended to a text (附件1, 附录：, 名词解释): the text closes
before it."""


def _part_alone(text: str) -> bool:
    """A part's name alone on its line (`附录：`, `附件1`, `总则`): it heads what follows."""
    compacted = compact(text)
    return bool(_PART_NAME.match(compacted) or APPENDIX_ALONE.match(compacted))


def _body_end(drafts: list[_Draft]) -> int:
    """How many sections the text itself runs to: up to its first appended part."""
    return next(
        (
            index
            for index, draft in enumerate(drafts)
            if index and draft.heading and _APPENDIX.match(draft.heading.line.text.strip())
        ),
        len(drafts),
    )


def _move_closing(drafts: list[_Draft]) -> list[_Draft]:
    """Closing addresses at the very end (同志们，让我们…！ 谢谢大家！) become a section."""
    last = drafts[-1] if drafts else None
    if last is None:
        return drafts
    start = _closing_start(last.items, 0 if last.heading else 1)
    closing = last.items[start:]
    del last.items[start:]
    if closing:
        drafts.append(_Draft(None, closing))
    return drafts


def _closing_start(items: list[_Item], least: int) -> int:
    """Where the closing addresses that end `items` start (`len(items)`: there are none), at
    `least` or after: closing paragraphs, and an address on a line of its own with the paragraph
    it opens."""
    start = len(items)
    while start > least:
        if _is_closing_item(items[start - 1]):
            start -= 1
        elif start - 1 > least and _addresses(items[start - 2], items[start - 1]):
            start -= 2
        else:
            break
    return start


_LONE_ADDRESS = re.compile(
    r"^(?:同志们|朋友们|各位[^，。：！]{0,6}?|亲爱的[^，。：！]{1,10}?)[！!]$"
)


def _addresses(address: _Item, paragraph: _Item) -> bool:
    """An address to the audience on a line of its own (`各位代表！`) over the paragraph it
    opens: the two close a speech or a report as one paragraph would."""
    return (
        address.role is _Role.PARAGRAPH
        and paragraph.role is _Role.PARAGRAPH
        and bool(_LONE_ADDRESS.match(address.line.text.strip()))
    )


def _is_closing_item(item: _Item) -> bool:
    return item.role is _Role.PARAGRAPH and is_closing(item.line.text)


QUOTED = 0.5
"""Quotations a format marks are shown as such where they hold less than this share of the
text's characters: a page that sets its whole article in a <blockquote> (as WeChat's editors
may, for the box it draws) quotes nothing."""


def _quotes_apart(lines: tuple[Line, ...]) -> bool:
    """Whether the text's quotations (`Shape.QUOTE`) are quotations within it."""
    quoted = sum(len(line.text) for line in lines if line.shape is Shape.QUOTE)
    return 0 < quoted < QUOTED * sum(len(line.text) for line in lines)


def _freeze(index: int, draft: _Draft, last: bool = False, quoting: bool = False) -> Section:
    section_id = f"s{index}"
    blocks: list[Block] = []
    paragraphs = points = 0
    closing = _closing_start(draft.items, 0) if last else len(draft.items)  # the text's close
    for position, item in enumerate(draft.items):
        text = item.line.text
        if item.role is _Role.POINT and item.marker is not None:
            points += 1
            point_id = f"{section_id}-pt{points}"
            body = make_paragraph(point_id, item.line.number, text[len(item.marker.text) :])
            blocks.append(Point(point_id, item.line.number, item.marker, body))
        else:
            paragraphs += 1
            role = (
                ParagraphRole.ROW
                if item.row
                else _paragraph_role(text, position, draft, index == 1, position >= closing)
            )
            if quoting and role is ParagraphRole.BODY and item.line.shape is Shape.QUOTE:
                role = ParagraphRole.QUOTE  # a notice the writer quotes, a pull-quote
            elif role is ParagraphRole.BODY and item.line.shape is Shape.BULLET:
                role = ParagraphRole.ITEM  # an item of a list without numbers: bulleted
            blocks.append(
                make_paragraph(f"{section_id}-p{paragraphs}", item.line.number, text, role)
            )
    heading = draft.heading
    return Section(
        id=section_id,
        level=heading.level if heading else 1,
        heading=heading.line.text if heading else None,
        line=heading.line.number if heading else draft.items[0].line.number,
        blocks=tuple(blocks),
    )


SHORT_LINE = 30
_SENTENCE_END = re.compile(r"[。！？!?]")
TITLE_BLOCK = 3
"""Short lines (at most `SHORT_LINE` long) a letter's salutation may stand under, at the top of
the text: what is left of its title block or of the page around it (`2025年工会爱心互献行动`,
`倡议书`)."""


def _under_title_block(draft: _Draft, position: int, first: bool) -> bool:
    """Whether paragraph `position` of the text's first section has only short lines above it,
    none a sentence (a title block's: a salutation under them still opens the text)."""
    above = [item.line.text for item in draft.items[:position]]
    return (
        first
        and position <= TITLE_BLOCK
        and all(len(text) <= SHORT_LINE and not _SENTENCE_END.search(text) for text in above)
    )


def _paragraph_role(
    text: str, position: int, draft: _Draft, first: bool, closing: bool
) -> ParagraphRole:
    opening = first and position == 0 and draft.heading is None
    if (position == 0 or _under_title_block(draft, position, first)) and is_salutation(text):
        return ParagraphRole.SALUTATION
    if opening and is_address(text) and len(text) <= GREETING:
        return ParagraphRole.SALUTATION  # 各位记者朋友，感谢大家的耐心等待。
    if closing:
        return ParagraphRole.CLOSING  # the closing addresses that end the text
    return ParagraphRole.BODY
