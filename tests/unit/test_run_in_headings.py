"""Run-in headings (`（一）加强政治引领。要坚持…`): split after the first sentence when the layout
is consistent, and siblings read alike."""

from __future__ import annotations

from helpers import numbered, texts

from unionreader.normalise.headings import split_run_in_headings

BODY = "近年来，各地积极推进，取得明显成效，积累了宝贵经验，为下一步工作打下了坚实基础。"


def test_siblings_read_alike_when_half_of_them_or_more_are_run_in_headings() -> None:
    """Two of four siblings have a short first sentence; the other two a longer one: all four
    are headings, where before two were and two were points."""
    lines = numbered(
        "\n".join(
            [
                f"（一）发展农业产业化经营是推进农业和农村经济结构战略性调整的重要带动力量。{BODY}",
                f"（二）发展农业产业化经营是在家庭承包经营基础上实现农业现代化的必由之路。{BODY}",
                f"（三）发展农业产业化经营是当前增加农民收入的现实途径。{BODY}",
                f"（四）发展农业产业化经营是提高我国农业国际竞争力的有效措施。{BODY}",
            ]
        )
    )
    heads = texts(split_run_in_headings(lines).lines)[::2]
    assert heads == [
        "（一）发展农业产业化经营是推进农业和农村经济结构战略性调整的重要带动力量",
        "（二）发展农业产业化经营是在家庭承包经营基础上实现农业现代化的必由之路",
        "（三）发展农业产业化经营是当前增加农民收入的现实途径",
        "（四）发展农业产业化经营是提高我国农业国际竞争力的有效措施",
    ]


def test_siblings_read_alike_when_fewer_than_half_are_run_in_headings() -> None:
    """Two of five siblings have a short first sentence, the rest a long one each: all five are
    points (a list of numbered sentences, two of them short)."""
    long = "要坚持以职工为中心的工作导向，把维护职工合法权益作为工会工作的出发点和落脚点，久久为功"
    text = "\n".join(
        [
            f"（一）加强政治引领。{BODY}",
            f"（二）{long}。{BODY}",
            f"（三）深化产业工人队伍建设改革。{BODY}",
            f"（四）{long}。{BODY}",
            f"（五）{long}。{BODY}",
        ]
    )
    result = split_run_in_headings(numbered(text))
    assert texts(result.lines) == text.split("\n") and result.edits == ()


def test_a_count_that_starts_again_is_another_list_of_siblings() -> None:
    text = "\n".join(
        [
            f"（一）加强政治引领。{BODY}",
            f"（二）深化产业工人队伍建设改革。{BODY}",
            f"（一）做好职工服务。{BODY}",
            f"（二）{'要坚持以职工为中心的工作导向，把维护职工合法权益作为工作的出发点和落脚点'}。{BODY}",
            f"（三）{'要坚持以职工为中心的工作导向，把维护职工合法权益作为工作的出发点和落脚点'}。{BODY}",
        ]
    )
    heads = [t for t in texts(split_run_in_headings(numbered(text)).lines) if t.startswith("（")]
    assert heads[:2] == ["（一）加强政治引领", "（二）深化产业工人队伍建设改革"]  # its own list
    assert heads[2] == f"（一）做好职工服务。{BODY}"  # one of three in the second: no heading


def test_the_first_section_under_a_colon_reads_as_its_siblings_do() -> None:
    """`重点抓好以下工作：` over （一） and its paragraphs, then （二）: a count of sections, not a
    list of one item (the first had stayed a paragraph while the rest were headings)."""
    lines = numbered(
        "\n".join(
            [
                "围绕实现上述目标，重点抓好以下工作：",
                f"（一）统筹促消费和扩投资，全力扩大有效需求。{BODY}",
                BODY,
                f"（二）坚持以科技创新引领新质生产力发展。{BODY}",
                BODY,
            ]
        )
    )
    out = texts(split_run_in_headings(lines).lines)
    assert out[1] == "（一）统筹促消费和扩投资，全力扩大有效需求"
    assert out[4] == "（二）坚持以科技创新引领新质生产力发展"


def test_items_a_colon_announces_are_a_list() -> None:
    text = (
        "本法用词，定义如下：\n一、劳工：指受雇从事工作获致工资者。\n二、雇主：指雇用劳工之事业主。"
    )
    assert texts(split_run_in_headings(numbered(text)).lines) == text.split("\n")


def test_numbered_headings_set_as_sentences_over_their_paragraphs_lose_their_stop() -> None:
    """A work report's tasks, each a sentence of its own, full stop and all, over paragraphs."""
    heads = [
        "（一）久久为功推动粤港澳大湾区建设，打造富有活力和国际竞争力的一流湾区。",
        "（二）坚持实体经济为本、制造业当家，加快构建更加强大的现代化产业体系。",
        "（三）打造具有全球影响力的产业科技创新中心。",
    ]
    lines = numbered("\n".join(f"{head}\n{BODY}\n{BODY}" for head in heads))
    result = split_run_in_headings(lines)
    assert texts(result.lines) == [
        line for head in heads for line in (head.rstrip("。"), BODY, BODY)
    ]
    assert [edit.rule for edit in result.edits] == ["lines.split"] * 3


def test_a_question_cut_from_its_text_keeps_its_question_mark() -> None:
    heads = ["一、为什么要加入工会？", "二、怎样加入工会？", "三、会员有哪些权利？"]
    lines = numbered("\n".join(f"{head}{BODY}" for head in heads))
    assert texts(split_run_in_headings(lines).lines) == [
        line for head in heads for line in (head, BODY)
    ]


def test_numbered_sentences_that_are_points_keep_their_stop() -> None:
    """Points one under another, or one numbered sentence alone over a paragraph, stay."""
    points = "（一）加强组织领导。\n（二）强化宣传引导。\n（三）严格督促检查。"
    assert split_run_in_headings(numbered(points)).edits == ()
    one = f"（一）加强组织领导。\n{BODY}\n（二）强化宣传引导。\n（三）严格督促检查。"
    assert split_run_in_headings(numbered(one)).edits == ()


def test_a_run_that_defines_its_terms_is_a_list_of_definitions() -> None:
    """A charter's terms under an item that ends in a full stop, not a colon: one of them
    defines its term (`：指…`), so the run is a list; its other lines are not headings either."""
    text = (
        "一、本公寓大厦专有部分、共用部分之范围界定如后，其区划界限详如标的物件之图说。\n"
        "（一）专有部分：指编订独立门牌号码或所在地址证明之家户，并登记为区分所有权人所有者。\n"
        "（二）共用部分：指不属专有部分与专有附属建筑物，而供共同使用者。\n"
        "（三）约定专用部分：公寓大厦共用部分经约定供特定区分所有权人使用者，名册由管委会保存。\n"
        "（四）约定共用部分：公寓大厦专有部分经约定供共同使用者，由管委会造册保存备查。"
    )
    assert split_run_in_headings(numbered(text)).edits == ()
    headings = text.replace("：指", "。要").replace("部分：", "部分。")  # no definition: headings
    assert len(split_run_in_headings(numbered(headings)).edits) == 4
