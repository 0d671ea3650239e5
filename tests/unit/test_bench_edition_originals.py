"""bench/edition_originals.py: the edition of texts written in Traditional against what their
writers wrote."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bench_scripts import bench_script
from paths import FIXTURES, SEEDS


def test_the_edition_is_compared_with_the_writer_glyph_by_glyph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = bench_script("edition_originals")
    shutil.copy(FIXTURES / "edition" / "written-in-traditional.txt", tmp_path / "tw.txt")
    shutil.copy(next(SEEDS.glob("*.txt")), tmp_path)  # written in Simplified: left out
    assert bench.main([str(tmp_path), "--pairs", "100"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 texts written in Traditional, 138 Han characters\n")
    assert "another glyph for 8 (5.80%)" in out
    assert "畫 → 劃       1  ，此次計畫推動兩岸" in out  # 計畫, as the edition writes it
    assert "\n签 (籤 簽): 簽簽 2\n" in out  # 洽簽: the writer's, and the edition's
