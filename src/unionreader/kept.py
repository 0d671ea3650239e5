"""Tables a build keeps between builds besides its records: those that take long to make and
come out the same every time (the conversions' tables, the pinyin of terms), in a folder of the
build cache (whose folders are per code version and dependency versions, so a table never
outlives what made it). The build names the folder (`kept_in`) before it forks its workers,
which then find it too; with no folder named, nothing is kept and every process makes its own.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

from unionreader.cache import read_pickled, store_pickled

logger = logging.getLogger(__name__)

_FOLDER: list[Path] = []


@contextlib.contextmanager
def kept_in(folder: Path) -> Iterator[None]:
    """Keep tables in `folder` while in this context, in this process and those it forks."""
    before = list(_FOLDER)
    _FOLDER[:] = [folder]
    try:
        yield
    finally:
        _FOLDER[:] = before


def load(name: str) -> object | None:
    """The table kept as `name`, or None (none kept, or it cannot be read)."""
    return read_pickled(_FOLDER[0] / f"{name}.pickle") if _FOLDER else None


def folder(name: str) -> Path | None:
    """A folder of its own among the kept tables, for files another library keeps (made when
    asked), or None (none kept, or it cannot be made)."""
    if not _FOLDER:
        return None
    path = _FOLDER[0] / name
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path


def save(name: str, value: object) -> None:
    """Keep `value` as `name` (atomically; a folder that cannot be written keeps nothing)."""
    if _FOLDER:
        with contextlib.suppress(OSError):
            store_pickled(_FOLDER[0] / f"{name}.pickle", value)
