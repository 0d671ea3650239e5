"""The end of a text: author notes, closing bylines, source notes and signatures."""

from __future__ import annotations

import pytest
from helpers import numbered, texts

from unionreader.model import Edit, Facts
from unionreader.normalise.ending import (
    author_note,
    cut_trailing_byline,
    find_end,
    is_organisation,
    issuer_in_title,
    organisations,
    signature,
    signer,
    signs,
)
from unionreader.normalise.metadata import extract_metadata


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("（作者为甘肃省总工会主席）", "甘肃省总工会主席"),
        ("(作者系某市总工会副主席)", "某市总工会副主席"),
        ("作者为工党副主席。", "工党副主席"),
        ("（作者是中国劳动关系学院教授）", "中国劳动关系学院教授"),
        ("【家兴专栏】前职工盟工会干事，现为自由撰稿人。", "前职工盟工会干事，现为自由撰稿人"),
        ("【作者】前职工盟工会干事，现为自由撰稿人。", "前职工盟工会干事，现为自由撰稿人"),
    ],
)
def test_author_notes(line: str, note: str) -> None:
    assert author_note(line) == note


@pytest.mark.parametrize(
    "line",
    [
        "【工会动态】区总工会召开全委会议",  # a bracketed column, but no note on a writer
        "作者简介",
        "（作者为" + "某" * 200 + "）",  # too long for a note
        "各位作者：请按时交稿。",
        # a column's terms for its writers, not a note on this one
        "【读者来论・众声】这个专栏开放读者来论，不设稿酬，稿件请电邮至编辑部。",
        # a 以案说法 column's parts: the court's reasoning is text (系 is no writer's note)
        "【说法】法院认为，劳动者工作内容是否系用人单位主营业务范围、是否接受日常管理等因素来确定。",
        "【案情】江苏某公司是外卖配送服务承包商。" + "圣某注册成为外卖平台的骑手。" * 6,
    ],
)
def test_not_author_notes(line: str) -> None:
    assert author_note(line) is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("张巨峰", "张巨峰"),
        ("德清县发改局", "德清县发改局"),
        ("市总工会", "市总工会"),
        ("新华社", "新华社"),
        ("完", None),
        ("见附件", None),
        ("2024年", None),
    ],
)
def test_signers(text: str, body: str | None) -> None:
    assert signer(text) == body


@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        ("区总工会", "区总工会"),
        ("宜春市统计局 国家统计局宜春调查队", "宜春市统计局 国家统计局宜春调查队"),
        ("中共某某市委组织部 某某市总工会", "中共某某市委组织部 某某市总工会"),
        ("各基层工会：", None),
        ("区总工会召开全委会议，部署全年工作", None),
        ("一 二 三 四", None),
    ],
)
def test_organisations(line: str, bodies: str | None) -> None:
    assert organisations(line) == bodies


def test_a_body_name_is_short_and_has_no_punctuation() -> None:
    assert is_organisation("中华全国总工会")
    assert not is_organisation("中华全国总工会、中华全国妇女联合会")
    assert not is_organisation("某某省某某市某某区某某街道某某社区工会联合会")


@pytest.mark.parametrize(
    "line",
    [
        "2024年1月20日",
        "二〇一九年十月十八日",
        "段崇智",
        "蔡英文　2018/11/28",
        "陈建华 2024年4月28日",
        "（张巨峰）",
        "（记者 王小明）",
    ],
)
def test_lines_that_sign(line: str) -> None:
    assert signs(line)


@pytest.mark.parametrize(
    "line", ["希望受表彰的单位珍惜荣誉。", "一、总体要求", "谢谢大家！", "来源：工人日报"]
)
def test_lines_that_do_not_sign(line: str) -> None:
    assert not signs(line)


# ---------------------------------------------------------------- a byline at the very end


def test_a_trailing_name_in_brackets_is_the_author_and_leaves_the_line() -> None:
    lines = numbered("标题\n比赛历时三天。\n区供电公司代表队获得冠军。（张巨峰）")
    ending = cut_trailing_byline(lines, Facts())
    assert texts(ending.lines)[-1] == "区供电公司代表队获得冠军。"
    assert ending.facts.author == "张巨峰"
    assert ending.edits == (Edit("metadata.byline", 3, "队获得冠军。（张巨峰）", "队获得冠军。"),)


def test_an_office_under_a_closing_byline_is_its_author_s() -> None:
    lines = numbered(
        "标题\n正文一段，说明情况。\n作者：朱丽华\n济南市莱芜区法院民二庭副庭长、一级法官"
    )
    taken: dict[int, str] = {}
    facts = find_end(lines, Facts(), taken)
    assert (facts.author, facts.author_note) == ("朱丽华", "济南市莱芜区法院民二庭副庭长、一级法官")
    assert taken == {2: "byline", 3: "author-note"}
    sentence = numbered("标题\n正文一段。\n作者：朱丽华\n感谢各位法官。")
    taken = {}
    assert find_end(sentence, Facts(), taken).author_note is None
    assert taken == {2: "byline"}


def test_a_taiwan_paper_s_closing_credit_gives_the_author_and_where_they_wrote() -> None:
    lines = numbered("标题\n警方将进一步厘清死因。（王煌忠／台中报导）")
    ending = cut_trailing_byline(lines, Facts())
    assert texts(ending.lines)[-1] == "警方将进一步厘清死因。"
    assert (ending.facts.author, ending.facts.place) == ("王煌忠", "台中")


@pytest.mark.parametrize(
    ("credits", "author"),
    [
        ("（图/张雅琦 文/蒋涛）", "蒋涛"),
        ("(文/图 刘玺东 易赛楠)", "刘玺东、易赛楠"),
        ("（文/蒋涛）", "蒋涛"),
    ],
)
def test_credits_in_brackets_closing_a_text_name_its_writer(credits: str, author: str) -> None:
    ending = cut_trailing_byline(numbered(f"标题\n会议强调要加强廉政建设。{credits}"), Facts())
    assert texts(ending.lines)[-1] == "会议强调要加强廉政建设。"
    assert ending.facts.author == author


def test_commentators_named_in_brackets_closing_a_text_are_its_authors() -> None:
    ending = cut_trailing_byline(
        numbered("标题\n才有这座英雄的城！（评论员 罗博 萧海川）"), Facts()
    )
    assert texts(ending.lines)[-1] == "才有这座英雄的城！"
    assert ending.facts.author == "罗博、萧海川"


def test_an_end_mark_goes_without_an_author() -> None:
    ending = cut_trailing_byline(numbered("标题\n活动将持续到9月底。（完）"), Facts())
    assert texts(ending.lines) == ["标题", "活动将持续到9月底。"]
    assert ending.facts.author is None and len(ending.edits) == 1


@pytest.mark.parametrize(
    "last",
    [
        "会议还通报了有关情况（详见附件）。",
        "各单位要按时报送材料（见附件2）",
        "全市共有职工书屋三百家。（2024年数据）",
        "比赛历时三天。",
    ],
)
def test_brackets_that_are_no_byline_stay(last: str) -> None:
    ending = cut_trailing_byline(numbered(f"标题\n{last}"), Facts())
    assert texts(ending.lines)[-1] == last and ending.edits == ()


def test_a_trailing_byline_does_not_replace_an_author_already_known() -> None:
    ending = cut_trailing_byline(numbered("正文。（张巨峰）"), Facts(author="李四"))
    assert ending.facts.author == "李四"
    assert texts(ending.lines) == ["正文。"]


# ---------------------------------------------------------------- notes near the end


def test_notes_near_the_end_are_taken_in_one_pass() -> None:
    lines = numbered(
        "工会工作要抓住根本\n工会是党联系职工群众的桥梁和纽带。\n（作者为某市总工会主席）\n"
        "（记者 刘明）\n本文原载于《工人日报》。"
    )
    taken: dict[int, str] = {}
    facts = find_end(lines, Facts(), taken)
    assert facts == Facts(author="刘明", source="《工人日报》", author_note="某市总工会主席")
    assert taken == {2: "author-note", 3: "byline", 4: "source"}


def test_notes_far_from_the_end_stay_in_the_text() -> None:
    body = "\n".join(f"第{n}段正文。" for n in range(1, 6))
    lines = numbered(f"（作者为某市总工会主席）\n{body}")
    taken: dict[int, str] = {}
    assert find_end(lines, Facts(), taken) == Facts() and taken == {}


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("本文原载于《工人日报》2024年5月6日第3版。", "《工人日报》2024年5月6日第3版"),
        ("本栏原载于区家麟的网志《潮池》。", "区家麟的网志《潮池》"),
        ("此文首发于“中工网”", "“中工网”"),
        ("原文刊登在《中国工运》杂志", "《中国工运》杂志"),
        ("本文原创发布于人人都是产品经理。", "人人都是产品经理"),  # a column site's note
    ],
)
def test_source_notes(line: str, source: str) -> None:
    taken: dict[int, str] = {}
    facts = find_end(numbered(f"标题\n正文。\n{line}"), Facts(), taken)
    assert facts.source == source and taken == {2: "source"}


# ---------------------------------------------------------------- signatures


@pytest.mark.parametrize(
    ("end", "date", "who"),
    [
        ("段崇智\n二〇一九年十月十八日", "2019-10-18", "段崇智"),
        ("蔡英文　2018/11/28", "2018-11-28", "蔡英文"),
        ("区总工会\n2024年1月20日", "2024-01-20", "区总工会"),  # a body signs it
        ("（2024年3月1日）", "2024-03-01", None),
        (  # a 公文's colophon under its signature: who printed it and when
            "国务院办公厅\n2024年1月15日\n抄送：各省委办公厅。\n国务院办公厅 2024年1月15日印发",
            "2024-01-15",
            "国务院办公厅",
        ),
        (
            "市总工会\n2024年1月20日\n市总工会办公室　二〇二四年一月二十日印发\n共印50份",
            "2024-01-20",
            "市总工会",
        ),
        (
            "这实在比什么序文都有力。一九二七年四月十一日，鲁迅识于广州中山大学。",
            "1927-04-11",
            "鲁迅",
        ),
        ("谢谢大家！", None, None),
        ("段崇智", None, None),
    ],
)
def test_signatures(end: str, date: str | None, who: str | None) -> None:
    assert signature(numbered(f"正文第一段。\n{end}")) == (date, who)


def test_a_signature_gives_date_and_author_and_stays_in_the_text() -> None:
    text = "致全市职工的一封信\n全市广大职工朋友们：\n祝大家节日快乐！\n陈建华\n2024年4月28日"
    result = extract_metadata(numbered(text))
    assert (result.facts.date, result.facts.author) == ("2024-04-28", "陈建华")
    assert texts(result.lines)[-2:] == ["陈建华", "2024年4月28日"]


def test_a_header_date_wins_over_the_signature() -> None:
    text = (
        "在全区工会工作会议上的讲话\n（2024年1月18日）\n同志们：\n谢谢大家！\n王晓东\n2024年1月20日"
    )
    assert extract_metadata(numbered(text)).facts.date == "2024-01-18"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("《 人民日报 》（ 2020年11月25日 02 版）", "《人民日报》2020年11月25日02版"),
        ("《工人日报》2024年3月5日第1版", "《工人日报》2024年3月5日第1版"),
        ("（《求是》2020年第3期）", "《求是》2020年第3期"),
        ("（新华社北京11月24日电）", "新华社"),
        ("（中新社北京2020年11月24日电）", "中新社"),
    ],
)
def test_where_a_text_was_printed_or_wired_is_its_source(line: str, source: str) -> None:
    taken: dict[int, str] = {}
    facts = find_end(numbered(f"标题\n正文。\n{line}"), Facts(), taken)
    assert facts.source == source and taken == {2: "source"}


def test_the_paper_that_printed_a_text_wins_over_the_wire_and_both_leave_the_text() -> None:
    text = "标题\n正文。\n（新华社北京11月24日电）\n《人民日报》（2020年11月25日 02 版）"
    taken: dict[int, str] = {}
    facts = find_end(numbered(text), Facts(), taken)
    assert facts.source == "《人民日报》2020年11月25日02版"
    assert taken == {2: "source", 3: "source"}


@pytest.mark.parametrize(
    "line",
    [
        "《人民日报》",
        "（本报北京3月5日电）",
        "据《人民日报》报道，会议于3月5日召开。",
        "《中国工会章程》",
    ],
)
def test_a_title_alone_or_our_own_paper_names_no_source(line: str) -> None:
    taken: dict[int, str] = {}
    facts = find_end(numbered(f"标题\n正文。\n{line}"), Facts(), taken)
    assert facts.source is None


def test_a_wire_s_dateline_closing_the_last_paragraph_is_its_source_and_captions_after_it_go() -> (
    None
):
    text = (
        "在全国政协新年茶话会上的讲话\n同志们，朋友们：\n我们一定能够对人类作出新的更大的贡献！\n"
        "谢谢大家。（新华社北京1月1日电）\n图片：\n中共中央总书记江泽民发表重要讲话。\n"
        "（新华社记者兰红光摄）"
    )
    result = extract_metadata(numbered(text))
    assert result.facts.source == "新华社"
    assert texts(result.lines)[-1] == "谢谢大家。"
    rules = [edit.rule for edit in result.edits]
    assert rules.count("boilerplate.caption") == 3 and rules.count("metadata.source") == 1
    assert result.facts.author is None  # the photographer is no author


def test_after_a_wire_s_dateline_where_the_text_was_printed_stays_its_source() -> None:
    text = (
        "标题\n正文。\n（新华社北京11月24日电）\n中共中央总书记习近平发表重要讲话。\n"
        "《人民日报》（2020年11月25日 02 版）"
    )
    result = extract_metadata(numbered(text))
    assert result.facts.source == "《人民日报》2020年11月25日02版"
    assert texts(result.lines) == ["正文。"]


def test_a_long_paragraph_after_a_wire_s_dateline_keeps_everything() -> None:
    """A collection of wire items, one after another: what follows the first dateline is text."""
    second = (
        "全国总工会近日印发通知，要求各级工会组织做好夏季高温期间职工劳动保护工作，"
        "督促用人单位落实防暑降温措施，切实维护职工合法权益。"
    )
    text = f"标题\n正文。（新华社北京6月1日电）\n{second}"
    result = extract_metadata(numbered(text))
    assert texts(result.lines) == ["正文。（新华社北京6月1日电）", second]


@pytest.mark.parametrize(
    ("line", "author", "office"),
    [
        ("（作者：方敏北京大学经济学院教授）", "方敏", "北京大学经济学院教授"),
        ("（作者：李强中国社会科学院研究员）", "李强", "中国社会科学院研究员"),
        ("作者：王小明市总工会主席", "王小明", "市总工会主席"),
    ],
)
def test_an_author_s_name_run_into_the_office_after_it_is_parted(
    line: str, author: str, office: str
) -> None:
    facts = extract_metadata(numbered(f"标题\n正文。\n{line}")).facts
    assert (facts.author, facts.author_note) == (author, office)


def test_a_closing_byline_that_says_where_the_reporters_wrote_names_them() -> None:
    text = "工总建议政府全面盘点产业长期面临的问题。\n记者 黄立伟 张国梁 台北报导"
    result = extract_metadata(numbered(text))
    assert result.facts.author == "黄立伟、张国梁"
    assert texts(result.lines) == ["工总建议政府全面盘点产业长期面临的问题。"]


def test_a_body_signing_a_letter_is_its_author() -> None:
    lines = numbered(
        "值此五一国际劳动节来临之际，向全体职工致以节日的问候！\n河南省交通工会\n2021年4月29日"
    )
    assert signature(lines) == ("2021-04-29", "河南省交通工会")


def test_bodies_signing_a_notice_together_are_all_its_authors() -> None:
    """Joint signers one to a line over the date: every one of them, in order; a line naming a
    person and where she works (a list of delegates above) is none of them."""
    body = "各地要加强组织领导，确保竞赛安全有序。"
    joint = f"{body}\n中华全国总工会\n人力资源社会保障部\n2024年3月1日"
    assert signature(numbered(joint)) == ("2024-03-01", "中华全国总工会、人力资源社会保障部")
    listed = f"{body}\n张海燕\t市第一医院工会\n市总工会\n2024年3月1日"
    assert signature(numbered(listed)) == ("2024-03-01", "市总工会")


def test_a_covering_notice_is_signed_above_the_document_it_issues() -> None:
    text = (
        "各县、区人民政府：\n《宿迁市城乡医疗救助暂行办法》已经市政府常务会议审议通过，现印发给你们。\n"
        "宿迁市人民政府\n二OO八年六月四日\n（此件公开发布）\n宿迁市城乡医疗救助暂行办法\n"
        "第一章 总则\n第一条 为加快新型社会救助体系建设，制定本办法。"
    )
    assert signature(numbered(text)) == ("2008-06-04", "宿迁市人民政府")
    unsigned = text.replace("二OO八年六月四日\n", "")
    assert signature(numbered(unsigned)) == (None, None)


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知", "宿迁市人民政府"),
        ("中华全国总工会关于加强新就业形态劳动者权益保障的意见", "中华全国总工会"),
        ("东阳市人民政府办公室 关于印发《实施方案》的通知", "东阳市人民政府办公室"),
        ("关于开展“安康杯”竞赛活动的通知", None),
        ("王东明关于工会工作的讲话", None),
    ],
)
def test_the_issuer_an_official_document_s_title_names(title: str, issuer: str | None) -> None:
    assert issuer_in_title(title) == issuer


def test_a_signature_s_day_beats_the_day_a_page_posted_it() -> None:
    text = (
        "致全市广大职工的倡议书\n发布时间：2024-03-20 09:00\n全市广大职工朋友们：\n"
        "让我们行动起来。\n沧州市总工会\n2024年3月19日"
    )
    facts = extract_metadata(numbered(text)).facts
    assert (facts.date, facts.author) == ("2024-03-19", "沧州市总工会")


def test_a_reporter_in_brackets_closing_the_last_paragraph_is_its_author() -> None:
    lines = numbered("工联会提出多项建议，包括取消强积金对冲。（记者林骏强）")
    ending = cut_trailing_byline(lines, Facts())
    assert ending.facts.author == "林骏强"
    assert texts(ending.lines) == ["工联会提出多项建议，包括取消强积金对冲。"]


def test_a_writer_s_credit_among_a_post_s_closing_credits_is_its_author() -> None:
    text = "学院开展主题党日活动\n近日，学院党委组织党员开展活动。\n活动圆满成功。\n文字：刘佳妮"
    result = extract_metadata(numbered(text))
    assert result.facts.author == "刘佳妮"
    assert texts(result.lines)[-1] == "活动圆满成功。"


def test_an_author_line_with_the_office_in_brackets_gives_both() -> None:
    text = "标题\n正文第一段。\n作者：田向利（全国政协委员，四川省政协主席）"
    result = extract_metadata(numbered(text))
    assert (result.facts.author, result.facts.author_note) == (
        "田向利",
        "全国政协委员，四川省政协主席",
    )
    assert texts(result.lines) == ["正文第一段。"]


@pytest.mark.parametrize(
    "note", ["（作者单位：清华大学国情研究院）", "作者简介：清华大学国情研究院研究员"]
)
def test_an_author_s_affiliation_at_the_end_is_the_author_s_note(note: str) -> None:
    result = extract_metadata(numbered(f"标题\n正文第一段。\n{note}"))
    assert result.facts.author_note is not None and "清华大学国情研究院" in result.facts.author_note
    assert texts(result.lines) == ["正文第一段。"]


def test_a_reporter_s_byline_closing_the_text_names_its_authors() -> None:
    text = "标题\n正文第一段。\n正文第二段。\n九派新闻记者 武菲菲 实习记者 湛泽梅 张玉霖"
    result = extract_metadata(numbered(text))
    assert result.facts.author == "武菲菲、湛泽梅、张玉霖"
    assert texts(result.lines) == ["正文第一段。", "正文第二段。"]


def test_a_closing_line_of_reporters_and_source_names_both() -> None:
    from unionreader.model import Facts

    lines = numbered(
        "正文第一段，说明情况。\n正文第二段，说明情况。\n中青报·中青网记者魏其濛来源：中国青年报"
    )
    taken: dict[int, str] = {}
    facts = find_end(lines, Facts(), taken)
    assert (facts.author, facts.source, taken) == ("魏其濛", "中国青年报", {2: "byline"})


def test_a_text_signed_above_its_appendix_is_dated() -> None:
    lines = numbered(
        "让我们携手努力！\n此致\n敬礼！\n鹏城实验室、中山大学\n2024年3月28日\n"
        "附录1.数据格式说明\n数据按场景、任务、片段三级组织。"
    )
    assert signature(lines)[0] == "2024-03-28"
    assert signature(numbered("正文。\n附录1.说明\n2024年3月28日"))[0] == "2024-03-28"  # at the end


def test_a_reporter_s_credit_after_the_lead_is_cut_from_it() -> None:
    from unionreader.model import Facts
    from unionreader.normalise.ending import cut_lead_credit

    lines = numbered("她说：「我怎么样都得尽力。」报导•摄影╱向高彬\n李淑仪回述，夫妻育有一女。")
    ending = cut_lead_credit(lines, Facts())
    assert texts(ending.lines) == ["她说：「我怎么样都得尽力。」", "李淑仪回述，夫妻育有一女。"]
    assert ending.facts.author == "向高彬" and len(ending.edits) == 1
    stop = numbered("所幸皆让么女发现，送医挽回一命。报导．摄影╱韩旭尔\n现年46岁的阿荞表示。")
    assert cut_lead_credit(stop, Facts()).facts.author == "韩旭尔"  # a full-width stop between
    same = numbered("他说：「报道／采访都要准确。」\n第二段。")
    assert cut_lead_credit(same, Facts()).lines == same


@pytest.mark.parametrize("note", ["（此件公开发布）", "此件公开发布", "此件主动公开"])
def test_a_publication_note_under_a_signature_hides_nothing(note: str) -> None:
    lines = numbered(f"通知\n请认真贯彻执行。\n北京市总工会\n2025年1月10日\n{note}")
    assert signature(lines) == ("2025-01-10", "北京市总工会")
