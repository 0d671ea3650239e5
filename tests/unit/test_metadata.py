from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import numbered, texts

from unionreader.model import Facts, Line, Shape
from unionreader.normalise.fields import (
    Dateline,
    parse_byline,
    parse_closing_byline,
    parse_dateline,
)
from unionreader.normalise.metadata import extract_metadata
from unionreader.normalise.punctuation import normalise_punctuation


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


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        # a signed article: the name before the colon is its author
        ("王文：中美贸易中的职工就业\n就业是最大的民生。", "中美贸易中的职工就业", "王文"),
        # a news item about a place or a person the text names: no author
        (
            "江西：书写新时代红色大地精彩华章\n江西省各地积极推进。",
            "江西：书写新时代红色大地精彩华章",
            None,
        ),
        (
            "鲁哈尼：谁也不能推翻伊核协议成果\n伊朗总统鲁哈尼表示，协议成果不容推翻。",
            "鲁哈尼：谁也不能推翻伊核协议成果",
            None,
        ),
    ],
)
def test_a_name_before_a_colon_in_a_headline_is_the_author_unless_the_text_names_it(
    text: str, title: str, author: str | None
) -> None:
    facts = extract_metadata(numbered(text)).facts
    assert (facts.title, facts.author) == (title, author)


@pytest.mark.parametrize(
    "headline",
    [
        "一线调研：苏州如何主动作为稳定外资？",  # a question, a colon
        "出席点灯活动　副总统：有你真好，Thank you！",  # a comma, Latin
        "习近平对审计工作作出重要指示强调 紧紧围绕党和国家工作大局 全面履行职责坚持依法审计"
        "完善体制机制 李克强赵乐际会见全国审计机关先进集体和先进工作者代表",  # over 60 characters
    ],
)
def test_a_news_headline_first_in_the_text_is_its_title(headline: str) -> None:
    body = "央视网消息：近日，中央审计委员会办公室表彰先进集体。各地积极推进。"
    result = extract_metadata(numbered(f"{headline}\n{body}"))
    assert result.facts.title == headline
    assert texts(result.lines) == [body]


@pytest.mark.parametrize(
    "first",
    ["同志们，朋友们，大家好！", "今天，我们在这里隆重集会。", "（一）加强政治引领"],
)
def test_a_greeting_a_sentence_or_a_numbered_line_is_no_headline(first: str) -> None:
    result = extract_metadata(numbered(f"{first}\n在新的征程上，我们要团结奋斗。"))
    assert result.facts.title is None


def test_dateline_with_source_on_one_line() -> None:
    text = "职工技能提升座谈会召开\n2023年05月12日08:31  来源：人民网-工会频道\n正文。"
    facts = extract_metadata(numbered(text)).facts
    assert (facts.title, facts.date, facts.source) == (
        "职工技能提升座谈会召开",
        "2023-05-12",
        "人民网-工会频道",
    )


def test_what_a_break_left_of_a_note_in_brackets_is_no_source() -> None:
    """`（数据` over `来源：市残联）`: the end of a note a PDF's page width cut, not a source
    line (it closes a bracket it does not open)."""
    text = "统计报告\n残疾人数：指辖区内持证残疾人数。（数据\n来源：市残联）\n正文。"
    assert extract_metadata(numbered(text)).facts.source is None


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


def test_a_title_that_ends_with_a_word_of_a_continuing_character_is_whole() -> None:
    # 存在 ends the line as a word: the line under it is not the rest of the title
    text = (
        "中国河南的中小学大多都是超越996的存在\n对初高中学校的控诉\n\n"
        "我上学的时候，每天学习十四个小时。"
    )
    result = extract_metadata(numbered(text))
    assert result.facts.title == "中国河南的中小学大多都是超越996的存在"
    assert "对初高中学校的控诉" in texts(result.lines)


def test_numbered_heading_is_never_a_title() -> None:
    result = extract_metadata(numbered("一、总体要求\n要坚持党的领导。"))
    assert result.facts.title is None


# ---------------------------------------------------------------- other sites' lines


def test_a_portal_dateline_with_source_and_page_views_and_a_reporter_byline() -> None:
    text = (
        "市总工会召开职工代表大会工作推进会\n"
        "发布时间：2023-06-01 10:30　　来源：市总工会办公室　　浏览次数：238\n"
        "本报记者 王某某\n6月1日，市总工会召开推进会。"
    )
    result = extract_metadata(numbered(text))
    assert result.facts == Facts(
        title="市总工会召开职工代表大会工作推进会",
        author="王某某",
        date="2023-06-01",
        source="市总工会办公室",
    )
    assert texts(result.lines) == ["6月1日，市总工会召开推进会。"]
    assert [e.rule for e in result.edits] == [
        "metadata.title",
        "metadata.dateline",
        "metadata.byline",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2019-09-24 09:25:16", Dateline("2019-09-24", None, None)),
        (
            "2023年05月12日08:31  来源：人民网-工会频道",
            Dateline("2023-05-12", "人民网-工会频道", None),
        ),
        (
            "发布时间：2023-06-01 10:30　来源：市总工会办公室浏览次数：238",
            Dateline("2023-06-01", "市总工会办公室", None),
        ),
        ("发布日期：2022-11-03 作者：张三 点击数：12", Dateline("2022-11-03", None, "张三")),
        ("来源：市总工会 浏览次数：12", Dateline(None, "市总工会", None)),
    ],
)
def test_datelines(line: str, expected: Dateline) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "来源：新华网",
        "时间：2024年4月10日上午9时",
        "发布时间：明天",
        "2024年是关键一年",
        "地点：市体育中心",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("本报记者 王某某", "王某某"),
        ("新华社记者赵某某", "赵某某"),
        ("本报记者 王某某 通讯员 李某某", "王某某、李某某"),
        ("人民日报健康客户端 记者 孔天骄", "孔天骄"),  # the outlet set apart before the role
        ("北京日报客户端 | 记者 代丽丽", "代丽丽"),
        ("腾讯新闻《潜望》特约作者 刘承 编辑 杨布丁", "刘承"),
        ("【撰文：陈零／摄影：壹一】", "陈零"),  # credits parted by a slash
        ("记者：张三 李四", "张三、李四"),
        ("作者：吴明明", "吴明明"),
        ("澎湃新闻资深记者 何念台", "何念台"),  # a name ending as a desk does (台, 报, 网)
        ("文/北青体育 肖赧", "肖赧"),  # and a desk
        ("文/珠江商报记者苏淑婷", "苏淑婷"),  # a writer's label over a reporter's role
        ("【文/观察者网专栏作者 王文】", "王文"),  # or a columnist's
        ("本报专栏作家 李四", "李四"),
        ("记者从市总工会获悉", None),
        ("文化宫", None),
        ("作者：抬房梁的木匠", "抬房梁的木匠"),  # a pen name
        ("作者：2018年北大工人情况访谈小组", "2018年北大工人情况访谈小组"),  # a group's name
        ("作者：湖南工程学院教授", None),  # what the author is: a note on the author
        ("记者手记", None),  # a column's name, which reads like a role and a name
        ("【记者观察】", None),
        ("王东明 全国总工会主席", None),
    ],
)
def test_bylines(line: str, names: str | None) -> None:
    assert parse_byline(line) == names


def test_a_bare_name_is_a_byline_only_where_one_is_expected() -> None:
    assert parse_byline("吴明明") is None
    assert parse_byline("吴明明", plain=True) == "吴明明"
    assert parse_byline("马 璐", plain=True) == "马璐"


def test_a_closing_byline() -> None:
    assert parse_closing_byline("（记者 张三 李四）报道") == "张三、李四"
    assert parse_closing_byline("(责编:李小明、王大伟)") is None
    result = extract_metadata(numbered("标题\n正文第一段。\n（本报记者 王某某）"))
    assert result.facts.author == "王某某" and texts(result.lines) == ["正文第一段。"]


def test_a_notices_signature_date_is_its_date_and_stays_in_the_text() -> None:
    text = "关于开展健步走活动的通知\n时间：2024年4月10日\n请按时参加。\n某区总工会\n2024年3月28日"
    result = extract_metadata(numbered(text))
    assert result.facts.date == "2024-03-28"
    assert texts(result.lines)[0] == "时间：2024年4月10日"
    assert texts(result.lines)[-2:] == ["某区总工会", "2024年3月28日"]


def test_a_sentence_broken_over_lines_at_a_link_is_no_title() -> None:
    """A copy that broke a line at each link's text: the first lines look like a title, but
    the line under them opens with 。 and so goes on with them."""
    text = (
        "第十四届全国人民代表大会第三次会议听取和审议了国务院总理李强所作的\n政府工作报告\n"
        "。会议充分肯定国务院过去一年的工作，决定批准这个报告。\n会议号召，全国各族人民团结奋斗。"
    )
    result = extract_metadata(numbered(text))
    assert result.facts.title is None
    assert texts(result.lines) == text.split("\n")


def test_a_report_header_with_its_date_in_the_subtitle_and_the_office_over_the_name() -> None:
    text = (
        "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理\n李　强\n"
        "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。"
    )
    result = extract_metadata(numbered(text))
    assert result.facts == Facts(
        title="政府工作报告",
        author="李强",
        date="2024-03-05",
        author_note="国务院总理",
        subtitle="2024年3月5日在第十四届全国人民代表大会第二次会议上",
    )
    assert texts(result.lines) == [
        "各位代表：",
        "现在，我代表国务院，向大会报告政府工作，请予审议。",
    ]


def test_an_office_over_a_line_that_names_no_one_is_no_speaker() -> None:
    text = "政府工作报告\n——2024年3月5日在会议上\n国务院总理\n各位代表：\n现在，我报告工作。"
    result = extract_metadata(numbered(text))
    assert result.facts.author is None


@pytest.mark.parametrize("note", ["（译自中共驻共产国际代表团档案俄文稿）", "（根据录音整理）"])
def test_a_note_in_brackets_first_in_the_text_is_no_title(note: str) -> None:
    text = f"{note}\n现在我代表中央委员会作工作报告。\n中央委员会的成员只有五人。"
    assert extract_metadata(numbered(text)).facts.title is None


def test_a_boxed_byline_under_a_commentary_s_lead_names_its_writer() -> None:
    text = (
        "大众日报评论：使劳动者的腰板更加硬朗\n2014-05-01 07:23:00来源：大众日报 作者：\n"
        "山城重庆的挑运工和搬运工，当地叫“棒棒”。\n□ 周学泽\n"
        "山城重庆的挑运工和搬运工，当地叫“棒棒”。"
    )
    result = extract_metadata(numbered(text))
    assert (result.facts.author, result.facts.date) == ("周学泽", "2014-05-01")
    assert "□ 周学泽" not in texts(result.lines)


def test_the_author_of_a_source_line_s_fields() -> None:
    fields = "来源：湖南日报 作者：湖南日报评论员 编辑：redcloud 2017-06-22 11:38:20"
    text = f"向胼手胝足的劳动者致敬\n{fields}\n今天是劳动节。"
    facts = extract_metadata(numbered(text)).facts
    assert (facts.author, facts.source, facts.date) == ("湖南日报评论员", "湖南日报", "2017-06-22")


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("（中国工会第十八次全国代表大会部分修改，2023年10月12日通过）", "2023-10-12"),
        (
            "（1992年4月3日第七届全国人民代表大会第五次会议通过　根据2001年10月27日第九届全国人民"
            "代表大会常务委员会第二十四次会议《关于修改〈中华人民共和国工会法〉的决定》第一次修正"
            "　根据2021年12月24日第十三届全国人民代表大会常务委员会第三十二次会议第三次修正）",
            "2021-12-24",
        ),
        ("（二〇二三年十月十二日中国工会第十八次全国代表大会部分修改通过）", "2023-10-12"),
        (  # a government's order: published, then changed (修改)
            "（2017年3月16日广东省人民政府令第234号公布　"
            "根据2025年1月9日广东省人民政府令第316号修改）",
            "2025-01-09",
        ),
    ],
)
def test_a_law_s_history_in_brackets_under_its_title_gives_the_latest_date(
    note: str, date: str
) -> None:
    result = extract_metadata(numbered(f"中国工会章程\n{note}\n总则\n中国工会是工人阶级群众组织。"))
    assert (result.facts.title, result.facts.date) == ("中国工会章程", date)
    assert result.facts.note == " ".join(note.strip("（）").split())
    assert texts(result.lines) == ["总则", "中国工会是工人阶级群众组织。"]


def test_a_bracketed_sentence_under_the_title_is_no_law_s_history() -> None:
    note = "（2023年10月12日，记者从会上获悉，章程修改已经通过。）"
    result = extract_metadata(numbered(f"中国工会章程\n{note}\n中国工会是工人阶级群众组织。"))
    assert result.facts.note is None


def test_a_quotation_over_its_speaker_above_the_title_is_an_epigraph() -> None:
    text = "“劳动创造幸福。”——习近平\n让劳动光荣蔚然成风\n本报评论员\n正文第一段。"
    result = extract_metadata(numbered(text))
    assert (result.facts.epigraph, result.facts.attribution) == ("“劳动创造幸福。”", "习近平")
    assert result.facts.title == "让劳动光荣蔚然成风"


def test_a_subtitle_s_day_and_place_in_brackets_after_it_are_read() -> None:
    text = (
        "团结合作战胜疫情 共同构建人类卫生健康共同体\n"
        "——在第73届世界卫生大会视频会议开幕式上的致辞（2020年5月18日，北京）\n"
        "主席女士，\n今天，世界卫生大会召开，具有特殊重要的意义。"
    )
    facts = extract_metadata(numbered(text)).facts
    assert (facts.subtitle, facts.date, facts.place) == (
        "在第73届世界卫生大会视频会议开幕式上的致辞",
        "2020-05-18",
        "北京",
    )


@pytest.mark.parametrize(
    "subtitle",
    ["访全国劳动模范、高级技师王建国", "记全国五一劳动奖章获得者李娟", "写在第十个劳模日之际"],
)
def test_a_quoted_headline_over_an_interview_s_subtitle_is_the_title(subtitle: str) -> None:
    text = f"“让每一位劳动者都有尊严”——{subtitle}\n记者　李明\n记者：您最大的体会是什么？"
    result = extract_metadata(numbered(text))
    assert (result.facts.title, result.facts.subtitle) == ("“让每一位劳动者都有尊严”", subtitle)
    assert result.facts.epigraph is None


def test_the_day_a_law_comes_into_force_is_its_date_only_where_it_has_no_other() -> None:
    text = (
        "互联网广告管理办法\n"
        "（2023年2月25日国家市场监督管理总局令第72号公布 自2023年5月1日起施行）\n"
        "第一条　为了规范互联网广告活动，制定本办法。"
    )
    assert extract_metadata(numbered(text)).facts.date == "2023-02-25"
    passed = "某某解释\n2021年12月13日 最高人民法院审判委员会会议通过\n2022年1月1日 施行\n正文。"
    assert extract_metadata(numbered(passed)).facts.date == "2021-12-13"
    alone = "某某办法\n（自2024年1月1日起施行）\n第一条　为了规范，制定本办法。"
    assert extract_metadata(numbered(alone)).facts.date == "2024-01-01"


def test_a_title_with_a_comma_repeated_above_the_text_goes_as_the_title() -> None:
    title = "交通运输部公布《快递市场管理办法》，规定不得抛扔、踩踏快件"
    text = f"{title}\n{title}\n据交通运输部网站1月4日消息，办法已发布。\n第二段。"
    result = extract_metadata(numbered(text))
    assert result.facts.title == title
    assert texts(result.lines) == ["据交通运输部网站1月4日消息，办法已发布。", "第二段。"]


def test_a_paper_s_title_under_its_kicker_is_the_title() -> None:
    from unionreader.model import Line

    body = "　　近年来，全国总工会在全国范围内开展主题劳动和技能竞赛。"
    lines = (
        Line(1, "全国各级工会广泛开展劳动和技能竞赛"),
        Line(2, "比出大国工匠 赛出当代鲁班"),
        Line(4, body, spaced=True),
        Line(5, "服务国家重大战略"),
        Line(6, "乌东德大规模成功应用高强钢，焊缝一次合格率达99%。"),
    )
    result = extract_metadata(lines)
    assert (result.facts.kicker, result.facts.title) == (
        "全国各级工会广泛开展劳动和技能竞赛",
        "比出大国工匠 赛出当代鲁班",
    )
    assert texts(result.lines)[0] == body
    unspaced = tuple(replace(line, spaced=False) for line in lines)  # no blank lines to go by
    assert extract_metadata(unspaced).facts.title == "全国各级工会广泛开展劳动和技能竞赛"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("图文转自明报： https://m.mingpao.com/ins/港闻/article/20190808", "明报"),
        ("转载自GNews", "GNews"),
        ("转自人民日报本报莫斯科1月9日电", "人民日报"),
        ("本文转载自瞭望东方周刊，已存档于互联网档案馆。", "瞭望东方周刊"),  # a clause after it
    ],
)
def test_a_repost_s_credit_is_its_source(line: str, source: str) -> None:
    found = extract_metadata(numbered(f"标题在这里\n正文第一段。\n正文第二段。\n{line}"))
    assert found.facts.source == source
    assert texts(found.lines)[-1] == "正文第二段。"


def test_a_sentence_that_opens_with_a_repost_s_words_is_no_credit() -> None:
    line = "转自己的岗位后，他更加努力。"
    found = extract_metadata(numbered(f"标题在这里\n正文第一段。\n{line}"))
    assert (found.facts.source, texts(found.lines)[-1]) == (None, line)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("以上信息来源：上游新闻", "上游新闻"),
        ("来源丨贵阳日报", "贵阳日报"),  # 丨 is a Chinese character: no outlet's name alone
        ("本文来源于《文汇报》", "文汇报"),
        ("来源：工人日报编辑：郑楚翘", "工人日报"),  # a page's next field run on after it
        ("来源：人民日报2024-05-13 08:49", "人民日报"),
        ("来源：网络", None),  # names no one
    ],
)
def test_a_source_line_closing_the_text(line: str, source: str | None) -> None:
    found = extract_metadata(numbered(f"标题在这里\n正文第一段。\n正文第二段。\n{line}"))
    assert found.facts.source == source
    assert texts(found.lines)[-1] == "正文第二段。"


@pytest.mark.parametrize("line", ["【来源：九派新闻】", "（来源：九派新闻）"])
def test_a_source_in_brackets_closing_the_text_is_its_source(line: str) -> None:
    found = extract_metadata(numbered(f"标题在这里\n正文第一段。\n正文第二段。\n{line}"))
    assert found.facts.source == "九派新闻"
    assert texts(found.lines)[-1] == "正文第二段。"


@pytest.mark.parametrize(
    ("line", "source"), [("每日经济新闻", "每日经济新闻"), ("据工人日报", "工人日报")]
)
def test_an_outlet_s_name_alone_closing_the_text_is_its_source(line: str, source: str) -> None:
    found = extract_metadata(numbered(f"标题在这里\n正文第一段。\n正文第二段。\n{line}"))
    assert found.facts.source == source
    assert texts(found.lines)[-1] == "正文第二段。"


def test_a_headline_set_as_a_kicker_with_no_title_under_it_is_the_title() -> None:
    body = "今天是五一国际劳动节，许多劳动者依然坚守在工作岗位上。向每一位劳动者致敬！"
    facts = extract_metadata(numbered(f"【致敬！那些坚守岗位的劳动者】\n{body}")).facts
    assert (facts.title, facts.kicker) == ("致敬！那些坚守岗位的劳动者", None)
    label = extract_metadata(numbered(f"【社论】\n{body}")).facts  # a column's label: no title
    assert (label.title, label.kicker) == (None, "社论")


def test_a_note_on_the_text_in_brackets_at_its_end_is_the_document_s_note() -> None:
    body = "全国总工会日前印发通知，部署“安康杯”竞赛活动。\n通知要求，各级工会要广泛发动职工参与。"
    result = extract_metadata(
        numbered(f"全国总工会部署开展竞赛活动\n{body}\n（本文为作者在会议上的发言，有删节）")
    )
    assert result.facts.note == "本文为作者在会议上的发言，有删节"
    assert [edit.rule for edit in result.edits if "note" in edit.rule] == ["metadata.text-note"]
    kept = extract_metadata(numbered(f"标题在这里\n{body}\n（此件公开发布）")).facts
    assert kept.note is None
    for note in ("本文有删减", "略有删改", "文章有改动"):  # the text is abridged or edited
        cut = extract_metadata(numbered(f"标题在这里\n{body}\n（{note}）")).facts
        assert cut.note == note


@pytest.mark.parametrize(
    "line",
    [
        "作者：于珊珊 马明花  编辑：于珊珊",
        "发布日期：2016-11-15 作者：于珊珊 马明花 编辑：于珊珊 摄影：于珊珊 点击：1324",
    ],
)
def test_the_authors_of_a_byline_or_a_dateline_stay_apart(line: str) -> None:
    """Two names a byline's or a dateline's spaces part (the page wrote them with &nbsp;): two
    authors, not one name run together nor a note on the author."""
    text = f"学习条例心得\n{line}\n通过对条例的解读，我们进行了梳理和分析。谈及监督，大家有体会。"
    lines = normalise_punctuation(numbered(text)).lines
    assert lines[1].text == line
    facts = extract_metadata(lines).facts
    assert (facts.author, facts.author_note) == ("于珊珊、马明花", None)


def test_the_bodies_on_a_report_s_cover_under_its_title_issue_it() -> None:
    """A report's cover: its title, the bodies that issue it one to a line, the month. A news
    page's agency over its time of posting is no issuer."""
    cover = (
        "2021年深圳市社会性别统计报告\n深圳市统计局\n深圳市妇女儿童工作委员会\n二〇二二年十二月\n"
        "2021年，深圳市常住人口1761.48万人。"
    )
    facts = extract_metadata(numbered(cover)).facts
    assert (facts.author, facts.date) == ("深圳市统计局 深圳市妇女儿童工作委员会", "2022-12")
    page = "坚持和完善中国特色社会主义制度\n新华社\n2020-01-03 18:13\n《求是》杂志发表重要文章。"
    assert extract_metadata(numbered(page)).facts.author is None


@pytest.mark.parametrize("label", ["附件1", "大纲1", "附表2"])
def test_a_numbered_label_over_a_title_a_format_sets_as_headings_is_its_kicker(label: str) -> None:
    """A Word file's or a Markdown file's `附件1` over the document's title, both headings."""
    title = "中央机关及其直属机构2022年度考试录用公务员公共科目笔试考试大纲"
    lines = (
        Line(1, label, Shape.HEADING, 1),
        Line(2, title, Shape.HEADING, 1),
        Line(3, "为便于报考者充分了解笔试，特制定本大纲。"),
    )
    facts = extract_metadata(lines).facts
    assert (facts.title, facts.kicker) == (title, label)


def test_a_headline_set_twice_over_a_credited_byline_is_the_title_not_its_own_kicker() -> None:
    """A page copied with its headline twice, over a column's credit (`腾讯新闻《远光灯》作者
    纪振宇 发自硅谷`): the credit names the writer (not 发自硅谷), the headline is no kicker."""
    text = (
        "美国汽车业罢工持续 福特拉拢工会\n\n美国汽车业罢工持续 福特拉拢工会\n\n"
        "腾讯新闻《远光灯》作者 纪振宇 发自硅谷\n\n"
        "美国三大汽车巨头的大规模罢工活动进入拉锯战，目前劳资双方依然无法达成协议。"
    )
    found = extract_metadata(numbered(text))
    assert (found.facts.title, found.facts.kicker) == ("美国汽车业罢工持续 福特拉拢工会", None)
    assert found.facts.author == "纪振宇"
    assert texts(found.lines) == [
        "美国三大汽车巨头的大规模罢工活动进入拉锯战，目前劳资双方依然无法达成协议。"
    ]


@pytest.mark.parametrize(
    ("kicker", "source"),
    [("新华社", "新华社"), ("人民网", "人民网"), ("工人日报", "工人日报"), ("工会动态", None)],
)
def test_a_kicker_that_names_an_agency_is_the_source(kicker: str, source: str | None) -> None:
    text = (
        f"{kicker}｜香港国安法全文来了：危害国安最高判无期\n\n正文第一段，说明情况，内容很长很长。"
    )
    facts = extract_metadata(numbered(text)).facts
    assert facts.source == source
    assert facts.kicker == (None if source else kicker)


def test_the_bylines_of_a_feature_s_parts_name_its_authors() -> None:
    text = (
        "只要奋力奔跑 就能闪闪发光\n\n今年是全总成立100周年，本报记者采访了一线劳动者。\n\n"
        "给生产线装上“智慧大脑”\n\n本报记者  胡婧怡\n\n走进冷轧总厂，机器轰鸣。\n\n"
        "为实验室配上“机器化学家”\n\n本报记者  田先进\n\n将机器人与化学研究相融合。"
    )
    found = extract_metadata(numbered(text))
    assert found.facts.author == "胡婧怡、田先进"
    assert not any("本报记者  " in line.text for line in found.lines)
    assert [e.rule for e in found.edits].count("metadata.byline") == 2


def test_a_lead_in_headline_over_the_headline_and_who_attended() -> None:
    """A Xinhua report's 引题 (`…座谈会强调`), its 主题 on two lines, its 副题 (`李强蔡奇出席`)."""
    text = (
        "习近平主持召开深入推进长三角一体化发展座谈会强调\n推动长三角一体化发展取得新的重大突破\n"
        "在中国式现代化中更好发挥引领示范作用\n李强蔡奇出席\n"
        "新华社上海11月30日电 中共中央总书记习近平30日上午在上海主持召开座谈会并发表重要讲话。"
    )
    facts = extract_metadata(numbered(text)).facts
    assert facts.kicker == "习近平主持召开深入推进长三角一体化发展座谈会强调"
    assert (
        facts.title == "推动长三角一体化发展取得新的重大突破 在中国式现代化中更好发挥引领示范作用"
    )
    assert facts.subtitle == "李强蔡奇出席"


@pytest.mark.parametrize(
    ("top", "subtitle", "author"),
    [
        ("——毛泽东为发动延安整风运动所作的准备", "毛泽东为发动延安整风运动所作的准备", None),
        ("——关于《夹边沟记事》的琐记\n作者：陈家琪", "关于《夹边沟记事》的琐记", "陈家琪"),
        ("刘宾雁", None, "刘宾雁"),
    ],
)
def test_what_stands_under_a_title_the_front_matter_states_stands_first(
    top: str, subtitle: str | None, author: str | None
) -> None:
    # the format states the title and no line sets it: a subtitle, a byline or the author's
    # name alone stand first, over the text
    body = "在广州出版的周刊，发行量达到二、三百万份，今年春天被变相封闭了。\n今天只谈这个人。"
    result = extract_metadata(numbered(f"{top}\n{body}"), "在哪里寻找思想的生长点？", exact=True)
    assert (result.facts.subtitle, result.facts.author) == (subtitle, author)
    assert texts(result.lines) == body.split("\n")


def test_an_office_and_a_verb_under_a_stated_title_are_the_text_s() -> None:
    text = "习近平总书记强调\n用好红色资源\n公管学子响应号召，积极行动。"
    result = extract_metadata(numbered(text), "党员，到底是怎样的一群人？", exact=True)
    assert result.facts.author is None and texts(result.lines)[0] == "习近平总书记强调"


def test_a_wechat_repost_s_banner_names_its_source() -> None:
    text = (
        "标题在这里\nThe following article is from 世界知识 Author 赵明昊\n"
        "正文第一段。\n正文第二段。"
    )
    found = extract_metadata(numbered(text))
    assert found.facts.source == "世界知识"
    assert "正文第一段。" in texts(found.lines)
    assert not any("following" in line for line in texts(found.lines))


def test_a_talk_s_speaker_credited_under_its_lead_is_its_author() -> None:
    text = (
        "马云的反思\n9月29日，2020中国绿公司年会在海南举行，以下是演讲实录。\n"
        "分享 | 马云 （中国企业家俱乐部主席、阿里巴巴集团创始人）\n很高兴在海口能够见到大家。"
    )
    facts = extract_metadata(numbered(text)).facts
    assert (facts.author, facts.author_note) == ("马云", "中国企业家俱乐部主席、阿里巴巴集团创始人")


@pytest.mark.parametrize(
    ("line", "source", "author"),
    [
        ("出自 NGOCN：上海清道工：只是想讨个说法", "NGOCN", None),
        ("文章来自 马列之声", "马列之声", None),
        ("原文来自土逗公社：房租飞涨的这半年", "土逗公社", None),
        ("本文转自微信公众号：「中国法律评论」", "中国法律评论", None),  # no page's 评论 button
        ("原文来自微信公众号「捎话」，作者夏显虎：潘福仁受审记", "捎话", "夏显虎"),
        ("原文来自微信订阅号「张磊律师」：孙世华律师向监察委报案", "张磊律师", None),
        ("本答案首发于个人公众号：云律读书", "云律读书", None),  # a Zhihu answer's
    ],
)
def test_where_a_reposted_text_was_first_published_is_its_source(
    line: str, source: str, author: str | None
) -> None:
    text = f"{line}\n正文第一段，工人们讨要工资。\n正文第二段。"
    found = extract_metadata(numbered(text), "上海清道工", exact=True)
    assert (found.facts.source, found.facts.author) == (source, author)
    assert texts(found.lines)[0] == "正文第一段，工人们讨要工资。"


def test_the_stated_title_is_the_heading_that_spells_it_with_punctuation_of_either_width() -> None:
    # a front matter's 大桥:遗属 is the heading the punctuation rule made 大桥：遗属
    lines = numbered("死于港珠澳大桥：遗属三年等不到一张死亡证\n致命意外之后\n工人坠海身亡。")
    found = extract_metadata(lines, "死于港珠澳大桥:遗属三年等不到一张死亡证", exact=True)
    assert texts(found.lines) == ["致命意外之后", "工人坠海身亡。"]
    # and its dots the ellipsis the rule made of them (放不下... is the heading's 放不下……)
    lines = numbered("忘不了，放不下……\n忘了，忘不了……\n忘不了广场上的大光灯。")
    found = extract_metadata(lines, "忘不了，放不下...", exact=True)
    assert texts(found.lines) == ["忘了，忘不了……", "忘不了广场上的大光灯。"]


def test_a_news_desk_s_credit_under_the_headline_is_no_text_and_names_no_writer() -> None:
    body = "新北市新店区今日下午发生坠楼案件，警消到场时男子已无呼吸心跳。"
    result = extract_metadata(
        numbered(f"与母争吵疑失足坠楼 男子送医抢救不治\n社会中心／综合报导\n{body}")
    )
    assert result.facts.title == "与母争吵疑失足坠楼 男子送医抢救不治"
    assert result.facts.author is None
    assert texts(result.lines) == [body]


def test_a_reporter_s_byline_under_a_feature_s_lead_names_its_authors() -> None:
    lead = "6月24日上午，韩国京畿道华城电池厂发生重大火灾事故，造成23人死亡。\n"
    lead += "由于低生育率和老龄化问题带来的劳动力短缺愈发严重，韩国引进了大批外籍劳工。"
    body = "6月24日晚上，在家玩手机的朴希言突然刷到了一处火灾现场的视频。"
    text = f"韩国电池厂火灾\n{lead}\n记者｜覃思 彭丽\n23人遇难\n{body}" + "\n正文。" * 20
    lines = numbered(text)
    lines = (  # a Markdown `#` over its paragraphs
        replace(lines[0], shape=Shape.HEADING, level=1),
        *(replace(line, shape=Shape.PARAGRAPH) for line in lines[1:]),
    )
    result = extract_metadata(lines)
    assert result.facts.author == "覃思、彭丽"
    assert texts(result.lines)[:4] == [*lead.split("\n"), "23人遇难", body]


def test_a_meeting_s_record_is_dated_by_its_time_field() -> None:
    """Its fields open it, their labels letter-spaced or broken by a PDF; the field stays."""
    text = "全球天文年活动规划会议纪录\n一、时\n间：2009年02月28日 14：00\n二、地点：台湾大学\n"
    text += "五、主\n席：张祥光\n会议开始。"
    assert extract_metadata(numbered(text)).facts.date == "2009-02-28"
    text = (
        "院会纪录\n时　　间　中华民国101年10月26日（星期五）上午10时\n主　　席　王院长金平\n开会。"
    )
    assert extract_metadata(numbered(text)).facts.date == "2012-10-26"


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("113/11/26 19:00~21:00", "2024-11-26"),  # a year of the Republic of China
        ("2024/11/26（星期二）", "2024-11-26"),
        ("113/13/26 19:00", None),  # no such month
        ("第3/4/5号会议室", None),  # no year
    ],
)
def test_a_meeting_s_time_field_may_give_its_day_with_slashes(when: str, date: str | None) -> None:
    fields = f"时间: {when}\n地点: 社区管理中心\n主席: 郭子仁\n记录: 洪丽雪"
    text = f"113年11月 第二次会议纪录\n{fields}\n开会。"
    assert extract_metadata(numbered(text)).facts.date == date


def test_minutes_written_up_by_someone_are_dated_by_their_time_field() -> None:
    text = (
        "座谈会发言纪要\n时间：2001年3月4日下午\n地点：北京国林风图书中心\n整理：陈帅 夏榆\n发言。"
    )
    assert extract_metadata(numbered(text)).facts.date == "2001-03-04"


def test_minutes_chaired_by_a_named_host_are_dated_by_their_time_field() -> None:
    text = (
        "专题会议纪要\n时间：2026年4月4日\n地点：市政府第三会议室\n主持人：王五\n会议研究了工作。"
    )
    assert extract_metadata(numbered(text)).facts.date == "2026-04-04"


def test_minutes_dated_by_a_day_field_spelled_in_chinese_numerals() -> None:
    text = (
        "第一次全体委员会议纪录\n日期：二零二四年六月十四日（星期五）\n主持人：邝国权\n会议开始。"
    )
    assert extract_metadata(numbered(text)).facts.date == "2024-06-14"


def test_a_notice_s_time_field_is_when_what_it_announces_happens() -> None:
    text = "关于举办职工运动会的通知\n时间：2024年4月10日\n地点：市体育中心\n请各单位做好准备。"
    assert extract_metadata(numbered(text)).facts.date is None


def test_an_event_s_time_field_with_its_hour_over_its_place_stays_in_the_text() -> None:
    """With a time of day, `时间：` may be a page's dateline; over `地点：` it is when the event
    happens, and the field stays (the day still dates a text nothing else dates)."""
    text = (
        "金钲集团2017迎新PARTY流程\n时间：2017年1月7日 14：00\n地点：大兴区西红门九龙假日俱乐部\n"
        "参加人员：全体员工\n主持人：徐蓉\n一、开场\n尊敬的各位领导、各位同事，大家下午好！"
    )
    result = extract_metadata(numbered(text))
    assert texts(result.lines)[:2] == [
        "时间：2017年1月7日 14：00",
        "地点：大兴区西红门九龙假日俱乐部",
    ]
    assert result.facts.date == "2017-01-07"


def test_a_record_s_code_over_the_title_is_passed_over() -> None:
    text = "编号：166133\n表面活性剂溶液粗粒化模型流动模拟\n刘飞，周文静\n摘要：本文研究流动。"
    assert extract_metadata(numbered(text)).facts.title == "表面活性剂溶液粗粒化模型流动模拟"


def test_a_field_whose_value_is_a_code_is_no_title() -> None:
    text = "智联科创有限公司 产品研发部\n文档版本：V1.0\n更新日期：2025年01月01日\n前言\n欢迎加入。"
    assert extract_metadata(numbered(text)).facts.title != "文档版本：V1.0"


def test_a_title_under_a_body_s_letterhead_is_the_title() -> None:
    text = (
        "中华民国天文学会\nAstronomical Society of the Republic of China\n"
        "10617台北市罗斯福路4段1号天文数学馆11楼\n"
        "中华民国天文学会第27届第1次会员大会会议纪录\n一、时间：2020年9月4日\n会议开始。\n"
        "中华民国天文学会\nAstronomical Society of the Republic of China\n"  # the next page's
        "会议继续。\n中华民国天文学会"  # a signature
    )
    result = extract_metadata(numbered(text))
    assert result.facts.title == "中华民国天文学会第27届第1次会员大会会议纪录"
    assert result.facts.author == "中华民国天文学会"
    assert texts(result.lines) == [
        "一、时间：2020年9月4日",
        "会议开始。",
        "会议继续。",
        "中华民国天文学会",
    ]
    assert {edit.rule for edit in result.edits} == {"metadata.title", "metadata.letterhead"}


def test_a_document_named_right_under_a_body_s_name_is_the_title() -> None:
    text = (
        "某某医院企业工会\n2026年度工作计划（草案）\n（提请第一次会员大会审议）\n"
        "一、工作目标\n全面加强工会组织建设，维护职工合法权益。"
    )
    facts = extract_metadata(numbered(text)).facts
    assert (facts.title, facts.author) == ("2026年度工作计划（草案）", "某某医院企业工会")


def test_a_writer_s_byline_in_english_over_a_bilingual_text_names_the_author() -> None:
    lead = "平日里，外卖骑手无处不在，但也总被忽视；在武汉，他们是许多市民与外界的联系。"
    body = "Delivery drivers in Wuhan offer a lifeline to millions of people."
    lines = numbered(f"封城下的外卖骑手\n{lead}\nBy Vivian Wang\n{body}" + "\n正文。" * 20)
    lines = (replace(lines[0], shape=Shape.HEADING, level=1), *lines[1:])
    result = extract_metadata(lines)
    assert result.facts.author == "Vivian Wang"
    assert texts(result.lines)[:2] == [lead, body]


@pytest.mark.parametrize(
    ("line", "source"),
    [
        (
            "来源：首都之窗（北京市人民政府门户网站）· https://www.beijing.gov.cn/a/t1.html",
            "首都之窗（北京市人民政府门户网站）",
        ),
        ("来源：https://rsj.beijing.gov.cn/xxgk/tzgg/202001/t20200106_1556675.html", None),
    ],
)
def test_a_source_line_s_address_is_none_of_its_name_and_the_header_reads_on(
    line: str, source: str | None
) -> None:
    text = f"北京市发布十大劳动人事争议仲裁典型案例\n{line}\n发布日期：2024-12-17\n正文一段。"
    facts = extract_metadata(numbered(text)).facts
    assert (facts.source, facts.date) == (source, "2024-12-17")


def test_a_speech_s_own_date_under_its_title_outranks_the_day_a_paper_printed_it() -> None:
    """A speech given on 12 January, printed in the paper on 3 May (its page's dateline and the
    print line at its end say so): the text's date is the day it was given."""
    text = (
        "在第十八届中央纪律检查委员会第六次全体会议上的讲话\n（2016年1月12日）\n"
        "2016年05月03日00:00    来源：人民网－人民日报\n"
        "1993年以来，我们党的总书记每年都在中央纪委全会上讲话。\n"
        "《人民日报》（2016年05月03日02版）"
    )
    facts = extract_metadata(numbered(text)).facts
    assert facts.date == "2016-01-12"
