from __future__ import annotations

import pytest
from helpers import numbered, texts

from unionreader.markers import leading_marker
from unionreader.model import Line, MarkerFamily, Shape
from unionreader.normalise.articles import RULE, join_article_numbers, space_run_in_articles
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


def test_an_article_titled_in_brackets_over_its_text_is_one_point() -> None:
    """An annotated law copied from a PDF: `第一条【立法宗旨】` over its text."""
    result = join_article_numbers(numbered("第一条【立法宗旨】\n为了完善劳动合同制度，制定本法。"))
    assert texts(result.lines) == ["第一条\u3000【立法宗旨】为了完善劳动合同制度，制定本法。"]
    marker = leading_marker(result.lines[0].text)
    assert marker is not None and (marker.family, marker.ordinal) == (MarkerFamily.ARTICLE, 1)


LAW = (
    "第五十五条规定，有以下情形之一的，由中央政府管辖。\n"  # a commentary before the law
    "第一条为坚定不移并全面准确贯彻方针，制定本法。\n"
    "第二条关于法律地位的条款是根本性条款。\n"
    "第三条　中央人民政府负有根本责任。\n"  # one spaced as it should be
    "第四条之一维护国家安全应当尊重和保障人权。\n"  # added later: the run goes on
    "第六条【共同义务】维护国家主权是共同义务。\n"  # the fifth repealed
)


def test_articles_written_without_their_space_get_it_when_they_count_on_from_the_first() -> None:
    result = space_run_in_articles(numbered(LAW))
    assert texts(result.lines) == [
        "第五十五条规定，有以下情形之一的，由中央政府管辖。",
        "第一条\u3000为坚定不移并全面准确贯彻方针，制定本法。",
        "第二条\u3000关于法律地位的条款是根本性条款。",
        "第三条　中央人民政府负有根本责任。",
        "第四条之一维护国家安全应当尊重和保障人权。",
        "第六条\u3000【共同义务】维护国家主权是共同义务。",
    ]
    assert [(e.rule, e.line) for e in result.edits] == [(RULE, 2), (RULE, 3), (RULE, 6)]


@pytest.mark.parametrize(
    "text",
    [
        "第一条经验是坚持党的领导。\n第二条经验是依靠群众。",  # two: no run
        "第一条，坚持党的领导。\n第二条，依靠群众。\n第三条，改革创新。",  # a speaker's points
        "第十二条规定，设立委员会。\n第十三条规定，设立公署。\n第十四条规定，设立顾问。",  # from 12
        # a sentence on article 17 closing article 14, in the run of a law's articles
        "第一条\u3000为保障劳动条件，制定本法。\n第二条\u3000本法用词定义如下。\n"
        "第三条\u3000劳工得终止契约。\n第五条规定于本条终止契约准用之。",
    ],
)
def test_sentences_that_open_with_an_article_s_number_stay(text: str) -> None:
    assert texts(space_run_in_articles(numbered(text)).lines) == text.split("\n")
