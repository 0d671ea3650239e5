"""Pinyin for the term index (link/pinyin.py), and the pinyin a build keeps for the next."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionreader import kept
from unionreader.link.pinyin import KEPT, pinyin_keys, toneless


@pytest.fixture
def kept_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(kept, "_FOLDER", [])
    with kept.kept_in(tmp_path):
        yield tmp_path


def test_terms_read_as_words_with_tone_numbers() -> None:
    keys = pinyin_keys(["重庆", "当好主人翁", "两个维护"])
    assert keys["重庆"] == "chong2 qing4"  # a word, not 重 read alone (zhòng)
    assert toneless(keys["当好主人翁"]) == "dang hao zhu ren weng"
    assert list(keys) == ["重庆", "当好主人翁", "两个维护"]


def test_kept_pinyin_is_read_back_without_loading_pypinyin(
    kept_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = pinyin_keys(["两个维护", "娘家人"])
    assert kept.load(KEPT) == first
    monkeypatch.setitem(sys.modules, "pypinyin", None)  # importing it now fails
    assert pinyin_keys(["娘家人", "两个维护"]) == {t: first[t] for t in ("娘家人", "两个维护")}
    with pytest.raises(ImportError):
        pinyin_keys(["五个坚决"])  # not kept: pypinyin is needed


def test_the_kept_pinyin_holds_the_last_builds_terms(kept_folder: Path) -> None:
    pinyin_keys(["两个维护", "娘家人"])
    pinyin_keys(["娘家人", "五个坚决"])
    assert set(kept.load(KEPT)) == {"娘家人", "五个坚决"}  # type: ignore[arg-type]
