"""Cases a careful editor decides otherwise than an earlier version of the rules did.

Each was found by a review of the rules against their own descriptions; each test names the
module whose rule it holds to its word.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers import normal_text, numbered, texts

from unionreader.docmeta import guess_kind
from unionreader.errors import SeedError
from unionreader.inline import to_runs
from unionreader.model import Facts, Line, RunKind, Seed, SeedMeta
from unionreader.normalise.aggregator import strip_title_affixes
from unionreader.normalise.boilerplate import remove_boilerplate
from unionreader.normalise.ending import is_organisation
from unionreader.normalise.fields import parse_byline, parse_date, parse_date_line
from unionreader.normalise.headings import join_heading_lines
from unionreader.normalise.metadata import extract_metadata
from unionreader.normalise.people import parse_speaker
from unionreader.normalise.stated import person
from unionreader.normalise.titles import join_title
from unionreader.normalise.unfold import unfold_lines
from unionreader.normalise.widgets import is_url_line, is_widget
from unionreader.sources.docx import read_docx
from unionreader.sources.htmltext import fragment_lines
from unionreader.sources.markdown import read_markdown
from unionreader.sources.pagehead import trim_tail
from unionreader.structure import parse_document


def seed_at(path: Path) -> Seed:
    return Seed(path=path, slug="t", meta=SeedMeta(), catalogued=False)


# ---------------------------------------------------------------- fields and people


def test_a_sentence_that_opens_with_a_date_is_no_date_line() -> None:
    assert parse_date_line("2024年1月5日，市总工会召开全委会。") is None
    result = extract_metadata(
        numbered("通知\n2024年1月5日，市总工会召开全委会。\n会议要求抓好落实。")
    )
    assert texts(result.lines)[0] == "2024年1月5日，市总工会召开全委会。"


def test_an_impossible_date_is_no_date() -> None:
    assert parse_date("2023年2月30日") is None
    assert parse_date_line("（二〇二三年二月三十日）") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [("本报记者 张三 报道", "张三"), ("文/图 李四", "李四"), ("记者 陈智整合", "陈智")],
)
def test_role_words_around_reporters_names_are_no_names(line: str, names: str) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(("line", "name"), [("市长　张三", "张三"), ("主席 王东明", "王东明")])
def test_a_bare_office_before_a_name(line: str, name: str) -> None:
    speaker = parse_speaker(line)
    assert speaker is not None and speaker.name == name


def test_an_author_field_with_a_role_and_a_slash() -> None:
    assert person("文/张三") == "张三"


@pytest.mark.parametrize("text", ["区总工会召开职工代表大会", "全市劳动竞赛推进会在京举行"])
def test_a_headline_is_no_body_that_signs(text: str) -> None:
    assert not is_organisation(text)


def test_author_with_a_colon_at_the_end_is_the_author_not_a_note() -> None:
    result = extract_metadata(numbered("标题\n正文第一段。\n正文第二段。\n作者：张三"))
    assert result.facts.author == "张三" and result.facts.author_note is None


# ---------------------------------------------------------------- widgets, tails, aggregator


@pytest.mark.parametrize(
    "line",
    [
        "附件格式见下表，测算数据仅供参考。",
        "（二）认真阅读原文，深刻领会精神实质",
        "（一）推广微信扫一扫入会",
    ],
)
def test_text_that_mentions_a_widgets_words_is_no_widget(line: str) -> None:
    assert not is_widget(line)


def test_a_dotted_date_is_no_address() -> None:
    assert not is_url_line("2024.3.1") and is_url_line("网址：hkcnews.com/aboutus")


def test_a_signature_dated_with_dots_stays() -> None:
    lines = numbered("工会要做好服务职工工作。\n市总工会\n2024.3.1")
    assert texts(remove_boilerplate(lines).lines)[-1] == "2024.3.1"


@pytest.mark.parametrize(
    "title",
    [
        "第一篇章由劳动者书写",
        "第一篇　开启新征程",
        "劳动合同（通用）",
        "集体合同（示范文本）",
        "集体合同示范文本",
    ],
)
def test_titles_that_only_look_like_an_aggregators(title: str) -> None:
    assert texts(strip_title_affixes(numbered(title)).lines) == [title]


@pytest.mark.parametrize(
    ("title", "left"),
    [
        (
            "在全国政协新年茶话会上的讲话（二〇〇一年一月一日）（附图片1张）",
            "在全国政协新年茶话会上的讲话（二〇〇一年一月一日）",
        ),
        ("职工运动会开幕（组图）", "职工运动会开幕"),
        ("劳模工匠进校园(图)", "劳模工匠进校园"),
        ("全总召开执委会议（附照片2幅）", "全总召开执委会议"),
        ("图解：2024年工会工作要点（图表）", "图解：2024年工会工作要点（图表）"),  # no photo note
    ],
)
def test_a_note_of_a_page_s_pictures_leaves_the_title(title: str, left: str) -> None:
    assert texts(strip_title_affixes(numbered(title)).lines) == [left]


def test_a_notice_keeps_its_attachment_and_contact_after_its_last_sentence() -> None:
    items = [("请认真组织报名。", None, 0), ("联系人：张三", None, 0), ("附件：报名表", None, 0)]
    assert trim_tail(items) == items


# ---------------------------------------------------------------- header, kinds, structure


def test_a_question_title_over_a_reporters_byline() -> None:
    result = extract_metadata(numbered("新就业形态劳动者如何入会？\n本报记者 赵一鸣\n正文第一段。"))
    assert result.facts.title == "新就业形态劳动者如何入会？"
    assert result.facts.author == "赵一鸣" and result.facts.kicker is None


def test_a_lead_that_only_mentions_a_full_text_is_body() -> None:
    result = extract_metadata(numbered("标题\n3月5日，各大媒体全文刊发了这篇讲话。\n正文。"))
    assert result.facts.note is None
    assert texts(result.lines)[0] == "3月5日，各大媒体全文刊发了这篇讲话。"


@pytest.mark.parametrize(
    "title", ["深入学习贯彻习近平总书记重要讲话精神", "劳模事迹报告会在市工人文化宫举行"]
)
def test_titles_about_a_speech_are_no_speech(title: str) -> None:
    normal = normal_text("正文第一段。", Facts(title=title))
    assert guess_kind(normal, title).value == "article"


def test_a_commentator_stated_by_the_format_makes_an_editorial() -> None:
    normal = normal_text("正文第一段。", Facts(title="让劳动光荣"))
    assert guess_kind(normal, "让劳动光荣", "本报评论员").value == "editorial"


def test_a_two_line_guanyu_title_is_one_title() -> None:
    result = extract_metadata(
        numbered("关于进一步加强新就业形态劳动者\n权益保障工作的意见\n各区总工会：\n正文。")
    )
    assert result.facts.title == "关于进一步加强新就业形态劳动者权益保障工作的意见"


def test_a_three_line_report_title_over_its_subtitle() -> None:
    text = "坚定信心\n真抓实干\n奋力开创工会工作新局面\n——在全委会上的工作报告\n各位委员：\n正文。"
    result = extract_metadata(numbered(text))
    assert result.facts.title == "坚定信心 真抓实干 奋力开创工会工作新局面"
    assert result.facts.kicker is None


def test_a_heading_cut_at_the_page_width_is_joined_without_a_space() -> None:
    lines = numbered(
        "一、推动产业工人队伍建设改革中的技能人才评价\n制度落地见效\n各级工会要抓好落实。"
    )
    assert texts(join_heading_lines(lines).lines)[0] == (
        "一、推动产业工人队伍建设改革中的技能人才评价制度落地见效"
    )
    assert join_title(["凝心聚力", "实干争先"]) == "凝心聚力 实干争先"


def test_a_numbered_heading_does_not_take_a_line_of_clauses_for_its_rest() -> None:
    """A heading's second line is a phrase; a line with a comma in it under one is its text
    cut by the page (a PDF's), not the rest of it."""
    lines = numbered(
        "一、职工队伍基本情况\n2023年末，全市职工总数156.23万人，其中女职工71.42\n万人。\n"
        "二、工会组织建设\n全年新建基层工会312个。"
    )
    assert texts(join_heading_lines(lines).lines)[:2] == [
        "一、职工队伍基本情况",
        "2023年末，全市职工总数156.23万人，其中女职工71.42",
    ]


def test_a_numbered_heading_does_not_take_a_field_for_its_rest() -> None:
    lines = numbered(
        "一、开场致辞\n尊敬的各位领导，大家好。\n"
        "二、游戏环节\n游戏名称：你来比划我来猜\n主持人说出词语，参与者表演。"
    )
    assert texts(join_heading_lines(lines).lines)[2:4] == [
        "二、游戏环节",
        "游戏名称：你来比划我来猜",
    ]


def test_a_numbered_heading_does_not_take_a_line_in_brackets_for_its_rest() -> None:
    """A form's `（文字描述）` under its part's heading (a report's template): the blank the
    part is to fill, or a note on it, not the heading's second line."""
    lines = numbered("一、总体情况\n（文字描述）\n二、主动公开政府信息情况\n本年共公开信息312条。")
    assert texts(join_heading_lines(lines).lines)[:2] == ["一、总体情况", "（文字描述）"]


def test_wan_is_a_surname_beside_a_redaction() -> None:
    runs = to_runs("万○○同志")
    assert runs[1].kind is RunKind.REDACTION and runs[1].text == "○○"


def test_a_salutation_glued_to_its_text_in_a_line_that_lost_its_breaks() -> None:
    line = (
        "讲话 （2023年2月15日） 张三 同志们：今天召开会议。会议很重要。 "
        "一、工作回顾 过去一年成效明显。"
    )
    assert "同志们：" in texts(unfold_lines((Line(1, line),)).lines)


def test_a_number_alone_before_its_point_s_text_goes_with_the_text() -> None:
    """`…几点建议： 1．\t要把…。 2．\t要在…。` (a tab after each number, as Word sets a list):
    the lead-in, then each point with its number; no number left on the line above."""
    line = "我想对大家提出几点建议： 1．\t要把被动学习改为主动学习。 2．\t要在学习中变盲从为质疑。"
    assert texts(unfold_lines((Line(1, line),)).lines) == [
        "我想对大家提出几点建议：",
        "1． 要把被动学习改为主动学习。",
        "2． 要在学习中变盲从为质疑。",
    ]


def test_a_law_s_definition_is_no_salutation_to_split_from_its_clauses() -> None:
    """`本法所称主管机关：` and the bodies it defines on one line: one article's text."""
    line = "本法所稱主管機關：在中央為勞動部；在直轄市為直轄市政府；在縣（市）為縣（市）政府。"
    assert texts(unfold_lines((Line(1, line),)).lines) == [line]


def test_a_space_after_a_latin_word_or_before_a_particle_is_no_lost_break() -> None:
    line = (
        "美国的立国故事，其实是一个大实验(the great experiment) 的故事。人人都尝试创造未来。 "
        "今天要行倒车，或许是时代的一个反思，Timothy Pina 说过一句名言：一切先变坏再变好。 "
        "我们就看看这倒步是不是向前的前奏。"
    )
    assert texts(unfold_lines((Line(1, line),)).lines) == [
        "美国的立国故事，其实是一个大实验(the great experiment) 的故事。人人都尝试创造未来。",
        "今天要行倒车，或许是时代的一个反思，Timothy Pina 说过一句名言：一切先变坏再变好。",
        "我们就看看这倒步是不是向前的前奏。",
    ]


# ---------------------------------------------------------------- formats


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_bold_paragraph_is_a_markdown_heading(in_tmp: Path) -> None:
    (in_tmp / "a.md").write_text("**加强政治引领**\n\n各级工会要加强政治引领。\n", encoding="utf-8")
    raw = read_markdown(seed_at(in_tmp / "a.md"))
    assert raw.lines[0].shape is not None and raw.lines[0].shape.value == "heading"


def test_a_thematic_break_is_recorded_as_written(in_tmp: Path) -> None:
    (in_tmp / "a.md").write_text("正文。\n\n---\n\n正文。\n", encoding="utf-8")
    edits = read_markdown(seed_at(in_tmp / "a.md")).edits
    assert [e.before for e in edits if e.rule == "markdown.rule"] == ["---"]


def test_word_errors_say_what_is_wrong(in_tmp: Path) -> None:
    with pytest.raises(SeedError) as missing:
        read_docx(seed_at(in_tmp / "none.docx"))
    assert "cannot be read" in str(missing.value)
    (in_tmp / "text.docx").write_text("不是压缩包", encoding="utf-8")
    with pytest.raises(SeedError) as not_zip:
        read_docx(seed_at(in_tmp / "text.docx"))
    assert str(not_zip.value) == "text.docx: is not a Word document (.docx): not a zip package"
    with zipfile.ZipFile(in_tmp / "empty.docx", "w") as package:
        package.writestr("readme.txt", "空")
    with pytest.raises(SeedError):
        read_docx(seed_at(in_tmp / "empty.docx"))


def test_a_line_break_in_a_pages_source_is_a_space() -> None:
    assert fragment_lines("<p>各级工会要做好工作，\n区总工会要带头。</p>") == [
        "各级工会要做好工作， 区总工会要带头。"
    ]


def test_a_signature_never_heads_a_section() -> None:
    doc = parse_document(
        normal_text("正文第一段。\n段崇智\n二〇一九年十月十八日", Facts(title="信"))
    )
    assert all(section.heading is None for section in doc.sections)


def test_the_title_again_with_its_source_after_it_gives_the_source() -> None:
    from unionreader.normalise.metadata import extract_metadata

    text = (
        "顺德区大良街道党工委委员一行到众创金融街开展调研工作\n"
        "顺德区大良街道党工委委员一行到众创金融街开展调研工作 来源于：东区办事处\n"
        "2019年2月27日下午，调研组一行八人到众创金融街进行实地考察调研。"
    )
    result = extract_metadata(numbered(text))
    assert result.facts.source == "东区办事处"
    assert texts(result.lines) == [
        "2019年2月27日下午，调研组一行八人到众创金融街进行实地考察调研。"
    ]


def test_a_law_s_passage_and_revision_lines_give_its_date_and_note() -> None:
    from unionreader.normalise.metadata import extract_metadata

    text = (
        "山东省劳动合同条例\n"
        "2001年10月28日 山东省第九届人民代表大会常务委员会第二十三次会议通过\n"
        "2013年8月1日 山东省第十二届人民代表大会常务委员会第三次会议修订\n"
        "第一章 总则\n"
        "第一条 为了规范劳动合同行为，制定本条例。"
    )
    result = extract_metadata(numbered(text))
    assert (result.facts.title, result.facts.date) == ("山东省劳动合同条例", "2013-08-01")
    assert result.facts.note == (
        "2001年10月28日 山东省第九届人民代表大会常务委员会第二十三次会议通过；"
        "2013年8月1日 山东省第十二届人民代表大会常务委员会第三次会议修订"
    )
    assert texts(result.lines) == ["第一章 总则", "第一条 为了规范劳动合同行为，制定本条例。"]


@pytest.mark.parametrize("line", ["本文来源：央视新闻客户端", "文章来源：央视新闻客户端"])
def test_a_source_line_that_names_the_text_gives_the_source(line: str) -> None:
    from unionreader.normalise.metadata import extract_metadata

    result = extract_metadata(
        numbered(f"美国新冠肺炎确诊病例超278万例\n巴西卫生部公布调查结果。\n{line}")
    )
    assert result.facts.source == "央视新闻客户端"
    assert texts(result.lines) == ["巴西卫生部公布调查结果。"]


def test_a_filed_date_before_the_title_is_the_title_s_date() -> None:
    """A collection's file name as the text's first line (`2013-04-28_在同…的讲话`): the date
    goes under the title as its date, and the title is the rest."""
    text = "2013-04-28_在同全国劳动模范代表座谈时的讲话\n同志们：\n今天，我们在这里座谈。"
    result = extract_metadata(strip_title_affixes(numbered(text)).lines)
    assert (result.facts.title, result.facts.date) == (
        "在同全国劳动模范代表座谈时的讲话",
        "2013-04-28",
    )
