from __future__ import annotations

import json

from helpers import normal_text

from unionreader.corpus import link_corpus
from unionreader.model import Document, Facts
from unionreader.search.codes import PAD, code
from unionreader.search.postings import pair_code
from unionreader.search.records import pairs, search_documents, search_entry
from unionreader.search.text import fold
from unionreader.structure import parse_document

TEXT = (
    "同志们：\n今年要抓好三件事：一是抓学习，提高本领；二是抓落实，见到实效；三是抓作风。\n"
    "一、部署工作\n一要抓落实，不折不扣。\n二要强作风。"
)


def _doc() -> Document:
    facts = Facts(title="在全委会上的讲话", date="2023-05-01")
    return parse_document(normal_text(TEXT, facts))


def test_blocks_know_where_their_folded_text_starts_in_the_document() -> None:
    (doc,) = search_documents(link_corpus([_doc()]))
    starts = [b.start for b in doc.blocks]
    lengths = [len(fold(b.text)) for b in doc.blocks]
    assert starts == [sum(lengths[:i]) for i in range(len(lengths))]
    assert doc.characters == sum(lengths)
    assert [b.id for b in doc.blocks] == ["title", "s1-p1", "s1-p2", "s2", "s2-pt1", "s2-pt2"]
    assert doc.sections == ("标题", "开篇", "一、部署工作")
    assert doc.blocks[3].text == "一、部署工作" and doc.blocks[3].section == 2
    assert doc.blocks[4].section == 2 and doc.blocks[4].marker == "一要"


def test_header_lines_come_first_in_page_order() -> None:
    facts = Facts(title="在全委会上的讲话", kicker="【专栏】", author="张三", author_note="主席")
    (doc,) = search_documents(link_corpus([parse_document(normal_text(TEXT, facts))]))
    header = [(b.id, doc.sections[b.section], b.text) for b in doc.blocks[:4]]
    assert header == [
        ("kicker", "引题", doc.blocks[0].text),
        ("title", "标题", "在全委会上的讲话"),
        ("author", "作者", "张三"),
        ("office", "职务", "主席"),
    ]


def test_inline_points_start_where_their_marker_is_in_the_block_text() -> None:
    (doc,) = search_documents(link_corpus([_doc()]))
    block = doc.blocks[2]
    assert [(p.id, p.marker) for p in block.points] == [
        ("s1-p2-i1", "一是"),
        ("s1-p2-i2", "二是"),
        ("s1-p2-i3", "三是"),
    ]
    assert all(block.text[p.start : p.start + 2] == p.marker for p in block.points)


def test_one_pair_per_folded_character_and_none_across_blocks() -> None:
    (doc,) = search_documents(link_corpus([_doc()]))
    keys = pairs(doc)
    assert len(keys) == doc.characters
    first_block_end = doc.blocks[2].start - 1  # 同志们 ends with the pad, not 今
    assert pair_code(int(keys[first_block_end])) == code("们") + PAD


def test_the_entry_and_the_text_shown_with_results() -> None:
    entry = search_entry(_doc())
    assert (entry.slug, entry.title, entry.kind, entry.date) == (
        "t",
        "在全委会上的讲话",
        "讲话",
        "2023-05-01",
    )
    (doc,) = search_documents(link_corpus([_doc()]))
    assert entry.keys.tolist() == pairs(doc).tolist()
    shown = json.loads(entry.text)
    assert shown["slug"] == "t" and shown["title"] == "在全委会上的讲话"
    assert shown["sections"] == ["标题", "开篇", "一、部署工作"]
    assert shown["blocks"][4] == [
        "s2-pt1",
        2,
        "一要",
        "一要抓落实，不折不扣。",
        doc.blocks[4].start,
        [],
    ]
    assert shown["blocks"][2][5][0] == ["s1-p2-i1", "一是", doc.blocks[2].points[0].start]
