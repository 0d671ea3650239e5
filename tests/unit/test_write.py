from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from unionreader.errors import BuildError
from unionreader.model import NO_READINGS
from unionreader.write import (
    MARKER,
    Manifest,
    Staging,
    Twins,
    check_paths,
    commit,
    folder_stamps,
    scan,
    stage,
    stage_alone,
    stage_twins,
    stale,
    unchanged,
)


def _build(
    out: Path,
    files: dict[str, tuple[str, bytes]],
    previous: Manifest | None,
    scanned: bool = False,
) -> Manifest:
    """A build as the pipeline makes one: stage what is stale, then commit (`scanned`: with a
    scan of the site made first, as the pipeline does, or looking at the files)."""
    wanted = {path: identity for path, (identity, _) in files.items()}
    site = scan(out, previous) if scanned and previous is not None else None
    if site is not None:
        _tick(out.parent)  # what the commit changes gets another time than what was scanned
    staging = Staging(out)
    needed = stale(out, previous, wanted, site)
    for path in needed:
        staging.write(path, files[path][1])
    report = commit(staging, wanted, needed, previous, site)
    if report.folders is not None:  # the folders' stamps the commit knows are the site's
        assert report.folders == folder_stamps(out, report.manifest, {})
    return report.manifest


def _tick(folder: Path) -> None:
    """Wait until the file system's clock (coarse: a few milliseconds) has moved on."""
    probe = folder / ".tick"
    probe.write_bytes(b"")
    then = probe.stat().st_mtime_ns
    deadline = time.monotonic() + 5
    while probe.stat().st_mtime_ns == then and time.monotonic() < deadline:
        time.sleep(0.001)
        os.utime(probe)  # now, as the file system tells time
    probe.unlink()


def test_a_first_build_writes_everything_with_the_marker(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    manifest = _build(out, {"a/b.txt": ("1", b"one"), "c.txt": ("2", b"x")}, None)
    assert (out / "a" / "b.txt").read_bytes() == b"one" and (out / MARKER).is_file()
    assert set(manifest) == {"a/b.txt", "c.txt"} and unchanged(out, manifest)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]  # no staging folder left


@pytest.mark.parametrize("scanned", [False, True])
def test_a_rebuild_writes_only_what_changed_and_removes_what_went(
    scanned: bool, tmp_path: Path
) -> None:
    out = tmp_path / "_site"
    files = {"a.txt": ("1", b"a"), "b.txt": ("2", b"b"), "d/c.txt": ("3", b"c")}
    more = {"e/f/g.txt": ("4", b"g"), "e/h.txt": ("5", b"h"), "k/x.txt": ("7", b"x")}
    first = _build(out, {**files, **more, "p/q.txt": ("8", b"q")}, None)
    before = (out / "a.txt").stat().st_mtime_ns
    (out / "stray.txt").write_bytes(b"not ours")
    (out / "e" / "empty" / "deeper").mkdir(parents=True)
    (out / "stray" / "deeper").mkdir(parents=True)
    (out / "stray" / "deeper" / "note.txt").write_bytes(b"not ours either")
    kept = {"a.txt": ("1", b"a"), "b.txt": ("9", b"B"), "e/h.txt": ("5", b"h")}
    kept["n/m/new.txt"] = ("6", b"new")  # in new folders
    kept["k/x.txt"] = ("9", b"X")  # a folder where only a file is written again
    kept["p/q.txt"] = ("8", b"q")
    (out / "p" / "emptied").mkdir()  # a folder where only an empty folder goes
    second = _build(out, kept, first, scanned)
    assert (out / "a.txt").stat().st_mtime_ns == before  # not written again
    assert (out / "b.txt").read_bytes() == b"B"
    assert not (out / "d").exists() and not (out / "stray.txt").exists()
    assert not (out / "stray").exists()
    assert sorted(p.name for p in (out / "e").iterdir()) == ["h.txt"]  # its emptied folders go
    assert (out / MARKER).is_file()
    assert unchanged(out, second) and sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


@pytest.mark.parametrize("scanned", [False, True])
def test_a_file_changed_by_hand_is_written_again(scanned: bool, tmp_path: Path) -> None:
    out = tmp_path / "_site"
    files = {"a.txt": ("1", b"a"), "b.txt": ("2", b"b"), "c/d.txt": ("3", b"d")}
    manifest = _build(out, files, None)
    (out / "a.txt").write_bytes(b"edited")
    (out / "b.txt").unlink()
    (out / "c" / "d.txt").unlink()
    (out / "c" / "d.txt").mkdir()  # a folder where the file was
    assert not unchanged(out, manifest)
    site = scan(out, manifest)
    assert site.damaged == {"a.txt", "b.txt", "c/d.txt"} and site.empty == {"c/d.txt"}
    wanted = {"a.txt": "1", "b.txt": "2", "c/d.txt": "3"}
    assert stale(out, manifest, wanted) == stale(out, manifest, wanted, site) == set(wanted)
    manifest = _build(out, files, manifest, scanned)
    assert (out / "a.txt").read_bytes() == b"a" and (out / "b.txt").read_bytes() == b"b"
    assert (out / "c" / "d.txt").read_bytes() == b"d"
    assert unchanged(out, manifest)


def test_a_build_that_stops_leaves_the_site_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    manifest = _build(out, {"index.txt": ("1", b"old")}, None)
    staging = Staging(out)
    staging.write("index.txt", b"new")
    staging.discard()  # what the pipeline does when a stage fails
    assert (out / "index.txt").read_bytes() == b"old" and unchanged(out, manifest)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


def test_commit_refuses_a_staging_that_does_not_match_what_is_wanted(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    staging = Staging(out)
    with pytest.raises(BuildError):
        commit(staging, {"a.txt": "1"}, {"a.txt"}, None)  # staged but never written
    staging.write("a.txt", b"a")
    with pytest.raises(BuildError, match="every file"):
        commit(staging, {"a.txt": "1", "b.txt": "2"}, {"a.txt"}, None)
    staging.discard()


def test_refuses_paths_outside_the_site_and_twice_written_files() -> None:
    for bad in (["../x"], ["/etc/x"], ["a", "a"], [MARKER]):
        with pytest.raises(BuildError):
            check_paths(bad)
    check_paths(["a", "b/c.txt"])


def test_never_replaces_a_folder_it_did_not_build(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "precious.txt").write_text("keep")
    with pytest.raises(BuildError, match="not built by unionreader"):
        Staging(tmp_path / "docs")
    assert os.listdir(tmp_path / "docs") == ["precious.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_traditional_copies_are_made_now_or_together_when_asked(tmp_path: Path) -> None:
    twins, other = Twins(), tmp_path / "other"
    stage(tmp_path, "data/a.txt", "头发".encode(), twins)
    stage(other, "data/b.txt", "发展".encode(), twins)  # each copy goes to its file's folder
    stage(tmp_path, "search/pagefind/x.pf_index", b"\x00", twins)  # no copy: shared
    assert not (tmp_path / "zh-hant").exists() and len(twins.files) == 2
    twins.stage()
    assert (tmp_path / "zh-hant/data/a.txt").read_text("utf-8") == "頭髮"
    assert (other / "zh-hant/data/b.txt").read_text("utf-8") == "發展"
    stage(tmp_path, "data/c.txt", "以后".encode())  # no twins given: now
    assert (tmp_path / "zh-hant/data/c.txt").read_text("utf-8") == "以後"
    stage_alone(tmp_path, "data/d.txt", "关于".encode())
    assert not (tmp_path / "zh-hant/data/d.txt").exists()
    stage_twins(tmp_path, [("data/d.txt", NO_READINGS)])
    assert (tmp_path / "zh-hant/data/d.txt").read_text("utf-8") == "關於"
