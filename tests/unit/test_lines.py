from __future__ import annotations

from dataclasses import replace

from helpers import numbered, texts

from unionreader.model import Line, Shape
from unionreader.normalise.lines import (
    _latin_break,
    drop_blank_lines,
    join_broken_lines,
    join_label_values,
    join_lettered_title,
    join_occasion_lines,
    split_glued_headings,
)

CONTEXT = "坚持中国特色社会主义。中国特色是根本。"


def test_blank_lines_and_edge_spaces_are_layout() -> None:
    lines = (Line(1, "  正文。\u3000"), Line(2, "   "), Line(3, "\t下一段。"), Line(4, " 又一段。"))
    result = drop_blank_lines(lines)
    assert result.lines == (
        Line(1, "正文。", indented=True),
        Line(3, "下一段。", spaced=True, indented=True),  # under a blank
        Line(4, "又一段。"),  # one space is no indent
    )
    assert result.edits == ()


def test_a_headline_does_not_run_on_into_a_paragraph_set_apart_and_indented() -> None:
    """Over a blank line and an indented line, a headline goes on only into a phrase it cuts
    (two characters across the break that stand together elsewhere are not enough)."""
    text = "第二件　政治上打击地主\n\n\n　　农民有了组织之后，第一个行动。\n　　地主农民。"
    lines = drop_blank_lines(tuple(Line(n, t) for n, t in enumerate(text.split("\n"), 1)))
    assert texts(join_broken_lines(lines.lines).lines)[:2] == [
        "第二件　政治上打击地主",
        "农民有了组织之后，第一个行动。",
    ]
    cut = "坚持用习近平新时代中国特\n\n色社会主义思想武装头脑。\n" + CONTEXT  # not indented
    lines = drop_blank_lines(tuple(Line(n, t) for n, t in enumerate(cut.split("\n"), 1)))
    assert texts(join_broken_lines(lines.lines).lines)[0].endswith("中国特色社会主义思想武装头脑。")


def test_mid_word_break_is_joined_by_evidence_from_the_text() -> None:
    lines = numbered(
        f"知行合一学理论\n坚持用习近平新时代中国特\n色社会主义思想武装头脑。\n{CONTEXT}"
    )
    result = join_broken_lines(lines)
    assert texts(result.lines)[:2] == [
        "知行合一学理论",
        "坚持用习近平新时代中国特色社会主义思想武装头脑。",
    ]
    (edit,) = result.edits
    assert (edit.rule, edit.line) == ("lines.join", 2)
    assert "⏎" in edit.before and "特色" in edit.after


def test_breaks_after_a_comma_before_de_and_inside_running_text() -> None:
    lines = numbered(
        "以党的政治建设为统领，\n全面加强党的建设。\n及时研判新业态下\n的劳动关系新动向。\n一体化。以家为重点的\n建设。"
    )
    assert texts(join_broken_lines(lines).lines) == [
        "以党的政治建设为统领，全面加强党的建设。",
        "及时研判新业态下的劳动关系新动向。",
        "一体化。以家为重点的建设。",
    ]


def test_rows_of_names_stay_apart_from_each_other_and_from_their_group_s_label() -> None:
    """A notice's groups of delegates, a row of names to a line: a row runs into neither the
    row above (`蒋 明` + `朱水军` had read `蒋明朱水军`, a row's padding of `张 尧` breaking
    the check) nor its group's label."""
    rows = [
        "1）行政组临时召集人：陈锋",
        "王琛 陈银伟 孙洪亮 俞奇弘 俞建种 蒋 明",
        "朱水军 刘明玉 冯王亮 刘夏进 周文龙张 尧",
        "林萍华 陈 锋 沈祥土 平建树 何隽豪 金 笛",
        "范国娟 魏杲 张蕾 王佩金 徐凤碧 徐金萍",
        "汪陈帅 费 艳 诸佳英 张卓燚 余栋材 朱垭烨",
        "孟德超",
        "2）音体美、信息组临时召集人：董烨华",
    ]
    assert texts(join_broken_lines(numbered("\n".join(rows))).lines) == rows


def test_headings_ledes_and_points_are_never_swallowed() -> None:
    text = (
        "本报就今后五年的任务进行了展望——\n始终坚持党的领导\n旗帜鲜明讲政治\n各级工会要讲政治。\n"
        "一、加强引领\n一要强化理论武装。\n二要弘扬劳动精神。"
    )
    result = join_broken_lines(numbered(text))
    assert result.edits == ()


def test_heading_glued_to_its_first_point_is_split() -> None:
    text = (
        "一、加强职工思想政治引领，团结引导职工跟党走一要以科学理论武装职工。\n二要以精神引领风尚。"
    )
    result = split_glued_headings(numbered(text))
    assert texts(result.lines) == [
        "一、加强职工思想政治引领，团结引导职工跟党走",
        "一要以科学理论武装职工。",
        "二要以精神引领风尚。",
    ]
    assert [ln.number for ln in result.lines] == [1, 1, 2]
    assert [e.rule for e in result.edits] == ["lines.split"]


def test_no_split_without_a_second_point() -> None:
    text = "一、加强引领，跟党走一要以科学理论武装职工。\n另起一段。"
    assert split_glued_headings(numbered(text)).edits == ()


def test_a_line_whose_continuation_opens_with_a_one_character_clause_is_joined() -> None:
    lines = numbered(
        "以党的政治建设为统领，全面加强工会系统党的建\n设，特别是要发挥党建带工建的优势。\n"
        "要把学习贯彻党的二十大精神作为首要政治任\n务，持续推动理论武装走深走实。\n"
        "我们要进一步增强责任感和使命\n感，以更加昂扬的精神状态投入工作。"
    )
    result = join_broken_lines(lines)
    assert texts(result.lines) == [
        "以党的政治建设为统领，全面加强工会系统党的建设，特别是要发挥党建带工建的优势。",
        "要把学习贯彻党的二十大精神作为首要政治任务，持续推动理论武装走深走实。",
        "我们要进一步增强责任感和使命感，以更加昂扬的精神状态投入工作。",
    ]
    assert [e.line for e in result.edits] == [1, 3, 5]
    assert all(e.rule == "lines.join" for e in result.edits)


def test_a_line_ending_in_a_function_word_is_joined() -> None:
    lines = numbered("这次大会的主要任务是\n审议通过工作报告，选举产生新一届委员会。")
    assert texts(join_broken_lines(lines).lines) == [
        "这次大会的主要任务是审议通过工作报告，选举产生新一届委员会。"
    ]


def test_a_statement_ending_in_shi_de_ends_where_no_page_width_cut_it() -> None:
    """是…的 ends what a line says (首先，996ICU是合法的): joined to the next line, the 的 would
    make the statement a phrase (…是合法的996工作制，…: the opposite of what was said). In a
    text cut at a page's width, the line goes on."""
    lines = numbered("首先，996ICU是合法的\n996工作制，是明显违反劳动法的行为。")
    assert texts(join_broken_lines(lines).lines) == [
        "首先，996ICU是合法的",
        "996工作制，是明显违反劳动法的行为。",
    ]
    row = "各级工会始终坚持以职工为中心维护合法权益，"  # 20 characters, cut at that width
    cut = "各级工会要始终坚持以职工为中心，这是必要的"
    wrapped = numbered("\n".join([row, row, cut, "工作方法。", row, row, "全文完。"]))
    assert texts(join_broken_lines(wrapped).lines) == [
        row + row + cut + "工作方法。",
        row + row + "全文完。",
    ]


def test_headings_with_commas_or_words_like_qiushi_are_not_joined() -> None:
    text = (
        "始终坚持党的领导，在推动高质量发展上展现新担当\n旗帜鲜明讲政治\n各级工会要讲政治。\n"
        "坚持实事求是\n各级工会要从实际出发。\n推动职工广泛参与\n要调动职工积极性。\n"
        "这次会议的主要任务是\n一是总结工作。\n二是部署任务。"
    )
    assert join_broken_lines(numbered(text)).edits == ()


def test_rows_of_a_list_of_names_are_not_joined() -> None:
    lines = numbered(
        "资政名单如下：\n王茂雄　田弘茂　吴胜雄（吴晟）　吴荣义\n李逸洋　沈国荣　林    全　林信义"
    )
    assert join_broken_lines(lines).edits == ()


def test_a_paragraph_ending_on_a_quotation_ends_there_unless_the_text_is_cut_to_a_width() -> None:
    text = (
        "总统最后表示，中央有这么多好政策，需要地方一条心，才能让「台北做得更多、做得更好」\n"
        "随后，总统代表葫芦寺致赠感谢状予八大宫庙代表，并与现场贵宾共同进行起驾仪式。"
    )
    assert join_broken_lines(numbered(text)).edits == ()
    short = numbered("大家好。她说「我们一起」\n来做这件事。")  # as short as a wrapped line
    assert len(join_broken_lines(short).lines) == 1


def test_a_numbered_item_cut_at_the_page_width_goes_on_in_the_next_line() -> None:
    """In a charter copied from a PDF cut at 34 characters, a numbered item that reaches the
    width goes on below; one that stops short of it is a heading, as in any text."""
    text = "\n".join(
        [
            "第三条　会员享有以下权利：",
            "（一）选举权、被选举权和表决权。",
            "（二）对工会工作进行监督，提出意见和建议，要求撤换或者罢免不称职",
            "的工会工作人员。",
            "（三）对国家和社会生活问题及本单位工作提出批评与建议，要求工会组",
            "织向有关方面如实反映。",
            "中国工会坚持群众化、民主化，保持同会员群众的密切联系，依靠会员群",
            "众开展工会工作。各级工会领导机关坚持把工作重点放到基层，全心全意",
            "为基层、为职工服务。",
            "一、坚持党的领导",
            "工会要坚持党的领导，这是工会工作的根本原则和政治方向，不能动摇。",
        ]
    )
    assert texts(join_broken_lines(numbered(text)).lines) == [
        "第三条　会员享有以下权利：",
        "（一）选举权、被选举权和表决权。",
        "（二）对工会工作进行监督，提出意见和建议，要求撤换或者罢免不称职的工会工作人员。",
        "（三）对国家和社会生活问题及本单位工作提出批评与建议，要求工会组织向有关方面如实反映。",
        "中国工会坚持群众化、民主化，保持同会员群众的密切联系，依靠会员群众开展工会工作。"
        "各级工会领导机关坚持把工作重点放到基层，全心全意为基层、为职工服务。",
        "一、坚持党的领导",
        "工会要坚持党的领导，这是工会工作的根本原则和政治方向，不能动摇。",
    ]


def test_a_distribution_s_one_character_labels_stay_one_to_a_line() -> None:
    text = "送：市委办公室\n发：各县（市、区）总工会，市直各产业工会"
    assert texts(join_broken_lines(numbered(text)).lines) == [
        "送：市委办公室",
        "发：各县（市、区）总工会，市直各产业工会",
    ]


def test_the_fields_of_a_notice_stay_one_to_a_line() -> None:
    text = "\n".join(
        [
            "时间：上午10时至下午4时",
            "地点：中环皇后像广场，旧立法会旁",
            "主题：恢复集体谈判",
            "活动当天，工会将组织会员参加集会，",
            "表达诉求。",
        ]
    )
    assert texts(join_broken_lines(numbered(text)).lines) == [
        "时间：上午10时至下午4时",
        "地点：中环皇后像广场，旧立法会旁",
        "主题：恢复集体谈判",
        "活动当天，工会将组织会员参加集会，表达诉求。",
    ]


def test_an_item_of_a_list_without_numbers_starts_a_line_of_its_own() -> None:
    text = "申诉专员会研究加强公署的能力；及\n• 考虑与其他政府部门协作，处理跨部门投诉。"
    assert texts(join_broken_lines(numbered(text)).lines) == text.split("\n")


def test_a_quotation_broken_after_one_of_its_sentences_goes_on() -> None:
    text = "\n".join(
        [
            "麦父笑说：「想要劝喻她们不要出街玩，很难了！",
            "唯有带她们到商场逛逛，叹下冷气啦。」",
            "「我们会继续争取。",  # a quotation over paragraphs opens each one
            "「这是第二段，也是最后一段。」",
        ]
    )
    assert texts(join_broken_lines(numbered(text)).lines) == [
        "麦父笑说：「想要劝喻她们不要出街玩，很难了！唯有带她们到商场逛逛，叹下冷气啦。」",
        "「我们会继续争取。",
        "「这是第二段，也是最后一段。」",
    ]


def test_a_note_after_a_finished_sentence_ends_the_paragraph() -> None:
    text = "早日完成修法程序。（修正条文第7条）\n现在，我代表省人民政府向大会报告工作"
    assert texts(join_broken_lines(numbered(text)).lines) == text.split("\n")


def test_an_address_to_the_audience_is_never_joined_to_the_line_above() -> None:
    text = "任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿\n各位代表：\n现在，我代表省人民政府"
    assert texts(join_broken_lines(numbered(text)).lines) == text.split("\n")


def test_a_bare_label_and_its_value_on_the_next_line_are_one_field() -> None:
    fields = ["发表时间：", "2026-02-09 09:45:30", "来源：", "宁夏日报客户端", "阅读量："]
    text = "\n".join([*fields, "【字体：", "作者：", "各位代表："])
    assert texts(join_label_values(numbered(text)).lines) == [
        "发表时间：2026-02-09 09:45:30",
        "来源：宁夏日报客户端",
        "阅读量：",  # a control's piece is no value
        "【字体：",
        "作者：",  # nor an address
        "各位代表：",
    ]


def test_one_character_after_a_comma_opens_a_word_cut_at_the_break() -> None:
    text = "局长刚才在主体答复中提到4个行业的数据，分\n别是零售、饮食、保安和清洁。"
    assert texts(join_broken_lines(numbered(text)).lines) == [text.replace("\n", "")]


def test_a_speech_s_occasion_broken_over_two_lines_is_one_line() -> None:
    text = "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n各位代表："
    assert texts(join_occasion_lines(numbered(text)).lines) == [
        "政府工作报告",
        "——2026年1月26日在广东省第十四届人民代表大会第五次会议上",
        "各位代表：",
    ]
    whole = "政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n各位代表："
    assert texts(join_occasion_lines(numbered(whole)).lines) == whole.split("\n")


def test_a_title_occasion_and_speaker_run_together_are_parted_at_the_speaker() -> None:
    text = (
        "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强\n"
        "各位代表："
    )
    assert texts(join_occasion_lines(numbered(text)).lines) == [
        "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上",
        "国务院总理 李强",
        "各位代表：",
    ]
    spaced = "2026年1月27日在陕西省第十四届人民代表大会第六次会议上 陕西省省长 赵刚"
    assert texts(join_occasion_lines(numbered(spaced)).lines) == [
        "2026年1月27日在陕西省第十四届人民代表大会第六次会议上",
        "陕西省省长 赵刚",
    ]
    said = "2024年3月5日在会上讲话时强调要加强团结\n2024年3月5日在上海视察时 上海市委书记"
    assert texts(join_occasion_lines(numbered(said)).lines) == said.split("\n")


def test_an_item_a_copy_broke_at_its_links_is_one_line_again() -> None:
    """A web copy broke an item at each linked word (揭榜): the numbered line is left inside a
    quotation, a word stands alone, the rest opens with punctuation."""
    lines = [
        "7.“双向揭榜挂帅”：企业找技术、成果找市场“双向",
        "揭榜",
        "挂帅”的简称，其中“企业找技术”聚焦产业核心技术，由技术供给方带技术",
        "揭榜",
        "；“成果找市场”以科技成果为重点，由成果需求方带资金",
        "揭榜",
        "。",
        "8.“灯塔工厂”：全球智能制造的“顶级认证”。",
    ]
    joined = texts(join_broken_lines(numbered("\n".join(lines))).lines)
    assert joined == ["".join(lines[:7]), lines[7]]


def test_a_word_alone_under_a_heading_is_not_joined_to_it() -> None:
    text = "11月17日开港，可停靠世界上最大邮轮\n目前\n南沙国际邮轮母港码头工程已完工。"
    assert texts(join_broken_lines(numbered(text)).lines)[0] == "11月17日开港，可停靠世界上最大邮轮"


def test_a_bare_label_takes_an_address_of_any_length() -> None:
    url = "https://thehackernews.com/2025/07/kigen-esim-vulnerability-exposes-billions.html"
    assert texts(join_label_values(numbered(f"来源：\n{url}")).lines) == [f"来源：{url}"]


def _spaced(text: str) -> tuple[Line, ...]:
    return drop_blank_lines(tuple(Line(n, t) for n, t in enumerate(text.split("\n"), 1))).lines


def test_a_line_like_a_headline_under_a_blank_line_stands_alone() -> None:
    text = (
        "新年肇启，大地春回。深圳市总工会谨向全市劳动模范致以诚挚的问候，弘扬工匠精神\n\n"
        "致全市劳动模范的春节慰问信\n\n全市劳动模范："
    )
    assert texts(join_broken_lines(_spaced(text)).lines) == text.replace("\n\n", "\n").split("\n")


def test_a_break_mid_word_goes_on_across_a_blank_line() -> None:
    text = f"坚持用习近平新时代中国特\n\n色社会主义思想\n{CONTEXT}"
    assert (
        texts(join_broken_lines(_spaced(text)).lines)[0] == "坚持用习近平新时代中国特色社会主义思想"
    )
    running = "我们要推动工会工作，坚持以职工为中心的\n\n工作导向，不断开创新局面。"
    assert len(join_broken_lines(_spaced(running)).lines) == 1  # no headline: it goes on


def test_a_date_and_the_time_after_it_are_one_dateline() -> None:
    lines = numbered("2019-09-26\n12:11来源：证券时报网作者：李在山\n正文。")
    assert (
        texts(join_label_values(lines).lines)[0] == "2019-09-26 12:11来源：证券时报网作者：李在山"
    )


def test_a_numbered_heading_run_into_its_first_point_with_the_second_in_the_same_line() -> None:
    line = "1、加强组织领导，提高自身建设一是加强组织领导，调整充实班子；二是完善制度。"
    result = split_glued_headings(numbered(f"{line}\n2、加强学习"))
    assert texts(result.lines)[:2] == [
        "1、加强组织领导，提高自身建设",
        "一是加强组织领导，调整充实班子；二是完善制度。",
    ]


def test_a_note_of_the_notes_starts_a_line_of_its_own() -> None:
    """`〔7〕…第460页）` over `〔8〕参见…`: the note above is unfinished by its punctuation, but
    a note's mark opens the next one."""
    lines = numbered("〔7〕这段话的新译文，见《斯大林选集》下卷第460页）\n〔8〕参见斯大林的报告。")
    assert texts(join_broken_lines(lines).lines) == [
        "〔7〕这段话的新译文，见《斯大林选集》下卷第460页）",
        "〔8〕参见斯大林的报告。",
    ]


def test_who_speaks_set_on_a_line_of_their_own_opens_their_turn() -> None:
    """A transcript that sets each speaker's label over their words (three times or more):
    the label and the turn's first line are one; a list's heading (`材料：`) and a salutation
    (`同志们：`) stay apart."""
    text = (
        "主持人许波：\n听众朋友们，欢迎收听。\n记者申华：\n蔡英文星期三发表讲话。\n"
        "刘亚星：\n我们不排除这个可能。\n同志们：\n今天开会。"
    )
    assert texts(join_label_values(numbered(text)).lines) == [
        "主持人许波：听众朋友们，欢迎收听。",
        "记者申华：蔡英文星期三发表讲话。",
        "刘亚星：我们不排除这个可能。",
        "同志们：",
        "今天开会。",
    ]
    recipe = "材料：\n小排两斤\n调味：\n盐十克\n做法：\n下油热锅。"
    assert texts(join_label_values(numbered(recipe)).lines) == recipe.split("\n")


def test_where_a_text_s_lines_end_its_sentences_one_that_does_not_stays_a_line() -> None:
    """A Word file or a page sets a paragraph to a line: its lines of running text end their
    sentences. One that does not is a subhead (矩不正，…规不正，不可为圆) or a caption with its
    credit (…合影。南京体育学院网站图), not a paragraph broken off; one that breaks off in a Latin
    word, a figure or brackets, or before a gloss that the sentence goes on after, goes on."""
    body = [
        "本次比赛圆满落幕，同学们收获满满。",
        "规则的种子已在同学们心中生根发芽，成绩喜人。",
    ] * 4
    lines = numbered(
        "\n".join(
            [
                *body,
                "矩不正，不可为方；规不正，不可为圆",
                "本次校规校纪比赛虽然落幕，但规则的种子已经种下。",
                "蔡振华与南京体育学院党委领导班子全体成员合影。南京体育学院网站图",
                "据南京体育学院网站消息，蔡振华回到母校。",
                "大部分在美国。工会组织包括电气工人兄弟会（IBEW）和劳联-",
                "产联海事贸易部（MTD）。",
                "奖金创新高。丰田员工月薪将最高增加28440日元",
                "（约合1386.87元）。",
                "日子清苦。党总支书记带领乡亲们，花了四",
                "年时间，终于把水引到了家门口。",
            ]
        )
    )
    assert texts(join_broken_lines(lines).lines)[8:] == [
        "矩不正，不可为方；规不正，不可为圆",
        "本次校规校纪比赛虽然落幕，但规则的种子已经种下。",
        "蔡振华与南京体育学院党委领导班子全体成员合影。南京体育学院网站图",
        "据南京体育学院网站消息，蔡振华回到母校。",
        "大部分在美国。工会组织包括电气工人兄弟会（IBEW）和劳联-产联海事贸易部（MTD）。",
        "奖金创新高。丰田员工月薪将最高增加28440日元（约合1386.87元）。",
        "日子清苦。党总支书记带领乡亲们，花了四年时间，终于把水引到了家门口。",
    ]


def test_a_date_under_a_line_is_a_line_of_its_own() -> None:
    lines = numbered("我们将坚持下去。星火同人\n2019.4.18")
    assert texts(join_broken_lines(lines).lines) == ["我们将坚持下去。星火同人", "2019.4.18"]


def test_a_label_alone_on_its_line_opens_the_next_block() -> None:
    """Notes set as labels over what they label: `工伤保险：` is not the tail of the item above
    it, whatever that item ends with."""
    lines = numbered("报销范围：\n急救；转院；进口医疗器具等\n工伤保险：\n由用人单位缴纳。")
    assert texts(join_broken_lines(lines).lines) == [
        "报销范围：",
        "急救；转院；进口医疗器具等",
        "工伤保险：",
        "由用人单位缴纳。",
    ]


def test_a_short_label_over_a_list_heads_the_list() -> None:
    """A Word file's `输出` over its bulleted items heads them: no tail of the line above it,
    though that line stops without finishing."""
    lines = numbered(
        "效果：\n学员掌握工具的使用。以小组形势完成终极汇报报告\n输出\n班级宪章\n社群画布"
    )
    lines = (*lines[:3], *(replace(line, shape=Shape.BULLET) for line in lines[3:]))
    assert texts(join_broken_lines(lines).lines)[1:3] == [
        "学员掌握工具的使用。以小组形势完成终极汇报报告",
        "输出",
    ]


def _laid_out(text: str) -> tuple[Line, ...]:
    """Lines as a plain text lays them out: blank lines dropped, the lines under them spaced."""
    return drop_blank_lines(tuple(Line(n, t) for n, t in enumerate(text.split("\n"), 1))).lines


ROW = "各级工会始终坚持以职工为中心维护合法权益，"
"""A line of running text cut at a page's width (20 characters)."""


def test_a_transcript_s_lists_and_lines_set_apart_do_not_hide_the_width_it_was_cut_at() -> None:
    """A council's record: a list of members (`陳鑑林議員 , S.B.S., J.P.`) and their oaths, each
    line set apart, outnumber the lines of its speeches cut at the page's width; a line that
    reaches the width still goes on, whatever its shape (a clause, no stop)."""
    members = "\n".join(f"{name}议员 , S.B.S., J.P." for name in "赵钱孙李周吴郑王冯陈")
    oaths = "\n\n".join(f"{name}议员宣读立法会誓言" for name in "赵钱孙李周吴郑王冯陈褚卫")
    cut = "稍后收集回来的每张选票只应盖上印章，若有任何选票盖上"  # 26 of a 27-wide page
    speech = "\n".join([ROW + "会议", ROW + "会议", cut, "多于一个印章，该选票便会作废。"])
    result = join_broken_lines(_laid_out(f"{members}\n\n{oaths}\n\n{speech}\n\n{speech}"))
    assert (
        texts(result.lines)[-1]
        == ROW + "会议" + ROW + "会议" + cut + "多于一个印章，该选票便会作废。"
    )


def test_a_stage_direction_broken_over_two_lines_is_one() -> None:
    lines = numbered(
        "（梁國雄議員在會議廳通道上將手上的紙屑向前擲出，並繼續急步向\n前衝）\n梁國雄議員：你這個。"
    )
    assert texts(join_broken_lines(lines).lines)[0] == (
        "（梁國雄議員在會議廳通道上將手上的紙屑向前擲出，並繼續急步向前衝）"
    )


def test_a_speaker_s_turn_broken_off_mid_clause_goes_on() -> None:
    turns = "\n".join(f"主席：第{n}位议员请发言。" for n in range(4))
    lines = numbered(
        f"{turns}\n陈伟业议员：主席，为表示尊重，希望你\n根据《议事规则》第17（3）条传召委员来开会。\n"
        "副首席投资官：Vincent Mortier\n债券市场存在泡沫吗？"
    )
    assert texts(join_broken_lines(lines).lines)[-3:] == [
        "陈伟业议员：主席，为表示尊重，希望你根据《议事规则》第17（3）条传召委员来开会。",
        "副首席投资官：Vincent Mortier",  # a caption's name, not a turn broken off
        "债券市场存在泡沫吗？",
    ]


def test_an_entry_of_a_list_of_contents_ends_at_its_number() -> None:
    """An entry of a text cut at a page's width, its leader filling the line to the width."""
    row = "《二〇一二年入境条例》公告......................   147/2012"
    below = "《法律援助条例》的决议（生效日期），"
    lines = numbered("\n".join([ROW, ROW, ROW, ROW, "全文完。", row, below]))
    assert texts(join_broken_lines(lines).lines)[-2:] == [row, below]


def test_two_latin_words_broken_over_lines_keep_their_space() -> None:
    lines = numbered("英国工会联盟（Trades Union\nCongress，简称TUC）的数据。")
    assert texts(join_broken_lines(lines).lines) == [
        "英国工会联盟（Trades Union Congress，简称TUC）的数据。"
    ]
    assert _latin_break("at the", "Crossroads”。") and _latin_break("Regulations", "2005")
    assert not _latin_break("死亡率为5", "0.77‰。")  # a figure broken over two lines
    assert not _latin_break("督察整改取得明显成效，PM", "2.5年平均浓度")  # PM2.5, broken
    assert _latin_break("the Employment Act", "2005")


def test_telephone_numbers_alone_start_a_line_of_their_own() -> None:
    """Even under an address that reaches the width a text was cut at."""
    address = "北京市东城区东长安街十号全国总工会机关大楼二楼"  # 20 characters, at the width
    lines = numbered("\n".join([ROW, ROW, ROW, ROW, "全文完。", address, "010-6859-2114"]))
    assert texts(join_broken_lines(lines).lines)[-2:] == [address, "010-6859-2114"]


def test_a_field_label_spaced_out_to_a_form_s_width_starts_a_line() -> None:
    """Minutes' fields (`时　　间` … over `地　　点　本院议场`), even under a line at the width a
    text was cut at: the next field, not the rest of the line above."""
    sitting = "6月18日（星期二）上午9时2分至12时41分，继续开会讨论各项议"
    for label in ("地　　点　本院议场", "主    席  王金平", "地　点：本院议场"):
        lines = numbered("\n".join([ROW, ROW, ROW, ROW, "全文完。", sitting, label]))
        assert texts(join_broken_lines(lines).lines)[-2:] == [sitting, label]
    running = numbered("\n".join([ROW, ROW, ROW, ROW, "全文完。", sitting, "案，会议结束。"]))
    assert texts(join_broken_lines(running).lines)[-1] == sitting + "案，会议结束。"


def test_a_lettered_item_or_a_part_in_formal_numerals_starts_a_line() -> None:
    lines = numbered(
        "记录：周美吟\n壹、主席报告：\n"
        "e. 口头与壁报评审负责人\nf. 邀请谭天奖得主给 15min演讲\ng. 晚宴会包车去餐厅\n"
        "h. 啤酒车，\ni. Poster 使用 A0 版面"
    )
    assert texts(join_broken_lines(lines).lines) == texts(lines)


def test_a_line_that_ends_with_a_date_in_figures_is_finished() -> None:
    """Headlines each dated after them, one to a line: no line runs on into the next (one has
    a colon, which would make it running text)."""
    lines = numbered(
        "中美创业目的对比：深圳为生存洛杉矶为赚钱2015/07/03\n"
        "“创投之都”深圳:如何花完800亿政府引导基金？2015/07/04\n"
        "深圳：医患边聊股票边开颅股市反弹唤醒患者2015-07-02"
    )
    assert join_broken_lines(lines).lines == lines


def test_a_title_set_a_character_to_a_line_is_one_line() -> None:
    lines = numbered("北就金钲律师事务所\n员\n工\n手\n册\n第一篇\n基本制度和行为规范")
    assert texts(join_lettered_title(lines).lines)[:2] == ["北就金钲律师事务所", "员工手册"]
    controls = numbered("【字体：\n大\n中\n小\n各位代表：")  # a page's size control stays
    assert join_lettered_title(controls).lines == controls


def test_an_unindented_heading_over_an_indented_paragraph_stands_alone() -> None:
    """In a book whose paragraphs are indented and whose headings are not, with no blank line
    between them: the heading does not run into the paragraph under it; a line left open with
    a comma still goes on (a salutation set a line to a person)."""
    lines = drop_blank_lines(
        numbered(
            "第一件　将农民组织在农会之下\n"
            "\u3000\u3000这是农民所做的第一件大事。\n"
            "第二件　政治上打击地主\n"
            "\u3000\u3000农民有了组织之后，第一个行动，便是从政治上把地主阶级特别是土豪劣绅的威风打下去\n"
            "\u3000\u3000清算。土豪劣绅经手地方公款，多半从中侵蚀。\n"
            "\u3000\u3000罚款。土豪劣绅的威风打下去了，地主农民之间的关系变了。"
        )
    ).lines
    assert texts(join_broken_lines(lines).lines)[2] == "第二件　政治上打击地主"


def test_a_wire_s_stamp_of_the_day_after_its_last_sentence_ends_the_line() -> None:
    """Taiwan's Central News Agency closes every story with its editor and the day's stamp: the
    line is finished, and the site's notice under it does not run into it."""
    lines = numbered(
        "狱方强调，宋女当天工作皆为例行性作业，爆料内容明显与事实不符。（编辑：陈仁华）1120823\n"
        "本网站之文字、图片及影音，非经授权，不得转载、公开播送或公开传输及利用。"
    )
    assert join_broken_lines(lines).lines == lines


def test_a_list_set_a_line_an_item_with_the_paragraph_indent_keeps_its_lines() -> None:
    """In a text whose lines end its sentences, each indented as a paragraph, a list the
    writer set an item to a line (a law's 委员长，/副委员长若干人，…) is not run together; an
    unindented line under a clause still goes on."""
    body = "\n".join(f"\u3000\u3000第{n}条　本法适用于全国的各级工会组织和会员。" for n in range(9))
    items = "\n".join(
        f"\u3000\u3000{line}"
        for line in ("常务委员会由下列人员组成：", "委员长，", "副委员长若干人，", "委员若干人。")
    )
    joined = texts(join_broken_lines(_spaced(f"{body}\n{items}")).lines)
    assert joined[-3:] == ["委员长，", "副委员长若干人，", "委员若干人。"]
    flush = items.replace("\n\u3000\u3000副", "\n副")
    joined = texts(join_broken_lines(_spaced(f"{body}\n{flush}")).lines)
    assert joined[-2:] == ["委员长，副委员长若干人，", "委员若干人。"]


def test_in_a_text_indented_throughout_each_line_is_a_paragraph() -> None:
    """A speech's script whose every line opens with a tab, its paragraphs ending without a
    full stop: a line to a paragraph (a text cut at a width indents only first lines)."""
    script = [
        "\t大家好，本次项目汇报分为四个部分，做网站的缘由，用到的技术，网站的功能以及项目心得",
        "\t先问大家一个问题，汉服究竟指的是什么？是汉民族传统服饰。于是我们将项目定为花笙纪",
        "\t关于用到的技术，相信大家都有所了解。还有就是弹性布局以及我们自己手写的源码",
        "\t接下来是网站的功能，请看，轮播图作为许多网站的必备功能。下面为大家展示",
        "\t项目汇报到此结束，谢谢大家的认真聆听，谢谢。",
    ]
    lines = tuple(replace(line, indented=True) for line in numbered("\n".join(script)))
    assert len(join_broken_lines(lines).lines) == 5


def test_a_line_that_ends_in_a_web_address_ends_there() -> None:
    """In a text cut at a page's width, a line of an address that reaches the width ends
    there: the next line is no more of it."""
    wrapped = "\n".join(["各级工会要切实履行维护职工合法权益的基本职责，进一步"] * 8)
    urls = (
        "图1：http://today.example.edu.cn/upload/img/51b618d0.jpg\n"
        "图2：http://today.example.edu.cn/upload/img/9f296ab0.jpg\n新闻："
    )
    joined = texts(join_broken_lines(numbered(f"{wrapped}\n维护职工权益。\n{urls}")).lines)
    assert joined[-3:] == urls.split("\n")


def test_a_table_row_keeps_its_empty_first_cell() -> None:
    """A statistical table leaves its top-left cell empty: the row's leading tab stays, so its
    labels stand over their columns, not one to the left."""
    lines = (Line(1, "\t绝对数（亿元）\t比上年增长（%）", Shape.ROW), Line(2, "  正文。  "))
    assert texts(drop_blank_lines(lines).lines) == ["\t绝对数（亿元）\t比上年增长（%）", "正文。"]


def test_a_clause_cut_mid_word_over_what_ends_as_an_address_is_joined() -> None:
    """`…，应以中央主管` over `机关为主管机关：` (the two as one elsewhere in the text): a clause's
    end cut by the page, not a salutation standing alone."""
    lines = numbered(
        "本法施行前已设立之下列组织，应以中央主管\n机关为主管机关：\n"
        "一、原台湾省辖之工会联合组织。\n二、原经中央主管机关依法划定之交通事业组织之工会。"
    )
    assert texts(join_broken_lines(lines).lines)[0] == (
        "本法施行前已设立之下列组织，应以中央主管机关为主管机关："
    )


def test_words_said_set_as_a_paragraph_under_the_clause_that_introduces_them_stay_apart() -> None:
    """An e-book's paragraphs a blank line apart: `…格外和气的对他说，` over `“大哥，我有话告诉
    你。”` (the writer set the words said as a paragraph of their own; they had run into the
    line above); a line a blank line broke mid-sentence is still joined."""
    lines = (
        Line(1, "大清早，去寻我大哥；他立在堂门外看天，我便走到他背后，格外和气的对他说，"),
        Line(3, "“大哥，我有话告诉你。”", spaced=True),
        Line(5, "他们也有给知县打枷过的，也有给绅士掌过嘴的，也有老子娘被债主逼死"),
        Line(7, "的；他们那时候的脸色，全没有昨天这么怕，也没有这么凶。", spaced=True),
    )
    assert texts(join_broken_lines(lines).lines) == [
        lines[0].text,
        lines[1].text,
        lines[2].text + lines[3].text,
    ]
