"""An editor's note before the text: the publisher's words about the text, not the text.

At the top of the body (after the header):

- a labelled note, `编者按：…`, `编按：…`, `【编前语】…`, `编者的话` (the note on the same line
  or the next);
- a reporter's lead that introduces a text published in full: a short paragraph ending with
  `…全文如下：`, or followed by a line announcing it (`以下为记者会发言全文`, `致词全文如下`).

Either becomes the document's note (shown apart, above the text) and leaves the body as an edit
(`metadata.note`). The reporters a news lead names (`新华社北京1月1日电（记者 张三）`) are the
document's authors; the lead stays in the text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from unionreader.model import Facts, Line
from unionreader.normalise.fields import parse_byline

logger = logging.getLogger(__name__)

LEAD = 300
"""A lead introducing a full text is at most this long."""

ANNOUNCEMENT = 40
"""A line that only announces the full text is at most this long."""

_LABELLED = re.compile(
    r"^[【\[]?(?:编者按|编按|编前语|编者的话|编辑按|编者注|按语|编辑的话)[】\]]?\s*[:：]?"
    r"\s*(?P<note>.*)$"
)
_ANNOUNCES = re.compile(r"如下[:：。]?$|[:：]$|全文$")
_FULL_TEXT = re.compile(r"全文|原文")
_LEAD = re.compile(r"^[^（(。，]{0,24}?(?:电|讯)\s*[（(](?P<inner>[^（）()]{2,40})[）)]")


def lead_reporters(text: str) -> str | None:
    """The reporters a news lead names (`新华社巴黎12月9日电（记者唐霁）…`)."""
    match = _LEAD.match(text.strip())
    return parse_byline(match.group("inner")) if match else None


def find_preface(lines: tuple[Line, ...], taken: dict[int, str], facts: Facts) -> Facts:
    """An editor's note or a lead at the top of the body (see the module), and the reporters a
    news lead names."""
    body = [i for i in range(len(lines)) if i not in taken][:3]
    if not body:
        return facts
    if facts.author is None and (reporters := lead_reporters(lines[body[0]].text)):
        facts = replace(facts, author=reporters)
    first = lines[body[0]].text.strip()
    labelled = _LABELLED.match(first)
    if labelled:
        note = labelled.group("note").strip()
        taken[body[0]] = "note"
        if not note and len(body) > 1:
            note = lines[body[1]].text.strip()
            taken[body[1]] = "note"
        return replace(facts, note=note or None)
    lead = [first]
    if len(body) > 1 and _announcement(lines[body[1]].text.strip()):
        lead.append(lines[body[1]].text.strip())
    if len(first) > LEAD or not (_announces(lead[-1]) and _FULL_TEXT.search("".join(lead))):
        return facts
    for index in body[: len(lead)]:
        taken[index] = "note"
    return replace(facts, note="".join(lead))


def _announcement(text: str) -> bool:
    return len(text) <= ANNOUNCEMENT and bool(_ANNOUNCES.search(text)) and "全文" in text


def _announces(text: str) -> bool:
    return bool(_ANNOUNCES.search(text))
