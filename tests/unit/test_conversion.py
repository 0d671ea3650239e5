"""The fast conversion gives exactly what opencc-python-reimplemented gives, for every
configuration the build uses, on real texts and on random text made of dictionary entries."""

from __future__ import annotations

import random
from pathlib import Path

import opencc
import pytest
from paths import CORPUS_FIXTURES, SEEDS

from unionreader.normalise.conversion import AT_ONCE, Conversion

CONFIGS = ("t2s", "hk2s", "tw2s", "s2t", "s2tw", "s2hk")
SEPARATORS = ("，", "。", " ", "\n", "、", "“", "”", "-", "．")


def _texts() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS_FIXTURES.glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def _random_texts(library: opencc.OpenCC, count: int) -> list[str]:
    """Entries of the configuration's dictionaries run together, with stray characters and
    separators between some: overlapping and nested matches of every length."""
    rng = random.Random(7)
    keys = sorted({key for group in library._dict_chain_data for _, _, m in group for key in m})
    strays = "的了会工关于发展干部头发後於著裡"
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(5, 40)):
            roll = rng.random()
            if roll < 0.7:
                parts.append(rng.choice(keys))
            elif roll < 0.85:
                parts.append(rng.choice(strays))
            else:
                parts.append(rng.choice(SEPARATORS))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("config", CONFIGS)
def test_real_texts_convert_as_the_library_converts_them(config: str) -> None:
    library, fast = opencc.OpenCC(config), Conversion(config)
    for text in _texts():
        assert fast.convert(text) == library.convert(text)


@pytest.mark.parametrize("config", CONFIGS)
def test_random_runs_of_dictionary_entries_convert_as_the_library_converts_them(
    config: str,
) -> None:
    library, fast = opencc.OpenCC(config), Conversion(config)
    for text in _random_texts(library, 300):
        assert fast.convert(text) == library.convert(text), text


@pytest.mark.parametrize("config", CONFIGS)
def test_long_runs_of_dictionary_entries_convert_at_once_as_the_library_converts_them(
    config: str,
) -> None:
    """Texts of `AT_ONCE` characters or more are converted each length of entries at once."""
    library, fast = opencc.OpenCC(config), Conversion(config)
    texts = _random_texts(library, 300)
    long = ["".join(texts[start : start + 100]) for start in range(0, len(texts), 100)]
    assert min(map(len, long)) >= AT_ONCE and fast.at_once
    for text in long:
        assert fast.convert(text) == library.convert(text)


def test_the_longest_entry_wins_then_the_leftmost() -> None:
    fast = Conversion("s2t")
    assert fast.convert("干部头发以后发展") == "幹部頭髮以後發展"
    assert fast.convert("") == ""
    assert fast.convert("，，") == "，，"


def test_entries_holding_a_separator_never_match(tmp_path: Path) -> None:
    library, fast = opencc.OpenCC("s2t"), Conversion("s2t")
    text = "乔治．布希和乔治布希"
    assert fast.convert(text) == library.convert(text)
