"""Document metadata: what the text says (Facts) merged with what the catalogue says (SeedMeta).

Each field comes from the catalogue where it says something (it exists to hold what the text
lacks or gets wrong), else from what the format states for the text (Markdown front matter),
else from the text, else from what a web page's or a Word file's properties say (they are often
about the page or the file); a title none of them gives is the text's first words. A kind
none of them gives is guessed from the title, subtitle and bylines (`guess_kind`).
"""

from __future__ import annotations

import logging
import re

from unionreader.chinese import compact
from unionreader.errors import display_path
from unionreader.model import DocumentMeta, Epigraph, Facts, Kind, Line, NormalText, TitleFrom
from unionreader.normalise.ending import issuer_in_title
from unionreader.normalise.fields import is_document_number
from unionreader.normalise.passages import SPOKEN, headnote_of
from unionreader.normalise.people import speaker_in_title
from unionreader.normalise.preface import dated_by_lead

logger = logging.getLogger(__name__)

_ADDRESS = re.compile(r"^(?:同志们|朋友们|各位|尊敬的|亲爱的)[^。]{0,24}?[，,：:！!]")
_CALL = re.compile(r"^让我们")
_SALUTATION = re.compile(r"^[^。；！？]{2,160}[：:]$")
SALUTATION = 41
"""A salutation longer than this (with its colon) lists three addressees or more (a notice's
主送 line: `各县、区人民政府，宿迁经济开发区、…，市各直属单位：`)."""
_ADDRESSEE = re.compile(
    r"^(?:各|尊敬的|亲爱的|在座)|(?:工会|单位|部门|委员会|同志|代表|朋友|们|会员|职工|教工|员工|教师|来宾|嘉宾|领导"
    r"|女士|先生|机关|企业|公司|学校|组织|团体|协会|同仁|同事|同学|老师|选手|校友|家长|成员|同业"
    r"|阁下|法官|议员|委员|主席|书记|部长|局长|主任|司长|署长|会长|院长|校长|市长|省长|官|长"
    r"|大家|各位|乡亲|父老|兄弟姐妹|政府|部|开发区|园区|新区|区|局|办|厅|委|中心|直属单位|小组|班组|车间|工友"
    r"|模范|劳模|工匠|标兵|能手|工作者|志愿者|党员|干部|群众|姐妹|伙伴|联合会|分会)$"
)
_LISTED_PEOPLE = re.compile(r"^(?:出席|列席|缺席|参加|参会|与会|请假)")
"""The label of a list of who attended (`出席议员：`), not an address to them."""
_ROLE_LABEL = re.compile(
    r"^(?:共同|联合)?(?:主办|承办|协办|支持|指导|责任|牵头|配合|参与|参加|发起|联署|签署|主管|实施"
    r"|执行|合作|协调|出品|制作|编印|印发)(?:单位|团体|部门|机构|组织|方)[：:]$"
)
"""The label of who holds a part in an event or a text (`主办单位：`, `共同发起团体：`), over their
names: a field, not an address to them."""
_DEFINED = re.compile(r"所称|^本(?:法|条例|办法|规定|细则|章程|制度|规则|准则|公约|协议|合同)")
"""What a law's or a rule's definition opens with (`本法所称主管机关：`, `本办法所称职工：`): the
term it defines, which names bodies or people as an address does."""
_ASIDE = re.compile(r"[（(][^）)]*[）)]")
_ARROWS = ("→", "->", "=>", "⇒", "➜", "➤")
"""What an item of notes opens with (no salutation does)."""
_THANKS = re.compile(r"^(?:谢谢|多谢|感谢)(?:大家|各位|您|你们)?[^，。；,;]{0,8}[！!。]?$")
_KIND_WORDS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (Kind.DIGEST, re.compile(r"解读")),
    (Kind.REPORT, re.compile(r"(?:上的|工作|调研|述职)报告(?:（[^）]*）)?$|报告$|公报$")),
    (
        Kind.SPEECH,
        re.compile(
            r"(?:讲话|致辞|致词|发言|讲稿|演讲|讲演|演说|演辞|贺词|祝词|开幕词|闭幕词|主持词|祝酒词"
            r"|答记者问|陈情)(?:稿|全文|实录|摘要|摘编)?(?:（[^）]*）)?$|上的(?:讲话|致辞|发言)"
            r"|在\S{2,40}(?:会|会议|典礼|仪式)上?讲$"  # ——三月二日在左翼作家联盟成立大会讲
        ),
    ),
    (Kind.EDITORIAL, re.compile(r"社论|社评|评论员|短评|时评|述评|论评|快评|^评论|评论[:：]")),
    (
        Kind.NOTICE,
        re.compile(
            r"(?:通知|公告|通告|决定|决议|意见|办法|方案|规定|条例|通报|倡议书|细则|批复|要点"
            r"|声明|声明书|宣言|公开信|倡议|呼吁书|请愿书|抗议书|告.{1,8}书|致.{2,30}(?:的)?信"
            r"|慰问信|感谢信|致敬信|表扬信|邀请函|的贺信|的贺电|章程|公约|守则|准则|规则)"
            r"(?:（[^）]{1,12}）)?$|声明$|^联署声明|^中华人民共和国.{1,24}法(?:（[^）]{1,12}）)?$"
        ),
    ),
)
"""Words in a title (or subtitle, or kicker) that name the kind of text, in order of precedence."""
_REPORTED_SPEECH = re.compile(
    r"(?:发表|作)(?:了)?(?:重要)?(?:讲话|致辞|致词|演讲)$|发表[^，。：\s的上]{1,12}?(?:讲话|致辞|演讲|贺词)$"
    r"|并(?:发表)?(?:重要)?(?:讲话|致辞|致词|发言)$"
    r"|代表(?!大?会)[^，。\s]{2,10}致?(?:贺)?(?:辞|词|讲话)$"
    r"|^(?:论|谈)?(?:认真|深入)?(?:学习贯彻|学习领会|学习(?!强国)|贯彻|领会)[^，。]{2,40}(?:讲话|致辞|演讲)$"
)
"""A title that reports a speech (`…习近平发表重要讲话`, `…主持会议并讲话`, `王沪宁代表党中央致词`,
`…开幕式并致辞`, `…通过视频发表主旨演讲`, `李克强代表中共中央致贺词`): a news report's, not the
speech's own."""

_DISCUSSES = re.compile(
    r"^(?:探讨|浅谈|谈谈|也谈|再谈|试谈|浅析|试析|试论|略论|刍议|浅议|漫谈|论(?![坛文述证]))"
)
"""A title that opens by discussing (`探讨调整最低工资可行方案`, `浅谈…的意见`): an article about
a plan or a notice, not the plan or the notice."""
_REPORTS_TO = re.compile(
    r"^(?:现在，?)?(?:我|受[^，。]{2,30}委托，?我)[^，。]{0,2}代表[^。]{2,40}?[，,]?向(?:大会|全会|会议)"
    r"(?:作|做)?(?:工作)?(?:报告|述职)"
)
"""A report's opening sentence, which says it is one (`现在，我代表第十八届中央委员会向大会作报告`,
`我代表国务院，向大会报告政府工作`, `受…委托，我代表…向大会作工作报告`)."""
REPORT_OPENING = 4
"""…among this many lines of the text's opening."""
_COMMENTATOR = re.compile(r"评论员|社论|编辑部")
_FIRST_CLAUSE = re.compile(r"^[^，。；：！？]{1,24}")
_FIRST_SENTENCE = re.compile(r"^[^。；！？]{1,24}")
DERIVED_TITLE_LENGTH = 24
FIRST_CLAUSE_SHORTEST = 6
"""A first clause shorter than this (`近日`, `据悉`) names nothing: the title taken from the first
words runs on past it, to `DERIVED_TITLE_LENGTH` characters."""


def is_address(text: str) -> bool:
    """Whether a paragraph opens with a form of address to the audience (同志们：/ 同志们，…)."""
    return bool(_ADDRESS.match(text))


_GREETING = re.compile(
    r"(?:^|[，,、\s])(?:大家|各位|诸位|你们|您们|朋友们|同志们|早上|上午|下午|晚上)好[！!。]?$"
)
"""A line that ends greeting the audience (`…，全体国人同胞，大家好`, `各位来宾，晚上好！`)."""
_INTRODUCTION = re.compile(
    r"^(?:大家|各位[\u4e00-\u9fff]{0,8}|诸位|朋友们|同志们|同学们|老师们)好[，,！!]\s*我"
)
"""A line that opens greeting the audience and goes on with who speaks (`大家好，我是本次的项目
汇报人，连志林`)."""


def is_greeting(text: str) -> bool:
    """Whether a line ends by greeting its audience: a speech's opening, never its title."""
    return bool(_GREETING.search(text.strip()))


def opens_greeting(text: str) -> bool:
    """Whether a line greets its audience, at its end or at its start before the writer says
    who they are (a speech's opening or a blog post's: never a title)."""
    return is_greeting(text) or bool(_INTRODUCTION.match(text.strip()))


def is_salutation(text: str) -> bool:
    """A line that only addresses the audience or recipients: 同志们：/ 各区总工会、各产业工会：

    Every addressee (between 、 and ，, asides in brackets left out) opens with 各/尊敬的/亲爱的
    or ends with a word for people or bodies (工会, 代表, 们 …): 各县（市、区）总工会，市直各产业
    工会： is one, 领导小组组成如下： is not.
    """
    if not _SALUTATION.match(text) or _LISTED_PEOPLE.match(text) or _ROLE_LABEL.match(text):
        return False
    if _DEFINED.search(text):
        return False  # 本法所称主管机关：在中央为劳动部；…: a law's definition, no address
    if text.startswith(_ARROWS) or any("，" in aside for aside in _ASIDE.findall(text)):
        return False  # →一裁终局(一些裁决做出后，单方面…生效)：, an item's label and its gloss
    if is_address(text) and not any(comma in text for comma in "，,"):
        return True
    parts = re.split(r"[，,、]", _ASIDE.sub("", text.rstrip("：:")))
    if len(text) > SALUTATION and len(parts) < 3:
        return False
    return all(_ADDRESSEE.search(part.strip()) for part in parts)


def is_closing(text: str) -> bool:
    """A closing address: 同志们，让我们… / 让我们…！ / 谢谢大家！"""
    if _THANKS.match(text) or _CALL.match(text):
        return True
    return is_address(text) and not is_salutation(text)


def _again(subtitle: str | None, title: str) -> bool:
    """Whether a subtitle is the title again, perhaps with its column before it (`两会受权发布｜
    解放军…答记者问` under `解放军…答记者问`)."""
    return bool(subtitle) and compact(subtitle or "").endswith(compact(title))


def describe(normal: NormalText) -> DocumentMeta:
    """Merge what the catalogue, the format and the text say of one document, in that order."""
    seed, facts, stated, fallback = normal.seed, normal.facts, normal.stated, normal.fallback
    title, title_from = _title(normal)
    if title_from is TitleFrom.FIRST_WORDS:
        logger.warning(
            "%s: no title in the text or the catalogue; using its first words: %s",
            display_path(seed.path),
            title,
        )
    epigraph = Epigraph(facts.epigraph, facts.attribution) if facts.epigraph else None
    return DocumentMeta(
        title=title,
        title_from=title_from,
        kicker=None if compact(facts.kicker or "") == compact(title) else facts.kicker,
        kind=seed.meta.kind or stated.kind or guess_kind(normal, title, stated.author),
        author=seed.meta.author
        or _body_of_byline(stated.author, facts)
        or stated.author
        or facts.author
        or fallback.author
        or speaker_in_title(title)
        or (speaker_in_title(facts.subtitle) if facts.subtitle else None)
        or issuer_in_title(title),
        office=facts.author_note,
        date=seed.meta.date
        or stated.date
        or facts.date
        or dated_by_lead(fallback.date, normal.lines[0].text if normal.lines else ""),
        place=seed.meta.place or stated.place or facts.place or fallback.place,
        source=seed.meta.source or stated.source or facts.source or fallback.source,
        original_script=normal.script,
        description=seed.meta.description or stated.description or fallback.description,
        subtitle=None if _again(facts.subtitle, title) else facts.subtitle,
        epigraph=epigraph,
        note=facts.note,
        reviewed=seed.meta.reviewed,
    )


def _title(normal: NormalText) -> tuple[str, TitleFrom]:
    if normal.seed.meta.title:
        return normal.seed.meta.title, TitleFrom.CATALOGUE
    if normal.stated.title:
        return normal.stated.title, TitleFrom.FORMAT
    if normal.facts.title:
        return normal.facts.title, TitleFrom.TEXT
    if normal.fallback.title:
        return normal.fallback.title, TitleFrom.FORMAT
    return _first_words(normal.lines), TitleFrom.FIRST_WORDS


def _first_words(lines: tuple[Line, ...]) -> str:
    """The first words of the text as its title: its first clause, or on to its first
    sentence's end when that clause names nothing (`近日，…`); past a salutation (`同志们：`) or
    a document's number (`舟总工〔2016〕46号`)."""
    opening = [line.text for line in lines[:3]]
    while len(opening) > 1 and (is_salutation(opening[0]) or is_document_number(opening[0])):
        opening = opening[1:]
    text = opening[0] if opening else ""
    clause = _FIRST_CLAUSE.match(text)
    if clause is None:  # the line opens with punctuation
        words = text[:DERIVED_TITLE_LENGTH]
    elif len(clause.group(0)) >= FIRST_CLAUSE_SHORTEST:
        words = clause.group(0)
    else:  # 近日，…: on to the sentence's end
        words = (_FIRST_SENTENCE.match(text) or clause).group(0)
    words = words.rstrip("，、：:")
    return words + ("…" if len(words) < len(text) else "")


def _body_of_byline(stated: str | None, facts: Facts) -> str | None:
    """The writer the text's byline names where the format names only the body the byline says
    they lead or belong to (`author: 乐施会` over `【撰文：乐施会总裁曾迦慧】`), or None."""
    note = facts.author_note or ""
    return facts.author if stated and facts.author and stated in note else None


def guess_kind(normal: NormalText, title: str, author: str | None = None) -> Kind:
    """The kind of a text the catalogue says nothing of, from its title, subtitle and bylines
    (`author`: one the format states)."""
    facts, lines = normal.facts, normal.lines
    named = [t for t in (title, facts.subtitle, facts.kicker) if t]
    commentator = any(_COMMENTATOR.search(name) for name in (facts.author, author) if name)
    if facts.note and (headnote := headnote_of(facts.note)) and headnote["what"] in SPOKEN:
        return Kind.SPEECH  # 这是毛泽东在…会议上的讲话。: a selected work's headnote says so
    if _DISCUSSES.match(title):
        return Kind.EDITORIAL if commentator else Kind.ARTICLE  # 探讨调整最低工资可行方案
    for kind, pattern in _KIND_WORDS:
        matched = [text for text in named if pattern.search(text)]
        if matched:
            if kind is Kind.SPEECH and any(_REPORTED_SPEECH.search(text) for text in matched):
                break  # a report of a speech (…发表重要讲话), or a commentary on one: an article
            return kind
    if commentator:
        return Kind.EDITORIAL
    if any(_REPORTS_TO.search(line.text) for line in lines[:REPORT_OPENING]):
        return Kind.REPORT  # 现在，我代表第十八届中央委员会向大会作报告。
    if any(is_address(line.text) or is_greeting(line.text) for line in lines[:2]):
        return Kind.SPEECH
    return Kind.ARTICLE if facts.title or normal.stated.title else Kind.TEXT
