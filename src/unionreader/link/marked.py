"""The terms one document marks as such: numbered formulas (两个维护, 十大行动) and quoted
expressions (“娘家人”), with how often it uses each.

They are found in each document as it is made (in a worker, or in the process that makes a
rebuild's few documents) and kept with its link text (`LinkText.numbered`, `LinkText.quoted`):
the link stage adds up every document's (`terms`) instead of reading the whole collection
again at every build. A document is read as the link stage lays it out, each unit followed by
NUL, so nothing found runs from one unit into the next.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from unionreader.chinese import NUMERAL_CHARS, is_han
from unionreader.link.words import FUNCTION_CHARACTERS, LONGEST, common_words, cut, qualifiers

NUMBERED = re.compile(
    rf"[两三四五六七八九十](?<![{NUMERAL_CHARS}千第].)"  # a numeral no numeral precedes
    r"(?:(?<=十)[一二三四五六七八九]?[个项条种点]|[个项条种点]|大)"
    r"[\u3400-\u9fff]{2}"
)  # not 十八大以来: a congress is no formula. (It starts with its first character, not with the
# look behind: the regex engine then skips to the numerals instead of trying every place.)
_UNIT_WORDS = (
    "方面 问题 部分 阶段 环节 层面 小时 月份 年度 以上 以下 左右 多月 百分 人次 单位 地方 "
    "项目 领域 城市 国家 省份 月来 年来 年间 工作 同志 代表 企业 职工 会议 文件 措施 任务 "
    "群体 人员 组织 支部 孩子 小孩 儿子 女儿 孙子 孙女 老人 父母 家人 朋友 兄弟 姐妹 哥哥 "
    "姐姐 弟弟 妹妹 特点 原因 理由 数字 身份 工作日 季度 学期 分钟 钟头 周年 世纪"
)
_UNITS = frozenset(_UNIT_WORDS.split())
_QUOTED = re.compile(r"“([\u3400-\u9fff][\u3400-\u9fff、·]{0,10}[\u3400-\u9fff])”")
_OPENING, _CLOSING = "“「", "”」"

Numbered = tuple[tuple[str, int, int], ...]
"""Each numbered formula, how often it is read as one and how often inside quotation marks
(“八个着力”), in the order first read."""
Quoted = tuple[tuple[str, int, int], ...]
"""Each quoted expression, how often it is quoted and how often used (quoted or not), in the
order first quoted."""


def laid_out(texts: Sequence[str]) -> str:
    """A document's unit texts as the link stage lays them out: each followed by NUL."""
    return "".join(text + "\0" for text in texts)


def numbered_in(joined: str) -> Numbered:
    """The numbered formulas of a document laid out (`laid_out`), with how often each is
    quoted (alone or in a longer quotation: “三大任务、四区布局、五个提升”)."""
    found: Counter[str] = Counter()
    quoted: Counter[str] = Counter()
    for match in NUMBERED.finditer(joined):
        if _ORDINALS.search(joined[max(match.start() - ORDINALS_READ, 0) : match.start()]):
            continue
        text = _formula(joined, match)
        if text is not None:
            found[text] += 1
            quoted[text] += _in_quotes(joined, match.start())
    return tuple((text, times, quoted[text]) for text, times in found.items())


_N = f"[{NUMERAL_CHARS}千]"
_ORDINALS = re.compile(rf"第{_N}+[条款项章节]?(?:[、至或和及]第?{_N}+[条款项章节]?)*[、至或和及]\Z")
"""What ends before a numeral that is one of a list of ordinals (第一、二、三项规定, 第二至
四条, 第二项至六项): the numeral numbers an item of a law, as 第 before it does."""
ORDINALS_READ = 16
"""Characters read back from a numeral for a list of ordinals it ends."""
QUOTATION = 24
"""The longest quotation a numbered formula counts as quoted in (“三大任务、四区布局、五个提升”:
16 characters)."""
_SENTENCE = re.compile("[，。！？；：,!?;:]")


def _in_quotes(joined: str, at: int) -> bool:
    """Whether `joined[at]` lies inside quotation marks that set a phrase apart: a “ or 「
    opens before it, in its unit, that nothing has closed, and the quotation closes within
    `QUOTATION` characters with no clause's punctuation inside. A formula inside a quoted
    sentence (a speaker's words: 「…嚟見我哋兩個經理。」) is not marked by it."""
    unit = joined.rfind("\0", 0, at) + 1
    opened = max(joined.rfind(mark, unit, at) for mark in _OPENING)
    if opened <= max(joined.rfind(mark, unit, at) for mark in _CLOSING):
        return False
    end = joined.find("\0", at)
    closes = [found for mark in _CLOSING if (found := joined.find(mark, at, end)) >= 0]
    if not closes or min(closes) - opened - 1 > QUOTATION:
        return False
    return not _SENTENCE.search(joined, opened, min(closes))


def quoted_in(joined: str) -> Quoted:
    """The quoted expressions of a document laid out (`laid_out`)."""
    here = Counter(_QUOTED.findall(joined))
    return tuple(
        (expression, times, joined.count(expression)) for expression, times in here.items()
    )


def _formula(joined: str, match: re.Match[str]) -> str | None:
    """The numbered formula `match` begins, if it is one: what follows the numeral and its
    measure word is a common word that names a thing (a noun or a verb: 维护, 自信, 着力; not
    重要, 新兴, 台湾, 星期, not a unit: 方面), ending where no common word runs on. One that runs
    on is read to the end of that word if it is one more or two more characters (三大攻坚战,
    not 三大攻坚; 两个多小时 is no formula, nor 两个月的). And the phrase ends there: what
    follows is no Chinese character, or one that joins words (做到两个维护，, 十大行动的), not
    the rest of a longer noun (六大核心战略产业 holds no formula 六大核心, nor 三项国际赛事
    三项国际): a formula is read where it stands alone at least once."""
    end = match.end()
    for more in range(LONGEST - 1):
        tail = joined[end - 2 : end + more]
        if not cut(joined, end + more):
            break
    else:
        return None
    words = common_words()
    if tail in _UNITS or tail not in words or tail in qualifiers():
        return None
    after = joined[end + more : end + more + 1]
    if is_han(after) and after not in FUNCTION_CHARACTERS:
        return None
    return joined[match.start() : end + more]
