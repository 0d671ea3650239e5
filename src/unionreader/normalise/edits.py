"""Helpers that apply a change to lines and record it as `Edit`s, shared by every rule."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable

from unionreader.model import Edit, Line, Pass

logger = logging.getLogger(__name__)

CONTEXT = 4  # characters of context kept either side of a change in an Edit


def substitute(
    rule: str,
    line: Line,
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], str],
) -> tuple[Line, list[Edit]]:
    """Replace every match of `pattern` in `line`; record each real change with a little context.

    `before` and `after` show the change with up to CONTEXT characters of unchanged text either
    side, so that a reader can find it in the source line.
    """
    text = line.text
    pieces: list[str] = []
    edits: list[Edit] = []
    end = 0
    changed = False
    for match in pattern.finditer(text):
        new = replace(match)
        pieces.append(text[end : match.start()])
        pieces.append(new)
        end = match.end()
        if new != match.group(0):
            changed = True
            left = text[max(0, match.start() - CONTEXT) : match.start()]
            right = text[match.end() : match.end() + CONTEXT]
            edits.append(Edit(rule, line.number, left + match.group(0) + right, left + new + right))
    if not changed:
        return line, edits
    pieces.append(text[end:])
    return dataclasses.replace(line, text="".join(pieces)), edits


def substitute_all(
    rule: str,
    lines: Iterable[Line],
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], str],
) -> Pass:
    """`substitute` over many lines."""
    out: list[Line] = []
    edits: list[Edit] = []
    for line in lines:
        new_line, line_edits = substitute(rule, line, pattern, replace)
        out.append(new_line)
        edits.extend(line_edits)
    return Pass(tuple(out), tuple(edits))


def drop_lines(rule: str, lines: Iterable[Line], drop: Callable[[int], bool]) -> Pass:
    """Remove the lines whose index `drop` accepts; each removed non-blank line is an Edit."""
    kept: list[Line] = []
    edits: list[Edit] = []
    for index, line in enumerate(lines):
        if drop(index):
            if line.text.strip():
                edits.append(Edit(rule, line.number, line.text, ""))
        else:
            kept.append(line)
    return Pass(tuple(kept), tuple(edits))
