"""A title line taken apart (kicker, subtitle, author), and titles over two lines joined."""

from __future__ import annotations

import pytest

from unionreader.normalise.titles import TitleParts, join_title, reads_as_one, split_title


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("在全市工会工作会议上的讲话", TitleParts("在全市工会工作会议上的讲话")),
        (
            "【奋进新征程】团结动员广大职工建功新时代",
            TitleParts("团结动员广大职工建功新时代", kicker="奋进新征程"),
        ),
        ("【全文】在全市工会工作会议上的讲话", TitleParts("在全市工会工作会议上的讲话")),
        ("【视频】职工运动会精彩瞬间", TitleParts("职工运动会精彩瞬间")),
        (
            "【凝心聚力 实干争先】——全市工会工作综述",
            TitleParts("凝心聚力 实干争先", subtitle="全市工会工作综述"),
        ),
        (
            "王文：中美贸易“持久战”中的职工就业",
            TitleParts("中美贸易“持久战”中的职工就业", author="王文"),
        ),
        (  # a note's mark in the title: apparatus
            "关于国际新形势对新华日报⑴记者的谈话",
            TitleParts("关于国际新形势对新华日报记者的谈话"),
        ),
        (
            "江西省2022年国民经济和社会发展统计公报[1]",
            TitleParts("江西省2022年国民经济和社会发展统计公报"),
        ),
        (  # two hyphens for a dash, as a copy in ASCII writes it
            "论人民民主专政--纪念中国共产党二十八周年",
            TitleParts("论人民民主专政", subtitle="纪念中国共产党二十八周年"),
        ),
        (  # a title's label: 原 is a surname, 原标题 no name
            "原标题：市总工会开展农民工欠薪专项维权行动",
            TitleParts("市总工会开展农民工欠薪专项维权行动"),
        ),
        (
            "【工会视点】刘红：让职工之家暖起来",
            TitleParts("让职工之家暖起来", kicker="工会视点", author="刘红"),
        ),
        # a label before a colon is no author: 特稿 and 专访 are no names
        ("专访：让职工之家暖起来的人们", TitleParts("专访：让职工之家暖起来的人们")),
        # an office before the name makes it no author prefix
        (
            "市总工会主席刘红：让职工之家暖起来",
            TitleParts("市总工会主席刘红：让职工之家暖起来"),
        ),
        # a label before the title, as a law database or a form prints it, is no part of it
        ("法规名称：劳动基准法", TitleParts("劳动基准法")),
        ("标题：关于加强工会工作的意见", TitleParts("关于加强工会工作的意见")),
        ("名　　称：劳动基准法", TitleParts("劳动基准法")),  # a label letter-spaced (Taiwan's)
        ("题目: 【全文】在全市工会工作会议上的讲话", TitleParts("在全市工会工作会议上的讲话")),
        # a date in brackets after the title is its date
        (
            "在三峡工程大江截流仪式上的讲话（一九九七年十一月八日）",
            TitleParts("在三峡工程大江截流仪式上的讲话", date="1997-11-08"),
        ),
        ("在庆祝大会上的讲话(2021年12月28日)", TitleParts("在庆祝大会上的讲话", date="2021-12-28")),
        ("在庆祝大会上的讲话【2021.12.28】", TitleParts("在庆祝大会上的讲话", date="2021-12-28")),
        (
            "【工会视点】在全总执委会上的讲话（二〇二二年一月）",
            TitleParts("在全总执委会上的讲话", kicker="工会视点", date="2022-01"),
        ),
        # a subtitle after a dash on the title's line
        (
            "大力推进和扶持农业产业化经营———关于农业产业化经营的调查报告",
            TitleParts("大力推进和扶持农业产业化经营", subtitle="关于农业产业化经营的调查报告"),
        ),
        (
            "凝心聚力 实干争先——在区总工会全委（扩大）会议上的讲话",
            TitleParts("凝心聚力 实干争先", subtitle="在区总工会全委（扩大）会议上的讲话"),
        ),
        ("工会——职工之家", TitleParts("工会——职工之家")),  # too short to part
        ("2013中国——阿拉伯国家博览会开幕", TitleParts("2013中国——阿拉伯国家博览会开幕")),
        (  # the dash inside a quotation: no subtitle after it
            "“国家所需 香港所长——共拓‘一带一路’策略机遇”论坛在京举行",
            TitleParts("“国家所需 香港所长——共拓‘一带一路’策略机遇”论坛在京举行"),
        ),
        ("《奋斗——新时代工人阶级》出版发行", TitleParts("《奋斗——新时代工人阶级》出版发行")),
        # a bracket that is no date, or a date with more in it, stays
        (
            "中华人民共和国工会法（2021年12月24日修正）",
            TitleParts("中华人民共和国工会法（2021年12月24日修正）"),
        ),
        ("工会工作要点（2022年）", TitleParts("工会工作要点（2022年）")),
        ("会议纪要（2021年第3期）", TitleParts("会议纪要（2021年第3期）")),
    ],
)
def test_split_title(line: str, parts: TitleParts) -> None:
    assert split_title(line) == parts


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("在庆祝中华全国总工会成立一百周年", "暨全国劳动模范表彰大会上的讲话"),
        ("团结动员广大职工在", "推动高质量发展中建功立业"),
        ("全面贯彻党的二十大精神，", "奋力开创工会工作新局面"),
        ("某某省人民政府外事办公室", "2022年考试大纲"),
        ("某某市总工会", "关于表彰先进职工之家的决定"),
        ("工會組織運作實務", "參考手冊"),  # a line that names only a kind of document
        ("职工技能培训工作", "实施规范"),
        ("2025桃园新创之星x创天下竞赛", "个人资料提供同意书"),  # a form's kind
        ("关于开展“我的刀盾”传", "播素材整理工作的通知"),  # 的 inside quotation marks
        ("关于开展《职工的书屋》", "建设工作的通知"),
        ("在推进产业工人队伍建设改革", "中发挥工会作用"),  # 中 after the phrase it places
        ("马恒昌小组向全省职工发出倡议：企业有困难主人来", "承担"),  # a word broken off at
        # the page's width
    ],
)
def test_lines_that_read_as_one(upper: str, lower: str) -> None:
    assert reads_as_one(upper, lower)
    assert join_title([upper, lower]) == upper + lower


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("坚定信心", "真抓实干"),
        ("凝心聚力 实干争先", "奋力开创工会工作新局面"),
        # a line that ends with a word of one of the continuing characters (存在, not 在)
        ("中国河南的中小学大多都是超越996的存在", "对初高中学校的控诉"),
        ("坚持以职工为中心的工作导向", "推动工会工作高质量发展"),
        ("坚持人民至上", "维护职工合法权益"),
        ("如何查询电子薪资单", "中午肚子饿怎么办"),  # 中 opens a word of its own
        ("职工书屋建设情况", "上级工会拨付经费"),
        ("马恒昌小组向全省职工发出倡议：企业有困难主人来", "前言"),  # a part's name
        ("团结动员广大职工在推动高质量发展中建功立业", "李明"),  # a byline's name
        ("在全市工会第十五次代表大会暨职工代表大会上的讲话", "张军"),
    ],
)
def test_two_phrases_are_joined_with_a_space(upper: str, lower: str) -> None:
    assert not reads_as_one(upper, lower)
    assert join_title([upper, lower]) == f"{upper} {lower}"


def test_three_lines_are_joined_phrase_by_phrase() -> None:
    assert join_title(["在庆祝全总成立一百周年", "暨全国劳动模范表彰大会上的", "讲话"]) == (
        "在庆祝全总成立一百周年暨全国劳动模范表彰大会上的讲话"
    )
    assert join_title(["坚定信心", "真抓实干", "奋力开创新局面"]) == (
        "坚定信心 真抓实干 奋力开创新局面"
    )


@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        ("党建专栏｜秋日迎新正当时，党旗领航显担当", "党建专栏", "秋日迎新正当时，党旗领航显担当"),
        ("两会受权发布 | 解放军和武警部队代表团新闻发言人答记者问", "两会受权发布", None),
        ("工会新闻 | 短标题", None, "工会新闻 | 短标题"),  # the rest too short: no column
    ],
)
def test_a_column_s_name_before_a_bar_is_the_kicker(
    line: str, kicker: str | None, title: str | None
) -> None:
    parts = split_title(line)
    assert parts.kicker == kicker
    assert parts.title == (title or line.split("|")[-1].strip())


@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        ("[视频]李克强会见劳尔·卡斯特罗", None, "李克强会见劳尔·卡斯特罗"),
        (
            "[视频]【科学发展 成就辉煌】建设提速 让保障房更宜居",
            "科学发展 成就辉煌",
            "建设提速 让保障房更宜居",
        ),
        ("（图文）区总工会开展送清凉活动", None, "区总工会开展送清凉活动"),
        ("[1]一个注释的标题", None, "[1]一个注释的标题"),
    ],
)
def test_a_kind_of_post_in_brackets_before_a_title_is_no_part_of_it(
    line: str, kicker: str | None, title: str
) -> None:
    parts = split_title(line)
    assert (parts.kicker, parts.title) == (kicker, title)


def test_a_title_and_the_same_title_again_are_not_one_title_broken() -> None:
    title = "中华人民共和国和新西兰关于全面战略伙伴关系的联合声明"
    assert not reads_as_one(title, title)


def test_a_line_that_opens_with_a_name_goes_on_no_title() -> None:
    assert not reads_as_one("保障农民工工资支付条例", "中华人民共和国国务院令")
    assert reads_as_one("在全市工会工作会议", "上的讲话")


def test_a_title_dated_in_eight_figures() -> None:
    assert split_title("《新闻联播》 （20250428）") == TitleParts("《新闻联播》", date="2025-04-28")
    assert split_title("年度报告（20251399）").date is None  # no such day


def test_a_title_with_its_day_before_it() -> None:
    """A blog names its posts by their day: the day is the date, not part of the title."""
    parts = split_title("2017-02-22 回应「配合劳基法修正，政府应取消国旅卡」PO工作坊")
    assert parts == TitleParts(
        "回应「配合劳基法修正，政府应取消国旅卡」PO工作坊", date="2017-02-22"
    )
    assert split_title("2024/5/1 劳动节致全市职工的慰问信").date == "2024-05-01"
    assert split_title("2024-13-01 劳动节致全市职工的慰问信").date is None  # no such month
    assert split_title("2024-05-01 Q1").title == "2024-05-01 Q1"  # no title after it
