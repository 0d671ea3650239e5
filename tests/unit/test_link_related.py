"""Related passages: text re-used across documents (link/related.py)."""

from __future__ import annotations

from unionreader.link.collection import Collection
from unionreader.link.related import Passage, ReuseConfig, related_passages
from unionreader.link.texts import LinkText, Unit

SENTENCE = "健全以职工代表大会为基本形式的企事业单位民主管理制度"  # 26 Han characters
FILLER = "今年的工作安排如下所述请各单位认真贯彻执行并及时报告进展情况"


def _collection(*docs: tuple[str, ...]) -> tuple[Collection, list[LinkText]]:
    texts = [
        LinkText.of(f"d{i}", f"文献{i}", None, [Unit(f"p{j}", t) for j, t in enumerate(doc)])
        for i, doc in enumerate(docs)
    ]
    return Collection.of(texts), texts


def _passages(*docs: tuple[str, ...], **settings: int) -> list[Passage]:
    collection, _ = _collection(*docs)
    return related_passages(collection, ReuseConfig(**settings))


def test_a_sentence_reused_in_another_document_is_found_from_both_sides() -> None:
    one = (FILLER, "我们" + SENTENCE + "。")
    two = ("会议强调" + SENTENCE + "，推动工作。",)
    found = _passages(one, two)
    assert len(found) == 2
    first, second = found
    assert (first.doc, first.unit, second.doc, second.unit) == (0, 1, 1, 0)
    assert one[1][first.start : first.end] == SENTENCE
    assert two[0][first.other_start : first.other_end] == SENTENCE
    assert first.shared == len(SENTENCE)


def test_punctuation_changed_in_the_copy_does_not_break_the_passage() -> None:
    copy = SENTENCE[:10] + "，" + SENTENCE[10:]
    found = _passages(("甲" + SENTENCE + "乙",), ("丙" + copy + "丁",))
    assert found and found[0].shared == len(SENTENCE)


def test_one_character_changed_is_still_one_passage() -> None:
    changed = SENTENCE[:12] + "的" + SENTENCE[13:]
    found = _passages(("甲" + SENTENCE + "乙",), ("丙" + changed + "丁",))
    assert len(found) == 2
    assert found[0].shared == len(SENTENCE) - 1
    assert found[0].end - found[0].start == len(SENTENCE)


def test_text_shared_below_the_minimum_is_not_a_passage() -> None:
    assert _passages((SENTENCE[:15] + FILLER,), (FILLER[::-1] + SENTENCE[:15],)) == []


def test_a_stock_phrase_in_many_documents_is_not_a_reused_passage() -> None:
    docs = [(f"第{i}篇" + SENTENCE,) for i in range(12)]
    assert _passages(*docs) == []
    assert len(_passages(*docs[:3])) == 6  # in three documents: each pair, from each side


def test_a_dateline_every_document_opens_with_is_no_part_of_a_passage() -> None:
    """央视网消息（新闻联播）： opens every item; two items that then share a clause share the
    clause alone: with it too short to be a passage, they share none."""
    dateline = "央视网消息（新闻联播）："
    own = ["".join(chr(0x5000 + 97 * i + 7 * j) for j in range(20)) for i in range(10)]
    filler = [f"{dateline}{text}。" for text in own]  # each its own text after the dateline
    short = "欢迎仪式后两国总理举行会谈"  # 13 Han characters: no passage alone
    pair = [f"{dateline}{short}，双方交换意见。", f"{dateline}{short}。会谈在友好气氛中进行。"]
    docs = [(text,) for text in [*filler, *pair]]
    assert _passages(*docs) == []
    long = [(text.replace(short, SENTENCE),) for text in pair]
    found = _passages(*[(text,) for text in filler], *long)
    assert len(found) == 2
    assert long[0][0][found[0].start : found[0].end] == SENTENCE


def test_a_passage_repeated_within_one_document_is_not_related_to_itself() -> None:
    assert _passages((SENTENCE, FILLER, SENTENCE), (FILLER[:8],)) == []


def test_a_han_characters_unit_is_found_from_the_units_bounds() -> None:
    """`HanUnits` answers as an array of every Han character's unit would (units with no Han
    character in them, at the start, inside and at the end, included), and a run of characters
    crosses into another unit exactly where those units differ."""
    import random

    import numpy as np

    from unionreader.link.related import HanUnits
    from unionreader.link.repeats import is_han

    rng = random.Random(5)
    pieces = ["", "abc", "。", "工会", "职工代表大会", "2024年", "劳动"]
    docs = tuple(
        tuple("".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(5))
        for _ in range(8)
    )
    collection, _ = _collection(*docs)
    han_at = np.flatnonzero(is_han(collection.laid.points)).astype(np.int32)
    each = np.searchsorted(collection.unit_starts, han_at, "right") - 1
    units = HanUnits.of(collection, han_at)
    assert (units.unit(np.arange(len(han_at))) == each).all()
    assert [units.unit_of(i) for i in range(len(han_at))] == each.tolist()
    for i, unit in enumerate(each.tolist()):
        begin, end = units.span(unit)
        assert begin <= i < end and all(each[begin:end] == unit)
    for length in (2, 3, 8):
        size = len(han_at) - length + 1
        if size <= 0:
            continue
        for begin, end in ((0, size), (size // 3, size)):
            crossed = units.crossed(begin, end, length)
            expected = each[begin:end] != each[begin + length - 1 : end + length - 1]
            assert (crossed == expected).all()


def _stepped(
    points: list[int], spans: tuple[tuple[int, int], tuple[int, int]], start: tuple[int, int]
) -> tuple[int, int, int]:
    """The extension of a candidate passage of length 0 at `start`, one character at a time
    (the rule as written: equal characters, or up to `GAP` changed ones followed by `BRIDGE`
    equal ones), to the left and the right: (a, b, length)."""
    from unionreader.link.related import BRIDGE, GAP

    (begin_a, end_a), (begin_b, end_b) = spans
    a, b, length = *start, 0

    def same(x: int, y: int) -> bool:
        return begin_a <= x < end_a and begin_b <= y < end_b and points[x] == points[y]

    def run(x: int, y: int, step: int) -> bool:
        return all(same(x + step * k, y + step * k) for k in range(BRIDGE))

    while True:
        if same(a - 1, b - 1):
            a, b, length = a - 1, b - 1, length + 1
            continue
        skip = next((k for k in range(1, GAP + 1) if run(a - 1 - k, b - 1 - k, -1)), 0)
        if not skip:
            break
        a, b, length = a - skip, b - skip, length + skip
    while True:
        if same(a + length, b + length):
            length += 1
            continue
        skip = next((k for k in range(1, GAP + 1) if run(a + length + k, b + length + k, 1)), 0)
        if not skip:
            break
        length += skip
    return a, b, length


def test_passages_are_extended_as_one_character_at_a_time_would() -> None:
    """`_extended` grows every candidate at once, a window at a time: on random pairs of
    stretches with changed characters at random (runs longer than a window, gaps at the
    window's edge, the units' ends), it stops where stepping one character at a time does."""
    import random

    import numpy as np

    from unionreader.link.related import WINDOW, HanUnits, _extended

    rng = random.Random(11)
    for _ in range(40):
        size = rng.randint(2 * WINDOW, 5 * WINDOW)
        one = [rng.randrange(4) for _ in range(size)]
        other = [c if rng.random() > rng.choice((0.02, 0.1, 0.3)) else 9 for c in one]
        points = one + other
        cut = rng.randint(0, size // 4), size + rng.randint(0, size // 4)
        bounds = np.array([0, cut[0], size, cut[1], 2 * size], dtype=np.int64)
        units = HanUnits(bounds)
        places = [rng.randrange(cut[0], size) for _ in range(30)]
        a = np.array(places, dtype=np.int64)
        b = a + size
        found = _extended(
            np.array(points, dtype=np.uint32), units, (a, b, np.zeros(30, np.int64)), ReuseConfig()
        )
        for *extended, at in zip(*(column.tolist() for column in found), places, strict=True):
            spans = units.span(units.unit_of(at)), units.span(units.unit_of(at + size))
            assert tuple(extended) == _stepped(points, spans, (at, at + size))
