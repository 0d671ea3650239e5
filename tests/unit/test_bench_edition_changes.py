"""bench/edition_changes.py: the characters two clones convert differently, with the text
around them, counted."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import bench_script
from paths import ROOT


def test_each_character_converted_otherwise_is_listed_with_its_context() -> None:
    bench = bench_script("edition_changes")
    pieces = ["在这一斗争中取得胜利。这一斗争", "相同"]
    ours = ["在這一鬥爭中取得勝利。這一鬥爭", "相同"]
    theirs = ["在這一斗爭中取得勝利。這一斗爭", "相同"]
    found = bench.changes(pieces, ours, theirs)
    assert found == {
        ("在这一斗争中取", "在這一鬥爭中取", "在這一斗爭中取"): 1,
        ("。这一斗争", "。這一鬥爭", "。這一斗爭"): 1,
    }


def test_a_clone_against_itself_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = bench_script("edition_changes")
    (tmp_path / "a.txt").write_text("在这一斗争中，并发出通知。", encoding="utf-8")
    (tmp_path / "b.md").write_text("頭髮展現", encoding="utf-8")  # Traditional: read as 头发展现
    assert bench.main([str(tmp_path), "--against", str(ROOT)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("18 characters; 0 converted otherwise, 0 kinds\n")
