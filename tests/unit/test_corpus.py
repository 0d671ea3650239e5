from __future__ import annotations

from dataclasses import replace

from helpers import normal_text

from unionreader.corpus import count_points, link_corpus
from unionreader.model import Facts
from unionreader.structure import parse_document


def _doc(slug: str, date: str | None, title: str):  # type: ignore[no-untyped-def]
    doc = parse_document(
        normal_text("体现在：一是甲；二是乙。\n一要丙。\n二要丁。", Facts(title=title))
    )
    return replace(doc, slug=slug, meta=replace(doc.meta, date=date))


def test_reading_order_is_by_date_with_undated_last() -> None:
    corpus = link_corpus(
        [_doc("c", None, "丙"), _doc("b", "2023", "乙"), _doc("a", "2019-09-24", "甲")]
    )
    assert [d.slug for d in corpus.documents] == ["a", "b", "c"]
    before, after = corpus.neighbours("b")
    assert before is not None and after is not None
    assert (before.slug, after.slug) == ("a", "c")
    assert corpus.neighbours("a")[0] is None and corpus.neighbours("c")[1] is None


def test_points_count_inline_points_too() -> None:
    assert count_points(_doc("a", None, "甲")) == 4
