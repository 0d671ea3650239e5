"""Contents rule: a table of contents printed in the text goes when its entries stand below."""

from __future__ import annotations

from helpers import numbered, texts

from unionreader.normalise.contents import RULE, drop_contents

BODY = (
    "第一章　总　　则\n第一条　为保障工会的地位，制定本法。\n"
    "第二章　工会组织\n第九条　工会各级组织按照民主集中制原则建立。"
)


def test_a_table_of_contents_whose_entries_are_the_headings_below_goes() -> None:
    result = drop_contents(numbered("目　　录\n第一章　总　　则\n第二章　工会组织\n" + BODY))
    assert texts(result.lines) == BODY.split("\n")
    assert [(edit.rule, edit.line, edit.after) for edit in result.edits] == [
        (RULE, 1, ""),
        (RULE, 2, ""),
        (RULE, 3, ""),
    ]


def test_entries_with_dot_leaders_and_page_numbers_are_compared_without_them() -> None:
    contents = "目录\n第一章 总则……………………1\n第二章 工会组织 ·········· 12\n"
    result = drop_contents(numbered(contents + BODY))
    assert texts(result.lines) == BODY.split("\n")


def test_a_list_under_the_label_whose_entries_are_not_in_the_text_stays() -> None:
    text = "目录\n第一章　总　　则\n第二章　工会组织\n第三章　工会的权利和义务\n" + BODY
    assert drop_contents(numbered(text)).lines == numbered(text)


def test_a_single_entry_or_a_label_inside_a_sentence_is_no_table_of_contents() -> None:
    one = "目录\n第一章　总　　则\n" + BODY
    assert drop_contents(numbered(one)).lines == numbered(one)
    sentence = "请看目录。\n第一章　总　　则\n第二章　工会组织\n" + BODY
    assert drop_contents(numbered(sentence)).lines == numbered(sentence)


def test_a_sentence_ends_the_entries() -> None:
    text = "目录\n第一章　总　　则\n本法共九章。\n" + BODY
    assert drop_contents(numbered(text)).lines == numbered(text)


def test_the_entries_end_where_a_label_that_is_no_heading_below_follows_them() -> None:
    text = "目录\n第一章　总　　则\n第二章　工会组织\n正文\n" + BODY
    assert texts(drop_contents(numbered(text)).lines) == ["正文", *BODY.split("\n")]
