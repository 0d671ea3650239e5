"""bench/reading_changes.py: the texts two clones read apart, and their edits by rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bench_scripts import bench_script
from paths import ROOT, SEEDS


def test_the_same_sources_read_every_text_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = bench_script("reading_changes")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, seeds)
    assert bench.main(["--against", str(ROOT), str(seeds)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 texts, 0 read differently\n  seeds: 0 of 2\n")
    assert "edits by rule where they differ (this clone, the other):\n  none" in out


def test_a_text_read_apart_is_counted_shown_and_its_edits_compared() -> None:
    bench = bench_script("reading_changes")
    reading = bench.Reading
    ours = {
        "a/x.txt": reading(("title: 甲", "  ¶[row] 项目\t金额"), {"spacing": 2}),
        "a/y.txt": reading(("title: 乙",), {}),
    }
    theirs = {
        "a/x.txt": reading(("title: 甲", "  ¶[body] 项目 金额"), {"spacing": 1}),
        "a/y.txt": reading(("title: 乙",), {}),
    }
    report = bench.compare(ours, theirs, show=1)
    assert report[:3] == ["2 texts, 1 read differently", "  a: 1 of 2", report[2]]
    assert "  spacing: 2, 1" in report
    assert "-  ¶[body] 项目 金额" in report and "+  ¶[row] 项目\t金额" in report
