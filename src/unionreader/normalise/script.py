"""Script rule: tell Simplified from Traditional by content, and convert between them with OpenCC.

The configurations were chosen by measurement; `bench/opencc_configs.py` prints the tables quoted
next to each constant. In short: hk2s is the Traditional → Simplified base, because it changes
nothing t2s would not, also reads Hong Kong forms (衞) and leaves Simplified text as it is; and
a Traditional text that never writes 着 spells zhe/zhuó as 著 (著力, 著眼), so there 著 is read
the way tw2s reads it (着力, but 显著/著名/著作 kept) — only 著, as tw2s also makes 什么 什幺.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

import opencc

from unionreader.arrays import CharSet, code_points
from unionreader.model import Edit, Line, Pass, Script
from unionreader.normalise.conversion import conversion

logger = logging.getLogger(__name__)

RULE = "script"

TO_TRADITIONAL = "s2t"
"""Simplified → Traditional. Measured round trips of the four Simplified seeds (mismatching
characters): s2t/t2s 0, s2t/hk2s 0, s2tw/tw2s 0, s2hk/hk2s 0, s2twp/tw2sp 67 (vocabulary:
核心 → 内核, 区域性 → 局部); s2tw/t2s 18. s2t keeps 着 as 着, and `simplified` undoes it
exactly (0 mismatches)."""

TO_SIMPLIFIED = "hk2s"
"""Traditional → Simplified base. Measured on seed 000: 0 characters differ from t2s (no vocabulary
rewritten); on the Hong Kong sample 0 mismatches (t2s 1: leaves 衞); on the Simplified seeds it
changes 0 characters (tw2s changes 显著 → 显着 in seed 004)."""

ZHUO_READING = "tw2s"
"""How 著 is read in a Traditional text that never writes 着. Measured on seed 000: tw2s gives
着力/着眼 (t2s and hk2s leave 著力/著眼, 7 × 著), keeps 显著, rewrites no vocabulary (tw2sp rewrites
核心 → 内核 ×7, 建立 → 创建 ×2), but turns 什么 into 什幺 ×3 — hence only its 著 → 着 is taken."""

ZHE = "着"
"""A text that writes this character uses it for zhe/zhuó, so its 著 means zhù (原著, 卓著)."""

ZHU = "著"

OPENCC_DICTIONARIES = Path(opencc.__file__).parent / "dictionary"
T2S_DICTIONARIES = ("TSPhrases.txt", "TSCharacters.txt")
S2T_DICTIONARIES = ("STPhrases.txt", "STCharacters.txt")


class Converter(Protocol):
    """The part of `opencc.OpenCC` this module uses."""

    def convert(self, string: str) -> str: ...


def converter(config: str) -> Converter:
    """The OpenCC conversion for `config` (`conversion.Conversion`: the library's results,
    faster), built once per process."""
    return conversion(config)


@functools.cache
def changing_set(*dictionaries: str) -> CharSet:
    """`changing` as a table, to count a whole text's characters at once."""
    return CharSet.of(ord(char) for char in changing(*dictionaries))


@functools.cache
def changing(*dictionaries: str) -> frozenset[str]:
    """The characters a conversion changes, read from its OpenCC dictionaries (phrases first, as
    OpenCC segments): the same as converting each character, without converting (a test checks
    every Han character)."""
    return frozenset(key for key, value in first_forms(*dictionaries).items() if value != key)


@functools.cache
def first_forms(*dictionaries: str) -> dict[str, str]:
    """Character → the form OpenCC's dictionaries give it first (the first dictionary that has
    it), as a conversion writes a character alone."""
    first: dict[str, str] = {}
    for name in dictionaries:
        text = (OPENCC_DICTIONARIES / name).read_text(encoding="utf-8")
        for line in text.splitlines():
            key, _, values = line.partition("\t")
            if len(key) == 1 and values:
                first.setdefault(key, values.split()[0])
    return first


@functools.cache
def simplified_only(dictionary: str = "STCharacters.txt") -> frozenset[str]:
    """The Simplified characters no Traditional print writes (该, 们, 这): those OpenCC's
    dictionary gives only other forms (该 → 該; not 于, 台 or 余, which it lists among their
    own forms: 于 → 於 于) and Big5, Taiwan's character set, does not hold (it holds 庄, 虱
    and 雇, which Taiwan writes in 客庄, 虱目魚 and 雇主, though OpenCC gives 莊, 蝨 and 僱)."""
    only: set[str] = set()
    text = (OPENCC_DICTIONARIES / dictionary).read_text(encoding="utf-8")
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values and key not in values.split() and not _in_big5(key):
            only.add(key)
    return frozenset(only)


def _in_big5(char: str) -> bool:
    try:
        char.encode("cp950")
    except UnicodeEncodeError:
        return False
    return True


def detect_script(text: str) -> Script:
    """Traditional if more of its Han characters change under t2s than under s2t, else Simplified.

    Counted by character, so a document is judged by its content as a whole (a few Traditional
    forms in a Simplified text, or the reverse, do not tip it).
    """
    points = code_points(text, surrogates=True)
    to_simple = changing_set(*T2S_DICTIONARIES).count(points)
    to_traditional = changing_set(*S2T_DICTIONARIES).count(points)
    script = Script.TRADITIONAL if to_simple > to_traditional else Script.SIMPLIFIED
    logger.debug("%s: t2s changes %d, s2t changes %d", script.value, to_simple, to_traditional)
    return script


def writes_zhe_as_zhu(text: str) -> bool:
    """Whether `text` is Traditional and never writes 着, so that its 著 may stand for zhe/zhuó."""
    return ZHU in text and ZHE not in text and detect_script(text) is Script.TRADITIONAL


AFTER_SIMPLIFIED = str.maketrans({"擡": "抬", "𠮶": "嗰", "㓥": "劏"})
"""Where TO_SIMPLIFIED writes no Simplified text's character: 抬, which Simplified and Hong
Kong texts both write, it turns into 擡 (its Hong Kong table reads 抬 as a variant of 擡, and
no table turns 擡 back); and the Cantonese 嗰 and 劏, which Simplified writing keeps, it turns
into 𠮶 (a character of CJK Extension B) and 㓥, which few fonts show."""


def _to_simplified(text: str, zhuo: bool) -> str:
    """`text` through TO_SIMPLIFIED; with `zhuo`, each 著 that ZHUO_READING makes 着 becomes 着."""
    base = converter(TO_SIMPLIFIED).convert(text).translate(AFTER_SIMPLIFIED)
    if not zhuo or ZHU not in base:
        return base
    reading = converter(ZHUO_READING).convert(text)
    if len(reading) != len(base):
        logger.warning(
            "cannot align %s with %s; 著 kept in %.20s…", ZHUO_READING, TO_SIMPLIFIED, text
        )
        return base
    return "".join(
        new if (old, new) == (ZHU, ZHE) else old for old, new in zip(base, reading, strict=True)
    )


def simplified(text: str) -> str:
    """`text` in Simplified script; Simplified text comes back unchanged."""
    return _to_simplified(text, writes_zhe_as_zhu(text))


def simplified_all(texts: Sequence[str]) -> list[str]:
    """`simplified` of each of `texts`, those with no 著 and no line break in one conversion (a
    short text's conversion costs what setting it up does: a title, an author, a place and a
    source cost four times apart what they cost together). No dictionary entry holds a line
    break, so none is read across two texts."""
    apart = ["\n" in text or ZHU in text for text in texts]
    together = [text for text, alone in zip(texts, apart, strict=True) if not alone]
    if len(together) < 2:
        return [simplified(text) for text in texts]
    converted = iter(_to_simplified("\n".join(together), zhuo=False).split("\n"))
    return [
        simplified(t) if alone else next(converted) for t, alone in zip(texts, apart, strict=True)
    ]


def traditional(text: str) -> str:
    """`text` in Traditional script (OpenCC standard forms); `simplified` turns it back."""
    return converter(TO_TRADITIONAL).convert(text)


def to_simplified(lines: tuple[Line, ...]) -> Pass:
    """Convert a Traditional document to Simplified; each changed line is one whole-line Edit.

    How 著 is read is decided once for the whole document, so that every line reads it alike.
    The document is converted in one call (OpenCC keeps line breaks).
    """
    text = "\n".join(line.text for line in lines)
    zhuo = ZHU in text and ZHE not in text  # the caller has judged the text Traditional
    logger.debug("converting %d lines, 著 read as zhuó: %s", len(lines), zhuo)
    converted = _to_simplified(text, zhuo).split("\n")
    if len(converted) != len(lines):
        converted = [_to_simplified(line.text, zhuo) for line in lines]
    out: list[Line] = []
    edits: list[Edit] = []
    for line, new in zip(lines, converted, strict=True):
        if new != line.text:
            edits.append(Edit(RULE, line.number, line.text, new))
        out.append(replace(line, text=new))
    return Pass(tuple(out), tuple(edits))
