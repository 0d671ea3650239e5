"""House style is part of the suite: ruff (lint and format) and strict mypy must be clean."""

from __future__ import annotations

import subprocess
import sys

import pytest
from paths import ROOT

CHECKS = {
    "ruff-lint": [sys.executable, "-m", "ruff", "check", "src", "tests", "bench", "build.py"],
    "ruff-format": [sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "bench"],
    "mypy": [sys.executable, "-m", "mypy"],
}


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_style(name: str) -> None:
    result = subprocess.run(
        CHECKS[name], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
