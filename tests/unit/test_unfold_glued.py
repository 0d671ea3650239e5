"""A text whose line breaks were lost with nothing in their place (`unfold`): split only where a
numbered part, a signature or the recipients run in, and only in a line that is the text."""

from __future__ import annotations

import random

from unionreader.model import Line
from unionreader.normalise.metadata import extract_metadata
from unionreader.normalise.unfold import unfold_lines

SENTENCE = "各级工会要认真贯彻落实，切实维护职工合法权益，推动构建和谐劳动关系。"


def _unfolded(*texts: str) -> list[str]:
    lines = tuple(Line(number, text) for number, text in enumerate(texts, 1))
    return [line.text for line in unfold_lines(lines).lines]


def test_articles_run_in_are_split_and_spaced_only_in_a_law_run_together() -> None:
    law = "".join(f"第{n}条{SENTENCE * 2}" for n in "一二三四")
    assert _unfolded(law) == [f"第{n}条 {SENTENCE * 2}" for n in "一二三四"]
    two = f"第一条经验是{SENTENCE * 3}第二条{SENTENCE * 3}一、{SENTENCE * 3}"
    # run together (two parts run in), but with two articles only: split, no space added
    assert _unfolded(two) == [
        f"第一条经验是{SENTENCE * 3}",
        f"第二条{SENTENCE * 3}",
        f"一、{SENTENCE * 3}",
    ]


def test_one_part_run_in_is_no_text_run_together() -> None:
    text = f"{SENTENCE * 8}一、{SENTENCE * 4}"
    assert _unfolded(text) == [text]


def test_a_paragraph_that_is_not_the_whole_text_is_left_as_it_is() -> None:
    item = SENTENCE * 2
    listed = f"会议明确：（一）{item}（二）{item}（三）{item}（四）{item}"
    others = [SENTENCE * 2, SENTENCE]
    assert _unfolded(others[0], listed, others[1]) == [others[0], listed, others[1]]
    alone = _unfolded(listed)  # alone, it is the text: split before each item
    assert alone[0] == "会议明确：" and [piece[:3] for piece in alone[1:]] == [
        "（一）",
        "（二）",
        "（三）",
        "（四）",
    ]


def test_a_signature_and_date_run_in_go_apart_only_before_a_chapter_or_the_end() -> None:
    text = f"{SENTENCE * 3}一、总则{SENTENCE * 3}二、附则{SENTENCE * 3}市总工会2024年5月20日"
    assert _unfolded(text)[-2:] == ["市总工会", "2024年5月20日"]
    cited = f"{SENTENCE * 3}一、{SENTENCE}二、国家统计局2024年5月20日发布的数据显示，{SENTENCE}"
    assert not any(piece == "国家统计局" for piece in _unfolded(cited))


def test_a_source_line_that_runs_on_into_the_text_is_no_source() -> None:
    def source(*texts: str) -> str | None:
        lines = tuple(Line(number, text) for number, text in enumerate(texts, 1))
        return extract_metadata(lines).facts.source

    assert source("标题在这里", "来源：新华社。", SENTENCE) == "新华社"
    assert source("标题在这里", f"来源：工人日报本报讯日前，{SENTENCE}{SENTENCE}", SENTENCE) is None
    assert source("标题在这里", "来源：" + "市" * 70, SENTENCE) is None


def test_splitting_a_text_run_together_loses_and_adds_nothing_but_article_spaces() -> None:
    """Random texts made of the pieces the rules look for, run together: the lines they are
    split into hold the text exactly (but for the space an article's number gets back)."""
    rng = random.Random(5)
    atoms = [
        *("。", "：", "；", "！", "，", "“", "”", "第一条", "第二条", "第十条", "第一章", "总则"),
        *("一、", "二、", "（一）", "（二）", "1.", "2.", "一是", "各位代表：", "同志们："),
        *("各省、自治区总工会：", "中华全国总工会", "2023年12月28日", "总工发〔2023〕23号"),
        *("的通知", "来源：", "工会", "职工", "劳动", "权益", "《办法》", "坚持", "发展"),
    ]
    split = 0
    for _ in range(300):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(50, 400)))
        pieces = _unfolded(text)
        split += len(pieces) > 1
        assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    assert split > 100  # the rules were exercised


def test_a_line_with_lost_breaks_is_never_split_inside_brackets() -> None:
    lead = "本报北京5月6日电（记者 张三）5月6日，全国总工会召开党组会议。"
    text = f"{lead}\u00a0会议强调，各级工会要坚决贯彻落实。 会议指出，要切实维护职工合法权益。"
    assert _unfolded(text)[0] == lead


def test_a_line_with_lost_breaks_is_never_split_inside_a_spaced_date() -> None:
    """Taiwan's sites space a date's numbers (`2016 年 6 月 24 日`): the date opening a
    sentence stays in it, not a date line of its own (which the header would then take)."""
    first = "2016 年 6 月 24 日凌晨零點，華航空服員開始進行罷工。這場罷工深具歷史性意義。"
    text = f"{first} 電資工會的會員主要是工程師，我們支持空服員。 我們呼籲資方回到談判桌。"
    assert _unfolded(text) == [
        first,
        "電資工會的會員主要是工程師，我們支持空服員。",
        "我們呼籲資方回到談判桌。",
    ]


def test_a_post_s_tags_headline_and_text_go_on_lines_of_their_own() -> None:
    text = "今天是五一国际劳动节。向劳动者致敬！"
    post = f"#五一劳动节# 【致敬！那些坚守岗位的劳动者】{text}#致敬劳动者#"
    assert _unfolded(post) == [
        "#五一劳动节#",
        "【致敬！那些坚守岗位的劳动者】",
        text,
        "#致敬劳动者#",
    ]
    label = "【社论】今天是五一国际劳动节。向劳动者致敬！"  # a short label stays with its text
    assert _unfolded(label, SENTENCE) == [label, SENTENCE]
    byline = "【特派记者巫月桦/台中报导】庆祝国庆日，劳工朋友踊跃参加。"  # the preface's to read
    assert _unfolded(byline, SENTENCE) == [byline, SENTENCE]
