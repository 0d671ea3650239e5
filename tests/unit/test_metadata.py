from __future__ import annotations

from helpers import numbered, texts

from unionreader.model import Facts
from unionreader.normalise.metadata import extract_metadata


def test_web_article_top_and_bottom() -> None:
    text = (
        "学习贯彻重要论述\n在脱贫攻坚主战场中发挥工会组织作用\n吴明明\n2019-09-24 09:25:16\n"
        "正文第一段。\n（作者为甘肃省总工会主席）\n来源：中工网——《工人日报》"
    )
    result = extract_metadata(numbered(text))
    assert result.facts == Facts(
        title="在脱贫攻坚主战场中发挥工会组织作用",
        kicker="学习贯彻重要论述",
        author="吴明明",
        date="2019-09-24",
        source="中工网——《工人日报》",
        author_note="甘肃省总工会主席",
    )
    assert texts(result.lines) == ["正文第一段。"]
    assert [e.rule for e in result.edits] == [
        "metadata.kicker",
        "metadata.title",
        "metadata.byline",
        "metadata.dateline",
        "metadata.author-note",
        "metadata.source",
    ]


def test_bracket_kicker_on_the_title_line() -> None:
    text = (
        "【认真学习贯彻重要讲话精神】牢记嘱托 挺膺担当\n第一，以更高的站位。\n第二，以更强的担当。"
    )
    result = extract_metadata(numbered(text))
    assert result.facts.kicker == "认真学习贯彻重要讲话精神"
    assert result.facts.title == "牢记嘱托 挺膺担当"
    assert texts(result.lines)[0] == "第一，以更高的站位。"


def test_dateline_with_source_on_one_line() -> None:
    text = "职工技能提升座谈会召开\n2023年05月12日08:31  来源：人民网-工会频道\n正文。"
    facts = extract_metadata(numbered(text)).facts
    assert (facts.title, facts.date, facts.source) == (
        "职工技能提升座谈会召开",
        "2023-05-12",
        "人民网-工会频道",
    )


def test_speech_title_then_salutation() -> None:
    result = extract_metadata(numbered("在总工会全委会上的讲话\n同志们：\n这次会议很重要。"))
    assert result.facts.title == "在总工会全委会上的讲话"
    assert texts(result.lines) == ["同志们：", "这次会议很重要。"]


def test_text_without_title_keeps_every_line() -> None:
    text = "这次会议的主要任务是，总结工作。\n今年以来，工作取得新进展。"
    result = extract_metadata(numbered(text))
    assert result.facts == Facts() and len(result.lines) == 2


def test_title_then_first_section_heading() -> None:
    text = "市总工会工作要点\n加强思想引领\n要深入开展宣传教育。"
    result = extract_metadata(numbered(text))
    assert result.facts.title == "市总工会工作要点" and result.facts.kicker is None
    assert texts(result.lines)[0] == "加强思想引领"


def test_numbered_heading_is_never_a_title() -> None:
    result = extract_metadata(numbered("一、总体要求\n要坚持党的领导。"))
    assert result.facts.title is None
