from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import numbered, texts

from unionreader.model import Shape
from unionreader.normalise.printed import HEAD_RULE, JUMP_RULE, PAGE_RULE, remove_printed_pages


@pytest.mark.parametrize(
    "number",
    [
        "- 3 -",
        "— 12 —",
        "－2－",
        "第3页",
        "第 3 页 共 10 页",
        "第3页/共10页",
        "3/10页",
        "Page 3 of 10",
        "页数 1 / 2",  # a PDF's foot
    ],
)
def test_a_marked_page_number_goes_wherever_it_stands(number: str) -> None:
    result = remove_printed_pages(numbered(f"工会要维护职工的\n{number}\n合法权益。"))
    assert texts(result.lines) == ["工会要维护职工的", "合法权益。"]
    assert [(e.rule, e.line, e.before) for e in result.edits] == [(PAGE_RULE, 2, number)]


def test_bare_numbers_go_only_as_a_run_of_pages() -> None:
    pages = "第一段没有写完\n1493\n第二段\n1494\n第三段\n1495\n第四段。"
    assert texts(remove_printed_pages(numbered(pages)).lines) == [
        "第一段没有写完",
        "第二段",
        "第三段",
        "第四段。",
    ]
    for kept in (
        "一段\n2\n二段\n3\n三段。",  # two are no run
        "一段\n1\n二段\n2\n三段\n3\n四段。",  # a list numbered on lines of its own
        "一段\n12\n二段\n15\n三段\n19\n四段。",  # no count
    ):
        assert texts(remove_printed_pages(numbered(kept)).lines) == kept.split("\n")


def test_running_heads_beside_page_numbers_go_with_them() -> None:
    text = "\n".join(
        [
            "立法会 ─ 2012年11月21日",
            "1493",
            "主席：会议现在开始。",
            "立法会 ─ 2012年11月21日",
            "1494",
            "李议员：多谢主席。",
            "立法会 ─ 2012年11月21日",
            "1495",
            "主席：请坐。",
        ]
    )
    result = remove_printed_pages(numbered(text))
    assert texts(result.lines) == ["主席：会议现在开始。", "李议员：多谢主席。", "主席：请坐。"]
    assert [e.rule for e in result.edits].count(HEAD_RULE) == 3


def test_pages_numbered_from_one_go_with_the_head_beside_them() -> None:
    # the first pages of a transcript: 1, 2, 3 under the same running head (a list numbered
    # 1, 2, 3 on lines of its own has none beside its numbers, and stays)
    pages = [
        ("立法会 ─ 2012年10月10日", "1", "会议过程正式纪录"),
        ("立法会 ─ 2012年10月10日", "2", "主席：会议现在开始。"),
        ("立法会 ─ 2012年10月10日", "3", "李议员：多谢主席。"),
    ]
    text = "\n".join(line for page in pages for line in page)
    result = remove_printed_pages(numbered(text))
    assert texts(result.lines) == [page[2] for page in pages]
    listed = "要点如下\n1\n学习理论\n2\n联系实际\n3\n改进工作。"
    assert texts(remove_printed_pages(numbered(listed)).lines) == listed.split("\n")


def test_a_head_twice_beside_page_numbers_between_a_sentence_s_halves_goes() -> None:
    """A short text's two page breaks: its date at each page's foot, once between the halves
    of a sentence the page broke. Twice only, but beside its page numbers both times and once
    inside a sentence: a running foot. A line twice beside page numbers between whole
    sentences stays (a refrain, a speaker's label)."""
    text = "\n".join(
        [
            "各级工会要把新就业形态劳动者入会工作作为重点任务，推进平台企业",
            "2024年3月5日",
            "— 2 —",
            "及其关联企业依法建立工会组织。",
            "二、主要任务",
            "推动平台企业建会。",
            "2024年3月5日",
            "— 3 —",
            "建设户外劳动者服务站点。",
        ]
    )
    result = remove_printed_pages(numbered(text))
    assert "2024年3月5日" not in texts(result.lines)
    assert [e.rule for e in result.edits].count(HEAD_RULE) == 2
    whole = text.replace("推进平台企业", "推进平台企业。").replace("及其关联", "各级工会")
    assert texts(remove_printed_pages(numbered(whole)).lines).count("2024年3月5日") == 2


def test_without_page_numbers_a_repeated_short_line_stays() -> None:
    text = "主席：\n会议现在开始。\n主席：\n请坐。\n主席：\n散会。"
    result = remove_printed_pages(numbered(text))
    assert texts(result.lines) == text.split("\n") and result.edits == ()


def test_a_running_head_that_is_the_first_line_stays_there_as_the_title() -> None:
    """A document's pages often repeat its title as their head: the first line, away from a
    page number and without digits, is the title; the heads on the pages go."""
    text = "\n".join(
        [
            "中国工会章程",
            "总则",
            "中国工会是职工自愿结合的工人阶级群众组织。",
            "- 1 -",
            "中国工会章程",
            "中国工会以宪法为根本活动准则。",
            "- 2 -",
            "中国工会章程",
            "工人阶级是我国的领导阶级。",
        ]
    )
    result = remove_printed_pages(numbered(text))
    assert texts(result.lines) == [
        "中国工会章程",
        "总则",
        "中国工会是职工自愿结合的工人阶级群众组织。",
        "中国工会以宪法为根本活动准则。",
        "工人阶级是我国的领导阶级。",
    ]
    assert [(e.rule, e.line) for e in result.edits if e.rule == HEAD_RULE] == [
        (HEAD_RULE, 5),
        (HEAD_RULE, 8),
    ]


def test_a_newspaper_s_jump_notes_go_wherever_they_stand() -> None:
    text = "\n".join(
        [
            "会议指出，要坚持以职工为中心。（下转第二版）",
            "（A、B版）",
            "（上接第1版）工会要发挥作用。",
            "详见第三版的报道。",
            "纲要全文发表。（相关报道见第四版）",
            "提供了行动指南。（下转第四版）（紧接第一版） 我们坚持人民至上。",
        ]
    )
    result = remove_printed_pages(numbered(text))
    assert texts(result.lines) == [
        "会议指出，要坚持以职工为中心。",
        "工会要发挥作用。",
        "详见第三版的报道。",
        "纲要全文发表。",
        "提供了行动指南。我们坚持人民至上。",
    ]
    assert [(e.rule, e.line) for e in result.edits] == [
        (JUMP_RULE, 1),
        (JUMP_RULE, 2),
        (JUMP_RULE, 3),
        (JUMP_RULE, 5),
        (JUMP_RULE, 6),
    ]


def test_a_stage_direction_beside_page_numbers_is_no_running_head() -> None:
    pages = [f"第{n}段发言的内容，议员继续发言。\n(议员举手)\n- {n} -" for n in range(1, 5)]
    result = remove_printed_pages(numbered("\n".join(pages)))
    assert texts(result.lines).count("(议员举手)") == 4


def test_a_table_s_figures_beside_page_numbers_are_no_running_heads() -> None:
    """A PDF's text sets a table one cell to a line: its figures recur beside the page numbers
    in the same shape (`#.#`), but a running head has a word in it."""
    text = (
        "职工人数\n21.54\n18.37\n- 1 -\n报告\n15.94\n15.94\n- 2 -\n报告\n"
        "136221311129 130.36\n- 3 -\n报告"
    )
    result = remove_printed_pages(numbered(text))
    assert texts(result.lines) == [
        "职工人数",
        "21.54",
        "18.37",
        "15.94",
        "15.94",
        "136221311129 130.36",
    ]
    assert {edit.rule for edit in result.edits} == {PAGE_RULE, HEAD_RULE}


def test_page_numbers_that_skip_pages_between_running_text_go() -> None:
    """A Word file made from a PDF keeps a page's number only where its page ended between
    paragraphs: 6, 8, 9, 13, each between sentences (one cut by the page), go; the lines a
    page cut are joined later."""
    prose = "国家的各种法规和规章都是以文件的形式制定和发布的，一经发布即生效。"
    cut = "①国家的法规和规章都是以文件的形式制定和发布的，一经发布，便成为全社会"
    text = "\n".join([prose, "6", prose, cut, "8", "的行为规范，不可违反；", prose, "9", prose])
    text += f"\n13\n{prose}"
    kept = texts(remove_printed_pages(numbered(text)).lines)
    assert kept == [prose, prose, cut, "的行为规范，不可违反；", prose, prose, prose]


def test_a_column_of_figures_is_no_run_of_page_numbers() -> None:
    text = "各年会员人数如下：\n2019\n1200\n2020\n1350\n2021\n1420\n2022\n1500\n以上为统计。"
    assert texts(remove_printed_pages(numbered(text)).lines) == texts(numbered(text))


def test_a_count_the_format_marks_as_headings_is_no_page_numbers() -> None:
    """`## 3` … `## 5`: the parts of an essay, numbered, not its pages."""
    lines = numbered("前言\n3\n第一段。\n4\n第二段。\n5\n第三段。")
    lines = tuple(
        replace(line, shape=Shape.HEADING) if line.text.isdigit() else line for line in lines
    )
    assert texts(remove_printed_pages(lines).lines) == texts(lines)
