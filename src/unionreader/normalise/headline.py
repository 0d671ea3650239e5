"""A news headline standing first in a text, which the shape of a heading does not catch: one
with punctuation in it (出席…点灯活动　副总统：有你真好，Thank you！; 一线调研：苏州如何稳定外资？)
or too long for a heading (several clauses set apart by spaces, as news sites write them). It
has no full stop, does not end as a sentence that goes on, is no greeting, and stands above a
paragraph of running text. The spacing rule keeps its spaces (they part its clauses) and the
header takes it for the title.
"""

from __future__ import annotations

from unionreader.chinese import OPENERS, han_count
from unionreader.docmeta import is_salutation, opens_greeting
from unionreader.markers import heading_number, leading_marker

HEADLINE = 120
"""A headline is at most this long."""
SENTENCE_CLOSE = "。！？…”」』）"
"""What a paragraph of running text ends with."""


RUNNING = 20
"""A line set apart below a headline that holds running text's commas and is at least this long
is a paragraph's first line, where it does not end as a sentence (a paragraph broken over lines,
`…美国演员工会及广播电视艺人联合工会（SAG-`)."""


def opens_as_headline(
    text: str, below: str | None, set_apart: bool = False, header_below: bool = False
) -> bool:
    """Whether `text`, the first line of a text, with `below` under it (`set_apart`: a blank
    line between), is such a headline; or with the header's own lines under it, whatever
    follows them (`header_below`: the same line again, a page's title over its article's; a
    dateline; a byline; a subhead over the running text)."""
    line = text.strip()
    return (
        6 <= len(line) <= HEADLINE
        and han_count(line) >= 4
        and "。" not in line
        and not _lead(line)
        and line[-1] not in "，、；：:;," + OPENERS
        and not opens_greeting(line)  # 同志们，朋友们，大家好！ greets
        and not is_salutation(line)
        and heading_number(line) is None
        and leading_marker(line) is None
        and (header_below or is_running(below, set_apart))
    )


def _lead(line: str) -> bool:
    """Whether a long line is a lead's sentences, not a headline: past `LONG` characters, with a
    clause's semicolon or two exclamations or questions (`…坦承「我最大缺點，就是傲慢！」…；別人
    講錯一句話就完了，…「我擁有全台灣人民最高的忍受度！」`)."""
    return len(line) > LONG and ("；" in line or sum(line.count(mark) for mark in "！？") >= 2)


LONG = 60
"""Past this length, a line with a semicolon or two exclamations is a lead, no headline."""


def is_running(below: str | None, set_apart: bool = False) -> bool:
    """Whether `below` is running text: a paragraph, or its first line (`RUNNING`)."""
    after = (below or "").strip()
    ended = bool(after) and (after[-1] in SENTENCE_CLOSE or (set_apart and len(after) >= RUNNING))
    return ended and any(mark in after for mark in "，。")
