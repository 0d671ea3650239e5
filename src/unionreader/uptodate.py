"""The quick check: a build whose inputs and site are as the last build left them stops after
a look at the file system (names, sizes and modification times), as make and git do, before it
reads or hashes a single file.

The inputs are every file below the seeds folder, the templates, the static folder and
UnionReader's own package, with the versions of the packages it builds with and the build's
options. Their stamps (path, size, modification time) are taken as a build starts. The site's
are its files' (from the manifest the build wrote) and its folders' (a folder's modification
time changes when a file is added to it, removed or renamed). The last build's stamps, report
and warnings are kept in a small file of the cache root, outside the per-version folders. When
any stamp differs, the build goes on to hash its inputs (`inputs.read_inputs`), which decide.

A file can change twice within one tick of the file system's clock and keep its stamp. So a
file whose modification time is not older than the moment its stamp was taken is kept as
unknown, and the next build hashes (git's "racily clean" entries).
"""

from __future__ import annotations

import logging
import os
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from unionreader.cache import (
    PACKAGE,
    dependency_versions,
    digest,
    files_below,
    read_pickled_after,
    store_pickled_after,
)

if TYPE_CHECKING:
    from unionreader.inputs import SizeAndTime
    from unionreader.pipeline import BuildConfig, BuildReport
    from unionreader.write import FolderStamps, Manifest

logger = logging.getLogger(__name__)

FOLDER = ".uptodate"
"""In the cache root (names starting with a dot survive a new code version's clean-up)."""
UNKNOWN = -1
"""The modification time of a stamp that must not be trusted: it never matches."""

FileStamp = tuple[str, int, int]  # path, size, modification time (ns)


@dataclass(frozen=True)
class InputStamps:
    """The build's options and a stamp of every file it reads."""

    options: tuple[str, ...]
    files: tuple[FileStamp, ...]


@dataclass(frozen=True)
class FileColumns:
    """Files' stamps as columns: their paths as one string and their identities as another
    (NUL between: no path holds one), their sizes and modification times as arrays of 64-bit
    numbers. A site's thousands of stamps are kept and read back at every build, many times
    faster so than as a tuple each."""

    paths: str
    identities: str
    sizes: bytes
    times: bytes

    @staticmethod
    def of(manifest: Manifest) -> FileColumns:
        stamps = manifest.values()
        return FileColumns(
            "\0".join(manifest),
            "\0".join(stamp.identity for stamp in stamps),
            array("q", (stamp.size for stamp in stamps)).tobytes(),
            array("q", (stamp.mtime_ns for stamp in stamps)).tobytes(),
        )

    def stamps(self) -> Iterator[FileStamp]:
        """Each file's path, size and modification time."""
        if not self.paths:
            return iter(())
        sizes, times = array("q", self.sizes), array("q", self.times)
        return zip(self.paths.split("\0"), sizes, times, strict=True)

    def manifest(self) -> Manifest:
        from unionreader.write import Stamp  # a build has it loaded: a quick check needs not

        if not self.paths:
            return {}
        columns = (self.identities.split("\0"), array("q", self.sizes), array("q", self.times))
        stamps = map(Stamp._make, zip(*columns, strict=True))
        return dict(zip(self.paths.split("\0"), stamps, strict=True))


@dataclass(frozen=True)
class SiteStamps:
    """The site as a build left it: its files and its folders (site paths, "" the root)."""

    files: FileColumns
    folders: tuple[tuple[str, int], ...]

    def hold(self, out_dir: Path) -> bool:
        """Whether `out_dir` still looks exactly as it did."""
        try:
            root = os.open(out_dir, os.O_RDONLY)  # paths are looked up from it: no joins
        except OSError:
            return False
        try:
            for path, mtime in self.folders:
                if os.stat(path or ".", dir_fd=root).st_mtime_ns != mtime:
                    return False
            for path, size, mtime in self.files.stamps():
                stat = os.stat(path, dir_fd=root)
                if stat.st_mtime_ns != mtime or stat.st_size != size:
                    return False
        except OSError:
            return False
        finally:
            os.close(root)
        return True


@dataclass(frozen=True)
class LastBuild:
    """What the quick check compares and what an up-to-date build reports."""

    inputs: InputStamps
    site: SiteStamps
    report: BuildReport
    warnings: tuple[str, ...]  # what reading the inputs warned about, said again


@dataclass(frozen=True)
class QuickCheck:
    """One build's side of the check: where its file is, and its inputs' stamps."""

    path: Path
    inputs: InputStamps

    def stamps(self) -> dict[str, SizeAndTime]:
        """Each input file's size and modification time, where they can be trusted."""
        return {path: (size, mtime) for path, size, mtime in self.inputs.files if mtime != UNKNOWN}

    @property
    def trusted(self) -> bool:
        """Whether every stamp can be trusted (none was taken in the tick its file changed)."""
        return all(mtime != UNKNOWN for _, _, mtime in self.inputs.files)

    @classmethod
    def start(cls, config: BuildConfig, cache_root: Path) -> QuickCheck:
        """Take the stamps (first the file system's clock, for the racy ones)."""
        project = config.project
        path = cache_root / FOLDER / digest(project)[:16]
        now = _clock(path.parent)
        options = (project, config.base_url or "", *dependency_versions())
        folders = (config.seeds_dir, config.templates_dir, config.static_dir, PACKAGE)
        files = tuple(stamp for folder in folders for stamp in _stamps(folder, now))
        return cls(path, InputStamps(options, files))

    def last_build(self, out_dir: Path) -> LastBuild | None:
        """The last build, if nothing has changed since: neither the inputs nor the site."""
        if not self.trusted:
            return None
        last = read_pickled_after(self.path, self.inputs)  # the site's stamps only if needed
        if not isinstance(last, LastBuild) or last.inputs != self.inputs:
            return None
        return last if last.site.hold(out_dir) else None

    def save(
        self,
        out_dir: Path,
        manifest: Manifest,
        report: BuildReport,
        warnings: tuple[str, ...],
        folders: FolderStamps | None = None,
    ) -> None:
        """Keep this build for the next one's check (the site as `manifest` says it was written,
        its folders as `folders` does, if given); with a stamp that cannot be trusted, forget
        the last one instead."""
        try:
            if not self.trusted:
                self.path.unlink(missing_ok=True)
                return
            site = site_stamps(out_dir, manifest, folders)
            last = LastBuild(self.inputs, site, report, warnings)
            store_pickled_after(self.path, self.inputs, last)
        except OSError as error:  # the check is an optimisation: the build stands without it
            logger.debug("cannot keep %s: %s", self.path, error)


def site_stamps(
    out_dir: Path, manifest: Manifest, folders: FolderStamps | None = None
) -> SiteStamps:
    """The site's files as written (their stamps from `manifest`) and its folders (as
    `folders` has them, if given — the commit knows them —, else as they are)."""
    from unionreader.write import folder_stamps  # a build has it loaded: a quick check needs not

    found = folder_stamps(out_dir, manifest, {}) if folders is None else folders
    return SiteStamps(FileColumns.of(manifest), tuple(sorted(found.items())))


def up_to_date(last: LastBuild, seconds: float) -> BuildReport:
    """The report of a build that found nothing to do, with the last build's warnings again."""
    for warning in last.warnings:
        logger.warning("%s", warning)
    return replace(last.report.again(), seconds=seconds)


@contextmanager
def warnings_kept() -> Iterator[list[str]]:
    """Collect what UnionReader's loggers warn about meanwhile (they still say it too)."""
    kept: list[str] = []
    handler = _Keeper(kept)
    package = logging.getLogger("unionreader")
    package.addHandler(handler)
    try:
        yield kept
    finally:
        package.removeHandler(handler)


class _Keeper(logging.Handler):
    def __init__(self, kept: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.kept = kept

    def emit(self, record: logging.LogRecord) -> None:
        self.kept.append(record.getMessage())


def _clock(folder: Path) -> int:
    """The file system's clock now: the modification time of a file written for it."""
    probe = folder / f".clock.{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        now = os.stat(probe).st_mtime_ns
        probe.unlink()
    except OSError:
        return 0  # every stamp is then unknown: the check never passes
    return now


def _stamps(folder: Path, now: int) -> Iterator[FileStamp]:
    """A stamp of every file below `folder` (`cache.files_below`: those the hashes cover)."""
    for path in files_below(folder):
        try:
            stat = os.stat(path)
        except OSError:
            yield str(path), UNKNOWN, UNKNOWN
            continue
        mtime = stat.st_mtime_ns if stat.st_mtime_ns < now else UNKNOWN
        yield str(path), stat.st_size, mtime
