from __future__ import annotations

from unionreader.search.text import find_all, fold, fold_char, fold_with_origins


def test_punctuation_and_spaces_vanish() -> None:
    assert fold("劳模精神、劳动精神、工匠精神") == "劳模精神劳动精神工匠精神"
    assert fold(" “五个 坚决”！") == "五个坚决"
    assert fold_char("，") == "" and fold_char("\u3000") == ""


def test_full_width_and_case_fold_to_plain_letters_and_digits() -> None:
    assert fold("ＡＰＰ，１２３") == "app123"
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
