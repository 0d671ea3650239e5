"""What a text's note is: a law's passage (when and by whom it was adopted or revised, as its
title's note prints it: `2020年2月7日 北京市第十五届人民代表大会常务委员会第十八次会议通过`), a
selected work's headnote (`这是毛泽东在…会议上的讲话。`), or an editor's note; and what each
is called."""

from __future__ import annotations

import re

PASSING = r"(?:通过|修订|修正|修改|公布|发布|批准|施行|印发)"
"""What a body does to a law, as a passage line ends."""
DAY = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日"
)
_PASSED_AT_END = re.compile(rf"{PASSING}\s*[）)]?$")


def is_passage_note(note: str) -> bool:
    """Whether a text's note is a law's passage (`metadata._passages` makes it), not an
    editor's."""
    return bool(DAY.search(note)) and bool(_PASSED_AT_END.search(note))


_WHO = r"(?P<who>[\u4e00-\u9fff·]{2,6}?)(?:同志)?"
_HEADNOTES = (
    re.compile(
        rf"^这是{_WHO}(?:代表[^在为给对于。，]{{2,16}})?(?:在|为|给|对|于)[^。]{{2,80}}?(?:的|致的)?"
        r"(?P<what>讲话|讲演|演讲|报告|发言|谈话|文章|批语|按语|序言|结论|信|复信|电报|指示|批示"
        r"|决议|社论|祝词|贺词|题词)"
    ),  # 这是毛泽东同志代表中共中央在…会议上致的祝词。
    re.compile(rf"^{_WHO}此(?P<what>文)是为[^。]{{2,80}}而写的"),  # 毛泽东此文是为反对…而写的。
    re.compile(
        rf"^这篇(?P<what>[^，。]{{0,6}}?(?:文章|论文|讲话|讲演|报告))，?是{_WHO}(?:继|在|为|于|对|给|针对|根据)"
        r"[^。]{2,80}?(?:而写的|所作的|的讲演)"
    ),  # 这篇哲学论文，是毛泽东继《实践论》之后，…而写的。
)
SPOKEN = frozenset({"讲话", "讲演", "演讲", "发言", "祝词"})
"""What a headnote names when the text is a speech."""


def headnote_of(text: str) -> re.Match[str] | None:
    """A selected work's headnote under its title and date: what the text is and who gave it
    (`这是毛泽东在中共中央政治局扩大会议上的讲话。…`, `毛泽东此文是为…而写的。`, `这篇哲学论文，
    是毛泽东…而写的。`, as an edition of collected works prints it), with `who` and `what` (讲话,
    文章 …); or None."""
    return next((found for pattern in _HEADNOTES if (found := pattern.match(text))), None)


EDITOR_NOTE = "编者按"
PASSAGE_NOTE = "题注"
HEADNOTE = "题解"


TEXT_NOTE = re.compile(
    r"^[（(](?P<note>(?:本文|此文|全文)(?:为|系|是|根据|据)[^（）()]{4,80}"
    r"|(?:根据(?:讲话)?(?:录音|录像|视频|直播|现场|速记)(?:录音)?整理"
    r"|(?:本文|此文|全文|文章)?(?:略|稍)?有(?:删节|删改|删减|改动))[^（）()]{0,20})"
    r"[）)]$"
)
"""A note on the text itself, in brackets on a line of its own near its end or under its
header (`（本文为作者在全国工会安全生产工作会议上的发言，有删节）`, `（根据录音整理）`,
`（根据直播整理）`, `（本文有删减）`): the document's note."""


def note_label(note: str) -> str:
    """What a text's note is called: 题注 for a law's passage under its title, 题解 for a
    selected work's headnote (`这是…的讲话。`), else 编者按."""
    if is_passage_note(note):
        return PASSAGE_NOTE
    return HEADNOTE if headnote_of(note) else EDITOR_NOTE
