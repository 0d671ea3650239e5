from __future__ import annotations

from pathlib import Path

from helpers import numbered, texts

from unionreader.model import RawText, Seed, SeedMeta
from unionreader.normalise.chain import normalise
from unionreader.normalise.notemarks import RULE, join_note_marks


def test_a_footnote_mark_on_lines_of_its_own_goes_back_on_the_line_above() -> None:
    result = join_note_marks(numbered("这是第一个问题。\n［\n1\n］\n第二个问题。"))
    assert texts(result.lines) == ["这是第一个问题。［1］", "第二个问题。"]
    assert [(e.rule, e.line, e.before, e.after) for e in result.edits] == [
        (RULE, 2, "［ 1 ］", "［1］")
    ]


def test_a_mark_that_broke_a_sentence_joins_it_again() -> None:
    result = join_note_marks(
        numbered("我代表中央委员会作关于上届代表会议\n[\n1\n]\n以来的工作报告。\n下一段。")
    )
    assert texts(result.lines) == [
        "我代表中央委员会作关于上届代表会议[1]以来的工作报告。",
        "下一段。",
    ]
    assert [(e.line, e.before, e.after) for e in result.edits] == [
        (2, "[ 1 ] 以来的工作报", "[1]以来的工作报")
    ]


def test_brackets_or_numbers_that_are_no_mark_stay() -> None:
    for text in ("一段。\n[\n二段。\n]", "一段。\n1\n二段。", "[\n1\n]\n开头没有上一行。"):
        assert texts(join_note_marks(numbered(text)).lines) == text.split("\n")


def test_the_whole_chain_reads_the_sentence_whole(tmp_path: Path) -> None:
    seed = Seed(tmp_path / "x.txt", "x", SeedMeta(), False)
    text = "工会工作报告\n同志们：\n我代表中央委员会作关于上届代表会议\n[\n1\n]\n以来的工作报告。"
    lines = normalise(RawText(seed, "utf-8", numbered(text))).lines
    assert texts(lines)[-1] == "我代表中央委员会作关于上届代表会议[1]以来的工作报告。"
