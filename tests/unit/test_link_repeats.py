"""Maximal repeats across documents (link/repeats.py)."""

from __future__ import annotations

from unionreader.link.repeats import Laid, maximal_repeats


def _repeats(*docs: str, min_documents: int = 2) -> dict[str, int]:
    laid = Laid.of(list(docs), list(range(len(docs))))
    found = maximal_repeats(laid, min_documents)
    texts = {}
    for index in range(len(found)):
        starts = found.occurrences(index)
        texts[laid.text(int(starts[0]), int(found.lengths[index]))] = len(starts)
    return texts


def test_a_phrase_in_two_documents_is_a_repeat_and_its_parts_are_not() -> None:
    found = _repeats("我们要推进产业工人队伍建设改革。", "继续深化产业工人队伍建设改革，")
    assert found == {"产业工人队伍建设改革": 2}


def test_a_phrase_in_one_document_only_is_no_repeat() -> None:
    assert _repeats("推进产业工人队伍建设改革，推进产业工人队伍建设改革", "别的文字都不一样") == {}
    found = _repeats("推进产业工人队伍建设改革，推进产业工人队伍建设改革", "x", min_documents=1)
    assert "推进产业工人队伍建设改革" in found


def test_a_shorter_repeat_with_other_uses_of_its_own_is_kept_beside_the_longer() -> None:
    found = _repeats("坚持产业工人队伍建设改革", "坚持产业工人队伍建设改革", "产业工人队伍建设")
    assert found == {"坚持产业工人队伍建设改革": 2, "产业工人队伍建设": 3}


def test_punctuation_and_latin_break_a_repeat_but_the_enumeration_comma_does_not() -> None:
    found = _repeats("劳模精神、劳动精神、工匠精神。", "弘扬劳模精神、劳动精神、工匠精神！")
    assert found == {"劳模精神、劳动精神、工匠精神": 2}
    assert _repeats("职工之家ABC建设", "职工之家,建设") == {"职工之家": 2}


def test_a_repeat_never_begins_or_ends_with_the_enumeration_comma() -> None:
    found = _repeats("甲、劳动精神乙", "丙、劳动精神丁")
    assert all(not text.startswith("、") and not text.endswith("、") for text in found)
    assert found == {"劳动精神": 2}


def test_repeats_shorter_than_four_characters_are_not_reported() -> None:
    assert _repeats("一娘家人二", "三娘家人四") == {}
