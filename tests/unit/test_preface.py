"""An editor's note or a reporter's lead before the text, and the reporters a news lead names."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import numbered, texts

from unionreader.model import Facts, NormalText, RawText, Seed, SeedMeta
from unionreader.normalise.chain import normalise
from unionreader.normalise.metadata import extract_metadata
from unionreader.normalise.preface import (
    dated_by_lead,
    find_preface,
    lead_agency,
    lead_place,
    lead_reporters,
)
from unionreader.normalise.punctuation import normalise_punctuation


def preface(text: str) -> tuple[Facts, dict[int, str]]:
    taken: dict[int, str] = {}
    return find_preface(numbered(text), taken, Facts()), taken


@pytest.mark.parametrize(
    "first",
    [
        "编者按：本报今日刊发张师傅的事迹。",
        "编者按　本报今日刊发张师傅的事迹。",
        "【编者按】本报今日刊发张师傅的事迹。",
        "【编前语】本报今日刊发张师傅的事迹。",
        "编按：本报今日刊发张师傅的事迹。",
        "编者的话：本报今日刊发张师傅的事迹。",
        "译者按：本报今日刊发张师傅的事迹。",
        "木田君按：本报今日刊发张师傅的事迹。",  # a blog's editor, by name
        "笔者按：本报今日刊发张师傅的事迹。",
    ],
)
def test_a_labelled_note_on_its_line(first: str) -> None:
    facts, taken = preface(f"{first}\n张师傅参加工作三十年。")
    assert facts.note == "本报今日刊发张师傅的事迹。"
    assert taken == {0: "note"}


def test_a_label_on_a_line_of_its_own_takes_the_next_line() -> None:
    facts, taken = preface("【编者按】\n本报今日刊发张师傅的事迹。\n张师傅参加工作三十年。")
    assert facts.note == "本报今日刊发张师傅的事迹。"
    assert taken == {0: "note", 1: "note"}


def test_the_note_is_looked_for_after_the_header_only() -> None:
    text = "弘扬工匠精神\n编者按：本报今日刊发张师傅的事迹。\n张师傅参加工作三十年。"
    result = extract_metadata(numbered(text))
    assert result.facts.title == "弘扬工匠精神"
    assert result.facts.note == "本报今日刊发张师傅的事迹。"
    assert texts(result.lines) == ["张师傅参加工作三十年。"]
    assert [e.rule for e in result.edits] == ["metadata.title", "metadata.note"]


def test_a_label_further_down_is_the_texts_own() -> None:
    text = "张师傅参加工作三十年。\n他一直坚守在生产一线。\n编者按：以上为节选。\n正文继续。"
    facts, taken = preface(text)
    assert facts.note is None and taken == {}


@pytest.mark.parametrize(
    "lead",
    [
        "4月2日，区总工会召开职工代表大会，区总工会主席作了讲话，讲话全文如下：",
        "日前，市总工会发出致全市职工的倡议书，全文如下：",
        "近日，市总工会主席接受本报专访。以下为专访原文：",
    ],
)
def test_a_lead_that_announces_the_full_text(lead: str) -> None:
    facts, taken = preface(f"{lead}\n各位代表：\n这次大会的主要任务是审议工作报告。")
    assert facts.note == lead and taken == {0: "note"}


def test_a_lead_followed_by_a_line_announcing_the_full_text() -> None:
    text = "12月9日，市总工会召开新闻发布会。\n以下为记者会发言全文\n各位记者朋友：\n大家好！"
    facts, taken = preface(text)
    assert facts.note == "12月9日，市总工会召开新闻发布会。以下为记者会发言全文"
    assert taken == {0: "note", 1: "note"}


@pytest.mark.parametrize(
    "first",
    [
        "现将有关事项通知如下：",  # a notice's own opening
        "会议听取了工作报告，审议通过了决议。",
        "同志们：",
        "今天，我代表区总工会向大会作报告，请予审议。",
    ],
)
def test_an_opening_that_announces_no_full_text_stays(first: str) -> None:
    facts, taken = preface(f"{first}\n一、总体要求\n要坚持党的领导。")
    assert facts.note is None and taken == {}


def test_a_lead_longer_than_a_lead_stays() -> None:
    long_lead = "市总工会召开会议，" * 40 + "讲话全文如下："
    facts, taken = preface(f"{long_lead}\n同志们：")
    assert facts.note is None and taken == {}


# ---------------------------------------------------------------- news leads


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("新华社北京6月20日电（记者 张三 李四）全国总工会20日部署工作。", "张三、李四"),
        ("新华社巴黎12月9日电（记者唐霁）法国多地举行活动。", "唐霁"),
        ("本报讯（记者 王小明 通讯员 李红）近日，市总工会召开会议。", "王小明、李红"),
        ("本报北京5月1日电 （记者刘明）今天，首都各界举行庆祝活动。", "刘明"),
        ("新华社北京6月20日电 全国总工会20日部署工作。", None),
        ("会议强调（记者 张三）要做好工作。", None),
        # reporters who report, each with the paper they write for
        (
            "本报北京12月31日讯新华社记者秦杰、本报记者赵川东报道：乐音飞扬，弦歌阵阵。",
            "秦杰、赵川东",
        ),
        ("本报讯（记者王五、通讯员赵六）近日，市总工会召开全委会议。", "王五、赵六"),
    ],
)
def test_lead_reporters(lead: str, reporters: str | None) -> None:
    assert lead_reporters(lead) == reporters


def test_the_lead_names_the_authors_and_stays_in_the_text() -> None:
    text = "全国总工会部署夏季送清凉活动\n新华社北京6月20日电（记者 张三）全国总工会部署工作。"
    result = extract_metadata(numbered(text))
    assert result.facts.author == "张三"
    assert texts(result.lines) == ["新华社北京6月20日电（记者 张三）全国总工会部署工作。"]


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("本报北京2000年12月31日讯 2000年是本世纪的最后一年。", "2000-12-31"),
        ("新华社北京2024年6月20日电（记者 张三）全国总工会部署工作。", "2024-06-20"),
        ("新华社北京6月20日电（记者 张三）全国总工会部署工作。", None),  # no year: no date
        ("会议指出，2024年6月20日起施行。", None),
    ],
)
def test_the_date_a_lead_gives_with_its_year_is_the_document_s(lead: str, date: str | None) -> None:
    result = extract_metadata(numbered(f"全国总工会部署夏季送清凉活动\n{lead}"))
    assert result.facts.date == date
    assert texts(result.lines) == [lead]  # the lead stays in the text, as printed


def test_reporters_parted_by_a_space_keep_it_in_a_lead() -> None:
    """The spacing rule leaves the space before a reporter's role: it parts two names."""
    lines = normalise_punctuation(numbered("本报讯（记者王五 通讯员赵六）近日，市总工会召开会议。"))
    assert texts(lines.lines) == ["本报讯（记者王五 通讯员赵六）近日，市总工会召开会议。"]
    assert lead_reporters(lines.lines[0].text) == "王五、赵六"


def test_reporters_closing_a_text_keep_the_space_between_their_names() -> None:
    line = "农村低收入人口参保率持续稳定在99%以上。（总台央视记者张萍 郑怡哲）"
    assert texts(normalise_punctuation(numbered(line)).lines) == [line]


def test_a_byline_in_the_header_wins_over_the_lead() -> None:
    text = "全市职工技能大赛开幕\n本报记者 刘明\n本报讯（记者 王小明）9月5日，大赛开幕。"
    assert extract_metadata(numbered(text)).facts.author == "刘明"


def _normal(text: str) -> NormalText:
    seed = Seed(Path("seeds/t.txt"), "t", SeedMeta(), catalogued=False)
    return normalise(RawText(seed, "utf-8", numbered(text)))


def test_a_byline_opening_the_first_paragraph_names_the_author_and_the_paragraph_stays() -> None:
    first = "庆祝国庆日，台中市职业总工会举办园游会，劳工朋友踊跃参加。"
    normal = _normal(f"【特派记者巫月桦/台中报导】{first}\n陈小菲强调，劳工是最重要的资产。")
    assert normal.facts.author == "巫月桦" and normal.facts.kicker is None
    assert texts(normal.lines) == [first, "陈小菲强调，劳工是最重要的资产。"]
    assert [(e.rule, e.before) for e in normal.edits] == [
        ("metadata.byline", "【特派记者巫月桦/台中报导】")
    ]


def test_a_byline_boxed_as_taiwan_s_papers_box_it_names_the_authors() -> None:
    """`〔记者施晓光、吴亮仪、陈慧萍／台北报导〕` opening the first paragraph (tortoise-shell
    brackets, as the Liberty Times sets them)."""
    first = "市面上出现愈来愈多以水果口味为卖点的啤酒，甚至抬出卡通人物。"
    normal = _normal(f"〔记者施晓光、吴亮仪、陈慧萍／台北报导〕{first}\n立委表示将提案。")
    assert normal.facts.author == "施晓光、吴亮仪、陈慧萍"
    assert texts(normal.lines) == [first, "立委表示将提案。"]


def test_a_title_and_its_author_s_byline_on_one_line_are_both_read() -> None:
    """The byline had taken the whole line, and the title was lost (the first heading under it
    titled the book); an outlet's name before 作者 is no title."""
    normal = _normal("剑侠传   作者：王世贞\n小序\n凡剑侠，经训所不载。其大要出庄周氏。")
    assert (normal.facts.title, normal.facts.author) == ("剑侠传", "王世贞")
    assert _normal("光明网 作者：王世贞\n正文第一段。正文。").facts.title != "光明网"


def test_a_label_opening_a_long_paragraph_is_no_kicker() -> None:
    first = "【工会动态】" + "全市各级工会组织开展送温暖活动，走访慰问困难职工。" * 2
    normal = _normal(f"{first}\n第二段。")
    assert normal.facts.kicker is None and texts(normal.lines)[0] == first


ZJ_PAGE = """下载
打印
全屏
收藏
【字号：
加大
还原
减小
】
2026年浙江省政府工作报告
2026年1月14日在浙江省第十四届人民代表大会第四次会议上
来源：
浙江日报
时间：2026-01-22
浙江省省长 刘捷
各位代表：
现在，我代表省人民政府向大会作政府工作报告，请予审议。"""
"""The top of a report copied from its web page: the page's toolbar one word to a line, the
title, the occasion with no dash before it, a label over its value, the page's own date."""


def test_a_report_copied_from_its_page_reads_as_the_report_not_as_the_page() -> None:
    normal = _normal(ZJ_PAGE)
    facts = normal.facts
    assert facts.title == "2026年浙江省政府工作报告"
    assert facts.subtitle == "2026年1月14日在浙江省第十四届人民代表大会第四次会议上"
    assert facts.date == "2026-01-14"  # the day it was given, not the page's 2026-01-22
    assert (facts.author, facts.source) == ("刘捷", "浙江日报")
    assert texts(normal.lines)[0] == "各位代表："
    widgets = [e.before for e in normal.edits if e.rule == "boilerplate.widget"]
    assert widgets == ["下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】"]


CRUMBS = """当前位置：
首页
>
政务信息
>
宁夏要闻
宁夏要闻
2026年宁夏回族自治区政府工作报告
发表时间：
2026-02-09 09:45:30
来源：
宁夏日报客户端
阅读量：
各位代表：
现在，我代表自治区人民政府，向大会报告工作。"""


def test_a_breadcrumb_trail_set_one_piece_to_a_line_goes() -> None:
    normal = _normal(CRUMBS)
    assert normal.facts.title == "2026年宁夏回族自治区政府工作报告"
    assert (normal.facts.date, normal.facts.source) == ("2026-02-09", "宁夏日报客户端")
    trail = [e.before for e in normal.edits if e.rule == "boilerplate.navigation"]
    assert trail == ["当前位置：", "首页", ">", "政务信息", ">", "宁夏要闻", "宁夏要闻"]
    assert texts(normal.lines)[0] == "各位代表："


def test_a_notice_s_time_written_out_is_no_date_of_the_page() -> None:
    text = "关于开展健步走活动的通知\n时间：2024年4月10日\n请按时参加。"
    assert _normal(text).facts.date is None


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("新华社乌鲁木齐1月11日电 中央军委委员近日在新疆调研。", "新华社"),
        ("中新社澳门四月三十日电（记者 孙兆震）澳门工联总会举行大会。", "中新社"),
        ("中新网1月12日电据外媒报道，美国发生一起车祸。", "中新网"),
        ("本报北京12月31日讯 2000年是本世纪的最后一年。", None),  # this paper: no agency
        ("据新华社北京12月27日电 近日，中共中央印发了条例。", "新华社"),
        ("央视网消息（新闻联播）：本台消息：3月14日下午，国家主席通电话。", "央视网"),
        ("法新社刚刚消息称，两国领导人会面。", None),  # news of the agency's, not its lead
    ],
)
def test_a_wire_s_lead_names_its_agency_as_the_source(lead: str, agency: str | None) -> None:
    assert lead_agency(lead) == agency
    assert preface(f"{lead}\n第二段。")[0].source == agency


def test_a_news_column_s_name_above_a_dated_release_is_its_kicker() -> None:
    lines = ["本院新闻", "保障劳工团结权 政院通过工会法修正草案", "日期：114-03-13"]
    text = "\n".join([*lines, "为保障劳工团结权，行政院会今日通过草案。"])
    facts = _normal(text).facts
    assert (facts.kicker, facts.date) == ("本院新闻", "2025-03-13")
    assert facts.title == "保障劳工团结权 政院通过工会法修正草案"


SN_PAGE = """分享:
陕西省2026年政府工作报告
2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚
陕西省2026年政府工作报告
2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚
时间：2026-02-02 09:20
各位代表：
现在，我代表省人民政府向大会报告工作。"""
"""A report's page: a share snippet of its header, then the header again."""


def test_a_header_repeated_and_an_occasion_on_the_speaker_s_line_read_once() -> None:
    normal = _normal(SN_PAGE)
    facts = normal.facts
    assert facts.subtitle == "2026年1月27日在陕西省第十四届人民代表大会第四次会议上"
    assert (facts.author, facts.author_note, facts.date) == ("赵刚", "陕西省省长", "2026-01-27")
    assert texts(normal.lines)[0] == "各位代表："


def test_the_document_s_own_header_under_the_page_s_is_read() -> None:
    page = ["2026年宁夏回族自治区政府工作报告", "发表时间：2026-02-09 09:45:30", "来源：宁夏日报"]
    own = ["政府工作报告", "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上"]
    text = "\n".join([*page, *own, "自治区人民政府主席 张雨浦", "各位代表：", "现在，我报告工作。"])
    facts = _normal(text).facts
    assert (facts.title, facts.author, facts.date) == (page[0], "张雨浦", "2026-02-03")


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("新华社乌鲁木齐1月11日电 中央军委委员近日在新疆调研。", "乌鲁木齐"),
        ("中新社澳门四月三十日电（记者 孙兆震）澳门工联总会举行大会。", "澳门"),
        ("本报北京12月31日讯 2000年是本世纪的最后一年。", "北京"),
        ("新华社北京电 全国总工会近日发出通知。", "北京"),
        ("中新网1月12日电据外媒报道，美国发生一起车祸。", None),
        ("据新华社北京12月27日电 近日，中共中央印发了条例。", "北京"),
    ],
)
def test_a_news_lead_gives_where_it_was_written(lead: str, place: str | None) -> None:
    assert lead_place(lead) == place
    assert preface(f"{lead}\n第二段。")[0].place == place


def test_a_byline_that_says_where_its_reporter_wrote_gives_the_place() -> None:
    normal = _normal("【记者张世昌/台中报导】\n台中第六家总工会新成立，市长到场祝贺。")
    assert (normal.facts.author, normal.facts.place) == ("张世昌", "台中")


@pytest.mark.parametrize(
    ("lead", "agency", "reporters", "place"),
    [
        ("（中央社记者魏纭铃台北14日电）全产总今天表示。", "中央社", "魏纭铃", "台北"),
        (
            "【大纪元9月14日报导】（中央社记者魏纭铃台北14日电）全产总今天表示。",
            "中央社",
            "魏纭铃",
            "台北",
        ),
        ("（中央社记者张三北京14日电）今天表示。", "中央社", "张三", "北京"),
        ("（中央社记者魏纭铃、陈俊华台北14日电）今天表示。", "中央社", "魏纭铃、陈俊华", "台北"),
    ],
)
def test_a_wire_s_lead_in_brackets_names_its_agency_reporters_and_place(
    lead: str, agency: str, reporters: str, place: str
) -> None:
    assert (lead_agency(lead), lead_reporters(lead), lead_place(lead)) == (agency, reporters, place)


def test_a_note_in_brackets_opening_a_paragraph_is_no_wire_s_lead() -> None:
    text = "（记者从市总工会获悉，今年将新建职工书屋）全市工会将开展读书活动。"
    assert (lead_agency(text), lead_reporters(text), lead_place(text)) == (None, None, None)


def test_an_editor_s_note_labelled_with_a_site_s_initials() -> None:
    from unionreader.normalise.preface import is_editor_note

    assert is_editor_note("CDT编者注：以下文字来自网络流传的一段讲话录音。")
    assert is_editor_note("【编者按】近日，有匿名人士发布了通知。")


def test_a_name_and_a_note_s_mark_alone_make_no_note() -> None:
    """`按` after a word that names no one who writes notes is the text's own (`按：` opens a
    paragraph of a law's commentary, `据此按：` none)."""
    from unionreader.normalise.preface import is_editor_note

    assert not is_editor_note("按：本条所称职工，包括劳务派遣用工。")
    assert not is_editor_note("接按时发放工资。")
    assert not is_editor_note("张君按时到岗，受到表扬。")  # a note's label takes a colon


def test_a_writer_s_label_alone_takes_no_line_after_it() -> None:
    """`木田君按：` alone may head a note of many paragraphs (up to `正文如下：`): the note is
    not its first paragraph alone, so nothing is taken (an editor's own `编者按` alone takes
    the next line, as before)."""
    facts, taken = preface("木田君按：\n极不平静的2018年已过半。\n这告诉我们，劳动者都会在…")
    assert facts.note is None and taken == {}


@pytest.mark.parametrize(
    ("page", "lead", "date"),
    [
        ("2023-12-01", "新华社上海11月30日电 中共中央总书记…", "2023-11-30"),  # a repost's page
        ("2024-01-01", "新华社北京12月31日电 新年前夕…", "2023-12-31"),  # over the new year
        ("2023-12-01", "本报讯 今天上午…", "2023-12-01"),  # no day in the lead
        ("2023-12-01", "新华社上海12月5日电 …", "2023-12-01"),  # after the page: not believed
        ("2023-12-01", "新华社上海8月5日电 …", "2023-12-01"),  # long before: an old item's
        ("2023-12", "新华社上海11月30日电 …", "2023-12"),  # a page dated by its month only
        (None, "新华社上海11月30日电 …", None),
    ],
)
def test_a_page_s_date_gives_way_to_the_day_of_its_lead(
    page: str | None, lead: str, date: str | None
) -> None:
    assert dated_by_lead(page, lead) == date


def test_a_note_on_the_text_under_its_header_is_its_note() -> None:
    """`（根据直播整理）` under a report's header, over its salutation: the document's note, as
    such a note at its end is."""
    normal = _normal(
        "政府工作报告\n（根据直播整理）\n各位代表：\n现在，我代表国务院，向大会报告政府工作。"
    )
    assert normal.facts.note == "根据直播整理"
    assert texts(normal.lines) == ["各位代表：", "现在，我代表国务院，向大会报告政府工作。"]
