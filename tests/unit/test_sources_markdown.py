"""Markdown seeds: front matter, shaped lines, formatting dropped, removals recorded, errors."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from unionreader.documents import load_document
from unionreader.errors import SeedError
from unionreader.model import (
    BOLD_LEVEL,
    Document,
    Edit,
    Kind,
    Line,
    RawText,
    Seed,
    SeedMeta,
    Shape,
)
from unionreader.sources import read_source
from unionreader.sources.markdown import read_markdown


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in the test's folder, so messages name files as `x.md`."""
    monkeypatch.chdir(tmp_path)


def write(text: str, name: str = "x.md") -> Path:
    path = Path(name)
    path.write_text(text, encoding="utf-8")
    return path


def read(text: str, name: str = "x.md") -> RawText:
    return read_markdown(Seed(write(text, name), "x", SeedMeta(), catalogued=False))


def document_of(text: str) -> Document:
    return load_document(Seed(write(text), "x", SeedMeta(), catalogued=False))


def read_error(text: str, name: str = "x.md") -> SeedError:
    with pytest.raises(SeedError) as info:
        read(text, name)
    return info.value


def shapes(raw: RawText) -> list[tuple[int, str, Shape | None, int]]:
    return [(line.number, line.text, line.shape, line.level) for line in raw.lines]


# ---------------------------------------------------------------- front matter


@pytest.mark.parametrize(
    ("stated", "title"),
    [
        ("《中国工人》发刊词全文在线阅读 - 毛泽东选集第二卷", "《中国工人》发刊词"),
        ("职工书屋换了新模样_新浪网", "职工书屋换了新模样"),
        ("职工书屋换了新模样（2023年）", "职工书屋换了新模样（2023年）"),  # its own words
        ("关于职工书屋建设的通知", "关于职工书屋建设的通知"),
    ],
)
def test_a_front_matter_title_that_is_the_page_s_yields_to_the_heading(
    stated: str, title: str
) -> None:
    """A site or a clipper writes the page's title into the front matter: the text's first
    heading and then the site's words after a separator."""
    heading = "《中国工人》发刊词" if stated.startswith("《") else "职工书屋换了新模样"
    raw = read(f"---\ntitle: {stated}\n---\n# {heading}\n\n正文。\n")
    assert raw.stated.title == title


def test_front_matter_gives_metadata_and_leaves_the_text_as_one_edit() -> None:
    raw = read(
        "---\ntitle: 在全市工会工作会议上的讲话\ndate: 2024-01-18\nauthor: 王晓东\n"
        "source: 市总工会办公室\nplace: 某某市\nkind: speech\ndescription: 年度工作部署。\n"
        "tags: [工会]\n---\n\n同志们：\n"
    )
    assert raw.stated == SeedMeta(
        title="在全市工会工作会议上的讲话",
        kind=Kind.SPEECH,
        author="王晓东",
        date="2024-01-18",
        place="某某市",
        source="市总工会办公室",
        description="年度工作部署。",
    )
    assert raw.fallback == SeedMeta()
    assert raw.lines == (Line(12, "同志们：", Shape.PARAGRAPH),)
    (edit,) = raw.edits
    assert (edit.rule, edit.line, edit.after) == ("markdown.front-matter", 1, "")
    assert edit.before.startswith("title: 在全市工会工作会议上的讲话 · date: 2024-01-18")


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        (
            "标题: 致全市职工的一封信\n作者: 陈建华",
            SeedMeta(title="致全市职工的一封信", author="陈建华"),
        ),
        ("Title: 工会工作\nSpeaker: 王晓东", SeedMeta(title="工会工作", author="王晓东")),
        ("title: 工会工作\nauthors: [张三, 李四]", SeedMeta(title="工会工作", author="张三、李四")),
        ("title: 工会工作\nauthor:\n  name: 刘晓梅", SeedMeta(title="工会工作", author="刘晓梅")),
        ("date: 2024年8月22日", SeedMeta(date="2024-08-22")),
        ("published: 2024-06-18 09:30:00", SeedMeta(date="2024-06-18")),
        ('published_at: "2024-08-07"', SeedMeta(date="2024-08-07")),  # as crawlers write it
        ("publish-date: 2024-08-07", SeedMeta(date="2024-08-07")),
        ("date: 2024-06", SeedMeta(date="2024-06")),
        ("date: Fri, 24 Jun 2022 15:12:08 GMT", SeedMeta(date="2022-06-24")),  # a feed's
        ("date: Sat, 05 Mar 2022", SeedMeta(date="2022-03-05")),
        ("date: 2024", SeedMeta(date="2024")),
        ("来源: 工人日报\n地点: 北京", SeedMeta(source="工人日报", place="北京")),
        ("publisher: https://www.facebook.com/cnanewstaiwan", SeedMeta()),  # an address
        ("kind: poem", SeedMeta()),
        ("title: ''\nauthor: []", SeedMeta()),
        ("summary: 一段  摘要\n  跨行", SeedMeta(description="一段 摘要 跨行")),
    ],
)
def test_front_matter_keys_and_values(front: str, expected: SeedMeta) -> None:
    assert read(f"---\n{front}\n---\n正文。\n").stated == expected


def test_a_heading_between_two_rules_at_the_top_is_the_text_s_not_front_matter() -> None:
    """YAML reads `# 員工常見問題` as a comment: the block is no front matter, and the heading
    had been lost with no edit."""
    raw = read("---\n# 員工常見問題\n---\n## 如何查詢電子薪資單\n\n請登入系統查詢。\n")
    assert [(line.number, line.text) for line in raw.lines][:2] == [
        (2, "員工常見問題"),
        (4, "如何查詢電子薪資單"),
    ]
    assert raw.stated == SeedMeta()


@pytest.mark.parametrize(
    "front",
    ["createdAt: '2016-06-24'", "dateCreated: 2016-06-24", "created: 2016-06-24"],
)
def test_the_date_a_file_was_made_only_fills_in_a_date(front: str) -> None:
    """createdAt (a JavaScript site's key), dateCreated, a note's or a web clipper's created:
    the day the file was made, which may be the day a page was saved, not when it was
    written: it gives the date only where the text gives none."""
    raw = read(f"---\n{front}\n---\n正文。\n")
    assert (raw.stated, raw.fallback) == (SeedMeta(), SeedMeta(date="2016-06-24"))
    assert read(f"---\n{front}\npublished: 2015-01-02\n---\n正文。\n").fallback == SeedMeta()


def test_a_clipped_page_is_dated_by_its_byline_not_the_day_it_was_saved() -> None:
    """A web clipper's note: its author a link to a note, no publication date, the day it was
    saved as `created`, and the page's byline under it."""
    doc = document_of(
        "---\ntitle: 英国调研显示一半企业后悔用人工智能替代员工\nauthor:\n"
        '  - "[[张金祥]]"\npublished:\ncreated: 2025-05-07\ntags:\n  - "clippings"\n---\n'
        "Original 张金祥 [ToB最前沿](https://mp.weixin.qq.com/s/) *2025年04月30日 18:54*\n\n"
        "关于人工智能将引发大规模裁员潮，AI的生产力将替代大量员工的说法不绝于耳。\n"
    )
    assert (doc.meta.author, doc.meta.date) == ("张金祥", "2025-04-30")


@pytest.mark.parametrize("date", ["去年秋天", "2024-13-45", "2024-02-30", "2024-00-10"])
def test_a_front_matter_date_that_is_no_date_is_ignored_with_a_warning(
    caplog: pytest.LogCaptureFixture, date: str
) -> None:
    """Whatever the YAML library would make of it (2024-02-30 is a timestamp to YAML, and no
    day: a date type could not hold it)."""
    with caplog.at_level(logging.WARNING):
        raw = read(f"---\ntitle: 工会工作\ndate: {date}\n---\n正文。\n")
    assert raw.stated == SeedMeta(title="工会工作")
    assert f"x.md: date '{date}' is not a date; ignored" in caplog.text


@pytest.mark.parametrize(
    ("written", "date"),
    [("2024-05-01 25:61:00", "2024-05-01"), ("2024-05-01T08:30:00+08:00", "2024-05-01")],
)
def test_a_front_matter_date_keeps_its_day_whatever_its_time(written: str, date: str) -> None:
    assert read(f"---\ndate: {written}\n---\n正文。\n").stated == SeedMeta(date=date)


def test_a_value_yaml_cannot_make_names_the_file_and_line() -> None:
    """An explicitly typed value the YAML library fails to make is an error of the file, not a
    traceback."""
    with pytest.raises(
        SeedError, match=r"x\.md:2: front matter is not valid YAML: day is out of range"
    ):
        read("---\ndate: !!timestamp 2024-02-30\n---\n正文。\n")


def test_without_front_matter_nothing_is_stated() -> None:
    raw = read("正文第一段。\n")
    assert raw.stated == SeedMeta() and raw.edits == ()
    assert raw.encoding == "utf-8"


# ---------------------------------------------------------------- shapes


def test_headings_lists_quotations_and_paragraphs_keep_their_shape() -> None:
    text = (
        "# 在全区工会工作会议上的讲话\n\n同志们：\n\n## 一、总体要求\n\n"
        "### （一）加强政治引领\n\n要坚持党的领导。\n\n"
        "1. 要学政策。\n2. 要学方法。\n\n3) 要学榜样。\n\n"
        "- 送温暖\n- 送清凉\n\n> 劳动创造幸福。\n"
    )
    assert shapes(read(text)) == [
        (1, "在全区工会工作会议上的讲话", Shape.HEADING, 1),
        (3, "同志们：", Shape.PARAGRAPH, 0),
        (5, "一、总体要求", Shape.HEADING, 2),
        (7, "（一）加强政治引领", Shape.HEADING, 3),
        (9, "要坚持党的领导。", Shape.PARAGRAPH, 0),
        (11, "1.要学政策。", Shape.ITEM, 0),
        (12, "2.要学方法。", Shape.ITEM, 0),
        (14, "3)要学榜样。", Shape.ITEM, 0),
        (16, "送温暖", Shape.BULLET, 0),
        (17, "送清凉", Shape.BULLET, 0),
        (19, "劳动创造幸福。", Shape.QUOTE, 0),
    ]


def test_a_list_in_a_quotation_keeps_its_numbers_and_the_text_after_it_none() -> None:
    text = "> 三、工作要求\n>\n> 1. 要高度重视。\n>\n> 2. 要结合实际。\n\n接到通知后，层层转发。\n"
    assert shapes(read(text)) == [
        (1, "三、工作要求", Shape.QUOTE, 0),
        (3, "1.要高度重视。", Shape.QUOTE, 0),
        (5, "2.要结合实际。", Shape.QUOTE, 0),
        (7, "接到通知后，层层转发。", Shape.PARAGRAPH, 0),
    ]


def test_an_ordered_list_keeps_the_number_it_starts_with() -> None:
    assert [line.text for line in read("5. 第五项工作。\n6. 第六项工作。\n").lines] == [
        "5.第五项工作。",
        "6.第六项工作。",
    ]


def test_a_later_paragraph_of_a_list_item_is_part_of_the_list() -> None:
    raw = read("1. 要学政策。\n\n   熟悉劳动法律法规。\n\n2. 要学方法。\n")
    assert shapes(raw) == [
        (1, "1.要学政策。", Shape.ITEM, 0),
        (3, "熟悉劳动法律法规。", Shape.CONTINUED, 0),
        (5, "2.要学方法。", Shape.ITEM, 0),
    ]


def test_soft_breaks_join_chinese_without_a_space_and_latin_with_one() -> None:
    raw = read("全市各级工会紧扣中心、\n服务大局，使用 Union\nReader 阅读。\n")
    assert [line.text for line in raw.lines] == [
        "全市各级工会紧扣中心、服务大局，使用 Union Reader 阅读。"
    ]
    assert raw.lines[0].shape is Shape.PARAGRAPH


def test_a_short_line_over_its_paragraph_with_no_blank_line_is_a_line_of_its_own() -> None:
    """`结语` over `在此次访谈结束后，…。` with a soft break: a heading the writer set on the
    paragraph's first line, not its first words (`结语在此次…`). A phrase broken off (`我们要把`)
    or a line under a short one that is no paragraph's stays joined."""
    body = "在此次访谈结束后，当我们汇总出访谈数据，并与两年前的报告进行对比之时，我们有所发现。"
    raw = read(f"结语\n{body}\n")
    assert [line.text for line in raw.lines] == ["结语", body]
    assert [line.number for line in raw.lines] == [1, 2]
    assert [line.text for line in read(f"我们要把\n{body}\n").lines] == [f"我们要把{body}"]
    assert [line.text for line in read("结语\n在此次访谈结束后。\n").lines] == [
        "结语在此次访谈结束后。"
    ]
    later = read(f"{body}\n结语\n{body}\n")
    assert [line.text for line in later.lines] == [f"{body}结语{body}"]


def test_a_hard_break_starts_a_new_line_with_its_own_number() -> None:
    raw = read("第一行文字  \n第二行文字\\\n第三行文字\n")
    assert [(line.number, line.text) for line in raw.lines] == [
        (1, "第一行文字"),
        (2, "第二行文字"),
        (3, "第三行文字"),
    ]


def test_fenced_code_is_kept_line_by_line() -> None:
    raw = read("正文。\n\n```\n第一行\n第二行\n```\n")
    assert shapes(raw)[1:] == [(4, "第一行", Shape.PARAGRAPH, 0), (5, "第二行", Shape.PARAGRAPH, 0)]


# ---------------------------------------------------------------- formatting and removals


def test_emphasis_is_formatting_and_a_star_between_chinese_is_a_redaction() -> None:
    raw = read("这是**重点**内容，*强调*，全*职工参加，`代码`保留。\n")
    assert raw.lines[0].text == "这是重点内容，强调，全*职工参加，代码保留。"
    assert raw.edits == ()


def test_a_star_between_figures_is_a_multiplication() -> None:
    raw = read("从工作时间上来看，(8*5)/(12*6) ≈ 0.56，合计 12*6=72 小时，**加班**不合法。\n")
    assert (
        raw.lines[0].text
        == "从工作时间上来看，(8*5)/(12*6) ≈ 0.56，合计 12*6=72 小时，加班不合法。"
    )


def test_a_star_between_a_quantity_and_a_figure_is_a_multiplication() -> None:
    """A wage worked out in units (`22天*2小时*11.49元/小时*1.5`): CommonMark took `*2小时*`
    for emphasis and the sum lost its signs. Emphasis after a word stays emphasis."""
    raw = read("加班工资应该是22天*2小时*11.49元/小时*1.5(平时加班)=758.34元，*确实*。\n")
    assert (
        raw.lines[0].text == "加班工资应该是22天*2小时*11.49元/小时*1.5(平时加班)=758.34元，确实。"
    )


def test_strong_marks_beside_chinese_punctuation_are_dropped_when_they_pair() -> None:
    assert read("**一、总体要求。**正文内容。\n").lines[0].text == "一、总体要求。正文内容。"
    assert read("“**劳动**”最光荣。\n").lines[0].text == "“劳动”最光荣。"


def test_images_links_html_and_rules_go_each_an_edit() -> None:
    text = (
        "正文第一段。\n\n![会场](https://example.com/a.png)\n\n"
        "详见[市总工会网站](https://www.example.gov.cn/gh)。\n\n"
        "职工<span>书屋</span>建设。\n\n---\n\n<div>\n<p>图为会议现场</p>\n</div>\n\n"
        "<https://example.com>\n"
    )
    raw = read(text)
    assert [line.text for line in raw.lines] == [
        "正文第一段。",
        "详见市总工会网站。",
        "职工书屋建设。",
        "图为会议现场",
        "https://example.com",
    ]
    rule = raw.edits[4]  # the rule's text as the parser gives it (markdown-it-py: `----`)
    assert (rule.rule, rule.line, rule.after) == ("markdown.rule", 9, "")
    assert raw.edits[:4] + raw.edits[5:] == (
        Edit("markdown.image", 3, "![会场](https://example.com/a.png)", ""),
        Edit("markdown.link", 5, "[市总工会网站](https://www.example.gov.cn/gh)", "市总工会网站"),
        Edit("markdown.html", 7, "<span>", ""),
        Edit("markdown.html", 7, "</span>", ""),
        Edit("markdown.html", 11, "<div> <p>图为会议现场</p> </div>", "图为会议现场"),
    )
    assert raw.lines[3] == Line(11, "图为会议现场", Shape.PARAGRAPH, closed=True)


def test_a_figure_s_caption_goes_with_its_image_and_other_text_of_a_block_stays() -> None:
    raw = read(
        '正文。\n\n<figure><img src="a.jpg"><figcaption>郭志诚驾驶的双层巴士</figcaption>'
        "</figure>\n\n<div><p>相关活动照片</p></div>\n\n<script>var a = 1;</script>\n"
    )
    assert [line.text for line in raw.lines] == ["正文。", "相关活动照片"]
    assert [
        (e.rule, e.line, e.before, e.after) for e in raw.edits if e.rule != "markdown.html"
    ] == [("markdown.caption", 3, "郭志诚驾驶的双层巴士", "")]


def test_an_image_s_caption_in_italics_after_it_goes_with_it() -> None:
    raw = read(
        "正文。\n\n![](https://a.cn/1.jpg)_涉事酒店_\n\n![](https://a.cn/2.jpg)\n**小标题**\n"
    )
    assert [line.text for line in raw.lines] == ["正文。", "小标题"]
    assert ("markdown.caption", 3, "涉事酒店") in [(e.rule, e.line, e.before) for e in raw.edits]


def test_shortcodes_of_site_generators_go() -> None:
    raw = read('正文。{{< video src="a.mp4" >}}\n')
    assert raw.lines[0].text == "正文。"
    assert raw.edits == (Edit("markdown.shortcode", 1, '{{< video src="a.mp4" >}}', ""),)


def test_liquid_tags_go_and_keep_only_the_words_they_show() -> None:
    """Hexo's, Jekyll's and GitBook's `{% … %}` tags had stayed as text (two as headings)."""
    raw = read(
        "本文介绍换届选举的流程。\n\n{% note info %}\n本文依据选举条例整理。\n{% endnote %}\n\n"
        "{% quot 选举程序 %}\n\n选举前应当召开会员大会。\n\n"
        "{% asset_img vote.png 会员大会现场 %}\n\n"
        '{% hint style="warning" %}\n候选人应当获得过半数选票。\n{% endhint %}\n\n'
        "{% include footer.html %}\n\n{{% center %}}（太阳沟 - 樱花）{{% /center %}}\n"
    )
    assert [line.text for line in raw.lines] == [
        "本文介绍换届选举的流程。",
        "本文依据选举条例整理。",
        "选举程序",
        "选举前应当召开会员大会。",
        "候选人应当获得过半数选票。",
        "（太阳沟 - 樱花）",
    ]


def test_a_sentence_under_a_front_matter_s_title_is_the_text_s_not_a_kicker() -> None:
    doc = document_of(
        "---\ntitle: 留言备份\n---\n\n一个尘封的铁盒，里面全是感情。\n\n"
        "人间无事人 2017-10-21 10:22:00\n\n留言：万千言语也道不尽对你的祝福。\n"
    )
    assert doc.meta.kicker is None
    assert doc.sections[0].blocks[0].text == "一个尘封的铁盒，里面全是感情。"


def test_a_page_s_markup_indented_as_code_is_markup_not_text() -> None:
    """A crawler's post whose page furniture is indented: CommonMark reads it as code."""
    raw = read(
        "我国经济基本面长期向好。\n\n            <!-- 文末二维码 start -->\n"
        "            <style>\n            .appendQr_wrap{border:1px solid #E6E6E6;}\n"
        "            </style>\n            <div>海量资讯，尽在新浪财经APP</div>\n"
    )
    assert raw.lines[0].text == "我国经济基本面长期向好。"
    assert not any("appendQr" in line.text or "<style>" in line.text for line in raw.lines)


def test_a_hugo_link_to_a_page_of_its_site_is_read_as_a_link() -> None:
    raw = read('之前写过一篇[劳动合同法解读]({{< relref "/posts/labour-law" >}})，这里接着说。\n')
    assert raw.lines[0].text == "之前写过一篇劳动合同法解读，这里接着说。"


def test_hugo_s_column_break_parts_paragraphs() -> None:
    raw = read(
        "{{< columns >}}\n第一栏，说明工会的职责。\n<--->\n"
        "第二栏，说明职工的权利。\n{{< /columns >}}\n"
    )
    assert [line.text for line in raw.lines] == [
        "第一栏，说明工会的职责。",
        "第二栏，说明职工的权利。",
    ]


def test_a_rule_first_with_text_under_it_is_no_front_matter() -> None:
    raw = read("---\n\n正文第一段。\n")
    assert [line.text for line in raw.lines] == ["正文第一段。"]


def test_the_reader_is_chosen_by_suffix() -> None:
    path = write("# 标题\n\n正文。\n", "x.markdown")
    raw = read_source(Seed(path, "x", SeedMeta(), catalogued=False))
    assert [line.shape for line in raw.lines] == [Shape.HEADING, Shape.PARAGRAPH]


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (
            "---\ntitle: 标题\ndate: [2024\n---\n\n正文。\n",
            "x.md:3: front matter is not valid YAML: expected ',' or ']', but got '<stream end>'",
            3,
        ),
        (
            "---\ntitle: 标题：副题: 又一个\n---\n正文。\n",
            "x.md:2: front matter is not valid YAML: mapping values are not allowed here",
            2,
        ),
        (
            "---\ntitle: 标题\n  author: 张三\nx: [\n---\n正文。\n",
            "x.md:3: front matter is not valid YAML: mapping values are not allowed here",
            3,
        ),
        (
            "---\n- 标题\n- 作者\n---\n正文。\n",
            "x.md:2: front matter must be `key: value` lines",
            2,
        ),
        ("---\n就是一句话\n---\n正文。\n", "x.md:2: front matter must be `key: value` lines", 2),
        (
            "---\ntitle：测试\ndate: 2024-01-01\n\n正文。\n",
            "x.md:1: front matter is never closed (a line of --- after it)",
            1,
        ),
    ],
)
def test_malformed_front_matter_names_the_file_and_line(text: str, message: str, line: int) -> None:
    error = read_error(text)
    assert str(error) == message
    assert (error.path, error.line) == (Path("x.md"), line)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: 标题\n---\n", "x.md: has no text (only front matter, markup or images)"),
        (
            "![](a.png)\n\n---\n\n<div></div>\n",
            "x.md: has no text (only front matter, markup or images)",
        ),
        ("", "x.md: is empty"),
        ("  \n\n", "x.md: is empty (only whitespace)"),
    ],
)
def test_a_file_with_no_text_names_the_file(text: str, message: str) -> None:
    assert str(read_error(text)) == message


def test_a_binary_file_named_md_is_refused() -> None:
    Path("x.md").write_bytes(b"\x00\x01\x02PK")
    with pytest.raises(SeedError) as info:
        read_markdown(Seed(Path("x.md"), "x", SeedMeta(), catalogued=False))
    assert str(info.value) == "x.md: is binary, not text"


def test_a_gbk_markdown_file_is_read_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    Path("x.md").write_bytes("---\ntitle: 工会工作\n---\n# 一、总体要求\n".encode("gbk"))
    with caplog.at_level(logging.WARNING):
        raw = read_markdown(Seed(Path("x.md"), "x", SeedMeta(), catalogued=False))
    assert raw.encoding == "gb18030" and raw.stated.title == "工会工作"
    assert raw.lines == (Line(4, "一、总体要求", Shape.HEADING, 1),)
    assert "x.md: not UTF-8; read as GB18030" in caplog.text


def test_a_footnote_keeps_its_text_and_its_mark_becomes_a_number() -> None:
    raw = read(
        "站在两个世纪的交接点上，人们在思索[^1]：新世纪会是什么样子[^note]。\n\n"
        "[^1]: 本文原载《人民日报》2001年1月1日。\n"
        "[^note]: 第二个注。\n"
    )
    assert [(line.number, line.text, line.shape) for line in raw.lines] == [
        (1, "站在两个世纪的交接点上，人们在思索[1]：新世纪会是什么样子[2]。", Shape.PARAGRAPH),
        (3, "[1]本文原载《人民日报》2001年1月1日。", Shape.PARAGRAPH),
        (4, "[2]第二个注。", Shape.PARAGRAPH),
    ]
    assert not any(edit.rule == "markdown.link" for edit in raw.edits)


def test_a_table_s_row_is_one_line_never_a_heading() -> None:
    raw = read(
        "# 北京地区天气预报\n\n"
        "| 时段 | 天气 | 风力 |\n|---|---|---|\n"
        "| 白天 | 多云转晴 | 三、四级 |\n| 夜间 | 晴 | 二、三级 |\n\n"
        "温度3℃／－8℃。\n"
    )
    assert shapes(raw) == [
        (1, "北京地区天气预报", Shape.HEADING, 1),
        (3, "时段\t天气\t风力", Shape.ROW, 0),
        (5, "白天\t多云转晴\t三、四级", Shape.ROW, 0),
        (6, "夜间\t晴\t二、三级", Shape.ROW, 0),
        (8, "温度3℃／－8℃。", Shape.PARAGRAPH, 0),
    ]


def test_an_image_whose_address_a_line_break_cut_goes() -> None:
    raw = read("正文第一段。\n\n![](https://inews.gtimg.com/news_bt/OPon-\nxKoiAAA/1000)图片说明\n")
    assert [line.text for line in raw.lines] == ["正文第一段。", "图片说明"]
    assert any(edit.rule == "markdown.image" and "OPon-" in edit.before for edit in raw.edits)


def test_an_image_whose_data_holds_markup_goes() -> None:
    """A copy's placeholder picture (`data:image/svg+xml;utf8,<svg …></svg>`) is no address
    CommonMark reads: it goes whole, not as `![](data:…)` in the text."""
    svg = "<svg xmlns='http://www.w3.org/2000/svg' width='1000' height='314'></svg>"
    raw = read(f"搜到超过6万条结果。![](data:image/svg+xml;utf8,{svg})甚至还出现了文化衫。\n")
    assert [line.text for line in raw.lines] == ["搜到超过6万条结果。甚至还出现了文化衫。"]
    assert any(edit.rule == "markdown.image" for edit in raw.edits)


def test_a_note_taker_s_aliases_give_the_title_where_nothing_else_does() -> None:
    raw = read("---\naliases:\n  - 党建专栏 | 心有光，入红巷！\n  - 另一个别名\n---\n\n正文。\n")
    assert raw.stated.title == "党建专栏 | 心有光，入红巷！"
    assert read("---\ntitle: 标题\naliases: [别名]\n---\n\n正文。\n").stated.title == "标题"


def test_an_article_s_number_over_its_text_in_one_paragraph_keeps_a_space() -> None:
    raw = read("第一条\n为了维护党章，制定本条例。\n\n第二条\n党的纪律建设必须坚持党的领导。\n")
    assert [line.text for line in raw.lines] == [
        "第一条\u3000为了维护党章，制定本条例。",
        "第二条\u3000党的纪律建设必须坚持党的领导。",
    ]


def test_a_line_in_brackets_over_the_text_in_one_paragraph_stays_a_line() -> None:
    raw = read("【环球时报-环球网报道 记者白云怡】\n美国国务卿日前在接受采访时称。\n")
    assert [line.text for line in raw.lines] == [
        "【环球时报-环球网报道 记者白云怡】",
        "美国国务卿日前在接受采访时称。",
    ]


# ---------------------------------------------------------------- a note-taker's syntax


def test_a_note_s_links_embeds_and_highlights_read_as_what_they_show() -> None:
    raw = read(
        "会议指出，要深入学习贯彻[[习近平总书记关于工人阶级和工会工作的重要论述]]，"
        "==切实维护职工合法权益==。\n\n更加明确了[[新就业形态劳动者入会|新就业形态劳动者]]入会工作的方向。"
        "\n\n![[会议照片.jpg]]\n\n见[[工会法#第三条]]。\n"
    )
    assert [line.text for line in raw.lines] == [
        "会议指出，要深入学习贯彻习近平总书记关于工人阶级和工会工作的重要论述，切实维护职工合法权益。",
        "更加明确了新就业形态劳动者入会工作的方向。",
        "见工会法。",
    ]
    edits = {(edit.rule, edit.before) for edit in raw.edits}
    assert ("markdown.image", "![[会议照片.jpg]]") in edits
    assert ("markdown.link", "[[新就业形态劳动者入会|新就业形态劳动者]]") in edits


def test_a_callout_s_mark_goes_and_its_title_is_a_line_of_its_own() -> None:
    raw = read("> [!note] 会议要点\n> 会议强调，要坚持党的领导。\n\n> [!tip]-\n> 只有内容。\n")
    assert shapes(raw) == [
        (1, "会议要点", Shape.QUOTE, 0),
        (2, "会议强调，要坚持党的领导。", Shape.QUOTE, 0),
        (5, "只有内容。", Shape.QUOTE, 0),
    ]
    assert [edit.rule for edit in raw.edits] == ["markdown.callout", "markdown.callout"]


def test_a_callout_of_the_writer_s_own_type_in_chinese_shows_its_type_as_its_title() -> None:
    """`> [!如果你想说点什么]` with no title: Obsidian shows the type as the title; its mark goes
    (it had stayed, its ! made full-width, run into the text)."""
    raw = read("> [!如果你想说点什么]\n> 本博客支持评论功能，欢迎留言。\n")
    assert [line.text for line in raw.lines] == [
        "如果你想说点什么",
        "本博客支持评论功能，欢迎留言。",
    ]


def test_kramdown_s_attributes_of_a_span_go() -> None:
    raw = read('本文转载自[工人日报](https://example.com/a){: target="_blank" }，有删节。\n')
    assert [line.text for line in raw.lines] == ["本文转载自工人日报，有删节。"]


def test_a_hashtag_a_text_quotes_stays() -> None:
    raw = read("民主党中委苏逸恒则在FB留言「#叫人冲 #自己松」。\n\nEdu Insights #0034\n")
    assert [line.text for line in raw.lines] == [
        "民主党中委苏逸恒则在FB留言「#叫人冲 #自己松」。",
        "Edu Insights #0034",
    ]


def test_a_list_s_items_written_one_to_a_line_without_a_space_stay_apart() -> None:
    """`1.立即…；` over `2.确保…；`: CommonMark reads no list item without a space after the
    number, and one paragraph of the lines; they are a list's items, each a line. A line that
    only wraps stays joined to the one above."""
    raw = read("我们要求：\n1.立即释放被捕者；\n2.确保他们的合法权益；\n3.终止打压。\n")
    assert [line.text for line in raw.lines] == [
        "我们要求：",
        "1.立即释放被捕者；",
        "2.确保他们的合法权益；",
        "3.终止打压。",
    ]
    wrapped = read("各级工会要维护职工\n合法权益。\n")
    assert [line.text for line in wrapped.lines] == ["各级工会要维护职工合法权益。"]


def test_a_wiki_link_s_language_before_the_page_s_name_is_not_shown() -> None:
    raw = read("人均年薪近百万[[zh:人民币]]，见[[w:工会|工会]]和[[会议纪要]]。\n")
    assert raw.lines[0].text == "人均年薪近百万人民币，见工会和会议纪要。"


def test_headings_written_in_html_keep_their_shape() -> None:
    raw = read("<h3>仍在押和失踪人士名单</h3>\n\n<strong>正式逮捕</strong>\n\n余浚聪，工人。\n")
    assert shapes(raw) == [
        (1, "仍在押和失踪人士名单", Shape.HEADING, 3),
        (3, "正式逮捕", Shape.HEADING, BOLD_LEVEL),
        (5, "余浚聪，工人。", Shape.PARAGRAPH, 0),
    ]


@pytest.mark.parametrize(
    "front",
    [
        "title: 标题\ndate: 2024-02-30\nauthor: [张三, 李四]\n",
        "title: '2024-01-01'\ndate: 2024-01-01 08:00:00\ntags: {a: 1, b: yes}\n",
        "title: >\n  折叠的\n  标题\nsummary: |\n  第一行\n  第二行\n",
        "title: 𠮷野家\nplace: ~\ndate: 1949年10月1日\n",
    ],
)
def test_libyaml_reads_front_matter_as_the_python_loader_does(front: str) -> None:
    import yaml

    from unionreader.sources import frontmatter

    assert frontmatter._FastLoader is not frontmatter._Loader  # the wheel has libyaml
    fast = yaml.load(front, Loader=frontmatter._FastLoader)
    assert fast == yaml.load(front, Loader=frontmatter._Loader)
    assert all(not hasattr(value, "year") for value in fast.values())  # dates stay text


def test_a_run_of_stars_in_a_word_is_kept_as_written() -> None:
    """Names masked with stars (`——金****檬`, a reader's handle) are no bold marks: the text
    keeps them; `**` marks left beside Chinese punctuation still go."""
    raw = read("正文第一段。\n\n——金****檬\n\n**一、总体要求。**正文\n\n网友张**说得好。\n")
    assert [line.text for line in raw.lines] == [
        "正文第一段。",
        "——金****檬",
        "一、总体要求。正文",
        "网友张**说得好。",
    ]


def test_a_note_titled_with_its_file_s_slug_takes_its_heading() -> None:
    """A note app's template: front matter `title: labor-standards-act`, the slug again as a
    heading, empty tasks; the text's own heading names it."""
    raw = read(
        "---\ntitle: labor-standards-act\nauthor: mandy\n---\n# 🚀 labor-standards-act\n\n"
        "- [ ] []()\n- [ ] []()\n\n# 勞動基準法\n\n公司服務基本的法令依循。\n"
    )
    assert raw.stated.title is None
    assert [line.text for line in raw.lines] == ["勞動基準法", "公司服務基本的法令依循。"]
    assert {edit.rule for edit in raw.edits} >= {"markdown.slug", "markdown.empty-item"}


def test_a_law_s_paragraphs_set_one_to_a_line_under_its_article_s_number_stay_apart() -> None:
    """Taiwan's law database sets each paragraph (項) of an article on a line of its own, with
    no blank line between: `前項…` is no part of the item above it, and the fields over the
    law are lines of their own. A writer's lines elsewhere are one paragraph, as Markdown has
    them (a bold lead over what it leads)."""
    raw = read(
        "法規名稱：工會法\n修正日期：20221130\n\n"
        "第 3 條\n本法所稱主管機關：在中央為勞動部。\n工會之目的事業，應受輔導、監督。\n\n"
        "第 6 條\n工會組織類型如下：\n一、企業工會。\n二、職業工會：所組織之工會。\n"
        "前項第二款組織之職業工會，應以同一直轄市為組織區域。\n\n"
        "**一是明确非银行支付机构的定义。**\n将非银行支付机构定义为公司。\n"
    )
    assert [line.text for line in raw.lines] == [
        "法規名稱：工會法",
        "修正日期：20221130",
        "第 3 條\u3000本法所稱主管機關：在中央為勞動部。",
        "工會之目的事業，應受輔導、監督。",
        "第 6 條\u3000工會組織類型如下：",
        "一、企業工會。",
        "二、職業工會：所組織之工會。",
        "前項第二款組織之職業工會，應以同一直轄市為組織區域。",
        "一是明确非银行支付机构的定义。将非银行支付机构定义为公司。",
    ]


def test_text_struck_through_is_taken_back_and_recorded() -> None:
    """`~~…~~` is what the writer took back (a claim retracted): shown as plain text it would
    read as said. A list item struck whole goes; the notes page records it."""
    raw = read(
        "公司名单：\n\n- 甲公司实行996工作制。\n- ~~2018 年，**乙公司**实行 996 工作制。~~\n\n"
        "这个制度~~不~~是合法的。\n"
    )
    assert [line.text for line in raw.lines] == [
        "公司名单：",
        "甲公司实行996工作制。",
        "这个制度是合法的。",
    ]
    struck = [(e.line, e.before) for e in raw.edits if e.rule == "markdown.struck"]
    assert struck == [(4, "~~2018 年，乙公司实行 996 工作制。~~"), (6, "~~不~~")]


def test_a_link_struck_through_stays_its_marks_dropped() -> None:
    """An archive strikes the links to copies that were deleted: the links' words are what it
    says are gone, and stay."""
    links = "~~[微信原文](https://a.cn/1)~~、~~[NGOCN转载](https://b.cn/2)~~ 均删除"
    dead = "~~[寻衅滋事罪是用来打流氓](https://c.cn/3)~~"  # alone on its line: a dead link
    raw = read(f"原文来自土逗公社。\n\n{links}\n\n{dead}\n\n正文。\n")
    assert [line.text for line in raw.lines] == [
        "原文来自土逗公社。",
        "微信原文、NGOCN转载 均删除",
        "正文。",
    ]


def test_a_date_under_a_signature_is_a_line_of_its_own() -> None:
    """`996.星火` over `2019.4.18` closing a declaration: a name, then its date, not one
    line `996.星火2019.4.18`."""
    raw = read("我们将坚持下去。\n\n996.星火\n2019.4.18\n")
    assert [line.text for line in raw.lines] == ["我们将坚持下去。", "996.星火", "2019.4.18"]


def test_a_shared_note_s_mark_on_a_comment_goes_and_is_recorded() -> None:
    raw = read(
        "> 判决书可以在这里查到。 [name=仔魚]\n\n> 我也看过 [time=Sun, Jan 6, 2019 10:00 PM]\n"
    )
    assert [line.text for line in raw.lines] == ["判决书可以在这里查到。", "我也看过"]
    tags = [(e.rule, e.before) for e in raw.edits if e.rule == "markdown.tag"]
    assert tags == [
        ("markdown.tag", "[name=仔魚]"),
        ("markdown.tag", "[time=Sun, Jan 6, 2019 10:00 PM]"),
    ]


def test_a_bold_line_with_a_mail_address_or_a_qr_code_heads_nothing() -> None:
    text = "标题\n\n**qq邮箱号【3102992271@qq.com】**\n\n**长按识别二维码发送【姓名】**\n\n正文。"
    raw = read(text)
    assert all(line.shape is not Shape.HEADING for line in raw.lines if "@" in line.text)
    assert all(line.shape is not Shape.HEADING for line in raw.lines if "二维码" in line.text)


def test_bold_lines_over_a_table_or_a_picture_are_its_caption_not_headings() -> None:
    text = (
        "标题\n\n**香港段死亡工人个案统计**\n\n| 日期 | 人数 |\n|---|---|\n| 2016年 | 3 |\n\n"
        "正文一。\n\n**大桥主桥死亡工人情况统计**\n\n**来源：运输及房屋局的回复**\n\n"
        "![统计](a.png)\n\n## 权责如何归属\n\n正文二。"
    )
    shapes = {line.text: line.shape for line in read(text).lines}
    assert shapes["香港段死亡工人个案统计"] is not Shape.HEADING
    assert shapes["大桥主桥死亡工人情况统计"] is not Shape.HEADING
    assert shapes["来源：运输及房屋局的回复"] is not Shape.HEADING
    assert shapes["权责如何归属"] is Shape.HEADING


def test_a_copy_that_sets_a_paragraph_to_a_line_keeps_them_apart() -> None:
    """A WeChat article's Markdown backup: no blank line between paragraphs, each line ending a
    sentence (in bold marks the parser left, or a broken picture's address); its subheads stay
    lines of their own, not glued into the prose."""
    text = (
        "张可已经到手的新工作被一条劳动仲裁记录搞砸了，她不知道接下来该怎么办。\n"
        "**一、普通人的医疗保障**\n"
        "**灵活就业的朋友，大多处于两种状态，一种是自己交社保，另一种是不交。**\n"
        "她担心接下来找工作时是不是会继续遇到这种情况？这条记录好像成了污点。\n"
        "![](https://mmbiz.qpic.cn/abc/640?wx_fmt=jpeg)\n"
        "于娟后悔了。“再来一次我肯定不会去仲裁。”仲裁是头脑一热的决定。"
    )
    assert [line.text for line in read(text).lines] == [
        "张可已经到手的新工作被一条劳动仲裁记录搞砸了，她不知道接下来该怎么办。",
        "一、普通人的医疗保障",
        "灵活就业的朋友，大多处于两种状态，一种是自己交社保，另一种是不交。",
        "她担心接下来找工作时是不是会继续遇到这种情况？这条记录好像成了污点。",
        "于娟后悔了。“再来一次我肯定不会去仲裁。”仲裁是头脑一热的决定。",
    ]


def test_a_paragraph_wrapped_by_hand_stays_one() -> None:
    text = "\n".join(
        ["各级工会要始终坚持以职工为中心，", "维护职工合法权益，", "推动构建和谐劳动关系。"]
    )
    assert len(read(text).lines) == 1


def test_a_line_of_ideographic_spaces_parts_paragraphs() -> None:
    text = "这类事例史不绝书，古代先贤对此曾有过抨击。\n\u3000\u3000\n然而抗疫与战争有区别。"
    assert [line.text for line in read(text).lines] == [
        "这类事例史不绝书，古代先贤对此曾有过抨击。",
        "然而抗疫与战争有区别。",
    ]


def test_a_heading_written_without_its_space_is_a_heading() -> None:
    raw = read("###雇主相關諮詢單位\n\n正文第一段。\n\n#上吊 #自杀\n\n#话题#")
    assert shapes(raw)[0] == (1, "雇主相關諮詢單位", Shape.HEADING, 3)
    assert [line.text for line in raw.lines][-2:] == ["#上吊 #自杀", "#话题#"]  # tags


def test_names_one_to_a_line_in_a_paragraph_keep_their_lines() -> None:
    """Signers under their label, one to a line with no blank line between: each name its line
    (they had run together: `（1975）梁家傑`)."""
    raw = read(
        "發起人 Initiators:\n陳景生 Chan King Sang Edward SC (1975)\n"
        "梁家傑 Leong Kah Kit Alan SC (1983)\n夏偉志 Harris Graham Anthony SC (1985)\n"
        "彭耀鴻 Pang Yiu Hung Robert SC (1988)\n"
    )
    assert [line.text for line in raw.lines][:3] == [
        "發起人 Initiators:",
        "陳景生 Chan King Sang Edward SC (1975)",
        "梁家傑 Leong Kah Kit Alan SC (1983)",
    ]


def test_a_contact_card_keeps_a_line_for_each_of_its_parts() -> None:
    raw = read("勞動部\n臺北市大同區延平北路二段83號9樓\n0800-08-5151")
    assert [line.text for line in raw.lines] == [
        "勞動部",
        "臺北市大同區延平北路二段83號9樓",
        "0800-08-5151",
    ]


def test_a_word_hyphenated_over_a_soft_break_stays_whole() -> None:
    assert read("母公司S-\nConnect的负责人表示。").lines[0].text == "母公司S-Connect的负责人表示。"


def test_a_part_s_number_alone_over_its_heading_goes_before_it() -> None:
    raw = read(
        "正文第一段。\n\n1\n\n**改开前后**\n\n改开前，农民在村里种地。\n\n"
        "2\n\n## 分水岭\n\n正文。\n\n3\n\n正文第三段。"
    )
    assert [line.text for line in raw.lines] == [
        "正文第一段。",
        "1 改开前后",
        "改开前，农民在村里种地。",
        "2 分水岭",
        "正文。",
        "3",  # over a paragraph of sentences: no part's heading
        "正文第三段。",
    ]


def test_lines_ended_by_br_stay_lines() -> None:
    """Minutes written with `<br>` at every line's end (as GitHub Pages sites have them): each
    line is one, options over their vote, not one paragraph run together."""
    raw = read(
        "### 動議1. 防火門破損磁磚已停產,討論修補方式\n"
        "1)水泥抹平上漆,漆色選接近原磁磚<br>\n"
        "2)補貼磁磚,磁磚選接近原磁磚之花色<br/>\n"
        "**決議**: 表決7票同意補貼磁磚.<br>\n"
        "甲方<BR>乙方\n"
    )
    assert [(n, text) for n, text, _, _ in shapes(raw)][1:] == [
        (2, "1)水泥抹平上漆,漆色選接近原磁磚"),
        (3, "2)補貼磁磚,磁磚選接近原磁磚之花色"),
        (4, "決議: 表決7票同意補貼磁磚."),
        (5, "甲方"),
        (5, "乙方"),
    ]
    assert [
        (e.rule, e.line, e.before) for e in raw.edits if e.before.lower().startswith("<br")
    ] == [
        ("markdown.html", 2, "<br>"),
        ("markdown.html", 3, "<br/>"),
        ("markdown.html", 4, "<br>"),
        ("markdown.html", 5, "<BR>"),
    ]


def test_a_line_of_br_alone_parts_paragraphs_and_swallows_no_list() -> None:
    """`<br>` alone on its line opens an HTML block in CommonMark that runs to the next blank
    line: the list under it had become one line of raw text."""
    raw = read("### 施工管理辦法\n<br>\n1. 施工前請先登記。\n2. 施工時間為上午 09:00~12:00。\n")
    assert [(n, text) for n, text, _, _ in shapes(raw)] == [
        (1, "施工管理辦法"),
        (3, "1.施工前請先登記。"),
        (4, "2.施工時間為上午 09:00~12:00。"),
    ]
    assert Edit("markdown.html", 2, "<br>", "") in raw.edits


def test_a_transcript_s_speakers_set_as_headings_go_before_their_words() -> None:
    """Each speaker a heading of their own over what they said: a turn each, as transcripts
    are written, not a section a turn (a transcript of 461 turns had made 461 sections)."""
    raw = read(
        "# 2017-02-22 PO工作坊\n\n### 唐鳳：\n各位早安，我想我們就準時開始。\n\n"
        "### 劉榆華：\n大家好，我是國發會的劉榆華。\n\n### 唐鳳：\n謝謝。\n"
    )
    assert [(n, text, shape) for n, text, shape, _ in shapes(raw)][1:] == [
        (4, "唐鳳：各位早安，我想我們就準時開始。", Shape.PARAGRAPH),
        (7, "劉榆華：大家好，我是國發會的劉榆華。", Shape.PARAGRAPH),
        (10, "唐鳳：謝謝。", Shape.PARAGRAPH),
    ]
    assert [(e.rule, e.line, e.before) for e in raw.edits] == [
        ("markdown.speaker", 3, "唐鳳："),
        ("markdown.speaker", 6, "劉榆華："),
        ("markdown.speaker", 9, "唐鳳："),
    ]
    once = read("# 通知\n\n### 附：\n报名表一份。\n\n### 说明：\n请按时报送。\n")
    assert [shape for _, _, shape, _ in shapes(once)].count(Shape.HEADING) == 3  # no transcript


def test_front_matter_closed_but_never_opened_is_front_matter() -> None:
    """`title: …` / `date: …` / `tags:` and its items / `---`, as some blog generators write it:
    the title and the date are stated, and the text's lines keep their numbers."""
    raw = read(
        "title: 第 10 屆修憲委員會待審議案列表\ndate: 2021-03-06 00:23:24\ncategories: ramble\n"
        "tags:\n    - taiwan\n---\n\n修憲一直是我很關心的議題。\n"
    )
    assert (raw.stated.title, raw.stated.date) == ("第 10 屆修憲委員會待審議案列表", "2021-03-06")
    assert [(line.number, line.text) for line in raw.lines] == [(8, "修憲一直是我很關心的議題。")]


def test_a_text_opening_with_a_label_of_its_own_has_no_front_matter() -> None:
    raw = read("时间：2024年3月1日\n地点：市总工会\n---\n\n会议纪要正文。\n")
    assert raw.stated == SeedMeta() and raw.lines[0].text == "时间：2024年3月1日"


def test_a_line_of_pictures_parts_the_lines_of_a_paragraph_around_it() -> None:
    raw = read(
        "房屋租赁的法律很多，细节会有不一样。\n![](https://x.org/a.jpg)\n汀兰提问：房屋出租前怎么办？\n"
    )
    assert [(line.number, line.text) for line in raw.lines] == [
        (1, "房屋租赁的法律很多，细节会有不一样。"),
        (3, "汀兰提问：房屋出租前怎么办？"),
    ]


def test_an_emoji_s_shortcode_is_decoration_and_goes() -> None:
    raw = read("### [:house:返回首页](https://github.com/x/txt)\n\n会议于10:30:00开始。\n")
    assert [line.text for line in raw.lines] == ["返回首页", "会议于10:30:00开始。"]
    assert any(edit.before == ":house:" for edit in raw.edits)


def test_a_line_or_two_beside_a_picture_in_a_block_of_html_is_its_caption() -> None:
    """`<div><img …><br>表一. …概况</div>`: the caption goes with the picture (an edit), as a
    figure's does; a block of HTML that holds a paragraph beside a picture keeps it."""
    raw = read(
        "正文。\n\n"
        '<div style="text-align:center"><img src="/images/b.png" /><br>'
        "表一. 2018年至今被打压工运人士概况<br><br></div>\n\n"
        "下文。\n"
    )
    assert [line.text for line in raw.lines] == ["正文。", "下文。"]
    assert any(edit.rule == "markdown.caption" and "表一" in edit.before for edit in raw.edits)
    long = "这是一段写在网页区块里的正文，" * 6
    raw = read(f'<div><img src="a.png"><p>{long}</p></div>\n')
    assert [line.text for line in raw.lines] == [long]


def test_a_block_of_html_that_is_links_and_no_sentence_is_the_site_s_navigation() -> None:
    """`<div>⏩老生常谈 / <a href="…">大萌的老生常谈</a></div>` between a post's paragraphs: the
    site's, recorded; a heading that links to itself and a sentence with a link stay."""
    raw = read(
        "上文。\n\n"
        '<div align="right">\n⏩老生常谈 / <a href="https://laosheng.top/c/">大萌的老生常谈</a>\n'
        "</div><br>\n\n"
        '<h3><a href="#s1">一、总体要求</a></h3>\n\n'
        '<p>详见<a href="https://x.org/a">市总工会的通知</a>。</p>\n\n'
        "下文。\n"
    )
    assert [line.text for line in raw.lines] == [
        "上文。",
        "一、总体要求",
        "详见市总工会的通知。",
        "下文。",
    ]
    assert any("大萌的老生常谈" in edit.before and not edit.after for edit in raw.edits)


def test_pandoc_s_attributes_and_fences_go() -> None:
    """`## 标题 {.noindent}`, `::: {.noindent}` … `:::`: Pandoc's markup, each an edit; a
    sentence that writes about an attribute in its middle keeps it."""
    raw = read(
        "## 这是一个无缩进的标题 {.noindent}\n\n::: {.noindent}\n这是一段无缩进的文本。\n:::\n\n"
        "这是一段无缩进的行内文本。{.noindent}\n\n通过使用 `{.noindent}` 标签，可以实现。\n"
    )
    assert [line.text for line in raw.lines] == [
        "这是一个无缩进的标题",
        "这是一段无缩进的文本。",
        "这是一段无缩进的行内文本。",
        "通过使用 {.noindent} 标签，可以实现。",
    ]
    assert sum(edit.rule == "markdown.shortcode" for edit in raw.edits) == 4


def test_a_documentation_site_s_box_reads_as_a_callout() -> None:
    """`::: tip 小提示` … `:::` (VitePress, VuePress): its marks go, its title is a line of its
    own over its text, and the box is quoted, as a callout is; a box never closed, and a fence in
    a code block, stay as written."""
    raw = read(
        "正文。\n\n::: tip 小提示\n劳动者应当保留证据。\n\n另一段。\n:::\n\n"
        "::: warning\n不要签字。\n:::\n\n最后一段。\n\n```\n::: tip 代码\n```\n\n:::\n"
    )
    assert shapes(raw) == [
        (1, "正文。", Shape.PARAGRAPH, 0),
        (3, "小提示", Shape.QUOTE, 0),
        (4, "劳动者应当保留证据。", Shape.QUOTE, 0),
        (6, "另一段。", Shape.QUOTE, 0),
        (10, "不要签字。", Shape.QUOTE, 0),
        (13, "最后一段。", Shape.PARAGRAPH, 0),
        (16, "::: tip 代码", Shape.PARAGRAPH, 0),
    ]
    assert [(e.rule, e.line, e.before) for e in raw.edits if e.rule == "markdown.callout"] == [
        ("markdown.callout", 3, "::: tip 小提示"),
        ("markdown.callout", 7, ":::"),
        ("markdown.callout", 9, "::: warning"),
        ("markdown.callout", 11, ":::"),
    ]


@pytest.mark.parametrize(
    "directive", ["[[toc]]", "[TOC]", "[toc]", "${toc}", "@[toc](目录)", "* 目录\n{:toc}"]
)
def test_a_table_of_contents_directive_is_no_text(directive: str) -> None:
    raw = read(f"# 标题\n\n{directive}\n\n正文一段。\n")
    assert [line.text for line in raw.lines] == ["标题", "正文一段。"]
    assert [(edit.rule, edit.line) for edit in raw.edits] == [("markdown.toc", 3)]


def test_a_bare_hyphenated_attribute_after_a_heading_is_markup() -> None:
    raw = read(
        "## 仲裁程序 { data-search-exclude }\n\n## 附则 {: .note}\n\n公式 f{x} 与 {abc} 不变\n"
    )
    assert [line.text for line in raw.lines] == ["仲裁程序", "附则", "公式 f{x} 与 {abc} 不变"]


def test_a_law_s_chapter_alone_on_its_line_is_a_line_of_its_own() -> None:
    """` 第 一 章 總則 ` over ` 第 1 條 ` over its text, with no blank line (the law database's
    page saved as Markdown): the chapter is a line; the article's number opens its text."""
    raw = read(" 第 一 章 總則 \n 第 1 條 \n 為促進國民就業，特制定本法。\n")
    assert [line.text for line in raw.lines] == [
        "第 一 章 總則",
        "第 1 條\u3000為促進國民就業，特制定本法。",
    ]


def test_a_numbered_question_all_in_bold_is_a_heading() -> None:
    raw = read("**三、主动辞职能不能领取失业保险金呢？**\n\n不能。\n\n**他说：真的吗？**\n")
    assert shapes(raw)[0] == (1, "三、主动辞职能不能领取失业保险金呢？", Shape.HEADING, BOLD_LEVEL)
    assert shapes(raw)[2][2] is Shape.PARAGRAPH  # a question someone says, not numbered
    subhead = read("**扣分制度，烂在哪里？**\n\n扣分制度的问题在于它的随意性。\n")
    assert shapes(subhead)[0][2] is Shape.HEADING  # a short question: an article's subhead


def test_hugo_s_toml_front_matter_is_read_as_front_matter() -> None:
    """`+++` / `title = '…'` / `date = …` / `+++`: the title and the date, no text of it."""
    raw = read(
        "+++\nauthor = \"wu138di\"\ntitle = '高考奋战100天'\ndate = 2025-02-26T00:28:52+08:00\n"
        'tags = ["日常", "高考"]\n+++\n\n正文第一段。\n'
    )
    assert (raw.stated.title, raw.stated.date) == ("高考奋战100天", "2025-02-26")
    assert [(line.number, line.text) for line in raw.lines] == [(8, "正文第一段。")]
    error = read_error("+++\ntitle = '高考'\ndate = = 2025\n+++\n正文。\n")
    assert str(error).startswith("x.md:3: front matter is not valid TOML: ")


def test_front_matter_after_blank_lines_is_front_matter() -> None:
    """A blank line before `---` (the parser reads front matter only on the first line): still
    the title and the date, nested mappings and all; a rule over text stays the text's."""
    raw = read(
        '\n---\ntitle: "自己舔舐伤口"\ndate: 2018-08-23 04:23:42\nsidebar:\n    right:\n'
        "        sticky: true\n---\n\n正文第一段。\n"
    )
    assert (raw.stated.title, raw.stated.date) == ("自己舔舐伤口", "2018-08-23")
    assert [line.text for line in raw.lines] == ["正文第一段。"]
    ruled = read("\n---\ntitle: [工会要服务职工\n---\n正文。\n")  # no YAML: the text's lines
    assert ruled.stated.title is None and "正文。" in [line.text for line in ruled.lines]


def test_a_document_wrapped_in_a_markdown_fence_is_read_as_markdown() -> None:
    """A converter's or a language model's output: the text in ```` ```markdown ```` fences,
    closed and opened again at a page's end; an example of Markdown in a tutorial stays code."""
    raw = read(
        "```markdown\n# 职工会联盟声明\n\n## 就最低工资检讨\n本会今日发表声明。\n```\n\n"
        "```markdown\n- 第一，时薪应不少于五十元；\n```\n"
    )
    assert [(line.text, line.shape) for line in raw.lines][:2] == [
        ("职工会联盟声明", Shape.HEADING),
        ("就最低工资检讨", Shape.HEADING),
    ]
    assert [edit.rule for edit in raw.edits].count("markdown.fence") == 4
    tutorial = "标题这样写：\n\n```markdown\n# 标题\n```\n\n正文照常写。\n\n第三段。\n\n第四段。\n"
    assert "# 标题" in [line.text for line in read(tutorial).lines]


def test_a_site_s_menu_saved_as_markdown_goes_but_the_text_s_own_links_stay() -> None:
    """Four list items or more in a row, each a short link to another page, above the text's
    first sentence or below its last: a site's menu. A list of links inside the text, and a
    table of contents' links to its headings, stay."""
    menu = "".join(f"* [{word}](/{n})\n" for n, word in enumerate(["首页", "科学", "科技", "移动"]))
    text = "全国人大常委会表决通过了决定。\n\n职工退休年龄将逐步调整。\n"
    raw = read(menu + "\n" + text)
    assert [line.text for line in raw.lines] == [
        "全国人大常委会表决通过了决定。",
        "职工退休年龄将逐步调整。",
    ]
    assert [edit.rule for edit in raw.edits].count("markdown.menu") == 4
    inside = read("全国人大常委会表决通过了决定。\n\n" + menu + "\n职工退休年龄将逐步调整。\n")
    assert "首页" in [line.text for line in inside.lines]
    contents = "".join(f"* [第{n}章](#第{n}章)\n" for n in "一二三四五")
    assert "第一章" in [line.text for line in read(contents + "\n" + text).lines]


def test_a_stanza_s_lines_set_with_soft_breaks_stay_apart_and_head_nothing() -> None:
    """A poem quoted in a text, its lines one to a line in a paragraph: they do not run
    together (`我们用双手建设美丽的家园…`), and the stanza is no heading over the prose."""
    doc = document_of(
        "# 劳动者之歌\n\n这是一首献给劳动者的诗，写于五一国际劳动节前夕。\n\n"
        "我们用双手\n建设美丽的家园\n我们用汗水\n浇灌幸福的花朵\n\n"
        "劳动最光荣\n劳动最崇高\n劳动最伟大\n\n诗歌表达了工人阶级的主人翁精神，在职工中广为传诵。\n"
    )
    assert [section.heading for section in doc.sections] == [None]
    texts = [block.text for block in doc.sections[0].blocks]
    assert texts[1:4] == ["我们用双手", "建设美丽的家园", "我们用汗水"]
    assert "劳动最伟大" in texts


def test_a_line_opening_with_a_bold_label_and_its_colon_is_a_line_of_its_own() -> None:
    """A study note's terms one to a line, each label in bold: a soft break before the next
    label keeps the lines apart (`…辛亥革命旧民主主义革命实践的历史启示：…` had run together)."""
    raw = read(
        "**旧民主主义革命实践**：太平天国运动、戊戌变法、义和团运动、辛亥革命\n"
        "**旧民主主义革命实践的历史启示**：不触动封建根基的自强运动行不通。\n"
        "**要点：**工会要维护职工权益，\n**坚决**反对形式主义。\n"
    )
    assert [line.text for line in raw.lines] == [
        "旧民主主义革命实践：太平天国运动、戊戌变法、义和团运动、辛亥革命",
        "旧民主主义革命实践的历史启示：不触动封建根基的自强运动行不通。",
        "要点：工会要维护职工权益，坚决反对形式主义。",  # bold that is no label runs on
    ]  # (`**要点：**` before a character is no emphasis to CommonMark: its marks are text)


def test_a_subhead_in_bold_over_two_paragraphs_is_one_heading() -> None:
    """A WeChat post's subhead, set bold in two lines (`**骗局曝光后，**` over `**涉事高校紧张气氛
    弥漫**`): its first half had been a paragraph of the part above, its second the heading."""
    text = (
        "十一月二十一日，郭伟的家人确认了这一消息。\n\n**骗局曝光后，**\n\n**涉事高校紧张气氛弥漫**\n\n"
        "安保人员仔细盘问着到访人员的来历。\n\n**这一段加粗，后面是正文，**\n\n正文接着说。"
    )
    document = document_of(f"---\ntitle: 郭伟的双面人生\n---\n\n{text}")
    assert [section.heading for section in document.sections] == [
        None,
        "骗局曝光后，涉事高校紧张气氛弥漫",
    ]
    paragraphs = [block.text for block in document.sections[1].blocks]
    assert "这一段加粗，后面是正文，" in paragraphs


def test_a_heading_in_english_the_format_marks_is_a_heading() -> None:
    """A statement's English version under its Chinese one, headed `### Joint statement …` (108
    letters and spaces: as long as prose in characters, not in words)."""
    english = (
        "Joint statement by journalist unions, groups and academics against any selection "
        "of journalists arrangements"
    )
    text = (
        "---\ntitle: 联署声明\n---\n\n我们严正反对一切筛选记者措施。\n\n我们要求警方停止。\n\n"
        f"### {english}\n\nWe strongly oppose any arrangement that selects journalists.\n"
    )
    assert [section.heading for section in document_of(text).sections] == [None, english]


def test_a_paragraph_a_page_s_end_cut_mid_sentence_is_one_again() -> None:
    """A PDF's text put into Markdown, each page's end a blank line: `…在乡村，在乡` over
    `村聚集力量，…` (the word 乡村 had been cut across two paragraphs); a subhead under a
    paragraph that ends its sentence stays apart."""
    text = (
        "---\ntitle: 报告\n---\n\n从一九二七年到现在，我们的工作重点是在乡村，在乡\n\n"
        "村聚集力量，用乡村包围城市，然后取得城市。\n\n"
        "这一派人承认以我们的八条为谈判基础，但是希望讨价还价，使他们的损失不要太\n\n"
        "大。企图破坏这一谈判的是蒋介石及其死党。\n\n"
        "有些同志认为只要注意国营企业就够了，私营企业是无足轻重的，这是不\n\n"
        "对的。\n\n结语\n\n我们很快就要在全国胜利了。\n"
    )
    document = document_of(text)
    first = "从一九二七年到现在，我们的工作重点是在乡村，在乡村聚集力量，用乡村包围城市，"
    assert [block.text for block in document.sections[0].blocks] == [
        f"{first}然后取得城市。",
        "这一派人承认以我们的八条为谈判基础，但是希望讨价还价，使他们的损失不要太大。"
        "企图破坏这一谈判的是蒋介石及其死党。",
        "有些同志认为只要注意国营企业就够了，私营企业是无足轻重的，这是不对的。",
    ]
    assert [section.heading for section in document.sections] == [None, "结语"]


def test_a_page_s_subhead_over_its_paragraph_is_no_paragraph_cut_by_a_page_s_end() -> None:
    """A subhead with a comma over its paragraph, in a text no page's end cut elsewhere."""
    text = (
        "---\ntitle: 报告\n---\n\n先进装备等战略性新兴产业成为拉动工业增长的主力军。\n\n"
        "生态优先、绿色发展，推进黄河生态保护治理\n\n"
        "河南省委常委、常务副省长孙守刚介绍，黄河生态保护治理取得了重要进展。\n"
    )
    paragraphs = [b.text for section in document_of(text).sections for b in section.blocks]
    assert paragraphs[-1].startswith("河南省委常委")


def test_a_heading_that_is_a_part_s_number_alone_heads_its_part() -> None:
    """`## （一）` … `## （三）`, a speech's parts headed by their numbers alone: sections, not
    notes in brackets (`## （此件公开发布）` heads nothing)."""
    parts = [
        "为了提高工人阶级对于我们国家的领导作用，是目前的重要工作。",
        "为了在全国范围内按产业的界线来组织工人阶级，需要做许多工作。",
        "按照工人中产业或职业的界线来建立工会组织，是必要的。",
    ]
    text = "# 按产业组织工会\n\n" + "".join(
        f"## （{number}）\n\n{part}\n\n" for number, part in zip("一二三", parts, strict=True)
    )
    doc = document_of(text + "## （此件公开发布）\n")
    assert [section.heading for section in doc.sections] == ["（一）", "（二）", "（三）"]


def test_a_block_of_html_keeps_its_headings_and_the_text_away_from_its_icon() -> None:
    """`<div><div><img src="icon_fine.png"/></div><div><h4>罰則</h4></div></div>` over the
    penalty, in one block of HTML: the heading heads, the penalty is text (both had gone as
    the icon's caption); a caption in the picture's own block still goes."""
    penalty = "违反就业服务法第57条第9款规定者，处新台币6万元以上30万元以下罚锾。"
    block = (
        '<div class="small-topic">\n<div class="fine">\n<img src="img/icon_fine.png" />\n</div>\n'
        "<div><h4>罚则</h4></div>\n</div>\n"
        f"{penalty}\n</div>\n"
    )
    raw = read(
        f'外籍看护的雇主应当遵守规定。\n\n{block}\n<div><img src="a.jpg"><br>图为雇主与看护</div>\n'
    )
    assert [(line.text, line.shape) for line in raw.lines][1:] == [
        ("罚则", Shape.HEADING),
        (penalty, Shape.PARAGRAPH),
    ]


def test_markdown_inside_a_block_that_asks_for_it_is_read_as_markdown() -> None:
    """`<div class="item" markdown="1">` over `### C1`, a picture and a paragraph (Python-
    Markdown's and kramdown's way): a heading and a paragraph, not one line of raw HTML."""
    case = "外籍看护 Putri 三年期限将至，她表示愿意继续照顾阿嬷。"
    raw = read(f'<div class="one item content" markdown="1">\n### C1\n![](img/C1.png)\n{case}\n')
    assert [(line.text, line.shape) for line in raw.lines] == [
        ("C1", Shape.HEADING),
        (case, Shape.PARAGRAPH),
    ]


def test_paragraphs_the_writer_closed_in_html_are_never_joined_as_a_page_s_cut() -> None:
    """A chat-style answer pasted as `<p>` blocks, its paragraphs ending with no stop: each
    stays a paragraph (they had run together as a PDF's pages cut: `…装逼你不是…`). Written
    as Markdown's paragraphs, two cut so still read as a page's end cut them."""
    paragraphs = [
        "互联网公司有的人就喜欢用一些缩写名词，专有名词来装逼",
        "你不是故意说老子不明白的话吗？老子就让你来给解释解释",
        "为什么做这件事？它有什么作用？问你组长，问你导师",
        "怎么做这件事？老子以前没整过这玩意，给我讲明白了，我就能给你一个满意的成果",
        "什么？我做完了之后你不满意？那你不早点指导我？",
    ]
    html = "\n\n".join(f'<p data-pid="x{n}">{text}</p>' for n, text in enumerate(paragraphs))
    doc = document_of(f"# 新职场人的生存技巧\n\n{html}\n")
    assert [block.text for block in doc.sections[0].blocks] == paragraphs
    cut = ["我们的工作重点是在乡村，在乡村积蓄力量，我们的工作重点是在乡村，在乡", "党的组织要在"]
    cut[1] += "城市里秘密工作，积蓄力量，等待时机，这是全党同志都要明白的道理，因为"
    rest = ["村聚集力量，用乡村包围城市，然后取得城市。", "敌人在城市里的力量还很强大。"]
    pages = f"# 报告\n\n{cut[0]}\n\n{rest[0]}\n\n{cut[1]}\n\n{rest[1]}\n"
    read_pages = [block.text for block in document_of(pages).sections[0].blocks]
    assert read_pages == [cut[0] + rest[0], cut[1] + rest[1]]


def test_a_wiki_s_links_to_pictures_and_categories_go_with_their_text() -> None:
    """A wiki's page converted to Markdown: a link to a picture's page (`[…20150501.jpg](…/wiki/
    File:… "fig:…")`) and the category links at its end are the wiki's, their text no words
    of the article (they had run into its paragraphs, `…20150501.jpg中華電信工會更名…`); a
    link to an article keeps its text."""
    picture = (
        "[Union_people_20150501.jpg](https://zh.wikipedia.org/wiki/File:Union_people_20150501.jpg"
        ' "fig:Union_people_20150501.jpg")'
    )
    text = (
        f"{picture}\n中華電信工會更名，係追隨[中華電信](https://zh.wikipedia.org/wiki/中華電信)而來。\n\n"
        "[Category:臺灣的企業工會](https://zh.wikipedia.org/wiki/Category:臺灣的企業工會)\n"
    )
    raw = read(text)
    assert [line.text for line in raw.lines] == ["中華電信工會更名，係追隨中華電信而來。"]
    removed = [edit.before for edit in raw.edits if edit.rule == "markdown.link" and not edit.after]
    assert len(removed) == 2


def test_a_line_of_pictures_with_a_placeholder_s_data_parts_the_lines_around_it() -> None:
    """A Zhihu copy's picture and its placeholder (`![](data:image/svg+xml;utf8,<svg …></svg>)`,
    which CommonMark leaves as text and markup) on the line between two: a line of pictures,
    which parts them (`…公司名单：PS：…` had run together)."""
    above = "这个项目里列出了955工作制的公司名单："
    below = "PS：这个项目的Issues里有微软内推。"
    placeholder = (
        "![](data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' "
        "width='640' height='1043'></svg>)"
    )
    raw = read(f"{above}\n![](https://pic2.zhimg.com/v2-877b_b.jpg){placeholder}\n{below}\n")
    assert [line.text for line in raw.lines] == [above, below]
