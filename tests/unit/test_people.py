"""People in a header: names, speaker lines with their offices, and speakers named in titles."""

from __future__ import annotations

import pytest

from unionreader.normalise.people import Speaker, is_name, parse_speaker, speaker_in_title


@pytest.mark.parametrize(
    "text",
    [
        "王东明",
        "张三",
        "欧阳明",
        "司马光明",
        "王 刚",
        "XXX",
        "***",
        "张XX",
        "李××",
        "阿不都·热合曼",
    ],
)
def test_names(text: str) -> None:
    assert is_name(text)


@pytest.mark.parametrize(
    "text",
    ["特稿", "讲话", "社论", "工会工作", "王东明同志讲话", "Tom", "X", "张三李四王五"],
)
def test_not_names(text: str) -> None:
    assert not is_name(text)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("王东明", Speaker("王东明", None)),
        ("王 刚", Speaker("王刚", None)),
        ("张三同志", Speaker("张三", None)),
        ("（李志刚）", Speaker("李志刚", None)),
        ("中华全国总工会主席 王东明", Speaker("王东明", "中华全国总工会主席")),
        ("区总工会党组书记、主席张三", Speaker("张三", "区总工会党组书记、主席")),
        ("区总工会党组书记、主席　王晓东", Speaker("王晓东", "区总工会党组书记、主席")),
        (
            "市人大常委会副主任，市总工会主席 刘红",
            Speaker("刘红", "市人大常委会副主任，市总工会主席"),
        ),
        ("本报评论员", Speaker("本报评论员", None)),
        ("人民日报评论员", Speaker("人民日报评论员", None)),
        ("工人日报编辑部", Speaker("工人日报编辑部", None)),
        ("XXX", Speaker("XXX", None)),
        ("自治区主席 嘎玛泽登", Speaker("嘎玛泽登", "自治区主席")),  # no Chinese surname
        ("自治区主席 雪克来提·扎克尔", Speaker("雪克来提·扎克尔", "自治区主席")),
    ],
)
def test_speaker_lines(line: str, speaker: Speaker) -> None:
    assert parse_speaker(line) == speaker


@pytest.mark.parametrize(
    "line",
    [
        "同志们：",
        "在全市工会工作会议上的讲话",
        "一、总体要求",
        "市总工会主席",  # an office without a name
        "这次会议很重要。",
        "区总工会党组书记、主席 在会上讲话",
        "市长 工作报告",  # two words: no name
        "嘎玛泽登",  # no office: a name without a surname is not told from a word
    ],
)
def test_not_speaker_lines(line: str) -> None:
    assert parse_speaker(line) is None


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("王东明在中国工会第十七次全国代表大会上的报告", "王东明"),
        ("李强同志在全省工会工作会议上的讲话", "李强"),
        ("赵乐际在庆祝五一国际劳动节大会上的致辞", "赵乐际"),
        ("香港律师会会长苏绍聪致辞全文", "苏绍聪"),
        ("市总工会主席刘红讲话", "刘红"),
        ("在全市工会工作会议上的讲话", None),
        ("全市工会工作会议召开", None),
        ("学习贯彻习近平总书记重要讲话精神", None),
        ("中国工会第十七次全国代表大会在京开幕 王沪宁代表党中央致词", None),  # 代表: on behalf of
    ],
)
def test_speakers_named_in_titles(title: str, speaker: str | None) -> None:
    assert speaker_in_title(title) == speaker
