from __future__ import annotations

from dataclasses import replace

from helpers import numbered, texts

from unionreader.model import Shape
from unionreader.normalise.quotes import RULE, close_split_quotes


def test_a_closing_mark_that_opens_a_paragraph_goes_back_to_the_quotation_it_closes() -> None:
    """A paragraph break set inside a quotation, just before its closing mark (a court's
    quotation of two laws, split where the second begins)."""
    result = close_split_quotes(
        numbered(
            "第四十一条规定：“每月不得超过三十六小时。\n"
            "”《劳动合同法》第九十二条规定：“承担连带赔偿责任。\n"
            "”休息权是劳动者的基本劳动权利。"
        )
    )
    assert texts(result.lines) == [
        "第四十一条规定：“每月不得超过三十六小时。”",
        "《劳动合同法》第九十二条规定：“承担连带赔偿责任。”",
        "休息权是劳动者的基本劳动权利。",
    ]
    assert [(e.rule, e.line, e.after) for e in result.edits] == [
        (RULE, 2, "三十六小时。”⏎《劳动合同法"),
        (RULE, 3, "带赔偿责任。”⏎休息权是劳动"),
    ]


def test_a_mark_alone_on_its_line_joins_the_quotation_and_the_line_goes() -> None:
    result = close_split_quotes(numbered("他说：「我们一定做到。\n」"))
    assert texts(result.lines) == ["他说：「我们一定做到。」"]


def test_a_closing_mark_with_no_quotation_open_above_stays() -> None:
    """Where the paragraph above closes every quotation it opens, or is a heading, the mark
    is not the one it lacks."""
    lines = numbered("他说：“好。”\n”这一段以后引号开头。")
    assert close_split_quotes(lines).lines == lines
    heading = numbered("“坚持党的领导\n”引文。")
    heading = (replace(heading[0], shape=Shape.HEADING), heading[1])
    assert close_split_quotes(heading).lines == heading
