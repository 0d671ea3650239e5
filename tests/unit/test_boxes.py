"""The box-drawing rule: a table drawn in text with box-drawing characters becomes rows."""

from __future__ import annotations

from helpers import numbered, texts

from unionreader.normalise.boxes import BOX_RULE, box_tables

FORM = """甲乙双方签订的劳动合同已到期，同意续订。
┌─┬──────┬──────┐
│劳│企业法定代表人│某某公司　　│
│动│（委托代理人）│　　　　　　│
├─┼──────┼──────┤
│合│企业职工：　　│张三　　　　│
└─┴──────┴──────┘
以上为续订表。"""


def test_a_box_s_rows_are_a_table_s_each_cell_joined_down_its_column() -> None:
    result = box_tables(numbered(FORM))
    assert texts(result.lines) == [
        "甲乙双方签订的劳动合同已到期，同意续订。",
        "劳动\t企业法定代表人（委托代理人）\t某某公司",
        "合\t企业职工：\t张三",
        "以上为续订表。",
    ]
    assert [line.number for line in result.lines] == [1, 3, 6, 8]
    assert {edit.rule for edit in result.edits} == {BOX_RULE}
    assert len(result.edits) == 6  # three rules, the two rows' first lines, the line joined


def test_a_box_of_one_column_gives_its_lines() -> None:
    text = "┌──────────┐\n│鉴证人员：　鉴证机构：│\n│　　年　　月　　日　│\n└──────────┘"
    assert texts(box_tables(numbered(text)).lines) == ["鉴证人员：　鉴证机构：", "年　　月　　日"]


def test_lines_that_part_their_cells_differently_are_rows_of_their_own() -> None:
    text = "┌──┬──┐\n│甲│乙│\n│丙丁戊│\n└──┴──┘"
    assert texts(box_tables(numbered(text)).lines) == ["甲\t乙", "丙丁戊"]


def test_a_text_without_a_box_is_left_alone() -> None:
    text = "│ 这是一个竖线 │\n正文。"  # a line between bars, but no box around it
    result = box_tables(numbered(text))
    assert texts(result.lines) == text.split("\n") and result.edits == ()
