"""The punctuation rule: full-width punctuation in Chinese text, and stray spaces in body text."""

from __future__ import annotations

import pytest
from helpers import texts

from unionreader.model import Edit, Line, Shape
from unionreader.normalise.punctuation import is_body_text, normalise_punctuation


def run(text: str) -> str:
    return normalise_punctuation((Line(1, text),)).lines[0].text


# ---------------------------------------------------------------- width


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "主要任务是:以思想为指导,总结工作;分析形势!",
            "主要任务是：以思想为指导，总结工作；分析形势！",
        ),
        ("为什么要这样做?因为职工需要。", "为什么要这样做？因为职工需要。"),
        ("“回头看”,广大干部", "“回头看”，广大干部"),
        ("2023年10月,习近平总书记", "2023年10月，习近平总书记"),
        ("发挥12351,工会服务热线", "发挥12351，工会服务热线"),
        ("第十一,要加强", "第十一，要加强"),
        ("十一是要求构建", "十一是要求构建"),
        ("公司邮箱:info@example.com", "公司邮箱：info@example.com"),
        ("上线运行,Copyright", "上线运行，Copyright"),
    ],
)
def test_ascii_punctuation_in_chinese_text_becomes_full_width(text: str, expected: str) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北京市工会代表大会报告解读(下)", "北京市工会代表大会报告解读（下）"),
        ("到各县(市、区)现场看", "到各县（市、区）现场看"),
        ("(作者为自治区总工会主席,兼任副主任)", "（作者为自治区总工会主席，兼任副主任）"),
        ("(十一)持续深化改革", "（十一）持续深化改革"),
        ("许可证 (1012009003)", "许可证 （1012009003）"),
        ("下载客户端(iOS)版本", "下载客户端（iOS）版本"),
        ("工会帮扶(服务(站点))中心", "工会帮扶（服务（站点））中心"),
        ("1)加强学习", "1）加强学习"),
    ],
)
def test_parentheses_convert_as_a_pair_when_content_or_surroundings_are_chinese(
    text: str, expected: str
) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "推动549.87万户",
        "2019-09-24 09:25:16",
        "会议于09:30开始",
        "共有1,000名职工",
        "比分为3:2",
        "Copyright (c) 2018 Example Inc.",
        "Hello, world! How are you?",
        "访问 http://www.example.com/?id=3 查询",
        "info@example.com",
        "A (B) C",
        "",
    ],
)
def test_numbers_times_dates_and_latin_keep_ascii(text: str) -> None:
    assert run(text) == text
    assert normalise_punctuation((Line(1, text),)).edits == ()


@pytest.mark.parametrize(
    "text",
    [
        "[1] 毛峡, 丁玉宽. 图像的情感特征分析及其和谐感评价[J]. 电子学报, 2001, 9(12A): 123-128",
        "[2] 刘国钧, 王连成. 图书馆史研究[M]. 北京: 高等教育出版社, 1979: 56-68",
        "[3] 毛峡. 绘画的音乐表现[C]//人工智能学会2001年学术年会论文集. 北京: 北邮出版社, 2001",
        "[9] 中华全国总工会. 工会法释义[EB/OL]. (2022-01-01)",
    ],
)
def test_a_reference_cited_as_the_standard_sets_it_keeps_its_half_width_marks(text: str) -> None:
    """GB/T 7714's `作者. 题名[J]. 刊名, 年, 卷(期): 页`: the marks and their spaces are the
    standard's (a guide to it had read `作者。题名[J]. 刊名，年，卷（期）：页`)."""
    assert run(text) == text


def test_a_chinese_numeral_s_full_stop_at_a_line_s_start_is_a_list_number() -> None:
    """`一.历史上的包公` numbers a heading, as `1.` does: its stop is no sentence's end."""
    assert run("一.历史上的包公") == "一.历史上的包公"
    assert run("十二.其他事项") == "十二.其他事项"


def test_latin_stretches_of_a_chinese_line_keep_ascii() -> None:
    assert run("下载APP,Copyright (c) 2018") == "下载APP,Copyright (c) 2018"
    assert run("关于我们:Copyright (c) 2018, Example") == "关于我们：Copyright (c) 2018, Example"


def test_redaction_marks_are_untouched() -> None:
    assert run("*区*公司工会,*县职工服务中心:成效显著") == "*区*公司工会，*县职工服务中心：成效显著"
    assert run("由*,*负责") == "由*，*负责"
    assert run("部署*年工作任务;*个点位") == "部署*年工作任务；*个点位"


# ---------------------------------------------------------------- spacing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("定期开展“回头看”, 广大工会干部", "定期开展“回头看”，广大工会干部"),
        ("深入学习 贯彻落实，推动工作。", "深入学习贯彻落实，推动工作。"),
        ("深入学习\u3000宣传，贯彻。", "深入学习宣传，贯彻。"),
        ("同志们: 大家好!", "同志们：大家好！"),
        ("电话： 010-84151598", "电话：010-84151598"),
        ("推进工作 ，取得成效。", "推进工作，取得成效。"),
    ],
)
def test_stray_spaces_in_body_text_go(text: str, expected: str) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "第一条　为保障工会的地位，制定本法。",
        "第一百零五条 本法自公布之日起施行。",
        "第五章　工会的经费和财产，另行规定。",
    ],
)
def test_the_space_after_an_article_number_stays(text: str) -> None:
    """As a law prints it: 第一条为保障… would run the number into the text."""
    assert run(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "牢记嘱托 挺膺担当 组织动员广大职工团结奋斗",
        "【学习贯彻重要讲话精神 不断开创新局面】牢记嘱托 挺膺担当",
        "学习贯彻 全会精神",
        "马克思主义 立场、观点、方法",
    ],
)
def test_headline_like_lines_keep_their_spaces(text: str) -> None:
    assert not is_body_text(text)
    assert run(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("要完成 APP 上线运行，推进 微信公众号建设。", "要完成 APP 上线运行，推进微信公众号建设。"),
        ("2019年 10月，召开大会。", "2019年 10月，召开大会。"),
        ("*区 *县工会，积极推进。", "*区 *县工会，积极推进。"),
    ],
)
def test_spaces_next_to_latin_digits_or_redactions_stay(text: str, expected: str) -> None:
    assert run(text) == expected


def test_leading_and_trailing_whitespace_is_left_alone() -> None:
    assert run("  深入学习 宣传，贯彻。\u3000 ") == "  深入学习宣传，贯彻。\u3000 "
    assert run("\u3000\u3000●观点") == "\u3000\u3000●观点"


def test_body_text_is_judged_after_widening() -> None:
    assert is_body_text("同志们：") and not is_body_text("同志们:")
    assert run("学习 贯彻,落实") == "学习贯彻，落实"


# ---------------------------------------------------------------- edits


def test_edits_name_the_rule_and_line_with_context() -> None:
    lines = (
        Line(7, "北京市报告解读(下)"),
        Line(9, "牢记嘱托 挺膺担当"),
        Line(12, "“回头看”, 广大工会干部"),
    )
    result = normalise_punctuation(lines)
    assert [line.number for line in result.lines] == [7, 9, 12]
    assert result.edits == (
        Edit("punctuation", 7, "报告解读(下)", "报告解读（下）"),
        Edit("punctuation", 12, "回头看”, 广大工", "回头看”， 广大工"),
        Edit("spacing", 12, "头看”， 广大工会", "头看”，广大工会"),
    )


def test_long_parenthetical_is_recorded_parenthesis_by_parenthesis() -> None:
    inner = "作者为广西壮族自治区人大常委会副主任、自治区总工会主席兼党组书记、全国总工会执委"
    result = normalise_punctuation((Line(3, f"({inner})"),))
    assert result.lines[0].text == f"（{inner}）"
    assert [(e.rule, e.line, e.before[0], e.after[0]) for e in result.edits] == [
        ("punctuation", 3, "(", "（"),
        ("punctuation", 3, inner[-4], inner[-4]),
    ]
    assert result.edits[1].after.endswith("）")


def test_unchanged_lines_make_no_edits() -> None:
    lines = (Line(1, "这次全委会的主要任务是，总结工作。"), Line(2, "2019-09-24 09:25:16"))
    result = normalise_punctuation(lines)
    assert result.lines == lines
    assert result.edits == ()


# ---------------------------------------------------------------- full stop


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共有1,200名选手参赛,比例为3:2.", "共有1,200名选手参赛，比例为3:2。"),
        ("决赛定于10月举行.届时将评出奖项.", "决赛定于10月举行。届时将评出奖项。"),
        ("他说:“要认真落实”.", "他说：“要认真落实”。"),
        ("投入资金549.87万元", "投入资金549.87万元"),
        ("详见www.example.org.", "详见www.example.org."),
        ("建立*.*万会员", "建立*.*万会员"),
        ("1.开展宣传", "1.开展宣传"),
        ("等等...", "等等……"),  # dots after Chinese: an ellipsis
        ("我就要......就要......」", "我就要……就要……」"),
        ("总则..........1", "总则..........1"),  # a contents page's leader
        ("公告》  ....   147/2012", "公告》  ....   147/2012"),
        ("首页（to refer to “actions”.....）", "首页（to refer to “actions”.....）"),
        ("他说“可能是 ”......", "他说“可能是 ”……"),
        ("Please see the notice.", "Please see the notice."),
        ("庆祝“五.一”国际劳动节", "庆祝“五.一”国际劳动节"),  # a day named by its numerals
        ("纪念一二.九运动", "纪念一二.九运动"),
        ("完成年度任务的100.", "完成年度任务的100。"),
        ("或许有足够的芯片供给Mate60.", "或许有足够的芯片供给Mate60。"),
        # a reference in English in a Chinese line: its figures end a Latin sentence
        ("修正案 [Draft Amendment]. Herald, p. 6.", "修正案 [Draft Amendment]. Herald, p. 6."),
        (
            "劳动关系 [Labour relations]. Review, 3, 29–32.",
            "劳动关系 [Labour relations]. Review, 3, 29–32.",
        ),
    ],
)
def test_an_ascii_full_stop_ending_a_chinese_sentence_becomes_a_chinese_one(
    text: str, expected: str
) -> None:
    assert run(text) == expected


def test_the_full_stop_is_recorded() -> None:
    (edit,) = normalise_punctuation((Line(4, "取得新成效."),)).edits
    assert edit == Edit("punctuation", 4, "得新成效.", "得新成效。")


BODY = "陈建仁副总统今日晚间出席活动，肯定市府团队的照顾。"


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        # a news headline first in the text, above running text: its clauses keep one space
        (
            "出席点灯活动\u3000副总统：有你真好，Thank you！",
            "出席点灯活动\u3000副总统：有你真好，Thank you！",
        ),
        (
            "出席设计展闭幕式    副总统：这是最棒的设计展",
            "出席设计展闭幕式 副总统：这是最棒的设计展",
        ),
        # running text, a greeting: spaces go as in any body text
        ("今天 我们在这里集会。", "今天我们在这里集会。"),
        ("同志们，朋友们， 大家好！", "同志们，朋友们，大家好！"),
    ],
)
def test_a_headline_first_in_the_text_keeps_one_space_between_its_clauses(
    first: str, kept: str
) -> None:
    result = normalise_punctuation((Line(1, first), Line(2, BODY)))
    assert result.lines[0].text == kept


def test_only_the_first_line_can_be_such_a_headline() -> None:
    second = "出席点灯活动 副总统：有你真好，Thank you！"
    result = normalise_punctuation((Line(1, BODY), Line(2, second), Line(3, BODY)))
    assert result.lines[1].text == "出席点灯活动副总统：有你真好，Thank you！"


def test_a_list_of_names_keeps_its_spaces_despite_the_commas_in_its_notes() -> None:
    text = "丁学东 丁薛祥 布小林（女，蒙古族） 卢展工 杜丽群（女，壮族）"
    assert normalise_punctuation((Line(1, text),)).lines[0].text == text


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("第一章 总 则", "第一章 总则"),
        ("第七章\u3000附\u3000\u3000则", "第七章\u3000附则"),
        ("国 务 院 工 作 规 则", "国务院工作规则"),
        ("凝心聚力 实干争先", "凝心聚力 实干争先"),  # phrases, not letters
        ("王小明 李大伟 张晓红", "王小明 李大伟 张晓红"),  # names
    ],
)
def test_a_heading_s_letter_spaced_words_are_closed_up(line: str, closed: str) -> None:
    result = normalise_punctuation((Line(1, "正文。"), Line(2, line)))
    assert result.lines[1].text == closed


def test_the_space_before_a_contact_s_next_field_stays() -> None:
    """`人事：王小姐 电话：686868`: two fields of a contact line, not a name `王小姐电话`; a
    speaker's name after their office closes up as before."""
    assert (
        run("如有疑问请联系人事：王小姐 电话：686868。")
        == "如有疑问请联系人事：王小姐 电话：686868。"
    )
    assert run("新闻中心主任 黄永国：“讲好故事。”") == "新闻中心主任黄永国：“讲好故事。”"


def test_the_space_after_a_wire_s_lead_stays() -> None:
    assert run("新华社乌鲁木齐1月11日电 中央军委委员常万全近日在新疆调研。").startswith(
        "新华社乌鲁木齐1月11日电 中央"
    )


@pytest.mark.parametrize(
    "text",
    [
        "本报北京4月28日电（记者 张三 李四）4月28日，大会在北京举行。",
        "本报北京4月28日电（本报记者　王　浩　李心萍）大会在北京举行。",
        "中新网1月21日电 （记者 孟湘君 张乃月）当地时间1月19日，债务规模突破上限。",
    ],
)
def test_the_spaces_between_reporters_named_in_brackets_stay(text: str) -> None:
    assert run(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一、 总体要求", "一、总体要求"),
        ("二、\t主要任务", "二、主要任务"),  # Word's tab after a list's number
        ("（一）\u3000加强引领", "（一）加强引领"),
        ("2、 扩大覆盖面。", "2、扩大覆盖面。"),
        ("1. 1997年，如何面对回归？", "1. 1997年，如何面对回归？"),  # not 1.1997
        ("(2) Everyone shall be free to leave.", "(2) Everyone shall be free to leave."),
        (
            "第一条\u3000为了保障职工的合法权益，制定本法。",
            "第一条\u3000为了保障职工的合法权益，制定本法。",
        ),
    ],
)
def test_the_spaces_after_a_heading_s_or_a_point_s_number_go(text: str, expected: str) -> None:
    assert run(text) == expected


def test_one_reporter_in_brackets_is_closed_up() -> None:
    assert run("本报北京4月28日电（记者 张三）大会在北京举行。") == (
        "本报北京4月28日电（记者张三）大会在北京举行。"
    )


def test_a_clause_mark_after_a_bracket_ending_a_chinese_item_is_widened() -> None:
    assert run("5.大会选举办法(草案);") == "5.大会选举办法（草案）；"
    assert run('他说"好";') == '他说"好"；'
    assert run("f(x);") == "f(x);"


def test_the_space_parting_a_name_from_its_unit_in_a_list_of_people_stays() -> None:
    rows = (
        "上海:江源 华东师范大学第一附属中学教师",
        "山西:梁桂星 吕梁市青年晋剧院有限公司演员",
        "张莉(女) 北京轨道交通路网管理有限公司设备技术检测中心主任,高级工程师",
    )
    lines = tuple(Line(n, text) for n, text in enumerate(rows, 1))
    assert [line.text for line in normalise_punctuation(lines).lines] == [
        "上海：江源 华东师范大学第一附属中学教师",
        "山西：梁桂星 吕梁市青年晋剧院有限公司演员",
        "张莉（女） 北京轨道交通路网管理有限公司设备技术检测中心主任，高级工程师",
    ]


def test_a_sentence_opening_with_a_stray_space_alone_is_closed_up() -> None:
    lines = (Line(1, "工会 工作要抓实，职工群众要满意。"), Line(2, "正文在此。"))
    assert normalise_punctuation(lines).lines[0].text == "工会工作要抓实，职工群众要满意。"


def test_a_quoted_slogan_keeps_the_space_between_its_phrases() -> None:
    assert run("工联会以「共建共荣 共享共赢」为主题，举行活动。") == (
        "工联会以「共建共荣 共享共赢」为主题，举行活动。"
    )
    assert run("他说“我们 要坚持”，然后 离开。") == "他说“我们要坚持”，然后离开。"


def test_a_note_opening_with_four_characters_and_a_space_is_no_row() -> None:
    lines = (Line(1, "原文刊于 新公务员工会Facebook，有删节"), Line(2, "编辑 新公务员工会，2024年"))
    assert normalise_punctuation(lines).lines[0].text == "原文刊于新公务员工会Facebook，有删节"


def test_a_format_s_heading_keeps_the_spaces_that_part_its_clauses_but_not_beside_marks() -> None:
    lines = (
        Line(1, "女子住酒店被保安刷卡进房 当事人：精神压力很大  睡觉都要开灯", Shape.HEADING, 1),
        Line(2, "作者 | 张三"),
        Line(3, "不说不知， NRK是慢电视的先行者 。", Shape.HEADING, 2),
    )
    assert texts(normalise_punctuation(lines).lines) == [
        "女子住酒店被保安刷卡进房 当事人：精神压力很大 睡觉都要开灯",
        "作者 | 张三",
        "不说不知，NRK是慢电视的先行者。",
    ]


def test_a_tab_inside_a_line_that_is_no_row_is_one_space() -> None:
    assert run("第一章\t总则") == "第一章 总则"
    assert run("圆柱物四周都没有人干扰个盒\t不肯定") == "圆柱物四周都没有人干扰个盒 不肯定"


def test_a_line_in_another_language_keeps_its_punctuation_and_spaces() -> None:
    """A bilingual letter's English paragraph: its quotation marks, commas, brackets and the
    spaces around them are English usage, not Chinese text to widen or close up."""
    english = (
        "The police detained “iLabour” website editor Yang, “iLabour”, an independent site, "
        "and the lawyers’ requests (hereafter RSDL ). Why?"
    )
    lines = (Line(1, english), Line(2, "警方拘留了“iLabour”网站编辑杨正军, 他们说(律师)无法会见."))
    result = normalise_punctuation(lines)
    assert result.lines[0].text == english
    assert result.lines[1].text == "警方拘留了“iLabour”网站编辑杨正军，他们说（律师）无法会见。"


@pytest.mark.parametrize(
    "line",
    [
        "1.庆祝全国总工会成立100周年暨全国劳动模范表彰大会隆重举行 习近平发表重要讲话；",
        "2.【央视快评】用创造拥抱新时代 以奋斗铸就新辉煌；",
        "14.俄称打击乌军人员及装备 乌称击退俄军进攻 国际人士：",  # over the rest of it
        "牢记“三个务必” 坚定历史自信 增强历史主动——论学习贯彻党的二十大精神；",  # its number above
    ],
)
def test_a_headline_item_keeps_the_space_between_its_clauses(line: str) -> None:
    assert run(line) == line


def test_a_title_in_book_title_marks_keeps_the_space_between_its_clauses() -> None:
    line = "审议通过《关于防控新型冠状病毒感染肺炎疫情 切实保障人民群众生命健康安全的意见》"
    assert run(line) == line
    assert (
        run("出版了《工会 工作》一书，影响很大。") == "出版了《工会工作》一书，影响很大。"
    )  # a stray one


def test_a_space_in_a_title_inside_a_word_the_text_writes_whole_goes() -> None:
    """A PDF's line break copied as a space into a title (`…数据应 用模式的通知》`) is no space
    between the title's clauses where the text writes the word whole elsewhere."""
    title = "按照《关于进一步明确市县级医保部门数据应 用模式的通知》要求，开展工作。"
    elsewhere = Line(2, "选择适合本地实际情况的数据应用模式。")
    result = normalise_punctuation((Line(1, title), elsewhere))
    assert result.lines[0].text == title.replace(" ", "")
    alone = normalise_punctuation((Line(1, title), Line(2, "选择适合本地实际情况的模式。")))
    assert alone.lines[0].text == title  # with nothing to tell, the space stays


def test_a_sentence_item_loses_a_stray_space() -> None:
    line = "1.我们要坚持 党的领导，推动工会工作高质量发展；"
    assert run(line) == line.replace(" ", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲乙双方于　　年　　月　　日签订的劳动合同",
            "甲乙双方于＿＿年＿＿月＿＿日签订的劳动合同",
        ),
        ("　　年　　月　　日", "＿＿年＿＿月＿＿日"),
        ("年  月  日", "＿＿年＿＿月＿＿日"),  # its indent gone: a blank year too
        ("二〇二四年　　月　　日", "二〇二四年＿＿月＿＿日"),
        ("2024年　　月　　日", "2024年＿＿月＿＿日"),
        ("会议于2024年 5月 6日召开。", "会议于2024年 5月 6日召开。"),  # numbers: no blanks
        ("每年 月 日都要检查。", "每年月日都要检查。"),  # one space each: stray spaces
    ],
)
def test_a_date_a_form_leaves_blank_keeps_its_blanks(text: str, expected: str) -> None:
    assert run(text) == expected


def test_a_gap_after_an_empty_field_s_colon_parts_two_columns() -> None:
    assert run("甲方（盖章）：　　　　　　乙方（签章）：") == "甲方（盖章）：　乙方（签章）："
    assert run("他说：  我们要团结。") == "他说：我们要团结。"


def test_a_gap_inside_a_word_of_a_sentence_is_a_line_break_a_copy_left() -> None:
    """A run of ideographic spaces between two characters of a line that ends a sentence is a
    line break a copy left inside a word, not a gap between columns; a space of respect before
    阁下 stays."""
    assert run("你觉得奇怪　　　吗？一个文人突然感兴趣。") == "你觉得奇怪吗？一个文人突然感兴趣。"
    assert run("甲方（盖章）：某公司　　　　乙方（盖章）：某工会") == (
        "甲方（盖章）：某公司　乙方（盖章）：某工会"
    )
    assert run("我们希望提请　　阁下政府注意此事。") == "我们希望提请　阁下政府注意此事。"


def test_the_spaces_between_the_people_a_credit_names_stay() -> None:
    assert run("整理：陈帅 夏榆") == "整理：陈帅 夏榆"
    assert run("记录：王明 李华 赵强") == "记录：王明 李华 赵强"
    assert run("他说：我们 一起走。") == "他说：我们一起走。"  # no names: a stray space


def test_the_spaces_between_commentators_named_in_brackets_stay() -> None:
    assert (
        run("才有这座英雄的城！（评论员 罗博 萧海川）")
        == "才有这座英雄的城！（评论员 罗博 萧海川）"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("表决7票同意补贴磁砖(选接近原磁砖之花色).", "表决7票同意补贴磁砖（选接近原磁砖之花色）。"),
        ("大家都说“好”.下一步", "大家都说“好”。下一步"),
        ("see the Herald (p. 6).", "see the Herald (p. 6)."),
    ],
)
def test_a_full_stop_after_a_closing_bracket_ends_the_sentence_it_closes(
    text: str, expected: str
) -> None:
    assert run(text) == expected
