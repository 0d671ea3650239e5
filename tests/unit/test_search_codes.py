from __future__ import annotations

from unionreader.search.codes import CLEAN, ENDS, LIMIT, PAD, WIDTH, code, words


def test_a_code_is_the_code_point_in_base_26_letters() -> None:
    assert code("\0") == PAD == "aaaa" and WIDTH == 4
    assert code("b") == "aadu"  # 98 = 3 × 26 + 20
    assert code("工") == "bjon"  # U+5DE5 = 24037 = ((1 × 26 + 9) × 26 + 14) × 26 + 13
    assert sorted(map(code, "工会作a1")) == [code(c) for c in sorted("工会作a1")]
    assert LIMIT == 26**4 > 0x323AF  # every plane that holds letters and digits


def test_one_pair_word_per_position_and_the_pad_at_the_end() -> None:
    found = words("工会工作")
    assert len(found) == 4 and {len(w) for w in found} == {2 * WIDTH, 2 * WIDTH + 1}
    assert found[0] == code("工") + code("会") + CLEAN  # the text runs on after 工会
    assert found[2] == code("工") + code("作") + ENDS  # and not after 工作
    assert found[-1] == code("作") + PAD
