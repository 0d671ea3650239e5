"""The end of a text: what stands after its last sentence about the text and its author.

Within the last lines:

- an **author note**, `（作者为甘肃省总工会主席）`, `作者为工党副主席`, or a column's note on its
  writer (`【家兴专栏】前职工盟工会干事，现为自由撰稿人。`) → the author's office or note;
- a **closing byline**, `（记者 张三 李四）`, or a name or a body's name in brackets, on a line of
  its own (`（德清县发改局）`) or at the very end of the last paragraph (`…举行。（张巨峰）`) →
  the author; an end mark `（完）` there goes too;
- a **source note**, `本文原载于《工人日报》`, `本栏原载于区家麟的网志《潮池》。` → the source;
  so is where it was printed, `《人民日报》（2020年11月25日 02 版）`, which wins over a wire's
  dateline standing alone there, `（新华社北京11月24日电）` (both leave the text);
- a **signature**: a date on the last line, a name on it or on the line above (`蔡英文　2018/11/28`,
  `段崇智` over `二〇一九年十月十八日`) → the date and the author; the signature stays in the text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from unionreader.model import Edit, Facts, Line
from unionreader.normalise.fields import (
    PRINTED,
    WRITER_WORDS,
    Dateline,
    byline_place,
    parse_any_date,
    parse_byline,
    parse_closing_byline,
    parse_date,
    parse_date_line,
    parse_dateline,
    parse_report_byline,
    printed_source,
)
from unionreader.normalise.passages import TEXT_NOTE
from unionreader.normalise.people import (
    OFFICE_TITLES,
    SPOKEN_ON,
    Speaker,
    name_before_office,
    parse_speaker,
)
from unionreader.normalise.widgets import is_appeal

logger = logging.getLogger(__name__)

WINDOW = 4
"""The end's notes lie within this many lines of the end."""

CONTEXT = 6
"""Characters of the line kept before a cut byline in its edit."""

SIGNER = 16
"""A body that signs a text has a name at most this long."""

NOTE_LENGTH = 200
"""A note on the author is at most this long."""

_AUTHOR_NOTE = re.compile(
    r"^[（(]?\s*(?:作者(?:为|系|是|：|:)|作者单位\s*[:：]|作者简介\s*[:：])\s*(.+?)\s*[)）]?[。.]?$"
)
"""A note on the author (`（作者为…）`, `（作者单位：湖南工程学院）`, `作者简介：…`)."""
_NAMED_AUTHOR = re.compile(
    r"^(?:(?P<open>[（(])\s*)?作者\s*[:：]\s*(?P<name>.+?)\s*(?(open)[)）])$"
)
"""`作者：…` or `（作者：…）`, the name perhaps with its office in brackets."""
_COLUMN_NOTE = re.compile(r"^【(?P<column>[^】]{2,16})】\s*(?P<note>.+)$")
_COLUMN_WORDS = re.compile(r"专栏|网志|博客|自传|观点|作者|简介")
"""What a column's label names that a note on its writer follows (`【家兴专栏】…`)."""
_BIO_WORDS = re.compile(r"现为|现任|曾任|毕业于|学士|硕士|博士")
"""What a note on a writer says of them under any label (`【作者】前干事，现为撰稿人`,
`【谭瑞玲・书海逍遥游】香港大学文学院历史系学士，曾任教…`; a column's paragraph under its label,
`【说法】法院认为…系用人单位主营业务…`, says none of it, and is text)."""
_SOURCE_NOTE = re.compile(
    r"^(?:本文|本栏|此文|原文|文章)(?:原创|原|首)?(?:刊|载|发表|刊登|发|发布|转载|刊发|刊载)(?:于|自|在)"
    r"(?P<source>[^。]{2,40})[。.]?$"
)
_WIRE_DATELINE = (
    r"[（(]\s*(?P<agency>本报|本刊|[\u4e00-\u9fff]{1,8}?(?:社|报|网|台))[\u4e00-\u9fff]{0,12}?"
    r"\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)\s*[）)]"
)
"""A news agency's dateline in brackets: `（新华社北京11月24日电）`."""
_WIRE = re.compile(rf"^{_WIRE_DATELINE}$")
"""A wire's dateline standing alone at the end."""
_WIRE_TAIL = re.compile(rf"(?P<lead>[。！？”」』…])\s*{_WIRE_DATELINE}\s*$")
"""A wire's dateline closing the last paragraph: `…谢谢大家。（新华社北京1月1日电）`."""
CAPTION = 60
"""What follows the wire's dateline at the end, each line at most this long, is the pictures'
captions and credits (`图片：`, `…发表重要讲话。`, `（新华社记者兰红光摄）`)."""
_PHOTO_CREDIT = re.compile(r"(?:摄|摄影|供图)\s*[）)]?$")
AFTER_WIRE = 4
"""At most this many lines follow it."""
_TRAILING = re.compile(r"(?P<lead>[。！？”」』…])\s*[（(](?P<inner>[^（）()]{1,16})[）)]\s*$")
_END_MARKS = frozenset({"完", "全文完", "终", "END", "end"})
_ORGANISATION = re.compile(
    r"(?:总工会|工会|委员会|联合会|协会|学会|研究会|商会|总会|联会|联盟|阵线|政府|办公室|办公厅|局|厅|委|"
    r"院|学校|大学|中学|小学|幼儿园|银行|兵团|司令部|"
    r"公司|集团|中心|支部|党委|党组|调查队|大队|站|所|报社|社|部|处|科|馆)$"
)
_ACTION = re.compile(r"召开|举行|开展|启动|发布|举办|召集|组织|印发|表彰|成立|开幕|闭幕")


@dataclass(frozen=True)
class Ending:
    """The lines left, what was cut from within a line (edits), and the facts found."""

    lines: tuple[Line, ...]
    edits: tuple[Edit, ...]
    facts: Facts


def signer(text: str) -> str | None:
    """A person or a body a closing bracket names (`张巨峰`, `德清县发改局`, `记者林骏强`), or
    None."""
    inner = text.strip()
    if speaker := parse_speaker(inner):
        return speaker.name
    if is_organisation(inner):
        return inner
    return parse_byline(inner) if _REPORTER_ROLE.match(inner) else None


_REPORTER_ROLE = re.compile(r"^(?:\S{0,6}?(?:记者|通讯员|评论员)|实习生)")


def cut_wire_ending(lines: tuple[Line, ...], facts: Facts) -> Ending:
    """The end of a wire's text: its dateline closing the last paragraph (`…谢谢大家。
    （新华社北京1月1日电）`, cut, the agency the source) or standing alone, and the pictures'
    captions after it, which go (not a line saying where it was printed or who wrote it)."""
    for index in range(len(lines) - 1, max(len(lines) - AFTER_WIRE - 2, -1), -1):
        text = lines[index].text.strip()
        tail = _WIRE_TAIL.search(text)
        if not (tail or _WIRE.match(text)):
            continue
        after = lines[index + 1 :]
        if any(len(line.text.strip()) > CAPTION for line in after):
            break
        notes = [line for line in after if _end_note(line.text.strip())]  # read by `find_end`
        edits = [
            Edit("boilerplate.caption", ln.number, ln.text, "") for ln in after if ln not in notes
        ]
        kept = [*lines[: index + 1], *notes]
        if tail:
            line = kept[index]
            cut = text[: tail.end("lead")]
            context = cut[-CONTEXT:]
            edits.insert(
                0, Edit("metadata.source", line.number, context + text[len(cut) :], context)
            )
            kept[index] = replace(line, text=cut)
            agency = tail.group("agency")
            if facts.source is None and not agency.startswith("本"):
                facts = replace(facts, source=agency)
        return Ending(tuple(kept), tuple(edits), facts)
    return Ending(lines, (), facts)


def _end_note(text: str) -> bool:
    """A line of the end that says where the text was printed or who wrote it (not who took a
    picture: `（新华社记者兰红光摄）`)."""
    if _PHOTO_CREDIT.search(text):
        return False
    return bool(PRINTED.match(text) or _SOURCE_NOTE.match(text) or _closing_byline(text)) or (
        is_author_note(text)
    )


_CREDIT_AFTER_LEAD = re.compile(
    r"(?P<lead>[。！？”」』])\s*(?:报导|报道|撰文|采访|文字)\s*(?:[•·、．・]\s*(?:摄影|摄))?\s*[╱/／]\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4})\s*$"
)
"""A reporter's credit run on after the lead's last sentence (`…都得盡力。」報導•攝影╱向高彬`,
as a Taiwan paper sets it under its lead)."""
LEAD_LINES = 3
"""The lead that a reporter's credit closes is among this many lines of the text's top."""


def cut_lead_credit(lines: tuple[Line, ...], facts: Facts) -> Ending:
    """`…都得盡力。」報導•攝影╱向高彬` → `…都得盡力。」`, the author 向高彬, on one of the first
    lines: the lead is finished, and the paragraph below is not joined to it."""
    for index, line in enumerate(lines[:LEAD_LINES]):
        match = _CREDIT_AFTER_LEAD.search(line.text)
        if match is None:
            continue
        kept, cut = line.text[: match.end("lead")], line.text[match.end("lead") :]
        context = kept[-CONTEXT:]
        edit = Edit("metadata.byline", line.number, context + cut, context)
        facts = replace(facts, author=facts.author or match.group("name"))
        lines = (*lines[:index], replace(line, text=kept), *lines[index + 1 :])
        return Ending(lines, (edit,), facts)
    return Ending(lines, (), facts)


def cut_trailing_byline(lines: tuple[Line, ...], facts: Facts) -> Ending:
    """`…举行。（张巨峰）` → `…举行。`, the author 张巨峰 (and `（完）` cut as an end mark);
    `…釐清死因。（王煌忠／台中报导）`, a Taiwan paper's credit, the author and where they wrote."""
    if not lines:
        return Ending(lines, (), facts)
    last = lines[-1]
    match = _TRAILING.search(last.text)
    if match is None:
        return Ending(lines, (), facts)
    inner = match.group("inner").strip()
    name = signer(inner) or parse_report_byline(inner) or parse_closing_byline(f"（{inner}）")
    if name is None and inner not in _END_MARKS:
        return Ending(lines, (), facts)
    if name and facts.author is None and (place := byline_place(inner)):
        facts = replace(facts, place=facts.place or place)
    kept, cut = last.text[: match.end("lead")], last.text[match.end("lead") :]
    context = kept[-CONTEXT:]
    edit = Edit("metadata.byline", last.number, context + cut, context)
    if name and facts.author is None:
        facts = replace(facts, author=name)
    return Ending((*lines[:-1], replace(last, text=kept)), (edit,), facts)


def find_end(lines: tuple[Line, ...], facts: Facts, taken: dict[int, str]) -> Facts:
    """Author notes, closing bylines and source notes near the end (see the module)."""
    wired = False  # a wire's dateline seen: a printed line wins over what it gave
    text_from = next((i for i, line in enumerate(lines) if "。" in line.text), len(lines))
    for index in range(max(0, len(lines) - WINDOW), len(lines)):
        text = lines[index].text.strip()
        if index in taken:
            continue
        named = _NAMED_AUTHOR.match(text)
        if named and (person := _with_office(named.group("name"))):
            taken[index] = "author-note"  # （作者：方敏北京大学经济学院教授）
            facts = replace(
                facts,
                author=facts.author or person.name,
                author_note=facts.author_note or person.office,
            )
        elif facts.author_note is None and (note := author_note(text)):
            taken[index] = "author-note"
            facts = replace(facts, author_note=note)
        elif facts.author_note is None and taken.get(index - 1) == "byline" and _office(text):
            taken[index] = "author-note"  # 作者：朱丽华 over 济南市莱芜区法院民二庭副庭长
            facts = replace(facts, author_note=text)
        elif facts.author is None and (names := _closing_byline(text, index > text_from)):
            taken[index] = "byline"
            facts = replace(facts, author=names, place=facts.place or byline_place(text))
        elif facts.author is None and (credit := _credited_with_source(text)):
            taken[index] = "byline"  # 中青报·中青网记者 魏其濛 来源：中国青年报
            facts = replace(facts, author=credit.author, source=facts.source or credit.source)
        elif facts.source is None and (source := _SOURCE_NOTE.match(text)):
            taken[index] = "source"
            facts = replace(facts, source=source.group("source").strip())
        elif facts.note is None and (about := TEXT_NOTE.match(text)):
            taken[index] = "text-note"  # （本文为作者在…上的发言，有删节）
            facts = replace(facts, note=about.group("note").strip())
        elif printed := PRINTED.match(text):
            taken[index] = "source"  # where it was printed: over a wire's dateline
            if facts.source is None or wired:
                facts = replace(facts, source=printed_source(printed))
            if facts.date is None and (day := parse_date(printed.group("issue") or "")):
                facts = replace(facts, date=day)  # the day of the paper it was printed in
        elif wire := _WIRE.match(text):
            taken[index] = "source"
            wired = True
            agency = wire.group("agency")
            if facts.source is None and not agency.startswith("本"):
                facts = replace(facts, source=agency)
    return facts


OFFICE_LINE = 40
"""The line of a closing byline's author's office is at most this long."""
_OFFICE_END = re.compile(
    rf"(?:{'|'.join(OFFICE_TITLES)}|法官|检察官|庭长|律师|记者|编辑|讲师|博士|工程师|会计师)$"
)


def _office(text: str) -> bool:
    """Whether a line under a closing byline is its author's office: short, no sentence, and
    ending with an office (`济南市莱芜区法院民二庭副庭长、一级法官`)."""
    return (
        len(text) <= OFFICE_LINE
        and not _SENTENCE.search(text)
        and bool(_OFFICE_END.search(text))
        and parse_speaker(text) is None
    )


_SENTENCE = re.compile(r"[。！？!?；;：:]")


def is_author_note(text: str) -> bool:
    return author_note(text) is not None


def _credited_with_source(text: str) -> Dateline | None:
    """A closing line that names the reporters and the source (`中青报·中青网记者 魏其濛
    来源：中国青年报`), as its fields, or None."""
    fields = parse_dateline(text)
    return fields if fields and fields.author and fields.source and not fields.date else None


def signs(text: str) -> bool:
    """A line that signs a text: a date, a person's name (and a date), an author in brackets."""
    stripped = text.strip()
    if parse_date_line(stripped) or parse_speaker(stripped) or _closing_byline(stripped):
        return True
    parts = re.split(r"[\s\u3000]+", stripped)
    return len(parts) == 2 and bool(parse_date_line(parts[1]) and parse_speaker(parts[0]))


def organisations(text: str) -> str | None:
    """The bodies a line names, with spaces between (`宜春市统计局 国家统计局宜春调查队`)."""
    names = text.split()
    if 1 <= len(names) <= 3 and all(is_organisation(name) for name in names):
        return " ".join(names)
    return None


def is_organisation(text: str) -> bool:
    """A line that names a body (`市总工会`, `德清县发改局`), as a signature does."""
    stripped = text.strip()
    return (
        len(stripped) <= SIGNER
        and bool(_ORGANISATION.search(stripped))
        and not re.search(r"[，。；：、]", stripped)
    )


_ISSUER = re.compile(
    r"^(?P<issuer>[^，。；：、《》“”（）()\s]{2,30}?)\s*关于\S.*的"
    r"(?:通知|决定|意见|通报|批复|报告|请示|函|公告|通告|规定|办法|决议)$"
)


def issuer_in_title(title: str) -> str | None:
    """The body a document's title names as its issuer (`宿迁市人民政府关于印发…的通知`: 宿迁市人民
    政府), or None: the form of every official document's title."""
    match = _ISSUER.match(title.strip())
    issuer = match.group("issuer") if match else None
    return issuer if issuer and is_organisation(issuer) else None


def _with_office(text: str) -> Speaker | None:
    """A name with its office, run on (`方敏北京大学经济学院教授`) or in brackets after it."""
    person = name_before_office(text) or parse_speaker(text)
    return person if person is not None and person.office else None


def author_note(text: str) -> str | None:
    """The note of `（作者为…）`, `作者为…` or `【…专栏】…` on a text's author, or None."""
    text = text.strip()
    if len(text) > NOTE_LENGTH:
        return None
    named = _NAMED_AUTHOR.match(text)
    if named and (parse_speaker(named.group("name")) or parse_byline(text)):
        return None  # 作者：张三 (于珊珊 马明花  编辑：…) names the authors: a byline, no note
    if match := _AUTHOR_NOTE.match(text):
        return match.group(1)
    column = _COLUMN_NOTE.match(text)
    if column is None or is_appeal(text):  # not 专栏开放…稿件请…
        return None
    note = column.group("note").strip()
    if _COLUMN_WORDS.search(column.group("column")) or _BIO_WORDS.search(note):
        return note.rstrip("。")
    return None


_WRITER_CREDIT = re.compile(rf"^(?:{WRITER_WORDS})\s*[:：|｜丨/]")
"""A writer's credit closing a post, with the credits of its editors (`文字：刘佳妮`)."""


def _closing_byline(text: str, bare: bool = False) -> str | None:
    """The authors a line closing a text names: in brackets, with where they wrote from, after a
    writer's label, or (`bare`: below the text's running text) a reporter's byline as it
    stands at the top (`九派新闻记者 武菲菲 实习记者 湛泽梅`)."""
    if names := parse_closing_byline(text) or parse_report_byline(text):
        return names
    if _WRITER_CREDIT.match(text) or (bare and not any(mark in text for mark in "。，；！？")):
        return parse_byline(text)  # 文字：刘佳妮 · 九派新闻记者 武菲菲 实习记者 湛泽梅
    named = _NAMED_AUTHOR.match(text)
    if named and (speaker := parse_speaker(named.group("name"))):
        return speaker.name
    if text[:1] in "（(" and text[-1:] in "）)":
        return signer(text[1:-1])
    return None


def signature(lines: tuple[Line, ...]) -> tuple[str | None, str | None]:
    """The date and the signer of a text signed at its end (above its distribution lines,
    `抄送：…`, a note in brackets, `（此件公开发布）`, or a registration code), each None when it is
    not; or of a covering notice signed above the document it issues (`_covering`)."""
    while lines and _after_signature(lines[-1].text):
        lines = lines[:-1]
    if not lines:
        return None, None
    last = lines[-1].text.strip()
    if parse_date_line(last) is not None:
        return _signed(lines, len(lines) - 1)
    if (colophon := _COLOPHON.search(last)) and (day := parse_any_date(colophon["date"])):
        writer = parse_speaker(colophon["name"])
        if writer is not None and not writer.office:
            return day, writer.name  # …一九二七年四月十一日，鲁迅识于广州中山大学。
    parts = re.split(r"[\s\u3000]+", last)
    if len(parts) == 2 and (date := parse_date_line(parts[1])) and (who := parse_speaker(parts[0])):
        return date, who.name
    return _above_appendix(lines) or _covering(lines)


_COLOPHON = re.compile(
    rf"(?:^|[。！？]\s*)(?P<date>{SPOKEN_ON})[，,\s]*(?P<name>[\u4e00-\u9fff]{{2,4}}?)"
    r"(?:识|记|序|写|作|书|跋)(?:于[^。，]{2,20})?[。.]?$"
)
"""A preface's or a postscript's colophon closing the text: the day, who, and where he wrote it
(`一九二七年四月十一日，鲁迅识于广州中山大学。`), a signature run into one sentence."""
_APPENDIX = re.compile(r"^(?:附录|附件)\s*[\d一二三四五六七八九十]*\s*(?:[.．、:：]|$)")
"""The mark that opens an appendix after a text's signature (`附录1.数据格式说明`, `附件2：`)."""


def _above_appendix(lines: tuple[Line, ...]) -> tuple[str | None, str | None] | None:
    """The signature of a text signed above its first appendix (a 倡议书's signatories and date
    over `附录1.数据格式说明`), or None."""
    for index, line in enumerate(lines):
        if index > 0 and _APPENDIX.match(line.text.strip()):
            dated = index - 1
            while dated > 0 and _after_signature(lines[dated].text):
                dated -= 1
            return _signed(lines, dated) if parse_date_line(lines[dated].text) else None
    return None


def _signed(lines: tuple[Line, ...], dated: int) -> tuple[str | None, str | None]:
    """The date on line `dated` and who signs above it: a person, or a body (`河南省交通工会`),
    or bodies that sign it together, one to a line (`中华全国总工会` over `人力资源社会保障部`)."""
    date = parse_date_line(lines[dated].text)
    above = lines[dated - 1].text.strip() if dated > 0 else ""
    person = parse_speaker(above)
    if person is not None:
        return date, person.name
    if not is_organisation(above):
        return date, None
    bodies = [above]
    at = dated - 2
    while at >= 0 and len(bodies) < SIGNERS and _cosigner(lines[at].text.strip()):
        bodies.insert(0, lines[at].text.strip())
        at -= 1
    return date, "、".join(bodies)


SIGNERS = 8
"""At most this many bodies sign a text together, one to a line over the date."""


def _cosigner(text: str) -> bool:
    """Whether a line above a body that signs a text is another that signs it with it: a body's
    name alone (no space in it: `张海燕	市第一医院工会` is a person and where she works)."""
    return is_organisation(text) and not any(char.isspace() for char in text)


_DISTRIBUTION = re.compile(r"^(?:抄送|抄报|分送|发送|主题词|关键词|印发|打印)\S{0,12}?\s*[:：]")
"""Who else a notice goes to, or where and when it was printed, under its signature."""
_ISSUES = re.compile(r"(?:印发|颁发|发布|转发|下发|表彰|附件)|现将《")
_NAMED_ATTACHMENT = re.compile(r"^附件\s*\d*\s*[:：]\s*(?:\d+\s*[.．、]\s*)?(?P<title>\S.{2,60})$")
"""A notice's attachment named in its text (`附件：湖北五一劳动奖…推荐对象名单`)."""
_ATTACHED = re.compile(r"^附件\s*\d*\s*[:：]?$")
"""The mark over a notice's attachment, on a line of its own (`附件`, `附件1`)."""
_ISSUED = re.compile(r"《([^《》]{4,60})》")
_NOTE_LINE = r"[（(][^（）()]{2,20}[）)]"
_CODE_LINE = r"[A-Z]{2,}[A-Z0-9]*-\d{4}-\d{3,}"
_PRINTED_LINE = (
    r"\S.{1,40}?\s*[0-9〇○零一二三四五六七八九]{4}\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月"
    r"\s*[0-9一二三四五六七八九十]{1,3}\s*日\s*印发|(?:共印|印数)\s*[:：]?\s*\S{1,6}份"
)
_PUBLICITY = r"此件(?:公开发布|主动公开|依申请公开|不予公开|不公开|删减后公开)"
_AFTER_SIGNATURE = re.compile(
    rf"^(?:{_NOTE_LINE}|{_CODE_LINE}|{_PRINTED_LINE}|{_PUBLICITY})$|{_DISTRIBUTION.pattern}"
)
"""What may stand under a signature: a note in brackets on a line of its own (`（此件公开
发布）`, or the publication note bare: `此件公开发布`), a registration code
(`ZJAC00-2024-0001`), the distribution lines (`抄送：…`), the colophon's line of who printed it
and when (`国务院办公厅 2024年1月15日印发`, `共印50份`)."""


def _after_signature(text: str) -> bool:
    """Whether `text` may stand under a signature (`_AFTER_SIGNATURE`) and is no date itself
    (`（2024年3月1日）` is one)."""
    stripped = text.strip()
    return bool(_AFTER_SIGNATURE.match(stripped)) and parse_date_line(stripped) is None


def _covering(lines: tuple[Line, ...]) -> tuple[str | None, str | None]:
    """The signature of a notice that issues a document (`…印发《宿迁市城乡医疗救助暂行办法》…`)
    or attaches one, followed by it: the date (and the signer) just above the document's title
    or the mark over the attachment (`附件`), a note in brackets between (`（此件公开发布）`)."""
    if not any(_ISSUES.search(line.text) for line in lines):
        return None, None
    issued = {title for line in lines for title in _ISSUED.findall(line.text)}
    issued |= {
        named["title"].strip("《》 ")
        for line in lines
        if (named := _NAMED_ATTACHMENT.match(line.text.strip()))
    }
    for index, line in enumerate(lines):
        text = line.text.strip()
        if index > 0 and (text.strip("《》") in issued or _ATTACHED.match(text)):
            dated = index - 1
            while dated > 0 and _after_signature(lines[dated].text):
                dated -= 1
            if parse_date_line(lines[dated].text) is not None:
                return _signed(lines, dated)
            return None, None
    return None, None
