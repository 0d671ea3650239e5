"""Redactions in Chinese context, kept as written; inline enumerations inside one paragraph."""

from __future__ import annotations

import random

import pytest

from unionreader.inline import _REDACTION_MARK, REDACTION, make_paragraph, to_runs
from unionreader.model import MarkerFamily, ParagraphRole, Run, RunKind, runs_text


def redactions(text: str) -> list[str]:
    return [run.text for run in to_runs(text) if run.kind is RunKind.REDACTION]


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("XX市总工会召开全委会。", ["XX"]),
        ("经XXX同志提议，会议通过。", ["XXX"]),
        ("由xx公司承办。", ["xx"]),
        ("请于××月××日前报送。", ["××", "××"]),
        ("张××，男，汉族。", ["××"]),
        ("○○区总工会", ["○○"]),
        ("王○○同志", ["○○"]),
        ("□□县工会", ["□□"]),
        ("参加人员：李XX、王XX。", ["XX", "XX"]),
        ("在XXXX年度工作会议上", ["XXXX"]),
        ("ＸＸ市总工会", ["ＸＸ"]),
        ("全*职工", ["*"]),
        ("**单位", ["**"]),
        ("联系人：*.*", ["*.*"]),
        ("“XX”工作法", ["XX"]),
        ("电话138****1234", ["****"]),  # several stars between figures hide some of them
        ("第*2号文件", ["*"]),  # no quantity before it
    ],
)
def test_redactions_in_chinese_context(text: str, marks: list[str]) -> None:
    assert redactions(text) == marks


@pytest.mark.parametrize(
    "text",
    [
        "尺码为XXL的工作服",  # a size
        "型号X-100的设备",
        "XX-200型机床",
        "3×4的方阵",
        "二○○八年北京奥运会",
        "二〇〇八年",
        "一九○○年",
        "XX",  # no Chinese beside it
        "Max Planck XX",
        "www.xx.com",
        "编号A××B",
        "AXX公司",
        "22天*2小时*11.49元/小时*1.5(平时加班)=1677.54元",  # a star that multiplies
        "面积为3.5*4米",
    ],
)
def test_marks_that_are_not_redactions(text: str) -> None:
    assert redactions(text) == []


@pytest.mark.parametrize(
    "text", ["XX市总工会召开全委会。", "二○○八年，张××来到XXL工厂。", "**单位×3", ""]
)
def test_runs_keep_every_character(text: str) -> None:
    assert runs_text(to_runs(text)) == text


def test_runs_alternate_text_and_redaction() -> None:
    assert to_runs("XX市总工会和○○区") == (
        Run(RunKind.REDACTION, "XX"),
        Run(RunKind.TEXT, "市总工会和"),
        Run(RunKind.REDACTION, "○○"),
        Run(RunKind.TEXT, "区"),
    )


def test_a_paragraph_with_an_inline_enumeration() -> None:
    paragraph = make_paragraph(
        "s1-p1", 7, "要做到三个坚持：一是坚持党的领导；二是坚持以职工为中心；三是坚持改革创新。"
    )
    assert runs_text(paragraph.runs) == "要做到三个坚持："
    assert [p.marker.text for p in paragraph.inline_points] == ["一是", "二是", "三是"]
    assert {p.marker.family for p in paragraph.inline_points} == {MarkerFamily.SHI}
    assert [p.id for p in paragraph.inline_points] == ["s1-p1-i1", "s1-p1-i2", "s1-p1-i3"]
    assert runs_text(paragraph.inline_points[1].runs) == "坚持以职工为中心；"
    assert paragraph.text.startswith("要做到三个坚持：一是坚持党的领导；")
    assert (paragraph.line, paragraph.role) == (7, ParagraphRole.BODY)


def test_redactions_inside_inline_points() -> None:
    paragraph = make_paragraph("p", 1, "会议要求：一是XX单位要落实；二是○○区要跟进。")
    kinds = [[run.kind for run in point.runs] for point in paragraph.inline_points]
    assert kinds == [
        [RunKind.REDACTION, RunKind.TEXT],
        [RunKind.REDACTION, RunKind.TEXT],
    ]


def test_a_lone_first_marker_is_no_enumeration() -> None:
    paragraph = make_paragraph("p", 1, "会议强调：一是要抓好落实，确保取得实效。")
    assert paragraph.inline_points == ()
    assert paragraph.text == "会议强调：一是要抓好落实，确保取得实效。"


def test_a_text_with_no_mark_a_redaction_begins_with_is_one_run() -> None:
    """`to_runs` skips the redaction pattern where none of the characters its matches begin
    with is in the text: over random text of letters, digits, marks and Chinese, the pattern
    finds nothing wherever that quick test finds nothing."""
    alphabet = "*＊.．XxＸｘ×○〇□ab12０Ａ-_/·工会年二零，。 "
    chosen = random.Random(11)
    quick = 0
    for _ in range(3000):
        text = "".join(chosen.choice(alphabet) for _ in range(chosen.randrange(8)))
        if _REDACTION_MARK.search(text) is None:
            quick += 1
            assert REDACTION.search(text) is None, text
            assert to_runs(text) == ((Run(RunKind.TEXT, text),) if text else ())
    assert quick > 100
