from __future__ import annotations

import pytest

from unionreader.chinese import numeral, numeral_value
from unionreader.markers import (
    HEADING_FAMILIES,
    ends_in_function_word,
    enumeration,
    heading_number,
    leading_marker,
)
from unionreader.model import MarkerFamily


@pytest.mark.parametrize(
    ("text", "marker", "family", "ordinal"),
    [
        ("第一，要强化理论武装。", "第一，", MarkerFamily.DI, 1),
        ("第十五、加强团结。", "第十五、", MarkerFamily.DI, 15),
        ("第二点：要维护职工合法权益。", "第二点：", MarkerFamily.DI, 2),  # a speech's points
        ("一是坚决履行工会政治责任。", "一是", MarkerFamily.SHI, 1),
        ("十一是要求构建和谐劳动关系。", "十一是", MarkerFamily.SHI, 11),
        ("三要筑牢思想基础。", "三要", MarkerFamily.YAO, 3),
        ("二十、其他工作。", "二十、", MarkerFamily.DUN, 20),
        ("（三）时间安排。", "（三）", MarkerFamily.PAREN, 3),
        ("12．提升协商质量。", "12．", MarkerFamily.ARABIC, 12),
        ("(2)第二项。", "(2)", MarkerFamily.ARABIC_PAREN, 2),
        ("３．全角数字。", "３．", MarkerFamily.ARABIC, 3),  # any decimal digit, not only 0-9
        ("(一)半角括号。", "(一)", MarkerFamily.PAREN, 1),
        ("第一条　为保障工会的地位，制定本法。", "第一条　", MarkerFamily.ARTICLE, 1),
        ("第一百零五条 本法自公布之日起施行。", "第一百零五条 ", MarkerFamily.ARTICLE, 105),
        ("第一千二百六十条　本法自施行。", "第一千二百六十条　", MarkerFamily.ARTICLE, 1260),
        ("第23条  工会有权。", "第23条  ", MarkerFamily.ARTICLE, 23),
        # past nine written digit by digit, as the editions of collected works number points
        ("（一○）我们的敌人——日本帝国主义。", "（一○）", MarkerFamily.PAREN, 10),
        ("（一一）为了和平、民主和抗战。", "（一一）", MarkerFamily.PAREN, 11),
        ("二○、向关门主义作斗争。", "二○、", MarkerFamily.DUN, 20),
        # a full stop after the numeral, as Word's lists and some writers write it
        ("四．实践方式：", "四．", MarkerFamily.DUN, 4),
        ("十二.其他事项", "十二.", MarkerFamily.DUN, 12),
    ],
)
def test_leading_marker_reads_the_whole_numeral(
    text: str, marker: str, family: MarkerFamily, ordinal: int
) -> None:
    found = leading_marker(text)
    assert found is not None
    assert (found.text, found.family, found.ordinal) == (marker, family, ordinal)


@pytest.mark.parametrize(
    "text",
    [
        "第一位任务",
        "第一线建功立业",
        "第二十次全国代表大会",
        "第二个百年奋斗目标",
        "1.5万人参加",
        "一线职工",
        "第一条经验是坚持党的领导。",  # an article is parted from its text by a space
        "第一条",
        "第一百五条　…",  # not how an article is numbered
        "（一）—（三）：牢记理论",  # a range of the text's parts, which a note speaks of
        "（八）——  ：略了解",
        "(2)-(4)：见下文",
        "一一对应",  # digit by digit only as a point's number
        "一..二..三",
        "（一二三）",
    ],
)
def test_lookalikes_are_not_markers(text: str) -> None:
    assert leading_marker(text) is None


def test_heading_number_only_for_heading_like_lines() -> None:
    assert heading_number("一、加强职工思想政治引领") is not None
    assert heading_number("（一）深化理论武装") is not None
    assert heading_number("（一）竞赛内容。本次竞赛设十个工种。") is None
    assert heading_number("一是加强引领") is None


def test_inline_enumeration_counts_in_order_and_reads_eleven_whole() -> None:
    text = "主要体现在以下方面：" + "".join(
        f"{n}是要求第{n}项；"
        for n in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
    )
    found = enumeration(text)
    assert [m.ordinal for _, m in found] == list(range(1, 12))
    assert found[10][1].text == "十一是"
    assert text[found[0][0] :].startswith("一是")


def test_no_enumeration_without_a_second_item_or_a_boundary() -> None:
    assert enumeration("工作要点：一是加强领导。") == []
    assert enumeration("他说一是一，二是二。") == []


@pytest.mark.parametrize(
    "text",
    ["这次大会的主要任务是", "还存在不少短板和", "工作中的问题与", "把握新变化的", "为了"],
)
def test_a_line_ending_in_a_function_word_is_unfinished(text: str) -> None:
    assert ends_in_function_word(text)


@pytest.mark.parametrize(
    "text",
    ["坚持实事求是", "推动职工广泛参与", "法律知识普及", "旗帜鲜明讲政治", "社会和谐祥和"],
)
def test_words_ending_in_those_characters_can_end_a_heading(text: str) -> None:
    assert not ends_in_function_word(text)


def test_chinese_numerals_read_to_thousands_and_back_to_ninety_nine() -> None:
    for value in range(1, 100):
        assert numeral_value(numeral(value)) == value
    read = {"一百零五": 105, "一百一十": 110, "二百": 200, "一千零二十": 1020, "一千二百六十": 1260}
    assert {text: numeral_value(text) for text in read} == read
    for text in ("十十", "二二", "百", "一百五", "一百零", "零一", "一百零零五", "十百", "千千"):
        assert numeral_value(text) is None, text


def test_roman_numerals_number_parts_above_chinese_ones() -> None:
    marker = leading_marker("Ⅲ、保障措施")
    assert marker is not None and (marker.family, marker.ordinal) == (MarkerFamily.ROMAN, 3)
    assert heading_number("Ⅻ．附则") is not None
    assert leading_marker("Ⅱ类人员") is None  # a class, not a number: no mark after it
    families = list(HEADING_FAMILIES)
    assert families.index(MarkerFamily.ROMAN) < families.index(MarkerFamily.DUN)


def test_formal_numerals_number_parts_above_common_ones() -> None:
    """A Taiwan minutes' or an official document's parts: 壹、 貳、 參、 肆、 (written in the
    formal numerals, converted or not)."""
    for text, ordinal in [
        ("壹、主席報告：", 1),
        ("贰、讨论事项：", 2),
        ("參、臨時動議", 3),
        ("拾壹、附则", 11),
    ]:
        marker = leading_marker(text)
        assert marker is not None and (marker.family, marker.ordinal) == (
            MarkerFamily.FORMAL,
            ordinal,
        )
    assert leading_marker("陆、海、空三军联合演习") is None  # a list of words, not a number
    assert leading_marker("参加会议的有") is None
    families = list(HEADING_FAMILIES)
    assert families.index(MarkerFamily.ROMAN) < families.index(MarkerFamily.FORMAL)
    assert families.index(MarkerFamily.FORMAL) < families.index(MarkerFamily.DUN)


def test_a_number_and_a_full_width_colon_numbers_an_item() -> None:
    """`1：做好工作…` (as a summary in Word numbers its points); not a ratio (`2：1`)."""
    marker = leading_marker("1：做好工作，复盘总结。")
    assert marker is not None and (marker.family, marker.ordinal) == (MarkerFamily.ARABIC, 1)
    assert leading_marker("2：1的比例") is None


def test_a_number_and_a_full_width_comma_numbers_an_item() -> None:
    """`1，将序言结尾的改为…` (Word's `%1，` numbering, an essay's `1，美国迫切需要…`); not a
    figure written with a full-width comma (`1，000元`)."""
    marker = leading_marker("14，附录三积分获取方式修改为…")
    assert marker is not None and (marker.family, marker.ordinal) == (MarkerFamily.ARABIC, 14)
    assert leading_marker("1，000元的补贴") is None


def test_a_part_s_number_in_black_brackets_numbers_a_heading() -> None:
    """`【第三部分：结果揭晓与颁奖】`, as a news draft sets its parts: the part's number."""
    marker = heading_number("【第三部分：结果揭晓与颁奖】")
    assert marker is not None and (marker.family, marker.ordinal) == (MarkerFamily.PART, 3)
