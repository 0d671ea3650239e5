"""bench/reading_time.py: how long reading a collection takes, stage by stage, in two clones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bench_scripts import bench_script
from paths import ROOT, SEEDS


def test_each_stage_and_the_total_are_timed_in_both_clones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = bench_script("reading_time")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, seeds)
    assert bench.main(["--against", str(ROOT), "--repeat", "1", str(seeds)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["stage", "this", "other", "ratio"]
    stages = [line.split()[0] for line in lines[1:]]
    assert stages == ["reading", "normalising", "structure", "readings", "total"]
    total = lines[-1].split()
    assert float(total[1].rstrip("s")) > 0 and float(total[2].rstrip("s")) > 0
