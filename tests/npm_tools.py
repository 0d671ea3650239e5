"""Tools from npm that the tests and benchmarks run (vnu-jar, lighthouse): a pinned version each,
installed into `.tools/` in the repository the first time it is needed. npm comes with Node,
which every machine of ours has. A plain module, importable from the tests and from bench/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from paths import ROOT

TOOLS = ROOT / ".tools"


class Missing(Exception):
    """What is missing to run a tool, and how to install it."""


def installed(package: str, version: str, inside: str) -> Path:
    """`inside` (a path within the package) of `package`@`version`, installed from npm into
    .tools/ if it is not there yet or is another version."""
    folder = TOOLS / "node_modules" / package
    wanted = folder / inside
    manifest = folder / "package.json"
    if not wanted.exists() or f'"version": "{version}"' not in _read(manifest):
        npm = shutil.which("npm")
        if npm is None:
            raise Missing(f"npm is missing (it comes with Node 20), needed to install {package}")
        result = subprocess.run(
            [npm, "install", "--prefix", str(TOOLS), "--no-audit", "--no-fund", "--no-save",
             f"{package}@{version}"],
            capture_output=True, text=True, timeout=900, check=False,
        )  # fmt: skip
        if result.returncode != 0 or not wanted.exists():
            raise Missing(f"npm install {package}@{version} failed:\n{result.stderr[-2000:]}")
    return wanted


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""
