"""The items of a list set side by side on one line, a space before each (`unfold._items_apart`):
split before each next number of the count the line opens with, and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import numbered, texts

from unionreader.model import Line, Point, RawText, Seed, SeedMeta
from unionreader.normalise.chain import normalise
from unionreader.normalise.unfold import unfold_lines
from unionreader.structure import parse_document


def _unfolded(*texts: str) -> list[str]:
    lines = tuple(Line(number, text) for number, text in enumerate(texts, 1))
    return [line.text for line in unfold_lines(lines).lines]


def test_items_side_by_side_go_on_lines_of_their_own() -> None:
    assert _unfolded("1.总结工作，部署任务 2.宣读表彰决定", "3.颁奖 4.请部长讲话") == [
        "1.总结工作，部署任务",
        "2.宣读表彰决定",
        "3.颁奖",
        "4.请部长讲话",
    ]
    assert _unfolded("（一）基层推荐\u3000（二）审核把关\u3000（三）公示") == [
        "（一）基层推荐",
        "（二）审核把关",
        "（三）公示",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "1.全年增长 3.5%，超过预期 2.0 个百分点",  # numbers in a sentence, not the next item
        "2.宣读表彰决定 1.颁奖",  # no count
        "1.加强组织建设 3.扩大覆盖面",  # the count skips: no list
        "第一条　依照 第二条 规定执行。",  # a law's articles: the other rules' to split
        "这是一句话 2.不是列表",  # the line opens with no item
    ],
)
def test_a_line_that_is_no_list_stays_whole(line: str) -> None:
    assert _unfolded(line) == [line]


def test_a_table_of_contents_on_one_line_is_cut_with_its_label_apart() -> None:
    assert _unfolded("目录 一、总体要求 二、主要任务 三、保障措施") == [
        "目录",
        "一、总体要求",
        "二、主要任务",
        "三、保障措施",
    ]


def test_the_items_read_as_points_of_one_list() -> None:
    text = (
        "会议主持词\n\n同志们：\n今天会议的议程共4项：\n"
        "1.总结全年工作，部署任务 2.宣读表彰决定\n3.颁奖 4.请部长讲话\n下面，进行第一项议程。"
    )
    seed = Seed(Path("seeds/t.txt"), "t", SeedMeta(), catalogued=False)
    doc = parse_document(normalise(RawText(seed, "utf-8", numbered(text))))
    points = [b.marker.text for s in doc.sections for b in s.blocks if isinstance(b, Point)]
    assert points == ["1.", "2.", "3.", "4."]


def test_a_space_after_every_sentence_by_habit_is_no_lost_break() -> None:
    """A writer who puts a space after each sentence's end (Hong Kong typing), paragraphs on
    lines of their own: the lines are not split; the same text run onto one line is."""
    paragraphs = [
        "至今已有22名成员被捕。 多家机构被迫停止运作。 打压持续不断。",
        "疫情之下，工人生计大受打击。 机构协助群众渡过难关。 现在却遭到打压。",
        "我们要求立即释放被捕者。 确保他们的合法权益。 终止打压。",
    ]
    assert unfold_lines(numbered("\n".join(paragraphs))).edits == ()
    run_on = "至今已有22名成员被捕，多家机构停止运作。 工人生计大受打击。 我们要求释放。"
    assert len(unfold_lines(numbered(run_on)).lines) == 3


def test_a_line_holding_most_of_the_text_lost_its_breaks_whatever_the_habit() -> None:
    """Spaces after every sentence's end, but one line holds most of the text: its breaks were
    lost (paragraphs of one sentence each run onto it), and it is split."""
    long = " ".join(f"第{n}段只有一句话，讲的是工会工作的第{n}个方面。" for n in range(1, 9))
    lines = numbered(f"{long}\n短句一。 短句二。\n短句三。 短句四。\n短句五。 短句六。")
    assert len(unfold_lines(lines).lines) > 4 + 3


def test_the_writer_s_habit_leaves_a_line_with_numbers_run_in_as_it_is() -> None:
    """In a text spaced by habit, a long line with numbered parts run in after two of its
    sentences (`…。二、…。三、…`) but far from the whole text is no text run together: it
    stays whole."""
    sentences = [f"第{n}句话讲工会和职工的权益保障问题。" for n in range(8)]
    habit = [" ".join(sentences)] * 4
    parts = [" ".join(sentences[:4]) for _ in range(3)]
    run_in = f"一、总体要求。 {parts[0]}二、主要任务。 {parts[1]}三、保障措施。 {parts[2]}"
    lines = numbered("\n".join([*habit, run_in]))
    assert len(run_in) >= 200 and 2 * len(run_in) < sum(len(line.text) for line in lines)
    assert texts(unfold_lines(lines).lines)[-1] == run_in


def test_a_markdown_paragraph_is_split_only_before_numbered_items() -> None:
    """A paragraph its format delimits keeps a writer's spaces after sentences (around a bold
    one too); items run together with spaces (`…下列内容： （一）…； （二）…`) are still parted."""
    from unionreader.model import Shape

    sentences = (
        "这个道理也是一样的。 人与人的收入不一样，原因不是甲比乙更努力。 甲拥有的资本比乙多。"
    )
    items = "预案包括下列内容： （一）确定人员分工； （二）报警措施； （三）扑救初起火灾措施。"
    filler = Line(3, "其他段落。" * 200, Shape.PARAGRAPH)  # the two are a small part of the text
    lines = (Line(1, sentences, Shape.PARAGRAPH), Line(2, items, Shape.PARAGRAPH), filler)
    assert texts(unfold_lines(lines).lines) == [
        sentences,
        "预案包括下列内容： （一）确定人员分工；",
        "（二）报警措施；",
        "（三）扑救初起火灾措施。",
        filler.text,
    ]


def test_a_space_after_a_semicolon_parts_no_paragraphs_but_before_an_item() -> None:
    """`…的设置等等； 阻止立法院…`: a clause's end inside a sentence, the space a writer's; items
    run together after semicolons are still parted."""
    text = (
        "林义雄说，以下列活动实地锻炼抗争能力：包括要求立法院补正公民投票法等等； 阻止立法院通过"
        "特别条例；召开全国公民宪政会议，推动修宪； 在今年的选举时，要求候选人承诺促成非核家园。"
    )
    filler = "其他段落。" * 40
    lines = (Line(1, text), Line(2, filler))
    assert texts(unfold_lines(lines).lines) == [text, filler]
