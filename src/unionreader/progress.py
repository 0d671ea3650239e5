"""Progress of a build on a terminal: one line, rewritten as work is done; nothing elsewhere.

A build that takes more than a moment says what it is doing (documents read, pages rendered,
the search index, files written) on standard error when that is a terminal, at most ten times
a second, and clears the line when done. Piped into a file or run by CI, it prints nothing.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TextIO

logger = logging.getLogger(__name__)

INTERVAL = 0.1
"""Seconds between two redraws."""
DELAY = 0.5
"""Nothing is drawn before the build has run this long (a quick build stays silent)."""


class Progress:
    """The current stage and its count; `enabled` None: when the stream is a terminal."""

    def __init__(self, enabled: bool | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self.drawn = 0.0
        self.width = 0
        self.label = ""
        self.begun = self.started
        self.done = 0
        self.total = 0

    def stage(self, label: str, total: int = 0) -> None:
        """Start a stage of `total` steps (0: a stage with no count); the time the last one
        took is logged (shown with --verbose)."""
        self._log()
        self.label, self.done, self.total = label, 0, total
        self.begun = time.monotonic()
        self._draw(force=True)

    def advance(self, steps: int = 1) -> None:
        self.done += steps
        self._draw(force=self.done >= self.total > 0)

    def finish(self) -> None:
        """Clear the line."""
        self._log()
        self.label = ""
        if self.enabled and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0

    def _log(self) -> None:
        if self.label:
            logger.debug("%s: %.2f s", self.label, time.monotonic() - self.begun)

    def _draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < DELAY or (not force and now - self.drawn < INTERVAL):
            return
        self.drawn = now
        count = f" {self.done}/{self.total}" if self.total else " …"
        line = f"{self.label}{count}"
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = max(self.width, len(line))
