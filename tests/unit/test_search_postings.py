from __future__ import annotations

import numpy as np

from unionreader.search.codes import LIMIT, code
from unionreader.search.postings import collect, pair_code, pair_keys


def _key(a: str, b: str) -> int:
    return ord(a) * LIMIT + (ord(b) if b else 0)


def test_a_position_holds_its_pair_and_no_pair_spans_two_blocks() -> None:
    keys = pair_keys(["工会", "", "会议"])
    assert keys.tolist() == [_key("工", "会"), _key("会", ""), _key("会", "议"), _key("议", "")]
    assert pair_code(_key("工", "会")) == code("工") + code("会")


def test_postings_are_sorted_by_word_then_page_then_position() -> None:
    postings = collect([pair_keys(["会议会议"]), pair_keys(["会议"])])
    columns = (postings.keys, postings.pages, postings.positions)
    rows = list(zip(*(column.tolist() for column in columns), strict=True))
    assert rows == sorted(rows)
    assert rows[:3] == [
        (_key("会", "议"), 0, 0),
        (_key("会", "议"), 0, 2),
        (_key("会", "议"), 1, 0),
    ]
    assert postings.size == 6
    assert postings.word_starts().tolist() == [0, 3, 5]  # 会议, 议 + pad, 议会
    assert postings.pages_per_word().tolist() == [2, 2, 1]


def test_no_documents_make_empty_postings() -> None:
    postings = collect([])
    assert postings.size == 0 and postings.keys.dtype == np.uint64
