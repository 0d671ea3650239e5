"""Subtitles saved as a text: cue numbers, timings and WebVTT's header go; a sentence a cue cut
is one line again; a bilingual cue's English line stays its own."""

from __future__ import annotations

from helpers import numbered, texts

from unionreader.normalise.subtitles import RULE, drop_subtitle_cues

VTT = """WEBVTT
Kind: captions
Language: zh-Hans

00:00:07.068 --> 00:00:09.316
大家好。

00:00:09.316 --> 00:00:12.218
我是来自 Brain Robotics 团队的 Alex，

00:00:12.218 --> 00:00:15.787
在本演示中，我将谈论我们如何在一些

00:00:15.787 --> 00:00:19.721
现实世界中的机器人学习问题中
使用模拟和域适应。"""

SRT = """1
00:00:00,000 --> 00:00:02,000
工会为职工办实事
The union works for its members

2
00:00:02,000 --> 00:00:04,000
职工的满意是最高标准。
Their satisfaction is the measure.

3
00:00:04,000 --> 00:00:06,000
谢谢大家。
Thank you all."""


def test_a_webvtt_file_s_cues_are_its_sentences_again() -> None:
    result = drop_subtitle_cues(numbered(VTT))
    assert texts(result.lines) == [
        "大家好。",
        "我是来自 Brain Robotics 团队的 Alex，在本演示中，我将谈论我们如何在一些"
        "现实世界中的机器人学习问题中使用模拟和域适应。",
    ]
    assert {edit.rule for edit in result.edits} == {RULE}
    assert "WEBVTT" in [edit.before for edit in result.edits]


def test_a_bilingual_srt_keeps_each_language_s_line() -> None:
    assert texts(drop_subtitle_cues(numbered(SRT)).lines) == [
        "工会为职工办实事",
        "The union works for its members",
        "职工的满意是最高标准。",
        "Their satisfaction is the measure.",
        "谢谢大家。",
        "Thank you all.",
    ]


def test_a_text_with_a_timing_or_two_is_no_subtitle_file() -> None:
    text = "会议于00:00:07.068 --> 00:00:09.316举行。\n1\n00:01:00,000 --> 00:01:02,000\n正文。"
    assert drop_subtitle_cues(numbered(text)).lines == numbered(text)
