from __future__ import annotations

import numpy as np
import pytest

from unionreader.search import codes, postings
from unionreader.search.codes import BROKEN, CLEAN, ENDS, LIMIT, code
from unionreader.search.postings import VALUES, collect, pair_code, pair_keys
from unionreader.search.text import BREAK, marked


def _key(a: str, b: str, runs_on: bool = False) -> int:
    """The key of a pair with no break inside; `runs_on`: the text goes on after it unbroken."""
    return 2 * ord(a) * VALUES + (2 * ord(b) + runs_on if b else 0)


def test_a_position_holds_its_pair_and_no_pair_spans_two_blocks() -> None:
    keys = pair_keys(["工会", "", "会议"])
    assert keys.tolist() == [_key("工", "会"), _key("会", ""), _key("会", "议"), _key("议", "")]
    assert pair_code(_key("工", "会")) == code("工") + code("会") + ENDS


def test_postings_are_sorted_by_word_then_page_then_position() -> None:
    postings = collect([pair_keys(["会议会议"]), pair_keys(["会议"])])
    columns = (postings.keys, postings.pages, postings.positions)
    rows = list(zip(*(column.tolist() for column in columns), strict=True))
    assert rows == sorted(rows)
    assert rows[:3] == [
        (_key("会", "议"), 0, 2),  # at the end of its block
        (_key("会", "议"), 1, 0),
        (_key("会", "议", runs_on=True), 0, 0),  # 会议 in 会议会议: the text runs on
    ]
    assert postings.size == 6
    assert postings.word_starts().tolist() == [0, 2, 3, 5]  # 会议, 会议 +, 议 + pad, 议会 +
    assert postings.pages_per_word().tolist() == [2, 1, 2, 1]


def test_no_documents_make_empty_postings() -> None:
    postings = collect([])
    assert postings.size == 0 and postings.keys.dtype == np.uint64


def test_a_word_says_whether_a_break_stands_inside_it_and_whether_the_text_runs_on() -> None:
    keys = pair_keys([marked("工会＋法院"), marked("工会法")])
    words = [pair_code(int(key)) for key in keys]
    assert words == codes.words(marked("工会＋法院")) + codes.words("工会法")
    c = {char: code(char) for char in "工会法院"}
    assert words[:3] == [  # 工会 (a break follows), 会＋法 (a break inside, 院 runs on), 法院
        c["工"] + c["会"] + ENDS,
        c["会"] + BROKEN + c["法"] + CLEAN,
        c["法"] + c["院"] + ENDS,
    ]
    assert words[4:6] == [c["工"] + c["会"] + CLEAN, c["会"] + c["法"] + ENDS]  # in 工会法
    assert len(keys) == 4 + 3  # positions are folded characters: the break adds none
    assert sorted(words) == [pair_code(int(key)) for key in sorted(keys.tolist())]
    assert words[0] < words[4] and words[0][:-1] == words[4][:-1]  # 工会: ends, runs on
    assert LIMIT * 2 == VALUES


def test_past_two_to_the_24_positions_a_stable_sort_orders_them() -> None:
    small = collect([pair_keys(["会议会议"]), pair_keys(["会议"])])
    documents = [pair_keys(["会议会议"]), pair_keys(["会议"])]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(postings, "KEY_BITS", 64)  # no room for the numbers beside the keys
        large = collect(documents)
    for ours, theirs in zip(
        (small.keys, small.pages, small.positions),
        (large.keys, large.pages, large.positions),
        strict=True,
    ):
        assert ours.tolist() == theirs.tolist()


def test_the_keys_of_texts_laid_end_to_end_are_each_texts_keys() -> None:
    """What finding many documents' keys in one call rests on, with breaks at the edges."""
    rng = np.random.default_rng(11)
    alphabet = [*"工会职工两个维护", BREAK, " "]
    documents = [
        ["".join(rng.choice(alphabet, size=int(rng.integers(0, 12)))) for _ in range(3)]
        for _ in range(40)
    ]
    documents[0][0] = BREAK + documents[0][0]
    documents[1][-1] += BREAK
    each = [pair_keys(blocks) for blocks in documents]
    together = pair_keys([block for blocks in documents for block in blocks])
    ends = np.cumsum([len(keys) for keys in each])
    assert all((a == b).all() for a, b in zip(np.split(together, ends[:-1]), each, strict=True))
    assert len(together) == ends[-1]
