"""Character classes compiled once per process, not once per pattern.

Python's `re` works out every character class of a pattern it compiles by setting a byte for
each code point of each range, in a Python loop (`re._compiler._optimize_charset`): about a
millisecond for a class of the Chinese ranges, and the normaliser's patterns hold such classes
hundreds of times over, mostly the same few (of 2,455 classes compiled in loading a build's
modules, 551 are distinct). That function depends on its arguments alone, so `install` puts a
memo in front of it: the compiled patterns are the same, and a process loads the build's
modules in 0.31 s instead of 0.44 s (`python bench/imports.py`), which a rebuild waits for
(its few documents are made in a process that loads them first, `fresh`).

Where the function is not there as Python 3.11–3.13 have it, nothing is installed.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

_COMPILER: Any = importlib.import_module("re._compiler")
_ORIGINAL: Callable[..., tuple[list[Any], bool]] | None = getattr(
    _COMPILER, "_optimize_charset", None
)
_SIGNATURE = ("charset", "iscased", "fixup", "fixes")
_memo: dict[tuple[object, ...], tuple[list[Any], bool]] = {}
_reused = 0


def _optimized(
    charset: list[Any],
    iscased: Callable[[int], bool] | None = None,
    fixup: Callable[[int], int] | None = None,
    fixes: dict[int, tuple[int, ...]] | None = None,
) -> tuple[list[Any], bool]:
    """`_optimize_charset`, remembered by its arguments (the case tables `fixes` by identity:
    `re` passes one of two module-level tables, or none)."""
    global _reused
    assert _ORIGINAL is not None
    try:
        key = (tuple(charset), iscased, fixup, None if fixes is None else id(fixes))
        found = _memo.get(key)
    except TypeError:  # an item that cannot be a key: not remembered
        return _ORIGINAL(charset, iscased, fixup, fixes)
    if found is None:
        found = _memo[key] = _ORIGINAL(charset, iscased, fixup, fixes)
    else:
        _reused += 1
    out, cased = found
    return list(out), cased  # the caller's own list, as the original gives


def installable() -> bool:
    """Whether this Python's `re` has the function as the memo expects it."""
    return _ORIGINAL is not None and tuple(inspect.signature(_ORIGINAL).parameters) == _SIGNATURE


def install() -> None:
    """Put the memo in front of `re`'s character classes (once; a no-op where not installable)."""
    if installable():
        _COMPILER._optimize_charset = _optimized


def uninstall() -> None:
    """Put `re` back as it was (for measuring what the memo saves)."""
    if _ORIGINAL is not None:
        _COMPILER._optimize_charset = _ORIGINAL


def counts() -> tuple[int, int]:
    """The classes this process's memo worked out, and how many times it gave one again."""
    return len(_memo), _reused
