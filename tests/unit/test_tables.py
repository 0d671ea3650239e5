"""Tables (`tables`): rows whose cells a tab parts, from text pasted from a spreadsheet or from a
format's table, read as rows of one table, shown as a table and exported as one."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import numbered
from markdown_it import MarkdownIt

from unionreader.export import to_markdown, to_plain_text
from unionreader.link.links import NO_LINKS
from unionreader.model import ParagraphRole, RawText, Seed, SeedMeta
from unionreader.normalise.chain import normalise
from unionreader.pages import SiteContext, document_page
from unionreader.structure import parse_document
from unionreader.tables import cells, is_row, row_text, table_rows
from unionreader.views import TableView

TABLE = (
    "经费收支情况\n\n根据统计，收支情况如下。\n"
    "项目\t2022年\t2023年\t增长\n拨缴经费\t12,345\t13,210\t7.0%\n上级补助\t2,100\t2,350\t11.9%\n"
    "从上表可以看出，收入保持稳定增长。"
)


def _doc(text: str):  # type: ignore[no-untyped-def]
    seed = Seed(Path("seeds/t.txt"), "t", SeedMeta(), catalogued=False)
    return parse_document(normalise(RawText(seed, "utf-8", numbered(text))))


def test_a_row_s_cells_are_parted_by_tabs_an_empty_cell_kept() -> None:
    assert cells("项目\t2022年 \t 2023年") == ["项目", "2022年", "2023年"]
    assert cells("合计\t\t480元") == ["合计", "", "480元"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("项目\t金额", True),
        ("一、\t总体要求", False),  # Word's tab after a list's number
        ("（一）\t加强引领", False),
        ("1.\t加强组织建设", False),
        ("第一条\t为了保障职工的合法权益，制定本法。", False),  # an article's number, a tab
        ("第1条\t为了保障职工的合法权益。", False),
        ("1\t哈佛大学", True),  # a rank is a cell
        ("只有一格\t", False),
        ("没有制表符的一行", False),
    ],
)
def test_what_a_row_is(text: str, row: bool) -> None:
    assert is_row(text) is row


def test_a_table_is_two_rows_or_more_one_under_the_other() -> None:
    lines = numbered("说明\n甲\t乙\n丙\t丁\n说明\n戊\t己\n说明")
    assert table_rows(lines) == {1, 2}


def test_a_format_s_row_keeps_its_columns_and_a_lone_cell_is_its_text() -> None:
    assert row_text(["姓名", " 单位\n名称 ", ""]) == "姓名\t单位 名称\t"
    assert row_text(["", "市总工会", ""]) == "市总工会"


def test_rows_are_paragraphs_of_role_row_with_their_tabs_and_enumerate_nothing() -> None:
    doc = _doc(TABLE.replace("拨缴经费", "一是拨缴；二是补助"))
    rows = [b for s in doc.sections for b in s.blocks if b.role is ParagraphRole.ROW]
    assert [b.text for b in rows] == [
        "项目\t2022年\t2023年\t增长",
        "一是拨缴；二是补助\t12,345\t13,210\t7.0%",
        "上级补助\t2,100\t2,350\t11.9%",
    ]
    assert all(not b.inline_points for b in rows)


def test_the_cells_of_han_text_keep_the_tab_between_them() -> None:
    doc = _doc("名单\n\n受表彰的工会如下：\n市第一医院工会\t医疗卫生\n市公交集团工会\t交通运输\n")
    texts = [b.text for s in doc.sections for b in s.blocks]
    assert "市第一医院工会\t医疗卫生" in texts and "市公交集团工会\t交通运输" in texts


def test_the_page_shows_a_run_of_rows_as_one_table_its_head_the_row_naming_columns() -> None:
    view = document_page(SiteContext(None, MarkdownIt()), _doc(TABLE), NO_LINKS)
    blocks = view.sections[0].blocks
    assert [type(b).__name__ for b in blocks] == ["BlockView", "TableView", "BlockView"]
    table = blocks[1]
    assert isinstance(table, TableView) and table.head
    assert [["".join(r.text for r in cell) for cell in row.cells] for row in table.rows] == [
        ["项目", "2022年", "2023年", "增长"],
        ["拨缴经费", "12,345", "13,210", "7.0%"],
        ["上级补助", "2,100", "2,350", "11.9%"],
    ]
    assert [row.figures for row in table.rows][1:] == [(False, True, True, True)] * 2
    assert table.figure_columns == (False, True, True, True)  # their heads set right too


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("表1  2023年工会经费收入情况（单位：万元）", True),
        ("附表2 各区县建会情况", True),
        ("全市工会经费收入情况（单位：万元）", True),
        ("根据统计，收支情况如下。", False),  # a sentence leads into the table
        ("表2023年度的情况如下。", False),
    ],
)
def test_the_line_that_names_a_table_right_above_it_is_its_caption(
    line: str, caption: bool
) -> None:
    doc = _doc(TABLE.replace("根据统计，收支情况如下。", line))
    view = document_page(SiteContext(None, MarkdownIt()), doc, NO_LINKS)
    table = next(b for b in view.sections[0].blocks if isinstance(b, TableView))
    found = "".join(r.text for r in table.caption.runs) if table.caption else None
    assert found == (line if caption else None)
    assert len(view.sections[0].blocks) == (2 if caption else 3)  # the caption is the table's


def test_a_table_of_names_has_no_head() -> None:
    doc = _doc("名单\n\n受表彰的工会如下：\n市第一医院工会\t医疗卫生\n市公交集团工会\t交通运输\n")
    view = document_page(SiteContext(None, MarkdownIt()), doc, NO_LINKS)
    table = next(b for b in view.sections[0].blocks if isinstance(b, TableView))
    assert not table.head and len(table.rows) == 2


def test_the_markdown_download_holds_a_markdown_table() -> None:
    markdown = to_markdown(_doc(TABLE))
    assert "| 项目 | 2022年 | 2023年 | 增长 |\n| --- | --- | --- | --- |\n" in markdown
    assert "| 拨缴经费 | 12,345 | 13,210 | 7\\.0% |\n| 上级补助 |" in markdown
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<th>项目</th>" in html and "<td>12,345</td>" in html


def test_the_plain_text_holds_the_rows_one_under_the_other() -> None:
    text = to_plain_text(_doc(TABLE))
    assert "项目\t2022年\t2023年\t增长\n拨缴经费\t12,345\t13,210\t7.0%\n上级补助" in text


def test_a_lone_line_with_a_tab_is_no_row() -> None:
    doc = _doc("标题\n\n说明一下：\n项目\t金额\n其余的话。")
    assert all(b.role is not ParagraphRole.ROW for s in doc.sections for b in s.blocks)


def test_lines_of_a_table_are_never_joined_or_split() -> None:
    doc = _doc("标题\n\n名单如下：\n甲单位\t乙\n丙单位，\t丁。戊。 己。\n其余的话。")
    texts = [b.text for s in doc.sections for b in s.blocks]
    assert "甲单位\t乙" in texts and "丙单位，\t丁。戊。己。" in texts


def test_an_empty_cell_stays_between_its_tabs() -> None:
    doc = _doc("名单\n\n获奖名单如下：\n名次\t姓名\t单位\n三等奖\t\t空缺\n其余的话。")
    texts = [b.text for s in doc.sections for b in s.blocks]
    assert "三等奖\t\t空缺" in texts
    view = document_page(SiteContext(None, MarkdownIt()), doc, NO_LINKS)
    table = next(b for b in view.sections[0].blocks if isinstance(b, TableView))
    assert ["".join(r.text for r in cell) for cell in table.rows[1].cells] == ["三等奖", "", "空缺"]


def test_a_row_with_fewer_cells_ends_with_empty_ones() -> None:
    doc = _doc("名单\n\n获奖名单如下：\n名次\t姓名\t单位\n一等奖\t张三\n其余的话。")
    view = document_page(SiteContext(None, MarkdownIt()), doc, NO_LINKS)
    table = next(b for b in view.sections[0].blocks if isinstance(b, TableView))
    assert [len(row.cells) for row in table.rows] == [3, 3]
    assert table.rows[1].cells[2] == () and table.rows[1].figures == (False, False, False)
