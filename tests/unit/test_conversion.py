"""The fast conversion gives exactly what opencc-python-reimplemented gives, for every
configuration the build uses, on real texts and on random text made of dictionary entries."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest
from paths import CORPUS_FIXTURES, SEEDS

from unionreader import kept
from unionreader.normalise.conversion import AT_ONCE, Conversion, conversion

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


SAMPLE = "关于进一步发展产业工人队伍建设改革的意见，头发与范围、斗争，以后征求意见。" * 60


@pytest.fixture
def kept_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Conversions kept in a folder of their own, and none of this process's built ones."""
    monkeypatch.setattr(kept, "_FOLDER", [])
    conversion.cache_clear()
    with kept.kept_in(tmp_path):
        yield tmp_path
    conversion.cache_clear()


def test_a_kept_conversion_is_read_back_and_converts_as_the_library(
    kept_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = conversion("s2tw")
    assert (kept_folder / "conversion-s2tw.pickle").is_file()
    conversion.cache_clear()  # as in the next build's process

    def built_again(self: Conversion, config: str) -> None:
        raise AssertionError(f"{config} built again")

    monkeypatch.setattr(Conversion, "__init__", built_again)
    read = conversion("s2tw")
    assert read is not built
    assert read.convert(SAMPLE) == built.convert(SAMPLE) == opencc.OpenCC("s2tw").convert(SAMPLE)


def test_a_damaged_kept_conversion_is_built_again(kept_folder: Path) -> None:
    (kept_folder / "conversion-t2s.pickle").write_bytes(b"not a pickle")
    assert conversion("t2s").convert("關於發展") == "关于发展"
    conversion.cache_clear()
    assert conversion("t2s").config == "t2s"  # and kept anew, readable
    assert (kept_folder / "conversion-t2s.pickle").read_bytes().startswith(b"\x80")


@pytest.mark.parametrize("config", CONFIGS)
def test_a_long_text_mostly_of_markup_converts_as_the_library_converts_it(config: str) -> None:
    """A long text is converted over the characters a dictionary entry holds, run by run: no
    entry is read across the markup between two runs (头<b>发 is not 头发)."""
    library, fast = opencc.OpenCC(config), Conversion(config)
    rng = random.Random(11)
    markup = ['<a href="../x/">', "</a>", '<p id="s1-p2">', "<b>", "</b>", "\n", "123"]
    words = [*(t for t in _random_texts(library, 60)), "头", "发", "干", "部", "后"]
    text = "".join(rng.choice(words) + rng.choice(markup) for _ in range(1500))
    assert len(text) >= AT_ONCE and fast.at_once
    assert fast.convert(text) == library.convert(text)
    split = ("头<b>发" * 600)[: AT_ONCE + 10]
    assert fast.convert(split) == library.convert(split) and "頭髮" not in fast.convert(split)


def test_a_conversion_with_choices_made_from_the_one_without_is_the_one_built_with_them(
    kept_folder: Path,
) -> None:
    """`conversion(config, choices)` shares the tables of `conversion(config)` that offer no
    choice, and converts as a conversion built with the choices (签 alone 簽, 抽签 籤)."""
    choices = (("签", "簽"),)
    base, derived = conversion("s2tw"), conversion("s2tw", choices)
    built = Conversion("s2tw", choices)
    phrases = base._chain[0][0]
    assert derived._chain[0][0] is phrases  # the large table, once
    assert derived._chain[0][1] is not base._chain[0][1]  # the characters, with the choice
    text = SAMPLE + "已签、应签尽签、签合同、抽签、标签" * 40
    assert derived.convert(text) == built.convert(text)
    assert derived.convert("已签，抽签") == "已簽，抽籤" and base.convert("已签") == "已籤"
    assert not list(kept_folder.glob("*簽*"))  # only the base is kept


def test_a_choice_no_entry_offers_is_refused() -> None:
    with pytest.raises(ValueError, match="no entry 签 offers 笺"):
        Conversion("s2tw").chosen((("签", "笺"),))
