from __future__ import annotations

from pathlib import Path

import pytest
from helpers import numbered, texts

from unionreader.documents import load_document
from unionreader.model import Line, RawText, Seed, SeedMeta, Shape
from unionreader.normalise.boilerplate import _menu_leftovers, page_title, remove_boilerplate
from unionreader.normalise.chain import normalise
from unionreader.normalise.furniture import is_footer, is_navigation, text_end, text_start

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


def test_a_paragraph_cut_off_before_its_stop_stays_above_a_database_s_notices() -> None:
    """An excerpt's last heading and its paragraph, cut off mid-sentence, over a database's
    rights notices: the text's own, not the footer's (they had gone with the notices)."""
    cut = (
        "中国共产党十一届三中全会以后的八十年代，是我国各族人民在党的领导下，阔步前进的十年。"
        "这十年，我们坚持以经济建设为中心，坚"
    )
    text = (
        f"各位代表：\n现在，我代表国务院，向大会作报告，请审议。\n一、制定十年规划的立足点\n{cut}\n"
        "？四94．2016 China Academic Journal Electronic Publishing House. All rights reserved."
    )
    assert texts(remove_boilerplate(numbered(text)).lines) == text.split("\n")[:4]


def test_a_reference_that_names_copyright_is_no_footer_sign() -> None:
    """A paper's references after its list's last items: `[2]Bennett (2025). Copyright
    infringement…` is one of the text's notes, not a site's copyright line, and the items and
    the heading over the references stay."""
    text = (
        "2)自双方签章并经采购中心审核编号后生效。\na.合同一式四份，自双方签章后生效\n"
        "4 参考文献\n[1]Anderson, T. (2024). The impact of quantum effects.\n"
        "[2]Bennett, L. M. (2025). Copyright infringement in artificial intelligence."
    )
    assert texts(remove_boilerplate(numbered(text)).lines) == text.split("\n")


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
    assert page_title("坚定信心 真抓实干——在市总工会全委会上的讲话") is None


# ---------------------------------------------------------------- shape and place


def _kept(text: str) -> list[str]:
    return texts(remove_boilerplate(numbered(text)).lines)


def test_a_title_with_a_dash_subtitle_is_the_title_not_a_page_title() -> None:
    text = "坚定信心 真抓实干——在市总工会全委会上的讲话\n同志们：\n这次会议很重要。"
    assert remove_boilerplate(numbered(text)).edits == ()


def test_a_page_title_needs_a_site_suffix_or_the_headline_repeated_below() -> None:
    text = "2024-2025年度劳动竞赛方案-讲话稿\n一、竞赛内容\n开展岗位练兵。"
    assert remove_boilerplate(numbered(text)).edits == ()
    result = remove_boilerplate(numbered("职工书屋建设取得新进展_要闻_某某工人网\n正文。"))
    assert texts(result.lines) == ["职工书屋建设取得新进展", "正文。"]
    (edit,) = result.edits
    assert (edit.rule, edit.after) == ("boilerplate.page-title", "职工书屋建设取得新进展")
    copied = remove_boilerplate(
        numbered("Python之父称996惨无人道，系列项目霸榜GitHub - 知乎\n正文。")
    )
    assert texts(copied.lines)[0] == "Python之父称996惨无人道，系列项目霸榜GitHub"  # a platform


def test_a_string_of_keywords_opening_a_copy_goes_and_is_no_title() -> None:
    spam = "国产一区二区三视频在线-激情午夜一区二区三区-国产男女啪啪视频免费-亚洲综合另类小说合集"
    result = remove_boilerplate(numbered(f"{spam}\n向胼手胝足的劳动者致敬\n今天是劳动节。"))
    assert texts(result.lines) == ["向胼手胝足的劳动者致敬", "今天是劳动节。"]
    assert [(e.rule, e.before) for e in result.edits] == [("boilerplate.keywords", spam)]


@pytest.mark.parametrize(
    "line",
    [
        "发布时间:2020-12-25 浏览:405",  # a date's hyphens part nothing
        "工会要闻_第二版_栏目之一名称很长的一个栏目",  # no site named, the last piece long
    ],
)
def test_no_page_title_without_a_site(line: str) -> None:
    """(A date's hyphens, or a last piece too long to name a site.)"""
    text = f"{line}\n近日，首钢21名劳动模范受到表彰。"
    assert remove_boilerplate(numbered(text)).edits == ()


@pytest.mark.parametrize(
    "line",
    [
        "陇ICP备12345678号",
        "京ICP证100580号| 互联网新闻信息服务许可证 (1012009003)",
        "Copyright © 2000-2022 XINHUANET.com All Rights Reserved.",
        "版权所有：某市总工会",
        "人民网版权所有,未经书面授权禁止使用",
        "扫码关注",
        "扫一扫在手机打开当前页",
        "分享到:",
        "×",
        # one line for each shape the footer pattern knows (each holds a character of the
        # quick test before it, `_FOOTER_HINT`, in any case)
        "icp：12345678",
        "京公网安备 11010502030143号",
        "增值电信业务经营许可证：京B2-20090059",
        "COPYRIGHT 2023",
        "©中工网",
        "all rights reserved",
        "中工网版权所有",
        "举报电话：010-12345678",
        "违法和不良信息举报",
        "请用微信扫描二维码",
        "分享至：",
        "｜",
    ],
)
def test_footer_shapes(line: str) -> None:
    assert is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "（一）推广扫码入会",
        "加强知识产权和版权保护",
        "申请营业许可证",
        "三、推广扫一扫服务",
        "383．非法经营许可证罪（第225条） 384．战时违抗命令罪（第421条）",  # a crime's name
        "同时，许可证具有4年的有效期",
        "发放自愿性产品认证证书1.7万张，发放省级工业产品生产许可证877张。",  # a count
    ],
)
def test_footer_words_in_running_text_or_headings_are_not_a_footer(line: str) -> None:
    assert not is_footer(line)


def test_a_heading_about_qr_codes_stays() -> None:
    text = "一、深化工会改革\n（一）推广扫码入会\n依托手机小程序，推广扫码入会。\n扫码关注"
    assert _kept(text) == texts(numbered(text))[:3]


def test_a_notices_signature_and_date_above_a_copyright_line_stay() -> None:
    text = (
        "各区总工会：\n请各单位认真组织开展竞赛活动，务求实效。\n某市总工会\n2024年5月6日\n"
        "版权所有：某市总工会　陇ICP备12345678号"
    )
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == texts(numbered(text))[:4]
    assert [(e.rule, e.line) for e in result.edits] == [("boilerplate.footer", 5)]


def test_lists_of_names_inside_the_text_stay() -> None:
    text = (
        "经研究，决定授予以下同志称号：\n王小明 李大伟 张晓红 刘建国 陈志强 赵丽华 孙立新\n"
        "希望受表彰的同志珍惜荣誉。\n领导小组组成如下：\n王某某　市总工会党组书记、主席\n"
        "李某某　市总工会副主席\n张某某　市总工会经费审查委员会主任\n办公室设在市总工会。"
    )
    assert remove_boilerplate(numbered(text)).edits == ()


def test_an_announced_list_at_the_very_end_stays() -> None:
    text = "领导小组组成如下：\n王某某　市总工会主席\n李某某　市总工会副主席\n张某某　市总工会委员"
    assert remove_boilerplate(numbered(text)).edits == ()


def test_menus_and_sidebars_above_the_text_or_below_its_end_go() -> None:
    text = (
        "首页 | 工会要闻 | 基层动态 | 维权服务 | 劳模风采 | 图片新闻\n领导之窗\n"
        "周某某　区总工会党组书记、主席\n吴某某　区总工会副主席\n郑某某　区总工会委员\n"
        "区总工会开展送清凉活动\n7月以来，区总工会开展送清凉活动。\n"
        "相关新闻 | 更多 | 返回顶部 | 打印本页 | 关闭窗口 | 收藏本站"
    )
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == ["区总工会开展送清凉活动", "7月以来，区总工会开展送清凉活动。"]
    rules = [e.rule.removeprefix("boilerplate.") for e in result.edits]
    assert rules == ["navigation"] + ["sidebar"] * 4 + ["navigation"]


def test_a_byline_of_many_names_is_no_menu() -> None:
    """`文/` and six short words parted by spaces look like a menu, but name the reporters."""
    text = (
        "青县蔬菜进京津\n本报讯 青县今年将有百万吨优质蔬菜进入京津市场。\n"
        "这是第二段正文，讲述了运输的过程。\n文/本报记者 朱健勇 见习记者 韩谦 实习生 张玉杰 朱雅迪"
    )
    assert remove_boilerplate(numbered(text)).edits == ()


def test_the_issuers_contact_details_inside_a_notice_stay() -> None:
    text = (
        "请于4月10日前将推荐材料报市总工会经济技术部。\n联系人：李某某\n"
        "联系电话：0931-1234567\n电子邮箱：jjb@example.org\n附件：推荐表\n市总工会\n2024年3月20日"
    )
    assert remove_boilerplate(numbered(text)).edits == ()


def test_text_start_and_end() -> None:
    lines = numbered("标题\n各单位：\n正文，第一句。\n某市总工会\n2024年3月1日\n网站地图")
    assert (text_start(lines), text_end(lines)) == (2, 4)


def test_a_footer_label_with_a_colon_protects_no_menu_or_contact_lines() -> None:
    text = (
        "正文到此结束。\n友情链接：\n"
        "中华全国总工会 | 中国工人网 | 中工网 | 工人日报 | 人民网 | 新华网\n"
        "联系我们：\n电话：010-12345678\n地址：某市某路1号\nCopyright © 2024 某某工会网"
    )
    assert _kept(text) == ["正文到此结束。"]


def test_an_announced_list_of_names_with_notes_dots_and_spaced_names_stays() -> None:
    """Rows of names as a press release sets them: a note in brackets, a transliterated name
    with a middle dot, a two-character name spaced out to the width of three."""
    text = (
        "总统府今日公布遴聘资政名单。\n资政名单如下：\n"
        "王茂雄　田弘茂　吴胜雄（吴晟）　吴荣义　李明亮　李茂盛\n"
        "李逸洋　沈国荣　林    全　林信义　姚嘉文　夏本‧嘎那恩\n"
        "孙大川　张俊雄　张博雅　许胜雄　陈博志　陈继盛\n萧新煌　颜志发"
    )
    assert remove_boilerplate(numbered(text)).edits == ()


@pytest.mark.parametrize(
    "line",
    [
        "当前位置：首页 > 要闻",
        "现在位置：首页 >> 东区新闻 >> 正文",
        "所在位置：首页 » 工会动态",
        "首页 >> 新闻中心 >> 基层动态",
        "> 动态内容",  # a section's crumb alone
    ],
)
def test_breadcrumbs_with_any_label_or_doubled_arrows_are_navigation(line: str) -> None:
    assert is_navigation(line)
    assert not is_navigation("工会动态") and not is_navigation(">>催发年终奖")
    assert not is_navigation("政 府 工 作 报 告")  # a title set letter-spaced, no menu
    assert not is_navigation("3、党支部审核 -> 分党委审核 -> 组织部审核")  # a step's flow
    assert not is_navigation("假设选择为:和晓云搭话(较文静)->向乐诗泼水->道歉->帮韩辉说话")


def test_a_digest_s_dated_items_are_no_menu() -> None:
    text = (
        "各地工会简报汇总如下，每期一条。\n"
        "2026/08/17 市总工会简报·8 月 / 第二期 / 2026 | More\n"
        "2026/08/10 劳动保护动态 in Week 33 | More"
    )
    assert texts(remove_boilerplate(numbered(text)).lines) == texts(numbered(text))


def test_a_text_s_notes_that_hold_only_an_address_stay() -> None:
    """Markdown footnotes whose text is a link (the writer's sources): their marks stay in the
    text, and so do they (they had gone as the page's footer)."""
    text = (
        "对一个词汇的理解——「强迫劳动」[1]。法院叫停了工程[2]，工人被遣返。\n"
        "Source via: https://note.bgzo.cc/weekly/1220-forced-labor\n"
        "[1]https://zh.wikipedia.org/wiki/forced-labour\n"
        "[2]via https://cn.nikkei.com/china/57620.html"
    )
    assert texts(remove_boilerplate(numbered(text)).lines)[-2:] == [
        "[1]https://zh.wikipedia.org/wiki/forced-labour",
        "[2]via https://cn.nikkei.com/china/57620.html",
    ]


def test_a_word_file_s_lines_that_look_like_a_page_s_furniture_stay() -> None:
    """A table's row with dashes (no browser title), a point that repeats a word of the cover
    (no title with a column's name), a date spaced as a form aligns it (no menu)."""
    text = "时间\t2021年 11月 29日 - 开始 17:30 - 结束\n主题\t确认创作方向和手法\n讨论内容如下。"
    assert texts(remove_boilerplate(numbered(text)).lines) == texts(numbered(text))
    cover = "SEASONS\n王云缇\n一、作称品名：SEASONS\n二、作品理念：四季的灯。"
    assert "一、作称品名：SEASONS" in texts(remove_boilerplate(numbered(cover)).lines)
    signed = "团队全体成员签名：\n中 华 民 国114年  07  月  27  日"
    assert texts(remove_boilerplate(numbered(signed)).lines)[-1].startswith("中 华 民 国")


def test_a_standard_s_classification_by_its_ics_is_no_page_number() -> None:
    cover = numbered("ICS 27.120.99\nF69\n备案号：\n核电厂定期安全评价\n本部分规定了评价的要求。")
    assert "F69" in texts(remove_boilerplate(cover).lines)
    paper = numbered("出版日期：2024年3月1日\n综合新闻\nA3\n职工书屋建设取得新进展\n本报讯。")
    assert "A3" not in texts(remove_boilerplate(paper).lines)


def test_photo_captions_of_a_text_that_lost_its_line_breaks_go_with_their_credits() -> None:
    """A caption and its credit stand between two paragraphs, the credit run into the next one:
    the caption goes (its credit with it), and no fake heading (新华社记者) is left."""
    text = (
        "同志们：今天召开会议，总结工作。 这是5月1日，负责人在工地看望职工。 新华社记者 张三/摄"
        "第一，坚持政治引领。全市工会组织要把学习贯彻放在首位。"
    )
    seed = Seed(Path("x.txt"), "x", SeedMeta(), False)
    lines = [line.text for line in normalise(RawText(seed, "utf-8", (Line(1, text),))).lines]
    assert lines == [
        "同志们：",
        "今天召开会议，总结工作。",
        "第一，坚持政治引领。全市工会组织要把学习贯彻放在首位。",
    ]


def test_a_caption_spaced_inside_its_title_goes_whole_and_a_lead_keeps_its_sentence() -> None:
    """Paragraphs run together with spaces: a space inside a title in 《》 parts nothing (the
    caption around it goes whole, no half of it is left run into the next paragraph), and a
    wire's lead opens the paragraph after it, no heading of its own."""
    caption = (
        "9月26日，国家主席习近平出席峰会并发表题为《谋共同永续发展 做合作共赢伙伴》的重要讲话。"
    )
    text = (
        "同志们：今天召开会议，总结工作。　　"
        f"{caption}新华社记者马占成摄　　"
        "新华网联合国9月26日电　国家主席习近平26日出席联合国发展峰会并发表重要讲话。　　"
        "很高兴出席今天的峰会。在联合国成立70周年之际，各国领导人齐聚纽约。"
    )
    seed = Seed(Path("x.txt"), "x", SeedMeta(), False)
    lines = [line.text for line in normalise(RawText(seed, "utf-8", (Line(1, text),))).lines]
    assert lines == [
        "同志们：",
        "今天召开会议，总结工作。",
        "新华网联合国9月26日电 国家主席习近平26日出席联合国发展峰会并发表重要讲话。",
        "很高兴出席今天的峰会。在联合国成立70周年之际，各国领导人齐聚纽约。",
    ]


def test_a_blog_s_tail_goes_with_the_column_s_blurb_under_its_label() -> None:
    """A column's page: the text, an appeal for subscribers, the column's label and its blurb
    (which the page prints under every text of the column)."""
    text = "\n".join(
        [
            "罢工能否成功，是建基于工会组织者的恒常组织工作。",
            "工党成立后一直都有声援工人罢工，支持工人争取合理权益。",
            "请加入成为众新闻的月费订户，长期支持我们的工作。所有订户都可以收到我们的通讯。",
            "月费订户网址：hkcnews.com/aboutus/#subscribe",
            "博客 | 工党有Say",
            "【工党有Say】我们期许实现一个财富资源公平分配和共享的公义社会。工党相信，历史是由人民谱写。",
        ]
    )
    assert texts(remove_boilerplate(numbered(text)).lines) == text.split("\n")[:2]


def test_a_bracketed_label_at_the_end_with_no_column_above_it_stays() -> None:
    text = "工会要坚持以职工为中心。\n【工会视点】我们期许实现一个公平的社会。"
    assert texts(remove_boilerplate(numbered(text)).lines) == text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "（视频编辑：邓喜婷 文字编辑：冯思谣）",
        "(视频编辑：张双玲 文字编辑：温凤浩)",
        "审核：王五，校对：赵六",
        "编辑 | 陈弗也",
        "新媒体编辑：杨明珠（实习）",
        "出品 | 棱镜·腾讯小满工作室",
        "编辑丨裘海棠 出品丨腾讯新闻 谷雨工作室",
        "核查：张天真",  # a fact-checker's
    ],
)
def test_a_line_of_credits_goes(line: str) -> None:
    result = remove_boilerplate(numbered(f"职工书屋成为职工学习的好去处。\n{line}"))
    assert texts(result.lines) == ["职工书屋成为职工学习的好去处。"]
    assert [edit.rule for edit in result.edits] == ["boilerplate.credit"]


def test_credits_closing_a_paragraph_are_cut_from_it() -> None:
    text = "终于将她救上了船。（视频编辑：林楠 文字编辑：刘禛）\n下一段。"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == ["终于将她救上了船。", "下一段。"]
    (edit,) = result.edits
    assert (edit.rule, edit.line) == ("boilerplate.credit", 1)
    assert "视频编辑" in edit.before and "视频编辑" not in edit.after


def test_a_wire_s_editor_credit_and_its_day_s_stamp_are_cut_from_the_last_paragraph() -> None:
    """Taiwan's Central News Agency closes a story with its editor and the day's stamp (the
    Republic's year, the month, the day)."""
    text = "爆料内容明显与事实不符。（编辑：陈仁华）1120823\n下一段。"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == ["爆料内容明显与事实不符。", "下一段。"]


@pytest.mark.parametrize(
    "text",
    [
        "他说：（编辑部的意见）很好。",
        "编辑：这是一篇关于职工书屋建设的长篇报道的开头部分。",
        "编辑工作（校对）",
        "入会率：指已加入工会的职工人数占职工总数的比重。（数据来源：市总工会组织部）",
        "（数据来源：市统计局）",  # where a definition's or a chart's figures came from
    ],
)
def test_what_only_looks_like_credits_stays(text: str) -> None:
    assert texts(remove_boilerplate(numbered(text)).lines) == [text]


REPORT_TOP = [
    "2026年四川省人民政府工作报告",
    "各位代表：",
    "现在，我代表省人民政府，向大会报告工作，请予审议。",
]


def _report(ending: list[str]) -> str:
    body = [f"{n}.第{n}项工作取得新进展，全省上下共同努力完成任务。" for n in range(1, 35)]
    return "\n".join([*REPORT_TOP, *body, *ending])


def test_the_page_s_share_snippet_and_related_links_after_the_text_go() -> None:
    related = [
        "相关链接>>",
        "abcd39f1fb7f426d9dfb6bd0fa1f2146:",
        "解读省政府工作报告：在服务中前行",
    ]
    result = remove_boilerplate(numbered(_report([*related, *REPORT_TOP])))  # the top again
    assert texts(result.lines)[-1] == "34.第34项工作取得新进展，全省上下共同努力完成任务。"


@pytest.mark.parametrize(
    "related",
    [
        ["— 往期回顾 —", "2020.08.29", "市十七届人大常委会召开第三十七次会议！", "2020.09.01"],
        ["👉优品推荐", "👉 含一颗，2秒解决口臭！", "👉新发现，睡前一喷，秒入睡！"],  # an advert's
    ],
)
def test_a_related_links_label_set_between_rules_goes_with_its_headlines(
    related: list[str],
) -> None:
    result = remove_boilerplate(numbered(_report(related)))
    assert texts(result.lines)[-1] == "34.第34项工作取得新进展，全省上下共同努力完成任务。"


def test_an_appeal_the_writer_repeats_at_the_end_stays() -> None:
    """A text that opens and closes with the same appeal (whole sentences, no title among
    them): the writer's repeat, not the page's share snippet."""
    appeal = [
        "同志们！请赶往派出所，和先进工人一道，去争取胜利！！！",
        "请速速赶赴燕子岭！与先进工人一起为正义事业奋斗！！",
    ]
    text = _report(appeal).replace("\n".join(REPORT_TOP), "\n".join([REPORT_TOP[0], *appeal]))
    assert texts(remove_boilerplate(numbered(text)).lines)[-2:] == appeal


def test_a_signature_date_the_top_shows_too_stays() -> None:
    text = _report(["四川省人民政府", "2026年2月3日"]).replace("各位代表：", "2026年2月3日")
    kept = texts(remove_boilerplate(numbered(text)).lines)
    assert kept[-2:] == ["四川省人民政府", "2026年2月3日"]


def test_a_menu_of_bulleted_lines_above_the_text_goes_a_bulleted_list_in_it_stays() -> None:
    menu = ["媒体", "• 澳广视新闻", "• 政府消息", "• 濠江日报", "• 澳门日报", "新闻"]
    menu += ["• 雷暴警告生效", "• 港股高开0.3%", "• 【澳门记忆】荷兰园真有荷兰人？"]
    menu += ["• 字节跳动：无任何出售TikTok计划", "• 雷暴警告取消"]
    body = ["维护权益嘉年华氹仔举行", "工联副理事长表示，近来访澳旅客量持续上升，工作量增加。"]
    listed = ["工会提出三点要求：", "• 保障休息", "• 改善待遇", "• 加强培训", "• 畅通渠道"]
    kept = texts(remove_boilerplate(numbered("\n".join([*menu, *body, *listed]))).lines)
    assert kept == [*body, *listed]


def test_a_bracketed_credit_and_a_copyright_notice_go() -> None:
    text = "工联会提出多项建议。\n[责任编辑：蒋璐]\n香港商报版权作品，转载须注明出处。"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == ["工联会提出多项建议。"]
    assert [e.rule for e in result.edits] == ["boilerplate.credit", "boilerplate.footer"]


@pytest.mark.parametrize(
    "credit",
    [
        "【责任编辑：张樵苏】",
        "【纠错】【责任编辑：张樵苏】",
        "〔编辑：王辉〕",
        "【纠错】 【责任编辑:张樵苏 】",
    ],
)
def test_a_credit_in_lenticular_brackets_goes(credit: str) -> None:
    text = f"国家禁毒委员会部署开展专项行动。\n{credit}"
    assert texts(remove_boilerplate(numbered(text)).lines) == ["国家禁毒委员会部署开展专项行动。"]


def test_a_menu_whose_bullets_stand_on_lines_of_their_own_goes() -> None:
    menu = "评新而论\n·\n中经评论：拥抱银发经济新蓝海\n·\n“疏堵结合”整治网上金融信息乱象\n·\n"
    menu += "中经评论：不断提高湾区“含金量”\n·\n以“取消公摊”实现“所购即所得”"
    body = "即将过去的2009年，无论对于中国还是世界，都是极为困难的一年。"
    result = remove_boilerplate(numbered(f"“中国工人”书写新豪迈\n{menu}\n{body}"))
    assert texts(result.lines) == ["“中国工人”书写新豪迈", body]


def test_tabs_between_bars_go() -> None:
    text = (
        "| 信息公告 |\n| 热门文章 |\n致全市广大职工的倡议书\n全市广大职工朋友们：\n让我们行动起来。"
    )
    assert texts(remove_boilerplate(numbered(text)).lines)[0] == "致全市广大职工的倡议书"


def test_a_layout_table_s_empty_cells_and_rule_go() -> None:
    text = "农民工劳动模范：最关注住房子女教育问题 | |||||||||\n---|---|---|---|\n正文。"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == ["农民工劳动模范：最关注住房子女教育问题", "正文。"]


@pytest.mark.parametrize(
    "line", ["图片来自周杉的小红书账号：北大眼健康D博士", "（图片来源于网络）", "视频来自现场网友"]
)
def test_a_line_that_says_where_a_picture_came_from_goes(line: str) -> None:
    result = remove_boilerplate(numbered(f"职工书屋成为职工学习的好去处。\n{line}\n下一段。"))
    assert texts(result.lines) == ["职工书屋成为职工学习的好去处。", "下一段。"]


def test_a_sentence_about_pictures_stays() -> None:
    text = "职工书屋成为职工学习的好去处。\n图片来自群众的拍摄，记录了那一天。\n下一段。"
    assert texts(remove_boilerplate(numbered(text)).lines) == text.split("\n")


@pytest.mark.parametrize("line", ["=" * 60, "* * *", "——", "--RECOMMEND--", "－－－－－－"])
def test_a_rule_drawn_with_characters_goes(line: str) -> None:
    result = remove_boilerplate(numbered(f"职工书屋成为职工学习的好去处。\n{line}\n下一段。"))
    assert texts(result.lines) == ["职工书屋成为职工学习的好去处。", "下一段。"]


def test_the_last_paragraph_above_a_share_widget_stays() -> None:
    """The text's last paragraph ends with its reporter in brackets; the share prompt under it
    marks the page's footer, which must not take the paragraph with it."""
    last = (
        "党旗映照清华园。“要通过学习党史，从中探索规律、寻求答案，让历史使命感振奋精神，"
        "努力培养更多卓越人才，产出更多世界领先的一流成果，为教育强国建设作出应有的贡献！”"
        "陈旭表示。（本报记者 杨飒）"
    )
    text = f"近日，学校召开大会。会议强调要抓好落实。\n{last}\n扫一扫分享本页"
    assert texts(remove_boilerplate(numbered(text)).lines) == text.split("\n")[:2]


def test_a_footer_s_sentence_after_the_text_s_own_on_one_line_goes_alone() -> None:
    note = "本文为钱理群教授2008年在新书发布会上的讲演，由北京大学“我们”文学社整理。"
    text = f"标题\n正文第一段。\n谢谢大家！\n{note}转载请注明来源。\n京ICP备12345678号"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == ["标题", "正文第一段。", "谢谢大家！", note]
    assert [(e.line, e.after) for e in result.edits] == [(4, note), (5, "")]


def test_a_portal_s_disclaimer_of_footer_sentences_goes_whole() -> None:
    """Sina's disclaimer under a talk: a footer's sentence and three of a disclaimer's, none
    of them the speaker's; the line goes whole (its last three had closed the talk)."""
    notice = (
        "免责声明：自媒体综合提供的内容均源自自媒体，版权归原作者所有，转载请联系原作者并获许可。"
        "文章观点仅代表作者本人，不代表新浪立场。若内容涉及投资建议，仅供参考勿作为投资依据。"
        "投资有风险，入市需谨慎。"
    )
    text = f"标题\n今天我讲三个问题，请大家批评指正。\n我就讲这些，谢谢大家！\n{notice}"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines)[-1] == "我就讲这些，谢谢大家！"


def test_a_long_paragraph_of_sentences_below_a_footer_mark_stays() -> None:
    prose = "这是正文的一段，" * 8 + "它很长。它有好几个句子。"
    text = f"近日，学校召开大会。\n版权所有：某市总工会\n{prose}\n京ICP备12345678号"
    assert texts(remove_boilerplate(numbered(text)).lines) == ["近日，学校召开大会。", prose]


@pytest.mark.parametrize(
    "notice",
    [
        "本文系观察者网独家稿件，未经授权，不得转载。",
        "【版权声明】本文著作权归政知新媒体独家所有，未经授权，不得转载。",
        "版权归原作者所有，向原创致敬",
        "上海证券报微信保留本作品的所有权利，未经书面授权，任何单位或个人不得转载、摘编。",
        "本网站之文字、图片及影音，非经授权，不得转载、公开播送或公开传输及利用。",
    ],
)
def test_a_page_s_notice_of_its_rights_closing_the_text_goes(notice: str) -> None:
    lines = ["工会开展送清凉活动。", "一线职工感受到了温暖。", notice]
    assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == lines[:2]


def test_a_notice_s_shape_in_the_text_stays() -> None:
    sentence = "有关歌曲未经授权用了两大知名歌手的声音，很难说不会遭遇版权纠纷。"
    lines = ["工会开展送清凉活动。", sentence, "一线职工感受到了温暖。"]
    assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == lines


def test_a_related_article_s_headline_goes_between_paragraphs_and_a_sentence_stays() -> None:
    lines = [
        "法国人来港发展的越来越多。",
        "相关新闻：港漂开店卖家乡美食：在港创业有规矩，大陆要靠关系",
        "相关新闻如烟花般绽放，好不热闹，但业界局面依旧没变。",
    ]
    assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == [lines[0], lines[2]]


def test_what_a_page_drew_on_goes_with_its_credits() -> None:
    for drawn_on in (
        "资料 | 生态环境部、新华社、澎湃新闻、中国环境报等",
        "资料｜ 新华社 人民网 国家安全部等",
    ):
        lines = ["工会开展送清凉活动。", drawn_on, "一线职工感受到了温暖。"]
        assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == [lines[0], lines[2]]


def test_the_reporters_stay_among_a_page_s_closing_lines() -> None:
    """Below a notice of rights, the page's credits go, and the reporters' byline stays for
    the metadata rules (`记者| 于怡朗`, set like a column's label; `九派新闻记者 梁霞`)."""
    for byline in ("记者| 于怡朗", "九派新闻记者 梁霞"):
        lines = ["工会开展送清凉活动。", "一线职工感受到了温暖。", byline, "编辑| 程鹏 文多"]
        lines += ["【来源：九派新闻】", "版权归原作者所有，向原创致敬"]
        kept = texts(remove_boilerplate(numbered("\n".join(lines))).lines)
        assert kept == [*lines[:3], "【来源：九派新闻】"]


@pytest.mark.parametrize(
    "credits", ["编辑 赵熹", "责编 官莉 编辑 郭宇", "流程编辑 刘伟利", "本版制图：张丹峰"]
)
def test_credits_with_a_space_after_each_role_go(credits: str) -> None:
    lines = ["工会开展送清凉活动。", "一线职工感受到了温暖。", credits]
    assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == lines[:2]


def test_related_reports_go_and_the_reporter_under_them_stays() -> None:
    lines = ["工会开展送清凉活动。", "一线职工感受到了温暖。", "相关报道："]
    lines += [
        "4农民工为9462元工钱讨要近八年未果",
        "红星新闻首席记者 张炎良",
        "编辑 王禾 责编 冯玲玲",
    ]
    kept = texts(remove_boilerplate(numbered("\n".join(lines))).lines)
    assert kept == [*lines[:2], "红星新闻首席记者 张炎良"]


@pytest.mark.parametrize(
    "line",
    [
        "资料来源：《金融时报》",  # where a table or a quotation came from: the text's
        "延伸阅读：《福泽谕吉自传》，福泽谕吉着，杨永良译，麦田，2011年",  # the book reviewed
    ],
)
def test_what_a_text_names_as_its_material_stays(line: str) -> None:
    lines = ["工会开展送清凉活动。", line, "一线职工感受到了温暖。"]
    assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == lines


def test_an_earlier_report_s_label_stays_over_its_text() -> None:
    """`此前报道：` over the earlier report's headline and its paragraphs: without the label its
    text would read as the article's own."""
    lines = [
        "工会开展送清凉活动。",
        "此前报道：",
        "动物园通报猴群与猫共栖",
        "动物园表示，已安排处置。",
    ]
    assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == lines


def test_an_earlier_report_s_label_and_headlines_ending_the_page_go() -> None:
    lines = ["工会开展送清凉活动。", "一线职工感受到了温暖。", "此前报道："]
    lines += ["郑州花34亿给河道贴瓷砖？记者实探：为人行步道，曾因降雨被淹"]
    assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == lines[:2]


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        ("本文系观察者网独家稿件，未经授权，不得转载。", "观察者网"),
        ("【版权声明】本文著作权归政知新媒体独家所有，未经授权，不得转载。", "政知新媒体"),
        ("版权归原作者所有，向原创致敬", None),
        ("本文为原创内容，版权归「三联生活周刊」所有。未经许可，严禁复制。", "三联生活周刊"),
    ],
)
def test_the_outlet_a_notice_of_rights_names_is_the_source(notice: str, source: str | None) -> None:
    seed = Seed(Path("x.txt"), "x", SeedMeta(), False)
    text = ["工会开展送清凉活动", "各级工会开展送清凉活动，一线职工感受到了温暖。", notice]
    raw = RawText(seed, "utf-8", tuple(Line(n, t) for n, t in enumerate(text, 1)))
    normal = normalise(raw)
    assert normal.facts.source == source
    assert [line.text for line in normal.lines] == text[1:2]


def test_a_column_s_label_and_the_writer_s_blurb_under_it_go_with_the_appeal_above() -> None:
    lines = ["工会开展送清凉活动。", "一线职工感受到了温暖。"]
    tail = ["请加入成为众新闻的月费订户，长期支持我们的工作。", "月费订户网址：hkcnews.com/aboutus"]
    tail += [
        "博客 | Chris Yeung",
        "Chris Yeung, Chief Writer of CitizenNews, is founder and editor.",
    ]
    assert texts(remove_boilerplate(numbered("\n".join(lines + tail))).lines) == lines


@pytest.mark.parametrize(
    "link",
    ["【相关新闻】骆应淦：应修例澄清自决准则　DQ前咨询提名顾问会", "相关评论：打记者伤港人心"],
)
def test_a_related_link_after_its_label_in_brackets_or_a_comment_s_goes(link: str) -> None:
    lines = ["法国人来港发展的越来越多。", link, "香港制度与西方国家相似。"]
    assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == [lines[0], lines[2]]


def test_a_writer_s_column_label_and_blurb_go_and_a_series_link_above_them() -> None:
    lines = ["叶太强调她是「票后」，她的说法并非全错。", "特首战局系列其他文章"]
    lines += [
        "主笔 | 杨健兴",
        "资深新闻工作者、浸会传理人。自80年代起专责报道和分析香港政治与政策。",
    ]
    assert texts(remove_boilerplate(numbered("\n".join(lines))).lines) == lines[:1]


def test_a_note_on_the_text_s_names_stays_above_the_page_s_footer() -> None:
    text = (
        "清道工们说，工资已经三个月没发了。\n文中的人名均为化名\n扫码订阅精选邮件\n版权所有 某某网"
    )
    kept = texts(remove_boilerplate(numbered(text)).lines)
    assert kept == ["清道工们说，工资已经三个月没发了。", "文中的人名均为化名"]


@pytest.mark.parametrize("asks", ["如需咨询，请发邮件到", "联系邮箱："])
def test_an_address_the_last_sentence_asks_for_stays(asks: str) -> None:
    text = f"调研报告到此结束。\n文/后勤工人关注组\n2018.11.24\n{asks}\nworkers@example.org"
    assert texts(remove_boilerplate(numbered(text)).lines)[-2:] == [asks, "workers@example.org"]


def test_a_bare_address_closing_the_page_goes() -> None:
    text = "调研报告到此结束。\n文/后勤工人关注组\n2018.11.24\nhttps://example.org/about"
    assert texts(remove_boilerplate(numbered(text)).lines)[-1] == "2018.11.24"


def test_an_account_s_card_of_contacts_after_the_text_goes_alone() -> None:
    card = "投稿|cjrb027@qq.com 合作|whcjrb027（微信）"
    text = f"标题\n正文第一段。\n正文第二段。\n{card}"
    assert _kept(text) == ["标题", "正文第一段。", "正文第二段。"]


@pytest.mark.parametrize("last", ["加入我们吧！🌊💪", "我很满意 😋"])
def test_a_writers_last_sentence_that_ends_in_emoji_ends_the_text_over_the_footer(
    last: str,
) -> None:
    text = (
        "这个英文译法和中文一样只有七个音节，非常简短，而且音调和原文相似。\n"
        f"{last}\n"
        "老生常谈 © 2019~2023 大萌 创作共用3.0\n"
        "CC-BY-NC-ND-3.0 可转载-原署名-非演绎\n"
        "https://laosheng.top/ydyl/union_of_human_fate\n"
    )
    assert _kept(text)[-1] == last


def test_a_page_s_keywords_dated_headlines_and_comment_labels_under_the_text_go() -> None:
    """A portal's tail: its keywords, its earlier reports each dated after the headline (one
    with a question mark in it), its comments' counter and label; the signature stays."""
    text = (
        "证券业协会将全力支持并配合相关部门维护市场稳定。\n中国证券业协会\n2015年7月4日\n"
        "关键词阅读：中国证券业\n相关字词：内地核酸检测支援队林郑月娥\n"
        "券业协会：近两周场外配资强制平仓约150亿元 2015/07/06\n"
        "“创投之都”深圳:如何花完800亿政府引导基金？2015/07/04\n"
        "0 人参与\n跟贴热词："
    )
    assert _kept(text) == [
        "证券业协会将全力支持并配合相关部门维护市场稳定。",
        "中国证券业协会",
        "2015年7月4日",
    ]


def test_thanks_to_who_typed_a_copy_in_go_under_the_text() -> None:
    text = "要是顽固派仍然反对宪政，那结果一定同他们的愿望相反。\n感谢 KMTの凯子 录入"
    assert _kept(text) == ["要是顽固派仍然反对宪政，那结果一定同他们的愿望相反。"]


def test_a_box_of_stamped_headlines_over_the_article_goes_and_its_headline_stays() -> None:
    """`推荐阅读` and its links, each stamped with its day (`…[08-19]`), set above the article's
    own headline (a heading the page marks): the box goes, the headline and the text stay."""
    lines = (
        Line(1, "推荐阅读", Shape.HEADING, 3),
        Line(2, "“爱在一中”｜朱雯：那些走过的日子——我与我的母校（2）[08-19]", Shape.BULLET),
        Line(3, "绍兴一中学子在全国中学生生物学联赛中喜获佳绩！[06-29]", Shape.BULLET),
        Line(4, "绍兴市总工会授予我校张洁慧老师五一劳动奖章", Shape.HEADING, 2),
        Line(5, "5月10日，绍兴市教育工会张建国主席一行专程来我校颁发五一劳动奖章。"),
    )
    assert texts(remove_boilerplate(lines).lines) == [
        "绍兴市总工会授予我校张洁慧老师五一劳动奖章",
        "5月10日，绍兴市教育工会张建国主席一行专程来我校颁发五一劳动奖章。",
    ]


def test_a_portal_s_link_home_run_on_after_the_last_sentence_goes() -> None:
    text = (
        "标题\n可以预见的是，第三方数据行业的整顿仍将持续。返回腾讯网首页>>\n"
        "家乡代表也前往送别。返回搜狐，查看更多\n请返回首页查看通知。"
    )
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == [
        "标题",
        "可以预见的是，第三方数据行业的整顿仍将持续。",
        "家乡代表也前往送别。",
        "请返回首页查看通知。",  # a sentence of the text
    ]


def test_a_type_size_control_run_on_after_a_line_goes() -> None:
    """`<font>来源：…</font><font>字号：默认 小 大</font>`: the control after the source."""
    text = "标题\n来源：省文化和旅游厅办公室字号：默认 小 大\n正文说明要调大字号：大一些。"
    assert texts(remove_boilerplate(numbered(text)).lines)[1:] == [
        "来源：省文化和旅游厅办公室",
        "正文说明要调大字号：大一些。",
    ]


def test_a_book_s_half_over_its_chapter_stays_and_a_link_to_the_next_article_goes() -> None:
    book = numbered(
        "第五章 结语\n全书上半部分到此结束。\n下篇：毛泽东与延安整风运动\n"
        "第六章 整风运动前夕\n正文。"
    )
    assert "下篇：毛泽东与延安整风运动" in texts(remove_boilerplate(book).lines)
    page = numbered("标题\n工会要做好服务职工工作。\n上篇：区总工会召开全委会议\n下篇：没有了")
    assert texts(remove_boilerplate(page).lines) == ["标题", "工会要做好服务职工工作。"]


def test_a_label_alone_over_a_numbered_list_is_its_lead() -> None:
    text = "网页说明\n免责声明：\n一、本资料库仅供参考。\n二、资料以公告为准。"
    assert texts(remove_boilerplate(numbered(text)).lines)[1] == "免责声明："
    notice = numbered("标题\n工会要做好服务职工工作。\n免责声明：本站部分内容来自网络。")
    assert texts(remove_boilerplate(notice).lines) == ["标题", "工会要做好服务职工工作。"]


MENU = (
    "国务院\n动态 \n常务会议\u00a0|\u00a0视窗 \n全体会议 \n组织机构 \n政府工作报告 \n总理\n最新 \n"
    "讲话 \n文章 \n媒体报道 \n视频 \n音频 \n图片库 \n新闻\n要闻 \n专题 \n政务联播 \n新闻发布 \n"
    "人事 \n滚动 \n政策\n最新 \n文件库 \n政府信息公开 \n公报 \n政策解读 \n互动\n督查 \n服务\n"
    "便民服务 \n数据\n快速查询 \n统计公报 \n国情\n宪法 \n国旗 \n国歌 \n国徽 \n版图 \n直通地方 "
)
"""A government portal's menu under a text, a word to a line, as gov.cn's page copies."""
ENDING = "大道之行，天下为公。全党全国各族人民要紧密团结，继续奋斗！"


def _last_lines(tmp_path: Path, after: str) -> list[str]:
    body = "\n".join(f"第{n}段，各级工会要认真贯彻落实，切实维护职工合法权益。" for n in range(5))
    path = tmp_path / "t.txt"
    text = f"关于工会工作的讲话\n\n同志们：\n{body}\n{ENDING}\n{after}\n"
    path.write_text(text, encoding="utf-8")
    doc = load_document(Seed(path, "t", SeedMeta(), catalogued=False))
    return [str(block.text) for block in doc.sections[-1].blocks]  # type: ignore[union-attr]


def test_a_site_s_menu_after_the_text_goes_but_a_list_of_bodies_or_a_poem_stays(
    tmp_path: Path,
) -> None:
    """A site's menu a word to a line after the text's last sentence goes whole; the bodies a
    notice lists after it, or a poem's lines, stay."""
    assert _last_lines(tmp_path, MENU)[-1] == ENDING
    bodies = "\n".join(f"{place}总工会" for place in "东西南北中" * 3)
    assert _last_lines(tmp_path, bodies)[-1] == "中总工会"
    poem = "\n".join(["我爱这土地", "假如我是一只鸟", "我也应该用嘶哑的喉咙歌唱"] * 5)
    assert _last_lines(tmp_path, poem)[-1] == "我也应该用嘶哑的喉咙歌唱"


def test_the_words_a_menu_s_removal_left_after_the_text_go() -> None:
    """`国务院` `文章` `公报` `国旗` `国歌` left between the menu's lines the rules removed (their
    numbers missing): the menu's too. Bodies listed line after line stay."""
    left = [Line(1, ENDING), Line(12, "国务院"), Line(21, "文章"), Line(35, "公报")]
    left += [Line(40, "国旗"), Line(41, "国歌")]
    removed = {*range(2, 12), *range(13, 21), *range(22, 35), *range(36, 40)}
    assert texts(_menu_leftovers(tuple(left), removed).lines) == [ENDING]
    listed = [Line(1, ENDING), Line(2, "市总工会"), Line(3, "市教育局"), Line(4, "市财政局")]
    assert _menu_leftovers(tuple(listed), removed).lines == tuple(listed)


def test_the_people_a_record_s_field_label_lists_are_no_menu() -> None:
    """`出席：` over a line of names with their posts (a menu's shape: six short words or more,
    spaced): who attended, kept."""
    names = "徐满柱主席 杨志雄副主席 何仲行秘书 张祥云司库 谢宝森委员 蔡韦允委员 邵颂思委员"
    text = f"第一次会议记录\n日期：2025年9月29日\n**出席：**\n{names}\n**请假：**\n黄伟明委员"
    assert names in texts(remove_boilerplate(numbered(text)).lines)


def test_the_people_a_roll_call_lists_are_no_menu() -> None:
    """Minutes' `出席委员　林国正　　李贵敏　…` (the label on the names' line): who attended,
    kept, as a group's members listed under its convener; a menu's words are no names, and
    go."""
    names = "　　".join(["林国正", "李贵敏", "孔文吉", "郑天财", "徐耀昌", "邱文彦", "王育敏"])
    for label in ("出席委员　", "请假委员　", "列席：", "临时召集人：陈锋\n"):
        text = f"立法院第8届第1次会议议事录\n{label}{names}\n委员出席　113人\n主席宣告开会。"
        assert f"{label}{names}".split("\n")[-1] in texts(remove_boilerplate(numbered(text)).lines)
    menu = "网站导航 首页 新闻中心 政务公开 办事服务 互动交流 专题专栏"
    text = f"{menu}\n立法院第8届第1次会议议事录\n主席宣告开会。"
    assert menu not in texts(remove_boilerplate(numbered(text)).lines)


def test_the_last_of_a_writer_s_list_of_links_stays() -> None:
    """A post's reading list, each item a title and its address: the last item is one of
    them, not a page's bare address at its end (it had gone)."""
    lines = (
        Line(1, "欢迎投递简历，我们会尽快回复。"),
        Line(3, "参考链接", Shape.HEADING, 2),
        Line(5, "我们如何进行实习生招聘 https://github.com/x/weloveinterns/how.md", Shape.BULLET),
        Line(6, "实习生生存手册 https://github.com/x/survival-manual", Shape.BULLET),
    )
    assert texts(remove_boilerplate(lines).lines) == [line.text for line in lines]


BOARD_POST = [
    "6.备注：",
    "终于涨了，但房租涨更多",  # the poster's own words, no stop: no page's footer
    "",
    "--",
    "生活不止眼前的苟且",  # the poster's signature
    "※ 发信站：批踢踢实业坊（ptt.cc），来自：1.2.3.4 （台湾）",
    "※ 文章网址：https://www.ptt.cc/bbs/Salary/M.1726135393.A.123.html",
    "推 abc：好耶                    09/12 18:05",
    "嘘 def：太少                    09/12 18:06",
]


def test_a_board_s_stamp_ends_a_post_with_the_signature_above_it_and_the_replies_below() -> None:
    text = "\n".join(["劳动部今天召开基本工资审议委员会。", *BOARD_POST])
    assert texts(remove_boilerplate(numbered(text)).lines) == [
        "劳动部今天召开基本工资审议委员会。",
        "6.备注：",
        "终于涨了，但房租涨更多",
    ]


def test_a_double_hyphen_with_no_board_s_stamp_below_takes_nothing_with_it() -> None:
    text = "第一段话，没有句号\n--\n第二段话，也没有句号"
    assert "第二段话，也没有句号" in texts(remove_boilerplate(numbered(text)).lines)


def test_a_related_links_label_heading_a_part_of_the_text_stays() -> None:
    """A case report's `## 相关链接` over a subhead and the law it explains: a part of the text
    (the label had gone as a page's, its subheads rising a level)."""
    law = (
        "《劳动法》第三十六条规定，国家实行劳动者每日工作时间不超过八小时的工时制度。按照法律规定，"
        "我国的工时工作制分为标准工时制、综合计算工时制和不定时工作制。可见，实行996工作制的劳动者"
        "的工作时间明显超过了法律规定的工作时间。"
    )
    lines = (
        Line(
            1,
            "法院经审理认为，小孙提交的相关证据形成了完整的证据链，证明加班事实的存在，公司应支付加班费。",
        ),
        Line(3, "相关链接", Shape.HEADING, 2),
        Line(5, "何谓法律意义上的“加班”", Shape.HEADING, 7),
        Line(7, law),
    )
    assert texts(remove_boilerplate(lines).lines) == [line.text for line in lines]


def test_a_related_links_label_over_an_articles_headline_goes() -> None:
    lines = (
        Line(1, "推荐阅读", Shape.HEADING, 3),
        Line(3, "全总部署2024年工会工作", Shape.HEADING, 1),
        Line(5, "1月11日，全总召开会议。会议部署了全年工作，要求各级工会扎实推进产改。"),
    )
    assert texts(remove_boilerplate(lines).lines)[0] == "全总部署2024年工会工作"


def test_a_related_reports_heading_among_the_writer_s_sections_stays() -> None:
    """A README's `相关报道` (a heading) over the press's reports, between its introduction and
    its next section: the writer's, kept (it had gone with all its items)."""
    lines = (
        Line(1, "工作996，生病ICU。这是一个关于996工作制的项目，欢迎大家参与讨论和贡献。"),
        Line(3, "相关报道", Shape.HEADING, 2),
        Line(5, "《共青团中央》：工作996，生病ICU？", Shape.BULLET),
        Line(6, "《中国青年报》：被“996”工作制围困的年轻人", Shape.BULLET),
        Line(8, "什么是996？", Shape.HEADING, 2),
        Line(
            10,
            "996工作制是指早上9点上班、晚上9点下班，中午和傍晚休息1小时，总计工作10小时以上，并且一周工作6天的工作制度。",
        ),
    )
    assert texts(remove_boilerplate(lines).lines) == [line.text for line in lines]


def test_a_related_articles_heading_at_a_page_s_end_goes() -> None:
    lines = (
        Line(1, "工作996，生病ICU。这是一个关于996工作制的项目，欢迎大家参与讨论和贡献。"),
        Line(3, "相关阅读", Shape.HEADING, 3),
        Line(5, "市总工会召开全委会议", Shape.BULLET),
        Line(6, "全市职工运动会圆满落幕", Shape.BULLET),
    )
    assert texts(remove_boilerplate(lines).lines) == [lines[0].text]


def test_an_address_alone_under_a_heading_as_in_the_entries_above_stays() -> None:
    """A list of interviews, each a heading and the link to it: the last entry's link is its
    own, not a page's bare address at its end (it had gone, its heading left empty). A bare
    address under the text's last paragraph still goes."""
    lines = (
        Line(1, "南通企业家访谈文章的链接汇总如下，欢迎阅读。"),
        Line(3, "狼山钢绳　顾其林", Shape.HEADING, 2),
        Line(4, "https://mp.weixin.qq.com/s/rOSPmrjmZ2TvS_KLjtuBAQ"),
        Line(6, "江苏力星通用钢球股份有限公司　施祥贵", Shape.HEADING, 2),
        Line(7, "https://mp.weixin.qq.com/s/GHySAsQAca-iJ1s1hGXOvA"),
    )
    assert remove_boilerplate(lines).lines == lines
    page = (Line(1, "南通企业家访谈文章的链接汇总如下，欢迎阅读。"), Line(3, lines[2].text))
    assert texts(remove_boilerplate(page).lines) == [page[0].text]


def test_the_writer_s_sources_after_the_text_stay() -> None:
    """`参考链接：[1]https://…[2]https://…`, the writer's sources closing a text: no page's bare
    address (it had gone as one, its label taken for an address's)."""
    sources = (
        "参考链接：[1]https://www.sohu.com/a/464878129_120146415?spm=smpc"
        "[2]https://s.weibo.com/weibo?q=%23x%23[3]https://mp.weixin.qq.com/s/OTnJtfhn0fMQ9tWK"
    )
    for label in ("", "References: "):
        last = sources if not label else label + sources.split("：", 1)[1]
        lines = (Line(1, "除非是平台想改变，不然的话没有办法。"), Line(3, last))
        assert remove_boilerplate(lines).lines == lines
