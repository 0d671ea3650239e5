from __future__ import annotations

from pathlib import Path

import pytest

from unionreader.errors import BuildError
from unionreader.model import OutputFile
from unionreader.write import MARKER, write_site


def test_writes_and_replaces_a_previous_site(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    assert write_site([OutputFile("a/b.txt", b"one"), OutputFile("c.txt", b"x")], out) == 2
    assert (out / "a" / "b.txt").read_bytes() == b"one" and (out / MARKER).exists()
    write_site([OutputFile("a/b.txt", b"two")], out)
    assert (out / "a" / "b.txt").read_bytes() == b"two"
    assert not (out / "c.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]  # no staging folders left


def test_a_failed_write_leaves_the_previous_site_untouched(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site([OutputFile("index.txt", b"old")], out)

    def files():  # type: ignore[no-untyped-def]
        yield OutputFile("index.txt", b"new")
        raise RuntimeError("render failed half-way")

    with pytest.raises(RuntimeError):
        write_site(files(), out)
    assert (out / "index.txt").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


def test_refuses_paths_outside_the_site_and_twice_written_files(tmp_path: Path) -> None:
    for bad in (["../x"], ["/etc/x"], ["a", "a"]):
        with pytest.raises(BuildError):
            write_site([OutputFile(p, b"") for p in bad], tmp_path / "out")
        assert not (tmp_path / "out").exists()


def test_never_replaces_a_folder_it_did_not_build(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "precious.txt").write_text("keep")
    with pytest.raises(BuildError, match="not built by unionreader"):
        write_site([OutputFile("x", b"")], tmp_path / "docs")
    assert (tmp_path / "docs" / "precious.txt").read_text() == "keep"


def test_finish_runs_on_the_complete_staging_folder_and_its_failure_keeps_the_old_site(
    tmp_path: Path,
) -> None:
    out = tmp_path / "_site"
    write_site([OutputFile("index.txt", b"old")], out)
    seen: list[bytes] = []

    def index(staging: Path) -> None:
        seen.append((staging / "index.txt").read_bytes())
        (staging / "search").mkdir()
        raise BuildError("the indexer failed")

    with pytest.raises(BuildError):
        write_site([OutputFile("index.txt", b"new")], out, finish=index)
    assert seen == [b"new"]
    assert (out / "index.txt").read_bytes() == b"old" and not (out / "search").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]
