"""bench/readings.py: over a folder of seeds, which texts written in Traditional script give
readings, which are taken for machine conversions, and what the readings change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bench_scripts import bench_script
from paths import FIXTURES, SEEDS


def test_the_bench_tells_a_writer_from_a_machine_conversion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = bench_script("readings")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path)
    shutil.copy(FIXTURES / "edition" / "written-in-traditional.txt", tmp_path / "tw.txt")
    assert bench.main(["--seeds", str(tmp_path), "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "texts written in Traditional script: 2" in out
    assert "taken for machine conversions (≥ 10, at ≥ 4‰ of the characters): 1\n  000_" in out
    assert "as many left so, but too rarely for a machine conversion: 0" in out
    # 簽, 郁, 余 and 並為 are the edition's own
    assert "readings: 8; characters of the edition they change: 8" in out
    assert "臺 → 台  1" in out
