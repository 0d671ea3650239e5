"""Verse in a text of prose: a stanza's lines stay lines, none heads the prose below it, and
Markdown's soft breaks do not run them together; prose broken by hand into short lines is no
stanza."""

from __future__ import annotations

from helpers import normal_text

from unionreader.model import Facts
from unionreader.normalise.verse import is_verse_line, stanzas
from unionreader.structure import parse_document

LEAD = "这是一首献给劳动者的诗，写于五一国际劳动节前夕，作者是一位普通的一线工人。"
STANZAS = (
    "我们用双手\n建设美丽的家园\n我们用汗水\n浇灌幸福的花朵\n\n"
    "劳动最光荣\n劳动最崇高\n劳动最伟大\n劳动最美丽"
)
AFTER = "诗歌表达了工人阶级的主人翁精神，在职工中广为传诵，多家工会组织了朗诵活动。"


def test_a_stanza_is_three_short_unpunctuated_lines_or_more() -> None:
    lines = ["我们用双手", "建设美丽的家园", "我们用汗水", "浇灌幸福的花朵", LEAD]
    assert stanzas(lines) == frozenset({0, 1, 2, 3})
    assert stanzas(["劳动最光荣", "劳动最崇高"]) == frozenset()  # two lines: no stanza
    assert is_verse_line("劳动最美丽！")  # a cry at its end
    clauses = ["各级工会要始终坚持以职工为中心，", "维护职工合法权益，", "推动构建和谐劳动关系。"]
    assert not stanzas(clauses)  # prose broken at its clauses


def test_prose_broken_by_hand_into_short_lines_is_no_stanza() -> None:
    broken = ["工会是职工自愿结合", "的工人阶级的群众组", "织，是党联系职工群", "众的桥梁和纽带"]
    assert not stanzas(broken)
    title = ["关于开展", "职工书屋建设工作的", "通知要求"]  # a title broken over lines
    assert not stanzas(title)
    assert not is_verse_line("2024年5月1日")  # a date
    assert not is_verse_line("一、总体要求")  # a number
    assert not is_verse_line("我们用双手，建设美丽的家园")  # a mark inside


def test_no_line_of_a_stanza_heads_the_prose_below_it() -> None:
    text = f"{LEAD}\n{STANZAS.replace(chr(10) * 2, chr(10))}\n{AFTER}"
    doc = parse_document(normal_text(text, Facts(title="劳动者之歌")))
    assert [section.heading for section in doc.sections] == [None]
    assert len(doc.sections[0].blocks) == 10
