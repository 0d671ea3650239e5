from __future__ import annotations

from helpers import numbered, texts

from unionreader.model import Line, Shape
from unionreader.normalise.duplicates import drop_repeated_paragraphs


def test_back_to_back_repeat_appears_once_and_is_recorded() -> None:
    result = drop_repeated_paragraphs(numbered("甲段。\n\n甲段。\n乙段。\n甲段。"))
    assert texts(result.lines) == ["甲段。", "乙段。", "甲段。"]
    (edit,) = result.edits
    assert (edit.rule, edit.line, edit.before, edit.after) == ("duplicates", 3, "甲段。", "")


def test_a_short_cry_said_twice_is_the_writer_s() -> None:
    lines = numbered("我们的口号是：\n要不得！\n要不得！\n注重调查！\n反对瞎说！")
    assert texts(drop_repeated_paragraphs(lines).lines) == texts(lines)


def test_repetition_inside_a_paragraph_is_the_speakers_own() -> None:
    text = "爱岗敬业、爱党爱国、爱岗敬业。"
    assert drop_repeated_paragraphs(numbered(text)).edits == ()


def test_a_run_of_paragraphs_repeated_right_after_itself_is_read_once() -> None:
    text = "甲段。\n乙段。\n摄影说明\n甲段。\n乙段。\n丙段。\n丙段。\n丙段。"
    result = drop_repeated_paragraphs(numbered(text.replace("摄影说明\n", "")))
    assert [line.text for line in result.lines] == ["甲段。", "乙段。", "丙段。"]
    assert [edit.line for edit in result.edits] == [3, 4, 6, 7]


def test_a_run_repeated_further_on_or_a_table_s_rows_stay() -> None:
    text = "甲段。\n乙段。\n丙段。\n甲段。\n乙段。\n项目\t金额\n项目\t金额"
    assert drop_repeated_paragraphs(numbered(text)).edits == ()


def test_a_table_s_cells_repeat_as_data_do() -> None:
    """Short plain lines with no sentence (a PDF's table, a cell to a line) repeat as they
    stand; a heading's echo, a line of marks and a paragraph are read once."""
    cells = "乡镇机关\n公务员\n乡镇机关\n公务员\n（万人）\n（万人）"
    assert drop_repeated_paragraphs(numbered(cells)).edits == ()
    ticked = "基础必修\n√\n√\n二(秋)/二(冬)/二(春\n二(秋)/二(冬)/二(春\n√\n基础必修\n√"
    assert drop_repeated_paragraphs(numbered(ticked)).edits == ()  # a course table's ticks
    echo = (Line(1, "归档", Shape.HEADING, 2), Line(2, "归档"), Line(3, "·"), Line(4, "·"))
    assert [edit.line for edit in drop_repeated_paragraphs(echo).edits] == [2, 4]


def test_a_pull_quote_of_a_sentence_of_the_text_goes() -> None:
    from unionreader.model import Line, Shape
    from unionreader.normalise.duplicates import drop_pull_quotes

    said = "法官阁下：六四烛光悼念集会，有可能从此被禁，可是自由花无论雨怎么打，仍是会开的。"
    lines = (
        Line(1, "杨森今日在庭上陈词。"),
        Line(3, said[:-1], Shape.QUOTE),  # set out for the eye, its stop left off
        Line(5, f"他说：{said}我们会坚持下去。"),
        Line(7, "这是一句别处没有的引文，作者引自他人。", Shape.QUOTE),
    )
    result = drop_pull_quotes(lines)
    assert [line.number for line in result.lines] == [1, 5, 7]
    assert [(edit.rule, edit.line) for edit in result.edits] == [("duplicates.pull-quote", 3)]
