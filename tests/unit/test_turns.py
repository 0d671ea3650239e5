"""Speakers' turns in a transcript: one paragraph each, label and words together."""

from __future__ import annotations

from helpers import numbered, texts

from unionreader.normalise.lines import join_broken_lines
from unionreader.normalise.turns import is_transcript, speaker_label
from unionreader.normalise.unfold import unfold_lines

TURNS = [
    "梁国雄议员：主席，我是问他诚信的问题，他却不回答诚信的问题 ......",
    "主席：梁议员，你提问了很多事宜。",
    "梁国雄议员：我不坐下。",
    "主席：梁议员，请提出你的质询。",
]


def test_a_transcript_s_turns_keep_their_labels_and_stay_apart() -> None:
    lines = numbered("\n".join(TURNS))
    assert is_transcript(lines) and speaker_label(TURNS[1])
    assert texts(unfold_lines(lines).lines) == TURNS
    assert texts(join_broken_lines(lines).lines) == TURNS


def test_a_speech_s_salutation_run_into_its_text_is_still_split() -> None:
    lines = numbered("同志们：今天召开会议，总结工作。会议很重要。\n第二段。")
    assert not is_transcript(lines)
    assert texts(unfold_lines(lines).lines)[:2] == [
        "同志们：",
        "今天召开会议，总结工作。会议很重要。",
    ]
