"""How a small rebuild's processes hold their memory.

A rebuild that makes a few documents spends much of its system time on page faults: numpy's
large temporary arrays are mapped afresh and handed back to the system when freed (glibc maps
anything over a threshold, at most 32 MB, on its own), so the next one faults its pages in
again, and the processes it forks inherit the same. `keep_freed_memory` has glibc serve them
from its heap and keep what is freed there for the next, which a short-lived process can
afford. A build of many documents, whose peak of memory matters, leaves glibc as it is.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import sys
from collections.abc import Callable
from typing import cast

logger = logging.getLogger(__name__)

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
KEPT = 1 << 30
"""Allocations up to this size come from the heap, and up to this much freed memory at its top
stays there (a glibc that refuses so high a mapping threshold gets its own limit, 32 MiB)."""
FALLBACK = 32 << 20


def keep_freed_memory() -> bool:
    """Have glibc's allocator (where there is one) keep freed memory for reuse, in this process
    and those it forks from now on; whether it could."""
    mallopt = _mallopt()
    if mallopt is None:
        return False
    mapped = mallopt(M_MMAP_THRESHOLD, KEPT) or mallopt(M_MMAP_THRESHOLD, FALLBACK)
    done = bool(mapped and mallopt(M_TRIM_THRESHOLD, KEPT))
    logger.debug("freed memory kept for reuse: %s", done)
    return done


@functools.cache
def _mallopt() -> Callable[[int, int], int] | None:
    """glibc's mallopt, if this Python runs on glibc."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        function = libc.mallopt
    except (OSError, AttributeError):
        return None
    function.argtypes = (ctypes.c_int, ctypes.c_int)
    function.restype = ctypes.c_int
    return cast(Callable[[int, int], int], function)
