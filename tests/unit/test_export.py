from __future__ import annotations

import json
from dataclasses import replace
from io import BytesIO
from pathlib import Path

from helpers import normal_text, shaped_text
from markdown_it import MarkdownIt

from unionreader.export import (
    corpus_entry,
    document_json,
    escape_markdown,
    export_data,
    to_markdown,
    to_plain_text,
    write_corpus,
)
from unionreader.model import Facts
from unionreader.structure import parse_document


def _doc(text: str):  # type: ignore[no-untyped-def]
    return parse_document(normal_text(text, Facts(title="标题*测试")))


def test_redactions_survive_a_markdown_renderer() -> None:
    doc = _doc("一、部署工作\n一要部署*年工作。\n二要建立*.*万会员的“**”组织。")
    html = MarkdownIt().render(to_markdown(doc))
    assert "<em>" not in html and "<strong>" not in html
    assert "部署*年工作" in html and "*.*万" in html and "“**”" in html
    assert "<h2>一、部署工作</h2>" in html


def test_markup_in_the_text_stays_text() -> None:
    doc = _doc("代码<script>alert(1)</script>和<b>标签</b>。")
    html = MarkdownIt().render(to_markdown(doc))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_escape_markdown_escapes_only_ascii_syntax() -> None:
    assert escape_markdown("a*b_c#1. [x](y)") == r"a\*b\_c\#1\. \[x\]\(y\)"
    assert escape_markdown("中文，（全角）＊") == "中文，（全角）＊"


def test_plain_text_keeps_every_block_text() -> None:
    doc = _doc("开场。\n一、部署工作\n一要甲。\n二要乙。")
    text = to_plain_text(doc)
    assert text.startswith("标题*测试\n\n开场。\n\n一、部署工作\n\n一要甲。\n\n二要乙。\n")


def test_plain_text_keeps_the_note_under_the_title_and_the_epigraph() -> None:
    """A law's history under its title is the writer's text (题注), as the page and the
    Markdown show it; the plain text had dropped it, and the epigraph."""
    history = "2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过"
    doc = parse_document(
        normal_text(
            "第一条　为了完善劳动合同制度，制定本法。",
            Facts(title="劳动合同法", note=history, epigraph="“劳动最光荣。”", attribution="谚语"),
        )
    )
    assert to_plain_text(doc).startswith(
        f"“劳动最光荣。”\n——谚语\n\n劳动合同法\n\n题注：{history}\n\n第一条　为了完善"
    )


def test_export_file_names() -> None:
    files = export_data([_doc("正文。")])
    assert [f.path for f in files] == ["data/corpus.json", "data/t.md", "data/t.txt"]
    assert Path(files[0].path).suffix == ".json"


def test_corpus_json_is_one_document_per_line_and_valid_json() -> None:
    docs = [_doc("一、部署工作\n一要甲。"), _doc("开场。")]
    out = BytesIO()
    write_corpus(out, [corpus_entry(doc) for doc in docs])
    text = out.getvalue().decode("utf-8")
    assert json.loads(text) == {"schema": 1, "documents": [document_json(d) for d in docs]}
    assert len(text.splitlines()) == 2 + len(docs)
    empty = BytesIO()
    write_corpus(empty, [])
    assert json.loads(empty.getvalue()) == {"schema": 1, "documents": []}


def test_a_quotation_is_a_quotation_in_the_markdown_download() -> None:

    from unionreader.model import Paragraph, ParagraphRole

    doc = _doc("接到通知后，各地层层转发。\n各地要高度重视。\n学校也高度重视。")
    section = doc.sections[0]
    quoted = replace(section.blocks[1], role=ParagraphRole.QUOTE)
    assert isinstance(quoted, Paragraph)
    doc = replace(
        doc, sections=(replace(section, blocks=(section.blocks[0], quoted, section.blocks[2])),)
    )
    html = MarkdownIt().render(to_markdown(doc))
    assert "<blockquote>\n<p>各地要高度重视。</p>\n</blockquote>" in html
    assert document_json(doc)["sections"][0]["blocks"][1]["role"] == "quote"


def test_an_item_of_a_list_without_numbers_is_an_item_in_the_markdown_download() -> None:
    from unionreader.model import Line, Shape
    from unionreader.structure import parse_document

    lines = (
        Line(1, "我们的活动有：", Shape.PARAGRAPH),
        Line(2, "送温暖", Shape.BULLET),
        Line(3, "在元旦春节期间走访困难职工。", Shape.CONTINUED),
        Line(4, "送清凉", Shape.BULLET),
    )
    doc = parse_document(shaped_text(lines, "工会活动"))
    roles = [block["role"] for block in document_json(doc)["sections"][0]["blocks"]]
    assert roles == ["body", "item", "body", "item"]  # an item's later paragraph is none
    html = MarkdownIt().render(to_markdown(doc))
    assert "<li>送温暖</li>" in html and "<li>送清凉</li>" in html
