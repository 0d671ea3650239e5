"""Terms (提法): the formulations a collection repeats, found by the build with no hand list.

Three kinds are found, then `seeds/terms.toml` may add, join or suppress:

- numbered formulas: a numeral, a measure word and a common word of two characters (两个维护,
  十大行动, 八个着力) or of three or four when two of them would cut it (三大攻坚战), a word
  that names a thing: not a unit (三个方面, 两个小时), nor one that qualifies, counts or
  places it (两项重要, 六大新兴, 两个台湾, 两个星期: `words.qualifiers`), and read only where
  its phrase ends (not 六大核心 of 六大核心战略产业); used twice or more, or quoted (“十大行动”
  once, not 两点原因 once: `UNQUOTED_USES`);
- quoted expressions that recur: “…” around two to twelve characters, quoted twice or more,
  and in the documents that quote it, quoted in a third of its uses or more;
- repeated phrases: maximal repeats (`repeats`) in two or more documents, kept only when they
  read as a phrase: neither edge is a function character (的, 和, 要 …) or an ordinal (一是),
  no common word (`words`) spans either edge in `CLEAN` of its occurrences, nor is it the tail
  of a count there (大贸易伙伴 of 第5大贸易伙伴, 第四大贸易伙伴), it ends somewhere when used
  `UNENDED` times or more (深入学习贯彻习近平 is always followed by more: `_ending`), a four- or
  five-character one stands alone (between punctuation) at least twice and in at least half
  its occurrences, at most `COVERED` of its occurrences lie inside one longer term, it does
  not run into other terms in most of its uses (推动构建人类 into 人类命运共同体: `_uncrossed`),
  and it is
  not a term with a one- or two-character verb or modifier before it (推进 + …) when that term
  is used `AFFIXED` times as often (as often, after a common verb); nor what reports speech or
  time rather than naming a thing (… 指出, … 表示, … 今, 日上午 …, 当地时间, 值此新春佳节:
  `_SAID_OR_WHEN`), nor a speaker addressing people (谢谢大家, 我们一起努力: a pronoun
  standing as a word), nor people and offices (总统府秘书长, 外交部次长李, 桃园市长郑文灿,
  全总副主席、书记处: `_TITLED`, `_names_someone`); nor, holding what lies inside it as a term
  would (`_no_term`), a letter's salutation or wishes (全市广大职工朋友们, 身体健康), a company's
  name or the tail names share (集团有限公司, 电力科学研究院), or a list cut from a longer one
  (劳动、热爱劳动 of 崇尚劳动、热爱劳动、辛勤劳动); nor a stock
  line: one found in `STOCK_SHARE` of the documents or more that hardly any uses twice is a
  dateline, a credit or a press release's set phrase (央视网消息, 亦出席是项活动), where a
  formulation recurs within the texts that take it up. The `MAX_REPEATED` best (most
  documents, then most occurrences) are kept.

Which terms are found does not hang on the order of the documents (a catalogue date that moves
a document changes no term; a test holds it): where candidates tie, what their texts hold
decides (a hash of the string, or of an occurrence's context), never where they stand.

A term's occurrences are every place its text occurs in a unit (non-overlapping, from the left,
as `str.count` counts), in reading order. In a collection of more than `DISCOVERY` documents,
terms are found in that many documents spread over it (finding repeats costs more than linear
time and memory), then counted in every document.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from unionreader.arrays import POLYNOMIAL_BASE
from unionreader.chinese import NUMERAL_CHARS, SURNAMES
from unionreader.link.collection import Collection, Places, non_overlapping
from unionreader.link.repeats import Laid, Points, Positions, Repeats, is_han, string_keys
from unionreader.link.repeats_again import RepeatsMemo
from unionreader.link.term_config import TermsConfig
from unionreader.link.texts import LinkText
from unionreader.link.words import FUNCTION_CHARACTERS, common_words, cut, verbs

logger = logging.getLogger(__name__)

MAX_REPEATED = 150
MAX_MARKED = 75  # numbered formulas, and quoted expressions, kept at most
UNQUOTED_USES = 2
"""A numbered formula used fewer times than this in the collection is one only where it is
quoted (“十大行动”). Of those used once in the 1,000 CCTV news items, 17 are quoted, formulas
but one (两个务必, 四个面向, 六点共识; 三大类型); 55 are not, counted things in the main (三个
孩子, 三点建议, 两条公路, 十个季度) and a few formulas named once (五大理念, 两个市场); in the
1,000 presidential releases, 76 of 78 are not, counted things; in the five seeds, 9 of 10 are
quoted, all formulas (八个着力, 十大行动), and the tenth is counted (四项功能)."""
PRESELECT = 4  # repeats looked at closely: this many times MAX_REPEATED, the most widespread
DISCOVERY = 1000  # documents terms are found in (a larger collection: spread over it)
COVERED = 0.5
CROSSED = 0.5
MIN_CROSSING = 2  # characters two terms share where one runs into the other
AFFIXED = 1.25
CLEAN = 2 / 3
SAMPLE = 30  # occurrences looked at for clean edges
QUOTED_SHARE = 1 / 3
STANDALONE = 2  # a short repeat stands alone this often, and in half its occurrences
SHORT = 5  # repeats of this length or less must stand alone
UNENDED = 15  # a repeat used this often that never ends (`_ending`) is a fragment
LEFT_STOP = frozenset(
    "的地得了着过和与及或并而且是在对把被将从向于也都就还又再更最很其之这那该此各每等为以由让使给跟同要"
    "但已仍"
)
DIGITS = frozenset("0123456789０１２３４５６７８９")
"""A figure's digits: what follows one is what it counts (26平方公里: 平方公里 is no phrase)."""
NUMERALS = DIGITS | frozenset(f"{NUMERAL_CHARS}千万几")
MEASURES = frozenset("大个项条种点位名家次届年月日号期批类级")
"""Measure words: what follows a number to count (三大, 五项, 第十届, 2020年)."""
COUNTING = MEASURES | frozenset("亿万千百")
"""What a count's tail may open with: a measure word, or the order of a number's unit (250亿立方米,
16亿立方米: 亿立方米 is what the figures share)."""
_FUNCTION_START = re.compile(
    "关于|对于|通过|按照|根据|作为|为了|以及|进一步|不断|围绕着|针对|随着|面对|依照|依据|会同"
    "|或者|并且|而且|但是|然而|因此|所以|从而|如果|即使|虽然|其他|其它|其中"
    "|另一方面|一方面|与此同时|总的来看|总而言之|由此可见|换句话说"  # what joins sentences
    "|一般而言|一般来说|总的来说|总体而言|整体而言|事实上|实际上|此外|另外|除此之外|值得一提"
    "|值得注意|毫无疑问|众所周知|换言之|不仅如此|尽管如此|相比之下|另一边厢|可想而知|如无意外"
    "|如此一来|到目前为止|截至目前|现在想来|不可否认|可以说|具有|长期以来|一直以来|多年来|近年来"
    "|[中上下里内]的"  # the tail of 在…中的
    "|不得|必须|可以|不能|能够"  # what must or may be done (应当, 应该: `_SAID_OR_WHEN`)
    "|包括|具体来看|综合来看|总体来看|整体来看|受此影响"  # what a list or a summary opens with
    "|[中上下里内]?(?:进行|加以|予以|给予|作出|做出|涉嫌)"  # a light verb: what it does is the
    # phrase after it (在…中 + 做出突出贡献: the localiser closes the phrase before)
    "|没有"  # a negation: what is not done
)
_FUNCTION_END = re.compile(
    "(?:或者|或是|以及|及其|并且|而且|还是|但是|然而|因此|所以|从而|以便|以免|如果|即使|虽然"
    "|不仅|其他|其它|其中|各自|之一|这些|那些|自己|之后|以后|之前|以前|期间|等等"
    "|按照|依照|根据|会同|通过|对于|关于|有关|针对|方面|副)$"
)
"""A word that joins, refers or places at a repeat's end (人民政府或者 + 街道办事处, 部门按照各自
+ 职责, 法律、法规规定的其他 + 职责): what the phrase is said of comes after it."""
_CLAUSE_END = "后时前"
"""Characters that, standing as a word at a repeat's end, make it a clause of time (人民政府批准
后, 接受媒体采访时, 出席行政会议前), not a thing named (最后, 同时: words of their own, are
not)."""
_REFERENCE = re.compile(
    f"第[{NUMERAL_CHARS}千0-9０-９]+(?:条|款|项|章|节|编|篇|卷|部分)"
    f"|^第?[{NUMERAL_CHARS}千0-9０-９]+[{''.join(sorted(MEASURES))}]$"
)
"""A reference to a law's article or chapter (第十一条, 依照本法第三十条规定), or an ordinal or a
count alone (第十届, 十三届): the numbering of a text, which every law repeats, names nothing."""
_SELF_REFERENCE = re.compile(
    "下列|前款|上述|本条|本法|本条例|本办法|本规定|本细则|本章|本决定|本文|版权"
)
"""A text pointing at itself or at a list (违反本条例规定, 有下列情形之一, 包括下列内容): the
clauses every law and regulation repeats, and a page's notice of its rights (本文系观察者网独家
稿件, 版权归原作者所有), not a formulation."""
_AMOUNT = re.compile(
    f"[{NUMERAL_CHARS}千万亿0-9０-９]"
    "(?:元|美元|港元|欧元|日元|英镑|公里|千米|平方米|平方公里|立方米|吨|公斤|千克|人次|亩|公顷)"
)
"""An amount (五千元以下罚款, 万亿美元): what a figure counts, which differs from use to use."""
_SAID_OR_WHEN = re.compile(
    "^[日月]电"  # (北京3月5)日电
    "|应当|应该"  # a clause of what must be done, anywhere (用人单位应当按照 …)
    "|上午|下午|中午|晚上|晚间|凌晨|早上|傍晚|(?:当地|北京|台北)时间"  # the time, anywhere:
    # (5月3)日上午接见, 马英九总统上午接见, 当地时间(6日)
    "|^(?:今年|去年|明年|近年|近期|截至|目前|当前)"  # when
    "|^(?:值此|时值|正值|欣逢|适逢|恰逢|每逢)|之际$"  # a greeting's occasion: 值此新春佳节
    "|(?:指出|表示|强调|提到|谈到|认为|(?<![学小传假解])说|介绍|宣布|透露|坦言|致词|致辞|表明"
    "|呼吁|进一步|今|昨|今天|昨天|今日|昨日"  # … 副总统指出, … 总统今(5日)
    "|必须|可以|能够|不得|不能|需要|将继续)$"  # 生产经营单位必须 …: what must follow
    "|(?:显示|(?<![名简职统俗昵])称|告诉|报道|获悉|了解到|注意到|查询|证实|消息|讯|回应|致电"
    "|发现|包括|反映|采访|访问|专访|(?<!新闻|信息|权威)发布|发表|今早|今晚|昨早|昨晚"
    "|祝贺|问候|慰问|敬意|谢意)$"  # a source:
    # 数据显示, 本台消息,
    # 工作人员告诉, 据…此前报道, 接受…采访, 有报道指:
    "|^(?:据|另据|有消息|有报道|此前|早前|随后|其后|翻查|接受)"
    "|记者(?!协会|节|站|证|会|之家)"  # 新闻记者致电, 记者了解到 (not 香港记者协会)
)
_OFFICE_ACTS = re.compile(
    "(?:部门|政府|机关|人员|单位|机构)"
    "(?:责令|批准|负责|备案|制定|组织|确定|规定|报告|违反|依法|按照|审批|审查|核准|登记|决定|公布"
    "|同意|会同|征求)"
)
"""An office doing something (主管部门责令, 人民政府批准, 工作人员违反, 公安机关依法): the subject
and verb of a law's clause, which every law says of its offices again and again, not a thing
named."""
_TITLES = (
    "副总统|总统|副总理|总理|副主席|主席|总书记|书记|副秘书长|秘书长|副部长|部长|副院长|院长"
    "|委员长|委员|常委|董事长|理事长|会长|局长|厅长|省长|市长|县长|主任|先生|女士|议长|大使|首相"
    "|次长|署长|司长|处长|主委|执行长|总经理|校长|社长|行政长官|发言人|记者|通讯员|特首|国务卿"
    "|外长|防长|总督|州长|议员|法官|教授|主持人|党魁|律师|领袖|创办人|创始人|得主|协调员|总干事"
)
_TITLED = re.compile(
    f"^(?:{_TITLES})|(?:{_TITLES})$|(?:{_TITLES})、"
    "|(?:总统|总理|主席|总书记|秘书长|部长|次长|院长|委员长|董事长|议长|大使|首相|发言人|国务卿|外长"
    "|特首|党魁|议员|委员(?!会))"
    "[\u4e00-\u9fff]{1,3}$"
)
"""A title at an edge or ending an item of a list (a person's offices: 全总副主席、书记处 of
全总党组书记、全总副主席、书记处第一书记), or a title and a name at the end, or its surname
alone (a repeat that stops where people with that surname differ): 总统府秘书长, 陈建仁副总统,
外交部长吴钊燮, 外交部次长李 (people and offices, not formulations)."""
_TITLE = re.compile(_TITLES)
_MEDIA = re.compile(
    "(?:日报|时报|晚报|晨报|早报|周刊|周报|月刊|新闻|邮报|之音|通讯社|电视台|电台|卫视|新闻网)$"
    "|视觉中国|图虫创意"  # or pictures
)
"""A newspaper, agency or broadcaster a text cites (中国新闻周刊, 红星新闻, 纽约时报): a source of
news, not a formulation."""
_LEGAL_FORM = re.compile("(?:公司|集团)$")
"""A company's legal form at the end: a company's name or its tail (集团有限公司 in 4 of the
audit's 34 texts, 股份有限公司 in 15 of the 1,000 presidential releases)."""
_INSTITUTION = re.compile(
    "(?:研究院|研究所|研究中心|科学院|设计院|医院|学院|大学|中学|小学|学校|银行|工厂)$"
)
"""The kinds of institution a name ends in: a name's generic tail where a name goes on before
it (`_named_before`: 电力科学研究院 of 华北电力科学研究院 and 江苏省电力公司电力科学研究院, in
2 of the audit's lists), not a name of its own (中华经济研究院, 12 uses in the 1,000
presidential releases, after punctuation or a preposition)."""
_WISH_WORDS = (
    "身体健康|万事如意|阖家幸福|阖家欢乐|合家幸福|合家欢乐|阖家安康|幸福安康|工作顺利|心想事成"
    "|吉祥如意|节日快乐|节日愉快|新春快乐|新年快乐|春节快乐|事业有成|生活美满|家庭幸福"
)
_WISHES = re.compile(f"(?:{_WISH_WORDS})(?:[、，]?(?:{_WISH_WORDS}))*")
"""The wishes that close a letter (祝愿您节日愉快，身体健康，阖家幸福！): 身体健康 in three of
the audit's eight letters and commentaries, a formula of politeness, not a formulation."""
LISTED = 0.5
"""A repeat that lists (劳动、热爱劳动, 奖章和全国工人先锋号) is cut from a longer list when the
list goes on (、) at one of its edges in more than this share of its uses: in 2 of 3, 3 of 3,
2 of 2 in the audit's 34 letters, commentaries and lists (辛勤劳动、诚实劳动, 戴口罩、勤洗手);
in none of the uses of 劳模精神、劳动精神、工匠精神, 政治性、先进性、群众性 or 听党话、跟党走
there and in the five seeds. At half, whole lists that recur as often on their own went too
(民主管理和民主监督, 马克思、恩格斯, 基本路线和基本纲领)."""
PRONOUNS = ("我们", "你们", "他们", "她们", "咱们", "大家", "您", "我", "你", "他", "她")
STOCK_SHARE = 0.02
STOCK_DOCUMENTS = 20  # and at least this many documents
STOCK_TWICE = 0.05  # of them use it twice or more, at most
_ORDINAL = re.compile(
    r"第?[一二三四五六七八九十]+[是要个、，]|[两二三四五六七八九十]+[是要]|一(?:名|位|些|批|家|种)"
)


class TermSource(StrEnum):
    """How a term was found."""

    NUMBERED = "numbered"
    QUOTED = "quoted"
    REPEATED = "repeated"
    ADDED = "added"


@dataclass(frozen=True)
class FoundTerm:
    """A term and every occurrence of it (and of its joined variants), in reading order."""

    text: str
    source: TermSource
    variants: tuple[str, ...]
    places: Places

    @property
    def count(self) -> int:
        return len(self.places)

    @property
    def documents(self) -> int:
        return self.places.documents


def find_terms(
    collection: Collection, config: TermsConfig, memo: RepeatsMemo | None = None
) -> tuple[FoundTerm, ...]:
    """The collection's terms, most frequent first. They are found in at most `DISCOVERY`
    documents spread evenly over the reading order (all of them in a smaller collection), and
    counted in all. With `memo`, the maximal repeats are found from the last build's."""
    texts = collection.texts
    chosen = _spread(len(texts), DISCOVERY)
    sample = collection if len(chosen) == len(texts) else Collection.of([texts[i] for i in chosen])
    found: dict[str, TermSource] = {}
    for text in _numbered(sample):
        found.setdefault(text, TermSource.NUMBERED)
    quoted = _quoted(sample.texts)
    for text in quoted:
        found.setdefault(text, TermSource.QUOTED)
    positions: dict[str, Positions] = {}
    for text, starts in _repeated(sample, set(found) | config.suppress, memo or RepeatsMemo()):
        found.setdefault(text, TermSource.REPEATED)
        if sample is collection:  # else: counted again below, in all documents
            positions[text] = starts
    for text in config.add:
        found[text] = TermSource.ADDED
    for text in config.suppress:
        found.pop(text, None)
    joined_to = config.variants()
    spelled = [*found, *(variant for _, variants in config.join for variant in variants)]
    collection.where_all(text[0] for text in spelled if text and text not in positions)
    terms = []
    whole = sample is collection
    for text, source in found.items():
        if text in joined_to:  # counted under the term it is joined to
            continue
        variants = tuple(v for t, vs in config.join if t == text for v in vs)
        forms = []
        for form in (text, *variants):
            known = positions.get(form)
            at = collection.find(form) if known is None else non_overlapping(known, len(form))
            forms.append((at, len(form)))
        places = collection.places(forms)
        if source is TermSource.QUOTED and not _recurs(text, quoted[text], places, whole):
            continue
        if len(places):
            terms.append(FoundTerm(text, source, variants, places))
    terms.sort(key=lambda t: (-t.count, -t.documents, t.text))
    return tuple(terms)


def _spread(count: int, most: int) -> list[int]:
    """`most` indexes spread evenly over `count` (all of them if there are no more)."""
    if count <= most:
        return list(range(count))
    return [index * count // most for index in range(most)]


def _numbered(collection: Collection) -> list[str]:
    """Numbered formulas used `UNQUOTED_USES` times or more (read as one or not: 中央八项规定
    精神), or quoted, the `MAX_MARKED` most read as such (each document's counted when it was
    made: `LinkText.numbered`)."""
    found: Counter[str] = Counter()
    quoted: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    for text in collection.texts:
        for formula, times, marked in text.numbered:
            found[formula] += times
            quoted[formula] += marked
            documents[formula] += 1
    kept = Counter(
        {
            formula: times
            for formula, times in found.items()
            if times >= UNQUOTED_USES
            or quoted[formula]
            or collection.joined.count(formula) >= UNQUOTED_USES
        }
    )
    return _most_common(kept, documents, MAX_MARKED)


def _recurs(text: str, quoted: int, places: Places, whole: bool) -> bool:
    """Whether a quoted expression is a term where it is used: a common word must be quoted in
    `QUOTED_SHARE` of all its uses in the collection (`whole`: where it was found in every
    document), not only in the documents that quote it: “国有” quoted six times in one
    article, against 44 uses unquoted (国有资产, 国有企业) in 20 others, is the word in scare
    quotes, not a term; “娘家人” and “三严三实” are no common words."""
    if not whole or text not in common_words():  # (a sample's quotes against all uses: no)
        return True
    return quoted >= QUOTED_SHARE * len(places)


def _quoted(texts: Sequence[LinkText]) -> Counter[str]:
    """Expressions quoted twice or more, and in the documents that quote them, quoted in at
    least `QUOTED_SHARE` of their occurrences (a common word quoted once in passing is not);
    the `MAX_MARKED` most quoted, with how often each is quoted (each document's counted when
    it was made: `LinkText.quoted`)."""
    quoted: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    for text in texts:
        for expression, times, used in text.quoted:
            quoted[expression] += times
            uses[expression] += used
            documents[expression] += 1
    kept = Counter({e: n for e, n in quoted.items() if n >= 2 and n >= QUOTED_SHARE * uses[e]})
    return Counter({e: kept[e] for e in _most_common(kept, documents, MAX_MARKED)})


def _most_common(counts: Counter[str], documents: Counter[str], most: int) -> list[str]:
    """The `most` texts counted most, then found in the most documents; then those whose text
    hashes lowest (not the first met, which would hang on the documents' order, nor the first
    in code-point order, which would favour 三 and 两 over 四 and 五)."""
    order = sorted(counts, key=lambda text: (-counts[text], -documents[text], _text_hash(text)))
    return order[:most]


def _text_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=8).digest()


def _repeated(
    collection: Collection, known: set[str], memo: RepeatsMemo
) -> list[tuple[str, Positions]]:
    """The repeats that read as phrases, longest first (a longer term covers a shorter)."""
    laid = collection.laid
    repeats = memo.repeats(laid)
    points = laid.points
    firsts, lengths = repeats.firsts, repeats.lengths
    left_stop = np.isin(points[firsts], _codes(LEFT_STOP))
    right_stop = np.isin(points[firsts + lengths - 1], _codes(FUNCTION_CHARACTERS))
    repeats = repeats.select(~left_stop & ~right_stop)
    repeats = repeats.select((repeats.lengths > SHORT) | _standing_alone(points, repeats))
    repeats = _most_widespread(repeats, laid, PRESELECT * MAX_REPEATED)
    repeats = repeats.select(_ending(points, repeats) & ~_before_figures(points, repeats))
    phrases: list[tuple[str, Positions]] = []
    for index in range(len(repeats)):  # each alone; sorted below, longest first
        length = int(repeats.lengths[index])
        starts = repeats.occurrences(index)
        text = laid.text(int(starts[0]), length)
        if text in known or _ORDINAL.match(text) or _loose_edge(text) or _REFERENCE.search(text):
            continue
        if _SELF_REFERENCE.search(text) or _AMOUNT.search(text):
            continue
        if _SAID_OR_WHEN.search(text) or _TITLED.search(text) or _names_someone(text):
            continue
        if _MEDIA.search(text) or _OFFICE_ACTS.search(text):
            continue
        if _addresses(text) or _after_a_pronoun(collection, starts):
            continue
        if _stock(laid.owner[starts], len(collection.texts)):
            continue
        if _phrase(collection, starts, length):
            phrases.append((text, starts))
    covering = np.full(len(points) + 1, -1, dtype=np.int64)  # which kept term covers a place
    kept: list[tuple[str, Positions]] = []
    phrases.sort(key=lambda phrase: (-len(phrase[0]), phrase[0]))  # not by where they are
    for text, starts in _without_affixed(phrases):
        length = len(text)
        if _inside_one(covering, starts, length) > COVERED * len(starts):
            continue
        places = (starts[:, None] + np.arange(length)).ravel()
        covering[places[covering[places] < 0]] = len(kept)  # a longer term's places stay its
        kept.append((text, starts))
    kept = [(text, starts) for text, starts in kept if not _no_term(collection, text, starts)]
    kept = _uncrossed(kept)
    ranked = sorted(kept, key=lambda k: (-len(np.unique(laid.owner[k[1]])), -len(k[1]), k[0]))
    # ranked by documents, then occurrences
    return ranked[:MAX_REPEATED]


def _loose_edge(text: str) -> bool:
    """Whether a repeat opens with a word that joins or frames (`_FUNCTION_START`), or ends with
    one (`_FUNCTION_END`) or with a clause of time (`_CLAUSE_END`, standing as a word)."""
    if _FUNCTION_START.match(text) or _FUNCTION_END.search(text):
        return True
    return text[-1] in _CLAUSE_END and not cut(text, len(text) - 1)


def _uncrossed(kept: list[tuple[str, Positions]]) -> list[tuple[str, Positions]]:
    """Drop a term that runs into other terms in most of its uses (`CROSSED` of them): 推动构建人类
    into 人类命运共同体, 实现中华民族 into 中华民族伟大复兴, 全面战略伙伴 into 战略伙伴关系,
    深入学习贯彻习近平 into 习近平新时代中国特色社会主义思想 and 习近平总书记重要讲话精神. Two
    terms run into each other where the end of one, two characters or more, is the start of the
    other at the same place; of two such, the one whose uses are the more often run into is the
    fragment there (a fragment of a formulation is used mostly in it; the formulation has uses
    of its own)."""
    beginning: dict[str, list[int]] = {}  # the beginnings of the terms (but the whole term)
    for j, (other, _) in enumerate(kept):
        for k in range(MIN_CROSSING, len(other)):
            beginning.setdefault(other[:k], []).append(j)
    run_into: dict[int, list[Positions]] = {}  # term → its uses that run into another
    for i, (one, one_starts) in enumerate(kept):
        for k in range(MIN_CROSSING, len(one)):
            shifted = one_starts + (len(one) - k)  # where another would start: no repeats
            for j in beginning.get(one[-k:], ()):
                if j == i:
                    continue
                other_starts = kept[j][1]
                at = np.intersect1d(shifted, other_starts, assume_unique=True)
                if not len(at):
                    continue
                if len(one_starts) < len(other_starts):  # the more often run into: `one`
                    run_into.setdefault(i, []).append(at - (len(one) - k))
                elif len(other_starts) < len(one_starts):
                    run_into.setdefault(j, []).append(at)
    return [
        term
        for i, term in enumerate(kept)
        if i not in run_into or len(np.unique(np.concatenate(run_into[i]))) < CROSSED * len(term[1])
    ]


def _stock(owners: npt.NDArray[np.int32], documents: int) -> bool:
    """Whether a repeat (its occurrences' documents) is a stock line: in `STOCK_SHARE` of the
    `documents` and at least `STOCK_DOCUMENTS`, and used twice in at most `STOCK_TWICE` of them."""
    per_document = np.unique(owners, return_counts=True)[1]
    used = len(per_document)
    if used < max(STOCK_SHARE * documents, STOCK_DOCUMENTS):
        return False
    return int((per_document > 1).sum()) <= STOCK_TWICE * used


def _names_someone(text: str) -> bool:
    """Whether `text` ends in a title and a name (桃园市长郑文灿, 工会主席王某某): two or three
    characters after a title, where no common word spans the edge between them (委员|会 is one
    word) nor starts the name (市长|热线, 院长|负责制 name no one), unless three open with a
    surname (局长李家超: 李家 is a common word too); or four that hold no common word at all (a
    double surname, a foreign name: 司长林郑月娥, 总统泽连斯基; not 主席团办公室)."""
    words = common_words()
    for title in _TITLE.finditer(text):
        name = text[title.end() :]
        if not 2 <= len(name) <= 4 or cut(text, title.end()):
            continue
        if len(name) == 4:
            return not any(name[i:j] in words for i in range(3) for j in range(i + 2, 5))
        return name[:2] not in words or (len(name) == 3 and name[0] in SURNAMES)
    return False


def _addresses(text: str) -> bool:
    """Whether a personal pronoun stands as a word in `text` (谢谢大家, 我们一起努力,
    她要特别感谢): a speaker addressing or naming people, not a formulation. One inside a
    longer common word (大家庭, 自我革命, 其他, 我国) is no pronoun."""
    for pronoun in PRONOUNS:
        start = text.find(pronoun)
        while start >= 0:
            if not (cut(text, start) or cut(text, start + len(pronoun))):
                return True
            start = text.find(pronoun, start + 1)
    return False


def _after_a_pronoun(collection: Collection, starts: Positions) -> bool:
    """Whether a personal pronoun stands just before most of a repeat's occurrences (我 +
    代表省人民政府, 我们 + 要坚持): what a speaker says of what they do, not a formulation."""
    joined = collection.joined
    sample = [int(start) for start in starts[:SAMPLE].tolist()]
    spoken = sum(
        joined[max(start - 2, 0) : start] in PRONOUNS or joined[start - 1 : start] in PRONOUNS
        for start in sample
    )
    return 2 * spoken > len(sample)


def _no_term(collection: Collection, text: str, starts: Positions) -> bool:
    """Whether a phrase is whole but no term, and holds the repeats that lie inside it (as a
    term does, `COVERED`: 全市广大职工朋友 of 全市广大职工朋友们 is no term either): a
    letter's salutation (全市广大职工朋友们: people addressed, in 们, or 亲爱的…) or its
    wishes (身体健康, `_WISHES`), a company's name or its tail (集团有限公司, `_LEGAL_FORM`),
    an institution's generic tail (电力科学研究院, `_named_before`), or a list cut from a
    longer one (`_in_a_longer_list`)."""
    salutation = text.endswith("们") or text.startswith("亲爱的")
    if salutation or _WISHES.fullmatch(text) or _LEGAL_FORM.search(text):
        return True
    if _INSTITUTION.search(text) and _named_before(collection, starts, len(text)):
        return True
    return _in_a_longer_list(collection, text, starts)


def _named_before(collection: Collection, starts: Positions, length: int) -> bool:
    """Whether a name goes on before most of a repeat's occurrences: a Chinese character that
    joins no words (公司 + 电力科学研究院, 华北 + 电力科学研究院), not punctuation or a
    preposition (、中华经济研究院, 由中华经济研究院): the repeat is the tail that names share."""
    points = collection.laid.points
    sample = np.array(_sample(points, starts, length), dtype=np.int64)
    before = points[np.maximum(sample - 1, 0)]
    named = is_han(before) & ~np.isin(before, _codes(LEFT_STOP)) & (sample > 0)
    return 2 * int(named.sum()) > len(sample)


def _in_a_longer_list(collection: Collection, text: str, starts: Positions) -> bool:
    """Whether a repeat that lists (、 or a 和 standing as a word between its parts) is cut out
    of a longer list: the list goes on with 、 at one of its edges in more than `LISTED` of its
    uses (崇尚 + 劳动、热爱劳动 + 、辛勤劳动、诚实劳动, 全国五一劳动奖状、 + 奖章和全国工人先锋号).
    A whole list that recurs stands between other words (弘扬 + 劳模精神、劳动精神、工匠精神 +
    ，). What 和 adds after a list is often none of it (法律、法规、规章 + 和相关标准)."""
    if not any(
        char == "、" or (char == "和" and not (cut(text, at) or cut(text, at + 1)))
        for at, char in enumerate(text)
    ):
        return False
    joined = collection.joined
    sample = _sample(collection.laid.points, starts, len(text))
    going_on = sum(
        joined[start - 1] == "、" or joined[start + len(text)] == "、" for start in sample
    )
    return going_on > LISTED * len(sample)


def _phrase(collection: Collection, starts: Positions, length: int) -> bool:
    """Whether no common word spans a repeat's edges in most occurrences (`CLEAN` of them), nor
    is it the tail of a count: what follows a figure (26平方公里), or a measure word or a
    number's unit after a number (第5大贸易伙伴, 第四大贸易伙伴: 大贸易伙伴 is what the counts
    share, not a phrase; 五加二产业创新计划 holds one; 250亿立方米), or a number cut after its
    first figures (第二十六条规定, 第六条规定: 六条规定 is what the references share)."""
    joined = collection.joined
    measured = joined[int(starts[0])] in COUNTING
    numeral = joined[int(starts[0])] in NUMERALS
    clean = 0
    for start in _sample(collection.laid.points, starts, length):
        context = joined[max(start - 3, 0) : start + length + 3]
        edge = start - max(start - 3, 0)
        before = context[edge - 1] if edge > 0 else ""
        counted = before in DIGITS or (measured and before in NUMERALS)
        counted |= numeral and (before in NUMERALS or before == "第")  # 第二十|六条规定
        clean += not counted and not cut(context, edge) and not cut(context, edge + length)
    return clean >= CLEAN * min(len(starts), SAMPLE)


def _sample(points: Points, starts: Positions, length: int) -> list[int]:
    """`SAMPLE` of a repeat's occurrences: those whose three characters on either side hash
    lowest (occurrences with the same context read alike; the first ones would be those of the
    first documents, and the terms would hang on the documents' order)."""
    if len(starts) <= SAMPLE:
        return [int(start) for start in starts.tolist()]
    keys = np.zeros(len(starts), dtype=np.uint64)
    for offset in (-3, -2, -1, length, length + 1, length + 2):
        keys = keys * POLYNOMIAL_BASE + points[np.clip(starts + offset, 0, len(points) - 1)]
    chosen = starts[np.argsort(keys, kind="stable")[:SAMPLE]]
    return [int(start) for start in chosen.tolist()]


def _inside_one(covering: Positions, starts: Positions, length: int) -> int:
    """How many occurrences lie inside one and the same kept term (the most of any)."""
    first, last = covering[starts], covering[starts + length - 1]
    inside = first[(first >= 0) & (first == last)]
    return int(np.bincount(inside).max()) if len(inside) else 0


def _without_affixed(kept: list[tuple[str, Positions]]) -> list[tuple[str, Positions]]:
    """Drop a term that is a shorter term with a verb or modifier of one or two characters
    before it (推进 + 产业工人队伍建设改革): when the shorter one is used `AFFIXED` times as
    often, or as often when the two characters are a common verb (`words.verbs`)."""
    counts = {text: len(starts) for text, starts in kept}
    known_verbs = verbs()
    result = []
    for text, starts in kept:
        used = len(starts)
        if counts.get(text[1:], 0) >= AFFIXED * used or counts.get(text[2:], 0) >= AFFIXED * used:
            continue
        if text[:2] in known_verbs and counts.get(text[2:], 0) >= used:
            continue
        result.append((text, starts))
    return result


def _standing_alone(points: Points, repeats: Repeats) -> npt.NDArray[np.bool_]:
    """Which repeats stand between non-Han characters at least `STANDALONE` times and in half
    their occurrences or more."""
    if not len(repeats):
        return np.zeros(0, dtype=bool)
    starts = repeats.starts
    ends = starts + np.repeat(repeats.lengths, repeats.counts)
    han = is_han(points)
    alone = ~han[np.maximum(starts - 1, 0)] | (starts == 0)
    alone &= ~han[np.minimum(ends, len(points) - 1)]
    counts = np.add.reduceat(alone.astype(np.int64), repeats.offsets[:-1])
    return (counts >= STANDALONE) & (2 * counts >= repeats.counts)


def _ending(points: Points, repeats: Repeats) -> npt.NDArray[np.bool_]:
    """Which repeats end somewhere: followed at least once by a character that is no Chinese
    one or one that joins words (`FUNCTION_CHARACTERS`), or used fewer than `UNENDED` times.
    A phrase followed by more Chinese at every one of that many uses is cut out of longer,
    varied expressions (深入学习贯彻习近平 + 新时代… / 总书记…, 全国人大常委会副 + 委员长 …,
    访团一行由外交部 + 次长 …), as a numbered formula read only where its phrase ends is."""
    if not len(repeats):
        return np.zeros(0, dtype=bool)
    after = repeats.starts + np.repeat(repeats.lengths, repeats.counts)
    last = after >= len(points)  # the collection's end
    following = points[np.minimum(after, len(points) - 1)]
    ends = last | ~is_han(following) | np.isin(following, _codes(FUNCTION_CHARACTERS))
    ended = np.add.reduceat(ends.astype(np.int64), repeats.offsets[:-1])
    return (ended > 0) | (repeats.counts < UNENDED)


FIGURES = 0.5
"""A repeat followed by a figure in more than this share of its uses heads a statistic."""


def _before_figures(points: Points, repeats: Repeats) -> npt.NDArray[np.bool_]:
    """Which repeats a figure follows in most of their uses (`地区生产总值增长` + 5.5%,
    `城镇新增就业` + 60万人): the head of a statistic, whose figure differs, not a phrase."""
    if not len(repeats):
        return np.zeros(0, dtype=bool)
    after = repeats.starts + np.repeat(repeats.lengths, repeats.counts)
    following = points[np.minimum(after, len(points) - 1)]
    figure = np.isin(following, _codes(DIGITS)) & (after < len(points))
    figures = np.add.reduceat(figure.astype(np.int64), repeats.offsets[:-1])
    return figures > FIGURES * repeats.counts


def _most_widespread(repeats: Repeats, laid: Laid, limit: int) -> Repeats:
    """The `limit` repeats found in the most documents, then the most often; of those tied
    with the last one taken, the first by their strings (`_string_order`), so that which
    repeats are kept hangs neither on how they are listed nor on the documents' order."""
    if len(repeats) <= limit:
        return repeats
    owner = laid.owner
    new_document = np.ones(len(repeats.starts), dtype=np.int64)
    new_document[1:] = owner[repeats.starts[1:]] != owner[repeats.starts[:-1]]
    new_document[repeats.offsets[:-1]] = 1
    documents = np.add.reduceat(new_document, repeats.offsets[:-1])
    counts = repeats.counts
    last = np.lexsort((-counts, -documents))[limit - 1]
    better = (documents > documents[last]) | (
        (documents == documents[last]) & (counts > counts[last])
    )
    tied = np.flatnonzero((documents == documents[last]) & (counts == counts[last]))
    wanted = better.copy()
    wanted[tied[_string_order(repeats.taken(tied), laid)[: limit - int(better.sum())]]] = True
    return repeats.select(wanted)


STRING_KEY = 64
"""Characters of a repeat read for its place among repeats tied with it (`_string_order`)."""


def _string_order(repeats: Repeats, laid: Laid) -> Positions:
    """The repeats in the order of a hash of their strings (their first `STRING_KEY`
    characters and their length; repeats that share those keep their order)."""
    capped = Repeats(np.minimum(repeats.lengths, STRING_KEY), repeats.offsets, repeats.starts)
    keys = string_keys(capped, laid) ^ repeats.lengths.astype(np.uint64)
    found: Positions = np.argsort(keys, kind="stable")
    return found


def _codes(chars: frozenset[str]) -> np.ndarray:
    return np.fromiter((ord(c) for c in sorted(chars)), dtype=np.uint32)
