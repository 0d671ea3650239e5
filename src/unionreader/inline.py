"""Inline content of a paragraph: redaction runs and inline enumerations (…：一是…；二是…).

A redaction is kept as written and shown as one: `*`, `**`, `*.*` anywhere; `XX`/`XXX`, `××`,
`○○` and `□□` where they stand in Chinese text (a Chinese character or Chinese punctuation on one
side) and touch no Latin letter, digit or joining mark (`XXL`, `X-100`, `3×4` stay text). Circles
beside Chinese numerals are zeros (二○○八年), never redactions.
"""

from __future__ import annotations

import logging
import re

from unionreader.chinese import is_chinese
from unionreader.markers import enumeration
from unionreader.model import InlinePoint, Paragraph, ParagraphRole, Run, RunKind

logger = logging.getLogger(__name__)

REDACTION = re.compile(
    r"[*＊]+(?:[.．][*＊]+)*"
    r"|(?<![A-Za-z0-9ＡＢＣ-Ｚａ-ｚ０-９\-_.·/])(?:[XxＸｘ]{2,}|×{2,}|[○〇]{2,}|□{2,})"
    r"(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-_/])"
)
"""A redaction as the source writes it: `*`, `**`, `*.*`, and the marks that need Chinese text
beside them (see `is_redaction`)."""

_NUMERALS = "〇○零一二三四五六七八九十"


_FIGURE_BEFORE = re.compile(r"\d[^\d*＊\s]{0,4}$")
"""A figure, perhaps with its unit (`2小时`, `11.49元/小时`), just before a star."""
UNIT = 5
"""A quantity's unit between its figure and a star that multiplies it is at most this long
(with the figure's last digit)."""


def _multiplies(text: str, start: int, end: int) -> bool:
    """Whether the star at `text[start:end]` multiplies two quantities
    (`22天*2小时*11.49元/小时*1.5`): a single star, a figure after it and one before it."""
    return (
        end - start == 1
        and text[end:].lstrip()[:1].isdigit()
        and _FIGURE_BEFORE.search(text[max(0, start - UNIT) : start]) is not None
    )


def is_redaction(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, a REDACTION match, stands for hidden words here."""
    mark = text[start]
    if mark in "*＊":
        return not _multiplies(text, start, end)
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    beside_numeral = any(c and c in _NUMERALS + "年" for c in (before, after))
    if mark in "○〇" and beside_numeral:
        return False
    return any(c and is_chinese(c) for c in (before, after))


_REDACTION_MARK = re.compile("[*＊XxＸｘ×○〇□]")
"""A character every REDACTION match begins with (the pattern, with a look-behind in front, is
tried at every character of a text: most texts hold none of these and are one run)."""


def to_runs(text: str) -> tuple[Run, ...]:
    """Split text into plain runs and redaction runs, keeping every character."""
    if not _REDACTION_MARK.search(text):
        return (Run(RunKind.TEXT, text),) if text else ()
    runs: list[Run] = []
    end = 0
    for match in REDACTION.finditer(text):
        if not is_redaction(text, match.start(), match.end()):
            continue
        if match.start() > end:
            runs.append(Run(RunKind.TEXT, text[end : match.start()]))
        runs.append(Run(RunKind.REDACTION, match.group(0)))
        end = match.end()
    if end < len(text):
        runs.append(Run(RunKind.TEXT, text[end:]))
    return tuple(runs)


def make_paragraph(
    id: str, line: int, text: str, role: ParagraphRole = ParagraphRole.BODY
) -> Paragraph:
    """A paragraph with its lead runs and, if it enumerates inline, its inline points (a
    table's row enumerates nothing: its cells are no sentence)."""
    sequence = enumeration(text) if role is not ParagraphRole.ROW else []
    if not sequence:
        return Paragraph(id, line, to_runs(text), (), role)
    ends = [offset for offset, _ in sequence[1:]] + [len(text)]
    points = tuple(
        InlinePoint(f"{id}-i{index}", marker, to_runs(text[offset + len(marker.text) : end]))
        for index, ((offset, marker), end) in enumerate(zip(sequence, ends, strict=True), 1)
    )
    return Paragraph(id, line, to_runs(text[: sequence[0][0]]), points, role)
