"""Paths the tests share (a plain module: test files must not import conftest by name)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
GOLDEN = TESTS / "golden"
FIXTURES = TESTS / "fixtures"
SEEDS = ROOT / "seeds"
CORPUS_FIXTURES = FIXTURES / "corpus"
BASE_URL = "https://example.github.io/unionreader/"
"""The public address end-to-end builds are given, as the Pages workflow gives its own."""
