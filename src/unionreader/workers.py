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
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from unionreader.errors import BuildError

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
        self.apart: list[Aside[Any]] = []  # processes forked for `submit_batches(apart=True)`

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        for aside in self.apart:  # done unless the build failed: then stopped
            aside.__exit__()
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
        return self._taken_in_order(self._submitted(function, items), step)

    def map_apart(
        self, function: Callable[[T], R], items: list[T], step: Callable[[int], None]
    ) -> Callable[[], list[R]]:
        """`map`, taken when the returned function is called: started now in the workers when
        there are many items (this process does other work meanwhile), else done here then.
        (The few documents of a rebuild start in a process of their own: `fresh`.)"""
        if self._parallel(len(items)) is not None:
            return partial(self._taken_in_order, self._submitted(function, items), step)
        return partial(self.map, function, items, step)

    def _submitted(
        self, function: Callable[[T], R], items: list[T]
    ) -> list[concurrent.futures.Future[list[R]]]:
        assert self.pool is not None
        return [self.pool.submit(_batch, function, batch) for batch in self._batches(items)]

    @staticmethod
    def _taken_in_order(
        futures: list[concurrent.futures.Future[list[R]]], step: Callable[[int], None]
    ) -> list[R]:
        for future in concurrent.futures.as_completed(futures):
            step(len(future.result()))
        return [result for future in futures for result in future.result()]

    def submit_batches(
        self, function: Callable[[list[T]], R], items: list[T], apart: bool = False
    ) -> list[tuple[list[T], concurrent.futures.Future[R]]]:
        """Start `function` on batches of `items` (one message per batch), each batch with the
        future of what `function` made of it. When there are few: all in one batch, here and
        now, or with `apart` in a process forked for it (`Aside`, behind this one) when there
        is a CPU to spare and processes fork, for work this process does not wait for until the
        end."""
        pool = self._parallel(len(items))
        if pool is not None:
            return [(batch, pool.submit(function, batch)) for batch in self._batches(items)]
        if not items:
            return []
        if apart and self.count > 1 and forks():
            aside = Aside(partial(function, items), self.count)
            self.apart.append(aside)
            return [(items, _taken(aside))]
        return [(items, _done(function, items))]

    def _batches(self, items: list[T]) -> list[list[T]]:
        """`items` cut into batches: four or more per worker, at most `BATCH` items each."""
        size = max(1, min(BATCH, len(items) // (self.count * 4)))
        return [items[i : i + size] for i in range(0, len(items), size)]


@dataclass(frozen=True)
class Then(Generic[R]):
    """What a function run `Aside` may return: the result to send back at once, and work for
    its process to do after that (keeping something in the cache), which the build does not
    wait for until it leaves the `Aside`."""

    result: R
    after: Callable[[], None]


class Aside(Generic[R]):
    """`function()` in a process forked from this one, beside what this one does meanwhile: it
    sees everything this process has (nothing is sent to it) and sends its result back pickled,
    or its error. With one CPU, or where processes cannot fork, it runs here when its result is
    asked for. Used as a context: leaving it waits for the process to finish what it does after
    sending its result (`Then`), and leaving it early (an error here, or its result never
    taken) stops the process. It runs behind this process (`NICENESS`) unless `behind` is False
    (work this one will wait for)."""

    def __init__(
        self, function: Callable[[], R] | Callable[[], Then[R]], count: int, behind: bool = True
    ) -> None:
        self.function = function
        self.taken = False
        self.process: multiprocessing.process.BaseProcess | None = None
        if count > 1 and forks():
            context = multiprocessing.get_context("fork")
            self.receiving, sending = context.Pipe(duplex=False)
            arguments = (function, sending, behind)
            self.process = context.Process(target=_send, args=arguments, daemon=True)
            self.process.start()
            sending.close()

    def __enter__(self) -> Aside[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is None:
            return
        failed = bool(exc) and exc[0] is not None
        if (failed or not self.taken) and self.process.is_alive():
            self.process.terminate()
        self.process.join()

    def result(self) -> R:
        if self.process is None:
            return _now(self.function())
        try:
            done, value = self.receiving.recv()
        except EOFError:
            self.process.join()
            raise BuildError("a process of the build ended without its work done") from None
        finally:
            self.receiving.close()
        self.taken = True
        if not done:
            raise value
        return value  # type: ignore[no-any-return]


def _now(value: R | Then[R]) -> R:
    """A function's result, done with what it does after (here, at once)."""
    result, after = _split(value)
    if after is not None:
        after()
    return result


def _split(value: R | Then[R]) -> tuple[R, Callable[[], None] | None]:
    """What a function run `Aside` returned: its result, and what it does after, if anything."""
    if isinstance(value, Then):
        return value.result, value.after
    return value, None


def _send(function: Callable[[], R], sending: Connection, behind: bool) -> None:
    """Run `function` (in a forked process, behind the build's if `behind`: `_behind`) and send
    back what it returned or raised."""
    if behind:
        _behind(ASIDE_NICENESS)
    after: Callable[[], None] | None = None
    try:
        value, after = _split(function())
        outcome: tuple[bool, object] = (True, value)
    except Exception as error:
        outcome = (False, error)
    try:
        sending.send(outcome)
    except Exception as error:  # what does not pickle: the error's message
        failed = error if outcome[0] else outcome[1]
        sending.send((False, BuildError(f"{type(failed).__name__}: {failed}")))
        return
    sending.close()  # the build goes on with the result
    if after is not None:
        try:
            after()
        except Exception as error:  # the result stands: what is kept for the next build is not
            logger.warning("%s", error)


NICENESS = 5
"""How far behind the build's process its workers are scheduled. While the build's process
works out the search index and the links (which the pages wait for), the workers make what
does not wait for them; on a machine with as many CPUs as workers, the three then share the
CPUs, and the build's process, on the path everything waits on, should not get only its third."""
ASIDE_NICENESS = 19
"""How far behind the build's process work `Aside` is scheduled (unless the build waits for
it): as far as it goes, so that in a rebuild the search index and the collection's pages, and
the edited documents' copies in the edition, take no share of a CPU from the terms (here) or
the related passages. Against `NICENESS` (`bench/build.py --sizes 1000 --repeat 3 --against` a
clone with it at 5): one edit 0.98× (1.09×, 0.95×, 0.98×), no difference the benchmark can
tell. Behind at all, against not behind: the terms took 1.23 s against 1.65 s (`unionreader
--verbose build`)."""


def _behind(niceness: int = NICENESS) -> None:
    """A worker starts: it yields the CPU to the build's process when both want it."""
    with contextlib.suppress(OSError):  # not allowed here: as it is
        os.nice(niceness)


def forks() -> bool:
    """Whether processes can fork here (not on Windows)."""
    return "fork" in multiprocessing.get_all_start_methods()


def _batch(function: Callable[[T], R], items: list[T]) -> list[R]:
    return [function(item) for item in items]


def _taken(aside: Aside[R]) -> concurrent.futures.Future[R]:
    """What `aside` sends back, as a future (a thread waits for it)."""
    future: concurrent.futures.Future[R] = concurrent.futures.Future()

    def take() -> None:
        try:
            future.set_result(aside.result())
        except BaseException as error:  # delivered by future.result()
            future.set_exception(error)

    threading.Thread(target=take, daemon=True).start()
    return future


def _done(function: Callable[[T], R], item: T) -> concurrent.futures.Future[R]:
    future: concurrent.futures.Future[R] = concurrent.futures.Future()
    try:
        future.set_result(function(item))
    except Exception as error:  # delivered by future.result(), as from a worker
        future.set_exception(error)
    return future
