from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from helpers import numbered, texts

from unionreader.documents import load_document
from unionreader.errors import SeedError
from unionreader.model import Line, Pass, RawText, Seed, SeedMeta, Shape
from unionreader.normalise.chain import normalise
from unionreader.normalise.characters import (
    SYMBOL_FONT,
    blank_lost_lines,
    decode_entities,
    drop_decorations,
    drop_markup,
    drop_watermarks,
    normalise_characters,
    stand_ins,
)


def lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(number, text) for number, text in enumerate(texts, 1))


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("人\u200b民代表大会", "人民代表大会"),  # zero-width space
        ("职工\u2060之家\ufeff", "职工之家"),  # word joiner, a BOM inside the text
        ("工\u00ad会\u200c工作", "工会工作"),  # soft hyphen, zero-width non-joiner
        ("纲要（2014\u00ad2020 年）", "纲要（2014-2020 年）"),  # pdftotext's printed hyphen
        ("\u2f2f\u4f1a\u2f2f\u4f5c", "工会工作"),  # Kangxi radical 工 (from a PDF)
        ("\uf92f工及福利局", "勞工及福利局"),  # compatibility ideograph of 勞
        ("\u2ef3", "龟"),  # a radical of the supplement that stands for a character
        ("葛\U000e0100城", "葛城"),  # a variation selector after a Chinese character
        ("全家👨\u200d👩\u200d👧合影", "全家👨\u200d👩\u200d👧合影"),  # joiners of emoji stay
        ("好\u200d人", "好人"),  # a joiner elsewhere goes
        ("\f同，劳动者要求继续履行", "同，劳动者要求继续履行"),  # pdftotext's page break
        ("❤\ufe0f加油", "❤\ufe0f加油"),  # an emoji's selector stays
        (
            "「要放個『熱假』啊﹖」麥父笑說﹕「很難了﹗」",
            "「要放個『熱假』啊？」麥父笑說：「很難了！」",
        ),
        ("【撰文︰梁寶龍】﹙工黨﹚﹔完", "【撰文：梁寶龍】（工黨）；完"),  # ︰ serves as a colon
        ("︻通知︼︵一︶", "【通知】（一）"),  # vertical forms
        ("他要麼說“不是”\uf8e7\uf8e7就如", "他要麼說“不是”——就如"),  # a symbol font's dash
        ("蓋上1個“\uf0fc”號", "蓋上1個“✓”號"),  # and check mark, kept by a PDF
        ("\u2003\u2003（一）聚力扩内需", "\u3000\u3000（一）聚力扩内需"),  # Word's em spaces
        ("2025\u2009年 A\u202fB", "2025 年 A B"),  # a thin and a narrow space
        ("厕所门卫周明贵\ue004\ue004\ue004\ue004", "厕所门卫周明贵"),  # a converter's filler
        ("眼熟久矣。\ue004\u3000", "眼熟久矣。\u3000"),  # at a line's end
        ("张\ue123三说", "张\ue123三说"),  # one inside a line stays (a lost rare character)
        (
            "没有要改的：ＡＢＣ，１２３",
            "没有要改的：ＡＢＣ，１２３",
        ),  # full width is another rule's
    ],
)
def test_invisible_characters_go_and_stand_ins_become_what_they_mean(text: str, meant: str) -> None:
    result = normalise_characters(lines(text))
    assert result.lines[0].text == meant
    assert bool(result.edits) == (text != meant)
    assert all(edit.rule == "characters" and edit.line == 1 for edit in result.edits)


def test_every_stand_in_maps_to_one_unified_ideograph_or_full_width_punctuation() -> None:
    table = stand_ins()
    assert len(table) > 1000
    forms = {char: meant for char, meant in table.items() if 0xFE10 <= ord(char) <= 0xFE6F}
    assert len(forms) > 60
    for char, meant in table.items():
        if char in SYMBOL_FONT:
            assert meant in "—✓"
        elif unicodedata.category(char) == "Zs":
            assert meant in " \u3000", char
        elif char in forms:
            assert not unicodedata.name(meant).startswith("CJK UNIFIED"), char
            assert meant >= "\u2000" and meant not in forms, char  # never ASCII, never a form
        else:
            assert unicodedata.name(meant).startswith("CJK UNIFIED IDEOGRAPH"), char
    assert table["\u2f00"] == "一" and table["\uf900"] == "豈"
    assert table["\ufe57"] == "！" and table["\ufe30"] == "："


def test_text_without_them_is_the_same_object() -> None:
    given = lines("工会工作", "Latin text")
    assert normalise_characters(given).lines is given


def test_a_text_copied_from_a_pdf_normalises_as_if_typed(tmp_path: Path) -> None:
    """A title with a zero-width space and Traditional text in compatibility ideographs: the
    title is found, and the text is converted to Simplified whole."""
    typed = ("关于加强工会工作的讲话", "同志们：", "勞工及福利局局長今天說，要保障勞工權益。")
    copied = (
        "关于\u200b加强工会工作的讲话",
        "同志们：",
        "\uf92f工及福利局局長今天\uf96f，要保障\uf92f工權\ufa17。",
    )
    seed = Seed(tmp_path / "x.txt", "x", SeedMeta(), False)
    texts = [
        [line.text for line in normalise(RawText(seed, "utf-8", lines(*version))).lines]
        for version in (typed, copied)
    ]
    assert texts[0] == texts[1]


def test_a_word_export_indented_with_em_spaces_reads_as_one_indented_with_ideographic_ones(
    tmp_path: Path,
) -> None:
    """Run-in headings are cut where their sentence ends (not a character early), and the
    headings and the text keep no indent."""
    body = (
        "报告正文\n{i}今年要重点做好以下工作。\n"
        "{i}（一）聚力扩内需，保持经济稳定增长。强化经济运行调度，注重政策协同。\n"
        "{i}（二）聚力建设现代化产业体系。推动传统产业升级，培育新兴产业。\n"
    )
    found = []
    for indent in ("\u3000\u3000", "\u2003\u2003"):
        path = tmp_path / f"{len(found)}.txt"
        path.write_text(body.format(i=indent), encoding="utf-8")
        doc = load_document(Seed(path, "x", SeedMeta(), catalogued=False))
        body_texts = [str(b.text) for s in doc.sections for b in s.blocks if hasattr(b, "text")]
        found.append(([s.heading for s in doc.sections], body_texts))
    assert found[0] == found[1]
    assert found[1][0][-2:] == [
        "（一）聚力扩内需，保持经济稳定增长",
        "（二）聚力建设现代化产业体系",
    ]


@pytest.mark.parametrize(
    ("texts", "reason"),
    [
        (("\u200b\u200b", "\u200b"), "invisible characters"),
        (("当前位置：首页 > 新闻", "版权所有 某某网"), "page furniture"),
        (("当前位置：首页 > 新闻", "工会新闻"), "page furniture or a title and metadata"),
    ],
)
def test_a_text_with_nothing_left_is_an_error_naming_the_file(
    tmp_path: Path, texts: tuple[str, ...], reason: str
) -> None:
    """Not an empty, untitled document on the site."""
    seed = Seed(tmp_path / "x.txt", "x", SeedMeta(), False)
    with pytest.raises(SeedError, match=f"x.txt: has no text left: its lines were {reason}$"):
        normalise(RawText(seed, "utf-8", lines(*texts)))


def test_an_emoji_before_a_numbered_heading_goes_and_one_before_text_stays() -> None:
    lines = (Line(1, "🎉 一、劳模风采展示"), Line(2, "👍点赞这位劳模"), Line(3, "★1.职工运动会"))
    result = drop_decorations(lines)
    assert [line.text for line in result.lines] == [
        "一、劳模风采展示",
        "👍点赞这位劳模",
        "1.职工运动会",
    ]
    assert [(e.rule, e.line) for e in result.edits] == [
        ("characters.decoration", 1),
        ("characters.decoration", 3),
    ]


def test_a_symbol_font_s_bullet_copied_from_word_goes() -> None:
    lines = numbered("\uf09f\u00a0now新闻台记者黄嘉瑜\n\uf0b7 第二项\n正文里的\uf09f不动")
    result = drop_decorations(lines)
    assert texts(result.lines) == ["now新闻台记者黄嘉瑜", "第二项", "正文里的\uf09f不动"]
    assert [edit.line for edit in result.edits] == [1, 2]


def test_a_wingdings_bullet_read_as_a_letter_alone_on_its_line_goes() -> None:
    lines = numbered("l\n「月亮獎」貳名\nl\nhello\nI")
    result = drop_decorations(lines)
    assert texts(result.lines) == ["「月亮獎」貳名", "hello", "I"]
    assert [edit.line for edit in result.edits] == [1, 3]


def test_html_character_references_become_the_characters_they_stand_for() -> None:
    source = "要&ldquo;坚决贯彻&rdquo;。&nbsp;会议&#8220;强调&#x201D;：A&amp;B、AT&T、&foo;、&#0;完"
    result = decode_entities(numbered(source))
    assert texts(result.lines) == ["要“坚决贯彻”。\u00a0会议“强调”：A&B、AT&T、&foo;、完"]
    assert {edit.rule for edit in result.edits} == {"characters.entity"}
    assert decode_entities(numbered("没有实体。")).edits == ()


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("是一张全国性综合性中央级大报。 L3.5Iu8!6Ip8.2l", "是一张全国性综合性中央级大报。"),
        ("所担负的任务是： O,~5MA2-80I2!5j", "所担负的任务是："),
        ("（1）宣传政策。 k8!2eF6?8Fv1;9L 为职工服务。", "（1）宣传政策。 为职工服务。"),
    ],
)
def test_a_site_s_anti_copying_strings_go(line: str, kept: str) -> None:
    result = drop_watermarks((Line(1, line),))
    assert result.lines[0].text == kept
    assert [edit.rule for edit in result.edits] == ["characters.watermark"]


@pytest.mark.parametrize(
    "line",
    [
        "详见 https://www.acftu.org/a?x=1&y=2 的通知。",  # an address
        "来信请寄 union.news-2024@example.org 编辑部。",
        "型号 CR400AF-Z 的列车投入运营。",  # a model: no small letters, one mark
        "会议通过了 Rev.2.0-final 版本的章程。",  # a word
        "密码 Password1!x,y 不变",  # a word of four letters or more
        "L3.5Iu8!6Ip8.2l",  # no Chinese on the line
    ],
)
def test_ascii_that_is_no_anti_copying_string_stays(line: str) -> None:
    assert drop_watermarks((Line(1, line),)).edits == ()


def test_a_stroke_written_for_the_character_it_looks_like_becomes_it() -> None:
    result = normalise_characters(numbered("每月發放㇐定數量，㇐次給付。"))
    assert texts(result.lines) == ["每月發放一定數量，一次給付。"]
    assert len(result.edits) == 2  # one for each


def test_html_tags_in_a_plain_text_go_and_the_lines_they_leave_empty() -> None:
    """A text copied from a page's source: its tags go (each an edit), tag-only lines whole;
    what only looks like a tag (`<工会法>`, `<A股>`) and a format's own lines stay."""
    lines = numbered(
        '<table cellspacing="20" align="center">\n    <tbody>\n'
        '<td><img alt="" src="http://pic.x.org/1.jpg" /></td>\n'
        '据新华社<a href="http://x.org/a.htm">报道</a>，会议召开。\n'
        "学习<工会法>和<A股>知识。"
    )
    result = drop_markup(lines)
    assert texts(result.lines) == ["据新华社报道，会议召开。", "学习<工会法>和<A股>知识。"]
    assert {edit.rule for edit in result.edits} == {"characters.markup"}
    shaped = (Line(1, "<b>标题</b>", Shape.PARAGRAPH),)
    assert drop_markup(shaped).lines == shaped
    about = numbered("网页复制来的文字会带有<b>加粗</b>这样的标签。")
    assert drop_markup(about) == Pass(about)  # no line of tags alone: written about


def test_a_line_of_only_a_question_mark_is_a_blank_line_an_encoding_left() -> None:
    """A GBK copy of a report with `?` under every line (a no-break space it could not hold):
    blank lines, each an edit, so the header reads as the writer set it; a question the text
    asks stays."""
    lines = numbered("决胜全面建成小康社会\n?\n（2017年10月18日）\n ? \n为什么？\n同志们：")
    result = blank_lost_lines(lines)
    assert texts(result.lines) == [
        "决胜全面建成小康社会",
        "",
        "（2017年10月18日）",
        "",
        "为什么？",
        "同志们：",
    ]
    assert [edit.rule for edit in result.edits] == ["characters.lost"] * 2
    english = numbered("Why?\n?\nBecause.")
    assert blank_lost_lines(english) == Pass(english)  # no Chinese: a text of its own
    lost = "\ufffd" * 4
    emoji = numbered(f"开港运营暨首航。\n{lost}\n\ufffd\ufffd据介绍，航站楼已完工。")
    assert texts(blank_lost_lines(emoji).lines) == [
        "开港运营暨首航。",
        "",
        "\ufffd\ufffd据介绍，航站楼已完工。",  # inside a line: the writer's, as the page has it
    ]
