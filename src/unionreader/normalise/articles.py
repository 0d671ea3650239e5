"""Article rule: an article's number on a line of its own (`第 1 條` over its text, as Taiwan's law
database prints a law; `第一条【立法宗旨】` with its title, as an annotated law copied from a PDF
has it) goes at the head of the line below, parted from it by a space, as a law is printed
elsewhere (`第1条　为规定…`): the article is then one numbered point.

A law copied from a web page often lost that space (`第一条为坚定不移…`, `第二条关于…`): such a
line is an article only as one of a run that counts on from the law's first article (第一条,
第二条, 第三条 …, each one more than the article before it, spaced or not), and then is given
the space. A sentence that opens with an article's number (`第五十五条规定，…`, `第十二条和
第十三条…` in a commentary on a law) counts on from nothing, and stays as it is."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from unionreader.chinese import LAW_NUMBER, numeral_value
from unionreader.markers import INSERTED_FIGURE
from unionreader.model import Edit, Line, Pass

logger = logging.getLogger(__name__)

RULE = "lines.article"

_LATER = r"之\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
"""What numbers an article added later after the one it follows (`第五条之一`)."""
_NUMBER = rf"第\s*(?:{LAW_NUMBER}){INSERTED_FIGURE}\s*[条條](?:{_LATER})?"
"""An article's number."""
_TITLE = r"【[^【】]{1,30}】"
"""An article's title, as an annotated law gives it (`【立法宗旨】`)."""
ALONE = re.compile(rf"^({_NUMBER})\s*({_TITLE})?$")
SEPARATOR = "\u3000"
JOINED = re.compile(rf"^{_NUMBER}{SEPARATOR}(?:{_TITLE})?")
"""An article's number, its space and its title: what a page's width did not cut."""
_NUMBERED = re.compile(rf"^第\s*({LAW_NUMBER})\s*[条條]({_LATER})?(\s*)(?=[\u4e00-\u9fff【（(“])")
"""A line that opens with an article's number (an article added later: 之一; then the space
after it, if any) and its words (`第一条，…` is a speaker's first point)."""
_REFERS = re.compile(r"(?:之?规定|所定|所称|准用|第|至|和|及|或|的)")
"""What goes on from an article's number in a sentence about that article (`第十七条规定…`,
`第十七条第一项…`, `第十二条和第十三条…`, `第十七条的…`), not in the article's own text."""
GAP = 3
"""How far an article's number may run ahead of the one before it (articles repealed)."""
RUN = 3
"""Articles written without their space that make a run (`第一条为…`, `第二条…`, `第三条…`)."""


def join_article_numbers(lines: tuple[Line, ...]) -> Pass:
    """Join each article number that stands alone to the line below it."""
    out: list[Line] = []
    edits: list[Edit] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        number = line.text.strip()
        if ALONE.match(number) and index + 1 < len(lines) and lines[index + 1].text.strip():
            below = lines[index + 1].text.strip()
            if not ALONE.match(below):
                alone = ALONE.match(number)
                assert alone is not None
                head = f"{alone.group(1)}{SEPARATOR}{alone.group(2) or ''}"  # 第一条　【立法宗旨】
                edits.append(Edit(RULE, line.number, f"{number} {below[:6]}", head + below[:6]))
                # the line keeps its text's shape: a page's heading of the number heads no section
                following = lines[index + 1]
                joined = f"{head}{below}"
                out.append(replace(line, text=joined, shape=following.shape, level=following.level))
                index += 2
                continue
        out.append(line)
        index += 1
    return Pass(tuple(out), tuple(edits)) if edits else Pass(lines)


def space_run_in_articles(lines: tuple[Line, ...]) -> Pass:
    """Give the articles of a run written without their space (see the module's note) one."""
    spaced: list[tuple[int, int]] = []  # (line, where its number ends)
    run_in: list[tuple[int, int]] = []  # the articles without a space of the run so far
    length = before = 0  # articles in the run so far, and the number of its last
    for index, line in enumerate(lines):
        match = _NUMBERED.match(line.text.strip())
        number = _number(match.group(1)) if match else None
        if match is None or number is None or match.group(2):
            continue  # no article, or one added later (第五条之一): the run goes on
        if not match.group(3) and _REFERS.match(line.text.strip(), match.end()):
            continue  # 第十七条规定于本条终止契约准用之。: a sentence on article 17, in the run
        if not before < number <= before + GAP:
            spaced += run_in if length >= RUN else []
            run_in, length, before = [], 0, 0
            if number != 1:
                continue
        length, before = length + 1, number
        if not match.group(3):
            run_in.append((index, match.end()))
    spaced += run_in if length >= RUN else []
    if not spaced:
        return Pass(lines)
    out, edits = list(lines), []
    for index, at in spaced:
        line = lines[index]
        text = line.text.strip()
        new = f"{text[:at]}{SEPARATOR}{text[at:]}"
        edits.append(Edit(RULE, line.number, text[: at + 6], new[: at + 7]))
        out[index] = replace(line, text=new)
    return Pass(tuple(out), tuple(edits))


def _number(numeral: str) -> int | None:
    return int(numeral) if numeral.isdecimal() else numeral_value(numeral)
