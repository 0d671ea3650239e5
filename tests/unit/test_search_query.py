from __future__ import annotations

import pytest

from unionreader.search.query import (
    MAX_ALTERNATIVES,
    MAX_INPUT,
    QueryStatus,
    Vocabulary,
    read_query,
)

WORDS = Vocabulary(
    chars=frozenset("工会作劳模精神动匠新就业形态者五个坚决产人着著显力"),
    traditional={
        "會": "会",
        "勞": "劳",
        "動": "动",
        "態": "态",
        "産": "产",
        "產": "产",
        "著": "着",
        "顯": "显",
        "個": "个",
        "堅": "坚",
        "決": "决",
        "業": "业",
    },
)


@pytest.mark.parametrize(
    ("text", "chars"),
    [
        ("劳模精神、劳动精神、工匠精神", "劳模精神劳动精神工匠精神"),
        ("  新就业 形态\u3000劳动者 ", "新就业形态劳动者"),
        ("“五个坚决”！", "五个坚决"),
        ("ＡＢ１２", "ab12"),
    ],
)
def test_punctuation_space_and_width_do_not_count(text: str, chars: str) -> None:
    assert read_query(text, WORDS).chars == chars


def test_a_query_is_open_where_a_mark_or_a_space_was_typed() -> None:
    assert read_query("工会，法院", WORDS).open == (False, True, False)
    assert read_query("  新就业 形态", WORDS).open == (False, False, True, False)
    assert read_query("新就业形态", WORDS).open == (False,) * 4


def test_traditional_is_read_as_simplified() -> None:
    query = read_query("勞模精神、勞動精神、工匠精神", WORDS)
    assert query.status is QueryStatus.OK
    assert query.alternatives == ("劳模精神劳动精神工匠精神",)
    assert read_query("新就業形態勞動者", WORDS).alternatives == ("新就业形态劳动者",)


def test_a_character_that_is_both_scripts_is_tried_both_ways_only_in_traditional() -> None:
    assert read_query("显著", WORDS).alternatives == ("显著",)  # Simplified: as written
    assert read_query("顯著", WORDS).alternatives == ("显著", "显着")  # Traditional: 著 may be 着


def test_empty_and_one_character_queries() -> None:
    assert read_query("", WORDS).status is QueryStatus.EMPTY
    assert read_query("、，！？ ", WORDS).status is QueryStatus.EMPTY
    assert read_query("<>&\"'", WORDS).status is QueryStatus.EMPTY
    assert read_query("工", WORDS).status is QueryStatus.SHORT
    assert read_query("“工”", WORDS).status is QueryStatus.SHORT


def test_a_character_the_collection_never_uses_means_no_result() -> None:
    query = read_query("量子计算", WORDS)
    assert query.status is QueryStatus.ABSENT
    assert query.missing == ("量", "子", "计", "算")
    assert read_query("<b>工会</b>", WORDS).missing == ("b",)


def test_long_queries_are_clipped() -> None:
    query = read_query("工会" * 150, WORDS)
    assert query.clipped and len(query.chars) == MAX_INPUT
    assert not read_query("工会" * 10, WORDS).clipped


def test_readings_are_capped() -> None:
    many = Vocabulary(frozenset("甲乙"), {"丙": "甲乙"})
    assert len(read_query("丙" * 10, many).alternatives) == MAX_ALTERNATIVES
