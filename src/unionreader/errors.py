"""Errors that stop a build; each names the file (and line) it is about."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

logger = logging.getLogger(__name__)


NAMED = 3
"""How many names a message lists before it counts the rest."""


def some_of(names: Sequence[str], separator: str = ", ", total: int | None = None) -> str:
    """The first `NAMED` of `names`, then how many more of them (or of `total`, if `names`
    holds only the first): a message about hundreds of files names a few (`a.txt, b.txt,
    c.txt and 997 more`)."""
    count = len(names) if total is None else total
    shown = separator.join(names[:NAMED])
    return f"{shown} and {count - NAMED} more" if count > NAMED else shown


def display_path(path: Path) -> str:
    """Show a path relative to the working directory when it lies below it."""
    return display_paths([path])[0]


def display_paths(paths: Sequence[Path]) -> list[str]:
    """`display_path` of each path, each folder resolved once (the documents a build lists for
    review, hundreds of them, lie in a few folders): path strings, not `Path` objects."""
    here = os.getcwd()
    folders: dict[str, str] = {}

    def resolved(folder: str) -> str:
        found = folders.get(folder)
        if found is None:
            found = folders[folder] = os.path.realpath(folder)
        return found

    root = resolved(here)
    below = root.rstrip(os.sep) + os.sep
    shown = []
    for path in paths:
        text = os.fspath(path)
        folder, name = os.path.split(text)
        whole = name in ("", ".", "..") or os.path.islink(text)
        real = (
            os.path.realpath(text)
            if whole
            else os.path.join(resolved(os.path.join(here, folder)), name)
        )
        if real == root:
            shown.append(".")
        elif real.startswith(below):
            shown.append(real[len(below) :])
        else:
            shown.append(str(path))
    return shown


class UnionReaderError(Exception):
    """Base of every error the command line reports as one clear line."""

    def __init__(self, message: str, path: Path | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __reduce__(self) -> tuple[type[UnionReaderError], tuple[str, Path | None, int | None]]:
        """Pickled whole (a build worker's error reaches the command line with its place)."""
        return (type(self), (self.message, self.path, self.line))

    def lines(self) -> tuple[str, ...]:
        """The error as the command line reports it: one line (`SeedErrors`: one per seed)."""
        return (str(self),)

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = display_path(self.path)
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


class SeedError(UnionReaderError):
    """A seed file cannot be read: missing, empty, binary or undecodable."""


class SeedErrors(UnionReaderError):
    """Several seeds that cannot be built, reported together: a build reads every seed before
    it stops, so that one run names every file to mend, not the first of them."""

    def __init__(self, errors: Sequence[UnionReaderError]) -> None:
        self.errors = tuple(errors)
        super().__init__(f"{len(self.errors)} seeds cannot be built; nothing was written")

    def __reduce__(self) -> tuple[type[SeedErrors], tuple[tuple[UnionReaderError, ...]]]:  # type: ignore[override]
        return (type(self), (self.errors,))

    def lines(self) -> tuple[str, ...]:
        return (*(str(error) for error in self.errors), self.message)

    def __str__(self) -> str:
        return "\n".join(self.lines())


def raise_together(errors: Sequence[UnionReaderError]) -> None:
    """Raise `errors`: none, one as it is, several as one `SeedErrors`."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise SeedErrors(errors)


class CatalogError(UnionReaderError):
    """`seeds/catalog.toml` is malformed or disagrees with the seed files."""


class StructureError(UnionReaderError):
    """A document cannot be given a sound structure."""


class BuildError(UnionReaderError):
    """The site could not be written (output folder, external tool)."""
