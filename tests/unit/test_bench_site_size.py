"""bench/site_size.py: each file of a site counted in its part, and the archive's size as tar
makes it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from bench_scripts import bench_script

site_size = bench_script("site_size")


def test_each_path_is_counted_in_its_part_in_either_edition() -> None:
    part = site_size.part
    assert part("d/x/index.html") == "document pages"
    assert part("zh-hant/d/x/notes/index.html") == "notes pages 繁"
    assert part("data/raw/x.txt") == "raw seeds" and part("data/corpus.json") == "corpus.json"
    assert part("zh-hant/data/x.md") == "downloads (.md, .txt) 繁"
    assert part("data/terms.json") == "terms and related data"
    assert part("search/pagefind/index/a.pf_index") == "search index"
    assert part("search/text/3.json") == "search texts"
    assert part("index.html") == part("page/2/index.html") == "the collection's list"
    assert part("terms/两个维护/index.html") == "term pages"
    assert part("about/index.html") == "other pages and files"


def test_the_archive_is_as_large_as_tar_makes_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "d" / "a").mkdir(parents=True)
    (site / "data").mkdir()
    (site / "d" / "a" / "index.html").write_bytes(b"x" * 1000)
    (site / "zh-hant").mkdir()
    (site / "zh-hant" / "index.html").write_bytes(b"y" * 513)
    documents = {"documents": [{"slug": "a"}]}
    (site / "data" / "corpus.json").write_text(json.dumps(documents), encoding="utf-8")
    figures = site_size.measure(site)
    assert figures["files"] == 3 and figures["documents"] == 1
    assert figures["bytes"] == 1000 + 513 + len(json.dumps(documents))
    assert figures["parts"]["document pages"] == 1000
    assert figures["parts"]["the collection's list 繁"] == 513
    made = subprocess.run(["tar", "-cf", "-", "."], cwd=site, capture_output=True, check=True)
    # tar pads its archive to whole records of 10,240 bytes; the count stops at its last block
    assert 0 <= len(made.stdout) - figures["archive"] < 10240
    assert "as the Pages artifact (tar)" in site_size.report(figures)
