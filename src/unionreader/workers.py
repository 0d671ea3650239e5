"""Worker processes for the build: one per CPU, started only for work big enough to pay for them.

Forked from the build's process (so they start at once and share what it has loaded); a job's
error reaches the build as its own (`UnionReaderError` pickles whole). With few jobs, or one CPU,
work is done in the build's process, through the same calls.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import multiprocessing
import os
from collections.abc import Callable
from functools import partial
from typing import TypeVar

logger = logging.getLogger(__name__)

MIN_PARALLEL = 12
"""Fewer jobs than this are done in this process: starting workers would cost more."""
BATCH = 16
"""At most this many items go to a worker at once."""
T = TypeVar("T")
R = TypeVar("R")


class Workers:
    """Worker processes (one per CPU), started only for work big enough to pay for them."""

    def __init__(self, count: int | None) -> None:
        self.count = count or os.cpu_count() or 1
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _parallel(self, jobs: int) -> concurrent.futures.ProcessPoolExecutor | None:
        if self.pool is None and self.count > 1 and jobs >= MIN_PARALLEL:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self.pool = concurrent.futures.ProcessPoolExecutor(
                self.count, mp_context=context, initializer=_behind
            )
        return self.pool

    def map(
        self, function: Callable[[T], R], items: list[T], step: Callable[[int], None]
    ) -> list[R]:
        """`function` over `items`, results in order; `step(n)` as n more are done. Items go to
        the workers in batches (one message per batch, not per item)."""
        pool = self._parallel(len(items))
        if pool is None:
            results = []
            for item in items:
                results.append(function(item))
                step(1)
            return results
        futures = [pool.submit(_batch, function, batch) for batch in self._batches(items)]
        for future in concurrent.futures.as_completed(futures):
            step(len(future.result()))
        return [result for future in futures for result in future.result()]

    def submit_all(
        self, function: Callable[[T], R], items: list[T]
    ) -> list[concurrent.futures.Future[R]]:
        """Start `function` on every item (here and now when there are few)."""
        pool = self._parallel(len(items))
        if pool is not None:
            return [pool.submit(function, item) for item in items]
        return [_done(function, item) for item in items]

    def submit_batched(
        self, function: Callable[[T], R], items: list[T]
    ) -> list[tuple[list[T], concurrent.futures.Future[list[R]]]]:
        """Start `function` on every item, in batches (one message per batch); each batch with
        the future of its results (here and now when there are few)."""
        pool = self._parallel(len(items))
        if pool is not None:
            return [(batch, pool.submit(_batch, function, batch)) for batch in self._batches(items)]
        return [(items, _done(partial(_batch, function), items))] if items else []

    def _batches(self, items: list[T]) -> list[list[T]]:
        """`items` cut into batches: four or more per worker, at most `BATCH` items each."""
        size = max(1, min(BATCH, len(items) // (self.count * 4)))
        return [items[i : i + size] for i in range(0, len(items), size)]


NICENESS = 5
"""How far behind the build's process its workers are scheduled. While the build's process
works out the search index and the links (which the pages wait for), the workers make what
does not wait for them; on a machine with as many CPUs as workers, the three then share the
CPUs, and the build's process, on the path everything waits on, should not get only its third."""


def _behind() -> None:
    """A worker starts: it yields the CPU to the build's process when both want it."""
    with contextlib.suppress(OSError):  # not allowed here: as it is
        os.nice(NICENESS)


def _batch(function: Callable[[T], R], items: list[T]) -> list[R]:
    return [function(item) for item in items]


def _done(function: Callable[[T], R], item: T) -> concurrent.futures.Future[R]:
    future: concurrent.futures.Future[R] = concurrent.futures.Future()
    try:
        future.set_result(function(item))
    except Exception as error:  # delivered by future.result(), as from a worker
        future.set_exception(error)
    return future
