from __future__ import annotations

from unionreader.search.text import (
    BREAK,
    find_all,
    fold,
    fold_char,
    fold_query,
    fold_with_origins,
)


def test_spaces_quotes_brackets_and_the_enumeration_comma_vanish() -> None:
    assert fold("劳模精神、劳动精神、工匠精神") == "劳模精神劳动精神工匠精神"
    assert fold(" “五个 坚决”（全文）") == "五个坚决全文"
    assert fold_char("\u3000") == "" and fold_char("·") == "" and fold_char("\ufe0f") == ""


def test_sentence_punctuation_and_symbols_are_one_break_a_match_cannot_run_through() -> None:
    assert fold_char("，") == BREAK and fold_char("＋") == BREAK
    assert fold("工会＋法院") == "工会|法院" and fold("工会？！……法院") == "工会|法院"
    assert find_all(fold("加强工会＋法院联动"), fold_query("工会法")) == []
    assert find_all(fold("学习工会法，维护权益"), fold_query("工会法")) == [2]
    text = fold("大力弘扬劳模精神、劳动精神")
    assert find_all(text, fold_query("劳模精神劳动精神")) == [4]


def test_a_query_s_punctuation_matches_any_and_its_ends_are_dropped() -> None:
    assert fold_query("。工会，法院！") == "工会|法院"
    assert find_all(fold("工会；法院"), fold_query("工会，法院")) == [0]
    assert find_all(fold("工会法院"), fold_query("工会，法院")) == []


def test_origins_keep_one_break_for_a_run() -> None:
    folded = fold_with_origins("会。”法")
    assert folded.text == "会|法" and folded.origins == (0, 1, 3)


def test_full_width_and_case_fold_to_plain_letters_and_digits() -> None:
    assert fold("ＡＰＰ，１２３") == "app|123"
    assert fold("㈠") == "一"  # NFKC: (一) without its brackets


def test_redaction_marks_are_kept_so_that_they_keep_words_apart() -> None:
    assert fold("全*职工、**年") == "全*职工**年"
    assert fold_char("＊") == "*"  # full-width, as typed with a Chinese keyboard
    assert find_all(fold("筑牢全*职工群众"), fold("全职工")) == []


def test_origins_point_back_into_the_text() -> None:
    folded = fold_with_origins("大力弘扬“劳模精神”")
    assert folded.text == "大力弘扬劳模精神"
    assert folded.origins == (0, 1, 2, 3, 5, 6, 7, 8)


def test_find_all_counts_every_start_like_ctrl_f() -> None:
    assert find_all("工会工会工会", "工会") == [0, 2, 4]
    assert find_all("工会工会工", "工会工") == [0, 2]
    assert find_all("工会", "") == []
