from __future__ import annotations

import pytest
from helpers import numbered, texts

from unionreader.markers import leading_marker
from unionreader.model import Line, MarkerFamily, Shape
from unionreader.normalise.articles import RULE, join_article_numbers
from unionreader.normalise.headings import split_run_in_headings


@pytest.mark.parametrize("number", ["第 1 條", "第1条", "第 一百零五 条", "第 15 條之 1"])
def test_an_article_number_alone_goes_at_the_head_of_its_text(number: str) -> None:
    result = join_article_numbers(
        numbered(f"第 一 章 总则\n{number}\n为规定劳动条件最低标准，特制定本法。")
    )
    assert texts(result.lines) == [
        "第 一 章 总则",
        f"{number}\u3000为规定劳动条件最低标准，特制定本法。",
    ]
    assert [(e.rule, e.line) for e in result.edits] == [(RULE, 2)]


def test_an_article_number_in_running_text_or_over_another_stays() -> None:
    for text in ("依照第1条\n规定办理。", "第1条\n第2条", "第1条"):
        assert texts(join_article_numbers(numbered(text)).lines) == text.split("\n")


def test_an_article_numbered_with_spaces_is_a_point() -> None:
    marker = leading_marker("第 1 条\u3000为规定劳动条件最低标准。")
    assert marker is not None and (marker.family, marker.ordinal) == (MarkerFamily.ARTICLE, 1)


def test_the_items_a_colon_announces_are_no_run_in_headings() -> None:
    """`一、劳工：指…` under `定义如下：` is a definition, not a heading and its text."""
    text = (
        "本法用词，定义如下：\n一、劳工：指受雇主雇用从事工作者。\n二、雇主：指雇用劳工之事业主。"
    )
    assert texts(split_run_in_headings(numbered(text)).lines) == text.split("\n")
    headed = "一、劳工权益。要保障劳工的合法权益。\n二、雇主责任。要落实雇主的主体责任。"
    assert len(split_run_in_headings(numbered(headed)).lines) == 4


def test_an_article_number_a_page_set_as_a_heading_takes_the_shape_of_its_text() -> None:
    """A page that sets `第一条` as a heading over its text: the article is a paragraph (then
    a point), not a section heading."""
    lines = (
        Line(1, "第一条", Shape.HEADING, 3),
        Line(2, "凡在中国境内的企业中以工资收入为主要生活来源的劳动者，都可以加入工会为会员。"),
    )
    (joined,) = join_article_numbers(lines).lines
    assert (joined.number, joined.shape, joined.level) == (1, None, 0)
    assert joined.text.startswith("第一条\u3000凡在")
