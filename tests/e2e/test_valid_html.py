"""The Nu Html Checker on every built page, style sheet and SVG, in both editions, built with and
without a public address: no errors, no warnings, no notes. A known-bad page goes through the same
run, so that a checker that silently checks nothing cannot pass."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import dated_speeches
from npm_tools import Missing
from paths import CORPUS_FIXTURES
from validator import Message, check

from unionreader import pages
from unionreader.pipeline import BuildConfig, build

BAD = """<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>坏</title></head>
<body><form action=""></form><img src="x.png"></body></html>
"""


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in {".html", ".css", ".svg"})


@pytest.fixture(scope="module")
def features(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of what the seeds hold none of: tables (with a caption, a head, figures, an
    empty cell), a home page long enough for its index by year, and the collection listed over
    pages (six to a page here)."""
    seeds = tmp_path_factory.mktemp("features-seeds")
    dated_speeches(seeds)
    shutil.copy(CORPUS_FIXTURES / "report-tables.txt", seeds)
    with (seeds / "report-tables.txt").open("a", encoding="utf-8") as text:
        text.write("\n附表：\n名次\t姓名\t单位\n三等奖\t\t空缺\n一等奖\t张三\n")
    out = tmp_path_factory.mktemp("features-site") / "_site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pages, "LISTED", 6)
        build(BuildConfig(seeds_dir=seeds, out_dir=out))
    assert (out / "page" / "3" / "index.html").is_file()
    return out


def test_every_page_is_valid_html(
    site: Path, published: Path, features: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(BAD, encoding="utf-8")
    files = _files(site) + _files(published) + _files(features)
    assert len(files) > 700  # both editions of both builds: pages, the style sheets, the icon
    try:
        messages = check([*files, bad])
    except Missing as missing:
        pytest.fail(str(missing))
    caught = [m for m in messages if m.file == str(bad)]
    assert "error" in {m.kind for m in caught}  # the empty action and the image with no alt
    assert any("action" in m.text for m in caught) and any("alt" in m.text for m in caught)
    found: list[Message] = [m for m in messages if m.file != str(bad)]
    assert not found, "\n".join(map(str, found))
