"""Two columns set side by side keep a space between them (a signature block), and a block of
labelled values (a contract's parties) is text, its last line no heading."""

from __future__ import annotations

from unionreader.model import Line
from unionreader.normalise.punctuation import normalise_punctuation
from unionreader.structure import _in_fields

SENTENCE = "本合同一式三份，甲乙双方各执一份。"
GAP = "\u3000"


def _spaced(text: str) -> str:
    lines = (Line(1, SENTENCE), Line(2, text), Line(3, SENTENCE))
    return normalise_punctuation(lines).lines[1].text


def _lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(number, text) for number, text in enumerate(texts, 1))


def test_a_wide_gap_between_columns_keeps_one_ideographic_space() -> None:
    party, union = "甲方（盖章）：华强电子有限公司", "乙方（盖章）：华强电子有限公司工会委员会"
    assert _spaced(party + GAP * 4 + union) == party + GAP + union
    assert (
        _spaced("法定代表人：张建国      首席代表：李秀英")
        == f"法定代表人：张建国{GAP}首席代表：李秀英"
    )


def test_a_narrow_gap_or_one_after_a_word_a_sentence_goes_on_after_closes_up() -> None:
    text = "各级工会要认真贯彻落实，切实维护职工权益。"
    assert _spaced("各级工会要 认真贯彻落实，切实维护职工权益。") == text
    stray = f"难以在{GAP * 2}一段时间内完成立法，全国人大决定。"
    assert _spaced(stray) == "难以在一段时间内完成立法，全国人大决定。"


def test_the_last_of_a_block_of_labelled_values_heads_nothing() -> None:
    parties = ("甲方：某公司", "法定代表人：张建国", "乙方：某公司工会委员会", "首席代表：李秀英")
    lines = _lines(*parties, "第一章　总则")
    assert all(_in_fields(lines, index) for index in range(4))
    two = _lines("背景：2015年成立", "方案：反对", "正文。")
    assert not _in_fields(two, 1)  # two in a row may be a subhead over its text


def test_a_number_set_wide_at_a_line_s_start_is_closed_up() -> None:
    assert _spaced("一 、健全组织体系") == "一、健全组织体系"
    assert _spaced("（ 一 ）完善会员代表大会制度。各基层工会要按期召开。") == (
        "（一）完善会员代表大会制度。各基层工会要按期召开。"
    )
    assert _spaced("一、健全 组织体系") == "一、健全 组织体系"  # a heading's own space stays
