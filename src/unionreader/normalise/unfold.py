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

A space inside a title (凝心聚力 实干争先) or inside a sentence is no break. Each split is an edit
(`lines.unfold`, ⏎ where the line is split). A line the format delimits (a Markdown heading or
list item) is never split.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import replace

from unionreader.chinese import CLOSERS, SENTENCE_END, ends_sentence, is_han, is_heading_like
from unionreader.docmeta import is_salutation
from unionreader.markers import heading_number
from unionreader.model import Edit, Line, Pass, Shape
from unionreader.normalise.fields import parse_date_line
from unionreader.normalise.people import parse_speaker
from unionreader.normalise.turns import is_transcript, speaker_label

logger = logging.getLogger(__name__)

RULE = "lines.unfold"
CONTEXT = 6
MIN_BREAKS = 2
"""A line needs this many spaces after a sentence end to be split…"""

MOST = 0.5
"""…or one such space and this share of the text's characters."""

_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
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
    transcript = is_transcript(lines)
    out: list[Line] = []
    edits: list[Edit] = []
    for line in lines:
        turn = transcript and speaker_label(line.text)  # a turn: its label stays with it
        pieces = [line.text] if turn else _pieces(line, total)
        if len(pieces) == 1:
            out.append(line)
            continue
        for upper, lower in itertools.pairwise(pieces):
            joined = f"{upper[-CONTEXT:]}{lower[:CONTEXT]}"  # a credit run into the text
            before = joined if joined in line.text else f"{upper[-CONTEXT:]} {lower[:CONTEXT]}"
            edits.append(Edit(RULE, line.number, before, f"{upper[-CONTEXT:]}⏎{lower[:CONTEXT]}"))
        out.extend(replace(line, text=piece) for piece in pieces)
    return Pass(tuple(out), tuple(edits))


def _pieces(line: Line, total: int) -> list[str]:
    """The paragraphs of one line (the line itself when it has no lost breaks)."""
    text = line.text.strip()
    if line.shape not in (None, Shape.PARAGRAPH):
        return [line.text]
    pieces = _split_salutation(text)
    if not _lost_breaks(text, total):
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


def _lost_breaks(text: str, total: int) -> bool:
    breaks = sum(ends_sentence(text[: m.start()]) for m in _SPACES.finditer(text))
    return breaks >= MIN_BREAKS or (breaks >= 1 and len(text) >= MOST * total)


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


def _split_spaces(text: str) -> list[str]:
    """Split at the spaces that separate paragraphs (see the module's rules)."""
    segments = _SPACES.split(_GLUED_CREDIT.sub(r"\1 ", text))
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


def _breaks(buffer: str, segment: str, following: list[str]) -> bool:
    """Whether the space between `buffer` (the paragraph so far) and `segment` is a break."""
    if _CREDIT_AHEAD.match(" ".join([segment, *following[:3]])):
        return False  # a photo's caption, then its credit: one line, the page's furniture
    if _CREDIT_END.search(buffer):
        return True
    if ends_sentence(buffer) or is_salutation(buffer) or is_salutation(segment):
        return True
    if _numbered(segment) or parse_date_line(segment) or parse_date_line(buffer):
        return True
    if not is_heading_like(buffer, max_length=60) or not _opens_text(segment):
        return False
    if buffer[-1].isascii():
        return False  # a space after a Latin word (`Timothy Pina 说过…`) parts words
    # a heading-like run: a break when a sentence follows it (not another phrase of a title)
    return any(mark in segment for mark in SENTENCE_END + "，：") or (
        _numbered(buffer) and bool(following)
    )
