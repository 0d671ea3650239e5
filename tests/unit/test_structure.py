from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import normal_text, shaped_text

from unionreader.model import (
    Facts,
    Line,
    NormalText,
    Paragraph,
    ParagraphRole,
    Point,
    RunKind,
    Script,
    Shape,
)
from unionreader.structure import parse_document


def _outline(text: str) -> list[tuple[str | None, int, list[str]]]:
    doc = parse_document(normal_text(text, Facts(title="标题")))
    return [
        (s.heading, s.level, [b.marker.text if isinstance(b, Point) else "¶" for b in s.blocks])
        for s in doc.sections
    ]


def test_numbered_headings_restart_point_counts() -> None:
    text = "一、加强引领\n一要学理论。\n二要讲故事。\n二、维护权益\n一要抓协商。\n二要抓监督。"
    assert _outline(text) == [
        ("一、加强引领", 1, ["一要", "二要"]),
        ("二、维护权益", 1, ["一要", "二要"]),
    ]


def test_numbered_lines_each_over_the_next_are_a_list_not_headings() -> None:
    """A numbered line right over the next number of its count is an item of a list, however
    heading-like (no full stop); the last item over running text no heading either."""
    text = (
        "调查范围包括以下方面：\n一、公司是否损害股东利益\n二、高层有否按个人利益处理事务\n"
        "三、作为上市公司，管治是否健康\n根据条例，法院可以作出命令。\n"
        "一、加强引领\n各级工会要讲政治。\n二、维护权益\n各级工会要抓协商。"
    )
    assert _outline(text) == [
        (None, 1, ["¶", "一、", "二、", "三、", "¶"]),
        ("一、加强引领", 1, ["¶"]),
        ("二、维护权益", 1, ["¶"]),
    ]


def test_a_numbered_heading_over_a_list_of_short_items_heads_them() -> None:
    """A notice's `二、参赛单位` over `1. 市总工会`, `2. 各区总工会`: the heading of its items,
    however like headings they look (it had been a paragraph of the section before)."""
    text = (
        "一、竞赛目的\n通过竞赛提高职工技能水平，弘扬劳模精神。\n"
        "二、参赛单位\n1. 市总工会\n2. 各区总工会\n3. 各产业工会\n"
        "三、竞赛内容\n竞赛分理论考试和实际操作两部分。"
    )
    assert _outline(text) == [
        ("一、竞赛目的", 1, ["¶"]),
        ("二、参赛单位", 1, ["1.", "2.", "3."]),
        ("三、竞赛内容", 1, ["¶"]),
    ]


def test_a_table_s_caption_whose_picture_is_gone_heads_nothing() -> None:
    """A bulletin's tables kept as pictures a copy lost leave their captions and units: they
    are paragraphs, not headings that take the text under them from its chapter."""
    text = (
        "01综合\n全年全省生产总值32074.7亿元，比上年增长4.7%。\n"
        "表1 2022年年末常住人口数及其构成\n单位：万人\n年末全省常住人口4527.98万人。\n"
        "02农业\n全年农林牧渔业总产值4223.8亿元。"
    )
    assert _outline(text) == [("01综合", 1, ["¶"] * 4), ("02农业", 1, ["¶"])]


def test_a_heading_after_run_in_headings_of_its_count_stays_a_heading() -> None:
    """（二）主要任务。… is a run-in heading with its paragraph, not an item of a list: the short
    （三）工作原则 under it heads the paragraphs below it."""
    text = (
        "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n"
        "（二）主要任务。基本养老服务是国家直接提供的服务。\n（三）工作原则\n"
        "——基础性原则。立足我国基本国情。\n——普惠性原则。逐步拓展服务对象。"
    )
    headings = [(heading, level) for heading, level, _ in _outline(text)]
    assert ("（三）工作原则", 2) in headings


def test_unnumbered_headings_nest_two_levels() -> None:
    text = (
        "始终坚持党的领导，在指导实践上展现新担当\n旗帜鲜明讲政治\n各级工会要讲政治。\n"
        "知行合一学理论\n坚持用科学理论武装头脑。\n始终坚持服务大局，作出新贡献\n主动服务大局\n明确工作目标。"
    )
    assert [(h, lvl) for h, lvl, _ in _outline(text)] == [
        ("始终坚持党的领导，在指导实践上展现新担当", 1),
        ("旗帜鲜明讲政治", 2),
        ("知行合一学理论", 2),
        ("始终坚持服务大局，作出新贡献", 1),
        ("主动服务大局", 2),
    ]


def test_paren_subheadings_under_dun_headings_and_arabic_points() -> None:
    text = "\n".join(
        [
            "一、加强引领",
            "（一）深化理论武装",
            "1．开展宣传。",
            "2．建设书屋。",
            "（二）弘扬精神",
            "1．选树劳模。",
            "2．讲好故事。",
        ]
    )
    assert _outline(text) == [
        ("一、加强引领", 1, []),
        ("（一）深化理论武装", 2, ["1．", "2．"]),
        ("（二）弘扬精神", 2, ["1．", "2．"]),
    ]


def test_a_numeral_and_a_full_stop_numbers_a_heading_as_a_numeral_and_a_comma_does() -> None:
    text = "\n".join(
        [
            "一．总体要求",
            "各级工会要坚持以职工为中心。",
            "二．主要任务",
            "（一）加强思想引领",
            "各级工会要组织职工学习。",
            "（二）维护职工权益",
            "各级工会要依法维护职工合法权益。",
            "三.保障措施",
            "确保各项任务落到实处。",
        ]
    )
    assert _outline(text) == [
        ("一．总体要求", 1, ["¶"]),
        ("二．主要任务", 1, []),
        ("（一）加强思想引领", 2, ["¶"]),
        ("（二）维护职工权益", 2, ["¶"]),
        ("三.保障措施", 1, ["¶"]),
    ]


def test_a_hearing_s_turns_under_labels_of_any_words_head_nothing() -> None:
    """A turn left without its stop (`申请人代理刘喻律师：清楚`) in a record of turns whose
    labels name no body the salutation's rules know is a turn, not a heading."""
    turns = []
    for n in range(6):
        turns += [
            f"仲裁庭工作人员：第{n}个问题是什么？",
            f"申请人代理律师刘喻：回答第{n}个问题，好的。",
        ]
    text = "\n".join([*turns[:4], "申请人代理刘喻律师：清楚", *turns[4:]])
    assert [heading for heading, _, _ in _outline(text)] == [None]


def test_a_chapter_s_number_alone_on_its_line_heads_the_chapter() -> None:
    """A novel's 第一章 with nothing after it: a heading, not an empty point."""
    text = "第一章\n红海早过了，船在印度洋面上开驶着。\n第二章\n方鸿渐到家以后，开始了新的生活。"
    assert _outline(text) == [("第一章", 1, ["¶"]), ("第二章", 1, ["¶"])]


def test_a_manual_s_pian_heads_its_parts() -> None:
    """第一篇 over 第一部分 (as 第一编 over 第一章): the two had been one family, counted out of
    order, so neither headed anything."""
    text = "\n".join(
        [
            "第一篇　总则",
            "第一部分　入职",
            "一、报到",
            "员工应按时报到。",
            "第二部分　考勤",
            "一、作息",
            "每日八小时。",
            "第二篇　业务",
            "第一部分　收案",
            "一、原则",
            "依法收案。",
        ]
    )
    assert [(heading, level) for heading, level, _ in _outline(text)] == [
        ("第一篇　总则", 1),
        ("第一部分　入职", 2),
        ("一、报到", 2),
        ("第二部分　考勤", 2),
        ("一、作息", 2),
        ("第二篇　业务", 1),
        ("第一部分　收案", 2),
        ("一、原则", 2),
    ]


def test_paren_numbered_points_in_a_notice_and_a_signature_is_no_heading() -> None:
    text = "\n".join(
        [
            "各区总工会：",
            "现将有关事项通知如下。",
            "（一）竞赛内容。设十个工种。",
            "（二）参赛对象。在岗职工。",
            "特此通知。",
            "某市总工会",
            "2024年3月1日",
        ]
    )
    ((heading, _, blocks),) = _outline(text)
    assert heading is None
    assert blocks == ["¶", "¶", "（一）", "（二）", "¶", "¶", "¶"]


def test_lookalikes_and_lone_first_points_are_running_text() -> None:
    text = "\n".join(
        [
            "把学习作为第一位任务。",
            "第一线的职工很辛苦。",
            "一是一，二是二，这是原则。",
            "第二十次全国代表大会。",
        ]
    )
    ((_, _, blocks),) = _outline(text)
    assert blocks == ["¶", "¶", "¶", "¶"]


def test_restart_without_headings_opens_a_section_with_its_lead_in() -> None:
    text = "\n".join(
        [
            "开场。",
            "一是甲。",
            "二是乙。",
            "小结。",
            "今年要做好工作。",
            "第一，丙。",
            "第二，丁。",
            "同志们，让我们团结奋斗！",
        ]
    )
    assert _outline(text) == [
        (None, 1, ["¶", "一是", "二是", "¶"]),
        (None, 1, ["¶", "第一，", "第二，"]),
        (None, 1, ["¶"]),
    ]


def test_salutation_and_closing_address_are_paragraphs_of_their_own() -> None:
    text = "同志们：\n今天开会。\n一、部署工作\n一要甲。\n二要乙。\n同志们，新征程催人奋进！"
    doc = parse_document(normal_text(text, Facts(title="讲话")))
    first = doc.sections[0].blocks[0]
    closing = doc.sections[-1]
    assert isinstance(first, Paragraph) and first.role is ParagraphRole.SALUTATION
    assert closing.heading is None and len(closing.blocks) == 1
    block = closing.blocks[0]
    assert isinstance(block, Paragraph) and block.role is ParagraphRole.CLOSING
    assert [b.marker.text for b in doc.sections[1].blocks if isinstance(b, Point)] == [
        "一要",
        "二要",
    ]


def test_inline_enumeration_gets_inline_points_inside_one_paragraph() -> None:
    text = "体现在以下三个方面：一是要求甲；二是要求乙；三是要求丙，等等。"
    doc = parse_document(normal_text(text, Facts(title="t")))
    (block,) = doc.sections[0].blocks
    assert isinstance(block, Paragraph)
    assert [(p.id, p.marker.text, p.text) for p in block.inline_points] == [
        ("s1-p1-i1", "一是", "一是要求甲；"),
        ("s1-p1-i2", "二是", "二是要求乙；"),
        ("s1-p1-i3", "三是", "三是要求丙，等等。"),
    ]
    assert block.text == text


def test_ids_are_positional_and_stable() -> None:
    text = "一、加强引领\n一是子。\n二是丑。\n小结。\n二、维护权益\n正文。"
    first = parse_document(normal_text(text, Facts(title="t")))
    again = parse_document(normal_text(text, Facts(title="t")))
    assert first == again
    ids = [b.id for s in first.sections for b in s.blocks]
    assert ids == ["s1-pt1", "s1-pt2", "s1-p1", "s2-p1"]


def test_redactions_are_runs_of_their_own() -> None:
    doc = parse_document(
        normal_text("部署*年工作，建立*个组织、*.*万会员，坚持“**”思路。", Facts(title="t"))
    )
    (block,) = doc.sections[0].blocks
    assert isinstance(block, Paragraph)
    assert [r.text for r in block.runs if r.kind is RunKind.REDACTION] == ["*", "*", "*.*", "**"]
    assert block.text.count("*") == 6


# ---------------------------------------------------------------- heading shapes and roles


def test_a_comma_line_heads_only_subheadings_or_points() -> None:
    text = (
        "始终坚持党的领导，在指导实践上展现新担当\n旗帜鲜明讲政治\n各级工会要讲政治。\n"
        "聚焦八个着力、深化十大行动，推动决策部署落地生根\n一是甲。\n二是乙。\n"
        "以党的政治建设为统领，全面加强工会系统党的建设\n要发挥党建带工建的优势。"
    )
    headings = [h for h, _, _ in _outline(text)]
    assert headings == [
        "始终坚持党的领导，在指导实践上展现新担当",
        "旗帜鲜明讲政治",
        "聚焦八个着力、深化十大行动，推动决策部署落地生根",
    ]


def test_a_sentence_that_lost_its_stop_heads_nothing() -> None:
    """Four clauses, or a clause of a condition and what follows it: a sentence."""
    text = (
        "为了规范管理员的处罚，也方便大家了解后果，特此制作了这个规范，请仔细阅读\n"
        "如果对此有所建议，可以联系管理员\n1.无关讨论：\n第一次删帖。\n2.发布广告：\n禁言7天。"
    )
    assert [h for h, _, _ in _outline(text)] == [None]


def test_an_address_or_a_page_s_field_heads_nothing() -> None:
    text = "代码卫士试用地址：https://codesafe.qianxin.com\n国内首个专注于软件开发安全的产品线。\n"
    text += "资料来源：新闻传播处\n为保障劳工团结权，行政院会今日通过草案。"
    assert [h for h, _, _ in _outline(text)] == [None]


def test_a_heading_of_two_balanced_clauses_stays_a_heading() -> None:
    text = "既要金山银山，也要绿水青山\n一是加强生态保护。\n二是推动绿色发展。"
    assert [h for h, _, _ in _outline(text)] == ["既要金山银山，也要绿水青山"]


def test_an_attribution_or_a_note_heads_nothing() -> None:
    text = (
        "“不再为回寄贺卡烦透心”\n——湖南省宜章县县委书记欧阳锋\n“今年特别轻松！”他说。\n"
        "*管理员列表及联系方式在附件1中列出\n往年一到元旦，办公桌上总会堆起贺卡。"
    )
    assert [h for h, _, _ in _outline(text)] == ["“不再为回寄贺卡烦透心”"]


@pytest.mark.parametrize("opens", ["敬祝", "最后，敬祝", "预祝"])
def test_wishes_one_to_a_line_under_their_opening_words_head_nothing(opens: str) -> None:
    text = (
        f"各位代表：\n今天大会隆重召开，我表示热烈祝贺。\n{opens}\n大会圆满成功\n诸位健康愉快\n"
        "一、落实民主宪政\n民主宪政是立国之本。\n"
    )
    assert [h for h, _, _ in _outline(text)] == [None, "一、落实民主宪政"]


def test_a_lead_in_without_its_colon_is_a_paragraph_not_a_heading() -> None:
    text = "同志们：\n下面，我讲几点意见\n一是提高站位。\n二是压实责任。"
    assert _outline(text) == [(None, 1, ["¶", "¶", "一是", "二是"])]


def test_a_line_ending_in_a_function_word_is_no_heading() -> None:
    text = "这次会议的主要任务是\n一是总结工作。\n二是部署任务。"
    assert _outline(text) == [(None, 1, ["¶", "一是", "二是"])]


def test_lines_a_colon_announces_are_list_items_not_headings() -> None:
    text = (
        "经研究，决定授予以下同志称号：\n王小明 李大伟 张晓红\n希望受表彰的同志珍惜荣誉。\n"
        "领导小组组成如下：\n王某某　市总工会主席\n李某某　市总工会副主席\n办公室设在市总工会。"
    )
    ((heading, _, blocks),) = _outline(text)
    assert heading is None and len(blocks) == 7


def test_a_salutation_may_list_addressees_with_commas() -> None:
    text = "各县（市、区）总工会，市直各产业工会：\n现将有关事项通知如下。"
    doc = parse_document(normal_text(text, Facts(title="通知")))
    first = doc.sections[0].blocks[0]
    assert isinstance(first, Paragraph) and first.role is ParagraphRole.SALUTATION
    for line in ("领导小组组成如下：", "经研究，决定授予以下同志称号："):
        doc = parse_document(normal_text(f"{line}\n正文。", Facts(title="t")))
        block = doc.sections[0].blocks[0]
        assert isinstance(block, Paragraph) and block.role is ParagraphRole.BODY


def test_thanks_at_the_end_close_the_text_with_the_closing_address() -> None:
    text = "各位嘉宾：\n今天开会。\n同志们，让我们团结奋斗！\n谢谢大家！"
    doc = parse_document(normal_text(text, Facts(title="致辞")))
    closing = doc.sections[-1]
    assert closing.heading is None and len(closing.blocks) == 2
    assert all(isinstance(b, Paragraph) and b.role is ParagraphRole.CLOSING for b in closing.blocks)
    (only,) = parse_document(normal_text("致辞正文。\n多谢各位！", Facts(title="t"))).sections[-1:]
    assert isinstance(only.blocks[-1], Paragraph)
    assert only.blocks[-1].role is ParagraphRole.CLOSING


def test_an_address_on_a_line_of_its_own_closes_with_the_paragraph_it_opens() -> None:
    text = (
        "（十）防范化解重点领域风险\n提高防灾减灾能力。完善监测预警体系。\n各位代表！\n"
        "面对新征程新使命，我们将更加深刻领悟“两个确立”的决定性意义。\n各位代表！\n"
        "雄关漫道真如铁，而今迈步从头越。"
    )
    doc = parse_document(normal_text(text, Facts(title="政府工作报告")))
    task, closing = doc.sections
    assert [b.text for b in task.blocks] == ["提高防灾减灾能力。完善监测预警体系。"]
    assert closing.heading is None and len(closing.blocks) == 4
    assert all(isinstance(b, Paragraph) and b.role is ParagraphRole.CLOSING for b in closing.blocks)


def test_an_address_inside_the_text_closes_nothing() -> None:
    text = "一、工作回顾\n各位代表！\n过去一年成绩显著。\n二、今年任务\n今年要抓好三件事。"
    doc = parse_document(normal_text(text, Facts(title="政府工作报告")))
    assert [s.heading for s in doc.sections] == ["一、工作回顾", "二、今年任务"]


def test_a_laws_articles_are_points_counting_on_through_its_chapters() -> None:
    """Articles run on from chapter to chapter; an excerpt may start at any article and leave
    some out; a chapter whose first line is an article still heads it; an article's paragraphs
    and items follow it."""
    text = "\n".join(
        [
            "第一章　总则",
            "第一条　为保障工会的地位，制定本法。",
            "第二条　工会是职工自愿结合的工人阶级群众组织。",
            "全国总工会依法维护职工的合法权益。",
            "第三章　工会的权利和义务",
            "第二十条　工会有权要求纠正。",
            "第二十三条　有下列情形，工会应当交涉：",
            "（一）克扣工资的；",
            "（二）随意延长劳动时间的。",
            "第七章　附则",
            "第五十八条　本法自公布之日起施行。",
        ]
    )
    assert _outline(text) == [
        ("第一章　总则", 1, ["第一条　", "第二条　", "¶"]),
        ("第三章　工会的权利和义务", 1, ["第二十条　", "第二十三条　", "（一）", "（二）"]),
        ("第七章　附则", 1, ["第五十八条　"]),
    ]


def test_a_lone_article_or_one_counting_down_is_a_paragraph() -> None:
    assert _outline("工会工作要抓实。\n第五条　本法另有规定。\n其他。") == [(None, 1, ["¶"] * 3)]
    text = "第二条　甲。\n第三条　乙。\n第一百条　丙。\n第四条　丁。"
    assert _outline(text) == [(None, 1, ["第二条　", "第三条　", "第一百条　", "¶"])]


def test_a_table_s_rows_are_paragraphs_never_headings() -> None:
    """Short lines without punctuation would read as headings; a format's table rows do not."""
    seed = normal_text("x").seed
    lines = (
        Line(1, "时段 天气 风力", Shape.ROW),
        Line(2, "白天 多云转晴 三、四级", Shape.ROW),
        Line(3, "温度3℃／－8℃。", Shape.PARAGRAPH),
    )
    doc = parse_document(NormalText(seed, Script.SIMPLIFIED, lines, Facts(title="天气"), ()))
    assert [(s.heading, [b.text for b in s.blocks]) for s in doc.sections] == [
        (None, ["时段 天气 风力", "白天 多云转晴 三、四级", "温度3℃／－8℃。"])
    ]


def test_a_count_goes_on_under_the_next_heading_where_it_stopped() -> None:
    """（一）…（二） under 一、, then （三）…（四） under 二、: all points, as the count runs."""
    text = "\n".join(
        [
            "一、完善国家职业教育制度体系",
            "（一）健全国家职业教育制度框架。要把发展职业教育摆在更突出的位置。",
            "（二）提高中等职业教育发展水平。要优化教育结构，改善办学条件。",
            "二、构建职业教育国家标准",
            "（三）完善教育教学相关标准。要发挥标准在质量提升中的基础作用。",
            "（四）启动证书制度试点工作。要深化复合型技术技能人才培养。",
            "三、做好改革组织实施工作",
            "（五）加强党对职业教育工作的全面领导。要以习近平新时代中国特色社会主义思想为指导。",
        ]
    )
    outline = _outline(text)
    assert [blocks for _, _, blocks in outline] == [
        ["（一）", "（二）"],
        ["（三）", "（四）"],
        ["（五）"],  # one, but it goes on with the count
    ]


def test_bare_numerals_counting_from_one_head_a_speech_s_parts() -> None:
    body = "我们要团结起来，克服困难，争取胜利。"
    text = "\n".join(["同志们：", "一", body, "二", body, "三", body])
    assert [heading for heading, _, _ in _outline(text)] == [None, "一", "二", "三"]
    stray = "\n".join(["同志们：", "三", body, "一", body])  # no count: no parts
    assert [heading for heading, _, _ in _outline(stray)] == [None]


def test_a_code_s_parts_stand_over_its_chapters() -> None:
    text = (
        "第一编　总则\n第一章　总体要求\n第一条　为了严肃党的纪律，制定本条例。\n"
        "第二章　违纪与纪律处分\n第二条　党组织和党员违反党章的行为，应当受到追究。\n"
        "第二编　分则\n第三章　对违反政治纪律行为的处分\n"
        "第三条　公开发表违背四项基本原则的文章的，给予处分。"
    )
    assert [(h, lvl) for h, lvl, _ in _outline(text)] == [
        ("第一编　总则", 1),
        ("第一章　总体要求", 2),
        ("第二章　违纪与纪律处分", 2),
        ("第二编　分则", 1),
        ("第三章　对违反政治纪律行为的处分", 2),
    ]


def test_a_named_part_stands_with_the_top_numbering_whatever_its_format_made_it() -> None:
    lines = (
        Line(1, "总　则", Shape.HEADING, 7),
        Line(2, "中国工会是职工自愿结合的工人阶级群众组织。"),
        Line(3, "第一章　会员", Shape.HEADING, 3),
        Line(4, "第一条　凡在中国境内以工资收入为主要生活来源的劳动者，都可以加入工会。"),
    )
    normal = replace(normal_text("x", Facts(title="中国工会章程")), lines=lines)
    doc = parse_document(normal)
    assert [(s.heading, s.level) for s in doc.sections] == [("总　则", 1), ("第一章　会员", 1)]


def test_a_line_marked_as_a_heading_that_runs_to_several_sentences_is_a_paragraph() -> None:
    answer = (
        "答：这是奥威尔《1984》里面详细描述过的体系，是独裁者利用网络的体系。我们都看到了这一点。"
    )
    lines = (
        Line(1, "问：您怎么看？", Shape.HEADING, 4),
        Line(2, answer, Shape.HEADING, 4),
        Line(3, "配额？匿名？", Shape.HEADING, 4),
        Line(4, "正文第一段。"),
    )
    doc = parse_document(replace(normal_text("x", Facts(title="访谈")), lines=lines))
    assert [s.heading for s in doc.sections] == ["问：您怎么看？", "配额？匿名？"]
    assert [b.text for b in doc.sections[0].blocks] == [answer]


def test_a_long_sentence_a_page_set_in_bold_is_a_paragraph_a_numbered_one_a_heading() -> None:
    quote = "陈茂波的个人抒发，却像整篇190段预算案，未能打动人心，淡淡然，没有惊喜，也没有惊吓。"
    stopped = "（一）久久为功推动粤港澳大湾区建设，携手港澳打造世界级城市群。"
    lines = (
        Line(1, "多年来反映及建议", Shape.HEADING, 2),
        Line(2, "正文第一段。"),
        Line(3, quote, Shape.HEADING, 2),
        Line(4, "正文第二段。"),
        Line(5, stopped, Shape.HEADING, 2),
        Line(6, "正文第三段。"),
    )
    doc = parse_document(replace(normal_text("x", Facts(title="评论")), lines=lines))
    headings = [s.heading for s in doc.sections]
    assert "多年来反映及建议" in headings and quote not in headings
    assert any(heading and heading.startswith("（一）") for heading in headings)


def test_numbered_headings_that_announce_their_points_with_a_colon_head_them() -> None:
    text = (
        "第十六条　本规定自公布之日起施行。\n附录：\n女职工禁忌从事的劳动范围\n"
        "一、女职工禁忌从事的劳动范围：\n（一）矿山井下作业；\n（二）第四级体力劳动强度的作业。\n"
        "二、女职工在经期禁忌从事的劳动范围：\n（一）冷水作业；\n（二）低温作业。"
    )
    assert _outline(text) == [
        (None, 1, ["¶"]),
        ("附录：", 1, ["¶"]),  # an appendix: its own headings stand under it
        ("一、女职工禁忌从事的劳动范围：", 2, ["（一）", "（二）"]),
        ("二、女职工在经期禁忌从事的劳动范围：", 2, ["（一）", "（二）"]),
    ]


def test_a_first_item_that_announces_a_list_of_one_sentence_stays_an_item() -> None:
    # its items end with semicolons and complete its sentence; its count goes on after them
    text = (
        "（十四）住房和公用用房\n１．甲方将按下列标准免费提供乙方人员的住房：\n"
        "（１）代表、工程师每人一间；\n（２）其他管理人员两人一间；\n（３）其他工人每间不超过１２人。\n"
        "２．住房内包括空调和卫生设备。\n３．甲方同意提供办公设备。\n（十五）人员替换\n"
        "乙方负责派遣合格人员。"
    )
    assert _outline(text) == [
        ("（十四）住房和公用用房", 1, ["１．", "（１）", "（２）", "（３）", "２．", "３．"]),
        ("（十五）人员替换", 1, ["¶"]),
    ]


def test_an_item_that_opens_a_list_of_its_own_stays_an_item_of_its_list() -> None:
    text = (
        "一、评选条件\n（一）基本条件\n1.拥护党的领导，热爱祖国。\n"
        "2.爱岗敬业，业绩突出，具体包括：\n（1）在本职岗位上取得显著成绩；\n"
        "（2）在技术创新方面有突出贡献。\n3.品德高尚，群众公认。\n（二）优先条件\n"
        "具有下列情形之一的，优先推荐。"
    )
    assert _outline(text) == [
        ("一、评选条件", 1, []),
        ("（一）基本条件", 2, ["1.", "2.", "（1）", "（2）", "3."]),
        ("（二）优先条件", 2, ["¶"]),
    ]


def test_a_numbered_line_after_headings_of_its_count_still_heads_its_list() -> None:
    text = (
        "（一）免予追究人员（1人）：\n1.张三，某公司员工，已死亡。\n"
        "（二）建议追究人员（2人）：\n1.李四，某公司调度。\n2.王五，某公司班长。\n"
        "（三）建议移送人员（1人）：\n赵六，某公司副总经理。\n"
        "（四）建议处分人员（2人）：\n1.钱七，某公司科长。\n2.孙八，某公司部长。"
    )
    assert "（四）建议处分人员（2人）：" in [h for h, _, _ in _outline(text)]


def test_a_numbered_line_with_a_colon_over_running_text_is_a_point() -> None:
    text = "一、工作要求：\n各级工会要抓好落实。\n二、时间安排：\n全年分三个阶段进行。"
    assert [h for h, _, _ in _outline(text)] == [None]


def test_the_questions_of_questions_and_answers_head_their_answers() -> None:
    text = (
        "近日，全总印发《意见》。\n问：《意见》出台的背景是什么？\n答：近年来，平台经济迅速发展。\n"
        "党中央高度重视。\n问：下一步如何落实？\n答：全总将加强督促指导。"
    )
    assert _outline(text) == [
        (None, 1, ["¶"]),
        ("问：《意见》出台的背景是什么？", 1, ["¶", "¶"]),
        ("问：下一步如何落实？", 1, ["¶"]),
    ]
    one = "问：《意见》出台的背景是什么？\n答：近年来，平台经济迅速发展。"
    assert [h for h, _, _ in _outline(one)] == [None]  # one question heads nothing


def test_a_numbered_heading_the_format_did_not_mark_stands_under_one_it_did() -> None:
    lines = (
        Line(1, "不同工时制度下标准工作时长的认定", Shape.HEADING, 3),
        Line(2, "（一）标准工时制"),
        Line(3, "工作时间超过标准时间就是加班，休息日安排工作也是加班。"),
        Line(4, "（二）综合计算工时制"),
        Line(5, "以周、月、季、年为周期综合计算工作时间。"),
    )
    doc = parse_document(replace(normal_text("x", Facts(title="攻略")), lines=lines))
    assert [(s.heading, s.level) for s in doc.sections] == [
        ("不同工时制度下标准工作时长的认定", 1),
        ("（一）标准工时制", 2),
        ("（二）综合计算工时制", 2),
    ]


def test_a_heading_numbered_below_the_one_above_at_the_same_format_level_stands_under_it() -> None:
    """`## 三、仲裁程序` over `## （一）先仲裁` (both `##`): the numbers nest them; a heading
    numbered alike, or with no number, is at the top again."""
    lines = (
        Line(1, "二、仲裁申请", Shape.HEADING, 2),
        Line(2, "（一）申请期限", Shape.HEADING, 3),
        Line(3, "一年。"),
        Line(4, "三、仲裁程序和诉讼程序", Shape.HEADING, 2),
        Line(5, "（一）先仲裁、后诉讼", Shape.HEADING, 2),
        Line(6, "正文一。"),
        Line(7, "（二）仲裁程序", Shape.HEADING, 2),
        Line(8, "正文二。"),
        Line(9, "案例", Shape.HEADING, 2),
        Line(10, "（一）某公司案", Shape.HEADING, 2),
        Line(11, "正文三。"),
    )
    doc = parse_document(replace(normal_text("x", Facts(title="攻略")), lines=lines))
    assert [(s.heading, s.level) for s in doc.sections] == [
        ("二、仲裁申请", 1),
        ("（一）申请期限", 2),
        ("三、仲裁程序和诉讼程序", 1),
        ("（一）先仲裁、后诉讼", 2),
        ("（二）仲裁程序", 2),
        ("案例", 1),
        ("（一）某公司案", 1),
    ]


def test_a_title_set_again_over_the_first_chapter_and_prefaces_set_no_level() -> None:
    """A standard's title at the format's top level right over its first chapter, and its 目次
    and 前言 there too, leave its chapters at the top and its clauses under them."""
    lines = (
        Line(1, "目次", Shape.HEADING, 1),
        Line(2, "前言", Shape.HEADING, 1),
        Line(3, "本部分按照规则起草。"),
        Line(4, "核电厂定期安全评价 第12部分：设计", Shape.HEADING, 1),
        Line(5, "1　范围", Shape.HEADING, 2),
        Line(6, "本部分规定了评价的要求。"),
        Line(7, "2　要求", Shape.HEADING, 2),
        Line(8, "2.1　输入", Shape.HEADING, 3),
        Line(9, "输入包括文件。"),
        Line(10, "附　录　A", Shape.HEADING, 1),
        Line(11, "流程图。"),
    )
    doc = parse_document(replace(normal_text("x", Facts(title="标准")), lines=lines))
    assert [(s.heading, s.level) for s in doc.sections if s.heading] == [
        ("目次", 1),
        ("前言", 1),
        ("核电厂定期安全评价 第12部分：设计", 1),
        ("1　范围", 1),
        ("2　要求", 1),
        ("2.1　输入", 2),
        ("附　录　A", 1),
    ]


def test_appendices_labelled_alone_one_after_another_are_siblings() -> None:
    lines = (
        Line(1, "一、准备", Shape.HEADING, 2),
        Line(2, "正文。"),
        Line(3, "附录 1：", Shape.HEADING, 2),
        Line(4, "内容一。"),
        Line(5, "附录 2：", Shape.HEADING, 2),
        Line(6, "内容二。"),
    )
    doc = parse_document(replace(normal_text("x", Facts(title="攻略")), lines=lines))
    assert [(s.heading, s.level) for s in doc.sections] == [
        ("一、准备", 1),
        ("附录 1：", 1),
        ("附录 2：", 1),
    ]


def test_an_address_after_a_part_s_last_subsection_closes_the_part() -> None:
    """`各位代表！…` after （二）, the last subsection of 一、, before 二、: the part's own closing
    paragraphs, under no subsection; an address in a subsection that has a sibling after it
    stays in it."""
    text = (
        "一、过去一年的工作\n（一）经济稳中有进\n全年生产总值增长5%。\n"
        "各位代表！这些成绩来之不易。\n（二）民生持续改善\n城乡居民收入增长。\n"
        "各位代表！过去一年的成绩，是全市人民团结奋斗的结果。\n我们也清醒认识到存在的不足。\n"
        "二、今年的主要任务\n（一）扩大内需\n加力实施城市更新。\n（二）稳定就业\n促进就业。"
    )
    doc = parse_document(normal_text(text, Facts(title="政府工作报告")))
    outline = [(s.heading, s.level, [b.text[:6] for b in s.blocks]) for s in doc.sections]
    assert outline[:4] == [
        ("一、过去一年的工作", 1, []),
        ("（一）经济稳中有进", 2, ["全年生产总值", "各位代表！这"]),
        ("（二）民生持续改善", 2, ["城乡居民收入"]),
        (None, 1, ["各位代表！过", "我们也清醒认"]),
    ]


def test_an_address_in_mid_speech_opens_the_part_it_leads_into_and_closes_nothing() -> None:
    text = (
        "同志们：\n会议很重要。\n一是学习。\n二是实践。\n这次教育成效明显。\n同志们！\n"
        "这次主题教育积累了经验。\n一是聚焦主题。\n二是以上率下。\n谢谢大家！"
    )
    doc = parse_document(normal_text(text, Facts(title="讲话")))
    first, second, closing = doc.sections
    assert [b.text for b in second.blocks][:2] == ["同志们！", "这次主题教育积累了经验。"]
    assert all(
        b.role is not ParagraphRole.CLOSING
        for s in (first, second)
        for b in s.blocks
        if isinstance(b, Paragraph)
    )
    assert [b.text for b in closing.blocks] == ["谢谢大家！"]


def test_a_report_closes_before_its_appendix() -> None:
    text = (
        "一、今年的任务\n抓好落实。\n各位代表！奋进正当其时，让我们团结奋斗！\n"
        "附件1\n十件民生实事\n一、提高低保水平\n提高城乡低保标准。\n二、建立护理保险\n扩大试点。"
    )
    doc = parse_document(normal_text(text, Facts(title="政府工作报告")))
    assert [(s.heading, s.level) for s in doc.sections] == [
        ("一、今年的任务", 1),
        (None, 1),
        ("附件1", 1),
        ("十件民生实事", 2),
        ("一、提高低保水平", 2),
        ("二、建立护理保险", 2),
    ]
    (closing,) = doc.sections[1].blocks
    assert isinstance(closing, Paragraph) and closing.role is ParagraphRole.CLOSING


def test_subheads_of_two_clauses_over_running_text_head_it_where_there_are_two_or_more() -> None:
    text = (
        "导语一段，讲述背景。\n健全培养体系，促进人才队伍提质增量\n各地健全技能人才培养体系。\n"
        "完善激励机制，提高技能人才福利待遇\n各地完善激励机制。"
    )
    assert [h for h, _, _ in _outline(text)] == [
        None,
        "健全培养体系，促进人才队伍提质增量",
        "完善激励机制，提高技能人才福利待遇",
    ]
    one = "导语一段，讲述背景。\n健全培养体系，促进人才队伍提质增量\n各地健全技能人才培养体系。"
    assert [h for h, _, _ in _outline(one)] == [None]


def test_a_transcript_s_turn_heads_nothing() -> None:
    text = (
        "主席：梁议员，请提出你的质询。\n梁国雄议员：......关你甚么事......\n"
        "主席：立即离开会议厅。\n梁国雄议员：我不坐下。"
    )
    assert [h for h, _, _ in _outline(text)] == [None]


def test_a_note_in_brackets_a_format_marks_as_a_heading_heads_nothing() -> None:
    lines = (
        Line(1, "这天她由下午四点开始，就坐在法院门外。"),
        Line(2, "（记于三月二日西九法院）", Shape.HEADING, 7),
    )
    doc = parse_document(replace(normal_text("x", Facts(title="手记")), lines=lines))
    assert [s.heading for s in doc.sections] == [None]


def test_an_appendix_s_label_over_its_own_heading_stands_above_it() -> None:
    text = (
        "一、今年的任务\n抓好落实。\n附件2\n名词解释\n"
        "1.新质生产力：指创新起主导作用的生产力。\n2.新就业形态：指新的就业方式。"
    )
    assert [(h, level) for h, level, _ in _outline(text)] == [
        ("一、今年的任务", 1),
        ("附件2", 1),
        ("名词解释", 2),
    ]


def test_a_line_that_goes_on_from_the_sentence_before_heads_nothing() -> None:
    """A sentence that lost its full stop, opening with 而且, 所以 …: no heading opens so."""
    outline = _outline(
        "现实中的软弱是真实的、无知和无助是真实的。\n而且这些都应该是合法的、不应该被无视\n"
        "所以我们要团结起来维护权益\n此外为大家整理了仲裁的方式，后面会邀请律师解答\n"
        "仲裁的一般流程\n这是全文的最后一段。"
    )
    assert outline[0] == (None, 1, ["¶", "¶", "¶", "¶"])


def test_a_subhead_under_numbered_parts_is_under_its_part() -> None:
    """Parts numbered in black brackets, each with a subhead over its text: the parts are the
    top level, whatever their brackets, and each subhead is under its part; a subhead over a
    numbered heading heads it."""
    outline = _outline(
        "【第一部分：笔试环节】\n以笔为戎，查漏补缺\n选手们奋笔疾书。\n"
        "【第二部分：抢答环节】\n强强联合，分秒必争\n现场气氛热烈。\n"
        "【第三部分：结果揭晓与颁奖】\n比赛评出一等奖三名。"
    )
    assert [(heading, level) for heading, level, _ in outline] == [
        ("【第一部分：笔试环节】", 1),
        ("以笔为戎，查漏补缺", 2),
        ("【第二部分：抢答环节】", 1),
        ("强强联合，分秒必争", 2),
        ("【第三部分：结果揭晓与颁奖】", 1),
    ]


def test_a_contract_form_s_articles_with_their_lists_and_fields_to_fill_in() -> None:
    # a field with a blank to fill in heads nothing; each article's list of 1., 2. is under
    # the article (no untitled section of its own); 附件一 under the signing fields heads the
    # form it appends
    text = (
        "第一条　合同期限\n本合同期从＿＿年＿＿月＿＿日起，共＿＿年。\n"
        "第二条　生产（工作）任务：\n甲方安排乙方从事＿＿＿＿工作。\n"
        "乙方应完成岗位所规定的数量指标和质量指标：＿＿＿＿\n"
        "第三条　劳动（工作）安全、卫生条件：\n１．甲方必须执行国家有关法规。\n"
        "２．甲方应给乙方发放劳动保护用品。\n"
        "第四条　劳动管理：\n１．甲方必须严格执行劳动政策。\n２．乙方应严格遵守劳动纪律。\n"
        "鉴证机构（盖章）：\n乙方（签章）：年月日\n年月日\n附件一　鉴证编号：Ｅ２－\n"
        "劳动合同续订表\n甲乙双方签订的劳动合同已到期，同意续订。"
    )
    outline = _outline(text)
    assert [heading for heading, _, _ in outline] == [
        None,
        "附件一\u3000鉴证编号：Ｅ２－",
        "劳动合同续订表",
    ]
    article = [marker.strip() for marker in outline[0][2]]
    assert article == [
        *("第一条", "¶", "第二条", "¶", "¶"),
        *("第三条", "１．", "２．", "第四条", "１．", "２．", "¶", "¶", "¶"),
    ]


def test_a_line_of_a_list_heads_nothing_where_a_note_stands_under_it() -> None:
    # a transcript's list of oaths, a page's footnote under one of them: the one over the
    # note is a line of the list like those above it, not a heading over the note
    oaths = [
        f"{name}议员宣读立法会誓{word}" for name, word in zip("甲乙丙丁", "词言词言", strict=True)
    ]
    note = "（1）立法会主席裁定某议员未有完全依照条例规定的誓言进行宣誓，须重新依法作出宣誓。"
    outline = _outline("\n".join([*oaths, note, "选举主席", "秘书：各位议员，现在选举主席。"]))
    assert outline[0] == (None, 1, ["¶", "¶", "¶", "¶", "¶"])
    assert [heading for heading, _, _ in outline] == [None, "选举主席"]


@pytest.mark.parametrize(
    "line",
    [
        "请发送【姓名+身份】至声援团联名邮箱：shengyuan@protonmail.com",
        "长按识别微信二维码发送【姓名+职业】",
        "本文成文于2018年5月",
        "根据《劳动法》",  # a lead-in to what the law says
        "原文来自微信订阅号，广州环卫工人之死",  # where it came from
        "微信原文、NGOCN转载 均删除",
        "社会中心／综合报导",  # a Taiwan news page's credit
    ],
)
def test_how_to_reach_someone_or_when_a_text_was_written_heads_nothing(line: str) -> None:
    outline = _outline(f"声援工人的联名信正在征集签名。\n{line}\n我们支持工人依法组建工会。")
    assert [heading for heading, _, _ in outline] == [None]


def test_a_count_goes_on_past_a_number_a_copy_lost() -> None:
    # item 5's number garbled away; 6 to 8 count on past the gap (a lone 7 after 4 does not)
    items = ["1、有抢劫嫌疑的；", "2、有诈骗嫌疑的；", "3、有放火嫌疑的；", "4、有贩毒嫌疑的；"]
    gap = [
        *items,
        "认有参与境外黑社会组织的渗透活动或者参加；",
        "6、有伪造货币嫌疑的；",
        "7、有赌博嫌疑的；",
    ]
    gap.append("8、有其他犯罪嫌疑的。")
    assert _outline("第三条　下列人员应当列为重点人口：\n" + "\n".join(gap))[0][2][-3:] == [
        "6、",
        "7、",
        "8、",
    ]
    lone = [*items, "这是一段说明。", "7、另一句话。"]
    assert _outline("\n".join(lone))[0][2][-1] == "¶"


def test_a_reader_s_letter_signed_with_town_and_name_heads_nothing() -> None:
    letter = "有乡镇干部反映，工作中遇到难事急事，请示相关部门怎么办。"
    signed = "山西阳泉市\u00a0\u00a0\u00a0高军琴"
    text = f"问题一：用按规定办塞责\n{letter}\n{signed}\n问题二：考核指标不合理\n{letter}"
    assert [(heading, level) for heading, level, _ in _outline(text)] == [
        ("问题一：用按规定办塞责", 1),
        ("问题二：考核指标不合理", 1),
    ]


def _roles(lines: list[tuple[str, Shape | None]]) -> list[str]:
    normal = normal_text("\n".join(text for text, _ in lines), Facts(title="标题"))
    shaped = tuple(
        replace(line, shape=shape) for line, (_, shape) in zip(normal.lines, lines, strict=True)
    )
    doc = parse_document(replace(normal, lines=shaped))
    return [b.role.value for s in doc.sections for b in s.blocks if isinstance(b, Paragraph)]


def test_a_quotation_the_source_marks_is_a_quote_where_quotations_are_a_minority() -> None:
    body = "接到通知后，各地教育部门层层转发，学校也高度重视，在要求人人观看的基础上又提出要求。"
    quoted = "各地要高度重视，将开学第一课作为开学教育的重要组成部分。"
    lines = [(body, Shape.PARAGRAPH), (quoted, Shape.QUOTE), (body, Shape.PARAGRAPH)]
    assert _roles(lines) == ["body", "quote", "body"]
    assert _roles([(quoted, Shape.QUOTE), (quoted, Shape.QUOTE), (body, None)]) == ["body"] * 3


def test_an_item_of_a_list_without_numbers_whose_text_is_numbered_is_a_point() -> None:
    """`- 1.对企业…` (a Markdown list's bullets over its writer's numbers): the numbers count
    as they do in plain text; a bullet without one is a paragraph."""
    lines = (
        Line(1, "支持者的论点：", Shape.BULLET),
        Line(2, "1.对企业或想赚钱的人仍保有弹性。", Shape.BULLET),
        Line(3, "2.父母或照顾者比较方便使用。", Shape.BULLET),
        Line(4, "3.国内观光分散人潮。", Shape.BULLET),
    )
    blocks = parse_document(shaped_text(lines, "议题小聚")).sections[0].blocks
    assert [b.marker.text if isinstance(b, Point) else "¶" for b in blocks] == [
        "¶",
        "1.",
        "2.",
        "3.",
    ]


def test_a_reporters_role_alone_heads_nothing() -> None:
    """`新华社记者` on a line of its own (the names at the end of the story): no heading over
    the whole story."""
    text = (
        "新华社北京4月24日电 题：促进航天技术更好惠及人民\n新华社记者\n"
        "4月24日，习近平主席向首届论坛致贺信。\n与会人士表示，贺信为合作指明方向。"
    )
    assert "新华社记者" not in [heading for heading, _, _ in _outline(text)]


def test_a_numbered_heading_over_its_subheadings_only_heads_them() -> None:
    """`一、` over `（一）` over `1.` over `（1）…` (an outline that fills in its lowest level
    only): each a heading, though none has text of its own before the next; the sibling `二、`
    of `一、` and the chapter of a book over its section likewise."""
    text = (
        "一、工作总结内容\n（一）年度工作完成情况\n1.重点工作任务\n（1）完成年度目标制定\n"
        "（2）推进各项改革措施\n二、工作要求\n（一）高度重视\n各部门要充分认识总结工作的重要性。"
    )
    headings = [heading for heading, _, _ in _outline(text)]
    assert headings[:3] == ["一、工作总结内容", "（一）年度工作完成情况", "1.重点工作任务"]
    book = "第一章 公文\n第一节 公文概述\n一、公文的含义\n公文是机关处理公务的文书。"
    assert [heading for heading, _, _ in _outline(book)][:2] == ["第一章 公文", "第一节 公文概述"]


def test_a_contact_line_with_a_telephone_number_heads_nothing() -> None:
    text = (
        "原告：龙钟全，男，82岁。\n联系家属：龙道勇、龙进（18386229229）\n"
        "被告：某某，女，住上小河村四组。\n诉讼请求如下，请依法判决。"
    )
    assert [heading for heading, _, _ in _outline(text)] == [None]


def test_a_row_of_names_heads_nothing() -> None:
    """The last full row of a group's names, over a name left alone on the next line: no
    heading (nearly all of its pieces are names, one of them two run together)."""
    text = "\n".join(
        [
            "8）数学组临时召集人：杨国仁",
            "陈连原 虞金龙 张祖农 金江虹 郦章华 孟伟强",
            "言利水 孔祥新 刘晓牛 韩小红 徐 萍 沈栋啸",
            "王一行 陈华 金佳琳傅丽娜 杨云焱 骆永明",
            "季潮丞",
            "附2：教代会代表总数65名，分组名额如下：",
        ]
    )
    assert "王一行 陈华 金佳琳傅丽娜 杨云焱 骆永明" not in [h for h, _, _ in _outline(text)]


def test_a_term_and_the_list_it_holds_heads_nothing() -> None:
    text = "新民主主义革命的三大法宝：统一战线、武装斗争、党的建设\n毛泽东把三者称为三个法宝。"
    assert [heading for heading, _, _ in _outline(text)] == [None]


def test_an_article_an_amendment_inserted_is_a_point_of_its_own() -> None:
    """`第十七条之一` after `第十七条` (a criminal law amended): an article, its number and
    the space after it kept, not a paragraph of the article before it."""
    text = (
        "第一章　刑法的任务\n第十七条　已满十六周岁的人犯罪，应当负刑事责任。\n"
        "第十七条之一　已满七十五周岁的人故意犯罪的，可以从轻处罚。\n第十八条　精神病人不负责任。"
    )
    doc = parse_document(normal_text(text, Facts(title="刑法")))
    points = [b for b in doc.sections[0].blocks if isinstance(b, Point)]
    assert [point.marker.text.strip() for point in points] == [
        "第十七条",
        "第十七条之一",
        "第十八条",
    ]


def test_an_article_taiwan_s_database_numbers_with_a_figure_is_a_point_of_its_own() -> None:
    """`第 84-1 條` after `第 84 條` (Taiwan's labour standards act): an article, as 之一 is,
    not a section heading over the articles after it."""
    text = (
        "第九章　附则\n第 84 条　公务员兼具劳工身分者，应适用公务员法令之规定。\n"
        "第 84-1 条　经中央主管机关核定公告之下列工作者，得由劳雇双方另行约定。\n"
        "第 85 条　本法施行细则，由中央主管机关拟定。"
    )
    doc = parse_document(normal_text(text, Facts(title="劳动基准法")))
    assert [section.heading for section in doc.sections] == ["第九章　附则"]
    points = [b for b in doc.sections[0].blocks if isinstance(b, Point)]
    assert [point.marker.text.strip() for point in points] == ["第 84 条", "第 84-1 条", "第 85 条"]
