from __future__ import annotations

from helpers import numbered, texts

from unionreader.model import Line
from unionreader.normalise.lines import drop_blank_lines, join_broken_lines, split_glued_headings

CONTEXT = "坚持中国特色社会主义。中国特色是根本。"


def test_blank_lines_and_edge_spaces_are_layout() -> None:
    lines = (Line(1, "  正文。\u3000"), Line(2, "   "), Line(3, "\t下一段。"))
    result = drop_blank_lines(lines)
    assert result.lines == (Line(1, "正文。"), Line(3, "下一段。")) and result.edits == ()


def test_mid_word_break_is_joined_by_evidence_from_the_text() -> None:
    lines = numbered(
        f"知行合一学理论\n坚持用习近平新时代中国特\n色社会主义思想武装头脑。\n{CONTEXT}"
    )
    result = join_broken_lines(lines)
    assert texts(result.lines)[:2] == [
        "知行合一学理论",
        "坚持用习近平新时代中国特色社会主义思想武装头脑。",
    ]
    (edit,) = result.edits
    assert (edit.rule, edit.line) == ("lines.join", 2)
    assert "⏎" in edit.before and "特色" in edit.after


def test_breaks_after_a_comma_before_de_and_inside_running_text() -> None:
    lines = numbered(
        "以党的政治建设为统领，\n全面加强党的建设。\n及时研判新业态下\n的劳动关系新动向。\n一体化。以家为重点的\n建设。"
    )
    assert texts(join_broken_lines(lines).lines) == [
        "以党的政治建设为统领，全面加强党的建设。",
        "及时研判新业态下的劳动关系新动向。",
        "一体化。以家为重点的建设。",
    ]


def test_headings_ledes_and_points_are_never_swallowed() -> None:
    text = (
        "本报就今后五年的任务进行了展望——\n始终坚持党的领导\n旗帜鲜明讲政治\n各级工会要讲政治。\n"
        "一、加强引领\n一要强化理论武装。\n二要弘扬劳动精神。"
    )
    result = join_broken_lines(numbered(text))
    assert result.edits == ()


def test_heading_glued_to_its_first_point_is_split() -> None:
    text = (
        "一、加强职工思想政治引领，团结引导职工跟党走一要以科学理论武装职工。\n二要以精神引领风尚。"
    )
    result = split_glued_headings(numbered(text))
    assert texts(result.lines) == [
        "一、加强职工思想政治引领，团结引导职工跟党走",
        "一要以科学理论武装职工。",
        "二要以精神引领风尚。",
    ]
    assert [ln.number for ln in result.lines] == [1, 1, 2]
    assert [e.rule for e in result.edits] == ["lines.split"]


def test_no_split_without_a_second_point() -> None:
    text = "一、加强引领，跟党走一要以科学理论武装职工。\n另起一段。"
    assert split_glued_headings(numbered(text)).edits == ()
