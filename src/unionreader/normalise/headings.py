"""Numbered headings laid out over lines: one broken over two lines, or one run into its body.

- **Broken** (`lines.join`): a numbered heading continues on the next line when that line is
  heading-like, unnumbered and followed by text, and the two read as one (the upper ends with a
  word such as 在/的/和 or a comma, the lower opens with 暨/和/的…), or the upper is a bare
  `第一部分`, or the text's other headings of the same numbering have no unnumbered line under
  them (so this one is no sub-heading but the rest of the heading), or, with no such sibling,
  the upper is long (a line cut by the page's width). A cut phrase is joined with nothing, two
  phrases as a title's lines are (`titles.join_title`), 第一部分 and its name with a space.
- **Run in** (`lines.split`): `（一）加强政治引领。要坚持…` is the sub-heading `（一）加强政治引领`
  followed by its body. A line of a heading family (第一部分, 一、, （一）) is split after its first
  sentence when that sentence is short and heading-like, more text follows, and at least two
  lines of the family in the text are shaped so (a consistent layout, not one numbered
  sentence). Siblings (（一） to （四）) are read alike: where half of them or more are run-in
  headings, so are the rest (their first sentence may be twice as long); where fewer are, none
  is. The sentence's full stop goes with the split.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from dataclasses import replace

from unionreader.chinese import CONTINUES_BEFORE, HAN, breaks_off, is_heading_like
from unionreader.markers import APPENDIX_ALONE, heading_number, leading_marker
from unionreader.model import Edit, Line, MarkerFamily, Pass, Shape
from unionreader.normalise.furniture import announced_by
from unionreader.normalise.titles import join_title

logger = logging.getLogger(__name__)

RUN_IN_FAMILIES = (
    MarkerFamily.VOLUME,
    MarkerFamily.PART,
    MarkerFamily.SECTION,
    MarkerFamily.DUN,
    MarkerFamily.PAREN,
)
RUN_IN_LENGTH = 30
"""A run-in heading's sentence is at most this long (marker included)."""

LONG_HEADING = 18
"""A numbered heading this long (marker excluded) may be a line cut by the page's width."""

CONTEXT = 6
_ENDS = "。；：！？:;"
_STOPS = "。；：:;"
"""What a run-in heading loses when its text is cut from it: not its question or exclamation
mark (`一、为什么要加入工会？`), which is its own."""
_CLAUSES = "，；,;"
"""Marks between the clauses of a sentence."""


_BARE_NUMBER = re.compile(r"^[0０]?([1-9１-９][0-9０-９]?)$")
"""A line of only a number in figures (`1`, `02`): a part's number set over its heading."""


def number_headings(lines: tuple[Line, ...]) -> Pass:
    """A part's number set on a line of its own over its heading (`1` over `服务京津，争当京津
    市民的菜篮子`, as a news page numbers its parts) is joined to the heading, a space between
    (`lines.join`): where every such line of the text counts 1, 2, 3 … in order, each over a
    line like a heading with no number of its own. Page numbers count too, but over the text
    that runs on; left alone, the number had been a paragraph at the end of the part above."""
    numbers = {
        index: int(found[1])
        for index, line in enumerate(lines)
        if (found := _BARE_NUMBER.match(line.text.strip()))
    }
    bare, values = list(numbers), list(numbers.values())
    headed = all(
        index + 1 < len(lines)
        and lines[index + 1].shape is None
        and is_heading_like(lines[index + 1].text)
        and leading_marker(lines[index + 1].text) is None
        for index in bare
    )
    if len(bare) < 2 or values != list(range(1, len(bare) + 1)) or not headed:
        return Pass(lines)
    out: list[Line] = []
    edits: list[Edit] = []
    skip = set()
    for index, line in enumerate(lines):
        if index in skip:
            continue
        if index in numbers:
            below = lines[index + 1]
            joined = f"{line.text.strip()} {below.text.strip()}"
            edits.append(
                Edit(
                    "lines.join",
                    line.number,
                    f"{line.text.strip()}⏎{below.text[:6]}",
                    joined[: len(line.text.strip()) + 7],
                )
            )
            out.append(replace(below, text=joined, number=line.number))
            skip.add(index + 1)
        else:
            out.append(line)
    return Pass(tuple(out), tuple(edits))


def join_heading_lines(lines: tuple[Line, ...]) -> Pass:
    """Join a numbered heading and the line that continues it."""
    plain = _single_line_families(lines)
    out: list[Line] = []
    edits: list[Edit] = []
    for index, line in enumerate(lines):
        glue = _continues(out[-1], line, lines[index + 1 : index + 2], plain) if out else None
        if glue is not None:
            above = out[-1]
            joined = above.text.rstrip() + glue + line.text.strip()
            before = f"{above.text[-CONTEXT:]}⏎{line.text[:CONTEXT]}"
            after = joined[len(above.text.rstrip()) - CONTEXT : len(above.text) + CONTEXT + 1]
            edits.append(Edit("lines.join", above.number, before, after))
            out[-1] = replace(above, text=joined)
        else:
            out.append(line)
    return Pass(tuple(out), tuple(edits))


HEADING_BROKEN = "，、"
"""A heading the format marks that ends with one of these goes on in the next."""


def join_broken_headings(lines: tuple[Line, ...]) -> Pass:
    """A heading the format marks that breaks off after a clause, and the heading of the same
    level under it that ends it, as one (`**骗局曝光后，**` over `**涉事高校紧张气氛弥漫**`, a
    WeChat post's two-line subhead: its first half had been a paragraph of the part above); one
    that no heading ends is a paragraph."""
    out: list[Line] = []
    edits: list[Edit] = []
    for line in lines:
        above = out[-1] if out else None
        if (
            above is not None
            and _broken_heading(above)
            and line.shape is Shape.HEADING
            and above.level == line.level
            and leading_marker(line.text.strip()) is None
        ):
            joined = above.text.rstrip() + line.text.strip()
            before = f"{above.text.rstrip()[-CONTEXT:]}⏎{line.text.strip()[:CONTEXT]}"
            edits.append(Edit("lines.join", above.number, before, before.replace("⏎", "")))
            out[-1] = replace(above, text=joined)
        else:
            out.append(line)
    unended = [
        replace(line, shape=Shape.PARAGRAPH, level=0) if _broken_heading(line) else line
        for line in out
    ]
    return Pass(tuple(unended), tuple(edits))


def _broken_heading(line: Line) -> bool:
    return line.shape is Shape.HEADING and line.text.rstrip()[-1:] in HEADING_BROKEN


def _single_line_families(lines: tuple[Line, ...]) -> set[MarkerFamily]:
    """Heading families some heading of which stands on one line (text or a number follows)."""
    found: set[MarkerFamily] = set()
    for line, after in itertools.pairwise(lines):
        number = heading_number(line.text)
        if number is None:
            continue
        text = after.text.strip()
        if leading_marker(text) is not None or not is_heading_like(text):
            found.add(number.family)
    return found


def _bare_part(text: str) -> bool:
    marker = leading_marker(text)
    return (
        marker is not None
        and marker.family in (MarkerFamily.VOLUME, MarkerFamily.PART, MarkerFamily.SECTION)
        and not text[len(marker.text) :]
    )


def _continues(
    above: Line, line: Line, after: tuple[Line, ...], plain: set[MarkerFamily]
) -> str | None:
    """What joins `line` to the numbered heading `above` (None: it does not continue it): a
    space after a bare 第一部分, nothing inside a phrase or a line cut at the page's width, as
    title lines are joined (`titles.join_title`) where the heading is two phrases."""
    if above.shape is not None or line.shape is not None:
        return None
    text = line.text.strip()
    if leading_marker(text) is not None or not is_heading_like(text) or APPENDIX_ALONE.match(text):
        return None  # (附件二 under 15．关于…的决定: a part of its own)
    if NOTE_ALONE.match(text):
        return None  # （文字描述） under 一、总体情况: a note on the part, or a form's blank
    upper = above.text.strip()
    if _bare_part(upper):
        return " "
    number = heading_number(upper)
    followed_by_text = bool(after) and (
        leading_marker(after[0].text) is not None or not is_heading_like(after[0].text)
    )
    if number is None or not followed_by_text or _FIELD.match(text):
        return None  # 游戏名称：你来比划我来猜 under 三、游戏环节: a field, the heading's text
    if breaks_off(upper) or upper.endswith(("，", "、")) or text.startswith(CONTINUES_BEFORE):
        return ""
    if any(mark in text for mark in _CLAUSES):
        return None  # a heading's second line is a phrase: `2023年末，全市职工总数…` under
        # `一、职工队伍基本情况` is its text (cut by a PDF's page width), not the rest of it
    if number.family in plain:
        return join_title([upper, text])[len(upper) : -len(text)]
    cut = len(upper) - len(number.text) >= LONG_HEADING and len(text) <= len(upper)
    return "" if cut else None


NOTE_ALONE = re.compile(r"^\s*[（(](?![一二三四五六七八九十百\d]{1,4}[）)])[^（）()]*[）)]\s*$")
"""A note wholly in brackets (`（此件公开发布）`, `（明待續）`, a form's `（文字描述）`): it heads
nothing, nor is it the rest of a heading, even where a format marks it as a heading. A number
alone in brackets (`（二）`) is no note: a part's number, as a speech's parts are headed."""
_FIELD = re.compile(rf"^[{HAN}]{{2,6}}\s*[:：]\s*\S")
"""A line that opens with a short label and its colon: a field."""


def split_run_in_headings(lines: tuple[Line, ...]) -> Pass:
    """Split `（一）加强政治引领。要坚持…` into the heading and its body (see the module)."""
    runs = {index: cut for index, line in enumerate(lines) if (cut := _run_in(line)) is not None}
    listed = _announced_items(lines) | _definitions(lines, runs)
    cuts = {index: cut for index, cut in runs.items() if index not in listed}
    families = Counter(_family(lines[index]) for index in cuts)
    cuts = {index: cut for index, cut in cuts.items() if families[_family(lines[index])] >= 2}
    cuts = _alike(lines, cuts, listed)
    cuts |= _stopped_headings(lines, listed)
    out: list[Line] = []
    edits: list[Edit] = []
    for index, line in enumerate(lines):
        cut = cuts.get(index)
        if cut is None:
            out.append(line)
            continue
        head, body = line.text[:cut].rstrip(_STOPS), line.text[cut:].lstrip()
        before = f"{line.text[max(0, cut - CONTEXT) : cut + CONTEXT]}"
        if not body:  # a heading that ends with a full stop: the stop goes
            edits.append(Edit("lines.split", line.number, before, head[-CONTEXT:]))
            out.append(replace(line, text=head))
            continue
        edits.append(
            Edit("lines.split", line.number, before, f"{head[-CONTEXT:]}⏎{body[:CONTEXT]}")
        )
        out.extend((replace(line, text=head), replace(line, text=body)))
    return Pass(tuple(out), tuple(edits))


def _stopped_headings(lines: tuple[Line, ...], listed: set[int]) -> dict[int, int]:
    """Numbered headings set as a sentence of their own, full stop and all, over their
    paragraphs (`（一）久久为功推动粤港澳大湾区建设，打造…世界级城市群。` over its text, as a
    government's work report sets its tasks): where half or more of a count's lines are so (a
    consistent layout), each of those is cut at its end, and its stop goes."""
    found: dict[int, int] = {}
    for run in _sibling_runs(lines, listed):
        stopped = [index for index in run if _stopped(lines, index)]
        if len(stopped) >= 2 and 2 * len(stopped) >= len(run):
            found.update((index, len(lines[index].text.rstrip())) for index in stopped)
    return found


def _stopped(lines: tuple[Line, ...], index: int) -> bool:
    """Whether the line at `index` is one short sentence after its number, with running text
    (no number, not heading-like) on the next line."""
    text = lines[index].text.strip()
    marker = leading_marker(text)
    if marker is None or index + 1 >= len(lines) or text[-1:] not in "。！":
        return False
    sentence = text[len(marker.text) : -1]
    below = lines[index + 1].text.strip()
    return (
        len(text) <= 2 * RUN_IN_LENGTH
        and is_heading_like(sentence)
        and leading_marker(below) is None
        and not is_heading_like(below)
    )


def _alike(lines: tuple[Line, ...], cuts: dict[int, int], listed: set[int]) -> dict[int, int]:
    """The cuts made alike among siblings, the lines of one count (（一） to （四）): where half
    of them or more are run-in headings, so are the rest whose first sentence is at most twice
    as long; where fewer are, none is (four siblings read two ways, headings and points)."""
    alike = dict(cuts)
    for run in _sibling_runs(lines, listed):
        cut = [index for index in run if index in cuts]
        if not cut:
            continue
        if 2 * len(cut) < len(run):
            for index in cut:
                del alike[index]
            continue
        for index in run:
            if index not in cuts and (found := _run_in(lines[index], 2 * RUN_IN_LENGTH)):
                alike[index] = found
    return alike


def _sibling_runs(lines: tuple[Line, ...], listed: set[int]) -> list[list[int]]:
    """The lines of each count of a run-in family, in order (（一）（二）…), restarting at one."""
    runs: list[list[int]] = []
    open_runs: dict[MarkerFamily, tuple[list[int], int]] = {}
    for index, line in enumerate(lines):
        marker = leading_marker(line.text.strip())
        if index in listed or line.shape is not None or marker is None:
            continue
        if marker.family not in RUN_IN_FAMILIES:
            continue
        run, last = open_runs.get(marker.family, ([], 0))
        if marker.ordinal != last + 1 or not run:
            run = []
            runs.append(run)
        run.append(index)
        open_runs[marker.family] = (run, marker.ordinal)
    return runs


def _announced_items(lines: tuple[Line, ...]) -> set[int]:
    """The numbered lines a colon announces (`本法用词，定义如下：` over `一、劳工：指…` and the
    rest of its run): items of a list, whose term before a colon is no heading. One numbered
    line alone under the colon, with paragraphs under it, is no list: the first of a count of
    sections (`重点抓好以下工作：` over `（一）统筹促消费和扩投资，…` and its paragraphs)."""
    found = announced_by(
        lines,
        lambda above: above.rstrip().endswith(("：", ":")),
        lambda text: leading_marker(text) is not None,
    )
    return {index for index in found if index - 1 in found or index + 1 in found}


def _family(line: Line) -> MarkerFamily | None:
    marker = leading_marker(line.text)
    return marker.family if marker else None


def _run_in(line: Line, longest: int = RUN_IN_LENGTH) -> int | None:
    """Where the body starts in a run-in heading line (its first sentence at most `longest`
    long), or None."""
    text = line.text.strip()
    marker = leading_marker(text)
    if line.shape is not None or marker is None or marker.family not in RUN_IN_FAMILIES:
        return None
    if heading_number(text) is not None:
        return None  # a heading already
    end = next((i for i, char in enumerate(text) if char in _ENDS), None)
    if end is None or end + 1 > longest:
        return None
    sentence, rest = text[len(marker.text) : end], text[end + 1 :]
    if not is_heading_like(sentence) or len(rest.strip()) < CONTEXT:
        return None
    return end + 1


_DEFINES = ("指", "系指", "是指", "谓")
"""What opens a definition after its term and a colon (`共用部分：指不属专有部分…`)."""


def _definitions(lines: tuple[Line, ...], runs: dict[int, int]) -> set[int]:
    """The numbered lines of a run that defines terms: where one line of a run of lines numbered
    alike gives a term, a colon and its definition (`（一）专有部分：指编订…`), every line of
    the run is an item of a list of definitions, none a heading (`（三）约定专用部分：…` too).
    `runs`: where each run-in heading line's body starts (`_run_in`)."""
    found: set[int] = set()
    for index, cut in runs.items():
        line = lines[index]
        text = line.text.strip()
        if index in found or text[cut - 1] not in "：:":
            continue
        if not text[cut:].lstrip().startswith(_DEFINES):
            continue
        family = _family(line)
        first = last = index
        while first > 0 and _family(lines[first - 1]) == family:
            first -= 1
        while last + 1 < len(lines) and _family(lines[last + 1]) == family:
            last += 1
        found.update(range(first, last + 1))
    return found
