"""The Traditional edition's conversion lets a dictionary entry that cuts through the words
around it give way to them (edition/guard.py): 新征程 is 新征程, not 新徵程; 头发展现 is still
頭髮展現."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

import unionreader.normalise.conversion as conversion_module
from unionreader.arrays import code_points
from unionreader.edition.guard import WordGuard, word_guard
from unionreader.edition.script import CONFIG, to_traditional
from unionreader.normalise.conversion import AT_ONCE, conversion

CASES = [
    # an entry across two words gives way (found in 1,000 real news items)
    ("奋进新征程", "奮進新征程"),  # 新征 | 征程
    ("国家具有", "國家具有"),  # 家具 | 国家 具有
    ("双手表达", "雙手表達"),  # 手表
    ("多年历史", "多年歷史"),  # 年历
    ("不断发扬", "不斷發揚"),  # 断发
    ("短短几天", "短短幾天"),  # 短几
    ("众多采购商", "眾多採購商"),  # 多采
    ("带领台湾", "帶領臺灣"),  # 领台
    ("民主体制造成", "民主體制造成"),  # 制造 | 体制 造成
    ("对俄制裁", "對俄制裁"),  # 俄制
    ("我系列军", "我系列軍"),  # 我系
    ("指明了方向", "指明了方向"),  # 明了 | 指明
    # as few words either way: the likelier reading (found in 2.7 M characters of real text)
    ("在这一斗争中", "在這一鬥爭中"),  # 这|一斗|争 against 这|一|斗争
    ("印发方案，并发出通知", "印發方案，並發出通知"),  # 并发 | 发出
    ("问题得到了解决", "問題得到了解決"),  # 了解 | 解决
    ("人参加会议", "人參加會議"),  # 人参 | 参加
    ("来服务台湾社会", "來服務臺灣社會"),  # 服务台 | 台湾
    ("破坏一个旧世界", "破壞一個舊世界"),  # 个旧 | 一个
    ("最多只要负担", "最多只要負擔"),  # 多只 | 只要
    # an entry the best reading keeps stays
    ("头发展现", "頭髮展現"),  # 头发|展现, not 头|发展|现
    ("头发", "頭髮"),
    ("万公里以上", "萬公里以上"),  # 万公里 holds 公里: no cut
    ("的复印件", "的複印件"),  # 复印件 holds 复印
    ("报、干热风", "報、乾熱風"),  # 干热风 holds 干热
    ("参加汇报会", "參加彙報會"),
    ("活动联系点出", "活動聯繫點出"),
    ("一只手", "一隻手"),
    ("干部", "幹部"),
    ("关于以后的发展", "關於以後的發展"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_entry_gives_way_to_the_words_it_cuts_through(text: str, expected: str) -> None:
    assert to_traditional(text) == expected
    long = "，".join([text] * (AT_ONCE // len(text) + 1))  # converted at once (numpy)
    assert len(long) >= AT_ONCE
    assert to_traditional(long) == "，".join([expected] * (AT_ONCE // len(text) + 1))


def test_without_a_guard_the_conversion_is_the_library_s() -> None:
    """The library reads 新征 in 新征程: the edition's reading is the guard's doing."""
    assert conversion(CONFIG).convert("奋进新征程") == "奮進新徵程"


def _random_texts(count: int, seed: int) -> list[str]:
    """Dictionary entries and common words run together, with stray characters."""
    rng = random.Random(seed)
    phrases = sorted(conversion(CONFIG)._chain[0][0].entries)
    words = sorted(word_guard().words)
    strays = "的了会工关于发展干部头发后于著里，。"
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(5, 40)):
            roll = rng.random()
            source = phrases if roll < 0.4 else words if roll < 0.85 else strays
            parts.append(rng.choice(source))
        texts.append("".join(parts))
    return texts


class _AskedAll:
    """A guard asked about every entry the conversion finds, answering as the real one."""

    def __init__(self) -> None:
        self.guard = word_guard()
        self.asked = 0

    def kept(self, codes, starts, length, entries):  # type: ignore[no-untyped-def]
        self.asked += len(starts)
        return self.guard.kept(codes, starts, length, entries)


def test_entries_the_guard_is_not_asked_about_change_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The conversion asks only about entries that read otherwise than their characters alone
    or overlap another entry: asking about every entry converts every text the same, short
    and long."""
    texts = _random_texts(300, 5)
    long = ["".join(texts[start : start + 60]) for start in range(0, len(texts), 60)]
    convert = conversion(CONFIG).convert
    guard = word_guard()
    fewer = [convert(text, guard.kept) for text in [*texts, *long]]
    monkeypatch.setattr(
        conversion_module,
        "_asked",
        lambda found, alone: [np.ones(len(at), dtype=bool) for _, at, _ in found],
    )
    everything = conversion_module._guarded

    def asking_all(text, found, codes, table, guard, alone):  # type: ignore[no-untyped-def]
        return everything(text, found, codes, table, guard, None)

    monkeypatch.setattr(conversion_module, "_guarded", asking_all)
    all_asked = _AskedAll()
    assert [convert(text, all_asked.kept) for text in [*texts, *long]] == fewer
    assert all_asked.asked > 0


def test_a_cut_is_found_wherever_a_common_word_runs_across_an_entry_s_edge() -> None:
    """The words that cut an entry are found at once, by hash; over random text they are the
    ones a character-by-character look finds: a word that begins before the entry and ends
    inside it, or begins inside it and ends after it (one that holds it cuts nothing)."""
    guard = WordGuard(frozenset(["国家", "家具有", "具有", "新征", "征程", "万公里", "中国人"]))
    rng = random.Random(3)
    alphabet = "国家具有新征程万公里中人"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 12)))
        codes = code_points(text)
        for length in (2, 3):
            starts = np.arange(0, max(len(text) - length + 1, 0), dtype=np.intp)
            expected = [
                any(
                    (begin < start < begin + len(word) < start + length)
                    or (start < begin < start + length < begin + len(word))
                    for word in guard.words
                    for begin in range(len(text))
                    if text.startswith(word, begin)
                )
                for start in starts.tolist()
            ]
            assert guard._crossed(codes, starts, length).tolist() == expected, text


def test_of_two_readings_with_as_few_words_the_likelier_keeps_or_drops_the_entry() -> None:
    """这一斗争 reads 这|一斗|争 or 这|一|斗争, three words each: the counts decide. Without
    counts the entry stands (the library's reading); with them the likelier reading wins,
    either way round."""
    entries = {"一斗": "一斗"}
    codes = code_points("这一斗争")
    starts = np.array([1], dtype=np.intp)
    words = frozenset(["一斗", "斗争"])
    assert WordGuard(words).kept(codes, starts, 2, entries).tolist() == [True]
    common = {"这": 1000, "一": 1000, "争": 10, "斗": 10}
    likelier_word = WordGuard(words, counts={**common, "斗争": 500, "一斗": 5})
    assert likelier_word.kept(codes, starts, 2, entries).tolist() == [False]
    likelier_entry = WordGuard(words, counts={**common, "斗争": 5, "一斗": 5000})
    assert likelier_entry.kept(codes, starts, 2, entries).tolist() == [True]


def test_the_kept_hashes_are_those_made_from_the_words(tmp_path: Path) -> None:
    """The build keeps the words' hashes (`kept`): read back, they are the ones made."""
    from unionreader import kept
    from unionreader.edition import guard

    with kept.kept_in(tmp_path):
        guard.word_guard.cache_clear()
        made = guard.word_guard()
        assert (tmp_path / f"{guard.GUARD_TABLE}.pickle").is_file()
        guard.word_guard.cache_clear()
        read = guard.word_guard()
    guard.word_guard.cache_clear()
    fresh = WordGuard(read.words).hashes  # made from the words, not kept
    assert read is not made and sorted(read.hashes) == sorted(made.hashes) == sorted(fresh)
    for length, hashes in fresh.items():
        assert np.array_equal(read.hashes[length], hashes)
        assert np.array_equal(made.hashes[length], hashes)
