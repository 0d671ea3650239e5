"""Common words and where a word is cut (link/words.py)."""

from __future__ import annotations

import random

from unionreader.link.words import LONGEST, common_words, cut


def _spanned(text: str, edge: int) -> bool:
    """The definition: some common word of the text has a character on each side of the edge."""
    words = common_words()
    return any(
        text[start : start + length] in words
        for length in range(2, LONGEST + 1)
        for start in range(edge - length + 1, edge)
        if start >= 0 and start + length <= len(text)
    )


def test_an_edge_inside_a_common_word_is_cut_and_one_between_words_is_not() -> None:
    assert cut("专业化工会", 3)  # 专业化|工会: 专业化 is one word … and so is 化工
    assert not cut("贯彻习近平", 2)
    assert cut("我们的工作", 4)  # 工|作


def test_cut_agrees_with_its_definition_at_every_edge_of_real_words() -> None:
    """Texts made of common words (and a few other characters), every edge, both ends."""
    rng = random.Random(5)
    words = sorted(common_words())
    for _ in range(300):
        text = "".join(rng.choice([*rng.sample(words, 4), "的", "，"]) for _ in range(6))
        for edge in range(len(text) + 1):
            assert cut(text, edge) == _spanned(text, edge), (text, edge)
