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

import functools
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
DEPENDENCIES = (
    "jinja2",
    "markdown-it-py",
    "mdit-py-plugins",
    "opencc-python-reimplemented",
    "pagefind-bin-extended",
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
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            parts += [path.relative_to(PACKAGE).as_posix(), path.read_bytes()]
    versions = installed_versions()
    for name in DEPENDENCIES:
        parts += [name, versions.get(_normal(name), "")]
    return digest(*parts)[:16]


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


def store(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Shelf:
    """Values by key in one SQLite file of the cache, read whole and updated row by row: the
    records of a thousand documents load in one read, and a build that changed one of them
    writes one row."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS shelf (key TEXT PRIMARY KEY, value BLOB)"
        )

    @classmethod
    def open(cls, path: Path) -> Shelf:
        """The shelf at `path`, emptied and made again if it cannot be read."""
        try:
            return cls(path)
        except sqlite3.DatabaseError:
            path.unlink(missing_ok=True)
            return cls(path)

    def items(self) -> dict[str, bytes]:
        try:
            rows = self.connection.execute("SELECT key, value FROM shelf").fetchall()
        except sqlite3.DatabaseError:
            return {}
        return {str(key): bytes(value) for key, value in rows}

    def update(self, added: dict[str, bytes], keep: Iterable[str]) -> None:
        """Add `added`, then drop every key not in `keep` (nor added), in one transaction."""
        kept = set(keep) | set(added)
        with self.connection:
            self.connection.execute("BEGIN")
            self.connection.executemany(
                "INSERT OR REPLACE INTO shelf VALUES (?, ?)", list(added.items())
            )
            present = [row[0] for row in self.connection.execute("SELECT key FROM shelf")]
            gone = [(key,) for key in present if key not in kept]
            self.connection.executemany("DELETE FROM shelf WHERE key = ?", gone)

    def close(self) -> None:
        self.connection.close()
