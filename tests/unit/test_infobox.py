"""A government site's information box above a document: its title, date and issuing body."""

from __future__ import annotations

from helpers import numbered, texts

from unionreader.normalise.infobox import find_info_box
from unionreader.normalise.metadata import extract_metadata

BOX = [
    "索引号：000014349/2018-00206 主题分类：科技、教育\\知识产权",
    "发文机关：国务院成文日期：2018年11月06日",
    "标题：专利代理条例",
    "发文字号：国令第706号发布日期：2018年11月19日",
    "主题词：",
]


def test_the_box_gives_the_title_the_date_made_and_the_issuer() -> None:
    box = find_info_box(numbered("\n".join([*BOX, "正文。"])), {})
    assert box is not None
    assert (box.indexes, box.title, box.date, box.issuer) == (
        (0, 1, 2, 3, 4),
        "专利代理条例",
        "2018-11-06",  # made, not posted (2018-11-19)
        "国务院",
    )


def test_the_box_s_title_wins_and_the_line_taken_for_one_stays_text() -> None:
    """A decree's page: the decree's own heading stands above the regulation it issues."""
    body = [
        "中华人民共和国国务院令",
        "第706号",
        "《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现予公布，自2019年3月1日起施行。",
        "总理 李克强",
        "2018年11月6日",
        "专利代理条例",
        "第一条 为了规范专利代理行为，制定本条例。",
    ]
    result = extract_metadata(numbered("\n".join([*BOX, *body])))
    facts = result.facts
    assert (facts.title, facts.date, facts.author) == ("专利代理条例", "2018-11-06", "国务院")
    assert "中华人民共和国国务院令" in texts(result.lines)
    assert not any("索引号" in text or "发文机关" in text for text in texts(result.lines))
    assert sum(edit.rule == "metadata.infobox" for edit in result.edits) == 5


def test_one_labelled_line_is_no_box() -> None:
    assert find_info_box(numbered("发布日期：2019-03-06 责任编辑：龙慧\n正文。"), {}) is None


def test_an_email_s_header_is_a_box_its_subject_the_title_its_sender_the_issuer() -> None:
    header = [
        "发件人：市总工会办公室 <office@example.org>",
        "发送时间：2024年3月5日 9:30",
        "收件人：各区总工会",
        "主题：关于报送2024年一季度工作情况的通知",
    ]
    body = ["各区总工会：", "请于3月25日前报送一季度工作情况。", "市总工会办公室", "2024年3月5日"]
    result = extract_metadata(numbered("\n".join([*header, *body])))
    facts = result.facts
    assert (facts.title, facts.date, facts.author) == (
        "关于报送2024年一季度工作情况的通知",
        "2024-03-05",
        "市总工会办公室",
    )
    assert texts(result.lines)[0] == "各区总工会："
    english = ["From: Wang Ming <wm@example.org>", "Sent: 2024-03-05", "Subject: 一季度工作情况"]
    box = find_info_box(numbered("\n".join([*english, "正文。"])), {})
    assert box is not None and (box.title, box.date, box.issuer) == (
        "一季度工作情况",
        "2024-03-05",
        "Wang Ming",
    )


def test_the_box_s_title_loses_the_tabs_a_table_s_cells_left_in_it() -> None:
    box = find_info_box(
        numbered("标题：\t国务院办公厅关于同意…的复函\t\n发文机关：国务院办公厅\n正文。"), {}
    )
    assert box is not None and box.title == "国务院办公厅关于同意…的复函"


PTT = [
    "作者：laborlaw （劳基法研究）看板：Salary",
    "标题：[新闻] 劳动部：基本工资明年调涨",
    "时间：Thu Sep 12 18:03:11 2024",
]


def test_a_bulletin_board_s_header_gives_the_title_the_poster_and_the_day() -> None:
    """PTT's header: the board's category (`[新闻]`) is no part of the title, the nickname in
    brackets none of the poster's id."""
    box = find_info_box(numbered("\n".join([*PTT, "", "正文。"])), {})
    assert box is not None
    assert (box.indexes, box.title, box.author, box.date) == (
        (0, 1, 2),
        "劳动部：基本工资明年调涨",
        "laborlaw",
        "2024-09-12",
    )


def test_a_board_s_station_line_dates_the_post_and_a_spaced_label_counts() -> None:
    header = [
        "发信人：gonghui （工会小兵），信区：Career",
        "标  题：Re：[讨论] 我们厂的职代会",
        "发信站：水木社区 （Mon Mar  4 09:12:45 2024），站内",
    ]
    result = extract_metadata(numbered("\n".join([*header, "", "去年厂里换了新领导。"])))
    assert (result.facts.title, result.facts.author, result.facts.date) == (
        "Re：我们厂的职代会",
        "gonghui",
        "2024-03-04",
    )
    assert texts(result.lines) == ["去年厂里换了新领导。"]


def test_a_poster_and_a_time_with_no_board_are_no_box() -> None:
    """`作者：` and `时间：` over a notice: a page's writer and a meeting's day, not a board's."""
    assert (
        find_info_box(numbered("作者：张三\n时间：2024年3月1日\n\n关于召开职代会的通知"), {})
        is None
    )


def test_a_board_s_header_as_a_post_s_page_shows_it_has_spaces_for_colons() -> None:
    header = [
        "作者  laborlaw (劳基法研究) 看板  Salary",
        "标题  [心得] 工会干部这三年",
        "时间  Mon Sep 21 00:00:00 CST 2026",
    ]
    box = find_info_box(numbered("\n".join([*header, "加入工会三年。"])), {})
    assert box is not None
    assert (box.title, box.author, box.date) == ("工会干部这三年", "laborlaw", "2026-09-21")


def test_a_board_s_header_copied_from_its_page_has_no_separators() -> None:
    """A post's page copied from a browser: each label runs into its value, a line each."""
    header = [
        "作者laborlaw (劳基法研究)",
        "看板Salary",
        "标题[心得] 工会干部的时间",
        "时间Mon Sep 21 00:00:00 2026",
    ]
    box = find_info_box(numbered("\n".join([*header, "加入工会三年。"])), {})
    assert box is not None
    assert (box.indexes, box.title, box.author, box.date) == (
        (0, 1, 2, 3),
        "工会干部的时间",  # the title's own 时间 no label
        "laborlaw",
        "2026-09-21",
    )


def test_a_board_s_words_opening_lines_of_a_text_are_no_header() -> None:
    text = "看板上写着通知\n时间紧任务重\n作者说了算\n大家都来了。"
    assert find_info_box(numbered(text), {}) is None
