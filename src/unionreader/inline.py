"""Inline content of a paragraph: redaction runs and inline enumerations (…：一是…；二是…)."""

from __future__ import annotations

import logging
import re

from unionreader.markers import enumeration
from unionreader.model import InlinePoint, Paragraph, ParagraphRole, Run, RunKind

logger = logging.getLogger(__name__)

REDACTION = re.compile(r"[*＊]+(?:[.．][*＊]+)*")
"""A redaction as the source writes it: `*`, `**`, `*.*`."""


def to_runs(text: str) -> tuple[Run, ...]:
    """Split text into plain runs and redaction runs, keeping every character."""
    runs: list[Run] = []
    end = 0
    for match in REDACTION.finditer(text):
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
    """A paragraph with its lead runs and, if it enumerates inline, its inline points."""
    sequence = enumeration(text)
    if not sequence:
        return Paragraph(id, line, to_runs(text), (), role)
    ends = [offset for offset, _ in sequence[1:]] + [len(text)]
    points = tuple(
        InlinePoint(f"{id}-i{index}", marker, to_runs(text[offset + len(marker.text) : end]))
        for index, ((offset, marker), end) in enumerate(zip(sequence, ends, strict=True), 1)
    )
    return Paragraph(id, line, to_runs(text[: sequence[0][0]]), points, role)
