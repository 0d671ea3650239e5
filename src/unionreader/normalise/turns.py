"""Speakers' turns: a transcript (a council's record, a symposium's minutes, an interview) opens
line after line with who speaks (`梁國雄議員：主席，…`, `主席：梁議員，…`). Such a line is one
speaker's words: its label is no salutation to split off (`lines.unfold`), and it is never joined
to the line above, whatever that line ends with (`lines.join`: a turn cut off with `......` over
a page break). A transcript that sets who speaks on a line of their own over their words
(`主持人许波：` over `听众，观众朋友们，…`) has each such line open the turn below it
(`lines.join_label_values`)."""

from __future__ import annotations

import re
from collections import Counter

from unionreader.docmeta import is_salutation
from unionreader.model import Line
from unionreader.normalise.fields import is_bare_label
from unionreader.normalise.people import parse_speaker

TRANSCRIPT = 3
"""Lines that open with who speaks make a transcript from this many on."""

_LABEL = re.compile(r"^([^。；！？：:\s]{2,20}[：:])\s*(?=\S)")


def speaker_label(text: str) -> bool:
    """Whether `text` opens with a speaker's label and goes on with what they say."""
    match = _LABEL.match(text.strip())
    return match is not None and is_salutation(match.group(1))


DIALOGUE = 5
"""A speaker of a dialogue opens this many of its lines or more…"""
SPEAKERS = 2
"""…and so do at least this many speakers."""


def is_dialogue(lines: tuple[Line, ...]) -> bool:
    """Whether `lines` are a record of people speaking in turn under labels of any words (a
    hearing's `仲裁庭工作人员：`, `申请人代理律师刘喻：`, `证人陈某：`, which name no body the
    salutation's rules know): each line that opens with a label is then a turn."""
    labels = Counter(
        match.group(1)
        for line in lines
        if (match := _LABEL.match(line.text.strip())) and _SAYS.search(match.string[match.end() :])
    )
    turns = sum(labels.values())
    speakers = sum(count >= DIALOGUE for count in labels.values())
    return speakers >= SPEAKERS and turns >= TURNS_SHARE * len(lines)


TURNS_SHARE = 0.4
"""…and its turns are this share of its lines or more (a collection's `原标题：…` lines, a
textbook's `广义：…`, are few among its paragraphs)."""
_SAYS = re.compile("[。！？，]")
"""What a turn's words hold (a field's value, `原标题：…`, `考点 1：…`, seldom does)."""


def opens_with_label(text: str) -> bool:
    """Whether `text` opens with a label of any words and goes on after it (`…律师：清楚`)."""
    return _LABEL.match(text.strip()) is not None


def is_transcript(lines: tuple[Line, ...]) -> bool:
    """Whether enough lines open with a speaker's label to make `lines` a transcript."""
    return sum(speaker_label(line.text) for line in lines) >= TRANSCRIPT


_ROLE = re.compile(r"^(?:主持人|记者|嘉宾|观众|听众|网友|专家|受访者|问|答|主席)\S{0,4}$")
"""Who speaks in a conversation, named by their part in it (`记者申华`, `主持人`)."""
_BARE = re.compile(r"^[^\s。，,；;！？!?：:、]{2,12}[：:]$")
BARE_TURNS = 3
"""A transcript that sets who speaks on a line of their own does so this many times or more."""


def bare_turn(text: str) -> bool:
    """Whether `text` is only who speaks (`主持人许波：`, `记者申华：`, `刘亚星：`), over what
    they say: a person named, or a role in a conversation; not a salutation (`同志们：` stands
    alone), a field's label (`时间：`) or a heading over a list (`材料：`, `埃塞俄比亚：`)."""
    stripped = text.strip()
    if not _BARE.match(stripped) or is_salutation(stripped) or is_bare_label(stripped):
        return False
    who = stripped[:-1]
    return bool(_ROLE.match(who)) or parse_speaker(who) is not None


def sets_turns_apart(lines: tuple[Line, ...]) -> bool:
    """Whether `lines` set who speaks on lines of their own, over their words, again and again."""
    return sum(bare_turn(line.text) for line in lines) >= BARE_TURNS
