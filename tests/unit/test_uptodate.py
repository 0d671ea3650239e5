"""The quick check: a build with nothing to do is recognised by stamps alone, and any change to an
input or to the site (even one that keeps a file's size) sends the build on to hash its inputs."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from unionreader import inputs, kept
from unionreader.cache import (
    read_pickled,
    read_pickled_after,
    store_pickled,
    store_pickled_after,
)
from unionreader.inputs import read_inputs
from unionreader.model import Seed
from unionreader.pipeline import BuildConfig, BuildReport, BuildState
from unionreader.uptodate import QuickCheck, up_to_date, warnings_kept
from unionreader.write import Manifest, Stamp

REPORT = BuildReport(1, 2, 3, 2, 2, 2, 1, None, 1.5)
LONG_AGO = time.time() - 60


def _write(path: Path, text: str, when: float = LONG_AGO) -> None:
    """Write a file, dated `when` (not in the tick the stamps are taken in)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (when, when))


@pytest.fixture
def config(tmp_path: Path) -> BuildConfig:
    for name, text in {
        "seeds/001.txt": "工会",
        "seeds/catalog.toml": "",
        "templates/base.html": "<html>",
        "static/site.css": "body{}",
        "site/index.html": "home",
        "site/d/a/index.html": "page",
    }.items():
        _write(tmp_path / name, text)
    return BuildConfig(
        seeds_dir=tmp_path / "seeds",
        out_dir=tmp_path / "site",
        templates_dir=tmp_path / "templates",
        static_dir=tmp_path / "static",
        cache_dir=tmp_path / "cache",
    )


def _manifest(site: Path) -> Manifest:
    manifest = {}
    for path in site.rglob("*"):
        if path.is_file():
            stat = path.stat()
            manifest[path.relative_to(site).as_posix()] = Stamp(
                "id", stat.st_size, stat.st_mtime_ns
            )
    return manifest


def _saved(config: BuildConfig, warnings: tuple[str, ...] = ()) -> None:
    quick = QuickCheck.start(config, config.cache_dir or Path())
    quick.save(config.out_dir, _manifest(config.out_dir), REPORT, warnings)


def _found(config: BuildConfig) -> bool:
    quick = QuickCheck.start(config, config.cache_dir or Path())
    return quick.last_build(config.out_dir) is not None


def test_nothing_changed_is_found_by_stamps(config: BuildConfig) -> None:
    assert not _found(config)  # no build yet
    _saved(config)
    quick = QuickCheck.start(config, config.cache_dir or Path())
    last = quick.last_build(config.out_dir)
    assert last is not None and last.report == REPORT


LATER = LONG_AGO + 5


CHANGES: dict[str, Callable[[Path], None]] = {
    "a seed touched": lambda root: os.utime(root / "seeds" / "001.txt", (LATER, LATER)),
    "a seed added": lambda root: _write(root / "seeds" / "002.txt", "新"),
    "a seed removed": lambda root: (root / "seeds" / "001.txt").unlink(),
    "the catalogue edited": lambda root: _write(root / "seeds" / "catalog.toml", "# x", LATER),
    "a template edited": lambda root: _write(root / "templates" / "base.html", "<body>", LATER),
    "a static file added": lambda root: _write(root / "static" / "new.js", ""),
    "a page edited in place, same size": lambda root: (root / "site" / "index.html").write_text(
        "HOME", encoding="utf-8"
    ),
    "a page removed": lambda root: (root / "site" / "d" / "a" / "index.html").unlink(),
    "a file added to the site": lambda root: (root / "site" / "d" / "stray.txt").write_text("x"),
}


@pytest.mark.parametrize("change", CHANGES)
def test_any_change_to_an_input_or_to_the_site_is_seen(config: BuildConfig, change: str) -> None:
    _saved(config)
    CHANGES[change](config.seeds_dir.parent)
    assert not _found(config)


def test_another_base_url_is_another_build(config: BuildConfig) -> None:
    _saved(config)
    moved = BuildConfig(**{**config.__dict__, "base_url": "https://example.org/site/"})
    assert not _found(moved)


def test_a_file_changed_in_the_tick_its_stamp_is_taken_is_not_trusted(
    config: BuildConfig,
) -> None:
    _saved(config)
    seed = config.seeds_dir / "001.txt"
    seed.write_text("工人", encoding="utf-8")  # now: it could change again within the tick
    os.utime(seed, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    quick = QuickCheck.start(config, config.cache_dir or Path())
    assert not quick.trusted
    quick.save(config.out_dir, _manifest(config.out_dir), REPORT, ())
    assert not _found(config)  # and the last build's record is gone, not left stale
    assert not quick.path.exists()


def test_warnings_of_reading_the_inputs_are_kept_and_said_again(
    config: BuildConfig, caplog: pytest.LogCaptureFixture
) -> None:
    with warnings_kept() as kept:
        logging.getLogger("unionreader.catalog").warning("%s: no entry", "001.txt")
        logging.getLogger("unionreader.catalog").info("not kept")
    assert kept == ["001.txt: no entry"]
    _saved(config, tuple(kept))

    quick = QuickCheck.start(config, config.cache_dir or Path())
    last = quick.last_build(config.out_dir)
    assert last is not None
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        report = up_to_date(last, 0.01)
    assert report.unchanged and report.written == 0 and report.seconds == 0.01
    assert [r.getMessage() for r in caplog.records] == ["001.txt: no entry"]


def test_the_build_state_keeps_its_manifest_through_the_cache(tmp_path: Path) -> None:
    """The manifest is pickled as columns (`BuildState.__reduce__`) and read back as
    stamps, equal to what was kept: paths with spaces and line breaks, Chinese, sizes and
    times beyond 32 bits; an empty manifest too."""
    manifest = {f"d/{i}/index.html": Stamp(f"id{i}", i, 10**18 + i) for i in range(3)}
    manifest["terms/两个 维护\n/index.html"] = Stamp("abc+zh-hant", 2**40, -1)
    empty = BuildState("fingerprint", {}, REPORT)
    store_pickled(tmp_path / "empty.pickle", empty)
    assert read_pickled(tmp_path / "empty.pickle") == empty
    state = BuildState("fingerprint", manifest, REPORT)
    store_pickled(tmp_path / "state.pickle", state)
    back = read_pickled(tmp_path / "state.pickle")
    assert isinstance(back, BuildState) and back == state
    assert all(type(stamp) is Stamp for stamp in back.manifest.values())
    assert back.manifest["d/2/index.html"].mtime_ns == 10**18 + 2


_UNPICKLED: list[str] = []


def _unpickled(name: str) -> str:
    _UNPICKLED.append(name)
    return name


class _Watched:
    """A value that records being read back."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __reduce__(self) -> tuple[Callable[[str], str], tuple[str]]:
        return _unpickled, (self.name,)


def test_the_quick_check_reads_the_site_stamps_only_after_its_inputs_match(
    tmp_path: Path,
) -> None:
    """The file holds the inputs' stamps first and the rest apart: a build whose inputs
    changed reads the first part alone, not the stamp of every file of the site."""
    path = tmp_path / "quick"
    store_pickled_after(path, ("inputs", 1), _Watched("the rest"))
    _UNPICKLED.clear()
    assert read_pickled_after(path, ("inputs", 2)) is None
    assert _UNPICKLED == []
    assert read_pickled_after(path, ("inputs", 1)) == "the rest"
    assert _UNPICKLED == ["the rest"]
    path.write_bytes(b"not pickled")
    assert read_pickled_after(path, ("inputs", 1)) is None
    assert read_pickled_after(tmp_path / "missing", ("inputs", 1)) is None


def test_a_seed_with_the_stamp_it_had_keeps_its_hash_and_is_not_read_again(
    config: BuildConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick check's stamps go on to the inputs: a seed whose size and modification time
    are those it had in the last build has the hash it had then (kept), unread; one whose
    stamp changed is read again."""
    monkeypatch.setattr(kept, "_FOLDER", [])
    (tmp_path / "kept").mkdir()
    with kept.kept_in(tmp_path / "kept"):
        first = read_inputs(config, QuickCheck.start(config, tmp_path / "cache").stamps())
        real_digest = inputs._seed_digest

        def read_again(seed: Seed) -> str:
            raise AssertionError(f"{seed.path} read again")

        monkeypatch.setattr(inputs, "_seed_digest", read_again)
        again = read_inputs(config, QuickCheck.start(config, tmp_path / "cache").stamps())
        assert again.seeds == first.seeds and again.fingerprint == first.fingerprint
        with pytest.raises(AssertionError, match="read again"):  # no stamps: read
            read_inputs(config)
        monkeypatch.setattr(inputs, "_seed_digest", real_digest)
        _write(config.seeds_dir / "001.txt", "工人", LONG_AGO + 1)  # the same size, later
        edited = read_inputs(config, QuickCheck.start(config, tmp_path / "cache").stamps())
        assert edited.seeds[0][1] != first.seeds[0][1]
