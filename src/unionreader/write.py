"""Writing the site: every file goes to a temporary folder, swapped into place only when complete.

A failed build leaves the previous site untouched. A folder that was not made by UnionReader is
never replaced: each built site carries a marker file.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from unionreader.errors import BuildError
from unionreader.model import OutputFile

logger = logging.getLogger(__name__)

MARKER = ".unionreader-site"


def write_site(
    files: Iterable[OutputFile],
    out_dir: Path,
    finish: Callable[[Path], None] | None = None,
) -> int:
    """Write `files` into `out_dir` atomically; returns how many files were written.

    `finish`, if given, runs on the complete staging folder before the swap (the search index is
    made there), so that its failure, too, leaves the previous site untouched.
    """
    _check_replaceable(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        count = _write_all(files, staging)
        if finish is not None:
            finish(staging)
        (staging / MARKER).write_text("built by unionreader; replaced on every build\n")
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return count


def _write_all(files: Iterable[OutputFile], root: Path) -> int:
    count = 0
    seen: set[str] = set()
    for file in files:
        relative = PurePosixPath(file.path)
        if relative.is_absolute() or ".." in relative.parts or file.path in seen:
            raise BuildError(f"refusing to write {file.path!r}: outside the site or written twice")
        seen.add(file.path)
        target = root.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file.content)
        count += 1
    return count


def _check_replaceable(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError("exists and is not a folder", out_dir)
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise BuildError(
            f"is not empty and was not built by unionreader (no {MARKER}); not replacing it",
            out_dir,
        )


def _swap(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
    old.rmdir()
    out_dir.rename(old)
    staging.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)
