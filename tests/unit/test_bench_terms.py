"""bench/terms.py: the terms of a folder of seeds, read in every format the build reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import bench_script

TEXT = "坚持以职工为中心，推进产业工人队伍建设改革。产业工人队伍建设改革要久久为功。"


def test_every_seed_format_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(f"在全市工会工作会议上的讲话\n{TEXT}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"# 工会工作要点\n\n{TEXT}\n", encoding="utf-8")
    page = f"""<html><head><meta charset="utf-8"><title>工会动态</title></head><body>
<article><h1>市总工会部署产业工人队伍建设改革</h1>{f"<p>{TEXT}</p>" * 3}</article></body></html>"""
    (tmp_path / "c.html").write_text(page, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not a seed", encoding="utf-8")
    assert bench_script("terms").main(["--seeds", str(tmp_path), "--no-config"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 documents")
    assert "产业工人队伍建设改革" in out
