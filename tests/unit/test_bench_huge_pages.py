"""bench/huge_pages.py: one-edit rebuilds and a fresh process's first arrays, with numpy's huge
pages on and off in turn."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from bench_scripts import bench_script
from paths import SEEDS


def _bench() -> ModuleType:
    return bench_script("huge_pages")


def test_both_settings_are_measured_on_a_folder_of_seeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["--seeds", str(SEEDS), "--count", "5", "--rounds", "1", "--pause", "0"]
    assert _bench().main(arguments) == 0
    out = capsys.readouterr().out
    for setting in ("1", "0"):
        assert f"round 1 NUMPY_MADVISE_HUGEPAGE={setting}: touch 256 MB" in out
        assert f"  NUMPY_MADVISE_HUGEPAGE={setting}: touch" in out
    assert "FAILED" not in out and "5 documents" in out
