"""Numbered headings laid out over lines (`normalise.headings`): a part's number set on a line
of its own over its heading."""

from __future__ import annotations

from helpers import numbered, texts

from unionreader.normalise.headings import number_headings

NEWS = (
    "青县具有30余年的蔬菜种植历史。\n1\n服务京津，争当京津市民的菜篮子\n"
    "12月16日，走进青县曹寺乡振西蔬菜种植专业合作社。\n2\n借智京津，加大优质蔬菜供给\n"
    "今年5月，第三届京津冀蔬菜产销对接活动举办。"
)


def test_a_part_s_number_over_its_heading_is_joined_to_it() -> None:
    result = number_headings(numbered(NEWS))
    assert texts(result.lines) == [
        "青县具有30余年的蔬菜种植历史。",
        "1 服务京津，争当京津市民的菜篮子",
        "12月16日，走进青县曹寺乡振西蔬菜种植专业合作社。",
        "2 借智京津，加大优质蔬菜供给",
        "今年5月，第三届京津冀蔬菜产销对接活动举办。",
    ]
    assert [edit.rule for edit in result.edits] == ["lines.join"] * 2
    assert [line.number for line in result.lines][1] == 2


def test_numbers_that_do_not_count_from_one_or_stand_over_text_are_left() -> None:
    pages = NEWS.replace("\n1\n", "\n12\n").replace("\n2\n", "\n13\n")  # a PDF's page numbers
    assert number_headings(numbered(pages)).edits == ()
    running = NEWS.replace("借智京津，加大优质蔬菜供给", "今年，合作社的大棚蔬菜产量又创新高。")
    assert number_headings(numbered(running)).edits == ()  # over text that runs on


def test_an_appendix_s_label_under_a_numbered_line_is_no_rest_of_it() -> None:
    """A law's first appendix closes with item 15 and `附件二` stands under it: the second
    appendix's label, not the end of the item (`…的决定 附件二`)."""
    from unionreader.normalise.headings import join_heading_lines

    text = (
        "15．关于处理逃跑或者重新犯罪的劳改犯和劳教人员的决定\n附件二\n"
        "全国人民代表大会常务委员会制定的下列补充规定和决定予以保留。"
    )
    assert texts(join_heading_lines(numbered(text)).lines) == text.split("\n")
