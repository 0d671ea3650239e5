"""Saved web pages: decoding, the main text as shaped lines, its header put back, what the
extraction left out recorded, and pages that hold no text refused with the file named."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from paths import FIXTURES

from unionreader.documents import load_document
from unionreader.errors import SeedError
from unionreader.model import Edit, Line, RawText, Seed, SeedMeta, Shape
from unionreader.normalise.furniture import headline_of_page
from unionreader.sources import read_source
from unionreader.sources.html import (
    RULE,
    _items,
    _left_out,
    _text_put_back,
    decode_page,
    read_html,
)
from unionreader.sources.htmltext import SourceText, fragment_lines, visible_lines
from unionreader.sources.pagehead import find_header, merge_labels, trim_tail

BODY = (
    "<p>　　连日来，我区持续高温。为切实做好高温期间职工劳动保护工作，"
    "区总工会组织开展“夏送清凉”慰问活动。</p>\n"
    "<p>　　慰问组先后来到建筑工地、环卫站点和快递网点，为坚守岗位的职工送去防暑降温物品。</p>\n"
    "<p>　　据统计，今年全区各级工会共投入慰问资金120万元，惠及职工1.5万人次。</p>"
)
"""Three paragraphs of a news text, each on one line of the page's source."""

PARAGRAPHS = [
    "连日来，我区持续高温。为切实做好高温期间职工劳动保护工作，区总工会组织开展“夏送清凉”慰问活动。",
    "慰问组先后来到建筑工地、环卫站点和快递网点，为坚守岗位的职工送去防暑降温物品。",
    "据统计，今年全区各级工会共投入慰问资金120万元，惠及职工1.5万人次。",
]

CRUMB = (
    '<div class="location">当前位置：<a href="/">首页</a> &gt; '
    '<a href="/news/">工会动态</a> &gt; 正文</div>'
)

NEWS = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>区总工会为一线职工送清凉_工会动态_某某职工网</title>
</head>
<body>
{CRUMB}
<div class="article">
<h1>区总工会为一线职工送清凉</h1>
<div class="info">发布时间：2024-07-16 10:12　来源：区总工会</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="content">
{BODY}
</div>
</div>
<div class="footer">版权所有 某某职工网　ICP备12345678号</div>
</body>
</html>
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in the test's folder, so messages name files as `x.html`."""
    monkeypatch.chdir(tmp_path)


def seed(name: str = "x.html") -> Seed:
    return Seed(Path(name), "x", SeedMeta(), catalogued=False)


def read(data: bytes, name: str = "x.html") -> RawText:
    Path(name).write_bytes(data)
    return read_html(seed(name))


def read_error(data: bytes, name: str = "x.html") -> SeedError:
    with pytest.raises(SeedError) as info:
        read(data, name)
    return info.value


def texts(raw: RawText) -> list[str]:
    return [line.text for line in raw.lines]


# ---------------------------------------------------------------- a portal page


def test_a_gbk_page_declaring_gb2312() -> None:
    raw = read(NEWS.encode("gbk"))
    assert raw.encoding == "gb18030"
    assert raw.lines == (
        Line(9, "区总工会为一线职工送清凉", Shape.HEADING, 1),
        Line(10, "发布时间：2024-07-16 10:12 来源：区总工会"),
        Line(13, PARAGRAPHS[0], Shape.PARAGRAPH),  # a <p>: never joined to its neighbours
        Line(14, PARAGRAPHS[1], Shape.PARAGRAPH),
        Line(15, PARAGRAPHS[2], Shape.PARAGRAPH),
    )
    assert raw.fallback == SeedMeta(title="区总工会为一线职工送清凉", date="2024-07-16")
    assert raw.stated == SeedMeta()


def test_what_the_page_shows_besides_the_text_is_recorded_line_by_line() -> None:
    raw = read(NEWS.encode("gbk"))
    assert [(e.rule, e.line, e.before, e.after) for e in raw.edits] == [
        ("html.extraction", 7, "当前位置：首页 > 工会动态 > 正文", ""),
        ("html.extraction", 11, "分享到：微信 微博", ""),
        ("html.extraction", 18, "版权所有 某某职工网 ICP备12345678号", ""),
    ]


def test_a_headline_and_dateline_the_extraction_leaves_out_are_put_back() -> None:
    page = NEWS.replace("charset=gb2312", "charset=utf-8")
    extracted = trafilatura.extract(trafilatura.load_html(page)) or ""
    assert "区总工会为一线职工送清凉" not in extracted  # the library leaves the header out…
    assert "发布时间" not in extracted
    raw = read(page.encode("utf-8"))
    assert raw.encoding == "utf-8"
    assert raw.lines[0] == Line(9, "区总工会为一线职工送清凉", Shape.HEADING, 1)  # …it is back
    assert raw.lines[1].text.startswith("发布时间：2024-07-16")
    assert not any(e.before.startswith(("区总工会为", "发布时间")) for e in raw.edits)


def test_a_kicker_above_the_headline_and_bylines_below_it_are_put_back() -> None:
    page = f"""<html><head><meta charset="utf-8">
<title>新就业形态劳动者有了暖心家园-要闻-某某工人网</title></head>
<body>
<div class="crumb"><a>首页</a> &gt; <a>要闻</a></div>
<div class="art">
<p class="kicker">学习贯彻全会精神</p>
<h1>新就业形态劳动者有了暖心家园</h1>
<p class="byline">本报记者 陈晓燕 通讯员 孙丽</p>
<p class="date">2024-06-18 09:30</p>
<div class="text">{BODY}</div>
</div>
</body></html>"""
    raw = read(page.encode("utf-8"))
    assert texts(raw)[:4] == [
        "学习贯彻全会精神",
        "新就业形态劳动者有了暖心家园",
        "本报记者 陈晓燕 通讯员 孙丽",
        "2024-06-18 09:30",
    ]
    assert [line.shape for line in raw.lines[:4]] == [None, Shape.HEADING, None, None]
    assert texts(raw)[4:] == PARAGRAPHS


def test_headings_lists_and_quotations_of_the_main_text_keep_their_shape() -> None:
    page = """<html><head><meta charset="utf-8">
<title>关于开展职工技能竞赛的通知-通知公告-某某市总工会</title></head>
<body>
<div class="content">
<h1>关于开展职工技能竞赛的通知</h1>
<p>各区总工会、各产业工会：</p>
<p>为深入实施职工技能提升行动，市总工会决定在全市开展职工技能竞赛。现将有关事项通知如下。</p>
<h2>一、竞赛项目</h2>
<ol><li>电工，考核安全操作规程。</li><li>焊工，考核焊接工艺。</li></ol>
<h2>二、工作要求</h2>
<ul><li>高度重视，精心组织。</li><li>加强宣传，营造氛围。</li></ul>
<blockquote><p>劳动创造幸福，实干成就伟业。</p></blockquote>
<p>请各单位认真组织。<br>确保竞赛取得实效。</p>
<p>某某市总工会</p>
<p>2024年5月6日</p>
</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a>市总工会召开全委会议</a> 2024-05-01</li>
<li><a>全市职工运动会圆满落幕</a> 2024-04-28</li>
</ul></div>
</body></html>"""
    raw = read(page.encode("utf-8"))
    assert [(line.text, line.shape, line.level) for line in raw.lines] == [
        ("关于开展职工技能竞赛的通知", Shape.HEADING, 1),
        ("各区总工会、各产业工会：", Shape.PARAGRAPH, 0),
        (
            "为深入实施职工技能提升行动，市总工会决定在全市开展职工技能竞赛。现将有关事项通知如下。",
            Shape.PARAGRAPH,
            0,
        ),
        ("一、竞赛项目", Shape.HEADING, 2),
        ("1.电工，考核安全操作规程。", Shape.ITEM, 0),
        ("2.焊工，考核焊接工艺。", Shape.ITEM, 0),
        ("二、工作要求", Shape.HEADING, 2),
        ("高度重视，精心组织。", Shape.BULLET, 0),
        ("加强宣传，营造氛围。", Shape.BULLET, 0),
        ("劳动创造幸福，实干成就伟业。", Shape.QUOTE, 0),
        ("请各单位认真组织。", None, 0),  # a line break inside a paragraph
        ("确保竞赛取得实效。", None, 0),
        ("某某市总工会", Shape.PARAGRAPH, 0),  # the signature stays
        ("2024年5月6日", Shape.PARAGRAPH, 0),
    ]
    numbers = {line.text: line.number for line in raw.lines}
    assert [numbers[text] for text in ("一、竞赛项目", "二、工作要求", "2024年5月6日")] == [
        8,
        10,
        15,
    ]
    left_out = [e.before for e in raw.edits]
    assert left_out == [
        "相关新闻",
        "市总工会召开全委会议 2024-05-01",
        "全市职工运动会圆满落幕 2024-04-28",
    ]


def test_a_line_is_found_on_its_source_line_however_markup_cuts_it() -> None:
    """A Word page sets an article's number in a heading and its text in the next paragraph,
    each in spans: the extraction joins them, and the line numbers are still the source's (the
    first characters of a line are no text of the source where markup cuts them, and a short
    probe matches an earlier line: 首页 of 网站首页)."""
    page = f"""<html><head><meta charset="utf-8"><title>章程</title></head><body>
<nav><a href="/">网站首页</a> | <a href="/x/">新闻中心</a></nav>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/z/">章程</a></div>
<div class="content">
<h1>中国工会章程</h1>
<h3><span style='font-family:宋体'>第十二条</span></h3>
<p><span style='color:red'>县和县以上各级地方总工会</span><span>可以派出代表机关。</span></p>
<p>(<span>一</span>)选举权、被选举权和表决权。</p>
<p>{BODY}</p>
</div></body></html>"""
    raw = read(page.encode("utf-8"))
    numbers = {line.text[:4]: line.number for line in raw.lines}
    assert [numbers["第十二条"], numbers["县和县以"], numbers["(一)选"]] == [6, 7, 8]
    lines = {e.before: e.line for e in raw.edits if e.rule == "html.extraction"}
    assert lines["首页 > 章程"] == 3


def test_paragraphs_that_open_alike_are_each_on_their_own_source_line() -> None:
    opening = "县级以上人民政府负责"
    page = f"""<html><head><meta charset="utf-8"><title>条例</title></head><body>
<div class="content">
<h1>某某条例</h1>
<p>{opening}妇女儿童工作的机构，负责组织、协调、指导有关部门的工作。</p>
<p>{opening}本行政区域内的劳动保障工作，督促有关部门做好保障。</p>
<p>{BODY}</p>
</div></body></html>"""
    raw = read(page.encode("utf-8"))
    assert [line.number for line in raw.lines if line.text.startswith(opening)] == [4, 5]


def test_text_after_a_label_set_in_a_block_of_its_own_is_a_paragraph() -> None:
    """A company's page sets each rule's label in a `<div>` and the rule as the text after it:
    the library keeps that text outside any paragraph, and the page had been refused as one
    with no main text."""
    rules = [
        "本公司依據「勞動基準法」之規定，訂有確定福利之退休辦法，適用於所有正式員工之服務年資。",
        "自民國94年7月1日起，本公司依據「勞工退休金條例」，訂有確定提撥之退休辦法。",
    ]
    blocks = "".join(
        f'<div class="text"><div class="label">規定{n}</div>\n{rule}\n</div>'
        for n, rule in enumerate(rules)
    )
    page = f"""<html><head><meta charset="utf-8"><title>退休制度</title></head><body>
<article><h1>退休制度</h1>{blocks}</article></body></html>"""
    assert all(rule in texts(read(page.encode("utf-8"))) for rule in rules)


def test_a_picture_amid_a_block_s_lines_parts_them() -> None:
    """A repost sets pictures in blocks of their own amid its lines (`…舱房数789间。<div><img>
    </div>资料图<br>目前…`): the sentence before a picture and the caption after it are not one
    line, which the caption rule would drop whole."""
    picture = '<div style="text-align:center;"><img src="a.jpg"></div>'
    opening = "连日来，我区持续高温。为切实做好高温期间职工劳动保护工作，区总工会开展慰问活动。"
    closing = "慰问组先后来到建筑工地、环卫站点和快递网点，为坚守岗位的职工送去防暑降温物品。"
    sentence = "新浪漫号长220.6米、宽30.8米，排水量为5.7万吨，设计载客量为1800人。"
    page = f"""<html><head><meta charset="utf-8"><title>邮轮母港</title></head><body>
<div class="news_txt">{opening}<br>{picture}{sentence}{picture}资料图<br>{closing}</div>
</body></html>"""
    lines = texts(read(page.encode("utf-8")))
    assert sentence in lines and "资料图" in lines


def test_the_writer_s_byline_under_the_text_is_read_past_a_picture() -> None:
    """A Hong Kong site sets the writer's byline under the text, past the last picture and its
    caption: the extraction leaves it out, and it is put back for the rules to read."""
    page = f"""<html><head><meta charset="utf-8"><title>工會的未來</title></head><body>
<article><h1>工會的未來</h1>
{BODY}
<p>
<figure>
  <img src="a.jpg">
</figure>
</p>
<blockquote><p>陳敬慈</p></blockquote>
<p>文／梁凱澄</p>
</article></body></html>"""
    Path("x.html").write_text(page, encoding="utf-8")
    assert load_document(seed()).meta.author == "梁凱澄"


def test_a_time_s_text_is_kept_and_a_dateline_under_the_summary_is_read() -> None:
    """The extraction deletes `<time>` with its text, which left `發表時間：` to run into the
    bold heading under it; kept, the line is the page's dateline, though it stands under the
    article's summary."""
    page = f"""<html><head><meta charset="utf-8"><title>超强台风苏拉袭粤</title></head><body>
<article><h1>超强台风苏拉袭粤 深港澳停工停课</h1>
<p>被形容为「完美风暴」的超强台风「苏拉」，连日令两岸四地政府严阵以待，在没有造成伤亡地略过台湾后便逼近香港。</p>
<p><span>发表时间： <time datetime="2023-09-01T07:49:42+00:00">01/09/2023 - 09:49</time></span></p>
<p><strong>深圳「五停」 广东最高级别戒备</strong></p>
{BODY}
</article></body></html>"""
    Path("x.html").write_text(page, encoding="utf-8")
    document = load_document(seed())
    assert document.meta.date == "2023-09-01"
    assert [section.heading for section in document.sections][1] == "深圳「五停」 广东最高级别戒备"
    text = "".join(block.text for section in document.sections for block in section.blocks)
    assert "发表时间" not in text


def test_a_data_table_whose_cells_each_hold_a_paragraph_is_read_row_by_row() -> None:
    """A bulletin exported from Word sets every cell's text in a `<p>`: its rows are rows, not a
    paragraph for each cell; a page laid out in a table keeps its paragraphs."""
    rows = [
        ("产品名称", "计量单位", "产量"),
        ("饮料酒", "千升", "15767"),
        ("塑料制品", "吨", "183946"),
    ]
    table = "".join(
        "<tr>" + "".join(f"<td><p><span>{cell}</span></p></td>" for cell in row) + "</tr>"
        for row in rows
    )
    page = f"""<html><head><meta charset="utf-8"><title>统计公报</title></head><body>
<div class="content"><h1>万载县2015年国民经济和社会发展统计公报</h1>{BODY}
<p>主要工业产品产量</p><table>{table}</table></div></body></html>"""
    lines = texts(read(page.encode("utf-8")))
    assert ["\t".join(row) for row in rows] == lines[-3:]
    layout = f"<table><tr><td><p>左栏</p></td><td>{BODY}</td></tr></table>"
    page = (
        f'<html><head><meta charset="utf-8"><title>公报</title></head><body>{layout}</body></html>'
    )
    assert "\t" not in "".join(texts(read(page.encode("utf-8"))))


def test_a_law_s_table_of_contents_keeps_its_label_and_its_entries_go() -> None:
    """A law saved as a page (as the national database's Word files hold one) lists its
    chapters as links under `目录`: the extraction leaves out the label and the entries, the
    chapters are put back, and the label stays so that the contents rule takes the entries out;
    each chapter stands on its own line, the first not after the last entry."""
    chapters = ["第一章 总则", "第二章 会员", "第三章 组织制度"]
    entries = "\n".join(f'<p><a href="#c{n}">{c}</a></p>' for n, c in enumerate(chapters))
    body = "\n".join(
        f"<h2>{chapter}</h2>\n<p>第{number}条 {BODY}</p>"
        for number, chapter in zip("一二三", chapters, strict=True)
    )
    page = f"""<html><head><meta charset="utf-8"></head><body>
<h1>中国工会章程</h1>
<p>（2023年10月12日中国工会第十八次全国代表大会部分修改）</p>
<p><em><strong>目录</strong></em></p>
{entries}
{body}
</body></html>"""
    Path("x.html").write_text(page, encoding="utf-8")
    document = load_document(seed())
    assert [section.heading for section in document.sections] == chapters
    assert [edit.rule for edit in document.edits].count("contents") == 4


def test_a_judgment_s_signature_block_is_put_back_where_the_page_has_it() -> None:
    """The extraction takes a judgment's short signing lines for furniture (审判长　×××): they
    are put back in their place, around the date and seal it kept; a date under a related
    story's headline is no signature."""
    page = f"""<html><head><meta charset="utf-8"><title>民事判决书</title></head><body>
<div class="content"><h1>民事判决书</h1>
<p>{BODY}</p>
<p>本判决为终审判决。</p>
<p align="right">审判长　×××</p>
<p align="right">审判员　×××</p>
<p align="right">二〇二四年五月六日</p>
<p align="right">书记员　×××</p>
</div>
<div class="related"><a href="/1">相关新闻</a> 2019年11月03日</div>
</body></html>"""
    raw = read(page.encode("utf-8"))
    tail = [(line.number, line.text) for line in raw.lines][-5:]
    assert tail == [
        (6, "本判决为终审判决。"),
        (7, "审判长 ×××"),
        (8, "审判员 ×××"),
        (9, "二〇二四年五月六日"),
        (10, "书记员 ×××"),
    ]


def test_a_form_s_wide_blanks_are_read_as_the_page_shows_them() -> None:
    """A browser collapses runs of ASCII spaces, not no-break or ideographic ones: a form's
    blanks (`于　　年　　月　　日`, `&nbsp;&nbsp;`) stay as wide as the page shows them, where the
    extraction had made them one space each; a single wide space stays one space."""
    page = f"""<html><head><meta charset="utf-8"><title>劳动合同续订书</title></head><body>
<div class="content"><h1>劳动合同续订书</h1>
<p>{BODY}</p>
<p>甲乙双方于　　年　　月　　日签订的劳动合同已到期，经双方协商，同意续订。</p>
<p>代理费&nbsp;&nbsp;&nbsp;&nbsp;元，由甲方支付。第一章　总则</p>
</div></body></html>"""
    lines = texts(read(page.encode("utf-8")))
    assert "甲乙双方于　　年　　月　　日签订的劳动合同已到期，经双方协商，同意续订。" in lines
    assert "代理费\u00a0\u00a0\u00a0\u00a0元，由甲方支付。第一章　总则" in lines


def test_a_refrain_the_extraction_took_for_a_repeat_is_put_back_each_time() -> None:
    """The library keeps a short line the page repeats once (`路在何方？`, which opens each part
    of an essay): the others are put back where the page has them, between paragraphs."""
    part = (
        "<p>第{n}个阶段，人们围绕改革方向展开了激烈争论，有人主张大胆试验，有人坚决反对，"
        "最后实践给出了答案，这就是历史的选择。</p>\n"
    )
    body = "".join(f"<p>路在何方？</p>\n{part.format(n=n)}" for n in range(1, 7))
    page = f"""<html><head><meta charset="utf-8"><title>路在何方</title></head><body>
<div class="rich_media_content"><h1>路在何方</h1>
{body}</div><div class="footer">关注我们</div></body></html>"""
    lines = texts(read(page.encode("utf-8")))
    assert lines.count("路在何方？") == 6
    assert lines.index("路在何方？") < lines.index(next(t for t in lines if "第1个" in t))


def test_a_source_line_the_extraction_left_out_is_put_back_after_the_first_paragraph() -> None:
    lines = [
        Line(10, "标题"),
        Line(11, "第一段，会议强调要切实做好新时代工会工作，团结动员广大职工。"),
        Line(13, "第二段。"),
    ]
    left_out = [
        Edit(RULE, 9, "来源：某某网", ""),  # the page's own, over the text
        Edit(RULE, 12, "来源丨贵阳日报", ""),
    ]
    put, edits = _text_put_back(lines, left_out)
    assert [line.text for line in put][2:] == ["来源丨贵阳日报", "第二段。"]
    assert edits == left_out[:1]


def test_a_lead_that_introduces_the_text_is_put_back_over_its_first_paragraph() -> None:
    """A press release's lead, a span's text before its first `<br>` (which the library drops),
    names who answers the questions below it: it goes back over the first paragraph. A
    sentence with a colon further up the page (a site's) stays out."""
    lead = "勞工及福利局局長孫玉菡今日就大埔宏福苑火災跟進工作會見傳媒。以下是孫玉菡的答問內容："
    lines = [
        Line(148, "勞工及福利局局長會見傳媒答問內容"),
        Line(150, "＊＊＊＊＊＊＊＊＊＊"),
        Line(156, "記者：你好，剛才局長提到225名外傭，請問是指印傭和菲傭？"),
        Line(158, "勞工及福利局局長：讓我逐一回答你的問題。"),
    ]
    site = "本網站已更新。如有查詢，請聯絡我們的網站管理員："
    left_out = [Edit(RULE, 149, site, ""), Edit(RULE, 154, lead, "")]
    put, edits = _text_put_back(lines, left_out)
    assert [line.text for line in put][2:4] == [lead, lines[2].text]
    assert edits == left_out[:1]


def test_a_line_of_a_table_drawn_in_text_is_put_back() -> None:
    lines = [Line(10, "┌─┬──┐"), Line(11, "│续│期限│"), Line(14, "└─┴──┘"), Line(15, "正文。")]
    left_out = [Edit(RULE, 12, "│订│　　│", ""), Edit(RULE, 13, "├─┼──┤", "")]
    put, edits = _text_put_back(lines, left_out)
    assert [line.number for line in put] == [10, 11, 12, 13, 14, 15] and edits == []


def test_a_notice_s_closing_formula_is_put_back_over_its_date() -> None:
    lines = [Line(10, "一、本通告自发布之日起施行。"), Line(12, "2020年10月8日")]
    left_out = [
        Edit(RULE, 11, "特此通告", ""),
        Edit(RULE, 30, "关注", ""),
    ]
    put, edits = _text_put_back(lines, left_out)
    assert [line.text for line in put] == [
        "一、本通告自发布之日起施行。",
        "特此通告",
        "2020年10月8日",
    ]
    assert edits == left_out[1:]


def test_a_stray_closing_tag_mid_page_does_not_end_the_page() -> None:
    page = f"""<html><head><meta charset="utf-8">
<title>区总工会为一线职工送清凉_工会动态_某某职工网</title></head><body><div class="top">首页</div>
</body></html>
<div class="article"><h1>区总工会为一线职工送清凉</h1>
<div class="content">{BODY}</div></div>
<div class="footer">版权所有 某某职工网</div>
</body></html>"""
    raw = read(page.encode("utf-8"))
    assert texts(raw) == ["区总工会为一线职工送清凉", *PARAGRAPHS]
    assert [line.number for line in raw.lines] == [4, 5, 6, 7]


def test_the_reader_is_chosen_by_suffix() -> None:
    Path("x.htm").write_bytes(NEWS.encode("gbk"))
    raw = read_source(seed("x.htm"))
    assert texts(raw)[2:] == PARAGRAPHS


# ---------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ('<meta charset="utf-8"><p>工会</p>'.encode(), "utf-8"),
        ('<meta charset="gbk"><p>工会</p>'.encode(), "utf-8"),  # UTF-8 bytes are UTF-8
        ('<meta charset="gb2312"><p>職工之家𠮷</p>'.encode("gb18030"), "gb18030"),
        ('<meta charset="GBK"><p>工会</p>'.encode("gbk"), "gb18030"),
        ('<meta charset="big5"><p>職工權益</p>'.encode("big5"), "big5hkscs"),
        ("<p>工会工作要抓实</p>".encode("gbk"), "gb18030"),  # no charset: GB18030
        ("<p>職工團體呼籲調升基本工資，改善勞工生活。</p>".encode("big5"), "big5hkscs"),
        ('<meta charset="x-unknown"><p>工会工作</p>'.encode("gbk"), "gb18030"),
        (b"\xef\xbb\xbf<p>" + "工会".encode() + b"</p>", "utf-8"),
    ],
)
def test_decode_page(data: bytes, encoding: str) -> None:
    text, found = decode_page(data, seed())
    assert found == encoding
    assert not text.startswith("\ufeff") and ("工会" in text or "職工" in text)


def test_a_page_in_its_charset_but_for_a_damaged_byte_is_read_in_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A Big5 page with a byte sequence Big5 does not read (a user-defined character): Big5,
    the sequence shown as � and its line named; not GB18030, which reads any bytes."""
    body = (
        "<p>國光客運新開三條路線</p>\n<p>".encode("big5")
        + b"\x80"
        + "今天免費試乘</p>".encode("big5")
    )
    data = b'<meta charset="big5">\n' + body
    with caplog.at_level(logging.WARNING):
        text, found = decode_page(data, seed())
    assert found == "big5hkscs" and "國光客運" in text and "\ufffd今天免費試乘" in text
    assert "x.html:3: 1 byte sequence that Big5 does not read" in caplog.text


def test_an_empty_page_names_the_file() -> None:
    assert str(read_error(b" \n\t")) == "x.html: is empty"


def test_a_missing_page_names_the_file() -> None:
    with pytest.raises(SeedError) as info:
        read_html(seed("missing.html"))
    assert str(info.value) == "missing.html: cannot be read: No such file or directory"


# ---------------------------------------------------------------- pages with no text


@pytest.mark.parametrize(
    "page",
    [
        '<html><head><meta charset="utf-8"><title>空页</title></head><body></body></html>',
        '<html><head><meta charset="utf-8"></head><body><div><a>首页</a></div></body></html>',
        "<html><head><script>var a = '工会';</script></head><body><img src='a.png'></body></html>",
    ],
)
def test_a_page_with_no_main_text_names_the_file(page: str) -> None:
    error = read_error(page.encode("utf-8"))
    assert str(error).startswith("x.html: has no main text (")
    assert (error.path, error.line) == (Path("x.html"), None)


def test_a_page_whose_paragraphs_are_sections_is_read() -> None:
    """As WeChat's editors set a text: a <section> per paragraph, which the extraction library
    passes over for the account's furniture."""
    paragraphs = [
        "今天上午，市总工会召开全委会议，总结去年工作，部署今年任务。",
        "会议指出，过去一年全市工会组织团结动员广大职工建功新时代，取得了显著成效。",
        "会议强调，要深化产业工人队伍建设改革，推动职工技能提升，切实维护职工合法权益。",
        "会议要求，各级工会要坚持以职工为中心，办好职工群众急难愁盼的实事。",
    ]
    sections = "".join(
        f'<section style="margin: 0 16px;"><span style="font-size: 15px;">{text}</span></section>'
        for text in paragraphs
    )
    page = f"""<html><head><meta charset="utf-8"><title>市总工会召开全委会议</title></head>
<body><div id="js_article">
<h1 class="rich_media_title" id="activity-name">市总工会召开全委会议</h1>
<div class="rich_media_meta_list"><span id="js_name">某市总工会</span><em>2024-01-05</em></div>
<div class="rich_media_content" id="js_content">{sections}</div>
</div>
<div class="qr_code_pc"><p>微信扫一扫</p><p>关注该公众号</p></div>
<div class="function"><p>功能介绍 服务职工群众</p><p>微信号 zgh</p><p>已发送</p><p>发送中</p></div>
</body></html>"""
    raw = read(page.encode("utf-8"))
    assert texts(raw)[0] == "市总工会召开全委会议"
    assert [text for text in texts(raw) if text in paragraphs] == paragraphs


def test_a_list_page_is_refused() -> None:
    items = "".join(
        f"<li><a href='/n/{n}.html'>市总工会召开第{n}次全委会议</a>"
        f"<span>2024-07-{n:02d}</span></li>"
        for n in range(1, 21)
    )
    page = f"""<html><head><meta charset="utf-8"><title>工会动态_某某职工网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a>工会动态</a></div>
<div class="main"><h2>工会动态</h2><ul class="list">{items}</ul>
<div class="page">共20条 上一页 下一页</div></div></body></html>"""
    assert str(read_error(page.encode("utf-8"))) == (
        "x.html: has no main text (mostly links and headlines: is it a list page?)"
    )


def test_an_official_list_of_bodies_and_people_is_no_list_page() -> None:
    """The names of those honoured, one to a line under their region, with the notice's lead:
    the list is the document (its lines count neither as headlines nor as sentences)."""
    firms = "".join(f"<p>北京第{n}律师事务所</p>" for n in range(1, 16))
    people = "".join(f"<p>张{n}伟（女） 北京第{n}律师事务所</p>" for n in range(1, 16))
    page = f"""<html><head><meta charset="utf-8"><title>全国优秀律师名单</title></head><body>
<div class="rich_media_content"><h1>全国优秀律师名单</h1>
<p>2020年9月21日，司法部官网公布了全国优秀律师事务所和全国优秀律师名单，并进行了公示。</p>
<p>全国优秀律师事务所名单</p><p>一、北京</p>{firms}<p>全国优秀律师名单</p><p>一、北京</p>{people}
</div></body></html>"""
    lines = texts(read(page.encode("utf-8")))
    assert "北京第15律师事务所" in lines and "张15伟（女） 北京第15律师事务所" in lines


# ---------------------------------------------------------------- visible text


def test_visible_lines_are_what_a_browser_shows() -> None:
    fragment = (
        "<div><script>var x = 1;</script><style>p {}</style>第一行<br>第二行"
        "<table><tr><td>姓名</td><td>单位</td></tr><tr><td>张三</td><td>市总工会</td></tr></table>"
        "<p>  多个   空格 <span>合并</span></p><noscript>请启用脚本</noscript>尾巴</div>"
    )
    assert fragment_lines(fragment) == [
        "第一行",
        "第二行",
        "姓名 单位",
        "张三 市总工会",
        "多个 空格 合并",
        "尾巴",
    ]
    assert fragment_lines("") == [] and fragment_lines("   ") == []


def test_visible_lines_of_a_whole_page_leave_out_its_head() -> None:
    page = trafilatura.load_html(
        "<html><head><title>标题_网站</title></head><body><h1>标题</h1><p>正文。</p></body></html>"
    )
    assert visible_lines(page) == ["标题", "正文。"]


# ---------------------------------------------------------------- the header and the tail


def test_bare_labels_are_joined_to_the_value_shown_below_them() -> None:
    assert merge_labels(["来源：", "山西日报", "作者：", "张三", "正文第一句。"]) == [
        "来源：山西日报",
        "作者：张三",
        "正文第一句。",
    ]
    assert merge_labels(["通知如下：", "一、总体要求。"]) == ["通知如下：", "一、总体要求。"]


def test_find_header_puts_the_headline_first_and_drops_labels_before_the_body() -> None:
    shown = [
        "首页 > 要闻",
        "区总工会召开全委会议",
        "2024-01-05 10:00",
        "字号：大 中 小",
        "图集",
        "会议强调，要做好工作。",
    ]
    items = [("图集", None, 0), ("会议强调，要做好工作。", None, 0)]
    assert find_header(items, shown, "区总工会召开全委会议") == [
        ("区总工会召开全委会议", Shape.HEADING, 1),
        ("2024-01-05 10:00", None, 0),
        ("会议强调，要做好工作。", None, 0),
    ]


def test_a_sidebar_s_headline_the_extraction_put_above_the_body_goes() -> None:
    """The extraction kept a related article's headline from the sidebar (shown below the
    text) above the body: no line of the header; the dates of the related list after the text,
    in a list, are no signature."""
    shown = [
        "所召开干部职工大会",
        "会议强调，要做好工作。",
        "相关推荐",
        "厅长调研粮食安全：守牢粮食安全底线",
        "2020年01月18日",
        "退休老同志情况通报会",
    ]
    items = [
        ("厅长调研粮食安全：守牢粮食安全底线", None, 0),
        ("所召开干部职工大会", Shape.HEADING, 1),
        ("会议强调，要做好工作。", None, 0),
        ("2020年01月18日", Shape.BULLET, 0),
    ]
    header = find_header(items, shown, "所召开干部职工大会")
    assert [text for text, _, _ in trim_tail(header)] == ["所召开干部职工大会", shown[1]]
    signed = [*items[1:3], ("市总工会", None, 0), ("2020年01月18日", None, 0)]
    assert trim_tail(signed) == signed  # a signature's date, no list's item, stays


def test_a_short_signer_among_the_signers_after_the_text_stays() -> None:
    """An appeal's signers one to a line: `同济大学东方红兵团`, short as a page's label, stands
    between two longer signers and stays; a label after the text (`新闻评论`) still goes, and
    a menu's line between two of its own (`·礼品/烟具/优惠券`) is no signer."""
    text = ("我们向全市人民发出紧急呼吁，坚决维护生产秩序。", None, 0)
    signers = ["上海市炮打司令部联合兵团", "同济大学东方红兵团", "上海交通大学反到底兵团"]
    items = [text, *((signer, None, 0) for signer in signers)]
    assert trim_tail(items) == items
    labelled = [text, ("新闻评论", None, 0)]
    assert trim_tail(labelled) == [text]
    menu = ["·珠宝首饰/手表/眼镜", "·礼品/烟具/优惠券", "·运动/户外/球星纪念品"]
    shopped = [text, *((line, None, 0) for line in menu)]
    assert trim_tail(shopped) == [text, shopped[1], shopped[3]]


def test_short_lines_under_the_text_s_first_numbered_heading_are_no_labels() -> None:
    """`CDN` in a list under `一、静态页面`, above the text's first sentence: the text's."""
    shown = [
        "动静分离架构",
        "2018-01-03",
        "一、静态页面",
        "例如：",
        "CDN",
        "nginx",
        "这些页面很快。",
    ]
    items = [(text, None, 0) for text in shown[2:]]
    assert [text for text, _, _ in find_header(items, shown, "动静分离架构")] == shown


def test_a_line_the_extraction_kept_stands_where_the_page_has_it_among_the_header() -> None:
    # a speech's own title between the page's headline and the speaker and date over it
    shown = [
        "于宁杰|在市律师代表大会上的致词",
        "市律师协会",
        "Today",
        "收录于话题",
        "在市律师代表大会上的致词",
        "福建省律师协会会长 于宁杰",
        "2020．9．30",
        "尊敬的各位领导：",
        "今天，大会隆重召开了。",
    ]
    items = [(line, None, 0) for line in shown[4:]]
    header = find_header(items, shown, shown[0])
    assert [text for text, _, _ in header] == [shown[0], *shown[4:]]


def test_of_two_headlines_the_one_the_page_title_names_is_the_title() -> None:
    shown = ["学习贯彻全会精神", "奋力谱写工会工作新篇章", "会议强调，要做好工作。"]
    items = [("会议强调，要做好工作。", None, 0)]
    header = find_header(items, shown, "奋力谱写工会工作新篇章")
    assert header[:2] == [
        ("学习贯彻全会精神", None, 0),
        ("奋力谱写工会工作新篇章", Shape.HEADING, 1),
    ]
    # without a page title, the shorter is the title (a kicker explains it at greater length)
    shown = [
        "一杯热水一个充电宝让城市奔跑者有了歇脚的地方",
        "职工书屋换了新模样",
        "书屋建成以来，服务职工万余人次。",
    ]
    header = find_header([("书屋建成以来，服务职工万余人次。", None, 0)], shown, None)
    assert header[1] == ("职工书屋换了新模样", Shape.HEADING, 1)


@pytest.mark.parametrize(
    "junk",
    [
        ["腾讯QQ QQ空间"],  # a share bar
        ["网易来钱-借现金", "我要借钱"],  # an advert
        ["57人参与11评论"],  # a comment counter
        ["个人中心帐号设置意见反馈退出"],  # an account menu
    ],
)
def test_the_headline_the_page_title_names_is_found_past_lines_that_look_like_one(
    junk: list[str],
) -> None:
    """However far up the headline stands, and whatever stands between it and the text."""
    shown = ["首页 > 要闻", "全总召开十八届执委会第三次会议", "2024-01-05 10:00", *junk]
    shown += ["会议强调，要做好工作。"]
    items = [("会议强调，要做好工作。", None, 0)]
    header = find_header(items, shown, "全总召开十八届执委会第三次会议")
    assert header[0] == ("全总召开十八届执委会第三次会议", Shape.HEADING, 1)
    assert [text for text, _, _ in header[1:]] == ["会议强调，要做好工作。"]


def test_a_headline_that_asks_is_not_taken_for_the_first_sentence() -> None:
    shown = ["网易首页 > 财经频道 > 正文", "工会经费去哪儿了？", "记者调查发现，经费管理日益规范。"]
    items = [("工会经费去哪儿了？", None, 0), ("记者调查发现，经费管理日益规范。", None, 0)]
    header = find_header(items, shown, "工会经费去哪儿了")  # the page's title, cut short
    assert header == [
        ("工会经费去哪儿了？", Shape.HEADING, 1),
        ("记者调查发现，经费管理日益规范。", None, 0),
    ]


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "60万账号外泄? 中铁总辟谣称消息不实|辟谣_新浪财经_新浪网",
            "60万账号外泄? 中铁总辟谣称消息不实",
        ),
        ("京沪高速无锡段封闭！_网易订阅", "京沪高速无锡段封闭！"),
        (
            "与母争吵疑失足坠楼　男子不治 | 社会 | 三立新闻网  SETN.COM",
            "与母争吵疑失足坠楼 男子不治",
        ),
        ("地铁直达+无敌免..._政务_澎湃新闻-The Paper", "地铁直达+无敌免..."),
        ("COVID-19疫情防控最新进展", "COVID-19疫情防控最新进展"),  # no separator
        ("2023-2024年度工会工作要点", "2023-2024年度工会工作要点"),
        ("工会工作 - 社会", "工会工作 - 社会"),  # too little would be left
        ("在全总执委会上的讲话——王东明", "在全总执委会上的讲话——王东明"),  # a subtitle's dash
        ("新闻动态--中国地理学会官网", ""),  # a section of a site: no headline
        ("工会要闻_北京市总工会", ""),
        ("通知公告 - 某某大学工会", ""),
        ("劳动最光荣-中工网", "劳动最光荣-中工网"),  # too little would be left
        (  # the bars of box drawing (TVBS's)
            "3歲童突高燒！凶手竟是「這款鞋」│鰻魚家家酒│孩童│TVBS新聞網",
            "3歲童突高燒！凶手竟是「這款鞋」",
        ),
        ("自由電子報 - 果汁？啤酒？難分 「飲誘」青少年", "果汁？啤酒？難分 「飲誘」青少年"),
        ("自由電子報 - 社會", "自由電子報 - 社會"),  # too little would be left
    ],
)
def test_a_page_title_loses_the_names_of_its_site_and_section(title: str, headline: str) -> None:
    assert headline_of_page(title) == headline


def test_a_headline_over_the_dateline_is_the_title_where_the_page_s_names_a_section() -> None:
    """A society's site titles every article by its section (`新闻动态--…官网`): the headline
    that exclaims, right over the dateline over the text, is the title, and the dateline's
    source is read."""
    page = f"""<html><head><meta charset="utf-8"><title>新闻动态--中国地理学会官网</title></head>
<body><div class="nav"><a href="/">首页</a> - <a href="/news/">新闻动态</a></div>
<div class="main"><h5>2019年中国人文地理学术年会在重庆成功举行！</h5>
<div class="ly"><b>发布时间：2019-05-18</b> <i>来源：中国地理学会</i></div>
<div class="text">{BODY}</div></div></body></html>"""
    Path("x.html").write_text(page, encoding="utf-8")
    document = load_document(seed())
    assert document.meta.title == "2019年中国人文地理学术年会在重庆成功举行！"
    assert document.meta.source == "中国地理学会"


def test_a_headline_set_on_lines_that_spell_the_page_s_title_is_whole() -> None:
    """A government page's headline on three lines, a short one among them (`实施意见`), the
    document's number under it, and its table of fields giving it whole; what stands above
    the lines that spell it is not of it."""
    shown = [
        "个人中心帐号设置意见反馈退出",
        "某省人民政府办公厅关于维护",
        "新就业形态劳动者劳动保障权益的",
        "实施意见",
        "某政办发〔2021〕56号",
        "各市、县人民政府，省政府各部门：",
    ]
    items = [("各市、县人民政府，省政府各部门：", None, 0)]
    title = "某省人民政府办公厅关于维护新就业形态劳动者劳动保障权益的实施意见"
    assert find_header(items, shown, title) == [
        (title, Shape.HEADING, 1),
        ("某政办发〔2021〕56号", None, 0),
        ("各市、县人民政府，省政府各部门：", None, 0),
    ]


def test_a_page_without_a_title_of_its_own_takes_the_one_its_table_of_fields_gives() -> None:
    page = (
        "<div><table><tr><td><b>标　　题：</b></td><td colspan='3'>国务院关于做好当前和今后"
        "一个时期促进就业工作的若干意见</td></tr><tr><td><b>发文字号：</b></td><td>国发〔2018〕"
        "39号</td><td><b>发布日期：</b></td><td>2018年12月05日</td></tr></table>"
        "<table><tr><td><b>主 题 词：</b></td><td></td><td></td><td></td></tr></table>"
        "<div><p><b>国务院关于做好当前和今后一个时期</b><br><b>促进就业工作的若干意见</b></p>"
        "<p>国发〔2018〕39号</p><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>"
        "<p>就业是最大的民生，也是经济发展的重中之重。当前，我国就业局势保持总体稳定。</p>"
        "<p>必须把稳就业放在更加突出位置，确保就业局势持续稳定。为此，提出以下意见：</p>"
        "<p>（本文有删减）</p></div></div>"
    )
    raw = read(page.encode())
    assert raw.lines[0].text == "国务院关于做好当前和今后一个时期促进就业工作的若干意见"
    assert raw.lines[0].shape is Shape.HEADING
    assert raw.lines[-1].text == "（本文有删减）"  # a note after the text: the normaliser's


def test_a_table_s_row_of_a_field_left_empty_shows_nothing() -> None:
    """`主 题 词：` with its value cells empty (else, as a bare label, it took the headline
    below for its value)."""
    root = trafilatura.load_html(
        "<table><tr><td>主 题 词：</td><td></td><td></td></tr>"
        "<tr><td>发文字号：</td><td>国发〔2018〕39号</td></tr></table><p>国务院关于</p>"
    )
    assert visible_lines(root) == ["发文字号： 国发〔2018〕39号", "国务院关于"]


def test_trim_tail_drops_labels_and_other_headlines_but_not_the_signature() -> None:
    items = [
        ("请各单位认真组织，确保竞赛取得实效。", None, 0),
        ("某某市总工会", None, 0),
        ("2024年5月6日", None, 0),
        ("加载更多", None, 0),
        ("市总工会召开全委会议 2024-05-01", Shape.BULLET, 0),
        ("全市职工运动会圆满落幕", Shape.BULLET, 0),
    ]
    assert trim_tail(items) == items[:3]


def test_trim_tail_keeps_a_committee_s_officers_after_the_text() -> None:
    """An agenda's appendix after its last sentence: `主 席：蒋 明` and `秘书长：刘夏进` are its
    officers, short as they are, not a page's labels."""
    items = [
        ("6.王校长讲话。", None, 0),
        ("附件1：教代会主席团成员名单", None, 0),
        ("主 席：蒋 明", None, 0),
        ("秘书长：刘夏进", None, 0),
        ("加载更多", None, 0),
    ]
    assert trim_tail(items) == items[:4]


def test_trim_tail_keeps_a_regulation_s_listed_clauses_after_its_last_sentence() -> None:
    """An appendix listed in `<li>` after the text's last sentence: clauses numbered and ended
    with semicolons, the last with a full stop, are text (16 of 19 had been dropped)."""
    items = [
        ("本规定自公布之日起施行。", None, 0),
        ("附录：", None, 0),
        ("一、女职工禁忌从事的劳动范围：", None, 0),
        ("(一)矿山井下作业；", Shape.BULLET, 0),
        ("(二)体力劳动强度分级标准中规定的第四级体力劳动强度的作业；", Shape.BULLET, 0),
        ("(三)每小时负重6次以上的作业。", Shape.BULLET, 0),
    ]
    assert trim_tail(items) == items


def test_trim_tail_drops_a_related_list_s_times_left_without_their_headlines() -> None:
    items = [
        ("中国正处于近代以来最好的发展时期。", None, 0),
        ("（作者：方敏北京大学经济学院教授）", None, 0),
        ("2020年07月08日 13:36:14", None, 0),
        ("2020年07月07日 15:39:10", None, 0),
    ]
    assert trim_tail(items) == items[:2]


def test_headings_the_extraction_leaves_out_between_paragraphs_are_put_back() -> None:
    """A charter copied into Word and saved as a page: each article number a heading holding a
    bookmark (`<a name>`), which the extraction library drops; they are put back in place."""
    articles = [
        "凡在中国境内的企业、事业单位、机关和其他社会组织中，以工资收入为主要生活来源的劳动者，都可以加入工会为会员。",
        "职工加入工会，由本人自愿申请，经工会基层委员会批准并发给会员证。会员证由中华全国总工会统一制发。",
        "会员享有以下权利：选举权、被选举权和表决权；对工会工作进行监督，提出意见和建议，要求撤换或者罢免不称职的工会工作人员。",
        "会员履行下列义务：学习政治、经济、文化、法律、技术和工会基本知识，积极参加民主管理，努力完成生产和工作任务。",
        "会员组织关系随劳动关系变动，凭会员证接转。会员有退会自由。会员退会由本人向工会小组提出，由工会基层委员会宣布其退会。",
        "对不执行工会决议、违反工会章程的会员，给予批评教育。对严重违法犯罪并受到刑事处分的会员，开除会籍。",
    ]
    numbers = ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]
    preamble = "中国工会是中国共产党领导的职工自愿结合的工人阶级群众组织，是党联系职工群众的纽带。"
    body = "".join(
        f"""<div style='border:none;border-bottom:solid #ECECEC 1.0pt'>
<h3 style='margin:0cm'><a name="x-{i}"></a><span style='font-family:宋体'>{number}</span></h3>
</div>
<p style='margin:0cm'><span style='font-size:10.5pt'>{text}</span></p>
"""
        for i, (number, text) in enumerate(zip(numbers, articles, strict=True))
    )
    page = f"""<html><head><meta charset="utf-8"><title>中国工会章程</title></head>
<body><div class=WordSection1>
<h1><a name="top"></a>中国工会章程</h1>
<p style='margin:0cm'><span>{preamble}</span></p>
{body}<h3>相关链接</h3></div></body></html>"""
    lines = texts(read(page.encode("utf-8")))
    assert [line for line in lines if line in numbers] == numbers
    for number, text in zip(numbers, articles, strict=True):
        assert lines[lines.index(number) + 1] == text
    assert lines.count("中国工会章程") == 1 and "相关链接" not in lines  # not between paragraphs


def test_bold_chapter_headings_a_table_of_contents_named_first_are_put_back() -> None:
    """A law saved from Word: its 目录 names every chapter, and each chapter's heading in the
    text is a bold paragraph holding a bookmark, which the extraction library drops."""
    chapters = ["第一章　总则", "第二章　工会组织", "第三章　工会的权利和义务"]
    sentence = "工会依照法律规定通过职工代表大会或者其他形式，组织职工参与本单位的民主管理和监督。"
    articles = [f"第{n}条　{sentence}" for n in "一二三四五六七八九"]
    contents = "<br>\n".join(f"　　{chapter}" for chapter in chapters)
    body = "".join(
        f"""<p style='margin:0cm;line-height:15.0pt'><span style='color:black'>　　<b>{chapter}</b>
</span><a name="c{i}"></a></p>
"""
        + "".join(
            f"<p style='margin-top:12.0pt'><span style='color:black'>　　{article}</span></p>\n"
            for article in articles[3 * i : 3 * i + 3]
        )
        for i, chapter in enumerate(chapters)
    )
    page = f"""<html><head><meta charset="utf-8"><title>中华人民共和国工会法</title></head>
<body><div class=WordSection1>
<p style='text-align:center'><b>中华人民共和国工会法</b></p>
<p style='margin:0cm'>　　<b>目录</b></p>
<p style='margin:0cm'>{contents}</p>
{body}</div></body></html>"""
    lines = [" ".join(line.split()) for line in texts(read(page.encode("utf-8")))]
    for i, chapter in enumerate(chapters):
        above = lines[lines.index(" ".join(articles[3 * i].split())) - 1]
        assert above == " ".join(chapter.split())


def test_white_space_of_the_source_s_lines_runs_together() -> None:
    page = (
        """<html><head><meta charset="utf-8"><title>t</title></head><body><div>
<p><b><span>总</span></b><b><span>
      </span></b><b><span>则</span></b></p>
"""
        + BODY
        + "</div></body></html>"
    )
    assert "总 则" in texts(read(page.encode("utf-8")))


@pytest.mark.parametrize(
    ("stated", "name"),
    [
        ("网易版权所有", "网易"),
        ("Copyright © 中工网", "中工网"),
        ("©", None),
        ("新华网", "新华网"),
        ("Copyright © 2017 Sohu.com Inc. All Rights Reserved.", "Sohu.com"),  # years, Inc.
    ],
)
def test_a_site_s_name_loses_its_copyright_words(stated: str, name: str | None) -> None:
    from unionreader.sources.html import _site_name

    assert _site_name(stated) == name


def test_a_page_laid_out_in_a_table_keeps_its_cell_s_paragraphs_apart() -> None:
    """Government sites set a document in one table cell, paragraph by paragraph: each stays a
    line of its own (they had run together, a chapter's heading into its first article)."""
    first = "第一条　为了规范专利代理行为，保障委托人和专利代理师的合法权益，制定本条例。"
    second = "第二条　本条例所称专利代理，是指专利代理机构接受委托办理专利事务的行为。"
    paragraphs = ("专利代理条例", "第一章　总　　则", first, second, "各省、自治区人民政府：")
    cell = "".join(f"<p>{text}</p> " for text in paragraphs)
    page = f"""<html><head><meta charset="utf-8"><title>专利代理条例</title></head><body>
<table><tr><td class="b12c" id="UCAP-CONTENT">{cell}</td></tr></table></body></html>"""
    lines = texts(read(page.encode("utf-8")))
    assert "第一章\u3000总\u3000\u3000则" in lines  # as wide as the page shows it
    assert any(line.startswith("第一条\u3000为了规范专利代理行为") for line in lines)
    assert "各省、自治区人民政府：" in lines


def test_a_notice_listing_a_committee_s_members_is_no_list_page() -> None:
    """Rows of a name and an office, or a label and a name, count neither way: the notice's
    two sentences are few beside forty members, and it is an article; forty headlines are not."""
    from unionreader.sources.html import _is_article

    sentences = [
        ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", None, 0),
        ("根据工作需要，国务院决定对国家教材委员会组成人员进行调整。现将名单通知如下：", None, 0),
    ]
    rows = [("主　任：孙春兰　国务院副总理", None, 0), ("副主任：陈宝生　教育部部长", None, 0)]
    rows += [
        (f"{s}{g}{g} 中央某某部副部长", None, 0) for s in "王李张刘陈杨黄赵吴周" for g in "明华强军"
    ]
    assert _is_article([*sentences, *rows])
    headlines = [
        (f"{s}{g}出席全国职工技能大赛颁奖仪式", None, 0)
        for s in "王李张刘陈杨黄赵吴周"
        for g in "明华强军"
    ]
    assert not _is_article([*sentences, *headlines])
    names = [
        (" ".join(f"{s}{g}{t}" for g in "明华强军" for t in "东西"), None, 0)
        for s in "王李张刘陈杨"
    ]  # a notice's representatives, eight names to a line
    assert _is_article([*sentences, *names])
    roster = [
        (
            "、".join(f"{s}{g}{t}" for g in "明华强军" for t in "东西").replace(
                f"{s}明东", "王 琛"
            ),
            None,
            0,
        )
        for s in "王李张刘陈杨"
    ]
    assert _is_article([*sentences, *roster])  # names parted by 、 (an agenda's delegates)


def test_a_year_in_the_text_is_no_date_of_the_page() -> None:
    """The date search reads the page's markup, not its sentences (a CMS body whose text says
    宜章县从2013年开始… had been dated 2013-01-01)."""
    text = "<p>宜章县从2013年开始，不再印制贺卡，全县机关单位也不再互寄贺卡。</p>" * 3
    page = f'<html><head><meta charset="utf-8"><title>不再回寄贺卡</title></head><body>{text}'
    assert read((page + BODY + "</body></html>").encode("utf-8")).fallback.date is None


def test_a_wechat_article_s_time_of_publishing_is_its_date() -> None:
    script = '<script>var ct = "1581418070";</script>'  # 2020-02-11 19:27, Beijing time
    page = f'<html><head><meta charset="utf-8"><title>一日一技</title></head><body>{BODY}'
    assert read((page + script + "</body></html>").encode("utf-8")).fallback.date == "2020-02-11"


def test_a_wechat_article_s_account_is_its_source_not_the_platform() -> None:
    head = '<html><head><meta charset="utf-8"><title>一日一技</title>'
    head += '<meta property="og:site_name" content="微信公众平台"></head>'
    account = '<strong class="profile_nickname">未闻Code</strong>'
    page = f"{head}<body>{account}<div>{BODY}</div></body></html>"
    assert read(page.encode("utf-8")).fallback.source == "未闻Code"
    script = '<script>var nickname = htmlDecode("工人日报");</script>'
    page = f"{head}<body><div>{BODY}</div>{script}</body></html>"
    assert read(page.encode("utf-8")).fallback.source == "工人日报"


def test_a_block_the_page_repeats_is_read_once_and_each_copy_left_is_recorded() -> None:
    """A 中新网 text whose page holds its five paragraphs twice (a CMS body saved twice): the
    extraction keeps both (a page's repeats are the rules' to judge), and the rule for
    repeated runs reads them once, each copy it leaves out an edit."""
    path = FIXTURES / "reading" / "repeated-block.html"
    raw = read(path.read_bytes())
    assert len(raw.lines) == 10
    document = load_document(Seed(path, "x", SeedMeta(), catalogued=False))
    paragraphs = [block.text for section in document.sections for block in section.blocks]
    assert len(paragraphs) == 5
    left = [edit.before for edit in document.edits if edit.rule == "duplicates"]
    assert len(left) == 5


def test_an_article_in_a_table_among_lists_of_links_is_read_not_refused() -> None:
    """A university's page (its article's text put in place of the original's): the article in
    a table cell of a form, lists of dated links around it. The library runs its paragraphs
    together, and its reading favouring precision finds only the footer: that reading, no
    article, is not taken, and the page is no list page."""
    raw = read((FIXTURES / "reading" / "article-among-link-lists.html").read_bytes())
    headline = "【澎湃新闻】谢贵安：张居正对万历皇帝的儒学教育"  # found above the run-together body
    assert (raw.lines[0].text, raw.lines[0].shape) == (headline, Shape.HEADING)
    body = [line.text for line in raw.lines if "各级工会要坚持以职工为中心" in line.text]
    assert len("".join(body)) > 1000
    assert not any("版权所有" in line.text for line in raw.lines)


def test_a_date_the_page_shows_under_its_headline_is_its_date() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>盘中资讯</title></head><body>'
        "<h1>9月26日盘中重要资讯汇总</h1><span>2019年9月26日 15:10</span>"
        f"{BODY}</body></html>"
    )
    assert read(page.encode("utf-8")).fallback.date == "2019-09-26"


def test_pictures_captions_go_and_are_recorded_as_left_out() -> None:
    photo = '<p style="text-align:center;"><img src="/a.jpg" style="float:none;"></p>\n'
    caption = '<p style="text-align:center;"><span>培训会现场</span></p>\n'
    figure = "<figure><img src='/b.jpg'><figcaption>慰问组在建筑工地</figcaption></figure>\n"
    page = (
        '<html><head><meta charset="utf-8"><title>夏送清凉</title></head><body><div>'
        + BODY.replace("</p>\n", "</p>\n" + photo + caption, 1)
        + figure
        + "</div></body></html>"
    )
    raw = read(page.encode("utf-8"))
    lines = texts(raw)
    assert "培训会现场" not in lines and "慰问组在建筑工地" not in lines
    assert len(lines) == 3
    assert {"培训会现场", "慰问组在建筑工地"} <= {e.before for e in raw.edits}
    numbered = BODY.replace("</p>\n", "</p>\n" + photo + "<p>八、财政金融</p>\n", 1)
    page = f'<html><head><meta charset="utf-8"><title>公报</title></head><body><div>{numbered}'
    assert "八、财政金融" in texts(read((page + "</div></body></html>").encode()))  # the text's
    numbered = BODY.replace("</p>\n", "</p>\n" + photo + "<p>02农业</p>\n", 1)
    page = f'<html><head><meta charset="utf-8"><title>公报</title></head><body><div>{numbered}'
    assert "02农业" in texts(read((page + "</div></body></html>").encode()))  # a chapter's
    said = "<p>法史学者李德嘉认为，“太宗通过此案宽赦了甄婆儿”。</p>\n"  # a sentence of the text
    page = BODY.replace("</p>\n", "</p>\n" + photo + said, 1)
    page = f'<html><head><meta charset="utf-8"><title>评论</title></head><body><div>{page}'
    lines = texts(read((page + "</div></body></html>").encode()))
    assert "法史学者李德嘉认为，“太宗通过此案宽赦了甄婆儿”。" in lines
    lead = "<p>静态页面，例如：</p>\n<ul><li>静态资源加速，由边缘节点缓存页面。</li></ul>\n"
    page = BODY.replace("</p>\n", "</p>\n" + photo + lead, 1)
    page = f'<html><head><meta charset="utf-8"><title>架构</title></head><body><div>{page}'
    assert "静态页面，例如：" in texts(read((page + "</div></body></html>").encode()))


def test_a_heading_set_bold_under_its_banner_is_no_caption() -> None:
    """A WeChat article's section heading under its banner picture, bold and in a large type
    (or bold and not centred): the text's heading; a bold caption centred in a small type
    under its picture still goes."""
    banner = '<p style="text-align:center;"><strong><img src="/a.jpg" alt="图片"></strong></p>\n'
    large = (
        '<p><strong><span style="font-size: 18px;">市场刚需，企业高薪抢人才</span></strong></p>\n'
    )
    small = (
        '<p style="text-align:center;"><strong><span style="font-size: 12px;">'
        "培训会现场</span></strong></p>\n"
    )
    page = (
        '<html><head><meta charset="utf-8"><title>求职新风口</title></head><body><div>'
        + BODY.replace("</p>\n", "</p>\n" + banner + large, 1)
        + banner
        + small
        + BODY
        + "</div></body></html>"
    )
    lines = texts(read(page.encode("utf-8")))
    assert "市场刚需，企业高薪抢人才" in lines and "培训会现场" not in lines


def test_a_caption_a_page_s_class_names_goes_and_heads_nothing() -> None:
    """`<div class="image-caption">` that repeats the headline under each picture: a caption,
    gone, and no heading put back in its place."""
    caption = '<div class="image-caption">区总工会召开全委会议</div>\n'
    page = (
        '<html><head><meta charset="utf-8"><title>区总工会召开全委会议</title></head><body>'
        "<h1>区总工会召开全委会议</h1><div>"
        + BODY.replace("</p>\n", "</p>\n" + caption, 2)
        + "</div></body></html>"
    )
    raw = read(page.encode("utf-8"))
    assert [line.text for line in raw.lines].count("区总工会召开全委会议") == 1  # the title
    assert ("html.extraction", "区总工会召开全委会议") in {(e.rule, e.before) for e in raw.edits}


def test_a_picture_with_its_caption_in_one_paragraph_goes() -> None:
    """As WeChat's editors and news sites set a photo: the picture, then its caption in the
    same paragraph (`<img><strong>…</strong>`, `<img><i class="desc">…</i>`); a paragraph
    with a small picture inside its sentence stays."""
    captioned = (
        '<p><img src="/a.jpg"><strong><span>记者在列车上采访郝津生医生</span></strong></p>\n'
    )
    inline = '<p>职工们说<img src="/e.png">：“这是我们的娘家。”</p>\n'
    page = (
        '<html><head><meta charset="utf-8"><title>夏送清凉</title></head><body><div>'
        + BODY.replace("</p>\n", "</p>\n" + captioned + inline, 1)
        + "</div></body></html>"
    )
    raw = read(page.encode("utf-8"))
    assert "记者在列车上采访郝津生医生" not in texts(raw)
    assert "记者在列车上采访郝津生医生" in {e.before for e in raw.edits}
    assert "职工们说：“这是我们的娘家。”" in texts(raw)


def test_a_table_of_data_in_an_article_gives_rows_whose_cells_tabs_part() -> None:
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for a, b, c in (("项目", "2022年", "2023年"), ("拨缴经费", "12,345", "13,210"))
    )
    sentence = "根据市总工会财务部统计，全市工会经费收入保持稳定增长，主要原因是建会企业数量增加。"
    page = f"""<html><head><meta charset="utf-8"><title>经费收支情况</title></head><body>
<article><h1>经费收支情况</h1><p>{sentence}</p><p>{sentence}</p><table>{rows}</table>
<p>{sentence}</p></article></body></html>"""
    lines = texts(read(page.encode("utf-8")))
    assert "项目\t2022年\t2023年" in lines and "拨缴经费\t12,345\t13,210" in lines


def test_a_numbered_heading_the_library_dropped_is_put_back() -> None:
    """A report whose numbered headings are plain paragraphs (`<p>一、百年征程…</p>`), which its
    table of contents named first: the library leaves them out, and they are put back."""
    from unionreader.sources.html import _headings_put_back, _page_headings

    source = (
        "<p>第一章 发展历程</p><p>一、百年征程铸就时代新辉煌</p>"
        "<p>中国共产党成立以来，团结带领中国人民进行了艰苦卓绝的斗争。</p>"
        "<p>二、中国式现代化改变了中国</p><p>中国式现代化深刻改变了中国。</p>"
    )
    page = trafilatura.load_html(f"<html><body>{source}</body></html>")
    headings = _page_headings(page)
    assert ("一、百年征程铸就时代新辉煌", None, 0) in headings
    assert ("中国式现代化深刻改变了中国。", None, 0) not in headings
    items = [
        ("第一章 发展历程", Shape.HEADING, 1),
        ("中国共产党成立以来，团结带领中国人民进行了艰苦卓绝的斗争。", None, 0),
        ("中国式现代化深刻改变了中国。", None, 0),
    ]
    texts = [text for text, _, _ in _headings_put_back(items, headings, source)]
    assert texts == [
        "第一章 发展历程",
        "一、百年征程铸就时代新辉煌",
        "中国共产党成立以来，团结带领中国人民进行了艰苦卓绝的斗争。",
        "二、中国式现代化改变了中国",
        "中国式现代化深刻改变了中国。",
    ]


def test_a_paragraph_ending_with_a_note_mark_is_finished() -> None:
    """`…得到解决。[3]` ends its paragraph: the next `<p>` is not joined to it."""
    from unionreader.documents import load_document

    Path("x.html").write_bytes(
        "<html><head><title>报告</title></head><body><article><h1>报告</h1>"
        "<p>中国式现代化深刻改变了中国，区域性整体贫困得到解决。[3]</p>"
        "<p>2021年7月1日，习近平总书记代表党和人民庄严宣告，在中华大地上全面建成了小康社会。</p>"
        "<p>中国研发人员总量多年保持世界首位，这是又一段正文。“这是引语。”[16]</p>"
        "<p>中共十八大以来，中国特色社会主义进入新时代，这是最后一段正文。</p>"
        "</article></body></html>".encode()
    )
    doc = load_document(Seed(Path("x.html"), "x", SeedMeta(), catalogued=False))
    assert [block.text[:4] for block in doc.sections[0].blocks] == [
        "中国式现",
        "2021",
        "中国研发",
        "中共十八",
    ]


def test_the_day_a_page_says_it_posted_its_text_is_its_date() -> None:
    from unionreader.sources.html import _posted_on

    shown = [
        "首页 > 重点推荐",
        "《中国式现代化发展之路》全文",
        "发布时间：2024年05月05日 | 字体放大",
    ]
    assert _posted_on(shown) == "2024-05-05"
    assert _posted_on(["时间：2024年05月05日", "正文"]) is None  # not said to be the posting
    assert _posted_on(["發布日期：2021-04-15", "更新日期:2018/01/01"]) == "2021-04-15"


def test_a_headline_line_the_first_paragraph_repeats_is_recorded_as_left_out() -> None:
    """`<h1>绥德县举行</h1><h1>庆“八一”…表彰大会</h1>` over a paragraph that repeats the second
    line: both lines are left out of the text, and both are recorded."""
    from unionreader.sources.html import _left_out
    from unionreader.sources.htmltext import SourceText

    shown = [
        "绥德县举行",
        "庆“八一”双拥文艺汇演暨表彰大会",
        "7月29日上午，绥德县成功举行了庆“八一”双拥文艺汇演暨表彰大会。",
    ]
    items = [("7月29日上午，绥德县成功举行了庆“八一”双拥文艺汇演暨表彰大会。", None, 0)]
    headings = [
        ("绥德县举行", Shape.HEADING, 1),
        ("庆“八一”双拥文艺汇演暨表彰大会", Shape.HEADING, 1),
    ]
    source = "\n".join(f"<h1>{line}</h1>" for line in shown[:2]) + f"\n<p>{shown[2]}</p>"
    page = SourceText(source)
    left = [edit.before for edit in _left_out(shown, items, page, headings)]
    assert left == shown[:2]
    assert _left_out(shown[1:], [(shown[1], None, 0), items[0]], page, headings) == []


RELATED = "".join(
    f'<li><a href="/n/{i}">相关新闻标题第{i}条：某地工会举办职工运动会</a><span>09:1{i}</span></li>'
    for i in range(6)
)
SHORT_ITEM = f"""<html><head><meta charset="utf-8">
<title>区总工会走访慰问困难职工 - 社会 - 某报</title></head><body>
<nav><a href="/">首页</a><a href="/s">社会</a></nav>
<article class="article-box">
<header><h1>区总工会走访慰问困难职工</h1>
<div class="meta"><time>2024/01/16</time><div class="author"><a href="/r/1">王小明</a></div></div>
<ul class="share"><li><a>Facebook</a></li><li><a>Line</a></li><li><a>複製連結</a></li></ul></header>
<div class="article-body">
<p>区总工会16日上午走访慰问困难职工家庭，为他们送去慰问金和生活用品，并详细了解他们的生活情况和实际困难。</p>
<p></p>
<p>工会关心您：困难职工求助热线12351</p>
</div>
<div class="related"><h3>推荐阅读</h3><ul>{RELATED}</ul></div>
</article>
<footer>版权所有</footer>
</body></html>"""
"""A short news item in an article box with its header, share bar and related links: the
extraction library's own reading finds too little and falls back on the whole box's text, run
into one paragraph."""


def test_a_page_the_library_runs_into_one_paragraph_is_read_again_for_its_own() -> None:
    raw = read(SHORT_ITEM.encode())
    assert [line.text for line in raw.lines] == [
        "区总工会走访慰问困难职工",
        "区总工会16日上午走访慰问困难职工家庭，为他们送去慰问金和生活用品，并详细了解他们的生活情况和实际困难。",
        "工会关心您：困难职工求助热线12351",
    ]
    assert "推荐阅读" in {edit.before for edit in raw.edits}


def test_a_list_item_holding_a_whole_article_or_a_nested_list_gives_each_block() -> None:
    root = etree.fromstring(
        '<doc><main><list rend="ul"><item><head rend="h3">标题</head>最后更新：2019-09-07'
        "<p>第一段。</p> <p>第二段<hi>加粗</hi>。</p></item>"
        '<item>上级条目<list rend="ol"><item>甲</item><item>乙</item></list></item>'
        "<item>普通条目</item></list></main></doc>"
    )
    assert list(_items(root)) == [
        ("标题", Shape.HEADING, 3),
        ("最后更新：2019-09-07", Shape.PARAGRAPH, 0),
        ("第一段。", Shape.PARAGRAPH, 0),
        ("第二段加粗。", Shape.PARAGRAPH, 0),
        ("上级条目", Shape.BULLET, 0),
        ("1.甲", Shape.ITEM, 0),
        ("2.乙", Shape.ITEM, 0),
        ("普通条目", Shape.BULLET, 0),
    ]


def test_empty_spans_set_as_blocks_part_a_page_s_paragraphs() -> None:
    body = (
        "<p>警方已勘验现场并报请相验，将进一步厘清死因。（王煌忠／台中报导）"
        '<span style="display: block; height:1em;"></span><strong>《苹果》关心你</strong><br>'
        "自杀解决不了问题，却留给家人无比悲痛。请珍惜生命。</p>"
    )
    page = NEWS.replace(BODY, BODY + "\n" + body).encode("gb2312")
    assert [line.text for line in read(page).lines][-3:] == [
        "警方已勘验现场并报请相验，将进一步厘清死因。（王煌忠／台中报导）",
        "《苹果》关心你",
        "自杀解决不了问题，却留给家人无比悲痛。请珍惜生命。",
    ]


def test_a_site_s_name_stated_twice_is_its_name_once() -> None:
    page = NEWS.replace(
        "<head>", '<head><meta property="og:site_name" content="聯合新聞網 | 聯合新聞網">'
    )
    assert read(page.encode("gb18030")).fallback.source == "聯合新聞網"


def test_statements_the_extraction_left_out_between_paragraphs_are_put_back() -> None:
    """A guide's `<ol>` of a law's provisions between the text's paragraphs, which the library
    took for a menu; not a related link's headline nor a short line."""
    lines = [
        Line(7, "順天的製造工廠因樹林廠區的機器壞掉，通知外籍員工宋財改至三重廠區上班。"),
        Line(28, "雇主除符合相關規定外，均應經勞動部許可才可指派所聘僱之外國人變更工作場所。"),
    ]
    provision = "依據就業服務法第57條第4款規定，雇主未經許可，不得指派所聘僱之外國人變更工作場所。"
    left_out = [
        Edit(RULE, 17, provision, ""),
        Edit(RULE, 18, "引领未来新趋势折叠显示成主流哪些股更具爆发力？", ""),
        Edit(RULE, 19, "视频-这个中国人习以为常的地方为何老外却说“了不得”？", ""),
        Edit(RULE, 20, "值得一提。", ""),
        Edit(
            RULE,
            40,
            "依據就業服務法第72條第3款規定，雇主有違反規定情事之一，應廢止其聘僱許可。",
            "",
        ),
    ]
    put, edits = _text_put_back(lines, left_out)
    assert [line.text for line in put] == [lines[0].text, provision, lines[1].text]
    assert edits == left_out[1:]  # the last stands after the text's last line


def test_a_paragraph_holding_a_zero_width_joiner_is_not_recorded_as_left_out() -> None:
    page = NEWS.replace("120万元", "120\u200d万元")
    raw = read(page.encode("utf-8").replace(b"gb2312", b"utf-8"))
    assert not [edit for edit in raw.edits if "慰问资金" in edit.before]


def test_a_line_left_out_is_recorded_though_a_paragraph_kept_names_it() -> None:
    """A poem's title under its picture goes as a caption; a paragraph below names the poem, so
    the title's words are in the text, but the title itself is not: it is recorded as left out
    (it had gone with no edit, and no notes page told of it)."""
    photo = '<p style="text-align:center;"><img src="/a.jpg"></p>\n'
    title = '<p style="text-align:center;"><strong>《冬夜读书示子聿》</strong></p>\n'
    named = "<p>　　《冬夜读书示子聿》是陆游写给自己小儿子陆聿的一首诗，饱含一个父亲的深情。</p>\n"
    page = (
        '<html><head><meta charset="utf-8"><title>读诗</title></head><body><div>'
        + BODY.replace("</p>\n", "</p>\n" + photo + title + named, 1)
        + "</div></body></html>"
    )
    raw = read(page.encode("utf-8"))
    assert "《冬夜读书示子聿》" not in texts(raw)
    assert any(line.startswith("《冬夜读书示子聿》是陆游") for line in texts(raw))
    left = [e for e in raw.edits if e.before == "《冬夜读书示子聿》"]
    assert [(e.rule, e.after) for e in left] == [("html.extraction", "")]


def test_a_digest_whose_items_are_set_as_headings_keeps_every_item() -> None:
    """A WeChat account's news in brief sets each item in `<h1>`; the items are its text."""
    items = [
        "● 清明小长假首日出行，大半天堵在路上。昨日西安绕城高速、西禹高速均出现拥堵，交警疏导。",
        "● 受强冷空气影响，预计6日陕北有7级左右偏北风，关中、商洛有4到6级偏北风，请注意防范。",
        "● 截至4月5日18时，西安车站单站日发送旅客15.28万人，全站发送旅客21.21万人次。",
    ]
    body = "".join(
        f'<h1 accuse="qTitle">{item[:12]}<strong><span style="color: red">{item[12:30]}'
        f"</span></strong>{item[30:]}</h1>\n"
        for item in items
    )
    page = f"""<html><head><title>4月6日【新闻速览一分钟】</title></head><body>
<div class="rich_media"><h2 class="rich_media_title">4月6日【新闻速览一分钟】</h2>
<div class="rich_media_content" id="js_content"><h2>陕西新闻</h2>
{body}<p>{PARAGRAPHS[0]}</p>
</div></div></body></html>"""
    texts = [line.text for line in read(page.encode()).lines]
    assert all(any(item[2:20] in text for text in texts) for item in items)


def test_a_heading_under_the_title_in_an_hgroup_is_its_subtitle(tmp_path: Path) -> None:
    """`<hgroup><h1>…</h1><h2>…</h2></hgroup>`: the h2 is the subtitle, not the first section's
    heading, though a box of the page stands between them in the text."""
    page = f"""<html><head><title>夫猝逝 妇扛20万债茫然 | 苹果日报</title></head><body>
<article><header><hgroup><h1>夫猝逝 妇扛20万债茫然</h1><h2>忍腿伤育两女「不知如何过下去」</h2>
</hgroup></header><p>基金会编号A1472</p>
{BODY}</article></body></html>"""
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    doc = load_document(Seed(path, "p", SeedMeta(), catalogued=False))
    assert (doc.meta.title, doc.meta.subtitle) == (
        "夫猝逝 妇扛20万债茫然",
        "忍腿伤育两女「不知如何过下去」",
    )
    assert all(s.heading != "——忍腿伤育两女「不知如何过下去」" for s in doc.sections)


def test_a_table_saved_alone_is_read_as_a_page() -> None:
    """A piece of a page (a penalty's table a site serves apart, no `<html>` around it) reads
    as a page would, every cell in order (it had been refused as no page)."""
    cells = [
        ("行政处罚决定书文号", "金罚决字〔2024〕36号"),
        ("被处罚当事人", "某某保险股份有限公司"),
    ]
    cells += [("行政处罚依据", "《保险公司管理规定》第五十四条、第六十九条等，依法作出处罚。")]
    rows = "\n".join(f"<tr><td><p><b>{a}</b></p></td><td><p>{b}</p></td></tr>" for a, b in cells)
    raw = read(
        f'<table class="MsoNormalTable" border="1"><tbody>\n{rows}\n</tbody></table>'.encode()
    )
    text = "\n".join(line.text for line in raw.lines)
    assert all(cell in text for row in cells for cell in row)


def test_a_saved_page_of_a_takedown_notice_is_refused() -> None:
    """A WeChat page saved after its article was taken down: only the notice and the
    platform's hidden strings, no article (it had been built as one)."""
    notice = (
        '<html><head><meta charset="utf-8"><title></title></head><body><div class="weui-msg">'
        "<h2>此内容因违规无法查看</h2><p>由用户投诉并经平台审核，涉嫌过度营销、骚扰用户，查看"
        "<a href='#'>对应规则</a></p><p>微信公众平台运营中心</p></div></body></html>"
    )
    assert "taken down (此内容因违规无法查看)" in str(read_error(notice.encode("utf-8")))
    body = "<p>" + "工会组织开展了多项活动，受到职工好评。" * 15 + "</p>"
    article = notice.replace("<p>微信公众平台运营中心</p>", body)
    assert read(article.encode("utf-8")).lines  # an article that mentions one is read


def test_a_paragraph_that_repeats_an_earlier_one_is_kept_each_time() -> None:
    """An agenda's `負責答覆的政府官員：` under each question: the library, recovering the text of a
    page whose paragraphs stand in its body, had kept one of each text (the second answerer's
    line went, and with it whom the question went to)."""
    answerer = (
        '<p><span style="margin-left:3.50em">負責答覆的政府官員：<span class="tab"> </span>'
        "<strong>運輸及房屋局局長</strong></span></p>"
    )
    questions = [
        "中國香港體育協會暨奧林匹克委員會獲政府撥款，自2008年起推行“香港運動員就業及教育計劃”，"
        "在事業發展及學業等範疇上支援運動員，包括協助退役或即將退役的運動員發展第二事業。此外，香港體育學院在"
        "2008年，推出“運動員綜合教育及職業發展計劃”，向運動員提供教育及事業發展的支援。就此，政府可否告知本會：",
        "根據香港金融管理局發表的金融統計數字，認可機構於今年1月及2月發放在香港使用的貸款和墊款總額，"
        "按年增幅分別為15.6%及20.9%，而去年同期的有關增幅分別僅為9.2%及8%。就此，政府可否告知本會，有否研究：",
    ]
    body = "".join(
        f'{answerer}<p><span style="margin-left:3.55em">{question}</span></p>'
        for question in questions
    )
    raw = read(f"<html><head><title>議程</title></head><body>{body}</body></html>".encode())
    texts = [line.text for line in raw.lines]
    assert sum("負責答覆的政府官員" in text for text in texts) == 2
    assert not any("\ufdd0" in text for text in texts)


def test_runs_of_bold_set_side_by_side_read_as_one_text_and_a_tab_alone_as_a_space() -> None:
    """A Word export (pydocx): a paragraph made of bold runs alone, a tab in a span of its own.
    The library prints its XML indented, a run to a line, which had read as spaces between
    runs (`( 由 教育局局長 提交 )`, `I V .`, `食物及 衞 生局局長`)."""
    tab = '<span class="pydocx-tab"> </span>'
    runs = "".join(f"<strong>{run}</strong>" for run in ["(", "由", "教育局局長", "提交", ")"])
    page = (
        "<html><head><title>議程</title></head><body>"
        f"<table><tr><td><strong>I.</strong><strong>{tab}</strong><strong>提交文件</strong></td></tr></table>"
        f"<p>1.{tab}第96號{tab}─{tab}優質教育基金</p>"
        f"<p>截至2013年8月31日止年度的財務報表，由本會秘書處整理並按議事規則提交本會省覽。</p>"
        f"<p><strong>{tab}</strong><strong>{tab}</strong>{runs}</p>"
        "<p><strong>I</strong><strong>V</strong><strong>.</strong><strong>"
        f"{tab}</strong><strong>議員議案</strong></p>"
        "<p>負責答覆的政府官員：<strong>食物及</strong><strong>衞</strong><strong>生局局長</strong></p>"
        "<p>這是一段相當長的文字，用來讓抽取程式認為這是正文內容，並且包含足夠多的中文字元以通過篩選。</p>"
        "</body></html>"
    )
    texts = [line.text for line in read(page.encode("utf-8")).lines]
    assert "(由教育局局長提交)" in texts
    assert "I. 提交文件" in texts
    assert "IV. 議員議案" in texts
    assert "負責答覆的政府官員：食物及衞生局局長" in texts


def test_a_date_in_a_link_s_address_is_no_date_of_the_page() -> None:
    """A union's demands link to an earlier notice (`…/announce/2015-04-19`), in the text and in
    the page's data; the page's own day is in its data (`"createdAt":"2015-04-25"`)."""
    address = "http://www.example.org.tw/announce/2015-04-19"
    data = f'{{"createdAt":"2015-04-25","body":"mdx(\\\\"a\\\\",{{href:\\\\"{address}\\\\"}})"}}'
    page = (
        "<html><head><title>五一遊行訴求</title></head><body><main>"
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        f'<p>遊行當天集合地點可參考<a href="{address}">詳細行程</a>。</p>'
        f"</main><script>{data}</script></body></html>"
    )
    assert read(page.encode("utf-8")).fallback.date == "2015-04-25"


def test_two_paragraphs_of_a_page_are_not_run_together() -> None:
    """A credit closing a page's first paragraph (`…就一直這樣了。」報導•攝影╱江品璁<br>`) over
    the next paragraph: a page's paragraphs are the writer's, and stay two (they had run into
    one, the credit buried in the middle: `…江品璁陳綵瀅說，…`)."""
    first = (
        "「南無大悲觀世音菩薩。」陳綵瀅無奈的說：「今年8月丈夫心肌梗塞昏迷後，就一直這樣了。」"
        "報導•攝影╱江品璁"
    )
    second = "陳綵瀅說，丈夫在水公司當契約工，1年前又找了滑石粉工廠的兼差，一天休息不到5小時。"
    page = (
        "<html><head><title>過勞爸昏迷</title></head><body><article>"
        f'<p id="introid">{first}<br></p><hr><p id="bcontent">{second}</p>'
        f"<p>{PARAGRAPHS[0]}</p></article></body></html>"
    )
    path = Path("apart.html")
    path.write_bytes(page.encode("utf-8"))
    document = load_document(Seed(path, "x", SeedMeta(), catalogued=False))
    paragraphs = [block.text for section in document.sections for block in section.blocks]
    assert second in paragraphs


NOTICE_FIELDS = [
    ("索 引 号：", "11220000013544357T/2022-00426"),
    ("分  类：", "环境监测、保护与治理;通告"),
    ("发文机关：", "吉林省人民政府"),
    ("成文日期：", "2022年01月27日"),
    ("标  题：", "吉林省人民政府关于禁止在工程建设征占地范围内新增建设项目的通告"),
    ("发文字号：", "吉政明电〔2022〕1号"),
    ("发布日期：", "2022年01月28日"),
]
NOTICE_TEXT = [
    "为做好工程建设，确保工程前期建设征地实物调查工作顺利进行，维护相关单位和人民群众合法权益，"
    "根据有关条例等相关规定，现就有关事项通告如下：",
    "一、工程位于大安市、镇赉县和前郭县，建设征占地范围为现有堤防距堤脚线两侧15米范围内。",
    "二、自本通告发布之日起，在工程建设征占地范围内，禁止任何单位和个人新增建设项目。",
    "三、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策。",
    "特此通告。",
]


def test_a_notice_in_plain_divs_under_a_table_of_its_fields_keeps_its_text() -> None:
    """A government page: the notice's fields in a table, its text in plain `<div>`s. The
    library's first reading runs the text together; its reading favouring precision finds
    only the table of fields. The text is read, cut where the page's lines end."""
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in NOTICE_FIELDS)
    divs = "".join(f'<div style="text-align: justify;">　　{text}</div>' for text in NOTICE_TEXT)
    page = (
        "<html><head><title>吉林省人民政府关于禁止新增建设项目的通告</title></head><body>"
        '<p class="crumb"><a href="/">首页</a> &gt;&gt; <a href="/x">政府信息公开专栏</a></p>'
        f'<div class="zlylb1"><table class="xxgk">{rows}</table></div>'
        f'<div class="contents_div"><div class="Custom_UnionStyle">{divs}'
        '<div style="text-align: right;">吉林省人民政府</div>'
        '<div style="text-align: right;">2022年1月27日</div></div></div>'
        "</body></html>"
    )
    read_texts = texts(read(page.encode("utf-8")))
    for text in NOTICE_TEXT:
        assert text in read_texts


def test_a_paragraph_holding_characters_the_library_drops_is_read_once() -> None:
    """A page's bytes cut inside a character decode to a private use area's characters, which
    the extraction library drops: the paragraph it found is the page's line all the same, and
    not put back as one it left out (it had stood twice)."""
    cut = "“作为消费者，这点让人感到非常奇怪。”裴逸群表示\ue0de挥芯\ue132\ue426哟，还在寻找她。"
    paragraphs = [
        "裴逸群对整个事件过程持有两点质疑，他在接受记者采访时作了说明。",
        cut,
        "“此外，她聘请的所谓代理律师，经我们了解，实际上只是一名自由人。”此是质疑之二。",
    ]
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    headline = "<h1>工商部门初定广告属于虚假宣传</h1>"
    page = f"<html><body><article>\n{headline}\n{body}\n</article></body></html>"
    read_texts = texts(read(page.encode("utf-8")))
    kept = [text for text in read_texts if text.startswith("“作为消费者")]
    assert kept == [cut.replace("\ue0de", "").replace("\ue132\ue426", "")]


def test_a_paragraph_a_table_of_pictures_cuts_mid_sentence_is_one_paragraph() -> None:
    """`<p>…获得了5<table>…<img>…</table>00万元的体彩大奖，…</p>`: the parser closes the paragraph
    at the table; the sentence is one paragraph again, the picture gone. A paragraph that
    ends its sentence over a table of pictures stays apart from the text after it."""
    picture = '<table align="left"><tr><td><img src="a.jpg"></td></tr></table>'
    first = "是的，正是彩票让本文的主人公在短短4年间经历了一场浓缩的人生戏剧。他意外地获得了5"
    rest = "00万元的体彩大奖，成为让无数人羡慕不已的幸运儿；然而4年后的今天，他身患癌症。"
    other = "为何财富之神对他眷顾又抛弃？近日，本刊记者经历了近4个月的调查采访，揭开了谜底。"
    body = f"<p>{first}{picture}{rest}</p>\n<p>{other}</p>"
    head = "<html><body><article>\n<h1>四年前中500万现穷困潦倒</h1>\n"
    page = f"{head}{body}\n</article></body></html>"
    assert texts(read(page.encode("utf-8")))[-2:] == [first + rest, other]
    ended = f"<p>{other}</p>\n<p>{other[:-1]}。{picture}<b>{first}</b></p>"
    assert first in texts(read(f"{head}{ended}\n</article></body></html>".encode()))


def test_a_letter_s_salutation_and_a_speech_s_closing_left_out_are_put_back() -> None:
    """`全校各位教工：` (`富春同志：`) over a text's first paragraph, and a speech's closing
    address, loose after its last paragraph (`同志们，…同心同德同力！`), which the library
    left out: the text's. A closing address after the page's furniture is not."""
    points = [
        "一要进一步强化规范意识。当前，教育工作的透明度越来越高，监督力度越来越大。",
        "二要进一步强化大局意识。讲大局，就是小局服从大局，小道理服从大道理。",
    ]
    closing = "同志们，让我们共同努力，为把学校打造成国内知名的学校而同心同德同力！"
    lines = [Line(10, "在学校教代会上的讲话"), Line(12, points[0]), Line(13, points[1])]
    lines.append(Line(20, "下一篇：我校学生荣获大奖[ 12-01 ]"))
    left_out = [Edit(RULE, 11, "全校各位教工：", ""), Edit(RULE, 13, closing, "")]
    put, edits = _text_put_back(lines, left_out)
    assert [line.text for line in put][1:5] == ["全校各位教工：", *points, closing]
    assert edits == []
    late = [Edit(RULE, 14, "【打印正文】", ""), Edit(RULE, 15, closing, "")]
    put, edits = _text_put_back(lines, late)
    assert edits == late


def test_a_signer_repeated_and_left_out_is_recorded_and_put_back_over_the_date() -> None:
    """A notice's signer under its covering letter and again under its text, which the
    library keeps once: the second is recorded as left out (its name stands inside longer
    lines besides: `绍兴市第一中学2019学年工作要点`), and put back over the date it signs."""
    shown = [
        "现将《绍兴市第一中学2019学年工作要点》印发给你们，请认真贯彻执行。",
        "绍兴市第一中学",
        "绍兴市第一中学2019学年工作要点",
        "一、着重落实，抓实五项政策实施，确保各项工作顺利推进，取得实效。",
        "绍兴市第一中学",
        "2019年9月10日",
    ]
    items = [(text, None, 0) for index, text in enumerate(shown) if index != 4]
    source = "<html><body>\n" + "\n".join(f"<p>{text}</p>" for text in shown) + "\n</body></html>"
    edits = _left_out(shown, items, SourceText(source), [])
    assert [(edit.line, edit.before) for edit in edits] == [(6, "绍兴市第一中学")]
    lines = [
        Line(number, text) for number, (text, _, _) in zip([2, 3, 4, 5, 7], items, strict=True)
    ]
    put, left = _text_put_back(lines, edits)
    assert [line.text for line in put][-2:] == ["绍兴市第一中学", "2019年9月10日"]
    assert left == []


def test_a_first_part_s_number_alone_over_the_text_s_first_paragraph_is_kept() -> None:
    """`<h3>(一)</h3>` under the headline and the writer's name: the text's first part, which
    the library took for the page's (its `（二）` it kept)."""
    page = (
        "<html><body>\n<h1>按工人中的产业或职业界线来组织工会</h1>\n<em>刘少奇</em>\n<h3>(一)</h3>\n"
        "<p>为了提高工人阶级对于我们国家及其在各方面的领导作用，是目前的一项十分重要的工作。</p>\n"
        "<p>但是，应该采用什么方式在全国范围内和全体规模上来组织中国的工人阶级呢？</p>\n"
        "<h3>（二）</h3>\n<p>为了在全国范围内按产业或职业的界线来组织中国的工人阶级，需要做许多工作。</p>\n"
        "</body></html>"
    )
    read_texts = texts(read(page.encode("utf-8")))
    assert read_texts.index("(一)") < read_texts.index("（二）")


def _topic(name: str) -> str:
    """A guide's subhead under its icon, as the guide's pages set it."""
    return (
        '<div class="small-topic">\n<div class="small-topic-law">\n<img src="img/icon.png" />\n'
        f'</div>\n<div class="small-topic-w">\n<h4>{name}</h4>\n</div>\n</div>\n'
    )


def test_a_piece_of_a_page_saved_alone_is_read_whole() -> None:
    """A guide's case saved as a piece of HTML (no page around it): its lists of provisions
    and the headings over them are the text, the last list too (the library, favouring
    precision, had kept five paragraphs of it)."""
    law = [
        "依据就业服务法第57条第1款规定，任何人不得聘雇未经许可、许可失效之外国人。",
        "依据雇主聘雇外国人许可及管理办法第6条第3项规定，雇主聘雇新住民从事工作前，应核对其居留证。",
    ]
    fines = [
        "违反就业服务法第57条第1款规定者，处新台币15万元以上75万元以下罚锾。",
        "就业服务法第73条第1款规定，雇主聘雇之外国人为申请许可以外之雇主工作者，废止其聘雇许可。",
        "就业服务法第74条第1项规定，经依第73条规定废止聘雇许可之外国人，应即令其出国，不得再于境内工作。",
    ]
    notice = (
        "为防止聘雇到的外籍人士是非法的，应于其面试时核对其身份证件正本以确认身份，并确认证件上的照片"
        "是本人，另亦应将其所提供之证件彩色影印留存；若员工表明为新住民身份，也要请其出示依亲资料核对。"
    )
    piece = (
        '<div class="one item content" markdown="1"><h3 id="a2">A2</h3>\n'
        '<p><img src="img/A2.png" alt="" />\n'
        "阿公突然昏倒紧急住院，但大家都要上班，看见医院服务台有新住民看护的名片，请他来照顾应该没问题吧？</p>\n"
        + _topic("法令")
        + "<ol>\n"
        + "".join(f"<li>{text}</li>\n" for text in law)
        + "</ol>\n"
        + _topic("注意事项")
        + f"<p>{notice}</p>\n"
        + _topic("罚则")
        + f"<p>{fines[0]}</p>\n"
        + _topic("法令")
        + "<p>依据就业服务法第57条第1款规定，雇主不得聘雇未经许可、许可失效之外国人。</p>\n"
        + _topic("注意事项")
        + "<p>雇主聘雇员工时，若所聘员工表明其已是合法外籍劳工时，即应不予雇用，以免触法。</p>\n"
        + _topic("罚则")
        + "<ol>\n"
        + "".join(f"<li>{text}</li>\n" for text in fines)
        + "</ol></div>\n"
    )
    read_texts = texts(read(piece.encode("utf-8")))
    assert read_texts[-4:] == ["罚则", *fines]
    assert [read_texts.count(text) for text in law] == [1, 1]


def test_a_quotation_s_paragraphs_stay_apart() -> None:
    """A `<blockquote>` of four `<p>` chat messages: four quoted paragraphs, not one."""
    messages = [
        "Hi，丽华战友。知道你是做管理培训的。",
        "有个事情咨询一下，我是在校学生，19日拿了一个公司的offer，脑袋一热就婉拒了。",
        "现在有点想挽回，请问有什么好的话术吗？或者比较稳妥的办法是什么？",
        "红包不大，如果没空的话，依旧打扰谢谢了。",
    ]
    quoted = "\n".join(f"<p>{text}</p>" for text in messages)
    page = (
        "<html><body><article>\n<h1>我在社群里学到的事</h1>\n"
        "<p>今年找工作，自己拒了几个offer，后来发现有一个想要挽回，于是和她说了我的情况。</p>\n"
        f"<blockquote>\n{quoted}\n</blockquote>\n"
        "<p>这就是社群带给我的直接有效的建议，我的做法最后奏效了，这也给她提供了素材。</p>\n"
        "</article></body></html>"
    )
    raw = read(page.encode("utf-8"))
    assert [line.text for line in raw.lines if line.shape is Shape.QUOTE] == messages
