"""Writing the site: only what differs from the last build, and nothing until everything is made.

Every file of the site has an identity: equal identities mean equal bytes (a hash of the content,
or of everything the content is made from). The manifest of the last build (identity, size and
modification time of each file) says what the folder holds; `stale` lists the files a build must
make: those whose identity changed, and those the folder no longer holds as they were written.
The build makes them into a staging folder beside the site (`Staging`, which worker processes
write into too), and `commit` moves them in once everything is made, then removes the files the
build no longer makes: the folder ends up exactly as a build from scratch would leave it. A
build that fails leaves the site as it was.

A folder with no manifest (new, or built before manifests) is made whole in the staging folder,
which replaces it. A folder that was not made by UnionReader is never touched: each built site
carries a marker file.
"""

from __future__ import annotations

import dataclasses
import errno
import heapq
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, NamedTuple

from unionreader import urls
from unionreader.cache import digest
from unionreader.errors import BuildError
from unionreader.model import NO_READINGS, OutputFile, Readings

logger = logging.getLogger(__name__)

MARKER = ".unionreader-site"
MARKER_TEXT = b"built by unionreader; replaced on every build\n"


@dataclass(frozen=True)
class Job:
    """Work that makes a file's bytes and may run in a worker process (both parts pickle)."""

    function: Callable[[Any], bytes]
    argument: Any

    def run(self) -> bytes:
        return self.function(self.argument)


@dataclass(frozen=True)
class SiteFile:
    """A file of the site: where it goes, its identity, and how to make its bytes (called only
    if it has to be written; `job`, if given, does the same in a worker process)."""

    path: str
    identity: str
    make: Callable[[], bytes]
    job: Job | None = None
    stream: Callable[[BinaryIO], None] | None = None  # writes the bytes instead of `make`
    readings: Readings = NO_READINGS  # a document's file: its edition's copy follows them

    @classmethod
    def of(cls, file: OutputFile) -> SiteFile:
        """A file whose bytes are at hand (its identity is their hash)."""
        content = file.content
        return cls(file.path, digest(content), lambda: content)

    def following(self, readings: Readings) -> SiteFile:
        """This file, its copy in the Traditional edition following `readings` (which its
        identity then holds)."""
        if not readings.entries or not urls.twinned(self.path):
            return self
        held = digest(self.identity, repr(readings.entries))
        return dataclasses.replace(self, identity=held, readings=readings)


class Stamp(NamedTuple):
    """A written file as the manifest remembers it (a tuple: a manifest of tens of thousands
    of them is kept and read back at every build)."""

    identity: str
    size: int
    mtime_ns: int


Manifest = dict[str, Stamp]


FolderStamps = dict[str, int]
"""Each folder of a site (its site path, "" the root) and its modification time (ns)."""


@dataclass(frozen=True)
class WriteReport:
    written: int
    kept: int
    removed: int
    manifest: Manifest
    folders: FolderStamps | None = None  # the site's folders now, when the commit knows them


class Staging:
    """A temporary folder beside the site where the build writes what it makes."""

    def __init__(self, out_dir: Path) -> None:
        check_replaceable(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        self.out_dir = out_dir
        self.folder = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))

    def write(
        self, path: str, data: bytes, readings: Readings = NO_READINGS, twins: Twins | None = None
    ) -> None:
        """Stage a file, and its copy in the edition now or with `twins` (`stage`)."""
        stage(self.folder, path, data, twins, readings)

    def write_stream(self, path: str, writer: Callable[[BinaryIO], None]) -> None:
        """Stage a file that `writer` writes piece by piece (a large one never held whole)."""
        target = self.folder.joinpath(*_parts(path))
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as out:
            writer(out)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def stage(
    folder: Path,
    path: str,
    data: bytes,
    twins: Twins | None = None,
    readings: Readings = NO_READINGS,
) -> None:
    """Write one file of the site into a staging folder (any process may), and its copy in the
    Traditional edition if it has one (`urls.twinned`): now, or with the others of `twins`
    (a document's file with the document's `readings`)."""
    _stage(folder, path, data)
    if urls.twinned(path):
        batch = Twins() if twins is None else twins
        batch.add(folder, path, data, readings)
        if twins is None:
            batch.stage()


def stage_alone(folder: Path, path: str, data: bytes) -> None:
    """`stage` without the Traditional copy (`stage_twins` makes it later)."""
    _stage(folder, path, data)


def stage_twins(folder: Path, files: Sequence[tuple[str, Readings]]) -> None:
    """Stage the Traditional edition's copies of files staged already (read back: they were
    just written, so they are still in memory), each path with its document's readings,
    converted together."""
    twins = Twins()
    for path, readings in files:
        with open(os.path.join(folder, path), "rb") as staged:
            twins.add(folder, path, staged.read(), readings)
    twins.stage()


class Twins:
    """Copies in the Traditional edition still to make: `stage` makes them all in one
    conversion (`edition_files`: what a conversion costs is mostly the same for any length)."""

    def __init__(self) -> None:
        self.files: list[tuple[Path, str, bytes, Readings]] = []

    def add(self, folder: Path, path: str, data: bytes, readings: Readings = NO_READINGS) -> None:
        """The file at site path `path` (Simplified), staged in `folder`, whose copy is to be
        made there (following `readings`, a document's)."""
        self.files.append((folder, path, data, readings))

    def stage(self) -> None:
        if not self.files:
            return
        from unionreader.edition.page import edition_files  # the converter loads its tables

        files, self.files = self.files, []
        made = edition_files(
            [(path, data) for _, path, data, _ in files], [file[3] for file in files]
        )
        for (folder, path, _, _), data in zip(files, made, strict=True):
            _stage(folder, urls.traditional_path(path), data)


def with_editions(paths: Mapping[str, str]) -> dict[str, str]:
    """Site paths (path → identity) with their copies in the Traditional edition."""
    found = dict(paths)
    for path, identity in paths.items():
        if urls.twinned(path):
            found[urls.traditional_path(path)] = _twin(identity)
    return found


def edition_paths(paths: Iterable[str]) -> set[str]:
    """Site paths with their copies in the Traditional edition."""
    return {*paths, *(urls.traditional_path(path) for path in paths if urls.twinned(path))}


def _twin(identity: str) -> str:
    return f"{identity}+{urls.EDITION_DIR}"


def _stage(folder: Path, path: str, data: bytes) -> None:
    target = os.path.join(folder, path)
    parent = os.path.dirname(target)
    if parent not in _MADE:
        os.makedirs(parent, exist_ok=True)
        _MADE.add(parent)
    try:
        out = open(target, "wb")  # noqa: SIM115
    except FileNotFoundError:  # a folder of an earlier staging folder of the same name
        os.makedirs(parent, exist_ok=True)
        out = open(target, "wb")  # noqa: SIM115
    with out:
        out.write(data)


_MADE: set[str] = set()
"""Folders this process made while staging (a folder is made once, not checked per file)."""


@dataclass(frozen=True)
class SiteScan:
    """A built site as one pass over its folder found it, against the manifest of the build
    that wrote it: the files of the manifest not as written (changed or gone), the files the
    manifest does not list, the folders that hold nothing, and every folder's stamp."""

    damaged: frozenset[str]
    unlisted: frozenset[str]
    empty: frozenset[str]
    folders: Mapping[str, int] = field(default_factory=dict)


def scan(out_dir: Path, manifest: Manifest) -> SiteScan:
    """The site in `out_dir` against `manifest` (a build does it beside its other work, and
    then neither `stale` nor `commit` looks at every file again, nor the quick check's stamps
    at every folder: `folder_stamps`)."""
    if not out_dir.is_dir():  # the site deleted since: every file of it to write again
        return SiteScan(frozenset(manifest), frozenset(), frozenset(), {})
    seen: set[str] = set()
    damaged: set[str] = set()
    unlisted: set[str] = set()
    empty: set[str] = set()
    folders: dict[str, int] = {}
    for path, entry in _entries(str(out_dir), empty, folders):
        stamp = manifest.get(path)
        if stamp is None:
            unlisted.add(path)
            continue
        seen.add(path)
        try:
            written = _matches(entry.stat(follow_symlinks=False), stamp)
        except OSError:
            written = False
        if not written:
            damaged.add(path)
    damaged |= manifest.keys() - seen
    return SiteScan(frozenset(damaged), frozenset(unlisted), frozenset(empty), folders)


def folders_of(paths: Iterable[str]) -> set[str]:
    """Every folder that holds one of the site paths `paths`, at any depth ("" the root)."""
    names = {""}
    for path in paths:
        name = path.rpartition("/")[0]
        while name not in names:
            names.add(name)
            name = name.rpartition("/")[0]
    return names


def folder_stamps(out_dir: Path, manifest: Manifest, known: Mapping[str, int]) -> FolderStamps:
    """The stamp of every folder of the site that `manifest` describes: as `known` says it,
    else as it is now."""
    root = str(out_dir)
    return {
        name: known[name] if name in known else os.stat(os.path.join(root, name)).st_mtime_ns
        for name in sorted(folders_of(manifest))
    }


def stale(
    out_dir: Path,
    previous: Manifest | None,
    wanted: Mapping[str, str],
    site: SiteScan | None = None,
) -> set[str]:
    """The paths of `wanted` (path → identity) that must be made: all of them for a folder with
    no manifest, else those whose identity changed or whose file is not as it was written (as
    `site` found it, if given, else as it is now)."""
    if previous is None or not (out_dir / MARKER).is_file():
        return set(wanted)
    root = str(out_dir)
    found = set()
    twinned = {path for path in wanted if urls.twinned(path)}
    urls.prepare_traditional_paths(twinned)

    def written(path: str, stamp: Stamp) -> bool:
        return path not in site.damaged if site else _same(f"{root}/{path}", stamp)

    def changed(path: str, identity: str) -> bool:
        stamp = previous.get(path)
        return stamp is None or stamp.identity != identity or not written(path, stamp)

    for path, identity in wanted.items():
        if changed(path, identity) or (
            path in twinned and changed(urls.traditional_path(path), _twin(identity))
        ):
            found.add(path)  # a file and its copy in the edition are made together
    return found


def commit(
    staging: Staging,
    wanted: Mapping[str, str],
    staged: set[str],
    previous: Manifest | None,
    site: SiteScan | None = None,
) -> WriteReport:
    """Put the staged files in place; the site then holds exactly `wanted`. The files it no
    longer wants are those of the last manifest and those the scan of the site (`site`, made
    now if not given) found unlisted."""
    out_dir = staging.out_dir
    folder = str(staging.folder)
    missing = [path for path in staged if not os.path.isfile(f"{folder}/{path}")]
    unknown = staged - set(wanted)
    if missing or unknown:
        raise BuildError(f"staging went wrong: {sorted(missing or unknown)[:3]}", staging.folder)
    if previous is None or not (out_dir / MARKER).is_file():
        if staged != set(wanted):
            raise BuildError("a first build must make every file", staging.folder)
        (staging.folder / MARKER).write_bytes(MARKER_TEXT)
        _swap(staging.folder, out_dir)
        root = str(out_dir)
        manifest = {path: _stamp(f"{root}/{path}", wanted[path]) for path in wanted}
        return WriteReport(len(staged), 0, 0, manifest)
    for path in sorted(staged):
        target = out_dir.joinpath(*_parts(path))
        if target.is_dir():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging.folder / path, target)
    site = scan(out_dir, previous) if site is None else site
    unwanted = [path for path in (*previous, *site.unlisted) if path not in wanted]
    removed = _removed(str(out_dir), wanted, unwanted, site.empty)
    staging.discard()
    manifest = {
        path: _stamp(out_dir / path, identity) if path in staged else previous[path]
        for path, identity in wanted.items()
    }
    # The folders the commit put something in or took something from are stamped again;
    # the others are as the scan found them.
    touched = folders_of([*staged, *unwanted, *(f"{name}/" for name in site.empty)])
    known = {name: mtime for name, mtime in site.folders.items() if name not in touched}
    folders = folder_stamps(out_dir, manifest, known)
    return WriteReport(len(staged), len(wanted) - len(staged), removed, manifest, folders)


def unchanged(out_dir: Path, manifest: Manifest) -> bool:
    """Whether `out_dir` still holds exactly the files of `manifest`, as they were written."""
    if not (out_dir / MARKER).is_file():
        return False
    site = scan(out_dir, manifest)
    return not site.damaged and not site.unlisted


def check_paths(paths: Iterable[str]) -> None:
    """Every path must lie inside the site, once."""
    seen: set[str] = set()
    for path in paths:
        parts = path.split("/")
        bad = path.startswith("/") or ".." in parts or "" in parts or path == MARKER
        if bad or path in seen:
            raise BuildError(f"refusing to write {path!r}: outside the site or written twice")
        seen.add(path)


def check_replaceable(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError("exists and is not a folder", out_dir)
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise BuildError(
            f"is not empty and was not built by unionreader (no {MARKER}); not replacing it",
            out_dir,
        )


def _parts(path: str) -> tuple[str, ...]:
    return PurePosixPath(path).parts


def _stamp(path: Path | str, identity: str) -> Stamp:
    stat = os.stat(path)
    return Stamp(identity, stat.st_size, stat.st_mtime_ns)


def _same(path: Path | str, stamp: Stamp) -> bool:
    try:
        return _matches(os.stat(path), stamp)
    except OSError:
        return False


def _matches(stat: os.stat_result, stamp: Stamp) -> bool:
    """Whether a file is as it was written (its size and modification time)."""
    return stat.st_size == stamp.size and stat.st_mtime_ns == stamp.mtime_ns


def _entries(
    root: str, empty: set[str] | None = None, folders: dict[str, int] | None = None
) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """Every file below the folder `root` but the marker: its site path and its entry (and
    into `empty`, if given, the site path of each folder below that holds nothing; into
    `folders`, if given, each folder's modification time, "" the root's)."""
    if folders is not None:
        folders[""] = os.stat(root).st_mtime_ns
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        held = False
        with os.scandir(folder) as entries:
            for entry in entries:
                held = True
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, name + "/"))
                    if folders is not None:
                        folders[name] = entry.stat(follow_symlinks=False).st_mtime_ns
                elif name != MARKER:
                    yield name, entry
        if not held and prefix and empty is not None:
            empty.add(prefix[:-1])


def _removed(
    root: str, wanted: Mapping[str, str], found: Iterable[str], empty: Iterable[str]
) -> int:
    """Delete the files of `found` (site paths) that `wanted` does not hold, then the folders
    of `empty` and those the deletions left empty, deepest first; how many files went."""
    removed = 0
    folders = set(empty)
    for path in found:
        if path in wanted or path == MARKER:
            continue
        try:
            os.unlink(f"{root}/{path}")
        except (FileNotFoundError, IsADirectoryError):  # gone already, or a folder there now
            continue
        removed += 1
        folders.add(path.rpartition("/")[0])
    deepest = [(-folder.count("/"), folder) for folder in folders if folder]
    heapq.heapify(deepest)
    while deepest:
        _, folder = heapq.heappop(deepest)
        parent = folder.rpartition("/")[0]
        try:
            gone = _removed_folder(f"{root}/{folder}")
        except (FileNotFoundError, NotADirectoryError):  # gone, or a file was put there
            continue
        if gone and parent and parent not in folders:
            folders.add(parent)
            heapq.heappush(deepest, (-parent.count("/"), parent))
    return removed


def _removed_folder(path: str) -> bool:
    """Remove an empty folder; False if something was put in it meanwhile."""
    try:
        os.rmdir(path)
    except OSError as error:
        if error.errno not in (errno.ENOTEMPTY, errno.EEXIST):
            raise
        return False
    return True


def _swap(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
    old.rmdir()
    out_dir.rename(old)
    staging.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)
