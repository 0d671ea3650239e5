"""Line rules: layout, hard-wrapped paragraphs, and headings glued to their first point.

Layout (edge whitespace, blank lines) is not text and is not recorded. Every other change is.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from unionreader.arrays import BMP, CharSet, code_points
from unionreader.chinese import OPENERS, SENTENCE_END, SPACES, is_han, is_heading_like
from unionreader.docmeta import is_salutation
from unionreader.markers import (
    INLINE_FAMILIES,
    LETTERED,
    ends_in_function_word,
    heading_number,
    leading_marker,
)
from unionreader.model import PLAIN_SHAPES, Edit, Line, MarkerFamily, Pass, Shape
from unionreader.normalise.articles import JOINED
from unionreader.normalise.fields import is_bare_label, is_phone_line, parse_date, parse_date_line
from unionreader.normalise.furniture import MIN_CELLS, is_name_row, table_cells
from unionreader.normalise.ngrams import Ngrams, word_across
from unionreader.normalise.people import parse_speaker
from unionreader.normalise.turns import bare_turn, is_transcript, sets_turns_apart, speaker_label
from unionreader.normalise.widgets import is_widget_piece
from unionreader.tables import is_row

logger = logging.getLogger(__name__)

NO_PARAGRAPH_START = "的地得了们之，。、；：？！）》」』”’…"
"""Characters a paragraph cannot begin with: a line starting with one continues the line above."""

TERMINALS = SENTENCE_END + "：:!?"
"""A line ending with one of these is finished (and so is a lede ending with ——)."""

CLAUSE_PUNCTUATION = "，、。；：？！,;:?!"
"""Punctuation that closes a clause: no paragraph opens with a one-character clause."""

WRAP_MIN = 12
"""Lines this long count when looking for a page width the text was cut at…"""

WRAP_LINES = 4
"""…at least this many of them must end near one width…"""

WRAP_SHARE = 0.5
"""…and at least this share of them."""

WRAP_WIDER = 0.25
"""…and at most this share of them may be wider (a headline or a note set apart, an article
number joined to its first line)."""

NARROWER_SHARE = 0.1
"""A text cut at two widths holds at least this share of its cut lines at the narrower…"""
NARROWER = 0.7
"""…which is at least this share of the wider (an indented block's, not a heading's)."""

WRAP_SLACK = 6
"""A line that reaches within this many cells of the width (three Chinese characters: an indent
of two, and one held over to the next line) reaches it."""


BULLETS = "•▪●◆■◇►▶-–—*"
"""What opens an item of a list without numbers: no continuation starts so."""
_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,4}\s*[：:]\s*\S")
"""A line that gives a field: a label of one to four characters (`送：`, `主持人：`), a colon
and its value."""
_SPACED_LABEL = re.compile(
    r"^[\u4e00-\u9fff](?:(?:\u3000|  )[ \u3000]*[\u4e00-\u9fff]){1,3}"
    r"(?:[ \u3000]*[：:][ \u3000]*|[ \u3000]+)\S"
)
"""A field's label spaced out to a form's width, then its value (`地　　點　本院議場`, `主    席
王金平`): a line of its own, as a form sets each field."""

CLOSING_QUOTES = "”’」』"
QUOTED_LINE = 60
"""The rest of a quotation broken after a sentence is at most this long (a line, not a text)."""
QUOTED_END = 20
"""A line longer than this that ends on a closing quotation mark ends its paragraph, unless the
text is cut to a width."""


def drop_blank_lines(lines: tuple[Line, ...]) -> Pass:
    """Strip edge whitespace (ASCII and ideographic) and drop blank lines, marking the line
    after one (`Line.spaced`) and a line that opened with an indent (`Line.indented`); layout,
    not recorded."""
    out: list[Line] = []
    blank = False
    for line in lines:
        text = line.text.strip(SPACES)
        if text and line.shape is Shape.ROW:  # a row's empty first cells stay (`\t绝对数`:
            text = line.text.strip(_ROW_EDGE)  # a table's empty corner), so its columns hold
        if text:
            indented = line.text.startswith(_INDENTS)
            out.append(replace(line, text=text, spaced=blank and bool(out), indented=indented))
        blank = not text
    return Pass(tuple(out))


_INDENTS = ("\u3000", "  ", "\t", "\u00a0\u00a0")
"""How a paragraph's first line is indented: an ideographic space, two spaces, a tab."""
_ROW_EDGE = SPACES.replace("\t", "")
"""What a table's row is stripped of at its edges: not the tabs that part its empty cells."""


_OPENING = "“「"
_CLOSING = "”」"


def _quote_goes_on(above: str, below: str) -> bool:
    """Whether `above` leaves a quotation open that `below` closes without opening another: a
    quotation broken after one of its sentences. A paragraph that opens with a quotation mark
    starts anew (a quotation over several paragraphs opens each one, and closes only the last)."""
    if below[0] in _OPENING or leading_marker(below) is not None:
        return False
    opened = sum(above.count(mark) for mark in _OPENING) - sum(above.count(m) for m in _CLOSING)
    closed = sum(below.count(mark) for mark in _CLOSING) - sum(below.count(m) for m in _OPENING)
    return opened > 0 and closed > 0 and len(below) <= QUOTED_LINE


_SPEECH_CUE = re.compile(r"(?:说|道|问|喝|喊|叫|嚷|答|骂|讲)[^，。：:]{0,2}[，：:]$")
"""A clause that introduces what someone says (`…格外和气的对他说，`, `…高声喝道，`): a
writer may set the words as a paragraph of their own, under a blank line."""
_LEADERS = re.compile(r"(?:\.{3,}|…{2,}|·{3,})\s*[\d/\-–]+$")
"""Leader dots and a number closing a line: an entry of a list of contents and its page."""


def _aside_goes_on(above: str, below: str) -> bool:
    """Whether `above` leaves a bracket open that `below` closes before opening another (an
    aside or a transcript's stage direction broken over two lines)."""
    opened = sum(above.count(mark) for mark in "（(") - sum(above.count(m) for m in "）)")
    if opened <= 0 or len(below) > QUOTED_LINE:
        return False
    depth = 0
    for char in below:
        depth += (char in "（(") - (char in "）)")
        if depth < 0:
            return True
    return False


_NOTE_START = re.compile(r"^[〔\[［【]\d{1,3}[〕\]］】]")
"""A note's mark opening a line (`〔7〕`, `[12]`): each note of a text's notes starts one."""


def is_note_line(text: str) -> bool:
    """Whether `text` opens with a note's mark (`〔7〕`, `[12]`): one of the text's notes."""
    return bool(_NOTE_START.match(text.strip()))


_NOTE_AFTER = re.compile(
    f"[{re.escape(TERMINALS)}](?:[（(][^（）()]{{1,40}}[）)]"
    f"|[{CLOSING_QUOTES}]?(?:\\[\\d{{1,3}}\\]|〔\\d{{1,3}}〕"
    "|[\u2460-\u2487\u00b9\u00b2\u00b3\u2070-\u2079]+))$"
)
"""A note in brackets after a finished sentence: `…早日完成修法程序。（修正条文第7条）`; or a
note's mark (`…得到解决。[3]`, `…”。[16]`, `〔3〕`, `①`, a superscript figure)."""


def _unclosed(text: str) -> bool:
    """Whether `text` ends inside a quotation it opened (its last mark an opening one)."""
    marks = [char for char in text if char in _OPENING + _CLOSING]
    return bool(marks) and marks[-1] in _OPENING


def _finished(text: str) -> bool:
    if text.endswith("——") or text[-1] in TERMINALS or _NOTE_AFTER.search(text):
        return True
    if _NUMERIC_DATE_END.search(text):
        return True  # …如何花完800亿政府引导基金？2015/07/04: a headline's date ends its line
    return text[-1] in CLOSING_QUOTES + "）)" and len(text) > 1 and text[-2] in TERMINALS


WIRE_STAMP = r"\d{6,8}"
"""A wire's stamp of the day closing a story (Taiwan's Central News Agency's `1120823`: the
Republic's year, the month, the day), after its last sentence or its editor's credit."""
_NUMERIC_DATE_END = re.compile(
    r"(?<!\d)\d{4}[/-]\d{1,2}[/-]\d{1,2}$"
    rf"|[。！？](?:[（(][^（）()]{{1,24}}[）)])?\s*{WIRE_STAMP}$"
)
"""A date in figures closing a line (`2015/07/04`, `2015-07-04`), as no sentence breaks off; or
a wire's stamp of the day after its last sentence or the editor's credit after it (Taiwan's
Central News Agency closes every story `…不符。（編輯：陳仁華）1120823`, the year of the
Republic's calendar, the month and the day)."""


def _clause_fragment(text: str) -> bool:
    """Whether `text` opens with one character and punctuation (设，…): the tail of a word."""
    return len(text) > 1 and is_han(text[0]) and text[1] in CLAUSE_PUNCTUATION


def display_width(text: str) -> int:
    """How many half-width cells `text` takes (a Chinese character takes two)."""
    return len(text) if text.isascii() else display_widths([text])[0]


def display_widths(texts: Sequence[str]) -> list[int]:
    """`display_width` of each text: its length and one more for each wide or full-width
    character, counted at once over all their code points (a text's lines together)."""
    try:
        points = code_points("".join(texts))
    except UnicodeEncodeError:  # a lone surrogate (narrow): character by character
        return [sum(2 if _wide(char) else 1 for char in text) for text in texts]
    wide = _wide_bmp().members(points)
    beyond = np.flatnonzero(points >= BMP)  # not in the table: looked up one by one
    if len(beyond):
        wide[beyond] = [_wide(chr(point)) for point in points[beyond].tolist()]
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    counted = np.zeros(len(points) + 1, dtype=np.int64)
    np.cumsum(wide, out=counted[1:])
    ends = np.cumsum(lengths)
    widths: list[int] = (lengths + counted[ends] - counted[ends - lengths]).tolist()
    return widths


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


@functools.cache
def _wide_bmp() -> CharSet:
    """The wide and full-width characters of the BMP (made once per process)."""
    return CharSet.of(point for point in range(BMP) if _wide(chr(point)))


def wrap_width(lines: tuple[Line, ...]) -> int | None:
    """The width a hard-wrapped text was cut at, if it was: most of its long lines end within
    `WRAP_SLACK` cells below one width, or a cell above it, cut off mid-sentence (a PDF or a
    fixed-width page pasted line by line; a paragraph's first line is shorter by its indent, a
    line that would have begun with punctuation by a character; the paragraphs of a text not
    cut at a width end their lines with their sentences), and hardly any is longer. Of the
    widths that hold most lines so, the widest."""
    apart = sum(line.spaced for line in lines) >= SPACED_OUT * len(lines)  # a blank under each
    cut_lines = [  # each line as the page cut it, and whether its paragraph goes on under it
        (JOINED.sub("", line.text), apart or (below is not None and not below.spaced))
        for line, below in itertools.zip_longest(lines, lines[1:])
    ]
    kept = [(text, on) for text, on in cut_lines if len(text) >= WRAP_MIN]
    long = [text for text, _ in kept]
    if len(long) < WRAP_LINES:
        return None
    widths = display_widths(long)
    cut = Counter(
        width
        for width, (text, on) in zip(widths, kept, strict=True)
        if on and not _finished(text) and _in_words(text)
    )
    if not cut:
        return None
    held = {
        width: sum(n for w, n in cut.items() if width - WRAP_SLACK <= w <= width + 1)
        for width in cut
    }
    best = max(held, key=lambda width: (held[width], width))
    wider = sum(width > best + 1 for width in widths)  # a page holds no line wider than itself
    if wider > WRAP_WIDER * len(long):
        return None
    if held[best] < max(WRAP_SHARE * cut.total(), WRAP_LINES):
        return None
    # a text cut at two widths, its indented blocks a few characters narrower (a transcript's
    # questions and answers under their numbers): at the narrower, a line of either reaches it
    narrower = [w for w in held if NARROWER * best <= w < best - WRAP_SLACK - 1]
    inner = max(narrower, key=lambda width: (held[width], width), default=None)
    if inner is not None and held[inner] >= max(NARROWER_SHARE * cut.total(), WRAP_LINES):
        return inner
    return best


SPACED_OUT = 0.9
"""A text with a blank line under at least this share of its lines sets every line apart (a
copy that doubled its line breaks): a line cut at the width has no line right under it."""


def _in_words(text: str) -> bool:
    """Whether a line is of words, Chinese characters half or more of what it shows, as lines
    of running text are (not a list's entries: `陳鑑林議員 , S.B.S., J.P.`)."""
    shown = [char for char in text if not char.isspace()]
    return 2 * sum(map(is_han, shown)) >= len(shown)


def _at_width(text: str, width: int | None) -> bool:
    return width is not None and display_width(text) >= width - WRAP_SLACK


def _broken(
    above: str,
    below: str,
    ngrams: Ngrams,
    width: int | None = None,
    apart: bool = False,
    opens: bool = False,
    ended: bool = False,
    indented: bool = False,
) -> bool:
    """Whether `below` continues the paragraph that `above` breaks off mid-sentence or mid-word
    (`apart`: a blank line stands between them: a line like a headline goes on across it only
    from a break mid-word or mid-phrase, `_mid_word`; `opens`: `below` is indented too, as a
    paragraph's first line: a headline goes on into it only from a phrase it cuts; `ended`: the
    text's lines of running text end their sentences, `_lines_end_sentences`; `indented`: both
    lines open with the writer's paragraph indent)."""
    if _quote_goes_on(above, below):
        return True  # 「…很难了！ over 唯有带她们…」: one quotation broken after a sentence
    if apart and below[0] in _OPENING and _SPEECH_CUE.search(above):
        return False  # …格外和气的对他说， over a blank line over “大哥，我有话告诉你。”
    if _finished(above) or leading_marker(below) is not None or below[0] in BULLETS:
        return False
    if _ADDRESS_END.search(above) and not below[0].isascii():
        return False  # …/51b618d0.jpg over 新闻2.jpg：…: an address ends its line (one cut at
        # the page's width goes on in Latin letters)
    if _LEADERS.search(above):
        return False  # 《…公告》  ....   147/2012: an entry of a list of contents, to its page
    if _aside_goes_on(above, below):
        return True  # (梁國雄議員…並繼續急步向 over 前衝 ): a stage direction broken
    if _NOTE_START.match(below):
        return False  # 〔8〕参见斯大林…: a note of the notes, under the one before
    if parse_date_line(below):
        return False  # 996.星火 over 2019.4.18: a signature's name, then its date
    if is_phone_line(below):
        return False  # 臺北市…83號9樓 over 0800-08-5151: an address, then its telephone
    if _SPACED_LABEL.match(below):
        return False  # …至12時41分 over 地　　點　本院議場: a form's next field
    if LETTERED.match(below):
        return False  # f. 邀請譚天獎得主…: an item lettered in a list of minutes
    if _FIGURES.fullmatch(above) or min(table_cells(above), table_cells(below)) >= MIN_CELLS:
        return False  # a table's rows, or its cells one to a line: 6941 over 6254
    if is_row(above) or is_row(below):
        return False  # a row whose cells a tab parts: 项目	金额
    if _NOTE_LABEL.match(below):
        return False  # 注：本表数据由市总工会提供。 under a table: a note starts
    if is_salutation(below):  # else 各位代表：, 同志们：: it stands alone, but not a clause's
        # end cut mid-word (…，应以中央主管 over 机关为主管机关：, the two as one elsewhere)
        running = "，" in above and above[-1] not in SENTENCE_END + "：:"
        return _salutation_broken(above, below) or (running and word_across(above, below, ngrams))
    if apart and is_heading_like(below):
        return _mid_word(above, below, ngrams)  # a headline under a blank line stands alone
    if opens and is_heading_like(above):
        return _cut_phrase(above, below)  # and so does one over a paragraph set apart and
        # indented: 第二件　政治上打击地主 over 　　农民有了组织之后，… (主农 stands elsewhere)

    # 　　委员长， over 　　副委员长若干人，: a list the writer set an item to a line, each
    # indented as a paragraph, in a text whose lines end its sentences
    if ended and indented and below[0] not in NO_PARAGRAPH_START and not _cut_off(above, below):
        return False
    if _unclosed(above) and len(below) <= QUOTED_LINE:
        return True  # 7.“双向揭榜挂帅”：…成果找市场“双向|揭榜…: inside a quotation
    if (
        len(below) <= BROKEN_OFF
        and all(map(is_han, below))
        and any(m in above for m in "，：")
        and not is_heading_like(above)
    ):
        return True  # …由技术供给方带技术|揭榜|；…: a word a copy broke off at its link
    if below[0] in NO_PARAGRAPH_START and not is_han(below[0]) and any(m in above for m in "，："):
        return True  # …带技术揭榜|；“成果找市场”…: running text goes on at its punctuation
    if heading_number(above) and not _at_width(above, width):
        return False  # a numbered heading, unless it is a numbered item cut at the page's width
    if is_name_row(below):
        return False  # a row of a list of names, under another or under its group's label
    if _FIELD.match(above) and _FIELD.match(below):
        return False  # 时间：… over 地点：…: the fields of a notice, one to a line
    if width is None and above[-1] in CLOSING_QUOTES and len(above) > QUOTED_END:
        return False  # …做得更好」 ends its paragraph in a text not cut to a width
    if _at_width(above, width) and (_at_width(below, width) or not is_heading_like(below)):
        return True  # a line cut at the page's width, and no heading below it
    if above[-1] in OPENERS or below[0] in NO_PARAGRAPH_START:
        return True
    if _LABEL_ALONE.match(below):
        return False  # …进口医疗器具等 over 工伤保险：: a label opens the next block of notes
    if width is None and _STATED.search(above) and not _clause_fragment(below):
        return False  # 首先，996ICU是合法的 over 996工作制，是…违法的: 是…的 ends what it says
    if _clause_fragment(below) or ends_in_function_word(above):
        return True  # 党的建|设，特别是… · 主要任务是|审议…: no heading ends or starts so
    if len(above) > 1 and above[-2] in "，、；" and is_han(above[-1]) and is_han(below[0]):
        return True  # …的数据，分|别是…: one character after a comma opens a word cut there
    if any(mark in above for mark in SENTENCE_END) and (not ended or _cut_off(above, below)):
        return True  # running text, not a heading, and it stops without finishing (where the
        # text's lines end its sentences, one that does not is a subhead or lost its stop,
        # unless it breaks off in a Latin word or inside brackets)
    return word_across(above, below, ngrams)


_ADDRESS_END = re.compile(
    r"(?:https?://|www\.)\S+$|\.(?:jpe?g|png|gif|pdf|docx?|xlsx?|s?html?)$", re.I
)
"""A web address or a file's name at a line's end."""
_LABEL_ALONE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]$")
"""A label alone on its line (`工伤保险：`, `服务期：`), over what it labels."""
_STATED = re.compile(r"是[^，、。；：！？是的]{1,6}的$")
"""A clause that ends with 是…的 (是合法的, 是真实的): the 的 ends the statement, as a full stop
would, where no page's width cut the line."""


def _cut_off(above: str, below: str) -> bool:
    """Whether a line breaks off where no sentence or heading ends: in a Latin word or a
    figure (…三家工厂；Stellantis over 位于…), inside brackets (…布德特（Neal over Boudette）…),
    or before a gloss in Latin letters (…劳工 over （Kate Bronfenbrenner）在接受采访时称…)."""
    last = above[-1]
    cut = (last.isascii() and last.isalnum()) or last in "-－‐"  # 劳联- over 产联…
    cut = cut or (last in _NUMERALS and below[0] in _COUNTED)  # 花了四 over 年时间，…
    cut = cut or (last in "到至于在" and below[0].isdigit())  # …说，到 over 2030年…
    cut = cut or above.count("（") > above.count("）")
    return cut or bool(_GLOSS.match(below))


_GLOSS = re.compile(r"^[（(](?:[A-Za-z]|[^（）()]{1,30}[）)][，。；、,;])")
"""A gloss in brackets that the sentence goes on after: `（Kate Bronfenbrenner）在…`, `（约合
1386.87元）。`; a note wholly in brackets on its line (`（本文来自…）`) is a paragraph."""
_NUMERALS = "一二三四五六七八九十百千万两"
_COUNTED = "年月日天个名位人次元万亿岁届项条种家座"
"""What a Chinese numeral counts: a line that opens so goes on from one that ends in one."""


ENDED_SHARE = 0.7
"""A text whose lines of running text end this share of them or more with their sentences sets
its paragraphs a line each (`_lines_end_sentences`); a text broken at a width or at random ends
far fewer so."""
ENDED_LINES = 8
"""…of this many lines of running text or more."""


def _lines_end_sentences(lines: tuple[Line, ...]) -> bool:
    """Whether most of a text's lines of running text (`ENDED_SHARE`, of `ENDED_LINES` or
    more) end its sentences: a paragraph to a line, as a Word file or a page sets them, not a
    text broken at random (its lines hardly ever end where a sentence does)."""
    texts = [line.text.strip() for line in lines if line.shape is None]
    running = [text for text in texts if len(text) >= WRAP_MIN and _RUNNING.search(text)]
    ends = sum(map(_finished, running))
    return len(running) >= ENDED_LINES and ends >= ENDED_SHARE * len(running)


_RUNNING = re.compile(f"[，,{SENTENCE_END}]")
"""What a line of running text holds (a heading, a label or a caption seldom does)."""


LIST_LABEL = 10
"""A list's label over it is at most this long (`输出` over its bullets)."""


def _heads_list(line: Line, following: tuple[Line, ...]) -> bool:
    """Whether `line` is a short label over a list the format marks (a Word file's `输出` over
    its bulleted items): it heads the list, and is no tail of the line above it."""
    text = line.text.strip()
    listed = bool(following) and following[0].shape in (Shape.BULLET, Shape.ITEM)
    return listed and len(text) <= LIST_LABEL and is_heading_like(text)


def _salutation_broken(above: str, below: str) -> bool:
    """Whether `above` opens the salutation `below` closes: a notice's list of addressees broken
    by the page (`各县、区人民政府，…、苏州` over `宿迁工业园区，…，市各直属单位：`),
    `above`'s addressees before its last (cut) one each one."""
    listed = re.split(r"[，,、]", above)
    whole = "、".join(listed[:-1])
    return len(listed) > 1 and is_salutation(f"{whole}：") and is_salutation(above + below)


def _mid_word(above: str, below: str, ngrams: Ngrams) -> bool:
    """Whether a break falls mid-word or mid-phrase: `_cut_phrase`, or the two characters
    across it stand together elsewhere in the text."""
    return _cut_phrase(above, below) or word_across(above, below, ngrams)


def _cut_phrase(above: str, below: str) -> bool:
    """Whether a break cuts a phrase, whatever the text around: `below` cannot open a paragraph
    (的…, a one-character clause 设，…) or `above` ends where no paragraph does (a function
    word, an opening bracket)."""
    return (
        below[0] in NO_PARAGRAPH_START
        or above[-1] in OPENERS
        or _clause_fragment(below)
        or ends_in_function_word(above)
    )


_NOTE_LABEL = re.compile(r"^(?:注|说明|备注|资料来源|数据来源)\s*\d*\s*[:：]")
_FIGURES = re.compile(r"[\d.,%％\s\u3000-]+")
"""A line of figures only: a table's cell or row, never a sentence's broken end."""
BROKEN_OFF = 3
"""A line of this many Han characters or fewer under an unfinished sentence goes on with it."""
WEB_ADDRESS = re.compile(r"^https?://\S+$")
"""A web address alone (a field's value, a source line's)."""
LABEL_VALUE = 40
"""A field's value on the line under its bare label is at most this long."""


def join_label_values(lines: tuple[Line, ...]) -> Pass:
    """A field's bare label and its value on the next line as one line (`发表时间：` over
    `2026-02-09 09:45:30`, `来源：` over `宁夏日报客户端`), a date and the time after it
    (`_timed`), and in a transcript that sets who speaks apart (`turns.sets_turns_apart`) each
    speaker's label and the first line of their turn: a page copied as text puts each piece it
    shows on a line of its own. Layout only: no text changes."""
    out: list[Line] = []
    turns = sets_turns_apart(lines)
    for line in lines:
        above = out[-1] if out else None
        value = line.text.strip()
        if above is not None and _timed(above, line):
            out[-1] = replace(above, text=f"{above.text.strip()} {value}")  # 2019-09-26 | 12:11…
        elif (
            turns
            and above is not None
            and {above.shape, line.shape} <= PLAIN_SHAPES
            and bare_turn(above.text)
            and not bare_turn(value)
            and not is_bare_label(value)
        ):
            out[-1] = replace(above, text=above.text.strip() + value)  # 主持人：|听众朋友们，…
        elif (
            above is not None
            and above.shape is None
            and line.shape is None
            and is_bare_label(above.text)
            and (len(value) <= LABEL_VALUE or WEB_ADDRESS.match(value))
            and not is_bare_label(value)
            and not is_widget_piece(value)
            and value[:1] not in "【["
            and value[-1:] not in "：:"
            and not any(mark in value for mark in SENTENCE_END)
        ):
            out[-1] = replace(above, text=above.text.strip() + value)
        else:
            out.append(line)
    return Pass(tuple(out))


_TIME_FIRST = re.compile(r"^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")


def _timed(above: Line, line: Line) -> bool:
    """Whether `above` gives only a date and `line` opens with the time of day: a page's
    dateline broken after its date (`2019-09-26` over `12:11来源：证券时报网作者：李在山`)."""
    if above.shape is not None or line.shape is not None:
        return False
    return bool(_TIME_FIRST.match(line.text.strip())) and parse_date(above.text) is not None


OCCASION_LINES = 16
"""A speech's occasion broken over two lines is looked for among this many lines of the top."""
_OCCASION_OPEN = re.compile(r"^(?:——|――|—|―|－－|--)\s*\S.*?(?:在|于)(?!.*(?:上|时|中)$)\S*$")
_OCCASION_DAY = re.compile(
    r"^(?:[^\s—―]{2,30}(?=——|――))?(?:——|――)?\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:在|于)\S{4}"
)
"""A speech's occasion as a line opens with it, perhaps after its title (`政府工作报告——2024年
3月5日在…`)."""
_OCCASION_END = re.compile(r"[上时](?P<gap>\s*)")
_OCCASION_CLOSE = re.compile(r"^\S{2,30}?(?:上|时)(?:的(?:讲话|报告|发言|致辞))?$")


_SIZES = "大中小"
"""A page's control of the type's size, set a letter to a line: no title."""
LETTERED_TOP = 12
"""A title set a character to a line stands among this many lines of the top."""


def join_lettered_title(lines: tuple[Line, ...]) -> Pass:
    """A title set a character to a line, as a cover spaces it out (`员` `工` `手` `册`, each a
    paragraph of a Word file), among the top lines: one line (`员工手册`), which the header can
    read as the title. Layout only: no text changes."""
    top = lines[:LETTERED_TOP]
    single = [len(line.text.strip()) == 1 and is_han(line.text.strip()) for line in top]
    start = next((i for i in range(len(top) - 1) if single[i] and single[i + 1]), None)
    if start is None:
        return Pass(lines)
    end = start
    while end < len(top) and single[end]:
        end += 1
    word = "".join(line.text.strip() for line in lines[start:end])
    if set(word) <= set(_SIZES):
        return Pass(lines)  # 大 中 小: a page's control of the type's size, a letter a line
    joined = replace(lines[start], text=word, shape=None)
    return Pass((*lines[:start], joined, *lines[end:]))


def join_occasion_lines(lines: tuple[Line, ...]) -> Pass:
    """A speech's occasion under its title broken over two lines (`——2026年1月26日在广东省第十四届`
    over `人民代表大会第五次会议上`) as one line; an occasion and the speaker on one line
    (`2026年1月27日在…会议上 陕西省省长 赵刚`) as two. Layout only: no text changes."""
    out = list(lines)
    for index in range(min(len(out), OCCASION_LINES)):
        line = out[index]
        if parts := _occasion_and_speaker(line.text.strip()):
            out[index : index + 1] = [replace(line, text=part) for part in parts]
    for index in range(min(len(out), OCCASION_LINES) - 1):
        above, below = out[index], out[index + 1]
        if _OCCASION_OPEN.match(above.text.strip()) and _OCCASION_CLOSE.match(below.text.strip()):
            out[index : index + 2] = [replace(above, text=above.text.strip() + below.text.strip())]
            break
    return Pass(tuple(out))


def _occasion_and_speaker(text: str) -> tuple[str, str] | None:
    """A line's occasion and the speaker after it (`2026年1月27日在…会议上 陕西省省长 赵刚`),
    perhaps with no space between them where an office opens the speaker's part (`…第二次会议上
    国务院总理 李强`): the first 上 or 时 after the occasion's place where the rest of the line
    names a speaker."""
    opening = _OCCASION_DAY.match(text)
    if opening is None:
        return None
    for end in _OCCASION_END.finditer(text, opening.end()):
        occasion, speaker = text[: end.start() + 1], text[end.end() :]
        if not 2 <= len(speaker) <= 31 or len(occasion) - opening.end() > 60:
            continue
        named = parse_speaker(speaker)
        if named and (end.group("gap") or (named.office and named.office[0] not in "上时")):
            return occasion, speaker
    return None


def join_broken_lines(lines: tuple[Line, ...]) -> Pass:
    """Rejoin paragraphs hard-wrapped mid-sentence or mid-word, with no space (but between
    two Latin words).

    A break is joined when the upper line is unfinished and the lower cannot start a paragraph
    (it opens with 的, punctuation, or a one-character clause such as 设，), the upper ends with a
    function word no heading ends with (…的主要任务是), the upper is running text (it holds
    sentence punctuation, so it is no heading), or the two characters across the break stand
    together elsewhere in the text (中国特|色 beside 中国特色).
    In a text cut at a page's width (`wrap_width`), a line that reaches that width and is not
    finished goes on in the next line unless that is a short heading-like line.
    A finished line, a lede ending with ——, a numbered heading (unless it reaches the width), a
    line starting with an ordinal marker and a line whose format delimits it are never joined,
    but two paragraphs a format delimits that a page's end cut mid-sentence (`_page_cut`).
    A line like a headline under a blank line goes on only from a break mid-word (`_mid_word`).
    In a text whose lines end their sentences (`_lines_end_sentences`: a Word file's, a page's),
    a line of running text that does not goes on only where it breaks off (`_cut_off`); a
    statement ending in 是…的 ends there, and a date alone is a line of its own. A short
    heading-like line over a list its format marks heads the list (`_heads_list`). In a
    transcript, a speaker's turn left unfinished goes on in the line under it (`_turn_goes_on`).
    """
    ngrams = Ngrams(lines)
    cuts = sum(_page_cut(above, line) for above, line in itertools.pairwise(lines))
    cut_pages = cuts >= PAGE_CUTS
    width = wrap_width(lines)
    transcript = is_transcript(lines)
    ended = width is None and (_lines_end_sentences(lines) or _indented_throughout(lines))
    indents = width is None and _indent_opens(lines)
    out: list[Line] = []
    edits: list[Edit] = []
    for index, line in enumerate(lines):
        page = bool(out) and _page_cut(out[-1], line, cut_pages)  # (delimited paragraphs)
        joinable = out and out[-1].shape is None and line.shape is None
        joinable = joinable and not (transcript and speaker_label(line.text))  # a new turn
        joinable = joinable and not _heads_list(line, lines[index + 1 : index + 2])
        joinable = joinable and not (indents and _heads_indented(out[-1], line))
        apart = line.spaced and width is None
        opens = apart and line.indented
        turn = joinable and transcript and _turn_goes_on(out[-1].text, line.text)
        if (
            page
            or turn
            or (
                joinable
                and _broken(
                    out[-1].text,
                    line.text,
                    ngrams,
                    width,
                    apart,
                    opens,
                    ended,
                    line.indented and out[-1].indented,
                )
            )
        ):
            above = out[-1]
            space = " " if _latin_break(above.text, line.text) else ""
            before = f"{above.text[-6:]}⏎{line.text[:6]}"
            edits.append(Edit("lines.join", above.number, before, before.replace("⏎", space)))
            out[-1] = replace(above, text=above.text + space + line.text)
        else:
            out.append(line)
    return Pass(tuple(out), tuple(edits))


PAGE_CUT = 20
"""A paragraph a page's end cut mid-sentence is at least this long."""
CUT_CLAUSE = 12
"""The clause a page's end cut is at least this long, or holds a comma: a credit after a
paragraph's last sentence (`…就一直這樣了。」報導•攝影╱江品璁`, `…幅度卻達60毫米。 本報港聞部報道`)
is shorter, and ends it."""


def _cut_clause(text: str) -> bool:
    """Whether what follows the last sentence's end in `text` is a clause cut off
    (`CUT_CLAUSE`)."""
    end = max(text.rfind(mark) for mark in "。！？")
    rest = text[end + 1 :].lstrip("”’」』）) \u3000")
    return len(rest) >= CUT_CLAUSE or "，" in rest


PAGE_CUTS = 2
"""A text whose pages cut this many paragraphs of running text mid-sentence was cut so."""
CUT_HEADLINE = 30
"""A line like a headline is at most this long (a longer one without a stop is a sentence
a page's end cut)."""


def _page_cut(above: Line, line: Line, cut_pages: bool = False) -> bool:
    """Whether two paragraphs a format delimits are one that a page's end cut mid-sentence (a
    PDF's text put into Markdown, each page's end a blank line: `…我们的工作重点是在乡村，在乡`
    over `村聚集力量，用乡村包围城市…`): the upper is running text that breaks off after a
    Chinese character, the lower running text that no number opens. Where the lower opens
    with what no paragraph opens with (`，依劳工保险条例…`), that is enough; else the upper
    breaks off in a clause (`_cut_clause`: not a credit after its last sentence, `…了。」
    報導•攝影╱江品璁`) and is no line like a headline (`生态优先、绿色发展，推进黄河生态保护
    治理`, a page's subhead) — unless the text's pages cut it so elsewhere (`cut_pages`:
    `PAGE_CUTS` times), where any such break is a cut. A paragraph the writer closed (`<p>`
    written in Markdown, `Line.closed`) is no page's cut."""
    if above.shape is not Shape.PARAGRAPH or line.shape is not Shape.PARAGRAPH:
        return False
    if above.closed or line.closed:
        return False  # `<p>…专有名词来装逼</p>` over `<p>你不是故意说…</p>`: the writer's
    upper, lower = above.text.strip(), line.text.strip()
    if not (
        len(upper) >= PAGE_CUT
        and is_han(upper[-1])
        and any(mark in upper for mark in "，。；")
        and not _finished(upper)
        and bool(lower)
        and (is_han(lower[0]) or lower[0] in NO_PARAGRAPH_START)
        and leading_marker(lower) is None
        and any(mark in lower for mark in SENTENCE_END)
        and not is_heading_like(lower)
    ):
        return False
    if lower[0] in NO_PARAGRAPH_START or cut_pages:
        return True
    headline = len(upper) <= CUT_HEADLINE and is_heading_like(upper)
    return not headline and _cut_clause(upper)


INDENTED_LINES = 4
"""A text of at least this many lines…"""


INDENT_OPENS = 0.6
"""The share of a text's lines of running text that open with the paragraph indent…"""


def _indent_opens(lines: tuple[Line, ...]) -> bool:
    """…at which an indented line opens a paragraph, and the unindented line over it (a heading,
    `第二件　政治上打击地主` over `　　农民有了组织之后，…`, in a book whose every paragraph is
    indented and whose headings are not) does not go on into it."""
    plain = [line for line in lines if line.shape is None and line.text.strip()]
    indented = sum(line.indented for line in plain)
    return len(plain) >= INDENTED_LINES and indented >= INDENT_OPENS * len(plain)


def _heads_indented(above: Line, line: Line) -> bool:
    """Whether `above`, a line without the indent and no clause left open (`，`), stands over
    the indented `line` as a line of its own (`_indent_opens`)."""
    return line.indented and not above.indented and above.text[-1] not in "，、；：,;:"


def _indented_throughout(lines: tuple[Line, ...]) -> bool:
    """…each opening with the writer's paragraph indent (`\t先问大家一个问题，…` over `\t关于用到
    的技术，…`, a speech's script whose paragraphs end without a full stop): a line to a
    paragraph, as where lines end their sentences (a text cut at a width indents only the first
    line of each paragraph)."""
    plain = [line for line in lines if line.shape is None and line.text.strip()]
    return len(plain) >= INDENTED_LINES and all(line.indented for line in plain)


def _turn_goes_on(above: str, below: str) -> bool:
    """Whether a speaker's turn that stops unfinished goes on in `below` (`陳偉業議員：…為表示
    尊重，希望你` over `根據《議事規則》…條傳召委員來開會。`): a turn is no heading, and what stands
    under its clauses broken off mid-sentence is more of it unless it is a numbered point or a
    line like a heading (not under a caption's name: `首席投资官：Vincent Mortier`)."""
    return (
        speaker_label(above)
        and is_han(above[-1])
        and "，" in above
        and leading_marker(below) is None
        and not is_heading_like(below)
        and not _NOTE_LABEL.match(below)
    )


def _latin_break(above: str, below: str) -> bool:
    """Whether a break parts two Latin words (`(Trades Union` over `Congress，…)`, `Regulations`
    over `2005`), which a space joins, as none joins Chinese characters; not two figures (a
    number broken over two lines: `5` over `0.77‰`)."""
    end, start = _LATIN_END.search(above), _LATIN_START.match(below)
    if end is None or start is None:
        return False
    if start.group(1).isdigit() and _ACRONYM_END.search(above):
        return False  # `，PM` over `2.5`: a token a page broke at its subscript (PM2.5, CO2)
    return not (end.group(1).isdigit() and start.group(1).isdigit())


_ACRONYM_END = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,3}$")
"""A short acronym in capitals at a line's end, set alone among Chinese (`…取得明显成效，PM`):
figures under it complete it (`PM2.5`), as a word's do not (`Regulations` over `2005`)."""


_LATIN_END = re.compile(r"([A-Za-z0-9])[,;:.!?\"')]?$")
_LATIN_START = re.compile(r"[(\"']?([A-Za-z0-9])")


def _glued_point(text: str) -> int | None:
    """Where a numbered heading runs on into the first point of its list (…跟党走一要以…)."""
    if heading_number(text) is not None or (number := leading_marker(text)) is None:
        return None
    for family_marker in ("一是", "一要", "第一，", "第一、"):
        cut = text.find(family_marker, len(number.text) + 2)
        head = text[:cut]
        if cut > 0 and heading_number(head) is not None:
            return cut
    return None


def split_glued_headings(lines: tuple[Line, ...]) -> Pass:
    """Split `一、heading一要…` into the heading and its first point when a second point follows,
    or when a sibling heading of the same count was split so (siblings read alike)."""
    out: list[Line] = []
    edits: list[Edit] = []
    split: set[MarkerFamily] = set()
    for index, line in enumerate(lines):
        cut = _glued_point(line.text)
        family = marker.family if (marker := leading_marker(line.text)) else None
        if cut is not None and (
            family in split or _second_point_follows(lines[index + 1 :], line.text[cut:])
        ):
            head, rest = line.text[:cut], line.text[cut:]
            edits.append(
                Edit(
                    "lines.split", line.number, f"{head[-6:]}{rest[:6]}", f"{head[-6:]}⏎{rest[:6]}"
                )
            )
            out.extend((replace(line, text=head), replace(line, text=rest)))
            if family is not None:
                split.add(family)
        else:
            out.append(line)
    return Pass(tuple(out), tuple(edits))


def _second_point_follows(rest: tuple[Line, ...], first: str) -> bool:
    """Whether the point `first` opens is followed by its second: further on in its own line
    (…一是…；二是…), or on a line below before the next heading."""
    marker = leading_marker(first)
    if marker is None or marker.family not in INLINE_FAMILIES:
        return False
    if marker.text.replace("一", "二", 1) in first[len(marker.text) :]:
        return True
    for line in rest:
        if heading_number(line.text) is not None:
            return False
        nxt = leading_marker(line.text)
        if nxt is not None and nxt.family == marker.family and nxt.ordinal == 2:
            return True
    return False
