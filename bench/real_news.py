"""A collection of real news items for the benchmarks and `bench/reading_changes.py`, made from
two public repositories: press releases of Taiwan's Office of the President in Traditional
script (`kiang/www.president.gov.tw`, `news_json/<year>/<id>.json`) and CCTV 新闻联播 items in
Simplified (`china-data/xwlb`, `assets/<year>/<date>.json`). Each item is one `.txt` file, its
title, a blank line and its paragraphs, with no catalogue: the build reads it as it would a
text a user adds.

Run: `git clone https://github.com/kiang/www.president.gov.tw` and `git clone
https://github.com/china-data/xwlb`, then `python bench/real_news.py --president DIR --xwlb DIR
--out OUT [--count 500] [--seed 7]`. Items are drawn at random (deterministic from the seed),
and kept when they hold 100 characters of text or more. Reads the repositories' last commit
(`git show`), so a bare mirror does as well as a clone.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import subprocess
from pathlib import Path

MIN_TEXT = 100
"""An item is kept when its paragraphs hold at least this many characters."""
DRAWN = 6
"""Files drawn per item wanted (many early press releases are a line long)."""
_TAG = re.compile(r"<[^>]+>")
_PARAGRAPH_END = re.compile(r"</p>|<br\s*/?>")


def _files(repo: Path, folder: str) -> list[str]:
    listed = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", folder],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return sorted(name for name in listed.stdout.split() if name.endswith(".json"))


def _show(repo: Path, path: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout


def _item(title: str, paragraphs: list[str]) -> str | None:
    paragraphs = [p.strip() for p in paragraphs if p.strip()]
    if not title.strip() or sum(map(len, paragraphs)) < MIN_TEXT:
        return None
    return title.strip() + "\n\n" + "\n\n".join(paragraphs) + "\n"


def president(repo: Path, count: int, rng: random.Random) -> list[str]:
    """Press releases: `title`, then `content_paragraphs` (or `content` split at its lines)."""
    files = _files(repo, "news_json")
    found: list[str] = []
    for path in rng.sample(files, min(len(files), count * DRAWN)):
        data = json.loads(_show(repo, path))
        paragraphs = data.get("content_paragraphs") or str(data.get("content", "")).split("\n")
        item = _item(str(data.get("title", "")), paragraphs)
        if item:
            found.append(item)
        if len(found) == count:
            break
    return found


def xwlb(repo: Path, count: int, rng: random.Random) -> list[str]:
    """News items of a day's broadcast: each video's title (without `[视频]`) and its text."""
    files = _files(repo, "assets")
    found: list[str] = []
    for path in rng.sample(files, min(len(files), count)):
        try:
            data = json.loads(_show(repo, path))
        except json.JSONDecodeError:
            continue
        for video in data.get("videoList", [])[1:3]:  # the first is the day's summary
            detail = video.get("video_detail") or {}
            text = html.unescape(_TAG.sub("", _PARAGRAPH_END.sub("\n", detail.get("content", ""))))
            title = re.sub(r"^\[视频\]", "", detail.get("title") or video.get("video_title", ""))
            item = _item(title, text.split("\n"))
            if item:
                found.append(item)
            if len(found) == count:
                return found
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--president", type=Path, required=True, help="kiang/www.president.gov.tw")
    parser.add_argument("--xwlb", type=Path, required=True, help="china-data/xwlb")
    parser.add_argument("--out", type=Path, required=True, help="the seeds folder to write")
    parser.add_argument("--count", type=int, default=500, help="items from each (default 500)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for prefix, items in (
        ("t", president(args.president, args.count, rng)),
        ("s", xwlb(args.xwlb, args.count, rng)),
    ):
        for number, item in enumerate(items):
            (args.out / f"{prefix}{number:04d}.txt").write_text(item, encoding="utf-8")
        print(f"{prefix}: {len(items)} items")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
