from __future__ import annotations

from helpers import numbered, texts

from unionreader.normalise.boilerplate import page_title, remove_boilerplate

PAGE = """职工书屋建设取得新进展_要闻_某某工人网
首页 新闻 工会 维权 就业 文化 视频
当前位置：首页 > 要闻
工会动态
张三 某省总工会主席
李 四 某省总工会副主席、党组成员
王五五 某省总工会副主席(兼)
职工书屋建设取得新进展
今年以来，全省新建职工书屋三百家。
职工书屋成为职工学习的好去处。
责任编辑：赵六
网站地图 | 联系我们 | 关于我们
备案号：京ICP备12345678号
Copyright © 2024 某某工人网
扫一扫关注
×"""


def test_page_furniture_goes_and_the_text_stays() -> None:
    result = remove_boilerplate(numbered(PAGE))
    assert texts(result.lines) == [
        "职工书屋建设取得新进展",
        "今年以来，全省新建职工书屋三百家。",
        "职工书屋成为职工学习的好去处。",
    ]
    rules = {edit.line: edit.rule for edit in result.edits}
    assert rules[1] == "boilerplate.page-title"
    assert rules[2] == rules[3] == "boilerplate.navigation"
    assert rules[4] == "boilerplate.page-header"
    assert rules[5] == rules[6] == rules[7] == "boilerplate.sidebar"
    assert rules[11] == "boilerplate.credit"
    assert {rules[n] for n in range(12, 17)} == {"boilerplate.footer"}
    assert all(edit.after == "" for edit in result.edits)
    assert len(result.edits) == 13  # every removed line is recorded, none silently


def test_contact_block_of_an_unrelated_company_goes() -> None:
    text = "全文完。\n公司邮箱：a@b.com\n联系电话：010-1234567\n邮 编：100000\n地址：某市某路1号"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == ["全文完。"]
    assert {e.rule for e in result.edits} == {"boilerplate.contact"}


def test_a_single_address_sentence_in_the_text_stays() -> None:
    text = "工会地址：某市人民路一号，欢迎职工来访。\n这是正文。"
    assert texts(remove_boilerplate(numbered(text)).lines) == texts(numbered(text))


def test_text_without_furniture_is_untouched() -> None:
    text = "在总工会全委会上的讲话\n同志们：\n一是抓好落实。\n二是加强领导。"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == texts(numbered(text)) and result.edits == ()


def test_short_lines_at_the_end_stay_without_a_footer_sign() -> None:
    text = "特此通知。\n某市总工会\n2024年3月1日"
    assert texts(remove_boilerplate(numbered(text)).lines) == [
        "特此通知。",
        "某市总工会",
        "2024年3月1日",
    ]


def test_page_title_shapes() -> None:
    assert (
        page_title("在脱贫攻坚主战场中发挥工会组织作用-工会-中工网")
        == "在脱贫攻坚主战场中发挥工会组织作用"
    )
    assert page_title("全国总工会召开座谈会 推动职工技能提升--工会频道--人民网") == (
        "全国总工会召开座谈会 推动职工技能提升"
    )
    assert page_title("这次会议的主要任务是，以习近平新时代中国特色社会主义思想为指导。") is None
    assert page_title("牢记嘱托 挺膺担当 组织动员广大职工为建设壮美广西团结奋斗") is None
