"""An editor's note before the text: the publisher's words about the text, not the text.

At the top of the body (after the header):

- a labelled note, `编者按：…`, `编按：…`, `【编前语】…`, `编者的话`, a paper's summary box
  (`核心阅读`) or a column's opening words (`开栏的话`) (the note on the same line or the next);
- a reporter's lead that introduces a text published in full: a short paragraph ending with
  `…全文如下：`, or followed by a line announcing it (`以下为记者会发言全文`, `致词全文如下`).

Either becomes the document's note (shown apart, above the text) and leaves the body as an edit
(`metadata.note`). The reporters a news lead names (`新华社北京1月1日电（记者 张三）`,
`本报北京12月31日讯 新华社记者秦杰、本报记者赵川东报道：`) are the document's authors, and the
date it gives with its year (`本报北京2000年12月31日讯`, or a release's day in brackets:
`（2024年4月30日）工联会今日…`) is its date; the lead stays in the text,
as printed. A byline in brackets opening the first paragraph (`【记者张世昌/台中报导】…`) is put
on a line of its own before the header is read (`split_lead_byline`).
"""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import replace

from unionreader.model import Facts, Line, Pass
from unionreader.normalise.fields import bracketed_byline, parse_byline, parse_date
from unionreader.normalise.passages import TEXT_NOTE, headnote_of

logger = logging.getLogger(__name__)

LEAD = 300
"""A lead introducing a full text is at most this long."""

ANNOUNCEMENT = 40
"""A line that only announces the full text is at most this long."""

_LABELLED = re.compile(
    r"^[【\[]?(?:[A-Za-z]{2,8})?"  # a site's initials before it (`CDT编者注：`)
    r"(?:编者按|编按|编前语|编者的话|编辑按|编者注|按语|编辑的话|核心阅读|开栏的话"
    r"|(?P<writer>(?:译者|笔者|本刊|本报|编辑部|[\u4e00-\u9fff]{1,3}君)按)(?=\s*[:：]))[】\]]?"
    r"\s*[:：]?"
    r"\s*(?P<note>.*)$"
)
_ANNOUNCES = re.compile(r"如下[:：。]?$|[:：]$|全文$")
_FULL_TEXT = re.compile(r"全文|原文")
_LEAD = re.compile(
    r"^(?P<head>[^（(。，：:]{0,24}?)(?:电|讯|消息(?=\s*[（(:：]))\s*"
    r"(?:[（(](?P<inner>[^（）()]{2,40})[）)]|(?P<said>[^（）()：:。，]{2,40}?)报道\s*[:：])?"
)
_LEAD_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


_BRACKETED_LEAD = re.compile(
    r"^(?:【[^】]{2,30}】\s*)?[（(](?P<agency>[\u4e00-\u9fff]{1,4}?社)"
    r"(?:特派|驻[\u4e00-\u9fff]{1,6})?记者(?P<rest>[\u4e00-\u9fff、]{4,20}?)\d{1,2}日(?:电|讯)[）)]"
)
"""A wire's lead in brackets, its reporters and where they wrote run together, as Taiwan's
papers print the Central News Agency's (`（中央社记者魏纭铃台北14日电）`, after a paper's own
`【大纪元9月14日报导】`)."""


def _wire_in_brackets(text: str) -> tuple[str, str, str] | None:
    """The agency, the reporters and the place of a wire's lead in brackets (`_BRACKETED_LEAD`),
    or None. The last reporter's name and the place are told apart by length: a name of three
    characters before a place of two or more, else of two (`魏纭铃台北`, `张三北京`)."""
    lead = _BRACKETED_LEAD.match(text.strip())
    if lead is None:
        return None
    *others, last = lead.group("rest").split("、")
    if len(last) < 4 or any(len(name) < 2 for name in others):
        return None
    cut = 3 if len(last) >= 5 else 2
    return lead.group("agency"), "、".join([*others, last[:cut]]), last[cut:]


def lead_reporters(text: str) -> str | None:
    """The reporters a news lead names (`新华社巴黎12月9日电（记者唐霁）…`, `本报北京12月31日讯
    新华社记者秦杰、本报记者赵川东报道：…`, `（中央社记者魏纭铃台北14日电）…`)."""
    if wire := _wire_in_brackets(text):
        return wire[1]
    match = _LEAD.match(text.strip())
    byline = match and (match.group("inner") or match.group("said"))
    return parse_byline(byline) if byline else None


def _lead_head(text: str) -> str | None:
    """What a news lead says before its 电, 讯 or 消息 (`新华社乌鲁木齐1月11日`, `央视网`), or
    None."""
    match = _LEAD.match(text.strip())
    return match.group("head") if match else None


_AGENCIES = r"[\u4e00-\u9fff]{1,4}?社|中新网|人民网|新华网|央视网"
_AGENCY = re.compile(rf"^(?:据|转自|来自)?(?P<agency>{_AGENCIES})")
"""The agency a lead opens with, past a word that reports it (`据新华社北京12月27日电`)."""
_LEAD_PLACE = re.compile(
    rf"^(?:据|转自|来自)?(?:{_AGENCIES}|本报|本网|本刊)"
    r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?=\d|[〇零一二三四五六七八九十]{1,3}月|电|讯|$)"
)


_WIRE_LEAD = re.compile(
    r"^[^，。：（(\s]{2,16}?\d{1,2}月\d{1,2}日(?:电|讯)(?:[（(][^（）()]{1,20}[）)])?\s*[:：]?$"
)
_UNDATED_LEAD = re.compile(
    r"^(?:本报|本网|本刊|本台|[\u4e00-\u9fff]{1,6}?(?:网|社|报|台))[\u4e00-\u9fff]{0,6}?"
    r"(?:讯|消息)(?:\s*[（(][^（）()]{1,20}[）)])?\s*[:：]?$"
)
"""A lead that names its paper or site and no date (`本报讯（记者 张三）`,
`央视网消息（新闻联播）：`)."""


def is_editor_note(text: str) -> bool:
    """Whether `text` opens an editor's note (`编者按：…`, `【编前语】…`)."""
    return bool(_LABELLED.match(text.strip()))


def is_wire_lead(text: str) -> bool:
    """Whether `text` is only a wire's lead (`新华社上海11月12日电`, `财联社11月24日讯（编辑
    赵昊）`, `央视网消息（新闻联播）：`), on a line of its own."""
    line = text.strip()
    return bool(_WIRE_LEAD.match(line) or _UNDATED_LEAD.match(line))


def lead_agency(text: str) -> str | None:
    """The news agency a wire's lead names (`新华社乌鲁木齐1月11日电 …`: 新华社), or None."""
    if wire := _wire_in_brackets(text):
        return wire[0]
    head = _lead_head(text)
    agency = _AGENCY.match(head.strip()) if head is not None else None
    return agency.group("agency") if agency else None


def lead_place(text: str) -> str | None:
    """Where a news lead was written (`新华社乌鲁木齐1月11日电`: 乌鲁木齐, `本报北京12月31日讯`:
    北京), or None."""
    if wire := _wire_in_brackets(text):
        return wire[2]
    if release := _RELEASE_LEAD.match(text.strip()):
        return release["place"]
    head = _lead_head(text)
    place = _LEAD_PLACE.match(head.strip()) if head is not None else None
    return place.group("place") if place else None


_DATED_LEAD = re.compile(r"^[（(](?P<date>[^（）()]{6,16}日)[）)]\s*(?=\S)")
"""A day in brackets opening the first paragraph, as a press release dates itself
(`（2024年4月30日）工聯會今日召開記者會…`)."""


_RELEASE_LEAD = re.compile(
    r"^[（(]?(?P<place>(?![\u4e00-\u9fff]*(?:说|称|道|表示|指出|认为|的))[\u4e00-\u9fff]{2,8})"
    r"[，,]\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"[）)]?\s*(?:[/／][^/／\s]{2,12}[/／]\s*)?(?:——|—|--|－－|-)\s*(?=\S)"
)
"""The place and the day a press release opens with, a dash after them (`香港，2023年4月14日 —
数码港今日宣布…`, `北京，2024年5月8日 /美通社/ --`)."""


def lead_date(text: str) -> str | None:
    """The date a news lead gives with its year (`本报北京2000年12月31日讯…`), or the day in
    brackets a release opens with (`（2024年4月30日）工联会今日…`) or after its place
    (`香港，2023年4月14日 — …`), or None."""
    if (dated_lead := _DATED_LEAD.match(text.strip())) and (day := parse_date(dated_lead["date"])):
        return day
    if (release := _RELEASE_LEAD.match(text.strip())) and (day := parse_date(release["date"])):
        return day
    head = _lead_head(text)
    dated = _LEAD_DATE.search(head) if head is not None else None
    return parse_date(dated.group(0)) if dated else None


_LEAD_DAY = re.compile(r"(?<![\d年])(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日$")
LEAD_BEFORE_PAGE = 31
"""A lead's day is at most this many days before the date of the page that carries it."""


def dated_by_lead(page_date: str | None, text: str) -> str | None:
    """The date of a page (`page_date`, YYYY-MM-DD) corrected by the day its text's lead gives
    without a year (`新华社上海11月30日电` on a page of 2023-12-01: 2023-11-30): a news item is
    of its lead's day, the page that reposts it of a later one. The page's date as it is where
    the lead gives no day, or one after it or long before."""
    head = _lead_head(text)
    found = _LEAD_DAY.search(head) if head is not None else None
    if page_date is None or found is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", page_date):
        return page_date
    page = datetime.date.fromisoformat(page_date)
    for year in (page.year, page.year - 1):  # 12月31日电 on a page of 1 January
        try:
            day = datetime.date(year, int(found["month"]), int(found["day"]))
        except ValueError:
            continue
        if 0 <= (page - day).days <= LEAD_BEFORE_PAGE:
            return day.isoformat()
    return page_date


TITLE_BYLINE_LINES = 2
"""A title and its byline on one line are looked for among this many lines of the top."""
LEAD_BYLINE_LINES = 5
"""A byline opening a paragraph is looked for among this many lines of the top."""
_LEAD_BYLINE = re.compile(r"^(?P<byline>【[^】]{2,30}】|〔[^〕]{2,30}〕)\s*(?P<rest>\S.*)$")


_TITLE_BYLINE = re.compile(
    r"^(?P<title>[^\s:：]{2,30}?)[ \u3000]+(?P<byline>作者\s*[:：]\s*\S.{0,24})$"
)
"""A title and its author's byline set on one line, apart (`劍俠傳   作者：王世貞`)."""
_OUTLET_END = re.compile(r"(?:网|網|报|報|社|台|臺|端|号|號|刊|志|频道|頻道|APP|app)$")
"""How an outlet's name ends (`光明网 作者：…` names where the text ran, not its title)."""


def split_lead_byline(lines: tuple[Line, ...]) -> Pass:
    """A reporter's byline in brackets that opens a paragraph near the top (`【特派记者巫月桦/台中
    报导】庆祝国庆日双十节，…`) goes on a line of its own, where the header reads it as the
    byline it is; the paragraph stays in the text. So does an author's byline set beside the
    title on the first lines (`劍俠傳   作者：王世貞`: the byline had taken the whole line, and
    the title was lost). Layout only: no text changes."""
    for index, line in enumerate(lines[:LEAD_BYLINE_LINES]):
        titled = _TITLE_BYLINE.match(line.text.strip()) if index < TITLE_BYLINE_LINES else None
        if titled and not _OUTLET_END.search(titled["title"]):  # 劍俠傳   作者：王世貞
            apart = (replace(line, text=titled["title"]), replace(line, text=titled["byline"]))
            return Pass((*lines[:index], *apart, *lines[index + 1 :]))
        lead = _LEAD_BYLINE.match(line.text.strip())
        if lead and bracketed_byline(lead.group("byline")):
            apart = (replace(line, text=lead.group("byline")), replace(line, text=lead["rest"]))
            return Pass((*lines[:index], *apart, *lines[index + 1 :]))
    return Pass(lines)


def find_preface(lines: tuple[Line, ...], taken: dict[int, str], facts: Facts) -> Facts:
    """An editor's note or a lead at the top of the body (see the module), and the reporters a
    news lead names."""
    body = [i for i in range(len(lines)) if i not in taken][:3]
    if not body:
        return facts
    if facts.author is None and (reporters := lead_reporters(lines[body[0]].text)):
        facts = replace(facts, author=reporters)
    if facts.date is None and (date := lead_date(lines[body[0]].text)):
        facts = replace(facts, date=date)
    if facts.source is None and (agency := lead_agency(lines[body[0]].text)):
        facts = replace(facts, source=agency)
    if facts.place is None and (place := lead_place(lines[body[0]].text)):
        facts = replace(facts, place=place)
    first = lines[body[0]].text.strip()
    if facts.note is None and (about := TEXT_NOTE.match(first)):
        taken[body[0]] = "note"  # （根据直播整理）, under the header
        return replace(facts, note=about.group("note").strip())
    if len(first) <= HEADNOTE and (headnote := headnote_of(first)):
        taken[body[0]] = "note"  # 这是毛泽东在…会议上的讲话。…: a selected work's headnote
        return replace(facts, note=first, author=facts.author or headnote.group("who"))
    labelled = _LABELLED.match(first)
    note = labelled.group("note").strip() if labelled else ""
    # (a writer's label alone, `木田君按：`, may head a note of many paragraphs: none is taken)
    if labelled and (note or not labelled.group("writer")):
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


HEADNOTE = 400
"""A headnote is at most this long."""


def _announcement(text: str) -> bool:
    return len(text) <= ANNOUNCEMENT and bool(_ANNOUNCES.search(text)) and "全文" in text


def _announces(text: str) -> bool:
    return bool(_ANNOUNCES.search(text))
