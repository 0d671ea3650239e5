"""Lost line breaks: a line that holds several paragraphs, separated by spaces, is split into them.

Some copies lose their line breaks: the whole text stands on one line, each paragraph separated
from the next by a space or two. Such a line is recognised by its spaces after sentence ends
(。 ！ ？ ； …, perhaps followed by a closing quotation mark or bracket): two or more, or one in a
line that holds most of the text. It is split there, and also

- after a salutation (同志们： / 各位代表：), which then stands alone, spaces or not;
- before and after a date line (`（2019年8月19日）`);
- before a numbered heading (一、 · （一） · 第一部分), and after one that has no sentence end;
- after a heading-like run (a title, or an unnumbered heading) that the next sentence follows;
- after a photo's credit (`新华社记者 鞠鹏/摄`), even one run into the next paragraph, which
  stays with the caption before it (the boilerplate rule then drops the two as a caption).

A space inside a title (凝心聚力 实干争先) or inside a sentence is no break.

Other copies lose the breaks with nothing in their place (a page's paragraphs run together:
`…贯彻执行。中华全国总工会2023年12月28日工会参与劳动争议处理办法第一章总则第一条为…。第二条…`).
Such a text is one line that holds most of the text, with numbered parts run in right after a
sentence's end (`。第二条`, `。二、`, `。（三）`, `。2.`: at least `GLUED`). It is split there
only, as no other break can be told from a sentence running on:

- before a numbered article, chapter, heading or item that follows a sentence's end, and
  before the first of them after a colon (`…预防办法：` | `1.窗户…`);
- between a chapter's heading and its first article (`第一章总则` | `第一条…`), and between a
  numbered heading and the numbered item under it (`一、主要做法` | `（一）健全…`, `一是…`);
- around the recipients or audience near the start (`…的报告` | `各位领导：` | `2023年，…`;
  `来源：全总法律工作部` | `各省、自治区、直辖市总工会，…各直属单位：` | `《…》已经…`);
- around a signature and its date between a sentence's end and a numbered chapter or article,
  or the text's end (`…执行。` | `中华全国总工会` | `2023年12月28日` | `工会参与…办法` | `第一章…`);
- after a document's number run into its title at the start (`…的通知` | `总工发〔2023〕23号`).

Each split is an edit (`lines.unfold`, ⏎ where the line is split). A line the format delimits
(a Markdown heading or list item) is never split.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import replace

from unionreader.chinese import (
    CLOSERS,
    SENTENCE_END,
    SPACES,
    ends_sentence,
    is_han,
    is_heading_like,
)
from unionreader.docmeta import is_salutation
from unionreader.markers import RUNNING_FAMILIES, heading_number, leading_marker, marker_alone
from unionreader.model import PLAIN_SHAPES, Edit, Line, Pass, Shape
from unionreader.normalise.fields import parse_date_line
from unionreader.normalise.people import parse_speaker
from unionreader.normalise.preface import is_wire_lead
from unionreader.normalise.turns import is_transcript, speaker_label
from unionreader.tables import table_rows

logger = logging.getLogger(__name__)

RULE = "lines.unfold"
CONTEXT = 6
MIN_BREAKS = 2
"""A line needs this many spaces after a sentence end to be split…"""

MOST = 0.5
"""…or one such space and this share of the text's characters."""

_SPACES = re.compile(f"[{SPACES}]+")
_SALUTATION_HEAD = re.compile(r"^([^。；！？：:\s]{2,60}[：:])\s*(?=\S)")
_PARTS_HEADING = re.compile(r"^第[一二三四五六七八九十]+(?:部分|章|节|篇)")
_NAME = r"[\u4e00-\u9fff]{2,4}"
_GLUED_CREDIT = re.compile(
    rf"((?:记者|通讯员)\s*(?:{_NAME}\s+){{0,2}}{_NAME}\s*/?\s*摄|{_NAME}\s*/\s*摄)"
    r"(?=[^\s。，、；：！？）)”』」\]】])"
)
"""A photo's credit run into the paragraph after it (`新华社记者 鞠鹏/摄第一，…`): a break."""
_CREDIT_AHEAD = re.compile(
    rf"^(?:\S{{0,6}}(?:记者|通讯员)\s*)?(?:{_NAME}\s*){{1,3}}/?\s*摄(?:\s|$)"
)
_CREDIT_END = re.compile(rf"(?:记者|通讯员|\s|/){_NAME}\s*/?\s*摄$|{_NAME}\s*/\s*摄$")
_CREDIT_TAIL = re.compile(
    rf"\s*(?:\S{{0,6}}(?:记者|通讯员)\s*)?(?:{_NAME}\s+){{0,2}}{_NAME}\s*/?\s*摄$"
)
CAPTION = 120
"""A photo's caption run into the paragraph before it is at most this long (its last sentence)."""


def unfold_lines(lines: tuple[Line, ...]) -> Pass:
    """Split each line that holds several paragraphs; other lines are left as they are."""
    total = sum(len(line.text) for line in lines) or 1
    habit = _spaced_by_habit(lines, total)  # then no line holds lost breaks
    transcript = is_transcript(lines)
    rows = table_rows(lines)  # a table's row stays whole
    out: list[Line] = []
    edits: list[Edit] = []
    for index, line in enumerate(lines):
        turn = transcript and speaker_label(line.text)  # a turn: its label stays with it
        pieces = [line.text] if turn or index in rows else _pieces(line, total, habit)
        if index in (0, len(lines) - 1) and len(pieces) == 1:
            pieces = _post_apart(line.text, first=index == 0)
        if len(pieces) == 1:
            out.append(line)
            continue
        for upper, lower in itertools.pairwise(pieces):
            joined = f"{upper[-CONTEXT:]}{lower[:CONTEXT]}"  # a credit run into the text
            before = joined if joined in line.text else f"{upper[-CONTEXT:]} {lower[:CONTEXT]}"
            edits.append(Edit(RULE, line.number, before, f"{upper[-CONTEXT:]}⏎{lower[:CONTEXT]}"))
        if _articles(pieces) and _glued(line.text.strip(), total):
            for at, piece in enumerate(pieces):
                if article := _GLUED_ARTICLE.match(piece):
                    pieces[at] = f"{article.group(0)} {piece[article.end() :]}"
                    after = f"{article.group(0)} {piece[article.end() :][:CONTEXT]}"
                    edits.append(Edit(RULE, line.number, piece[: len(after) - 1], after))
        out.extend(replace(line, text=piece) for piece in pieces)
    return Pass(tuple(out), tuple(edits))


_POST_HEAD = re.compile(
    r"^(?P<tags>(?:#[^#\s]{1,30}#[ \u3000]*)*)(?P<head>【[^【】：:\s]{6,60}】)"
    r"[ \u3000]*(?P<text>\S.*)$"
)
"""A microblog's post on one line: its topic tags, its headline in brackets, its text
(`#五一劳动节# 【致敬！那些坚守岗位的劳动者】今天是…`)."""
_CREDITED = re.compile(r"记者|通讯员|报[道导]|撰[文稿]|编辑|摄|[/／|丨]|[电讯]】$")
"""What a byline or a wire's lead in brackets holds (`【特派记者巫月桦/台中报导】`): no headline
(`preface` reads it)."""
_TAGS_AFTER = re.compile(r"(?<=[。！？…”』」）)])[ \u3000]*((?:#[^#\s]{1,30}#[ \u3000]*)+)$")
"""Topic tags closing a post's text, after its last sentence (`…致敬！#致敬劳动者#`)."""


def _post_apart(text: str, first: bool) -> list[str]:
    """A post's tags, headline and text on lines of their own (the first line of a text: its
    tags and a headline in brackets run into running text; the last: the tags after its last
    sentence). A line that is no such post comes back whole."""
    pieces = [text]
    post = _POST_HEAD.match(text) if first else None
    if (
        post is not None
        and any(mark in post["text"] for mark in SENTENCE_END)
        and not _CREDITED.search(post["head"])
    ):
        pieces = [piece for piece in (post["tags"].strip(), post["head"], post["text"]) if piece]
    tags = _TAGS_AFTER.search(pieces[-1])
    if tags is not None:
        pieces[-1:] = [pieces[-1][: tags.start()].rstrip(), tags.group(1).strip()]
    return pieces


def _pieces(line: Line, total: int, habit: bool) -> list[str]:
    """The paragraphs of one line (the line itself when it has no lost breaks)."""
    text = line.text.strip()
    if line.shape not in PLAIN_SHAPES:
        return [line.text]
    pieces = _split_salutation(text)
    if habit or not _lost_breaks(text, total, delimited=line.shape is Shape.PARAGRAPH):
        if _glued(text, total):
            return [part for piece in pieces for part in _split_glued(piece)]
        if len(pieces) == 1 and len(items := _items_apart(text)) > 1:
            return items
        return pieces if len(pieces) > 1 else [line.text]
    out: list[str] = []
    for piece in pieces:
        for part in _split_spaces(piece):
            out.extend(_split_salutation(part))
    return out


def _split_salutation(text: str) -> list[str]:
    """`同志们：今天…。` → `同志们：` and `今天…。` (the rest must be running text); a header run
    into the salutation (`…的讲话（2020年11月24日）习近平同志们：`) is split from it too."""
    match = _SALUTATION_HEAD.match(text)
    if match is None or not is_salutation(match.group(1)):
        return [text]
    if not any(mark in text[match.end() :] for mark in SENTENCE_END):
        return [text]
    return [*_header_apart(match.group(1)), text[match.end() :]]


_RUN_IN_DATE = re.compile(r"^(.{4,60}?)([（(]\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)])(.+)$")
NAME = 4
"""A speaker's name run into the salutation after it is at most this long."""


def _header_apart(head: str) -> list[str]:
    """A salutation with the header run into it, as the title, the date, the speaker and the
    salutation (`在…上的讲话（2020年11月24日）习近平同志们：`), and a wire's lead before the title
    apart from it; a salutation alone as it is."""
    dated = _RUN_IN_DATE.match(head)
    if dated is None or not is_heading_like(dated.group(1)):
        return [head]
    title, date, rest = dated.groups()
    wire = _WIRE_LEAD.match(title)
    titled = [wire.group(0), title[wire.end() :]] if wire else [title]  # 新华社上海11月12日电 | 在…
    for length in range(NAME, 1, -1):  # the longest name the salutation follows
        name, salutation = rest[:length], rest[length:]
        speaker = parse_speaker(name)
        if speaker is not None and speaker.office is None and is_salutation(salutation):
            return [*titled, date, name, salutation]
    return [*titled, date, rest]


_WIRE_LEAD = re.compile(r"^[^，。：（(]{2,16}?\d{1,2}月\d{1,2}日电(?=\S{4})")
"""A wire's lead run into the title after it (`新华社上海11月12日电在…上的讲话`)."""


def _lost_breaks(text: str, total: int, delimited: bool = False) -> bool:
    """Whether `text` holds paragraphs run together with spaces between them: spaces after
    `MIN_BREAKS` sentence ends, or one in a line that holds most of the text. In a paragraph
    its format delimits (Markdown's), a space after a sentence's end counts only before a
    numbered item (`…下列内容： （一）…； （二）…`): a writer's space after a sentence, or
    around a bold one (`…一样的。 **人与人的收入不一样…。** 甲拥有…`), parts no paragraphs."""
    ends = [m for m in _SPACES.finditer(text) if ends_sentence(text[: m.start()])]
    if ends and len(text) >= MOST * total:
        return True
    if delimited:
        ends = [m for m in ends if leading_marker(text[m.end() :]) is not None]
    return len(ends) >= MIN_BREAKS


HABIT_LINES = 3
"""A text of this many lines or more, each holding a space after a sentence's end…"""
HABIT_SHARE = 0.8
"""…where this share or more of its sentences inside a line end so, spaces after them by habit
(a Hong Kong writer's `…被逼终止。 同时，…`): they are no lost breaks."""
_SENTENCE_INSIDE = re.compile(r"[。！？](?=[ \u3000]*[^\s。！？”」』）)])")


def _spaced_by_habit(lines: tuple[Line, ...], total: int) -> bool:
    """Whether the writer puts a space after every sentence's end, paragraphs on lines of
    their own (the text `total` characters long): its breaks are not lost (see
    `HABIT_SHARE`)."""
    if any(len(line.text) >= MOST * total for line in lines):
        return False  # a line holding most of the text lost its breaks, whatever its spaces
    spaced = inside = holding = 0
    for line in lines:
        text = line.text.strip()
        ends = [m.end() for m in _SENTENCE_INSIDE.finditer(text)]
        after = sum(text[end : end + 1] in " \u3000" for end in ends)
        spaced, inside, holding = spaced + after, inside + len(ends), holding + (after > 0)
    return holding >= HABIT_LINES and spaced >= HABIT_SHARE * inside


GLUED = 2
"""Numbered parts run in after a sentence's end that mark a text whose breaks were lost with
nothing in their place…"""
GLUED_SHARE = 0.9
"""…in a line that holds at least this share of the text's characters…"""
GLUED_LENGTH = 200
"""…and at least this many."""
_COUNT = r"[一二三四五六七八九十百零〇两]+"
_PART = rf"第(?:{_COUNT}|\d{{1,3}})[条章节编]|{_COUNT}、|（{_COUNT}）|\d{{1,2}}[.．、](?!\d)"
_RUN_IN = re.compile(rf"[。！？；][{CLOSERS}]*(?={_PART})")
"""A sentence's end with a numbered part run in after it: the break is after its end."""
_FIRST_RUN_IN = re.compile(r"[：:](?=第一[条章节编]|一、|（一）|1[.．、](?!\d))")
"""A colon with the first of a list's numbered parts run in after it (`…预防办法：1.窗户…`):
in a text run together, the break is after it too."""
_CHAPTER_ARTICLE = re.compile(
    rf"^(第(?:{_COUNT}|\d{{1,3}})[章节编][^，。；：、！？\s]{{1,20}}?)(?=第(?:{_COUNT}|\d{{1,3}})条)"
)
_HEADING_ITEM = re.compile(rf"^({_COUNT}、[^，。；：！？\s]{{1,30}}?)(?=（{_COUNT}）|一是)")
_SIGNED = re.compile(
    rf"([。！？][{CLOSERS}]*)([\u4e00-\u9fff（）]{{2,25}}?)(\d{{4}}年\d{{1,2}}月\d{{1,2}}日)"
    rf"(?=([\u4e00-\u9fff《》“”]{{2,40}}?)(?:第(?:{_COUNT}|\d{{1,3}})[章条])|$)"
)
"""A signature and its date run in after a sentence's end, before the title of what follows
(up to its first chapter or article) or the text's end."""
_DOCUMENT_NUMBER = re.compile(
    r"^(.{6,80}?(?:通知|决定|意见|办法|规定|报告|方案|批复|公告|通报|决议|纪要|函))"
    r"([\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号)"
)


_GLUED_ARTICLE = re.compile(rf"^第(?:{_COUNT}|\d{{1,3}})条(?=[^\s，。、；：！？])")
ARTICLES = 3
"""A text run together whose pieces open with at least this many numbered articles is a law,
a regulation or a charter: each article's number gets the space after it that its text lost
(`第一条为深入…` → `第一条 为深入…`; in other texts `第一条经验是…` is a sentence)."""


def _articles(pieces: list[str]) -> bool:
    return sum(bool(_GLUED_ARTICLE.match(piece)) for piece in pieces) >= ARTICLES


def _glued(text: str, total: int) -> bool:
    """Whether `text` is a whole text run together, its breaks lost with nothing in their place."""
    if len(text) < GLUED_LENGTH or len(text) < GLUED_SHARE * total:
        return False
    return len(_RUN_IN.findall(text)) >= GLUED


def _split_glued(text: str) -> list[str]:
    """A text run together, split where its module's rules for such a text say."""
    head = _DOCUMENT_NUMBER.match(text)
    pieces = [head.group(1), head.group(2), text[head.end() :]] if head else [text]
    pieces[-1:] = _addressed_apart(pieces[-1])
    out: list[str] = []
    for piece in pieces:
        cuts = sorted(
            m.end() for pattern in (_RUN_IN, _FIRST_RUN_IN) for m in pattern.finditer(piece)
        )
        for part in _cut_after(piece, cuts):
            out.extend(_signed_apart(part))
    return [piece for part in out for piece in _heading_apart(part) if piece]


_ADDRESSEE = re.compile(r"各|尊敬的|亲爱的|同志们")
ADDRESSED = 200
"""The recipients of a text run together open within this many characters of its start…"""
ADDRESS = 150
"""…and run to a colon at most this far on."""


def _addressed_apart(text: str) -> list[str]:
    """The recipients or audience near the start of a text run together (`各位领导：`,
    `各省、自治区、直辖市总工会，…各直属单位：`) apart from what stands before them (a title, a
    source: `来源：全总法律工作部`) and the text after them."""
    for start in (match.start() for match in _ADDRESSEE.finditer(text, 0, ADDRESSED)):
        colon = text.find("：", start, start + ADDRESS)
        rest = text[colon + 1 :]
        if colon < 0 or not is_salutation(text[start : colon + 1]):
            continue
        if (start or rest) and (not rest or _opens_text(rest)):
            return [piece for piece in (text[:start], text[start : colon + 1], rest) if piece]
    return [text]


def _cut_after(text: str, cuts: list[int]) -> list[str]:
    """`text` cut at each of `cuts` (offsets, in order)."""
    bounds = [0, *cuts, len(text)]
    return [text[start:end] for start, end in itertools.pairwise(bounds) if start < end]


def _signed_apart(text: str) -> list[str]:
    """A signature and its date apart from the sentence before and the title after them."""
    out, done = [], 0
    for signed in _SIGNED.finditer(text):
        title = signed.group(4) or ""
        out += [text[done : signed.end(1)], signed.group(2), signed.group(3)]
        if title:
            out.append(title)
        done = signed.end() + len(title)
    out.append(text[done:])
    return [piece for piece in out if piece]


def _heading_apart(text: str) -> list[str]:
    """A chapter's heading apart from its first article; a numbered heading apart from the
    numbered item under it."""
    for pattern in (_CHAPTER_ARTICLE, _HEADING_ITEM):
        match = pattern.match(text)
        if match:
            return [match.group(1), text[match.end() :]]
    return [text]


_OPENING, _CLOSING = "（(【[〔", "）)】]〕"


def _open_bracket(text: str) -> bool:
    """Whether `text` leaves a bracket open (a quotation may run over paragraphs: not one)."""
    depth = 0
    for char in text:
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING and depth:
            depth -= 1
    return depth > 0


def _open_title(text: str) -> bool:
    """Whether `text` ends inside a title in 《》 or 〈〉 opened near its end (`《谋共同永续发展
    做合作共赢伙伴》`: a title's words spaced, no paragraph's end; a 《 left open far back is
    a slip, which parts nothing)."""
    opened = max(text.rfind("《"), text.rfind("〈"))
    closed = max(text.rfind("》"), text.rfind("〉"))
    return opened > closed and len(text) - opened <= OPEN_TITLE


OPEN_TITLE = 60
"""A title in 《》 is at most this long."""


def _semicolon(text: str) -> bool:
    """Whether `text` ends with a semicolon (past closing quotes and brackets)."""
    return text.rstrip().rstrip(CLOSERS)[-1:] == "；"


def _numbered(segment: str) -> bool:
    return heading_number(segment) is not None or bool(_PARTS_HEADING.match(segment))


_PARTICLES = "的了着地得之和与及并而"
"""Characters that go on with what stands before them: no paragraph opens with one."""


def _opens_text(segment: str) -> bool:
    """Whether a paragraph could open with `segment` (not with punctuation, as ，, nor with a
    particle, as 的)."""
    if not segment or segment[0] in _PARTICLES:
        return False
    return is_han(segment[0]) or segment[0] in "“「『《（(【0123456789"


_CONTENTS_LABEL = re.compile(r"^[目][\s\u3000]*[录次][:：]?[ \t\u3000]+")


def _items_apart(text: str) -> list[str]:
    """The items of a list set side by side on one line, a space before each
    (`1.总结工作，部署任务 2.宣读表彰决定`): the line opens with an item, and each cut is a
    space before the next number of its count; the line itself when there is none. A law's
    articles are left to the other rules (`依照 第二条 规定` is a sentence). A table of contents
    on one line (`目录 一、总体要求 二、主要任务`) is cut so too, its label on a line of its own
    (the contents rule then finds it)."""
    if (label := _CONTENTS_LABEL.match(text)) and len(
        items := _items_apart(text[label.end() :])
    ) > 1:
        return [label.group(0).strip(), *items]
    first = leading_marker(text)
    if first is None or first.family in RUNNING_FAMILIES:
        return [text]
    cuts, expected = [], first.ordinal + 1
    for space in _SPACES.finditer(text):
        rest = text[space.end() :]
        marker = leading_marker(rest)
        if marker is None or marker.family is not first.family or marker.ordinal != expected:
            continue
        if len(rest.strip()) > len(marker.text):  # the item has a text of its own
            cuts.append(space.end())
            expected += 1
    return [piece.rstrip(SPACES) for piece in _cut_after(text, cuts)]


def _split_spaces(text: str) -> list[str]:
    """Split at the spaces that separate paragraphs (see the module's rules)."""
    segments = _bare_markers_on(_SPACES.split(_GLUED_CREDIT.sub(r"\1 ", text)))
    pieces: list[str] = []
    buffer = segments[0]
    for position, segment in enumerate(segments[1:], start=1):
        following = segments[position + 1 :]
        if _breaks(buffer, segment, following):
            pieces.append(buffer)
            buffer = segment
        else:
            buffer = f"{buffer} {segment}"
    pieces.append(buffer)
    return [part for piece in pieces if piece for part in _caption_apart(piece)]


def _bare_markers_on(segments: list[str]) -> list[str]:
    """The segments with a number alone (`1．`, a tab after it as Word sets a list) joined to
    the segment after it: the point's number goes with its text, never with the text above."""
    out: list[str] = []
    for segment in segments:
        if out and marker_alone(out[-1]):
            out[-1] = f"{out[-1]} {segment}"
        else:
            out.append(segment)
    return out


def _caption_apart(piece: str) -> list[str]:
    """A paragraph that ends with a photo's caption and credit (`…新篇章。2020年3月6日，习近平在
    北京出席座谈会。 新华社记者 鞠鹏/摄`), as the paragraph and the caption: the caption is the
    sentence before the credit."""
    credit = _CREDIT_TAIL.search(piece) if _CREDIT_END.search(piece) else None
    if credit is None:
        return [piece]
    before = piece[: credit.start()].rstrip()
    if not ends_sentence(before):
        return [piece]
    ends = [i for i, char in enumerate(before[:-1]) if char in SENTENCE_END]
    cut = ends[-1] + 1 if ends else 0
    while cut < len(before) and before[cut] in CLOSERS:
        cut += 1
    if cut == 0 or len(piece) - cut > CAPTION:
        return [piece]
    return [before[:cut], piece[cut:].strip()]


_DATE_SO_FAR = re.compile(r"(?:^|[^\d])\d{1,4}\s*(?:年|月)?$")
"""The start of a date at a paragraph's end (`2016`, `2016 年`, `2016 年 6 月`)…"""
_DATE_GOES_ON = re.compile(r"^(?:[年月日号]|\d{1,2}\s*[月日号])")
"""…and the rest of it opening what follows (`年`, `6 月`, `24 日凌晨…`)."""


def _breaks(buffer: str, segment: str, following: list[str]) -> bool:
    """Whether the space between `buffer` (the paragraph so far) and `segment` is a break (never
    inside brackets: `（记者 张三）`)."""
    if _open_bracket(buffer) or _open_title(buffer) or is_wire_lead(buffer):
        return False  # 新华社北京4月5日电　中共中央总书记…: a lead opens its paragraph
    if _DATE_SO_FAR.search(buffer) and _DATE_GOES_ON.match(" ".join([segment, *following[:1]])):
        return False  # 2016 年 6 月 24 日凌晨…: a date spaced as Taiwan's sites write it
    if _CREDIT_AHEAD.match(" ".join([segment, *following[:3]])):
        return False  # a photo's caption, then its credit: one line, the page's furniture
    if _CREDIT_END.search(buffer):
        return True
    if _semicolon(buffer) and not _numbered(segment) and leading_marker(segment) is None:
        return False  # …的设置等等； 阻止立法院…: a clause's end inside a sentence, no paragraph's
    if ends_sentence(buffer) or is_salutation(buffer) or is_salutation(segment):
        return True
    if _numbered(segment) or parse_date_line(segment) or parse_date_line(buffer):
        return True
    if buffer.endswith(("：", ":")) and marker_alone(segment.split(" ")[0]):
        return True  # …几点建议： 1．要把…: a lead-in, then its list's first item
    if not is_heading_like(buffer, max_length=60) or not _opens_text(segment):
        return False
    if buffer[-1].isascii():
        return False  # a space after a Latin word (`Timothy Pina 说过…`) parts words
    # a heading-like run: a break when a sentence follows it (not another phrase of a title)
    return any(mark in segment for mark in SENTENCE_END + "，：") or (
        _numbered(buffer) and bool(following)
    )
