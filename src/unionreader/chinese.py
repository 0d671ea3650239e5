"""Character classes and Chinese numerals: the small facts about Chinese text every stage shares."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator

logger = logging.getLogger(__name__)

HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
"""Han ideographs: the code points from the first to the last of each pair."""
HAN = "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last in HAN_RANGES)
"""Han ideographs (a regex character-class body)."""

NUMERAL_CHARS = "零〇一二两三四五六七八九十百"
NUMERAL = r"[一二三四五六七八九十]+"
"""A Chinese numeral as used for ordinals (一 … 九十九)."""
POSITIONAL = r"[一二三四五六七八九][〇○一二三四五六七八九]"
"""A count from ten to ninety-nine written digit by digit, as the editions of collected works
number points past nine (（一○）, （一一）, （二○）), and dates are written (一九五○)."""
LAW_NUMBER = r"[一二三四五六七八九十百千零]+|\d{1,4}"
"""The number of an article or a part of a law (第一百零五条, 第 1 條): a Chinese numeral to the
thousands, or digits (a regex alternation)."""

SENTENCE_END = "。！？；…"
SAID = re.compile(r"[。！？!?；]")
"""A mark a line of running text holds (a sentence's or a clause's end, Chinese or Latin): no
menu's word or link has one."""
"""Punctuation that only running text has: a line holding one is not a heading."""
CLOSERS = "”’」』）)》"
"""Closing quotation marks and brackets, which may stand after a sentence's end (…。”)."""

CJK_PUNCTUATION = r"\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·"
"""Full-width and Chinese punctuation (a regex character-class body); not the ideographic space."""

OPENERS = "，、（“‘《〈【「『—"
"""A line ending with one of these is unfinished."""

_PAIRED = ("“”", "‘’", "「」", "『』", "《》", "〈〉", "（）", "()", "【】", "〔〕")


def left_open(text: str) -> bool:
    """Whether `text` opens a quotation or a bracket that it does not close (`“国家所需 香港所长`:
    what follows it is inside)."""
    return any(text.count(pair[0]) > text.count(pair[1]) for pair in _PAIRED)


CONTINUES_AFTER = tuple("在于和与及暨的之把对向为以从上中")
"""A heading-like line ending with one of these words breaks off a phrase (在庆祝…| 暨…)."""

_WORD_PAIRS = (
    "目的有的似的标的求是祥和平和温和缓和共和总和调和柔和饱和人和参与给与赋与供给补给配给自给"
    "普及涉及惠及波及危及顾及企及遍及触及不及即将必将终将大将干将老将"
    "存在现在所在实在自在正在内在外在潜在好在旨在志在贵在难在重在健在行为"
    "方向动向导向取向去向风向志向意向倾向线上网上马上至上向上早上晚上初中高中集中"
)
WORDS_ENDING_SO = frozenset(_WORD_PAIRS[i : i + 2] for i in range(0, len(_WORD_PAIRS), 2))
"""Words that end with a function word's character and can end a heading or a title (实事求是,
广泛参与, …超越996的存在, 人民至上, 工作导向): a line ending with one breaks off nothing."""


def breaks_off(text: str) -> bool:
    """Whether a heading-like line ends with a word of `CONTINUES_AFTER` (…超越996的存在 ends
    with 存在, a word, not with 在)."""
    return text.endswith(CONTINUES_AFTER) and text[-2:] not in WORDS_ENDING_SO


CONTINUES_BEFORE = (*"暨和与及的上中之并而", "关于")
"""A heading-like line opening with one of these words continues the line above."""

SPACES = " \t\u3000\u00a0"
"""The spaces a Chinese text is set with: ASCII, tab, ideographic, no-break."""

_HAN_RE = re.compile(f"[{HAN}]")
_HAN_RUN = re.compile(f"[{HAN}]+")
_CHINESE_RE = re.compile(f"[{HAN}{CJK_PUNCTUATION}]")
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@functools.cache
def is_han(char: str) -> bool:
    """Whether `char` is a Han ideograph."""
    return bool(_HAN_RE.fullmatch(char))


@functools.cache
def is_chinese(char: str) -> bool:
    """Whether `char` is a Han character or Chinese (full-width) punctuation."""
    return bool(_CHINESE_RE.fullmatch(char))


def han_codes() -> Iterator[int]:
    """Every Han ideograph's code point."""
    for first, last in HAN_RANGES:
        yield from range(first, last + 1)


def has_han(text: str) -> bool:
    """Whether `text` holds a Han ideograph."""
    return _HAN_RE.search(text) is not None


def han_count(text: str) -> int:
    """How many Han ideographs `text` holds (counted by runs: a third of the time of counting
    them one by one on a page of text)."""
    return sum(map(len, _HAN_RUN.findall(text)))


def compact(text: str) -> str:
    """`text` without its white space (a line compared however a page spaced or broke it)."""
    return "".join(text.split())


_UNITS = {"十": 10, "百": 100, "千": 1000}


def numeral_value(numeral: str) -> int | None:
    """The value of a Chinese numeral from 一 to 九千九百九十九 (十一, 一百零五, 一千二百六十: the
    articles of a law run to hundreds), or None if it is not one (二二 is none: `positional`)."""
    if not numeral or any(c not in _DIGITS and c not in _UNITS and c != "零" for c in numeral):
        return None
    total, digit, unit_before, gap = 0, None, 10_000, False
    for char in numeral:
        if char in _UNITS:
            unit = _UNITS[char]
            if unit >= unit_before or (digit is None and (unit != 10 or total)):
                return None  # units in falling order; a bare 十 only first (十一)
            total += (1 if digit is None else digit) * unit
            digit, unit_before, gap = None, unit, False
        elif char == "零":
            if digit is not None or not total or gap:
                return None
            gap = True
        elif digit is not None:
            return None  # two digits in a row
        else:
            digit = _DIGITS[char]
    if digit is not None:
        if unit_before not in (10_000, 10) and not gap:
            return None  # 一百五 is colloquial for 150, not an ordinal
        if unit_before == 10_000 and len(numeral) > 1:
            return None
        total += digit
    elif gap:
        return None  # 一百零 ends on its gap
    return total or None


def positional_value(numeral: str) -> int | None:
    """The value of a count written digit by digit (`POSITIONAL`: 一○ 10, 一一 11, 二○ 20), or
    None."""
    if not re.fullmatch(POSITIONAL, numeral):
        return None
    tens, units = numeral[0], numeral[1]
    return _DIGITS[tens] * 10 + (0 if units in "〇○" else _DIGITS[units])


def ends_sentence(text: str) -> bool:
    """Whether `text` ends a sentence: its last mark, past closing quotes and brackets, is one."""
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def numeral(value: int) -> str:
    """A number from 1 to 99 as a Chinese numeral (十一, 二十); other numbers in digits."""
    if not 1 <= value <= 99:
        return str(value)
    names = "零一二三四五六七八九"
    tens, units = divmod(value, 10)
    if not tens:
        return names[units]
    return (names[tens] if tens > 1 else "") + "十" + (names[units] if units else "")


_CALCULATION = re.compile(r"[\d０-９][^＝=÷×≈]{0,4}[＝=÷×≈]\s*[\d０-９]")
"""A sum worked out (digits on both sides of ＝ ÷ × ≈), which no heading holds."""


def is_heading_like(text: str, max_length: int = 60) -> bool:
    """A line that could be a heading or a title: short, with no sentence punctuation, finished."""
    stripped = text.strip()
    if not stripped or len(stripped) > max_length:
        return False
    untitled = _TITLED.sub("《》", stripped) if "《" in stripped else stripped
    if any(mark in untitled for mark in SENTENCE_END) or stripped[-1] in OPENERS + "：:":
        return False  # (a work's title may hold a sentence's marks: 《体育系……》)
    if _CALCULATION.search(stripped):
        return False  # 季工作日：250天÷4季＝62.5天/季 works a sum out (改革+升级=新优势 is a title)
    return han_count(stripped) >= 2


_TITLED = re.compile(r"《[^《》]*》")
"""A work's title in book-title marks."""


# Common surnames: a name opens with one (`normalise.people`, `link.terms`).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
    "南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支"
    "卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印"
    "逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "习晏隗缑沃蔚越夔巢訾毋乜养须蒯后红竺益桓郦郗訾闾鄂阎钮滑寿仉督钭汲桑濮牧隗山谷车侯宓蓬全郗"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "轩辕",
    "令狐",
    "端木",
    "独孤",
    "南宫",
    "西门",
    "百里",
)
