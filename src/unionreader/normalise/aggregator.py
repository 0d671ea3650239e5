"""What aggregator sites (范文, 文库, 资料 sites) add to the texts they copy.

- **Pinyin readings** injected after characters, `發(fā)展`, `劳(láo)动`: a Latin syllable in
  brackets right after a Chinese character, with a tone mark (or, in a text that has such
  readings, a toneless syllable of two to six lower-case letters: `(a)` stays). Rule `pinyin`.
- **Title affixes**: the day a collection filed the text, as a file's name gives it before
  its title (`2013-04-28_…`), which goes under the title as its date line; the item number
  of a collection before the title (`第一篇：`, `篇一：`, `范文二：`, `【篇三】`) and the
  collection's labels after it (`（精选）`, `(通用5篇)`, `精选范文`, `范文大全`), and a note of
  the pictures the page had (`（附图片1张）`, `（组图）`, `(图)`), which a copied text no
  longer has. Only the top lines, where the title stands, are looked at. Rule
  `boilerplate.aggregator`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from unionreader.chinese import HAN
from unionreader.model import Edit, Line, Pass
from unionreader.normalise.edits import substitute_all

logger = logging.getLogger(__name__)

PINYIN_RULE = "pinyin"
AFFIX_RULE = "boilerplate.aggregator"
TOP = 6
"""Title affixes are looked for in this many lines of the top."""

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = rf"[a-zü{_TONED}]{{1,6}}"
_TONED_READING = re.compile(
    rf"(?<=[{HAN}])\s?[(（]\s*(?=[a-zü{_TONED}]*[{_TONED}])({_SYLLABLE})\s*[)）]"
)
_ANY_READING = re.compile(rf"(?<=[{HAN}])\s?[(（]\s*([a-zü{_TONED}]{{2,6}})\s*[)）]")
_ORDINAL = r"[一二三四五六七八九十\d]{1,3}"
_PREFIX = re.compile(
    rf"^(?:(?:第{_ORDINAL}篇|篇{_ORDINAL}|范文{_ORDINAL})\s*[：:、.．]\s*|【篇{_ORDINAL}】|【第{_ORDINAL}篇】)\s*"
)
_LABEL_WORDS = r"(?:精选|优选|最新|热门|完整版|(?<!示)范文|合集|大全|汇总|\d+篇)"
"""(范文 but not in 示范文本: `…合同（示范文本）` names a model contract, and stays.)"""
_SUFFIX = re.compile(
    rf"\s*(?:[（(【\[][^（）()【】\[\]]{{0,6}}{_LABEL_WORDS}[^（）()【】\[\]]{{0,6}}[)）】\]]"
    rf"|(?:精选)?(?<!示)范文(?:大全)?(?:\d+篇)?|精选\d+篇|\(\d+篇\)|（\d+篇）"
    r"|[（(]附?组?(?:图片?|照片|视频)(?:\s*\d+\s*[张幅段])?[)）])$"
)


_FILED_DATE = re.compile(r"^(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})[_＿]\s*(?=\S)")
"""The day a collection filed a text, before its title as a file's name has it
(`2013-04-28_在同全国劳动模范代表座谈时的讲话`): the title's date, set under it."""


def remove_pinyin(lines: tuple[Line, ...]) -> Pass:
    """Drop injected pinyin readings (`發(fā)展` → `發展`)."""
    bracketed = [line for line in lines if "(" in line.text or "（" in line.text]
    toned = sum(len(_TONED_READING.findall(line.text)) for line in bracketed)
    if not toned:  # no reading to drop (each pattern needs a bracket, and one toned reading)
        return Pass(lines, ())
    pattern = _ANY_READING if toned >= 2 else _TONED_READING
    return substitute_all(PINYIN_RULE, lines, pattern, lambda match: "")


def strip_title_affixes(lines: tuple[Line, ...]) -> Pass:
    """Cut a collection's item number and labels from the title line(s) at the top."""
    out: list[Line] = []
    edits: list[Edit] = []
    for index, line in enumerate(lines):
        text = line.text
        if index == 0 and (dated := _FILED_DATE.match(text.strip())):
            title = text.strip()[dated.end() :]  # 2013-04-28_在同全国劳动模范代表座谈时的讲话
            edits.append(Edit(AFFIX_RULE, line.number, line.text, f"{title}⏎{dated['date']}"))
            out += [replace(line, text=title), replace(line, text=dated["date"])]
            continue
        if index < TOP:
            text = _SUFFIX.sub("", _PREFIX.sub("", text.strip()))
        if index < TOP and text != line.text.strip() and text:
            edits.append(Edit(AFFIX_RULE, line.number, line.text, text))
            out.append(replace(line, text=text))
        else:
            out.append(line)
    return Pass(tuple(out), tuple(edits))
