"""bench/edition.py: what making the Traditional edition of a built site costs, by kind of file,
and (against another clone) whether both make the same copies."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from bench_scripts import bench_script
from paths import ROOT

PAGE = '<html lang="zh-Hans"><body><a href="../../terms/两个维护/">发展</a></body></html>'


def _bench() -> ModuleType:
    return bench_script("edition")


def _site(folder: Path) -> Path:
    files = {
        "d/a/index.html": PAGE,
        "d/a/notes/index.html": PAGE,
        "data/a.txt": "头发\n",
        "terms/两个维护/index.html": PAGE,
        "zh-hant/d/a/index.html": "an edition's page: not converted again",
        "static/site.css": "body{}",
    }
    for path, text in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text, encoding="utf-8")
    return folder


def test_every_file_with_a_copy_in_the_edition_is_converted_by_kind(tmp_path: Path) -> None:
    found = _bench().measure(_site(tmp_path))
    assert found["files"] == {
        "document pages": 1,
        "notes pages": 1,
        "downloads": 1,
        "term pages": 1,
        "other files": 1,  # a style sheet: its interface text converted
    }
    assert set(found["seconds"]) == set(found["files"])


def test_two_clones_that_make_the_same_copies_agree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _site(tmp_path)
    assert _bench().main(["--site", str(site), "--repeat", "1", "--against", str(ROOT)]) == 0
    out = capsys.readouterr().out
    assert "the same copies" in out and "term pages" in out


def test_files_converted_in_one_batch_or_one_by_one_come_out_the_same(tmp_path: Path) -> None:
    site = _site(tmp_path)
    bench = _bench()
    assert bench.measure(site, 1)["digest"] == bench.measure(site, 100)["digest"]
