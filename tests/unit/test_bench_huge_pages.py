"""bench/huge_pages.py: one-edit rebuilds and a fresh process's first arrays, with numpy's huge
pages on and off in turn."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from paths import ROOT, SEEDS


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bench_huge_pages", ROOT / "bench/huge_pages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_huge_pages"] = module
    spec.loader.exec_module(module)
    return module


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
