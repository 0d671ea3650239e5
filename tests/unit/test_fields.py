"""Dates, date lines, datelines and bylines, beyond the cases test_metadata.py covers."""

from __future__ import annotations

import pytest

from unionreader.normalise.fields import (
    Dateline,
    bracketed_byline,
    byline_place,
    date_place,
    has_field_label,
    is_document_number,
    is_empty_fields,
    parse_any_date,
    parse_byline,
    parse_closing_byline,
    parse_cn_date,
    parse_date,
    parse_date_line,
    parse_dateline,
    parse_when_line,
    posted_line,
)

# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-08-22", "2024-08-22"),
        ("2024/8/2", "2024-08-02"),
        ("2024.08.22", "2024-08-22"),
        ("2024年8月22日", "2024-08-22"),
        ("2024 年 8 月 22 日", "2024-08-22"),
        ("2024-08-22 18:29", "2024-08-22"),
        ("2024年05月12日08:31", "2024-05-12"),
        ("2019-09-24 09:25:16", "2019-09-24"),
        ("　2024-08-22　", "2024-08-22"),
        ("2020．9．30", "2020-09-30"),  # full-width dots, as a speech's date is typed
        ("２０２０／９／３０", "2020-09-30"),
        ("28-10-2019", "2019-10-28"),  # day first, as Hong Kong signs a statement
        ("28/10/2019", "2019-10-28"),
        ("Thu Sep 12 18:03:11 2024", "2024-09-12"),  # as ctime writes it: a board's post
        ("Mon Mar  4 09:12:45 2024", "2024-03-04"),
    ],
)
def test_a_date_in_digits(value: str, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2024-13-01",
        "2024-08-32",
        "2024-00-10",
        "2024年8月",
        "8月22日",
        "2024-08-22 上午",
        "今天",
        "10/28/2019",
        "28-10/2019",  # month first (no month 28); two marks
        "Thu Foo 12 18:03:11 2024",
        "Thu Feb 30 18:03:11 2024",
    ],
)
def test_not_a_date_in_digits(value: str) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("二〇一九年八月十九日", "2019-08-19"),
        ("二○二四年一月十八日", "2024-01-18"),
        ("二零二三年十二月三十一日", "2023-12-31"),
        ("二〇二四年十月", "2024-10"),
        ("二〇二四年十一月二十日", "2024-11-20"),
        ("二００一年一月一日", "2001-01-01"),  # zero typed as a full-width digit
        ("二OO一年一月一日", "2001-01-01"),  # or as a letter O
        ("二○○○年十二月三十一日", "2000-12-31"),  # or as a circle
    ],
)
def test_a_date_in_chinese_numerals(value: str, expected: str) -> None:
    assert parse_cn_date(value) == expected


@pytest.mark.parametrize(
    "value", ["二〇二四年十三月一日", "二〇二四年八月三十二日", "二〇二四年", "一九年八月十九日"]
)
def test_not_a_date_in_chinese_numerals(value: str) -> None:
    assert parse_cn_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024年8月22日", "2024-08-22"),
        ("二〇一九年八月十九日", "2019-08-19"),
        ("2024年8月", "2024-08"),
        ("2024年13月", None),
        ("2024年", None),
    ],
)
def test_any_date_to_the_day_or_the_month(value: str, expected: str | None) -> None:
    assert parse_any_date(value) == expected


def test_where_a_post_was_sent_from_is_no_part_of_its_date() -> None:
    assert parse_date("2024-07-15 08:30 发表于江苏") == "2024-07-15"  # WeChat's line
    assert parse_date("2024年7月15日 IP属地：广东") == "2024-07-15"
    assert parse_date("2024-07-15 发表于") is None
    assert parse_date("2024年07月15日 08:30 江苏") == "2024-07-15"  # the region after the time
    assert parse_date("2024年07月15日 江苏") is None
    wechat = parse_dateline("原创 张三 某某市总工会 2024年07月15日 08:30 江苏")
    assert wechat is not None and (wechat.date, wechat.source) == ("2024-07-15", "某某市总工会")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("中华民国113年5月1日", "2024-05-01"),  # Taiwan's documents: a year of the Republic
        ("民国一一三年五月一日", "2024-05-01"),
        ("中 华 民 国114年  07  月  27  日", "2025-07-27"),  # spaced as a form aligns it
        ("中华民国 114年 8 月 29 日", "2025-08-29"),
        ("中华民国一百一十三年五月一日", "2024-05-01"),
        ("113年5月1日", "2024-05-01"),  # three digits: no other year is written so
        ("113年5月", "2024-05"),
        ("民国99年5月1日", "2010-05-01"),
        ("99年5月1日", None),  # two digits, no era: not a date to guess
        ("213年5月1日", None),
        ("113年13月1日", None),
        ("中华民国113年2月30日", None),
    ],
)
def test_a_date_in_a_year_of_the_republic_of_china(value: str, expected: str | None) -> None:
    assert parse_any_date(value) == expected


# ---------------------------------------------------------------- date lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（2019年8月19日）", "2019-08-19"),
        ("(2019年8月19日)", "2019-08-19"),
        ("（二〇一九年八月十九日）", "2019-08-19"),
        ("2023年2月15日", "2023-02-15"),
        ("【2023年2月15日】", "2023-02-15"),
        ("（2023年2月15日，根据录音整理）", "2023-02-15"),
        ("（2024年3月）", "2024-03"),
        (
            "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）",
            "2007-06-29",
        ),
        ("（2023年10月12日中国工会第十八次全国代表大会部分修改）", "2023-10-12"),
        ("（二〇二三年十月十二日中国工会第十八次全国代表大会通过）", "2023-10-12"),
        ("　（2019年8月19日）　", "2019-08-19"),
    ],
)
def test_date_lines(line: str, expected: str) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "2024年是全面贯彻党的二十大精神的关键之年。",
        "（一）2024年工作回顾",
        "在全市工会工作会议上的讲话",
        "（2024年工作要点）",
        "2024年度",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("时间：2024-05-20 15:42", Dateline("2024-05-20", None, None)),
        ("日期：2024-05-20　来源：市总工会", Dateline("2024-05-20", "市总工会", None)),
        ("来源：工人日报 2024-08-22 18:29", Dateline("2024-08-22", "工人日报", None)),
        ("来源：工人日报　作者：张三", Dateline(None, "工人日报", "张三")),
        ("来源：区总工会浏览量：52", Dateline(None, "区总工会", None)),
        ("更新时间：2024年8月22日 18:29", Dateline("2024-08-22", None, None)),
        (
            "发布时间：2024-08-22来源：市总工会作者：李四浏览次数：15",
            Dateline("2024-08-22", "市总工会", "李四"),
        ),
        ("2024-08-22 18:29 来源：新华网", Dateline("2024-08-22", "新华网", None)),
        # a dash before the time, the day first (RFI's); an update after it (Taiwan's CNA)
        ("发表时间：01/09/2023 - 09:49", Dateline("2023-09-01", None, None)),
        ("2023/8/23 20:31（8/23 21:19 更新）", Dateline("2023-08-23", None, None)),
        ("2013-6-29 字型：∣发言∣列印∣转寄", Dateline("2013-06-29", None, None)),  # controls
    ],
)
def test_datelines_beyond_the_portal_ones(line: str, expected: Dateline) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    ["2018年10月18号", "2018 年___10_月_18__号", "2018 年___10_月_18__日", "2018年 10月 18日"],
)
def test_a_day_written_hao_or_in_a_form_s_blanks_is_a_date(line: str) -> None:
    assert parse_date_line(line) == "2018-10-18"


@pytest.mark.parametrize(
    "line", ["西元2018年10月18日", "公元2018年10月18日", "于西元2018年10月18日"]
)
def test_a_date_after_the_era_s_name_or_yu_is_a_date(line: str) -> None:
    assert parse_date_line(line) == "2018-10-18"


def test_a_date_with_its_place_or_a_meeting_s_days_is_a_date_line() -> None:
    assert parse_date_line("2019年11月6日，深圳") == "2019-11-06"
    assert date_place("2019年11月6日，深圳") == "深圳"
    assert date_place("1994年12月6日，劳动部") is None  # who issued it, no place
    assert parse_date_line("2013年12月28日-29日") == "2013-12-28"
    assert parse_date_line("2019年11月6日，深圳市召开大会") is None


def test_a_labelled_dateline_is_a_page_s_wherever_it_stands() -> None:
    assert posted_line("发表时间：01/09/2023 - 09:49") == Dateline("2023-09-01", None, None)
    assert posted_line("时间：2024年4月10日 14:00") is None  # an event's time, unlabelled as posted
    assert posted_line("2024-08-22 18:29") is None


@pytest.mark.parametrize(
    ("line", "place"),
    [("【记者张世昌/台中报导】", "台中"), ("〔记者吴正庭、甘孟霖／金门报导〕", "金门")],
)
def test_a_bracketed_byline_says_where_its_reporters_wrote_from(line: str, place: str) -> None:
    assert byline_place(line) == place


@pytest.mark.parametrize(
    "line",
    [
        "时间：2024年4月10日",  # when something happens, in a notice
        "日期：2024-04-10",
        "发布时间：2024-13-40",
        "来源：工人日报",  # a lone source line is the source rule's
        "作者：张三",
        "会议时间：待定",
        "职工书屋建设取得新进展",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("来源：工人日报", True),
        ("发布日期：2024-08-22", True),
        ("访问量：4859", True),
        ("点击数：12", True),
        ("各基层工会：", False),
        ("工会来源广泛，经费充足。", False),
    ],
)
def test_field_labels(line: str, labelled: bool) -> None:
    assert has_field_label(line) is labelled


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("文/张三", "张三"),
        ("文/图：李四", "李四"),
        ("撰文：郭永健", "郭永健"),
        ("【撰文：郭永健】", "郭永健"),
        ("本报特约撰稿人 欧阳明", "欧阳明"),
        ("本报记者 王某某 实习生 赵某", "王某某、赵某"),
        ("记者 张三、李四", "张三、李四"),
        ("工人日报记者 刘明 通讯员 孙丽", "刘明、孙丽"),
        ("记者 张三整理", "张三"),
        ("作者：张三 李四", "张三、李四"),
        ("【撰文：工党成员梁宝龙】", "梁宝龙"),  # the writer's office before the name
        ("新华社记者秦杰、本报记者赵川东", "秦杰、赵川东"),  # roles parted by 、
        ("【记者张世昌/台中报导】", "张世昌"),  # where they wrote from, Taiwan's press
        ("【特派记者巫月桦／台中报导】", "巫月桦"),
        ("记者 黄立伟 张国梁 台北报导", "黄立伟、张国梁"),
        # a paper pads a name of two characters to three: 王　浩 is one name
        ("本报记者　王　浩　李心萍", "王浩、李心萍"),
        ("本报记者　李心萍　王　浩", "李心萍、王浩"),
        ("记者 刘成友 王沛 通讯员 王永生", "刘成友、王沛、王永生"),
        (
            "【财新网】（记者 高昱 彭岩锋 杨睿）",
            "高昱、彭岩锋、杨睿",
        ),  # the outlet, then the byline
        ("报导・摄影╱仲芝蓉", "仲芝蓉"),  # a Taiwan paper's reporter and photographer
        ("报导．摄影／韩旭尔", "韩旭尔"),
        ("文／韩旭尔", "韩旭尔"),
        ("文／Gillian", "Gillian"),  # a writer known by a name in Latin letters
        ("撰文｜曾雪雯", "曾雪雯"),
        ("【撰文：区锦新（澳门立法会议员、澳门民主发展联委会代表】", "区锦新"),  # left open
    ],
)
def test_bylines_of_other_sites(line: str, names: str) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "记者从市总工会了解到，今年以来全市新建职工书屋百余家。",
        "作者简介",
        "本报记者",
        "刘明",  # a bare name only where a byline is expected
        "工会新闻",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_a_bare_name_with_a_space_where_a_byline_is_expected() -> None:
    assert parse_byline("王 刚", plain=True) == "王刚"
    assert parse_byline("欧阳明", plain=True) == "欧阳明"
    assert parse_byline("全市各级工会", plain=True) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("（记者 王小明 通讯员 李红）", "王小明、李红"),
        ("(记者 张三)", "张三"),
        ("（本报记者 刘明）报道", "刘明"),
        ("（文/张三）", "张三"),
        ("（张三）", None),  # a bare name in brackets is the ending rule's, not a byline
        ("（完）", None),
        ("（下转第二版）", None),
    ],
)
def test_closing_bylines(line: str, names: str | None) -> None:
    assert parse_closing_byline(line) == names


def test_the_page_s_editor_put_down_as_its_author_names_no_author() -> None:
    line = "2020-07-04 12:10:24 来源：求是网 作者：陈海峰 责任编辑：陈海峰"
    assert parse_dateline(line) == Dateline("2020-07-04", "求是网", None)
    other = "2020-07-04 12:10:24 来源：求是网 作者：方敏 责任编辑：陈海峰"
    assert parse_dateline(other) == Dateline("2020-07-04", "求是网", "方敏")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("【记者张世昌/台中报导】", "张世昌"),
        ("【记者 张三】", "张三"),
        ("〔记者李欣芳／台北报导〕", "李欣芳"),  # tortoise-shell brackets
        ("【记者调查】", None),  # a column's label
        ("【工会动态】", None),
        ("记者 张三", None),  # not in brackets
    ],
)
def test_bylines_in_brackets_set_their_names_off(line: str, names: str | None) -> None:
    assert bracketed_byline(line) == names


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("时间：2026-01-22", "2026-01-22"),
        ("日期：2026/02/02 09:20", "2026-02-02"),
        ("时间：2024年4月10日", None),  # written out: a notice's, of when something happens
        ("时间：上午九点", None),
    ],
)
def test_a_time_line_as_a_site_writes_it_gives_the_page_s_date(line: str, date: str | None) -> None:
    assert parse_when_line(line) == date


def test_a_time_of_day_in_hours_and_minutes_follows_a_date() -> None:
    assert parse_date_line("2026年02月10日 07时41分") == "2026-02-10"


def test_a_newspaper_s_masthead_gives_the_day_of_its_issue_and_its_name() -> None:
    found = parse_dateline("工人日报 2021年12月22日 星期三")
    assert found is not None and (found.date, found.source) == ("2021-12-22", "工人日报")
    assert parse_date_line("2012年 11月 21日星期三") == "2012-11-21"


def test_a_taiwan_date_in_the_republic_s_years_gives_the_page_s_date() -> None:
    assert parse_when_line("日期：114-03-13") == "2025-03-13"
    assert parse_when_line("日期：114-13-13") is None


@pytest.mark.parametrize(
    ("line", "empty"), [("发布时间：更新时间：", True), ("来源：", True), ("来源：工人日报", False)]
)
def test_a_row_of_labels_without_values_is_empty(line: str, empty: bool) -> None:
    assert is_empty_fields(line) is empty


@pytest.mark.parametrize(
    ("line", "date", "account"),
    [
        ("原创 CNNVD  CNNVD安全动态   2026-01-14 06:55", "2026-01-14", "CNNVD安全动态"),
        ("工人日报 某某市总工会 2015-01-12 07:30", "2015-01-12", "某某市总工会"),
        ("人民日报2025-04-28 09:46 北京", "2025-04-28", "人民日报"),  # an app's, run on
    ],
)
def test_the_line_under_a_wechat_article_s_title_gives_its_date_and_account(
    line: str, date: str, account: str
) -> None:
    found = parse_dateline(line)
    assert found is not None and (found.date, found.source) == (date, account)
    assert parse_dateline("会议于 2024-04-10 09:00") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("23.02.2017  18:39", Dateline("2017-02-23", None, None)),  # day first, with dots
        # a page's controls in its dateline: type size, a count of comments, share buttons
        ("2019-09-09 19:32:27 字号：A- A A+ 来源：中新网", Dateline("2019-09-09", "中新网", None)),
        ("2019年09月09日 18:13:22 来源： 新华网 57 人参与", Dateline("2019-09-09", "新华网", None)),
        ("2014年01月16日 04:04 新浪科技 微博 我有话说", Dateline("2014-01-16", None, None)),
        (
            "发布日期：2023-03-21访问次数： 信息来源：东阳市人民政府办公室",
            Dateline("2023-03-21", "东阳市人民政府办公室", None),
        ),
        ("//www.workercn.cn2015-05-01来源： 新华网", Dateline("2015-05-01", "新华网", None)),
        (
            "CCTV.com  2009年12月18日 09:48  进入复兴论坛  来源：扬子晚报",
            Dateline("2009-12-18", "扬子晚报", None),
        ),
        ("2013-11-06赵俊华", Dateline("2013-11-06", None, "赵俊华")),
        ("张三 2024-11-26 15:27:51", Dateline("2024-11-26", None, "张三")),  # name, day, time
        ("发布时间：2022-06-24 所属栏目：国内新闻", Dateline("2022-06-24", None, None)),
        ("Posted on 2015/11/19 by 巷仔口社会学", Dateline("2015-11-19", "巷仔口社会学", None)),
        ("Posted on 2015-10-06 by 谢国雄", Dateline("2015-10-06", None, "谢国雄")),
        ("2017-04-06 17:46 国学院宣传部", Dateline("2017-04-06", "国学院宣传部", None)),
        ("• Start date:2017-06-21", Dateline("2017-06-21", None, None)),
        (
            "来源：湖南日报 作者：湖南日报评论员 编辑：redcloud 2017-06-22 11:38:20",
            Dateline("2017-06-22", "湖南日报", "湖南日报评论员"),
        ),
    ],
)
def test_datelines_as_sites_set_them(line: str, expected: Dateline) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    ["1787年9月17日于费城", "2024-01-05上午", "2024年1月5日上午", "31.02.2017", "栏目：工会动态"],
)
def test_no_dateline(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(("line", "name"), [("□ 周学泽", "周学泽"), ("■赵俊华", "赵俊华")])
def test_a_writer_s_name_after_a_box_is_a_byline(line: str, name: str) -> None:
    assert parse_byline(line) == name
    assert parse_byline("□ 总则") is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("撰文丨张月 编辑丨裘海棠 出品丨腾讯新闻 谷雨工作室", "张月"),
        ("文/张月 图/李四", "张月"),
        ("撰文：张月编辑：裘海棠", "张月"),
        ("作者 | 岳家琛 实习作者 | 陈纯敏", "岳家琛、陈纯敏"),
        ("文/北青体育 肖赧", "肖赧"),  # a desk beside its writer
        ("大河报·豫视频记者 刘永恒 实习生 韩旸", "刘永恒、韩旸"),
        ("【环球时报-环球网报道 记者白云怡】", "白云怡"),
        ("记者丨高宏伟 傅金泉 沈宏权", "高宏伟、傅金泉、沈宏权"),
        ("华商报大风新闻记者 苗巧颖 编辑 杨德合", "苗巧颖"),
        ("九派新闻记者 黄家樑 湖南怀化、株洲报道", "黄家樑"),
        ("撰文  陈薇沁   责编 陈子文", "陈薇沁"),  # only spaces after the roles (bold in WeChat)
        ("责编 官莉 编辑 郭宇", None),  # editors only
        ("撰文 陈薇沁 是一位记者", None),  # a sentence, not credits
        ("编辑丨裘海棠 出品丨腾讯新闻", None),  # no writer among them
        ("文/张月 编辑/这是一段很长很长很长的话，而不是一个编辑的名字，对吧", None),
    ],
)
def test_a_line_of_credits_names_its_writers(line: str, authors: str | None) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("2021-05-31　来源：《光明日报》收藏", "光明日报"),
        ("2021-05-31 来源：工人日报 【分享】", "工人日报"),
    ],
)
def test_a_dateline_s_source_loses_a_page_s_control_and_its_title_marks(
    line: str, source: str
) -> None:
    assert parse_dateline(line) == Dateline("2021-05-31", source, None)


@pytest.mark.parametrize(
    "line",
    [
        "中华人民共和国国务院令",
        "第724号",
        "中华人民共和国主席令",
        "国发 〔2015〕40号",  # a space before the year's bracket, as a page sets it
        "示卫发[2026]第05号",  # 第 before the number
        "总工发 [2020] 3号",
        "中华人民共和国国务院令第619号",  # the masthead and the number on one line
        "中华人民共和国主席令第二十四号",
    ],
)
def test_an_order_s_masthead_and_number_are_a_document_number(line: str) -> None:
    assert is_document_number(line)


@pytest.mark.parametrize("line", ["限塑令", "第724号文件的说明", "习近平签署国家主席令"])
def test_what_only_looks_like_an_order_is_none(line: str) -> None:
    assert not is_document_number(line)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("修正日期：民國 113 年 07 月 31 日", "2024-07-31"),  # Taiwan's law database
        ("修正日期：民国113年07月31日", "2024-07-31"),
        ("修正日期：20221130", "2022-11-30"),  # the same database's export as text
        ("公布日期：2024年7月31日", "2024-07-31"),
    ],
)
def test_a_law_s_revision_or_promulgation_date_is_a_dateline(line: str, date: str) -> None:
    from unionreader.normalise.script import simplified

    found = parse_dateline(simplified(line))
    assert found is not None and found.date == date


@pytest.mark.parametrize("line", ["来源：本站原创  发布时间：2019-10-31", "来源：本网 2019-10-31"])
def test_a_source_that_names_the_page_s_own_site_is_none(line: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None and (dateline.date, dateline.source) == ("2019-10-31", None)


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        (
            "本报记者  冯春梅  李昌禹  刘博通《人民日报》（2025年04月29日第 02 版）",
            Dateline("2025-04-29", "《人民日报》2025年04月29日第02版", "冯春梅、李昌禹、刘博通"),
        ),
        (
            "新华社记者  姜  琳《人民日报》（2025年01月02日第 02 版）",
            Dateline("2025-01-02", "《人民日报》2025年01月02日第02版", "姜琳"),
        ),
        (
            "邱超奕《人民日报》（2025年01月02日第 05 版）",
            Dateline("2025-01-02", "《人民日报》2025年01月02日第05版", "邱超奕"),
        ),
        (
            "康  岩《人民日报》（2025年04月28日第 06 版）",
            Dateline("2025-04-28", "《人民日报》2025年04月28日第06版", "康岩"),
        ),
    ],
)
def test_a_byline_and_where_the_text_was_printed_on_one_line(line: str, dateline: Dateline) -> None:
    assert parse_dateline(line) == dateline


@pytest.mark.parametrize(
    "line",
    [
        "学习《人民日报》（2025年04月28日第 06 版）",
        "全国总工会召开会议《人民日报》（2025年04月28日）",
    ],
)
def test_a_sentence_before_a_printed_source_is_no_byline(line: str) -> None:
    assert parse_dateline(line) is None


def test_a_name_a_paper_spaces_out_is_one_name() -> None:
    assert parse_byline("新华社记者  姜  琳") == "姜琳"
    assert parse_byline("本报记者  孙  超  王锦涛") == "孙超、王锦涛"


def test_a_date_and_an_aggregator_s_credited_source() -> None:
    assert parse_dateline("2024-05-09 22:30·新华社") == Dateline("2024-05-09", "新华社", None)
    assert parse_dateline("2024-05-09 · 人民日报") == Dateline("2024-05-09", "人民日报", None)
    assert parse_dateline("2024-05-09·记者在现场看到，工人们正在施工。") is None


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("02-8995-6000", True),
        ("0800-08-5151", True),
        ("05-5325105 05-5339048", True),
        ("(02)2507-9803", True),
        ("13378452250", True),  # a mobile's eleven digits
        ("3620900轉3216-3228", True),  # an extension run on, no area code
        ("03-5518101转5210～5221", True),
        ("1号3620900", False),
        ("12351", False),  # a hotline's five
        ("20190926", False),  # a date
        ("2024-05-10", False),
        ("2,000", False),
    ],
)
def test_telephone_numbers_alone(line: str, phone: bool) -> None:
    from unionreader.normalise.fields import is_phone_line

    assert is_phone_line(line) is phone


def test_a_page_s_author_field_that_names_nobody_gives_no_author() -> None:
    line = "文章来源：本站原创 作者：佚名 发布时间：2019年05月13日 点击数： 次"
    assert parse_dateline(line) == Dateline("2019-05-13", None, None)
