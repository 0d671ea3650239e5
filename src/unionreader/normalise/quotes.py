"""Quotation-mark rule: a paragraph break set inside a quotation, just before its closing mark,
leaves the mark at the start of the next paragraph (`…不得超过三十六小时。` / `”《劳动合同法》
第九十二条规定：…`); the mark goes back to the end of the quotation it closes."""

from __future__ import annotations

import logging
from dataclasses import replace

from unionreader.model import Edit, Line, Pass, Shape

logger = logging.getLogger(__name__)

RULE = "lines.quote"
PAIRS = {"”": "“", "」": "「", "』": "『", "’": "‘"}
"""Each closing mark and the opening mark it closes."""
CONTEXT = 6
"""Characters on either side of the mark an edit shows."""


def close_split_quotes(lines: tuple[Line, ...]) -> Pass:
    """Move a closing quotation mark that opens a paragraph to the end of the paragraph above,
    where a quotation is open (more of its opening marks than closing ones)."""
    out: list[Line] = []
    edits: list[Edit] = []
    for line in lines:
        mark = line.text[:1]
        opening = PAIRS.get(mark)
        above = out[-1] if out else None
        if opening is None or above is None or _set_apart(line) or _set_apart(above):
            out.append(line)
            continue
        if above.text.count(opening) <= above.text.count(mark):
            out.append(line)
            continue
        rest = line.text[1:].lstrip()
        before = f"{above.text[-CONTEXT:]}⏎{line.text[: CONTEXT + 1]}"
        after = f"{above.text[-CONTEXT:]}{mark}⏎{rest[:CONTEXT]}"
        edits.append(Edit(RULE, line.number, before, after))
        out[-1] = replace(above, text=above.text + mark)
        if rest:
            out.append(replace(line, text=rest))
    return Pass(tuple(out), tuple(edits)) if edits else Pass(lines)


def _set_apart(line: Line) -> bool:
    """A heading or a table's row: no paragraph a quotation runs through."""
    return line.shape in (Shape.HEADING, Shape.ROW)
