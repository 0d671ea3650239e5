"""Build the UnionReader site: `python build.py [--out DIR] [--seeds DIR]` (default: _site/)."""

from __future__ import annotations

import sys
from pathlib import Path

# Works from a clone with the dependencies installed, whether or not the package itself is.
sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from unionreader.cli import run

if __name__ == "__main__":
    run(["build", *sys.argv[1:]])
