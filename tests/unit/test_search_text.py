from __future__ import annotations

from unionreader.search.text import (
    BREAK,
    Phrase,
    breaks,
    find_all,
    find_phrase,
    fold,
    fold_char,
    fold_with_origins,
    is_break,
    marked,
    read_phrase,
)


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


def test_sentence_punctuation_and_symbols_are_breaks_the_rest_is_soft() -> None:
    for char in "，。；：？！…—＋+%/.":
        assert is_break(char), char
    for char in " \u3000、·・-“”‘’「」《》（）()【】\ufe0f":
        assert not is_break(char), char
    assert marked("工会＋法院") == "工会" + BREAK + "法院"
    assert marked("。“工会？！……法院”，") == "工会" + BREAK + "法院"  # one for a run, none at ends
    assert marked("大力弘扬“劳模精神”、劳动精神") == "大力弘扬劳模精神劳动精神"
    assert breaks(marked("作用。通过，这")) == (1, 3) and breaks(marked("劳模精神、劳动精神")) == ()


def test_a_match_never_runs_through_a_break_the_query_does_not_have() -> None:
    text = marked("加强工会＋法院联动，学习工会法")
    assert find_phrase(text, read_phrase("工会法")) == [10]  # not 工会＋法院
    assert find_phrase(text, read_phrase("工会＋法")) == [2, 10]  # a mark typed: anything there
    assert find_phrase(text, read_phrase("工会 法")) == [2, 10]  # a space says the same
    assert find_phrase(text, read_phrase("联动学习")) == []
    assert find_phrase(text, read_phrase("联动。学习")) == [6]  # a phrase copied from the text
    enumeration = marked("大力弘扬劳模精神、劳动精神")
    assert find_phrase(enumeration, read_phrase("劳模精神劳动精神")) == [4]  # soft: runs through
    assert find_phrase(enumeration, read_phrase("劳模精神、劳动精神")) == [4]


def test_a_query_is_open_where_it_has_a_mark_or_a_space() -> None:
    assert read_phrase("。工会，法院！") == read_phrase("工会 法院")
    assert read_phrase("工会，法院") == Phrase("工会法院", (False, True, False))
    assert read_phrase("“工会”") == Phrase("工会", (False,))
