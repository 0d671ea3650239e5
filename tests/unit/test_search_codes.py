from __future__ import annotations

import pytest

from unionreader.search.codes import build_codes


def test_codes_are_letters_of_one_width_in_code_point_order() -> None:
    codes = build_codes(["工会", "会议"])
    assert codes.chars == "会工议" and codes.width == 1
    assert [codes.code(c) for c in codes.chars] == ["b", "c", "d"]
    assert codes.pad == "a"


def test_width_grows_with_the_alphabet() -> None:
    assert build_codes([chr(0x4E00 + i) for i in range(25)]).width == 1
    assert build_codes([chr(0x4E00 + i) for i in range(26)]).width == 2
    assert build_codes([chr(0x4E00 + i) for i in range(700)]).width == 3


def test_one_bigram_word_per_position_and_the_pad_at_the_end() -> None:
    codes = build_codes(["工会工作"])
    words = codes.words("工会工作")
    assert len(words) == 4 and len({len(w) for w in words}) == 1
    assert words[0] == codes.code("工") + codes.code("会")
    assert words[2] == codes.code("工") + codes.code("作")
    assert words[-1] == codes.code("作") + codes.pad


def test_a_character_outside_the_alphabet_has_no_code() -> None:
    with pytest.raises(KeyError):
        build_codes(["工会"]).code("量")
