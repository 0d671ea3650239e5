"""How the build shows a file's path: below the working directory, relative to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionreader.errors import display_path, display_paths


def resolved(path: Path) -> str:
    """What `display_path` shows, found the long way (every path resolved on its own)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def test_paths_are_shown_as_resolving_each_would_show_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    (work / "seeds").mkdir(parents=True)
    elsewhere.mkdir()
    (work / "seeds" / "a.txt").write_text("x")
    (elsewhere / "b.txt").write_text("x")
    (work / "seeds" / "b.txt").symlink_to(elsewhere / "b.txt")  # leads out: shown as given
    (work / "seeds" / "c.txt").symlink_to(work / "seeds" / "a.txt")  # shown where it leads
    (work / "linked").symlink_to(work / "seeds")  # a folder reached through a link
    monkeypatch.chdir(work)
    paths = [
        Path("seeds/a.txt"),
        work / "seeds" / "a.txt",
        Path("seeds/../seeds/a.txt"),
        Path("seeds/b.txt"),
        Path("seeds/c.txt"),
        Path("linked/a.txt"),
        elsewhere / "b.txt",
        Path("seeds/.."),
        Path("seeds"),
        Path("."),
        Path("missing/c.txt"),
    ]
    for path in paths:
        assert display_path(path) == resolved(path), path
    assert display_paths(paths) == [resolved(path) for path in paths]  # folders resolved once
    assert display_path(Path("linked/a.txt")) == "seeds/a.txt"
    assert display_path(Path("seeds/c.txt")) == "seeds/a.txt"
    assert display_path(Path("seeds/b.txt")) == "seeds/b.txt"
    monkeypatch.chdir(work / "seeds")  # relative paths are the new folder's
    assert display_path(Path("a.txt")) == resolved(Path("a.txt")) == "a.txt"
    assert display_path(Path("../seeds/a.txt")) == "a.txt"
