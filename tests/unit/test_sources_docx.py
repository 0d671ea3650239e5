"""Word seeds: paragraphs, heading styles, Word's own numbering, tables, properties, errors.

The documents are built here with python-docx, numbering added as Word writes it (an abstract
list definition and a list instance in the numbering part; see tests/fixtures/corpus/make_docx.py).
"""

from __future__ import annotations

import quopri
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from unionreader.errors import SeedError
from unionreader.model import Line, RawText, Seed, SeedMeta, Shape
from unionreader.sources import read_source
from unionreader.sources.docx import count_text, read_docx


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in the test's folder, so messages name files as `x.docx`."""
    monkeypatch.chdir(tmp_path)


def define_list(
    document: WordDocument, num_id: int, *levels: tuple[str, str], start: int = 1
) -> None:
    """A list definition with one level per (numFmt, lvlText), and its instance `num_id`."""
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for ilvl, (fmt, text) in enumerate(levels)
    )
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">{lvls}</w:abstractNum>'
        ),
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
        )
    )


def numbered(paragraph: Paragraph, num_id: int, ilvl: int = 0) -> Paragraph:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


def save(document: WordDocument, name: str = "x.docx") -> Path:
    path = Path(name)
    document.save(str(path))
    return path


def read(path: Path) -> RawText:
    return read_docx(Seed(path, "x", SeedMeta(), catalogued=False))


def add_broken(document: WordDocument, first: str, *rest: str) -> None:
    """A paragraph of `first` and each of `rest` after a line break of Word's (Shift+Enter)."""
    paragraph = document.add_paragraph(first)
    for text in rest:
        paragraph.add_run().add_break()
        paragraph.add_run(text)


def read_error(path: Path) -> SeedError:
    with pytest.raises(SeedError) as info:
        read(path)
    return info.value


def shapes(raw: RawText) -> list[tuple[int, str, Shape | None, int]]:
    return [(line.number, line.text, line.shape, line.level) for line in raw.lines]


# ---------------------------------------------------------------- paragraphs and styles


def test_title_heading_styles_and_plain_paragraphs() -> None:
    document = docx.Document()
    document.add_paragraph("在全区工会干部培训班上的讲话", style="Title")
    document.add_paragraph("（2024年3月6日）")
    document.add_paragraph("同志们：")
    document.add_paragraph("提高政治站位", style="Heading 1")
    document.add_paragraph("工会干部首先是党的干部。")
    document.add_paragraph("练就过硬本领", style="Heading 2")
    raw = read(save(document))
    assert raw.encoding == "docx"
    assert shapes(raw) == [
        (1, "在全区工会干部培训班上的讲话", Shape.HEADING, 0),
        (2, "（2024年3月6日）", None, 0),
        (3, "同志们：", None, 0),
        (4, "提高政治站位", Shape.HEADING, 1),
        (5, "工会干部首先是党的干部。", None, 0),
        (6, "练就过硬本领", Shape.HEADING, 2),
    ]
    assert raw.stated == SeedMeta() and raw.edits == ()


def test_a_template_s_own_style_at_an_outline_level_is_a_heading() -> None:
    """A standard's 章标题 and 条标题 (styles Word files at outline levels 0 and 1) are headings
    one level below their outline level; a style at the body's level (9) is text."""
    document = docx.Document()
    for name, level in (("章标题", 0), ("条标题", 1), ("正文段", 9)):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        outline = style.element.get_or_add_pPr()
        outline.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))
    document.add_paragraph("5　评价要求", style="章标题")
    document.add_paragraph("5.1　评价输入", style="条标题")
    document.add_paragraph("评价输入包括核电厂的文件和记录。", style="正文段")
    assert shapes(read(save(document))) == [
        (1, "5　评价要求", Shape.HEADING, 1),
        (2, "5.1　评价输入", Shape.HEADING, 2),
        (3, "评价输入包括核电厂的文件和记录。", None, 0),
    ]


def test_a_title_style_a_chinese_template_names_so_is_the_title() -> None:
    """A template's own title style (大标题) is Word's Title: the title, not the kicker over the
    line under it."""
    document = docx.Document()
    for name in ("大标题", "主题"):
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("项目总结", style="大标题")
    document.add_paragraph("总体完成情况一般但也有问题", style="主题")
    document.add_paragraph("页面和交互完成九成以上。")
    assert shapes(read(save(document)))[:2] == [
        (1, "项目总结", Shape.HEADING, 0),
        (2, "总体完成情况一般但也有问题", None, 0),
    ]


def test_empty_paragraphs_keep_their_numbers_and_tabs_become_spaces() -> None:
    document = docx.Document()
    document.add_paragraph("第一段。")
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.add_paragraph("姓名\t单位")
    assert shapes(read(save(document))) == [
        (1, "第一段。", None, 0),
        (2, "", None, 0),  # the empty paragraphs: one blank line, as a text has it
        (4, "姓名 单位", None, 0),
    ]


def test_paragraphs_an_empty_one_parts_are_never_one() -> None:
    """Notes typed in Word, a heading after empty paragraphs: the paragraph over them ends
    there (`…放款前发票、合格证、保单` had run into `审核逻辑` and the text under it)."""
    from unionreader.documents import load_document

    document = docx.Document()
    document.add_paragraph("抵押：")
    document.add_paragraph("新车：7日内抵押，30天内登记证归档；放款前发票、合格证、保单")
    for _ in range(3):
        document.add_paragraph("")
    document.add_paragraph("审核逻辑")
    document.add_paragraph(
        "结合申请资料、三方风险数据、电话核实等途径审核资料真实性，给出审批结论。"
    )
    doc = load_document(Seed(save(document), "x", SeedMeta(), catalogued=False))
    texts = [block.text for section in doc.sections for block in section.blocks]
    assert "新车：7日内抵押，30天内登记证归档；放款前发票、合格证、保单" in texts


def test_each_table_row_is_a_line_and_a_cell_merged_across_columns_keeps_them_in_line() -> None:
    document = docx.Document()
    document.add_paragraph("附：优秀工会积极分子名单")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("姓名", "单位", "职务"), strict=True):
        cell.text = text
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "市第一医院工会"
    table.cell(1, 2).text = "主席"
    table.cell(2, 0).text = "张海燕"
    table.cell(2, 1).merge(table.cell(2, 2)).text = "区总工会"
    document.add_paragraph("市总工会")
    raw = read(save(document))
    assert shapes(raw) == [
        (1, "附：优秀工会积极分子名单", None, 0),
        (2, "姓名\t单位\t职务", Shape.ROW, 0),  # the cells parted by tabs (`tables`)
        (3, "市第一医院工会\t\t主席", Shape.ROW, 0),  # 主席 under 职务, as Word shows it
        (4, "张海燕\t区总工会", Shape.ROW, 0),  # nothing after a last cell that spans
        (5, "市总工会", None, 0),
    ]


def test_a_table_inside_a_cell_is_rows_after_the_row_that_holds_it() -> None:
    document = docx.Document()
    document.add_paragraph("经研究，决定对以下同志予以表彰。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "获奖名单"
    cell = table.cell(0, 1)
    cell.text = "以下同志表现突出。"
    inner = cell.add_table(rows=2, cols=2)
    for row, texts in zip(inner.rows, (("张三", "第一车间"), ("李四", "第二车间")), strict=True):
        for inner_cell, text in zip(row.cells, texts, strict=True):
            inner_cell.text = text
    document.add_paragraph("希望受表彰的同志再创佳绩。")
    raw = read(save(document))
    assert shapes(raw) == [
        (1, "经研究，决定对以下同志予以表彰。", None, 0),
        (2, "获奖名单\t以下同志表现突出。", Shape.ROW, 0),
        (3, "张三\t第一车间", Shape.ROW, 0),  # the names had been lost
        (4, "李四\t第二车间", Shape.ROW, 0),
        (5, "希望受表彰的同志再创佳绩。", None, 0),
    ]


# ---------------------------------------------------------------- Word's numbering


def test_headings_numbered_by_word_in_chinese() -> None:
    document = docx.Document()
    define_list(document, 90, ("chineseCounting", "%1、"))
    numbered(document.add_paragraph("提高政治站位", style="Heading 1"), 90)
    document.add_paragraph("工会干部首先是党的干部。")
    numbered(document.add_paragraph("练就过硬本领", style="Heading 1"), 90)
    raw = read(save(document))
    assert shapes(raw) == [
        (1, "一、提高政治站位", Shape.HEADING, 1),
        (2, "工会干部首先是党的干部。", None, 0),
        (3, "二、练就过硬本领", Shape.HEADING, 1),
    ]


def test_an_outline_numbering_counts_per_level_and_restarts_below() -> None:
    document = docx.Document()
    define_list(
        document,
        80,
        ("chineseCounting", "%1、"),
        ("chineseCounting", "（%2）"),
        ("decimal", "%3."),
    )
    numbered(document.add_paragraph("总体要求"), 80, 0)
    numbered(document.add_paragraph("加强思想引领"), 80, 1)
    numbered(document.add_paragraph("要学政策，熟悉法规。"), 80, 2)
    numbered(document.add_paragraph("要学方法，掌握本领。"), 80, 2)
    numbered(document.add_paragraph("深化改革创新"), 80, 1)
    numbered(document.add_paragraph("要抓好试点。"), 80, 2)
    numbered(document.add_paragraph("重点任务"), 80, 0)
    numbered(document.add_paragraph("维护职工权益"), 80, 1)
    raw = read(save(document))
    assert shapes(raw) == [
        (1, "一、总体要求", None, 0),  # short: left for the structure rules (a heading)
        (2, "（一）加强思想引领", None, 0),
        (3, "1.要学政策，熟悉法规。", Shape.ITEM, 0),  # a sentence: an item
        (4, "2.要学方法，掌握本领。", Shape.ITEM, 0),
        (5, "（二）深化改革创新", None, 0),
        (6, "1.要抓好试点。", Shape.ITEM, 0),
        (7, "二、重点任务", None, 0),
        (8, "（一）维护职工权益", None, 0),
    ]


def test_two_lists_count_apart_and_a_start_value_is_honoured() -> None:
    document = docx.Document()
    define_list(document, 91, ("decimal", "%1."))
    define_list(document, 92, ("chineseCounting", "第%1，"), start=3)
    numbered(document.add_paragraph("要学政策。"), 91)
    numbered(document.add_paragraph("接着讲第三点，要抓落实。"), 92)
    numbered(document.add_paragraph("要学方法。"), 91)
    numbered(document.add_paragraph("要抓督查。"), 92)
    assert [line.text for line in read(save(document)).lines] == [
        "1.要学政策。",
        "第三，接着讲第三点，要抓落实。",
        "2.要学方法。",
        "第四，要抓督查。",
    ]


def test_a_list_word_restarts_at_one_counts_from_one_again() -> None:
    """Two instances of a list defined as a list style count as one list; the second with
    `w:startOverride` (Word's "restart at 1") counts from 1 again, not on from the first."""
    document = docx.Document()
    define_list(document, 71, ("decimal", "%1."))
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="81">'
            '<w:numStyleLink w:val="EvidenceList"/></w:abstractNum>'
        ),
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="81"><w:abstractNumId w:val="81"/></w:num>')
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="82"><w:abstractNumId w:val="81"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    listed = document.styles.add_style("EvidenceList", WD_STYLE_TYPE.PARAGRAPH)
    listed.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="71"/></w:numPr>')
    )
    for text in ("请求判令被告赔偿损失。", "判令诉讼费用由被告承担。"):
        numbered(document.add_paragraph(text), 81)
    for text in ("房门实景照，来源于原告。", "医药费用单据，来源于医院。"):
        numbered(document.add_paragraph(text), 82)
    assert [line.text[:2] for line in read(save(document)).lines] == ["1.", "2.", "1.", "2."]


def test_bullets_are_bullet_lines_and_list_instance_zero_is_no_list() -> None:
    document = docx.Document()
    define_list(document, 93, ("bullet", "•"))
    numbered(document.add_paragraph("送温暖"), 93)
    numbered(document.add_paragraph("送清凉"), 93)
    numbered(document.add_paragraph("不再编号的段落。"), 0)
    numbered(document.add_paragraph("未定义的编号。"), 97)
    assert shapes(read(save(document))) == [
        (1, "送温暖", Shape.BULLET, 0),
        (2, "送清凉", Shape.BULLET, 0),
        (3, "不再编号的段落。", None, 0),
        (4, "未定义的编号。", None, 0),
    ]


def test_numbering_given_by_the_paragraph_style() -> None:
    document = docx.Document()
    define_list(document, 94, ("chineseCounting", "%1、"))
    style = document.styles.add_style("要点编号", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="94"/></w:numPr>')
    )
    document.add_paragraph("加强政治引领，筑牢思想根基。", style="要点编号")
    document.add_paragraph("深化改革创新，激发组织活力。", style="要点编号")
    assert shapes(read(save(document))) == [
        (1, "一、加强政治引领，筑牢思想根基。", Shape.ITEM, 0),
        (2, "二、深化改革创新，激发组织活力。", Shape.ITEM, 0),
    ]


@pytest.mark.parametrize(
    ("count", "fmt", "text"),
    [
        (1, "chineseCounting", "一"),
        (11, "chineseCounting", "十一"),
        (20, "chineseCountingThousand", "二十"),
        (3, "ideographDigital", "三"),
        (3, "ideographTraditional", "丙"),
        (2, "decimalEnclosedCircle", "②"),
        (12, "decimalFullWidth", "１２"),
        (3, "upperLetter", "C"),
        (2, "lowerLetter", "b"),
        (14, "upperRoman", "XIV"),
        (9, "lowerRoman", "ix"),
        (7, "decimal", "7"),
        (7, "decimalZero", "07"),
        (12, "decimalZero", "12"),
        (1, "decimalEnclosedCircleChinese", "①"),
        (2, "decimalEnclosedParen", "⑵"),
        (3, "decimalEnclosedFullstop", "⒊"),
        (4, "chineseLegalSimplified", "肆"),
        (1, "none", ""),
    ],
)
def test_counts_as_word_writes_them(count: int, fmt: str, text: str) -> None:
    assert count_text(count, fmt) == text


# ---------------------------------------------------------------- document properties


@pytest.mark.parametrize(
    ("title", "author", "expected"),
    [
        ("在全区工会干部培训班上的讲话", "孙立平", SeedMeta("在全区工会干部培训班上的讲话")),
        ("在全区工会  干部培训班上的讲话", "叶 子", SeedMeta("在全区工会 干部培训班上的讲话")),
        ("Document1", "Administrator", SeedMeta()),
        ("", "微软用户", SeedMeta()),
        ("工会工作", "某某市总工会办公室", SeedMeta("工会工作")),
        ("（填写标准名称）", "", SeedMeta()),  # a template's placeholder
        ("标准名称", "", SeedMeta()),
        ("请输入标题", "", SeedMeta()),
    ],
)
def test_properties_fill_in_the_title_and_never_the_author(
    title: str, author: str, expected: SeedMeta
) -> None:
    document = docx.Document()
    document.add_paragraph("正文。")
    document.core_properties.title = title
    document.core_properties.author = author
    raw = read(save(document))  # the file's maker is not the text's author
    assert raw.fallback == expected and raw.stated == SeedMeta()


def test_the_reader_is_chosen_by_suffix_whatever_its_case() -> None:
    document = docx.Document()
    document.add_paragraph("正文。")
    path = save(document, "x.DOCX")
    raw = read_source(Seed(path, "x", SeedMeta(), catalogued=False))
    assert raw.lines == (Line(1, "正文。"),)


# ---------------------------------------------------------------- bad input


def test_a_file_that_is_not_a_zip_names_the_file() -> None:
    Path("x.docx").write_text("这不是Word文档", encoding="utf-8")
    error = read_error(Path("x.docx"))
    assert str(error).startswith("x.docx: is not a Word document (.docx): ")
    assert (error.path, error.line) == (Path("x.docx"), None)


def test_a_zip_without_a_document_names_the_file() -> None:
    with zipfile.ZipFile("x.docx", "w") as archive:
        archive.writestr("readme.txt", "工会")
    error = read_error(Path("x.docx"))
    assert str(error).startswith("x.docx: is not a Word document (.docx): ")
    assert "[Content_Types].xml" in str(error)


def test_a_word_package_without_its_main_part_names_the_file() -> None:
    document = docx.Document()
    document.add_paragraph("正文。")
    with (
        zipfile.ZipFile(save(document, "full.docx")) as full,
        zipfile.ZipFile("x.docx", "w") as cut,
    ):
        for name in full.namelist():
            if name != "word/document.xml":
                cut.writestr(name, full.read(name))
    error = read_error(Path("x.docx"))
    assert str(error).startswith("x.docx: is not a Word document (.docx): ")
    assert "word/document.xml" in str(error)


def test_a_package_naming_a_picture_it_does_not_hold_is_read_without_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """WPS leaves a picture taken out as a relationship to `../NULL`, which the body still
    embeds: the text is read, with a warning naming the file."""
    document = docx.Document()
    document.add_paragraph("一、考试性质")
    document.add_paragraph("本考试是公务员录用考试。")
    rels = "word/_rels/document.xml.rels"
    missing = (
        '<Relationship Id="rId99" Target="../NULL" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/image"/></Relationships>'
    )
    with (
        zipfile.ZipFile(save(document, "full.docx")) as full,
        zipfile.ZipFile("x.docx", "w") as made,
    ):
        for name in full.namelist():
            data = full.read(name)
            if name == rels:
                data = data.replace(b"</Relationships>", missing.encode())
            made.writestr(name, data)
    with pytest.raises(KeyError):
        docx.Document("x.docx")  # python-docx alone refuses it
    raw = read(Path("x.docx"))
    assert [line.text for line in raw.lines] == ["一、考试性质", "本考试是公务员录用考试。"]
    assert "x.docx: names parts it does not hold (../NULL); read without them" in caplog.text


def test_a_damaged_main_part_names_the_file() -> None:
    document = docx.Document()
    document.add_paragraph("正文。")
    with (
        zipfile.ZipFile(save(document, "full.docx")) as full,
        zipfile.ZipFile("x.docx", "w") as cut,
    ):
        for name in full.namelist():
            data = full.read(name)
            cut.writestr(name, data[: len(data) // 2] if name == "word/document.xml" else data)
    assert str(read_error(Path("x.docx"))).startswith("x.docx: is a damaged Word document: ")


def test_a_document_with_no_text_names_the_file() -> None:
    document = docx.Document()
    document.add_paragraph("")
    document.add_paragraph("　 ")
    document.add_table(rows=1, cols=2)
    assert str(read_error(save(document))) == "x.docx: has no text"


def test_a_table_of_contents_word_made_goes() -> None:
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    for name in ("toc 1", "toc 2"):
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("目录", style="toc 1")
    document.add_paragraph("一、\t活动背景\t1", style="toc 1")
    document.add_paragraph("1.出行规划\t1", style="toc 2")
    document.add_paragraph("活动背景", style="Heading 1")
    document.add_paragraph("为深入学习贯彻党的二十大精神，特开展本次活动。")
    raw = read(save(document))
    assert [line.text for line in raw.lines] == [
        "活动背景",
        "为深入学习贯彻党的二十大精神，特开展本次活动。",
    ]
    assert [(e.rule, e.line) for e in raw.edits] == [("docx.contents", n) for n in (1, 2, 3)]


NUMERALS = "一二三四五六七八九十"
ARTICLES = [
    f"第{numeral}条　用人单位应当依法建立和完善劳动规章制度，保障劳动者享有劳动权利、履行劳动义务。"
    for numeral in NUMERALS
]
LAW_PAGE = (
    '<html><head><meta charset="utf-8" /></head><body><h1>中华人民共和国劳动法</h1>\n'
    "<h2>第一章　总则</h2>\n" + "".join(f"<p>{article}</p>\n" for article in ARTICLES)
) + "</body></html>"


def mht(page: str) -> bytes:
    """A web archive (MHT) of `page`, as Word's HTML chunks are stored."""
    body = quopri.encodestring(page.encode()).decode()
    return (
        'MIME-Version: 1.0\nContent-Type: multipart/related; type="text/html";'
        ' boundary="----=part"\n\n------=part\nContent-Type: text/html; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{body}\n------=part--\n"
    ).encode()


def test_a_body_held_as_an_html_part_is_read_as_a_page() -> None:
    """A law downloaded from the national database as .docx: its body is one `w:altChunk`
    naming an MHT part, which Word shows; the page in it is read."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    body = document.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)
    blob = mht(LAW_PAGE)
    part = Part(PackURI("/word/afchunk.mht"), "message/rfc822", blob, document.part.package)
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
    rid = document.part.relate_to(part, rel)
    body.insert(0, parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>'))
    raw = read(save(document))
    read_texts = ["".join(line.text.split()) for line in raw.lines]
    assert read_texts[0] == "中华人民共和国劳动法"
    assert read_texts[-len(ARTICLES) :] == ["".join(article.split()) for article in ARTICLES]


# ---------------------------------------------------------------- text Word wraps in elements


def _append_xml(paragraph: Paragraph, xml: str) -> None:
    paragraph._p.append(parse_xml(f"<w:wrap {nsdecls('w')}>{xml}</w:wrap>")[0])


def test_text_in_insertions_smart_tags_controls_and_fields_is_read_and_deletions_not() -> None:
    """python-docx reads only a paragraph's own runs: a tracked insertion, a Chinese Word's date
    smart tag, a content control and a simple field each hide theirs (a date, a signature)."""
    document = docx.Document()
    kept = document.add_paragraph("各部门应当保持正文稳定，")
    _append_xml(kept, "<w:ins w:id='1' w:author='a'><w:r><w:t>严禁擅自改动，</w:t></w:r></w:ins>")
    _append_xml(
        kept, "<w:del w:id='2' w:author='a'><w:r><w:delText>删去的字</w:delText></w:r></w:del>"
    )
    kept.add_run("只调整版式。")
    signed = document.add_paragraph()
    _append_xml(signed, "<w:sdt><w:sdtContent><w:r><w:t>办公室</w:t></w:r></w:sdtContent></w:sdt>")
    dated = document.add_paragraph()
    _append_xml(
        dated,
        "<w:smartTag w:uri='urn:schemas-microsoft-com:office:smarttags' w:element='chsdate'>"
        "<w:r><w:t>2026年5月30日</w:t></w:r></w:smartTag>",
    )
    field = document.add_paragraph("页码：")
    _append_xml(field, "<w:fldSimple w:instr=' PAGE '><w:r><w:t>3</w:t></w:r></w:fldSimple>")
    assert [line.text for line in read(save(document)).lines] == [
        "各部门应当保持正文稳定，严禁擅自改动，只调整版式。",
        "办公室",
        "2026年5月30日",
        "页码：3",
    ]


def test_a_character_under_a_phonetic_guide_is_read_without_its_reading() -> None:
    """Word's 拼音指南 sets a character in a ruby inside its run: the character is the text's
    (python-docx's run text leaves it out), its reading is no part of it."""
    document = docx.Document()
    guided = document.add_paragraph("我们要做到忠")
    _append_xml(
        guided,
        "<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val='distributeSpace'/></w:rubyPr>"
        "<w:rt><w:r><w:t>shù</w:t></w:r></w:rt>"
        "<w:rubyBase><w:r><w:t>恕</w:t></w:r></w:rubyBase></w:ruby></w:r>",
    )
    guided.add_run("任事，团结职工。")
    assert [line.text for line in read(save(document)).lines] == ["我们要做到忠恕任事，团结职工。"]


def test_a_line_break_above_the_running_text_parts_lines_and_below_it_stays() -> None:
    """`附件1`, a break, the title, in one paragraph: two lines (one number), as two paragraphs
    would be; in the running text a break stays inside its paragraph."""
    document = docx.Document()
    add_broken(document, "附件1  ", "2022年学术论坛报名表")
    add_broken(document, "为加强交流，现举办论坛。", "请于5月1日前报名。")
    lines = read(save(document)).lines
    assert [(line.number, line.text) for line in lines] == [
        (1, "附件1"),
        (1, "2022年学术论坛报名表"),
        (2, "为加强交流，现举办论坛。\n请于5月1日前报名。"),
    ]


def test_a_line_break_in_the_running_text_before_a_numbered_item_parts_lines() -> None:
    """A part's heading and its rules in one paragraph, Word's line breaks between them (a
    company's rules): each item a line of its own (they had run together under the part
    before); a break before no number stays."""
    document = docx.Document()
    document.add_paragraph("为加强员工管理，提高工作效率，特制定本制度。")
    add_broken(document, "3.劳务篇", "1） 离职：提前打离职报告。", "2） 劝退：一个月内结清工资。")
    add_broken(document, "本制度自发布之日起执行。", "解释权归公司所有。")
    lines = read(save(document)).lines
    assert [(line.number, line.text) for line in lines] == [
        (1, "为加强员工管理，提高工作效率，特制定本制度。"),
        (2, "3.劳务篇"),
        (2, "1） 离职：提前打离职报告。"),
        (2, "2） 劝退：一个月内结清工资。"),
        (3, "本制度自发布之日起执行。\n解释权归公司所有。"),
    ]


def test_a_headline_broken_by_a_line_break_is_one_line() -> None:
    """One headline the writer broke in two with a line break, above the running text: one
    line (a space where Latin letters meet the break), not a title and a first paragraph."""
    document = docx.Document()
    add_broken(
        document, "全新合規虛擬資產交易平台HashKey PRO", "將在第二季度正式上線，支援法幣交易對"
    )
    document.add_paragraph("數碼港今日宣布推出新計劃。")
    assert [line.text for line in read(save(document)).lines] == [
        "全新合規虛擬資產交易平台HashKey PRO 將在第二季度正式上線，支援法幣交易對",
        "數碼港今日宣布推出新計劃。",
    ]
    named = docx.Document()
    add_broken(named, "在全市工会工作会议上的讲话", "张三")  # the speaker under the title
    named.add_paragraph("同志们，今天召开会议。")
    assert [line.text for line in read(save(named)).lines][:2] == [
        "在全市工会工作会议上的讲话",
        "张三",
    ]


def test_paragraphs_in_a_content_control_and_a_text_box_are_read_once() -> None:
    """A template's title in a block content control, and a text box (as Word saves one: its
    DrawingML and, for other programs, the same box again in VML) after its anchor."""
    document = docx.Document()
    body = document.element.body
    control = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>关于开展检查工作的通知"
        "</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    body.insert(0, control)
    anchor = document.add_paragraph("下方是一个文本框。")
    box = "<w:txbxContent><w:p><w:r><w:t>文本框内文字</w:t></w:r></w:p></w:txbxContent>"
    anchor._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')} "
            "xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'>"
            f"<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>{box}</w:drawing>"
            f"</mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    )
    document.add_paragraph("文本框之后的正文。")
    assert [line.text for line in read(save(document)).lines] == [
        "关于开展检查工作的通知",
        "下方是一个文本框。",
        "文本框内文字",
        "文本框之后的正文。",
    ]


def test_a_list_defined_as_a_list_style_and_a_style_based_on_a_numbered_one_count() -> None:
    """Word stores a list made a list style as a definition that only names the style
    (`w:numStyleLink`), the style naming the list that holds the levels; a template's heading
    style based on a numbered one (公文一级标题 on Heading 1) is numbered as that one is, the
    level the one whose `w:pStyle` names it."""
    document = docx.Document()
    define_list(document, 70, ("chineseCounting", "%1、"), ("chineseCounting", "（%2）"))
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80">'
            '<w:numStyleLink w:val="GongwenList"/></w:abstractNum>'
        ),
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="80"><w:abstractNumId w:val="80"/></w:num>')
    )
    listed = document.styles.add_style("GongwenList", WD_STYLE_TYPE.PARAGRAPH)
    listed.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="70"/></w:numPr>')
    )
    numbered(document.add_paragraph("总体要求"), 80, 0)
    numbered(document.add_paragraph("加强审核"), 80, 1)
    heading = document.styles.add_style("公文一级标题", WD_STYLE_TYPE.PARAGRAPH)
    heading.base_style = document.styles["Heading 1"]
    document.styles["Heading 1"].element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="70"/></w:numPr>')
    )
    (seven,) = [
        a for a in numbering.iter(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == "7"
    ]
    lvl = seven.find(qn("w:lvl"))
    assert lvl is not None
    lvl.append(parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{heading.style_id}"/>'))
    document.add_paragraph("保障措施", style="公文一级标题")
    texts = [line.text for line in read(save(document)).lines]
    assert texts == ["一、总体要求", "（一）加强审核", "二、保障措施"]


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _with_footnotes(path: Path, notes: dict[int, str]) -> None:
    """Add a footnotes part holding `notes` (id → text) to the saved document at `path`."""
    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
        for n, text in notes.items()
    )
    separator = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    )
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["word/footnotes.xml"] = (
        f'<w:footnotes xmlns:w="{_W}">{separator}{body}</w:footnotes>'.encode()
    )
    rels = parts["word/_rels/document.xml.rels"].decode()
    rel = f'<Relationship Id="rIdNotes" Type="{_FOOTNOTES}" Target="footnotes.xml"/>'
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", rel + "</Relationships>"
    ).encode()
    types = parts["[Content_Types].xml"].decode()
    override = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    )
    parts["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode()
    with zipfile.ZipFile(path, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)


def test_footnotes_are_marked_in_the_sentence_and_kept_at_the_end() -> None:
    """A speech's sources cited in Word's footnotes: each mark is `[1]` in its sentence and the
    note a paragraph at the end, as a Markdown file's footnotes are (they had been lost)."""
    document = docx.Document()
    cited = document.add_paragraph("职工总数达到4.02亿人。")
    cited._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))
    document.add_paragraph("要持续深化产业工人队伍建设改革。")
    path = save(document)
    _with_footnotes(path, {1: "数据来源：全国总工会第十次职工队伍状况调查。"})
    assert [(line.text, line.shape) for line in read(path).lines] == [
        ("职工总数达到4.02亿人。[1]", None),
        ("要持续深化产业工人队伍建设改革。", None),
        ("[1]数据来源：全国总工会第十次职工队伍状况调查。", Shape.PARAGRAPH),
    ]


def test_a_box_set_in_a_symbol_font_is_a_box() -> None:
    """A form's boxes to tick, Wingdings codes Word keeps apart from the text: □ after each
    choice (they had gone, and `有源□ 无源□` read `有源无源`)."""
    document = docx.Document()
    paragraph = document.add_paragraph("有源")
    box = f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings 2" w:char="F0A3"/></w:r>'
    paragraph._p.append(parse_xml(box))
    paragraph.add_run(" 无源")
    paragraph._p.append(parse_xml(box.replace("F0A3", "00A3")))
    ticked = f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>'
    document.add_paragraph("已阅").runs[0]._r.addnext(parse_xml(ticked))
    assert [line.text for line in read(save(document)).lines] == ["有源□ 无源□", "已阅☑"]
