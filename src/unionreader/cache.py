"""The build cache: what a build computed, kept by content for the next build, outside the site.

The folder is `$UNIONREADER_CACHE`, else `$XDG_CACHE_HOME/unionreader`, else
`~/.cache/unionreader`. Inside, one folder per code version (a hash of UnionReader's own files
and its dependencies' versions): a new version never reads what an older one wrote, and the
folders of other versions are removed when a build starts. Within a version, each project (a
seeds folder built into an output folder) has its own part, so two projects never evict each
other's entries.

An entry is a file named by the hash of everything it was made from. It is written under a
temporary name and renamed, so a build that stops half-way never leaves half an entry; an entry
that cannot be read is a miss. After a build, entries it did not use are removed (`prune`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import pickle
import re
import shutil
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

logger = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
DEPENDENCIES = (
    "jinja2",
    "markdown-it-py",
    "mdit-py-plugins",
    "opencc-python-reimplemented",
    "pagefind-bin-extended",
    "pypinyin",
    "python-docx",
    "pyyaml",
    "trafilatura",
    "numpy",
    "cbor2",
)
"""Packages whose version changes what a build makes."""


def digest(*parts: bytes | str) -> str:
    """A hex hash of `parts` (each length-prefixed, so that parts never run together)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


@functools.cache
def code_version() -> str:
    """A hash of this package's files and the versions of the packages it builds with."""
    parts: list[bytes | str] = []
    for path in files_below(PACKAGE):
        parts += [path.relative_to(PACKAGE).as_posix(), path.read_bytes()]
    return digest(*parts, *dependency_versions())[:16]


def files_below(folder: Path) -> list[Path]:
    """Every file below `folder`, bytecode caches aside, in path order (links to folders are
    not followed): the files a build reads from a folder, whether it hashes them (`code_version`,
    `inputs`) or only looks at their stamps (`uptodate`, `serve`)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except (FileNotFoundError, NotADirectoryError):
        return []
    found: list[Path] = []
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if entry.name != "__pycache__":
                found += files_below(Path(entry.path))
        elif entry.is_file():
            found.append(Path(entry.path))
    return found


def dependency_versions() -> tuple[str, ...]:
    """`name=version` of each package whose version changes what a build makes."""
    versions = installed_versions()
    return tuple(f"{name}={versions.get(_normal(name), '')}" for name in DEPENDENCIES)


def installed_versions() -> dict[str, str]:
    """Distribution name → version, from the `*.dist-info` folders on the import path (what
    importlib.metadata reads, without the cost of importing it)."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                distribution, _, version = name.removesuffix(".dist-info").partition("-")
                found.setdefault(_normal(distribution), version)
    return found


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def default_folder() -> Path:
    """Where the cache lives unless a build is told otherwise."""
    explicit = os.environ.get("UNIONREADER_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "unionreader"


@dataclass
class Cache:
    """Entries of one project under one code version; `used` collects what this build read or
    wrote, so that `prune` can drop the rest."""

    folder: Path
    used: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def open(cls, root: Path, project: str) -> Cache:
        """The cache for `project` (any string naming it) in `root`; a temporary folder, with a
        warning, if `root` cannot be written."""
        version = code_version()
        try:
            root.mkdir(parents=True, exist_ok=True)
            for old in root.iterdir():
                if old.is_dir() and old.name != version and not old.name.startswith("."):
                    shutil.rmtree(old, ignore_errors=True)
            folder = root / version / digest(project)[:16]
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".probe"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            folder = Path(tempfile.mkdtemp(prefix="unionreader-cache-"))
            logger.warning("cache %s cannot be used (%s); building without it", root, error)
        return cls(folder)

    def path(self, kind: str, key: str) -> Path:
        return self.folder / kind / key

    def read(self, kind: str, key: str) -> bytes | None:
        """The entry, or None if there is none (or it cannot be read)."""
        self.used.setdefault(kind, set()).add(key)
        try:
            return self.path(kind, key).read_bytes()
        except OSError:
            return None

    def write(self, kind: str, key: str, data: bytes) -> None:
        """Store an entry (atomically: a reader sees the old entry, the new one or none)."""
        self.used.setdefault(kind, set()).add(key)
        store(self.path(kind, key), data)

    def prune(self, kinds: Iterable[str]) -> int:
        """Remove the entries of `kinds` this build did not use; returns how many."""
        removed = 0
        for kind in kinds:
            keep = self.used.get(kind, set())
            folder = self.folder / kind
            if not folder.is_dir():
                continue
            for entry in folder.iterdir():
                if entry.name not in keep:
                    entry.unlink(missing_ok=True)
                    removed += 1
        return removed


UNPICKLING_ERRORS = (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError)
"""What reading back pickled data raises when it is damaged or was written by other code (a
class changed or gone since)."""


def read_pickled(path: Path) -> object | None:
    """What the file at `path` holds pickled; None if it is missing or cannot be read back."""
    try:
        with open(path, "rb") as data:  # read as unpickled: large arrays are never held twice
            found: object = pickle.load(data)
    except (OSError, *UNPICKLING_ERRORS):
        return None
    return found


def store_pickled(path: Path, value: object) -> None:
    """`store` `value` pickled (written as pickled: large arrays are never held twice)."""
    with _storing(path) as out:
        pickle.dump(value, out, pickle.HIGHEST_PROTOCOL)


def store_pickled_after(path: Path, head: object, value: object) -> None:
    """`store_pickled` `value` after `head`, pickled apart: `read_pickled_after` reads the
    head alone when it is not the one asked for."""
    with _storing(path) as out:
        pickle.dump(head, out, pickle.HIGHEST_PROTOCOL)
        pickle.dump(value, out, pickle.HIGHEST_PROTOCOL)


def read_pickled_after(path: Path, head: object) -> object | None:
    """What `store_pickled_after` stored after `head` in the file at `path`; None if the file
    is missing, cannot be read back, or begins with another head (the rest is not read)."""
    try:
        with open(path, "rb") as data:
            if pickle.load(data) != head:
                return None
            found: object = pickle.load(data)
    except (OSError, *UNPICKLING_ERRORS):
        return None
    return found


def store(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename (the
    temporary name is this process's, so workers writing at once never share one)."""
    with _storing(path) as out:
        out.write(data)


@contextlib.contextmanager
def _storing(path: Path) -> Iterator[BinaryIO]:
    """A file to write, that becomes `path` when done (and is removed on an error)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        out = open(temporary, "wb")  # noqa: SIM115
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        out = open(temporary, "wb")  # noqa: SIM115
    try:
        with out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


RECORDS_SHELF = "records"
"""The shelf (a table of the build cache's database) of each document's record (`stages`)."""
DOCUMENTS_SHELF = "documents"
"""The shelf of each built document, pickled, under its key, and of its page with an empty
pager slot (`render.Renderer.unlinked`) under its page key (`documents`)."""


class Shelf:
    """Values by key in a table of one SQLite file of the cache, read whole or by key and
    updated row by row: the records of a thousand documents load in one read, a build that
    changed one of them writes one row, and a thousand documents make one file, not a thousand
    (creating files is what a build spends most of its system time on)."""

    TABLES = (RECORDS_SHELF, DOCUMENTS_SHELF)

    def __init__(self, path: Path, table: str) -> None:
        if table not in self.TABLES:
            raise ValueError(table)
        self.path = path
        self.table = table
        self.lock = threading.Lock()  # the build's threads share the connection, one at a time
        self.connection = sqlite3.connect(
            path, isolation_level=None, timeout=60, check_same_thread=False
        )
        # A cache need not survive a power cut (a damaged one is an empty one): no syncing.
        self.connection.execute("PRAGMA synchronous = OFF")
        self.connection.execute("PRAGMA journal_mode = MEMORY")
        for name in self.TABLES:
            self.connection.execute(
                f"CREATE TABLE IF NOT EXISTS {name} (key TEXT PRIMARY KEY, value BLOB)"
            )

    @classmethod
    def open(cls, path: Path, table: str) -> Shelf:
        """The shelf at `path`, emptied and made again if it cannot be read."""
        try:
            return cls(path, table)
        except sqlite3.DatabaseError:
            path.unlink(missing_ok=True)
            return cls(path, table)

    def items(self) -> dict[str, bytes]:
        return dict(self.rows())

    def rows(self) -> Iterator[tuple[str, bytes]]:
        """Every key and value, one row at a time (the table is never held whole)."""
        try:
            with self.lock:
                cursor = self.connection.execute(f"SELECT key, value FROM {self.table}")
                while batch := cursor.fetchmany(256):
                    yield from batch
        except sqlite3.DatabaseError:  # a damaged cache is an empty one
            return

    def keys(self) -> set[str]:
        return {key for (key,) in self._rows(f"SELECT key FROM {self.table}")}

    def get(self, key: str) -> bytes | None:
        rows = self._rows(f"SELECT value FROM {self.table} WHERE key = ?", (key,))
        return bytes(rows[0][0]) if rows else None

    def _rows(self, query: str, parameters: tuple[str, ...] = ()) -> list[Any]:
        try:
            with self.lock:
                rows = self.connection.execute(query, parameters).fetchall()
        except sqlite3.DatabaseError:  # a damaged cache is an empty one
            return []
        return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows]

    def update(self, added: dict[str, bytes], keep: Iterable[str]) -> None:
        """Add `added`, then drop every key not in `keep` (nor added), in one transaction."""
        kept = set(keep) | set(added)
        with self.connection:
            self.connection.execute("BEGIN")
            self.connection.executemany(
                f"INSERT OR REPLACE INTO {self.table} VALUES (?, ?)", list(added.items())
            )
            present = [row[0] for row in self.connection.execute(f"SELECT key FROM {self.table}")]
            gone = [(key,) for key in present if key not in kept]
            self.connection.executemany(f"DELETE FROM {self.table} WHERE key = ?", gone)

    def close(self) -> None:
        self.connection.close()
