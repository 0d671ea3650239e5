"""bench/real_news.py: a seeds folder of real news items from two repositories' JSON."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from bench_scripts import bench_script

PARAGRAPH = "总统今天上午接见友邦访问团，感谢对方长期支持。双方就经贸、人才等议题交换意见。" * 3


def _repo(folder: Path, files: dict[str, object]) -> Path:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for command in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "x"]):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(folder), *command],
            check=True,
        )
    return folder


def test_items_are_title_then_paragraphs_and_short_ones_are_left_out(tmp_path: Path) -> None:
    president = _repo(
        tmp_path / "p",
        {
            "news_json/2019/1.json": {"title": "總統接見訪問團", "content_paragraphs": [PARAGRAPH]},
            "news_json/2019/2.json": {"title": "短訊", "content_paragraphs": ["太短。"]},
        },
    )
    video = {
        "video_title": "[视频]习近平会见外宾",
        "video_detail": {
            "title": "[视频]习近平会见外宾",
            "content": f"<p>{PARAGRAPH}</p><p>第二段。</p>",
        },
    }
    xwlb = _repo(tmp_path / "x", {"assets/2020/20200702.json": {"videoList": [{}, video]}})
    out = tmp_path / "out"
    bench = bench_script("real_news")
    assert bench.main(["--president", str(president), "--xwlb", str(xwlb), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["s0000.txt", "t0000.txt"]
    assert (out / "t0000.txt").read_text(encoding="utf-8") == f"總統接見訪問團\n\n{PARAGRAPH}\n"
    assert (out / "s0000.txt").read_text(encoding="utf-8").startswith("习近平会见外宾\n\n")
