"""A small rebuild's processes keep freed memory for reuse (`memory.keep_freed_memory`)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from unionreader import memory
from unionreader.cli import NUMPY_SETTINGS


def test_glibc_keeps_freed_memory_when_asked() -> None:
    """In a process of its own (the setting lasts as long as the process): an array larger
    than glibc ever serves from its heap by itself (32 MB) is mapped and faulted in afresh
    each time; after the call, one freed and made again reuses the heap's pages."""
    probe = (
        "import resource, numpy as np\n"
        "from unionreader.memory import keep_freed_memory\n"
        "def faults():\n"
        "    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt\n"
        "def churn():\n"
        "    before = faults()\n"
        "    for _ in range(5):\n"
        "        a = np.ones(48 << 20, dtype=np.uint8); del a\n"
        "    return faults() - before\n"
        "churn()\n"
        "plain = churn()\n"
        "kept = keep_freed_memory()\n"
        "churn()\n"
        "print(kept, plain, churn())\n"
    )
    env = {**os.environ, **NUMPY_SETTINGS}  # as the build sets numpy up: no huge pages
    run = [sys.executable, "-c", probe]
    out = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    kept, plain, after = out.stdout.split()
    if kept != "True":
        pytest.skip("no glibc allocator here")
    # 48 MB is 12,288 pages of 4 KB (fewer faults where the kernel maps huge pages anyway)
    assert int(plain) > 0 and int(after) * 20 <= int(plain)


def test_without_glibc_nothing_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_mallopt", lambda: None)
    assert memory.keep_freed_memory() is False
